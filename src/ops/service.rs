//! An installed package as a service, as DC/OS's `/cosmos/service/describe` and `/update` see
//! it: its package, the versions it may move to, the options the user gave and the options in
//! force; and an update of its options (and, within the package's rules, its version). The
//! update is [`super::upgrade`]'s plan and apply.

use serde_json::{Map, Value};

use crate::catalog::Catalog;
use crate::error::{Error, Result};
use crate::marathon::installed::{Installed, OPTIONS_LABEL};
use crate::pipeline::{Against, Never, Pipeline};

use super::Connection;

/// What `describe` says of an installed service.
#[derive(Debug, Clone)]
pub struct Description {
    /// The package definition it was installed from.
    pub package: Map<String, Value>,
    /// Versions in the catalog whose `upgradesFrom` admits the installed version.
    pub upgrades_to: Vec<String>,
    /// Versions in the catalog that the installed package's `downgradesTo` admits.
    pub downgrades_to: Vec<String>,
    /// `DCOS_PACKAGE_OPTIONS`, absent when the app has no such label.
    pub user_options: Option<Value>,
    /// The package's defaults with the user's options on top (absent with them).
    pub resolved_options: Option<Value>,
}

/// The installed service at `app_id` (Marathon's 404 passes through as
/// [`Error::MarathonNotFound`]).
pub fn installed(connection: &Connection, app_id: &str) -> Result<Installed> {
    let app = connection.client.app(app_id)?;
    Installed::from_app(app).ok_or_else(|| Error::NotInstalled {
        package: app_id.to_string(),
        app_id: Some(app_id.to_string()),
    })
}

/// The package an installed service came from: its recorded definition, else the catalog's
/// by name and version.
fn package_of(catalog: &Catalog, current: &Installed) -> Result<Map<String, Value>> {
    if let Some(definition) = current.definition() {
        return Ok(definition);
    }
    let package = catalog.resolve(&current.name, Some(&current.version), &mut Vec::new())?;
    Ok(crate::render::index_element(&package)
        .as_object()
        .cloned()
        .unwrap_or_default())
}

/// Describes the service at `app_id`.
pub fn describe(connection: &Connection, catalog: &Catalog, app_id: &str) -> Result<Description> {
    let current = installed(connection, app_id)?;
    let package = package_of(catalog, &current)?;
    let mut upgrades_to = Vec::new();
    let mut downgrades_to = Vec::new();
    let mut warnings = Vec::new();
    let releases = catalog
        .releases(&current.name, &mut warnings)
        .unwrap_or_default();
    let admits = super::upgrade::admits;
    for release in &releases {
        if let Ok(candidate) = catalog.resolve(&current.name, Some(&release.version), &mut warnings)
            && admits(candidate.metadata.get("upgradesFrom"), &current.version)
        {
            upgrades_to.push(release.version.clone());
        }
        if admits(package.get("downgradesTo"), &release.version) {
            downgrades_to.push(release.version.clone());
        }
    }
    let (user_options, resolved_options) = if current.has_label(OPTIONS_LABEL) {
        (
            Some(current.user_options()?),
            Some(super::history::options(&current.app, true)?),
        )
    } else {
        (None, None)
    };
    Ok(Description {
        package,
        upgrades_to,
        downgrades_to,
        user_options,
        resolved_options,
    })
}

/// What `update` did.
#[derive(Debug, Clone)]
pub struct Updated {
    pub package: Map<String, Value>,
    pub resolved_options: Value,
    pub deployment: String,
}

/// Updates the service at `app_id`: `replace` takes `options` alone, else they are merged over
/// the stored ones (which must then exist); `package_version` moves it within the package's
/// upgrade rules (DC/OS Enterprise's update; open DC/OS refused any version change). The
/// rendered app must keep its id. Marathon's update is forced, as Cosmos forces it.
pub fn update(
    connection: &Connection,
    catalog: &Catalog,
    app_id: &str,
    package_version: Option<&str>,
    options: Option<&Value>,
    replace: bool,
) -> Result<Updated> {
    let current = installed(connection, app_id)?;
    if !replace && !current.has_label(OPTIONS_LABEL) {
        return Err(Error::OptionsNotStored {
            app: current.app_id.clone(),
        });
    }
    let version = package_version.unwrap_or(&current.version).to_string();
    let package = catalog.resolve(&current.name, Some(&version), &mut Vec::new())?;
    let given = options
        .cloned()
        .unwrap_or_else(|| Value::Object(Map::new()));
    // The app the package renders with these options must keep the service's id (Cosmos
    // renders it as it is and compares; the upgrade below then renders it at that id).
    let mut pipeline = Pipeline::new();
    let probe = pipeline.prepare(
        package.clone(),
        current.kept_options(&given, replace)?,
        None,
        &mut Never { can_prompt: false },
        None,
    )?;
    let new_id = probe
        .rendered
        .app
        .get("id")
        .and_then(Value::as_str)
        .map(crate::marathon::app::canonical_or_given)
        .unwrap_or_default();
    if new_id != current.app_id {
        return Err(Error::AppIdChanged {
            new: new_id,
            old: current.app_id.clone(),
        });
    }
    let profile = connection.profile()?;
    let planned = super::upgrade::plan(
        current,
        package,
        &given,
        replace,
        &mut pipeline,
        Against::new(&profile, crate::pipeline::Checks::Normal),
    )?;
    let deployment = super::upgrade::apply(&connection.client, &planned, true)?;
    let resolved_options = super::history::options(&planned.new_app, true)?;
    Ok(Updated {
        package: crate::render::index_element(&planned.package)
            .as_object()
            .cloned()
            .unwrap_or_default(),
        resolved_options,
        deployment,
    })
}
