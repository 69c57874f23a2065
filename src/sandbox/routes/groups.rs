//! `/v2/groups` (GroupsResource): reading, updating (as Marathon applies a GroupUpdate) and
//! removing groups.

use super::*;

impl Ctx<'_> {
    pub(super) fn get_group(&self, path: &str, params: &[(String, String)]) -> Reply {
        if self.state.group_exists(path) {
            reply(200, &self.group(path, embeds_failures(params)))
        } else {
            message(404, &format!("Group '{path}' does not exist"))
        }
    }

    /// A group as `GET /v2/groups` shows it: its apps and its subgroups, recursively.
    pub(super) fn group(&self, path: &str, failures: bool) -> Value {
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
    pub(super) fn put_group(
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
    pub(super) fn collect(
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
    pub(super) fn delete_group(&mut self, path: &str, params: &[(String, String)]) -> Reply {
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
