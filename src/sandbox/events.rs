//! Marathon's event stream (`GET /v2/events`, Server-Sent Events) for the sandbox.
//!
//! Requests publish what they cause at once (`api_post_event`, `group_change_success`,
//! `deployment_failed` for a cancelled deployment). What time causes in the sandbox's
//! time-based state (steps ending, tasks staging and running, apps going) is found by an
//! observer that looks ten times a second while a client listens, and published as
//! Marathon's events: `deployment_info`, `deployment_step_success`, `deployment_success`,
//! `status_update_event`, `instance_changed_event`, `health_status_changed_event`,
//! `instance_health_changed_event`, `app_terminated_event` (wire.md §3, per version).
//!
//! The observer costs what changes, not what the cluster holds: between writes it looks only
//! at the apps of deployments in progress (and of those that just ended) and at apps with
//! tasks still staging; a write makes it look at everything once.
//!
//! As in Marathon (HttpEventStreamHandleActor): each client has a bounded buffer of
//! [`BUFFER`] events, and one that falls behind is dropped; every client is sent a heartbeat
//! (`\r\n`, Jetty's EventSource heartbeat) every ten seconds; frames are
//! `event: <type>\r\ndata: <json>\r\n\r\n`; `event_type` parameters filter.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

use serde_json::{Map, Value, json};

use super::state::{State, iso, parent_of};
use crate::serving::{self, Stream, StreamSender};

/// Events buffered for one client before it is dropped: Marathon's
/// `--event_stream_max_outstanding_messages` default.
pub const BUFFER: usize = 50;

struct Subscriber {
    types: Vec<String>,
    /// Deployment events carry the whole plan, with `original` and `target` (1.4–1.6).
    heavy: bool,
    tx: StreamSender,
}

/// The clients of the event stream and what the observer saw last.
#[derive(Default)]
pub struct Bus {
    subscribers: Mutex<Vec<Subscriber>>,
    /// Deployments a request cancelled: their end is not a success.
    cancelled: Mutex<BTreeSet<String>>,
    last: Mutex<Option<Snapshot>>,
    /// A write happened since the observer last looked: it looks at everything.
    written: AtomicBool,
}

impl Bus {
    /// A new client (`types`: its `event_type` filters, none for all; `heavy`: whole plans in
    /// deployment events). Everyone is told (`event_stream_attached`), as Marathon tells.
    pub fn subscribe(&self, types: Vec<String>, heavy: bool, remote: &str) -> Stream {
        let (tx, stream) = serving::stream(BUFFER);
        if let Ok(mut subs) = self.subscribers.lock() {
            subs.push(Subscriber { types, heavy, tx });
        }
        self.publish(
            "event_stream_attached",
            json!({ "remoteAddress": remote }),
            super::now_ms(),
        );
        stream
    }

    /// Whether anyone listens.
    pub fn listened(&self) -> bool {
        self.subscribers.lock().is_ok_and(|mut s| {
            s.retain(|s| !s.tx.is_closed());
            !s.is_empty()
        })
    }

    /// Notes a write: the next observation looks at every app.
    pub fn written(&self) {
        self.written.store(true, Ordering::SeqCst);
    }

    /// Sends an event to every client that wants it; one whose buffer is full is dropped.
    pub fn publish(&self, kind: &str, body: Value, now_ms: u64) {
        self.publish_as(kind, body, None, now_ms);
    }

    /// Sends an event whose body differs for clients of whole plans (`heavy`, if given).
    fn publish_as(&self, kind: &str, light: Value, heavy: Option<Value>, now_ms: u64) {
        let frame = |mut body: Value| {
            if let Some(map) = body.as_object_mut() {
                map.insert("eventType".into(), json!(kind));
                map.insert("timestamp".into(), json!(iso(now_ms)));
            }
            format!("event: {kind}\r\ndata: {body}\r\n\r\n")
        };
        let light = frame(light);
        let heavy = heavy.map(frame);
        if let Ok(mut subs) = self.subscribers.lock() {
            subs.retain(|s| {
                if !s.types.is_empty() && !s.types.iter().any(|t| t == kind) {
                    return !s.tx.is_closed();
                }
                let f = match (&heavy, s.heavy) {
                    (Some(h), true) => h.clone(),
                    _ => light.clone(),
                };
                s.tx.try_send(f)
            });
        }
    }

