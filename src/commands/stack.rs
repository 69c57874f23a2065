//! `smack stack render|apply|status|remove`.

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};
use smack::error::{Error, Result, exit};
use smack::marathon::installed::status_of;
use smack::marathon::wait::{Goal, Progress, Wait, counts_of};
use smack::ops::{follow::lost, uninstall};
use smack::pipeline::{Against, Pipeline};
use smack::stack::apply::{self, Change, Outcome, Plan};
use smack::stack::{self, Source};

use super::context::Context;
use super::marathon::{follow, should_wait};
use crate::cli::{
    Output, StackApplyArgs, StackCommand, StackRemoveArgs, StackRenderArgs, StackStatusArgs,
};
use crate::ui::table;

pub fn run(cmd: StackCommand, ctx: &Context) -> Result<i32> {
    match cmd {
        StackCommand::Render(args) => render(args, ctx),
        StackCommand::Apply(args) => apply(args, ctx),
        StackCommand::Status(args) => status(args, ctx),
        StackCommand::Remove(args) => remove(args, ctx),
    }
}

fn label<'a>(app: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    app.get("labels")?.get(key)?.as_str()
}

fn status(args: StackStatusArgs, ctx: &Context) -> Result<i32> {
    let ui = ctx.ui;
    let stack = stack::read(&args.file)?;
    let connection = ctx.connect()?;
    let apps = apply::deployed(&connection.client, &stack)?;
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
    let connection = ctx.connect()?;
    let client = &connection.client;
    let apps = apply::deployed(client, &stack)?;
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
            removals.push((m, uninstall::remove(client, &m.app_id)?));
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
                    None,
                )?;
            }
            ui.line(format!(
                "Removed member [{}] (app {}, deployment {deployment})",
                m.key, m.app_id
            ));
        }
    }
    // The stack's group goes too once nothing is left in it.
    if let Some(group) = client.group(&stack.group_id())?
        && ["apps", "groups", "pods"].iter().all(|k| {
            group
                .get(*k)
                .and_then(Value::as_array)
                .is_none_or(Vec::is_empty)
        })
    {
        client.delete_group(&stack.group_id(), false)?;
    }
    Ok(exit::OK)
}

fn render(args: StackRenderArgs, ctx: &Context) -> Result<i32> {
    let ui = ctx.ui;
    let stack = stack::read(&args.file)?;
    let catalog = ctx.catalog()?;
    let profile = ctx.profile();
    let members = stack::render(
        &stack,
        catalog,
        &mut Pipeline::new(),
        Against::new(&profile, super::checks(&args.checks)),
        &BTreeMap::new(),
    )?;
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
        out.push_str(&format!(
            "# {} ({}): {}\n",
            m.key,
            origin(&m.package, &m.depends_on),
            m.app_id
        ));
        out.push_str(&smack::jsontext::to_string_pretty(
            &m.app,
            smack::jsontext::Escapes::Terminal,
        ));
        out.push('\n');
    }
    ui.out(&out);
    Ok(exit::OK)
}

/// What a member is made of and what it waits for: `package kafka 4.3.1, after zk`, `app`.
fn origin(package: &Option<(String, String)>, depends_on: &[String]) -> String {
    let made_of = match package {
        Some((name, version)) => format!("package {name} {version}"),
        None => "app".to_string(),
    };
    if depends_on.is_empty() {
        made_of
    } else {
        format!("{made_of}, after {}", depends_on.join(", "))
    }
}

