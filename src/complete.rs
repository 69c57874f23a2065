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

/// The kept clusters' names (help: the URL), read from the clusters folder beside the config.
pub fn clusters(current: &OsStr) -> Vec<CompletionCandidate> {
    let Ok(path) = config::default_path() else {
        return Vec::new();
    };
    let kept = smack::clusters::Store::beside(&path)
        .list()
        .unwrap_or_default();
    starting_with(
        current,
        kept.into_iter()
            .map(|c| {
                (
                    c.name,
                    Some(smack::text::redact_credentials(&c.url).into_owned()),
                )
            })
            .collect(),
    )
}

/// App ids on the Marathon the command line (`--marathon`), `SMACK_MARATHON_URL` or the
/// config file names, asked with a one-second timeout; without one, the apps of the embedded
/// sandbox, read from its state file (no server is started). Help: the package, if any.
pub fn apps(current: &OsStr) -> Vec<CompletionCandidate> {
    let words = words();
    let mut url = None;
    let mut iter = words.iter();
    while let Some(w) = iter.next() {
        if w == "--marathon" {
            url = iter.next().cloned();
        } else if let Some(v) = w.strip_prefix("--marathon=") {
            url = Some(v.to_string());
        }
    }
    let url = url
        .or_else(|| {
            std::env::var("SMACK_MARATHON_URL")
                .ok()
                .filter(|u| !u.is_empty())
        })
        .or_else(|| {
            let config = Config::load(&config::default_path().ok()?).ok()?;
            config.get_text("marathon.url")
        });
    let apps: Vec<serde_json::Map<String, serde_json::Value>> = match url {
        Some(url) => {
            let mut target = smack::marathon::Target::new(url);
            target.http.connect_timeout = std::time::Duration::from_secs(1);
            target.http.request_timeout = std::time::Duration::from_secs(1);
            target.http.retries = 0;
            smack::marathon::Client::new(target)
                .and_then(|c| c.apps(None))
                .unwrap_or_default()
        }
        None => smack::ops::connect::embedded_dir()
            .ok()
            .and_then(|d| smack::sandbox::load_state(&d.join("state.json")).ok())
            .map(|s| s.apps.into_values().map(|r| r.app).collect())
            .unwrap_or_default(),
    };
    starting_with(
        current,
        apps.iter()
            .filter_map(|a| {
                let id = a.get("id")?.as_str()?.to_string();
                let package = a
                    .get("labels")
                    .and_then(|l| l.get(smack::marathon::installed::NAME_LABEL))
                    .and_then(serde_json::Value::as_str)
                    .map(str::to_string);
                Some((id, package))
            })
            .collect(),
    )
}
