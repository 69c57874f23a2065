//! Requests to answers: the sandbox's Marathon v2 routes, status codes and error bodies.

use std::sync::atomic::Ordering;

use serde_json::{Map, Value, json};

use super::selector::Selector;
use super::state::{State, iso};
use super::{Reply, Shared, now_ms, save_state};

/// A request, read off the wire.
pub struct Incoming<'a> {
    pub method: &'a str,
    /// Path and query, percent-encoded.
    pub url: &'a str,
    pub authorization: Option<&'a str>,
    pub content_type: Option<&'a str>,
    pub accept: Option<&'a str>,
    pub body: &'a [u8],
}

const DEPLOYMENT_HEADER: &str = "Marathon-Deployment-Id";

fn reply(status: u16, body: &Value) -> Reply {
    Reply {
        status,
        content_type: "application/json; charset=utf-8",
        body: body.to_string().into_bytes(),
        headers: Vec::new(),
    }
}

/// `{"message": ...}` with a status.
pub fn message(status: u16, text: &str) -> Reply {
    reply(status, &json!({ "message": text }))
}

fn deployment_result(status: u16, id: String, version: String) -> Reply {
    let mut r = reply(status, &json!({ "deploymentId": id, "version": version }));
    r.headers.push((DEPLOYMENT_HEADER, id));
    r
}

/// Admin Router's answer to a request without a valid token (api.md, DC/OS specifics).
fn unauthorized() -> Reply {
    Reply {
        status: 401,
        content_type: "text/html",
        body: b"<html>\r\n<head><title>401 Authorization Required</title></head>\r\n<body bgcolor=\"white\">\r\n<center><h1>401 Authorization Required</h1></center>\r\n<hr><center>openresty</center>\r\n</body>\r\n</html>\r\n".to_vec(),
        headers: vec![("WWW-Authenticate", "acsjwt".to_string())],
    }
}

/// The query string's pairs, decoded.
fn query(url: &str) -> (String, Vec<(String, String)>) {
    let parsed = url::Url::parse(&format!("http://sandbox{url}"));
    match parsed {
        Ok(u) => (
            percent_encoding::percent_decode_str(u.path())
                .decode_utf8_lossy()
                .into_owned(),
            u.query_pairs()
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect(),
        ),
        Err(_) => (url.to_string(), Vec::new()),
    }
}

fn flag(params: &[(String, String)], name: &str, default: bool) -> bool {
    params
        .iter()
        .rev()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.is_empty() || v.eq_ignore_ascii_case("true"))
        .unwrap_or(default)
}

fn values<'a>(params: &'a [(String, String)], name: &str) -> Vec<&'a str> {
    params
        .iter()
        .filter(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .collect()
}

pub fn handle(shared: &Shared, req: &Incoming) -> Reply {
    if let Some(token) = &shared.config.token
        && req.authorization != Some(format!("token={token}").as_str())
    {
        return unauthorized();
    }
    let failing = shared
        .failures_left
        .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
        .is_ok();
    if failing {
        return message(
            503,
            "Could not reach the leading Marathon instance (sandbox --fail-first)",
        );
    }
    let Ok(mut state) = shared.state.lock() else {
        return message(500, "the sandbox state is poisoned");
    };
    // Shared with other processes: the file's lock for this request, and the state as they
    // left it.
    let _held = match &shared.config.lock_file {
        Some(lock) => match super::lock_file(lock) {
            Ok(held) => {
                if let Some(path) = &shared.config.state_file {
                    match super::load_state(path) {
                        Ok(fresh) => *state = fresh,
                        Err(e) => {
                            return message(
                                500,
                                &format!("the sandbox could not read its state: {e}"),
                            );
                        }
                    }
                }
                Some(held)
            }
            Err(e) => return message(500, &format!("the sandbox could not lock its state: {e}")),
        },
        None => None,
    };
    let now = now_ms();
    state.settle(now);
    let mut ctx = Ctx {
        shared,
        state: &mut state,
        now,
        changed: false,
    };
    let reply = ctx.route(req);
    if ctx.changed
        && let Some(path) = &shared.config.state_file
        && let Err(e) = save_state(path, &state)
    {
        return message(500, &format!("the sandbox could not save its state: {e}"));
    }
    reply
}

