//! Numbers and strings on the render path: any JSON number text through the exact reader, the
//! printer Cosmos had (digits or Java's Double.toString) and Marathon's writer; any 8 bytes as a
//! double through Java's Double.toString (it must read back as the same double); any string
//! through circe's escaping (it must read back as the same string) and a Mustache render in a
//! string and as a raw value. No panic, and the output is JSON.
#![no_main]

use libfuzzer_sys::fuzz_target;
use smack::catalog::{Dialect, Template};
use smack::number::{self, Decimal};
use smack::render::Engine;

fuzz_target!(|data: &[u8]| {
    if let Some(bytes) = data.get(..8) {
        let d = f64::from_bits(u64::from_le_bytes(bytes.try_into().unwrap()));
        let text = number::java_double(d);
        if d.is_finite() {
            assert_eq!(text.parse::<f64>().unwrap(), d, "{text}");
            let written = number::marathon_double(d).unwrap();
            assert_eq!(written.as_f64().unwrap(), if d == 0.0 { 0.0 } else { d });
        }
    }
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut escaped = String::new();
    smack::jsontext::escape_into(text, &mut escaped);
    let back: String = serde_json::from_str(&format!("\"{escaped}\"")).unwrap();
    assert_eq!(back, text);
    if let Ok(n) = serde_json::from_str::<serde_json::Number>(text) {
        let d = Decimal::of(&n);
        let _ = (d.to_f64(), d.to_i64(), Decimal::java_scale(n.as_str()));
        let _ = number::option_text(&n);
    }
    let value: serde_json::Value =
        serde_json::from_str(text).unwrap_or_else(|_| serde_json::Value::String(text.into()));
    // In strings, a scalar prints valid JSON (a list keeps its strings' quotes, an object is
    // Java's Map.toString: neither was JSON in DC/OS either).
    let scalar = !(value.is_array() || value.is_object());
    render(r#"{"s": "{{v}}", "t": "{{{v}}}"}"#, &value, scalar);
    // Bare, a number prints a JSON number unless it is past a double's range and not whole
    // (Java's `Infinity`, which DC/OS could not parse either).
    let finite = value
        .as_number()
        .is_some_and(|n| Decimal::of(n).is_integral() || Decimal::of(n).to_f64().is_finite());
    render(r#"{"r": [{{v}}]}"#, &value, finite);
});

fn render(text: &str, value: &serde_json::Value, must_be_json: bool) {
    let mut engine = Engine::new();
    let template = Template {
        dialect: Dialect::Mustache,
        text: text.into(),
        origin: "fuzz".into(),
    };
    engine.compile("t", &template).unwrap();
    if let Ok(out) = engine.render("t", &serde_json::json!({ "v": value })) {
        if must_be_json {
            let app: serde_json::Value = serde_json::from_str(&out)
                .unwrap_or_else(|e| panic!("not JSON ({e}): {out}"));
            if let serde_json::Value::String(s) = value {
                assert_eq!(app["s"], *s);
                assert_eq!(app["t"], *s);
            }
        }
    }
}
