//! Named clusters: adding one (what it is, its CA trusted on first use, the login), logging in
//! again, listing, choosing and removing them, and the service account's renewal the Marathon
//! client calls when a token expires. The face asks (passwords, the CA, a pasted token) through
//! [`Asker`]; nothing here touches the terminal.

use std::path::{Path, PathBuf};

use crate::clusters::{Cluster, Credentials, Login, Store};
use crate::config::Config;
use crate::dcos::{self, Ca, Detected, Kind, Proof};
use crate::error::{Error, Result};
use crate::http::Http;

/// What the face asks the user, when it can.
pub trait Asker {
    /// Whether to trust a CA the cluster serves (its fingerprint shown). Without a terminal
    /// the face refuses (the fingerprint then comes with `--ca-fingerprint`).
    fn trust_ca(&mut self, url: &str, ca: &Ca) -> Result<bool>;
    /// A DC/OS user's password.
    fn password(&mut self, uid: &str, url: &str) -> Result<String>;
    /// A token the user gets by logging in with a browser at `login_url` and pastes.
    fn pasted_token(&mut self, login_url: &str) -> Result<String>;
    /// The uid to log in as, when none was given.
    fn username(&mut self, url: &str) -> Result<String>;
    /// Which of the cluster's login providers to use (an index into `providers`).
    fn choose(&mut self, url: &str, providers: &[dcos::Provider]) -> Result<usize>;
}

/// How to log in, as given on the command line (any may be missing).
#[derive(Debug, Clone, Default)]
pub struct LoginArgs {
    /// The login provider to use (`dcos-users`, `dcos-services`, `dcos-oidc-auth0`, …): one
    /// the cluster lists at `/acs/api/v1/auth/providers`.
    pub provider: Option<String>,
    /// A DC/OS uid: a user's, or a service account's with `private_key`.
    pub username: Option<String>,
    /// A file holding the user's password (first line; mode 0600 or 0400).
    pub password_file: Option<PathBuf>,
    /// The password from the environment (`SMACK_PASSWORD`). Never printed.
    pub password: Option<String>,
    /// A service account's PEM RSA private key (mode 0600 or 0400), kept where it is.
    pub private_key: Option<PathBuf>,
    /// A DC/OS token obtained elsewhere.
    pub token_file: Option<PathBuf>,
    /// Marathon's HTTP credentials (`user:password`).
    pub http_credentials_file: Option<PathBuf>,
}

impl LoginArgs {
    fn is_empty(&self) -> bool {
        self.provider.is_none()
            && self.username.is_none()
            && self.password_file.is_none()
            && self.private_key.is_none()
            && self.token_file.is_none()
            && self.http_credentials_file.is_none()
    }
}

/// What `cluster add` is given.
#[derive(Debug, Clone, Default)]
pub struct AddArgs {
    pub name: String,
    pub url: String,
    pub login: LoginArgs,
    pub ca_file: Option<PathBuf>,
    pub insecure: bool,
    /// The CA's SHA-256 fingerprint, to trust the CA the cluster serves without a terminal.
    pub ca_fingerprint: Option<String>,
    /// Replace a cluster of that name.
    pub replace: bool,
}

/// What `cluster add` did.
#[derive(Debug)]
pub enum Added {
    Added {
        cluster: Box<Cluster>,
        detected: Detected,
        /// It became the current cluster (there was none).
        made_current: bool,
        /// Said to the user: the scheme assumed, the CA trusted.
        notes: Vec<String>,
        /// The token's expiry, when it has one.
        expires: Option<u64>,
    },
    /// The user did not trust the cluster's CA: nothing was kept.
    Declined,
}

/// The URL as smack keeps it: a scheme (https when none, as the DC/OS CLI assumes), no
/// trailing slash, and no credentials: `user:password@` in it is returned apart, to be kept
/// with the cluster's secrets (Marathon's HTTP credentials), never in its file.
pub fn normalize_url(raw: &str, notes: &mut Vec<String>) -> Result<(String, Option<String>)> {
    let raw = raw.trim();
    let with_scheme = if raw.contains("://") {
        raw.to_string()
    } else {
        notes.push(format!(
            "no scheme in [{}]: assuming https://",
            crate::text::redact_credentials(&format!("https://{raw}"))
                .trim_start_matches("https://")
        ));
        format!("https://{raw}")
    };
    let url = crate::marathon::base_url(&with_scheme, false)?;
    let mut parsed =
        reqwest::Url::parse(&url).map_err(|e| Error::Usage(format!("bad cluster URL: {e}")))?;
    let userinfo = (!parsed.username().is_empty()).then(|| {
        let decode = |s: &str| {
            percent_encoding::percent_decode_str(s)
                .decode_utf8_lossy()
                .into_owned()
        };
        format!(
            "{}:{}",
            decode(parsed.username()),
            decode(parsed.password().unwrap_or(""))
        )
    });
    if userinfo.is_none() {
        return Ok((url, None));
    }
    let _ = parsed.set_username("");
    let _ = parsed.set_password(None);
    let stripped = parsed.as_str().trim_end_matches('/').to_string();
    notes.push("the URL's user:password is kept as the cluster's HTTP credentials".into());
    Ok((stripped, userinfo))
}

