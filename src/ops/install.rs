//! Install: a rendered package is checked against the Marathon it goes to (once), its app must
//! not exist yet, and then it is posted. The faces render first (options fail before any
//! Marathon is contacted), ask, and follow the deployment with [`super::follow`].

use serde_json::{Map, Value};

use crate::catalog::Package;
use crate::error::{Error, Result};
use crate::marathon::Client;
use crate::marathon::app::definition;
use crate::marathon::rules::Finding;
use crate::pipeline::{Against, Checks, Pipeline, Prepared};

use super::Connection;

/// An install ready to post: the package, its app (checked), the app's id and the rules'
/// warnings for the face to show.
#[derive(Debug)]
pub struct Plan {
    pub package: Package,
    pub app: Map<String, Value>,
    pub app_id: String,
    pub warnings: Vec<Finding>,
    /// The app is already there, exactly as this install would post it, and this deployment
    /// of it is still in progress (an install interrupted while it waited): the face follows
    /// it instead of posting.
    pub in_progress: Option<String>,
}

/// What Marathon accepted.
#[derive(Debug, Clone)]
pub struct Posted {
    pub app_id: String,
    pub deployment: String,
}

/// Checks a rendered package (`prepared`, not checked yet) against the connected Marathon's
/// rules, and that its app is not there yet (or is exactly this app, still deploying:
/// [`Plan::in_progress`]).
pub fn plan(
    connection: &Connection,
    pipeline: &Pipeline,
    prepared: Prepared,
    checks: Checks,
) -> Result<Plan> {
    let profile = connection.profile()?;
    let Prepared {
        package, rendered, ..
    } = prepared;
    let checked = pipeline.verify(&package.name, &rendered.app, Against::new(&profile, checks))?;
    let raw_id = rendered.app.get("id").and_then(Value::as_str).unwrap_or("");
    let app_id = crate::marathon::app::canonical_or_given(raw_id);
    let client = &connection.client;
    let in_progress = match client.app(&app_id) {
        Err(Error::MarathonNotFound { .. }) => None,
        Err(e) => return Err(e),
        Ok(current) => {
            let same =
                super::upgrade::diff(&definition(&current), &definition(&rendered.app), &profile)
                    .is_empty();
            let running = crate::marathon::wait::touching(client, &[app_id.as_str()])?;
            match running.into_iter().next() {
                Some(deployment) if same => Some(deployment),
                _ => return Err(Error::AppExists { id: app_id }),
            }
        }
    };
    Ok(Plan {
        in_progress,
        warnings: checked
            .map(|c| c.warnings().cloned().collect())
            .unwrap_or_default(),
        package,
        app: rendered.app,
        app_id,
    })
}

/// Posts the planned app; when it is already there and deploying ([`Plan::in_progress`]),
/// posts nothing and answers with that deployment.
pub fn apply(client: &Client, plan: &Plan, force: bool) -> Result<Posted> {
    if let Some(deployment) = &plan.in_progress {
        return Ok(Posted {
            app_id: plan.app_id.clone(),
            deployment: deployment.clone(),
        });
    }
    let (app_id, deployment) = client.create_app(&plan.app, force)?;
    Ok(Posted { app_id, deployment })
}
