//! `smack render` (and `catalog describe --render`): the app JSON of a package, checked against
//! the configured (or default) Marathon, on stdout and nothing else.

use serde_json::{Map, Value};
use smack::error::{Result, exit};
use smack::pipeline::{Against, Pipeline};

use super::context::Context;
use super::package::{Ask, prepare};
use crate::cli::RenderArgs;
use crate::ui::Ui;

pub fn run(args: RenderArgs, ctx: &Context) -> Result<i32> {
    let profile = ctx.profile();
    let prepared = prepare(
        ctx.catalog()?,
        &mut Pipeline::new(),
        &args,
        ctx.ui,
        Ask::Never,
        Some(Against::new(&profile, super::checks(&args.checks))),
    )?;
    print_app(ctx.ui, &prepared.rendered.app, args.compact);
    Ok(exit::OK)
}

/// Prints an app as `render` does.
pub fn print_app(ui: &Ui, app: &Map<String, Value>, compact: bool) {
    if compact {
        ui.line(smack::jsontext::to_string(
            app,
            smack::jsontext::Escapes::Terminal,
        ));
    } else {
        ui.json(app);
    }
}
