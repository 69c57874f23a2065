//! `smack lint`: one line per problem, a summary line, exit 1 on problems.

use smack::catalog::{Source, load_package_dir};
use smack::error::{Result, exit};
use smack::lint::{self, Problem, Report};
use smack::render::Engine;

use super::context::Context;
use crate::cli::LintArgs;

pub fn run(args: LintArgs, ctx: &Context) -> Result<i32> {
    let ui = ctx.ui;
    let mut engine = Engine::new();
    let mut report = Report::default();
    if args.paths.is_empty() {
        for source in ctx.catalog()?.sources() {
            lint::lint_source(&mut engine, source, &mut report)?;
        }
    }
    for path in &args.paths {
        if path.join("package.json").is_file() {
            report.packages += 1;
            report.revisions += 1;
            match load_package_dir(path) {
                Ok(package) => report
                    .problems
                    .extend(lint::lint_package(&mut engine, &package)),
                Err(e) => report.problems.push(Problem {
                    location: path.display().to_string(),
                    message: e.to_string(),
                }),
            }
        } else {
            let source = Source::open(path, &mut report.warnings)?;
            lint::lint_source(&mut engine, &source, &mut report)?;
        }
    }
    ui.warnings(&report.warnings);
    let mut out = String::new();
    for problem in &report.problems {
        out.push_str(&format!("{problem}\n"));
    }
    let n = report.problems.len();
    out.push_str(&format!(
        "{}, {} checked: {}\n",
        counted(report.packages, "package"),
        counted(report.revisions, "revision"),
        if n == 0 {
            "no problems".to_string()
        } else {
            counted(n, "problem")
        }
    ));
    ui.out(&out);
    Ok(if n == 0 { exit::OK } else { exit::NOTHING })
}

/// `1 package`, `2 packages`.
fn counted(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}
