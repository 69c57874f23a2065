//! Following a deployment until it is done, with progress reports and a deadline.
//!
//! Marathon keeps no record of finished deployments (api.md): a deployment is done when its id
//! has left `GET /v2/deployments`, and the outcome is read from the app itself.

use std::time::{Duration, Instant};

use serde_json::{Map, Value};

use super::Client;
use crate::error::{Error, Result};

/// What the deployment is meant to achieve.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Goal {
    /// The app runs its instances (install, upgrade).
    Running,
    /// The app is gone (uninstall).
    Removed,
}

/// A snapshot of a deployment in progress.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Progress {
    /// 1-based; 0 before the first step starts.
    pub current_step: u64,
    pub total_steps: u64,
    /// `StartApplication /kafka`, …
    pub actions: Vec<String>,
    pub instances: u64,
    pub staged: u64,
    pub running: u64,
    pub healthy: u64,
    /// Whether the app has health checks (only then does "healthy" mean anything).
    pub health_checked: bool,
    /// Why instances wait, from Marathon's queue: `waiting for offers: …`.
    pub waiting: Option<String>,
}

impl Progress {
    /// `step 1/2 StartApplication /kafka`; empty when no deployment is running.
    pub fn step(&self) -> String {
        if self.total_steps == 0 {
            return String::new();
        }
        let mut step = format!("step {}/{}", self.current_step, self.total_steps);
        if !self.actions.is_empty() {
            step.push(' ');
            step.push_str(&self.actions.join(", "));
        }
        step
    }

    /// One line: `step 1/2 StartApplication /kafka · tasks 1/3 running`.
    pub fn summary(&self) -> String {
        let mut parts = Vec::new();
        let step = self.step();
        if !step.is_empty() {
            parts.push(step);
        }
        let mut tasks = format!("tasks {}/{} running", self.running, self.instances);
        if self.health_checked {
            tasks.push_str(&format!(", {}/{} healthy", self.healthy, self.instances));
        }
        if self.staged > 0 {
            tasks.push_str(&format!(", {} staged", self.staged));
        }
        parts.push(tasks);
        if let Some(w) = &self.waiting {
            parts.push(w.clone());
        }
        parts.join(" · ")
    }
}

/// How to wait.
#[derive(Debug, Clone, Copy)]
pub struct Wait {
    pub timeout: Duration,
    pub poll: Duration,
    /// Asked between polls (ten times a second while sleeping): `true` stops the wait with
    /// [`Error::Interrupted`] (the face's Ctrl-C).
    pub interrupted: fn() -> bool,
}

impl Default for Wait {
    fn default() -> Wait {
        Wait {
            timeout: Duration::from_secs(600),
            poll: Duration::from_millis(250),
            interrupted: || false,
        }
    }
}

/// Waits until a deployment (a rollback, say) has left Marathon's list; `false` at the
/// deadline.
pub fn gone(client: &Client, deployment: &str, wait: Wait) -> Result<bool> {
    let deadline = Instant::now() + wait.timeout;
    loop {
        let active = client
            .deployments()?
            .iter()
            .any(|d| d.get("id").and_then(Value::as_str) == Some(deployment));
        if !active {
            return Ok(true);
        }
        let now = Instant::now();
        if now >= deadline {
            return Ok(false);
        }
        client.pause(wait.poll, deadline, wait.interrupted)?;
    }
}

/// The deployments in progress that change any of `apps`, as Marathon lists them
/// (`affectedApps`).
pub fn touching(client: &Client, apps: &[&str]) -> Result<Vec<String>> {
    Ok(client
        .deployments()?
        .iter()
        .filter(|d| {
            d.get("affectedApps")
                .and_then(Value::as_array)
                .is_some_and(|a| {
                    a.iter()
                        .any(|id| id.as_str().is_some_and(|id| apps.contains(&id)))
                })
        })
        .filter_map(|d| d.get("id").and_then(Value::as_str).map(str::to_string))
        .collect())
}

/// Follows `deployment` of `app` until it has left Marathon's list, then checks the outcome.
/// When another deployment of the app is in progress by then (a concurrent change), that one is
/// followed to its end too: the outcome is the app's once nothing changes it any more.
/// `on_progress` sees every snapshot. Fails with [`Error::DeploymentTimeout`] at the deadline and
/// [`Error::DeploymentFailed`] when the app does not run its instances afterwards.
pub fn deployment(
    client: &Client,
    app: &str,
    deployment: &str,
    goal: Goal,
    wait: Wait,
    on_progress: &mut dyn FnMut(&Progress),
) -> Result<Progress> {
    let deadline = Instant::now() + wait.timeout;
    let mut last;
    let mut deployment = deployment.to_string();
    loop {
        let active = client
            .deployments()?
            .into_iter()
            .find(|d| d.get("id").and_then(Value::as_str) == Some(deployment.as_str()));
        match active {
            Some(d) => {
                let mut progress = step_of(&d);
                if goal == Goal::Running
                    && let Ok(current) = client.app(app)
                {
                    counts_of(&current, &mut progress);
                    // Marathon never gives up on a deployment: failing tasks that it backs off
                    // from are the sign.
                    if let Some(reason) = failing(client, &current)? {
                        on_progress(&progress);
                        return Err(Error::DeploymentFailed {
                            app: app.to_string(),
                            reason,
                        });
                    }
                    if progress.running < progress.instances {
                        progress.waiting = waiting_for_offers(client, app)?;
                    }
                }
                on_progress(&progress);
                last = progress;
            }
            None => match touching(client, &[app])?.into_iter().next() {
                Some(next) => {
                    deployment = next;
                    continue;
                }
                None => return outcome(client, app, goal, on_progress),
            },
        }
        let now = Instant::now();
        if now >= deadline {
            return Err(Error::DeploymentTimeout {
                app: app.to_string(),
                deployment: deployment.clone(),
                timeout: humantime::format_duration(wait.timeout).to_string(),
                progress: Some(last.summary()),
            });
        }
        client.pause(wait.poll, deadline, wait.interrupted)?;
    }
}

