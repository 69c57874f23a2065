//! `smack sandbox`: serve the Marathon stand-in; reset the embedded one.

use smack::error::{Error, Result, exit};
use smack::marathon::rules::{Profile, Version};
use smack::sandbox::{self, Sandbox};
use std::time::Duration;

use smack::ops::connect::embedded_dir;
use smack::settings::Given;

use crate::cli::{SandboxCommand, ServeArgs};
use crate::ui::Ui;

pub fn run(cmd: SandboxCommand, given: &Given, ui: &Ui) -> Result<i32> {
    match cmd {
        SandboxCommand::Serve(args) => {
            let args = *args;
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
            // `--cluster` names the cluster a command talks to; the sandbox talks to none, so
            // for it the flag is the FILE of the cluster it models.
            let model = given.cluster.as_ref().map(std::path::PathBuf::from);
            serve(args, model, version.as_deref(), ui)
        }
        SandboxCommand::Reset => reset(ui),
        SandboxCommand::Status(_) => unreachable!("needs the configuration: status()"),
    }
}

/// `smack sandbox status`: the agents of the Mesos master beside Marathon (the sandbox's
/// model, or a DC/OS cluster's), with what their tasks use.
pub fn status(args: crate::cli::SandboxStatusArgs, ctx: &super::context::Context) -> Result<i32> {
    let connection = ctx.connect()?;
    let summary = connection.client.state_summary()?;
    let agents = summary
        .get("slaves")
        .and_then(serde_json::Value::as_array)
        .cloned()
        .unwrap_or_default();
    if ctx.output(&args.output) == crate::cli::Output::Json {
        ctx.ui.json(&serde_json::Value::Array(agents));
        return Ok(exit::OK);
    }
    let num = |a: &serde_json::Value, p: &str| {
        a.pointer(p)
            .and_then(serde_json::Value::as_f64)
            .unwrap_or(0.0)
    };
    let rows: Vec<Vec<String>> = agents
        .iter()
        .map(|a| {
            let text = |k: &str| {
                a.get(k)
                    .and_then(serde_json::Value::as_str)
                    .unwrap_or("")
                    .to_string()
            };
            let mut roles: Vec<String> = a
                .get("reserved_resources")
                .and_then(serde_json::Value::as_object)
                .map(|r| r.keys().cloned().collect())
                .unwrap_or_default();
            if num(a, "/unreserved_resources/cpus") > 0.0 || roles.is_empty() {
                roles.insert(0, "*".into());
            }
            let attributes: Vec<String> = a
                .get("attributes")
                .and_then(serde_json::Value::as_object)
                .map(|m| {
                    m.iter()
                        .map(|(k, v)| match v {
                            serde_json::Value::String(s) => format!("{k}:{s}"),
                            other => format!("{k}:{other}"),
                        })
                        .collect()
                })
                .unwrap_or_default();
            vec![
                text("hostname"),
                roles.join(","),
                format!(
                    "{}/{}",
                    num(a, "/used_resources/cpus"),
                    num(a, "/resources/cpus")
                ),
                format!(
                    "{}/{}",
                    num(a, "/used_resources/mem"),
                    num(a, "/resources/mem")
                ),
                format!(
                    "{}/{}",
                    num(a, "/used_resources/disk"),
                    num(a, "/resources/disk")
                ),
                format!(
                    "{} running, {} staging",
                    num(a, "/TASK_RUNNING"),
                    num(a, "/TASK_STAGING")
                ),
                attributes.join(" "),
            ]
        })
        .collect();
    ctx.ui.out(&crate::ui::table(
        &[
            "AGENT",
            "ROLES",
            "CPUS",
            "MEM",
            "DISK",
            "TASKS",
            "ATTRIBUTES",
        ],
        &rows,
        ctx.ui.width(),
    ));
    Ok(exit::OK)
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

fn serve(
    args: ServeArgs,
    model: Option<std::path::PathBuf>,
    marathon_version: Option<&str>,
    ui: &Ui,
) -> Result<i32> {
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
    let http_credentials = match (&args.http_credentials_file, &args.http_credentials) {
        (Some(file), _) => Some(smack::fsutil::read_credentials_file(file)?),
        (None, Some(text)) => Some(text.clone()),
        (None, None) => {
            super::context::env_var("MESOSPHERE_HTTP_CREDENTIALS").filter(|t| !t.is_empty())
        }
    };
    if let Some(c) = &http_credentials
        && !c
            .rsplit_once(':')
            .is_some_and(|(u, p)| !u.is_empty() && !p.is_empty())
    {
        return Err(Error::Usage(
            "the HTTP credentials must be specified in the form of 'user:password'".into(),
        ));
    }
    if token.is_some() && http_credentials.is_some() {
        return Err(Error::Usage(
            "give either a DC/OS token (--token, --token-file) or Marathon's HTTP credentials \
             (--http-credentials, --http-credentials-file), not both: a request carries one \
             Authorization header"
                .into(),
        ));
    }
    if args.iam.is_some() && (token.is_some() || http_credentials.is_some()) {
        return Err(Error::Usage(
            "--iam logs users in and checks their tokens itself: not with --token or the HTTP \
             credentials"
                .into(),
        ));
    }
    let iam = match &args.iam {
        Some(file) => {
            let iam = sandbox::iam::Iam::read(
                file,
                args.token_lifetime
                    .unwrap_or(Duration::from_secs(5 * 24 * 3600)),
            )?;
            // With a state file, the IAM's key is kept beside it (0600): the tokens it gave
            // outlive a restart, as a cluster's do.
            let iam = match &args.state {
                Some(state) => iam.with_secret(&kept_secret(state)?)?,
                None => iam,
            };
            Some(std::sync::Arc::new(iam))
        }
        None => None,
    };
    let tls = if args.tls {
        let host = args
            .listen
            .rsplit_once(':')
            .map(|(h, _)| h.trim_matches(|c| c == '[' || c == ']'))
            .unwrap_or("");
        Some(std::sync::Arc::new(sandbox::tls::Tls::generate(host)?))
    } else {
        None
    };
    let protected = token.is_some() || http_credentials.is_some() || iam.is_some();
    let cluster = match &model {
        Some(file) => sandbox::placement::Cluster::read(file).map_err(Error::Usage)?,
        None => sandbox::placement::Cluster::dcos(),
    };
    let modelling = format!(
        "modelling {} agents: {}",
        cluster.agents.len(),
        cluster.source
    );
    let config = sandbox::Config {
        cluster: std::sync::Arc::new(cluster),
        trace: ui.trace_as("<"),
        profile,
        token,
        http_credentials,
        deploy,
        state_file: args.state,
        lock_file: None,
        fail_first: args.fail_first,
        iam,
        tls,
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
    ui.note(modelling);
    let _watch = crate::interrupt::watch();
    sandbox.run(&crate::interrupt::interrupted)?;
    ui.note("stopped: the requests in flight were answered");
    Ok(crate::interrupt::EXIT)
}

/// The IAM's signing secret kept beside a state file (`STATE.iam-key`), made on first use.
fn kept_secret(state: &std::path::Path) -> Result<Vec<u8>> {
    let mut name = state.as_os_str().to_owned();
    name.push(".iam-key");
    let path = std::path::PathBuf::from(name);
    match smack::fsutil::read_bounded(&path, 1024) {
        Ok(bytes) if bytes.len() >= 32 => Ok(bytes),
        Ok(_) => Err(Error::Usage(format!(
            "the IAM key {} is too short; remove it to make a new one",
            path.display()
        ))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let secret = sandbox::iam::new_secret();
            smack::fsutil::write_atomic(&path, &secret)?;
            Ok(secret)
        }
        Err(e) => Err(Error::io(format!("reading {}", path.display()), e)),
    }
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
