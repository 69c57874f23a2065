//! `smack render`: the app JSON on stdout and nothing else.

use smack::error::Result;

use super::context::Context;
use crate::cli::RenderArgs;

pub fn run(args: RenderArgs, ctx: &Context) -> Result<i32> {
    super::render_app(&args, ctx)
}
