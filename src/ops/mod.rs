//! Operations: one function per thing smack does to a Marathon (install, upgrade, uninstall,
//! follow a deployment) and the connection they share, written once and called by every face
//! (the CLI, stacks, the web page). A face parses, asks and prints; the steps are here.

pub mod catalogs;
pub mod cluster;
pub mod connect;
pub mod follow;
pub mod history;
pub mod install;
pub mod service;
pub mod uninstall;
pub mod upgrade;

use crate::catalog::Catalog;
use crate::config::Repository;
use crate::error::{Result, Warning};
use crate::repo::{self, Cache};

pub use connect::{Connection, connect};

/// Opens the catalogs of `repositories` (`Settings::repositories`), with the user's cache. A
/// remote repository never downloaded before is downloaded now, and `downloading` hears of it
/// first.
pub fn open_catalog(
    repositories: &[Repository],
    http: &crate::http::Settings,
    warnings: &mut Vec<Warning>,
    downloading: &mut dyn FnMut(&Repository),
) -> Result<Catalog> {
    let cache = Cache::new(Cache::default_dir()?);
    repo::catalog(repositories, &cache, http, warnings, downloading)
}
