//! One module per command: parse what clap gave, call the library's operations, print.
//! `package` holds what the package commands share (resolving, the user's options, the
//! terminal's answers), `marathon` how the Marathon commands follow a deployment.

mod catalog;
mod cluster;
mod completion;
mod config;
pub mod context;
mod history;
mod install;
mod lint;
mod list;
pub mod marathon;
mod package;
mod render;
mod repo;
mod sandbox;
mod stack;
mod status;
mod uninstall;
mod upgrade;

use smack::error::Result;
use smack::pipeline::Checks;

use crate::cli::{ChecksArgs, Cli, Command};
use crate::ui::Ui;
use context::Context;

/// Runs a command; `Ok` carries the exit code.
pub fn run(cli: Cli, ui: &Ui) -> Result<i32> {
    let given = cli.given();
    // Commands that need no configuration.
    match cli.command {
        Command::Sandbox(crate::cli::SandboxCommand::Status(args)) => {
            let ctx = Context::new(&given, ui)?;
            return sandbox::status(args, &ctx);
        }
        Command::Sandbox(cmd) => return sandbox::run(cmd, &given, ui),
        Command::Completion(args) => return completion::script(args, ui),
        Command::Man => return completion::man(ui),
        Command::Config(cmd) => return config::run(cmd, &given, ui),
        Command::Cluster(cmd) => return cluster::run(cmd, &given, ui),
        Command::Login(args) => return cluster::login(args, &given, ui),
        _ => {}
    }
    let ctx = Context::new(&given, ui)?;
    match cli.command {
        Command::Catalog(cmd) => catalog::run(cmd, &ctx),
        Command::Render(args) => render::run(args, &ctx),
        Command::Lint(args) => lint::run(args, &ctx),
        Command::Install(args) => install::run(args, &ctx),
        Command::List(args) => list::run(args, &ctx),
        Command::Upgrade(args) => upgrade::run(args, &ctx),
        Command::Uninstall(args) => uninstall::run(args, &ctx),
        Command::Status(args) => status::run(args, &ctx),
        Command::History(args) => history::history(args, &ctx),
        Command::Rollback(args) => history::rollback(args, &ctx),
        Command::Restart(args) => history::restart(args, &ctx),
        Command::Get(cmd) => history::get(cmd, &ctx),
        Command::Repo(cmd) => repo::run(cmd, &ctx),
        Command::Stack(cmd) => stack::run(cmd, &ctx),
        Command::Ui(args) => crate::web::serve(
            &ctx.settings,
            ui,
            &crate::web::Options {
                listen: args.listen,
                open: args.open,
                remote_icons: !args.no_remote_icons,
                private_icons: args.allow_private_icons,
            },
        ),
        Command::Serve(args) => crate::cosmos::serve(
            &ctx.settings,
            ui,
            &crate::cosmos::Options {
                listen: args.listen,
                client_token: match &args.client_token_file {
                    Some(file) => Some(smack::fsutil::read_token_file(file)?),
                    None => context::env_var("SMACK_SERVE_TOKEN")
                        .map(|t| t.trim().to_string())
                        .filter(|t| !t.is_empty()),
                },
                allow_repository_changes: args.allow_repository_changes,
                allow_private_repositories: args.allow_private_repositories,
            },
        ),
        Command::Sandbox(_)
        | Command::Completion(_)
        | Command::Man
        | Command::Config(_)
        | Command::Cluster(_)
        | Command::Login(_) => {
            unreachable!("handled above")
        }
    }
}

/// The checks the flags ask for.
pub fn checks(args: &ChecksArgs) -> Checks {
    if args.no_validate {
        Checks::Off
    } else if args.strict {
        Checks::Strict
    } else {
        Checks::Normal
    }
}
