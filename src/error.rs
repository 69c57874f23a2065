//! Typed errors of the core and the exit codes they map to.
//!
//! Every fallible operation of the library returns [`Error`]. The binary turns an error into one
//! message on stderr and the exit code of [`Error::exit_code`]; the codes are documented in the
//! README ("Exit codes") and are part of smack's interface for scripts.

/// Exit codes of the `smack` binary.
pub mod exit {
    /// Success.
    pub const OK: i32 = 0;
    /// The command ran but found nothing (no search match), found problems (lint), or did
    /// nothing because the user declined the confirmation.
    pub const NOTHING: i32 = 1;
    /// Bad command line (clap's own code).
    pub const USAGE: i32 = 2;
    /// A catalog or package could not be found or read.
    pub const CATALOG: i32 = 3;
    /// The user's options are invalid (bad file, bad `--set`, schema violations).
    pub const OPTIONS: i32 = 4;
    /// The package could not be rendered to a valid Marathon app.
    pub const RENDER: i32 = 5;
    /// Marathon answered with an error.
    pub const MARATHON: i32 = 6;
    /// Marathon could not be reached or did not answer in time.
    pub const UNREACHABLE: i32 = 7;
    /// A deployment failed or did not finish in time.
    pub const DEPLOYMENT: i32 = 8;
    /// Authentication: the cluster asked for credentials, refused them, or a login expired or
    /// failed (a 401, or a refused DC/OS login).
    pub const AUTH: i32 = 9;
    /// Local I/O or configuration error.
    pub const IO: i32 = 10;
    /// Interrupted (Ctrl-C, SIGTERM) while following a change Marathon carries on with.
    pub const INTERRUPTED: i32 = 130;
}

/// A problem that does not stop the command (a malformed package in a catalog, say).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// Where: a file path, or a source and an element.
    pub location: String,
    pub message: String,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

/// One violation of a JSON schema, located by a dotted option path or a JSON path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// `kafka.brokers.count`, or `(root)` for the whole document.
    pub path: String,
    /// What the schema expects.
    pub expected: String,
    /// The value found, as compact JSON (absent for a missing property).
    pub found: Option<String>,
    /// A suggestion, such as the closest valid option name.
    pub hint: Option<String>,
}

impl std::fmt::Display for Violation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "  {}: {}",
            crate::text::excerpt(&self.path, 200),
            crate::text::excerpt(&self.expected, 500)
        )?;
        if let Some(found) = &self.found {
            write!(f, "\n    found: {found}")?;
        }
        if let Some(hint) = &self.hint {
            write!(f, "\n    hint: {hint}")?;
        }
        Ok(())
    }
}

