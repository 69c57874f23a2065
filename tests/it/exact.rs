//! Exact rendering with any option value (issue 27), as properties over generated values: for
//! any options a schema accepts, `smack render` prints valid JSON; a string lands in the app
//! as the very string given (every control character, all of Unicode), and a number prints as
//! DC/OS printed it: all its digits when its exact value is whole, else Java's
//! `Double.toString` of the nearest double. Checked through `--options`, `--set`, `--set-string`
//! and `smack stack render`; `smack serve`'s render in `cosmos.rs`.

use crate::common::*;
use proptest::prelude::*;
use serde_json::{Value, json};

/// How many option values one render carries: each case is one `smack` run.
const VALUES: usize = 6;

/// A package whose template puts string option `s{i}` in a `{{…}}` and a `{{{…}}}` inside JSON
/// strings, and number option `n{i}` inside a string and as a bare JSON value.
fn package(root: &std::path::Path) {
    let mut properties = serde_json::Map::new();
    let mut env = Vec::new();
    let mut raw = Vec::new();
    for i in 0..VALUES {
        properties.insert(format!("s{i}"), json!({"type": "string", "default": ""}));
        properties.insert(format!("n{i}"), json!({"type": "number", "default": 0}));
        env.push(format!(
            r#""S{i}": "{{{{s{i}}}}}", "T{i}": "{{{{{{s{i}}}}}}}", "N{i}": "x{{{{n{i}}}}}y""#
        ));
        raw.push(format!(r#""r{i}": {{{{n{i}}}}}"#));
    }
    let config = json!({"type": "object", "properties": properties});
    let template = format!(
        r#"{{"id": "/exact", "cmd": "sleep 1", "env": {{{}}}, "labels": {{}}, "numbers": {{{}}}}}"#,
        env.join(", "),
        raw.join(", ")
    );
    write_package(
        root,
        "exact",
        0,
        &[
            ("package.json", &package_json("exact", "1.0")),
            ("config.json", &config.to_string()),
            ("marathon.json.mustache", &template),
        ],
    );
}

/// Whether JSON text holds a Rust-style escape `\u{…}`: a `\u{` whose backslash starts an
/// escape (an odd run of backslashes), not a string's own backslash written `\\` and followed
/// by `u{`.
fn has_rust_escape(text: &str) -> bool {
    let bytes = text.as_bytes();
    text.match_indices("u{").any(|(at, _)| {
        let run = bytes[..at]
            .iter()
            .rev()
            .take_while(|b| **b == b'\\')
            .count();
        run % 2 == 1
    })
}

/// Any string: all of Unicode, with every control character (C0, DEL, C1), quotes, backslashes,
/// Mustache tags and the line and paragraph separators well represented.
fn any_string() -> impl Strategy<Value = String> {
    let special = prop_oneof![
        (0u32..0x20).prop_map(|c| char::from_u32(c).unwrap()),
        (0x7fu32..0xa0).prop_map(|c| char::from_u32(c).unwrap()),
        prop::sample::select(vec![
            '"', '\\', '/', '{', '}', '\u{2028}', '\u{2029}', '\u{202e}', '\u{feff}'
        ]),
        any::<char>(),
    ];
    prop::collection::vec(special, 0..24).prop_map(|cs| cs.into_iter().collect())
}

/// Any JSON number text: any sign, up to 40 digits before and after the point, any exponent
/// within ±400 (so past a double's range both ways), in either case and with an explicit `+`.
fn any_number() -> impl Strategy<Value = String> {
    (
        any::<bool>(),
        "[0-9]{1,40}",
        prop::option::of("[0-9]{1,40}"),
        prop::option::of((any::<bool>(), any::<bool>(), -400i32..400)),
    )
        .prop_map(|(negative, whole, fraction, exponent)| {
            let whole = whole.trim_start_matches('0');
            let whole = if whole.is_empty() { "0" } else { whole };
            let mut s = format!("{}{whole}", if negative { "-" } else { "" });
            if let Some(f) = fraction {
                s.push('.');
                s.push_str(&f);
            }
            if let Some((upper, plus, e)) = exponent {
                s.push(if upper { 'E' } else { 'e' });
                if plus && e >= 0 {
                    s.push('+');
                }
                s.push_str(&e.to_string());
            }
            s
        })
}

/// The exact value of a number's text: sign, digits (no leading or trailing zeros), exponent.
fn exact(text: &str) -> (bool, String, i64) {
    let negative = text.starts_with('-');
    let text = text.trim_start_matches('-');
    let (mantissa, exponent) = match text.find(['e', 'E']) {
        Some(i) => (
            &text[..i],
            text[i + 1..]
                .trim_start_matches('+')
                .parse::<i64>()
                .unwrap(),
        ),
        None => (text, 0),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all = format!("{whole}{fraction}");
    let trimmed = all.trim_end_matches('0');
    let exponent = exponent - fraction.len() as i64 + (all.len() - trimmed.len()) as i64;
    let digits = trimmed.trim_start_matches('0').to_string();
    if digits.is_empty() {
        return (false, digits, 0);
    }
    (negative, digits, exponent)
}

/// What DC/OS prints for a number, checked without smack's printer: a whole value is its
/// digits; any other value is Java's form of the nearest double (it reads back as that double,
/// has a point, and uses E-notation exactly outside [1e-3, 1e7)).
fn check_printed(given: &str, printed: &str) -> Result<(), TestCaseError> {
    let (negative, digits, exponent) = exact(given);
    if digits.is_empty() {
        prop_assert_eq!(printed, "0", "{} is zero", given);
        return Ok(());
    }
    if exponent >= 0 {
        let whole = format!(
            "{}{digits}{}",
            if negative { "-" } else { "" },
            "0".repeat(exponent as usize)
        );
        prop_assert_eq!(printed, whole, "{} is whole", given);
        return Ok(());
    }
    let nearest: f64 = format!("{}{digits}e{exponent}", if negative { "-" } else { "" })
        .parse()
        .unwrap();
    if nearest == 0.0 {
        prop_assert!(
            printed == "0.0" || printed == "-0.0",
            "{given} underflows: {printed}"
        );
        return Ok(());
    }
    let back: f64 = printed
        .parse()
        .map_err(|_| TestCaseError::fail(format!("{given}: {printed}")))?;
    prop_assert_eq!(back, nearest, "{} printed as {}", given, printed);
    let e_form = !(1e-3..1e7).contains(&nearest.abs());
    prop_assert_eq!(
        printed.contains('E'),
        e_form,
        "{} printed as {}",
        given,
        printed
    );
    prop_assert!(printed.contains('.'), "{} printed as {}", given, printed);
    Ok(())
}

/// Renders the options and checks every string and number landed as DC/OS would have put it.
fn check_render(
    env: &Env,
    args: &[String],
    strings: &[String],
    numbers: &[String],
) -> Result<(), TestCaseError> {
    let out = env
        .smack()
        .args(["render", "exact", "--compact", "--catalog"])
        .arg(env.path("catalog"))
        .args(args)
        .output()
        .unwrap();
    prop_assert!(out.status.success(), "{}", stderr(&out));
    let app: Value = serde_json::from_slice(&out.stdout)
        .map_err(|e| TestCaseError::fail(format!("not JSON ({e}): {}", stdout(&out))))?;
    prop_assert!(
        !has_rust_escape(&stdout(&out)),
        "no Rust escapes: {}",
        stdout(&out)
    );
    for (i, s) in strings.iter().enumerate() {
        prop_assert_eq!(&app["env"][format!("S{i}")], &Value::String(s.clone()));
        prop_assert_eq!(&app["env"][format!("T{i}")], &Value::String(s.clone()));
    }
    for (i, n) in numbers.iter().enumerate() {
        let in_string = app["env"][format!("N{i}")].as_str().unwrap();
        let printed = in_string
            .strip_prefix('x')
            .and_then(|s| s.strip_suffix('y'))
            .unwrap();
        check_printed(n, printed)?;
        let raw = &app["numbers"][format!("r{i}")];
        prop_assert!(raw.is_number(), "{n} as a JSON value: {raw}");
        let (a, b) = (exact(n), exact(&raw.to_string()));
        if a.2 >= 0 || a.1.is_empty() {
            prop_assert_eq!(a, b, "{} as a JSON value: {}", n, raw);
        } else {
            check_printed(n, &raw.to_string().replace('e', "E"))
                .or_else(|_| check_printed(n, printed))?;
            let back: f64 = raw.to_string().parse().unwrap();
            let nearest: f64 = n.parse().unwrap();
            prop_assert_eq!(back, nearest, "{} as a JSON value: {}", n, raw);
        }
    }
    Ok(())
}

fn env_with_package() -> Env {
    let env = Env::new();
    package(&env.path("catalog"));
    env
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// Through `--options FILE`.
    #[test]
    fn any_options_file_renders_exactly(
        strings in prop::collection::vec(any_string(), VALUES),
        numbers in prop::collection::vec(any_number(), VALUES),
    ) {
        let env = env_with_package();
        let mut options = serde_json::Map::new();
        let mut text = String::from("{");
        for (i, s) in strings.iter().enumerate() {
            options.insert(format!("s{i}"), Value::String(s.clone()));
        }
        // Numbers written into the file as their very text.
        let strings_json = Value::Object(options).to_string();
        text.push_str(&strings_json[1..strings_json.len() - 1]);
        for (i, n) in numbers.iter().enumerate() {
            text.push_str(&format!(", \"n{i}\": {n}"));
        }
        text.push('}');
        let file = env.path("options.json");
        std::fs::write(&file, &text).unwrap();
        check_render(&env, &["--options".into(), file.display().to_string()], &strings, &numbers)?;
    }

    /// Through `--set` (numbers, typed by the schema) and `--set-string` (strings).
    #[test]
    fn any_set_renders_exactly(
        strings in prop::collection::vec(any_string().prop_filter("no NUL in an argument", |s| !s.contains('\0')), VALUES),
        numbers in prop::collection::vec(any_number(), VALUES),
    ) {
        let env = env_with_package();
        let mut args = Vec::new();
        for (i, s) in strings.iter().enumerate() {
            args.push("--set-string".to_string());
            args.push(format!("s{i}={s}"));
        }
        for (i, n) in numbers.iter().enumerate() {
            args.push("--set".to_string());
            args.push(format!("n{i}={n}"));
        }
        check_render(&env, &args, &strings, &numbers)?;
    }
}

/// Deep objects of any value render to valid JSON (an object printed as a value is Java's
/// `Map.toString`, which is no JSON: DC/OS refused that, and so does smack, with an error).
#[test]
fn deep_options_render_or_are_refused_cleanly() {
    let env = env_with_package();
    let mut deep = json!("leaf\u{7f}\u{85}\"");
    let tiny: Value = serde_json::from_str("1e-400").unwrap();
    for i in 0..60 {
        let mut level = serde_json::Map::new();
        level.insert(format!("k{i}"), deep);
        level.insert("n".into(), tiny.clone());
        level.insert("a".into(), json!([1.5, "x\u{1}", null]));
        deep = Value::Object(level);
    }
    let file = env.path("deep.json");
    std::fs::write(&file, json!({ "s0": "ok", "extra": deep }).to_string()).unwrap();
    let out = env
        .smack()
        .args(["render", "exact", "--compact", "--catalog"])
        .arg(env.path("catalog"))
        .arg("--options")
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let app: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(app["env"]["S0"], "ok");
}

/// The issue's own example: DEL in a string option is `\u007f` in valid JSON, on stdout and
/// in what `install` would post (the DCOS_PACKAGE_OPTIONS label holds the option as given).
#[test]
fn a_control_character_renders_as_json_escape() {
    let env = Env::new();
    let out = env
        .smack()
        .args([
            "render",
            "kafka",
            "--set-string",
            "service.user=a\u{7f}b\u{85}c",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains(r#""user": "a\u007fb\u0085c""#), "{text}");
    let app: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(app["user"], "a\u{7f}b\u{85}c");
}

/// Numbers of any size through an options file: `1e400` renders as DC/OS rendered it (a 1 and
/// 400 zeros in a string), and a number too large to print is a clear error, not a hang.
#[test]
fn numbers_of_any_size() {
    let env = env_with_package();
    let file = env.path("big.json");
    std::fs::write(&file, r#"{"n0": 1e400, "n1": 100.000000000000000000001, "n2": 1e-400, "n3": 9007199254740993.5, "n4": 5e-324}"#).unwrap();
    let out = env
        .smack()
        .args(["render", "exact", "--compact", "--catalog"])
        .arg(env.path("catalog"))
        .arg("--options")
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let app: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(app["env"]["N0"], format!("x1{}y", "0".repeat(400)));
    assert_eq!(app["env"]["N1"], "x100.0y");
    assert_eq!(app["env"]["N2"], "x0.0y");
    assert_eq!(app["env"]["N3"], "x9.007199254740994E15y");
    assert_eq!(app["env"]["N4"], "x4.9E-324y");
    std::fs::write(&file, r#"{"n0": 1e999999999}"#).unwrap();
    let out = env
        .smack()
        .args(["render", "exact", "--catalog"])
        .arg(env.path("catalog"))
        .arg("--options")
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("package [exact]") || stderr(&out).contains("exact"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("digits"), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
}

/// Marathon's check reads numbers as Marathon does: a huge `instances` is refused with
/// Marathon's reason (not a parse error), `cpus` 100.0 is 100, and limits compare exactly.
#[test]
fn marathon_reads_numbers_as_marathon_does() {
    let env = Env::new();
    let out = env
        .smack()
        .args([
            "render",
            "kafka",
            "--set",
            "nodes.count=12345678901234567890",
        ])
        .output()
        .unwrap();
    let err = stderr(&out);
    // The package's own schema bounds nodes.count, exactly (no rounding to a double).
    assert_eq!(out.status.code(), Some(4), "{err}");
    assert!(err.contains("nodes.count"), "{err}");
    assert!(!err.contains("out of range"), "{err}");
    let dir = tempfile::tempdir().unwrap();
    write_package(
        dir.path(),
        "big",
        0,
        &[
            ("package.json", &package_json("big", "1.0")),
            (
                "config.json",
                r#"{"type":"object","properties":{"n":{"type":"integer","default":1},"c":{"type":"number","default":1}}}"#,
            ),
            (
                "marathon.json.mustache",
                r#"{"id":"/big","cmd":"sleep 1","instances":{{n}},"cpus":{{c}}}"#,
            ),
        ],
    );
    let render = |args: &[&str]| {
        env.smack()
            .args(["render", "big", "--catalog"])
            .arg(dir.path())
            .args(args)
            .output()
            .unwrap()
    };
    let out = render(&["--set", "n=12345678901234567890"]);
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(
            "/instances: expected an integer that fits in 32 bits (Marathon: error.expected.int)"
        ),
        "{}",
        stderr(&out)
    );
    // 1e400 has an exponent part, which is no integer for the options schema (draft 4).
    let out = render(&["--set", "n=1e400"]);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("n: expected an integer"),
        "{}",
        stderr(&out)
    );
    let out = render(&["--set", "c=1e400"]);
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    // Whole, so it prints as 401 digits: more than Marathon's JSON parser reads.
    assert!(
        stderr(&out).contains(
            "/cpus: a number of 401 characters: Marathon's JSON parser takes at most 310"
        ),
        "{}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("(401 bytes in all)"),
        "{}",
        stderr(&out)
    );
    let out = render(&["--set", "c=1.5e400"]);
    assert!(out.status.code() == Some(5), "{}", stderr(&out));
    let out = render(&["--set", "c=100.0", "--set", "n=1"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let app = stdout_json(&out);
    assert_eq!(app["cpus"], 100);
    assert_eq!(app["instances"], 1);
}

#[test]
fn the_rust_escape_oracle_tells_an_escape_from_an_escaped_backslash() {
    assert!(has_rust_escape(r#"{"a":"\u{1f}"}"#));
    assert!(has_rust_escape(r#"{"a":"x\\\u{7f}"}"#));
    assert!(!has_rust_escape(r#"{"a":"\\u{"}"#));
    assert!(!has_rust_escape(r#"{"a":"\u001f u{"}"#));
}
