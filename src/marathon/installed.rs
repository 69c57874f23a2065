//! Installed packages: Marathon apps carrying the `DCOS_PACKAGE_*` labels that smack and DC/OS
//! write at install time (format.md, step 7), read back.

use std::io::Read;

use base64::Engine as _;
use serde_json::{Map, Value};

use crate::error::{Error, Result};
use crate::marathon::Client;

pub const NAME_LABEL: &str = "DCOS_PACKAGE_NAME";
pub const VERSION_LABEL: &str = "DCOS_PACKAGE_VERSION";
pub const SOURCE_LABEL: &str = "DCOS_PACKAGE_SOURCE";
pub const OPTIONS_LABEL: &str = "DCOS_PACKAGE_OPTIONS";
pub const DEFINITION_LABEL: &str = "DCOS_PACKAGE_DEFINITION";
/// Written by older DC/OS clients instead of the definition: base64 of package.json.
pub const METADATA_LABEL: &str = "DCOS_PACKAGE_METADATA";
/// The label naming the stack an app belongs to (written by `smack stack`).
pub const STACK_LABEL: &str = "SMACK_STACK";
/// The label naming the member of its stack an app is.
pub const MEMBER_LABEL: &str = "SMACK_STACK_MEMBER";

/// One installed package instance.
#[derive(Debug, Clone)]
pub struct Installed {
    pub app_id: String,
    pub name: String,
    /// `DCOS_PACKAGE_VERSION`, or "?" when an old client left it out.
    pub version: String,
    pub source: Option<String>,
    /// The stack the app is a member of (`SMACK_STACK`), if any.
    pub stack: Option<String>,
    pub instances: u64,
    pub staged: u64,
    pub running: u64,
    pub healthy: u64,
    pub health_checked: bool,
    pub deployments: Vec<String>,
    /// The app as Marathon reported it.
    pub app: Map<String, Value>,
}

/// One word for the state of an app as `GET /v2/apps?embed=…` reports it: deploying,
/// suspended, failing, waiting, unhealthy or running.
pub fn status_of(app: &Map<String, Value>) -> &'static str {
    let mut counts = crate::marathon::wait::Progress::default();
    crate::marathon::wait::counts_of(app, &mut counts);
    let deploying = app
        .get("deployments")
        .and_then(Value::as_array)
        .is_some_and(|d| !d.is_empty());
    if deploying && counts.running < counts.instances && super::wait::current_failure(app).is_some()
    {
        "failing"
    } else if deploying {
        "deploying"
    } else if counts.instances == 0 {
        "suspended"
    } else if counts.running < counts.instances {
        if app.contains_key("lastTaskFailure") {
            "failing"
        } else {
            "waiting"
        }
    } else if counts.health_checked && counts.healthy < counts.instances {
        "unhealthy"
    } else {
        "running"
    }
}

fn b64() -> base64::engine::GeneralPurpose {
    base64::engine::general_purpose::STANDARD
}

impl Installed {
    /// Reads an app; `None` when it carries no package labels.
    pub fn from_app(app: Map<String, Value>) -> Option<Installed> {
        let labels = app.get("labels").and_then(Value::as_object)?;
        let label = |k: &str| labels.get(k).and_then(Value::as_str).map(str::to_string);
        let name = label(NAME_LABEL)?;
        let mut counts = crate::marathon::wait::Progress::default();
        crate::marathon::wait::counts_of(&app, &mut counts);
        Some(Installed {
            app_id: app
                .get("id")
                .and_then(Value::as_str)
                .unwrap_or("?")
                .to_string(),
            version: label(VERSION_LABEL).unwrap_or_else(|| "?".into()),
            source: label(SOURCE_LABEL),
            stack: label(STACK_LABEL),
            instances: counts.instances,
            staged: counts.staged,
            running: counts.running,
            healthy: counts.healthy,
            health_checked: counts.health_checked,
            deployments: app
                .get("deployments")
                .and_then(Value::as_array)
                .map(|d| {
                    d.iter()
                        .filter_map(|d| d.get("id").and_then(Value::as_str).map(str::to_string))
                        .collect()
                })
                .unwrap_or_default(),
            name,
            app,
        })
    }

