//! The day-2 life of an app, from Marathon's own history and nothing of smack's: the app a
//! command names, its revisions (`/v2/apps/{id}/versions`), a rollback to one of them
//! (Marathon's `PUT /v2/apps/{id}` with the version), a restart, and what is in force (the
//! options, the definition, the notes).

use serde_json::{Map, Value};

use crate::error::{Error, Result};
use crate::marathon::Client;
use crate::marathon::app::definition;
use crate::marathon::installed::{self, Installed, OPTIONS_LABEL, VERSION_LABEL};
use crate::marathon::rules::Profile;

/// The app a command names: an app id (any app, installed from a package or not) or the name
/// of a package installed once.
pub fn app(client: &Client, target: &str) -> Result<Map<String, Value>> {
    if target.contains('/') {
        return client.app(target);
    }
    match installed::by_target(client, target) {
        Ok(i) => Ok(i.app),
        // An app id without its slash, of an app not installed from a package.
        Err(Error::Usage(_)) => client.app(target),
        Err(e) => Err(e),
    }
}

fn id_of(app: &Map<String, Value>) -> String {
    app.get("id")
        .and_then(Value::as_str)
        .unwrap_or("?")
        .to_string()
}

/// One version of an app. Its JSON (`-o json`, the web API) is `{"revision", "version",
/// "packageVersion", "change", "current"}`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Revision {
    /// 1 = the oldest Marathon keeps.
    #[serde(rename = "revision")]
    pub number: usize,
    /// Marathon's version timestamp.
    pub version: String,
    /// `DCOS_PACKAGE_VERSION`, for an app installed from a package.
    pub package_version: Option<String>,
    /// What changed against the revision before, in one line.
    pub change: String,
    /// Whether it is the app's current version.
    pub current: bool,
}

/// The newest revisions of an app; as JSON `{"appId", "total", "revisions"}`.
#[derive(Debug, Clone, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct History {
    pub app_id: String,
    /// How many revisions Marathon keeps.
    pub total: usize,
    /// Newest first, at most the `max` asked for.
    pub revisions: Vec<Revision>,
}

/// The `max` newest revisions of `app` (as [`app`] read it), with one request for the list and
/// one per revision read: the current one is `app` itself, so N rows cost N + 1 requests.
pub fn history(client: &Client, app: &Map<String, Value>, max: usize) -> Result<History> {
    let id = id_of(app);
    let versions = client.app_versions(&id)?;
    let total = versions.len();
    let shown = total.min(max);
    let current_version = app.get("version").and_then(Value::as_str);
    // The definitions of the rows and of the revision before the oldest row.
    let mut defs = Vec::new();
    for (i, version) in versions.iter().enumerate().take((shown + 1).min(total)) {
        if i == 0 && current_version == Some(version.as_str()) {
            defs.push(definition(app));
        } else {
            defs.push(definition(&client.app_version(&id, version)?));
        }
    }
    let revisions = (0..shown)
        .map(|i| Revision {
            number: total - i,
            version: versions[i].clone(),
            package_version: label(&defs[i], VERSION_LABEL),
            change: match defs.get(i + 1) {
                Some(before) => change(before, &defs[i]),
                None if total - i == 1 => "created".into(),
                None => String::new(),
            },
            current: current_version == Some(versions[i].as_str()),
        })
        .collect();
    Ok(History {
        app_id: id,
        total,
        revisions,
    })
}

fn label(app: &Map<String, Value>, key: &str) -> Option<String> {
    app.get("labels")?.get(key)?.as_str().map(str::to_string)
}

/// The user options an app records (`DCOS_PACKAGE_OPTIONS`), `{}` for none.
fn options_of(app: &Map<String, Value>) -> Value {
    Installed::from_app(app.clone())
        .and_then(|i| i.user_options().ok())
        .unwrap_or_else(|| Value::Object(Map::new()))
}

