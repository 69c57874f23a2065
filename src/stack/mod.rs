//! Stacks: several members (catalog packages or plain Marathon apps) declared in one TOML file,
//! with their dependencies, rendered as the apps of one Marathon group named after the stack.
//!
//! Reading a stack file checks everything that needs no catalog: its keys, each member's shape,
//! app ids, `depends-on` (unknown members, cycles). Preparing it renders every member through
//! the one pipeline and checks the apps against Marathon's rules; every problem of every member
//! is reported at once, and nothing is sent before the whole file is sound.

pub mod apply;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_json::{Map, Value, json};

use crate::catalog::Catalog;
use crate::error::{Error, Result, Warning};
use crate::marathon::app::canonical_id;
use crate::marathon::rules::Finding;
use crate::options;
use crate::pipeline::{Against, Never, Pipeline};

pub use crate::marathon::installed::{MEMBER_LABEL, STACK_LABEL};

/// The largest stack file smack reads.
const MAX_FILE: u64 = 1 << 20;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileSpec {
    name: String,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    members: BTreeMap<String, MemberSpec>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct MemberSpec {
    package: Option<String>,
    version: Option<String>,
    options: Option<toml::Value>,
    #[serde(default)]
    options_files: Vec<String>,
    app: Option<toml::Value>,
    app_id: Option<String>,
    #[serde(default)]
    depends_on: Vec<String>,
}

/// What a member is made from.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    /// A catalog package, with the options the file gives (files merged in order, then the
    /// inline table on top).
    Package {
        name: String,
        version: Option<String>,
        options: Value,
    },
    /// A plain Marathon app, from a file or inline.
    App(Map<String, Value>),
}

/// One member as the file declares it.
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    pub key: String,
    pub source: Source,
    /// Its app id: `app-id`, else the plain app's own id, else `/<stack>/<member>`.
    pub app_id: String,
    pub depends_on: Vec<String>,
}

/// A stack file, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Stack {
    pub file: PathBuf,
    pub name: String,
    pub description: Option<String>,
    /// In deployment order: by dependency depth, then by name.
    pub members: Vec<Member>,
}

impl Stack {
    /// The group the members are apps of: `/<name>`.
    pub fn group_id(&self) -> String {
        format!("/{}", self.name)
    }

    /// The members' dependency depths (0: depends on nothing), by key.
    pub fn depths(&self) -> BTreeMap<String, usize> {
        let mut depth = BTreeMap::new();
        for m in &self.members {
            let d = m
                .depends_on
                .iter()
                .map(|k| depth.get(k).copied().unwrap_or(0) + 1)
                .max()
                .unwrap_or(0);
            depth.insert(m.key.clone(), d);
        }
        depth
    }
}

fn problem(file: &Path, problems: Vec<String>) -> Error {
    Error::Stack {
        file: file.display().to_string(),
        problems,
    }
}

/// Reads and checks a stack file: everything that needs no catalog.
pub fn read(path: &Path) -> Result<Stack> {
    let one = |p: String| problem(path, vec![p]);
    let meta = std::fs::metadata(path).map_err(|e| one(format!("cannot read: {e}")))?;
    if !meta.is_file() || meta.len() > MAX_FILE {
        return Err(one(format!(
            "not a regular file of at most {} KiB",
            MAX_FILE >> 10
        )));
    }
    let text = std::fs::read_to_string(path).map_err(|e| one(format!("cannot read: {e}")))?;
    let spec: FileSpec = toml::from_str(&text).map_err(|e| one(e.to_string().trim().into()))?;
    let dir = path.parent().unwrap_or(Path::new("")).to_path_buf();
    let mut problems = Vec::new();
    if canonical_id(&spec.name).ok().as_deref() != Some(&format!("/{}", spec.name)) {
        problems.push(format!(
            "name [{}]: a stack's name is its Marathon group: lower-case letters, digits and '-'",
            spec.name
        ));
    }
    if spec.members.is_empty() {
        problems.push("no members: declare them as [members.NAME] tables".into());
    }
    let mut members = Vec::new();
    for (key, m) in &spec.members {
        match member(&spec.name, &dir, key, m) {
            Ok(member) => members.push(member),
            Err(mut p) => problems.append(&mut p),
        }
    }
    // Dependencies: known members, no cycles.
    let keys: BTreeSet<&str> = spec.members.keys().map(String::as_str).collect();
    for m in &members {
        for d in &m.depends_on {
            if d == &m.key {
                problems.push(format!("member [{}]: depends on itself", m.key));
            } else if !keys.contains(d.as_str()) {
                let close = crate::suggest::closest(d, keys.iter().copied(), 1);
                problems.push(format!(
                    "member [{}]: depends-on names an unknown member [{d}]{}",
                    m.key,
                    close
                        .first()
                        .map(|c| format!("; did you mean [{c}]?"))
                        .unwrap_or_default()
                ));
            }
        }
    }
    // Two members, one app id.
    let mut ids: BTreeMap<&str, &str> = BTreeMap::new();
    for m in &members {
        if let Some(other) = ids.insert(&m.app_id, &m.key) {
            problems.push(format!(
                "members [{other}] and [{}] have the same app id {}",
                m.key, m.app_id
            ));
        }
    }
    if !problems.is_empty() {
        return Err(problem(path, problems));
    }
    let members = order(members)
        .map_err(|cycle| one(format!("depends-on has a cycle: {}", cycle.join(" -> "))))?;
    Ok(Stack {
        file: path.to_path_buf(),
        name: spec.name,
        description: spec.description,
        members,
    })
}

