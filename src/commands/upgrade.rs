//! `smack upgrade`: re-render with the new version or options, show the diff, replace the app.

use smack::error::{Result, exit};
use smack::marathon::wait::Goal;
use smack::marathon::{installed, upgrade};
use smack::pipeline::{Checks, Pipeline};

use super::context::Context;
use super::marathon::{connect, follow, should_wait};
use super::{check_app, resolve_package, user_options};
use crate::cli::UpgradeArgs;

pub fn run(args: UpgradeArgs, ctx: &Context) -> Result<i32> {
    let ui = ctx.ui;
    let catalog = ctx.catalog()?;
    let connection = connect(ctx)?;
    let client = &connection.client;
    let mut pipeline = Pipeline::new(connection.profile(ctx)?);
    let current = installed::by_target(client, &args.target)?;
    let package = resolve_package(&catalog, &current.name, args.package_version.as_deref(), ui)?;
    let given = user_options(&args.options, package.config.as_ref())?;
    let planned = upgrade::plan(
        current,
        package,
        &given,
        args.reset_options,
        &mut pipeline,
        Checks::Off,
    )?;
    let checks = if args.strict {
        Checks::Strict
    } else {
        Checks::Normal
    };
    let upgrade::Planned {
        current,
        package,
        new_app,
        diff,
    } = &planned;
    check_app(&pipeline, &package.name, new_app, checks, ui)?;
    ui.note(format!(
        "Upgrading app [{}] from package [{}] version [{}] to version [{}] on {}",
        current.app_id,
        current.name,
        current.version,
        package.version,
        client.url()
    ));
    if diff.is_empty() {
        ui.note("Nothing to change: the running app already is what this version and these options render.");
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
    let deployment = client.replace_app(&current.app_id, new_app, args.force)?;
    ui.line(format!(
        "Upgraded app [{}] to package [{}] version [{}] (deployment {deployment})",
        current.app_id, package.name, package.version
    ));
    if should_wait(&args.wait, ui) {
        follow(
            ui,
            client,
            &current.app_id,
            &deployment,
            Goal::Running,
            &args.wait,
        )?;
    } else {
        ui.note(format!(
            "Follow the deployment with `smack status {}`.",
            current.app_id
        ));
    }
    Ok(exit::OK)
}
