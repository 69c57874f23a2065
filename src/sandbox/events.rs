//! Marathon's event stream (`GET /v2/events`, Server-Sent Events) for the sandbox.
//!
//! Requests publish what they cause at once (`api_post_event`, `group_change_success`,
//! `deployment_failed` for a cancelled deployment). What time causes in the sandbox's
//! time-based state (steps ending, tasks staging and running, apps going) is found by an
//! observer that compares the state ten times a second while a client listens, and published
//! as Marathon's events: `deployment_info`, `deployment_step_success`, `deployment_success`,
//! `status_update_event`, `health_status_changed_event`, `app_terminated_event`.
//!
//! As in Marathon (HttpEventStreamHandleActor): each client has a bounded buffer of
//! [`BUFFER`] events, and one that falls behind is dropped; every client is sent a heartbeat
//! (`\r\n`, Jetty's EventSource heartbeat) every ten seconds; frames are
//! `event: <type>\r\ndata: <json>\r\n\r\n`; `event_type` parameters filter.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Mutex;

use serde_json::{Value, json};

use super::state::{State, iso};
use crate::serving::{self, Stream, StreamSender};

/// Events buffered for one client before it is dropped: Marathon's
/// `--event_stream_max_outstanding_messages` default.
pub const BUFFER: usize = 50;

struct Subscriber {
    types: Vec<String>,
    tx: StreamSender,
}

/// The clients of the event stream and what the observer saw last.
#[derive(Default)]
pub struct Bus {
    subscribers: Mutex<Vec<Subscriber>>,
    /// Deployments a request cancelled: their end is not a success.
    cancelled: Mutex<BTreeSet<String>>,
    last: Mutex<Option<Snapshot>>,
}