struct Ctx<'a> {
    shared: &'a Shared,
    state: &'a mut State,
    now: u64,
    changed: bool,
}

impl Ctx<'_> {
    fn duration_ms(&self) -> u64 {
        self.shared.config.deploy.as_millis() as u64
    }

    fn route(&mut self, req: &Incoming) -> Reply {
        let (path, params) = query(req.url);
        let path = path.trim_end_matches('/');
        let m = req.method;
        match path {
            "/ping" => match m {
                "GET" | "HEAD" => self.ping(req),
                _ => not_allowed(),
            },
            "/v2/info" => match m {
                "GET" => reply(200, &self.info()),
                _ => not_allowed(),
            },
            "/v2/apps" => match m {
                "GET" => self.list_apps(&params),
                "POST" => self.create_app(req, &params),
                _ => not_allowed(),
            },
            "/v2/deployments" => match m {
                "GET" => {
                    let list: Vec<Value> = self
                        .state
                        .deployments
                        .iter()
                        .map(|d| d.to_json(self.now))
                        .collect();
                    reply(200, &Value::Array(list))
                }
                _ => not_allowed(),
            },
            "/v2/groups" => match m {
                "GET" => reply(200, &self.group("/")),
                _ => not_allowed(),
            },
            _ => {
                if let Some(rest) = path.strip_prefix("/v2/apps/") {
                    self.app_route(req, rest, &params)
                } else if let Some(id) = path.strip_prefix("/v2/deployments/") {
                    match m {
                        "DELETE" => self.cancel_deployment(id, &params),
                        _ => not_allowed(),
                    }
                } else if let Some(id) = path.strip_prefix("/v2/groups/") {
                    match m {
                        "GET" => self.get_group(id),
                        _ => not_allowed(),
                    }
                } else {
                    message(404, &format!("URI not found: {path}"))
                }
            }
        }
    }

    fn ping(&self, req: &Incoming) -> Reply {
        let json = req.accept.is_some_and(|a| a.contains("application/json"));
        Reply {
            status: 200,
            content_type: if json {
                "application/json"
            } else {
                "text/plain"
            },
            body: if json {
                b"\"pong\"".to_vec()
            } else {
                b"pong\n".to_vec()
            },
            headers: Vec::new(),
        }
    }

    fn info(&self) -> Value {
        let addr = self.shared.addr.to_string();
        let profile = &self.shared.config.profile;
        let mut config = json!({
            "master": "local",
            "framework_name": "marathon",
            "task_launch_timeout": 300000,
        });
        if let (Some(c), Value::Object(p)) = (config.as_object_mut(), profile.info_config()) {
            c.extend(p);
        }
        json!({
            "name": "marathon",
            "version": format!("{}.0", profile.version),
            "buildref": "smack-sandbox",
            "elected": true,
            "leader": addr,
            "frameworkId": "smack-sandbox-0000",
            "marathon_config": config,
            "zookeeper_config": {},
            "http_config": { "http_port": self.shared.addr.port() },
        })
    }

    fn app_route(&mut self, req: &Incoming, rest: &str, params: &[(String, String)]) -> Reply {
        if let Some(group) = rest.strip_suffix("/*") {
            return match req.method {
                "GET" => self.group_apps(group),
                _ => not_allowed(),
            };
        }
        for suffix in ["/versions", "/tasks"] {
            if let Some(id) = rest.strip_suffix(suffix) {
                if req.method != "GET" {
                    return not_allowed();
                }
                let id = match crate::marathon::app::canonical_id(id) {
                    Ok(id) => id,
                    Err(_) => return not_found_app(id),
                };
                let Some(record) = self.state.apps.get(&id) else {
                    return not_found_app(&id);
                };
                return if suffix == "/versions" {
                    let mut versions: Vec<&str> = record
                        .versions
                        .iter()
                        .filter_map(|v| v.get("version").and_then(Value::as_str))
                        .collect();
                    versions.push(record.version());
                    versions.reverse();
                    reply(200, &json!({ "versions": versions }))
                } else {
                    reply(
                        200,
                        &json!({ "tasks": self.state.tasks_json(&id, self.now) }),
                    )
                };
            }
        }
        match req.method {
            "GET" => {
                let id =
                    crate::marathon::app::canonical_id(rest).unwrap_or_else(|_| format!("/{rest}"));
                match self.app_json(&id, true, true) {
                    Some(app) => reply(200, &json!({ "app": app })),
                    None => not_found_app(&id),
                }
            }
            "PUT" => self.put_app(req, rest, params),
            "DELETE" => self.delete_app(rest, params),
            _ => not_allowed(),
        }
    }

    fn app_json(&self, id: &str, tasks: bool, failure: bool) -> Option<Value> {
        let mut app = self.state.app_info(id, self.now)?;
        if tasks {
            app.insert(
                "tasks".into(),
                Value::Array(self.state.tasks_json(id, self.now)),
            );
        }
        if !failure {
            app.remove("lastTaskFailure");
        }
        Some(Value::Object(app))
    }

    fn list_apps(&self, params: &[(String, String)]) -> Reply {
        let embed = values(params, "embed");
        let selectors: Result<Vec<Selector>, String> = values(params, "label")
            .into_iter()
            .map(Selector::parse)
            .collect();
        let selectors = match selectors {
            Ok(s) => s,
            Err(e) => return message(422, &e),
        };
        let id_filter = values(params, "id").first().map(|s| s.to_lowercase());
        let cmd_filter = values(params, "cmd").first().map(|s| s.to_lowercase());
        let tasks = embed.contains(&"apps.tasks");
        let failure = embed.contains(&"apps.lastTaskFailure") || embed.contains(&"apps.failures");
        let apps: Vec<Value> = self
            .state
            .apps
            .iter()
            .filter(|(id, record)| {
                let labels = record.app.get("labels").and_then(Value::as_object);
                selectors.iter().all(|s| s.matches(labels))
                    && id_filter
                        .as_ref()
                        .is_none_or(|f| id.to_lowercase().contains(f))
                    && cmd_filter.as_ref().is_none_or(|f| {
                        record
                            .app
                            .get("cmd")
                            .and_then(Value::as_str)
                            .is_some_and(|c| c.to_lowercase().contains(f))
                    })
            })
            .filter_map(|(id, _)| {
                let mut app = self.app_json(id, tasks, failure)?;
                if embed.contains(&"apps.readiness") {
                    app["readinessCheckResults"] = json!([]);
                }
                Some(app)
            })
            .collect();
        reply(200, &json!({ "apps": apps }))
    }

    /// The body as an app object, or Marathon's 400/415/422.
    fn app_body(&self, req: &Incoming) -> Result<Map<String, Value>, Reply> {
        if let Some(ct) = req.content_type
            && !ct.to_ascii_lowercase().contains("json")
        {
            return Err(message(415, "HTTP 415 Unsupported Media Type"));
        }
        if req.body.iter().all(u8::is_ascii_whitespace) {
            return Err(reply(
                400,
                &json!({
                    "message": "Please specify data in JSON format",
                    "details": "No content to map due to end-of-input",
                }),
            ));
        }
        let value: Value = serde_json::from_slice(req.body).map_err(|e| {
            reply(
                400,
                &json!({ "message": "Invalid JSON", "details": e.to_string() }),
            )
        })?;
        match value {
            Value::Object(app) => Ok(app),
            _ => Err(reply(
                422,
                &json!({
                    "message": "Invalid JSON",
                    "details": [{ "path": "/", "errors": ["error.expected.jsobject"] }],
                }),
            )),
        }
    }

    /// Checks an app with Marathon's rules for the configured version and flags, answering as
    /// that Marathon does; returns the app as it stores it.
    fn validated(&self, app: Map<String, Value>) -> Result<Map<String, Value>, Reply> {
        let profile = &self.shared.config.profile;
        let checked = crate::marathon::rules::check(&app, profile);
        match checked.refusal(profile) {
            Some((status, body)) => Err(reply(status, &body)),
            None => Ok(checked.app),
        }
    }

    fn locked(&self, id: &str) -> Option<Reply> {
        let deployments = self.state.deployments_of(id);
        let first = deployments.first()?;
        Some(reply(
            409,
            &json!({
                "message": format!(
                    "App is locked by one or more deployments. Override with the option '?force=true'. View details at '/v2/deployments/{}'.",
                    first.id
                ),
                "deployments": deployments.iter().map(|d| json!({ "id": d.id })).collect::<Vec<_>>(),
            }),
        ))
    }

    fn force_cancel(&mut self, id: &str) {
        let ids: Vec<String> = self
            .state
            .deployments_of(id)
            .iter()
            .map(|d| d.id.clone())
            .collect();
        for d in ids {
            self.state.cancel(&d, true, self.now, 0);
        }
    }

    fn create_app(&mut self, req: &Incoming, params: &[(String, String)]) -> Reply {
        let app = match self.app_body(req).and_then(|a| self.validated(a)) {
            Ok(a) => a,
            Err(r) => return r,
        };
        let id = app["id"].as_str().unwrap_or("/").to_string();
        if self.state.apps.contains_key(&id) {
            return message(409, &format!("An app with id [{id}] already exists."));
        }
        if !flag(params, "force", false)
            && let Some(r) = self.locked(&id)
        {
            return r;
        }
        self.force_cancel(&id);
        let (deployment, _, _) = self.state.put_app(app, self.now, self.duration_ms());
        self.changed = true;
        let mut body = self.app_json(&id, false, false).unwrap_or(Value::Null);
        body["deployments"] = json!([{ "id": deployment }]);
        let mut r = reply(201, &body);
        r.headers.push(("Location", format!("/v2/apps{id}")));
        r.headers.push((DEPLOYMENT_HEADER, deployment));
        r
    }

    fn put_app(&mut self, req: &Incoming, rest: &str, params: &[(String, String)]) -> Reply {
        let id = match crate::marathon::app::canonical_id(rest) {
            Ok(id) => id,
            Err(e) => {
                return reply(
                    422,
                    &json!({
                        "message": "Object is not valid",
                        "details": [{ "path": "/id", "errors": [e] }],
                    }),
                );
            }
        };
        let mut body = match self.app_body(req) {
            Ok(b) => b,
            Err(r) => return r,
        };
        let partial = flag(params, "partialUpdate", true);
        let existing = self.state.apps.get(&id).cloned();
        let mut app = match (
            &existing,
            partial,
            body.get("version").and_then(Value::as_str),
        ) {
            (Some(record), true, Some(version)) => {
                // Marathon's rollback: a version in a partial update restores that version.
                let found = std::iter::once(&record.app)
                    .chain(record.versions.iter())
                    .find(|v| v.get("version").and_then(Value::as_str) == Some(version));
                match found {
                    Some(old) => crate::marathon::app::definition(old),
                    None => {
                        return message(
                            404,
                            &format!("App '{id}' does not exist in version {version}"),
                        );
                    }
                }
            }
            (Some(record), true, None) => {
                // AppUpdate: every field is optional, and null means "keep".
                let mut merged = crate::marathon::app::definition(&record.app);
                body.remove("id");
                merged.extend(body.into_iter().filter(|(_, v)| !v.is_null()));
                merged
            }
            _ => {
                body.retain(|k, _| !crate::marathon::app::is_read_only(k));
                body
            }
        };
        app.insert("id".into(), Value::String(id.clone()));
        let app = match self.validated(app) {
            Ok(a) => a,
            Err(r) => return r,
        };
        if !flag(params, "force", false)
            && let Some(r) = self.locked(&id)
        {
            return r;
        }
        self.force_cancel(&id);
        let (deployment, version, created) = self.state.put_app(app, self.now, self.duration_ms());
        self.changed = true;
        deployment_result(if created { 201 } else { 200 }, deployment, version)
    }

    fn delete_app(&mut self, rest: &str, params: &[(String, String)]) -> Reply {
        let id = crate::marathon::app::canonical_id(rest).unwrap_or_else(|_| format!("/{rest}"));
        if !self.state.apps.contains_key(&id) {
            return not_found_app(&id);
        }
        if !flag(params, "force", true)
            && let Some(r) = self.locked(&id)
        {
            return r;
        }
        match self.state.remove_app(&id, self.now, self.duration_ms()) {
            Some((deployment, version)) => {
                self.changed = true;
                deployment_result(200, deployment, version)
            }
            None => not_found_app(&id),
        }
    }

    fn cancel_deployment(&mut self, id: &str, params: &[(String, String)]) -> Reply {
        let force = flag(params, "force", false);
        match self.state.cancel(id, force, self.now, self.duration_ms()) {
            None => message(404, &format!("DeploymentPlan {id} does not exist")),
            Some(rollback) => {
                self.changed = true;
                match rollback {
                    Some((deployment, version)) if !force => {
                        deployment_result(200, deployment, version)
                    }
                    _ => Reply {
                        status: 202,
                        content_type: "application/json",
                        body: Vec::new(),
                        headers: Vec::new(),
                    },
                }
            }
        }
    }

    fn group_apps(&self, group: &str) -> Reply {
        let prefix = format!("/{}/", group.trim_matches('/'));
        let prefix = if prefix == "//" {
            "/".to_string()
        } else {
            prefix
        };
        let apps: Vec<Value> = self
            .state
            .apps
            .keys()
            .filter(|id| id.starts_with(&prefix))
            .filter_map(|id| self.app_json(id, false, true))
            .collect();
        reply(200, &json!({ "*": apps }))
    }

    fn get_group(&self, id: &str) -> Reply {
        let path = format!("/{}", id.trim_matches('/'));
        let exists = path == "/"
            || self
                .state
                .apps
                .keys()
                .any(|a| a.starts_with(&format!("{path}/")));
        if exists {
            reply(200, &self.group(&path))
        } else {
            message(404, &format!("Group '{path}' does not exist"))
        }
    }

    /// A group as `GET /v2/groups` shows it: its apps and its subgroups, recursively.
    fn group(&self, path: &str) -> Value {
        let prefix = if path == "/" {
            "/".to_string()
        } else {
            format!("{path}/")
        };
        let mut apps = Vec::new();
        let mut children: Vec<String> = Vec::new();
        let mut version = String::new();
        for (id, record) in &self.state.apps {
            let Some(rest) = id.strip_prefix(&prefix) else {
                continue;
            };
            if version.as_str() < record.version() {
                version = record.version().to_string();
            }
            match rest.split_once('/') {
                None => apps.extend(self.app_json(id, false, false)),
                Some((child, _)) => {
                    let child = format!("{prefix}{child}");
                    if !children.contains(&child) {
                        children.push(child);
                    }
                }
            }
        }
        if version.is_empty() {
            version = iso(self.now);
        }
        let groups: Vec<Value> = children.iter().map(|c| self.group(c)).collect();
        json!({
            "id": path,
            "apps": apps,
            "pods": [],
            "groups": groups,
            "dependencies": [],
            "version": version,
        })
    }
}

fn not_found_app(id: &str) -> Reply {
    message(404, &format!("App '{id}' does not exist"))
}

fn not_allowed() -> Reply {
    message(405, "HTTP 405 Method Not Allowed")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_strings() {
        let (path, params) = query("/v2/apps?label=DCOS_PACKAGE_NAME%3D%3Dkafka&embed=apps.tasks");
        assert_eq!(path, "/v2/apps");
        assert_eq!(values(&params, "label"), ["DCOS_PACKAGE_NAME==kafka"]);
        assert!(flag(&[("force".into(), "true".into())], "force", false));
        assert!(flag(&[], "force", true));
    }
}
