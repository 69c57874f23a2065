//! `smack config show|get|set|unset`.

use serde_json::{Map, Value, json};
use smack::config::{self, Config};
use smack::error::{Result, exit};

use super::context::Context;
use smack::settings::Given;

use crate::cli::{ConfigCommand, Output};
use crate::ui::{Ui, table};

pub fn run(cmd: ConfigCommand, given: &Given, ui: &Ui) -> Result<i32> {
    match cmd {
        ConfigCommand::Show(output) => {
            let ctx = Context::new(given, ui)?;
            let rows: Vec<(&str, Option<String>, &str)> = ctx
                .settings
                .shown
                .iter()
                // A password in a URL is never shown.
                .map(|s| (s.key, s.value.as_deref().map(hide), s.origin.as_str()))
                .collect();
            if ctx.output(&output) == Output::Json {
                let mut map = Map::new();
                for (key, value, origin) in &rows {
                    map.insert(key.to_string(), json!({ "value": value, "source": origin }));
                }
                let mut repos = ctx.config().repositories_or_default();
                for r in &mut repos {
                    r.uri = hide(&r.uri);
                }
                ui.json(&json!({
                    "file": ctx.config().path().display().to_string(),
                    "target": ctx.settings.target(),
                    "cluster": ctx.settings.cluster.as_ref().map(|c| json!({
                        "name": c.cluster.name,
                        "source": c.origin.as_str(),
                        "url_overridden": c.url_overridden,
                    })),
                    "settings": Value::Object(map),
                    "repositories": repos,
                }));
            } else {
                ui.note(format!("config file: {}", ctx.config().path().display()));
                ui.note(format!("talking to: {}", ctx.settings.target()));
                let rows: Vec<Vec<String>> = rows
                    .into_iter()
                    .map(|(k, v, o)| {
                        vec![
                            k.to_string(),
                            v.unwrap_or_else(|| "-".into()),
                            o.to_string(),
                        ]
                    })
                    .collect();
                ui.out(&table(&["KEY", "VALUE", "SOURCE"], &rows, ui.width()));
            }
            Ok(exit::OK)
        }
        ConfigCommand::Get(args) => {
            config::key(&args.key)?;
            let ctx = Context::new(given, ui)?;
            match ctx
                .settings
                .shown(&args.key)
                .and_then(|s| s.value.as_deref())
            {
                Some(value) => {
                    ui.line(hide(value));
                    Ok(exit::OK)
                }
                None => {
                    ui.note(format!("[{}] is not set", args.key));
                    Ok(exit::NOTHING)
                }
            }
        }
        ConfigCommand::Set(args) => {
            let key = config::key(&args.key)?;
            let value = config::parse(key, &args.value)?;
            // Under the file's lock: a concurrent `config set` or `repo add` keeps its change.
            let path = config::default_path()?;
            if key.name == "cluster.current" {
                // Only a kept cluster can be the current one (as `smack cluster use` checks).
                smack::clusters::Store::beside(&path).get(&args.value)?;
            }
            Config::update(&path, |file| {
                file.set(&args.key, value).map(|()| (true, ()))
            })?;
            ui.note(format!("set {} in {}", args.key, path.display()));
            Ok(exit::OK)
        }
        ConfigCommand::Unset(args) => {
            let path = config::default_path()?;
            if Config::update(&path, |file| file.unset(&args.key).map(|gone| (gone, gone)))? {
                ui.note(format!("removed {} from {}", args.key, path.display()));
            } else {
                ui.note(format!("[{}] was not set in {}", args.key, path.display()));
            }
            Ok(exit::OK)
        }
    }
}

/// A setting's value as shown: a password in a URL written as `***`.
fn hide(value: &str) -> String {
    smack::text::redact_credentials(value).into_owned()
}
