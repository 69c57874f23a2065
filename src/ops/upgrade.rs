//! Upgrade: which version changes a package allows, the plan (options kept, the new app
//! rendered and checked once, the diff) and its application. The CLI, stacks and the web page
//! all plan upgrades here.

use base64::Engine as _;
use serde_json::{Map, Value};

use crate::catalog::Package;
use crate::error::{Error, Result};
use crate::marathon::Client;
use crate::marathon::installed::Installed;
use crate::marathon::rules::{self, Finding, Profile};
use crate::pipeline::{Against, Never, Pipeline};

/// Whether `entries` (`upgradesFrom` / `downgradesTo`) admits `version`: an exact version or `*`.
pub(crate) fn admits(entries: Option<&Value>, version: &str) -> bool {
    entries.and_then(Value::as_array).is_some_and(|list| {
        list.iter()
            .any(|v| v.as_str().is_some_and(|v| v == "*" || v == version))
    })
}

/// Checks that the installed `from` version may become `target`, as Cosmos did: the same
/// version is a change of options; packagingVersion 4.0 and later allow what the target's
/// `upgradesFrom` lists, or what the installed package's `downgradesTo` lists; older packages
/// say nothing and are allowed.
pub fn check_allowed(
    from: &str,
    installed: Option<&Map<String, Value>>,
    target: &Package,
) -> Result<()> {
    allowed(from, installed, &target.version, &target.metadata).map_err(|reason| {
        Error::UpgradeRefused {
            package: target.name.clone(),
            from: from.to_string(),
            to: target.version.clone(),
            reason,
            notes: target.note("preInstallNotes").map(str::to_string),
        }
    })
}