    /// Jetty's heartbeat: a bare line end to every client.
    pub fn heartbeat(&self) {
        if let Ok(mut subs) = self.subscribers.lock() {
            subs.retain(|s| s.tx.try_send(&b"\r\n"[..]));
        }
    }

    /// Notes that a request cancelled a deployment: its end is published as
    /// `deployment_failed`.
    pub fn cancelled(&self, deployment: &str) {
        if let Ok(mut c) = self.cancelled.lock() {
            c.insert(deployment.to_string());
        }
    }

    /// Looks at `state` at `now_ms` and publishes what changed since the last look. Without
    /// clients it only forgets, so that a new client starts from what is, not from a flood of
    /// old news. `everything`: the state may have changed anywhere (it was read afresh).
    pub fn observe(&self, state: &State, now_ms: u64, everything: bool) {
        let Ok(mut last) = self.last.lock() else {
            return;
        };
        if !self.listened() {
            *last = None;
            return;
        }
        let written = self.written.swap(false, Ordering::SeqCst) || everything;
        let Some(before) = last.as_mut() else {
            *last = Some(Snapshot::of(state, now_ms, None));
            return;
        };
        let watch: Option<BTreeSet<String>> = if written {
            None
        } else {
            let mut w: BTreeSet<String> = before.pending.clone();
            for d in before.deployment_apps.values().flatten() {
                w.insert(d.clone());
            }
            for d in &state.deployments {
                w.extend(d.affected().into_iter().map(str::to_string));
            }
            Some(w)
        };
        let now = Snapshot::of(state, now_ms, watch.as_ref());
        self.publish_changes(state, before, &now, watch.as_ref(), now_ms);
        before.merge(now, watch.as_ref());
    }