impl Bus {
    /// A new client (`types`: its `event_type` filters, none for all). Everyone is told
    /// (`event_stream_attached`), as Marathon tells.
    pub fn subscribe(&self, types: Vec<String>, remote: &str) -> Stream {
        let (tx, stream) = serving::stream(BUFFER);
        if let Ok(mut subs) = self.subscribers.lock() {
            subs.push(Subscriber { types, tx });
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

    /// Sends an event to every client that wants it; one whose buffer is full is dropped.
    pub fn publish(&self, kind: &str, mut body: Value, now_ms: u64) {
        if let Some(map) = body.as_object_mut() {
            map.insert("eventType".into(), json!(kind));
            map.insert("timestamp".into(), json!(iso(now_ms)));
        }
        let frame = format!("event: {kind}\r\ndata: {body}\r\n\r\n");
        if let Ok(mut subs) = self.subscribers.lock() {
            subs.retain(|s| {
                if !s.types.is_empty() && !s.types.iter().any(|t| t == kind) {
                    return !s.tx.is_closed();
                }
                s.tx.try_send(frame.clone())
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

    /// Compares `state` at `now_ms` with what was seen last and publishes the difference.
    /// Without clients it only forgets, so that a new client starts from what is, not from a
    /// flood of old news.
    pub fn observe(&self, state: &State, now_ms: u64) {
        let Ok(mut last) = self.last.lock() else {
            return;
        };
        if !self.listened() {
            *last = None;
            return;
        }
        let now = Snapshot::of(state, now_ms);
        if let Some(before) = last.as_ref() {
            self.publish_changes(before, &now, now_ms);
        }
        *last = Some(now);
    }

    fn publish_changes(&self, before: &Snapshot, now: &Snapshot, t: u64) {
        for (id, d) in &now.deployments {
            let step = step_of(d);
            match before.deployments.get(id) {
                None => self.publish("deployment_info", info(d, step), t),
                Some(old) => {
                    let old_step = step_of(old);
                    for s in old_step..step {
                        self.publish("deployment_step_success", info(old, s), t);
                    }
                    if step > old_step {
                        self.publish("deployment_info", info(d, step), t);
                    }
                }
            }
        }
        for (id, task) in &now.tasks {
            let old = before.tasks.get(id);
            if old.map(|o| &o.state) != Some(&task.state) {
                self.publish("status_update_event", task.update(id, &task.state), t);
            }
            if task.checked
                && task.state == "TASK_RUNNING"
                && old.is_none_or(|o| o.state != "TASK_RUNNING")
            {
                self.publish(
                    "health_status_changed_event",
                    json!({
                        "appId": task.app,
                        "taskId": id,
                        "instanceId": id,
                        "version": task.version,
                        "alive": true,
                    }),
                    t,
                );
            }
        }
        for (id, task) in &before.tasks {
            if !now.tasks.contains_key(id) {
                self.publish("status_update_event", task.update(id, "TASK_KILLED"), t);
            }
        }
        for (app, failure) in &now.failures {
            if before.failures.get(app) != Some(failure) {
                let task = failure.get("taskId").and_then(Value::as_str).unwrap_or("");
                self.publish(
                    "status_update_event",
                    json!({
                        "slaveId": "smack-sandbox-agent",
                        "taskId": task,
                        "taskStatus": "TASK_FAILED",
                        "message": failure.get("message").cloned().unwrap_or(Value::Null),
                        "appId": app,
                        "host": "127.0.0.1",
                        "ipAddresses": [],
                        "ports": [],
                        "version": failure.get("version").cloned().unwrap_or(Value::Null),
                    }),
                    t,
                );
            }
        }
        for (id, d) in &before.deployments {
            if now.deployments.contains_key(id) {
                continue;
            }
            let failed = self.cancelled.lock().is_ok_and(|mut c| c.remove(id));
            let plan = plan_of(d);
            if failed {
                self.publish("deployment_failed", json!({ "id": id, "plan": plan }), t);
            } else {
                // The steps still running when last seen ended with it.
                let last = d.get("totalSteps").and_then(Value::as_u64).unwrap_or(0) as usize;
                for s in step_of(d).max(1)..=last {
                    self.publish("deployment_step_success", info(d, s), t);
                }
                self.publish("deployment_success", json!({ "id": id, "plan": plan }), t);
            }
        }
        for app in before.apps.difference(&now.apps) {
            self.publish("app_terminated_event", json!({ "appId": app }), t);
        }
    }
}

/// One task as the observer saw it.
#[derive(Debug, Clone, PartialEq)]
struct Task {
    app: String,
    state: String,
    version: String,
    checked: bool,
}

impl Task {
    /// Marathon's `status_update_event` for this task in `state`.
    fn update(&self, id: &str, state: &str) -> Value {
        json!({
            "slaveId": "smack-sandbox-agent",
            "taskId": id,
            "taskStatus": state,
            "message": "",
            "appId": self.app,
            "host": "127.0.0.1",
            "ipAddresses": [{ "ipAddress": "127.0.0.1", "protocol": "IPv4" }],
            "ports": [],
            "version": self.version,
        })
    }
}

/// What the observer compares.
#[derive(Debug, Clone, Default)]
struct Snapshot {
    /// Marathon's deployment JSON, by id.
    deployments: BTreeMap<String, Value>,
    tasks: BTreeMap<String, Task>,
    apps: BTreeSet<String>,
    /// The last task failure of each failing app.
    failures: BTreeMap<String, Value>,
}

impl Snapshot {
    fn of(state: &State, now_ms: u64) -> Snapshot {
        let mut s = Snapshot::default();
        for d in &state.deployments {
            s.deployments.insert(d.id.clone(), d.to_json(now_ms));
        }
        for id in state.apps.keys() {
            s.apps.insert(id.clone());
            let checked = state.apps[id]
                .app
                .get("healthChecks")
                .and_then(Value::as_array)
                .is_some_and(|h| !h.is_empty());
            for t in state.tasks_json(id, now_ms) {
                let Some(task) = t.get("id").and_then(Value::as_str) else {
                    continue;
                };
                s.tasks.insert(
                    task.to_string(),
                    Task {
                        app: id.clone(),
                        state: t["state"].as_str().unwrap_or("").to_string(),
                        version: t["version"].as_str().unwrap_or("").to_string(),
                        checked,
                    },
                );
            }
            if let Some(failure) = state
                .app_info(id, now_ms)
                .and_then(|a| a.get("lastTaskFailure").cloned())
                && !state.deployments_of(id).is_empty()
            {
                s.failures.insert(id.clone(), failure);
            }
        }
        s
    }
}

/// The 1-based step a deployment JSON is at.
fn step_of(d: &Value) -> usize {
    d.get("currentStep").and_then(Value::as_u64).unwrap_or(0) as usize
}

/// Marathon's `plan` in events (as with `plan-format=light`: the steps, not the groups).
fn plan_of(d: &Value) -> Value {
    json!({
        "id": d.get("id"),
        "steps": d.get("steps"),
        "version": d.get("version"),
    })
}

/// `deployment_info` / `deployment_step_success`: the plan and its step `step` (1-based).
fn info(d: &Value, step: usize) -> Value {
    let current = d
        .get("steps")
        .and_then(Value::as_array)
        .and_then(|s| s.get(step.saturating_sub(1)))
        .cloned()
        .unwrap_or_else(|| json!({ "actions": [] }));
    json!({ "plan": plan_of(d), "currentStep": current })
}
