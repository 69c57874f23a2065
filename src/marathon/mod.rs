//! The one Marathon client: every request smack sends to a Marathon (or DC/OS) endpoint goes
//! through [`Client`], which owns URL handling, authentication, TLS, timeouts, retries and the
//! mapping of Marathon's answers to [`Error`]s (the contract is `reference/marathon/api.md`).

pub mod app;
pub mod events;
pub mod installed;
pub mod rules;
pub mod wait;
pub mod wire;

use reqwest::Method;
use reqwest::blocking::RequestBuilder;
use serde_json::{Map, Value};

use crate::error::{Error, Result, Violation};
use crate::http::{Http, Settings, root_cause};

/// Where Marathon is and how to talk to it.
#[derive(Clone)]
pub struct Target {
    /// The base URL, as given; see [`base_url`].
    pub url: String,
    /// A DC/OS auth token, sent as `Authorization: token=...`. Never printed.
    pub token: Option<String>,
    /// Marathon's HTTP credentials (`user:password`), sent as HTTP Basic when there is no
    /// token. Never printed.
    pub basic: Option<String>,
    /// How a token the cluster no longer takes is replaced (a service account's login).
    pub renew: Option<std::sync::Arc<dyn Renew>>,
    /// The command that logs in again (`smack login prod`), for a refused token.
    pub relogin: Option<String>,
    /// TLS, timeouts, retries.
    pub http: Settings,
}

/// Gets a fresh DC/OS token when the cluster answers 401 to the one in use (Admin Router's
/// `oauthjwt` or `acsjwt` challenge): a service account logs in again with its key.
pub trait Renew: Send + Sync {
    /// A new token, kept where the next command finds it. Never printed.
    fn renew(&self) -> Result<String>;
}

/// Credentials never show, not even in debug output.
impl std::fmt::Debug for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Target")
            .field("url", &crate::text::redact_credentials(&self.url))
            .field("token", &self.token.as_ref().map(|_| "…"))
            .field("basic", &self.basic.as_ref().map(|_| "…"))
            .field("renew", &self.renew.is_some())
            .finish()
    }
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("base", &crate::text::redact_credentials(&self.base))
            .field("token", &self.token().as_ref().map(|_| "…"))
            .field("basic", &self.basic.as_ref().map(|_| "…"))
            .finish()
    }
}

impl Target {
    pub fn new(url: impl Into<String>) -> Target {
        Target {
            url: url.into(),
            token: None,
            basic: None,
            renew: None,
            relogin: None,
            http: Settings::default(),
        }
    }
}

/// Normalizes a Marathon URL: a scheme is required (http or https), trailing slashes and a
/// trailing `/v2` are dropped; a DC/OS cluster URL gets Admin Router's `/service/marathon`.
pub fn base_url(raw: &str, dcos: bool) -> Result<String> {
    let bad = |reason: &str| Error::Usage(format!("bad Marathon URL [{raw}]: {reason}"));
    let trimmed = raw.trim();
    let parsed = reqwest::Url::parse(trimmed).map_err(|e| bad(&e.to_string()))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(bad("the scheme must be http or https"));
    }
    if parsed.host_str().is_none_or(str::is_empty) {
        return Err(bad("no host"));
    }
    if parsed.query().is_some() || parsed.fragment().is_some() {
        return Err(bad("no query or fragment allowed"));
    }
    let mut url = trimmed.trim_end_matches('/').to_string();
    if let Some(stripped) = url.strip_suffix("/v2") {
        url = stripped.trim_end_matches('/').to_string();
    }
    if dcos && !url.ends_with("/service/marathon") {
        url.push_str("/service/marathon");
    }
    Ok(url)
}

/// What a successful request returned.
#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub body: Value,
    /// The `Marathon-Deployment-Id` header.
    pub deployment: Option<String>,
}

/// The client. Cheap to clone.
#[derive(Clone)]
pub struct Client {
    http: Http,
    base: String,
    /// The token in use, shared by the clones: a renewal serves them all.
    token: std::sync::Arc<std::sync::Mutex<Option<String>>>,
    /// Marathon's HTTP credentials (`user:password`). Never printed.
    basic: Option<String>,
    renew: Option<std::sync::Arc<dyn Renew>>,
    /// Held while a token is renewed, so that concurrent requests renew it once.
    renewing: std::sync::Arc<std::sync::Mutex<()>>,
    relogin: Option<String>,
    /// The event stream's listener, shared by the clones (see [`events`]).
    listener: std::sync::Arc<std::sync::Mutex<Option<std::sync::Arc<events::Listener>>>>,
}

