//! `smack repo add|list|remove|update|index`.

use serde_json::json;
use smack::catalog::Source;
use smack::config::Repository;
use smack::error::{Error, Result, exit};
use smack::repo::{self, Location, Refreshed};

use super::context::Context;
use crate::cli::{Output, RepoAddArgs, RepoCommand, RepoIndexArgs, RepoRemoveArgs, RepoUpdateArgs};
use crate::ui::table;

pub fn run(cmd: RepoCommand, ctx: &Context) -> Result<i32> {
    match cmd {
        RepoCommand::Add(args) => add(args, ctx),
        RepoCommand::List(output) => {
            let repos = ctx.config().repositories_or_default();
            let cache = ctx.cache()?;
            let kind = |r: &Repository| match repo::location(&r.uri) {
                Location::Builtin => "builtin",
                Location::Local(p) if p.is_dir() => "directory",
                Location::Local(_) => "index file",
                Location::Remote(_) => "http",
            };
            if ctx.output(&output) == Output::Json {
                let items: Vec<_> = repos
                    .iter()
                    .enumerate()
                    .map(|(i, r)| {
                        let cached = repo::cached_at(r, &cache);
                        json!({
                            "index": i,
                            "name": r.name,
                            "uri": smack::text::redact_credentials(&r.uri),
                            "kind": kind(r),
                            "cached": cached.as_ref().map(|(_, m)| m.checked_at.clone()),
                        })
                    })
                    .collect();
                ctx.ui.json(&items);
            } else {
                let rows: Vec<Vec<String>> = repos
                    .iter()
                    .enumerate()
                    .map(|(i, r)| {
                        let cached = match repo::location(&r.uri) {
                            Location::Remote(_) => repo::cached_at(r, &cache)
                                .map(|(_, m)| format!("checked {}", m.checked_at))
                                .unwrap_or_else(|| "not downloaded yet".into()),
                            _ => "-".into(),
                        };
                        vec![
                            i.to_string(),
                            r.name.clone(),
                            kind(r).into(),
                            cached,
                            smack::text::redact_credentials(&r.uri).into_owned(),
                        ]
                    })
                    .collect();
                ctx.ui.out(&table(
                    &["#", "NAME", "KIND", "CACHE", "URI"],
                    &rows,
                    ctx.ui.width(),
                ));
            }
            Ok(exit::OK)
        }
        RepoCommand::Remove(args) => remove(args, ctx),
        RepoCommand::Update(args) => update(args, ctx),
        RepoCommand::Index(args) => index(args, ctx),
    }
}

fn add(args: RepoAddArgs, ctx: &Context) -> Result<i32> {
    repo::check_name(&args.name)?;
    let location = repo::check_uri(&args.uri)?;
    if ctx
        .config()
        .repositories_or_default()
        .iter()
        .any(|r| r.name == args.name)
    {
        return Err(exists(&args.name));
    }
    // Local paths are stored absolute, so that the config works from any folder.
    let uri = match &location {
        Location::Local(path) => std::fs::canonicalize(path)
            .map_err(|e| Error::io(format!("reading {}", path.display()), e))?
            .display()
            .to_string(),
        _ => args.uri.clone(),
    };
    let repository = Repository {
        name: args.name.clone(),
        uri,
    };
    // A source that cannot be read is refused now, not at the next search.
    let mut warnings = Vec::new();
    let cache = ctx.cache()?;
    let settings = ctx.http();
    if let Location::Remote(_) = location {
        download(ctx, &repository, &cache, &settings)?;
    }
    let source = repo::open(&repository, &cache, &settings, &mut warnings, &mut |_| {})?;
    ctx.ui.warnings(&warnings);
    // Under the config file's lock, on the file as it is now: another `repo add` may have
    // changed it since this one started, and its change is kept.
    let position = smack::config::Config::update(ctx.config().path(), |config| {
        let mut repos = config.repositories_or_default();
        if repos.iter().any(|r| r.name == repository.name) {
            return Err(exists(&repository.name));
        }
        let position = args.index.unwrap_or(repos.len()).min(repos.len());
        repos.insert(position, repository.clone());
        config.set_repositories(&repos);
        Ok((true, position))
    })?;
    let count = source.summaries(&mut Vec::new())?.len();
    ctx.ui.note(format!(
        "added repository [{}] at position {position} ({count} packages)",
        args.name
    ));
    Ok(exit::OK)
}

