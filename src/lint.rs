//! `smack lint`: checks packages the way a Universe maintainer would before publishing.
//!
//! An error means the package is broken (its files break the Universe's schemas, its template
//! fails or does not give JSON) or Marathon would refuse its app. A warning means Marathon
//! accepts the app but drops or changes something. A note says what lint assumed: a package whose
//! defaults leave required options empty is rendered with example values instead.

use serde_json::{Value, json};

use crate::catalog::{Package, Source};
use crate::error::{Error, Result, Warning};
use crate::marathon::rules::Profile;
use crate::marathon::rules::Severity;
use crate::options;
use crate::pipeline::Pipeline;
use crate::schema::{Builtin, PathStyle, check_draft4_schema};

/// How serious a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Error,
    Warning,
    Note,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Error => "error",
            Level::Warning => "warning",
            Level::Note => "note",
        }
    }
}

/// One problem found in a package.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file or element.
    pub location: String,
    pub package: String,
    pub revision: Option<u64>,
    pub level: Level,
    /// Where in the rendered app, for the findings of Marathon's rules.
    pub pointer: Option<String>,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}: ", self.location, self.level.as_str())?;
        if let Some(pointer) = &self.pointer {
            write!(f, "{pointer}: ")?;
        }
        f.write_str(&self.message)
    }
}

impl Problem {
    /// The JSON form of `lint -o json`.
    pub fn to_json(&self) -> Value {
        json!({
            "path": self.location,
            "package": self.package,
            "revision": self.revision,
            "severity": self.level.as_str(),
            "pointer": self.pointer,
            "message": self.message,
        })
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

impl Report {
    pub fn count(&self, level: Level) -> usize {
        self.problems.iter().filter(|p| p.level == level).count()
    }

    /// A revision that could not be read at all.
    pub fn unreadable(&mut self, location: String, package: String, message: String) {
        self.revisions += 1;
        self.problems.push(Problem {
            location,
            package,
            revision: None,
            level: Level::Error,
            pointer: None,
            message,
        });
    }
}

fn file(package: &Package, name: &str) -> String {
    if package.location.contains(": packages[") {
        format!("{}.{}", package.location, name.trim_end_matches(".json"))
    } else {
        format!("{}/{name}", package.location)
    }
}

struct Found<'a> {
    package: &'a Package,
    out: Vec<Problem>,
}

impl Found<'_> {
    fn push(&mut self, location: String, level: Level, pointer: Option<String>, message: String) {
        self.out.push(Problem {
            location,
            package: self.package.name.clone(),
            revision: Some(self.package.revision),
            level,
            pointer,
            message,
        });
    }

    /// Each violation of a built-in schema, as an error on `location`.
    fn schema(&mut self, schema: Builtin, document: &Value, location: String) {
        for v in schema.schema().violations(document, PathStyle::Pointer) {
            self.push(
                location.clone(),
                Level::Error,
                None,
                format!("{}: {}", v.path, v.expected),
            );
        }
    }
}

