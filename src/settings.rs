//! Settings: every value smack's faces are configured with, lowered once at start into one typed
//! value with one precedence (flag > environment `SMACK_*` > config file > default), each value
//! remembering where it came from. Nothing later re-reads the command line or the environment,
//! or looks a setting up by its name.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::time::Duration;

use crate::config::{self, Config, KEYS, Key, Repository};
use crate::error::{Error, Result};
use crate::marathon::rules::{Origin as ProfileOrigin, Profile, Version};

/// Where a setting's value comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Origin {
    Flag,
    Env,
    File,
    Default,
}

impl Origin {
    pub fn as_str(self) -> &'static str {
        match self {
            Origin::Flag => "flag",
            Origin::Env => "env",
            Origin::File => "file",
            Origin::Default => "default",
        }
    }
}

/// What the command line itself gave (the environment is read by [`Settings::resolve`], so
/// that a bad value names the variable, not the flag).
#[derive(Debug, Clone, Default)]
pub struct Given {
    /// `--cluster NAME`: a cluster `smack cluster add` kept.
    pub cluster: Option<String>,
    pub marathon_url: Option<String>,
    pub dcos_url: Option<String>,
    pub token_file: Option<PathBuf>,
    pub http_credentials_file: Option<PathBuf>,
    pub ca_file: Option<PathBuf>,
    pub insecure: bool,
    pub request_timeout: Option<Duration>,
    pub marathon_version: Option<String>,
    /// `--catalog` (or `SMACK_CATALOG`): catalogs instead of the configured repositories.
    pub catalogs: Vec<String>,
}

impl Given {
    /// The text the command line gave for a key, if any.
    fn text(&self, name: &str) -> Option<String> {
        match name {
            "cluster.current" => self.cluster.clone(),
            "marathon.url" => self.marathon_url.clone(),
            "marathon.dcos_url" => self.dcos_url.clone(),
            "marathon.token_file" => self.token_file.as_ref().map(|p| p.display().to_string()),
            "marathon.ca_file" => self.ca_file.as_ref().map(|p| p.display().to_string()),
            "marathon.http_credentials_file" => self
                .http_credentials_file
                .as_ref()
                .map(|p| p.display().to_string()),
            "marathon.insecure" => self.insecure.then(|| "true".to_string()),
            "marathon.request_timeout" => self
                .request_timeout
                .map(|d| humantime::format_duration(d).to_string()),
            "marathon.version" => self.marathon_version.clone(),
            _ => None,
        }
    }
}

/// One key's value in effect, as text, and where it came from (what `config show` prints).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown {
    pub key: &'static str,
    pub value: Option<String>,
    pub origin: Origin,
}

/// The Marathon smack talks to; `None` in [`Settings::marathon`] means the embedded sandbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarathonUrl {
    pub url: String,
    /// A DC/OS cluster's URL: Marathon is under `/service/marathon`.
    pub dcos: bool,
}

/// The named cluster in force, and where that came from.
#[derive(Debug, Clone)]
pub struct InForce {
    pub cluster: crate::clusters::Cluster,
    pub origin: Origin,
    /// Where its secrets and CA are kept.
    pub store: crate::clusters::Store,
    /// `--marathon`/`--dcos-url` (or their variables), given at the cluster's own level,
    /// replace its URL; its credentials and CA stay (kubectl's `--server` over `--context`).
    pub url_overridden: bool,
}

/// Where the auth token comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token {
    None,
    /// `SMACK_TOKEN`.
    Text(String),
    /// `--token-file`, `SMACK_TOKEN_FILE` or `marathon.token_file`.
    File(PathBuf),
}

/// What the settings say of the target Marathon, over what it reports itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProfileOverrides {
    pub version: Option<Version>,
    pub mesos_role: Option<String>,
    pub features: Option<BTreeSet<String>>,
}

impl ProfileOverrides {
    pub fn is_empty(&self) -> bool {
        self.version.is_none() && self.mesos_role.is_none() && self.features.is_none()
    }

    /// Applies the overrides to a profile.
    pub fn apply(&self, profile: &mut Profile) {
        if let Some(v) = self.version {
            profile.version = v;
        }
        if let Some(role) = &self.mesos_role {
            profile.mesos_role = role.clone();
        }
        if let Some(features) = &self.features {
            profile.features = features.clone();
        }
    }

