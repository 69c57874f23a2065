//! The pages: catalog, package (options form, review, install) and services. Plain HTML that
//! works with form posts and no script; every text from a package or Marathon is escaped.

use serde_json::{Value, json};
use smack::catalog::{Package, search};
use smack::error::{Error, Result};

use super::api::{self, Review};
use super::html::{escape, page, placeholder_icon, query_value, version_options};
use super::{Answer, Request, Server, form};

fn link(path: &str) -> String {
    escape(path)
}

/// `/`: search box and tiles.
pub fn catalog(server: &Server, req: &Request) -> Result<Answer> {
    let catalog = server.catalog()?;
    let mut warnings = Vec::new();
    let summaries = catalog.summaries(&mut warnings)?;
    let query = req.param("q").unwrap_or("");
    let hits = search::search(&summaries, Some(query));
    let tiles: String = hits
        .iter()
        .map(|h| {
            let s = h.summary;
            let tags: String = s
                .listing
                .tags
                .iter()
                .map(|t| format!("<span class=\"tag\">{}</span>", escape(t)))
                .collect();
            let href = format!(
                "/packages/{}",
                percent_encoding::utf8_percent_encode(&s.name, percent_encoding::NON_ALPHANUMERIC)
            );
            format!(
                "<li class=\"tile\" data-package=\"{name}\">{icon}<a href=\"{href}\">{name}</a> <span class=\"version\">{version}</span>\
<p>{description}</p><div>{tags}</div><small>from {source}</small></li>",
                name = escape(&s.name),
                icon = placeholder_icon(&s.name),
                href = link(&href),
                version = escape(&s.version),
                description = escape(s.description()),
                source = escape(&s.source.name),
            )
        })
        .collect();
    let body = format!(
        "<h1>Catalog</h1><form method=\"get\" action=\"/\" role=\"search\">\
<input type=\"search\" name=\"q\" id=\"search\" value=\"{}\" placeholder=\"Search packages\" aria-label=\"Search packages\"> \
<button type=\"submit\">Search</button></form><p>{} package(s)</p><ul class=\"tiles\" id=\"tiles\">{tiles}</ul>",
        escape(query),
        hits.len()
    );
    Ok(Answer::html(200, page("Catalog", &server.csrf, &body)))
}

/// The package page: description, versions, notes, the options form; with a review (the app
/// JSON, or the errors beside their fields) after a post.
fn package_page(
    server: &Server,
    package: &Package,
    values: Option<Value>,
    typed: &[(String, String)],
    review: Option<&Review>,
    installed: Option<(String, String)>,
) -> Result<Answer> {
    let versions: String = version_options(&server.versions(&package.name)?, &package.version);
    let note = |key: &str, title: &str| {
        package
            .note(key)
            .map(|n| {
                format!(
                    "<section class=\"notes\"><h3>{title}</h3><p>{}</p></section>",
                    escape(n)
                )
            })
            .unwrap_or_default()
    };
    let errors = review.map(|r| r.errors.clone()).unwrap_or_default();
    let merged = {
        let mut m = package
            .config
            .as_ref()
            .map(smack::options::defaults)
            .unwrap_or(json!({}));
        if let Some(v) = &values {
            smack::options::merge(&mut m, v);
        }
        m
    };
    let fields = package
        .config
        .as_ref()
        .map(|c| {
            form::fields(
                c,
                &form::Filled {
                    values: &merged,
                    typed,
                    errors: &errors,
                },
            )
        })
        .unwrap_or_else(|| "<p>This package has no options.</p>".into());
    let general: String = errors
        .iter()
        .filter(|(p, _)| p.is_empty() || !field_exists(package.config.as_ref(), p))
        .map(|(p, m)| {
            let at = if p.is_empty() {
                String::new()
            } else {
                format!("{}: ", escape(p))
            };
            format!("<p class=\"error\" role=\"alert\">{at}{}</p>", escape(m))
        })
        .collect();
    let action = |what: &str| {
        escape(&format!(
            "/packages/{}/{what}#review-result",
            percent_encoding::utf8_percent_encode(
                &package.name,
                percent_encoding::NON_ALPHANUMERIC
            )
        ))
    };
    let review_html = match review.and_then(|r| r.app.as_ref().map(|a| (r, a))) {
        Some((r, app)) => {
            let text = smack::jsontext::to_string_pretty(app, smack::jsontext::Escapes::Circe);
            let warnings: String = r
                .warnings
                .iter()
                .map(|f| format!("<p class=\"warning\">warning: {}</p>", escape(&f.line())))
                .collect();
            let install = if installed.is_some() {
                String::new()
            } else {
                format!(
                    "<p>Installing posts this app to {}.</p>{}\
<button type=\"submit\" id=\"install\" formaction=\"{}\">Install</button>",
                    escape(&smack::text::redact_credentials(
                        server.connection.client.url()
                    )),
                    note("preInstallNotes", "Before installing"),
                    action("install"),
                )
            };
            format!(
                "<section id=\"review-result\"><h2>Review: application JSON</h2>{warnings}<pre id=\"app-json\">{}</pre>{install}</section>",
                escape(&text)
            )
        }
        None => String::new(),
    };
    let done = installed
        .map(|(id, deployment)| {
            format!(
                "<section id=\"installed\" role=\"status\"><h2>Installed</h2><p>Installed package {} version {} as app <a href=\"/services\">{}</a> (deployment {}).</p>{}</section>",
                escape(&package.name),
                escape(&package.version),
                escape(&id),
                escape(&deployment),
                note("postInstallNotes", "After installing"),
            )
        })
        .unwrap_or_default();
    let body = format!(
        "{icon}<h1>{name} <small>{version}</small></h1><p>{description}</p>\
<form method=\"get\" action=\"\"><label>Version <select name=\"version\">{versions}</select></label> <button type=\"submit\">Show</button></form>\
{pre}{done}\
<form method=\"post\" action=\"{review}\" id=\"options\"><input type=\"hidden\" name=\"_csrf\" value=\"{csrf}\">\
<input type=\"hidden\" name=\"_version\" value=\"{version}\"><h2>Install an application: options</h2>{general}{fields}\
<p><button type=\"submit\" id=\"review\">Review</button></p>{review_html}</form>",
        icon = placeholder_icon(&package.name),
        name = escape(&package.name),
        version = escape(&package.version),
        description = escape(
            package
                .metadata
                .get("description")
                .and_then(Value::as_str)
                .unwrap_or("")
        ),
        pre = if review.is_none() {
            note("preInstallNotes", "Before installing")
        } else {
            String::new()
        },
        review = action("review"),
        csrf = escape(&server.csrf),
    );
    let status = if errors.is_empty() { 200 } else { 422 };
    Ok(Answer::html(
        status,
        page(&package.name, &server.csrf, &body),
    ))
}