/// A repository of that name is there already.
fn exists(name: &str) -> Error {
    Error::Usage(format!(
        "a repository named [{name}] exists already; remove it first with `smack repo remove {name}`"
    ))
}

fn remove(args: RepoRemoveArgs, ctx: &Context) -> Result<i32> {
    // Under the config file's lock, on the file as it is now.
    let repos = smack::config::Config::update(ctx.config().path(), |config| {
        let mut repos = config.repositories_or_default();
        for name in &args.names {
            if !repos.iter().any(|r| &r.name == name) {
                let names: Vec<&str> = repos.iter().map(|r| r.name.as_str()).collect();
                return Err(Error::Usage(format!(
                    "no repository named [{name}]; the repositories are: {} (see `smack repo list`)",
                    if names.is_empty() {
                        "none".into()
                    } else {
                        names.join(", ")
                    }
                )));
            }
        }
        repos.retain(|r| !args.names.contains(&r.name));
        config.set_repositories(&repos);
        Ok((true, repos))
    })?;
    ctx.ui.note(format!("removed {}", args.names.join(", ")));
    if repos.is_empty() {
        ctx.ui
            .note("no repositories left; add one with `smack repo add NAME URI`");
    }
    Ok(exit::OK)
}

fn update(args: RepoUpdateArgs, ctx: &Context) -> Result<i32> {
    let repos = ctx.repositories();
    for name in &args.names {
        if !repos.iter().any(|r| &r.name == name) {
            return Err(Error::Usage(format!(
                "no repository named [{name}] (see `smack repo list`)"
            )));
        }
    }
    let cache = ctx.cache()?;
    let settings = ctx.http();
    let mut failed = None;
    for repository in repos
        .iter()
        .filter(|r| args.names.is_empty() || args.names.contains(&r.name))
    {
        let bar = ctx
            .ui
            .download_bar(&format!("updating {}", repository.name));
        let result = repo::refresh(repository, &cache, &settings, &mut |n, total| {
            crate::ui::Ui::show_download(&bar, n, total)
        });
        bar.finish_and_clear();
        match result {
            Ok(Refreshed::Updated {
                bytes,
                downloaded,
                packages,
            }) => ctx.ui.line(format!(
                "{}: updated ({packages} package revisions, {bytes} bytes{})",
                repository.name,
                if downloaded == bytes {
                    String::new()
                } else {
                    format!(", {downloaded} downloaded")
                }
            )),
            Ok(Refreshed::Unchanged) => ctx.ui.line(format!("{}: up to date", repository.name)),
            Ok(Refreshed::Local) => ctx
                .ui
                .line(format!("{}: local, nothing to download", repository.name)),
            Err(e) => failed = Some(ctx.ui.error(&e)),
        }
    }
    // Every failure was said; the exit code is the last one's.
    Ok(failed.unwrap_or(exit::OK))
}

/// Refreshes one repository's cached index, with a download bar in a terminal.
fn download(
    ctx: &Context,
    repository: &Repository,
    cache: &repo::Cache,
    settings: &smack::http::Settings,
) -> Result<Refreshed> {
    let bar = ctx
        .ui
        .download_bar(&format!("downloading {}", repository.name));
    let result = repo::refresh(repository, cache, settings, &mut |n, total| {
        crate::ui::Ui::show_download(&bar, n, total)
    });
    bar.finish_and_clear();
    result
}

fn index(args: RepoIndexArgs, ctx: &Context) -> Result<i32> {
    let mut warnings = Vec::new();
    let source = Source::open(&args.dir, None, &mut warnings)?;
    let Source::Directory(_) = &source else {
        return Err(Error::Usage(format!(
            "{} is an index file already; give a Universe directory",
            args.dir.display()
        )));
    };
    let index = repo::build_index(&source, &mut warnings)?;
    ctx.ui.warnings(&warnings);
    let count = index["packages"].as_array().map_or(0, Vec::len);
    let text = serde_json::to_string_pretty(&index).expect("JSON serializes") + "\n";
    match &args.file {
        Some(path) => {
            smack::fsutil::write_atomic_public(path, text.as_bytes())?;
            ctx.ui.note(format!(
                "wrote {} ({count} package revisions)",
                path.display()
            ));
        }
        None => ctx.ui.out(&text),
    }
    Ok(exit::OK)
}
