//! Placement as Mesos and Marathon do it (placement.md): the cluster's agents
//! ([`agents`]), what an instance asks and what an agent offers ([`offers`]), and Marathon's
//! constraints ([`constraints`]). The sandbox's state asks [`place`] for agents when a
//! deployment step launches instances; what does not fit waits, with the reasons
//! `/v2/queue` reports.
//!
//! A new resource is a field of [`agents::Scalars`] and a check in [`offers::matches`]; a new
//! constraint operator an arm of [`constraints::Constraint::admits`].

pub mod agents;
pub mod constraints;
pub mod offers;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::marathon::rules::Profile;
use agents::Scalars;
pub use agents::{Agent, Cluster};
use constraints::Constraint;
use offers::{PortAsk, Request};
pub use offers::{Reason, Taken, Usage};

/// Where one instance was placed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Placed {
    /// The agent's id (the task's `slaveId`).
    pub agent: String,
    /// The agent's loopback address (the task's `host`).
    pub host: String,
    /// The instance's role.
    pub role: String,
    #[serde(default)]
    pub taken: Taken,
    /// When it was placed, if later than its step started (it waited for offers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at_ms: Option<u64>,
}

/// The last round of offers an instance that did not fit saw: each agent that made one, with
/// its reasons, in detection order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Declined {
    pub offers: Vec<(String, Vec<Reason>)>,
    /// The instance (1-based, of the app's target) that found no offer.
    pub instance: u64,
    /// Rounds of offers processed while waiting, and offers used in them.
    #[serde(default)]
    pub rounds: u64,
    #[serde(default)]
    pub used: u64,
    /// When the first round was made and the last unused offer seen.
    #[serde(default)]
    pub since_ms: u64,
    #[serde(default)]
    pub last_ms: u64,
}

impl Declined {
    /// One line for people: why the instance waits.
    pub fn summary(&self, constraints: &[String]) -> String {
        let n = self.offers.len();
        let agents = if n == 1 { "agent" } else { "agents" };
        if n == 0 {
            return format!(
                "no agent offers resources to its role, for instance {}",
                self.instance
            );
        }
        let mut counts: Vec<(Reason, usize)> = Vec::new();
        for (_, reasons) in &self.offers {
            for r in reasons {
                match counts.iter_mut().find(|(x, _)| x == r) {
                    Some(c) => c.1 += 1,
                    None => counts.push((*r, 1)),
                }
            }
        }
        counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let what = counts
            .iter()
            .map(|(r, c)| {
                let text = match r {
                    Reason::UnfulfilledConstraint if !constraints.is_empty() => {
                        format!("none satisfies {}", constraints.join(", "))
                    }
                    other => other.name().to_string(),
                };
                if *c == n {
                    text
                } else {
                    format!("{text} on {c}")
                }
            })
            .collect::<Vec<_>>()
            .join("; ");
        format!("{n} {agents}: {what}, for instance {}", self.instance)
    }
}

/// A JSON pointer into an app.
fn at<'a>(app: &'a Map<String, Value>, pointer: &str) -> Option<&'a Value> {
    let rest = pointer.strip_prefix('/')?;
    let (first, tail) = rest.split_once('/').map_or((rest, ""), |(f, t)| (f, t));
    let v = app.get(first)?;
    if tail.is_empty() {
        Some(v)
    } else {
        v.pointer(&format!("/{tail}"))
    }
}

