//! What the package commands share: resolving a package, the user's options, and the
//! terminal's answers for required options nothing gives.

use serde_json::Value;
use smack::catalog::{Catalog, Package};
use smack::error::Result;
use smack::options::{self, Missing};
use smack::pipeline::{Against, Answers, Never, Pipeline, Prepared};

use crate::cli::{OptionsArgs, RenderArgs};
use crate::ui::Ui;

/// Resolves a package (the newest, or `version`) in the catalogs, printing warnings.
pub fn resolve(catalog: &Catalog, name: &str, version: Option<&str>, ui: &Ui) -> Result<Package> {
    let mut warnings = Vec::new();
    let package = catalog.resolve(name, version, &mut warnings);
    ui.warnings(&warnings);
    package
}

/// The user's options from the command line's sources (standard input for `--options -`).
pub fn user_options(args: &OptionsArgs, config: Option<&Value>) -> Result<Value> {
    options::from_sources(&args.sources, config, &mut std::io::stdin())
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

/// Runs the pipeline for `render`, `install` and `describe --render`: resolve, options (asked
/// for when `ask` says so), render, and the check when `against` is given. Prints the
/// catalog's and the rules' warnings.
pub fn prepare(
    catalog: &Catalog,
    pipeline: &mut Pipeline,
    args: &RenderArgs,
    ui: &Ui,
    ask: Ask,
    against: Option<Against>,
) -> Result<Prepared> {
    let package = resolve(catalog, &args.package, args.package_version.as_deref(), ui)?;
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
    let prepared = pipeline.prepare(package, user, args.app_id.as_deref(), answers, against)?;
    ui.findings(&prepared.warnings());
    Ok(prepared)
}
