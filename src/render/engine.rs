//! The template engine: one handlebars registry running both dialects.
//!
//! Mustache templates are compiled by [`super::mustache::compile`] into calls of the `m_*`
//! helpers below, which keep Mustache's context stack in a block-local variable (`mstack`): a list
//! of frames, each a JSON pointer into the render context or an inline value `{"v": ...}`.
//! Handlebars templates run natively, with `{{x}}` JSON-string-escaped and a `json` helper.

use handlebars::{
    Context, Handlebars, Helper, HelperDef, HelperResult, Output, RenderContext, RenderError,
    RenderErrorReason, Renderable,
};
use serde_json::{Value, json};

use super::values;
use super::{MAX_NESTING, mustache};
use crate::catalog::{Dialect, Template};
use crate::error::Error;

const STACK: &str = "mstack";

/// A registry of compiled templates.
pub struct Engine {
    registry: Handlebars<'static>,
}

impl Default for Engine {
    fn default() -> Self {
        Self::new()
    }
}

/// The largest rendered template, in bytes (README: Limits).
pub const MAX_OUTPUT: usize = 16 << 20;
/// The most units of work one render may do: section iterations and writes (README: Limits).
pub const MAX_WORK: u64 = 10_000_000;
/// The deepest nesting of `{{#each}}` blocks in a `.hbs` template (README: Limits).
pub const MAX_EACH_NESTING: usize = 3;

