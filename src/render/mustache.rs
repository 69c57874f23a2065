//! A Mustache front end for handlebars: parses a Universe `marathon.json.mustache` and compiles
//! it straight into handlebars' template tree, whose helpers give Mustache's semantics
//! (context-stack name lookup, sections over lists, truthiness, Cosmos value printing). Building
//! the tree directly keeps compilation linear in the template's size (handlebars' own parser
//! computes a line and column per element from the template's start).
//!
//! | Mustache                 | handlebars tree (as source)           |
//! |--------------------------|---------------------------------------|
//! | text                     | the same text                         |
//! | `{{x}}` `{{{x}}}` `{{&x}}` | `{{m_var "x"}}`                     |
//! | `{{#x}}…{{/x}}`          | `{{#m_sec "x"}}…{{/m_sec}}`           |
//! | `{{^x}}…{{/x}}`          | `{{#m_inv "x"}}…{{/m_inv}}`           |
//! | `{{! …}}`                | `{{!}}`                               |

use std::collections::HashMap;

use handlebars::template::{
    ExpressionSpecBuilder, HelperTemplate, Parameter, Template, TemplateElement, TemplateMapping,
};

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

/// A tag's name; names are passed to the helpers as they are.
fn check_name(text: &str, offset: usize, name: &str) -> Result<(), ParseError> {
    if name.is_empty() {
        return Err(error(text, offset, "empty tag name"));
    }
    Ok(())
}

/// Line and column of byte offsets visited in increasing order, in time linear in the text.
struct Positions<'t> {
    text: &'t str,
    offset: usize,
    line: usize,
    column: usize,
}

impl Positions<'_> {
    fn at(&mut self, offset: usize) -> TemplateMapping {
        if offset < self.offset {
            let (line, column) = position(self.text, offset);
            return mapping(line, column);
        }
        for c in self.text[self.offset..offset].chars() {
            if c == '\n' {
                self.line += 1;
                self.column = 1;
            } else {
                self.column += 1;
            }
        }
        self.offset = offset;
        mapping(self.line, self.column)
    }
}

/// A line and column as handlebars keeps them for its render errors. The type cannot be built
/// outside handlebars, so one it made is copied and changed.
fn mapping(line: usize, column: usize) -> TemplateMapping {
    static PROTOTYPE: std::sync::OnceLock<Option<TemplateMapping>> = std::sync::OnceLock::new();
    let prototype = PROTOTYPE.get_or_init(|| {
        Template::compile("x")
            .ok()
            .and_then(|t| t.mapping.first().cloned())
    });
    let mut m = prototype
        .clone()
        .expect("handlebars records where a template's first element is");
    m.0 = line;
    m.1 = column;
    m
}

/// A template under construction: its elements and where each starts.
#[derive(Default)]
struct Block {
    elements: Vec<TemplateElement>,
    mapping: Vec<TemplateMapping>,
}

impl Block {
    fn push(&mut self, element: TemplateElement, at: TemplateMapping) {
        self.elements.push(element);
        self.mapping.push(at);
    }

    fn text(&mut self, text: &str, at: TemplateMapping) {
        if text.is_empty() {
            return;
        }
        if let Some(TemplateElement::RawString(last)) = self.elements.last_mut() {
            last.push_str(text);
        } else {
            self.push(TemplateElement::RawString(text.to_string()), at);
        }
    }

    fn template(self) -> Template {
        let mut t = Template::default();
        t.elements = self.elements;
        t.mapping = self.mapping;
        t
    }
}

/// An open section: its name, where its tag starts (as an offset and as a mapping, taken when
/// the tag is read so that no position is computed twice), its helper and its elements so far.
struct Open<'t> {
    name: &'t str,
    offset: usize,
    at: TemplateMapping,
    helper: &'static str,
    block: Block,
}

/// `{{helper "name"}}` as handlebars' template tree holds it.
fn helper_call(helper: &str, name: String, block: Option<Template>) -> HelperTemplate {
    let spec = ExpressionSpecBuilder::default()
        .name(Parameter::Name(helper.to_string()))
        .params(vec![Parameter::Literal(serde_json::Value::String(name))])
        .hash(HashMap::new())
        .omit_pre_ws(false)
        .omit_pro_ws(false)
        .build()
        .expect("every field of the expression is set");
    let mut h = HelperTemplate::new(spec, block.is_some(), false);
    h.template = block;
    h
}

/// Where a standalone tag's line starts and ends (Mustache's standalone lines: a section tag or
/// comment alone on its line, with only spaces or tabs around it, takes the line with it).
fn standalone(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    if !text[line_start..start]
        .chars()
        .all(|c| c == ' ' || c == '\t')
    {
        return None;
    }
    let rest = &text[end..];
    let spaces = rest.len() - rest.trim_start_matches([' ', '\t']).len();
    let after = &rest[spaces..];
    let line_end = if after.starts_with("\r\n") {
        end + spaces + 2
    } else if after.starts_with('\n') {
        end + spaces + 1
    } else if after.is_empty() {
        end + spaces
    } else {
        return None;
    };
    Some((line_start, line_end))
}