impl Client {
    pub fn new(target: Target) -> Result<Client> {
        let base = base_url(&target.url, false)?;
        if let Some(token) = &target.token
            && !valid_token(token)
        {
            return Err(Error::Usage(
                "the auth token is empty or has characters other than printable ASCII (check SMACK_TOKEN or the token file)"
                    .into(),
            ));
        }
        let http = Http::new(&target.http, &base)?;
        Ok(Client {
            http,
            base,
            token: std::sync::Arc::new(std::sync::Mutex::new(target.token)),
            basic: target.basic,
            renew: target.renew,
            renewing: Default::default(),
            relogin: target.relogin,
            listener: Default::default(),
        })
    }

    /// The token sent to Marathon now (never printed).
    pub fn token(&self) -> Option<String> {
        self.token
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    /// Sends what `build` makes with the token in use. A 401 that asks for a DC/OS login
    /// (not Marathon's own Basic challenge), when a renewal is known, gets the token renewed
    /// (once for all the requests that met it) and the request sent again, once.
    fn exchange(
        &self,
        build: &dyn Fn(&reqwest::blocking::Client, Option<&str>) -> RequestBuilder,
        idempotent: bool,
    ) -> Result<crate::http::Exchange> {
        let used = self.token();
        let first = self.http.send(
            &|client| build(client, used.as_deref()),
            idempotent,
            &self.shown(),
        )?;
        let Some(renew) = &self.renew else {
            return Ok(first);
        };
        // Marathon's own Basic challenge is not a DC/OS login's.
        let asks_login =
            first.status().as_u16() == 401 && !challenge(first.headers()).starts_with("basic");
        if !asks_login {
            return Ok(first);
        }
        drop(first);
        let fresh = {
            let _held = self
                .renewing
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            let now = self.token();
            if now != used {
                // Another request renewed it meanwhile.
                now
            } else {
                let token = renew.renew()?;
                if !valid_token(&token) {
                    return Err(Error::MarathonProtocol {
                        url: crate::text::redact_credentials(&self.base).into_owned(),
                        reason: "the login answered a token that is not printable ASCII".into(),
                    });
                }
                *self
                    .token
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(token.clone());
                Some(token)
            }
        };
        self.http.send(
            &|client| build(client, fresh.as_deref()),
            idempotent,
            &self.shown(),
        )
    }

    /// The normalized base URL.
    pub fn url(&self) -> &str {
        &self.base
    }

    /// "Marathon at URL" for messages, a password in the URL written as `***`.
    pub fn shown(&self) -> String {
        format!(
            "Marathon at {}",
            crate::text::redact_credentials(&self.base)
        )
    }

    /// Sends a request; `app` names the app concerned so that 409s can say which.
    /// Idempotent requests are retried on connection errors, 502 and 503 (see [`Http::send`]).
    pub fn send(
        &self,
        method: Method,
        path: &str,
        body: Option<&Value>,
        app: Option<&str>,
    ) -> Result<Response> {
        let url = format!("{}{}", self.base, path);
        let idempotent = method != Method::POST && method != Method::PATCH;
        let build = |client: &reqwest::blocking::Client, token: Option<&str>| {
            let mut request = client
                .request(method.clone(), &url)
                .header("Accept", "application/json");
            request = self.authorize(request, token);
            if let Some(body) = body {
                request = request
                    .header("Content-Type", "application/json")
                    .body(body.to_string());
            }
            request
        };
        let response = self.exchange(&build, idempotent)?;
        self.read(response, &url, app)
    }

    /// The Mesos master's `/master/state-summary` beside this Marathon: at
    /// `/mesos/master/state-summary` of a DC/OS cluster, else beside Marathon's own API (the
    /// sandbox serves one there).
    pub fn state_summary(&self) -> Result<Value> {
        let url = match self.base.strip_suffix("/service/marathon") {
            Some(root) => format!("{root}/mesos/master/state-summary"),
            None => format!("{}/master/state-summary", self.base),
        };
        let build = |client: &reqwest::blocking::Client, token: Option<&str>| {
            self.authorize(client.get(&url).header("Accept", "application/json"), token)
        };
        let response = self.exchange(&build, true)?;
        Ok(self.read(response, &url, None)?.body)
    }

    /// Passes a request on to Marathon as it came (a proxy's: `smack serve`'s
    /// `/service/marathon/`), with this client's credentials and through its transport: the
    /// head within the request timeout, never retried. `headers` are the ones to pass on.
    /// The answer is Marathon's whatever its status; read its body under the exchange's
    /// deadline, or as a stream ([`crate::http::Exchange::into_stream`]).
    pub fn pass(
        &self,
        method: Method,
        path_and_query: &str,
        headers: &[(String, String)],
        body: &[u8],
    ) -> Result<crate::http::Exchange> {
        let url = format!("{}{}", self.base, path_and_query);
        let build = |client: &reqwest::blocking::Client, token: Option<&str>| {
            let mut request = client.request(method.clone(), &url);
            for (name, value) in headers {
                request = request.header(name.as_str(), value.as_str());
            }
            request = self.authorize(request, token);
            if !body.is_empty() {
                request = request.body(body.to_vec());
            }
            request
        };
        self.exchange(&build, false)
    }

    /// The request with its credentials: `token` (the one in use, see [`Client::token`]),
    /// else Marathon's HTTP credentials.
    fn authorize(&self, request: RequestBuilder, token: Option<&str>) -> RequestBuilder {
        use base64::Engine;
        let value = match (token, &self.basic) {
            (Some(token), _) => format!("token={token}"),
            (None, Some(basic)) => format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode(basic)
            ),
            (None, None) => return request,
        };
        match reqwest::header::HeaderValue::from_str(&value) {
            Ok(mut value) => {
                value.set_sensitive(true);
                request.header(reqwest::header::AUTHORIZATION, value)
            }
            Err(_) => request,
        }
    }