thread_local! {
    /// The work done by the render running on this thread.
    static WORK: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Counts `units` of work against [`MAX_WORK`].
fn spend(units: u64) -> Result<(), RenderError> {
    WORK.with(|w| {
        let total = w.get().saturating_add(units);
        w.set(total);
        if total > MAX_WORK {
            Err(RenderErrorReason::Other(format!(
                "the template does more than {MAX_WORK} steps of work (sections within \
                 sections over long lists?); smack stops there"
            ))
            .into())
        } else {
            Ok(())
        }
    })
}

/// The rendered text, refused past [`MAX_OUTPUT`] bytes.
struct Capped(Vec<u8>);

impl std::io::Write for Capped {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.0.len() + buf.len() > MAX_OUTPUT {
            return Err(std::io::Error::other(format!(
                "the rendered template is larger than {} MiB; smack stops there",
                MAX_OUTPUT >> 20
            )));
        }
        spend(1).map_err(|e| std::io::Error::other(e.to_string()))?;
        self.0.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// What a `.hbs` template may not use: whatever prints a value without escaping it for JSON,
/// and partials and decorators (a partial can call itself). Also bounds nesting.
fn check_handlebars(template: &handlebars::Template, origin: &str) -> Result<(), Error> {
    use handlebars::template::TemplateElement as E;
    fn walk(
        t: &handlebars::Template,
        depth: usize,
        each: usize,
        origin: &str,
    ) -> Result<(), Error> {
        for (i, element) in t.elements.iter().enumerate() {
            let (line, column) = t.mapping.get(i).map_or((1, 1), |m| (m.0, m.1));
            let refuse = |message: &str| Error::Template {
                file: origin.to_string(),
                line,
                column,
                message: message.to_string(),
            };
            match element {
                E::HtmlExpression(_) => {
                    return Err(refuse(
                        "{{{…}}} and {{&…}} print a value without escaping it for JSON (an \
                         option could add keys to the app); use {{…}} or {{json …}}",
                    ));
                }
                E::PartialExpression(_) | E::PartialBlock(_) => {
                    return Err(refuse("partials ({{> …}}) are not supported in templates"));
                }
                E::DecoratorExpression(_) | E::DecoratorBlock(_) => {
                    return Err(refuse(
                        "decorators and inline partials ({{#* …}}) are not supported in templates",
                    ));
                }
                E::HelperBlock(h) => {
                    if depth + 1 > MAX_NESTING {
                        return Err(refuse(&format!(
                            "blocks are nested more than {MAX_NESTING} deep"
                        )));
                    }
                    let iterates =
                        matches!(&h.name, handlebars::template::Parameter::Name(n) if n == "each");
                    let each = each + usize::from(iterates);
                    if each > MAX_EACH_NESTING {
                        return Err(refuse(&format!(
                            "{{{{#each}}}} blocks are nested more than {MAX_EACH_NESTING} deep"
                        )));
                    }
                    for inner in [&h.template, &h.inverse].into_iter().flatten() {
                        walk(inner, depth + 1, each, origin)?;
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }
    walk(template, 0, 0, origin)
}

impl Engine {
    pub fn new() -> Engine {
        let mut registry = Handlebars::new();
        registry.register_escape_fn(|s| {
            let mut out = String::with_capacity(s.len());
            values::escaped(s, &mut out);
            out
        });
        registry.register_helper("m_var", Box::new(MustacheVar));
        registry.register_helper("m_sec", Box::new(MustacheSection { inverted: false }));
        registry.register_helper("m_inv", Box::new(MustacheSection { inverted: true }));
        registry.register_helper("json", Box::new(JsonHelper));
        // handlebars' own `each`, with every iteration counted against the work limit.
        registry.register_helper("each", Box::new(MeteredEach));
        Engine { registry }
    }

    /// Compiles a template under `name`; a template that does not parse is an error with its
    /// file, line and column.
    pub fn compile(&mut self, name: &str, template: &Template) -> Result<(), Error> {
        if template.dialect == Dialect::Mustache {
            let compiled = mustache::compile(&template.text).map_err(|e| Error::Template {
                file: template.origin.clone(),
                line: e.line,
                column: e.column,
                message: e.message,
            })?;
            self.registry.register_template(name, compiled);
            return Ok(());
        }
        self.registry
            .register_template_string(name, template.text.clone())
            .map_err(|e| {
                let (line, column) = e.pos().unwrap_or((1, 1));
                Error::Template {
                    file: template.origin.clone(),
                    line,
                    column,
                    message: e.reason().to_string(),
                }
            })?;
        let compiled = self.registry.get_template(name).expect("just registered");
        if let Err(e) = check_handlebars(compiled, &template.origin) {
            self.registry.unregister_template(name);
            return Err(e);
        }
        Ok(())
    }

    /// Drops a compiled template: an engine that renders many packages (lint) keeps none of
    /// them, and no template sees another package's.
    pub fn forget(&mut self, name: &str) {
        self.registry.unregister_template(name);
    }

    /// Renders a compiled template with a context.
    pub fn render(&self, name: &str, context: &Value) -> Result<String, String> {
        let ctx = Context::wraps(context).map_err(|e| e.to_string())?;
        WORK.with(|w| w.set(0));
        let mut out = Capped(Vec::new());
        self.registry
            .render_with_context_to_write(name, &ctx, &mut out)
            .map_err(|e| e.to_string())?;
        String::from_utf8(out.0).map_err(|_| "the rendered template is not UTF-8".to_string())
    }
}

fn name_param(h: &Helper<'_>, helper: &'static str) -> Result<String, RenderError> {
    let raw = h
        .param(0)
        .and_then(|p| p.value().as_str())
        .ok_or_else(|| RenderError::from(RenderErrorReason::ParamNotFoundForIndex(helper, 0)))?;
    Ok(raw.to_string())
}

/// A value found by a Mustache name: borrowed from the context (with its pointer) or computed.
enum Found<'a> {
    At(&'a Value, Option<String>),
    Computed(Value),
}

impl Found<'_> {
    fn value(&self) -> &Value {
        match self {
            Found::At(v, _) => v,
            Found::Computed(v) => v,
        }
    }
}

fn frame_value<'a>(root: &'a Value, frame: &'a Value) -> Option<(&'a Value, Option<String>)> {
    match frame {
        Value::String(pointer) => root.pointer(pointer).map(|v| (v, Some(pointer.clone()))),
        Value::Object(inline) => inline.get("v").map(|v| (v, None)),
        _ => None,
    }
}

/// The frame of one element of a list. DC/OS handed list elements to Mustache as JSON values, so
/// a string element prints with its quotes (`{{.}}` of `["a"]` is `"a"`): such an element is an
/// inline frame holding its JSON text, marked `raw`.
fn element_frame(item: &Value, pointer: Option<String>) -> Value {
    match (item, pointer) {
        (Value::String(_), _) => json!({ "v": item.to_string(), "raw": true }),
        (_, Some(p)) => Value::String(p),
        (_, None) => json!({ "v": item }),
    }
}

fn is_raw(frame: Option<&Value>) -> bool {
    frame.and_then(|f| f.get("raw")).is_some()
}

fn child_pointer(pointer: &Option<String>, key: &str) -> Option<String> {
    pointer
        .as_ref()
        .map(|p| format!("{p}/{}", key.replace('~', "~0").replace('/', "~1")))
}

/// Mustache name lookup: `.` is the innermost frame; `a.b.c` finds the innermost frame that
/// has `a`, then walks `.b.c` inside it. `isEmpty` on a list, map or string is Java's method.
fn lookup<'a>(root: &'a Value, stack: &'a [Value], name: &str) -> Option<Found<'a>> {
    let root_frame = (root, Some(String::new()));
    let mut frames = stack
        .iter()
        .rev()
        .filter_map(|f| frame_value(root, f))
        .chain(std::iter::once(root_frame));
    if name == "." {
        return frames.next().map(|(v, p)| Found::At(v, p));
    }
    let mut segments = name.split('.');
    let first = segments.next()?;
    let (start, pointer) = frames.find_map(|(v, p)| {
        v.as_object()
            .and_then(|m| m.get(first))
            .map(|found| (found, child_pointer(&p, first)))
    })?;
    let mut current = Found::At(start, pointer);
    for segment in segments {
        current = match current {
            Found::At(Value::Object(m), p) => match m.get(segment) {
                Some(v) => Found::At(v, child_pointer(&p, segment)),
                None if segment == "isEmpty" => Found::Computed(Value::Bool(m.is_empty())),
                None => return None,
            },
            Found::At(Value::Array(a), _) if segment == "isEmpty" => {
                Found::Computed(Value::Bool(a.is_empty()))
            }
            Found::At(Value::String(s), _) if segment == "isEmpty" => {
                Found::Computed(Value::Bool(s.is_empty()))
            }
            _ => return None,
        };
    }
    Some(current)
}

fn current_stack(rc: &RenderContext<'_, '_>) -> Vec<Value> {
    rc.block()
        .and_then(|b| b.get_local_var(STACK))
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default()
}

struct MustacheVar;

impl HelperDef for MustacheVar {
    fn call<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        _: &'reg Handlebars<'reg>,
        ctx: &'rc Context,
        rc: &mut RenderContext<'reg, 'rc>,
        out: &mut dyn Output,
    ) -> HelperResult {
        let name = name_param(h, "m_var")?;
        let stack = rc
            .block()
            .and_then(|b| b.get_local_var(STACK))
            .and_then(Value::as_array);
        let stack = stack.map(Vec::as_slice).unwrap_or_default();
        if let Some(found) = lookup(ctx.data(), stack, &name) {
            match found.value() {
                Value::String(raw) if name == "." && is_raw(stack.last()) => out.write(raw)?,
                value => {
                    let mut text = String::new();
                    values::print(value, &mut text).map_err(RenderErrorReason::Other)?;
                    out.write(&text)?;
                }
            }
        }
        Ok(())
    }
}

struct MustacheSection {
    inverted: bool,
}

impl HelperDef for MustacheSection {
    fn call<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        r: &'reg Handlebars<'reg>,
        ctx: &'rc Context,
        rc: &mut RenderContext<'reg, 'rc>,
        out: &mut dyn Output,
    ) -> HelperResult {
        let name = name_param(h, if self.inverted { "m_inv" } else { "m_sec" })?;
        let Some(template) = h.template() else {
            return Ok(());
        };
        let stack = current_stack(rc);
        let found = lookup(ctx.data(), &stack, &name);
        let truthy = values::truthy(found.as_ref().map(Found::value));
        if self.inverted {
            return if truthy {
                Ok(())
            } else {
                template.render(r, ctx, rc, out)
            };
        }
        let Some(found) = found.filter(|_| truthy) else {
            return Ok(());
        };
        let frames: Vec<Value> = match &found {
            Found::At(Value::Array(items), pointer) => items
                .iter()
                .enumerate()
                .map(|(i, item)| element_frame(item, pointer.as_ref().map(|p| format!("{p}/{i}"))))
                .collect(),
            Found::At(_, Some(pointer)) => vec![Value::String(pointer.clone())],
            Found::At(v, None) => vec![json!({ "v": v })],
            Found::Computed(Value::Array(items)) => {
                items.iter().map(|v| element_frame(v, None)).collect()
            }
            Found::Computed(v) => vec![json!({ "v": v })],
        };
        for frame in frames {
            spend(1 + stack.len() as u64)?;
            let mut inner = stack.clone();
            inner.push(frame);
            let mut block = handlebars::BlockContext::new();
            block.set_local_var(STACK, Value::Array(inner));
            rc.push_block(block);
            let result = template.render(r, ctx, rc, out);
            rc.pop_block();
            result?;
        }
        Ok(())
    }
}

/// `{{#each}}` as handlebars defines it (handlebars-rust's `EachHelper`, MIT, followed line for
/// line: `@index`, `@first`, `@last`, `@key`, block params, `{{else}}`), with each iteration
/// counted against [`MAX_WORK`], so that nested loops over long lists stop even when their
/// bodies print nothing.
struct MeteredEach;

impl HelperDef for MeteredEach {
    fn call<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        r: &'reg Handlebars<'reg>,
        ctx: &'rc Context,
        rc: &mut RenderContext<'reg, 'rc>,
        out: &mut dyn Output,
    ) -> HelperResult {
        use handlebars::{BlockContext, BlockParams, to_json};
        let value = h
            .param(0)
            .ok_or(RenderErrorReason::ParamNotFoundForIndex("each", 0))?;
        let Some(template) = h.template() else {
            return Ok(());
        };
        let new_block = || {
            let mut block = BlockContext::new();
            if let Some(path) = value.context_path() {
                block.base_path_mut().clone_from(path);
            } else {
                block.set_base_value(value.value().clone());
            }
            block
        };
        let base_path = value.context_path();
        // One iteration: the block's context, local variables and block params, then the body.
        let mut iterate = |rc: &mut RenderContext<'reg, 'rc>,
                           i: usize,
                           len: usize,
                           key: Option<&str>,
                           item: &Value|
         -> HelperResult {
            spend(1)?;
            if let Some(block) = rc.block_mut() {
                block.set_local_var("first", to_json(i == 0));
                block.set_local_var("last", to_json(i + 1 == len));
                block.set_local_var("index", to_json(i));
                if let Some(k) = key {
                    block.set_local_var("key", to_json(k));
                }
                let relative = key.map_or_else(|| i.to_string(), str::to_string);
                match base_path {
                    Some(p) if i == 0 => {
                        let mut path = p.clone();
                        path.push(relative);
                        *block.base_path_mut() = path;
                    }
                    Some(_) => {
                        if let Some(last) = block.base_path_mut().last_mut() {
                            *last = relative;
                        }
                    }
                    None => block.set_base_value(item.clone()),
                }
                let index_or_key = key.map_or_else(|| to_json(i), to_json);
                if let Some(name) = h.block_param() {
                    let mut params = BlockParams::new();
                    if base_path.is_some() {
                        params.add_path(name, Vec::new())?;
                    } else {
                        params.add_value(name, item.clone())?;
                    }
                    block.set_block_params(params);
                } else if let Some((name, index)) = h.block_param_pair() {
                    let mut params = BlockParams::new();
                    if base_path.is_some() {
                        params.add_path(name, Vec::new())?;
                    } else {
                        params.add_value(name, item.clone())?;
                    }
                    params.add_value(index, index_or_key)?;
                    block.set_block_params(params);
                }
            }
            template.render(r, ctx, rc, out)
        };
        match value.value() {
            Value::Array(list) if !list.is_empty() || h.inverse().is_none() => {
                rc.push_block(new_block());
                let len = list.len();
                let result = list
                    .iter()
                    .enumerate()
                    .try_for_each(|(i, item)| iterate(rc, i, len, None, item));
                rc.pop_block();
                result
            }
            Value::Object(map) if !map.is_empty() || h.inverse().is_none() => {
                rc.push_block(new_block());
                let len = map.len();
                let result = map
                    .iter()
                    .enumerate()
                    .try_for_each(|(i, (k, item))| iterate(rc, i, len, Some(k), item));
                rc.pop_block();
                result
            }
            _ => match h.inverse() {
                Some(otherwise) => otherwise.render(r, ctx, rc, out),
                None if r.strict_mode() => Err(RenderError::strict_error(value.relative_path())),
                None => Ok(()),
            },
        }
    }
}

/// `{{json value}}`: any value as JSON.
struct JsonHelper;

impl HelperDef for JsonHelper {
    fn call<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        _: &'reg Handlebars<'reg>,
        _: &'rc Context,
        _: &mut RenderContext<'reg, 'rc>,
        out: &mut dyn Output,
    ) -> HelperResult {
        let value = h.param(0).map(|p| p.value().clone()).unwrap_or(Value::Null);
        out.write(&value.to_string())?;
        Ok(())
    }
}