fn outcome(
    client: &Client,
    app: &str,
    goal: Goal,
    on_progress: &mut dyn FnMut(&Progress),
) -> Result<Progress> {
    match goal {
        Goal::Removed => match client.app(app) {
            Err(Error::MarathonNotFound { .. }) => Ok(Progress::default()),
            Err(e) => Err(e),
            Ok(_) => Err(Error::DeploymentFailed {
                app: app.to_string(),
                reason:
                    "the removal ended but the app is still there (was the deployment rolled back?)"
                        .into(),
            }),
        },
        Goal::Running => {
            let current = match client.app(app) {
                Err(Error::MarathonNotFound { .. }) => {
                    return Err(Error::DeploymentFailed {
                        app: app.to_string(),
                        reason:
                            "the app is gone (the deployment was rolled back or the app deleted)"
                                .into(),
                    });
                }
                other => other?,
            };
            let mut progress = Progress::default();
            counts_of(&current, &mut progress);
            on_progress(&progress);
            let healthy_enough = !progress.health_checked || progress.healthy >= progress.instances;
            if progress.running >= progress.instances && healthy_enough {
                return Ok(progress);
            }
            let failure = current
                .get("lastTaskFailure")
                .and_then(|f| f.get("message"))
                .and_then(Value::as_str)
                .map(|m| format!("; last task failure: {m}"))
                .unwrap_or_default();
            Err(Error::DeploymentFailed {
                app: app.to_string(),
                reason: format!(
                    "the deployment ended with {} of {} tasks running{}{failure}",
                    progress.running,
                    progress.instances,
                    if progress.health_checked {
                        format!(" and {} healthy", progress.healthy)
                    } else {
                        String::new()
                    }
                ),
            })
        }
    }
}

/// The last task failure of an app's current version, if it has one.
pub fn current_failure(app: &Map<String, Value>) -> Option<&Map<String, Value>> {
    let failure = app.get("lastTaskFailure")?.as_object()?;
    let version = app.get("version").and_then(Value::as_str)?;
    (failure.get("version").and_then(Value::as_str) == Some(version)).then_some(failure)
}

/// Why an app's deployment is failing, when it is: tasks of its current version have failed
/// and Marathon backs off from relaunching them (its queue entry is not overdue). Marathon
/// itself would relaunch them forever (groups.md §2).
pub fn failing(client: &Client, app: &Map<String, Value>) -> Result<Option<String>> {
    let Some(failure) = current_failure(app) else {
        return Ok(None);
    };
    let id = app.get("id").and_then(Value::as_str).unwrap_or("");
    let queue = client.queue()?;
    let Some(entry) = queue.iter().find(|q| {
        q.get("app")
            .and_then(|a| a.get("id"))
            .and_then(Value::as_str)
            == Some(id)
    }) else {
        return Ok(None);
    };
    let delay = entry.get("delay");
    let backed_off = delay
        .and_then(|d| d.get("overdue"))
        .and_then(Value::as_bool)
        == Some(false);
    if !backed_off {
        return Ok(None);
    }
    let mut counts = Progress::default();
    counts_of(app, &mut counts);
    let left = delay
        .and_then(|d| d.get("timeLeftSeconds"))
        .and_then(Value::as_u64)
        .unwrap_or(0);
    let text = |k: &str| failure.get(k).and_then(Value::as_str).unwrap_or("?");
    Ok(Some(format!(
        "its tasks fail and Marathon backs off (next launch in {left} s), with {} of {} tasks running; last task failure: {} at {}: {}",
        counts.running,
        counts.instances,
        text("state"),
        text("timestamp"),
        text("message"),
    )))
}

/// Why an app's instances wait for offers, from Marathon's queue (placement.md §5): `waiting
/// for offers: 6 agents, 1 offers only other roles' resources, 5 do not satisfy
/// hostname:UNIQUE, for instance 6`. `None` when it does not wait, or Marathon has not
/// processed an offer for it yet.
pub fn waiting_for_offers(client: &Client, app: &str) -> Result<Option<String>> {
    let queue = client.queue()?;
    Ok(queue
        .iter()
        .find(|q| {
            q.get("app")
                .and_then(|a| a.get("id"))
                .and_then(Value::as_str)
                == Some(app)
        })
        .and_then(offers_reason))
}