/// What changed from `before` to `after`, in one line: the package version, the option paths,
/// the image, the instances, the other fields; a new version with the same definition is a
/// restart (or a rollback to the same).
pub fn change(before: &Map<String, Value>, after: &Map<String, Value>) -> String {
    let mut parts = Vec::new();
    let (pv_before, pv_after) = (label(before, VERSION_LABEL), label(after, VERSION_LABEL));
    if pv_before != pv_after {
        parts.push(format!(
            "package {} → {}",
            pv_before.as_deref().unwrap_or("-"),
            pv_after.as_deref().unwrap_or("-")
        ));
    }
    let mut paths = Vec::new();
    changed_paths(&options_of(before), &options_of(after), "", &mut paths);
    if !paths.is_empty() {
        let more = paths.len().saturating_sub(4);
        paths.truncate(4);
        let mut text = format!("options {}", paths.join(", "));
        if more > 0 {
            text.push_str(&format!(" and {more} more"));
        }
        parts.push(text);
    }
    let image = |a: &Map<String, Value>| {
        a.get("container")
            .and_then(|c| c.get("docker"))
            .and_then(|d| d.get("image"))
            .and_then(Value::as_str)
            .map(str::to_string)
    };
    if image(before) != image(after) {
        parts.push(format!(
            "image {}",
            image(after).unwrap_or_else(|| "-".into())
        ));
    }
    let instances =
        |a: &Map<String, Value>| a.get("instances").and_then(Value::as_u64).unwrap_or(1);
    if instances(before) != instances(after) {
        parts.push(format!(
            "instances {} → {}",
            instances(before),
            instances(after)
        ));
    }
    // Any other field, by name; the package labels were said above.
    let mut fields: Vec<&str> = Vec::new();
    let keys: std::collections::BTreeSet<&String> = before.keys().chain(after.keys()).collect();
    for key in keys {
        if matches!(key.as_str(), "instances" | "labels" | "container") {
            continue;
        }
        if before.get(key.as_str()) != after.get(key.as_str()) {
            fields.push(key);
        }
    }
    let plain_labels = |a: &Map<String, Value>| {
        a.get("labels").and_then(Value::as_object).map(|l| {
            l.iter()
                .filter(|(k, _)| !k.starts_with("DCOS_PACKAGE_"))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect::<Map<String, Value>>()
        })
    };
    if plain_labels(before) != plain_labels(after) {
        fields.push("labels");
    }
    let container = |a: &Map<String, Value>| {
        let mut c = a.get("container").cloned().unwrap_or(Value::Null);
        if let Some(d) = c.get_mut("docker").and_then(Value::as_object_mut) {
            d.remove("image");
        }
        c
    };
    if container(before) != container(after) {
        fields.push("container");
    }
    // A new package version or new options change other fields as a consequence: those are
    // not listed then.
    if !fields.is_empty() && paths.is_empty() && pv_before == pv_after {
        parts.push(fields.join(", "));
    }
    if parts.is_empty() {
        "no change to the definition (a restart)".into()
    } else {
        parts.join("; ")
    }
}

/// The dotted paths at which two option documents differ (leaves; arrays as a whole).
fn changed_paths(a: &Value, b: &Value, prefix: &str, out: &mut Vec<String>) {
    // An object that one side lacks compares as an empty one: its leaves are the paths.
    let empty = Value::Object(Map::new());
    let (a, b) = match (a, b) {
        (Value::Null, Value::Object(_)) => (&empty, b),
        (Value::Object(_), Value::Null) => (a, &empty),
        _ => (a, b),
    };
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let keys: std::collections::BTreeSet<&String> = x.keys().chain(y.keys()).collect();
            for k in keys {
                let path = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                changed_paths(
                    x.get(k.as_str()).unwrap_or(&Value::Null),
                    y.get(k.as_str()).unwrap_or(&Value::Null),
                    &path,
                    out,
                );
            }
        }
        _ if a != b => out.push(if prefix.is_empty() {
            "(all)".into()
        } else {
            prefix.to_string()
        }),
        _ => {}
    }
}

/// A rollback worked out: from the current revision to `to`, with the diff `upgrade` prints.
#[derive(Debug, Clone)]
pub struct Rollback {
    pub app_id: String,
    pub from: Revision,
    pub to: Revision,
    /// The definition revision `to` holds.
    pub target: Map<String, Value>,
    /// Empty when the target is what runs.
    pub diff: String,
}

