//! Deployments as Marathon plans them (groups.md §2): the steps of a change by dependency
//! depth, their timeline, the apps they create, change and remove, cancelling and rollback.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use super::tasks::planned;
use super::*;
use crate::sandbox::placement::{self, Declined, Usage};

/// One action of a deployment step.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Action {
    /// `StartApplication`, `ScaleApplication`, `RestartApplication` or `StopApplication`.
    pub action: String,
    pub app: String,
    /// The instances the app ends with.
    #[serde(default)]
    pub instances: u64,
    #[serde(default)]
    pub behaviour: Behaviour,
    /// Whether its new instances are placed on agents (false in a state file from before
    /// agents: they launch nowhere in particular, at once).
    #[serde(default)]
    pub placing: bool,
    /// How many new instances it launches.
    #[serde(default)]
    pub fresh: u64,
    /// Where the new instances go, as far as offers fit them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub placed: Vec<Placed>,
    /// Why the next instance finds no offer, while it waits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub declined: Option<Declined>,
    /// When its last instance was placed, if it had to wait for offers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ready_ms: Option<u64>,
}

impl Action {
    /// Whether the action launches tasks (and so is gated on them running).
    pub(super) fn launches(&self) -> bool {
        matches!(
            self.action.as_str(),
            "ScaleApplication" | "RestartApplication"
        )
    }

    /// Whether it waits for offers for some of its instances.
    pub fn waiting(&self) -> bool {
        self.placing && self.launches() && (self.placed.len() as u64) < self.fresh
    }

    /// Whether the action does not complete (for now, if it waits for offers).
    pub(super) fn stalls(&self) -> bool {
        if self.waiting() {
            return true;
        }
        match self.action.as_str() {
            "StartApplication" => false,
            // Marathon kills an app's tasks whatever state they are in, staged ones too.
            "StopApplication" => false,
            _ => !self.behaviour.is_finish() && self.instances > 0,
        }
    }

    pub(super) fn duration_ms(&self, per_step: u64) -> u64 {
        match self.action.as_str() {
            "StartApplication" => 0,
            "StopApplication" => per_step,
            _ if self.instances == 0 => 0,
            _ => per_step,
        }
    }
}

/// Where a deployment is: the 0-based current step (`steps.len()` once done) and when each
/// step up to it started.
pub(super) struct Timeline {
    pub(super) current: usize,
    pub(super) starts: Vec<u64>,
    /// When the last step ended, once done.
    pub(super) finished_ms: Option<u64>,
}

/// A deployment: steps of actions, run one after the other.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Deployment {
    pub id: String,
    pub version: String,
    /// Empty in a state file from before group deployments: such a deployment ends at once.
    #[serde(default)]
    pub steps: Vec<Vec<Action>>,
    pub started_ms: u64,
    /// How long a step that launches or stops tasks takes.
    pub duration_ms: u64,
    /// Each app it changes, as it was before (`None`: it did not exist): what a rollback
    /// restores.
    #[serde(default)]
    pub before: BTreeMap<String, Option<AppRecord>>,
}

impl Deployment {
    pub(super) fn timeline(&self, now_ms: u64) -> Timeline {
        let mut starts = Vec::new();
        let mut t = self.started_ms;
        for (i, step) in self.steps.iter().enumerate() {
            starts.push(t);
            let end = step
                .iter()
                .map(|a| t.max(a.ready_ms.unwrap_or(0)) + a.duration_ms(self.duration_ms))
                .max()
                .unwrap_or(t);
            if step.iter().any(Action::stalls) || now_ms < end {
                return Timeline {
                    current: i,
                    starts,
                    finished_ms: None,
                };
            }
            t = end;
        }
        Timeline {
            current: self.steps.len(),
            starts,
            finished_ms: Some(t),
        }
    }

    pub(super) fn done(&self, now_ms: u64) -> bool {
        self.timeline(now_ms).finished_ms.is_some()
    }

    /// Every app an action of it touches.
    pub fn affected(&self) -> BTreeSet<&str> {
        self.steps
            .iter()
            .flatten()
            .map(|a| a.app.as_str())
            .collect()
    }

    /// The step (0-based) and action that launch an app's tasks, if any.
    pub(super) fn launch_of(&self, app: &str) -> Option<(usize, &Action)> {
        self.steps.iter().enumerate().find_map(|(i, step)| {
            step.iter()
                .find(|a| a.app == app && a.launches())
                .map(|a| (i, a))
        })
    }