/// Compiles a Mustache template straight into handlebars' template tree (`m_var`, `m_sec`,
/// `m_inv` helper calls and raw text), in one pass linear in the template's size.
pub fn compile(text: &str) -> Result<Template, ParseError> {
    let mut positions = Positions {
        text,
        offset: 0,
        line: 1,
        column: 1,
    };
    // The root, then one block per open section.
    let mut stack: Vec<Open<'_>> = vec![Open {
        name: "",
        offset: 0,
        at: mapping(1, 1),
        helper: "",
        block: Block::default(),
    }];
    let mut rest = 0;
    while let Some(found) = text[rest..].find("{{") {
        let start = rest + found;
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
        // Text up to the tag; a standalone section tag or comment takes its line with it.
        let lone = matches!(sigil, '#' | '^' | '/' | '!')
            .then(|| standalone(text, start, end))
            .flatten();
        let (text_end, next) = lone.unwrap_or((start, end));
        let at = positions.at(rest);
        stack
            .last_mut()
            .expect("the root block")
            .block
            .text(&text[rest..text_end.max(rest)], at);
        let at = positions.at(start);
        match sigil {
            '!' => {}
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
                check_name(text, start, name)?;
                if stack.len() > super::MAX_NESTING {
                    return Err(error(
                        text,
                        start,
                        format!("sections are nested more than {} deep", super::MAX_NESTING),
                    ));
                }
                let helper = if sigil == '#' { "m_sec" } else { "m_inv" };
                stack.push(Open {
                    name,
                    offset: start,
                    at,
                    helper,
                    block: Block::default(),
                });
            }
            '/' => {
                if stack.len() == 1 {
                    return Err(error(
                        text,
                        start,
                        format!("closing tag {{{{/{name}}}}} without an open section"),
                    ));
                }
                let open = stack.pop().expect("an open section");
                let opened = open.name;
                if opened != name {
                    return Err(error(
                        text,
                        start,
                        format!(
                            "closing tag {{{{/{name}}}}} does not match the open section {{{{#{opened}}}}}"
                        ),
                    ));
                }
                let call =
                    helper_call(open.helper, opened.to_string(), Some(open.block.template()));
                stack
                    .last_mut()
                    .expect("the root block")
                    .block
                    .push(TemplateElement::HelperBlock(Box::new(call)), open.at);
            }
            _ => {
                check_name(text, start, name)?;
                let call = helper_call("m_var", name.to_string(), None);
                stack
                    .last_mut()
                    .expect("the root block")
                    .block
                    .push(TemplateElement::Expression(Box::new(call)), at);
            }
        }
        rest = next;
    }
    if stack.len() > 1 {
        let open = stack.pop().expect("an open section");
        return Err(error(
            text,
            open.offset,
            format!("section {{{{#{}}}}} is never closed", open.name),
        ));
    }
    let at = positions.at(rest);
    let mut root = stack.pop().expect("the root block").block;
    root.text(&text[rest..], at);
    Ok(root.template())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{Dialect, Template};
    use crate::render::Engine;

    fn render(text: &str, context: serde_json::Value) -> String {
        let mut engine = Engine::new();
        let template = Template {
            dialect: Dialect::Mustache,
            text: text.to_string(),
            origin: "t".into(),
        };
        engine.compile("t", &template).unwrap();
        engine.render("t", &context).unwrap()
    }

    #[test]
    fn compilation() {
        let ctx = serde_json::json!({"b": {"c": "v"}, "x": ["p", "q"], "e": [], "a\"b": 1});
        assert_eq!(render("a{{b.c}}d", ctx.clone()), "avd");
        assert_eq!(render("{{#x}}{{.}}{{/x}}", ctx.clone()), "\"p\"\"q\"");
        assert_eq!(render("{{^e}}y{{/e}}", ctx.clone()), "y");
        assert_eq!(render("x\\{{b.c}}\\", ctx.clone()), "x\\v\\");
        assert_eq!(render("{{a\"b}}", ctx.clone()), "1");
        assert_eq!(render("{{! note }}z", ctx.clone()), "z");
        // Standalone section lines go with their tags, as in Mustache.
        assert_eq!(
            render("[\n  {{#x}}\n  {{.}},\n  {{/x}}\n]", ctx.clone()),
            "[\n  \"p\",\n  \"q\",\n]"
        );
        let e = compile("ab\n  {{#open}}").unwrap_err();
        assert_eq!((e.line, e.column), (2, 3));
        let t = compile("a\n {{b}}\n{{#c}}{{/c}}").unwrap();
        assert_eq!(t.elements.len(), t.mapping.len());
        assert_eq!((t.mapping[1].0, t.mapping[1].1), (2, 2));
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
