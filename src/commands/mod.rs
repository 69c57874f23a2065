//! One module per command: parse what clap gave, call the library, print.

mod catalog;
mod completion;
mod config;
pub mod context;
mod install;
mod lint;
mod list;
mod marathon;
mod render;
mod repo;
mod sandbox;
mod status;
mod uninstall;
mod upgrade;

use smack::catalog::{Catalog, Package};
use smack::error::Result;

use crate::cli::{Cli, Command};
use crate::ui::Ui;
use context::Context;

/// Runs a command; `Ok` carries the exit code.
pub fn run(cli: Cli, ui: &Ui) -> Result<i32> {
    // Commands that need no configuration.
    match cli.command {
        Command::Sandbox(cmd) => return sandbox::run(cmd, ui),
        Command::Completion(args) => return completion::script(args, ui),
        Command::Man => return completion::man(ui),
        Command::Config(cmd) => return config::run(cmd, &cli.global, ui),
        _ => {}
    }
    let ctx = Context::new(&cli.global, ui)?;
    match cli.command {
        Command::Catalog(cmd) => catalog::run(cmd, &ctx),
        Command::Render(args) => render::run(args, &ctx),
        Command::Lint(args) => lint::run(args, &ctx),
        Command::Install(args) => install::run(args, &ctx),
        Command::List(args) => list::run(args, &ctx),
        Command::Upgrade(args) => upgrade::run(args, &ctx),
        Command::Uninstall(args) => uninstall::run(args, &ctx),
        Command::Status(args) => status::run(args, &ctx),
        Command::Repo(cmd) => repo::run(cmd, &ctx),
        Command::Sandbox(_) | Command::Completion(_) | Command::Man | Command::Config(_) => {
            unreachable!("handled above")
        }
    }
}

/// Resolves a package (the newest, or `version`) in the catalogs, printing warnings.
pub fn resolve_package(
    catalog: &Catalog,
    name: &str,
    version: Option<&str>,
    ui: &Ui,
) -> Result<Package> {
    let mut warnings = Vec::new();
    let package = catalog.resolve(name, version, &mut warnings);
    ui.warnings(&warnings);
    package
}
