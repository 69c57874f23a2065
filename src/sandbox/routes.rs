//! Requests to answers: the sandbox's Marathon v2 routes, status codes and error bodies.

use std::sync::atomic::Ordering;

use serde_json::{Map, Value, json};

use super::selector::Selector;
use super::state::{Change, State, iso, parent_of, within};
use super::{Reply, Shared, now_ms, save_state};

/// A request, read off the wire.
pub struct Incoming<'a> {
    pub method: &'a str,
    /// The client's address (`api_post_event`'s `remoteAddress`).
    pub remote: &'a str,
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
pub fn query(url: &str) -> (String, Vec<(String, String)>) {
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
    if !authorized(shared, req) {
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
                        Ok(mut fresh) => {
                            fresh.env = shared.config.env();
                            *state = fresh;
                        }
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
    let offered = state.settle(now);
    let mut ctx = Ctx {
        shared,
        state: &mut state,
        now,
        changed: false,
        dirty: offered,
    };
    let reply = ctx.route(req);
    let changed = ctx.changed;
    let dirty = changed || ctx.dirty;
    if changed {
        // Every change of the root group is announced, as Marathon's GroupManager does.
        let version = state
            .deployments
            .iter()
            .map(|d| d.version.clone())
            .max()
            .unwrap_or_else(|| super::state::iso(now));
        shared.events.publish(
            "group_change_success",
            json!({ "groupId": "/", "version": version }),
            now,
        );
    }
    if dirty || !matches!(req.method, "GET" | "HEAD") {
        shared.events.written();
        shared.events.observe(&state, now, false);
    }
    if dirty
        && let Some(path) = &shared.config.state_file
        && let Err(e) = save_state(path, &state)
    {
        return message(500, &format!("the sandbox could not save its state: {e}"));
    }
    reply
}

/// Whether a request carries the token the sandbox requires (if any).
pub fn authorized(shared: &Shared, req: &Incoming) -> bool {
    shared.config.token.as_ref().is_none_or(|token| {
        crate::guard::same_secret(crate::guard::token_of(req.authorization), token)
    })
}

/// DC/OS's answer to a request without a valid token.
pub fn refused() -> Reply {
    unauthorized()
}

/// Runs `f` on the state as a request sees it (settled at now; with a lock file, read afresh
/// under the lock). Used by the event observer.
pub fn with_state(shared: &Shared, f: impl FnOnce(&State, u64)) {
    let Ok(mut state) = shared.state.lock() else {
        return;
    };
    let _held = match &shared.config.lock_file {
        Some(lock) => match super::lock_file(lock) {
            Ok(held) => {
                if let Some(path) = &shared.config.state_file
                    && let Ok(mut fresh) = super::load_state(path)
                {
                    fresh.env = shared.config.env();
                    *state = fresh;
                }
                Some(held)
            }
            Err(_) => return,
        },
        None => None,
    };
    let now = now_ms();
    if state.settle(now)
        && let Some(path) = &shared.config.state_file
    {
        // Offers came for waiting instances: what they placed stands.
        let _ = save_state(path, &state);
    }
    f(&state, now);
}

struct Ctx<'a> {
    shared: &'a Shared,
    state: &'a mut State,
    now: u64,
    /// The request changed the apps or groups (saved, and announced as a group change).
    changed: bool,
    /// The request changed something else to save (a launch delay reset).
    dirty: bool,
}

