//! `smack lint`: one line per problem, a summary line counting errors and warnings apart;
//! exit 1 on errors (and on warnings with `--strict`).

use smack::catalog::{Source, load_package_dir};
use smack::error::{Result, exit};
use smack::lint::{self, Level, Report};
use smack::pipeline::Pipeline;

use super::context::Context;
use crate::cli::{LintArgs, Output};

pub fn run(args: LintArgs, ctx: &Context) -> Result<i32> {
    let ui = ctx.ui;
    let profile = ctx.profile();
    let mut pipeline = Pipeline::new();
    let mut report = Report::default();
    if args.paths.is_empty() {
        for source in ctx.catalog()?.sources() {
            lint::lint_source(&profile, source, &mut report)?;
        }
    }
    for path in &args.paths {
        if path.join("package.json").is_file() {
            report.packages += 1;
            match load_package_dir(path) {
                Ok(package) => {
                    report.revisions += 1;
                    report
                        .problems
                        .extend(lint::lint_package(&mut pipeline, &profile, &package));
                }
                Err(e) => {
                    report.unreadable(path.display().to_string(), String::new(), e.to_string())
                }
            }
        } else {
            let derived = ctx.cache().ok().map(|c| c.derived_dir());
            let source = Source::open(path, derived.as_deref(), &mut report.warnings)?;
            lint::lint_source(&profile, &source, &mut report)?;
        }
    }
    ui.warnings(&report.warnings);
    let errors = report.count(Level::Error);
    let warnings = report.count(Level::Warning);
    if ctx.output(&args.output) == Output::Json {
        let list: Vec<serde_json::Value> = report.problems.iter().map(|p| p.to_json()).collect();
        ui.json(&list);
    } else {
        let mut out = String::new();
        for problem in &report.problems {
            out.push_str(&format!("{problem}\n"));
        }
        out.push_str(&format!(
            "{}, {} checked against Marathon {}: {}\n",
            counted(report.packages, "package"),
            counted(report.revisions, "revision"),
            profile.version,
            if errors + warnings == 0 {
                "no problems".to_string()
            } else {
                format!(
                    "{}, {}",
                    counted(errors, "error"),
                    counted(warnings, "warning")
                )
            }
        ));
        ui.out(&out);
    }
    Ok(if errors > 0 || (args.strict && warnings > 0) {
        exit::NOTHING
    } else {
        exit::OK
    })
}

/// `1 package`, `2 packages`.
fn counted(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}
