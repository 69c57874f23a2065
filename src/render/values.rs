//! How DC/OS (Cosmos 0.6) printed option values into Mustache templates (format.md, step 5).

use serde_json::{Number, Value};

/// The text a value prints as in `{{name}}`.
pub fn print(value: &Value, out: &mut String) {
    match value {
        Value::Null => {}
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => number(n, out),
        Value::String(s) => escaped(s, out),
        Value::Array(items) => array(items, out),
        Value::Object(map) => {
            // Java's Map.toString: {key=value, ...}
            out.push('{');
            for (i, (k, v)) in map.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(k);
                out.push('=');
                print(v, out);
            }
            out.push('}');
        }
    }
}

/// A string JSON-escaped, without its quotes.
pub fn escaped(s: &str, out: &mut String) {
    let quoted = serde_json::to_string(s).expect("strings serialize");
    out.push_str(&quoted[1..quoted.len() - 1]);
}

/// An array: elements separated by `, `, strings quoted, nested arrays alike.
fn array(items: &[Value], out: &mut String) {
    out.push('[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        match item {
            Value::String(s) => {
                out.push('"');
                escaped(s, out);
                out.push('"');
            }
            Value::Null => out.push_str("null"),
            Value::Object(_) => out.push_str(&item.to_string()),
            other => print(other, out),
        }
    }
    out.push(']');
}

/// Integral numbers without a fraction; others as Java's `Double.toString`.
pub fn number(n: &Number, out: &mut String) {
    if let Some(i) = n.as_i64() {
        out.push_str(&i.to_string());
        return;
    }
    if let Some(u) = n.as_u64() {
        out.push_str(&u.to_string());
        return;
    }
    let f = n.as_f64().unwrap_or(0.0);
    if f.is_finite() && f.fract() == 0.0 {
        out.push_str(&integral_digits(f));
        return;
    }
    out.push_str(&java_double(f));
}

/// An integral number with all its digits, as Cosmos printed it (a `BigInteger` of the JSON
/// literal): the literal's significant digits, then zeros. The shortest digits that read back
/// as the same double are the literal's digits for any literal of up to 17 significant digits.
fn integral_digits(f: f64) -> String {
    let s = format!("{:e}", f.abs());
    let (mantissa, exponent) = s.split_once('e').unwrap_or((&s, "0"));
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let exponent: i64 = exponent.parse().unwrap_or(0);
    let zeros = (exponent + 1 - digits.len() as i64).max(0) as usize;
    let mut out = String::with_capacity(digits.len() + zeros + 1);
    if f < 0.0 {
        out.push('-');
    }
    out.push_str(&digits);
    out.push_str(&"0".repeat(zeros));
    out
}

/// Java's `Double.toString`: plain decimal for 1e-3 <= |d| < 1e7, else `d.dddE±n`.
pub fn java_double(f: f64) -> String {
    let abs = f.abs();
    if (1e-3..1e7).contains(&abs) {
        let s = format!("{f}");
        if s.contains('.') { s } else { format!("{s}.0") }
    } else {
        let s = format!("{f:e}");
        let (mantissa, exponent) = s.split_once('e').unwrap_or((&s, "0"));
        let mantissa = if mantissa.contains('.') {
            mantissa.to_string()
        } else {
            format!("{mantissa}.0")
        };
        format!("{mantissa}E{exponent}")
    }
}

/// Mustache truthiness as DC/OS had it: missing, `null`, `false`, `""` and `[]` are false;
/// numbers (even 0), other strings, `true` and objects (even `{}`) are true.
pub fn truthy(value: Option<&Value>) -> bool {
    match value {
        None | Some(Value::Null) | Some(Value::Bool(false)) => false,
        Some(Value::String(s)) => !s.is_empty(),
        Some(Value::Array(a)) => !a.is_empty(),
        Some(_) => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn p(v: Value) -> String {
        let mut s = String::new();
        print(&v, &mut s);
        s
    }

    #[test]
    fn numbers_print_as_dcos_did() {
        assert_eq!(p(json!(1.0)), "1");
        assert_eq!(p(json!(1e2)), "100");
        assert_eq!(p(json!(0.5)), "0.5");
        assert_eq!(p(json!(2.25)), "2.25");
        assert_eq!(p(json!(0.0001)), "1.0E-4");
        assert_eq!(p(json!(12345678.5)), "1.23456785E7");
        assert_eq!(p(json!(-3)), "-3");
        let max = p(json!(1.7976931348623157E308));
        assert_eq!(max.len(), 309);
        assert!(max.starts_with("17976931348623157000"), "{max}");
        assert_eq!(p(json!(1.2345678901234567E19)), "12345678901234567000");
        assert_eq!(p(json!(-1e21)), "-1000000000000000000000");
        assert_eq!(p(json!(1e22)), "10000000000000000000000");
        assert_eq!(p(json!(18446744073709551615u64)), "18446744073709551615");
        assert_eq!(p(json!(1.5e-10)), "1.5E-10");
        assert_eq!(p(json!(123456.789)), "123456.789");
    }

    #[test]
    fn strings_and_arrays() {
        assert_eq!(p(json!("a\"b\\c\nd")), "a\\\"b\\\\c\\nd");
        assert_eq!(
            p(json!([["hostname", "UNIQUE"]])),
            "[[\"hostname\", \"UNIQUE\"]]"
        );
        assert_eq!(p(json!([1.0, true, null])), "[1, true, null]");
        assert_eq!(p(json!(null)), "");
    }

    #[test]
    fn truthiness() {
        assert!(truthy(Some(&json!(0))));
        assert!(truthy(Some(&json!({}))));
        assert!(!truthy(Some(&json!(""))));
        assert!(!truthy(Some(&json!([]))));
        assert!(!truthy(None));
    }
}
