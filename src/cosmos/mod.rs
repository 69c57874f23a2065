//! `smack serve`: DC/OS's package service (Cosmos) for any Marathon, so that the DC/OS CLI
//! and the tools built on Cosmos's API work without DC/OS. A face like the CLI and the web
//! page: it parses Cosmos's requests, calls the same library operations (`smack::ops`) and
//! answers as Cosmos answers (github:dcos/cosmos: the RPC models, `MediaTypes.scala`, the
//! error types, `RequestValidators`). Marathon is behind it under `/service/marathon/`.

use std::sync::Arc;

use serde_json::{Map, Value};
use smack::catalog::{Catalog, Package};
use smack::config::Repository;
use smack::error::{Error, Result};
use smack::ops::{self, Connection};
use smack::serving::{self, Limits};
use smack::settings::Settings;

use crate::ui::Ui;

mod media;
mod metadata;
mod package;
mod proxy;
mod repository;
mod service;

use media::{ENDPOINTS, Failure};

/// How `smack serve` serves.
#[derive(Debug, Clone)]
pub struct Options {
    pub listen: String,
    /// The token every client must present (`--client-token-file`, `SMACK_SERVE_TOKEN`); the
    /// credentials smack uses for Marathon are the settings' (`--token-file`, `SMACK_TOKEN`).
    pub client_token: Option<String>,
    pub allow_repository_changes: bool,
    /// Let a repository be added from a private address (loopback, the local network):
    /// off by default, so that clients cannot make the server fetch from inside its network.
    pub allow_private_repositories: bool,
}

/// Request bodies are small JSON documents (options included). The core's own refusals
/// (413, 408, …) come in Cosmos's error envelope on Cosmos's paths.
pub const LIMITS: Limits = Limits {
    refusal: Some(refusal),
    ..Limits::with_body(4 * 1024 * 1024)
};

/// A refusal of the serving core, as Cosmos's envelope (Marathon's paths keep the core's
/// `{"message"}`, as Admin Router's own answers are not Cosmos's).
fn refusal(status: u16, message: &str, target: &str) -> serving::Response {
    if target.starts_with("/service/marathon") {
        return serving::Response::message(status, message);
    }
    let kind = match status {
        400 => "not_parsed",
        408 => "RequestTimeout",
        413 => "RequestEntityTooLarge",
        503 => "ServiceUnavailable",
        _ => "unhandled_exception",
    };
    Failure::new(status, kind, message, None).response()
}
struct Service {
    settings: Settings,
    ui: Ui,
    connection: Connection,
    catalog: ops::catalogs::Kept,
    token: Option<String>,
    allow_repository_changes: bool,
    allow_private_repositories: bool,
    /// Proxied requests waiting for Marathon now (see [`proxy::MAX_PROXYING`]).
    proxying: std::sync::atomic::AtomicUsize,
    marathon: String,
    /// Where it listens: the Host a request must name.
    addr: std::net::SocketAddr,
}

/// Serves until interrupted.
pub fn serve(settings: &Settings, ui: &Ui, opts: &Options) -> Result<i32> {
    let listener = serving::listen(&opts.listen)?;
    let addr = listener
        .local_addr()
        .map_err(|e| Error::io(format!("listening on {}", opts.listen), e))?;
    let token = opts.client_token.clone();
    if !addr.ip().is_loopback() && token.is_none() {
        return Err(Error::Usage(format!(
            "{addr} is reachable from other machines: `smack serve` needs a client token there (--client-token-file or SMACK_SERVE_TOKEN; clients send `Authorization: token=…`)"
        )));
    }
    let connection = ops::connect(settings, ui.trace())?;
    for note in &connection.notes {
        ui.note(note);
    }
    if settings.cluster.is_some() {
        ui.note(format!("talking to: {}", settings.target()));
    }
    let marathon =
        smack::text::redact_credentials(connection.client.url().trim_end_matches('/')).into_owned();
    let service = Arc::new(Service {
        settings: settings.clone(),
        ui: ui.clone(),
        connection,
        catalog: ops::catalogs::Kept::new(settings),
        token,
        allow_repository_changes: opts.allow_repository_changes,
        allow_private_repositories: opts.allow_private_repositories,
        proxying: Default::default(),
        marathon,
        addr,
    });
    let handler: serving::Handler = {
        let service = service.clone();
        Arc::new(move |request| service.answer(&request))
    };
    let _watch = crate::interrupt::watch();
    let server = serving::Server::start(listener, LIMITS, ui.trace_as("<"), handler)?;
    ui.line(format!("smack serve at http://{addr}"));
    ui.note(format!(
        "point the DC/OS CLI at it: dcos config set core.dcos_url http://{addr}; Marathon behind it: {}",
        service.marathon
    ));
    Ok(crate::interrupt::serve_until_interrupted(server, ui))
}