/// The plan, one line per member (and per removal), with the diff of each update.
fn show_plan(ui: &crate::ui::Ui, plan: &Plan, url: &str) {
    let creates = plan.count(|c| *c == Change::Create);
    let updates = plan.count(|c| matches!(c, Change::Update { .. }));
    let unchanged = plan.count(|c| *c == Change::Unchanged);
    ui.line(format!(
        "Stack [{}] on {url}: {creates} to create, {updates} to update, {unchanged} unchanged, {} to remove",
        plan.stack,
        plan.removals.len()
    ));
    let width = plan.members.iter().map(|m| m.key.len()).max().unwrap_or(0);
    for m in &plan.members {
        let (sign, word) = match &m.change {
            Change::Create => ('+', "create"),
            Change::Update { .. } => ('~', "update"),
            Change::Unchanged => ('=', "unchanged"),
        };
        ui.line(format!(
            "  {sign} {:width$}  {word:9}  {}  ({})",
            m.key,
            m.app_id,
            origin(&m.package, &m.depends_on)
        ));
        if let Change::Update { diff } = &m.change {
            ui.diff(diff);
        }
    }
    for id in &plan.removals {
        ui.line(format!(
            "  - {id}  remove  (an app of group {} that the file does not declare)",
            plan.group
        ));
    }
}

