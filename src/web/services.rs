//! The installed services' pages: status, upgrade (with the diff) and uninstall (after a
//! confirmation), through the same library calls as `smack status`, `smack upgrade` and
//! `smack uninstall` (`smack::ops`). Their JSON twins are in `api.rs`.

use serde_json::json;
use smack::error::{Error, Result};
use smack::marathon::installed::{self, Installed};
use smack::ops::{uninstall, upgrade};
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
    let q = escape(&query_value(&i.app_id));
    let body = format!(
        "<h1>{id}</h1><table id=\"status\"><tr><th>package</th><td>{name} {version}</td></tr>\
<tr><th>status</th><td class=\"status\">{status}</td></tr><tr><th>tasks</th><td>{running}/{instances} running, {healthy} healthy</td></tr>\
<tr><th>deployments</th><td>{deployments}</td></tr></table>{failure}\
<p><a id=\"upgrade-link\" href=\"/services/upgrade?app={q}\">Upgrade</a> · <a id=\"uninstall-link\" href=\"/services/uninstall?app={q}\">Uninstall</a></p>",
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