    fn read(
        &self,
        response: crate::http::Exchange,
        url: &str,
        app: Option<&str>,
    ) -> Result<Response> {
        let status = response.status().as_u16();
        let deployment = response
            .headers()
            .get("Marathon-Deployment-Id")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        // What a 401 asks for: Marathon's HTTP credentials (`Basic`) or a DC/OS login
        // (Admin Router's `oauthjwt`, `acsjwt`, or `token=`).
        let challenge = challenge(response.headers());
        let is_json = response
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.contains("json"));
        let text = read_capped(response).map_err(|e| {
            if e.is_timeout() {
                Error::Timeout {
                    target: self.shown(),
                    after: humantime::format_duration(self.http.settings().request_timeout)
                        .to_string(),
                }
            } else {
                Error::Unreachable {
                    target: self.shown(),
                    reason: format!("the answer broke off: {e}"),
                }
            }
        })?;
        let body: Option<Value> = serde_json::from_str(&text).ok();
        if (200..300).contains(&status) {
            let body = match body {
                Some(b) => b,
                None if text.trim().is_empty() => Value::Null,
                None if !is_json => Value::String(text),
                None => {
                    return Err(Error::MarathonProtocol {
                        url: crate::text::redact_credentials(url).into_owned(),
                        reason: format!("status {status} with a body that is not JSON"),
                    });
                }
            };
            return Ok(Response {
                status,
                body,
                deployment,
            });
        }
        let message = body
            .as_ref()
            .and_then(|b| b.get("message"))
            .and_then(Value::as_str)
            .map(str::to_string)
            .unwrap_or_else(|| summarize_text(&text));
        let base = crate::text::redact_credentials(&self.base).into_owned();
        Err(match status {
            401 => Error::MarathonAuth {
                url: base,
                status,
                message,
                hint: if challenge.starts_with("basic") {
                    if self.basic.is_some() {
                        "Marathon refused the HTTP credentials (Marathon's --http_credentials): \
                         check the user:password in --http-credentials-file \
                         (SMACK_HTTP_CREDENTIALS_FILE, marathon.http_credentials_file)"
                            .into()
                    } else {
                        "Marathon asks for its HTTP credentials (Marathon's --http_credentials): \
                         give a file holding user:password with --http-credentials-file \
                         (SMACK_HTTP_CREDENTIALS_FILE, marathon.http_credentials_file); smack \
                         never prints them"
                            .into()
                    }
                } else if let Some(relogin) = &self.relogin {
                    format!(
                        "the cluster refused the login{}: log in again: `{relogin}`",
                        match self.token().as_deref().and_then(crate::dcos::token_expiry) {
                            Some(exp) if exp <= crate::dcos::now() => " (its token has expired)",
                            _ => "",
                        }
                    )
                } else if self.token().is_some() {
                    "the token was rejected: it may have expired or belong to another cluster; \
                     get a new one (`smack login`, or `dcos auth login` then `dcos config show \
                     core.dcos_acs_token`) and give it with SMACK_TOKEN or --token-file"
                        .into()
                } else {
                    "authentication required: give a DC/OS token with SMACK_TOKEN or --token-file"
                        .into()
                },
            },
            403 => Error::MarathonAuth {
                url: base,
                status,
                message,
                hint: "the token is not allowed to do this; check its permissions".into(),
            },
            404 => Error::MarathonNotFound { message },
            409 => {
                let deployments: Vec<String> = body
                    .as_ref()
                    .and_then(|b| b.get("deployments"))
                    .and_then(Value::as_array)
                    .map(|d| {
                        d.iter()
                            .filter_map(|d| d.get("id").and_then(Value::as_str))
                            .map(str::to_string)
                            .collect()
                    })
                    .unwrap_or_default();
                let id = app.unwrap_or("?").to_string();
                if deployments.is_empty() && !message.contains("locked") {
                    Error::AppExists { id }
                } else {
                    Error::AppLocked { id, deployments }
                }
            }
            400 | 422 => Error::MarathonRejected {
                status,
                message,
                details: details(body.as_ref()),
            },
            _ => Error::MarathonStatus {
                url: crate::text::redact_credentials(url).into_owned(),
                status,
                message,
            },
        })
    }

    /// `GET /v2/info`: Marathon's version and `marathon_config`.
    pub fn info(&self) -> Result<Value> {
        Ok(self.send(Method::GET, "/v2/info", None, None)?.body)
    }

    /// `GET /v2/apps`, filtered by a label selector in Marathon's grammar.
    pub fn apps(&self, label_selector: Option<&str>) -> Result<Vec<Map<String, Value>>> {
        let mut path =
            "/v2/apps?embed=apps.counts&embed=apps.deployments&embed=apps.lastTaskFailure"
                .to_string();
        if let Some(selector) = label_selector {
            path.push_str("&label=");
            path.push_str(&encode_query(selector));
        }
        let response = self.send(Method::GET, &path, None, None)?;
        let apps = response
            .body
            .get("apps")
            .and_then(Value::as_array)
            .ok_or_else(|| self.protocol("/v2/apps", "no `apps` array"))?;
        Ok(apps.iter().filter_map(|a| a.as_object().cloned()).collect())
    }

    /// `GET /v2/apps/{id}`.
    pub fn app(&self, id: &str) -> Result<Map<String, Value>> {
        let response = self.send(Method::GET, &app_path(id), None, Some(id))?;
        response
            .body
            .get("app")
            .and_then(Value::as_object)
            .cloned()
            .ok_or_else(|| self.protocol(&app_path(id), "no `app` object"))
    }

    /// `POST /v2/apps`: returns the created app's id and its deployment id. `force` overrides a
    /// deployment that holds the id.
    pub fn create_app(&self, app: &Map<String, Value>, force: bool) -> Result<(String, String)> {
        let raw = app.get("id").and_then(Value::as_str).unwrap_or("?");
        let canonical = crate::marathon::app::canonical_or_given(raw);
        let id = canonical.as_str();
        let response = self.send(
            Method::POST,
            if force {
                "/v2/apps?force=true"
            } else {
                "/v2/apps"
            },
            Some(&Value::Object(app.clone())),
            Some(id),
        )?;
        let created = response
            .body
            .get("id")
            .and_then(Value::as_str)
            .unwrap_or(id)
            .to_string();
        let deployment = response
            .deployment
            .or_else(|| {
                response.body["deployments"][0]["id"]
                    .as_str()
                    .map(str::to_string)
            })
            .ok_or_else(|| self.protocol("/v2/apps", "no deployment id in the answer"))?;
        Ok((created, deployment))
    }

    /// `PUT /v2/apps/{id}?partialUpdate=false`: replaces the app's definition (read-only fields
    /// such as `version` must already be gone). Returns the deployment id.
    pub fn replace_app(&self, id: &str, app: &Map<String, Value>, force: bool) -> Result<String> {
        let path = format!("{}?partialUpdate=false&force={force}", app_path(id));
        let response = self.send(
            Method::PUT,
            &path,
            Some(&Value::Object(app.clone())),
            Some(id),
        )?;
        self.deployment_of(response, &path)
    }

    /// `DELETE /v2/apps/{id}`: returns the deployment id of the removal.
    pub fn delete_app(&self, id: &str, force: bool) -> Result<String> {
        let path = format!("{}?force={force}", app_path(id));
        let response = self.send(Method::DELETE, &path, None, Some(id))?;
        self.deployment_of(response, &path)
    }

    /// `GET /v2/apps/{id}/versions`: the app's version timestamps, newest first.
    pub fn app_versions(&self, id: &str) -> Result<Vec<String>> {
        let path = format!("{}/versions", app_path(id));
        let response = self.send(Method::GET, &path, None, Some(id))?;
        let list = response
            .body
            .get("versions")
            .and_then(Value::as_array)
            .ok_or_else(|| self.protocol(&path, "no `versions` array"))?;
        Ok(list
            .iter()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect())
    }

    /// `GET /v2/apps/{id}/versions/{version}`: the app's definition as of that version.
    pub fn app_version(&self, id: &str, version: &str) -> Result<Map<String, Value>> {
        let path = format!(
            "{}/versions/{}",
            app_path(id),
            percent_encoding::utf8_percent_encode(version, VERSION_SEGMENT)
        );
        let response = self.send(Method::GET, &path, None, Some(id))?;
        response
            .body
            .as_object()
            .cloned()
            .ok_or_else(|| self.protocol(&path, "not a JSON object"))
    }

    /// `PUT /v2/apps/{id}` with `{"version": V}`: Marathon's rollback of the app to its
    /// definition as of V, as a new version and deployment, whose id this returns.
    pub fn rollback_app(&self, id: &str, version: &str, force: bool) -> Result<String> {
        let path = format!("{}?force={force}", app_path(id));
        let body = serde_json::json!({ "version": version });
        let response = self.send(Method::PUT, &path, Some(&body), Some(id))?;
        self.deployment_of(response, &path)
    }

    /// `POST /v2/apps/{id}/restart`: every task replaced; returns the deployment id.
    pub fn restart_app(&self, id: &str, force: bool) -> Result<String> {
        let path = format!("{}/restart?force={force}", app_path(id));
        let response = self.send(Method::POST, &path, None, Some(id))?;
        self.deployment_of(response, &path)
    }

    /// `GET /v2/queue`: the apps with instances waiting to launch, and their backoff.
    pub fn queue(&self) -> Result<Vec<Map<String, Value>>> {
        let response = self.send(Method::GET, "/v2/queue", None, None)?;
        let list = response
            .body
            .get("queue")
            .and_then(Value::as_array)
            .ok_or_else(|| self.protocol("/v2/queue", "no `queue` array"))?;
        Ok(list.iter().filter_map(|d| d.as_object().cloned()).collect())
    }

    /// `GET /v2/groups/{id}` with its apps' counts, deployments and last task failures;
    /// `None` when there is no such group.
    pub fn group(&self, id: &str) -> Result<Option<Map<String, Value>>> {
        let path = format!(
            "{}?embed=group.groups&embed=group.apps&embed=group.apps.counts&embed=group.apps.deployments&embed=group.apps.lastTaskFailure",
            encoded_path("/v2/groups", id)
        );
        match self.send(Method::GET, &path, None, Some(id)) {
            Ok(r) => Ok(r.body.as_object().cloned()),
            Err(Error::MarathonNotFound { .. }) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `PUT /v2/groups/{id}`: creates or updates the group as one deployment. Returns the
    /// deployment id.
    pub fn put_group(&self, id: &str, group: &Value, force: bool) -> Result<String> {
        let path = format!("{}?force={force}", encoded_path("/v2/groups", id));
        let response = self.send(Method::PUT, &path, Some(group), Some(id))?;
        self.deployment_of(response, &path)
    }

    /// `DELETE /v2/groups/{id}`: removes the group and everything in it. Returns the
    /// deployment id.
    pub fn delete_group(&self, id: &str, force: bool) -> Result<String> {
        let path = format!("{}?force={force}", encoded_path("/v2/groups", id));
        let response = self.send(Method::DELETE, &path, None, Some(id))?;
        self.deployment_of(response, &path)
    }

    /// `DELETE /v2/deployments/{id}`: cancels a deployment and starts the one that reverts
    /// it, whose id this returns.
    pub fn rollback(&self, deployment: &str) -> Result<String> {
        let path = encoded_path("/v2/deployments", deployment);
        let response = self.send(Method::DELETE, &path, None, None)?;
        self.deployment_of(response, &path)
    }

    /// `GET /v2/deployments`.
    pub fn deployments(&self) -> Result<Vec<Map<String, Value>>> {
        let response = self.send(Method::GET, "/v2/deployments", None, None)?;
        let list = response
            .body
            .as_array()
            .ok_or_else(|| self.protocol("/v2/deployments", "not a JSON array"))?;
        Ok(list.iter().filter_map(|d| d.as_object().cloned()).collect())
    }

    fn deployment_of(&self, response: Response, path: &str) -> Result<String> {
        response
            .deployment
            .or_else(|| {
                response
                    .body
                    .get("deploymentId")
                    .and_then(Value::as_str)
                    .map(str::to_string)
            })
            .ok_or_else(|| self.protocol(path, "no deployment id in the answer"))
    }

    fn protocol(&self, path: &str, reason: &str) -> Error {
        Error::MarathonProtocol {
            url: crate::text::redact_credentials(&format!("{}{}", self.base, path)).into_owned(),
            reason: reason.into(),
        }
    }
}

/// What is encoded of a version timestamp in a path: all but `2026-12-03T13:05:13.957Z`'s own
/// characters.
const VERSION_SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b':')
    .remove(b'_');

