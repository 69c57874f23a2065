//! `smack lint`: checks packages the way a Universe maintainer would before publishing.

use serde_json::{Value, json};

use crate::app;
use crate::catalog::{Package, Source};
use crate::error::{Error, Result, Warning};
use crate::render::{self, Engine};
use crate::schema::{Builtin, PathStyle, check_draft4_schema};

/// One problem found in a package.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file or element.
    pub location: String,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

/// What a lint run covered and found.
#[derive(Debug, Default)]
pub struct Report {
    pub packages: usize,
    pub revisions: usize,
    pub problems: Vec<Problem>,
    pub warnings: Vec<Warning>,
}

fn file(package: &Package, name: &str) -> String {
    if package.location.contains(": packages[") {
        format!("{}.{}", package.location, name.trim_end_matches(".json"))
    } else {
        format!("{}/{name}", package.location)
    }
}

/// Each violation of a built-in schema, as a problem on `location`.
fn schema_problems(schema: Builtin, document: &Value, location: String) -> Vec<Problem> {
    schema
        .schema()
        .violations(document, PathStyle::Pointer)
        .into_iter()
        .map(|v| Problem {
            location: location.clone(),
            message: format!("{}: {}", v.path, v.expected),
        })
        .collect()
}

/// Checks one package revision; `engine` is reused across packages.
pub fn lint_package(engine: &mut Engine, package: &Package) -> Vec<Problem> {
    let mut problems = Vec::new();
    let cli_only = package
        .resource
        .as_ref()
        .is_some_and(|r| r.get("cli").is_some());
    problems.extend(schema_problems(
        Builtin::Package,
        &Value::Object(package.metadata.clone()),
        file(package, "package.json"),
    ));
    if let Some(config) = &package.config {
        for message in check_draft4_schema(config) {
            problems.push(Problem {
                location: file(package, "config.json"),
                message: format!("not a draft-04 JSON schema: {message}"),
            });
        }
    }
    if let Some(resource) = &package.resource {
        problems.extend(schema_problems(
            Builtin::Resource,
            resource,
            file(package, "resource.json"),
        ));
    }
    if package.packaging_version() == "2.0" && cli_only {
        problems.push(Problem {
            location: file(package, "resource.json"),
            message: "/cli: packagingVersion 2.0 has no cli".into(),
        });
    }
    if let Some(command) = &package.command {
        problems.extend(schema_problems(
            Builtin::Command,
            command,
            file(package, "command.json"),
        ));
    }
    if package.template.is_none() {
        if !cli_only {
            problems.push(Problem {
                location: package.location.clone(),
                message: "no Marathon template (marathon.json.mustache)".into(),
            });
        }
        return problems;
    }
    match render::render(engine, package, &json!({}), None) {
        Ok(rendered) => {
            for v in app::violations(&rendered.app) {
                problems.push(Problem {
                    location: package
                        .template
                        .as_ref()
                        .map(|t| t.origin.clone())
                        .unwrap_or_default(),
                    message: format!(
                        "rendered app with default options: {}: {}",
                        v.path, v.expected
                    ),
                });
            }
        }
        Err(e) => problems.push(Problem {
            location: package.location.clone(),
            message: render_problem(&e),
        }),
    }
    problems
}

fn render_problem(error: &Error) -> String {
    match error {
        Error::InvalidOptions { violations, .. } => format!(
            "the default options do not validate against config.json: {}",
            violations
                .iter()
                .map(|v| format!("{}: {}", v.path, v.expected))
                .collect::<Vec<_>>()
                .join("; ")
        ),
        other => other.to_string(),
    }
}

/// Lints every revision of every package of a source.
pub fn lint_source(engine: &mut Engine, source: &Source, report: &mut Report) -> Result<()> {
    for summary in source.summaries(&mut report.warnings)? {
        report.packages += 1;
        let releases = source
            .releases(&summary.name, &mut report.warnings)?
            .unwrap_or_default();
        for release in releases {
            match source.load_revision(&summary.name, release.revision, &mut report.warnings) {
                Ok(Some(package)) => {
                    report.revisions += 1;
                    report.problems.extend(lint_package(engine, &package));
                }
                Ok(None) => {}
                Err(e) => {
                    report.revisions += 1;
                    report.problems.push(Problem {
                        location: summary.name.clone(),
                        message: e.to_string(),
                    });
                }
            }
        }
    }
    Ok(())
}
