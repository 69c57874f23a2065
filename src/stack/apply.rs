//! Applying a stack: the plan (what changes on Marathon), the checks Marathon does not make,
//! and following the one group deployment that carries the plan out, member by member.
//!
//! The members go to Marathon as the apps of the stack's group in one `PUT /v2/groups/<stack>`,
//! with Marathon's `dependencies`: Marathon orders that deployment by dependency depth and gates
//! each step on the previous one's tasks being healthy and ready (groups.md §2). What Marathon
//! does not do is done here: it never declares a deployment failed (smack reads failing tasks
//! and backoff from the app and `/v2/queue`), it ignores dependency ids that name nothing, and
//! it does not wait for dependencies that the change leaves alone.

use std::collections::BTreeMap;
use std::time::Instant;

use serde_json::{Map, Value, json};

use super::{Rendered, Stack};
use crate::error::{Error, Result};
use crate::marathon::Client;
use crate::marathon::app::definition;
use crate::marathon::installed::status_of;
use crate::marathon::rules::Profile;
use crate::marathon::wait::{Progress, Wait, counts_of, failing, touching, waiting_for_offers};
use crate::ops::upgrade;

/// What the apply does to one member.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    Create,
    /// With the diff `smack upgrade` would print.
    Update {
        diff: String,
    },
    Unchanged,
}

/// One member in the plan.
#[derive(Debug, Clone)]
pub struct Planned {
    pub key: String,
    pub app_id: String,
    pub package: Option<(String, String)>,
    pub depends_on: Vec<String>,
    pub change: Change,
}

/// What applying the stack changes on Marathon.
#[derive(Debug, Clone)]
pub struct Plan {
    pub stack: String,
    pub group: String,
    /// In deployment order.
    pub members: Vec<Planned>,
    /// Apps of the group that the file leaves out: the PUT removes them.
    pub removals: Vec<String>,
    /// The group document to PUT.
    pub body: Value,
}

impl Plan {
    /// Whether there is nothing to send.
    pub fn is_empty(&self) -> bool {
        self.removals.is_empty() && self.members.iter().all(|m| m.change == Change::Unchanged)
    }

    /// How many members get a change like `which`.
    pub fn count(&self, which: fn(&Change) -> bool) -> usize {
        self.members.iter().filter(|m| which(&m.change)).count()
    }

    fn member(&self, key: &str) -> Option<&Planned> {
        self.members.iter().find(|m| m.key == key)
    }
}

/// The apps of the stack's group on Marathon, by id (empty when there is no such group).
pub fn deployed(client: &Client, stack: &Stack) -> Result<BTreeMap<String, Map<String, Value>>> {
    group_apps(client, &stack.group_id())
}

/// The apps directly in a group, by id, with their counts (empty when there is no such group).
fn group_apps(client: &Client, group: &str) -> Result<BTreeMap<String, Map<String, Value>>> {
    let Some(group) = client.group(group)? else {
        return Ok(BTreeMap::new());
    };
    Ok(group
        .get("apps")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|a| {
            let a = a.as_object()?;
            Some((a.get("id")?.as_str()?.to_string(), a.clone()))
        })
        .collect())
}

/// Compares the rendered members with what Marathon runs. An unchanged member is sent as
/// Marathon has it, so that Marathon sees no change either.
pub fn plan(
    stack: &Stack,
    rendered: &[Rendered],
    deployed: &BTreeMap<String, Map<String, Value>>,
    profile: &Profile,
) -> Plan {
    let mut members = Vec::new();
    let mut apps = Vec::new();
    for r in rendered {
        let new = definition(&r.app);
        let (change, sent) = match deployed.get(&r.app_id) {
            None => (Change::Create, new),
            Some(current) => {
                let current = definition(current);
                let diff = upgrade::diff(&current, &new, profile);
                if diff.is_empty() {
                    (Change::Unchanged, current)
                } else {
                    (Change::Update { diff }, new)
                }
            }
        };
        apps.push(Value::Object(sent));
        members.push(Planned {
            key: r.key.clone(),
            app_id: r.app_id.clone(),
            package: r.package.clone(),
            depends_on: r.depends_on.clone(),
            change,
        });
    }
    let removals = deployed
        .keys()
        .filter(|id| !rendered.iter().any(|r| &r.app_id == *id))
        .cloned()
        .collect();
    Plan {
        stack: stack.name.clone(),
        group: stack.group_id(),
        members,
        removals,
        body: json!({ "id": stack.group_id(), "apps": apps }),
    }
}

