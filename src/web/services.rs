//! The installed services' pages: status, upgrade (with the diff) and uninstall (after a
//! confirmation), through the same library calls as `smack status`, `smack upgrade` and
//! `smack uninstall` (`smack::ops`). Their JSON twins are in `api.rs`.

use serde_json::json;
use smack::error::{Error, Result};
use smack::marathon::installed::{self, Installed};
use smack::ops::{history, uninstall, upgrade};
use smack::pipeline::{Against, Checks, Pipeline};

use super::html::{escape, page, query_value, version_options};
use super::{Answer, Request, Server};

/// The installed package at an app id.
pub(super) fn find(server: &Server, app_id: &str) -> Result<Installed> {
    installed::by_target(&server.connection.client, app_id)
}

fn app_param(req: &Request) -> Result<String> {
    req.param("app")
        .map(str::to_string)
        .or_else(|| {
            req.fields()
                .into_iter()
                .find(|(k, _)| k == "app")
                .map(|(_, v)| v)
        })
        .ok_or_else(|| Error::Usage("which app? (`app=/id`)".into()))
}

/// Works out the upgrade of an app to `version` (the newest when absent).
pub(super) fn plan(
    server: &Server,
    app_id: &str,
    version: Option<&str>,
) -> Result<upgrade::Planned> {
    let current = find(server, app_id)?;
    let package = server.resolve(&current.name, version)?;
    let profile = server.connection.profile()?;
    upgrade::plan(
        current,
        package,
        &json!({}),
        false,
        &mut Pipeline::new(),
        Against::new(&profile, Checks::Normal),
    )
}

fn form_field(req: &Request, name: &str) -> Option<String> {
    req.fields()
        .into_iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v)
        .filter(|v| !v.is_empty())
}

/// `/services/status?app=ID`.
pub fn status_page(server: &Server, req: &Request) -> Result<Answer> {
    let i = find(server, &app_param(req)?)?;
    let failure = i
        .app
        .get("lastTaskFailure")
        .map(|f| {
            format!(
                "<p class=\"error\">last task failure: {}</p>",
                escape(&f.to_string())
            )
        })
        .unwrap_or_default();
    let waiting = if i.status() == "deploying" {
        super::pages::waiting_reasons(server)
            .remove(&i.app_id)
            .map(|w| format!("<p class=\"waiting\" role=\"status\">{}</p>", escape(&w)))
            .unwrap_or_default()
    } else {
        String::new()
    };
    let q = escape(&query_value(&i.app_id));
    let body = format!(
        "<h1>{id}</h1><table id=\"status\"><tr><th>package</th><td>{name} {version}</td></tr>\
<tr><th>status</th><td class=\"status\">{status}</td></tr><tr><th>tasks</th><td>{running}/{instances} running, {healthy} healthy</td></tr>\
<tr><th>deployments</th><td>{deployments}</td></tr></table>{waiting}{failure}\
<p><a id=\"upgrade-link\" href=\"/services/upgrade?app={q}\">Upgrade</a> · <a id=\"history-link\" href=\"/services/history?app={q}\">History</a> · <a id=\"uninstall-link\" href=\"/services/uninstall?app={q}\">Uninstall</a></p>",
        id = escape(&i.app_id),
        name = escape(&i.name),
        version = escape(&i.version),
        status = escape(i.status()),
        running = i.running,
        instances = i.instances,
        healthy = i.healthy,
        deployments = escape(&i.deployments.join(", ")),
    );
    Ok(Answer::html(200, page(&i.app_id, &server.csrf, &body)))
}

