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
        .map_err(|e| match e {
            Error::Interrupted { undo, .. } => Error::Interrupted {
                done: format!("Marathon accepted the change to app [{app}], which {what} (deployment {deployment})"),
                follow: format!("smack status {app}"),
                undo,
            },
            other => other,
        })
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
