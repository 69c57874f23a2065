//! A Marathon app's id rules (api.md), service ports and read-only fields. Marathon's rules for
//! the rest of the app are in [`super::rules`].

use std::sync::OnceLock;

use regex::Regex;
use serde_json::{Map, Value};

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

/// The canonical form of an id, or the id as given when it breaks the rules (for lookups and
/// messages, where the error, if any, comes from elsewhere).
pub fn canonical_or_given(id: &str) -> String {
    canonical_id(id).unwrap_or_else(|_| id.to_string())
}

/// Where an app declares service ports, in Marathon's order: `portDefinitions[].port`, then
/// `container.docker.portMappings[].servicePort`, then `container.portMappings[].servicePort`.
const PORT_SLOTS: [(&[&str], &str); 3] = [
    (&["portDefinitions"], "port"),
    (&["container", "docker", "portMappings"], "servicePort"),
    (&["container", "portMappings"], "servicePort"),
];

/// The service ports an app declares (0: "assign one"), in the order of [`PORT_SLOTS`].
pub fn service_ports(app: &Map<String, Value>) -> Vec<u64> {
    let mut out = Vec::new();
    for (path, field) in PORT_SLOTS {
        let mut node = app.get(path[0]);
        for key in &path[1..] {
            node = node.and_then(|n| n.get(key));
        }
        for item in node.and_then(Value::as_array).into_iter().flatten() {
            out.push(item.get(field).and_then(Value::as_u64).unwrap_or(0));
        }
    }
    out
}

/// Writes service ports back in the order [`service_ports`] read them.
pub fn set_service_ports(app: &mut Map<String, Value>, ports: &[u64]) {
    let mut ports = ports.iter();
    for (path, field) in PORT_SLOTS {
        let mut node = app.get_mut(path[0]);
        for key in &path[1..] {
            node = node.and_then(|n| n.get_mut(*key));
        }
        for item in node.and_then(Value::as_array_mut).into_iter().flatten() {
            let Some(port) = ports.next() else { return };
            if let Some(obj) = item.as_object_mut() {
                obj.insert(field.to_string(), Value::from(*port));
            }
        }
    }
}

/// Fields Marathon computes and reports but never accepts back: what it reports beside the
/// definition ([`super::rules::model::REPORTED`]), and `version` and `versionInfo`; sending
/// `version` with a partial update even means "roll back to that version" (api.md, PUT
/// /v2/apps/{id}).
pub fn is_read_only(field: &str) -> bool {
    matches!(field, "version" | "versionInfo") || super::rules::model::REPORTED.contains(&field)
}

/// The app without its read-only fields ([`is_read_only`]): what may be PUT back to Marathon.
pub fn definition(app: &Map<String, Value>) -> Map<String, Value> {
    app.iter()
        .filter(|(k, _)| !is_read_only(k))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
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
