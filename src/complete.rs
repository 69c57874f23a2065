//! Dynamic shell completion (clap_complete's `COMPLETE=<shell> smack`): package names, versions,
//! repository names and config keys from the user's own configuration. Completion never
//! downloads: a remote repository is used only when it is in the cache.

use std::ffi::OsStr;

use clap_complete::CompletionCandidate;
use smack::catalog::{Catalog, distinct_versions};
use smack::config::{self, Config, Repository};
use smack::repo::{self, Cache, Location};

/// The words of the command line being completed (after clap_complete's `--`).
fn words() -> Vec<String> {
    let args: Vec<String> = std::env::args().collect();
    match args.iter().position(|a| a == "--") {
        Some(i) => args[i + 1..].to_vec(),
        None => Vec::new(),
    }
}

fn configured() -> Vec<Repository> {
    let words = words();
    let mut given = Vec::new();
    let mut iter = words.iter();
    while let Some(w) = iter.next() {
        if w == "--catalog" {
            if let Some(v) = iter.next() {
                given.push(v.clone());
            }
        } else if let Some(v) = w.strip_prefix("--catalog=") {
            given.push(v.to_string());
        }
    }
    if given.is_empty()
        && let Ok(env) = std::env::var("SMACK_CATALOG")
    {
        given = env
            .split(',')
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect();
    }
    if !given.is_empty() {
        return given
            .into_iter()
            .map(|c| Repository {
                name: c.clone(),
                uri: c,
            })
            .collect();
    }
    config::default_path()
        .ok()
        .and_then(|p| Config::load(&p).ok())
        .map(|c| c.repositories_or_default())
        .unwrap_or_else(|| vec![config::builtin_repository()])
}

fn catalog() -> Option<Catalog> {
    let cache = Cache::new(Cache::default_dir().ok()?);
    let settings = smack::http::Settings::default();
    let mut sources = Vec::new();
    for r in configured() {
        if let Location::Remote(url) = repo::location(&r.uri)
            && !cache.index_path(&url).is_file()
        {
            continue;
        }
        if let Ok(source) = repo::open(&r, &cache, &settings, &mut Vec::new(), &mut |_| {}) {
            sources.push(source);
        }
    }
    Some(Catalog::from_sources(sources))
}

fn starting_with(
    current: &OsStr,
    items: Vec<(String, Option<String>)>,
) -> Vec<CompletionCandidate> {
    let prefix = current.to_string_lossy();
    items
        .into_iter()
        .filter(|(name, _)| name.starts_with(prefix.as_ref()))
        .map(|(name, help)| {
            let candidate = CompletionCandidate::new(name);
            match help {
                Some(h) => candidate.help(Some(h.into())),
                None => candidate,
            }
        })
        .collect()
}

/// Package names from the catalogs in use.
pub fn packages(current: &OsStr) -> Vec<CompletionCandidate> {
    let Some(catalog) = catalog() else {
        return Vec::new();
    };
    let summaries = catalog.summaries(&mut Vec::new()).unwrap_or_default();
    starting_with(
        current,
        summaries
            .iter()
            .map(|s| {
                let description: String = s.description().chars().take(60).collect();
                (s.name.clone(), Some(description))
            })
            .collect(),
    )
}

/// Versions of the package named on the command line.
pub fn versions(current: &OsStr) -> Vec<CompletionCandidate> {
    let Some(catalog) = catalog() else {
        return Vec::new();
    };
    let mut warnings = Vec::new();
    for word in words().iter().skip(1) {
        if word.starts_with('-') {
            continue;
        }
        if let Ok(releases) = catalog.releases(word, &mut warnings) {
            let versions = distinct_versions(&releases);
            return starting_with(current, versions.into_iter().map(|v| (v, None)).collect());
        }
    }
    Vec::new()
}

/// Names of the configured repositories.
pub fn repositories(current: &OsStr) -> Vec<CompletionCandidate> {
    starting_with(
        current,
        configured()
            .into_iter()
            .map(|r| (r.name, Some(r.uri)))
            .collect(),
    )
}

/// Config keys.
pub fn config_keys(current: &OsStr) -> Vec<CompletionCandidate> {
    starting_with(
        current,
        config::KEYS
            .iter()
            .map(|k| (k.name.to_string(), Some(k.help.to_string())))
            .collect(),
    )
}
