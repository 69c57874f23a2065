//! `smack render`: the app JSON on stdout and nothing else.

use smack::error::{Result, exit};
use smack::pipeline::Pipeline;

use super::context::Context;
use super::{Ask, checks, prepare, print_app};
use crate::cli::RenderArgs;

pub fn run(args: RenderArgs, ctx: &Context) -> Result<i32> {
    let catalog = ctx.catalog()?;
    let mut pipeline = Pipeline::new(ctx.profile()?);
    let prepared = prepare(
        &catalog,
        &mut pipeline,
        &args,
        ctx.ui,
        Ask::Never,
        checks(&args.checks),
    )?;
    print_app(ctx.ui, &prepared.rendered.app, args.compact);
    Ok(exit::OK)
}
