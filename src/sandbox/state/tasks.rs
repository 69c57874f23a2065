//! Tasks: what a deployment's launching steps leave running, staged or failing at a given
//! time, Marathon's backoff for failing apps, the launch queue, and the JSON of an app with its
//! tasks.

use serde_json::{Map, Value, json};

use super::*;

/// The tasks a launching action leaves: `keep` of the earlier ones, then new ones staged when
/// the step starts and running one after the other until it ends.
pub(super) fn planned(
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
        seq: i as u32,
    }));
    out
}

/// A failing app's relaunches under Marathon's backoff (`backoffSeconds` × `backoffFactor` per
/// failure, capped at `maxLaunchDelaySeconds`): when the last one failed and when the next
/// launch is due.
pub(super) fn backoff(app: &Map<String, Value>, start: u64, now: u64) -> (u64, u64) {
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
    /// Where an app's launching action is in a deployment in progress: the deployment, the
    /// action, when its step started (`None` while earlier steps run).
    pub(super) fn launching(
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
        let (running, staged) = self.tasks_now(id, now_ms);
        (running, staged.len() as u64)
    }

    /// An app's running tasks right now, and its staged ones (launched, not running yet).
    pub fn tasks_now(&self, id: &str, now_ms: u64) -> (Vec<Launch>, Vec<Launch>) {
        let Some(record) = self.apps.get(id) else {
            return (Vec::new(), Vec::new());
        };
        let Some((d, action, Some(start), past)) = self.launching(id, now_ms) else {
            // Settled tasks; a relaunch after a kill runs once its time has come.
            return record
                .launches
                .iter()
                .cloned()
                .partition(|l| l.started_ms <= now_ms);
        };
        let all = planned(
            &record.launches,
            action,
            start,
            action.duration_ms(d.duration_ms),
            &d.version,
        );
        if past {
            return (all, Vec::new());
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
                (running, pending)
            }
            stuck => {
                let running = if action.action == "RestartApplication" {
                    record.launches.clone()
                } else {
                    all[..kept].to_vec()
                };
                let staged = if stuck == Behaviour::Hang {
                    all[kept..].to_vec()
                } else {
                    Vec::new()
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
    pub(super) fn failing(&self, id: &str, now_ms: u64) -> Option<(Value, u64)> {
        let record = self.apps.get(id)?;
        let (d, action, Some(start), false) = self.launching(id, now_ms)? else {
            return None;
        };
        if action.behaviour != Behaviour::Fail || action.instances == 0 {
            return None;
        }
        // A reset of the delay starts the backoff again (QueueResource.resetDelay).
        let origin = record.delay_reset_ms.map_or(start, |r| r.max(start));
        let (last, next) = backoff(&record.app, origin, now_ms);
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
        let (running, staged) = self.tasks_now(id, now_ms);
        let checks = record
            .app
            .get("healthChecks")
            .and_then(Value::as_array)
            .map_or(0, Vec::len);
        let mut out: Vec<Value> = running
            .iter()
            .map(|l| {
                let task = l.task_id(id);
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
        out.extend(staged.iter().map(|l| {
            json!({
                "id": l.task_id(id),
                "appId": id,
                "host": "127.0.0.1",
                "state": "TASK_STAGING",
                "stagedAt": iso(l.staged_ms),
                "startedAt": null,
                "version": l.version,
                "ports": [],
            })
        }));
        out
    }
}

impl State {
    /// Kills the settled tasks of `app` that `pick` chooses. Without `scale`, Marathon launches
    /// a replacement for each (staged now, running `duration_ms` later); with `scale`, the app's
    /// instances go down by as many, in a deployment. Returns the killed tasks' JSON and the
    /// scaling deployment (id, version), if any.
    pub fn kill_tasks(
        &mut self,
        app: &str,
        pick: &dyn Fn(&str) -> bool,
        scale: bool,
        now_ms: u64,
        duration_ms: u64,
    ) -> (Vec<Value>, Option<(String, String)>) {
        let before = self.tasks_json(app, now_ms);
        let Some(record) = self.apps.get_mut(app) else {
            return (Vec::new(), None);
        };
        let killed: Vec<String> = record
            .launches
            .iter()
            .map(|l| l.task_id(app))
            .filter(|t| pick(t))
            .collect();
        if killed.is_empty() {
            return (Vec::new(), None);
        }
        let tasks: Vec<Value> = before
            .into_iter()
            .filter(|t| {
                t.get("id")
                    .and_then(Value::as_str)
                    .is_some_and(|id| killed.iter().any(|k| k == id))
            })
            .map(|mut t| {
                t["state"] = json!("TASK_KILLING");
                t
            })
            .collect();
        let mut seq = 0;
        let mut kept = Vec::new();
        for l in record.launches.drain(..) {
            if !killed.contains(&l.task_id(app)) {
                kept.push(l);
            } else if !scale {
                kept.push(Launch {
                    staged_ms: now_ms,
                    started_ms: now_ms + duration_ms,
                    version: l.version,
                    seq,
                });
                seq += 1;
            }
        }
        record.launches = kept;
        if !scale {
            return (tasks, None);
        }
        let mut definition = crate::marathon::app::definition(&record.app);
        let instances = record.instances().saturating_sub(killed.len() as u64);
        definition.insert("instances".into(), json!(instances));
        let deployment = self.apply(
            vec![(app.to_string(), Some(definition))],
            now_ms,
            duration_ms,
            true,
        );
        (tasks, Some(deployment))
    }
}
