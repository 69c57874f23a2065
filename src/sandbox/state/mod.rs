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

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

mod plan;
mod tasks;

pub use plan::{Action, Deployment};

use super::placement::{Cluster, Placed};
use crate::marathon::rules::Profile;

/// What the state is placed and written against: the cluster and the Marathon it answers as.
/// Not saved: it comes from the sandbox's flags.
#[derive(Debug, Clone, Default)]
pub struct Env {
    pub cluster: std::sync::Arc<Cluster>,
    pub profile: Profile,
}

/// The app label that makes a deployment of the app misbehave, for testing clients: `hang`
/// (its tasks stay staged) or `fail` (its tasks fail and Marathon backs off), both forever.
pub const BEHAVIOUR_LABEL: &str = "SMACK_SANDBOX_DEPLOYMENT";

/// How many earlier versions of an app are kept: Marathon's `--zk_max_versions` (default 50)
/// counts the current one too.
const KEPT_VERSIONS: usize = 49;

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
/// its first check), where it was placed, and the instance it belongs to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Launch {
    pub staged_ms: u64,
    pub started_ms: u64,
    /// The app version it runs.
    pub version: String,
    /// Its place among the tasks staged at the same time: with `staged_ms`, the task's id.
    #[serde(default)]
    pub seq: u32,
    /// Its agent, resources and host ports (`None` in a state file from before agents).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<Placed>,
    /// The instance it belongs to: the time-based uuid of the instance's first task.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance: Option<String>,
    /// Which task of its instance it is (1.8+ relaunch the same instance: `._app.<n>`).
    #[serde(default)]
    pub incarnation: u32,
}

/// A version 1 (time-based) uuid, as Marathon's instance and task ids use, from a time in
/// milliseconds and a sequence that tells apart the ones made in the same millisecond.
pub fn time_uuid(ms: u64, seq: u64) -> String {
    // 100 ns intervals since 1582-10-15, the uuid epoch.
    let ticks = ms
        .saturating_mul(10_000)
        .saturating_add(0x01B2_1DD2_1381_4000)
        .saturating_add(seq % 10_000);
    let node: [u8; 6] = [0x02, 0x42, 0xac, 0x11, 0x00, 0x02];
    let clock = ((seq / 10_000) & 0x3fff) as u16 | 0x8000;
    let mut d4 = [0u8; 8];
    d4[0] = (clock >> 8) as u8;
    d4[1] = clock as u8;
    d4[2..].copy_from_slice(&node);
    uuid::Uuid::from_fields(
        ticks as u32,
        (ticks >> 32) as u16,
        ((ticks >> 48) as u16 & 0x0fff) | 0x1000,
        &d4,
    )
    .to_string()
}

impl Launch {
    /// The instance id as Marathon `minor` writes it (placement.md §6).
    pub fn instance_id(&self, app: &str, minor: u8) -> String {
        let safe = app.trim_start_matches('/').replace('/', "_");
        let uuid = self
            .instance
            .clone()
            .unwrap_or_else(|| time_uuid(self.staged_ms, self.seq as u64));
        if minor >= 8 {
            format!("{safe}.instance-{uuid}")
        } else {
            format!("{safe}.marathon-{}", self.own_uuid())
        }
    }

    fn own_uuid(&self) -> String {
        time_uuid(self.staged_ms, self.seq as u64)
    }

    /// The task id as Marathon `minor` writes it: `<app>.instance-<uuid>._app.<n>` (1.8+),
    /// `<app>.<uuid>` before. A task from a state file of before agents keeps its old id.
    pub fn task_id(&self, app: &str, minor: u8) -> String {
        let safe = app.trim_start_matches('/').replace('/', "_");
        if self.instance.is_none() {
            return format!("{safe}.{}-{}", self.staged_ms, self.seq);
        }
        if minor >= 8 {
            format!(
                "{}._app.{}",
                self.instance_id(app, minor),
                self.incarnation.max(1)
            )
        } else {
            format!("{safe}.{}", self.own_uuid())
        }
    }
}

/// The app a task or instance id belongs to, as Marathon parses them (`Task.Id.parse`): the
/// part before `.instance-` or `.marathon-`, else before the last dot; `_` read as `/`.
pub fn app_of_task(task: &str) -> Option<String> {
    let base = match task.find(".instance-").or_else(|| task.find(".marathon-")) {
        Some(i) => &task[..i],
        None => task.rsplit_once('.')?.0,
    };
    (!base.is_empty()).then(|| format!("/{}", base.replace('_', "/")))
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
    /// When `DELETE /v2/queue/{id}/delay` last reset the launch delay: the backoff starts
    /// again from then.
    #[serde(default)]
    pub delay_reset_ms: Option<u64>,
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
    #[serde(skip)]
    pub env: Env,
}

/// ISO-8601 with milliseconds, as Marathon writes versions.
pub fn iso(ms: u64) -> String {
    let time = std::time::UNIX_EPOCH + std::time::Duration::from_millis(ms);
    humantime::format_rfc3339_millis(time).to_string()
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

#[cfg(test)]
mod tests {
    use super::tasks::backoff;
    use super::*;
    use serde_json::json;

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
        let queue = s.queue(1_000_000, false);
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