/// `/v2/apps/<id>` with the id in its canonical form (`.` and `..` resolved as Marathon
/// resolves them) and its segments percent-encoded; a dot segment that remains (an id Marathon
/// would refuse anyway) is encoded too, so that no id ever leaves `/v2/apps/`.
/// What a 401 asks for, lower-case (`basic realm=…`, `oauthjwt`, `acsjwt`), or empty.
fn challenge(headers: &reqwest::header::HeaderMap) -> String {
    headers
        .get(reqwest::header::WWW_AUTHENTICATE)
        .and_then(|v| v.to_str().ok())
        .map(|v| v.trim().to_ascii_lowercase())
        .unwrap_or_default()
}

/// Whether a token can be sent in a header: printable ASCII, not empty.
fn valid_token(token: &str) -> bool {
    !token.is_empty() && token.bytes().all(|b| (0x20..0x7f).contains(&b))
}

pub fn app_path(id: &str) -> String {
    encoded_path("/v2/apps", id)
}

/// `<base>/<id>`, the id canonical and its segments percent-encoded (see [`app_path`]).
fn encoded_path(base: &str, id: &str) -> String {
    let canonical = crate::marathon::app::canonical_or_given(id);
    let segments: Vec<String> = canonical
        .split('/')
        .filter(|s| !s.is_empty())
        .map(|s| match s {
            "." => "%2E".to_string(),
            ".." => "%2E%2E".to_string(),
            s => encode_query(s),
        })
        .collect();
    format!("{base}/{}", segments.join("/"))
}