    /// The Marathon apps are checked against when smack talks to none: DC/OS 2.2's Marathon
    /// 1.11, with what the settings change.
    pub fn offline(&self) -> Profile {
        let mut profile = Profile::dcos();
        if !self.is_empty() {
            self.apply(&mut profile);
            profile.origin = ProfileOrigin::Given;
        }
        profile
    }

    /// The Marathon apps are checked against when smack talks to one: what it reports in
    /// `/v2/info`, except for the values the settings give.
    pub fn online(&self, info: &serde_json::Value, url: &str) -> Result<Profile> {
        let mut profile = Profile::from_info(info, &Profile::dcos(), url).map_err(|e| {
            Error::MarathonProtocol {
                url: url.to_string(),
                reason: e,
            }
        })?;
        self.apply(&mut profile);
        Ok(profile)
    }
}

/// Every setting, typed.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The config file as loaded (its repositories; what `config` changes).
    pub config: Config,
    /// Every key as text with its origin, in the order of [`config::KEYS`].
    pub shown: Vec<Shown>,
    pub marathon: Option<MarathonUrl>,
    /// The named cluster in force (`--cluster`, `SMACK_CLUSTER`, `cluster.current`), whose
    /// URL, credentials and CA are used unless a flag or variable gives them.
    pub cluster: Option<InForce>,
    pub token: Token,
    /// A file holding Marathon's HTTP credentials (`user:password`), sent as HTTP Basic.
    pub http_credentials_file: Option<PathBuf>,
    pub ca_file: Option<PathBuf>,
    pub insecure: bool,
    /// How long one HTTP exchange may take.
    pub request_timeout: Duration,
    /// `output.format` is `json`.
    pub json_output: bool,
    /// How long the embedded sandbox's deployments take.
    pub deploy: Duration,
    pub profile: ProfileOverrides,
    /// The catalogs in effect: `--catalog` values, else the config file's repositories.
    pub repositories: Vec<Repository>,
    /// [`Origin::Flag`] for `--catalog` (or `SMACK_CATALOG`), else [`Origin::File`].
    pub repositories_origin: Origin,
}

impl Settings {
    /// Resolves every setting from the command line, the environment (`env` looks a variable
    /// up) and the config file. A bad value is an error naming where it came from: the flag,
    /// the variable or the file's key.
    pub fn resolve(
        given: &Given,
        env: &dyn Fn(&str) -> Option<String>,
        config: Config,
    ) -> Result<Settings> {
        Settings::resolve_with(given, env, config, true)
    }

    /// [`Settings::resolve`] without looking the named cluster up (`cluster.current`,
    /// `SMACK_CLUSTER`, `--cluster` are shown, not used): for the commands that add, mend or
    /// remove clusters, which must work when the one named is missing or broken.
    pub fn resolve_without_cluster(
        given: &Given,
        env: &dyn Fn(&str) -> Option<String>,
        config: Config,
    ) -> Result<Settings> {
        Settings::resolve_with(given, env, config, false)
    }

