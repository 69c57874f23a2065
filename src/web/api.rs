//! The JSON API under `/api/` (every JSON answer of the server; the HTML pages are in
//! `pages.rs` and `services.rs`): the page's only way in. Every answer comes from the same library
//! calls as the CLI's: catalog search, the package, the pipeline (options → render → Marathon's
//! rules), the Marathon client.

use serde_json::{Map, Value, json};
use smack::catalog::{Package, search};
use smack::error::{Error, Result};
use smack::marathon::rules::Finding;
use smack::ops::history;
use smack::ops::install::{self, Posted};
use smack::ops::{uninstall, upgrade};
use smack::pipeline::{Against, Checks, Never, Pipeline};

use super::{Answer, Request, Server, services};

/// A package reviewed: the app as `smack render` prints it, with Marathon's warnings; or the
/// problems, each with the option path it belongs to (empty for the whole app). When installed,
/// what Marathon accepted.
pub struct Review {
    pub package: Package,
    pub app: Option<Map<String, Value>>,
    pub warnings: Vec<Finding>,
    pub errors: Vec<(String, String)>,
    pub posted: Option<Posted>,
}

/// Runs the pipeline for a package and the user's options, checked against the connected
/// Marathon; with `install`, the app goes to Marathon through `ops::install` (rendered once,
/// checked once). Option and rule problems come back as [`Review::errors`], anything else as
/// an error.
pub fn review(server: &Server, package: Package, user: Value, install: bool) -> Result<Review> {
    let mut pipeline = Pipeline::new();
    let mut never = Never { can_prompt: false };
    let outcome = if install {
        pipeline
            .prepare(package.clone(), user, None, &mut never, None)
            .and_then(|prepared| {
                install::plan(&server.connection, &pipeline, prepared, Checks::Normal)
            })
            .and_then(|plan| {
                let posted = install::apply(&server.connection.client, &plan, false)?;
                Ok((plan.app, plan.warnings, Some(posted)))
            })
    } else {
        let profile = server.connection.profile()?;
        pipeline
            .prepare(
                package.clone(),
                user,
                None,
                &mut never,
                Some(Against::new(&profile, Checks::Normal)),
            )
            .map(|prepared| {
                let warnings = prepared.warnings().into_iter().cloned().collect();
                (prepared.rendered.app, warnings, None)
            })
    };
    match outcome {
        Ok((app, warnings, posted)) => Ok(Review {
            package,
            warnings,
            app: Some(app),
            errors: Vec::new(),
            posted,
        }),
        Err(e) => match field_errors(&e) {
            Some(errors) => Ok(Review {
                package,
                app: None,
                warnings: Vec::new(),
                errors,
                posted: None,
            }),
            None => Err(e),
        },
    }
}

/// The problems of an error by option path, for the errors a form can show beside its fields.
pub fn field_errors(e: &Error) -> Option<Vec<(String, String)>> {
    let violation = |v: &smack::error::Violation| {
        let mut m = v.expected.clone();
        if let Some(found) = &v.found {
            m.push_str(&format!(" (found: {found})"));
        }
        if let Some(hint) = &v.hint {
            m.push_str(&format!("; {hint}"));
        }
        m
    };
    match e {
        Error::InvalidOptions { violations, .. } => Some(
            violations
                .iter()
                .map(|v| (v.path.clone(), violation(v)))
                .collect(),
        ),
        Error::MissingOptions { missing, .. } => Some(
            missing
                .iter()
                .map(|m| {
                    let path = m.split(' ').next().unwrap_or(m).to_string();
                    (path, format!("required, and nothing gives it a value: {m}"))
                })
                .collect(),
        ),
        Error::InvalidApp { violations, .. } => Some(
            violations
                .iter()
                .map(|v| (String::new(), format!("{}: {}", v.path, violation(v))))
                .collect(),
        ),
        Error::BadSet { arg, reason } => Some(vec![(
            arg.split('=').next().unwrap_or(arg).to_string(),
            reason.clone(),
        )]),
        _ => None,
    }
}

