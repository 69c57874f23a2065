//! How DC/OS (Cosmos 0.6) printed option values into Mustache templates (format.md, step 5).

use serde_json::Value;

/// The text a value prints as in `{{name}}`; an error for a number that would print as more
/// digits than smack prints ([`crate::number::MAX_PRINTED_DIGITS`]).
pub fn print(value: &Value, out: &mut String) -> Result<(), String> {
    match value {
        Value::Null => {}
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => crate::number::print_option(n, out)?,
        Value::String(s) => escaped(s, out),
        Value::Array(items) => array(items, out)?,
        Value::Object(map) => {
            // Java's Map.toString: {key=value, ...}
            out.push('{');
            for (i, (k, v)) in map.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(k);
                out.push('=');
                print(v, out)?;
            }
            out.push('}');
        }
    }
    Ok(())
}

/// A string JSON-escaped as DC/OS (circe) escaped it, without its quotes.
pub fn escaped(s: &str, out: &mut String) {
    crate::jsontext::escape_into(s, out);
}

/// An array: elements separated by `, `, strings quoted, nested arrays alike.
fn array(items: &[Value], out: &mut String) -> Result<(), String> {
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
            Value::Object(_) => out.push_str(&crate::jsontext::to_string(
                item,
                crate::jsontext::Escapes::Circe,
            )),
            other => print(other, out)?,
        }
    }
    out.push(']');
    Ok(())
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
        print(&v, &mut s).unwrap();
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