    fn resolve_with(
        given: &Given,
        env: &dyn Fn(&str) -> Option<String>,
        config: Config,
        use_cluster: bool,
    ) -> Result<Settings> {
        if given.marathon_url.is_some() && given.dcos_url.is_some() {
            return Err(Error::Usage(
                "--marathon and --dcos-url cannot be used together: give one".into(),
            ));
        }
        let env_of = |key: &Key| env(key.env).filter(|v| !v.is_empty());
        // Every variable is checked, so that a bad value is never silently ignored.
        for key in KEYS {
            if let Some(text) = env_of(key) {
                config::check_env_value(key, &text)?;
            }
        }
        let shown: Vec<Shown> = KEYS
            .iter()
            .map(|key| {
                let (value, origin) = if let Some(v) = given.text(key.name) {
                    (Some(v), Origin::Flag)
                } else if let Some(v) = env_of(key) {
                    (Some(v), Origin::Env)
                } else if let Some(v) = config.get_text(key.name) {
                    (Some(v), Origin::File)
                } else {
                    (
                        (!key.default.is_empty()).then(|| key.default.to_string()),
                        Origin::Default,
                    )
                };
                Shown {
                    key: key.name,
                    value,
                    origin,
                }
            })
            .collect();
        let get = |name: &str| {
            shown
                .iter()
                .find(|s| s.key == name)
                .expect("every key is shown")
        };
        let text = |name: &str| get(name).value.clone();
        // Where a bad value was found, for the error.
        let place = |name: &str| {
            let s = get(name);
            let key = config::key(name).expect("a known key");
            match s.origin {
                Origin::Flag => format!("--{}", flag_of(name)),
                Origin::Env => format!("the environment variable {}", key.env),
                Origin::File => format!("{name} in {}", config.path().display()),
                Origin::Default => format!("the default of {name}"),
            }
        };

        let marathon = {
            let url = get("marathon.url");
            let dcos = get("marathon.dcos_url");
            match (&url.value, &dcos.value) {
                // The one given with more precedence wins.
                (Some(u), Some(d)) => Some(if url.origin <= dcos.origin {
                    MarathonUrl {
                        url: u.clone(),
                        dcos: false,
                    }
                } else {
                    MarathonUrl {
                        url: d.clone(),
                        dcos: true,
                    }
                }),
                (Some(u), None) => Some(MarathonUrl {
                    url: u.clone(),
                    dcos: false,
                }),
                (None, Some(d)) => Some(MarathonUrl {
                    url: d.clone(),
                    dcos: true,
                }),
                (None, None) => None,
            }
        };

        // The named cluster: it beats any URL of less precedence. A URL given at its level by
        // a flag or a variable replaces its URL only; the config file's URL never replaces the
        // current cluster's (its token would go to another server).
        let mut marathon = marathon;
        let named = get("cluster.current")
            .value
            .as_ref()
            .filter(|_| use_cluster);
        let cluster = match named {
            None => None,
            Some(name) => {
                let origin = get("cluster.current").origin;
                let url_origin = [get("marathon.url"), get("marathon.dcos_url")]
                    .iter()
                    .filter(|s| s.value.is_some())
                    .map(|s| s.origin)
                    .min();
                let wins = url_origin.is_none_or(|o| origin <= o);
                if wins {
                    let store = crate::clusters::Store::beside(config.path());
                    let cluster = store.get(name).map_err(|e| {
                        Error::Usage(format!(
                            "{e} (the cluster comes from {})",
                            place("cluster.current")
                        ))
                    })?;
                    let url_overridden = url_origin == Some(origin) && origin != Origin::File;
                    if !url_overridden {
                        marathon = Some(MarathonUrl {
                            url: cluster.url.clone(),
                            dcos: cluster.kind == crate::dcos::Kind::Dcos,
                        });
                    }
                    Some(InForce {
                        cluster,
                        origin,
                        store,
                        url_overridden,
                    })
                } else {
                    None
                }
            }
        };
        // With a cluster in force, the config file's credentials and CA are not its: only a
        // flag or a variable replaces the cluster's.
        let has_cluster = cluster.is_some();
        let explicit = |name: &str| {
            let s = get(name);
            if has_cluster && s.origin >= Origin::File {
                None
            } else {
                s.value.clone()
            }
        };

        // `--token-file`, else `SMACK_TOKEN`, else `SMACK_TOKEN_FILE`, else the file's.
        let token_file = get("marathon.token_file");
        let token_text = env("SMACK_TOKEN")
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty());
        let token_file_value = explicit("marathon.token_file");
        let token = match (&token_file_value, token_text) {
            (Some(path), _) if token_file.origin == Origin::Flag => Token::File(path.into()),
            (_, Some(text)) => Token::Text(text),
            (Some(path), None) => Token::File(path.into()),
            (None, None) => Token::None,
        };

        let request_timeout = match given.request_timeout {
            Some(d) => d,
            None => {
                let t = text("marathon.request_timeout").unwrap_or_default();
                config::duration(&t).map_err(|e| {
                    Error::Usage(format!(
                        "bad marathon.request_timeout [{t}] ({}): {e}",
                        place("marathon.request_timeout")
                    ))
                })?
            }
        };

        let deploy = match text("sandbox.deploy_seconds") {
            None => Duration::from_secs(2),
            Some(t) => t
                .parse::<f64>()
                .map_err(|e| e.to_string())
                .and_then(config::deploy_seconds)
                .map_err(|e| {
                    Error::Usage(format!(
                        "bad sandbox.deploy_seconds [{t}] ({}): {e}",
                        place("sandbox.deploy_seconds")
                    ))
                })?,
        };

