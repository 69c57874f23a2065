//! What the Marathon commands share: whether to follow a deployment, and following it with a
//! progress bar (the steps are `smack::ops::follow`'s).

use std::time::Instant;

use smack::error::{Error, Result};
use smack::marathon::Client;
use smack::marathon::wait::{Goal, Progress, Wait};
use smack::ops;

use crate::cli::WaitArgs;
use crate::ui::Ui;

/// A change smack sends to Marathon, for what it says when Ctrl-C comes while the request is on
/// its way or its deployment is followed: what it is, the app, the command that undoes it, and
/// (`--atomic`) how smack undoes it itself.
pub struct Change<'a> {
    /// `the install of package [kafka] as app [/kafka]`.
    pub what: String,
    pub app: &'a str,
    /// The command that shows what stands: `smack status /kafka`.
    pub check: String,
    pub undo: Option<String>,
    pub atomic: Option<ops::follow::Undo>,
}

impl Change<'_> {
    /// What may stand if smack leaves while the request is on its way.
    fn stands(&self) -> String {
        format!(
            "the request for {} was sent and may stand: check with `{}`{}",
            self.what,
            self.check,
            self.undo
                .as_deref()
                .map(|u| format!(", undo it with `{u}`"))
                .unwrap_or_default()
        )
    }
}

/// Sends `change` (`send` answers its deployment) with Ctrl-C held until Marathon answers: an
/// interrupt meanwhile ends the command saying what stands and how to check and undo it, or
/// with `--atomic` finds out what stands and undoes it. A second Ctrl-C leaves at once, saying
/// that the request may stand.
pub fn send_change(
    client: &Client,
    change: &Change,
    args: &WaitArgs,
    send: impl FnOnce() -> Result<String>,
) -> Result<String> {
    let sent = {
        let _flight = crate::interrupt::in_flight(change.stands());
        send()
    };
    if !crate::interrupt::interrupted() {
        return sent;
    }
    Err(interrupted(client, change, args, sent))
}

/// What an interrupt of `change` ends with: the undo done (`--atomic`), or what stands.
fn interrupted(client: &Client, change: &Change, args: &WaitArgs, sent: Result<String>) -> Error {
    let Some(how) = &change.atomic else {
        let done = match &sent {
            Ok(deployment) => format!(
                "Marathon accepted {} (deployment {deployment})",
                change.what
            ),
            Err(e) => format!(
                "the request for {} was sent and may stand ({e})",
                change.what
            ),
        };
        return Error::Interrupted {
            done,
            follow: change.check.clone(),
            undo: change.undo.clone(),
        };
    };
    undo_interrupted(change, args, |wait| {
        ops::follow::undo_interrupted(client, change.app, &sent, how, wait)
    })
}

/// Undoes an interrupted `change` (`run`, under [`undo`]'s wait) and says how that ended:
/// undone, or the undo still going on.
pub fn undo_interrupted(
    change: &Change,
    args: &WaitArgs,
    run: impl FnOnce(Wait) -> Result<String>,
) -> Error {
    match undo(change, args, run) {
        Ok(undone) => Error::InterruptedUndone {
            what: change.what.clone(),
            undone,
        },
        Err(reason) => Error::UndoUnfinished {
            failure: format!("interrupted: {}", change.what),
            app: change.app.to_string(),
            reason,
        },
    }
}

/// Runs an undo under its own bounded wait (`--undo-timeout`), with a second Ctrl-C saying
/// that it is the undo that is under way; its error, in words.
fn undo(
    change: &Change,
    args: &WaitArgs,
    run: impl FnOnce(Wait) -> Result<String>,
) -> std::result::Result<String, String> {
    let _flight = crate::interrupt::in_flight(format!(
        "the undo (--atomic) of {} is under way: check with `{}`",
        change.what, change.check
    ));
    let wait = Wait {
        timeout: args.undo_timeout,
        // An interrupt during the undo leaves at once (the handler), saying so.
        interrupted: || false,
        ..Wait::default()
    };
    run(wait).map_err(|e| e.to_string())
}