/// Percent-encodes everything but unreserved characters.
fn encode_query(text: &str) -> String {
    const SET: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'_')
        .remove(b'.')
        .remove(b'~');
    percent_encoding::utf8_percent_encode(text, SET).to_string()
}

/// Marathon's `details` of a 400/422: a list of `{path, errors}` or a string.
fn details(body: Option<&Value>) -> Vec<Violation> {
    match body.and_then(|b| b.get("details")) {
        Some(Value::Array(items)) => items
            .iter()
            .map(|item| Violation {
                path: item
                    .get("path")
                    .and_then(Value::as_str)
                    .unwrap_or("/")
                    .to_string(),
                expected: item
                    .get("errors")
                    .and_then(Value::as_array)
                    .map(|e| {
                        e.iter()
                            .map(|e| e.as_str().map_or_else(|| e.to_string(), str::to_string))
                            .collect::<Vec<_>>()
                            .join("; ")
                    })
                    .unwrap_or_default(),
                found: None,
                hint: None,
            })
            .collect(),
        Some(Value::String(s)) => vec![Violation {
            path: "(body)".into(),
            expected: s.clone(),
            found: None,
            hint: None,
        }],
        _ => Vec::new(),
    }
}

/// A short text for a non-JSON error body: an HTML page's title, else its first line.
/// The largest answer smack reads from Marathon (README: Limits).
pub const MAX_ANSWER: u64 = 256 << 20;

