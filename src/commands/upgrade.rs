//! `smack upgrade`: re-render with the new version or options, show the diff, replace the app;
//! the plan and its application are `smack::ops::upgrade`'s.

use smack::error::{Result, exit};
use smack::marathon::installed;
use smack::marathon::wait::Goal;
use smack::ops::upgrade;
use smack::pipeline::{Against, Checks, Pipeline};

use super::context::Context;
use super::marathon::{Change, follow, follow_change, send_change, should_wait};
use super::package::{resolve, user_options};
use crate::cli::UpgradeArgs;

pub fn run(args: UpgradeArgs, ctx: &Context) -> Result<i32> {
    let ui = ctx.ui;
    let catalog = ctx.catalog()?;
    let connection = ctx.connect()?;
    let client = &connection.client;
    let profile = connection.profile()?;
    let current = installed::by_target(client, &args.target)?;
    let package = resolve(catalog, &current.name, args.package_version.as_deref(), ui)?;
    let given = user_options(&args.options, package.config.as_ref())?;
    let checks = if args.strict {
        Checks::Strict
    } else {
        Checks::Normal
    };
    let planned = upgrade::plan(
        current,
        package,
        &given,
        args.reset_options,
        &mut Pipeline::new(),
        Against::new(&profile, checks),
    )?;
    ui.findings(&planned.warnings.iter().collect::<Vec<_>>());
    let upgrade::Planned {
        current,
        package,
        diff,
        ..
    } = &planned;
    ui.note(format!(
        "Upgrading app [{}] from package [{}] version [{}] to version [{}] on {}",
        current.app_id,
        current.name,
        current.version,
        package.version,
        &smack::text::redact_credentials(client.url())
    ));
    if diff.is_empty() {
        ui.note("Nothing to change: the running app already is what this version and these options render.");
        // Already what was asked for, but perhaps not running yet: follow a deployment that
        // still carries it out (an interrupted upgrade, or another one) when waiting.
        let running = smack::marathon::wait::touching(client, &[current.app_id.as_str()])?;
        if let Some(deployment) = running.first() {
            if should_wait(&args.wait, ui) {
                ui.note(format!(
                    "Deployment {deployment} of app [{}] is in progress: following it.",
                    current.app_id
                ));
                follow(
                    ui,
                    client,
                    &current.app_id,
                    deployment,
                    Goal::Running,
                    &args.wait,
                    None,
                )?;
            } else {
                ui.note(format!(
                    "Deployment {deployment} of app [{}] is in progress: follow it with `smack status {}`.",
                    current.app_id, current.app_id
                ));
            }
        }
        return Ok(exit::OK);
    }
    ui.diff(diff);
    if args.dry_run {
        return Ok(exit::OK);
    }
    if !ui.confirm("Continue upgrading?", args.yes)? {
        ui.note("Exiting upgrade.");
        return Ok(exit::NOTHING);
    }
    let previous = current
        .app
        .get("version")
        .and_then(serde_json::Value::as_str)
        .unwrap_or_default()
        .to_string();
    let rollback = format!("smack rollback {} {previous}", current.app_id);
    let change = Change {
        what: format!(
            "the upgrade of app [{}] to package [{}] version [{}]",
            current.app_id, package.name, package.version
        ),
        app: &current.app_id,
        check: format!("smack status {}", current.app_id),
        undo: Some(rollback.clone()),
        atomic: args.atomic.then(|| smack::ops::follow::Undo::Upgrade {
            previous_version: previous.clone(),
        }),
    };
    let deployment = send_change(client, &change, &args.wait, || {
        upgrade::apply(client, &planned, args.force)
    })?;
    ui.line(format!(
        "Upgraded app [{}] to package [{}] version [{}] (deployment {deployment})",
        current.app_id, package.name, package.version
    ));
    if args.atomic || should_wait(&args.wait, ui) {
        follow_change(ui, client, &change, &deployment, &args.wait, Some(rollback))?;
    } else {
        ui.note(format!(
            "Follow the deployment with `smack status {}`.",
            current.app_id
        ));
    }
    Ok(exit::OK)
}
