//! The `smack` binary: parse the command line, run the command, turn errors into messages and
//! documented exit codes.

mod cli;
mod commands;
mod complete;
mod cosmos;
mod interrupt;
mod ui;
mod web;

use std::process::ExitCode;

fn main() -> ExitCode {
    // `COMPLETE=bash smack` prints the registration script; the shell then calls smack back
    // with the words to complete. Without COMPLETE, this returns at once.
    clap_complete::CompleteEnv::with_factory(cli::Cli::tree).complete();
    let cli = cli::Cli::parse_args();
    interrupt::install();
    let ui = ui::Ui::new(cli.global.quiet, cli.global.verbose);
    let code = match commands::run(cli, &ui) {
        Ok(code) => code,
        Err(error) => ui.error(&error),
    };
    ExitCode::from(u8::try_from(code).unwrap_or(1))
}
