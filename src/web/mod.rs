//! `smack ui`: the catalog in a browser. A local web server in front of the same library the
//! CLI uses: catalog search, the options form generated from config.json, the review of the
//! exact app JSON with Marathon's rules, install, and the installed services.
//!
//! Security: loopback by default; every request carries the session token (`?token=`, then an
//! HttpOnly SameSite=Strict cookie); changes need POST with the CSRF token (header
//! `X-Smack-CSRF`, or the `_csrf` field of a form post); the Host header must name this server
//! (no DNS rebinding); no CORS headers; a strict Content-Security-Policy that allows no script;
//! every text from a package or from Marathon is escaped. The Marathon token stays here.

mod api;
mod form;
mod html;
mod icons;
mod pages;
mod services;

use std::net::SocketAddr;
use std::sync::Arc;

use serde_json::{Value, json};
use smack::catalog::Catalog;
use smack::error::{Error, Result, exit};
use smack::ops::{self, Connection};
use smack::serving::{self, Limits};
use smack::settings::Settings;

use crate::ui::Ui;

const COOKIE: &str = "smack_session";
const CSRF_HEADER: &str = "X-Smack-CSRF";
/// The largest request body read.
const MAX_BODY: u64 = 1 << 20;

/// A request, as the routes see it.
pub struct Request {
    pub method: String,
    pub path: String,
    pub query: Vec<(String, String)>,
    pub body: Vec<u8>,
    pub form: bool,
}

impl Request {
    pub fn param(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The fields of a form post, in order.
    pub fn fields(&self) -> Vec<(String, String)> {
        url::form_urlencoded::parse(&self.body)
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect()
    }
}

/// An answer.
pub struct Answer {
    pub status: u16,
    pub content_type: &'static str,
    pub body: Vec<u8>,
}

impl Answer {
    pub fn json(status: u16, value: &Value) -> Answer {
        Answer {
            status,
            content_type: "application/json; charset=utf-8",
            body: value.to_string().into_bytes(),
        }
    }
    pub fn html(status: u16, text: String) -> Answer {
        Answer {
            status,
            content_type: "text/html; charset=utf-8",
            body: text.into_bytes(),
        }
    }
    pub fn message(status: u16, text: &str) -> Answer {
        Answer::json(status, &json!({ "message": text }))
    }
}

/// How `smack ui` serves.
#[derive(Debug, Clone)]
pub struct Options {
    pub listen: String,
    /// Open the page in a browser.
    pub open: bool,
    /// Fetch the packages' icons from their hosts.
    pub remote_icons: bool,
    /// Fetch icons from non-public addresses too (`--allow-private-icons`; local catalogs only).
    pub private_icons: bool,
}

/// What every request shares: the settings, the catalog, Marathon, the session's tokens.
pub struct Server {
    pub settings: Settings,
    /// Where the catalog's warnings and download notes go (the terminal `smack ui` runs in).
    ui: Ui,
    pub connection: Connection,
    catalog: ops::catalogs::Kept,
    pub token: String,
    pub csrf: String,
    pub addr: SocketAddr,
    pub icons: icons::Cache,
}

/// The limits `smack ui` serves with.
pub const LIMITS: Limits = Limits::with_body(MAX_BODY);

/// Serves until interrupted. Prints the URL with the token on stdout.
pub fn serve(settings: &Settings, ui: &Ui, args: &Options) -> Result<i32> {
    let (listen, open) = (args.listen.as_str(), args.open);
    let _: SocketAddr = listen
        .parse()
        .map_err(|e| Error::Usage(format!("--listen {listen}: {e}")))?;
    let listener = serving::listen(listen)?;
    let addr = listener
        .local_addr()
        .map_err(|e| Error::io(format!("listening on {listen}"), e))?;
    if !addr.ip().is_loopback() {
        ui.note(format!(
            "warning: listening on {addr}, which other machines may reach; anyone with the URL's token can install apps on your Marathon"
        ));
    }
    let local = settings.repositories.iter().all(|r| {
        !matches!(
            smack::repo::location(&r.uri),
            smack::repo::Location::Remote(_)
        )
    });
    if args.private_icons && !local {
        return Err(Error::Usage(
            "--allow-private-icons is for a local catalog only: a remote repository's packages could make this server reach into your network (pass --catalog DIR)".into(),
        ));
    }
    let connection = ops::connect(settings, ui.trace())?;
    for note in &connection.notes {
        ui.note(note);
    }
    if settings.cluster.is_some() {
        ui.note(format!("talking to: {}", settings.target()));
    }
    let state = Arc::new(Server {
        settings: settings.clone(),
        ui: ui.clone(),
        connection,
        catalog: ops::catalogs::Kept::new(settings),
        token: uuid::Uuid::new_v4().simple().to_string(),
        csrf: uuid::Uuid::new_v4().simple().to_string(),
        addr,
        icons: icons::Cache::new(args.remote_icons, args.private_icons),
    });
    let url = format!("http://{addr}/?token={}", state.token);
    let handler: serving::Handler = {
        let state = state.clone();
        Arc::new(move |request| state.respond(&request))
    };
    let _watch = crate::interrupt::watch();
    let server = serving::Server::start(listener, LIMITS, ui.trace_as("<"), handler)?;
    ui.line(format!("smack ui at {url}"));
    if open {
        let opener = if cfg!(target_os = "macos") {
            "open"
        } else {
            "xdg-open"
        };
        if let Err(e) = std::process::Command::new(opener).arg(&url).spawn() {
            ui.note(format!("warning: could not open a browser ({opener}: {e})"));
        }
    }
    Ok(crate::interrupt::serve_until_interrupted(server, ui))
}

impl Server {
    /// Answers a request, with the headers every answer carries.
    fn respond(&self, request: &serving::Request) -> serving::Response {
        let (answer, cookie) = self.answer(request);
        let mut response = serving::Response::new(answer.status, answer.content_type, answer.body)
            .header(
                "Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; object-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
            )
            .header("X-Content-Type-Options", "nosniff")
            .header("Referrer-Policy", "no-referrer")
            .header("Cache-Control", "no-store");
        if cookie {
            response = response.header(
                "Set-Cookie",
                format!("{COOKIE}={}; HttpOnly; SameSite=Strict; Path=/", self.token),
            );
        }
        response
    }

