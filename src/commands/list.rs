//! `smack list`: installed packages, from the labels of Marathon's apps.

use serde_json::json;
use smack::error::{Result, exit};
use smack::marathon::installed;

use super::context::Context;
use crate::cli::{ListArgs, Output};
use crate::ui::table;

pub fn run(args: ListArgs, ctx: &Context) -> Result<i32> {
    let ui = ctx.ui;
    let connection = ctx.connect()?;
    let found = installed::matching(
        &connection.client,
        args.package.as_deref(),
        args.app_id.as_deref(),
    )?;
    if ctx.output(&args.output) == Output::Json {
        let items: Vec<_> = found
            .iter()
            .map(|i| {
                json!({
                    "name": i.name,
                    "version": i.version,
                    "appId": i.app_id,
                    "status": i.status(),
                    "instances": i.instances,
                    "tasksRunning": i.running,
                    "tasksHealthy": i.healthy,
                    "tasksStaged": i.staged,
                    "deployments": i.deployments,
                    "source": i.source,
                    "stack": i.stack,
                })
            })
            .collect();
        ui.json(&items);
        return Ok(exit::OK);
    }
    if found.is_empty() {
        ui.note(match &args.package {
            Some(p) => format!("Package [{p}] is not installed."),
            None => "No packages installed. Install one with `smack install PKG`.".into(),
        });
        return Ok(exit::NOTHING);
    }
    // A STACK column when any app belongs to a stack.
    let stacks = found.iter().any(|i| i.stack.is_some());
    let rows: Vec<Vec<String>> = found
        .iter()
        .map(|i| {
            let mut row = vec![
                i.name.clone(),
                i.version.clone(),
                i.app_id.clone(),
                i.status().to_string(),
                format!("{}/{}", i.running, i.instances),
            ];
            if stacks {
                row.insert(3, i.stack.clone().unwrap_or_else(|| "-".into()));
            }
            row
        })
        .collect();
    let headers: &[&str] = if stacks {
        &["NAME", "VERSION", "APP", "STACK", "STATUS", "TASKS"]
    } else {
        &["NAME", "VERSION", "APP", "STATUS", "TASKS"]
    };
    ui.out(&table(headers, &rows, ui.width()));
    Ok(exit::OK)
}
