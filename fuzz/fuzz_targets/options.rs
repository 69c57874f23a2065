//! Options files and `--set` arguments against a schema.
#![no_main]

use libfuzzer_sys::fuzz_target;
use smack::options::{self, SetKind};

fuzz_target!(|data: &[u8]| {
    let schema = serde_json::json!({
        "type": "object",
        "properties": {
            "a": {"type": "object", "properties": {
                "n": {"type": "integer", "default": 1},
                "s": {"type": "string"},
                "l": {"type": "array"}
            }, "required": ["s"]},
            "b": {"type": ["number", "boolean"]},
            "c": {"type": "object", "properties": {"x": {"enum": ["p", "q"]}, "y": {"type": "integer"}},
                  "anyOf": [{"properties": {"x": {"enum": ["p"]}}}, {"properties": {"y": {"minimum": 3}}}]},
            "d": {"oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "integer"}}]}
        }
    });
    let Ok(mut user) = options::parse_file(data, "fuzz") else {
        if let Ok(text) = std::str::from_utf8(data) {
            let mut user = serde_json::json!({});
            let _ = options::apply_set(&mut user, Some(&schema), text, SetKind::Typed);
            let _ = options::apply_set(&mut user, Some(&schema), text, SetKind::String);
        }
        return;
    };
    let mut merged = options::defaults(&schema);
    options::merge(&mut merged, &user);
    let _ = options::missing_required(&schema, &merged);
    if let Ok(compiled) = smack::schema::Schema::cached(&schema) {
        for style in [smack::schema::PathStyle::Dotted, smack::schema::PathStyle::Pointer] {
            let _ = compiled.violations(&merged, style);
        }
    }
    let _ = options::check_answer(&schema, "a.n", "12");
    options::merge(&mut user, &merged);
});