/// Follows a change like [`follow`]; when its deployment fails or does not finish in time,
/// or Ctrl-C comes, `--atomic` undoes it (and says so), else the error says how to roll it
/// back (`rollback`, a command).
pub fn follow_change(
    ui: &Ui,
    client: &Client,
    change: &Change,
    deployment: &str,
    args: &WaitArgs,
    rollback: Option<String>,
) -> Result<Progress> {
    let app = change.app;
    match follow(
        ui,
        client,
        app,
        deployment,
        Goal::Running,
        args,
        change.undo.clone(),
    ) {
        Err(failure @ (Error::DeploymentFailed { .. } | Error::DeploymentTimeout { .. })) => {
            let Some(how) = &change.atomic else {
                return Err(Error::Deployment {
                    failure: Box::new(failure),
                    undone: None,
                    rollback,
                });
            };
            ui.note(format!("{failure}; undoing it (--atomic)"));
            match undo(change, args, |wait| {
                ops::follow::undo(client, app, deployment, how, wait)
            }) {
                Ok(undone) => Err(Error::Deployment {
                    failure: Box::new(failure),
                    undone: Some(undone),
                    rollback: None,
                }),
                Err(reason) => Err(Error::UndoUnfinished {
                    failure: failure.to_string(),
                    app: app.to_string(),
                    reason,
                }),
            }
        }
        Err(Error::Interrupted { .. }) if change.atomic.is_some() => Err(interrupted(
            client,
            change,
            args,
            Ok(deployment.to_string()),
        )),
        other => other,
    }
}

/// Whether to follow the deployment: `--wait`, `--no-wait`, else only in a terminal.
pub fn should_wait(args: &WaitArgs, ui: &Ui) -> bool {
    if args.wait {
        true
    } else if args.no_wait {
        false
    } else {
        ui.interactive()
    }
}

/// Follows a deployment Marathon accepted with a progress bar on stderr (in a terminal) until
/// it is done; losing Marathon on the way, or Ctrl-C, says that the change stands, how to
/// follow it and (`undo`, a command) how to undo it.
pub fn follow(
    ui: &Ui,
    client: &Client,
    app: &str,
    deployment: &str,
    goal: Goal,
    args: &WaitArgs,
    undo: Option<String>,
) -> Result<Progress> {
    let _watch = crate::interrupt::watch();
    let started = Instant::now();
    let bar = ui.spinner(&format!("deploying {app}"));
    if !bar.is_hidden() && goal == Goal::Running {
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} {elapsed:>4} [{bar:20}] {pos}/{len} running  {wide_msg}",
            )
            .expect("the template is valid")
            .progress_chars("=> "),
        );
    }
    let mut on_progress = |p: &Progress| {
        bar.set_length(p.instances);
        bar.set_position(p.running);
        let mut parts = vec![p.step()];
        if p.health_checked {
            parts.push(format!("{} healthy", p.healthy));
        }
        if p.staged > 0 {
            parts.push(format!("{} staged", p.staged));
        }
        parts.retain(|s| !s.is_empty());
        bar.set_message(smack::text::escape_controls(&parts.join(" · "), false).into_owned());
    };
    let result = ops::follow::deployment(
        client,
        app,
        deployment,
        goal,
        Wait {
            timeout: args.timeout,
            interrupted: crate::interrupt::interrupted,
            ..Wait::default()
        },
        &mut on_progress,
    );
    bar.finish_and_clear();
    let progress = result.map_err(|e| match e {
        Error::Interrupted { done, follow, .. } => Error::Interrupted { done, follow, undo },
        other => other,
    })?;
    let took = format!("{:.1}s", started.elapsed().as_secs_f64());
    match goal {
        Goal::Running => ui.note(format!("deployed {app} in {took}: {}", progress.summary())),
        Goal::Removed => ui.note(format!("removed {app} in {took}")),
    }
    Ok(progress)
}