    fn publish_changes(
        &self,
        state: &State,
        before: &Snapshot,
        now: &Snapshot,
        watch: Option<&BTreeSet<String>>,
        t: u64,
    ) {
        let minor = state.env.profile.version.minor;
        let heavy = |d: &Value| (minor <= 6).then(|| heavy_plan(state, d, before));
        for (id, d) in &now.deployments {
            let step = step_of(d);
            match before.deployments.get(id) {
                None => self.publish_step("deployment_info", d, step, heavy(d), t),
                Some(old) => {
                    let old_step = step_of(old);
                    for s in old_step..step {
                        self.publish_step("deployment_step_success", old, s, heavy(old), t);
                    }
                    if step > old_step {
                        self.publish_step("deployment_info", d, step, heavy(d), t);
                    }
                }
            }
        }
        let apps: Vec<&String> = match watch {
            None => before
                .apps
                .keys()
                .chain(now.apps.keys())
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect(),
            Some(w) => w.iter().collect(),
        };
        let empty = AppSnap::default();
        for app in &apps {
            let old = before.apps.get(*app).unwrap_or(&empty);
            let new = now.apps.get(*app).unwrap_or(&empty);
            for (id, task) in &new.tasks {
                let was = old.tasks.get(id);
                if was.map(|o| &o.state) != Some(&task.state) {
                    if was.is_none() {
                        // Scheduled and its offer accepted: the instance exists, then runs.
                        let first = if minor >= 8 {
                            vec!["Scheduled", "Provisioned"]
                        } else {
                            vec!["Created"]
                        };
                        for (i, c) in first.into_iter().enumerate() {
                            self.publish(
                                "instance_changed_event",
                                task.instance_changed(c, i > 0 || minor < 8),
                                t,
                            );
                        }
                    }
                    self.publish("status_update_event", task.update(id, &task.state, ""), t);
                    self.publish(
                        "instance_changed_event",
                        task.instance_changed(condition(&task.state), true),
                        t,
                    );
                }
                if task.checked
                    && task.state == "TASK_RUNNING"
                    && was.is_none_or(|o| o.state != "TASK_RUNNING")
                {
                    self.publish(
                        "health_status_changed_event",
                        json!({
                            "appId": task.app,
                            "instanceId": task.instance,
                            "version": task.version,
                            "alive": true,
                        }),
                        t,
                    );
                    self.publish(
                        "instance_health_changed_event",
                        json!({
                            "instanceId": task.instance,
                            "runSpecId": task.app,
                            "healthy": true,
                            "runSpecVersion": task.version,
                        }),
                        t,
                    );
                }
            }
            for (id, task) in &old.tasks {
                if !new.tasks.contains_key(id) {
                    self.publish("status_update_event", task.update(id, "TASK_KILLED", ""), t);
                    self.publish(
                        "instance_changed_event",
                        task.instance_changed("Killed", true),
                        t,
                    );
                }
            }
            if let Some(failure) = &new.failure
                && old.failure.as_ref() != Some(failure)
            {
                let task = failure.get("taskId").and_then(Value::as_str).unwrap_or("");
                let version = failure.get("version").cloned().unwrap_or(Value::Null);
                let failed = Task {
                    app: (*app).clone(),
                    state: "TASK_FAILED".into(),
                    version: version.as_str().unwrap_or("").to_string(),
                    checked: false,
                    host: failure
                        .get("host")
                        .and_then(Value::as_str)
                        .unwrap_or("")
                        .to_string(),
                    agent: failure
                        .get("slaveId")
                        .and_then(Value::as_str)
                        .map(str::to_string),
                    ports: Vec::new(),
                    instance: task.to_string(),
                };
                let message = failure.get("message").and_then(Value::as_str).unwrap_or("");
                self.publish(
                    "status_update_event",
                    failed.update(task, "TASK_FAILED", message),
                    t,
                );
                self.publish(
                    "instance_changed_event",
                    failed.instance_changed("Failed", true),
                    t,
                );
            }
        }
        for (id, d) in &before.deployments {
            if now.deployments.contains_key(id) {
                continue;
            }
            let failed = self.cancelled.lock().is_ok_and(|mut c| c.remove(id));
            let h = heavy(d);
            if failed {
                self.publish_as(
                    "deployment_failed",
                    json!({ "id": id, "plan": plan_of(d) }),
                    h.map(|p| json!({ "id": id, "plan": p })),
                    t,
                );
            } else {
                // The steps still running when last seen ended with it.
                let last = d.get("totalSteps").and_then(Value::as_u64).unwrap_or(0) as usize;
                for s in step_of(d).max(1)..=last {
                    self.publish_step("deployment_step_success", d, s, h.clone(), t);
                }
                self.publish_as(
                    "deployment_success",
                    json!({ "id": id, "plan": plan_of(d) }),
                    h.map(|p| json!({ "id": id, "plan": p })),
                    t,
                );
            }
        }
        for app in apps {
            if before.apps.contains_key(app) && !now.apps.contains_key(app) {
                self.publish("app_terminated_event", json!({ "appId": app }), t);
            }
        }
    }

    /// `deployment_info` / `deployment_step_success`: the plan and its step `step` (1-based).
    fn publish_step(&self, kind: &str, d: &Value, step: usize, heavy: Option<Value>, t: u64) {
        let current = d
            .get("steps")
            .and_then(Value::as_array)
            .and_then(|s| s.get(step.saturating_sub(1)))
            .cloned()
            .unwrap_or_else(|| json!({ "actions": [] }));
        self.publish_as(
            kind,
            json!({ "plan": plan_of(d), "currentStep": current }),
            heavy.map(|p| json!({ "plan": p, "currentStep": current })),
            t,
        );
    }
}

/// The instance condition a Mesos task state puts it in.
fn condition(state: &str) -> &'static str {
    match state {
        "TASK_STAGING" => "Staging",
        "TASK_STARTING" => "Starting",
        "TASK_RUNNING" => "Running",
        "TASK_KILLING" => "Killing",
        "TASK_KILLED" => "Killed",
        "TASK_FINISHED" => "Finished",
        "TASK_FAILED" => "Failed",
        "TASK_ERROR" => "Error",
        _ => "Unknown",
    }
}

