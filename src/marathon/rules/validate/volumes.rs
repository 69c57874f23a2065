//! Secrets and volumes: the `secrets` feature, secret references, persistent and external
//! volumes (acceptance.md case 9).

use serde_json::{Map, Value};

use super::{Phases, arr, at, feature_hint, key, non_empty};
use crate::marathon::rules::Phase;

const PH: Phase = Phase::Canonical;

fn secrets(app: &Map<String, Value>) -> Option<&Map<String, Value>> {
    app.get("secrets").and_then(Value::as_object)
}

/// `secrets` need the feature.
pub(super) fn secrets_feature(app: &Map<String, Value>, p: &mut Phases) {
    let profile = p.profile;
    if secrets(app).is_some_and(|s| !s.is_empty()) && !profile.feature("secrets") {
        p.fail(
            PH,
            key(&["secrets"]),
            "Feature secrets is not enabled. Enable with --enable_features secrets)",
            feature_hint(profile, "secrets"),
        );
    }
}

/// An environment variable's secret must be defined (and the feature on).
pub(super) fn env_secrets(app: &Map<String, Value>, p: &mut Phases) {
    let profile = p.profile;
    let secrets_on = profile.feature("secrets");
    let secrets = secrets(app);
    if let Some(Value::Object(env)) = app.get("env") {
        for (name, value) in env {
            if let Some(secret) = value.get("secret").and_then(Value::as_str) {
                if !secrets_on {
                    p.fail(
                        PH,
                        key(&["env", name]),
                        "Feature secrets is not enabled. Enable with --enable_features secrets)",
                        feature_hint(profile, "secrets"),
                    );
                } else if !secrets.is_some_and(|s| s.contains_key(secret)) {
                    p.fail(
                        PH,
                        key(&["env", name]),
                        "references an undefined secret",
                        None,
                    );
                }
            }
        }
    }
}

/// Secret volumes, persistent volumes (mode, sizes, constraints) and external volumes.
pub(super) fn volumes(app: &Map<String, Value>, p: &mut Phases) {
    let profile = p.profile;
    let secrets_on = profile.feature("secrets");
    let secrets = secrets(app);
    let volumes = arr(app.get("container").and_then(|c| c.get("volumes")));
    for (i, v) in volumes.iter().enumerate() {
        if let Some(secret) = v.get("secret").and_then(Value::as_str) {
            if !secrets_on {
                p.fail(
                    PH,
                    at(&["container", "volumes"], i, &[]),
                    "Feature secrets is not enabled. Enable with --enable_features secrets)",
                    feature_hint(profile, "secrets"),
                );
            } else if !secrets.is_some_and(|s| s.contains_key(secret)) {
                p.fail(
                    PH,
                    at(&["container", "volumes"], i, &[]),
                    "volume.secret must refer to an existing secret",
                    None,
                );
            }
        }
        if let Some(info) = v.get("persistent") {
            if v.get("mode").and_then(Value::as_str) != Some("RW") {
                p.fail(
                    PH,
                    at(&["container", "volumes"], i, &["mode"]),
                    "is not equal to RW",
                    None,
                );
            }
            let kind = info.get("type").and_then(Value::as_str).unwrap_or("root");
            if let Some(max) = info.get("maxSize").and_then(Value::as_i64) {
                if kind != "mount" {
                    p.fail(
                        PH,
                        at(&["container", "volumes"], i, &["persistent"]),
                        "Only mount volumes can have maxSize",
                        None,
                    );
                } else if max <= info.get("size").and_then(Value::as_i64).unwrap_or(0) {
                    p.fail(
                        PH,
                        at(&["container", "volumes"], i, &["persistent"]),
                        "Max size must be larger than size",
                        None,
                    );
                }
            }
            if kind == "root" && non_empty(info.get("constraints")) {
                p.fail(
                    PH,
                    at(&["container", "volumes"], i, &["persistent"]),
                    "Constraints on root volumes are not supported",
                    None,
                );
            }
        }
        if v.get("external").is_some() && !profile.feature("external_volumes") {
            p.fail(
                PH,
                at(&["container", "volumes"], i, &[]),
                "Feature external_volumes is not enabled. Enable with --enable_features external_volumes)",
                feature_hint(profile, "external_volumes"),
            );
        }
    }
}