impl Ctx<'_> {
    fn duration_ms(&self) -> u64 {
        self.shared.config.deploy.as_millis() as u64
    }

    fn route(&mut self, req: &Incoming) -> Reply {
        let (path, params) = query(req.url);
        let path = path.trim_end_matches('/');
        // DC/OS's Admin Router serves Marathon under /service/marathon/: the same API.
        let path = strip_service_prefix(path);
        let m = req.method;
        match path {
            "/v2/tasks" => match m {
                "GET" => self.list_tasks(&params),
                _ => not_allowed(),
            },
            "/v2/tasks/delete" => match m {
                "POST" => self.kill_given_tasks(req, &params),
                _ => not_allowed(),
            },
            "/v2/leader" => match m {
                "GET" => reply(200, &json!({ "leader": self.shared.addr.to_string() })),
                // The sandbox is the only instance: it abdicates and is elected again at once.
                "DELETE" => message(200, "Leadership abdicated"),
                _ => not_allowed(),
            },
            "/master/state-summary" | "/mesos/master/state-summary" => match m {
                "GET" => reply(200, &self.state.state_summary(self.now)),
                _ => not_allowed(),
            },
            "/metrics" => match m {
                "GET" => reply(200, &self.metrics()),
                _ => not_allowed(),
            },
            "/v2/eventSubscriptions" => self.event_subscriptions(),
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
                "PUT" => self.bulk_update(req, &params, true),
                "PATCH" => self.bulk_update(req, &params, false),
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
                "GET" => reply(200, &self.group("/", embeds_failures(&params))),
                "PUT" => self.put_group("/", req, &params, false),
                "POST" => self.put_group("/", req, &params, true),
                "DELETE" => self.delete_group("/", &params),
                _ => not_allowed(),
            },
            "/v2/queue" => match m {
                "GET" => {
                    let offers = values(&params, "embed").contains(&"lastUnusedOffers");
                    reply(200, &json!({ "queue": self.state.queue(self.now, offers) }))
                }
                _ => not_allowed(),
            },
            _ => {
                if let Some(rest) = path.strip_prefix("/v2/apps/") {
                    self.app_route(req, rest, &params)
                } else if let Some(id) = path
                    .strip_prefix("/v2/queue/")
                    .and_then(|p| p.strip_suffix("/delay"))
                {
                    match m {
                        "DELETE" => self.reset_delay(id),
                        _ => not_allowed(),
                    }
                } else if let Some(id) = path.strip_prefix("/v2/deployments/") {
                    match m {
                        "DELETE" => self.cancel_deployment(id, &params),
                        _ => not_allowed(),
                    }
                } else if let Some(id) = path.strip_prefix("/v2/groups/") {
                    let group = match crate::marathon::app::canonical_id(id) {
                        Ok(g) => g,
                        Err(e) => return invalid("/id", &e),
                    };
                    match m {
                        "GET" => self.get_group(&group, &params),
                        "PUT" => self.put_group(&group, req, &params, false),
                        "POST" => self.put_group(&group, req, &params, true),
                        "DELETE" => self.delete_group(&group, &params),
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
        // `{appId}/versions/{version}`: a version has no slash, so the last `/versions/` splits.
        if let Some((id, version)) = rest.rsplit_once("/versions/")
            && !version.is_empty()
            && !version.contains('/')
        {
            if req.method != "GET" {
                return not_allowed();
            }
            let Some(instant) = instant_of(version) else {
                return invalid_timestamp(version);
            };
            let id = crate::marathon::app::canonical_id(id).unwrap_or_else(|_| format!("/{id}"));
            let found = self.state.apps.get(&id).and_then(|record| {
                std::iter::once(&record.app)
                    .chain(record.versions.iter().rev())
                    .find(|v| {
                        v.get("version")
                            .and_then(Value::as_str)
                            .and_then(instant_of)
                            == Some(instant)
                    })
            });
            return match found {
                Some(app) => reply(200, &Value::Object(self.state.wire_app(app))),
                None => message(
                    404,
                    &format!(
                        "App '{id}' does not exist in version {}",
                        super::state::iso(instant)
                    ),
                ),
            };
        }
        // `{appId}/tasks/{taskId}`: a task id has no slash.
        if let Some((id, task)) = rest.rsplit_once("/tasks/")
            && !task.is_empty()
            && !task.contains('/')
        {
            return match req.method {
                "DELETE" => self.kill_app_tasks(id, Some(task), params),
                _ => not_allowed(),
            };
        }
        if let Some(id) = rest.strip_suffix("/tasks")
            && req.method == "DELETE"
        {
            return self.kill_app_tasks(id, None, params);
        }
        if let Some(id) = rest.strip_suffix("/restart") {
            return match req.method {
                "POST" => self.restart_app(id, params),
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
            "PATCH" => self.patch_app(req, rest, params),
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
        let embed = app_embeds(params);
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
        let tasks = embed.contains(&"tasks") || embed.contains(&"failures");
        let failure = embed.contains(&"lastTaskFailure") || embed.contains(&"failures");
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
                if embed.contains(&"readiness") {
                    app["readinessCheckResults"] = json!([]);
                }
                Some(app)
            })
            .collect();
        reply(200, &json!({ "apps": apps }))
    }

    /// Jersey's 415 for a body that is not declared JSON (wire.md §4): 1.5+ take a body
    /// without a Content-Type, Jersey 1 (1.4) refused it too.
    fn unsupported_type(&self, req: &Incoming) -> Option<Reply> {
        let refused = match req.content_type {
            Some(ct) => !ct.to_ascii_lowercase().contains("json"),
            None => !self.shared.config.profile.at_least(5),
        };
        refused.then(|| message(415, "Unsupported Media Type"))
    }

    /// The body as an app object, or Marathon's 400/415/422.
    fn app_body(&self, req: &Incoming) -> Result<Map<String, Value>, Reply> {
        if let Some(r) = self.unsupported_type(req) {
            return Err(r);
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
        // Groups nest no deeper than the sandbox serves them (a bound, not Marathon's rule).
        if let Some(id) = app.get("id").and_then(Value::as_str)
            && id.split('/').filter(|s| !s.is_empty()).count() > MAX_GROUP_DEPTH
        {
            return Err(invalid(
                "/id",
                &format!("the sandbox nests groups at most {MAX_GROUP_DEPTH} deep"),
            ));
        }
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
        self.state.stop_deployments_of(id, self.now);
    }

    /// What every write of one app shares (POST and PUT /v2/apps): Marathon's cycle check, the
    /// deployment lock (unless `force`), then the new version deployed. Returns the
    /// deployment, the version and whether the app was created.
    fn commit_app(
        &mut self,
        id: &str,
        app: Map<String, Value>,
        params: &[(String, String)],
    ) -> Result<(String, String, bool), Reply> {
        if self.state.cyclic(&[(id.to_string(), Some(app.clone()))]) {
            return Err(invalid("/", "Dependency graph has cyclic dependencies."));
        }
        if !flag(params, "force", false)
            && let Some(r) = self.locked(id)
        {
            return Err(r);
        }
        self.force_cancel(id);
        let done = self.state.put_app(app, self.now, self.duration_ms());
        self.changed = true;
        Ok(done)
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
        let deployment = match self.commit_app(&id, app, params) {
            Ok((deployment, _, _)) => deployment,
            Err(r) => return r,
        };
        self.api_post_event(req, &id);
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
        let body = match self.app_body(req) {
            Ok(b) => b,
            Err(r) => return r,
        };
        let app = match self.updated_app(&id, body, flag(params, "partialUpdate", true)) {
            Ok(a) => a,
            Err(r) => return r,
        };
        let (deployment, version, created) = match self.commit_app(&id, app, params) {
            Ok(done) => done,
            Err(r) => return r,
        };
        self.api_post_event(req, &id);
        deployment_result(if created { 201 } else { 200 }, deployment, version)
    }

    /// `PATCH /v2/apps/{id}`: a partial update of an app that exists (the body's `id` is
    /// ignored).
    fn patch_app(&mut self, req: &Incoming, rest: &str, params: &[(String, String)]) -> Reply {
        let id = crate::marathon::app::canonical_or_given(rest);
        if !self.state.apps.contains_key(&id) {
            return message(404, &format!("App '{id}' does not exist"));
        }
        let body = match self.app_body(req) {
            Ok(b) => b,
            Err(r) => return r,
        };
        let app = match self.updated_app(&id, body, true) {
            Ok(a) => a,
            Err(r) => return r,
        };
        let (deployment, version, _) = match self.commit_app(&id, app, params) {
            Ok(done) => done,
            Err(r) => return r,
        };
        self.api_post_event(req, &id);
        deployment_result(200, deployment, version)
    }

    /// The app an update makes (AppHelpers.updateOrCreate): with `partial`, the fields given
    /// replace the stored ones (`null` keeps them) and a `version` alone rolls back to it;
    /// otherwise the body is the whole app. Validated as Marathon validates it.
    fn updated_app(
        &self,
        id: &str,
        mut body: Map<String, Value>,
        partial: bool,
    ) -> Result<Map<String, Value>, Reply> {
        let existing = self.state.apps.get(id);
        let mut app = match (
            existing,
            partial,
            body.get("version").and_then(Value::as_str),
        ) {
            (Some(record), true, Some(version)) => {
                if body.keys().any(|k| k != "id" && k != "version") {
                    // AppValidation.validateAppUpdateVersion.
                    return Err(invalid(
                        "/",
                        "The 'version' field may only be combined with the 'id' field.",
                    ));
                }
                // Marathon's rollback: a version in a partial update restores that version;
                // an unknown one is AppNotFoundException(id), without the version.
                let Some(instant) = instant_of(version) else {
                    return Err(invalid_timestamp(version));
                };
                let found = std::iter::once(&record.app)
                    .chain(record.versions.iter())
                    .find(|v| {
                        v.get("version")
                            .and_then(Value::as_str)
                            .and_then(instant_of)
                            == Some(instant)
                    });
                match found {
                    Some(old) => crate::marathon::app::definition(old),
                    None => return Err(not_found_app(id)),
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
        app.insert("id".into(), Value::String(id.to_string()));
        self.validated(app)
    }

    /// `PUT /v2/apps` and `PATCH /v2/apps` (wire.md §2): an array of updates, each with its
    /// `id`, applied as one change and one deployment; any failure fails the whole request.
    /// PUT creates the apps that do not exist, PATCH answers 404 for them.
    fn bulk_update(&mut self, req: &Incoming, params: &[(String, String)], create: bool) -> Reply {
        if let Some(r) = self.unsupported_type(req) {
            return r;
        }
        let items = match serde_json::from_slice::<Value>(req.body) {
            Ok(Value::Array(items)) => items,
            Ok(_) => {
                return reply(
                    422,
                    &json!({
                        "message": "Invalid JSON",
                        "details": [{ "path": "", "errors": ["error.expected.jsarray"] }],
                    }),
                );
            }
            Err(e) => {
                return reply(
                    400,
                    &json!({ "message": "Invalid JSON", "details": e.to_string() }),
                );
            }
        };
        let partial = !create || flag(params, "partialUpdate", true);
        let mut changes: Vec<Change> = Vec::new();
        for item in items {
            let Value::Object(body) = item else {
                return reply(
                    422,
                    &json!({
                        "message": "Invalid JSON",
                        "details": [{ "path": "", "errors": ["error.expected.jsobject"] }],
                    }),
                );
            };
            let Some(given) = body.get("id").and_then(Value::as_str) else {
                return message(422, "requirement failed: App Update must have app id set");
            };
            let id = match resolve(given, "/") {
                Ok(id) => id,
                Err(e) => return invalid("/id", &e),
            };
            if !create && !self.state.apps.contains_key(&id) {
                return message(404, &format!("App '{id}' does not exist"));
            }
            match self.updated_app(&id, body, partial) {
                Ok(app) => changes.push((id, Some(app))),
                Err(r) => return r,
            }
        }
        if self.state.cyclic(&changes) {
            return invalid("/", "Dependency graph has cyclic dependencies.");
        }
        if !flag(params, "force", false) {
            for (id, _) in &changes {
                if let Some(r) = self.locked(id) {
                    return r;
                }
            }
        }
        for (id, _) in &changes {
            self.force_cancel(id);
        }
        let (deployment, version) = self
            .state
            .apply(changes, self.now, self.duration_ms(), true);
        self.changed = true;
        deployment_result(200, deployment, version)
    }

    /// Marathon's `api_post_event` for an app a request created or changed.
    fn api_post_event(&self, req: &Incoming, id: &str) {
        let uri = query(req.url).0;
        if let Some(app) = self.state.apps.get(id) {
            self.shared.events.publish(
                "api_post_event",
                json!({
                    "clientIp": req.remote,
                    "uri": uri,
                    "appDefinition": self.state.wire_app(&app.app),
                }),
                self.now,
            );
        }
    }

    /// `GET /v2/tasks[?status=running|staging]` (also `status[]`): every app's tasks, with
    /// the app's service ports (TasksResource.indexJson).
    fn list_tasks(&self, params: &[(String, String)]) -> Reply {
        let wanted: Vec<String> = values(params, "status")
            .into_iter()
            .chain(values(params, "status[]"))
            .filter_map(|s| match s.to_ascii_lowercase().as_str() {
                "running" => Some("TASK_RUNNING".to_string()),
                "staging" => Some("TASK_STAGING".to_string()),
                _ => None,
            })
            .collect();
        let mut tasks = Vec::new();
        for (id, record) in &self.state.apps {
            let ports = crate::marathon::app::service_ports(&record.app);
            for mut t in self.state.tasks_json(id, self.now) {
                let state = t.get("state").and_then(Value::as_str).unwrap_or("");
                if wanted.is_empty() || wanted.iter().any(|w| w == state) {
                    t["servicePorts"] = json!(ports);
                    tasks.push(t);
                }
            }
        }
        reply(200, &json!({ "tasks": tasks }))
    }

    /// `DELETE /v2/apps/{id}/tasks[/{taskId}]?host&scale&wipe&force` (AppTasksResource): with
    /// `scale`, a deployment with fewer instances; else the killed tasks (`{"tasks"}`, or
    /// `{"task"}` for one), which Marathon relaunches.
    fn kill_app_tasks(
        &mut self,
        rest: &str,
        task: Option<&str>,
        params: &[(String, String)],
    ) -> Reply {
        let scale = flag(params, "scale", false);
        if scale && flag(params, "wipe", false) {
            return message(400, "You cannot use scale and wipe at the same time.");
        }
        let id = crate::marathon::app::canonical_id(rest).unwrap_or_else(|_| format!("/{rest}"));
        if !self.state.apps.contains_key(&id) {
            return not_found_app(&id);
        }
        let host = params
            .iter()
            .find(|(k, _)| k == "host")
            .map(|(_, v)| v.clone());
        if scale
            && !flag(params, "force", false)
            && let Some(r) = self.locked(&id)
        {
            return r;
        }
        let pick = |t: &str| match (task, &host) {
            (Some(one), _) => t == one,
            (None, Some(h)) => h == "*" || h == "127.0.0.1",
            (None, None) => true,
        };
        let (killed, deployment) =
            self.state
                .kill_tasks(&id, &pick, scale, self.now, self.duration_ms());
        if !killed.is_empty() {
            self.changed = true;
        }
        match (deployment, task) {
            (Some((d, version)), _) => deployment_result(200, d, version),
            (None, Some(one)) => match killed.into_iter().next() {
                Some(t) => reply(200, &json!({ "task": t })),
                None => message(404, &format!("Task '{one}' does not exist")),
            },
            (None, None) => reply(200, &json!({ "tasks": killed })),
        }
    }

    /// `POST /v2/tasks/delete?scale&wipe&force` `{"ids": [...]}` (TasksResource.killTasks):
    /// tasks of any apps; with `scale`, one deployment result.
    fn kill_given_tasks(&mut self, req: &Incoming, params: &[(String, String)]) -> Reply {
        let scale = flag(params, "scale", false);
        if scale && flag(params, "wipe", false) {
            return message(400, "You cannot use scale and wipe at the same time.");
        }
        let body: Value = match serde_json::from_slice(req.body) {
            Ok(b) => b,
            Err(_) => return reply(400, &json!({ "message": "Invalid JSON" })),
        };
        let Some(ids) = body.get("ids").and_then(Value::as_array) else {
            return message(400, "Please specify data in JSON format");
        };
        let ids: Vec<String> = ids
            .iter()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect();
        let mut by_app: std::collections::BTreeMap<String, Vec<String>> = Default::default();
        for id in &ids {
            let Some(app) = super::state::app_of_task(id) else {
                return message(400, &format!("Invalid task id '{id}'. [{id}]"));
            };
            by_app.entry(app).or_default().push(id.clone());
        }
        let mut killed = Vec::new();
        let mut last = None;
        for (app, tasks) in by_app {
            if !self.state.apps.contains_key(&app) {
                continue;
            }
            let (k, d) = self.state.kill_tasks(
                &app,
                &|t| tasks.iter().any(|x| x == t),
                scale,
                self.now,
                self.duration_ms(),
            );
            self.changed |= !k.is_empty();
            killed.extend(k);
            last = d.or(last);
        }
        match last {
            Some((d, version)) if scale => deployment_result(200, d, version),
            _ if scale => reply(200, &json!({ "deploymentId": null })),
            _ => reply(200, &json!({ "tasks": killed })),
        }
    }

    /// `DELETE /v2/queue/{id}/delay`: 204 for an app in the launch queue, else Marathon's 404.
    fn reset_delay(&mut self, rest: &str) -> Reply {
        let id = crate::marathon::app::canonical_id(rest).unwrap_or_else(|_| format!("/{rest}"));
        let queued = self.state.queue(self.now, false).iter().any(|q| {
            q.get("app")
                .and_then(|a| a.get("id"))
                .and_then(Value::as_str)
                == Some(id.as_str())
        });
        if !queued {
            return message(404, &format!("Application {id} not found in tasks queue."));
        }
        if let Some(record) = self.state.apps.get_mut(&id) {
            record.delay_reset_ms = Some(self.now);
            self.dirty = true;
        }
        Reply {
            status: 204,
            content_type: "application/json",
            body: Vec::new(),
            headers: Vec::new(),
        }
    }

    /// `GET /metrics` in Marathon 1.11's shape (`version`, `counters`, `gauges`, `histograms`,
    /// `meters`, `timers`), with the sandbox's own numbers.
    fn metrics(&self) -> Value {
        let running: u64 = self
            .state
            .apps
            .keys()
            .map(|id| self.state.tasks_of(id, self.now).running)
            .sum();
        let gauge = |v: u64| json!({ "value": v });
        json!({
            "version": "4.0.0",
            "counters": {
                "marathon.http.requests.count": {
                    "count": self.shared.requests.load(Ordering::Relaxed)
                },
            },
            "gauges": {
                "marathon.apps.active.gauge": gauge(self.state.apps.len() as u64),
                "marathon.deployments.active.gauge": gauge(self.state.deployments.len() as u64),
                "marathon.instances.running.gauge": gauge(running),
                "marathon.leadership.duration.gauge.seconds": gauge(self.shared.started.elapsed().as_secs()),
            },
            "histograms": {},
            "meters": {},
            "timers": {},
        })
    }

    /// `/v2/eventSubscriptions`: Marathon before 1.5 without `--event_subscriber http_callback`
    /// answers 400 (NoopHttpCallbackSubscriptionService); 1.5 removed the resource.
    fn event_subscriptions(&self) -> Reply {
        let profile = &self.shared.config.profile;
        if profile.version < crate::marathon::rules::Version::new(5) {
            message(
                400,
                "http event callback system is not running on this Marathon instance. Please re-start this instance with\n\"--event_subscriber http_callback\".",
            )
        } else {
            message(404, "URI not found: /v2/eventSubscriptions")
        }
    }

    /// `POST /v2/apps/{id}/restart`: the same definition under a new version, every task
    /// replaced (AppsResource.restart); 404 for an unknown app, 409 while a deployment holds
    /// it unless `force`.
    fn restart_app(&mut self, rest: &str, params: &[(String, String)]) -> Reply {
        let id = crate::marathon::app::canonical_id(rest).unwrap_or_else(|_| format!("/{rest}"));
        if !self.state.apps.contains_key(&id) {
            return not_found_app(&id);
        }
        if !flag(params, "force", false)
            && let Some(r) = self.locked(&id)
        {
            return r;
        }
        self.force_cancel(&id);
        match self.state.restart_app(&id, self.now, self.duration_ms()) {
            Some((deployment, version)) => {
                self.changed = true;
                deployment_result(200, deployment, version)
            }
            None => not_found_app(&id),
        }
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
        self.shared.events.cancelled(id);
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

    fn get_group(&self, path: &str, params: &[(String, String)]) -> Reply {
        if self.state.group_exists(path) {
            reply(200, &self.group(path, embeds_failures(params)))
        } else {
            message(404, &format!("Group '{path}' does not exist"))
        }
    }

    /// A group as `GET /v2/groups` shows it: its apps and its subgroups, recursively.
    fn group(&self, path: &str, failures: bool) -> Value {
        let mut apps = Vec::new();
        let mut version = String::new();
        for (id, record) in &self.state.apps {
            if !within(id, path) {
                continue;
            }
            if version.as_str() < record.version() {
                version = record.version().to_string();
            }
            if parent_of(id) == path {
                apps.extend(self.app_json(id, false, failures));
            }
        }
        let children = self.state.subgroups(path);
        if version.is_empty() {
            version = iso(self.now);
        }
        let groups: Vec<Value> = children.iter().map(|c| self.group(c, failures)).collect();
        let dependencies = self
            .state
            .groups
            .get(path)
            .map(|g| g.dependencies.clone())
            .unwrap_or_default();
        json!({
            "id": path,
            "apps": apps,
            "pods": [],
            "groups": groups,
            "dependencies": dependencies,
            "version": version,
        })
    }

    /// `PUT` (create or update) and `POST` (create) of a group, as Marathon applies a
    /// GroupUpdate (groups.md §1): `apps` and `groups` replace what the group holds, app ids and
    /// dependencies are resolved against their group, and the whole change is one deployment.
    fn put_group(
        &mut self,
        path: &str,
        req: &Incoming,
        params: &[(String, String)],
        create: bool,
    ) -> Reply {
        let body = match self.app_body(req) {
            Ok(b) => b,
            Err(r) => return r,
        };
        for only in ["version", "scaleBy"] {
            if body.contains_key(only) && body.len() > 1 {
                return invalid(
                    "/",
                    &format!("{only} not allowed in conjunction with other properties."),
                );
            }
        }
        let gid = match body.get("id") {
            None => path.to_string(),
            Some(Value::String(id)) => match resolve(id, path) {
                Ok(id) => id,
                Err(e) => return invalid("/id", &e),
            },
            Some(_) => return invalid("/id", "error.expected.jsstring"),
        };
        if create {
            if self.state.apps.contains_key(&gid) {
                return message(409, &format!("An app with the path {gid} already exists."));
            }
            if gid != "/" && self.state.group_exists(&gid) {
                return message(
                    409,
                    &format!("Group {gid} is already created. Use PUT to change this group."),
                );
            }
        }
        if let Some(version) = body.get("version") {
            // The sandbox keeps app versions, not root-group versions.
            return message(
                422,
                &format!(
                    "Group {gid} not available in version {}",
                    version.as_str().unwrap_or("?")
                ),
            );
        }
        let mut update = GroupChange::default();
        if let Some(factor) = body.get("scaleBy") {
            let Some(factor) = factor.as_f64().filter(|f| *f >= 0.0 && f.is_finite()) else {
                return invalid("/scaleBy", "error.min");
            };
            for (id, record) in &self.state.apps {
                if within(id, &gid) {
                    let mut app = crate::marathon::app::definition(&record.app);
                    let scaled = (record.instances() as f64 * factor)
                        .ceil()
                        .min(u32::MAX as f64);
                    app.insert("instances".into(), json!(scaled as u64));
                    update.apps.push((id.clone(), Some(app)));
                }
            }
        } else if let Err(r) = self.collect(&gid, &body, "", &mut update) {
            return r;
        }
        let mut trial = self.state.clone();
        update.groups_into(&mut trial, &gid);
        if trial.cyclic(&update.apps) {
            return invalid("/", "Dependency graph has cyclic dependencies.");
        }
        let (planned, _) = trial.apply(update.apps.clone(), self.now, self.duration_ms(), false);
        let plan = trial
            .deployments
            .iter()
            .find(|d| d.id == planned)
            .cloned()
            .expect("the plan just made");
        if flag(params, "dryRun", false) {
            let steps = plan.to_json(self.now)["steps"].clone();
            return reply(200, &json!({ "steps": steps }));
        }
        let affected: Vec<&str> = plan.affected().into_iter().collect();
        let force = flag(params, "force", false);
        for app in &affected {
            if !force && let Some(r) = self.locked(app) {
                return r;
            }
        }
        for app in &affected {
            self.force_cancel(app);
        }
        update.groups_into(self.state, &gid);
        let (deployment, version) =
            self.state
                .apply(update.apps, self.now, self.duration_ms(), false);
        self.changed = true;
        let mut r = deployment_result(if create { 201 } else { 200 }, deployment, version);
        if create {
            r.headers.push(("Location", gid));
        }
        r
    }

    /// Reads one level of a GroupUpdate into `update`. `at` is the level's place in the body,
    /// for error paths.
    fn collect(
        &self,
        gid: &str,
        body: &Map<String, Value>,
        at: &str,
        update: &mut GroupChange,
    ) -> Result<(), Reply> {
        if update.depth > MAX_GROUP_DEPTH {
            return Err(invalid(at, "groups are nested too deeply"));
        }
        update.groups.push(gid.to_string());
        if let Some(apps) = body.get("apps") {
            let Some(apps) = apps.as_array() else {
                return Err(invalid(&format!("{at}/apps"), "error.expected.jsarray"));
            };
            let mut listed = Vec::new();
            for (i, app) in apps.iter().enumerate() {
                let here = format!("{at}/apps({i})");
                let Value::Object(app) = app else {
                    return Err(invalid(&here, "error.expected.jsobject"));
                };
                let mut app = app.clone();
                app.retain(|k, _| !crate::marathon::app::is_read_only(k));
                let Some(raw) = app.get("id").and_then(Value::as_str) else {
                    return Err(invalid(&format!("{here}/id"), "error.path.missing"));
                };
                let id = resolve(raw, gid).map_err(|e| invalid(&format!("{here}/id"), &e))?;
                if parent_of(&id) != gid {
                    return Err(invalid(
                        &format!("{here}/id"),
                        &format!("Identifier is not child of '{gid}'"),
                    ));
                }
                app.insert("id".into(), json!(id));
                if let Some(Value::Array(deps)) = app.get_mut("dependencies") {
                    for d in deps.iter_mut() {
                        if let Some(resolved) = d.as_str().and_then(|d| resolve(d, gid).ok()) {
                            *d = json!(resolved);
                        }
                    }
                }
                let app = self.validated(app)?;
                listed.push(id.clone());
                update.apps.push((id, Some(app)));
            }
            for id in self.state.apps.keys() {
                if parent_of(id) == gid && !listed.contains(id) {
                    update.apps.push((id.clone(), None));
                }
            }
        }
        if let Some(groups) = body.get("groups") {
            let Some(groups) = groups.as_array() else {
                return Err(invalid(&format!("{at}/groups"), "error.expected.jsarray"));
            };
            let mut listed = Vec::new();
            for (i, group) in groups.iter().enumerate() {
                let here = format!("{at}/groups({i})");
                let Value::Object(group) = group else {
                    return Err(invalid(&here, "error.expected.jsobject"));
                };
                // Marathon calls `.get` on the missing id.
                let Some(raw) = group.get("id").and_then(Value::as_str) else {
                    return Err(message(500, "None.get"));
                };
                let child = resolve(raw, gid).map_err(|e| invalid(&format!("{here}/id"), &e))?;
                update.depth += 1;
                self.collect(&child, group, &here, update)?;
                update.depth -= 1;
                listed.push(child);
            }
            // Subgroups the body leaves out go, with everything in them.
            let gone: Vec<String> = self
                .state
                .subgroups(gid)
                .into_iter()
                .filter(|c| !listed.contains(c))
                .collect();
            for group in gone {
                for id in self.state.apps.keys() {
                    if within(id, &group) {
                        update.apps.push((id.clone(), None));
                    }
                }
                update.removed_groups.push(group);
            }
        }
        if let Some(deps) = body.get("dependencies") {
            let Some(deps) = deps.as_array() else {
                return Err(invalid(
                    &format!("{at}/dependencies"),
                    "error.expected.jsarray",
                ));
            };
            let mut resolved = Vec::new();
            for (i, d) in deps.iter().enumerate() {
                let here = format!("{at}/dependencies({i})");
                let d = d
                    .as_str()
                    .ok_or_else(|| invalid(&here, "error.expected.jsstring"))?;
                resolved.push(resolve(d, gid).map_err(|e| invalid(&here, &e))?);
            }
            update.dependencies.push((gid.to_string(), resolved));
        }
        Ok(())
    }

    /// `DELETE /v2/groups/{id}`: the group and everything in it go, in one step.
    fn delete_group(&mut self, path: &str, params: &[(String, String)]) -> Reply {
        if !self.state.group_exists(path) {
            return message(404, &format!("Group '{path}' does not exist"));
        }
        let apps: Vec<String> = self
            .state
            .apps
            .keys()
            .filter(|a| within(a, path))
            .cloned()
            .collect();
        let force = flag(params, "force", false);
        for app in &apps {
            if !force && let Some(r) = self.locked(app) {
                return r;
            }
        }
        for app in &apps {
            self.force_cancel(app);
        }
        self.state.groups.retain(|g, _| !within(g, path));
        let changes = apps.into_iter().map(|a| (a, None)).collect();
        let (deployment, version) = self
            .state
            .apply(changes, self.now, self.duration_ms(), false);
        self.changed = true;
        deployment_result(200, deployment, version)
    }
}

/// The app embeds asked for, without their prefix: Marathon's InfoEmbedResolver takes
/// `apps.tasks`, `app.tasks`, `group.apps.tasks` and plain `tasks` alike.
fn app_embeds(params: &[(String, String)]) -> Vec<&str> {
    values(params, "embed")
        .into_iter()
        .map(|e| {
            ["group.apps.", "apps.", "app."]
                .iter()
                .find_map(|p| e.strip_prefix(p))
                .unwrap_or(e)
        })
        .collect()
}

/// Whether a group request embeds the apps' last task failures.
fn embeds_failures(params: &[(String, String)]) -> bool {
    values(params, "embed")
        .iter()
        .any(|e| matches!(*e, "group.apps.lastTaskFailure" | "group.apps.failures"))
}

/// How deeply a GroupUpdate may nest groups.
const MAX_GROUP_DEPTH: usize = 32;

/// What a GroupUpdate changes.
#[derive(Default)]
struct GroupChange {
    apps: Vec<Change>,
    /// Every group the update names (created when missing).
    groups: Vec<String>,
    removed_groups: Vec<String>,
    dependencies: Vec<(String, Vec<String>)>,
    depth: usize,
}

impl GroupChange {
    /// Records the groups: created, removed, their dependencies replaced.
    fn groups_into(&self, state: &mut State, gid: &str) {
        state
            .groups
            .retain(|g, _| !self.removed_groups.iter().any(|r| within(g, r)));
        for g in self.groups.iter().chain(std::iter::once(&gid.to_string())) {
            if g != "/" {
                state.groups.entry(g.clone()).or_default();
            }
        }
        for (g, deps) in &self.dependencies {
            state.groups.entry(g.clone()).or_default().dependencies = deps.clone();
        }
    }
}

/// An id in a group document: absolute as it is, relative against `base`; canonical.
fn resolve(id: &str, base: &str) -> Result<String, String> {
    if id.starts_with('/') {
        crate::marathon::app::canonical_id(id)
    } else {
        crate::marathon::app::canonical_id(&format!("{}/{id}", base.trim_end_matches('/')))
    }
}

/// Marathon's 422 for one invalid place.
fn invalid(path: &str, error: &str) -> Reply {
    let path = if path.is_empty() { "/" } else { path };
    reply(
        422,
        &json!({
            "message": "Object is not valid",
            "details": [{ "path": path, "errors": [error] }],
        }),
    )
}

/// A path without DC/OS's `/service/marathon` prefix.
pub fn strip_service_prefix(path: &str) -> &str {
    match path.strip_prefix("/service/marathon") {
        Some("") => "/",
        Some(rest) if rest.starts_with('/') => rest,
        _ => path,
    }
}

/// A version timestamp as milliseconds since the epoch (Marathon parses ISO-8601 date-times).
fn instant_of(version: &str) -> Option<u64> {
    let time = humantime::parse_rfc3339_weak(version).ok()?;
    Some(time.duration_since(std::time::UNIX_EPOCH).ok()?.as_millis() as u64)
}

/// Marathon's answer to a version that is not a date-time (`Timestamp(String)` throws an
/// IllegalArgumentException, which its exception mapper answers with 422).
fn invalid_timestamp(version: &str) -> Reply {
    message(
        422,
        &format!("Invalid timestamp provided '{version}'. Expecting ISO-8601 datetime string."),
    )
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
