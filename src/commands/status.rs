//! `smack status`: one installed app, its deployments and tasks.

use serde_json::{Value, json};
use smack::error::{Result, exit};
use smack::marathon::installed;
use smack::marathon::wait;

use super::context::Context;
use crate::cli::{Output, StatusArgs};

pub fn run(args: StatusArgs, ctx: &Context) -> Result<i32> {
    let ui = ctx.ui;
    let connection = ctx.connect()?;
    let client = &connection.client;
    let current = installed::by_target(client, &args.target)?;
    let deployments: Vec<_> = client
        .deployments()?
        .into_iter()
        .filter(|d| {
            current
                .deployments
                .iter()
                .any(|id| d.get("id").and_then(Value::as_str) == Some(id))
        })
        .collect();
    let failure = current.app.get("lastTaskFailure").cloned();
    // Why instances wait, as Marathon's queue says (a stuck deployment's usual cause).
    let waiting = if !deployments.is_empty() && current.running < current.instances {
        wait::waiting_for_offers(client, &current.app_id)?
    } else {
        None
    };
    if ctx.output(&args.output) == Output::Json {
        ui.json(&json!({
            "appId": current.app_id,
            "name": current.name,
            "version": current.version,
            "source": current.source,
            "status": current.status(),
            "instances": current.instances,
            "tasksStaged": current.staged,
            "tasksRunning": current.running,
            "tasksHealthy": current.healthy,
            "deployments": deployments,
            "lastTaskFailure": failure,
            "waiting": waiting,
        }));
        return Ok(exit::OK);
    }
    let mut lines = vec![
        format!("app         {}", current.app_id),
        format!(
            "package     {} {}{}",
            current.name,
            current.version,
            current
                .source
                .as_deref()
                .map(|s| format!(" (from {s})"))
                .unwrap_or_default()
        ),
        format!("status      {}", current.status()),
    ];
    let mut tasks = format!(
        "tasks       {}/{} running",
        current.running, current.instances
    );
    if current.health_checked {
        tasks.push_str(&format!(", {} healthy", current.healthy));
    }
    if current.staged > 0 {
        tasks.push_str(&format!(", {} staged", current.staged));
    }
    lines.push(tasks);
    for d in &deployments {
        let step = wait::step_of(d);
        lines.push(format!(
            "deployment  {} step {}/{} {}",
            d.get("id").and_then(Value::as_str).unwrap_or("?"),
            step.current_step,
            step.total_steps,
            step.actions.join(", ")
        ));
    }
    if let Some(w) = &waiting {
        lines.push(format!("waiting     {}", w.trim_start_matches("waiting ")));
    }
    if let Some(message) = failure
        .as_ref()
        .and_then(|f| f.get("message"))
        .and_then(Value::as_str)
    {
        lines.push(format!("last failure {message}"));
    }
    ui.line(lines.join("\n"));
    Ok(exit::OK)
}