    /// Marathon's JSON for this deployment.
    pub fn to_json(&self, now_ms: u64) -> Value {
        let action = |a: &Action| json!({ "action": a.action, "app": a.app });
        let timeline = self.timeline(now_ms);
        let (step, current): (usize, Vec<Value>) = match self.steps.get(timeline.current) {
            None => (self.steps.len(), Vec::new()),
            Some(actions) => (
                timeline.current + 1,
                actions
                    .iter()
                    .map(|a| {
                        let mut a = action(a);
                        a["readinessCheckResults"] = json!([]);
                        a
                    })
                    .collect(),
            ),
        };
        json!({
            "id": self.id,
            "version": self.version,
            "affectedApps": self.affected(),
            "affectedPods": [],
            "steps": self.steps.iter().map(|s| json!({ "actions": s.iter().map(action).collect::<Vec<_>>() })).collect::<Vec<_>>(),
            "currentActions": current,
            "currentStep": step,
            "totalSteps": self.steps.len(),
        })
    }
}

impl State {
    /// Finishes the deployments whose time is up and records the tasks they leave. Instances
    /// waiting for offers in a current step get another round of offers (at most one a
    /// second). Returns whether that placed or declined anything, so that it is saved.
    pub fn settle(&mut self, now_ms: u64) -> bool {
        let retried = self.offer_again(now_ms);
        self.settle_done(now_ms);
        retried
    }

    fn settle_done(&mut self, now_ms: u64) {
        let (done, active): (Vec<Deployment>, Vec<Deployment>) =
            std::mem::take(&mut self.deployments)
                .into_iter()
                .partition(|d| d.done(now_ms));
        self.deployments = active;
        for d in done {
            let timeline = d.timeline(now_ms);
            for (i, step) in d.steps.iter().enumerate() {
                for a in step.iter().filter(|a| a.launches()) {
                    if let Some(record) = self.apps.get_mut(&a.app) {
                        record.launches = planned(
                            &record.launches,
                            a,
                            timeline.starts[i],
                            a.duration_ms(d.duration_ms),
                            &d.version,
                        );
                    }
                }
            }
        }
    }

    /// What every task placed or to be placed takes: the apps' tasks, and the instances the
    /// deployments in progress have placed for later steps.
    pub(super) fn usage(&self) -> Usage {
        let mut usage = Usage::default();
        for record in self.apps.values() {
            for l in &record.launches {
                if let Some(p) = &l.place {
                    usage.add(&p.agent, &p.taken);
                }
            }
        }
        for d in &self.deployments {
            for a in d.steps.iter().flatten() {
                for p in &a.placed {
                    usage.add(&p.agent, &p.taken);
                }
            }
        }
        usage
    }

    /// Places what `action` still lacks, given `usage`; `at` is when (None: when its step
    /// starts). Records the offers declined if some instance does not fit.
    fn place_action(&self, action: &mut Action, usage: &mut Usage, now_ms: u64, at: Option<u64>) {
        let Some(record) = self.apps.get(&action.app) else {
            return;
        };
        let profile = &self.env.profile;
        let minor = profile.version.minor;
        let req = placement::request(&record.app, profile);
        let kept = action.instances - action.fresh;
        // The instances constraints consider: those kept, and (before 1.11, MARATHON-8771)
        // those of the old configuration a restart replaces.
        let mut considered: Vec<String> = if action.action == "ScaleApplication" {
            record.launches[..(kept as usize).min(record.launches.len())]
                .iter()
                .filter_map(|l| l.place.as_ref().map(|p| p.agent.clone()))
                .collect()
        } else if minor < 11 {
            record
                .launches
                .iter()
                .filter_map(|l| l.place.as_ref().map(|p| p.agent.clone()))
                .collect()
        } else {
            Vec::new()
        };
        considered.extend(action.placed.iter().map(|p| p.agent.clone()));
        let want = (action.fresh as usize).saturating_sub(action.placed.len());
        let seed = placement::seed_of(&action.app).wrapping_add(action.placed.len() as u64);
        let old: Vec<&Placed> = record
            .launches
            .iter()
            .filter_map(|l| l.place.as_ref())
            .collect();
        // A restart without room to spare (`maximumOverCapacity` 0) kills an old task before
        // it starts a new one: the new ones take what the old ones free.
        let over = record
            .app
            .get("upgradeStrategy")
            .and_then(|u| u.get("maximumOverCapacity"))
            .and_then(Value::as_f64)
            .unwrap_or(1.0);
        let replaces = action.action == "RestartApplication" && over == 0.0;
        let mut freed;
        let usage_for: &mut Usage = if replaces {
            freed = usage.clone();
            for p in &old {
                freed.remove(&p.agent, &p.taken);
            }
            &mut freed
        } else {
            usage
        };
        let prefer: Vec<String> =
            if action.action == "RestartApplication" && placement::resident(&record.app) {
                old.iter()
                    .skip(action.placed.len())
                    .map(|p| p.agent.clone())
                    .collect()
            } else {
                Vec::new()
            };
        let (mut new, declined) = placement::place(
            &self.env.cluster,
            usage_for,
            &req,
            &mut considered,
            want,
            minor,
            seed,
            &prefer,
        );
        if replaces {
            for p in &new {
                usage.add(&p.agent, &p.taken);
            }
        }
        let used = new.len() as u64;
        for p in &mut new {
            p.at_ms = at;
        }
        action.placed.extend(new);
        let previous = action.declined.take();
        action.declined = declined.map(|mut d| {
            let rounds_before = previous.as_ref().map_or(0, |p| p.rounds);
            d.instance = kept + action.placed.len() as u64 + 1;
            d.rounds = rounds_before + 1;
            d.used = previous.as_ref().map_or(0, |p| p.used) + used;
            d.since_ms = previous.as_ref().map_or(now_ms, |p| p.since_ms);
            d.last_ms = now_ms;
            d
        });
        if action.declined.is_none() && at.is_some() {
            action.ready_ms = at;
        }
    }

