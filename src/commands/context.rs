//! What every command starts from: the terminal and the settings, lowered once from the command
//! line, the environment and the config file (`smack::settings`), and the catalog, opened at
//! most once per process.

use std::cell::OnceCell;

use smack::catalog::Catalog;
use smack::config::{self, Config, Repository};
use smack::error::Result;
use smack::marathon::rules::Profile;
use smack::ops::{self, Connection};
use smack::repo::Cache;
use smack::settings::{Given, Settings};

use crate::cli::{Output, OutputArgs};
use crate::ui::Ui;

pub struct Context<'a> {
    pub ui: &'a Ui,
    pub settings: Settings,
    catalog: OnceCell<Catalog>,
}

/// Looks an environment variable up (the settings' variables were checked to be UTF-8 by
/// [`check_utf8`]).
pub fn env_var(name: &str) -> Option<String> {
    std::env::var(name).ok()
}

/// A settings variable that is not UTF-8 is an error naming it, never silently ignored.
pub fn check_utf8() -> Result<()> {
    let others = [
        "SMACK_CATALOG",
        "SMACK_TOKEN",
        "SMACK_SANDBOX_TOKEN",
        "SMACK_SERVE_TOKEN",
        "SMACK_PASSWORD",
    ];
    for name in config::KEYS.iter().map(|k| k.env).chain(others) {
        if std::env::var_os(name).is_some_and(|v| v.to_str().is_none()) {
            return Err(smack::Error::Usage(format!(
                "the environment variable {name} is not valid UTF-8"
            )));
        }
    }
    Ok(())
}

impl<'a> Context<'a> {
    /// Loads the config file (an error names the file and the key) and resolves the settings.
    pub fn new(given: &Given, ui: &'a Ui) -> Result<Context<'a>> {
        check_utf8()?;
        let config = Config::load(&config::default_path()?)?;
        Ok(Context {
            ui,
            settings: Settings::resolve(given, &env_var, config)?,
            catalog: OnceCell::new(),
        })
    }

    /// [`Context::new`] for the commands that add, mend and remove clusters: the settings
    /// without the named cluster looked up (it may be the one missing or broken).
    pub fn without_cluster(given: &Given, ui: &'a Ui) -> Result<Context<'a>> {
        check_utf8()?;
        let config = Config::load(&config::default_path()?)?;
        Ok(Context {
            ui,
            settings: Settings::resolve_without_cluster(given, &env_var, config)?,
            catalog: OnceCell::new(),
        })
    }

    pub fn config(&self) -> &Config {
        &self.settings.config
    }

    /// Table or JSON for a listing: `--json`, `-o` (or `SMACK_OUTPUT`), else `output.format`.
    pub fn output(&self, args: &OutputArgs) -> Output {
        if args.json {
            return Output::Json;
        }
        if let Some(o) = args.output {
            return o;
        }
        if self.settings.json_output {
            Output::Json
        } else {
            Output::Table
        }
    }

    /// HTTP settings for Marathon and repositories, tracing requests with `-v`.
    pub fn http(&self) -> smack::http::Settings {
        self.settings.http(self.ui.trace())
    }

    /// The Marathon apps are checked against when smack talks to none.
    pub fn profile(&self) -> Profile {
        self.settings.profile.offline()
    }

    pub fn repositories(&self) -> &[Repository] {
        &self.settings.repositories
    }

    pub fn cache(&self) -> Result<Cache> {
        Ok(Cache::new(Cache::default_dir()?))
    }

    /// The catalogs in effect, opened on first use (printing warnings); a remote repository
    /// never downloaded before is downloaded then.
    pub fn catalog(&self) -> Result<&Catalog> {
        if let Some(catalog) = self.catalog.get() {
            return Ok(catalog);
        }
        let ui = self.ui;
        let mut warnings = Vec::new();
        let catalog = ops::open_catalog(
            &self.settings.repositories,
            &self.http(),
            &mut warnings,
            &mut |r: &Repository| ui.downloading(r),
        );
        ui.warnings(&warnings);
        let catalog = catalog?;
        Ok(self.catalog.get_or_init(|| catalog))
    }

    /// Connects to the configured Marathon (or the embedded sandbox), printing what the user
    /// should know of the connection.
    pub fn connect(&self) -> Result<Connection> {
        let connection = ops::connect(&self.settings, self.ui.trace())?;
        for note in &connection.notes {
            self.ui.note(note);
        }
        Ok(connection)
    }
}
