//! Roles (1.9+): the app's `role` and its `acceptedResourceRoles` (acceptance.md case 4).

use serde_json::{Map, Value, json};

use super::{Phases, key};
use crate::marathon::rules::{Phase, Profile};

const PH: Phase = Phase::Canonical;

/// The top-level group of an app id (`/g/a` → `g`), if it is not in the root group.
fn top_group(id: &str) -> Option<String> {
    let segments: Vec<&str> = id.split('/').filter(|s| !s.is_empty()).collect();
    (segments.len() > 1).then(|| segments[0].to_string())
}

/// The roles an app may use: `--mesos_role`, and the app's top-level group (acceptance.md case 4).
fn valid_roles(app: &Map<String, Value>, profile: &Profile) -> Vec<String> {
    let mut roles = vec![profile.mesos_role.clone()];
    if let Some(group) = app.get("id").and_then(Value::as_str).and_then(top_group)
        && !roles.contains(&group)
    {
        roles.push(group);
    }
    roles
}

/// The roles `acceptedResourceRoles` may name: `*` and the app's role.
fn allowed_accepted(app: &Map<String, Value>, profile: &Profile) -> Vec<String> {
    let role = app
        .get("role")
        .and_then(Value::as_str)
        .unwrap_or(&profile.mesos_role)
        .to_string();
    let mut allowed = vec!["*".to_string()];
    if role != "*" {
        allowed.push(role);
    }
    allowed
}

/// The role (1.9+): the mesos role unless given.
pub(super) fn default_role(app: &mut Map<String, Value>, p: &mut Phases) {
    if p.profile.at_least(9) && !app.contains_key("role") {
        app.insert("role".into(), Value::String(p.profile.mesos_role.clone()));
    }
}

/// 1.9 (and 1.10 with `--deprecated_features sanitize_accepted_resource_roles`) drops the
/// entries of `acceptedResourceRoles` that the app's role does not allow.
pub(super) fn sanitize_accepted(app: &mut Map<String, Value>, p: &mut Phases) {
    let minor = p.profile.version.minor;
    let sanitizes = minor == 9
        || (minor == 10
            && p.profile
                .deprecated_features
                .contains("sanitize_accepted_resource_roles"));
    if !sanitizes {
        return;
    }
    let allowed = allowed_accepted(app, p.profile);
    let Some(Value::Array(roles)) = app.get_mut("acceptedResourceRoles") else {
        return;
    };
    let before = roles.len();
    roles.retain(|r| r.as_str().is_some_and(|r| allowed.iter().any(|a| a == r)));
    if roles.len() != before {
        let kept = roles.clone();
        if kept.is_empty() {
            app.insert("acceptedResourceRoles".into(), json!(["*"]));
        }
        p.warn(
            key(&["acceptedResourceRoles"]),
            format!(
                "Marathon {} silently removes the roles other than {}",
                p.profile.version,
                allowed.join(" and ")
            ),
            Some(p.profile.assumption("mesos_role")),
        );
    }
}

/// The role must be one the app may use.
pub(super) fn role(app: &Map<String, Value>, p: &mut Phases) {
    let profile = p.profile;
    if profile.at_least(9)
        && let Some(role) = app.get("role").and_then(Value::as_str)
    {
        let valid = valid_roles(app, profile);
        if !valid.iter().any(|r| r == role) {
            p.fail(
                PH,
                key(&["role"]),
                format!("got {role}, expected one of: [{}]", valid.join(", ")),
                Some(profile.assumption("mesos_role")),
            );
        }
    }
}

/// `acceptedResourceRoles` may not be empty, and (1.10+) names only `*` and the app's role.
pub(super) fn accepted_roles(app: &Map<String, Value>, p: &mut Phases) {
    let profile = p.profile;
    if let Some(Value::Array(roles)) = app.get("acceptedResourceRoles") {
        if roles.is_empty() {
            p.fail(
                PH,
                key(&["acceptedResourceRoles"]),
                "must not be empty",
                None,
            );
        }
        let minor = profile.version.minor;
        let rejects = minor >= 11
            || (minor == 10
                && !profile
                    .deprecated_features
                    .contains("sanitize_accepted_resource_roles"));
        let allowed = allowed_accepted(app, profile);
        if rejects
            && roles
                .iter()
                .any(|r| !r.as_str().is_some_and(|r| allowed.iter().any(|a| a == r)))
        {
            p.fail(
                PH,
                key(&["acceptedResourceRoles"]),
                format!(
                    "acceptedResourceRoles can only contain {}",
                    allowed.join(" and ")
                ),
                Some(profile.assumption("mesos_role")),
            );
        }
    }
}
