//! The `smack` binary: parse the command line, run the command, turn errors into messages and
//! documented exit codes.

mod cli;
mod commands;
mod ui;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    let ui = ui::Ui::new(cli.global.quiet);
    let code = match commands::run(cli, &ui) {
        Ok(code) => code,
        Err(error) => ui.error(&error),
    };
    ExitCode::from(u8::try_from(code).unwrap_or(1))
}
