//! The one pipeline from a package to a Marathon app: resolve the package, read the options
//! (asking for the missing ones through [`Answers`]), render, and check the app against
//! Marathon's rules. render, install, upgrade, stacks, lint and the web page all go through
//! [`Pipeline`]. The Marathon an app is checked against is an argument ([`Against`]): the face
//! passes the one it talks to, so that an app is rendered once and checked once.

use serde_json::{Map, Value};

use crate::catalog::Package;
use crate::error::{Error, Result};
use crate::marathon::rules::{self, Checked, Finding, Profile, Severity};
use crate::options::{self, Missing, SetKind};
use crate::render::{self, Engine, Payloads, Rendered};

/// Values for required options that nothing gives: each face answers in its own way (a
/// terminal prompt, a web form), or not at all.
pub trait Answers {
    /// Returns `(option path, text)` for each missing option, typed as `--set` types them; or
    /// an error, such as [`Error::MissingOptions`].
    fn answer(
        &mut self,
        package: &str,
        config: &Value,
        missing: &[Missing],
    ) -> Result<Vec<(String, String)>>;
}

/// Never asks: missing options are an error listing them. `can_prompt` says whether a
/// terminal would have asked.
pub struct Never {
    pub can_prompt: bool,
}

impl Answers for Never {
    fn answer(
        &mut self,
        package: &str,
        _config: &Value,
        missing: &[Missing],
    ) -> Result<Vec<(String, String)>> {
        Err(Error::MissingOptions {
            package: package.to_string(),
            missing: missing.iter().map(Missing::describe).collect(),
            can_prompt: self.can_prompt,
        })
    }
}

/// How much of Marathon's rules applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Checks {
    /// `--no-validate`: print whatever renders.
    Off,
    /// Errors block; warnings are reported.
    Normal,
    /// `--strict`: warnings block too.
    Strict,
}

/// The Marathon an app is checked against, and how strictly.
#[derive(Debug, Clone, Copy)]
pub struct Against<'a> {
    pub profile: &'a Profile,
    pub checks: Checks,
}

impl<'a> Against<'a> {
    pub fn new(profile: &'a Profile, checks: Checks) -> Against<'a> {
        Against { profile, checks }
    }
}

/// A rendered app and what Marathon's rules say of it.
#[derive(Debug)]
pub struct Prepared {
    pub package: Package,
    pub rendered: Rendered,
    /// The check, unless checks are off or the app is not checked yet.
    pub checked: Option<Checked>,
}

impl Prepared {
    /// The warnings to show (errors have become an [`Error::InvalidApp`]).
    pub fn warnings(&self) -> Vec<&Finding> {
        self.checked.iter().flat_map(|c| c.warnings()).collect()
    }
}

/// The pipeline, with its template engine (compiled templates are kept for reuse).
pub struct Pipeline {
    engine: Engine,
}

impl Default for Pipeline {
    fn default() -> Pipeline {
        Pipeline::new()
    }
}

impl Pipeline {
    pub fn new() -> Pipeline {
        Pipeline {
            engine: Engine::new(),
        }
    }

    /// The user's options, completed with answers for required options nothing gives.
    pub fn complete_options(
        &self,
        package: &Package,
        mut user: Value,
        answers: &mut dyn Answers,
    ) -> Result<Value> {
        let Some(config) = &package.config else {
            return Ok(user);
        };
        let mut merged = options::defaults(config);
        options::merge(&mut merged, &user);
        let missing = options::missing_required(config, &merged);
        if missing.is_empty() {
            return Ok(user);
        }
        for (path, text) in answers.answer(&package.name, config, &missing)? {
            options::apply_set(
                &mut user,
                Some(config),
                &format!("{path}={text}"),
                SetKind::Typed,
            )?;
        }
        Ok(user)
    }

    /// Renders the package with the user's options (format.md, steps 1–8).
    pub fn render(
        &mut self,
        package: &Package,
        user: &Value,
        app_id: Option<&str>,
    ) -> Result<Rendered> {
        render::render(&mut self.engine, package, user, app_id, Payloads::Recorded)
    }

    /// Renders as [`Pipeline::render`] does, with the labels' payloads left empty: for an app
    /// that is only checked (lint), never posted or shown.
    pub fn render_to_check(&mut self, package: &Package, user: &Value) -> Result<Rendered> {
        render::render(&mut self.engine, package, user, None, Payloads::Omitted)
    }

    /// Checks an app against a Marathon's rules.
    pub fn check(&self, app: &Map<String, Value>, profile: &Profile) -> Checked {
        rules::check(app, profile)
    }

    /// Checks an app as `checks` asks (nothing when off) and fails with every error (and, when
    /// strict, every warning); otherwise returns the check, whose warnings are for the face.
    pub fn verify(
        &self,
        package: &str,
        app: &Map<String, Value>,
        against: Against,
    ) -> Result<Option<Checked>> {
        let checks = against.checks;
        if checks == Checks::Off {
            return Ok(None);
        }
        let checked = self.check(app, against.profile);
        let blocking: Vec<&Finding> = checked
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Error || checks == Checks::Strict)
            .collect();
        if blocking.is_empty() {
            return Ok(Some(checked));
        }
        Err(Error::InvalidApp {
            package: package.to_string(),
            target: format!("Marathon {}", against.profile.version),
            strict: checks == Checks::Strict && !checked.has_errors(),
            violations: blocking.iter().map(|f| f.violation()).collect(),
        })
    }

    /// The whole pipeline for a resolved package: options, render, and the check when
    /// `against` is given (`None`: the app is checked later, once the Marathon it goes to is
    /// known; see `ops::install::plan`).
    pub fn prepare(
        &mut self,
        package: Package,
        user: Value,
        app_id: Option<&str>,
        answers: &mut dyn Answers,
        against: Option<Against>,
    ) -> Result<Prepared> {
        let user = self.complete_options(&package, user, answers)?;
        let rendered = self.render(&package, &user, app_id)?;
        let checked = match against {
            Some(against) => self.verify(&package.name, &rendered.app, against)?,
            None => None,
        };
        Ok(Prepared {
            package,
            rendered,
            checked,
        })
    }
}
