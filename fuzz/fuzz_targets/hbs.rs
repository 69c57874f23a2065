//! `.hbs` templates built from tokens that matter: inline partials, partial calls (recursive
//! ones too), blocks, iteration, raw and escaped printing. Invariants: no panic, no stack
//! overflow, bounded work; and a value from the options never reaches the output unescaped
//! (the context holds `INJ"`, which may only appear as `INJ\"`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use smack::catalog::{Dialect, Template};
use smack::render::Engine;

const TOKENS: [&str; 24] = [
    "{{#*inline \"p\"}}",
    "{{/inline}}",
    "{{> p}}",
    "{{#> p}}",
    "{{/p}}",
    "{{#each l}}",
    "{{/each}}",
    "{{#if x}}",
    "{{/if}}",
    "{{else}}",
    "{{#with o}}",
    "{{/with}}",
    "{{x}}",
    "{{{x}}}",
    "{{& x}}",
    "{{this}}",
    "{{@index}}",
    "{{json o}}",
    "{{lookup o \"k\"}}",
    "{{{{raw}}}}",
    "{{{{/raw}}}}",
    "\"",
    "text ",
    "{{*d}}",
];

fuzz_target!(|data: &[u8]| {
    let text: String = data
        .iter()
        .map(|b| TOKENS[*b as usize % TOKENS.len()])
        .collect();
    let context = serde_json::json!({
        "x": "INJ\"", "l": ["INJ\"", 1, {"k": "INJ\""}], "o": {"k": "INJ\""}
    });
    let mut engine = Engine::new();
    let template = Template {
        dialect: Dialect::Handlebars,
        text,
        origin: "fuzz".into(),
    };
    if engine.compile("t", &template).is_ok()
        && let Ok(out) = engine.render("t", &context)
    {
        assert!(
            !out.replace("INJ\\\"", "").contains("INJ\""),
            "an option value printed unescaped: {out}"
        );
    }
});