    /// Another round of offers for the instances that wait in a deployment's current step.
    fn offer_again(&mut self, now_ms: u64) -> bool {
        let mut due = Vec::new();
        for (di, d) in self.deployments.iter().enumerate() {
            let current = d.timeline(now_ms).current;
            for (ai, a) in d.steps.get(current).into_iter().flatten().enumerate() {
                let last = a.declined.as_ref().map_or(0, |x| x.last_ms);
                if a.waiting() && now_ms >= last + 1000 {
                    due.push((di, current, ai));
                }
            }
        }
        if due.is_empty() {
            return false;
        }
        let mut usage = self.usage();
        for (di, si, ai) in due {
            let mut action = self.deployments[di].steps[si][ai].clone();
            self.place_action(&mut action, &mut usage, now_ms, Some(now_ms));
            self.deployments[di].steps[si][ai] = action;
        }
        true
    }

    /// A version string later than every earlier one.
    pub fn next_version(&mut self, now_ms: u64) -> (u64, String) {
        let ms = now_ms.max(self.last_version_ms + 1);
        self.last_version_ms = ms;
        (ms, iso(ms))
    }

    /// The active deployments touching an app.
    pub fn deployments_of(&self, app: &str) -> Vec<&Deployment> {
        self.deployments
            .iter()
            .filter(|d| d.affected().contains(app))
            .collect()
    }

    /// Whether a group exists: created through `/v2/groups`, or holding apps.
    pub fn group_exists(&self, path: &str) -> bool {
        path == "/"
            || self.groups.keys().any(|g| within(g, path))
            || self.apps.keys().any(|a| within(a, path) && a != path)
    }

    /// The direct subgroups of a group: those created, and those its apps' ids imply.
    pub fn subgroups(&self, gid: &str) -> BTreeSet<String> {
        let prefix = if gid == "/" {
            "/".to_string()
        } else {
            format!("{gid}/")
        };
        let direct = |path: &str, is_group: bool| -> Option<String> {
            let rest = path.strip_prefix(&prefix)?;
            match rest.split_once('/') {
                Some((child, _)) => Some(format!("{prefix}{child}")),
                None if is_group && !rest.is_empty() => Some(format!("{prefix}{rest}")),
                None => None,
            }
        };
        self.groups
            .keys()
            .filter_map(|g| direct(g, true))
            .chain(self.apps.keys().filter_map(|a| direct(a, false)))
            .collect()
    }