/// One task as the observer saw it.
#[derive(Debug, Clone, PartialEq)]
struct Task {
    app: String,
    state: String,
    version: String,
    checked: bool,
    host: String,
    agent: Option<String>,
    ports: Vec<u64>,
    instance: String,
}

impl Task {
    /// Marathon's `status_update_event` for this task in `state`.
    fn update(&self, id: &str, state: &str, message: &str) -> Value {
        let ip = if state == "TASK_RUNNING" {
            json!([{ "ipAddress": self.host, "protocol": "IPv4" }])
        } else {
            json!([])
        };
        json!({
            "slaveId": self.agent,
            "taskId": id,
            "taskStatus": state,
            "message": message,
            "appId": self.app,
            "host": self.host,
            "ipAddresses": ip,
            "ports": self.ports,
            "version": self.version,
        })
    }

    /// `instance_changed_event` with `condition`; `placed`: agent and host known.
    fn instance_changed(&self, condition: &str, placed: bool) -> Value {
        json!({
            "instanceId": self.instance,
            "condition": condition,
            "runSpecId": self.app,
            "agentId": if placed { json!(self.agent) } else { Value::Null },
            "host": if placed { json!(self.host) } else { Value::Null },
            "runSpecVersion": self.version,
        })
    }
}

/// What the observer saw of one app.
#[derive(Debug, Clone, Default, PartialEq)]
struct AppSnap {
    tasks: BTreeMap<String, Task>,
    /// The last task failure while its tasks fail in a deployment.
    failure: Option<Value>,
}

/// What the observer compares.
#[derive(Debug, Clone, Default)]
struct Snapshot {
    /// Marathon's deployment JSON, by id.
    deployments: BTreeMap<String, Value>,
    /// The apps each deployment affects (looked at again when it ends).
    deployment_apps: BTreeMap<String, Vec<String>>,
    apps: BTreeMap<String, AppSnap>,
    /// Apps with tasks not running yet: they change with time alone.
    pending: BTreeSet<String>,
    /// Each app's definition as last seen (for whole plans' `original`).
    definitions: BTreeMap<String, Value>,
}

impl Snapshot {
    /// The state's deployments, and the apps in `watch` (all without).
    fn of(state: &State, now_ms: u64, watch: Option<&BTreeSet<String>>) -> Snapshot {
        let mut s = Snapshot::default();
        for d in &state.deployments {
            s.deployments.insert(d.id.clone(), d.to_json(now_ms));
            s.deployment_apps.insert(
                d.id.clone(),
                d.affected().into_iter().map(str::to_string).collect(),
            );
        }
        let minor = state.env.profile.version.minor;
        let mut look = |id: &String| {
            let Some(record) = state.apps.get(id) else {
                return;
            };
            let checked = record
                .app
                .get("healthChecks")
                .and_then(Value::as_array)
                .is_some_and(|h| !h.is_empty());
            let (running, staged) = state.tasks_now(id, now_ms);
            let mut snap = AppSnap::default();
            for (l, st) in running
                .iter()
                .map(|l| (l, "TASK_RUNNING"))
                .chain(staged.iter().map(|l| (l, "TASK_STAGING")))
            {
                let (host, agent, ports) = match &l.place {
                    Some(p) => (p.host.clone(), Some(p.agent.clone()), p.taken.ports.clone()),
                    None => ("127.0.0.1".to_string(), None, Vec::new()),
                };
                snap.tasks.insert(
                    l.task_id(id, minor),
                    Task {
                        app: id.clone(),
                        state: st.to_string(),
                        version: l.version.clone(),
                        checked,
                        host,
                        agent,
                        ports,
                        instance: l.instance_id(id, minor),
                    },
                );
            }
            if !staged.is_empty() || running.iter().any(|l| l.started_ms > now_ms) {
                s.pending.insert(id.clone());
            }
            if !state.deployments_of(id).is_empty()
                && let Some(failure) = state
                    .app_info(id, now_ms)
                    .and_then(|a| a.get("lastTaskFailure").cloned())
            {
                snap.failure = Some(failure);
                s.pending.insert(id.clone());
            }
            if minor <= 6 {
                // Only whole plans (1.4–1.6) need the definitions.
                s.definitions
                    .insert(id.clone(), Value::Object(state.wire_app(&record.app)));
            }
            s.apps.insert(id.clone(), snap);
        };
        match watch {
            None => state.apps.keys().for_each(&mut look),
            Some(w) => w.iter().for_each(&mut look),
        }
        s
    }

