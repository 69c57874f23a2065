//! A Mustache front end for handlebars: parses a Universe `marathon.json.mustache` and compiles
//! it into a handlebars template whose helpers give Mustache's semantics (context-stack name
//! lookup, sections over lists, truthiness, Cosmos value printing).
//!
//! | Mustache                 | handlebars emitted                    |
//! |--------------------------|---------------------------------------|
//! | text                     | the same text (trailing `\` via `m_bs`)|
//! | `{{x}}` `{{{x}}}` `{{&x}}` | `{{m_var "x"}}`                     |
//! | `{{#x}}…{{/x}}`          | `{{#m_sec "x"}}…{{/m_sec}}`           |
//! | `{{^x}}…{{/x}}`          | `{{#m_inv "x"}}…{{/m_inv}}`           |
//! | `{{! …}}`                | `{{!}}`                               |

/// A parse error: a message at a 1-based line and column of the template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// Line and column (1-based, in characters) of a byte offset.
fn position(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

fn error(text: &str, offset: usize, message: impl Into<String>) -> ParseError {
    let (line, column) = position(text, offset);
    ParseError {
        line,
        column,
        message: message.into(),
    }
}

/// Names are passed to helpers as handlebars string literals; a name with a character such a
/// literal cannot hold is passed hex-encoded behind `x:` (see [`decode_name`]).
fn encode_name(text: &str, offset: usize, name: &str) -> Result<String, ParseError> {
    if name.is_empty() {
        return Err(error(text, offset, "empty tag name"));
    }
    if name.starts_with("x:")
        || name
            .chars()
            .any(|c| matches!(c, '"' | '\\') || c.is_control())
    {
        let hex: String = name.bytes().map(|b| format!("{b:02x}")).collect();
        return Ok(format!("x:{hex}"));
    }
    Ok(name.to_string())
}

/// The name a helper was given.
pub fn decode_name(raw: &str) -> String {
    let Some(hex) = raw.strip_prefix("x:") else {
        return raw.to_string();
    };
    let bytes: Vec<u8> = (0..hex.len() / 2)
        .filter_map(|i| u8::from_str_radix(hex.get(2 * i..2 * i + 2)?, 16).ok())
        .collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Compiles a Mustache template into handlebars source.
pub fn translate(text: &str) -> Result<String, ParseError> {
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    // Open sections: (name, byte offset of the opening tag, helper).
    let mut open: Vec<(&str, usize, &str)> = Vec::new();
    let mut rest = 0;
    while let Some(found) = text[rest..].find("{{") {
        let start = rest + found;
        push_text(&mut out, &text[rest..start]);
        let after = start + 2;
        let triple = text[after..].starts_with('{');
        let (content, end) = if triple {
            let close = text[after + 1..]
                .find("}}}")
                .ok_or_else(|| error(text, start, "unclosed tag: expected }}}"))?;
            (&text[after + 1..after + 1 + close], after + 1 + close + 3)
        } else {
            let close = text[after..]
                .find("}}")
                .ok_or_else(|| error(text, start, "unclosed tag: expected }}"))?;
            (&text[after..after + close], after + close + 2)
        };
        let (sigil, body) = if triple {
            ('&', content)
        } else {
            match content.chars().next() {
                Some(c @ ('#' | '^' | '/' | '!' | '&' | '>' | '=' | '{')) => {
                    (c, &content[c.len_utf8()..])
                }
                _ => (' ', content),
            }
        };
        let name = body.trim();
        match sigil {
            '!' => out.push_str("{{!}}"),
            '>' => {
                return Err(error(
                    text,
                    start,
                    "partials ({{> name}}) are not supported in Universe templates",
                ));
            }
            '=' => {
                return Err(error(
                    text,
                    start,
                    "delimiter changes ({{=...=}}) are not supported in Universe templates",
                ));
            }
            '{' => return Err(error(text, start, "unclosed tag: expected }}}")),
            '#' | '^' => {
                let encoded = encode_name(text, start, name)?;
                let helper = if sigil == '#' { "m_sec" } else { "m_inv" };
                open.push((name, start, helper));
                out.push_str(&format!("{{{{#{helper} \"{encoded}\"}}}}"));
            }
            '/' => {
                let Some((opened, _, helper)) = open.pop() else {
                    return Err(error(
                        text,
                        start,
                        format!("closing tag {{{{/{name}}}}} without an open section"),
                    ));
                };
                if opened != name {
                    return Err(error(
                        text,
                        start,
                        format!(
                            "closing tag {{{{/{name}}}}} does not match the open section {{{{#{opened}}}}}"
                        ),
                    ));
                }
                out.push_str(&format!("{{{{/{helper}}}}}"));
            }
            _ => {
                let encoded = encode_name(text, start, name)?;
                out.push_str(&format!("{{{{m_var \"{encoded}\"}}}}"));
            }
        }
        rest = end;
    }
    push_text(&mut out, &text[rest..]);
    if let Some((name, offset, _)) = open.pop() {
        return Err(error(
            text,
            offset,
            format!("section {{{{#{name}}}}} is never closed"),
        ));
    }
    Ok(out)
}

/// Literal text; a trailing run of backslashes would escape the next tag in handlebars, so it is
/// printed by a helper instead.
fn push_text(out: &mut String, text: &str) {
    let trimmed = text.trim_end_matches('\\');
    out.push_str(trimmed);
    let backslashes = text.len() - trimmed.len();
    if backslashes > 0 {
        out.push_str(&format!("{{{{m_bs {backslashes}}}}}"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{Dialect, Template};
    use crate::render::Engine;

    #[test]
    fn translation() {
        assert_eq!(translate("a{{b.c}}d").unwrap(), "a{{m_var \"b.c\"}}d");
        assert_eq!(
            translate("{{#x}}{{.}}{{/x}}").unwrap(),
            "{{#m_sec \"x\"}}{{m_var \".\"}}{{/m_sec}}"
        );
        assert_eq!(
            translate("{{^x}}y{{/x}}").unwrap(),
            "{{#m_inv \"x\"}}y{{/m_inv}}"
        );
        assert_eq!(translate("x\\{{a}}").unwrap(), "x{{m_bs 1}}{{m_var \"a\"}}");
        assert_eq!(translate("{{a\"b}}").unwrap(), "{{m_var \"x:612262\"}}");
        assert_eq!(decode_name("x:612262"), "a\"b");
        let e = translate("ab\n  {{#open}}").unwrap_err();
        assert_eq!((e.line, e.column), (2, 3));
    }

    /// Random token soup through the whole engine: errors are fine, panics are not.
    #[test]
    fn no_panics_on_any_template() {
        const TOKENS: [&str; 16] = [
            "{{", "}}", "{{{", "}}}", "#", "^", "/", "!", "&", "a", "b.c", ".", "\\", "\"", "\n",
            " ",
        ];
        let context = serde_json::json!({"a": [1, "x", {"c": 2}], "b": {"c": [[]]}});
        let mut seed: u64 = 0x5eed;
        let mut engine = Engine::new();
        for round in 0..3000 {
            let mut text = String::new();
            for _ in 0..(seed % 24) {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                text.push_str(TOKENS[(seed >> 33) as usize % TOKENS.len()]);
            }
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let template = Template {
                dialect: Dialect::Mustache,
                text,
                origin: "fuzz".into(),
            };
            let name = format!("t{round}");
            if engine.compile(&name, &template).is_ok() {
                let _ = engine.render(&name, &context);
            }
        }
    }
}
