//! The day-2 commands over `smack::ops::history`: `history`, `rollback`, `restart` and `get`.

use serde_json::{Value, json};
use smack::error::{Result, exit};
use smack::marathon::app::definition;
use smack::marathon::wait::Goal;
use smack::ops::history::{self, Revision};

use super::context::Context;
use super::marathon::{Change, follow, send_change, should_wait};
use crate::cli::{
    GetCommand, GetOptionsArgs, GetTargetArgs, HistoryArgs, Output, RestartArgs, RollbackArgs,
};
use crate::ui;

fn revision_json(r: &Revision) -> Value {
    serde_json::to_value(r).expect("a revision serializes")
}

pub fn history(args: HistoryArgs, ctx: &Context) -> Result<i32> {
    let connection = ctx.connect()?;
    let client = &connection.client;
    let app = history::app(client, &args.target)?;
    let h = history::history(client, &app, args.max as usize)?;
    if ctx.output(&args.output) == Output::Json {
        ctx.ui.json(&h);
        return Ok(exit::OK);
    }
    let rows: Vec<Vec<String>> = h
        .revisions
        .iter()
        .map(|r| {
            vec![
                format!("{}{}", r.number, if r.current { " *" } else { "" }),
                r.version.clone(),
                r.package_version.clone().unwrap_or_else(|| "-".into()),
                r.change.clone(),
            ]
        })
        .collect();
    ctx.ui.out(&ui::table(
        &["REVISION", "VERSION", "PACKAGE", "CHANGE"],
        &rows,
        ctx.ui.width(),
    ));
    if h.total > h.revisions.len() {
        ctx.ui.note(format!(
            "{} of {} revisions shown (--max); * marks the one in force",
            h.revisions.len(),
            h.total
        ));
    }
    Ok(exit::OK)
}

pub fn rollback(args: RollbackArgs, ctx: &Context) -> Result<i32> {
    let ui = ctx.ui;
    let connection = ctx.connect()?;
    let client = &connection.client;
    let profile = connection.profile()?;
    let app = history::app(client, &args.target)?;
    let plan = history::rollback(client, &app, args.revision.as_deref(), &profile, args.force)?;
    let id = &plan.app_id;
    let json = ctx.output(&args.output) == Output::Json;
    let summary = |deployment: Option<&str>| {
        json!({
            "appId": id,
            "from": revision_json(&plan.from),
            "to": revision_json(&plan.to),
            "diff": plan.diff,
            "deployment": deployment,
        })
    };
    ui.note(format!(
        "Rolling app [{id}] back from revision {} ({}) to revision {} ({}){} on {}",
        plan.from.number,
        plan.from.version,
        plan.to.number,
        plan.to.version,
        match (&plan.from.package_version, &plan.to.package_version) {
            (Some(a), Some(b)) if a != b => format!(", package {a} → {b}"),
            _ => String::new(),
        },
        &smack::text::redact_credentials(client.url())
    ));
    if plan.diff.is_empty() {
        ui.note("Nothing to change: that revision's definition is what runs.");
        if json {
            ui.json(&summary(None));
        }
        return Ok(exit::OK);
    }
    if !json {
        ui.diff(&plan.diff);
    }
    if args.dry_run {
        if json {
            ui.json(&summary(None));
        }
        return Ok(exit::OK);
    }
    if !ui.confirm("Continue rolling back?", args.yes)? {
        ui.note("Exiting rollback.");
        return Ok(exit::NOTHING);
    }
    let undo = format!("smack rollback {id} {}", plan.from.version);
    let change = Change {
        what: format!("the rollback of app [{id}] to revision {}", plan.to.number),
        app: id,
        check: format!("smack status {id}"),
        undo: Some(undo.clone()),
        atomic: None,
    };
    let deployment = send_change(client, &change, &args.wait, || {
        history::apply_rollback(client, &plan, args.force)
    })?;
    if json {
        ui.json(&summary(Some(&deployment)));
    } else {
        ui.line(format!(
            "Rolled app [{id}] back to revision {} (deployment {deployment})",
            plan.to.number
        ));
    }
    if should_wait(&args.wait, ui) {
        follow(
            ui,
            client,
            id,
            &deployment,
            Goal::Running,
            &args.wait,
            Some(undo),
        )?;
    } else {
        ui.note(format!("Follow the deployment with `smack status {id}`."));
    }
    Ok(exit::OK)
}