    /// Checks a request and routes it; the flag says whether to set the session cookie.
    fn answer(&self, request: &serving::Request) -> (Answer, bool) {
        let header = |name: &str| request.header(name).map(str::to_string);
        // DNS rebinding: the Host must name this server (the rules: `smack::guard`).
        if !smack::guard::host_allowed(request.header("Host"), self.addr, false) {
            return (Answer::message(403, "this Host is not allowed"), false);
        }
        let url = url::Url::parse(&format!("http://ui{}", request.target));
        let Ok(url) = url else {
            return (Answer::message(400, "bad request URL"), false);
        };
        let query: Vec<(String, String)> = url
            .query_pairs()
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        let given = query
            .iter()
            .find(|(k, _)| k == "token")
            .map(|(_, v)| v.as_str());
        let cookie = header("Cookie").and_then(|c| {
            c.split(';')
                .filter_map(|p| p.trim().split_once('='))
                .find(|(k, _)| *k == COOKIE)
                .map(|(_, v)| v.to_string())
        });
        let by_query = given.is_some_and(|g| smack::guard::same_secret(g, &self.token));
        if !by_query && !cookie.is_some_and(|c| smack::guard::same_secret(&c, &self.token)) {
            return (
                Answer::message(
                    401,
                    "this page needs the session token: open the URL `smack ui` printed",
                ),
                false,
            );
        }
        let method = request.method.clone();
        let body = if method == "POST" {
            request.body.clone()
        } else {
            Vec::new()
        };
        let form = header("Content-Type")
            .is_some_and(|c| c.starts_with("application/x-www-form-urlencoded"));
        let req = Request {
            method,
            path: percent_encoding::percent_decode_str(url.path())
                .decode_utf8_lossy()
                .into_owned(),
            query,
            body,
            form,
        };
        match req.method.as_str() {
            "GET" | "HEAD" => {}
            "POST" => {
                let field = if req.form {
                    req.fields()
                        .into_iter()
                        .find(|(k, _)| k == "_csrf")
                        .map(|(_, v)| v)
                } else {
                    None
                };
                let header = header(CSRF_HEADER);
                if header.as_deref() != Some(self.csrf.as_str())
                    && field.as_deref() != Some(self.csrf.as_str())
                {
                    return (
                        Answer::message(403, "a change needs the CSRF token (header X-Smack-CSRF)"),
                        by_query,
                    );
                }
            }
            _ => return (Answer::message(405, "method not allowed"), by_query),
        }
        (self.route(&req), by_query)
    }

