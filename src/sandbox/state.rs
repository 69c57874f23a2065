//! The sandbox's model of a Marathon: apps, groups, their versions and tasks, and deployments.
//!
//! Time-based, not thread-based: a deployment records when it started, and its steps run one
//! after another, each taking the configured time (a no-op step none). Every read first
//! *settles* the deployments whose time is up. The state is therefore consistent whenever it is
//! read, survives a restart (times are wall-clock milliseconds) and needs no background thread.
//!
//! Deployments are planned as Marathon plans them (groups.md §2): one step stopping the removed
//! apps, one step "starting" the new ones (a no-op), then one step per dependency depth, in
//! which new apps scale up and changed apps restart. A step ends when every app in it runs its
//! instances; an app labelled to hang or fail holds its step, and the rest of the deployment,
//! forever, as Marathon does: it never declares a deployment failed.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

/// The app label that makes a deployment of the app misbehave, for testing clients: `hang`
/// (its tasks stay staged) or `fail` (its tasks fail and Marathon backs off), both forever.
pub const BEHAVIOUR_LABEL: &str = "SMACK_SANDBOX_DEPLOYMENT";

/// How many earlier versions of an app are kept.
const KEPT_VERSIONS: usize = 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Behaviour {
    #[default]
    Finish,
    Hang,
    Fail,
}

impl Behaviour {
    fn of(app: &Map<String, Value>) -> Behaviour {
        match app
            .get("labels")
            .and_then(|l| l.get(BEHAVIOUR_LABEL))
            .and_then(Value::as_str)
        {
            Some("hang") => Behaviour::Hang,
            Some("fail") => Behaviour::Fail,
            _ => Behaviour::Finish,
        }
    }

    fn is_finish(&self) -> bool {
        *self == Behaviour::Finish
    }
}

/// Task counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tasks {
    pub staged: u64,
    pub running: u64,
    pub healthy: u64,
    pub unhealthy: u64,
}

/// One task of an app: when it was staged and when it ran (and, with health checks, passed
/// its first check).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Launch {
    pub staged_ms: u64,
    pub started_ms: u64,
    /// The app version it runs.
    pub version: String,
}

/// An app as stored: its current definition (normalized, with `version` and `versionInfo`),
/// earlier definitions and its running tasks as of the last settled deployment.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AppRecord {
    pub app: Map<String, Value>,
    #[serde(default)]
    pub versions: Vec<Map<String, Value>>,
    #[serde(default)]
    pub launches: Vec<Launch>,
    #[serde(default)]
    pub last_task_failure: Option<Value>,
}

impl AppRecord {
    pub fn instances(&self) -> u64 {
        self.app
            .get("instances")
            .and_then(Value::as_u64)
            .unwrap_or(1)
    }
    pub fn version(&self) -> &str {
        self.app
            .get("version")
            .and_then(Value::as_str)
            .unwrap_or("")
    }
    fn health_checked(&self) -> bool {
        self.app
            .get("healthChecks")
            .and_then(Value::as_array)
            .is_some_and(|h| !h.is_empty())
    }
    /// The app's absolute dependency ids.
    fn dependencies(&self) -> Vec<String> {
        self.app
            .get("dependencies")
            .and_then(Value::as_array)
            .map(|d| {
                d.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default()
    }
    /// What a rollback needs: the definition and the tasks, not the history.
    fn without_history(&self) -> AppRecord {
        AppRecord {
            versions: Vec::new(),
            ..self.clone()
        }
    }
}

/// One action of a deployment step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Action {
    /// `StartApplication`, `ScaleApplication`, `RestartApplication` or `StopApplication`.
    pub action: String,
    pub app: String,
    /// The instances the app ends with.
    #[serde(default)]
    pub instances: u64,
    #[serde(default)]
    pub behaviour: Behaviour,
}

impl Action {
    /// Whether the action launches tasks (and so is gated on them running).
    fn launches(&self) -> bool {
        matches!(
            self.action.as_str(),
            "ScaleApplication" | "RestartApplication"
        )
    }

