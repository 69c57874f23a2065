//! Marathon app checks: the app schema in `schemas/` and Marathon's id rules (api.md).

use std::sync::OnceLock;

use regex::Regex;
use serde_json::{Map, Value};

use crate::error::Violation;
use crate::schema::{Builtin, PathStyle};

/// Marathon's `ID_PATH_SEGMENT_PATTERN`, matched against the whole segment.
pub const SEGMENT_PATTERN: &str = r"^(([a-z0-9]|[a-z0-9][a-z0-9\-]*[a-z0-9])\.)*([a-z0-9]|[a-z0-9][a-z0-9\-]*[a-z0-9])|(\.|\.\.)$";

/// Last segments Marathon reserves.
pub const RESERVED: [&str; 5] = ["restart", "tasks", "versions", ".", ".."];

fn segment_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"^(?:(?:(?:[a-z0-9]|[a-z0-9][a-z0-9\-]*[a-z0-9])\.)*(?:[a-z0-9]|[a-z0-9][a-z0-9\-]*[a-z0-9])|\.|\.\.)$")
            .expect("the segment pattern compiles")
    })
}

/// Checks an app id as Marathon does and returns its canonical absolute form (`/a/b`).
pub fn canonical_id(id: &str) -> Result<String, String> {
    let segments: Vec<&str> = id.split('/').filter(|s| !s.is_empty()).collect();
    if segments.is_empty() {
        return Err("the id must not be empty or the root group".into());
    }
    for segment in &segments {
        if !segment_regex().is_match(segment) {
            return Err(format!(
                "the segment {segment:?} must fully match regular expression '{SEGMENT_PATTERN}' \
                 (lower-case letters, digits, '-' and '.' between labels)"
            ));
        }
    }
    let last = segments[segments.len() - 1];
    if RESERVED.contains(&last) {
        return Err(format!(
            "must not end with any of the following reserved keywords: {}",
            RESERVED.join(", ")
        ));
    }
    let mut canonical: Vec<&str> = Vec::new();
    for segment in segments {
        match segment {
            "." => {}
            ".." => {
                canonical.pop();
            }
            s => canonical.push(s),
        }
    }
    if canonical.is_empty() {
        return Err("the id resolves to the root group".into());
    }
    Ok(format!("/{}", canonical.join("/")))
}

/// Every problem of an app: schema violations with their JSON paths, then the id rules.
pub fn violations(app: &Map<String, Value>) -> Vec<Violation> {
    let value = Value::Object(app.clone());
    let mut out = Builtin::MarathonApp
        .schema()
        .violations(&value, PathStyle::Pointer);
    if let Some(Value::String(id)) = app.get("id") {
        if let Err(expected) = canonical_id(id) {
            if !out.iter().any(|v| v.path == "/id") {
                out.push(Violation {
                    path: "/id".into(),
                    expected,
                    found: Some(Value::String(id.clone()).to_string()),
                    hint: Some("choose another id with --app-id".into()),
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids() {
        assert_eq!(canonical_id("kafka").unwrap(), "/kafka");
        assert_eq!(canonical_id("/prod/kafka/").unwrap(), "/prod/kafka");
        assert_eq!(canonical_id("/a/./b/../c").unwrap(), "/a/c");
        assert!(canonical_id("/Kafka").is_err());
        assert!(canonical_id("/a..b").is_err());
        assert!(canonical_id("/a.-b").is_err());
        assert!(canonical_id("/app/tasks").is_err());
        assert!(canonical_id("/").is_err());
        assert!(canonical_id("").is_err());
        assert!(canonical_id("/-a").is_err());
        assert_eq!(canonical_id("/my.app-1").unwrap(), "/my.app-1");
    }
}