/// What Marathon would let through but smack does not: a member's `dependencies` that name no
/// member and nothing on Marathon (Marathon ignores them: no ordering at all), and a changed
/// member depending on an unchanged one that is not healthy (Marathon would not wait for it).
pub fn check(
    stack: &Stack,
    plan: &Plan,
    rendered: &[Rendered],
    deployed: &BTreeMap<String, Map<String, Value>>,
    client: &Client,
) -> Result<()> {
    let mut problems = Vec::new();
    for r in rendered {
        let deps = r.app.get("dependencies").and_then(Value::as_array);
        for d in deps.into_iter().flatten().filter_map(Value::as_str) {
            if rendered.iter().any(|m| m.app_id == d) {
                continue;
            }
            let exists = match client.app(d) {
                Ok(_) => true,
                Err(Error::MarathonNotFound { .. }) => client.group(d)?.is_some(),
                Err(e) => return Err(e),
            };
            if !exists {
                problems.push(format!(
                    "member [{}]: dependency {d} is no member of the stack and no app or group on Marathon (Marathon would ignore it, and start the member without waiting)",
                    r.key
                ));
            }
        }
    }
    if !problems.is_empty() {
        return Err(Error::Stack {
            file: stack.file.display().to_string(),
            problems,
        });
    }
    let mut blocked = Vec::new();
    for m in plan
        .members
        .iter()
        .filter(|m| m.change != Change::Unchanged)
    {
        for d in &m.depends_on {
            let Some(dep) = plan.member(d).filter(|d| d.change == Change::Unchanged) else {
                continue;
            };
            let status = deployed.get(&dep.app_id).map_or("absent", status_of);
            if status != "running" {
                blocked.push(format!(
                    "member [{}] depends on [{d}], which this apply leaves as it is, and which is {status}: Marathon would not wait for it",
                    m.key
                ));
            }
        }
    }
    if !blocked.is_empty() {
        return Err(Error::StackDeployment {
            stack: stack.name.clone(),
            summary: "was not applied: a dependency is not healthy".into(),
            report: blocked,
            deployment: None,
            rolled_back: false,
        });
    }
    Ok(())
}

/// Where a member is.
#[derive(Debug, Clone, PartialEq)]
pub enum State {
    Unchanged,
    /// Its step has not come: the members it waits for.
    Waiting(Vec<String>),
    Deploying,
    Deployed,
    Failed(String),
}

/// A member's state and tasks.
#[derive(Debug, Clone, PartialEq)]
pub struct MemberReport {
    pub key: String,
    pub app_id: String,
    pub state: State,
    pub tasks: Progress,
}

impl MemberReport {
    /// `deploying · tasks 1/3 running, 0/3 healthy`.
    pub fn describe(&self) -> String {
        let state = match &self.state {
            State::Unchanged => "unchanged".to_string(),
            State::Waiting(on) if on.is_empty() => "waiting for its step".to_string(),
            State::Waiting(on) => format!("waiting for {}", on.join(", ")),
            State::Deploying => "deploying".to_string(),
            State::Deployed => "deployed".to_string(),
            State::Failed(reason) => format!("failed: {reason}"),
        };
        if matches!(self.state, State::Failed(_)) {
            return state;
        }
        format!("{state} · {}", self.tasks.summary())
    }

    /// `member [kafka] (/smack/kafka): deployed · tasks 3/3 running`.
    pub fn line(&self) -> String {
        format!(
            "member [{}] ({}): {}",
            self.key,
            self.app_id,
            self.describe()
        )
    }
}

