//! Uninstall: which installed packages a request names, and removing an app (its deployment
//! followed by the face with [`super::follow`]).

use crate::error::{Error, Result};
use crate::marathon::Client;
use crate::marathon::installed::{self, Installed};

/// The installs of `package` (at `app_id` when given); more than one is an error unless `all`.
pub fn find(
    client: &Client,
    package: &str,
    app_id: Option<&str>,
    all: bool,
) -> Result<Vec<Installed>> {
    let found = installed::matching(client, Some(package), app_id)?;
    if found.is_empty() {
        return Err(Error::NotInstalled {
            package: package.to_string(),
            app_id: app_id.map(str::to_string),
        });
    }
    if found.len() > 1 && !all {
        return Err(Error::Ambiguous {
            apps: installed::describe(&found),
            how: "choose one with --app-id, or remove them all with --all".into(),
            package: package.to_string(),
            app_ids: found.iter().map(|i| i.app_id.clone()).collect(),
        });
    }
    Ok(found)
}

/// Removes an app, stopping its tasks; returns the deployment.
pub fn remove(client: &Client, app_id: &str) -> Result<String> {
    client.delete_app(app_id, true)
}
