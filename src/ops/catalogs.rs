//! The catalog a long-running face keeps (`smack ui`, `smack serve`): opened once, and again
//! only when its sources change — the config file's repositories, changed by `smack repo add`
//! in another shell or by the package service's repository calls. `--catalog` (or
//! `SMACK_CATALOG`) fixes the sources.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use crate::catalog::Catalog;
use crate::config::{Config, Repository};
use crate::error::{Result, Warning};
use crate::settings::{Origin, Settings};

struct Open {
    repositories: Vec<Repository>,
    /// The config file's modification time when it was read.
    stamp: Option<SystemTime>,
    catalog: Arc<Catalog>,
}

/// A kept catalog.
pub struct Kept {
    fixed: bool,
    config: PathBuf,
    initial: Vec<Repository>,
    open: Mutex<Option<Open>>,
}

impl Kept {
    pub fn new(settings: &Settings) -> Kept {
        Kept {
            fixed: settings.repositories_origin != Origin::File,
            config: settings.config.path().to_path_buf(),
            initial: settings.repositories.clone(),
            open: Mutex::new(None),
        }
    }

    /// Whether the sources come from `--catalog`/`SMACK_CATALOG` (and cannot change).
    pub fn fixed(&self) -> bool {
        self.fixed
    }

    /// The repositories in effect now.
    pub fn repositories(&self) -> Result<Vec<Repository>> {
        if self.fixed {
            return Ok(self.initial.clone());
        }
        Ok(Config::load(&self.config)?.repositories_or_default())
    }

    /// The catalog, reopened when the config file changed and its repositories with it.
    /// `warnings` and `downloading` hear of a new opening only.
    pub fn get(
        &self,
        http: &crate::http::Settings,
        warnings: &mut Vec<Warning>,
        downloading: &mut dyn FnMut(&Repository),
    ) -> Result<Arc<Catalog>> {
        let mut open = self.open.lock().unwrap_or_else(|e| e.into_inner());
        let stamp = if self.fixed {
            None
        } else {
            std::fs::metadata(&self.config)
                .and_then(|m| m.modified())
                .ok()
        };
        if let Some(o) = open.as_ref()
            && (self.fixed || o.stamp == stamp)
        {
            return Ok(o.catalog.clone());
        }
        let repositories = self.repositories()?;
        if let Some(o) = open.as_mut()
            && o.repositories == repositories
        {
            o.stamp = stamp;
            return Ok(o.catalog.clone());
        }
        let catalog = Arc::new(super::open_catalog(
            &repositories,
            http,
            warnings,
            downloading,
        )?);
        *open = Some(Open {
            repositories,
            stamp,
            catalog: catalog.clone(),
        });
        Ok(catalog)
    }
}