        let version = match text("marathon.version") {
            None => None,
            Some(t) => Some(Version::parse(&t).map_err(|e| {
                Error::Usage(format!(
                    "bad Marathon version ({}): {e}",
                    place("marathon.version")
                ))
            })?),
        };

        // `--catalog`, else `SMACK_CATALOG` (comma-separated), else the file's repositories.
        let from_env: Vec<String> = env("SMACK_CATALOG")
            .map(|v| {
                v.split(',')
                    .map(str::trim)
                    .filter(|c| !c.is_empty())
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default();
        let (catalogs, repositories_origin) = if !given.catalogs.is_empty() {
            (given.catalogs.clone(), Origin::Flag)
        } else if !from_env.is_empty() {
            for c in &from_env {
                if let crate::repo::Location::Local(path) = crate::repo::location(c)
                    && !path.exists()
                {
                    return Err(Error::Usage(format!(
                        "bad value [{c}] in the environment variable SMACK_CATALOG: no such file or directory"
                    )));
                }
            }
            (from_env, Origin::Env)
        } else {
            (Vec::new(), Origin::File)
        };
        let repositories = if catalogs.is_empty() {
            config.repositories_or_default()
        } else {
            catalogs
                .iter()
                .map(|c| Repository {
                    name: c.clone(),
                    uri: c.clone(),
                })
                .collect()
        };

        let ca_file = explicit("marathon.ca_file").map(PathBuf::from).or_else(|| {
            let c = cluster.as_ref()?;
            c.store.kept_ca(&c.cluster.name)
        });
        let insecure = explicit("marathon.insecure").as_deref() == Some("true")
            || cluster.as_ref().is_some_and(|c| c.cluster.insecure);
        Ok(Settings {
            marathon,
            cluster,
            token,
            ca_file,
            http_credentials_file: explicit("marathon.http_credentials_file").map(PathBuf::from),
            insecure,
            request_timeout,
            json_output: text("output.format").as_deref() == Some("json"),
            deploy,
            profile: ProfileOverrides {
                version,
                mesos_role: text("marathon.mesos_role"),
                features: text("marathon.features").map(|f| Profile::parse_features(&f)),
            },
            repositories,
            repositories_origin,
            shown,
            config,
        })
    }

    /// The value of a key in effect, as text, and where it came from.
    pub fn shown(&self, key: &str) -> Option<&Shown> {
        self.shown.iter().find(|s| s.key == key)
    }

    /// What smack talks to, and why: the cluster in force and where it came from, or the URL
    /// and its key, or the local sandbox (`config show`).
    pub fn target(&self) -> String {
        let source = |key: &str| {
            self.shown(key)
                .map(|s| match s.origin {
                    Origin::Flag => format!("--{}", flag_of(key)),
                    Origin::Env => config::key(key)
                        .map(|k| k.env.to_string())
                        .unwrap_or_default(),
                    Origin::File => format!("{key} in the config file"),
                    Origin::Default => "the default".into(),
                })
                .unwrap_or_default()
        };
        let url_key = if self.marathon.as_ref().is_some_and(|m| m.dcos) {
            "marathon.dcos_url"
        } else {
            "marathon.url"
        };
        match (&self.cluster, &self.marathon) {
            (Some(c), Some(m)) if c.url_overridden => format!(
                "cluster {} (from {}) at {} (from {}), with its credentials",
                c.cluster.name,
                source("cluster.current"),
                crate::text::redact_credentials(&m.url),
                source(url_key)
            ),
            (Some(c), _) => format!(
                "cluster {} (from {}): {} at {}",
                c.cluster.name,
                source("cluster.current"),
                if c.cluster.kind == crate::dcos::Kind::Dcos {
                    "DC/OS"
                } else {
                    "Marathon"
                },
                crate::text::redact_credentials(&c.cluster.url)
            ),
            (None, Some(m)) => format!(
                "{} at {} (from {})",
                if m.dcos { "DC/OS" } else { "Marathon" },
                crate::text::redact_credentials(&m.url),
                source(url_key)
            ),
            (None, None) => "smack's local sandbox (no cluster or Marathon URL is set)".into(),
        }
    }

    /// The HTTP settings for Marathon and repositories; `trace` prints each request (a face's).
    pub fn http(&self, trace: Option<crate::http::Trace>) -> crate::http::Settings {
        crate::http::Settings {
            ca_file: self.ca_file.clone(),
            insecure: self.insecure,
            request_timeout: self.request_timeout,
            trace,
            ..crate::http::Settings::default()
        }
    }
}

/// The flag of a key that has one.
fn flag_of(name: &str) -> &'static str {
    match name {
        "cluster.current" => "cluster",
        "marathon.url" => "marathon",
        "marathon.dcos_url" => "dcos-url",
        "marathon.token_file" => "token-file",
        "marathon.ca_file" => "ca-file",
        "marathon.http_credentials_file" => "http-credentials-file",
        "marathon.insecure" => "insecure",
        "marathon.request_timeout" => "request-timeout",
        "marathon.version" => "marathon-version",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn resolve(given: &Given, env: &[(&str, &str)], file: &str) -> Result<Settings> {
        let env: HashMap<String, String> = env
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let config = Config::parse(file, std::path::Path::new("/x/config.toml"))?;
        Settings::resolve(given, &|k| env.get(k).cloned(), config)
    }

    #[test]
    fn precedence_flag_env_file_default() {
        let file = "[marathon]\nurl = \"http://file:8080\"\nrequest_timeout = \"7s\"\n";
        let s = resolve(&Given::default(), &[], file).unwrap();
        assert_eq!(s.marathon.as_ref().unwrap().url, "http://file:8080");
        assert_eq!(s.shown("marathon.url").unwrap().origin, Origin::File);
        assert_eq!(s.request_timeout, Duration::from_secs(7));
        let s = resolve(
            &Given::default(),
            &[("SMACK_MARATHON_URL", "http://env:8080")],
            file,
        )
        .unwrap();
        assert_eq!(s.marathon.as_ref().unwrap().url, "http://env:8080");
        assert_eq!(s.shown("marathon.url").unwrap().origin, Origin::Env);
        let given = Given {
            marathon_url: Some("http://flag:8080".into()),
            ..Given::default()
        };
        let s = resolve(&given, &[("SMACK_MARATHON_URL", "http://env:8080")], file).unwrap();
        assert_eq!(s.marathon.as_ref().unwrap().url, "http://flag:8080");
        assert_eq!(s.shown("marathon.url").unwrap().origin, Origin::Flag);
        let s = resolve(&Given::default(), &[], "").unwrap();
        assert_eq!(s.marathon, None);
        assert_eq!(s.request_timeout, Duration::from_secs(30));
        assert_eq!(
            s.shown("marathon.insecure").unwrap().origin,
            Origin::Default
        );
    }

    #[test]
    fn a_flag_beats_the_other_urls_variable() {
        let given = Given {
            dcos_url: Some("https://dcos".into()),
            ..Given::default()
        };
        let s = resolve(&given, &[("SMACK_MARATHON_URL", "http://env:8080")], "").unwrap();
        assert_eq!(
            s.marathon,
            Some(MarathonUrl {
                url: "https://dcos".into(),
                dcos: true
            })
        );
    }

    #[test]
    fn a_bad_variable_is_named() {
        let e = resolve(&Given::default(), &[("SMACK_REQUEST_TIMEOUT", "soon")], "")
            .unwrap_err()
            .to_string();
        assert!(e.contains("SMACK_REQUEST_TIMEOUT"), "{e}");
        assert!(!e.contains("--request-timeout"), "{e}");
        let e = resolve(&Given::default(), &[("SMACK_MARATHON_VERSION", "9")], "")
            .unwrap_err()
            .to_string();
        assert!(e.contains("SMACK_MARATHON_VERSION"), "{e}");
    }

    /// A config file beside a kept cluster named `prod` (its URL `https://prod.example`).
    fn with_cluster(file: &str) -> (tempfile::TempDir, Config) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        let store = crate::clusters::Store::beside(&path);
        let cluster = crate::clusters::Cluster {
            name: "prod".into(),
            url: "https://prod.example".into(),
            kind: crate::dcos::Kind::Dcos,
            version: None,
            login: crate::clusters::Login::Token,
            insecure: false,
        };
        store
            .add(
                &cluster,
                &crate::clusters::Credentials::default(),
                Some(b"CA"),
            )
            .unwrap();
        let config = Config::parse(file, &path).unwrap();
        (dir, config)
    }

