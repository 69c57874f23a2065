//! HTML for the pages: escaping (handlebars' own) and the page frame with its stylesheet.
//! Every text that comes from a package or from Marathon goes through [`escape`].

/// Escapes text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    handlebars::html_escape(text)
}

const STYLE: &str = r#"
*{box-sizing:border-box}body{margin:0;font:15px/1.45 system-ui,sans-serif;color:#1d2330;background:#f4f5f8}
header{background:#1d2330;color:#fff;padding:.6rem 1rem;display:flex;gap:1.2rem;align-items:center;flex-wrap:wrap}
header a{color:#fff;text-decoration:none;font-weight:600}main{padding:1rem;max-width:1100px;margin:auto}
.tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(230px,1fr));gap:.8rem;padding:0;list-style:none}
.tile{background:#fff;border-radius:8px;padding:.8rem;box-shadow:0 1px 3px #0002}.tile a{font-weight:600}
.icon{width:40px;height:40px;border-radius:8px;color:#fff;display:inline-flex;align-items:center;justify-content:center;font-weight:700;float:right;position:relative;overflow:hidden}
.icon object{width:100%;height:100%;display:flex;align-items:center;justify-content:center;pointer-events:none}
.tag{display:inline-block;background:#e6e9f0;border-radius:4px;padding:0 .3rem;margin:.1rem;font-size:12px}
fieldset{border:1px solid #ccd;border-radius:6px;margin:.6rem 0;background:#fff}legend{font-weight:600;text-transform:uppercase;font-size:13px}
.field{margin:.4rem 0}.field label{display:block;font-weight:600;font-size:13px;text-transform:uppercase}
.field input,.field select,.field textarea{width:100%;max-width:28rem;padding:.3rem;font:inherit}
.required{color:#c00;margin-left:.2rem}.help{margin:.1rem 0;color:#555;font-size:13px}
.error{color:#b00;margin:.1rem 0;font-weight:600}.invalid input,.invalid textarea{border:2px solid #b00}
.warning{color:#8a5a00}pre{background:#fff;padding:.6rem;overflow:auto;border-radius:6px;max-height:32rem}
button{font:inherit;padding:.4rem 1rem;border-radius:6px;border:0;background:#3255c8;color:#fff;cursor:pointer}
table{border-collapse:collapse;width:100%;background:#fff}td,th{padding:.3rem .5rem;border-bottom:1px solid #dde;text-align:left}
input[type=search]{padding:.35rem;width:min(28rem,100%);font:inherit}
@media (max-width:600px){main{padding:.5rem}td,th{padding:.2rem;font-size:13px}}
"#;

/// A whole page: title, navigation, body. `csrf` goes into a meta tag for the script.
pub fn page(title: &str, csrf: &str, body: &str) -> String {
    format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<meta name=\"csrf-token\" content=\"{csrf}\"><title>{} · smack</title><style>{STYLE}</style></head>\
<body><header><a href=\"/\">smack</a><a href=\"/\">Catalog</a><a href=\"/services\">Services</a></header>\
<main>{body}</main></body></html>",
        escape(title)
    )
}

/// A package's icon: the image `/icons/NAME` serves when the package's icon is reachable, else
/// (an `<object>` shows its content when its data fails, with no script) the name's first
/// letter on a colour taken from the name.
pub fn placeholder_icon(name: &str) -> String {
    let hue = name
        .bytes()
        .fold(0u32, |h, b| h.wrapping_mul(31).wrapping_add(b as u32))
        % 360;
    let letter = name
        .chars()
        .next()
        .map(|c| c.to_uppercase().to_string())
        .unwrap_or_default();
    format!(
        "<span class=\"icon\" style=\"background:hsl({hue},45%,42%)\" aria-hidden=\"true\"><object data=\"/icons/{}\" type=\"image/png\" tabindex=\"-1\">{}</object></span>",
        escape(&query_value(name)),
        escape(&letter),
    )
}

/// Text percent-encoded as a form value (`%2Fkafka`), before HTML escaping: query values, and
/// package names in `/icons/NAME`.
pub fn query_value(text: &str) -> String {
    url::form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

/// The `<option>`s of a version select, `selected` chosen.
pub fn version_options(versions: &[String], selected: &str) -> String {
    versions
        .iter()
        .map(|v| {
            let mark = if v == selected { " selected" } else { "" };
            format!("<option value=\"{v}\"{mark}>{v}</option>", v = escape(v))
        })
        .collect()
}