    /// Takes in a newer look: all of it, or the apps it watched.
    fn merge(&mut self, now: Snapshot, watch: Option<&BTreeSet<String>>) {
        let Some(watch) = watch else {
            *self = now;
            return;
        };
        let mut now = now;
        self.deployments = std::mem::take(&mut now.deployments);
        self.deployment_apps = std::mem::take(&mut now.deployment_apps);
        for app in watch {
            self.pending.remove(app);
            match now.apps.remove(app) {
                Some(snap) => {
                    self.apps.insert(app.clone(), snap);
                }
                None => {
                    self.apps.remove(app);
                    self.definitions.remove(app);
                }
            }
            if let Some(d) = now.definitions.remove(app) {
                self.definitions.insert(app.clone(), d);
            }
            if now.pending.contains(app) {
                self.pending.insert(app.clone());
            }
        }
    }
}

/// The 1-based step a deployment JSON is at.
fn step_of(d: &Value) -> usize {
    d.get("currentStep").and_then(Value::as_u64).unwrap_or(0) as usize
}

/// Marathon 1.8+'s `plan` in events (`plan-format=light`): the steps, not the groups.
fn plan_of(d: &Value) -> Value {
    json!({
        "id": d.get("id"),
        "steps": d.get("steps"),
        "version": d.get("version"),
    })
}

/// Marathon 1.4–1.6's whole plan: also the root group before (`original`) and after
/// (`target`) the deployment.
fn heavy_plan(state: &State, d: &Value, before: &Snapshot) -> Value {
    let id = d.get("id").and_then(Value::as_str).unwrap_or("");
    let version = d.get("version").cloned().unwrap_or(Value::Null);
    let mut target: BTreeMap<String, Value> = BTreeMap::new();
    for (app, record) in &state.apps {
        target.insert(app.clone(), Value::Object(state.wire_app(&record.app)));
    }
    let mut original = target.clone();
    if let Some(dep) = state.deployments.iter().find(|x| x.id == id) {
        for (app, was) in &dep.before {
            match was {
                Some(r) => {
                    original.insert(app.clone(), Value::Object(state.wire_app(&r.app)));
                }
                None => {
                    original.remove(app);
                }
            }
        }
    } else {
        // Ended: what was last seen stands for the original.
        for (app, def) in &before.definitions {
            original.insert(app.clone(), def.clone());
        }
    }
    json!({
        "id": id,
        "original": nest(&original, &version),
        "target": nest(&target, &version),
        "steps": d.get("steps"),
        "version": version,
    })
}

/// Apps by id as Marathon's group tree: `{"id","apps","groups","dependencies","version"}`.
fn nest(apps: &BTreeMap<String, Value>, version: &Value) -> Value {
    let mut groups: BTreeMap<String, (Vec<Value>, BTreeSet<String>)> = BTreeMap::new();
    groups.entry("/".into()).or_default();
    for (id, app) in apps {
        let mut g = parent_of(id).to_string();
        groups.entry(g.clone()).or_default().0.push(app.clone());
        while g != "/" {
            let parent = parent_of(&g).to_string();
            groups
                .entry(parent.clone())
                .or_default()
                .1
                .insert(g.clone());
            g = parent;
        }
    }
    fn build(
        id: &str,
        groups: &BTreeMap<String, (Vec<Value>, BTreeSet<String>)>,
        version: &Value,
    ) -> Value {
        let (apps, children) = groups.get(id).cloned().unwrap_or_default();
        let mut g = Map::new();
        g.insert("id".into(), json!(id));
        g.insert("apps".into(), Value::Array(apps));
        g.insert(
            "groups".into(),
            Value::Array(children.iter().map(|c| build(c, groups, version)).collect()),
        );
        g.insert("dependencies".into(), json!([]));
        g.insert("version".into(), version.clone());
        Value::Object(g)
    }
    build("/", &groups, version)
}
