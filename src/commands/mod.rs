//! One module per command: parse what clap gave, call the library, print.

mod catalog;
mod lint;
mod render;

use smack::catalog::Catalog;
use smack::error::Result;

use crate::cli::{Cli, Command, Global};
use crate::ui::Ui;

/// Runs a command; `Ok` carries the exit code.
pub fn run(cli: Cli, ui: &Ui) -> Result<i32> {
    match cli.command {
        Command::Catalog(cmd) => catalog::run(cmd, &cli.global, ui),
        Command::Render(args) => render::run(args, &cli.global, ui),
        Command::Lint(args) => lint::run(args, &cli.global, ui),
    }
}

/// Opens the catalogs named on the command line (or the built-in one), printing warnings.
pub fn open_catalog(global: &Global, ui: &Ui) -> Result<Catalog> {
    let mut warnings = Vec::new();
    let catalog = Catalog::open(&global.catalogs, &mut warnings);
    ui.warnings(&warnings);
    catalog
}
