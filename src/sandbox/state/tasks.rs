//! Tasks: what a deployment's launching steps leave running, staged or failing at a given
//! time, Marathon's backoff for failing apps, the launch queue, and the JSON of an app with its
//! tasks.

use serde_json::{Map, Value, json};

use super::*;
use crate::sandbox::placement::{Declined, Reason};

/// The tasks a launching action leaves: `keep` of the earlier ones, then new ones staged when
/// the step starts (or when offers came, for those that waited) and running one after the
/// other until it ends. A placing action launches only the instances it placed.
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
    let new = |i: usize, staged: u64, place: Option<Placed>| {
        let instance = place.as_ref().map(|_| time_uuid(staged, i as u64));
        Launch {
            staged_ms: staged,
            started_ms: staged + (duration * (i as u64 + 1)).div_ceil(fresh.max(1) as u64),
            version: version.to_string(),
            seq: i as u32,
            place,
            instance,
            incarnation: 1,
        }
    };
    if action.placing {
        out.extend(
            action
                .placed
                .iter()
                .take(fresh)
                .enumerate()
                .map(|(i, p)| new(i, start.max(p.at_ms.unwrap_or(0)), Some(p.clone()))),
        );
    } else {
        out.extend((0..fresh).map(|i| new(i, start, None)));
    }
    out
}

