//! `smack sandbox`: serve the Marathon stand-in; reset the embedded one.

use smack::error::{Error, Result, exit};
use smack::marathon::rules::{Profile, Version};
use smack::sandbox::{self, Sandbox};

use smack::ops::connect::embedded_dir;
use smack::settings::Given;

use crate::cli::{SandboxCommand, ServeArgs};
use crate::ui::Ui;

pub fn run(cmd: SandboxCommand, given: &Given, ui: &Ui) -> Result<i32> {
    match cmd {
        SandboxCommand::Serve(args) => {
            // The Marathon line the sandbox answers as: `--marathon-version`, else
            // `SMACK_MARATHON_VERSION`.
            super::context::check_utf8()?;
            let key = smack::config::key("marathon.version")?;
            let version = match &given.marathon_version {
                Some(v) => Some(v.clone()),
                None => match super::context::env_var(key.env).filter(|v| !v.is_empty()) {
                    Some(v) => {
                        smack::config::check_env_value(key, &v)?;
                        Some(v)
                    }
                    None => None,
                },
            };
            serve(args, version.as_deref(), ui)
        }
        SandboxCommand::Reset => reset(ui),
    }
}

/// The Marathon the sandbox answers as: DC/OS 2.2's Marathon 1.11, changed by the flags.
fn profile(args: &ServeArgs, marathon_version: Option<&str>) -> Result<Profile> {
    let mut profile = Profile::dcos();
    if let Some(v) = marathon_version {
        profile.version = Version::parse(v).map_err(Error::Usage)?;
    }
    if let Some(role) = &args.mesos_role {
        profile.mesos_role = role.clone();
    }
    if let Some(list) = &args.enable_features {
        profile.features = Profile::parse_features(list);
    }
    if let Some(list) = &args.deprecated_features {
        profile.deprecated_features = Profile::parse_features(list);
    }
    Ok(profile)
}

fn serve(args: ServeArgs, marathon_version: Option<&str>, ui: &Ui) -> Result<i32> {
    let deploy = smack::config::deploy_seconds(args.deploy_seconds)
        .map_err(|e| Error::Usage(format!("--deploy-seconds {}: {e}", args.deploy_seconds)))?;
    let profile = profile(&args, marathon_version)?;
    let answering = format!(
        "answering as Marathon {}, --mesos_role {}",
        profile.version, profile.mesos_role
    );
    let token = match &args.token_file {
        Some(file) => Some(smack::fsutil::read_token_file(file)?),
        None => args
            .token
            .clone()
            .or_else(|| super::context::env_var("SMACK_SANDBOX_TOKEN").filter(|t| !t.is_empty())),
    };
    let protected = token.is_some();
    let config = sandbox::Config {
        trace: ui.trace_as("<"),
        profile,
        token,
        deploy,
        state_file: args.state,
        lock_file: None,
        fail_first: args.fail_first,
    };
    let sandbox = Sandbox::bind(&args.listen, config)?;
    ui.line(format!("listening on {}", sandbox.url()));
    if !sandbox.loopback() {
        ui.warning(format!(
            "{} is reachable from other machines, and whoever reaches it can install and remove \
             apps{}",
            sandbox.url(),
            if protected {
                "; requests need the token"
            } else {
                " with no token: set one with SMACK_SANDBOX_TOKEN or --token-file, or listen on \
                 127.0.0.1"
            }
        ));
    }
    ui.note(answering);
    let _watch = crate::interrupt::watch();
    sandbox.run(&crate::interrupt::interrupted)?;
    ui.note("stopped: the requests in flight were answered");
    Ok(crate::interrupt::EXIT)
}

fn reset(ui: &Ui) -> Result<i32> {
    let dir = embedded_dir()?;
    let state = dir.join("state.json");
    // The lock every request of the local sandbox takes: a command in flight finishes its
    // request first, and its next one sees the empty state.
    let _held = if dir.is_dir() {
        Some(sandbox::lock_file(&dir.join("lock"))?)
    } else {
        None
    };
    match std::fs::remove_file(&state) {
        Ok(()) => ui.note(format!("removed {}", state.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            ui.note("the local sandbox is already empty")
        }
        Err(e) => return Err(Error::io(format!("removing {}", state.display()), e)),
    }
    Ok(exit::OK)
}
