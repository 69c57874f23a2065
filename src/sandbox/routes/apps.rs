//! `/v2/apps` (Marathon's AppsResource, AppTasksResource's app part, AppVersionsResource):
//! listing, creating, replacing, patching (one app or many), restarting and removing apps.

use super::*;

impl Ctx<'_> {
    pub(super) fn app_route(
        &mut self,
        req: &Incoming,
        rest: &str,
        params: &[(String, String)],
    ) -> Reply {
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
                        crate::sandbox::state::iso(instant)
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

    pub(super) fn app_json(&self, id: &str, tasks: bool, failure: bool) -> Option<Value> {
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

    pub(super) fn list_apps(&self, params: &[(String, String)]) -> Reply {
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
    pub(super) fn unsupported_type(&self, req: &Incoming) -> Option<Reply> {
        let refused = match req.content_type {
            Some(ct) => !ct.to_ascii_lowercase().contains("json"),
            None => !self.shared.config.profile.at_least(5),
        };
        refused.then(|| message(415, "Unsupported Media Type"))
    }

    /// The body as an app object, or Marathon's 400/415/422.
    pub(super) fn app_body(&self, req: &Incoming) -> Result<Map<String, Value>, Reply> {
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
    pub(super) fn validated(&self, app: Map<String, Value>) -> Result<Map<String, Value>, Reply> {
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

    pub(super) fn locked(&self, id: &str) -> Option<Reply> {
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

    pub(super) fn force_cancel(&mut self, id: &str) {
        self.state.stop_deployments_of(id, self.now);
    }

    /// What every write of one app shares (POST and PUT /v2/apps): Marathon's cycle check, the
    /// deployment lock (unless `force`), then the new version deployed. Returns the
    /// deployment, the version and whether the app was created.
    pub(super) fn commit_app(
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

    pub(super) fn create_app(&mut self, req: &Incoming, params: &[(String, String)]) -> Reply {
        let app = match self.app_body(req).and_then(|a| self.validated(a)) {
            Ok(a) => a,
            Err(r) => return r,
        };
        let id = app["id"].as_str().unwrap_or("/").to_string();
        if self.state.apps.contains_key(&id) {
            return message(409, &format!("An app with id [{id}] already exists."));
        }
        let posted = Value::Object(app.clone());
        let deployment = match self.commit_app(&id, app, params) {
            Ok((deployment, _, _)) => deployment,
            Err(r) => return r,
        };
        self.api_post_event(req, &id);
        let mut body = self.app_json(&id, false, false).unwrap_or(Value::Null);
        as_created(&mut body, &posted);
        body["deployments"] = json!([{ "id": deployment }]);
        let mut r = reply(201, &body);
        r.headers.push(("Location", format!("/v2/apps{id}")));
        r.headers.push((DEPLOYMENT_HEADER, deployment));
        r
    }

    pub(super) fn put_app(
        &mut self,
        req: &Incoming,
        rest: &str,
        params: &[(String, String)],
    ) -> Reply {
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
    pub(super) fn patch_app(
        &mut self,
        req: &Incoming,
        rest: &str,
        params: &[(String, String)],
    ) -> Reply {
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
    pub(super) fn updated_app(
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
    pub(super) fn bulk_update(
        &mut self,
        req: &Incoming,
        params: &[(String, String)],
        create: bool,
    ) -> Reply {
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
    pub(super) fn api_post_event(&self, req: &Incoming, id: &str) {
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

    /// `POST /v2/apps/{id}/restart`: the same definition under a new version, every task
    /// replaced (AppsResource.restart); 404 for an unknown app, 409 while a deployment holds
    /// it unless `force`.
    pub(super) fn restart_app(&mut self, rest: &str, params: &[(String, String)]) -> Reply {
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

    pub(super) fn delete_app(&mut self, rest: &str, params: &[(String, String)]) -> Reply {
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

    pub(super) fn group_apps(&self, group: &str) -> Reply {
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
}

/// What `AppsResource.create` answers: the app as it was posted and validated, before the
/// deployment assigned its service ports (so a dynamic one is still 0) and with no
/// `versionInfo` (its version is `OnlyVersion`), counts of 0 and no tasks.
fn as_created(body: &mut Value, posted: &Value) {
    let Some(obj) = body.as_object_mut() else {
        return;
    };
    obj.remove("versionInfo");
    obj.remove("tasks");
    obj.remove("lastTaskFailure");
    for count in [
        "tasksStaged",
        "tasksRunning",
        "tasksHealthy",
        "tasksUnhealthy",
    ] {
        obj.insert(count.into(), json!(0));
    }
    let asked = |list: &Value, i: usize, key: &str| -> Value {
        list.get(i)
            .and_then(|d| d.get(key))
            .filter(|v| v.is_u64())
            .cloned()
            .unwrap_or(json!(0))
    };
    if let Some(defs) = obj.get_mut("portDefinitions").and_then(Value::as_array_mut) {
        for (i, def) in defs.iter_mut().enumerate() {
            def["port"] = asked(&posted["portDefinitions"], i, "port");
        }
    }
    if let Some(ports) = obj.get("portDefinitions").and_then(Value::as_array) {
        let ports: Vec<Value> = ports.iter().map(|d| d["port"].clone()).collect();
        if obj.contains_key("ports") {
            obj.insert("ports".into(), Value::Array(ports));
        }
    }
    if let Some(mappings) = obj
        .get_mut("container")
        .and_then(|c| c.get_mut("portMappings"))
        .and_then(Value::as_array_mut)
    {
        for (i, mapping) in mappings.iter_mut().enumerate() {
            if mapping.get("servicePort").is_some() {
                mapping["servicePort"] =
                    asked(&posted["container"]["portMappings"], i, "servicePort");
            }
        }
    }
}