    /// The dependency graph of the apps as they would be after `changes` (groups.md §2): edges
    /// from an app to the apps it depends on, directly or through a group.
    pub(super) fn graph(&self, changes: &[Change]) -> BTreeMap<String, BTreeSet<String>> {
        let mut deps: BTreeMap<String, Vec<String>> = self
            .apps
            .iter()
            .map(|(id, r)| (id.clone(), r.dependencies()))
            .collect();
        for (id, change) in changes {
            match change {
                None => {
                    deps.remove(id);
                }
                Some(app) => {
                    let record = AppRecord {
                        app: app.clone(),
                        versions: Vec::new(),
                        launches: Vec::new(),
                        last_task_failure: None,
                        delay_reset_ms: None,
                    };
                    deps.insert(id.clone(), record.dependencies());
                }
            }
        }
        let ids: Vec<String> = deps.keys().cloned().collect();
        let targets = |dep: &str| -> Vec<String> {
            if deps.contains_key(dep) {
                vec![dep.to_string()]
            } else {
                ids.iter().filter(|a| within(a, dep)).cloned().collect()
            }
        };
        let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (id, list) in &deps {
            let mut edges: BTreeSet<String> = list.iter().flat_map(|d| targets(d)).collect();
            // Group-level dependencies: every app of the group on every app of the other.
            for (group, record) in &self.groups {
                if within(id, group) && group != id {
                    for d in &record.dependencies {
                        if !deps.contains_key(d) {
                            edges.extend(targets(d));
                        }
                    }
                }
            }
            graph.insert(id.clone(), edges);
        }
        graph
    }

    /// Whether the apps after `changes` depend on each other in a cycle.
    pub fn cyclic(&self, changes: &[Change]) -> bool {
        layers(&self.graph(changes)).1
    }

    /// Applies changes to apps and starts the deployment Marathon would plan for them
    /// (groups.md §2). Definitions are stored at once. An unchanged app is left as it is in a
    /// group update; through `/v2/apps` (`revise_unchanged`) it gets a new version and no step,
    /// as Marathon's versioning treats a resent app as a restart request. Returns (deployment
    /// id, version). The caller has checked for cycles and conflicts.
    pub fn apply(
        &mut self,
        changes: Vec<Change>,
        now_ms: u64,
        duration_ms: u64,
        revise_unchanged: bool,
    ) -> (String, String) {
        let resent = if revise_unchanged {
            Resent::Revise
        } else {
            Resent::Skip
        };
        self.apply_with(changes, now_ms, duration_ms, resent)
    }

    /// Restarts an app as `POST /v2/apps/{id}/restart` does: the same definition under a new
    /// version, and a deployment that replaces every task. Returns (deployment id, version).
    pub fn restart_app(
        &mut self,
        id: &str,
        now_ms: u64,
        duration_ms: u64,
    ) -> Option<(String, String)> {
        let definition = crate::marathon::app::definition(&self.apps.get(id)?.app);
        Some(self.apply_with(
            vec![(id.to_string(), Some(definition))],
            now_ms,
            duration_ms,
            Resent::Restart,
        ))
    }