/// Whether an error is a TLS certificate the client does not trust.
fn untrusted_certificate(e: &Error) -> bool {
    matches!(e, Error::Unreachable { reason, .. } if {
        let r = reason.to_ascii_lowercase();
        r.contains("certificate") || r.contains("unknownissuer") || r.contains("unknown issuer")
    })
}

/// Adds a cluster: finds out what the URL is, trusts its CA (given, or served and confirmed),
/// logs in as the arguments say, checks that Marathon takes the credentials, and keeps it
/// all. Nothing is kept when any step fails.
pub fn add(
    config_path: &Path,
    http: &crate::http::Settings,
    args: &AddArgs,
    asker: &mut dyn Asker,
) -> Result<Added> {
    crate::clusters::check_name(&args.name)?;
    let store = Store::beside(config_path);
    if store.exists(&args.name) && !args.replace {
        return Err(Error::Usage(format!(
            "a cluster named [{}] exists already: `smack login {0}` logs in again, --replace \
             replaces it, `smack cluster remove {0}` removes it",
            args.name
        )));
    }
    let mut notes = Vec::new();
    let (url, userinfo) = normalize_url(&args.url, &mut notes)?;
    let mut settings = crate::http::Settings {
        ca_file: args.ca_file.clone(),
        insecure: args.insecure,
        ..http.clone()
    };
    let mut kept_ca = match &args.ca_file {
        Some(path) => Some(
            crate::fsutil::read_bounded(path, 1024 * 1024)
                .map_err(|e| Error::io(format!("reading the CA file {}", path.display()), e))?,
        ),
        None => None,
    };
    // A downloaded CA is tried from a file of its own until the cluster is kept.
    let mut trial_ca: Option<tempfile::NamedTempFile> = None;
    let detected = match dcos::detect(&Http::new(&settings, &url)?, &url) {
        Err(e)
            if untrusted_certificate(&e)
                && url.starts_with("https://")
                && args.ca_file.is_none()
                && !args.insecure =>
        {
            let ca = dcos::fetch_ca(&settings, &url)?;
            match &args.ca_fingerprint {
                Some(given) if !dcos::same_fingerprint(given, &ca.fingerprint) => {
                    return Err(Error::Usage(format!(
                        "the CA {url} serves has the SHA-256 fingerprint {}, not the one given \
                         with --ca-fingerprint: nothing was kept",
                        ca.fingerprint
                    )));
                }
                Some(_) => {}
                None => {
                    if !asker.trust_ca(&url, &ca)? {
                        return Ok(Added::Declined);
                    }
                }
            }
            let mut file = tempfile::NamedTempFile::new()
                .map_err(|e| Error::io("writing the cluster's CA".to_string(), e))?;
            std::io::Write::write_all(&mut file, &ca.pem)
                .map_err(|e| Error::io("writing the cluster's CA".to_string(), e))?;
            settings.ca_file = Some(file.path().to_path_buf());
            notes.push(format!(
                "trusting the cluster's CA ({}, SHA-256 {})",
                ca.subject, ca.fingerprint
            ));
            kept_ca = Some(ca.pem.clone());
            trial_ca = Some(file);
            dcos::detect(&Http::new(&settings, &url)?, &url)?
        }
        other => other?,
    };
    let http = Http::new(&settings, &url)?;
    // A URL's `user:password@` is Marathon's HTTP credentials, unless a login is given.
    let (login, credentials) = match userinfo {
        Some(userinfo) if args.login.is_empty() => (
            Login::HttpCredentials,
            Credentials {
                http_credentials: Some(userinfo),
                token: None,
            },
        ),
        _ => log_in(&http, &url, &detected, None, &args.login, asker)?,
    };
    let cluster = Cluster {
        name: args.name.clone(),
        url,
        kind: detected.kind,
        version: detected.version.clone(),
        login,
        insecure: args.insecure,
    };
    check(&settings, &cluster, &credentials)?;
    store.add(&cluster, &credentials, kept_ca.as_deref())?;
    drop(trial_ca);
    let made_current = Config::update(config_path, |config| {
        if config.get_text("cluster.current").is_some() {
            return Ok((false, false));
        }
        config.set("cluster.current", toml::Value::String(cluster.name.clone()))?;
        Ok((true, true))
    })?;
    Ok(Added::Added {
        expires: credentials.token.as_deref().and_then(dcos::token_expiry),
        cluster: Box::new(cluster),
        detected,
        made_current,
        notes,
    })
}

