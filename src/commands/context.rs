//! What every command starts from: the command line, the terminal and the configuration file,
//! combined with one precedence: flag > environment (`SMACK_*`) > config file > default.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use smack::catalog::Catalog;
use smack::config::{self, Config, Repository};
use smack::error::{Error, Result};
use smack::http::Settings;
use smack::marathon::rules::{Origin as ProfileOrigin, Profile, Version};
use smack::repo::{self, Cache};

use crate::cli::{Global, Output, OutputArgs};
use crate::ui::Ui;

/// Where a setting's value comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

pub struct Context<'a> {
    pub global: &'a Global,
    pub ui: &'a Ui,
    pub config: Config,
}

impl<'a> Context<'a> {
    /// Loads the config file (an error names the file and the key).
    pub fn new(global: &'a Global, ui: &'a Ui) -> Result<Context<'a>> {
        config::check_environment()?;
        if flag_given("marathon.url") && flag_given("marathon.dcos_url") {
            return Err(Error::Usage(
                "--marathon and --dcos-url cannot be used together: give one".into(),
            ));
        }
        let path = config::default_path()?;
        Ok(Context {
            global,
            ui,
            config: Config::load(&path)?,
        })
    }

    /// The value of a config key in effect, as text, and where it comes from.
    pub fn setting(&self, name: &str) -> (Option<String>, Origin) {
        let key = config::key(name).expect("a known key");
        let m = &self.global.marathon;
        let given: Option<String> = match name {
            "marathon.url" => m.marathon.clone(),
            "marathon.dcos_url" => m.dcos_url.clone(),
            "marathon.token_file" => m.token_file.as_ref().map(|p| p.display().to_string()),
            "marathon.ca_file" => m.ca_file.as_ref().map(|p| p.display().to_string()),
            "marathon.insecure" => m.insecure.then(|| "true".to_string()),
            "marathon.request_timeout" => m
                .request_timeout
                .map(|d| humantime::format_duration(d).to_string()),
            "marathon.version" => m.marathon_version.clone(),
            _ => None,
        };
        let env = std::env::var(key.env).ok().filter(|v| !v.is_empty());
        if let Some(value) = given {
            // clap merged flag and environment; the environment variable tells them apart.
            let origin = if env.is_some() && !flag_given(name) {
                Origin::Env
            } else {
                Origin::Flag
            };
            return (Some(value), origin);
        }
        if let Some(value) = env {
            return (Some(value), Origin::Env);
        }
        if let Some(value) = self.config.get_text(name) {
            return (Some(value), Origin::File);
        }
        let default = (!key.default.is_empty()).then(|| key.default.to_string());
        (default, Origin::Default)
    }

    fn text(&self, name: &str) -> Option<String> {
        self.setting(name).0
    }

    /// Table or JSON for a listing.
    pub fn output(&self, args: &OutputArgs) -> Output {
        if args.json {
            return Output::Json;
        }
        if let Some(o) = args.output {
            return o;
        }
        match self.text("output.format").as_deref() {
            Some("json") => Output::Json,
            _ => Output::Table,
        }
    }

    /// HTTP settings for Marathon and repositories.
    pub fn http(&self) -> Result<Settings> {
        let text = self.text("marathon.request_timeout").unwrap_or_default();
        let timeout = crate::cli::duration(&text)
            .map_err(|e| Error::Usage(format!("bad marathon.request_timeout [{text}]: {e}")))?;
        let insecure = self.text("marathon.insecure").as_deref() == Some("true");
        let trace: Option<smack::http::Trace> = self.ui.verbose().then(|| {
            let trace: smack::http::Trace =
                Arc::new(|line: &str| eprintln!("> {}", smack::text::escape_controls(line, false)));
            trace
        });
        Ok(Settings {
            ca_file: self.text("marathon.ca_file").map(PathBuf::from),
            insecure,
            request_timeout: timeout,
            trace,
            ..Settings::default()
        })
    }

    /// Marathon's URL and whether it is a DC/OS cluster URL; `None` means the local sandbox.
    pub fn marathon_url(&self) -> Option<(String, bool)> {
        let (url, url_origin) = self.setting("marathon.url");
        let (dcos, dcos_origin) = self.setting("marathon.dcos_url");
        match (url, dcos) {
            (Some(u), Some(d)) => {
                // The one given with more precedence wins.
                if rank(url_origin) <= rank(dcos_origin) {
                    Some((u, false))
                } else {
                    Some((d, true))
                }
            }
            (Some(u), None) => Some((u, false)),
            (None, Some(d)) => Some((d, true)),
            (None, None) => None,
        }
    }

    /// The Marathon apps are checked against when smack talks to none: DC/OS 2.2's Marathon
    /// 1.11, with what the settings (`--marathon-version`, `marathon.*`) change.
    pub fn profile(&self) -> Result<Profile> {
        let mut profile = Profile::dcos();
        if self.override_profile(&mut profile)? {
            profile.origin = ProfileOrigin::Given;
        }
        Ok(profile)
    }

    /// The Marathon apps are checked against when smack talks to one: what it reports in
    /// `/v2/info`, except for the values the settings give.
    pub fn server_profile(&self, info: &serde_json::Value, url: &str) -> Result<Profile> {
        let mut profile = Profile::from_info(info, &Profile::dcos(), url).map_err(|e| {
            Error::MarathonProtocol {
                url: url.to_string(),
                reason: e,
            }
        })?;
        self.override_profile(&mut profile)?;
        Ok(profile)
    }

    /// Applies the settings that describe the target Marathon; says whether any was given.
    fn override_profile(&self, profile: &mut Profile) -> Result<bool> {
        let mut given = false;
        if let Some(text) = self.text("marathon.version") {
            profile.version = Version::parse(&text).map_err(|e| {
                Error::Usage(format!(
                    "bad Marathon version (--marathon-version, SMACK_MARATHON_VERSION or marathon.version): {e}"
                ))
            })?;
            given = true;
        }
        if let Some(role) = self.text("marathon.mesos_role") {
            profile.mesos_role = role;
            given = true;
        }
        if let Some(features) = self.text("marathon.features") {
            profile.features = Profile::parse_features(&features);
            given = true;
        }
        Ok(given)
    }

    /// How long the embedded sandbox's deployments take.
    /// The value was checked when it was set (config file, environment); a value out of range
    /// (a config file edited by hand) is an error naming the key.
    pub fn deploy_time(&self) -> Result<Duration> {
        let Some(text) = self.text("sandbox.deploy_seconds") else {
            return Ok(Duration::from_secs(2));
        };
        text.parse::<f64>()
            .map_err(|e| e.to_string())
            .and_then(config::deploy_seconds)
            .map_err(|e| Error::Usage(format!("bad sandbox.deploy_seconds [{text}]: {e}")))
    }

    /// The repositories in effect: `--catalog` values (or `SMACK_CATALOG`), else the config's.
    pub fn repositories(&self) -> Vec<Repository> {
        if self.global.catalogs.is_empty() {
            self.config.repositories_or_default()
        } else {
            self.global
                .catalogs
                .iter()
                .map(|c| Repository {
                    name: c.clone(),
                    uri: c.clone(),
                })
                .collect()
        }
    }

    pub fn cache(&self) -> Result<Cache> {
        Ok(Cache::new(Cache::default_dir()?))
    }

    /// Opens the catalogs in effect, printing warnings; a remote repository never downloaded
    /// before is downloaded now.
    pub fn catalog(&self) -> Result<Catalog> {
        let mut warnings = Vec::new();
        let cache = self.cache()?;
        let settings = self.http()?;
        let ui = self.ui;
        let catalog = repo::catalog(
            &self.repositories(),
            &cache,
            &settings,
            &mut warnings,
            &mut |r: &Repository| {
                ui.note(format!(
                    "downloading the index of repository [{}] ({}) for the first time",
                    r.name, r.uri
                ))
            },
        );
        self.ui.warnings(&warnings);
        catalog
    }
}

fn rank(origin: Origin) -> u8 {
    match origin {
        Origin::Flag => 0,
        Origin::Env => 1,
        Origin::File => 2,
        Origin::Default => 3,
    }
}

/// Whether a key's flag is on the command line itself (not only in the environment).
fn flag_given(name: &str) -> bool {
    let flag = match name {
        "marathon.url" => "--marathon",
        "marathon.dcos_url" => "--dcos-url",
        "marathon.token_file" => "--token-file",
        "marathon.ca_file" => "--ca-file",
        "marathon.insecure" => "--insecure",
        "marathon.request_timeout" => "--request-timeout",
        "marathon.version" => "--marathon-version",
        _ => return false,
    };
    std::env::args().any(|a| a == flag || a.starts_with(&format!("{flag}=")))
}
