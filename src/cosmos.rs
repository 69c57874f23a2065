//! `smack serve`: DC/OS's package service (Cosmos) for any Marathon, so that the DC/OS CLI
//! and the tools built on Cosmos's API work without DC/OS. A face like the CLI and the web
//! page: it parses Cosmos's requests, calls the same library operations (`smack::ops`) and
//! answers as Cosmos answers (github:dcos/cosmos: the RPC models, `MediaTypes.scala`, the
//! error types, `RequestValidators`). Marathon is behind it under `/service/marathon/`.

use std::path::PathBuf;
use std::sync::Arc;

use serde_json::{Map, Value, json};
use smack::catalog::{Catalog, Package};
use smack::config::{Config, Repository};
use smack::error::{Error, Result};
use smack::marathon::installed::{self, Installed};
use smack::ops::{self, Connection};
use smack::pipeline::{Checks, Never, Pipeline};
use smack::serving::{self, Limits};
use smack::settings::Settings;

use crate::ui::Ui;

/// How `smack serve` serves.
#[derive(Debug, Clone)]
pub struct Options {
    pub listen: String,
    pub token_file: Option<PathBuf>,
    pub allow_repository_changes: bool,
}

/// Request bodies are small JSON documents (options included).
pub const LIMITS: Limits = Limits::with_body(4 * 1024 * 1024);
/// The largest answer from Marathon passed back through `/service/marathon/`.
const MAX_PROXIED: u64 = 64 * 1024 * 1024;

struct Service {
    settings: Settings,
    ui: Ui,
    connection: Connection,
    catalog: ops::catalogs::Kept,
    token: Option<String>,
    allow_repository_changes: bool,
    /// For `/service/marathon/`: no total timeout (the event stream is endless).
    proxy: reqwest::blocking::Client,
    marathon: String,
}