    fn route(&self, req: &Request) -> Answer {
        let path = req.path.trim_end_matches('/');
        let result = match (req.method.as_str(), path) {
            ("GET", "") => pages::catalog(self, req),
            ("GET", "/services") => pages::services(self),
            ("GET", "/api/catalog") => api::catalog(self, req),
            ("GET", "/api/services") => api::services(self),
            ("POST", "/api/render") => api::render(self, req),
            ("POST", "/api/install") => api::install(self, req),
            ("POST", "/api/upgrade") => api::upgrade(self, req),
            ("POST", "/api/uninstall") => api::uninstall(self, req),
            ("GET", "/services/status") => services::status_page(self, req),
            ("GET" | "POST", "/services/upgrade") => services::upgrade_page(self, req),
            ("GET" | "POST", "/services/uninstall") => services::uninstall_page(self, req),
            ("GET", "/services/history") => services::history_page(self, req),
            ("GET" | "POST", "/services/rollback") => services::rollback_page(self, req),
            ("GET", "/api/history") => api::history(self, req),
            ("POST", "/api/rollback") => api::rollback(self, req),
            (m, p) => {
                if let Some(name) = p.strip_prefix("/icons/") {
                    match m {
                        "GET" => Ok(icons::serve(self, name)),
                        _ => Ok(Answer::message(405, "method not allowed")),
                    }
                } else if let Some(rest) = p.strip_prefix("/api/packages/") {
                    match m {
                        "GET" => api::package(self, rest, req),
                        _ => Ok(Answer::message(405, "method not allowed")),
                    }
                } else if let Some(rest) = p.strip_prefix("/packages/") {
                    match (m, rest.split_once('/')) {
                        ("GET", None) => pages::package(self, rest, req),
                        ("POST", Some((name, "review"))) => pages::review(self, name, req, false),
                        ("POST", Some((name, "install"))) => pages::review(self, name, req, true),
                        _ => Ok(Answer::message(404, "no such page")),
                    }
                } else {
                    Ok(Answer::message(404, "no such page"))
                }
            }
        };
        result.unwrap_or_else(|e| {
            let status = match e.exit_code() {
                // Marathon said the app is not there: the page's own 404, not a bad gateway.
                _ if matches!(e, smack::error::Error::MarathonNotFound { .. }) => 404,
                exit::CATALOG | exit::NOTHING => 404,
                exit::USAGE => 400,
                exit::OPTIONS | exit::RENDER => 422,
                exit::MARATHON | exit::UNREACHABLE => 502,
                _ => 500,
            };
            if path.starts_with("/api/") {
                Answer::json(status, &api::error_json(&e))
            } else {
                Answer::html(status, pages::error_page(self, &e))
            }
        })
    }

    /// The installed packages, by app id.
    pub fn installed(&self) -> Result<Vec<smack::marathon::installed::Installed>> {
        smack::marathon::installed::list(&self.connection.client, None)
    }

    /// The catalog: opened once, and again only when its sources change (`ops::catalogs`).
    pub fn catalog(&self) -> Result<Arc<Catalog>> {
        self.ui.kept_catalog(&self.catalog, &self.settings)
    }

    /// A package of the catalog: `version`, or the newest.
    pub fn resolve(&self, name: &str, version: Option<&str>) -> Result<smack::catalog::Package> {
        let mut warnings = Vec::new();
        self.catalog()?.resolve(name, version, &mut warnings)
    }

    /// The catalog's versions of a package, in the catalog's order.
    pub fn versions(&self, name: &str) -> Result<Vec<String>> {
        let catalog = self.catalog()?;
        let mut warnings = Vec::new();
        let releases = catalog.releases(name, &mut warnings)?;
        Ok(smack::catalog::distinct_versions(&releases))
    }
}
