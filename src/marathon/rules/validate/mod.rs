//! Marathon's checks after reading (acceptance.md §1, steps 3–7; `AppValidation`,
//! `AppNormalization`, `AppDefinition`): the deprecated fields, normalization into the canonical
//! form, the canonical checks and the conversion, stopping at the first phase that fails.
//!
//! Each phase is a list of small rules, each a function in the module of its concern (ids,
//! ports, health, volumes, resources, roles, labels). A new rule is one function and one entry
//! in its phase's list; `tests.rs` holds a table row for each rule.

mod deprecated;
mod health;
mod ids;
mod labels;
mod normalize;
mod ports;
mod resources;
mod roles;
#[cfg(test)]
mod tests;
mod volumes;

use serde_json::{Map, Value};

use super::{Finding, Path, Phase, Profile, Seg, Severity};

/// A rule: reads the app, reports to the phase.
type Check = fn(&Map<String, Value>, &mut Phases);
/// A normalization step: changes the app (and may warn or fail).
type Step = fn(&mut Map<String, Value>, &mut Phases);

/// `validateOldAppAPI` (422 "Object is not valid").
const DEPRECATED: &[Check] = &[
    deprecated::uris_with_fetch,
    deprecated::ip_discovery_with_docker,
    deprecated::docker_network_with_networks,
    deprecated::ip_address_with_networks,
    deprecated::unique_ports,
    deprecated::ip_address_with_ports,
    deprecated::ports_with_definitions,
];

/// The refusals of `AppNormalization` (unmapped exceptions: 500).
const NORMALIZE_CHECKS: &[Check] = &[normalize::both_port_mappings];

/// `AppNormalization.forDeprecated` and `forPreValidation`, in Marathon's order.
const NORMALIZE: &[Step] = &[
    normalize::absolute_id,
    normalize::drop_versions,
    normalize::ports_to_definitions,
    normalize::uris_to_fetch,
    normalize::networking,
    normalize::readiness_defaults,
    normalize::strategies,
    roles::default_role,
    roles::sanitize_accepted,
];

/// `validateCanonicalAppAPI` (422 "Object is not valid"), in Marathon's order.
const CANONICAL: &[Check] = &[
    ids::app_id,
    ids::dependencies,
    ids::one_character_cmd,
    ids::cmd_args_or_container,
    ports::unique_names,
    ports::definitions_need_host,
    ports::one_docker_network,
    health::health_checks,
    health::one_mesos_health_check,
    health::readiness_checks,
    volumes::secrets_feature,
    volumes::env_secrets,
    volumes::volumes,
    resources::limits,
    resources::gpus,
    roles::role,
    roles::accepted_roles,
    labels::migration,
];

/// `Raml.fromRaml` (an unmapped exception: 500).
const CONVERT: &[Check] = &[health::check_kind];

/// `AppDefinition.validAppDefinition` (422).
const DEFINITION: &[Check] = &[health::check_with_docker, health::check_port_index];

pub(super) fn key(path: &[&str]) -> Path {
    path.iter().map(|k| Seg::Key(k.to_string())).collect()
}

pub(super) fn at(path: &[&str], index: usize, rest: &[&str]) -> Path {
    let mut p = key(path);
    p.push(Seg::Index(index));
    p.extend(rest.iter().map(|k| Seg::Key(k.to_string())));
    p
}

pub(super) struct Phases<'p> {
    pub(super) profile: &'p Profile,
    errors: Vec<Finding>,
    warnings: Vec<Finding>,
}

impl Phases<'_> {
    pub(super) fn fail(
        &mut self,
        phase: Phase,
        path: Path,
        marathon: impl Into<String>,
        hint: Option<String>,
    ) {
        let marathon = marathon.into();
        self.errors.push(Finding {
            severity: Severity::Error,
            phase,
            path,
            message: marathon.clone(),
            marathon,
            found: None,
            hint,
        });
    }

    pub(super) fn warn(&mut self, path: Path, message: String, hint: Option<String>) {
        self.warnings.push(Finding {
            severity: Severity::Warning,
            phase: Phase::Normalize,
            path,
            message,
            marathon: String::new(),
            found: None,
            hint,
        });
    }

    fn failed(&self) -> bool {
        !self.errors.is_empty()
    }
}

pub(super) fn arr(v: Option<&Value>) -> &[Value] {
    v.and_then(Value::as_array).map_or(&[], Vec::as_slice)
}

pub(super) fn non_empty(v: Option<&Value>) -> bool {
    !arr(v).is_empty()
}

pub(super) fn container_type(app: &Map<String, Value>) -> Option<&str> {
    app.get("container")?.get("type")?.as_str()
}

pub(super) fn is_docker(app: &Map<String, Value>) -> bool {
    container_type(app) == Some("DOCKER")
}

pub(super) fn port_names(list: &[Value]) -> Vec<&str> {
    list.iter()
        .filter_map(|m| m.get("name").and_then(Value::as_str))
        .collect()
}

pub(super) fn duplicates(names: &[&str]) -> bool {
    let mut sorted = names.to_vec();
    sorted.sort_unstable();
    sorted.windows(2).any(|w| w[0] == w[1])
}

/// The ports a health check or check may address by index.
pub(super) fn port_count(app: &Map<String, Value>) -> usize {
    let mappings = arr(app.get("container").and_then(|c| c.get("portMappings")));
    if !mappings.is_empty() {
        mappings.len()
    } else {
        arr(app.get("portDefinitions")).len()
    }
}

/// The hint of a feature DC/OS's Marathon may not have enabled.
pub(super) fn feature_hint(profile: &Profile, name: &str) -> Option<String> {
    Some(format!(
        "{}; DC/OS Enterprise enables {name}",
        profile.assumption("enable_features")
    ))
}

/// Runs the phases after reading. Returns the normalized app and the errors of the first phase
/// that fails (none when reading already failed), with the warnings of normalization.
pub fn phases(
    mut app: Map<String, Value>,
    profile: &Profile,
    read_failed: bool,
) -> (Map<String, Value>, Vec<Finding>) {
    let mut p = Phases {
        profile,
        errors: Vec::new(),
        warnings: Vec::new(),
    };
    let run = |list: &[Check], app: &Map<String, Value>, p: &mut Phases| {
        if !read_failed && !p.failed() {
            for check in list {
                check(app, p);
            }
        }
    };
    run(DEPRECATED, &app, &mut p);
    run(NORMALIZE_CHECKS, &app, &mut p);
    for step in NORMALIZE {
        step(&mut app, &mut p);
    }
    run(CANONICAL, &app, &mut p);
    run(CONVERT, &app, &mut p);
    run(DEFINITION, &app, &mut p);
    let mut findings = p.errors;
    findings.extend(p.warnings);
    (app, findings)
}