    fn resolve_in(config: &Config, given: &Given, env: &[(&str, &str)]) -> Result<Settings> {
        let env: HashMap<String, String> = env
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Settings::resolve(given, &|k| env.get(k).cloned(), config.clone())
    }

    #[test]
    fn what_a_cluster_beats_and_what_beats_it() {
        let file = "[cluster]\ncurrent = \"prod\"\n[marathon]\nurl = \"http://file:8080\"\ntoken_file = \"/file/token\"\n";
        let (_dir, config) = with_cluster(file);
        // The current cluster beats the file's URL, and the file's token is not its.
        let s = resolve_in(&config, &Given::default(), &[]).unwrap();
        let c = s.cluster.as_ref().unwrap();
        assert_eq!(
            (c.cluster.name.as_str(), c.origin, c.url_overridden),
            ("prod", Origin::File, false)
        );
        assert_eq!(s.marathon.as_ref().unwrap().url, "https://prod.example");
        assert!(s.marathon.as_ref().unwrap().dcos);
        assert_eq!(s.token, Token::None);
        assert!(
            s.ca_file
                .as_ref()
                .unwrap()
                .ends_with("clusters/prod/ca.crt")
        );
        // A URL variable beats the current cluster: no cluster then.
        let s = resolve_in(
            &config,
            &Given::default(),
            &[("SMACK_MARATHON_URL", "http://env:8080")],
        )
        .unwrap();
        assert!(s.cluster.is_none());
        assert_eq!(s.marathon.unwrap().url, "http://env:8080");
        // SMACK_CLUSTER with SMACK_MARATHON_URL: the URL replaces the cluster's only.
        let s = resolve_in(
            &config,
            &Given::default(),
            &[
                ("SMACK_MARATHON_URL", "http://env:8080"),
                ("SMACK_CLUSTER", "prod"),
            ],
        )
        .unwrap();
        assert!(s.cluster.as_ref().unwrap().url_overridden);
        assert_eq!(s.marathon.as_ref().unwrap().url, "http://env:8080");
        assert!(
            s.target().contains("with its credentials"),
            "{}",
            s.target()
        );
        // A flag beats every variable.
        let given = Given {
            cluster: Some("prod".into()),
            ..Given::default()
        };
        let s = resolve_in(
            &config,
            &given,
            &[("SMACK_MARATHON_URL", "http://env:8080")],
        )
        .unwrap();
        assert_eq!(s.cluster.as_ref().unwrap().origin, Origin::Flag);
        assert_eq!(s.marathon.as_ref().unwrap().url, "https://prod.example");
        let given = Given {
            marathon_url: Some("http://flag:8080".into()),
            ..Given::default()
        };
        let s = resolve_in(&config, &given, &[("SMACK_CLUSTER", "prod")]).unwrap();
        assert!(s.cluster.is_none());
        // An unknown cluster names where it came from.
        let e = resolve_in(&config, &Given::default(), &[("SMACK_CLUSTER", "nope")])
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("no cluster named [nope]") && e.contains("SMACK_CLUSTER"),
            "{e}"
        );
        let e = resolve_in(&config, &Given::default(), &[("SMACK_CLUSTER", "../x")])
            .unwrap_err()
            .to_string();
        assert!(e.contains("SMACK_CLUSTER"), "{e}");
    }

    #[test]
    fn token_sources() {
        let s = resolve(
            &Given::default(),
            &[("SMACK_TOKEN", " abc \n"), ("SMACK_TOKEN_FILE", "/t")],
            "",
        )
        .unwrap();
        assert_eq!(s.token, Token::Text("abc".into()));
        let given = Given {
            token_file: Some("/flag".into()),
            ..Given::default()
        };
        let s = resolve(&given, &[("SMACK_TOKEN", "abc")], "").unwrap();
        assert_eq!(s.token, Token::File("/flag".into()));
        let s = resolve(&Given::default(), &[("SMACK_TOKEN_FILE", "/t")], "").unwrap();
        assert_eq!(s.token, Token::File("/t".into()));
    }
}