/// Why reading an answer failed.
enum ReadError {
    Timeout,
    Broken(String),
}

impl ReadError {
    fn is_timeout(&self) -> bool {
        matches!(self, ReadError::Timeout)
    }
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::Timeout => f.write_str("timed out"),
            ReadError::Broken(why) => f.write_str(why),
        }
    }
}

/// An answer's body as text, at most [`MAX_ANSWER`] bytes.
fn read_capped(response: crate::http::Exchange) -> std::result::Result<String, ReadError> {
    use std::io::Read;
    let mut bytes = Vec::new();
    response
        .take(MAX_ANSWER + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| {
            let timeout = e.kind() == std::io::ErrorKind::TimedOut
                || root_cause(&e).to_ascii_lowercase().contains("timed out");
            if timeout {
                ReadError::Timeout
            } else {
                ReadError::Broken(root_cause(&e))
            }
        })?;
    if bytes.len() as u64 > MAX_ANSWER {
        return Err(ReadError::Broken(format!(
            "the answer is larger than {} MiB",
            MAX_ANSWER >> 20
        )));
    }
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// A short excerpt of a body that is not Marathon's JSON: an HTML page's title, else its text
/// without tags, whitespace collapsed, at most 200 characters.
fn summarize_text(text: &str) -> String {
    let lower = text.to_ascii_lowercase();
    if let (Some(start), Some(end)) = (lower.find("<title>"), lower.find("</title>"))
        && start + 7 <= end
        && !text[start + 7..end].trim().is_empty()
    {
        return crate::text::excerpt(text[start + 7..end].trim(), 200);
    }
    let mut plain = String::new();
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                plain.push(' ');
            }
            c if !in_tag => plain.push(c),
            _ => {}
        }
    }
    let plain = plain.split_whitespace().collect::<Vec<_>>().join(" ");
    crate::text::excerpt(&plain, 200)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        assert_eq!(base_url("http://m:8080/", false).unwrap(), "http://m:8080");
        assert_eq!(
            base_url("http://m:8080//v2/", false).unwrap(),
            "http://m:8080"
        );
        assert_eq!(
            base_url("https://dcos.example/", true).unwrap(),
            "https://dcos.example/service/marathon"
        );
        assert_eq!(
            base_url("https://d/service/marathon/", true).unwrap(),
            "https://d/service/marathon"
        );
        assert!(base_url("m:8080", false).is_err());
        assert!(base_url("ftp://m", false).is_err());
        assert!(base_url("http://m/?a=b", false).is_err());
    }

    #[test]
    fn paths_and_text() {
        assert_eq!(app_path("/prod/kafka"), "/v2/apps/prod/kafka");
        assert_eq!(app_path("a b"), "/v2/apps/a%20b");
        assert_eq!(app_path("/../v2/deployments"), "/v2/apps/v2/deployments");
        assert_eq!(app_path("/A/../b"), "/v2/apps/A/%2E%2E/b");
        assert_eq!(app_path("/prod/./x/../kafka"), "/v2/apps/prod/kafka");
        assert_eq!(
            summarize_text("<html><head><title>401 Authorization Required</title></head></html>"),
            "401 Authorization Required"
        );
        assert_eq!(summarize_text("\n oops \n"), "oops");
    }
}