impl Service {
    fn answer(&self, request: &serving::Request) -> serving::Response {
        // The rules are `smack::guard`'s, as for `smack ui` and the sandbox. A page that rebinds
        // its name to this machine names itself in Host; off loopback the client token guards.
        if !smack::guard::host_allowed(request.header("Host"), self.addr, self.token.is_some()) {
            return Failure::new(
                403,
                "Forbidden",
                "this Host is not allowed: name the server as 127.0.0.1, localhost or [::1]",
                None,
            )
            .response();
        }
        if !matches!(request.method.as_str(), "GET" | "HEAD" | "OPTIONS")
            && !smack::guard::origin_allowed(request.header("Origin"), request.header("Host"))
        {
            return Failure::new(
                403,
                "Forbidden",
                "a request from another origin cannot change anything here",
                None,
            )
            .response();
        }
        let path = request.target.split('?').next().unwrap_or("/");
        if path == "/dcos-metadata/dcos-version.json" {
            // Served without authentication, as Admin Router serves it.
            if !matches!(request.method.as_str(), "GET" | "HEAD") {
                return Failure::new(405, "method_not_allowed", "GET only", None)
                    .response()
                    .header("Allow", "GET");
            }
            return serving::Response::new(
                200,
                "application/json",
                metadata::dcos_version().to_string().into_bytes(),
            );
        }
        if let Some(token) = &self.token {
            let given = smack::guard::token_of(request.header("Authorization"));
            if !smack::guard::same_secret(given, token) {
                return Failure::new(
                    401,
                    "Unauthorized",
                    "Unauthorized: a valid `Authorization: token=…` is required",
                    None,
                )
                .response()
                .header("WWW-Authenticate", "acsjwt");
            }
        }
        if path == "/service/marathon" || path.starts_with("/service/marathon/") {
            return self.proxy(request);
        }
        let Some((_, endpoint)) = ENDPOINTS
            .iter()
            .find(|(p, _)| *p == path.trim_end_matches('/'))
        else {
            return Failure::new(404, "not_found", format!("no such endpoint: {path}"), None)
                .response();
        };
        let expected_method = if endpoint.request { "POST" } else { "GET" };
        let head_of_get = request.method == "HEAD" && !endpoint.request;
        if request.method != expected_method && !head_of_get {
            return Failure::new(
                405,
                "method_not_allowed",
                format!("{path} takes {expected_method}"),
                None,
            )
            .response()
            .header("Allow", expected_method);
        }
        let version = match endpoint.negotiate(request.header("Accept")) {
            Ok(v) => v,
            Err(f) => return f.response(),
        };
        let body = if endpoint.request {
            if let Err(f) = endpoint.check_content_type(request.header("Content-Type")) {
                return f.response();
            }
            match media::decode_body(endpoint.name, &request.body) {
                Ok(m) => m,
                Err(f) => return f.response(),
            }
        } else {
            Map::new()
        };
        match self.route(endpoint.name, version, &body) {
            Ok(value) => serving::Response::new(
                200,
                &endpoint.response_type(version),
                // Written as Cosmos (circe) writes JSON.
                smack::jsontext::to_string(&value, smack::jsontext::Escapes::Circe).into_bytes(),
            ),
            Err(f) => f.response(),
        }
    }

    fn route(
        &self,
        name: &str,
        version: u32,
        body: &Map<String, Value>,
    ) -> std::result::Result<Value, Failure> {
        let fail = |e: Error| Failure::from(&e);
        match name {
            "capabilities" => Ok(metadata::capabilities()),
            "service.describe" => self.service_describe(body),
            "service.update" => self.service_update(body),
            "package.search" => self.search(body).map_err(fail),
            "package.describe" => self.describe(body, version).map_err(fail),
            "package.render" => self.render(body).map_err(fail),
            "package.install" => self.install(body, version).map_err(fail),
            "package.list" => self.list(body),
            "package.list-versions" => self.list_versions(body).map_err(fail),
            "package.uninstall" => self.uninstall(body).map_err(fail),
            "package.repository.list" => Ok(self.repositories_json()),
            "package.repository.add" | "package.repository.delete" => {
                if !self.allow_repository_changes {
                    return Err(Failure::new(
                        403,
                        "Forbidden",
                        "Repository changes are off on this server (smack serve --allow-repository-changes)",
                        None,
                    ));
                }
                if name.ends_with("add") {
                    self.repository_add(body)
                } else {
                    self.repository_delete(body)
                }
            }
            _ => Err(Failure::new(404, "not_found", "no such endpoint", None)),
        }
    }

    fn catalog(&self) -> Result<Arc<Catalog>> {
        self.ui.kept_catalog(&self.catalog, &self.settings)
    }

    fn repositories(&self) -> Vec<Repository> {
        self.catalog
            .repositories()
            .unwrap_or_else(|_| self.settings.repositories.clone())
    }

    fn resolve(&self, body: &Map<String, Value>) -> Result<Package> {
        let name = text(body, "packageName")?;
        let version = body.get("packageVersion").and_then(Value::as_str);
        let mut warnings = Vec::new();
        self.catalog()?.resolve(&name, version, &mut warnings)
    }
}

fn text(body: &Map<String, Value>, key: &str) -> Result<String> {
    body.get(key)
        .and_then(Value::as_str)
        .map(str::to_string)
        .ok_or_else(|| Error::Usage(format!("`{key}` (a string) is missing")))
}
