//! The sandbox's model of a Marathon: apps, their versions and task counts, and deployments.
//!
//! Time-based, not thread-based: a deployment records when it started and how long it takes, and
//! every read first *settles* the deployments whose time is up. The state is therefore consistent
//! whenever it is read, survives a restart (times are wall-clock milliseconds) and needs no
//! background thread.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

/// The app label that makes a deployment of the app misbehave, for testing clients:
/// `hang` (never finishes) or `fail` (finishes with no task running).
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
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tasks {
    pub staged: u64,
    pub running: u64,
    pub healthy: u64,
    pub unhealthy: u64,
}

/// An app as stored: its current definition (normalized, with `version` and `versionInfo`),
/// earlier definitions and the task counts of the last finished deployment.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AppRecord {
    pub app: Map<String, Value>,
    #[serde(default)]
    pub versions: Vec<Map<String, Value>>,
    #[serde(default)]
    pub tasks: Tasks,
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
}

/// A deployment: one action per step, acting on one app.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Deployment {
    pub id: String,
    pub version: String,
    pub app: String,
    pub actions: Vec<String>,
    pub started_ms: u64,
    pub duration_ms: u64,
    pub behaviour: Behaviour,
    /// The app before this deployment (absent for a creation): what a rollback restores.
    pub previous: Option<Box<AppRecord>>,
}

impl Deployment {
    fn stops(&self) -> bool {
        self.actions.iter().any(|a| a == "StopApplication")
    }

    fn done(&self, now_ms: u64) -> bool {
        self.behaviour != Behaviour::Hang && now_ms >= self.started_ms + self.duration_ms
    }

    /// How far along, 0.0 to 1.0.
    fn fraction(&self, now_ms: u64) -> f64 {
        if self.duration_ms == 0 {
            return 1.0;
        }
        let elapsed = now_ms.saturating_sub(self.started_ms) as f64;
        (elapsed / self.duration_ms as f64).min(1.0)
    }

    /// The 1-based current step.
    fn current_step(&self, now_ms: u64) -> usize {
        let n = self.actions.len();
        if n == 0 {
            return 0;
        }
        let step = (self.fraction(now_ms) * n as f64).floor() as usize + 1;
        step.min(n)
    }

    /// Marathon's JSON for this deployment.
    pub fn to_json(&self, now_ms: u64) -> Value {
        let action = |a: &str| json!({ "action": a, "app": self.app });
        let step = self.current_step(now_ms);
        let current: Vec<Value> = if step == 0 {
            Vec::new()
        } else {
            let mut a = action(&self.actions[step - 1]);
            a["readinessCheckResults"] = json!([]);
            vec![a]
        };
        json!({
            "id": self.id,
            "version": self.version,
            "affectedApps": [self.app],
            "affectedPods": [],
            "steps": self.actions.iter().map(|a| json!({ "actions": [action(a)] })).collect::<Vec<_>>(),
            "currentActions": current,
            "currentStep": step,
            "totalSteps": self.actions.len(),
        })
    }
}

/// Everything the sandbox knows.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct State {
    pub apps: BTreeMap<String, AppRecord>,
    pub deployments: Vec<Deployment>,
    #[serde(default)]
    last_version_ms: u64,
}

/// ISO-8601 with milliseconds, as Marathon writes versions.
pub fn iso(ms: u64) -> String {
    let time = std::time::UNIX_EPOCH + std::time::Duration::from_millis(ms);
    humantime::format_rfc3339_millis(time).to_string()
}