fn field_exists(config: Option<&Value>, path: &str) -> bool {
    let Some(config) = config else {
        return false;
    };
    path.split('.')
        .try_fold(config, |s, k| s.get("properties")?.get(k))
        .is_some()
}

/// `GET /packages/NAME?version=V`.
pub fn package(server: &Server, name: &str, req: &Request) -> Result<Answer> {
    let package = server.resolve(name, req.param("version"))?;
    package_page(server, &package, None, &[], None, None)
}

/// `POST /packages/NAME/review` and `/install`: the options from the form, through the
/// pipeline; install posts the app when there is nothing wrong.
pub fn review(server: &Server, name: &str, req: &Request, install: bool) -> Result<Answer> {
    let fields = req.fields();
    let version = fields
        .iter()
        .find(|(k, _)| k == "_version")
        .map(|(_, v)| v.clone());
    let package = server.resolve(name, version.as_deref())?;
    let (user, field_errors) = form::options_from(package.config.as_ref(), &fields);
    let review = if field_errors.is_empty() {
        api::review(server, package, user.clone(), install)?
    } else {
        Review {
            package,
            app: None,
            warnings: Vec::new(),
            errors: field_errors,
            posted: None,
        }
    };
    let installed = review
        .posted
        .as_ref()
        .map(|p| (p.app_id.clone(), p.deployment.clone()));
    // The form shows what was typed, typed values where they parsed.
    let typed: Vec<(String, String)> = fields
        .iter()
        .filter(|(k, _)| !k.starts_with('_'))
        .cloned()
        .collect();
    package_page(
        server,
        &review.package,
        Some(user),
        &typed,
        Some(&review),
        installed,
    )
}

/// Why instances of each app wait for offers, from Marathon's queue (one request); none when
/// the queue cannot be read.
pub(super) fn waiting_reasons(server: &Server) -> std::collections::BTreeMap<String, String> {
    let Ok(queue) = server.connection.client.queue() else {
        return Default::default();
    };
    queue
        .iter()
        .filter_map(|entry| {
            let id = entry.get("app")?.get("id")?.as_str()?.to_string();
            Some((id, smack::marathon::wait::offers_reason(entry)?))
        })
        .collect()
}

/// `/services`: what `smack list` shows, refreshed every few seconds while something deploys.
pub fn services(server: &Server) -> Result<Answer> {
    let installed = server.installed()?;
    let deploying = installed.iter().any(|i| i.status() == "deploying");
    let waiting = if deploying {
        waiting_reasons(server)
    } else {
        Default::default()
    };
    let rows: String = installed
        .iter()
        .map(|i| {
            let status = match waiting.get(&i.app_id) {
                Some(w) => format!("{} · {w}", i.status()),
                None => i.status().to_string(),
            };
            format!(
                "<tr data-app-id=\"{id}\"><td><a href=\"/services/status?app={q}\">{id}</a></td><td>{name}</td><td>{version}</td><td class=\"status\">{status}</td><td class=\"tasks\">{running}/{instances}</td>\
<td><a class=\"upgrade\" href=\"/services/upgrade?app={q}\">upgrade</a> · <a class=\"history\" href=\"/services/history?app={q}\">history</a> · <a class=\"uninstall\" href=\"/services/uninstall?app={q}\">uninstall</a></td></tr>",
                q = escape(&query_value(&i.app_id)),
                id = escape(&i.app_id),
                name = escape(&i.name),
                version = escape(&i.version),
                status = escape(&status),
                running = i.running,
                instances = i.instances,
            )
        })
        .collect();
    let refresh = if deploying {
        "<meta http-equiv=\"refresh\" content=\"2\">"
    } else {
        ""
    };
    let body = format!(
        "{refresh}<h1>Services</h1><p>On {}</p><table id=\"services\"><thead><tr><th>App</th><th>Package</th><th>Version</th><th>Status</th><th>Tasks</th><th></th></tr></thead><tbody>{rows}</tbody></table>",
        escape(&smack::text::redact_credentials(
            server.connection.client.url()
        ))
    );
    Ok(Answer::html(200, page("Services", &server.csrf, &body)))
}

/// An error as a page: the message and the hint, escaped.
pub fn error_page(server: &Server, e: &Error) -> String {
    let hint = e
        .hint()
        .map(|h| format!("<p class=\"help\">{}</p>", escape(&h)))
        .unwrap_or_default();
    page(
        "Error",
        &server.csrf,
        &format!(
            "<h1>Error</h1><p class=\"error\">{}</p>{hint}",
            escape(&e.to_string())
        ),
    )
}
