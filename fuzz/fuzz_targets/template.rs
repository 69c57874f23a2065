//! A Mustache template (first line: options JSON, rest: template) through the whole render
//! engine: parse errors are values, never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use smack::catalog::{Dialect, Template};
use smack::render::Engine;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (context, template) = text.split_once('\n').unwrap_or(("{}", text));
    let context: serde_json::Value = serde_json::from_str(context).unwrap_or_default();
    for dialect in [Dialect::Mustache, Dialect::Handlebars] {
        let mut engine = Engine::new();
        let t = Template {
            dialect,
            text: template.to_string(),
            origin: "fuzz".into(),
        };
        if engine.compile("t", &t).is_ok() {
            let _ = engine.render("t", &context);
        }
    }
});
