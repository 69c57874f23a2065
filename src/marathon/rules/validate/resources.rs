//! Resources: limits (1.10+) and GPUs.

use serde_json::{Map, Value};

use super::{Phases, feature_hint, is_docker, key};
use crate::marathon::rules::Phase;

const PH: Phase = Phase::Canonical;

/// `resourceLimits`: `unlimited` or at least what the app requests.
pub(super) fn limits(app: &Map<String, Value>, p: &mut Phases) {
    if let Some(Value::Object(limits)) = app.get("resourceLimits") {
        for (name, requested) in [("cpus", 1.0), ("mem", 128.0)] {
            let requested = app.get(name).and_then(Value::as_f64).unwrap_or(requested);
            match limits.get(name) {
                Some(Value::String(s)) if s != "unlimited" => p.fail(
                    PH,
                    key(&["resourceLimits", name]),
                    format!("'{s}' is an invalid resource limit. It must be 'unlimited' or a number"),
                    None,
                ),
                Some(Value::Number(n)) if n.as_f64().unwrap_or(0.0) < requested => p.fail(
                    PH,
                    key(&["resourceLimits", name]),
                    format!("resource limit must be greater than or equal to requested resource ({requested:?})"),
                    None,
                ),
                _ => {}
            }
        }
    }
}

/// GPUs need the Mesos containerizer and the `gpu_resources` feature.
pub(super) fn gpus(app: &Map<String, Value>, p: &mut Phases) {
    let profile = p.profile;
    if app.get("gpus").and_then(Value::as_i64).unwrap_or(0) > 0 {
        if is_docker(app) {
            p.fail(
                PH,
                vec![],
                "GPU resources only work with the Mesos containerizer",
                None,
            );
        }
        if !profile.feature("gpu_resources") {
            p.fail(
                PH,
                vec![],
                "Feature gpu_resources is not enabled. Enable with --enable_features gpu_resources)",
                feature_hint(profile, "gpu_resources"),
            );
        }
    }
}
