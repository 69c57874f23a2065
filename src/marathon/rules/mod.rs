//! Marathon's rules for an app, by version and configuration (acceptance.md): what the server
//! refuses (errors), and what it accepts but drops or changes (warnings).
//!
//! [`check`] runs the app through the phases Marathon's `POST /v2/apps` runs: reading the JSON
//! into its RAML types ([`reads`]), the checks of the deprecated fields, normalization, the
//! canonical checks and the conversion ([`validate`]). Marathon stops at the first phase that
//! fails, and so does the list of errors; warnings come from reading, which always runs whole.
//! render, install, upgrade, lint and the sandbox all use it, so they cannot disagree.

pub mod model;
pub mod profile;
mod reads;
mod validate;

use serde_json::{Map, Value, json};

use crate::error::Violation;
pub use profile::{Origin, Profile, Version};

/// Error or warning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// The phase of Marathon's request handling a finding belongs to; it decides the answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Phase {
    /// Reading the JSON into the RAML types: 422 "Invalid JSON" (400 before 1.6).
    Read,
    /// `validateOldAppAPI`: 422 "Object is not valid".
    Deprecated,
    /// `AppNormalization`: an unmapped exception, 500.
    Normalize,
    /// `validateCanonicalAppAPI` and `AppDefinition`: 422 "Object is not valid".
    Canonical,
    /// `Raml.fromRaml`: an unmapped exception, 500.
    Convert,
}

/// One step of a location in the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seg {
    Key(String),
    Index(usize),
}

/// A location: `[Key("portDefinitions"), Index(0), Key("port")]`.
pub type Path = Vec<Seg>;

/// The JSON pointer of a path: `/portDefinitions/0/port`, `/` for the app itself.
pub fn pointer(path: &[Seg]) -> String {
    if path.is_empty() {
        return "/".into();
    }
    let mut out = String::new();
    for s in path {
        out.push('/');
        match s {
            Seg::Key(k) => out.push_str(&k.replace('~', "~0").replace('/', "~1")),
            Seg::Index(i) => out.push_str(&i.to_string()),
        }
    }
    out
}

/// The path as Marathon writes it in error bodies: `/portDefinitions(0)/port`.
pub fn marathon_path(path: &[Seg]) -> String {
    if path.is_empty() {
        return "/".into();
    }
    let mut out = String::new();
    for s in path {
        match s {
            Seg::Key(k) => {
                out.push('/');
                out.push_str(k);
            }
            Seg::Index(i) => out.push_str(&format!("({i})")),
        }
    }
    out
}

/// Something Marathon would refuse, drop or change in an app.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub severity: Severity,
    pub phase: Phase,
    pub path: Path,
    /// What is wrong, in words.
    pub message: String,
    /// What Marathon itself says (`error.expected.jsnumber`, or its validation text); empty for
    /// warnings.
    pub marathon: String,
    /// The value found, as compact JSON.
    pub found: Option<String>,
    pub hint: Option<String>,
}

impl Finding {
    pub fn pointer(&self) -> String {
        pointer(&self.path)
    }

    /// One line: `/readinessChecks/0/interval: Marathon ignores this field; did you mean intervalSeconds?`.
    pub fn line(&self) -> String {
        let mut out = format!("{}: {}", self.pointer(), self.message);
        if let Some(hint) = &self.hint {
            out.push_str("; ");
            out.push_str(hint);
        }
        out
    }

    pub fn violation(&self) -> Violation {
        let expected = if self.marathon.starts_with("error.") {
            format!("{} (Marathon: {})", self.message, self.marathon)
        } else {
            self.message.clone()
        };
        Violation {
            path: self.pointer(),
            expected,
            found: self.found.clone(),
            hint: self.hint.clone(),
        }
    }
}

/// What checking an app found, and the app as Marathon would store it.
#[derive(Debug, Clone)]
pub struct Checked {
    /// The app as Marathon keeps and reports it: fields it does not read dropped, deprecated
    /// fields translated, defaults applied. When reading failed, the best reading there is.
    pub app: Map<String, Value>,
    /// Errors of the first failing phase, then every warning.
    pub findings: Vec<Finding>,
}

impl Checked {
    pub fn errors(&self) -> impl Iterator<Item = &Finding> {
        self.findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
    }

    pub fn warnings(&self) -> impl Iterator<Item = &Finding> {
        self.findings
            .iter()
            .filter(|f| f.severity == Severity::Warning)
    }

    pub fn has_errors(&self) -> bool {
        self.errors().next().is_some()
    }

