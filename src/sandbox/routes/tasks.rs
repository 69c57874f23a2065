//! `/v2/tasks` and `/v2/apps/{id}/tasks` (TasksResource, AppTasksResource): listing and killing
//! tasks, with or without scaling down.

use super::*;

impl Ctx<'_> {
    /// `GET /v2/tasks[?status=running|staging]` (also `status[]`): every app's tasks, with
    /// the app's service ports (TasksResource.indexJson).
    pub(super) fn list_tasks(&self, params: &[(String, String)]) -> Reply {
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
    pub(super) fn kill_app_tasks(
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
    pub(super) fn kill_given_tasks(
        &mut self,
        req: &Incoming,
        params: &[(String, String)],
    ) -> Reply {
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
            let Some(app) = crate::sandbox::state::app_of_task(id) else {
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
}