/// Plans rolling `app` back to `revision` (a number of [`history`], or Marathon's version
/// timestamp; default: the one before the current). A package version change that the running
/// package's rules forbid (`downgradesTo`) is refused unless `force`.
pub fn rollback(
    client: &Client,
    app: &Map<String, Value>,
    revision: Option<&str>,
    profile: &Profile,
    force: bool,
) -> Result<Rollback> {
    let id = id_of(app);
    let versions = client.app_versions(&id)?;
    let total = versions.len();
    let valid = || {
        if total == 0 {
            "it has none".to_string()
        } else {
            format!("its revisions are 1 to {total} (`smack history {id}` lists them)")
        }
    };
    let index = match revision {
        None if total < 2 => {
            return Err(Error::Usage(format!(
                "app [{id}] has {total} revision{}: there is nothing to roll back to",
                if total == 1 { "" } else { "s" }
            )));
        }
        None => 1,
        Some(r) => match r.parse::<usize>() {
            Ok(n) if (1..=total).contains(&n) => total - n,
            Ok(n) => {
                return Err(Error::Usage(format!(
                    "app [{id}] has no revision {n}; {}",
                    valid()
                )));
            }
            Err(_) => versions.iter().position(|v| v == r).ok_or_else(|| {
                Error::Usage(format!("app [{id}] has no version {r}; {}", valid()))
            })?,
        },
    };
    let current = definition(app);
    let target = definition(&client.app_version(&id, &versions[index])?);
    let revision_of = |i: usize, def: &Map<String, Value>, change: String| Revision {
        number: total - i,
        version: versions[i].clone(),
        package_version: label(def, VERSION_LABEL),
        change,
        current: i == 0,
    };
    let from = revision_of(0, &current, String::new());
    let to = revision_of(index, &target, change(&current, &target));
    if !force
        && let (Some(running), Some(old)) = (
            Installed::from_app(current.clone()),
            Installed::from_app(target.clone()),
        )
        && running.version != old.version
    {
        let running_def = running.definition();
        let target_def = old.definition().unwrap_or_default();
        if let Err(reason) = super::upgrade::allowed(
            &running.version,
            running_def.as_ref(),
            &old.version,
            &target_def,
        ) {
            let notes = running
                .note("preInstallNotes")
                .map(|n| format!("\n  {} {} says: {n}", running.name, running.version))
                .unwrap_or_default();
            return Err(Error::RollbackRefused {
                app: id,
                reason: format!(
                    "from package {} {} to {}: {reason}{notes}",
                    running.name, running.version, old.version
                ),
            });
        }
    }
    let diff = super::upgrade::diff(&current, &target, profile);
    Ok(Rollback {
        app_id: id,
        from,
        to,
        target,
        diff,
    })
}

/// Carries a rollback out with Marathon's own rollback; returns the deployment.
pub fn apply_rollback(client: &Client, rollback: &Rollback, force: bool) -> Result<String> {
    client.rollback_app(&rollback.app_id, &rollback.to.version, force)
}

/// Restarts an app (every task replaced); returns the deployment.
pub fn restart(client: &Client, app_id: &str, force: bool) -> Result<String> {
    client.restart_app(app_id, force)
}

/// The user options in force for an installed app; with `all`, merged over the defaults of the
/// options schema recorded with it, as the render used them.
pub fn options(app: &Map<String, Value>, all: bool) -> Result<Value> {
    let id = id_of(app);
    let installed = Installed::from_app(app.clone()).ok_or_else(|| {
        Error::Usage(format!(
            "app [{id}] was not installed from a package: it has no options ({OPTIONS_LABEL})"
        ))
    })?;
    let user = installed.user_options()?;
    if !all {
        return Ok(user);
    }
    let schema = installed
        .definition()
        .and_then(|d| d.get("config").cloned());
    let mut merged = match &schema {
        Some(schema) => crate::options::defaults(schema),
        None => Value::Object(Map::new()),
    };
    crate::options::merge(&mut merged, &user);
    Ok(crate::options::without_nulls(&merged))
}

/// The post-install notes of an installed app's package (`None` when it has none).
pub fn notes(app: &Map<String, Value>) -> Result<Option<String>> {
    let id = id_of(app);
    let installed = Installed::from_app(app.clone()).ok_or_else(|| {
        Error::Usage(format!(
            "app [{id}] was not installed from a package: it has no notes"
        ))
    })?;
    Ok(installed.note("postInstallNotes"))
}