/// A reject summary: every reason the Marathon line knows, in funnel order; `declined` counts
/// the offers whose first reason in that order is this one (times `rounds`), and `processed`
/// what is left of the offers at that stage.
fn funnel(offers: &[(String, Vec<Reason>)], minor: u8, rounds: u64) -> Value {
    let known = Reason::known(minor);
    let mut processed = offers.len() as u64 * rounds;
    let mut out = Vec::new();
    for reason in &known {
        let declined = offers
            .iter()
            .filter(|(_, rs)| known.iter().find(|k| rs.contains(k)) == Some(reason))
            .count() as u64
            * rounds;
        out.push(json!({ "reason": reason.name(), "declined": declined, "processed": processed }));
        processed = processed.saturating_sub(declined);
    }
    Value::Array(out)
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

    /// `GET /v2/queue[?embed=lastUnusedOffers]`: the apps with instances left to launch, with
    /// their backoff and, for those that wait for offers, Marathon's offer statistics and
    /// reasons (placement.md §5).
    pub fn queue(&self, now_ms: u64, embed_offers: bool) -> Vec<Value> {
        let minor = self.env.profile.version.minor;
        self.apps
            .iter()
            .filter_map(|(id, record)| {
                let (d, action, Some(start), false) = self.launching(id, now_ms)? else {
                    return None;
                };
                // Instances of the new version still to launch.
                let (running, _) = self.tasks_now(id, now_ms);
                let launched = running.iter().filter(|l| l.version == d.version).count();
                let count = action.instances.saturating_sub(launched as u64);
                if count == 0 && action.declined.is_none() {
                    return None;
                }
                let delay = match self.failing(id, now_ms) {
                    Some((_, next)) => json!({
                        "timeLeftSeconds": next.saturating_sub(now_ms).div_ceil(1000),
                        "overdue": false,
                    }),
                    None => json!({ "timeLeftSeconds": 0, "overdue": true }),
                };
                let mut item = Map::new();
                item.insert("app".into(), Value::Object(self.wire_app(&record.app)));
                item.insert("count".into(), json!(count.max(1)));
                if minor >= 9 {
                    let role = record
                        .app
                        .get("role")
                        .cloned()
                        .unwrap_or_else(|| json!(self.env.profile.mesos_role));
                    item.insert("role".into(), role);
                }
                item.insert("delay".into(), delay);
                item.insert("since".into(), json!(iso(start)));
                item.insert(
                    "processedOffersSummary".into(),
                    self.offers_summary(action.declined.as_ref(), minor),
                );
                if embed_offers {
                    item.insert(
                        "lastUnusedOffers".into(),
                        self.unused_offers(action.declined.as_ref()),
                    );
                }
                Some(Value::Object(item))
            })
            .collect()
    }

    /// `processedOffersSummary`: offers processed and unused in this launch attempt, and the
    /// funnel of reject reasons over the last offer of each agent and over all offers.
    fn offers_summary(&self, declined: Option<&Declined>, minor: u8) -> Value {
        let Some(d) = declined else {
            return json!({
                "processedOffersCount": 0,
                "unusedOffersCount": 0,
                "rejectSummaryLastOffers": funnel(&[], minor, 1),
                "rejectSummaryLaunchAttempt": funnel(&[], minor, 1),
            });
        };
        let offers = d.offers.len() as u64;
        let unused = offers * d.rounds;
        json!({
            "processedOffersCount": unused + d.used,
            "unusedOffersCount": unused,
            "lastUnusedOfferAt": iso(d.last_ms),
            "rejectSummaryLastOffers": funnel(&d.offers, minor, 1),
            "rejectSummaryLaunchAttempt": funnel(&d.offers, minor, d.rounds.max(1)),
        })
    }

    /// `lastUnusedOffers`: each agent's last declined offer, with what it offered then.
    fn unused_offers(&self, declined: Option<&Declined>) -> Value {
        let Some(d) = declined else {
            return json!([]);
        };
        let usage = self.usage();
        let cluster = &self.env.cluster;
        let offers: Vec<Value> = d
            .offers
            .iter()
            .filter_map(|(agent_id, reasons)| {
                let agent = cluster.agent(agent_id)?;
                let mut resources = Vec::new();
                for pool in &agent.pools {
                    let free = usage.free(agent, &pool.role);
                    for (name, v) in [
                        ("cpus", free.cpus),
                        ("mem", free.mem),
                        ("disk", free.disk),
                        ("gpus", free.gpus),
                    ] {
                        if v > 0.0 {
                            resources.push(json!({ "name": name, "role": pool.role, "scalar": v }));
                        }
                    }
                    if !pool.ports.is_empty() {
                        resources.push(json!({
                            "name": "ports",
                            "role": pool.role,
                            "ranges": pool.ports.iter().map(|(b, e)| json!({ "begin": b, "end": e })).collect::<Vec<_>>(),
                        }));
                    }
                }
                Some(json!({
                    "offer": {
                        "id": format!("{}-O{}", agent.id, d.rounds),
                        "hostname": agent.hostname,
                        "agentId": agent.id,
                        "resources": resources,
                        "attributes": agent.attributes.iter().map(|(n, v)| v.offer_json(n)).collect::<Vec<_>>(),
                    },
                    "reason": reasons.iter().map(|r| r.name()).collect::<Vec<_>>(),
                    "timestamp": iso(d.last_ms),
                }))
            })
            .collect();
        Value::Array(offers)
    }

    /// An app's definition as the profile's Marathon writes it (wire.md §1).
    pub fn wire_app(&self, app: &Map<String, Value>) -> Map<String, Value> {
        crate::marathon::wire::app(app, self.env.profile.version.minor)
    }

    /// An app as Marathon reports it: definition, counts and deployments.
    pub fn app_info(&self, id: &str, now_ms: u64) -> Option<Map<String, Value>> {
        let record = self.apps.get(id)?;
        let tasks = self.tasks_of(id, now_ms);
        let mut app = self.wire_app(&record.app);
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
    /// the times they were staged, started and (with health checks) first found healthy, their
    /// agent and host ports, written as the profile's Marathon writes tasks (wire.md §1).
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
        let minor = self.env.profile.version.minor;
        let old = minor < 5;
        let role = |l: &Launch| {
            l.place.as_ref().map_or_else(
                || {
                    record
                        .app
                        .get("role")
                        .and_then(Value::as_str)
                        .unwrap_or(&self.env.profile.mesos_role)
                        .to_string()
                },
                |p| p.role.clone(),
            )
        };
        let task = |l: &Launch, is_running: bool| -> Value {
            let task = l.task_id(id, minor);
            let (host, agent, ports) = match &l.place {
                Some(p) => (
                    p.host.as_str(),
                    Some(p.agent.as_str()),
                    p.taken.ports.clone(),
                ),
                None => ("127.0.0.1", None, Vec::new()),
            };
            let ip = json!([{ "ipAddress": host, "protocol": "IPv4" }]);
            let results: Vec<Value> = if is_running {
                (0..checks)
                    .map(|_| {
                        let mut r = json!({
                            "alive": true,
                            "consecutiveFailures": 0,
                            "firstSuccess": iso(l.started_ms),
                            "lastSuccess": iso(now_ms.max(l.started_ms)),
                        });
                        if old {
                            r["lastFailure"] = Value::Null;
                            r["lastFailureCause"] = Value::Null;
                            r["taskId"] = json!(task);
                        } else {
                            r["instanceId"] = json!(l.instance_id(id, minor));
                        }
                        r
                    })
                    .collect()
            } else {
                Vec::new()
            };
            let state = if is_running {
                "TASK_RUNNING"
            } else {
                "TASK_STAGING"
            };
            let mut t = Map::new();
            t.insert("id".into(), json!(task));
            if old {
                t.insert("state".into(), json!(state));
                t.insert("appId".into(), json!(id));
                t.insert("host".into(), json!(host));
                t.insert("slaveId".into(), json!(agent));
                t.insert(
                    "startedAt".into(),
                    if is_running {
                        json!(iso(l.started_ms))
                    } else {
                        Value::Null
                    },
                );
                t.insert("stagedAt".into(), json!(iso(l.staged_ms)));
                t.insert("ports".into(), json!(ports));
                t.insert("version".into(), json!(l.version));
                if is_running && l.place.is_some() {
                    t.insert("ipAddresses".into(), ip);
                }
                if !results.is_empty() {
                    t.insert("healthCheckResults".into(), Value::Array(results));
                }
                return Value::Object(t);
            }
            t.insert("appId".into(), json!(id));
            t.insert("healthCheckResults".into(), Value::Array(results));
            t.insert("host".into(), json!(host));
            t.insert(
                "ipAddresses".into(),
                if is_running && l.place.is_some() {
                    ip
                } else {
                    json!([])
                },
            );
            t.insert("ports".into(), json!(ports));
            t.insert("servicePorts".into(), json!([]));
            if let Some(agent) = agent {
                t.insert("slaveId".into(), json!(agent));
            }
            t.insert("state".into(), json!(state));
            t.insert("stagedAt".into(), json!(iso(l.staged_ms)));
            if is_running {
                t.insert("startedAt".into(), json!(iso(l.started_ms)));
            }
            t.insert("version".into(), json!(l.version));
            t.insert("localVolumes".into(), json!([]));
            if minor >= 9 {
                t.insert("role".into(), json!(role(l)));
            }
            // The agent's fault domain, when it has one (1.11 writes them only when known).
            if let Some(agent) = agent.and_then(|a| self.env.cluster.agent(a)) {
                if let Some(region) = &agent.region {
                    t.insert("region".into(), json!(region));
                }
                if let Some(zone) = &agent.zone {
                    t.insert("zone".into(), json!(zone));
                }
            }
            Value::Object(t)
        };
        let mut out: Vec<Value> = running.iter().map(|l| task(l, true)).collect();
        out.extend(staged.iter().map(|l| task(l, false)));
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
        let minor = self.env.profile.version.minor;
        let killed: Vec<String> = record
            .launches
            .iter()
            .map(|l| l.task_id(app, minor))
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
            if !killed.contains(&l.task_id(app, minor)) {
                kept.push(l);
            } else if !scale {
                // Marathon 1.8+ relaunches the same instance (its next task); before, a new
                // instance. Either way on the resources the killed task freed.
                let instance = if minor >= 8 {
                    l.instance.clone()
                } else {
                    l.place.as_ref().map(|_| time_uuid(now_ms, seq as u64))
                };
                kept.push(Launch {
                    staged_ms: now_ms,
                    started_ms: now_ms + duration_ms,
                    version: l.version,
                    seq,
                    place: l.place,
                    instance,
                    incarnation: l.incarnation.max(1) + 1,
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

impl State {
    /// What a Mesos master answers at `/master/state-summary` for the modelled cluster
    /// (placement.md §7): each agent with its resources, what its tasks use, and their counts.
    pub fn state_summary(&self, now_ms: u64) -> Value {
        use crate::sandbox::placement::agents::{Scalars, ranges_text};
        let resources = |s: &Scalars, ports: Option<String>| {
            let mut r = json!({ "cpus": s.cpus, "disk": s.disk, "gpus": s.gpus, "mem": s.mem });
            if let Some(p) = ports {
                r["ports"] = json!(p);
            }
            r
        };
        let mut used: BTreeMap<String, (Scalars, u64, u64)> = BTreeMap::new();
        for id in self.apps.keys() {
            let (running, staged) = self.tasks_now(id, now_ms);
            for (l, is_running) in running
                .iter()
                .map(|l| (l, true))
                .chain(staged.iter().map(|l| (l, false)))
            {
                let Some(p) = &l.place else { continue };
                let entry = used.entry(p.agent.clone()).or_default();
                for (_, s) in p.taken.per_pool() {
                    entry.0.add(&s);
                }
                if is_running {
                    entry.1 += 1;
                } else {
                    entry.2 += 1;
                }
            }
        }
        let slaves: Vec<Value> = self
            .env
            .cluster
            .agents
            .iter()
            .map(|a| {
                let (u, running, staging) = used.get(&a.id).cloned().unwrap_or_default();
                let all_ports: Vec<(u64, u64)> =
                    a.pools.iter().flat_map(|p| p.ports.clone()).collect();
                let mut reserved = Map::new();
                let mut unreserved = resources(&Scalars::default(), None);
                for p in &a.pools {
                    let r = resources(&p.scalars, Some(ranges_text(&p.ports)));
                    if p.role == "*" {
                        unreserved = r;
                    } else {
                        reserved.insert(p.role.clone(), r);
                    }
                }
                let attributes: Map<String, Value> = a
                    .attributes
                    .iter()
                    .map(|(n, v)| (n.clone(), v.summary_json()))
                    .collect();
                let mut s = json!({
                    "id": a.id,
                    "hostname": a.hostname,
                    "port": 5051,
                    "pid": format!("slave(1)@{}:5051", a.address),
                    "attributes": attributes,
                    "resources": resources(&a.total(), Some(ranges_text(&all_ports))),
                    "used_resources": resources(&u, None),
                    "offered_resources": resources(&Scalars::default(), None),
                    "reserved_resources": reserved,
                    "unreserved_resources": unreserved,
                    "active": true,
                    "deactivated": false,
                    "version": "1.10.0",
                    "capabilities": ["MULTI_ROLE", "HIERARCHICAL_ROLE", "RESERVATION_REFINEMENT"],
                    "TASK_STAGING": staging,
                    "TASK_STARTING": 0,
                    "TASK_RUNNING": running,
                    "TASK_KILLING": 0,
                    "TASK_FINISHED": 0,
                    "TASK_KILLED": 0,
                    "TASK_FAILED": 0,
                    "TASK_LOST": 0,
                    "TASK_ERROR": 0,
                    "TASK_UNREACHABLE": 0,
                    "framework_ids": [],
                });
                if let (Some(region), Some(zone)) = (&a.region, &a.zone) {
                    s["domain"] = json!({ "fault_domain": {
                        "region": { "name": region }, "zone": { "name": zone } } });
                }
                s
            })
            .collect();
        json!({
            "hostname": "127.0.0.1",
            "cluster": "smack-sandbox",
            "slaves": slaves,
            "frameworks": [],
        })
    }
}