/// What an instance of `app` asks, under `profile`.
pub fn request(app: &Map<String, Value>, profile: &Profile) -> Request {
    let num = |k: &str| app.get(k).and_then(Value::as_f64).unwrap_or(0.0).max(0.0);
    let mut disk = num("disk");
    // Local persistent volumes are reserved beside the scratch disk.
    for v in at(app, "/container/volumes")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if let Some(size) = v.pointer("/persistent/size").and_then(Value::as_f64) {
            disk += size.max(0.0);
        }
    }
    let role = if profile.at_least(9) {
        app.get("role")
            .and_then(Value::as_str)
            .unwrap_or(&profile.mesos_role)
            .to_string()
    } else {
        profile.mesos_role.clone()
    };
    let given: Vec<String> = app
        .get("acceptedResourceRoles")
        .and_then(Value::as_array)
        .map(|r| {
            r.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    let accepted = if !given.is_empty() {
        given
    } else if profile.mesos_role == "slave_public" {
        // DC/OS: `--accepted_resource_roles_default_behavior unreserved` (1.9+), and
        // `--default_accepted_resource_roles *` before.
        vec!["*".to_string()]
    } else {
        vec![role.clone(), "*".to_string()]
    };
    let gpu_restricted =
        at(app, "/labels/GPU_SCHEDULING_BEHAVIOR").and_then(Value::as_str) != Some("unrestricted");
    Request {
        scalars: Scalars {
            cpus: num("cpus"),
            mem: num("mem"),
            disk,
            gpus: num("gpus"),
        },
        ports: port_asks(app),
        role,
        accepted,
        constraints: Constraint::of_app(app),
        instances: app.get("instances").and_then(Value::as_u64).unwrap_or(1),
        gpu_restricted,
    }
}

/// Whether an app is resident: it has local persistent volumes (placement.md §4).
pub fn resident(app: &Map<String, Value>) -> bool {
    at(app, "/container/volumes")
        .and_then(Value::as_array)
        .is_some_and(|v| v.iter().any(|v| v.get("persistent").is_some()))
}

/// The constraints of an app as people write them, for messages.
pub fn constraint_texts(app: &Map<String, Value>) -> Vec<String> {
    Constraint::of_app(app)
        .iter()
        .map(Constraint::text)
        .collect()
}

/// The app's networking: `host`, `container/bridge` or `container` (1.5+ `networks`, or the
/// Docker `network` of 1.4 definitions).
fn networking(app: &Map<String, Value>) -> &str {
    if let Some(mode) = at(app, "/networks/0/mode").and_then(Value::as_str) {
        return mode;
    }
    match at(app, "/container/docker/network").and_then(Value::as_str) {
        Some("BRIDGE") => "container/bridge",
        Some("USER") => "container",
        _ => "host",
    }
}

/// The host ports an instance asks for (placement.md §3).
fn port_asks(app: &Map<String, Value>) -> Vec<PortAsk> {
    let mode = networking(app);
    if mode == "host" {
        let require = app
            .get("requirePorts")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        let defs: Vec<u64> = match app.get("portDefinitions").and_then(Value::as_array) {
            Some(defs) => defs
                .iter()
                .map(|d| d.get("port").and_then(Value::as_u64).unwrap_or(0))
                .collect(),
            None => app
                .get("ports")
                .and_then(Value::as_array)
                .map(|p| p.iter().map(|x| x.as_u64().unwrap_or(0)).collect())
                .unwrap_or_default(),
        };
        return defs
            .into_iter()
            .map(|p| {
                if require && p != 0 {
                    PortAsk::Fixed(p)
                } else {
                    PortAsk::Any
                }
            })
            .collect();
    }
    let mappings = at(app, "/container/portMappings")
        .or_else(|| at(app, "/container/docker/portMappings"))
        .and_then(Value::as_array);
    mappings
        .into_iter()
        .flatten()
        .filter_map(|m| match m.get("hostPort") {
            None | Some(Value::Null) if mode == "container/bridge" => Some(PortAsk::Any),
            None | Some(Value::Null) => None,
            Some(p) => match p.as_u64() {
                Some(0) | None => Some(PortAsk::Any),
                Some(n) => Some(PortAsk::Fixed(n)),
            },
        })
        .collect()
}

/// Places `count` more instances of an app: each takes the first offer that matches among the
/// agents offering to its role, tried from a place that `seed` and the instance vary (so
/// instances spread, as Mesos's offers arrive in no set order). `placed` holds the agents of
/// the instances its constraints consider, and grows. Stops at the first instance no offer
/// fits, with the offers it saw.
#[allow(clippy::too_many_arguments)]
pub fn place(
    cluster: &Cluster,
    usage: &mut Usage,
    req: &Request,
    placed: &mut Vec<String>,
    count: usize,
    minor: u8,
    seed: u64,
    prefer: &[String],
) -> (Vec<Placed>, Option<Declined>) {
    let n = cluster.agents.len();
    let mut out = Vec::new();
    let index: std::collections::HashMap<&str, usize> = cluster
        .agents
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i))
        .collect();
    // The agents of the instances the constraints consider, kept as placements go on (only
    // constraints read them).
    let mut considered: Vec<&Agent> = if req.constraints.is_empty() {
        Vec::new()
    } else {
        placed
            .iter()
            .filter_map(|id| index.get(id.as_str()).map(|i| &cluster.agents[*i]))
            .collect()
    };
    for k in 0..count {
        let start = (seed.wrapping_add(k as u64) % n.max(1) as u64) as usize;
        let mut offers = Vec::new();
        let mut found = None;
        // A resident instance goes back to its agent (its reservation and volumes) first.
        let first = prefer.get(k).and_then(|id| index.get(id.as_str()).copied());
        let order = first.into_iter().chain(
            (0..n)
                .map(|i| (start + i) % n)
                .filter(|i| Some(*i) != first),
        );
        let port_seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add((k as u64).wrapping_mul(1442695040888963407));
        for i in order {
            let agent = &cluster.agents[i];
            if !offers::offers_to(agent, &req.role) {
                continue;
            }
            match offers::matches(agent, usage, req, &considered, minor, port_seed) {
                Ok(taken) => {
                    found = Some((agent, taken));
                    break;
                }
                Err(reasons) => offers.push((i, reasons)),
            }
        }
        match found {
            Some((agent, taken)) => {
                usage.add(&agent.id, &taken);
                placed.push(agent.id.clone());
                if !req.constraints.is_empty() {
                    considered.push(agent);
                }
                out.push(Placed {
                    agent: agent.id.clone(),
                    host: agent.address.clone(),
                    role: req.role.clone(),
                    taken,
                    at_ms: None,
                });
            }
            None => {
                // Offers are processed agent by agent; the declined ones are what the queue shows.
                offers.sort_by_key(|(i, _)| *i);
                let offers = offers
                    .into_iter()
                    .map(|(i, r)| (cluster.agents[i].id.clone(), r))
                    .collect();
                return (
                    out,
                    Some(Declined {
                        offers,
                        instance: 0,
                        ..Declined::default()
                    }),
                );
            }
        }
    }
    (out, None)
}

/// A stable seed for an app's placements.
pub fn seed_of(app: &str) -> u64 {
    app.bytes().fold(0xcbf29ce484222325u64, |h, b| {
        (h ^ b as u64).wrapping_mul(0x100000001b3)
    })
}
