//! `smack stack render|status|remove`.

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};
use smack::error::{Result, exit};
use smack::marathon::installed::status_of;
use smack::marathon::wait::{Goal, Progress, counts_of};
use smack::pipeline::Pipeline;
use smack::stack::{self, Source, Stack};

use super::context::Context;
use super::marathon::{connect, follow, should_wait};
use crate::cli::{Output, StackCommand, StackRemoveArgs, StackRenderArgs, StackStatusArgs};
use crate::ui::table;

pub fn run(cmd: StackCommand, ctx: &Context) -> Result<i32> {
    match cmd {
        StackCommand::Render(args) => render(args, ctx),
        StackCommand::Status(args) => status(args, ctx),
        StackCommand::Remove(args) => remove(args, ctx),
    }
}

/// The stack's apps on Marathon, by app id (those labelled with the stack, and those at a
/// member's id).
fn deployed(
    stack: &Stack,
    client: &smack::marathon::Client,
) -> Result<BTreeMap<String, Map<String, Value>>> {
    let selector = format!("{}=={}", stack::STACK_LABEL, stack.name);
    let mut apps: BTreeMap<String, Map<String, Value>> = client
        .apps(Some(&selector))?
        .into_iter()
        .filter_map(|a| Some((a.get("id")?.as_str()?.to_string(), a)))
        .collect();
    for m in &stack.members {
        if !apps.contains_key(&m.app_id)
            && let Ok(app) = client.app(&m.app_id)
        {
            apps.insert(m.app_id.clone(), app);
        }
    }
    Ok(apps)
}

fn label<'a>(app: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    app.get("labels")?.get(key)?.as_str()
}

fn status(args: StackStatusArgs, ctx: &Context) -> Result<i32> {
    let ui = ctx.ui;
    let stack = stack::read(&args.file)?;
    let connection = connect(ctx)?;
    let apps = deployed(&stack, &connection.client)?;
    let rows: Vec<Value> = stack
        .members
        .iter()
        .map(|m| {
            let app = apps.get(&m.app_id);
            let mut counts = Progress::default();
            if let Some(app) = app {
                counts_of(app, &mut counts);
            }
            let (package, version) = match (&m.source, app) {
                (Source::Package { name, .. }, Some(app)) => (
                    json!(label(app, "DCOS_PACKAGE_NAME").unwrap_or(name)),
                    json!(label(app, "DCOS_PACKAGE_VERSION")),
                ),
                (Source::Package { name, version, .. }, None) => (json!(name), json!(version)),
                (Source::App(_), _) => (Value::Null, Value::Null),
            };
            json!({
                "member": m.key,
                "appId": m.app_id,
                "package": package,
                "version": version,
                "status": app.map_or("absent", status_of),
                "dependsOn": m.depends_on,
                "tasksRunning": counts.running,
                "tasksHealthy": counts.healthy,
                "instances": counts.instances,
            })
        })
        .collect();
    if ctx.output(&args.output) == Output::Json {
        ui.json(&rows);
        return Ok(exit::OK);
    }
    let text = |v: &Value| v.as_str().map_or("-".to_string(), str::to_string);
    let table_rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            vec![
                text(&r["member"]),
                text(&r["package"]),
                text(&r["version"]),
                text(&r["appId"]),
                text(&r["status"]),
                format!("{}/{}", r["tasksRunning"], r["instances"]),
                r["dependsOn"]
                    .as_array()
                    .map(|d| d.iter().map(text).collect::<Vec<_>>().join(", "))
                    .filter(|d| !d.is_empty())
                    .unwrap_or_else(|| "-".into()),
            ]
        })
        .collect();
    ui.out(&table(
        &[
            "MEMBER", "PACKAGE", "VERSION", "APP", "STATUS", "TASKS", "AFTER",
        ],
        &table_rows,
        ui.width(),
    ));
    Ok(exit::OK)
}

fn remove(args: StackRemoveArgs, ctx: &Context) -> Result<i32> {
    let ui = ctx.ui;
    let stack = stack::read(&args.file)?;
    let connection = connect(ctx)?;
    let client = &connection.client;
    let apps = deployed(&stack, client)?;
    let present: Vec<&stack::Member> = stack
        .members
        .iter()
        .filter(|m| apps.contains_key(&m.app_id))
        .collect();
    if present.is_empty() {
        ui.note(format!(
            "No member of stack [{}] is on Marathon; nothing to remove.",
            stack.name
        ));
        return Ok(exit::NOTHING);
    }
    ui.note(format!(
        "Removing {} member(s) of stack [{}], dependents first: {}",
        present.len(),
        stack.name,
        present
            .iter()
            .rev()
            .map(|m| m.key.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    ));
    if !ui.confirm("Continue removing?", args.yes)? {
        ui.note("Exiting removal.");
        return Ok(exit::NOTHING);
    }
    let wait = should_wait(&args.wait, ui);
    let depths = stack.depths();
    let deepest = depths.values().copied().max().unwrap_or(0);
    // Dependents first: each level is removed, and followed when waiting, before the next.
    for depth in (0..=deepest).rev() {
        let level: Vec<&&stack::Member> =
            present.iter().filter(|m| depths[&m.key] == depth).collect();
        let mut removals = Vec::new();
        for m in &level {
            removals.push((m, client.delete_app(&m.app_id, true)?));
        }
        for (m, deployment) in removals {
            if wait {
                follow(
                    ui,
                    client,
                    &m.app_id,
                    &deployment,
                    Goal::Removed,
                    &args.wait,
                )?;
            }
            ui.line(format!(
                "Removed member [{}] (app {}, deployment {deployment})",
                m.key, m.app_id
            ));
        }
    }
    Ok(exit::OK)
}

fn render(args: StackRenderArgs, ctx: &Context) -> Result<i32> {
    let ui = ctx.ui;
    let stack = stack::read(&args.file)?;
    let catalog = ctx.catalog()?;
    let mut pipeline = Pipeline::new(ctx.profile()?);
    let members = stack::render(&stack, &catalog, &mut pipeline, super::checks(&args.checks))?;
    for m in &members {
        ui.warnings(&m.warnings);
        ui.findings(&m.findings.iter().collect::<Vec<_>>());
    }
    if ctx.output(&args.output) == Output::Json {
        ui.json(&stack::group(&stack, &members));
        return Ok(exit::OK);
    }
    let mut out = String::new();
    for m in &members {
        let made_of = match &m.package {
            Some((name, version)) => format!("package {name} {version}"),
            None => "app".to_string(),
        };
        let after = if m.depends_on.is_empty() {
            String::new()
        } else {
            format!(", after {}", m.depends_on.join(", "))
        };
        out.push_str(&format!("# {} ({made_of}{after}): {}\n", m.key, m.app_id));
        out.push_str(
            &serde_json::to_string_pretty(&Value::Object(m.app.clone()))
                .unwrap_or_else(|_| json!(null).to_string()),
        );
        out.push('\n');
    }
    ui.out(&out);
    Ok(exit::OK)
}