impl State {
    /// Finishes the deployments whose time is up and applies their outcome.
    pub fn settle(&mut self, now_ms: u64) {
        let (done, active): (Vec<Deployment>, Vec<Deployment>) =
            std::mem::take(&mut self.deployments)
                .into_iter()
                .partition(|d| d.done(now_ms));
        self.deployments = active;
        for d in done {
            if d.stops() {
                continue;
            }
            let Some(record) = self.apps.get_mut(&d.app) else {
                continue;
            };
            let instances = record.instances();
            match d.behaviour {
                Behaviour::Fail => {
                    record.tasks = Tasks::default();
                    record.last_task_failure = Some(json!({
                        "appId": d.app,
                        "host": "127.0.0.1",
                        "message": "Command exited with status 1 (the sandbox was told to fail this deployment)",
                        "state": "TASK_FAILED",
                        "taskId": format!("{}.{}", d.app.trim_start_matches('/').replace('/', "_"), d.id),
                        "timestamp": iso(d.started_ms + d.duration_ms),
                        "version": d.version,
                    }));
                }
                _ => {
                    record.tasks = Tasks {
                        staged: 0,
                        running: instances,
                        healthy: instances,
                        unhealthy: 0,
                    };
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
        self.deployments.iter().filter(|d| d.app == app).collect()
    }

    /// The task counts of an app right now, deployments in progress included.
    pub fn tasks_of(&self, id: &str, now_ms: u64) -> Tasks {
        let Some(record) = self.apps.get(id) else {
            return Tasks::default();
        };
        let instances = record.instances();
        let Some(d) = self.deployments.iter().find(|d| d.app == id && !d.stops()) else {
            return record.tasks;
        };
        let creating = d.previous.is_none();
        match (d.behaviour, creating) {
            (Behaviour::Hang, true) => Tasks {
                staged: instances,
                ..Tasks::default()
            },
            (Behaviour::Hang, false) => record.tasks,
            (_, true) => {
                let running =
                    ((d.fraction(now_ms) * instances as f64).floor() as u64).min(instances);
                Tasks {
                    staged: instances - running,
                    running,
                    healthy: running,
                    unhealthy: 0,
                }
            }
            (_, false) => record.tasks,
        }
    }

    /// Starts a deployment and returns its id.
    pub fn deploy(
        &mut self,
        app: &str,
        actions: &[&str],
        previous: Option<AppRecord>,
        now_ms: u64,
        duration_ms: u64,
        version: Option<String>,
    ) -> (String, String) {
        let version = match version {
            Some(v) => v,
            None => self.next_version(now_ms).1,
        };
        let id = uuid::Uuid::new_v4().to_string();
        let duration_ms = if actions.is_empty() { 0 } else { duration_ms };
        // The app's own label decides; for a removal, the removed app's.
        let behaviour = self
            .apps
            .get(app)
            .or(previous.as_ref())
            .map_or(Behaviour::Finish, |r| Behaviour::of(&r.app));
        self.deployments.push(Deployment {
            id: id.clone(),
            version: version.clone(),
            app: app.to_string(),
            actions: actions.iter().map(|a| a.to_string()).collect(),
            started_ms: now_ms,
            duration_ms,
            behaviour,
            previous: previous.map(Box::new),
        });
        (id, version)
    }

    /// Creates or replaces an app's definition (already normalized and validated) and starts
    /// the deployment that goes with it. Returns (deployment id, version, created).
    pub fn put_app(
        &mut self,
        definition: Map<String, Value>,
        now_ms: u64,
        duration_ms: u64,
    ) -> (String, String, bool) {
        let id = definition["id"].as_str().unwrap_or("/").to_string();
        let (_, version) = self.next_version(now_ms);
        let previous = self.apps.get(&id).cloned();
        let mut app = definition;
        self.assign_service_ports(&id, &mut app, previous.as_ref());
        let actions: Vec<&str> = match &previous {
            None => vec!["StartApplication", "ScaleApplication"],
            Some(old) => {
                let old_def = crate::marathon::app::definition(&old.app);
                let mut old_cmp = old_def.clone();
                let mut new_cmp = app.clone();
                old_cmp.remove("instances");
                new_cmp.remove("instances");
                if old_def == app {
                    vec![]
                } else if old_cmp == new_cmp {
                    vec!["ScaleApplication"]
                } else {
                    vec!["RestartApplication"]
                }
            }
        };
        let config_changed_at = match &previous {
            Some(old) if actions == ["ScaleApplication"] || actions.is_empty() => old
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
            tasks: Tasks::default(),
            last_task_failure: None,
        };
        if let Some(old) = &previous {
            record.versions = old.versions.clone();
            record.versions.push(old.app.clone());
            if record.versions.len() > KEPT_VERSIONS {
                record.versions.remove(0);
            }
            record.tasks = old.tasks;
        }
        let created = previous.is_none();
        self.apps.insert(id.clone(), record);
        let (deployment, _) = self.deploy(
            &id,
            &actions,
            previous,
            now_ms,
            duration_ms,
            Some(version.clone()),
        );
        (deployment, version, created)
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
        let mut used: std::collections::BTreeSet<u64> = self
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

    /// Removes an app at once (as Marathon does) and starts the deployment that stops its tasks.
    pub fn remove_app(
        &mut self,
        id: &str,
        now_ms: u64,
        duration_ms: u64,
    ) -> Option<(String, String)> {
        let record = self.apps.remove(id)?;
        self.deployments.retain(|d| d.app != id);
        Some(self.deploy(
            id,
            &["StopApplication"],
            Some(record),
            now_ms,
            duration_ms,
            None,
        ))
    }

    /// Cancels a deployment. With `force`, it just stops where it is; without, a rollback
    /// deployment restores what was there before. Returns the rollback's (id, version).
    pub fn cancel(
        &mut self,
        id: &str,
        force: bool,
        now_ms: u64,
        duration_ms: u64,
    ) -> Option<Option<(String, String)>> {
        let index = self.deployments.iter().position(|d| d.id == id)?;
        let tasks = self.tasks_of(&self.deployments[index].app, now_ms);
        let d = self.deployments.remove(index);
        if let Some(record) = self.apps.get_mut(&d.app) {
            record.tasks = tasks;
        }
        if force {
            return Some(None);
        }
        let rollback = match d.previous {
            None => self.remove_app(&d.app, now_ms, duration_ms),
            Some(previous) => {
                let definition = crate::marathon::app::definition(&previous.app);
                let (dep, version, _) = self.put_app(definition, now_ms, duration_ms);
                if let Some(record) = self.apps.get_mut(&d.app) {
                    record.tasks = previous.tasks;
                }
                Some((dep, version))
            }
        };
        Some(rollback)
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
        if let Some(failure) = &record.last_task_failure {
            app.insert("lastTaskFailure".into(), failure.clone());
        }
        Some(app)
    }

    /// Synthesized tasks of an app (`embed=apps.tasks`, `/v2/apps/{id}/tasks`).
    pub fn tasks_json(&self, id: &str, now_ms: u64) -> Vec<Value> {
        let Some(record) = self.apps.get(id) else {
            return Vec::new();
        };
        let tasks = self.tasks_of(id, now_ms);
        let base = id.trim_start_matches('/').replace('/', "_");
        let started = record
            .app
            .get("versionInfo")
            .and_then(|v| v.get("lastConfigChangeAt"))
            .cloned()
            .unwrap_or(Value::Null);
        let staged = (0..tasks.staged).map(|i| ("TASK_STAGING", i));
        let running = (0..tasks.running).map(|i| ("TASK_RUNNING", tasks.staged + i));
        staged
            .chain(running)
            .map(|(state, i)| {
                json!({
                    "id": format!("{base}.instance-{i}"),
                    "appId": id,
                    "host": "127.0.0.1",
                    "state": state,
                    "startedAt": if state == "TASK_RUNNING" { started.clone() } else { Value::Null },
                    "version": record.version(),
                    "ports": [],
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn app(id: &str, extra: Value) -> Map<String, Value> {
        let mut a = json!({ "id": id, "cmd": "sleep 1", "instances": 3 });
        if let (Some(a), Value::Object(extra)) = (a.as_object_mut(), extra) {
            a.extend(extra);
        }
        crate::marathon::rules::normalize(
            a.as_object().unwrap(),
            &crate::marathon::rules::Profile::dcos(),
        )
    }

    #[test]
    fn a_deployment_advances_with_time_and_settles() {
        let mut s = State::default();
        let (dep, _, created) = s.put_app(app("/a", json!({})), 1_000, 1_000);
        assert!(created);
        assert_eq!(s.tasks_of("/a", 1_000).running, 0);
        assert_eq!(s.deployments[0].to_json(1_000)["currentStep"], 1);
        assert_eq!(s.deployments[0].to_json(1_600)["currentStep"], 2);
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
    }

    #[test]
    fn hang_and_fail() {
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
        assert_eq!(s.deployments.len(), 1, "the hung one stays");
        assert_eq!(s.tasks_of("/h", 1_000_000).staged, 3);
        let f = s.app_info("/f", 1_000_000).unwrap();
        assert_eq!(f["tasksRunning"], 0);
        assert!(f["lastTaskFailure"]["message"].is_string());
    }

    #[test]
    fn updates_scale_restart_or_nothing_and_rollback() {
        let mut s = State::default();
        s.put_app(app("/a", json!({})), 0, 0);
        s.settle(0);
        let v1 = s.apps["/a"].version().to_string();
        s.put_app(app("/a", json!({})), 5, 0);
        assert!(
            s.deployments[0].actions.is_empty(),
            "{:?}",
            s.deployments[0].actions
        );
        s.settle(5);
        s.put_app(app("/a", json!({"instances": 5})), 10, 0);
        assert_eq!(s.deployments[0].actions, ["ScaleApplication"]);
        s.settle(10);
        s.put_app(app("/a", json!({"cmd": "sleep 2"})), 20, 100);
        assert_eq!(s.deployments[0].actions, ["RestartApplication"]);
        let dep = s.deployments[0].id.clone();
        s.cancel(&dep, false, 30, 0).unwrap().unwrap();
        s.settle(30);
        assert_eq!(s.apps["/a"].app["cmd"], "sleep 1");
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
    fn versions_are_unique_and_increasing() {
        let mut s = State::default();
        let (_, a) = s.next_version(100);
        let (_, b) = s.next_version(100);
        assert!(b > a);
    }
}
