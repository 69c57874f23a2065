//! `smack stack render`.

use serde_json::{Value, json};
use smack::error::{Result, exit};
use smack::pipeline::Pipeline;
use smack::stack;

use super::context::Context;
use crate::cli::{Output, StackCommand, StackRenderArgs};

pub fn run(cmd: StackCommand, ctx: &Context) -> Result<i32> {
    match cmd {
        StackCommand::Render(args) => render(args, ctx),
    }
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