/// Checks one package revision against `profile`'s Marathon; the pipeline (and its compiled
/// templates) is reused.
pub fn lint_package(pipeline: &mut Pipeline, profile: &Profile, package: &Package) -> Vec<Problem> {
    let mut found = Found {
        package,
        out: Vec::new(),
    };
    let cli_only = package
        .resource
        .as_ref()
        .is_some_and(|r| r.get("cli").is_some());
    found.schema(
        Builtin::Package,
        &Value::Object(package.metadata.clone()),
        file(package, "package.json"),
    );
    if let Some(config) = &package.config {
        for message in check_draft4_schema(config) {
            found.push(
                file(package, "config.json"),
                Level::Error,
                None,
                format!("not a draft-04 JSON schema: {message}"),
            );
        }
    }
    if let Some(resource) = &package.resource {
        found.schema(Builtin::Resource, resource, file(package, "resource.json"));
    }
    if package.packaging_version() == "2.0" && cli_only {
        found.push(
            file(package, "resource.json"),
            Level::Error,
            None,
            "/cli: packagingVersion 2.0 has no cli".into(),
        );
    }
    if let Some(command) = &package.command {
        found.schema(Builtin::Command, command, file(package, "command.json"));
    }
    let Some(template) = &package.template else {
        if !cli_only {
            found.push(
                package.location.clone(),
                Level::Warning,
                None,
                "no Marathon template (marathon.json.mustache): the package installs nothing on Marathon".into(),
            );
        }
        return found.out;
    };
    let mut rendered = pipeline.render_to_check(package, &json!({}));
    if let (Err(e @ Error::InvalidOptions { .. }), Some(config)) = (&rendered, &package.config) {
        let mut examples = options::defaults(config);
        let Some(filled) = options::with_examples(config, &mut examples) else {
            found.push(
                package.location.clone(),
                Level::Error,
                None,
                format!(
                    "{}; smack could not make up example values that satisfy config.json",
                    render_problem(e)
                ),
            );
            return found.out;
        };
        found.push(
            file(package, "config.json"),
            Level::Note,
            None,
            format!(
                "the defaults leave options to the user ({}); the template is checked with example values",
                filled.join(", ")
            ),
        );
        rendered = pipeline.render_to_check(package, &examples);
    }
    match rendered {
        Ok(rendered) => {
            let checked = pipeline.check(&rendered.app, profile);
            for f in &checked.findings {
                let level = match f.severity {
                    Severity::Error => Level::Error,
                    Severity::Warning => Level::Warning,
                };
                let mut message = f.message.clone();
                if let Some(hint) = &f.hint {
                    message.push_str("; ");
                    message.push_str(hint);
                }
                found.push(template.origin.clone(), level, Some(f.pointer()), message);
            }
        }
        Err(e) => found.push(
            package.location.clone(),
            Level::Error,
            None,
            render_problem(&e),
        ),
    }
    found.out
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

/// What linting one revision gave.
enum Outcome {
    Linted(Vec<Problem>),
    Missing,
    Unreadable(String),
}

/// Lints every revision of every package of a source, on every core (one pipeline per worker),
/// reporting in the catalog's order. A revision that cannot be read is an error of the report,
/// and the rest of the source is still linted.
pub fn lint_source(profile: &Profile, source: &Source, report: &mut Report) -> Result<()> {
    let before = report.warnings.len();
    let summaries = source.summaries(&mut report.warnings)?;
    let mut tasks: Vec<(String, u64)> = Vec::new();
    for summary in summaries {
        report.packages += 1;
        let releases = source
            .releases(&summary.name, &mut report.warnings)?
            .unwrap_or_default();
        tasks.extend(
            releases
                .into_iter()
                .map(|r| (summary.name.clone(), r.revision)),
        );
    }
    let results = crate::parallel::map(&tasks, 1, Pipeline::new, |pipeline, (name, revision)| {
        let mut warnings = Vec::new();
        let outcome = match source.load_revision(name, *revision, &mut warnings) {
            Ok(Some(package)) => Outcome::Linted(lint_package(pipeline, profile, &package)),
            Ok(None) => Outcome::Missing,
            Err(e) => Outcome::Unreadable(e.to_string()),
        };
        (outcome, warnings)
    });
    for (i, (outcome, warnings)) in results.into_iter().enumerate() {
        report.warnings.extend(warnings);
        let name = &tasks[i].0;
        match outcome {
            Outcome::Linted(problems) => {
                report.revisions += 1;
                report.problems.extend(problems);
            }
            Outcome::Missing => {}
            Outcome::Unreadable(message) => report.unreadable(name.clone(), name.clone(), message),
        }
    }
    // What the catalog skipped as unreadable (a broken package.json, a misnamed folder) is a
    // problem of the catalog being linted.
    let skipped: Vec<Warning> = report.warnings.drain(before..).collect();
    for w in skipped {
        report.unreadable(w.location.clone(), String::new(), w.message.clone());
    }
    Ok(())
}