/// Marathon's URL for a cluster.
pub fn marathon_url(cluster: &Cluster) -> Result<String> {
    crate::marathon::base_url(&cluster.url, cluster.kind == Kind::Dcos)
}

/// Checks that Marathon takes the credentials: its `/v2/info` through the one Marathon client.
/// A 401 or 403 is a failed login.
fn check(
    settings: &crate::http::Settings,
    cluster: &Cluster,
    credentials: &Credentials,
) -> Result<()> {
    let target = crate::marathon::Target {
        token: credentials.token.clone(),
        basic: credentials.http_credentials.clone(),
        http: settings.clone(),
        ..crate::marathon::Target::new(marathon_url(cluster)?)
    };
    match crate::marathon::Client::new(target)?.info() {
        Ok(_) => Ok(()),
        Err(Error::MarathonAuth {
            url,
            status,
            message,
            ..
        }) => Err(Error::Login {
            url,
            message: format!("Marathon answered {status} with these credentials ({message})"),
            hint: "check the credentials given (smack never prints them)".into(),
        }),
        Err(other) => Err(other),
    }
}

/// Logs in as `args` say, else as the cluster did before (`previous`), else as the cluster
/// asks (a pasted token for a DC/OS that wants a login, nothing for one that wants none).
fn log_in(
    http: &Http,
    url: &str,
    detected: &Detected,
    previous: Option<&Login>,
    args: &LoginArgs,
    asker: &mut dyn Asker,
) -> Result<(Login, Credentials)> {
    let mut credentials = Credentials::default();
    if let Some(path) = &args.http_credentials_file {
        credentials.http_credentials = Some(crate::fsutil::read_credentials_file(path)?);
        return Ok((Login::HttpCredentials, credentials));
    }
    if let Some(path) = &args.token_file {
        credentials.token = Some(crate::fsutil::read_token_file(path)?);
        return Ok((Login::Token, credentials));
    }
    let dcos_only = |what: &str| -> Result<()> {
        if detected.kind == Kind::Dcos {
            Ok(())
        } else {
            Err(Error::Usage(format!(
                "{url} is a Marathon, not a DC/OS cluster: {what} is a DC/OS login; a Marathon \
                 takes its HTTP credentials (--http-credentials-file)"
            )))
        }
    };
    let login = if let Some(id) = &args.provider {
        dcos_only("--provider")?;
        let offered = dcos::providers(http, url, detected.challenge.as_deref().unwrap_or(""))?;
        let Some(provider) = offered.iter().find(|p| &p.id == id) else {
            let ids: Vec<&str> = offered.iter().map(|p| p.id.as_str()).collect();
            return Err(Error::Usage(format!(
                "unknown login provider ID '{id}': {url} offers {}",
                ids.join(", ")
            )));
        };
        match (provider.method, &args.username, &args.private_key) {
            (dcos::Method::ServiceKey, Some(uid), Some(key)) => Login::ServiceAccount {
                uid: uid.clone(),
                private_key: std::path::absolute(key).unwrap_or_else(|_| key.clone()),
            },
            (dcos::Method::ServiceKey, _, _) => {
                return Err(Error::Usage(format!(
                    "the provider {id} is a service account's login: give --username UID and \
                     --private-key KEY"
                )));
            }
            (dcos::Method::Password, Some(uid), _) => Login::User { uid: uid.clone() },
            (dcos::Method::Password, None, _) => Login::User {
                uid: asker.username(url)?,
            },
            (dcos::Method::Browser, _, _) => Login::Token,
        }
    } else if !args.is_empty() {
        match (&args.username, &args.private_key) {
            (None, Some(_)) => {
                return Err(Error::Usage(
                    "--private-key needs --username, the service account's uid".into(),
                ));
            }
            (Some(uid), Some(key)) => Login::ServiceAccount {
                uid: uid.clone(),
                private_key: std::path::absolute(key).unwrap_or_else(|_| key.clone()),
            },
            (Some(uid), None) => Login::User { uid: uid.clone() },
            (None, None) => {
                return Err(Error::Usage(
                    "--password-file needs --username, the user's uid".into(),
                ));
            }
        }
    } else {
        match previous {
            Some(login) => login.clone(),
            None if detected.challenge.is_none() => Login::None,
            None if detected.kind == Kind::Marathon => {
                return Err(Error::Login {
                    url: url.to_string(),
                    message: "Marathon asks for its HTTP credentials".into(),
                    hint: "give a file holding user:password with --http-credentials-file".into(),
                });
            }
            None => {
                // As the DC/OS CLI: the providers that need no flag (a password is asked
                // for, a browser's token pasted); one is used, several are chosen from.
                let offered =
                    dcos::providers(http, url, detected.challenge.as_deref().unwrap_or(""))?;
                let usable: Vec<dcos::Provider> = offered
                    .into_iter()
                    .filter(|p| p.method != dcos::Method::ServiceKey)
                    .collect();
                let chosen = match usable.len() {
                    0 => {
                        return Err(Error::Login {
                            url: url.to_string(),
                            message: "the cluster offers service-account logins only".into(),
                            hint: "give --username UID and --private-key KEY".into(),
                        });
                    }
                    1 => &usable[0],
                    _ => {
                        let i = asker.choose(url, &usable)?;
                        usable.get(i).ok_or_else(|| {
                            Error::Usage(format!("no login method number {}", i + 1))
                        })?
                    }
                };
                match chosen.method {
                    dcos::Method::Password => Login::User {
                        uid: asker.username(url)?,
                    },
                    _ => Login::Token,
                }
            }
        }
    };
    match &login {
        Login::None => {}
        Login::User { uid } => {
            dcos_only("--username")?;
            let password = match (&args.password_file, &args.password) {
                (Some(path), _) => {
                    let bytes = crate::fsutil::read_secure_file(path, "password file")?;
                    let text = String::from_utf8_lossy(&bytes);
                    text.lines().next().unwrap_or("").trim_end().to_string()
                }
                (None, Some(p)) => p.clone(),
                (None, None) => asker.password(uid, url)?,
            };
            if password.is_empty() {
                return Err(Error::Usage(format!("no password given for {uid}")));
            }
            credentials.token = Some(dcos::login(http, url, uid, Proof::Password(&password))?);
        }
        Login::ServiceAccount { uid, private_key } => {
            dcos_only("--private-key")?;
            credentials.token = Some(sign_in(http, url, uid, private_key)?);
        }
        Login::Token => {
            let token = asker.pasted_token(&dcos::browser_login_url(url))?;
            credentials.token = Some(token.trim().to_string());
        }
        Login::HttpCredentials => {
            return Err(Error::Usage(
                "give Marathon's HTTP credentials again with --http-credentials-file".into(),
            ));
        }
    }
    Ok((login, credentials))
}

