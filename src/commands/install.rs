//! `smack install`: render, check against the target Marathon, confirm, post, follow; the steps
//! are `smack::ops::install`'s.

use smack::error::{Error, Result, exit};
use smack::marathon::wait::Goal;
use smack::ops;
use smack::pipeline::{Against, Pipeline};

use super::context::Context;
use super::marathon::{Change, follow, follow_change, send_change, should_wait};
use super::package::{Ask, prepare};
use super::render::print_app;
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
    let checks = super::checks(&args.render.checks);
    let mut pipeline = Pipeline::new();
    // A dry run contacts nobody: the app is checked against the configured (or default)
    // Marathon. Otherwise options and rendering fail before Marathon is contacted, and the app
    // is then checked once, against the Marathon it goes to.
    if args.dry_run {
        let profile = ctx.profile();
        let prepared = prepare(
            catalog,
            &mut pipeline,
            &args.render,
            ui,
            ask,
            Some(Against::new(&profile, checks)),
        )?;
        print_app(ui, &prepared.rendered.app, args.render.compact);
        return Ok(exit::OK);
    }
    let prepared = prepare(catalog, &mut pipeline, &args.render, ui, ask, None)?;
    if !args.yes && !ui.interactive() {
        return Err(Error::Usage(format!(
            "installing package [{}] needs a confirmation, and there is no terminal to ask in; \
             pass --yes to go ahead (or --dry-run to see the app)",
            args.render.package
        )));
    }
    let connection = ctx.connect()?;
    let client = &connection.client;
    let plan = ops::install::plan(&connection, &pipeline, prepared, checks)?;
    ui.findings(&plan.warnings.iter().collect::<Vec<_>>());
    let package = &plan.package;
    if let Some(deployment) = &plan.in_progress {
        let id = &plan.app_id;
        ui.line(format!(
            "App [{id}] is already what installing package [{}] version [{}] posts, and its deployment {deployment} is in progress",
            package.name, package.version
        ));
        if should_wait(&args.wait, ui) {
            let undo = Some(format!("smack uninstall {} --app-id {id}", package.name));
            follow(ui, client, id, deployment, Goal::Running, &args.wait, undo)?;
            if let Some(notes) = package.note("postInstallNotes") {
                ui.note(notes);
            }
        } else {
            ui.note(format!("Follow the deployment with `smack status {id}`."));
        }
        return Ok(exit::OK);
    }
    ui.note(format!(
        "Installing package [{}] version [{}] from {} as app [{}] on {}",
        package.name,
        package.version,
        package.source.name,
        plan.app_id,
        &smack::text::redact_credentials(client.url())
    ));
    if let Some(notes) = package.note("preInstallNotes") {
        ui.note(notes);
    }
    if !ui.confirm("Continue installing?", args.yes)? {
        ui.note("Exiting installation.");
        return Ok(exit::NOTHING);
    }
    let id = &plan.app_id;
    let undo = format!("smack uninstall {} --app-id {id}", package.name);
    let change = Change {
        what: format!("the install of package [{}] as app [{id}]", package.name),
        app: id,
        check: format!("smack status {id}"),
        undo: Some(undo.clone()),
        atomic: args.atomic.then_some(ops::follow::Undo::Install),
    };
    let deployment = send_change(client, &change, &args.wait, || {
        ops::install::apply(client, &plan, args.force).map(|posted| posted.deployment)
    })?;
    ui.line(format!(
        "Installed package [{}] version [{}] as app [{id}] (deployment {deployment})",
        package.name, package.version
    ));
    if args.atomic || should_wait(&args.wait, ui) {
        follow_change(ui, client, &change, &deployment, &args.wait, Some(undo))?;
    } else {
        ui.note(format!("Follow the deployment with `smack status {id}`."));
    }
    if let Some(notes) = package.note("postInstallNotes") {
        ui.note(notes);
    }
    Ok(exit::OK)
}
