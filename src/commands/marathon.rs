//! What the Marathon commands share: reaching Marathon (or the embedded sandbox) and following
//! a deployment with a progress bar.

use std::path::PathBuf;
use std::time::Instant;

use smack::error::{Error, Result};
use smack::http::Settings;
use smack::marathon::rules::Profile;
use smack::marathon::wait::{self, Goal, Progress, Wait};
use smack::marathon::{Client, Target, base_url};
use smack::sandbox::{self, Sandbox};

use super::context::{Context, Origin};
use crate::cli::WaitArgs;
use crate::ui::Ui;

/// A client, and the embedded sandbox behind it when no Marathon is configured. The sandbox
/// serves until this is dropped.
pub struct Connection {
    pub client: Client,
    _embedded: Option<sandbox::Running>,
}

impl Connection {
    /// The Marathon apps are checked against: the one smack talks to (its `/v2/info`), with
    /// what the settings give.
    pub fn profile(&self, ctx: &Context) -> Result<Profile> {
        let info = self.client.info()?;
        ctx.server_profile(&info, self.client.url())
    }
}

/// Where the embedded sandbox keeps its state and lock.
pub fn embedded_dir() -> Result<PathBuf> {
    let dirs = directories::ProjectDirs::from("", "", "smack").ok_or_else(|| {
        Error::Usage(
            "cannot find a home directory for the local sandbox; set HOME or use --marathon".into(),
        )
    })?;
    Ok(dirs.data_dir().join("sandbox"))
}

/// Connects to the configured Marathon, or starts the embedded sandbox on a loopback port.
pub fn connect(ctx: &Context) -> Result<Connection> {
    let ui = ctx.ui;
    let configured = match ctx.marathon_url() {
        Some((url, dcos)) => Some(base_url(&url, dcos)?),
        None => None,
    };
    let settings = ctx.http()?;
    let token = token(ctx)?;
    let Some(url) = configured else {
        return embedded(ctx, settings);
    };
    if settings.insecure {
        ui.note("warning: TLS certificates are not checked (--insecure or marathon.insecure)");
    }
    let target = Target {
        url,
        token,
        http: settings,
    };
    Ok(Connection {
        client: Client::new(target)?,
        _embedded: None,
    })
}

/// The auth token: `--token-file`, else `SMACK_TOKEN`, else `SMACK_TOKEN_FILE`, else the config
/// file's `marathon.token_file`.
fn token(ctx: &Context) -> Result<Option<String>> {
    let (file, origin) = ctx.setting("marathon.token_file");
    let from_env = std::env::var("SMACK_TOKEN")
        .ok()
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty());
    if origin != Origin::Flag
        && let Some(token) = from_env
    {
        return Ok(Some(token));
    }
    let Some(path) = file.map(PathBuf::from) else {
        return Ok(None);
    };
    let text = std::fs::read_to_string(&path)
        .map_err(|e| Error::io(format!("reading token file {}", path.display()), e))?;
    Ok(Some(text.trim().to_string()))
}

fn embedded(ctx: &Context, settings: Settings) -> Result<Connection> {
    let ui = ctx.ui;
    let dir = embedded_dir()?;
    std::fs::create_dir_all(&dir)
        .map_err(|e| Error::io(format!("creating {}", dir.display()), e))?;
    let deploy = ctx.deploy_time()?;
    // Every request locks the state for itself only: `smack list` answers while an install
    // follows its deployment, and no command overwrites another's changes.
    let config = sandbox::Config {
        deploy,
        profile: ctx.profile()?,
        state_file: Some(dir.join("state.json")),
        lock_file: Some(dir.join("lock")),
        ..sandbox::Config::default()
    };
    let running = Sandbox::bind("127.0.0.1:0", config)?.spawn(2);
    ui.note(
        "note: no Marathon configured, so smack uses its local sandbox \
         (target a cluster with --marathon URL, --dcos-url URL or SMACK_MARATHON_URL)",
    );
    let mut target = Target::new(running.url());
    target.http.trace = settings.trace;
    let client = Client::new(target)?;
    Ok(Connection {
        client,
        _embedded: Some(running),
    })
}

/// Whether to follow the deployment: `--wait`, `--no-wait`, else only in a terminal.
pub fn should_wait(args: &WaitArgs, ui: &Ui) -> bool {
    if args.wait {
        true
    } else if args.no_wait {
        false
    } else {
        ui.interactive()
    }
}

/// Follows a deployment Marathon accepted; losing Marathon on the way says that the change
/// stands and how to follow it.
pub fn follow(
    ui: &Ui,
    client: &Client,
    app: &str,
    deployment: &str,
    goal: Goal,
    args: &WaitArgs,
) -> Result<Progress> {
    follow_deployment(ui, client, app, deployment, goal, args).map_err(lost(
        format!("Marathon accepted the change to app [{app}] (deployment {deployment})"),
        app,
    ))
}

/// Turns losing Marathon while following a change it accepted (`done`) into
/// [`Error::FollowLost`], which says the change stands; other errors pass through.
pub fn lost(done: String, app: &str) -> impl Fn(Error) -> Error {
    let app = app.to_string();
    move |e| match e {
        Error::Unreachable { .. } | Error::Timeout { .. } => Error::FollowLost {
            done: done.clone(),
            app: app.clone(),
            reason: e.to_string(),
        },
        other => other,
    }
}

/// Follows a deployment with a progress bar on stderr (in a terminal) until it is done.
fn follow_deployment(
    ui: &Ui,
    client: &Client,
    app: &str,
    deployment: &str,
    goal: Goal,
    args: &WaitArgs,
) -> Result<Progress> {
    let started = Instant::now();
    let bar = ui.spinner(&format!("deploying {app}"));
    if !bar.is_hidden() && goal == Goal::Running {
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} {elapsed:>4} [{bar:20}] {pos}/{len} running  {wide_msg}",
            )
            .expect("the template is valid")
            .progress_chars("=> "),
        );
    }
    let mut on_progress = |p: &Progress| {
        bar.set_length(p.instances);
        bar.set_position(p.running);
        let mut parts = vec![p.step()];
        if p.health_checked {
            parts.push(format!("{} healthy", p.healthy));
        }
        if p.staged > 0 {
            parts.push(format!("{} staged", p.staged));
        }
        parts.retain(|s| !s.is_empty());
        bar.set_message(smack::text::escape_controls(&parts.join(" · "), false).into_owned());
    };
    let result = wait::deployment(
        client,
        app,
        deployment,
        goal,
        Wait {
            timeout: args.timeout,
            ..Wait::default()
        },
        &mut on_progress,
    );
    bar.finish_and_clear();
    let progress = result?;
    let took = format!("{:.1}s", started.elapsed().as_secs_f64());
    match goal {
        Goal::Running => ui.note(format!("deployed {app} in {took}: {}", progress.summary())),
        Goal::Removed => ui.note(format!("removed {app} in {took}")),
    }
    Ok(progress)
}