fn member(
    stack: &str,
    dir: &Path,
    key: &str,
    m: &MemberSpec,
) -> std::result::Result<Member, Vec<String>> {
    let mut problems = Vec::new();
    let say = |p: &str| format!("member [{key}]: {p}");
    if canonical_id(key).ok().as_deref() != Some(&format!("/{key}")) {
        problems.push(say(
            "a member's name is part of its app id: lower-case letters, digits and '-'",
        ));
    }
    let source = match (&m.package, &m.app) {
        (Some(_), Some(_)) => {
            problems.push(say("give either package or app, not both"));
            None
        }
        (None, None) => {
            problems.push(say(
                "give a package (from the catalog) or an app (a Marathon app)",
            ));
            None
        }
        (Some(name), None) => {
            let mut options = Value::Object(Map::new());
            for file in &m.options_files {
                let path = dir.join(file);
                match std::fs::read(&path) {
                    Ok(bytes) => match options::parse_file(&bytes, &path.display().to_string()) {
                        Ok(value) => options::merge(&mut options, &value),
                        Err(e) => problems.push(say(&e.to_string())),
                    },
                    Err(e) => problems.push(say(&format!(
                        "options file {}: cannot read: {e}",
                        path.display()
                    ))),
                }
            }
            if let Some(inline) = &m.options {
                match serde_json::to_value(inline) {
                    Ok(v @ Value::Object(_)) => options::merge(&mut options, &v),
                    _ => problems.push(say("options must be a table")),
                }
            }
            Some(Source::Package {
                name: name.clone(),
                version: m.version.clone(),
                options,
            })
        }
        (None, Some(app)) => {
            if m.version.is_some() || m.options.is_some() || !m.options_files.is_empty() {
                problems.push(say(
                    "version, options and options-files go with a package, not an app",
                ));
            }
            let value = match app {
                toml::Value::String(file) => {
                    let path = dir.join(file);
                    std::fs::read(&path)
                        .map_err(|e| format!("app file {}: cannot read: {e}", path.display()))
                        .and_then(|bytes| {
                            serde_json::from_slice::<Value>(&bytes).map_err(|e| {
                                format!("app file {}: not valid JSON: {e}", path.display())
                            })
                        })
                }
                inline => serde_json::to_value(inline).map_err(|e| e.to_string()),
            };
            match value {
                Ok(Value::Object(app)) => Some(Source::App(app)),
                Ok(_) => {
                    problems.push(say("an app is a JSON object (or an inline table)"));
                    None
                }
                Err(e) => {
                    problems.push(say(&e));
                    None
                }
            }
        }
    };
    let own_id = match &source {
        Some(Source::App(app)) => app.get("id").and_then(Value::as_str).map(str::to_string),
        _ => None,
    };
    let wanted = m
        .app_id
        .clone()
        .or(own_id)
        .unwrap_or_else(|| format!("/{stack}/{key}"));
    let app_id = match canonical_id(&wanted) {
        Ok(id) if id.starts_with(&format!("/{stack}/")) => Some(id),
        Ok(id) => {
            problems.push(say(&format!(
                "app id {id} is outside the stack's group /{stack}: members are apps of that group"
            )));
            None
        }
        Err(e) => {
            problems.push(say(&format!("app id {wanted}: {e}")));
            None
        }
    };
    match (source, app_id) {
        (Some(source), Some(app_id)) if problems.is_empty() => Ok(Member {
            key: key.to_string(),
            source,
            app_id,
            depends_on: m.depends_on.clone(),
        }),
        _ => Err(problems),
    }
}

/// The members by dependency depth, then by name; a cycle is returned as its path.
fn order(members: Vec<Member>) -> std::result::Result<Vec<Member>, Vec<String>> {
    let mut placed: BTreeMap<String, usize> = BTreeMap::new();
    let mut left: Vec<Member> = members;
    let mut out = Vec::new();
    let mut depth = 0;
    while !left.is_empty() {
        let (ready, waiting): (Vec<Member>, Vec<Member>) = left
            .into_iter()
            .partition(|m| m.depends_on.iter().all(|d| placed.contains_key(d)));
        if ready.is_empty() {
            return Err(cycle(&waiting));
        }
        for m in &ready {
            placed.insert(m.key.clone(), depth);
        }
        out.extend(ready);
        left = waiting;
        depth += 1;
    }
    Ok(out)
}