/// The rule of [`check_allowed`] on package definitions (package.json or the recorded
/// `DCOS_PACKAGE_DEFINITION`): `installed` at version `from` becomes `target` at version `to`.
/// The error is the reason, naming both lists.
pub fn allowed(
    from: &str,
    installed: Option<&Map<String, Value>>,
    to: &str,
    target: &Map<String, Value>,
) -> std::result::Result<(), String> {
    if from == to {
        return Ok(());
    }
    let versioned = |d: Option<&Map<String, Value>>| {
        d.and_then(|d| d.get("packagingVersion"))
            .and_then(Value::as_str)
            .and_then(|pv| pv.split('.').next())
            .and_then(|m| m.parse::<u32>().ok())
            .is_some_and(|m| m >= 4)
    };
    if !versioned(Some(target)) && !versioned(installed) {
        return Ok(());
    }
    if admits(target.get("upgradesFrom"), from)
        || admits(installed.and_then(|d| d.get("downgradesTo")), to)
    {
        return Ok(());
    }
    let list = |v: Option<&Value>| {
        v.and_then(Value::as_array)
            .filter(|l| !l.is_empty())
            .map(|l| {
                l.iter()
                    .map(|v| v.as_str().unwrap_or("?"))
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .unwrap_or_else(|| "none".into())
    };
    let name = target
        .get("name")
        .and_then(Value::as_str)
        .unwrap_or("the package");
    Err(format!(
        "{name} {to} upgrades from: {}; the installed {from} downgrades to: {}",
        list(target.get("upgradesFrom")),
        list(installed.and_then(|d| d.get("downgradesTo"))),
    ))
}

/// A normalized app as shown in a diff: the package definition label abbreviated and the
/// options label decoded.
fn for_diff(app: &Map<String, Value>) -> Map<String, Value> {
    let mut app = app.clone();
    if let Some(Value::Object(labels)) = app.get_mut("labels") {
        if let Some(Value::String(def)) =
            labels.get_mut(crate::marathon::installed::DEFINITION_LABEL)
        {
            *def = format!("<package definition, {} bytes of base64>", def.len());
        }
        if let Some(Value::String(options)) =
            labels.get_mut(crate::marathon::installed::OPTIONS_LABEL)
            && let Some(decoded) = base64::engine::general_purpose::STANDARD
                .decode(options.trim())
                .ok()
                .and_then(|b| serde_json::from_slice::<Value>(&b).ok())
        {
            *options = format!("<base64 of {decoded}>");
        }
    }
    app
}

/// A unified diff of the running app against the new one; empty when they are the same.
/// Service ports the new app leaves to Marathon (0) show as the ports Marathon gave the running
/// app, which it keeps on an update.
pub fn diff(running: &Map<String, Value>, new: &Map<String, Value>, profile: &Profile) -> String {
    // Both as Marathon writes them, so that what it leaves out or fills in is no change.
    let minor = profile.version.minor;
    let running = crate::marathon::wire::app(&rules::normalize(running, profile), minor);
    let mut new = crate::marathon::wire::app(&rules::normalize(new, profile), minor);
    let assigned = crate::marathon::app::service_ports(&running);
    let mut ports = crate::marathon::app::service_ports(&new);
    for (i, port) in ports.iter_mut().enumerate() {
        if *port == 0 {
            *port = assigned.get(i).copied().unwrap_or(0);
        }
    }
    crate::marathon::app::set_service_ports(&mut new, &ports);
    // Keys sorted, so that only real changes show.
    let sorted = |m: Map<String, Value>| {
        serde_json::to_string_pretty(&sort_deep(Value::Object(m))).unwrap_or_default()
    };
    let old = sorted(for_diff(&running)) + "\n";
    let new = sorted(for_diff(&new)) + "\n";
    if old == new {
        return String::new();
    }
    similar::TextDiff::from_lines(&old, &new)
        .unified_diff()
        .context_radius(3)
        .header("running", "new")
        .to_string()
}

/// An upgrade worked out: the app as it runs, the package it becomes, the new app, the diff
/// between them (empty when nothing changes) and the rules' warnings on the new app.
#[derive(Debug, Clone)]
pub struct Planned {
    pub current: Installed,
    pub package: Package,
    pub new_app: Map<String, Value>,
    pub diff: String,
    pub warnings: Vec<Finding>,
}

/// Works out an upgrade of an installed app: the target version must be allowed, the installed
/// options are kept (unless `reset`) with `given` on top, and the new app goes through the one
/// pipeline, checked `against` the Marathon it goes to.
pub fn plan(
    current: Installed,
    package: Package,
    given: &Value,
    reset: bool,
    pipeline: &mut Pipeline,
    against: Against,
) -> Result<Planned> {
    check_allowed(&current.version, current.definition().as_ref(), &package)?;
    let user = current.kept_options(given, reset)?;
    let prepared = pipeline.prepare(
        package,
        user,
        Some(&current.app_id),
        &mut Never { can_prompt: false },
        Some(against),
    )?;
    let warnings = prepared.warnings().into_iter().cloned().collect();
    let new_app = crate::marathon::app::definition(&prepared.rendered.app);
    let diff = diff(
        &crate::marathon::app::definition(&current.app),
        &new_app,
        against.profile,
    );
    Ok(Planned {
        current,
        package: prepared.package,
        new_app,
        diff,
        warnings,
    })
}

/// Replaces the running app with the planned one; returns the deployment.
pub fn apply(client: &Client, planned: &Planned, force: bool) -> Result<String> {
    client.replace_app(&planned.current.app_id, &planned.new_app, force)
}

fn sort_deep(value: Value) -> Value {
    match value {
        Value::Object(map) => {
            let mut entries: Vec<(String, Value)> = map.into_iter().collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Object(
                entries
                    .into_iter()
                    .map(|(k, v)| (k, sort_deep(v)))
                    .collect(),
            )
        }
        Value::Array(items) => Value::Array(items.into_iter().map(sort_deep).collect()),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn diff_shows_changes_only() {
        let a = json!({"id": "/k", "cpus": 1, "user": "A"});
        let b = json!({"id": "/k", "cpus": 2, "user": "A"});
        let d = diff(
            a.as_object().unwrap(),
            b.as_object().unwrap(),
            &Profile::dcos(),
        );
        assert!(
            d.contains("-  \"cpus\": 1,") && d.contains("+  \"cpus\": 2,"),
            "{d}"
        );
        assert!(
            !d.contains("\"A\""),
            "unchanged lines beyond the context are left out: {d}"
        );
        assert_eq!(
            diff(
                a.as_object().unwrap(),
                a.as_object().unwrap(),
                &Profile::dcos()
            ),
            ""
        );
        let c = json!({"user": "A", "cpus": 1, "id": "/k"});
        assert_eq!(
            diff(
                a.as_object().unwrap(),
                c.as_object().unwrap(),
                &Profile::dcos()
            ),
            "",
            "key order is not a change"
        );
    }
}
