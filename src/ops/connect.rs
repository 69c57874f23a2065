//! Reaching Marathon: the configured one, or the embedded sandbox on a loopback port when none
//! is configured. Every face connects here, so every network path starts from one client.

use std::path::PathBuf;

use crate::error::{Error, Result};
use crate::http::Trace;
use crate::marathon::rules::Profile;
use crate::marathon::{Client, Target, base_url};
use crate::sandbox::{self, Sandbox};
use crate::settings::{ProfileOverrides, Settings, Token};

/// A client, and the embedded sandbox behind it when no Marathon is configured. The sandbox
/// serves until this is dropped.
pub struct Connection {
    pub client: Client,
    overrides: ProfileOverrides,
    /// What the face should tell the user about this connection (the sandbox in use, TLS
    /// checks off).
    pub notes: Vec<String>,
    embedded: Option<sandbox::Running>,
}

impl Connection {
    /// The Marathon apps are checked against: the one smack talks to (its `/v2/info`), with
    /// what the settings give.
    pub fn profile(&self) -> Result<Profile> {
        let info = self.client.info()?;
        self.overrides.online(&info, self.client.url())
    }

    /// Whether this is the embedded sandbox.
    pub fn is_embedded(&self) -> bool {
        self.embedded.is_some()
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
/// `trace` (a face's) hears every request.
pub fn connect(settings: &Settings, trace: Option<Trace>) -> Result<Connection> {
    let http = settings.http(trace);
    let Some(marathon) = &settings.marathon else {
        return embedded(settings, http.trace);
    };
    let url = base_url(&marathon.url, marathon.dcos)?;
    let token = token(&settings.token)?;
    let mut notes = Vec::new();
    if http.insecure {
        notes.push(
            "warning: TLS certificates are not checked (--insecure or marathon.insecure)".into(),
        );
    }
    let basic = match &settings.http_credentials_file {
        Some(path) => Some(crate::fsutil::read_credentials_file(path)?),
        None => None,
    };
    // A kept cluster's credentials, unless a flag or a variable gives others.
    let mut target = Target {
        url,
        token,
        basic,
        renew: None,
        relogin: None,
        http,
    };
    if let Some(in_force) = &settings.cluster {
        let access = super::cluster::access(&in_force.store, &in_force.cluster, &target.http)?;
        if target.token.is_none() && target.basic.is_none() {
            target.token = access.token;
            target.basic = access.basic;
            target.renew = access.renew;
        }
        target.relogin = access.relogin;
    }
    Ok(Connection {
        client: Client::new(target)?,
        overrides: settings.profile.clone(),
        notes,
        embedded: None,
    })
}

/// The auth token the settings name, read from its file when it is in one.
fn token(token: &Token) -> Result<Option<String>> {
    match token {
        Token::None => Ok(None),
        Token::Text(text) => Ok(Some(text.clone())),
        // The one reader of token files (smack serve's too).
        Token::File(path) => crate::fsutil::read_token_file(path).map(Some),
    }
}

fn embedded(settings: &Settings, trace: Option<Trace>) -> Result<Connection> {
    let dir = embedded_dir()?;
    std::fs::create_dir_all(&dir)
        .map_err(|e| Error::io(format!("creating {}", dir.display()), e))?;
    // Every request locks the state for itself only: `smack list` answers while an install
    // follows its deployment, and no command overwrites another's changes.
    let config = sandbox::Config {
        deploy: settings.deploy,
        profile: settings.profile.offline(),
        state_file: Some(dir.join("state.json")),
        lock_file: Some(dir.join("lock")),
        ..sandbox::Config::default()
    };
    let running = Sandbox::bind("127.0.0.1:0", config)?.spawn()?;
    let mut target = Target::new(running.url());
    target.http.trace = trace;
    let client = Client::new(target)?;
    Ok(Connection {
        client,
        overrides: settings.profile.clone(),
        notes: vec![
            "note: no Marathon configured, so smack uses its local sandbox \
             (target a cluster with `smack cluster add NAME URL`, --cluster NAME, --marathon URL \
             or --dcos-url URL)"
                .into(),
        ],
        embedded: Some(running),
    })
}