/// `GET /services/upgrade?app=ID&version=V`: the diff; `POST` replaces the app.
pub fn upgrade_page(server: &Server, req: &Request) -> Result<Answer> {
    let app_id = app_param(req)?;
    let posted = req.method == "POST";
    let version = if posted {
        form_field(req, "version")
    } else {
        req.param("version")
            .filter(|v| !v.is_empty())
            .map(str::to_string)
    };
    let planned = plan(server, &app_id, version.as_deref())?;
    let current = &planned.current;
    if posted {
        let deployment = upgrade::apply(&server.connection.client, &planned, false)?;
        let body = format!(
            "<h1>Upgraded</h1><p id=\"upgraded\" role=\"status\">Upgraded app {} to package {} version {} (deployment {}).</p><p><a href=\"/services\">Services</a></p>",
            escape(&current.app_id),
            escape(&planned.package.name),
            escape(&planned.package.version),
            escape(&deployment)
        );
        return Ok(Answer::html(200, page("Upgraded", &server.csrf, &body)));
    }
    let versions: String =
        version_options(&server.versions(&current.name)?, &planned.package.version);
    let change = if planned.diff.is_empty() {
        "<p id=\"diff\">Nothing to change: the running app already is what this version renders.</p>".to_string()
    } else {
        format!(
            "<pre id=\"diff\">{}</pre><form method=\"post\" action=\"/services/upgrade\">\
<input type=\"hidden\" name=\"_csrf\" value=\"{}\"><input type=\"hidden\" name=\"app\" value=\"{}\">\
<input type=\"hidden\" name=\"version\" value=\"{}\"><button type=\"submit\" id=\"upgrade\">Upgrade</button></form>",
            escape(&planned.diff),
            escape(&server.csrf),
            escape(&current.app_id),
            escape(&planned.package.version),
        )
    };
    let body = format!(
        "<h1>Upgrade {id}</h1><p>From package {name} {from} to version {to}, keeping the installed options.</p>\
<form method=\"get\" action=\"/services/upgrade\"><input type=\"hidden\" name=\"app\" value=\"{id}\">\
<label>Version <select name=\"version\">{versions}</select></label> <button type=\"submit\">Show the diff</button></form>{change}",
        id = escape(&current.app_id),
        name = escape(&current.name),
        from = escape(&current.version),
        to = escape(&planned.package.version),
    );
    Ok(Answer::html(200, page("Upgrade", &server.csrf, &body)))
}

/// `GET /services/uninstall?app=ID`: the confirmation; `POST` removes the app.
pub fn uninstall_page(server: &Server, req: &Request) -> Result<Answer> {
    let i = find(server, &app_param(req)?)?;
    if req.method == "POST" {
        let deployment = uninstall::remove(&server.connection.client, &i.app_id)?;
        let body = format!(
            "<h1>Uninstalled</h1><p id=\"uninstalled\" role=\"status\">Uninstalled package {} (app {}, deployment {}).</p><p><a href=\"/services\">Services</a></p>",
            escape(&i.name),
            escape(&i.app_id),
            escape(&deployment)
        );
        return Ok(Answer::html(200, page("Uninstalled", &server.csrf, &body)));
    }
    let body = format!(
        "<h1>Uninstall {id}?</h1><p>This removes app {id} (package {name} {version}) and stops its tasks.</p>\
<form method=\"post\" action=\"/services/uninstall\"><input type=\"hidden\" name=\"_csrf\" value=\"{csrf}\">\
<input type=\"hidden\" name=\"app\" value=\"{id}\"><button type=\"submit\" id=\"confirm\">Uninstall</button> <a href=\"/services\">Cancel</a></form>",
        id = escape(&i.app_id),
        name = escape(&i.name),
        version = escape(&i.version),
        csrf = escape(&server.csrf),
    );
    Ok(Answer::html(200, page("Uninstall", &server.csrf, &body)))
}