/// A service account's login with its key (read afresh, its mode checked).
fn sign_in(http: &Http, url: &str, uid: &str, private_key: &Path) -> Result<String> {
    let pem = crate::fsutil::read_secure_file(private_key, "private key")?;
    dcos::login(http, url, uid, Proof::PrivateKey(&pem)).map_err(|e| match e {
        Error::Usage(m) => Error::Usage(format!("{m} ({})", private_key.display())),
        other => other,
    })
}

/// The HTTP settings to reach a kept cluster: its CA, `--insecure` as it was added.
fn cluster_http(
    store: &Store,
    cluster: &Cluster,
    http: &crate::http::Settings,
) -> crate::http::Settings {
    crate::http::Settings {
        ca_file: store.kept_ca(&cluster.name),
        insecure: cluster.insecure,
        ..http.clone()
    }
}

/// `smack login [NAME]`: logs in to a kept cluster again (as it did before, unless `args`
/// say otherwise) and keeps the new token.
pub fn login(
    config_path: &Path,
    name: &str,
    http: &crate::http::Settings,
    args: &LoginArgs,
    asker: &mut dyn Asker,
) -> Result<(Cluster, Option<u64>)> {
    let store = Store::beside(config_path);
    let mut cluster = store.get(name)?;
    let settings = cluster_http(&store, &cluster, http);
    let client = Http::new(&settings, &cluster.url)?;
    let detected = Detected {
        kind: cluster.kind,
        version: cluster.version.clone(),
        variant: None,
        challenge: Some(String::new()),
    };
    let (login, credentials) = log_in(
        &client,
        &cluster.url,
        &detected,
        Some(&cluster.login),
        args,
        asker,
    )?;
    check(&settings, &cluster, &credentials)?;
    let changed_login = login != cluster.login;
    cluster.login = login;
    if changed_login {
        let ca = std::fs::read(store.ca_path(name)).ok();
        store.add(&cluster, &credentials, ca.as_deref())?;
    } else {
        store.update_credentials(name, |c| *c = credentials.clone())?;
    }
    Ok((
        cluster,
        credentials.token.as_deref().and_then(dcos::token_expiry),
    ))
}