    /// One word for the state of the app.
    pub fn status(&self) -> &'static str {
        status_of(&self.app)
    }

    fn label(&self, key: &str) -> Option<&str> {
        self.app.get("labels")?.get(key)?.as_str()
    }

    /// Whether the app carries a label (`DCOS_PACKAGE_DEFINITION`, `DCOS_PACKAGE_OPTIONS`),
    /// readable or not.
    pub fn has_label(&self, key: &str) -> bool {
        self.label(key).is_some()
    }

    /// The options the user gave at install time (`DCOS_PACKAGE_OPTIONS`); `{}` when none.
    pub fn user_options(&self) -> Result<Value> {
        let Some(encoded) = self.label(OPTIONS_LABEL) else {
            return Ok(Value::Object(Map::new()));
        };
        let bad = |reason: String| Error::BadOptionsFile {
            source_name: format!("label {OPTIONS_LABEL} of app [{}]", self.app_id),
            message: reason,
        };
        let bytes = b64()
            .decode(encoded.trim())
            .map_err(|e| bad(format!("not base64: {e}")))?;
        let value: Value =
            serde_json::from_slice(&bytes).map_err(|e| bad(format!("not JSON: {e}")))?;
        if value.is_object() {
            Ok(value)
        } else {
            Err(bad("not a JSON object".into()))
        }
    }

    /// The options an upgrade or a stack renders this app with: the installed options (none
    /// when `reset`), with `given` on top. Every face keeps options through this one merge.
    pub fn kept_options(&self, given: &Value, reset: bool) -> Result<Value> {
        let mut kept = if reset {
            Value::Object(Map::new())
        } else {
            self.user_options()?
        };
        crate::options::merge(&mut kept, given);
        Ok(kept)
    }

    /// The package definition recorded at install time: `DCOS_PACKAGE_DEFINITION` (gzipped
    /// index element) or, from older clients, `DCOS_PACKAGE_METADATA` (package.json).
    pub fn definition(&self) -> Option<Map<String, Value>> {
        if let Some(encoded) = self.label(DEFINITION_LABEL) {
            let envelope: Value =
                serde_json::from_slice(&b64().decode(encoded.trim()).ok()?).ok()?;
            let data = b64().decode(envelope.get("data")?.as_str()?).ok()?;
            let gzipped = envelope
                .pointer("/metadata/Content-Encoding")
                .and_then(Value::as_str)
                == Some("gzip");
            let json = if gzipped {
                let mut out = Vec::new();
                flate2::read::GzDecoder::new(&data[..])
                    .take(64 * 1024 * 1024)
                    .read_to_end(&mut out)
                    .ok()?;
                out
            } else {
                data
            };
            return serde_json::from_slice::<Value>(&json)
                .ok()?
                .as_object()
                .cloned();
        }
        let encoded = self.label(METADATA_LABEL)?;
        serde_json::from_slice::<Value>(&b64().decode(encoded.trim()).ok()?)
            .ok()?
            .as_object()
            .cloned()
    }

    /// A text field of the recorded definition, such as `postUninstallNotes`.
    pub fn note(&self, key: &str) -> Option<String> {
        self.definition()?
            .get(key)?
            .as_str()
            .map(str::to_string)
            .filter(|s| !s.trim().is_empty())
    }
}

/// The label selector for installed packages, or for one package.
pub fn selector(package: Option<&str>) -> String {
    match package {
        None => NAME_LABEL.to_string(),
        Some(name) => {
            let escaped: String = name
                .chars()
                .flat_map(|c| {
                    let plain = c.is_ascii_alphanumeric() || "-_.".contains(c);
                    (!plain)
                        .then_some('\\')
                        .into_iter()
                        .chain(std::iter::once(c))
                })
                .collect();
            format!("{NAME_LABEL}=={escaped}")
        }
    }
}

/// The installed packages, all or of one package, sorted by name and app id.
pub fn list(client: &Client, package: Option<&str>) -> Result<Vec<Installed>> {
    // A name too long for a URL (no package has one) is looked for among all the packages'
    // apps, as Cosmos looks: never a request Marathon (or a proxy) refuses for its length.
    let asked = package.filter(|p| p.len() <= 256);
    let mut out: Vec<Installed> = client
        .apps(Some(&selector(asked)))?
        .into_iter()
        .filter_map(Installed::from_app)
        .filter(|i| package.is_none_or(|p| i.name == p))
        .collect();
    out.sort_by(|a, b| (&a.name, &a.app_id).cmp(&(&b.name, &b.app_id)));
    Ok(out)
}

/// The installed package a command names: an app id (anything with a `/`) or a package name
/// with exactly one installed instance.
pub fn by_target(client: &Client, target: &str) -> Result<Installed> {
    let from_app = |app: Map<String, Value>| {
        let id = app
            .get("id")
            .and_then(Value::as_str)
            .unwrap_or(target)
            .to_string();
        Installed::from_app(app).ok_or_else(|| {
            Error::Usage(format!(
                "app [{id}] was not installed from a package (it has no {NAME_LABEL} label)"
            ))
        })
    };
    if target.contains('/') {
        return from_app(client.app(target)?);
    }
    let mut found = matching(client, Some(target), None)?;
    match found.len() {
        1 => Ok(found.remove(0)),
        0 => match client.app(target) {
            Ok(app) => from_app(app),
            Err(Error::MarathonNotFound { .. }) => Err(Error::NotInstalled {
                package: target.to_string(),
                app_id: None,
            }),
            Err(e) => Err(e),
        },
        _ => Err(Error::Ambiguous {
            apps: describe(&found),
            how: "name the app id instead".into(),
            package: target.to_string(),
            app_ids: found.iter().map(|i| i.app_id.clone()).collect(),
        }),
    }
}

/// `"/kafka (kafka 3.9.0)"` for each.
pub fn describe(found: &[Installed]) -> Vec<String> {
    found
        .iter()
        .map(|i| format!("{} ({} {})", i.app_id, i.name, i.version))
        .collect()
}

/// The installed packages (of `package`, or all), narrowed by `app_id` (canonical comparison).
pub fn matching(
    client: &Client,
    package: Option<&str>,
    app_id: Option<&str>,
) -> Result<Vec<Installed>> {
    let wanted = app_id.map(crate::marathon::app::canonical_or_given);
    Ok(list(client, package)?
        .into_iter()
        .filter(|i| wanted.as_ref().is_none_or(|w| &i.app_id == w))
        .collect())
}
