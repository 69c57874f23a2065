//! DC/OS's labels that Marathon checks.

use serde_json::{Map, Value};

use super::Phases;
use crate::marathon::rules::Phase;

const PH: Phase = Phase::Canonical;

/// DC/OS's migration labels come together.
pub(super) fn migration(app: &Map<String, Value>, p: &mut Phases) {
    if let Some(Value::Object(labels)) = app.get("labels")
        && let Some(version) = labels
            .get("DCOS_MIGRATION_API_VERSION")
            .and_then(Value::as_str)
        && !version.is_empty()
    {
        let set = |k: &str| {
            labels
                .get(k)
                .and_then(Value::as_str)
                .is_some_and(|v| !v.is_empty())
        };
        if version != "v1" || !set("DCOS_PACKAGE_FRAMEWORK_NAME") || !set("DCOS_MIGRATION_API_PATH")
        {
            p.fail(
                PH,
                vec![],
                "DCOS_PACKAGE_FRAMEWORK_NAME and DCOS_MIGRATION_API_PATH must be defined when using DCOS_MIGRATION_API_VERSION",
                None,
            );
        }
    }
}