fn apply(args: StackApplyArgs, ctx: &Context) -> Result<i32> {
    let ui = ctx.ui;
    let stack = stack::read(&args.file)?;
    let catalog = ctx.catalog()?;
    let connection = ctx.connect()?;
    let client = &connection.client;
    let profile = connection.profile()?;
    let deployed = apply::deployed(client, &stack)?;
    let members = stack::render(
        &stack,
        catalog,
        &mut Pipeline::new(),
        Against::new(&profile, super::checks(&args.checks)),
        &deployed,
    )?;
    for m in &members {
        ui.warnings(&m.warnings);
        ui.findings(&m.findings.iter().collect::<Vec<_>>());
    }
    let plan = apply::plan(&stack, &members, &deployed, &profile);
    show_plan(ui, &plan, &smack::text::redact_credentials(client.url()));
    let waiting = args.atomic || should_wait(&args.wait, ui);
    let follow_hint = format!("smack stack status {}", args.file.display());
    let deployment = if plan.is_empty() {
        // Up to date on Marathon, but perhaps not yet running: an apply interrupted while it
        // waited, or another one, may still be deploying it.
        let running = apply::in_progress(client, &plan)?;
        let Some(deployment) = running.into_iter().next() else {
            ui.line(format!(
                "Stack [{}] is up to date: nothing to send.",
                stack.name
            ));
            return Ok(exit::OK);
        };
        if !waiting {
            ui.line(format!(
                "Stack [{}] is up to date: nothing to send; deployment {deployment} of it is still in progress (follow it with `{follow_hint}`).",
                stack.name
            ));
            return Ok(exit::OK);
        }
        ui.line(format!(
            "Stack [{}] is up to date on Marathon, and deployment {deployment} of it is in progress: following it.",
            stack.name
        ));
        deployment
    } else {
        apply::check(&stack, &plan, &members, &deployed, client)?;
        if args.dry_run {
            return Ok(exit::OK);
        }
        let question = if plan.removals.is_empty() {
            "Apply this plan?".to_string()
        } else {
            format!("Apply this plan, removing {} app(s)?", plan.removals.len())
        };
        if !ui.confirm(&question, args.yes)? {
            ui.note("Exiting apply.");
            return Ok(exit::NOTHING);
        }
        let change = super::marathon::Change {
            what: format!(
                "the apply of stack [{}] as group {}",
                stack.name, plan.group
            ),
            app: &plan.group,
            check: follow_hint.clone(),
            undo: Some(format!("smack stack remove {}", args.file.display())),
            atomic: None,
        };
        let deployment = super::marathon::send_change(client, &change, &args.wait, || {
            client.put_group(&plan.group, &plan.body, args.force)
        })?;
        ui.line(format!(
            "Applying stack [{}] as group {} (deployment {deployment})",
            stack.name, plan.group
        ));
        if !waiting {
            ui.note(format!("Follow it with `{follow_hint}`."));
            return Ok(exit::OK);
        }
        deployment
    };
    let lost = lost(
        format!(
            "Marathon accepted stack [{}] (deployment {deployment})",
            stack.name
        ),
        &plan.group,
    );
    let _watch = crate::interrupt::watch();
    let interrupted = |e: Error| match e {
        Error::Interrupted { .. } => Error::Interrupted {
            done: format!(
                "Marathon accepted stack [{}], which keeps deploying (deployment {deployment})",
                stack.name
            ),
            follow: follow_hint.clone(),
            undo: Some(format!("smack stack remove {}", args.file.display())),
        },
        other => lost(other),
    };
    // One line each time a member's state changes.
    let mut said: BTreeMap<String, String> = BTreeMap::new();
    let mut on_report = |reports: &[apply::MemberReport]| {
        for r in reports {
            let now = r.describe();
            if said.get(&r.key) != Some(&now) {
                ui.note(format!("  {}", r.line()));
                said.insert(r.key.clone(), now);
            }
        }
    };
    let mut on_other = |other: &str| {
        ui.note(format!(
            "  another deployment of the stack is in progress ({other}): following it to its end"
        ));
    };
    let wait = Wait {
        timeout: args.wait.timeout,
        interrupted: crate::interrupt::interrupted,
        ..Wait::default()
    };
    let followed = apply::follow(
        client,
        &plan,
        &deployment,
        wait,
        &mut on_report,
        &mut on_other,
    );
    let outcome = match followed {
        // --atomic undoes an interrupted apply too, under a wait of its own.
        Err(Error::Interrupted { .. }) if args.atomic => {
            let change = super::marathon::Change {
                what: format!("the apply of stack [{}]", stack.name),
                app: &plan.group,
                check: follow_hint.clone(),
                undo: None,
                atomic: None,
            };
            return Err(super::marathon::undo_interrupted(
                &change,
                &args.wait,
                |wait| {
                    let rollback = client.rollback(&deployment)?;
                    if !smack::marathon::wait::gone(client, &rollback, wait)? {
                        return Err(Error::DeploymentTimeout {
                            app: plan.group.clone(),
                            deployment: rollback,
                            timeout: humantime::format_duration(wait.timeout).to_string(),
                            progress: Some("the rollback".into()),
                        });
                    }
                    Ok(format!(
                        "Marathon rolled the stack back to what it was before this apply (deployment {rollback})"
                    ))
                },
            ));
        }
        other => other.map_err(&interrupted)?,
    };
    let (summary, reports) = match outcome {
        Outcome::Deployed(reports) => {
            ui.line(format!(
                "Applied stack [{}]: {} member(s) deployed, {} unchanged",
                stack.name,
                reports
                    .iter()
                    .filter(|r| r.state == apply::State::Deployed)
                    .count(),
                reports
                    .iter()
                    .filter(|r| r.state == apply::State::Unchanged)
                    .count(),
            ));
            return Ok(exit::OK);
        }
        Outcome::Failed(reports) => {
            let failed: Vec<&str> = reports
                .iter()
                .filter(|r| matches!(r.state, apply::State::Failed(_)))
                .map(|r| r.key.as_str())
                .collect();
            (
                format!("failed: member [{}] did not deploy", failed.join("], [")),
                reports,
            )
        }
        Outcome::Stuck(reports) => (
            format!(
                "did not finish deploying within {}",
                humantime::format_duration(args.wait.timeout)
            ),
            reports,
        ),
    };
    let mut rolled_back = false;
    let mut summary = summary;
    if args.atomic {
        ui.note(format!(
            "Rolling stack [{}] back to what it was before this apply",
            stack.name
        ));
        let rollback = client.rollback(&deployment).map_err(&lost)?;
        if smack::marathon::wait::gone(client, &rollback, wait).map_err(&interrupted)? {
            rolled_back = true;
            summary.push_str(&format!("; rolled back (deployment {rollback})"));
        } else {
            summary.push_str(&format!(
                "; the rollback (deployment {rollback}) did not finish within {} either",
                humantime::format_duration(args.wait.timeout)
            ));
        }
    }
    Err(Error::StackDeployment {
        stack: stack.name.clone(),
        summary,
        report: reports.iter().map(apply::MemberReport::line).collect(),
        deployment: (!rolled_back).then_some(deployment),
        rolled_back,
    })
}