/// The violations, a screenful of them, then how many more.
fn list_violations(v: &[Violation]) -> String {
    let mut out = crate::text::listed(&v[..v.len().min(crate::text::LISTED)], "\n");
    if v.len() > crate::text::LISTED {
        out.push_str(&format!("\n  … and {} more", v.len() - crate::text::LISTED));
    }
    out
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot read catalog {path}: {reason}")]
    CatalogUnreadable { path: String, reason: String },

    #[error("package [{name}] not found in {}{}", searched.join(", "), suggestion(suggestions))]
    PackageNotFound {
        name: String,
        searched: Vec<String>,
        suggestions: Vec<String>,
    },

    #[error(
        "package [{name}] has no version [{}]; available: {}",
        crate::text::excerpt(version, 100),
        crate::text::joined(available)
    )]
    VersionNotFound {
        name: String,
        version: String,
        available: Vec<String>,
    },

    #[error("{path}: {reason}")]
    BadPackage { path: String, reason: String },

    #[error("{source_name}: {message}")]
    BadOptionsFile {
        source_name: String,
        message: String,
    },

    #[error(
        "--set {}: {}",
        crate::text::excerpt(arg, 200),
        crate::text::excerpt(reason, 400)
    )]
    BadSet { arg: String, reason: String },

    #[error("package [{package}] needs options that have no default:{}", missing.iter().map(|m| format!("\n  {m}")).collect::<String>())]
    MissingOptions {
        package: String,
        missing: Vec<String>,
        can_prompt: bool,
    },

    #[error("package [{package}] has no options schema (config.json), so options cannot be given")]
    NoOptionsSchema { package: String },

    #[error("options for package [{package}] are invalid ({} problem{}):{}", violations.len(), plural(violations.len()), list_violations(violations))]
    InvalidOptions {
        package: String,
        violations: Vec<Violation>,
    },

    #[error("{file}:{line}:{column}: template error: {message}")]
    Template {
        file: String,
        line: usize,
        column: usize,
        message: String,
    },

    #[error("package [{package}]: {message}")]
    Render { package: String, message: String },

    #[error("package [{package}] has no Marathon template")]
    NoTemplate { package: String },

    #[error("{target} would refuse the app of package [{package}] ({} {}{}{}):{}", violations.len(), if *strict { "warning" } else { "error" }, plural(violations.len()), if *strict { ", an error with --strict" } else { "" }, list_violations(violations))]
    InvalidApp {
        package: String,
        /// `Marathon 1.11`.
        target: String,
        /// Only warnings, made errors by `--strict`.
        strict: bool,
        violations: Vec<Violation>,
    },

    #[error("{context}: {source}")]
    Io {
        context: String,
        #[source]
        source: std::io::Error,
    },

    #[error("{0}")]
    Usage(String),

    #[error("repository [{name}]: {message}")]
    Repository { name: String, message: String },

    #[error("config file {path}: {message}")]
    Config { path: String, message: String },

    #[error("{target} is unreachable: {reason}")]
    Unreachable { target: String, reason: String },

    #[error("request to {target} timed out after {after}")]
    Timeout { target: String, after: String },

    #[error("Marathon at {url} refused the request: {status}{}", detail(message))]
    MarathonAuth {
        url: String,
        status: u16,
        message: String,
        hint: String,
    },

    /// A DC/OS login (or a cluster's setup) that did not succeed.
    #[error("logging in to {url} failed: {message}")]
    Login {
        url: String,
        message: String,
        hint: String,
    },

    #[error("{message}")]
    MarathonNotFound { message: String },

    #[error("an app with id [{id}] already exists on Marathon")]
    AppExists { id: String },

    #[error("app [{id}] is locked by deployment {}", deployments.join(", "))]
    AppLocked {
        id: String,
        deployments: Vec<String>,
    },

    #[error(
        "Marathon rejected the app ({status}): {message}{}",
        list_violations(details)
    )]
    MarathonRejected {
        status: u16,
        message: String,
        details: Vec<Violation>,
    },

    #[error("Marathon at {url} answered {status}{}{}", reason_phrase(*status), detail_colon(message))]
    MarathonStatus {
        url: String,
        status: u16,
        message: String,
    },

    #[error("Marathon's answer from {url} is not what smack expects: {reason}")]
    MarathonProtocol { url: String, reason: String },

    #[error("deployment {deployment} of app [{app}] did not finish within {timeout}{}", progress.as_deref().map(|p| format!(" ({p})")).unwrap_or_default())]
    DeploymentTimeout {
        app: String,
        deployment: String,
        timeout: String,
        progress: Option<String>,
    },

    #[error("{done}, but smack lost Marathon while following the deployment: {reason}")]
    FollowLost {
        /// What did happen: `app [/kafka] was created (deployment 1f…)`.
        done: String,
        app: String,
        reason: String,
    },

    #[error("interrupted: {done}; it goes on without smack: follow it with `{follow}`{}", undo.as_deref().map(|u| format!(", undo it with `{u}`")).unwrap_or_default())]
    Interrupted {
        /// What stands: `app [/kafka] was posted and keeps deploying (deployment 1f…)`.
        done: String,
        /// The command that follows it: `smack status /kafka`.
        follow: String,
        /// The command that undoes it, if there is one.
        undo: Option<String>,
    },

    #[error("interrupted: {what}; undone (--atomic): {undone}")]
    InterruptedUndone {
        /// The change that was interrupted: `the install of app [/kafka]`.
        what: String,
        /// What the undo did: `app [/kafka] was removed (deployment 2a…)`.
        undone: String,
    },

    #[error("{failure}; the undo (--atomic) did not finish: {reason}")]
    UndoUnfinished {
        /// Why the change was undone (its failure, or the interrupt).
        failure: String,
        app: String,
        /// Where the undo stopped (it did not finish in time, Marathon was lost, …).
        reason: String,
    },

    #[error("stack file {file}: {}", if problems.len() == 1 { problems[0].clone() } else { format!("{} problems:{}", problems.len(), crate::text::listed(problems, "\n  ")) })]
    Stack { file: String, problems: Vec<String> },

    #[error("stack [{stack}] {summary}{}", report.iter().map(|r| format!("\n  {r}")).collect::<String>())]
    StackDeployment {
        stack: String,
        summary: String,
        /// One line per member (or per problem).
        report: Vec<String>,
        /// The deployment, when one was started.
        deployment: Option<String>,
        rolled_back: bool,
    },

    #[error("deployment of app [{app}] failed: {reason}")]
    DeploymentFailed { app: String, reason: String },

    #[error("package [{package}] is not installed{}", app_id.as_deref().map(|a| format!(" with app id [{a}]")).unwrap_or_default())]
    NotInstalled {
        package: String,
        app_id: Option<String>,
    },

    #[error(
        "package [{package}] matches several apps; {how}:{}",
        crate::text::listed(apps, "\n  ")
    )]
    Ambiguous {
        /// `/kafka (kafka 3.9.0)`, for people.
        apps: Vec<String>,
        how: String,
        /// The package's name and the bare app ids, for a service's answer.
        package: String,
        app_ids: Vec<String>,
    },

    #[error("app [{app}] cannot roll back {reason}")]
    RollbackRefused {
        app: String,
        /// `from package cassandra 5.0.9 to 4.1.7: …`, with the running package's notes
        /// (`preInstallNotes`), where it says what cannot go back.
        reason: String,
    },

    #[error("{failure}{}", undone.as_deref().map(|u| format!("; undone (--atomic): {u}")).unwrap_or_default())]
    Deployment {
        /// The failure (`DeploymentFailed`, `DeploymentTimeout`).
        failure: Box<Error>,
        /// What `--atomic` undid.
        undone: Option<String>,
        /// Without `--atomic`: the command that rolls the change back.
        rollback: Option<String>,
    },

    #[error(
        "app [{app}] has no stored options (DCOS_PACKAGE_OPTIONS) to merge the given ones with"
    )]
    OptionsNotStored { app: String },

    #[error("the new app id {new} must be equal to the old app id {old}")]
    AppIdChanged { new: String, old: String },

    #[error("package [{package}] cannot change from version {from} to {to}: {reason}{}", notes.as_deref().map(|n| format!("\n  {package} {to} says: {n}")).unwrap_or_default())]
    UpgradeRefused {
        package: String,
        from: String,
        to: String,
        reason: String,
        /// The target's notes (`preInstallNotes`), where a package says how to move to it.
        notes: Option<String>,
    },
}