    /// Whether the action never completes.
    fn stalls(&self) -> bool {
        match self.action.as_str() {
            "StartApplication" => false,
            "StopApplication" => self.behaviour == Behaviour::Hang,
            _ => !self.behaviour.is_finish() && self.instances > 0,
        }
    }

    fn duration_ms(&self, per_step: u64) -> u64 {
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
struct Timeline {
    current: usize,
    starts: Vec<u64>,
    /// When the last step ended, once done.
    finished_ms: Option<u64>,
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
    fn timeline(&self, now_ms: u64) -> Timeline {
        let mut starts = Vec::new();
        let mut t = self.started_ms;
        for (i, step) in self.steps.iter().enumerate() {
            starts.push(t);
            let end = t + step
                .iter()
                .map(|a| a.duration_ms(self.duration_ms))
                .max()
                .unwrap_or(0);
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

    fn done(&self, now_ms: u64) -> bool {
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
    fn launch_of(&self, app: &str) -> Option<(usize, &Action)> {
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

/// A group created through `/v2/groups` (groups implied by app ids need no record).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GroupRecord {
    /// Absolute ids.
    #[serde(default)]
    pub dependencies: Vec<String>,
}

/// What a change does to one app: a new definition (normalized and validated), or removal.
pub type Change = (String, Option<Map<String, Value>>);

/// Everything the sandbox knows.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct State {
    pub apps: BTreeMap<String, AppRecord>,
    #[serde(default)]
    pub groups: BTreeMap<String, GroupRecord>,
    pub deployments: Vec<Deployment>,
    #[serde(default)]
    last_version_ms: u64,
}

/// ISO-8601 with milliseconds, as Marathon writes versions.
pub fn iso(ms: u64) -> String {
    let time = std::time::UNIX_EPOCH + std::time::Duration::from_millis(ms);
    humantime::format_rfc3339_millis(time).to_string()
}

/// The tasks a launching action leaves: `keep` of the earlier ones, then new ones staged when
/// the step starts and running one after the other until it ends.
fn planned(
    earlier: &[Launch],
    action: &Action,
    start: u64,
    duration: u64,
    version: &str,
) -> Vec<Launch> {
    let n = action.instances as usize;
    let keep = if action.action == "ScaleApplication" {
        earlier.len().min(n)
    } else {
        0
    };
    let fresh = n - keep;
    let mut out: Vec<Launch> = earlier[..keep].to_vec();
    out.extend((0..fresh).map(|i| Launch {
        staged_ms: start,
        started_ms: start + (duration * (i as u64 + 1)).div_ceil(fresh as u64),
        version: version.to_string(),
    }));
    out
}

/// The path of a group containing `id` (`/` for top-level apps).
pub fn parent_of(id: &str) -> &str {
    match id.rfind('/') {
        Some(0) | None => "/",
        Some(i) => &id[..i],
    }
}

/// Whether `id` is `group` or inside it.
pub fn within(id: &str, group: &str) -> bool {
    group == "/" || id == group || id.strip_prefix(group).is_some_and(|r| r.starts_with('/'))
}

/// A failing app's relaunches under Marathon's backoff (`backoffSeconds` × `backoffFactor` per
/// failure, capped at `maxLaunchDelaySeconds`): when the last one failed and when the next
/// launch is due.
fn backoff(app: &Map<String, Value>, start: u64, now: u64) -> (u64, u64) {
    let number = |key: &str, default: f64| app.get(key).and_then(Value::as_f64).unwrap_or(default);
    let mut delay = number("backoffSeconds", 1.0).max(0.001) * 1000.0;
    let factor = number("backoffFactor", 1.15).max(1.0);
    let cap = number("maxLaunchDelaySeconds", 300.0).max(0.001) * 1000.0;
    let (mut last, mut next) = (start, start + delay.min(cap) as u64);
    // Bounded: the delay reaches its cap within a few hundred failures, and capped delays are
    // skipped over in one step.
    for _ in 0..1000 {
        if next > now {
            break;
        }
        delay = (delay * factor).min(cap);
        if delay >= cap {
            let skipped = (now - next) / cap as u64;
            last = next + skipped * cap as u64;
            next = last + cap as u64;
            break;
        }
        last = next;
        next += delay as u64;
    }
    (last, next)
}

impl State {
    /// Finishes the deployments whose time is up and records the tasks they leave.
    pub fn settle(&mut self, now_ms: u64) {
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

    /// Where an app's launching action is in a deployment in progress: the deployment, the
    /// action, when its step started (`None` while earlier steps run).
    fn launching(
        &self,
        id: &str,
        now_ms: u64,
    ) -> Option<(&Deployment, &Action, Option<u64>, bool)> {
        self.deployments.iter().find_map(|d| {
            let (i, action) = d.launch_of(id)?;
            let timeline = d.timeline(now_ms);
            let start = timeline.starts.get(i).copied();
            Some((d, action, start, i < timeline.current))
        })
    }

    /// An app's running tasks right now, and how many are staged.
    pub fn live(&self, id: &str, now_ms: u64) -> (Vec<Launch>, u64) {
        let Some(record) = self.apps.get(id) else {
            return (Vec::new(), 0);
        };
        let Some((d, action, Some(start), past)) = self.launching(id, now_ms) else {
            return (record.launches.clone(), 0);
        };
        let all = planned(
            &record.launches,
            action,
            start,
            action.duration_ms(d.duration_ms),
            &d.version,
        );
        if past {
            return (all, 0);
        }
        let kept = if action.action == "ScaleApplication" {
            record.launches.len().min(action.instances as usize)
        } else {
            0
        };
        match action.behaviour {
            Behaviour::Finish => {
                let (mut running, pending): (Vec<Launch>, Vec<Launch>) =
                    all.into_iter().partition(|l| l.started_ms <= now_ms);
                if action.action == "RestartApplication" {
                    // Rolling: an old task goes as a new one runs.
                    let old = record.launches.len().saturating_sub(running.len());
                    running.splice(0..0, record.launches[..old].iter().cloned());
                }
                (running, pending.len() as u64)
            }
            stuck => {
                let running = if action.action == "RestartApplication" {
                    record.launches.clone()
                } else {
                    all[..kept].to_vec()
                };
                let staged = if stuck == Behaviour::Hang {
                    action.instances - kept as u64
                } else {
                    0
                };
                (running, staged)
            }
        }
    }

    /// The task counts of an app right now, deployments in progress included. Healthy counts
    /// only for apps with health checks, as in Marathon.
    pub fn tasks_of(&self, id: &str, now_ms: u64) -> Tasks {
        let (running, staged) = self.live(id, now_ms);
        let checked = self.apps.get(id).is_some_and(AppRecord::health_checked);
        Tasks {
            staged,
            running: running.len() as u64,
            healthy: if checked { running.len() as u64 } else { 0 },
            unhealthy: 0,
        }
    }

    /// The last task failure of an app whose tasks are failing in a deployment, and when its
    /// next launch is due.
    fn failing(&self, id: &str, now_ms: u64) -> Option<(Value, u64)> {
        let record = self.apps.get(id)?;
        let (d, action, Some(start), false) = self.launching(id, now_ms)? else {
            return None;
        };
        if action.behaviour != Behaviour::Fail || action.instances == 0 {
            return None;
        }
        let (last, next) = backoff(&record.app, start, now_ms);
        let failure = json!({
            "appId": id,
            "host": "127.0.0.1",
            "message": "Command exited with status 1 (the sandbox was told to fail this app's tasks)",
            "state": "TASK_FAILED",
            "taskId": format!("{}.{}", id.trim_start_matches('/').replace('/', "_"), last),
            "timestamp": iso(last),
            "version": d.version,
        });
        Some((failure, next))
    }

    /// `GET /v2/queue`: the apps with instances left to launch, with their backoff.
    pub fn queue(&self, now_ms: u64) -> Vec<Value> {
        self.apps
            .iter()
            .filter_map(|(id, record)| {
                let (d, action, Some(start), false) = self.launching(id, now_ms)? else {
                    return None;
                };
                // Instances of the new version still to launch.
                let (running, _) = self.live(id, now_ms);
                let launched = running.iter().filter(|l| l.version == d.version).count();
                let count = action.instances.saturating_sub(launched as u64);
                if count == 0 {
                    return None;
                }
                let delay = match self.failing(id, now_ms) {
                    Some((_, next)) => json!({
                        "timeLeftSeconds": next.saturating_sub(now_ms).div_ceil(1000),
                        "overdue": false,
                    }),
                    None => json!({ "timeLeftSeconds": 0, "overdue": true }),
                };
                Some(json!({
                    "app": record.app,
                    "count": count,
                    "role": record.app.get("role").cloned().unwrap_or(json!("*")),
                    "delay": delay,
                    "since": iso(start),
                    "processedOffersSummary": { "processedOffersCount": 0, "unusedOffersCount": 0 },
                    "lastUnusedOffers": [],
                }))
            })
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
    fn graph(&self, changes: &[Change]) -> BTreeMap<String, BTreeSet<String>> {
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
                    });
                    before.insert(id, Some(old.without_history()));
                }
                continue;
            };
            self.assign_service_ports(&id, &mut app, previous.as_ref());
            let action = match &previous {
                None => Some("ScaleApplication"),
                Some(old) => {
                    let old_def = crate::marathon::app::definition(&old.app);
                    let (mut old_cmp, mut new_cmp) = (old_def.clone(), app.clone());
                    old_cmp.remove("instances");
                    new_cmp.remove("instances");
                    if old_def == app {
                        if revise_unchanged { Some("") } else { None }
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
            by_depth.entry(d).or_default().push(Action {
                action: action.into(),
                app: id.clone(),
                instances: record.instances(),
                behaviour: Behaviour::of(&record.app),
            });
        }
        let steps: Vec<Vec<Action>> = [stops, starts]
            .into_iter()
            .chain(by_depth.into_values())
            .filter(|s| !s.is_empty())
            .collect();
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
    fn assign_service_ports(
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
    fn stop(&mut self, index: usize, now_ms: u64) -> Deployment {
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

    /// An app as Marathon reports it: definition, counts and deployments.
    pub fn app_info(&self, id: &str, now_ms: u64) -> Option<Map<String, Value>> {
        let record = self.apps.get(id)?;
        let tasks = self.tasks_of(id, now_ms);
        let mut app = record.app.clone();
        app.insert("tasksStaged".into(), json!(tasks.staged));
        app.insert("tasksRunning".into(), json!(tasks.running));
        app.insert("tasksHealthy".into(), json!(tasks.healthy));
        app.insert("tasksUnhealthy".into(), json!(tasks.unhealthy));
        let deployments: Vec<Value> = self
            .deployments_of(id)
            .iter()
            .map(|d| json!({ "id": d.id }))
            .collect();
        app.insert("deployments".into(), Value::Array(deployments));
        let failure = self
            .failing(id, now_ms)
            .map(|(f, _)| f)
            .or_else(|| record.last_task_failure.clone());
        if let Some(failure) = failure {
            app.insert("lastTaskFailure".into(), failure);
        }
        Some(app)
    }

    /// An app's tasks as Marathon shows them (`embed=apps.tasks`, `/v2/apps/{id}/tasks`), with
    /// the times they were staged, started and (with health checks) first found healthy.
    pub fn tasks_json(&self, id: &str, now_ms: u64) -> Vec<Value> {
        let Some(record) = self.apps.get(id) else {
            return Vec::new();
        };
        let (running, staged) = self.live(id, now_ms);
        let base = id.trim_start_matches('/').replace('/', "_");
        let checks = record
            .app
            .get("healthChecks")
            .and_then(Value::as_array)
            .map_or(0, Vec::len);
        let mut out: Vec<Value> = running
            .iter()
            .enumerate()
            .map(|(i, l)| {
                let task = format!("{base}.{}-{i}", l.staged_ms);
                let mut t = json!({
                    "id": task,
                    "appId": id,
                    "host": "127.0.0.1",
                    "state": "TASK_RUNNING",
                    "stagedAt": iso(l.staged_ms),
                    "startedAt": iso(l.started_ms),
                    "version": l.version,
                    "ports": [],
                });
                if checks > 0 {
                    t["healthCheckResults"] = Value::Array(
                        (0..checks)
                            .map(|_| {
                                json!({
                                    "alive": true,
                                    "consecutiveFailures": 0,
                                    "firstSuccess": iso(l.started_ms),
                                    "lastSuccess": iso(now_ms.max(l.started_ms)),
                                    "lastFailure": null,
                                    "taskId": task,
                                })
                            })
                            .collect(),
                    );
                }
                t
            })
            .collect();
        if staged > 0
            && let Some((d, _, Some(start), _)) = self.launching(id, now_ms)
        {
            out.extend((0..staged).map(|i| {
                json!({
                    "id": format!("{base}.{start}-staged-{i}"),
                    "appId": id,
                    "host": "127.0.0.1",
                    "state": "TASK_STAGING",
                    "stagedAt": iso(start),
                    "startedAt": null,
                    "version": d.version,
                    "ports": [],
                })
            }));
        }
        out
    }
}

/// Each app's depth, the number of apps on its longest path of dependencies (itself included),
/// and whether some apps lie on or behind a cycle (they get depth 1). Kahn's algorithm, with
/// no recursion.
fn layers(graph: &BTreeMap<String, BTreeSet<String>>) -> (BTreeMap<String, usize>, bool) {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn app(id: &str, extra: Value) -> Map<String, Value> {
        let mut a = json!({ "id": id, "cmd": "sleep 1", "instances": 3, "healthChecks": [{"protocol": "COMMAND", "command": {"value": "true"}}] });
        if let (Some(a), Value::Object(extra)) = (a.as_object_mut(), extra) {
            a.extend(extra);
        }
        crate::marathon::rules::normalize(
            a.as_object().unwrap(),
            &crate::marathon::rules::Profile::dcos(),
        )
    }

    fn actions(s: &State) -> Vec<Vec<String>> {
        s.deployments[0]
            .steps
            .iter()
            .map(|step| {
                step.iter()
                    .map(|a| format!("{} {}", a.action, a.app))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn a_deployment_advances_with_time_and_settles() {
        let mut s = State::default();
        let (dep, _, created) = s.put_app(app("/a", json!({})), 1_000, 1_000);
        assert!(created);
        assert_eq!(s.tasks_of("/a", 1_000).running, 0);
        // StartApplication is a no-op: the deployment is at once in its second step.
        assert_eq!(s.deployments[0].to_json(1_000)["currentStep"], 2);
        assert_eq!(s.tasks_of("/a", 1_000).staged, 3);
        assert_eq!(s.tasks_of("/a", 1_700).running, 2);
        s.settle(1_999);
        assert_eq!(s.deployments.len(), 1);
        s.settle(2_000);
        assert!(s.deployments.is_empty());
        let info = s.app_info("/a", 2_000).unwrap();
        assert_eq!(info["tasksRunning"], 3);
        assert_eq!(info["tasksHealthy"], 3);
        assert_eq!(info["deployments"], json!([]));
        assert!(!dep.is_empty());
        let tasks = s.tasks_json("/a", 2_000);
        assert_eq!(tasks.len(), 3);
        assert_eq!(tasks[2]["startedAt"], iso(2_000));
        assert_eq!(tasks[0]["stagedAt"], iso(1_000));
        assert_eq!(
            tasks[0]["healthCheckResults"][0]["firstSuccess"],
            tasks[0]["startedAt"]
        );
    }

    #[test]
    fn hang_and_fail_hold_their_deployments() {
        let mut s = State::default();
        s.put_app(
            app("/h", json!({"labels": {BEHAVIOUR_LABEL: "hang"}})),
            0,
            10,
        );
        s.put_app(
            app("/f", json!({"labels": {BEHAVIOUR_LABEL: "fail"}})),
            0,
            10,
        );
        s.settle(1_000_000);
        assert_eq!(s.deployments.len(), 2, "Marathon never gives up");
        assert_eq!(s.tasks_of("/h", 1_000_000).staged, 3);
        let f = s.app_info("/f", 1_000_000).unwrap();
        assert_eq!(f["tasksRunning"], 0);
        assert!(f["lastTaskFailure"]["message"].is_string());
        let queue = s.queue(1_000_000);
        let failing = queue.iter().find(|q| q["app"]["id"] == "/f").unwrap();
        assert_eq!(failing["delay"]["overdue"], false);
        assert!(failing["delay"]["timeLeftSeconds"].as_u64().unwrap() > 0);
        let hung = queue.iter().find(|q| q["app"]["id"] == "/h").unwrap();
        assert_eq!(hung["delay"]["overdue"], true);
        assert_eq!(hung["count"], 3);
    }

    #[test]
    fn updates_scale_restart_or_nothing_and_rollback() {
        let mut s = State::default();
        s.put_app(app("/a", json!({})), 0, 0);
        s.settle(0);
        let v1 = s.apps["/a"].version().to_string();
        s.put_app(app("/a", json!({})), 5, 0);
        assert!(s.deployments[0].steps.is_empty());
        assert_ne!(
            s.apps["/a"].version(),
            v1,
            "resent through /v2/apps: a new version"
        );
        s.settle(5);
        let v2 = s.apps["/a"].version().to_string();
        s.apply(vec![("/a".into(), Some(app("/a", json!({}))))], 6, 0, false);
        assert!(s.deployments[0].steps.is_empty());
        assert_eq!(
            s.apps["/a"].version(),
            v2,
            "resent in a group: left as it is"
        );
        s.settle(6);
        s.put_app(app("/a", json!({"instances": 5})), 10, 0);
        assert_eq!(actions(&s), [["ScaleApplication /a"]]);
        s.settle(10);
        assert_eq!(s.tasks_of("/a", 10).running, 5);
        s.put_app(app("/a", json!({"cmd": "sleep 2"})), 20, 100);
        assert_eq!(actions(&s), [["RestartApplication /a"]]);
        let dep = s.deployments[0].id.clone();
        s.cancel(&dep, false, 30, 0).unwrap().unwrap();
        s.settle(30);
        assert_eq!(s.apps["/a"].app["cmd"], "sleep 1");
        assert_eq!(s.apps["/a"].instances(), 5);
        assert_ne!(s.apps["/a"].version(), v1);
        assert_eq!(s.apps["/a"].versions.len(), 4);
    }

    #[test]
    fn removal_is_immediate_and_its_deployment_takes_time() {
        let mut s = State::default();
        s.put_app(app("/a", json!({})), 0, 0);
        s.settle(0);
        s.remove_app("/a", 1, 50).unwrap();
        assert!(s.app_info("/a", 1).is_none());
        assert_eq!(s.deployments.len(), 1);
        s.settle(51);
        assert!(s.deployments.is_empty());
    }

    #[test]
    fn steps_follow_dependency_depth() {
        // groups.md: a→{b,c}, b→c, c→d, e ⇒ layers {d,e},{c},{b},{a}
        let mut s = State::default();
        let dep = |ids: &[&str]| json!({ "dependencies": ids });
        let changes: Vec<Change> = vec![
            ("/g/a".into(), Some(app("/g/a", dep(&["/g/b", "/g/c"])))),
            ("/g/b".into(), Some(app("/g/b", dep(&["/g/c"])))),
            ("/g/c".into(), Some(app("/g/c", dep(&["/g/d"])))),
            ("/g/d".into(), Some(app("/g/d", json!({})))),
            ("/g/e".into(), Some(app("/g/e", json!({})))),
        ];
        assert!(!s.cyclic(&changes));
        s.apply(changes, 0, 100, false);
        assert_eq!(
            actions(&s),
            vec![
                vec![
                    "StartApplication /g/a",
                    "StartApplication /g/b",
                    "StartApplication /g/c",
                    "StartApplication /g/d",
                    "StartApplication /g/e"
                ],
                vec!["ScaleApplication /g/d", "ScaleApplication /g/e"],
                vec!["ScaleApplication /g/c"],
                vec!["ScaleApplication /g/b"],
                vec!["ScaleApplication /g/a"],
            ]
        );
        // Step by step: c starts only when d and e run.
        assert_eq!(s.tasks_of("/g/c", 99).staged, 0);
        assert_eq!(s.tasks_of("/g/d", 99).running, 2);
        assert_eq!(s.tasks_of("/g/c", 150).running, 1);
        s.settle(400);
        let started = |id: &str| {
            s.tasks_json(id, 400)
                .iter()
                .map(|t| t["stagedAt"].as_str().unwrap().to_string())
                .min()
                .unwrap()
        };
        let healthy = |id: &str| {
            s.tasks_json(id, 400)
                .iter()
                .map(|t| {
                    t["healthCheckResults"][0]["firstSuccess"]
                        .as_str()
                        .unwrap()
                        .to_string()
                })
                .max()
                .unwrap()
        };
        assert!(started("/g/c") >= healthy("/g/d"));
        assert!(started("/g/a") >= healthy("/g/b"));
        // Only what changed is redeployed, in its own layer.
        s.apply(
            vec![(
                "/g/b".into(),
                Some(app(
                    "/g/b",
                    json!({"dependencies": ["/g/c"], "cmd": "sleep 9"}),
                )),
            )],
            500,
            100,
            false,
        );
        assert_eq!(actions(&s), [["RestartApplication /g/b"]]);
        // A cycle through a group.
        let cycle = vec![("/g/d".into(), Some(app("/g/d", dep(&["/g"]))))];
        assert!(s.cyclic(&cycle));
    }

    #[test]
    fn rollback_removes_what_the_deployment_created() {
        let mut s = State::default();
        s.put_app(app("/g/a", json!({})), 0, 0);
        s.settle(0);
        s.apply(
            vec![
                ("/g/a".into(), None),
                (
                    "/g/b".into(),
                    Some(app("/g/b", json!({"labels": {BEHAVIOUR_LABEL: "fail"}}))),
                ),
            ],
            10,
            100,
            false,
        );
        assert!(!s.apps.contains_key("/g/a"));
        let dep = s.deployments[0].id.clone();
        s.cancel(&dep, false, 20, 0).unwrap().unwrap();
        s.settle(20);
        assert!(!s.apps.contains_key("/g/b"));
        assert_eq!(s.tasks_of("/g/a", 20).running, 3);
        assert!(s.deployments.is_empty());
    }

    #[test]
    fn backoff_grows_to_its_cap() {
        let app = Map::new();
        assert_eq!(backoff(&app, 0, 500), (0, 1000));
        let (last, next) = backoff(&app, 0, 10_000_000);
        assert!(last <= 10_000_000 && next > 10_000_000);
        assert_eq!(next - last, 300_000);
    }

    #[test]
    fn a_state_file_from_before_group_deployments_still_loads() {
        let old = json!({
            "apps": {"/a": {"app": {"id": "/a", "instances": 2}, "versions": [], "tasks": {"staged": 0, "running": 2, "healthy": 2, "unhealthy": 0}}},
            "deployments": [{"id": "d", "version": "v", "app": "/a", "actions": ["RestartApplication"], "started_ms": 0, "duration_ms": 10, "behaviour": "finish", "previous": null}],
            "last_version_ms": 5
        });
        let mut s: State = serde_json::from_value(old).unwrap();
        s.settle(1);
        assert!(s.deployments.is_empty());
        assert!(s.apps.contains_key("/a"));
    }

    #[test]
    fn versions_are_unique_and_increasing() {
        let mut s = State::default();
        let (_, a) = s.next_version(100);
        let (_, b) = s.next_version(100);
        assert!(b > a);
    }
}
