//! `smack sandbox`: serve the Marathon stand-in; reset the embedded one.

use std::time::Duration;

use smack::error::{Error, Result, exit};
use smack::sandbox::{self, Sandbox};

use super::marathon::embedded_dir;
use crate::cli::{SandboxCommand, ServeArgs};
use crate::ui::Ui;

pub fn run(cmd: SandboxCommand, ui: &Ui) -> Result<i32> {
    match cmd {
        SandboxCommand::Serve(args) => serve(args, ui),
        SandboxCommand::Reset => reset(ui),
    }
}

fn serve(args: ServeArgs, ui: &Ui) -> Result<i32> {
    if !args.deploy_seconds.is_finite() || args.deploy_seconds < 0.0 {
        return Err(Error::Usage(
            "--deploy-seconds must be a number >= 0".into(),
        ));
    }
    let config = sandbox::Config {
        token: args.token,
        deploy: Duration::from_secs_f64(args.deploy_seconds),
        state_file: args.state,
        fail_first: args.fail_first,
    };
    let sandbox = Sandbox::bind(&args.listen, config)?;
    ui.line(format!("listening on {}", sandbox.url()));
    sandbox.run(4);
    Ok(exit::OK)
}

fn reset(ui: &Ui) -> Result<i32> {
    let state = embedded_dir()?.join("state.json");
    match std::fs::remove_file(&state) {
        Ok(()) => ui.note(format!("removed {}", state.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            ui.note("the local sandbox is already empty")
        }
        Err(e) => return Err(Error::io(format!("removing {}", state.display()), e)),
    }
    Ok(exit::OK)
}
