//! Following a deployment Marathon accepted, for every operation: progress goes to the face's
//! callback, and losing Marathon on the way says that the change stands and how to follow it.

use crate::error::{Error, Result};
use crate::marathon::Client;
use crate::marathon::wait::{self, Goal, Progress, Wait};

/// Follows `deployment` of `app` to its end (see [`wait::deployment`]).
pub fn deployment(
    client: &Client,
    app: &str,
    deployment: &str,
    goal: Goal,
    wait: Wait,
    on_progress: &mut dyn FnMut(&Progress),
) -> Result<Progress> {
    let what = match goal {
        Goal::Running => "keeps deploying",
        Goal::Removed => "is being removed",
    };
    wait::deployment(client, app, deployment, goal, wait, on_progress)
        .map_err(lost(
            format!("Marathon accepted the change to app [{app}] (deployment {deployment})"),
            app,
        ))
        .map_err(interrupted(
            format!("Marathon accepted the change to app [{app}], which {what} (deployment {deployment})"),
            app,
        ))
}

/// Turns a wait stopped by an interrupt into [`Error::Interrupted`] saying what stands
/// (`done`) and how to follow it (the face adds how to undo it); other errors pass through.
pub fn interrupted(done: String, app: &str) -> impl Fn(Error) -> Error {
    let app = app.to_string();
    move |e| match e {
        Error::Interrupted { undo, .. } => Error::Interrupted {
            done: done.clone(),
            follow: format!("smack status {app}"),
            undo,
        },
        other => other,
    }
}

/// Turns losing Marathon while following a change it accepted (`done`) into
/// [`Error::FollowLost`], which says the change stands; other errors pass through.
pub fn lost(done: String, app: &str) -> impl Fn(Error) -> Error {
    let app = app.to_string();
    move |e| match e {
        Error::Unreachable { .. } | Error::Timeout { .. } => Error::FollowLost {
            done: done.clone(),
            app: app.clone(),
            reason: e.to_string(),
        },
        other => other,
    }
}

/// What `--atomic` undoes when the deployment of a change fails or times out.
#[derive(Debug, Clone)]
pub enum Undo {
    /// Remove the app the install created.
    Install,
    /// Marathon's rollback of the deployment (`DELETE /v2/deployments/{id}`); when the
    /// deployment is over already, the app's own rollback to `previous_version`.
    Upgrade { previous_version: String },
}

/// Undoes a change whose deployment failed, follows the undoing to its end, and says what was
/// undone.
pub fn undo(
    client: &Client,
    app: &str,
    deployment: &str,
    undo: &Undo,
    wait: Wait,
) -> Result<String> {
    match undo {
        Undo::Install => {
            let removal = client.delete_app(app, true)?;
            let done = format!(
                "Marathon is removing app [{app}] (deployment {removal}) to undo the failed install"
            );
            wait::deployment(client, app, &removal, Goal::Removed, wait, &mut |_| {})
                .map_err(lost(done.clone(), app))
                .map_err(interrupted(done, app))?;
            Ok(format!("app [{app}] was removed (deployment {removal})"))
        }
        Undo::Upgrade { previous_version } => {
            let rollback = match client.rollback(deployment) {
                Ok(r) => r,
                Err(Error::MarathonNotFound { .. }) => {
                    client.rollback_app(app, previous_version, true)?
                }
                Err(e) => return Err(e),
            };
            rolled_back(client, app, rollback, previous_version, wait)
        }
    }
}

/// Follows Marathon's rollback of `app` to `previous_version` (deployment `rollback`) until
/// it is done, and says so; its own timeout is an error saying it is the rollback.
fn rolled_back(
    client: &Client,
    app: &str,
    rollback: String,
    previous_version: &str,
    wait: Wait,
) -> Result<String> {
    let done =
        format!("Marathon is rolling app [{app}] back (deployment {rollback}) to undo the change");
    let gone = wait::gone(client, &rollback, wait)
        .map_err(lost(done.clone(), app))
        .map_err(interrupted(done, app))?;
    if !gone {
        return Err(Error::DeploymentTimeout {
            app: app.to_string(),
            deployment: rollback,
            timeout: humantime::format_duration(wait.timeout).to_string(),
            progress: Some("the rollback".into()),
        });
    }
    Ok(format!(
        "the change was rolled back (deployment {rollback}): app [{app}] is at version {previous_version} again"
    ))
}

/// Undoes a change an interrupt stopped (`--atomic`, as Helm's does on an interrupt). `sent`
/// is Marathon's answer to the change (its deployment), or the error that left its fate
/// unknown (the request went out and no answer came back): then Marathon is asked what stands
/// first. Says what was undone, or that nothing stands.
pub fn undo_interrupted(
    client: &Client,
    app: &str,
    sent: &Result<String>,
    how: &Undo,
    wait: Wait,
) -> Result<String> {
    match (how, sent) {
        (_, Ok(deployment)) => undo(client, app, deployment, how, wait),
        (Undo::Install, Err(_)) => match client.app(app) {
            Ok(_) => undo(client, app, "", how, wait),
            Err(Error::MarathonNotFound { .. }) => {
                Ok(format!("nothing stands: app [{app}] was not created"))
            }
            Err(e) => Err(e),
        },
        (Undo::Upgrade { previous_version }, Err(_)) => {
            let running = client.app(app)?;
            let version = running.get("version").and_then(serde_json::Value::as_str);
            if version == Some(previous_version.as_str()) {
                return Ok(format!(
                    "nothing stands: app [{app}] is still at version {previous_version}"
                ));
            }
            let rollback = client.rollback_app(app, previous_version, true)?;
            rolled_back(client, app, rollback, previous_version, wait)
        }
    }
}