/// An error as the API answers it.
pub fn error_json(e: &Error) -> Value {
    let errors: Vec<Value> = field_errors(e)
        .unwrap_or_default()
        .into_iter()
        .map(|(path, message)| json!({ "path": path, "message": message }))
        .collect();
    json!({ "message": e.to_string(), "hint": e.hint(), "errors": errors })
}

/// `GET /api/catalog?q=`: the hits, scored as `smack catalog search` scores them.
pub fn catalog(server: &Server, req: &Request) -> Result<Answer> {
    let catalog = server.catalog()?;
    let mut warnings = Vec::new();
    let summaries = catalog.summaries(&mut warnings)?;
    let hits = search::search(&summaries, req.param("q"));
    let list: Vec<Value> = hits
        .iter()
        .map(|h| {
            let s = h.summary;
            json!({
                "name": s.name,
                "version": s.version,
                "description": s.description(),
                "tags": s.listing.tags,
                "source": s.source.name,
                "score": h.score,
            })
        })
        .collect();
    Ok(Answer::json(200, &Value::Array(list)))
}

/// `GET /api/packages/NAME?version=V`: the package, its versions, notes and options schema.
pub fn package(server: &Server, name: &str, req: &Request) -> Result<Answer> {
    let package = server.resolve(name, req.param("version"))?;
    Ok(Answer::json(
        200,
        &json!({
            "name": package.name,
            "version": package.version,
            "versions": server.versions(name)?,
            "description": package.metadata.get("description"),
            "preInstallNotes": package.note("preInstallNotes"),
            "postInstallNotes": package.note("postInstallNotes"),
            "source": package.source.name,
            "config": package.config,
        }),
    ))
}

/// The body of render and install: `{"package", "version"?, "options"?}`.
fn body(req: &Request) -> Result<(String, Option<String>, Value)> {
    let bad = |m: &str| Error::Usage(format!("the request body: {m}"));
    let value: Value = serde_json::from_slice(&req.body).map_err(|e| bad(&e.to_string()))?;
    let name = value
        .get("package")
        .and_then(Value::as_str)
        .ok_or_else(|| bad("`package` (a string) is missing"))?
        .to_string();
    let version = value
        .get("version")
        .and_then(Value::as_str)
        .map(str::to_string);
    let options = value.get("options").cloned().unwrap_or(json!({}));
    if !options.is_object() {
        return Err(bad("`options` must be an object"));
    }
    Ok((name, version, options))
}

fn findings(list: &[Finding]) -> Vec<Value> {
    list.iter()
        .map(|f| json!({ "path": f.pointer(), "message": f.line() }))
        .collect()
}

/// The 422 of a review with problems, each with its option path.
fn problems(review: &Review) -> Answer {
    let errors: Vec<Value> = review
        .errors
        .iter()
        .map(|(p, m)| json!({"path": p, "message": m}))
        .collect();
    Answer::json(
        422,
        &json!({ "message": "the options or the app have problems", "errors": errors }),
    )
}

/// `POST /api/render`: the app JSON `smack render` prints, with Marathon's warnings; 422 with
/// the problems by option path.
pub fn render(server: &Server, req: &Request) -> Result<Answer> {
    let (name, version, options) = body(req)?;
    let review = review(
        server,
        server.resolve(&name, version.as_deref())?,
        options,
        false,
    )?;
    Ok(match review.app {
        Some(app) => Answer::json(
            200,
            &json!({ "app": app, "warnings": findings(&review.warnings) }),
        ),
        None => problems(&review),
    })
}

/// `POST /api/install`: renders, checks and posts the app; answers with its id, the
/// deployment and the notes.
pub fn install(server: &Server, req: &Request) -> Result<Answer> {
    let (name, version, options) = body(req)?;
    let review = review(
        server,
        server.resolve(&name, version.as_deref())?,
        options,
        true,
    )?;
    let Some(posted) = &review.posted else {
        return Ok(problems(&review));
    };
    Ok(Answer::json(
        201,
        &json!({
            "appId": posted.app_id,
            "deployment": posted.deployment,
            "package": review.package.name,
            "version": review.package.version,
            "postInstallNotes": review.package.note("postInstallNotes"),
        }),
    ))
}

