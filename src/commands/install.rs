//! `smack install`: render, check against the target Marathon, confirm, post, follow.

use smack::error::{Error, Result, exit};
use smack::marathon::wait::Goal;
use smack::pipeline::{Checks, Pipeline};

use super::context::Context;
use super::marathon::{connect, follow, should_wait};
use super::{Ask, check_app, checks, prepare, print_app};
use crate::cli::InstallArgs;

pub fn run(args: InstallArgs, ctx: &Context) -> Result<i32> {
    let ui = ctx.ui;
    let catalog = ctx.catalog()?;
    let ask = if args.yes || args.dry_run {
        Ask::Never
    } else if ui.interactive() {
        Ask::Yes
    } else {
        Ask::NoTerminal
    };
    let checks = checks(&args.render.checks);
    let mut pipeline = Pipeline::new(ctx.profile()?);
    // A dry run contacts nobody: the app is checked against the configured (or default)
    // Marathon. Otherwise options and rendering fail before Marathon is contacted, and the app
    // is then checked against the Marathon it goes to.
    let offline_checks = if args.dry_run { checks } else { Checks::Off };
    let prepared = prepare(
        &catalog,
        &mut pipeline,
        &args.render,
        ui,
        ask,
        offline_checks,
    )?;
    if args.dry_run {
        print_app(ui, &prepared.rendered.app, args.render.compact);
        return Ok(exit::OK);
    }
    if !args.yes && !ui.interactive() {
        return Err(Error::Usage(format!(
            "installing package [{}] needs a confirmation, and there is no terminal to ask in; \
             pass --yes to go ahead (or --dry-run to see the app)",
            args.render.package
        )));
    }
    let connection = connect(ctx)?;
    let client = &connection.client;
    pipeline.profile = connection.profile(ctx)?;
    let (package, rendered) = (&prepared.package, &prepared.rendered);
    check_app(&pipeline, &package.name, &rendered.app, checks, ui)?;
    let raw_id = rendered
        .app
        .get("id")
        .and_then(|v| v.as_str())
        .unwrap_or("");
    let app_id = smack::marathon::app::canonical_or_given(raw_id);
    match client.app(&app_id) {
        Ok(_) => return Err(Error::AppExists { id: app_id }),
        Err(Error::MarathonNotFound { .. }) => {}
        Err(e) => return Err(e),
    }
    ui.note(format!(
        "Installing package [{}] version [{}] from {} as app [{app_id}] on {}",
        package.name,
        package.version,
        package.source.name,
        client.url()
    ));
    if let Some(notes) = package.note("preInstallNotes") {
        ui.note(notes);
    }
    if !ui.confirm("Continue installing?", args.yes)? {
        ui.note("Exiting installation.");
        return Ok(exit::NOTHING);
    }
    let (id, deployment) = client.create_app(&rendered.app, args.force)?;
    ui.line(format!(
        "Installed package [{}] version [{}] as app [{id}] (deployment {deployment})",
        package.name, package.version
    ));
    if should_wait(&args.wait, ui) {
        follow(ui, client, &id, &deployment, Goal::Running, &args.wait)?;
    } else {
        ui.note(format!("Follow the deployment with `smack status {id}`."));
    }
    if let Some(notes) = package.note("postInstallNotes") {
        ui.note(notes);
    }
    Ok(exit::OK)
}