/// ` Internal Server Error`: the standard text of a status, with its space.
fn reason_phrase(status: u16) -> String {
    reqwest::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .map(|r| format!(" {r}"))
        .unwrap_or_default()
}

fn detail_colon(message: &str) -> String {
    if message.is_empty() {
        String::new()
    } else {
        format!(": {message}")
    }
}

fn detail(message: &str) -> String {
    if message.is_empty() {
        String::new()
    } else {
        format!(" ({message})")
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn suggestion(s: &[String]) -> String {
    if s.is_empty() {
        String::new()
    } else {
        format!(
            "; did you mean {}?",
            s.iter()
                .map(|s| format!("[{s}]"))
                .collect::<Vec<_>>()
                .join(" or ")
        )
    }
}

impl Error {
    pub fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io {
            context: context.into(),
            source,
        }
    }

    /// What to do next, printed under the error (`  hint: …`): the one place hints come from.
    pub fn hint(&self) -> Option<String> {
        let hint = match self {
            Error::PackageNotFound { .. } => "`smack catalog search` lists the packages; `smack repo update` refreshes remote repositories".to_string(),
            Error::VersionNotFound { name, .. } => format!("`smack catalog describe {name} --package-versions` lists the versions"),
            Error::MissingOptions { can_prompt, .. } => format!(
                "give them with --set PATH=VALUE or --options FILE{}",
                if *can_prompt { ", or run in a terminal without --yes to be asked" } else { "" }
            ),
            Error::InvalidOptions { package, .. } => format!("`smack catalog describe {package} --config` shows the options schema"),
            Error::InvalidApp { strict: true, .. } => "drop --strict to install with the warnings".to_string(),
            Error::InvalidApp { strict: false, .. } => "--no-validate prints the app anyway; --marathon-version checks against another Marathon".to_string(),
            Error::Unreachable { .. } => "check the address and that the server is up (`smack config show` shows the settings in use)".to_string(),
            Error::Timeout { .. } => "a slow server may need a longer --request-timeout".to_string(),
            Error::MarathonAuth { hint, .. } | Error::Login { hint, .. } => hint.clone(),
            Error::MarathonNotFound { .. } => "`smack list` shows the installed apps and their ids".to_string(),
            Error::AppExists { id } => format!("upgrade it with `smack upgrade {id}`, or install another instance with --app-id"),
            Error::AppLocked { id, .. } => format!("wait for it (`smack status {id}`), or override it with --force"),
            Error::MarathonStatus { status: 413, .. } => "the request is larger than the server accepts: look for very large labels, environment values or options".to_string(),
            Error::MarathonStatus { status: 502..=504, .. } => "Marathon, or the proxy in front of it, is not ready (no leader elected yet, or restarting); try again in a minute".to_string(),
            Error::MarathonStatus { status: 500..=599, .. } => "Marathon failed on this request: its log says why; try again, and report it if it persists".to_string(),
            Error::DeploymentTimeout { app, .. } => format!("follow it with `smack status {app}`; it may still finish, or be stuck"),
            Error::DeploymentFailed { app, .. } => format!("`smack status {app}` shows the last task failure"),
            Error::Stack { .. } => "nothing was sent; the README's stack section shows the file format".to_string(),
            Error::StackDeployment { rolled_back: true, .. } => "Marathon is back to what it was before this apply; fix the member and apply again".to_string(),
            Error::StackDeployment { deployment: Some(id), .. } => format!(
                "Marathon keeps retrying deployment {id}; `smack stack apply FILE --atomic` rolls a failed apply back, and applying a fixed file needs --force while it holds the apps"
            ),
            Error::StackDeployment { deployment: None, .. } => "nothing was sent; `smack stack status FILE` shows the members".to_string(),
            Error::UndoUnfinished { app, .. } => format!(
                "the undo goes on without smack: follow it with `smack status {app}`; `smack history {app}` shows the revisions"
            ),
            Error::FollowLost { app, .. } => format!("the change stands; follow it with `smack status {app}` once Marathon answers again"),
            Error::NotInstalled { .. } => "`smack list` shows what is installed".to_string(),
            Error::RollbackRefused { app, .. } => format!(
                "`smack history {app}` lists the revisions; --force rolls back anyway (the package says why it should not)"
            ),
            Error::Deployment { undone: Some(_), .. } => "Marathon is back to what it was before; fix the cause and try again".to_string(),
            Error::Deployment { rollback: Some(r), failure, .. } => format!(
                "{}; undo it with `{r}` (--atomic undoes a failed change by itself)",
                failure.hint().unwrap_or_else(|| "the change stands".into())
            ),
            Error::Deployment { failure, .. } => return failure.hint(),
            Error::UpgradeRefused { package, .. } => format!(
                "`smack catalog describe {package} --package-versions` lists the versions; the package's upgradesFrom and downgradesTo say which changes it allows"
            ),
            _ => return None,
        };
        Some(hint)
    }

    /// The documented exit code for this error.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::CatalogUnreadable { .. }
            | Error::PackageNotFound { .. }
            | Error::VersionNotFound { .. }
            | Error::BadPackage { .. }
            | Error::Stack { .. }
            | Error::Repository { .. } => exit::CATALOG,
            Error::BadOptionsFile { .. }
            | Error::BadSet { .. }
            | Error::NoOptionsSchema { .. }
            | Error::MissingOptions { .. }
            | Error::OptionsNotStored { .. }
            | Error::InvalidOptions { .. } => exit::OPTIONS,
            Error::AppIdChanged { .. } => exit::RENDER,
            Error::Template { .. }
            | Error::Render { .. }
            | Error::NoTemplate { .. }
            | Error::InvalidApp { .. } => exit::RENDER,
            Error::Io { .. } | Error::Config { .. } => exit::IO,
            Error::Usage(_) | Error::Ambiguous { .. } => exit::USAGE,
            Error::Interrupted { .. } | Error::InterruptedUndone { .. } => exit::INTERRUPTED,
            Error::UndoUnfinished { .. } => exit::DEPLOYMENT,
            Error::Unreachable { .. } | Error::Timeout { .. } | Error::FollowLost { .. } => {
                exit::UNREACHABLE
            }
            Error::MarathonAuth { status: 401, .. } | Error::Login { .. } => exit::AUTH,
            Error::MarathonAuth { .. }
            | Error::MarathonNotFound { .. }
            | Error::AppExists { .. }
            | Error::AppLocked { .. }
            | Error::MarathonRejected { .. }
            | Error::MarathonStatus { .. }
            | Error::MarathonProtocol { .. } => exit::MARATHON,
            Error::DeploymentTimeout { .. }
            | Error::DeploymentFailed { .. }
            | Error::StackDeployment { .. } => exit::DEPLOYMENT,
            Error::NotInstalled { .. } => exit::NOTHING,
            Error::UpgradeRefused { .. } | Error::RollbackRefused { .. } => exit::CATALOG,
            Error::Deployment { failure, .. } => failure.exit_code(),
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