/// `GET /api/services`: the installed packages, as `smack list --json` shows them.
pub fn services(server: &Server) -> Result<Answer> {
    let installed = server.installed()?;
    let waiting = if installed.iter().any(|i| i.status() == "deploying") {
        super::pages::waiting_reasons(server)
    } else {
        Default::default()
    };
    let list: Vec<Value> = installed
        .iter()
        .map(|i| {
            json!({
                "waiting": waiting.get(&i.app_id),
                "appId": i.app_id,
                "package": i.name,
                "version": i.version,
                "status": i.status(),
                "instances": i.instances,
                "tasksRunning": i.running,
                "tasksHealthy": i.healthy,
                "stack": i.stack,
            })
        })
        .collect();
    Ok(Answer::json(200, &Value::Array(list)))
}

/// The `appId` of an API body.
fn app_id_of(body: &Value) -> Result<&str> {
    body.get("appId")
        .and_then(Value::as_str)
        .ok_or_else(|| Error::Usage("`appId` is missing".into()))
}

fn json_body(req: &Request) -> Result<Value> {
    serde_json::from_slice(&req.body).map_err(|e| Error::Usage(format!("the request body: {e}")))
}

/// `POST /api/upgrade` `{"appId", "version"?, "dryRun"?}`: the diff, and the deployment unless
/// a dry run.
pub fn upgrade(server: &Server, req: &Request) -> Result<Answer> {
    let body = json_body(req)?;
    let app_id = app_id_of(&body)?;
    let planned = services::plan(server, app_id, body.get("version").and_then(Value::as_str))?;
    let dry = body.get("dryRun").and_then(Value::as_bool).unwrap_or(false);
    let deployment = if dry || planned.diff.is_empty() {
        None
    } else {
        Some(upgrade::apply(&server.connection.client, &planned, false)?)
    };
    Ok(Answer::json(
        200,
        &json!({
            "appId": planned.current.app_id,
            "from": planned.current.version,
            "to": planned.package.version,
            "diff": planned.diff,
            "deployment": deployment,
        }),
    ))
}

/// `POST /api/uninstall` `{"appId"}`.
pub fn uninstall(server: &Server, req: &Request) -> Result<Answer> {
    let body = json_body(req)?;
    let app_id = app_id_of(&body)?;
    let i = services::find(server, app_id)?;
    let deployment = uninstall::remove(&server.connection.client, &i.app_id)?;
    Ok(Answer::json(
        200,
        &json!({ "appId": i.app_id, "deployment": deployment }),
    ))
}

/// `GET /api/history?app=ID`: the revisions, as `smack history -o json` prints them.
pub fn history(server: &Server, req: &Request) -> Result<Answer> {
    let client = &server.connection.client;
    let target = req
        .param("app")
        .ok_or_else(|| Error::Usage("which app? (`app=/id`)".into()))?;
    let app = history::app(client, target)?;
    let max = req
        .param("max")
        .and_then(|m| m.parse::<usize>().ok())
        .unwrap_or(20)
        .clamp(1, 10_000);
    let h = history::history(client, &app, max)?;
    Ok(Answer::json(
        200,
        &serde_json::to_value(&h).expect("a history serializes"),
    ))
}

/// `POST /api/rollback` `{"appId", "revision"?, "dryRun"?}`: the diff, and the deployment
/// unless a dry run, as `smack rollback -o json` prints them.
pub fn rollback(server: &Server, req: &Request) -> Result<Answer> {
    let client = &server.connection.client;
    let body = json_body(req)?;
    let app = history::app(client, app_id_of(&body)?)?;
    let revision = match body.get("revision") {
        Some(Value::Number(n)) => Some(n.to_string()),
        Some(Value::String(s)) => Some(s.clone()),
        _ => None,
    };
    let profile = server.connection.profile()?;
    let plan = history::rollback(client, &app, revision.as_deref(), &profile, false)?;
    let dry = body.get("dryRun").and_then(Value::as_bool).unwrap_or(false);
    let deployment = if dry || plan.diff.is_empty() {
        None
    } else {
        Some(history::apply_rollback(client, &plan, false)?)
    };
    Ok(Answer::json(
        200,
        &json!({
            "appId": plan.app_id,
            "from": plan.from,
            "to": plan.to,
            "diff": plan.diff,
            "deployment": deployment,
        }),
    ))
}