/// Serves until interrupted.
pub fn serve(settings: &Settings, ui: &Ui, opts: &Options) -> Result<i32> {
    let listener = serving::listen(&opts.listen)?;
    let addr = listener
        .local_addr()
        .map_err(|e| Error::io(format!("listening on {}", opts.listen), e))?;
    let token = match &opts.token_file {
        Some(file) => Some(smack::fsutil::read_token_file(file)?),
        None => None,
    };
    if !addr.ip().is_loopback() && token.is_none() {
        return Err(Error::Usage(format!(
            "{addr} is reachable from other machines: `smack serve` needs --token-file there (clients send `Authorization: token=…`)"
        )));
    }
    let connection = ops::connect(settings, ui.trace())?;
    for note in &connection.notes {
        ui.note(note);
    }
    let marathon = connection.client.url().trim_end_matches('/').to_string();
    let proxy = reqwest::blocking::Client::builder()
        .no_proxy()
        .connect_timeout(settings.http(None).connect_timeout)
        .timeout(None)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .map_err(|e| Error::Usage(format!("cannot set up the Marathon proxy: {e}")))?;
    let service = Arc::new(Service {
        settings: settings.clone(),
        ui: ui.clone(),
        connection,
        catalog: ops::catalogs::Kept::new(settings),
        token,
        allow_repository_changes: opts.allow_repository_changes,
        proxy,
        marathon,
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

/// A Cosmos error: its type, message, data and status.
struct Failure {
    status: u16,
    kind: &'static str,
    message: String,
    data: Option<Box<Value>>,
}

impl Failure {
    fn new(
        status: u16,
        kind: &'static str,
        message: impl Into<String>,
        data: Option<Value>,
    ) -> Failure {
        Failure {
            status,
            kind,
            message: message.into(),
            data: data.map(Box::new),
        }
    }

    /// A header the validators refuse: Cosmos's `not_valid`.
    fn not_valid(header: &str, rule: String) -> Failure {
        Failure::new(
            400,
            "not_valid",
            format!("Item header '{header}' deemed invalid by rule: {rule}"),
            None,
        )
    }

    /// smack's error as the Cosmos error a client expects.
    fn from(e: &Error) -> Failure {
        match e {
            Error::PackageNotFound { name, .. } => Failure::new(
                400,
                "PackageNotFound",
                format!("Package [{name}] not found"),
                Some(json!({ "packageName": name })),
            ),
            Error::VersionNotFound { name, version, .. } => Failure::new(
                400,
                "VersionNotFound",
                format!("Version [{version}] of package [{name}] not found"),
                Some(json!({ "packageName": name, "packageVersion": version })),
            ),
            Error::InvalidOptions { violations, .. } => Failure::new(
                400,
                "JsonSchemaMismatch",
                "Options JSON failed validation",
                Some(json!({
                    "errors": violations.iter().map(|v| json!({
                        "path": v.path,
                        "expected": v.expected,
                        "found": v.found,
                        "message": format!("{}: expected {}{}", v.path, v.expected, v.found.as_deref().map(|f| format!(", found {f}")).unwrap_or_default()),
                    })).collect::<Vec<_>>()
                })),
            ),
            Error::MissingOptions { missing, .. } => Failure::new(
                400,
                "JsonSchemaMismatch",
                "Options JSON failed validation",
                Some(json!({
                    "errors": missing.iter().map(|p| json!({ "path": p, "message": format!("{p}: required, and has no default") })).collect::<Vec<_>>()
                })),
            ),
            Error::AppExists { .. } => Failure::new(
                409,
                "PackageAlreadyInstalled",
                "Package is already installed",
                None,
            ),
            Error::NotInstalled { package, .. } => Failure::new(
                400,
                "PackageNotInstalled",
                format!("Package [{package}] is not installed"),
                Some(json!({ "packageName": package })),
            ),
            Error::Ambiguous { what, apps, .. } => Failure::new(
                400,
                "AmbiguousAppId",
                format!(
                    "Multiple apps named [{what}] are installed: [{}]",
                    apps.join(", ")
                ),
                Some(json!({ "packageName": what, "appIds": apps })),
            ),
            Error::MarathonNotFound { message } => {
                Failure::new(400, "MarathonAppNotFound", message.clone(), None)
            }
            Error::Unreachable { .. } | Error::Timeout { .. } => {
                Failure::new(502, "MarathonBadGateway", e.to_string(), None)
            }
            Error::Usage(m) => Failure::new(400, "not_valid", m.clone(), None),
            other => Failure::new(400, "CosmosError", other.to_string(), None),
        }
    }

    fn response(&self) -> serving::Response {
        let mut body = json!({ "type": self.kind, "message": self.message });
        if let Some(data) = &self.data {
            body["data"] = (**data).clone();
        }
        serving::Response::new(
            self.status,
            "application/vnd.dcos.package.error+json;charset=utf-8;version=v1",
            smack::jsontext::to_string(&body, smack::jsontext::Escapes::Circe).into_bytes(),
        )
    }
}

/// An endpoint: its media type names, the response versions it serves (newest first), and
/// whether it takes a request body.
struct Endpoint {
    /// `package.search` (the part of the media type before `-request`/`-response`).
    name: &'static str,
    versions: &'static [u32],
    request: bool,
}

const ENDPOINTS: &[(&str, Endpoint)] = &[
    (
        "/capabilities",
        Endpoint {
            name: "capabilities",
            versions: &[1],
            request: false,
        },
    ),
    (
        "/package/search",
        Endpoint {
            name: "package.search",
            versions: &[1],
            request: true,
        },
    ),
    (
        "/package/describe",
        Endpoint {
            name: "package.describe",
            versions: &[3, 2],
            request: true,
        },
    ),
    (
        "/package/render",
        Endpoint {
            name: "package.render",
            versions: &[1],
            request: true,
        },
    ),
    (
        "/package/install",
        Endpoint {
            name: "package.install",
            versions: &[2, 1],
            request: true,
        },
    ),
    (
        "/package/list",
        Endpoint {
            name: "package.list",
            versions: &[1],
            request: true,
        },
    ),
    (
        "/package/list-versions",
        Endpoint {
            name: "package.list-versions",
            versions: &[1],
            request: true,
        },
    ),
    (
        "/package/uninstall",
        Endpoint {
            name: "package.uninstall",
            versions: &[1],
            request: true,
        },
    ),
    (
        "/package/repository/list",
        Endpoint {
            name: "package.repository.list",
            versions: &[1],
            request: true,
        },
    ),
    (
        "/package/repository/add",
        Endpoint {
            name: "package.repository.add",
            versions: &[1],
            request: true,
        },
    ),
    (
        "/package/repository/delete",
        Endpoint {
            name: "package.repository.delete",
            versions: &[1],
            request: true,
        },
    ),
];

impl Endpoint {
    fn response_type(&self, version: u32) -> String {
        if self.name == "capabilities" {
            format!("application/vnd.dcos.capabilities+json;charset=utf-8;version=v{version}")
        } else {
            format!(
                "application/vnd.dcos.{}-response+json;charset=utf-8;version=v{version}",
                self.name
            )
        }
    }

    fn request_type(&self) -> String {
        format!(
            "application/vnd.dcos.{}-request+json;charset=utf-8;version=v1",
            self.name
        )
    }

    /// The response version to answer with: the newest the Accept header names.
    fn negotiate(&self, accept: Option<&str>) -> std::result::Result<u32, Failure> {
        let offered: Vec<String> = self
            .versions
            .iter()
            .map(|v| self.response_type(*v))
            .collect();
        let accept = accept.unwrap_or("");
        let wanted: Vec<(String, Option<String>)> = accept
            .split(',')
            .filter_map(|m| m.trim().parse::<mime::Mime>().ok())
            .map(|m| {
                (
                    m.essence_str().to_ascii_lowercase(),
                    m.get_param("version")
                        .map(|v| v.as_str().to_ascii_lowercase()),
                )
            })
            .collect();
        for v in self.versions {
            let mine: mime::Mime = self.response_type(*v).parse().expect("a valid media type");
            if wanted.iter().any(|(essence, version)| {
                essence == mine.essence_str() && version.as_deref() == Some(&format!("v{v}"))
            }) {
                return Ok(*v);
            }
        }
        Err(Failure::not_valid(
            "Accept",
            format!(
                "Media type was [{accept}] but should be one of [{}]",
                offered.join(", ")
            ),
        ))
    }

    fn check_content_type(&self, given: Option<&str>) -> std::result::Result<(), Failure> {
        let expected: mime::Mime = self.request_type().parse().expect("a valid media type");
        let ok = given
            .and_then(|g| g.parse::<mime::Mime>().ok())
            .is_some_and(|g| {
                g.essence_str().eq_ignore_ascii_case(expected.essence_str())
                    && g.get_param("version")
                        .is_none_or(|v| v.as_str().eq_ignore_ascii_case("v1"))
            });
        if ok {
            Ok(())
        } else {
            Err(Failure::not_valid(
                "Content-Type",
                format!(
                    "Media type was {}, but should be one of [{}]",
                    given.unwrap_or(""),
                    self.request_type()
                ),
            ))
        }
    }
}

/// Compares two secrets in time that does not depend on where they differ.
fn same_secret(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut diff = (a.len() != b.len()) as u8;
    for i in 0..a.len().max(b.len()) {
        diff |= a.get(i).copied().unwrap_or(0) ^ b.get(i).copied().unwrap_or(0);
    }
    diff == 0
}

impl Service {
    fn answer(&self, request: &serving::Request) -> serving::Response {
        if let Some(token) = &self.token {
            let given = request
                .header("Authorization")
                .and_then(|a| a.strip_prefix("token="))
                .unwrap_or("");
            if !same_secret(given, token) {
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
        let path = request.target.split('?').next().unwrap_or("/");
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
            match serde_json::from_slice::<Value>(&request.body) {
                Ok(Value::Object(m)) => m,
                Ok(_) => {
                    return Failure::new(
                        400,
                        "json_error",
                        "Json decoding failure 'the body is not an object' at: ",
                        None,
                    )
                    .response();
                }
                Err(e) => {
                    return Failure::new(
                        400,
                        "json_error",
                        format!("Json parsing failure '{e}'"),
                        Some(json!({ "type": "parse", "reason": e.to_string() })),
                    )
                    .response();
                }
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
            "capabilities" => Ok(json!({ "capabilities": [{ "name": "PACKAGE_MANAGEMENT" }] })),
            "package.search" => self.search(body).map_err(fail),
            "package.describe" => self.describe(body, version).map_err(fail),
            "package.render" => self.render(body).map_err(fail),
            "package.install" => self.install(body, version).map_err(fail),
            "package.list" => self.list(body).map_err(fail),
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

    fn search(&self, body: &Map<String, Value>) -> Result<Value> {
        let catalog = self.catalog()?;
        let mut warnings = Vec::new();
        let summaries = catalog.summaries(&mut warnings)?;
        let query = body.get("query").and_then(Value::as_str);
        let hits = smack::catalog::search::search(&summaries, query);
        let mut packages = Vec::new();
        for hit in hits {
            let s = hit.summary;
            let releases = catalog.releases(&s.name, &mut warnings).unwrap_or_default();
            let versions: Map<String, Value> = releases
                .iter()
                .map(|r| (r.version.clone(), json!(r.revision.to_string())))
                .collect();
            packages.push(json!({
                "name": s.name,
                "currentVersion": s.version,
                "versions": versions,
                "description": s.description(),
                "framework": s.framework(),
                "tags": s.listing.tags,
                "selected": s.selected(),
            }));
        }
        Ok(json!({ "packages": packages }))
    }

    fn describe(&self, body: &Map<String, Value>, version: u32) -> Result<Value> {
        let package = self.resolve(body)?;
        let element = smack::render::index_element(&package);
        Ok(if version >= 3 {
            json!({ "package": element })
        } else {
            element
        })
    }

    /// Cosmos's render and install share this: the package, the options, the app id.
    fn prepare(&self, body: &Map<String, Value>) -> Result<(Pipeline, smack::pipeline::Prepared)> {
        let package = self.resolve(body)?;
        let options = body.get("options").cloned().unwrap_or_else(|| json!({}));
        if !options.is_object() {
            return Err(Error::Usage("`options` must be a JSON object".into()));
        }
        let app_id = body
            .get("appId")
            .and_then(Value::as_str)
            .map(str::to_string);
        let mut pipeline = Pipeline::new();
        let prepared = pipeline.prepare(
            package,
            options,
            app_id.as_deref(),
            &mut Never { can_prompt: false },
            None,
        )?;
        Ok((pipeline, prepared))
    }

    fn render(&self, body: &Map<String, Value>) -> Result<Value> {
        let (pipeline, prepared) = self.prepare(body)?;
        let profile = self.connection.profile()?;
        let name = prepared.package.name.clone();
        pipeline.verify(
            &name,
            &prepared.rendered.app,
            smack::pipeline::Against::new(&profile, Checks::Normal),
        )?;
        Ok(json!({ "marathonJson": prepared.rendered.app }))
    }

    fn install(&self, body: &Map<String, Value>, version: u32) -> Result<Value> {
        let (pipeline, prepared) = self.prepare(body)?;
        let plan = ops::install::plan(&self.connection, &pipeline, prepared, Checks::Normal)?;
        if plan.in_progress.is_some() {
            return Err(Error::AppExists {
                id: plan.app_id.clone(),
            });
        }
        let posted = ops::install::apply(&self.connection.client, &plan, false)?;
        let mut answer = json!({
            "packageName": plan.package.name,
            "packageVersion": plan.package.version,
            "appId": posted.app_id,
            "postInstallNotes": plan.package.note("postInstallNotes"),
        });
        if version >= 2
            && let Some(cli) = plan.package.resource.as_ref().and_then(|r| r.get("cli"))
        {
            answer["cli"] = cli.clone();
        }
        Ok(answer)
    }

    fn installed(&self, name: Option<&str>) -> Result<Vec<Installed>> {
        installed::list(&self.connection.client, name)
    }

    fn list(&self, body: &Map<String, Value>) -> Result<Value> {
        let name = body.get("packageName").and_then(Value::as_str);
        let app_id = body
            .get("appId")
            .and_then(Value::as_str)
            .map(smack::marathon::app::canonical_or_given);
        let packages: Vec<Value> = self
            .installed(name)?
            .into_iter()
            .filter(|i| app_id.as_ref().is_none_or(|a| &i.app_id == a))
            .map(|i| {
                let mut definition = i.definition().unwrap_or_default();
                definition.remove("marathon");
                definition.remove("config");
                let resource = definition.remove("resource");
                let mut info = json!({ "packageDefinition": definition });
                if let Some(r) = resource {
                    info["resourceDefinition"] = r;
                }
                json!({ "appId": i.app_id, "packageInformation": info })
            })
            .collect();
        Ok(json!({ "packages": packages }))
    }

    fn list_versions(&self, body: &Map<String, Value>) -> Result<Value> {
        let name = text(body, "packageName")?;
        let mut warnings = Vec::new();
        let releases = self.catalog()?.releases(&name, &mut warnings)?;
        let results: Map<String, Value> = releases
            .iter()
            .map(|r| (r.version.clone(), json!(r.revision.to_string())))
            .collect();
        Ok(json!({ "results": results }))
    }

    fn uninstall(&self, body: &Map<String, Value>) -> Result<Value> {
        let name = text(body, "packageName")?;
        let app_id = body.get("appId").and_then(Value::as_str);
        let all = body.get("all").and_then(Value::as_bool).unwrap_or(false);
        let found = ops::uninstall::find(&self.connection.client, &name, app_id, all)?;
        let mut results = Vec::new();
        for i in &found {
            ops::uninstall::remove(&self.connection.client, &i.app_id)?;
            results.push(json!({
                "packageName": i.name,
                "packageVersion": i.version,
                "appId": i.app_id,
                "postUninstallNotes": i.note("postUninstallNotes"),
            }));
        }
        Ok(json!({ "results": results }))
    }

    fn repositories_json(&self) -> Value {
        json!({
            "repositories": self.repositories().iter().map(|r| json!({ "name": r.name, "uri": r.uri })).collect::<Vec<_>>()
        })
    }

    fn repository_add(&self, body: &Map<String, Value>) -> std::result::Result<Value, Failure> {
        let name = body.get("name").and_then(Value::as_str);
        let uri = body.get("uri").and_then(Value::as_str);
        let (Some(name), Some(uri)) = (name, uri) else {
            return Err(Failure::new(
                400,
                "RepoNameOrUriMissing",
                "Repository name or URI is missing",
                None,
            ));
        };
        let index = body
            .get("index")
            .and_then(Value::as_u64)
            .map(|i| i as usize);
        // Checked and changed on the config file as it is now, under its lock, in Cosmos's
        // order: what is present already, the index, then the name and URI themselves.
        self.change_repositories(|repos| {
        match (
            repos.iter().any(|r| r.name == name),
            repos.iter().any(|r| r.uri == uri),
        ) {
            (true, true) => {
                return Err(Failure::new(
                    400,
                    "RepositoryAlreadyPresent",
                    format!(
                        "Repository name [{name}] and URI [{uri}] are both already present in the list"
                    ),
                    Some(json!({"name": name, "uri": uri})),
                ));
            }
            (true, false) => {
                return Err(Failure::new(
                    400,
                    "RepositoryAlreadyPresent",
                    format!("Repository name [{name}] is already present in the list"),
                    Some(json!({"name": name})),
                ));
            }
            (false, true) => {
                return Err(Failure::new(
                    400,
                    "RepositoryAlreadyPresent",
                    format!("Repository URI [{uri}] is already present in the list"),
                    Some(json!({"uri": uri})),
                ));
            }
            _ => {}
        }
        if let Some(i) = index
            && i > repos.len()
        {
            return Err(Failure::new(
                400,
                "RepositoryAddIndexOutOfBounds",
                format!(
                    "Index ({i}) is out of range. Index value must be between 0 and {} inclusive.",
                    repos.len()
                ),
                Some(json!({"attempted": i, "max": repos.len()})),
            ));
        }
        smack::repo::check_name(name).map_err(|e| Failure::from(&e))?;
        smack::repo::check_uri(uri).map_err(|e| {
            Failure::new(
                400,
                "RepositoryUriSyntax",
                e.to_string(),
                Some(json!({"uri": uri})),
            )
        })?;
        repos.insert(
            index.unwrap_or(repos.len()),
            Repository {
                name: name.into(),
                uri: uri.into(),
            },
        );
        Ok(())
        })
    }

    fn repository_delete(&self, body: &Map<String, Value>) -> std::result::Result<Value, Failure> {
        let name = body.get("name").and_then(Value::as_str);
        let uri = body.get("uri").and_then(Value::as_str);
        if name.is_none() && uri.is_none() {
            return Err(Failure::new(
                400,
                "RepoNameOrUriMissing",
                "Repository name or URI is missing",
                None,
            ));
        }
        self.change_repositories(|repos| {
            let before = repos.len();
            repos.retain(|r| {
                !(name.is_some_and(|n| n == r.name) || uri.is_some_and(|u| u == r.uri))
            });
            if repos.len() == before {
                let (message, data) = match (name, uri) {
                    (Some(n), Some(u)) => (
                        format!(
                            "Neither repository name [{n}] nor URI [{u}] are present in the list"
                        ),
                        json!({"name": n, "uri": u}),
                    ),
                    (Some(n), None) => (
                        format!("Repository name [{n}] is not present in the list"),
                        json!({"name": n}),
                    ),
                    (None, Some(u)) => (
                        format!("Repository URI [{u}] is not present in the list"),
                        json!({"uri": u}),
                    ),
                    (None, None) => unreachable!("checked above"),
                };
                return Err(Failure::new(
                    400,
                    "RepositoryNotPresent",
                    message,
                    Some(data),
                ));
            }
            Ok(())
        })
    }

    /// Changes the repositories in the config file: read afresh and written under the file's
    /// lock, so that concurrent adds and deletes (here or by the CLI) are all kept. Answers
    /// the list as it now is.
    fn change_repositories(
        &self,
        change: impl FnOnce(&mut Vec<Repository>) -> std::result::Result<(), Failure>,
    ) -> std::result::Result<Value, Failure> {
        if self.settings.repositories_origin != smack::settings::Origin::File {
            return Err(Failure::new(
                400,
                "CosmosError",
                "the repositories come from --catalog or SMACK_CATALOG, not the config file: they cannot be changed here",
                None,
            ));
        }
        let mut refused = None;
        // The kept catalog sees the file change and reopens.
        let repos = Config::update(self.settings.config.path(), |config| {
            let mut repos = config.repositories_or_default();
            match change(&mut repos) {
                Ok(()) => {
                    config.set_repositories(&repos);
                    Ok((true, repos))
                }
                Err(f) => {
                    refused = Some(f);
                    Ok((false, Vec::new()))
                }
            }
        })
        .map_err(|e| Failure::from(&e))?;
        if let Some(f) = refused {
            return Err(f);
        }
        Ok(json!({
            "repositories": repos.iter().map(|r| json!({ "name": r.name, "uri": r.uri })).collect::<Vec<_>>()
        }))
    }

    /// `/service/marathon/…`: passed to Marathon with its token, answers bounded; the event
    /// stream streamed.
    fn proxy(&self, request: &serving::Request) -> serving::Response {
        let rest = request
            .target
            .strip_prefix("/service/marathon")
            .unwrap_or("/");
        let rest = if rest.is_empty() { "/" } else { rest };
        let url = format!("{}{rest}", self.marathon);
        let Ok(method) = reqwest::Method::from_bytes(request.method.as_bytes()) else {
            return Failure::new(405, "method_not_allowed", "method not allowed", None).response();
        };
        let mut builder = self.proxy.request(method, &url);
        for (name, value) in &request.headers {
            if matches!(name.as_str(), "content-type" | "accept") {
                builder = builder.header(name.as_str(), value.as_str());
            }
        }
        if let Some(token) = self.connection.client.token() {
            builder = builder.header("Authorization", format!("token={token}"));
        }
        if !request.body.is_empty() {
            builder = builder.body(request.body.clone());
        }
        let upstream = match builder.send() {
            Ok(r) => r,
            Err(e) => {
                return Failure::new(
                    502,
                    "MarathonBadGateway",
                    format!(
                        "Marathon at {} did not answer: {}",
                        self.marathon,
                        smack::http::root_cause(&e)
                    ),
                    None,
                )
                .response();
            }
        };
        let status = upstream.status().as_u16();
        let headers: Vec<(String, String)> = upstream
            .headers()
            .iter()
            .filter(|(k, _)| {
                matches!(
                    k.as_str(),
                    "content-type" | "marathon-deployment-id" | "location" | "cache-control"
                )
            })
            .filter_map(|(k, v)| Some((k.as_str().to_string(), v.to_str().ok()?.to_string())))
            .collect();
        let streaming = headers
            .iter()
            .any(|(k, v)| k == "content-type" && v.starts_with("text/event-stream"));
        if streaming {
            let (tx, stream) = serving::stream(smack::sandbox::EVENT_BUFFER);
            std::thread::spawn(move || {
                use std::io::Read;
                let mut upstream = upstream;
                let mut chunk = vec![0u8; 16 * 1024];
                loop {
                    match upstream.read(&mut chunk) {
                        Ok(0) | Err(_) => return,
                        Ok(n) => {
                            if !tx.try_send(chunk[..n].to_vec()) {
                                return;
                            }
                        }
                    }
                }
            });
            let mut response = serving::Response::streamed(status, "text/event-stream", stream);
            response.headers = headers;
            return response;
        }
        use std::io::Read;
        let mut body = Vec::new();
        let read = upstream.take(MAX_PROXIED + 1).read_to_end(&mut body);
        if read.is_err() || body.len() as u64 > MAX_PROXIED {
            return Failure::new(
                502,
                "MarathonBadResponse",
                "Marathon's answer broke off or is too large",
                None,
            )
            .response();
        }
        let mut response = serving::Response::new(status, "application/json", body);
        response.headers = headers;
        response
    }
}

fn text(body: &Map<String, Value>, key: &str) -> Result<String> {
    body.get(key)
        .and_then(Value::as_str)
        .map(str::to_string)
        .ok_or_else(|| Error::Usage(format!("`{key}` (a string) is missing")))
}