#[cfg(test)]
mod metered_each_tests {
    use super::*;

    /// The metered `each` renders exactly what handlebars' own does.
    #[test]
    fn metered_each_renders_as_handlebars_each() {
        let data = json!({
            "l": ["a", "b", "c"],
            "o": {"x": 1, "y": {"z": 2}},
            "n": [[1, 2], [3]],
            "e": [],
            "top": "T",
        });
        let templates = [
            "{{#each l}}{{@index}}:{{this}}{{#if @first}}F{{/if}}{{#if @last}}L{{/if}},{{/each}}",
            "{{#each o}}{{@key}}={{@index}};{{/each}}",
            "{{#each l as |x i|}}{{x}}-{{i}} {{/each}}",
            "{{#each o as |v k|}}{{k}}{{/each}}",
            "{{#each n}}[{{#each this}}{{this}}{{../../top}}{{@../index}}{{/each}}]{{/each}}",
            "{{#each e}}x{{else}}empty{{/each}}",
            "{{#each missing}}x{{else}}none{{/each}}",
            "{{#each o.y}}{{@key}}{{this}}{{/each}}",
            "{{#each l}}{{lookup ../l @index}}{{/each}}",
        ];
        for t in templates {
            let mut plain = Handlebars::new();
            plain.register_escape_fn(handlebars::no_escape);
            let mut metered = Handlebars::new();
            metered.register_escape_fn(handlebars::no_escape);
            metered.register_helper("each", Box::new(MeteredEach));
            WORK.with(|w| w.set(0));
            let ours = metered.render_template(t, &data).map_err(|e| e.to_string());
            let theirs = plain.render_template(t, &data).map_err(|e| e.to_string());
            assert!(theirs.is_ok(), "{t}: {theirs:?}");
            assert_eq!(ours, theirs, "{t}");
        }
    }

    #[test]
    fn nested_empty_loops_over_long_lists_stop() {
        let mut engine = Engine::new();
        let template = Template {
            dialect: Dialect::Handlebars,
            text: "{{#each l}}{{#each ../l}}{{#each ../../l}}{{/each}}{{/each}}{{/each}}x".into(),
            origin: "test".into(),
        };
        engine.compile("t", &template).unwrap();
        let long: Vec<u32> = (0..1000).collect();
        let err = engine.render("t", &json!({ "l": long })).unwrap_err();
        assert!(err.contains("steps of work"), "{err}");
    }
}
