//! What the Marathon commands share: whether to follow a deployment, and following it with a
//! progress bar (the steps are `smack::ops::follow`'s).

use std::time::Instant;

use smack::error::{Error, Result};
use smack::marathon::Client;
use smack::marathon::wait::{Goal, Progress, Wait};
use smack::ops;

use crate::cli::WaitArgs;
use crate::ui::Ui;

/// Follows a change like [`follow`]; when its deployment fails or does not finish in time,
/// `atomic` undoes it (and says so), else the error says how to roll it back (`rollback`, a
/// command).
#[allow(clippy::too_many_arguments)]
pub fn follow_change(
    ui: &Ui,
    client: &Client,
    app: &str,
    deployment: &str,
    args: &WaitArgs,
    undo: Option<String>,
    atomic: Option<ops::follow::Undo>,
    rollback: Option<String>,
) -> Result<Progress> {
    match follow(ui, client, app, deployment, Goal::Running, args, undo) {
        Err(failure @ (Error::DeploymentFailed { .. } | Error::DeploymentTimeout { .. })) => {
            let Some(how) = atomic else {
                return Err(Error::Deployment {
                    failure: Box::new(failure),
                    undone: None,
                    rollback,
                });
            };
            ui.note(format!("{failure}; undoing it (--atomic)"));
            let wait = Wait {
                timeout: args.timeout,
                interrupted: crate::interrupt::interrupted,
                ..Wait::default()
            };
            let _watch = crate::interrupt::watch();
            let undone = ops::follow::undo(client, app, deployment, &how, wait)?;
            Err(Error::Deployment {
                failure: Box::new(failure),
                undone: Some(undone),
                rollback: None,
            })
        }
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