/// One cycle among members that all wait on each other.
fn cycle(waiting: &[Member]) -> Vec<String> {
    let by_key: BTreeMap<&str, &Member> = waiting.iter().map(|m| (m.key.as_str(), m)).collect();
    let mut path: Vec<String> = Vec::new();
    let mut at = waiting[0].key.as_str();
    loop {
        if let Some(i) = path.iter().position(|k| k == at) {
            let mut cycle = path[i..].to_vec();
            cycle.push(at.to_string());
            return cycle;
        }
        path.push(at.to_string());
        at = by_key[at]
            .depends_on
            .iter()
            .find(|d| by_key.contains_key(d.as_str()))
            .map(String::as_str)
            .unwrap_or(at);
    }
}

/// A member rendered: its app as the stack sends it.
#[derive(Debug, Clone)]
pub struct Rendered {
    pub key: String,
    pub app_id: String,
    /// The package and version, for package members.
    pub package: Option<(String, String)>,
    pub depends_on: Vec<String>,
    pub app: Map<String, Value>,
    /// Marathon's warnings about the app.
    pub findings: Vec<Finding>,
    /// The catalog's warnings while resolving the package.
    pub warnings: Vec<Warning>,
}

/// Renders every member through the pipeline and checks the apps, in deployment order. Every
/// member's problem is reported, all at once, naming the file and the member.
///
/// `installed` holds the apps Marathon runs, by id: a package member installed from the same
/// package keeps its installed options, with the file's options on top (as `smack upgrade`
/// keeps them).
pub fn render(
    stack: &Stack,
    catalog: &Catalog,
    pipeline: &mut Pipeline,
    against: Against,
    installed: &BTreeMap<String, Map<String, Value>>,
) -> Result<Vec<Rendered>> {
    let ids: BTreeMap<&str, &str> = stack
        .members
        .iter()
        .map(|m| (m.key.as_str(), m.app_id.as_str()))
        .collect();
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for m in &stack.members {
        match render_member(stack, m, &ids, catalog, pipeline, against, installed) {
            Ok(r) => out.push(r),
            Err(e) => problems.push(format!("member [{}]: {e}", m.key)),
        }
    }
    if !problems.is_empty() {
        return Err(problem(&stack.file, problems));
    }
    Ok(out)
}

fn render_member(
    stack: &Stack,
    m: &Member,
    ids: &BTreeMap<&str, &str>,
    catalog: &Catalog,
    pipeline: &mut Pipeline,
    against: Against,
    installed: &BTreeMap<String, Map<String, Value>>,
) -> Result<Rendered> {
    let mut warnings = Vec::new();
    let (mut app, package) = match &m.source {
        Source::Package {
            name,
            version,
            options,
        } => {
            let package = catalog.resolve(name, version.as_deref(), &mut warnings)?;
            let given = match installed
                .get(&m.app_id)
                .and_then(|a| crate::marathon::installed::Installed::from_app(a.clone()))
                .filter(|i| i.name == *name)
            {
                Some(current) => current.kept_options(options, false)?,
                None => options.clone(),
            };
            let mut never = Never { can_prompt: false };
            let user = pipeline.complete_options(&package, given, &mut never)?;
            let rendered = pipeline.render(&package, &user, Some(&m.app_id))?;
            (
                rendered.app,
                Some((package.name.clone(), package.version.clone())),
            )
        }
        Source::App(app) => {
            let mut app = app.clone();
            app.insert("id".into(), json!(m.app_id));
            (app, None)
        }
    };
    // Marathon's own ordering: the ids of what this member depends on.
    let mut dependencies: Vec<Value> = app
        .get("dependencies")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    for d in &m.depends_on {
        let id = json!(ids[d.as_str()]);
        if !dependencies.contains(&id) {
            dependencies.push(id);
        }
    }
    if !dependencies.is_empty() {
        app.insert("dependencies".into(), Value::Array(dependencies));
    }
    let labels = app
        .entry("labels")
        .or_insert_with(|| Value::Object(Map::new()));
    if let Value::Object(labels) = labels {
        labels.insert(STACK_LABEL.into(), json!(stack.name));
        labels.insert(MEMBER_LABEL.into(), json!(m.key));
    }
    let name = package
        .as_ref()
        .map_or(m.key.clone(), |(name, _)| name.clone());
    let findings = pipeline
        .verify(&name, &app, against)?
        .map(|c| c.warnings().cloned().collect())
        .unwrap_or_default();
    Ok(Rendered {
        key: m.key.clone(),
        app_id: m.app_id.clone(),
        package,
        depends_on: m.depends_on.clone(),
        app,
        findings,
        warnings,
    })
}

/// The group document the stack's members make: `{"id": "/<stack>", "apps": [...]}`.
pub fn group(stack: &Stack, members: &[Rendered]) -> Value {
    json!({
        "id": stack.group_id(),
        "apps": members.iter().map(|m| Value::Object(m.app.clone())).collect::<Vec<_>>(),
    })
}