/// `/services/history?app=ID`: the app's revisions as `smack history` shows them, each older
/// one with a link to roll back to it.
pub fn history_page(server: &Server, req: &Request) -> Result<Answer> {
    let client = &server.connection.client;
    let app = history::app(client, &app_param(req)?)?;
    let h = history::history(client, &app, 20)?;
    let q = escape(&query_value(&h.app_id));
    let rows: String = h
        .revisions
        .iter()
        .map(|r| {
            let action = if r.current {
                "<td>in force</td>".to_string()
            } else {
                format!(
                    "<td><a class=\"rollback\" href=\"/services/rollback?app={q}&amp;revision={n}\">roll back to {n}</a></td>",
                    n = r.number
                )
            };
            format!(
                "<tr data-revision=\"{n}\"><td>{n}{mark}</td><td>{version}</td><td>{package}</td><td class=\"change\">{change}</td>{action}</tr>",
                n = r.number,
                mark = if r.current { " *" } else { "" },
                version = escape(&r.version),
                package = escape(r.package_version.as_deref().unwrap_or("-")),
                change = escape(&r.change),
            )
        })
        .collect();
    let more = if h.total > h.revisions.len() {
        format!(
            "<p>The newest {} of {} revisions.</p>",
            h.revisions.len(),
            h.total
        )
    } else {
        String::new()
    };
    let body = format!(
        "<h1>History of {id}</h1><table id=\"history\"><tr><th>revision</th><th>version</th><th>package</th><th>change</th><th></th></tr>{rows}</table>{more}\
<p><a href=\"/services/status?app={q}\">Status</a> · <a href=\"/services\">Services</a></p>",
        id = escape(&h.app_id),
    );
    Ok(Answer::html(200, page("History", &server.csrf, &body)))
}

/// `GET /services/rollback?app=ID&revision=N`: the diff and the confirmation; `POST` rolls
/// back with Marathon's rollback, as `smack rollback` does.
pub fn rollback_page(server: &Server, req: &Request) -> Result<Answer> {
    let client = &server.connection.client;
    let app_id = app_param(req)?;
    let posted = req.method == "POST";
    let revision = if posted {
        form_field(req, "revision")
    } else {
        req.param("revision")
            .filter(|v| !v.is_empty())
            .map(str::to_string)
    };
    let app = history::app(client, &app_id)?;
    let profile = server.connection.profile()?;
    let plan = history::rollback(client, &app, revision.as_deref(), &profile, false)?;
    let id = escape(&plan.app_id);
    let q = escape(&query_value(&plan.app_id));
    if posted {
        let deployment = history::apply_rollback(client, &plan, false)?;
        let body = format!(
            "<h1>Rolling back</h1><p id=\"rolled-back\" role=\"status\">Rolled app {id} back to revision {n} (deployment {d}); Marathon is deploying it.</p>\
<p><a id=\"follow\" href=\"/services/status?app={q}\">Follow it</a> · <a href=\"/services\">Services</a></p>",
            n = plan.to.number,
            d = escape(&deployment),
        );
        return Ok(Answer::html(200, page("Rolling back", &server.csrf, &body)));
    }
    let change = if plan.diff.is_empty() {
        "<p id=\"diff\">Nothing to change: that revision's definition is what runs.</p>".to_string()
    } else {
        format!(
            "<pre id=\"diff\">{}</pre><form method=\"post\" action=\"/services/rollback\">\
<input type=\"hidden\" name=\"_csrf\" value=\"{}\"><input type=\"hidden\" name=\"app\" value=\"{id}\">\
<input type=\"hidden\" name=\"revision\" value=\"{}\"><button type=\"submit\" id=\"confirm-rollback\">Roll back</button> <a href=\"/services/history?app={q}\">Cancel</a></form>",
            escape(&plan.diff),
            escape(&server.csrf),
            plan.to.number,
        )
    };
    let body = format!(
        "<h1>Roll {id} back?</h1><p>From revision {from} ({from_v}) to revision {to} ({to_v}): {what}.</p>{change}",
        from = plan.from.number,
        from_v = escape(&plan.from.version),
        to = plan.to.number,
        to_v = escape(&plan.to.version),
        what = escape(&plan.to.change),
    );
    Ok(Answer::html(200, page("Roll back", &server.csrf, &body)))
}