pub fn restart(args: RestartArgs, ctx: &Context) -> Result<i32> {
    let ui = ctx.ui;
    let connection = ctx.connect()?;
    let client = &connection.client;
    let app = history::app(client, &args.target)?;
    let id = app
        .get("id")
        .and_then(Value::as_str)
        .unwrap_or(&args.target)
        .to_string();
    ui.note(format!(
        "Restarting app [{id}] on {}: every task is replaced",
        &smack::text::redact_credentials(client.url())
    ));
    if !ui.confirm("Continue restarting?", args.yes)? {
        ui.note("Exiting restart.");
        return Ok(exit::NOTHING);
    }
    let change = Change {
        what: format!("the restart of app [{id}]"),
        app: &id,
        check: format!("smack status {id}"),
        undo: None,
        atomic: None,
    };
    let deployment = send_change(client, &change, &args.wait, || {
        history::restart(client, &id, args.force)
    })?;
    if ctx.output(&args.output) == Output::Json {
        ui.json(&json!({ "appId": id, "deployment": deployment }));
    } else {
        ui.line(format!("Restarting app [{id}] (deployment {deployment})"));
    }
    if should_wait(&args.wait, ui) {
        follow(
            ui,
            client,
            &id,
            &deployment,
            Goal::Running,
            &args.wait,
            None,
        )?;
    } else {
        ui.note(format!("Follow the deployment with `smack status {id}`."));
    }
    Ok(exit::OK)
}

pub fn get(cmd: GetCommand, ctx: &Context) -> Result<i32> {
    match cmd {
        GetCommand::Options(args) => options(args, ctx),
        GetCommand::App(args) => app(args, ctx),
        GetCommand::Notes(args) => notes(args, ctx),
    }
}

fn options(args: GetOptionsArgs, ctx: &Context) -> Result<i32> {
    let connection = ctx.connect()?;
    let app = history::app(&connection.client, &args.target)?;
    let options = history::options(&app, args.all)?;
    if ctx.output(&args.output) == Output::Json {
        ctx.ui.json(&options);
        return Ok(exit::OK);
    }
    let mut lines = Vec::new();
    leaves(&options, "", &mut lines);
    if lines.is_empty() {
        ctx.ui
            .note("No options given: the package's defaults are in force (--all shows them).");
    }
    for line in lines {
        ctx.ui.line(line);
    }
    Ok(exit::OK)
}

/// `path = value` for each leaf (arrays as JSON).
fn leaves(value: &Value, prefix: &str, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let path = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                leaves(v, &path, out);
            }
        }
        other => out.push(format!("{prefix} = {other}")),
    }
}

fn app(args: GetTargetArgs, ctx: &Context) -> Result<i32> {
    let connection = ctx.connect()?;
    let app = history::app(&connection.client, &args.target)?;
    ctx.ui.json(&Value::Object(definition(&app)));
    Ok(exit::OK)
}

fn notes(args: GetTargetArgs, ctx: &Context) -> Result<i32> {
    let connection = ctx.connect()?;
    let app = history::app(&connection.client, &args.target)?;
    let notes = history::notes(&app)?;
    if ctx.output(&args.output) == Output::Json {
        ctx.ui
            .json(&json!({ "appId": app.get("id"), "notes": notes }));
        return Ok(exit::OK);
    }
    match notes {
        Some(n) => ctx.ui.line(n),
        None => ctx.ui.note("The package has no post-install notes."),
    }
    Ok(exit::OK)
}
