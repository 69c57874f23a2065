//! One module per command: parse what clap gave, call the library, print.

mod catalog;
mod completion;
mod config;
pub mod context;
mod install;
mod lint;
mod list;
pub mod marathon;
mod render;
mod repo;
mod sandbox;
mod stack;
mod status;
mod uninstall;
mod upgrade;

use std::io::Read;

use serde_json::{Map, Value};
use smack::catalog::{Catalog, Package};
use smack::error::{Error, Result};
use smack::options::{self, Missing, SetKind};
use smack::pipeline::{Answers, Checks, Never, Pipeline, Prepared};

use crate::cli::{ChecksArgs, Cli, Command, OptionsArgs, RenderArgs};
use crate::ui::Ui;
use context::Context;

/// Runs a command; `Ok` carries the exit code.
pub fn run(cli: Cli, ui: &Ui) -> Result<i32> {
    // Commands that need no configuration.
    match cli.command {
        Command::Sandbox(cmd) => {
            return sandbox::run(cmd, cli.global.marathon.marathon_version.as_deref(), ui);
        }
        Command::Completion(args) => return completion::script(args, ui),
        Command::Man => return completion::man(ui),
        Command::Config(cmd) => return config::run(cmd, &cli.global, ui),
        _ => {}
    }
    let ctx = Context::new(&cli.global, ui)?;
    match cli.command {
        Command::Catalog(cmd) => catalog::run(cmd, &ctx),
        Command::Render(args) => render::run(args, &ctx),
        Command::Lint(args) => lint::run(args, &ctx),
        Command::Install(args) => install::run(args, &ctx),
        Command::List(args) => list::run(args, &ctx),
        Command::Upgrade(args) => upgrade::run(args, &ctx),
        Command::Uninstall(args) => uninstall::run(args, &ctx),
        Command::Status(args) => status::run(args, &ctx),
        Command::Repo(cmd) => repo::run(cmd, &ctx),
        Command::Stack(cmd) => stack::run(cmd, &ctx),
        Command::Ui(args) => crate::web::serve(&ctx, &args),
        Command::Sandbox(_) | Command::Completion(_) | Command::Man | Command::Config(_) => {
            unreachable!("handled above")
        }
    }
}

/// Resolves a package (the newest, or `version`) in the catalogs, printing warnings.
pub fn resolve_package(
    catalog: &Catalog,
    name: &str,
    version: Option<&str>,
    ui: &Ui,
) -> Result<Package> {
    let mut warnings = Vec::new();
    let package = catalog.resolve(name, version, &mut warnings);
    ui.warnings(&warnings);
    package
}

/// Whether a face asks for missing options.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ask {
    /// Fail with the list (render, `--yes`, no terminal).
    Never,
    /// Fail with the list, saying that a terminal would ask (install without one).
    NoTerminal,
    /// Ask on the terminal.
    Yes,
}

/// The terminal's answers: each missing option is asked for, typed and checked by the schema
/// as it is entered.
struct Prompt<'a> {
    ui: &'a Ui,
}

impl Answers for Prompt<'_> {
    fn answer(
        &mut self,
        package: &str,
        config: &Value,
        missing: &[Missing],
    ) -> Result<Vec<(String, String)>> {
        self.ui.note(format!(
            "package [{package}] needs options that have no default:"
        ));
        let mut out = Vec::new();
        for m in missing {
            let text = self.ui.ask(&m.describe(), &|text: &str| {
                options::check_answer(config, &m.path, text).map(|_| ())
            })?;
            out.push((m.path.clone(), text));
        }
        Ok(out)
    }
}

/// The checks the flags ask for.
pub fn checks(args: &ChecksArgs) -> Checks {
    if args.no_validate {
        Checks::Off
    } else if args.strict {
        Checks::Strict
    } else {
        Checks::Normal
    }
}

/// Runs the pipeline for `render`, `install` and `describe --render`: resolve, options (asked
/// for when `ask` says so), render, check. Prints the catalog's and the rules' warnings.
pub fn prepare(
    catalog: &Catalog,
    pipeline: &mut Pipeline,
    args: &RenderArgs,
    ui: &Ui,
    ask: Ask,
    checks: Checks,
) -> Result<Prepared> {
    let package = resolve_package(catalog, &args.package, args.package_version.as_deref(), ui)?;
    let user = user_options(&args.options, package.config.as_ref())?;
    let mut prompt = Prompt { ui };
    let mut never = Never {
        can_prompt: ask == Ask::NoTerminal,
    };
    let answers: &mut dyn Answers = if ask == Ask::Yes {
        &mut prompt
    } else {
        &mut never
    };
    let prepared = pipeline.prepare(package, user, args.app_id.as_deref(), answers, checks)?;
    ui.findings(&prepared.warnings());
    Ok(prepared)
}

/// `smack render` and `catalog describe --render`: the app JSON of a package, checked against
/// the configured (or default) Marathon, on stdout.
pub fn render_app(args: &RenderArgs, ctx: &Context) -> Result<i32> {
    let catalog = ctx.catalog()?;
    let mut pipeline = Pipeline::new(ctx.profile()?);
    let prepared = prepare(
        &catalog,
        &mut pipeline,
        args,
        ctx.ui,
        Ask::Never,
        checks(&args.checks),
    )?;
    print_app(ctx.ui, &prepared.rendered.app, args.compact);
    Ok(smack::error::exit::OK)
}

/// Checks an app against the pipeline's Marathon (once known, for install and upgrade),
/// printing the warnings; errors (and warnings with `--strict`) fail.
pub fn check_app(
    pipeline: &Pipeline,
    package: &str,
    app: &Map<String, Value>,
    checks: Checks,
    ui: &Ui,
) -> Result<()> {
    if let Some(checked) = pipeline.verify(package, app, checks)? {
        ui.findings(&checked.warnings().collect::<Vec<_>>());
    }
    Ok(())
}

/// The user's options: files in order, then `--set` and `--set-string` in command-line order.
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

/// Prints an app as `render` does.
pub fn print_app(ui: &Ui, app: &Map<String, Value>, compact: bool) {
    if compact {
        ui.line(serde_json::to_string(app).expect("JSON values serialize"));
    } else {
        ui.json(app);
    }
}