    /// Marathon's answer to a request with errors: its status and body (api.md, acceptance.md §1).
    pub fn refusal(&self, profile: &Profile) -> Option<(u16, Value)> {
        let errors: Vec<&Finding> = self.errors().collect();
        let phase = errors.first()?.phase;
        match phase {
            Phase::Normalize | Phase::Convert => {
                Some((500, json!({ "message": errors[0].marathon })))
            }
            Phase::Read | Phase::Deprecated | Phase::Canonical => {
                let mut details: Vec<(String, Vec<String>)> = Vec::new();
                for e in &errors {
                    let path = marathon_path(&e.path);
                    match details.iter_mut().find(|(p, _)| *p == path) {
                        Some((_, list)) => {
                            if !list.contains(&e.marathon) {
                                list.push(e.marathon.clone());
                            }
                        }
                        None => details.push((path, vec![e.marathon.clone()])),
                    }
                }
                let details: Vec<Value> = details
                    .into_iter()
                    .map(|(path, errors)| json!({ "path": path, "errors": errors }))
                    .collect();
                let (status, message) = if phase == Phase::Read {
                    (if profile.at_least(6) { 422 } else { 400 }, "Invalid JSON")
                } else {
                    (422, "Object is not valid")
                };
                Some((status, json!({ "message": message, "details": details })))
            }
        }
    }
}

/// Checks an app as the Marathon of `profile` would on `POST /v2/apps`.
pub fn check(app: &Map<String, Value>, profile: &Profile) -> Checked {
    let (read, mut findings) = reads::read_app(app, profile);
    let read_failed = findings.iter().any(|f| f.severity == Severity::Error);
    let (normalized, errors) = validate::phases(read, profile, read_failed);
    findings.extend(errors);
    findings.sort_by_key(|f| f.severity);
    Checked {
        app: normalized,
        findings,
    }
}

/// The app as the Marathon of `profile` stores it (see [`Checked::app`]).
pub fn normalize(app: &Map<String, Value>, profile: &Profile) -> Map<String, Value> {
    check(app, profile).app
}

#[cfg(test)]
mod tests {
    use super::*;

    fn obj(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    #[test]
    fn normalizing_twice_changes_nothing() {
        let p = Profile::dcos();
        for app in [
            json!({"id": "x/", "cpus": 0.5, "ports": [8080], "uris": ["http://h/a.tgz"], "version": "v", "cmd": "sleep 1"}),
            json!({"id": "/web", "cmd": "python3 -m http.server", "instances": 1, "labels": {"A": "1"},
                   "container": {"type": "DOCKER", "docker": {"image": "x", "network": "BRIDGE", "portMappings": [{"containerPort": 80}]}}}),
            json!({"id": "/m", "cmd": "run", "networks": [{"mode": "container", "name": "dcos"}],
                   "readinessChecks": [{"portName": "default"}], "healthChecks": [{"protocol": "MESOS_HTTP"}]}),
        ] {
            let once = normalize(&obj(app.clone()), &p);
            let twice = normalize(&once, &p);
            assert_eq!(once, twice, "{app}");
            assert!(
                !check(&once, &p).has_errors(),
                "{:?}",
                check(&once, &p).findings
            );
        }
    }

    /// Random apps built from Marathon's own field names and random values: reading, checking,
    /// normalizing and answering never panic, at any version (the fuzz target `rules` does the
    /// same from bytes).
    #[test]
    fn no_panics_on_random_apps() {
        const NAMES: [&str; 24] = [
            "id",
            "cmd",
            "args",
            "container",
            "type",
            "docker",
            "image",
            "portMappings",
            "portDefinitions",
            "networks",
            "mode",
            "volumes",
            "persistent",
            "secret",
            "secrets",
            "check",
            "http",
            "portIndex",
            "readinessChecks",
            "portName",
            "role",
            "acceptedResourceRoles",
            "upgradeStrategy",
            "env",
        ];
        let mut seed: u64 = 0x5eed_0001;
        let mut next = move |n: u64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) % n.max(1)
        };
        fn value(next: &mut dyn FnMut(u64) -> u64, depth: u32) -> Value {
            match next(if depth > 3 { 6 } else { 8 }) {
                0 => Value::Null,
                1 => json!(next(2) == 0),
                2 => json!(next(70000) as i64 - 5),
                3 => json!(0.5),
                4 => json!(
                    [
                        "*",
                        "slave_public",
                        "tcp,udp",
                        "",
                        "/a/b",
                        "RW",
                        "DOCKER",
                        "x"
                    ][next(8) as usize]
                ),
                5 => json!("sleep 1"),
                6 => Value::Array((0..next(3)).map(|_| value(next, depth + 1)).collect()),
                _ => {
                    let mut m = Map::new();
                    for _ in 0..next(5) {
                        m.insert(
                            NAMES[next(NAMES.len() as u64) as usize].into(),
                            value(next, depth + 1),
                        );
                    }
                    Value::Object(m)
                }
            }
        }
        for round in 0..3000 {
            let mut app = Map::new();
            app.insert("id".into(), json!("/a"));
            for _ in 0..next(8) {
                app.insert(
                    NAMES[next(NAMES.len() as u64) as usize].into(),
                    value(&mut next, 0),
                );
            }
            let minor = [4, 5, 7, 8, 9, 10, 11][round % 7];
            let profile = Profile::plain(Version::new(minor));
            let checked = check(&app, &profile);
            let _ = checked.refusal(&profile);
            let again = check(&checked.app, &profile);
            let _ = again.refusal(&profile);
            let _ = check(&app, &Profile::dcos());
        }
    }
}