/// `none has enough cpus` / `1 has not enough cpus` / `5 have not enough cpus`.
fn lack(all: bool, declined: u64, what: &str) -> String {
    if all {
        format!("none has {what}")
    } else if declined == 1 {
        format!("1 has not {what}")
    } else {
        format!("{declined} have not {what}")
    }
}

/// The line [`waiting_for_offers`] gives for one queue entry.
pub fn offers_reason(entry: &Map<String, Value>) -> Option<String> {
    let summary = entry.get("processedOffersSummary")?;
    let last = summary.get("rejectSummaryLastOffers")?.as_array()?;
    let offers = last.first()?.get("processed")?.as_u64()?;
    if offers == 0 {
        return None;
    }
    let constraints: Vec<String> = entry
        .get("app")
        .and_then(|a| a.get("constraints"))
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|c| {
            let parts: Vec<&str> = c.as_array()?.iter().filter_map(Value::as_str).collect();
            (!parts.is_empty()).then(|| parts.join(":"))
        })
        .collect();
    let mut why = Vec::new();
    for r in last {
        let declined = r.get("declined").and_then(Value::as_u64).unwrap_or(0);
        if declined == 0 {
            continue;
        }
        let reason = r.get("reason").and_then(Value::as_str).unwrap_or("");
        let all = declined == offers;
        let who = if all {
            "none".to_string()
        } else {
            declined.to_string()
        };
        let plural = !all && declined != 1;
        let verb = |one: &str, many: &str| {
            if plural {
                many.to_string()
            } else {
                one.to_string()
            }
        };
        why.push(match reason {
            "UnfulfilledConstraint" if !constraints.is_empty() => {
                if all {
                    format!("none satisfies {}", constraints.join(", "))
                } else {
                    format!(
                        "{declined} {} not satisfy {}",
                        verb("does", "do"),
                        constraints.join(", ")
                    )
                }
            }
            "UnfulfilledRole" => format!(
                "{} only resources of other roles",
                if all {
                    "all offer".to_string()
                } else {
                    format!("{declined} {}", verb("offers", "offer"))
                }
            ),
            "InsufficientCpus" => lack(all, declined, "enough cpus"),
            "InsufficientMemory" => lack(all, declined, "enough memory"),
            "InsufficientDisk" => lack(all, declined, "enough disk"),
            "InsufficientGpus" => lack(all, declined, "enough gpus"),
            "InsufficientPorts" => lack(all, declined, "the ports"),
            "NoCorrespondingReservationFound" => {
                format!("{who} {} its reservation", verb("holds", "hold"))
            }
            "AgentMaintenance" => format!(
                "{} in maintenance",
                if all {
                    "all are".to_string()
                } else {
                    format!("{declined} {}", verb("is", "are"))
                }
            ),
            other => format!("{declined} declined: {other}"),
        });
    }
    if why.is_empty() {
        return None;
    }
    let instances = entry
        .get("app")
        .and_then(|a| a.get("instances"))
        .and_then(Value::as_u64)
        .unwrap_or(1);
    let count = entry.get("count").and_then(Value::as_u64).unwrap_or(1);
    let agents = if offers == 1 { "agent" } else { "agents" };
    Some(format!(
        "waiting for offers: {offers} {agents}, {}, for instance {}",
        why.join(", "),
        instances.saturating_sub(count) + 1
    ))
}

/// The step and current actions of a deployment object.
pub fn step_of(deployment: &Map<String, Value>) -> Progress {
    let number = |key: &str| deployment.get(key).and_then(Value::as_u64).unwrap_or(0);
    let actions = deployment
        .get("currentActions")
        .and_then(Value::as_array)
        .map(|actions| {
            actions
                .iter()
                .map(|a| {
                    format!(
                        "{} {}",
                        a.get("action").and_then(Value::as_str).unwrap_or("?"),
                        a.get("app")
                            .or_else(|| a.get("pod"))
                            .and_then(Value::as_str)
                            .unwrap_or("")
                    )
                    .trim_end()
                    .to_string()
                })
                .collect()
        })
        .unwrap_or_default();
    Progress {
        current_step: number("currentStep"),
        total_steps: number("totalSteps"),
        actions,
        ..Progress::default()
    }
}

/// Copies an app's instance and task counts into `progress`.
pub fn counts_of(app: &Map<String, Value>, progress: &mut Progress) {
    let number = |key: &str| app.get(key).and_then(Value::as_u64).unwrap_or(0);
    progress.instances = number("instances");
    progress.staged = number("tasksStaged");
    progress.running = number("tasksRunning");
    progress.healthy = number("tasksHealthy");
    progress.health_checked = app
        .get("healthChecks")
        .and_then(Value::as_array)
        .is_some_and(|h| !h.is_empty());
}
