//! `smack render`: the app JSON on stdout and nothing else.

use std::io::Read;

use serde_json::{Map, Value};
use smack::catalog::{Catalog, Package};
use smack::error::{Error, Result, exit};
use smack::options::{self, SetKind};
use smack::render::{self, Engine, Rendered};

use super::context::Context;
use super::resolve_package;
use crate::cli::{OptionsArgs, RenderArgs};
use crate::ui::Ui;

pub fn run(args: RenderArgs, ctx: &Context) -> Result<i32> {
    let ui = ctx.ui;
    let catalog = ctx.catalog()?;
    let (_, rendered) = prepare(&catalog, &args, ui, Ask::Never)?;
    print_app(ui, &rendered.app, args.compact);
    Ok(exit::OK)
}

/// How `prepare` deals with required options that have no value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ask {
    /// Fail with the list (render, `--yes`, no terminal).
    Never,
    /// Fail with the list, saying that a terminal would ask (install without one).
    NoTerminal,
    /// Ask on the terminal.
    Yes,
}

/// Resolves, renders and (unless `--no-validate`) validates: shared by render and install.
pub fn prepare(
    catalog: &Catalog,
    args: &RenderArgs,
    ui: &Ui,
    ask: Ask,
) -> Result<(Package, Rendered)> {
    let package = resolve_package(catalog, &args.package, args.package_version.as_deref(), ui)?;
    let mut user = user_options(&args.options, package.config.as_ref())?;
    if let Some(config) = &package.config {
        ask_missing(&package.name, config, &mut user, ask, ui)?;
    }
    let mut engine = Engine::new();
    let rendered = render::render(&mut engine, &package, &user, args.app_id.as_deref())?;
    if !args.no_validate {
        smack::app::validate(&package.name, &rendered.app)?;
    }
    Ok((package, rendered))
}

/// Finds required options that nothing gives a value, and asks for them (typed and checked by
/// the schema as they are entered) or fails with the list.
fn ask_missing(package: &str, config: &Value, user: &mut Value, ask: Ask, ui: &Ui) -> Result<()> {
    let mut merged = options::defaults(config);
    options::merge(&mut merged, user);
    let missing = options::missing_required(config, &merged);
    if missing.is_empty() {
        return Ok(());
    }
    if ask != Ask::Yes {
        return Err(Error::MissingOptions {
            package: package.to_string(),
            missing: missing.iter().map(|m| m.describe()).collect(),
            can_prompt: ask == Ask::NoTerminal,
        });
    }
    ui.note(format!(
        "package [{package}] needs options that have no default:"
    ));
    for m in &missing {
        let text = ui.ask(&m.describe(), &|text: &str| {
            options::check_answer(config, &m.path, text).map(|_| ())
        })?;
        options::apply_set(
            user,
            Some(config),
            &format!("{}={text}", m.path),
            SetKind::Typed,
        )?;
    }
    Ok(())
}

/// The user's options: files in order, then `--set`, then `--set-string`.
pub fn user_options(args: &OptionsArgs, config: Option<&Value>) -> Result<Value> {
    let mut user = Value::Object(Map::new());
    let mut stdin_used = false;
    for name in &args.options {
        let bytes = if name == "-" {
            if stdin_used {
                return Err(Error::Usage("--options - can read stdin only once".into()));
            }
            stdin_used = true;
            let mut buf = Vec::new();
            std::io::stdin()
                .read_to_end(&mut buf)
                .map_err(|e| Error::io("reading options from stdin", e))?;
            buf
        } else {
            std::fs::read(name).map_err(|e| Error::BadOptionsFile {
                source_name: name.clone(),
                message: format!("cannot read: {e}"),
            })?
        };
        let value = options::parse_file(&bytes, if name == "-" { "<stdin>" } else { name })?;
        options::merge(&mut user, &value);
    }
    // In command-line order, so that a later --set or --set-string of the same option wins.
    let ordered: Vec<(bool, String)> = if args.ordered.is_empty() {
        let typed = args.set.iter().map(|a| (true, a.clone()));
        typed
            .chain(args.set_string.iter().map(|a| (false, a.clone())))
            .collect()
    } else {
        args.ordered.clone()
    };
    for (typed, arg) in &ordered {
        let kind = if *typed {
            SetKind::Typed
        } else {
            SetKind::String
        };
        options::apply_set(&mut user, config, arg, kind)?;
    }
    Ok(user)
}

pub fn print_app(ui: &Ui, app: &Map<String, Value>, compact: bool) {
    if compact {
        ui.line(serde_json::to_string(app).expect("JSON values serialize"));
    } else {
        ui.json(app);
    }
}