/// A cluster as `cluster list` shows it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Listed {
    pub name: String,
    pub url: String,
    pub kind: &'static str,
    pub current: bool,
    /// How it logs in (`user alice`, `service account ci`, `token`, `HTTP credentials`).
    pub login: String,
    /// Whether smack holds credentials that have not expired (`None`: it needs none).
    pub logged_in: Option<bool>,
    /// The token's expiry (seconds since the epoch), when known.
    pub expires: Option<u64>,
}

/// The kept clusters, and which is current.
pub fn list(config_path: &Path, current: Option<&str>) -> Result<Vec<Listed>> {
    let store = Store::beside(config_path);
    let now = dcos::now();
    store
        .list()?
        .into_iter()
        .map(|c| {
            // A broken credentials file lists as not logged in (`smack login` mends it).
            let credentials = store.credentials(&c.name).unwrap_or_default();
            let expires = credentials.token.as_deref().and_then(dcos::token_expiry);
            let logged_in = match &c.login {
                Login::None => None,
                Login::HttpCredentials => Some(credentials.http_credentials.is_some()),
                _ => Some(credentials.token.is_some() && expires.is_none_or(|e| e > now)),
            };
            Ok(Listed {
                current: current == Some(c.name.as_str()),
                kind: c.kind.as_str(),
                login: c.login.describe(),
                url: crate::text::redact_credentials(&c.url).into_owned(),
                name: c.name,
                logged_in,
                expires,
            })
        })
        .collect()
}

/// `smack cluster use NAME`: makes it the current cluster.
pub fn use_cluster(config_path: &Path, name: &str) -> Result<Cluster> {
    let cluster = Store::beside(config_path).get(name)?;
    Config::update(config_path, |config| {
        config.set("cluster.current", toml::Value::String(name.to_string()))?;
        Ok((true, ()))
    })?;
    Ok(cluster)
}

/// `smack cluster remove NAME`: forgets it and its secrets; it stops being current.
pub fn remove(config_path: &Path, name: &str) -> Result<bool> {
    Store::beside(config_path).remove(name)?;
    Config::update(config_path, |config| {
        if config.get_text("cluster.current").as_deref() == Some(name) {
            config.unset("cluster.current")?;
            Ok((true, true))
        } else {
            Ok((false, false))
        }
    })
}

/// A service account's renewal: logs in again with its key and keeps the token.
pub struct Renewal {
    store: Store,
    name: String,
    url: String,
    uid: String,
    private_key: PathBuf,
    /// The transport's settings: a client is made on the first renewal only (making one
    /// loads the system's CA roots, a cost most commands never need).
    http: crate::http::Settings,
}

impl crate::marathon::Renew for Renewal {
    fn renew(&self) -> Result<String> {
        let http = Http::new(&self.http, &self.url)?;
        let token = sign_in(&http, &self.url, &self.uid, &self.private_key)?;
        self.store
            .update_credentials(&self.name, |c| c.token = Some(token.clone()))?;
        Ok(token)
    }
}

/// What a connection to a kept cluster sends: its token or HTTP credentials, how a service
/// account renews, and the command that logs a user in again.
pub struct Access {
    pub token: Option<String>,
    pub basic: Option<String>,
    pub renew: Option<std::sync::Arc<dyn crate::marathon::Renew>>,
    pub relogin: Option<String>,
}

/// The access a kept cluster gives.
pub fn access(store: &Store, cluster: &Cluster, http: &crate::http::Settings) -> Result<Access> {
    let credentials = store.credentials(&cluster.name)?;
    let relogin = Some(format!("smack login {}", cluster.name));
    let renew: Option<std::sync::Arc<dyn crate::marathon::Renew>> = match &cluster.login {
        Login::ServiceAccount { uid, private_key } => Some(std::sync::Arc::new(Renewal {
            store: store.clone(),
            name: cluster.name.clone(),
            url: cluster.url.clone(),
            uid: uid.clone(),
            private_key: private_key.clone(),
            http: http.clone(),
        })),
        _ => None,
    };
    Ok(Access {
        token: credentials.token,
        basic: credentials.http_credentials,
        renew,
        relogin,
    })
}
