//! One module per command: parse what clap gave, call the library, print.

mod catalog;
mod install;
mod lint;
mod list;
mod marathon;
mod render;
mod sandbox;
mod status;
mod uninstall;
mod upgrade;

use smack::catalog::{Catalog, Package};
use smack::error::Result;

use crate::cli::{Cli, Command, Global};
use crate::ui::Ui;

/// Runs a command; `Ok` carries the exit code.
pub fn run(cli: Cli, ui: &Ui) -> Result<i32> {
    match cli.command {
        Command::Catalog(cmd) => catalog::run(cmd, &cli.global, ui),
        Command::Render(args) => render::run(args, &cli.global, ui),
        Command::Lint(args) => lint::run(args, &cli.global, ui),
        Command::Install(args) => install::run(args, &cli.global, ui),
        Command::List(args) => list::run(args, &cli.global, ui),
        Command::Upgrade(args) => upgrade::run(args, &cli.global, ui),
        Command::Uninstall(args) => uninstall::run(args, &cli.global, ui),
        Command::Status(args) => status::run(args, &cli.global, ui),
        Command::Sandbox(cmd) => sandbox::run(cmd, ui),
    }
}

/// Opens the catalogs named on the command line (or the built-in one), printing warnings.
pub fn open_catalog(global: &Global, ui: &Ui) -> Result<Catalog> {
    let mut warnings = Vec::new();
    let catalog = Catalog::open(&global.catalogs, &mut warnings);
    ui.warnings(&warnings);
    catalog
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