    fn apply_with(
        &mut self,
        changes: Vec<Change>,
        now_ms: u64,
        duration_ms: u64,
        resent: Resent,
    ) -> (String, String) {
        let (_, version) = self.next_version(now_ms);
        let mut before = BTreeMap::new();
        let mut stops = Vec::new();
        let mut starts = Vec::new();
        let mut launches: Vec<(String, &'static str)> = Vec::new();
        for (id, change) in changes {
            let previous = self.apps.get(&id).cloned();
            let Some(mut app) = change else {
                if let Some(old) = self.apps.remove(&id) {
                    stops.push(Action {
                        action: "StopApplication".into(),
                        app: id.clone(),
                        instances: 0,
                        behaviour: Behaviour::of(&old.app),
                        ..Action::default()
                    });
                    before.insert(id, Some(old.without_history()));
                }
                continue;
            };
            self.assign_service_ports(&id, &mut app, previous.as_ref());
            let action = match &previous {
                None => Some("ScaleApplication"),
                Some(old) => {
                    // Compared as Marathon writes them: what it omits or fills in is no
                    // change (a definition sent back as GET showed it is the same app).
                    let minor = self.env.profile.version.minor;
                    let old_def = crate::marathon::wire::app(
                        &crate::marathon::app::definition(&old.app),
                        minor,
                    );
                    let new_def = crate::marathon::wire::app(&app, minor);
                    let (mut old_cmp, mut new_cmp) = (old_def.clone(), new_def.clone());
                    old_cmp.remove("instances");
                    new_cmp.remove("instances");
                    if old_def == new_def {
                        match resent {
                            Resent::Skip => None,
                            Resent::Revise => Some(""),
                            Resent::Restart => Some("RestartApplication"),
                        }
                    } else if old_cmp == new_cmp {
                        Some("ScaleApplication")
                    } else {
                        Some("RestartApplication")
                    }
                }
            };
            let Some(action) = action else { continue };
            let config_changed_at = match &previous {
                Some(old) if action != "RestartApplication" => old
                    .app
                    .get("versionInfo")
                    .and_then(|v| v.get("lastConfigChangeAt"))
                    .and_then(Value::as_str)
                    .unwrap_or(&version)
                    .to_string(),
                _ => version.clone(),
            };
            app.insert("version".into(), json!(version));
            app.insert(
                "versionInfo".into(),
                json!({ "lastScalingAt": version, "lastConfigChangeAt": config_changed_at }),
            );
            let mut record = AppRecord {
                app,
                versions: Vec::new(),
                launches: Vec::new(),
                last_task_failure: None,
                delay_reset_ms: None,
            };
            if let Some(old) = &previous {
                record.versions = old.versions.clone();
                record.versions.push(old.app.clone());
                if record.versions.len() > KEPT_VERSIONS {
                    record.versions.remove(0);
                }
                record.launches = old.launches.clone();
                record.last_task_failure = old.last_task_failure.clone();
            } else {
                starts.push(Action {
                    action: "StartApplication".into(),
                    app: id.clone(),
                    instances: 0,
                    behaviour: Behaviour::Finish,
                    ..Action::default()
                });
            }
            self.apps.insert(id.clone(), record);
            if !action.is_empty() {
                before.insert(id.clone(), previous.map(|p| p.without_history()));
                launches.push((id, action));
            }
        }
        // One step per dependency depth: an app's depth is the number of apps on its longest
        // path of dependencies, itself included.
        let (depth, _) = layers(&self.graph(&[]));
        let mut by_depth: BTreeMap<usize, Vec<Action>> = BTreeMap::new();
        for (id, action) in launches {
            let record = &self.apps[&id];
            let d = depth.get(&id).copied().unwrap_or(1);
            let kept = if action == "ScaleApplication" {
                record.launches.len() as u64
            } else {
                0
            };
            by_depth.entry(d).or_default().push(Action {
                action: action.into(),
                app: id.clone(),
                instances: record.instances(),
                behaviour: Behaviour::of(&record.app),
                placing: true,
                fresh: record.instances().saturating_sub(kept),
                ..Action::default()
            });
        }
        let mut steps: Vec<Vec<Action>> = [stops, starts]
            .into_iter()
            .chain(by_depth.into_values())
            .filter(|s| !s.is_empty())
            .collect();
        let mut usage = self.usage();
        for action in steps.iter_mut().flatten().filter(|a| a.waiting()) {
            self.place_action(action, &mut usage, now_ms, None);
        }
        let id = uuid::Uuid::new_v4().to_string();
        self.deployments.push(Deployment {
            id: id.clone(),
            version: version.clone(),
            steps,
            started_ms: now_ms,
            duration_ms,
            before,
        });
        (id, version)
    }

    /// Gives every service port 0 a port, as Marathon does: the app's earlier port at the same
    /// place when it had one, else the lowest free port from 10000.
    pub(super) fn assign_service_ports(
        &self,
        id: &str,
        app: &mut Map<String, Value>,
        previous: Option<&AppRecord>,
    ) {
        let mut ports = crate::marathon::app::service_ports(app);
        if !ports.contains(&0) {
            return;
        }
        let earlier = previous
            .map(|p| crate::marathon::app::service_ports(&p.app))
            .unwrap_or_default();
        let mut used: BTreeSet<u64> = self
            .apps
            .iter()
            .filter(|(other, _)| other.as_str() != id)
            .flat_map(|(_, r)| crate::marathon::app::service_ports(&r.app))
            .chain(ports.iter().copied())
            .collect();
        let mut next = 10_000;
        for (i, port) in ports.iter_mut().enumerate() {
            if *port != 0 {
                continue;
            }
            if let Some(&p) = earlier.get(i).filter(|p| **p != 0 && !used.contains(*p)) {
                *port = p;
            } else {
                while used.contains(&next) {
                    next += 1;
                }
                *port = next;
            }
            used.insert(*port);
        }
        crate::marathon::app::set_service_ports(app, &ports);
    }

    /// Creates or replaces one app (`/v2/apps`). Returns (deployment id, version, created).
    pub fn put_app(
        &mut self,
        definition: Map<String, Value>,
        now_ms: u64,
        duration_ms: u64,
    ) -> (String, String, bool) {
        let id = definition["id"].as_str().unwrap_or("/").to_string();
        let created = !self.apps.contains_key(&id);
        let (deployment, version) =
            self.apply(vec![(id, Some(definition))], now_ms, duration_ms, true);
        (deployment, version, created)
    }

    /// Removes an app at once (as Marathon does) and starts the deployment that stops its tasks.
    pub fn remove_app(
        &mut self,
        id: &str,
        now_ms: u64,
        duration_ms: u64,
    ) -> Option<(String, String)> {
        if !self.apps.contains_key(id) {
            return None;
        }
        self.stop_deployments_of(id, now_ms);
        Some(self.apply(vec![(id.to_string(), None)], now_ms, duration_ms, false))
    }

    /// Stops a deployment where it is: the tasks it launched so far stay, as do the
    /// definitions it stored.
    pub(super) fn stop(&mut self, index: usize, now_ms: u64) -> Deployment {
        let apps: Vec<String> = self.deployments[index]
            .affected()
            .into_iter()
            .map(str::to_string)
            .collect();
        let live: Vec<(String, Vec<Launch>, Option<Value>)> = apps
            .into_iter()
            .map(|id| {
                let failure = self.failing(&id, now_ms).map(|(f, _)| f);
                let (running, _) = self.live(&id, now_ms);
                (id, running, failure)
            })
            .collect();
        let d = self.deployments.remove(index);
        for (id, running, failure) in live {
            if let Some(record) = self.apps.get_mut(&id) {
                record.launches = running;
                if failure.is_some() {
                    record.last_task_failure = failure;
                }
            }
        }
        d
    }

    /// Cancels a deployment. With `force`, it just stops where it is; without, a rollback
    /// deployment restores every app it changed as it was before (groups.md §4). Returns the
    /// rollback's (id, version).
    pub fn cancel(
        &mut self,
        id: &str,
        force: bool,
        now_ms: u64,
        duration_ms: u64,
    ) -> Option<Option<(String, String)>> {
        let index = self.deployments.iter().position(|d| d.id == id)?;
        let d = self.stop(index, now_ms);
        if force {
            return Some(None);
        }
        // Other deployments of the same apps give way to the rollback, as its force does.
        for app in d.before.keys() {
            self.stop_deployments_of(app, now_ms);
        }
        let changes: Vec<Change> = d
            .before
            .iter()
            .map(|(app, before)| {
                (
                    app.clone(),
                    before
                        .as_ref()
                        .map(|r| crate::marathon::app::definition(&r.app)),
                )
            })
            .collect();
        Some(Some(self.apply(changes, now_ms, duration_ms, false)))
    }

    /// Stops (without rollback) every deployment that touches an app: what `force=true` does
    /// to the deployments a new change overrides.
    pub fn stop_deployments_of(&mut self, app: &str, now_ms: u64) {
        while let Some(index) = self
            .deployments
            .iter()
            .position(|d| d.affected().contains(app))
        {
            self.stop(index, now_ms);
        }
    }
}

/// Each app's depth, the number of apps on its longest path of dependencies (itself included),
/// and whether some apps lie on or behind a cycle (they get depth 1). Kahn's algorithm, with
/// no recursion.
pub(super) fn layers(
    graph: &BTreeMap<String, BTreeSet<String>>,
) -> (BTreeMap<String, usize>, bool) {
    let mut pending: BTreeMap<&str, usize> = graph
        .iter()
        .map(|(id, edges)| (id.as_str(), edges.len()))
        .collect();
    let mut dependents: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (id, edges) in graph {
        for e in edges {
            dependents.entry(e.as_str()).or_default().push(id.as_str());
        }
    }
    let mut depth: BTreeMap<String, usize> = BTreeMap::new();
    let mut ready: Vec<&str> = pending
        .iter()
        .filter(|(_, n)| **n == 0)
        .map(|(id, _)| *id)
        .collect();
    for id in &ready {
        depth.insert(id.to_string(), 1);
    }
    while let Some(id) = ready.pop() {
        let below = depth[id];
        for d in dependents.get(id).into_iter().flatten() {
            let entry = depth.entry(d.to_string()).or_insert(0);
            *entry = (*entry).max(below + 1);
            let n = pending.get_mut(d).expect("every vertex is pending");
            *n -= 1;
            if *n == 0 {
                ready.push(d);
            }
        }
    }
    let cyclic = pending.values().any(|n| *n > 0);
    (depth, cyclic)
}

/// What a change that resends an app unchanged does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Resent {
    /// Nothing (a group update).
    Skip,
    /// A new version and no step (`/v2/apps`).
    Revise,
    /// A new version and a step replacing every task (`/restart`).
    Restart,
}