/// The state of every member while the deployment runs (or once it is gone), and whether it
/// still runs.
/// `moved`: members that the plan leaves alone but that a deployment followed before changed,
/// judged as changed ones.
pub fn snapshot(
    client: &Client,
    plan: &Plan,
    deployment: &str,
    moved: &[String],
) -> Result<(bool, Vec<MemberReport>)> {
    let active = client
        .deployments()?
        .into_iter()
        .find(|d| d.get("id").and_then(Value::as_str) == Some(deployment));
    let apps = group_apps(client, &plan.group)?;
    // The 0-based step that launches each app, and the current step.
    let steps: Vec<Vec<(String, String)>> = active
        .as_ref()
        .and_then(|d| d.get("steps"))
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|s| {
            s.get("actions")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(|a| {
                    Some((
                        a.get("action")?.as_str()?.to_string(),
                        a.get("app")?.as_str()?.to_string(),
                    ))
                })
                .collect()
        })
        .collect();
    let current = active
        .as_ref()
        .and_then(|d| d.get("currentStep"))
        .and_then(Value::as_u64)
        .unwrap_or(0)
        .saturating_sub(1) as usize;
    let launch_step = |id: &str| {
        steps.iter().position(|s| {
            s.iter()
                .any(|(a, app)| app == id && (a == "ScaleApplication" || a == "RestartApplication"))
        })
    };
    let mut reports: Vec<MemberReport> = Vec::new();
    for m in &plan.members {
        let app = apps.get(&m.app_id);
        let mut tasks = Progress::default();
        if let Some(app) = app {
            counts_of(app, &mut tasks);
        }
        let touched = active.as_ref().is_some_and(|d| {
            d.get("affectedApps")
                .and_then(Value::as_array)
                .is_some_and(|a| a.iter().any(|id| id.as_str() == Some(m.app_id.as_str())))
        });
        let state = if m.change == Change::Unchanged && !touched && !moved.contains(&m.key) {
            State::Unchanged
        } else if active.is_some() {
            match launch_step(&m.app_id) {
                Some(s) if s < current => State::Deployed,
                Some(s) if s == current => match app {
                    Some(app) => match failing(client, app)? {
                        Some(reason) => State::Failed(reason),
                        None => {
                            if tasks.running < tasks.instances {
                                tasks.waiting = waiting_for_offers(client, &m.app_id)?;
                            }
                            State::Deploying
                        }
                    },
                    None => State::Deploying,
                },
                Some(_) => State::Waiting(Vec::new()),
                // Nothing to launch (no instances): done when the step that holds it is.
                None => State::Deployed,
            }
        } else {
            match app {
                None => State::Failed(
                    "the app is gone (the deployment was rolled back, or the app removed)".into(),
                ),
                Some(app) => match status_of(app) {
                    "running" | "suspended" => State::Deployed,
                    status => State::Failed(format!(
                        "the deployment ended and the app is {status} ({})",
                        tasks.summary()
                    )),
                },
            }
        };
        reports.push(MemberReport {
            key: m.key.clone(),
            app_id: m.app_id.clone(),
            state,
            tasks,
        });
    }
    // Whom the waiting members wait for: their dependencies not deployed yet.
    let pending: Vec<String> = reports
        .iter()
        .filter(|r| !matches!(r.state, State::Deployed | State::Unchanged))
        .map(|r| r.key.clone())
        .collect();
    for r in &mut reports {
        if let State::Waiting(on) = &mut r.state
            && let Some(m) = plan.member(&r.key)
        {
            on.extend(m.depends_on.iter().filter(|d| pending.contains(d)).cloned());
        }
    }
    Ok((active.is_some(), reports))
}

/// How following a stack deployment ended, when not with every member deployed.
#[derive(Debug)]
pub enum Outcome {
    Deployed(Vec<MemberReport>),
    Failed(Vec<MemberReport>),
    /// Still running at the deadline.
    Stuck(Vec<MemberReport>),
}

/// The deployments in progress that change a member of the plan.
pub fn in_progress(client: &Client, plan: &Plan) -> Result<Vec<String>> {
    let apps: Vec<&str> = plan.members.iter().map(|m| m.app_id.as_str()).collect();
    touching(client, &apps)
}

/// Follows the deployment until every member is deployed, one fails, or time is up. When the
/// deployment is over and another one changes members (a concurrent apply, or the apply an
/// interrupted run left), that one is followed too (`on_other` hears of it): the outcome is
/// the members' once no deployment changes them. `on_report` sees every snapshot.
pub fn follow(
    client: &Client,
    plan: &Plan,
    deployment: &str,
    wait: Wait,
    on_report: &mut dyn FnMut(&[MemberReport]),
    on_other: &mut dyn FnMut(&str),
) -> Result<Outcome> {
    let deadline = Instant::now() + wait.timeout;
    let mut deployment = deployment.to_string();
    // Members that a followed deployment changed, though the plan left them as they were.
    let mut moved: Vec<String> = Vec::new();
    loop {
        let (active, reports) = snapshot(client, plan, &deployment, &moved)?;
        if !active && let Some(next) = in_progress(client, plan)?.into_iter().next() {
            on_other(&next);
            deployment = next;
            continue;
        }
        for r in &reports {
            if r.state != State::Unchanged && !moved.contains(&r.key) {
                moved.push(r.key.clone());
            }
        }
        on_report(&reports);
        if reports.iter().any(|r| matches!(r.state, State::Failed(_))) {
            return Ok(Outcome::Failed(reports));
        }
        if !active {
            return Ok(Outcome::Deployed(reports));
        }
        let now = Instant::now();
        if now >= deadline {
            return Ok(Outcome::Stuck(reports));
        }
        client.pause(wait.poll, deadline, wait.interrupted)?;
    }
}
