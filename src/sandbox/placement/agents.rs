//! The cluster the sandbox models: Mesos agents with their resources (unreserved or reserved
//! to a role), attributes and fault domain (placement.md §1, §7).
//!
//! By default the smallest cluster DC/OS recommends for production: five private agents and
//! one public agent whose resources are reserved to `slave_public` and which carries
//! `public_ip:true`, each with 4 cpus, 16 GiB of memory, 100 GiB of disk and the port ranges
//! DC/OS gives its agents. `--cluster FILE` takes another: a TOML or JSON list of agents, or
//! the JSON a Mesos master answers at `/master/state-summary`.
//!
//! Every agent has a loopback address of its own (`127.0.1.N`): it is the `host` of the tasks
//! placed on it, so a tool that connects to a task's `host:port` never leaves the machine. An
//! agent imported from a real cluster keeps its hostname for constraints.

use serde::Deserialize;
use serde_json::Value;

/// Mesos's default agent ports (`src/slave/constants.hpp` `DEFAULT_PORTS`).
pub const MESOS_PORTS: &[(u64, u64)] = &[(31000, 32000)];
/// DC/OS's private agents' ports (`gen/dcos-config.yaml`).
pub const DCOS_PRIVATE_PORTS: &[(u64, u64)] = &[
    (1025, 2180),
    (2182, 3887),
    (3889, 5049),
    (5052, 8079),
    (8082, 8180),
    (8182, 32000),
];
/// DC/OS's public agents' ports.
pub const DCOS_PUBLIC_PORTS: &[(u64, u64)] = &[(1, 21), (23, 5050), (5052, 32000)];

/// The most agents a cluster file may list (loopback addresses 127.0.1.1 to 127.0.255.254).
pub const MAX_AGENTS: usize = 10_000;

/// The framework-side id prefix of the sandbox's agents (`<uuid>-S<n>`, as Mesos names them).
const AGENT_ID_PREFIX: &str = "8d1c1e34-5a1b-4f0d-9c55-5a4e0c1a7e01";

/// Scalar resources, in Mesos's units (cpus, MiB, MiB, gpus).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Scalars {
    pub cpus: f64,
    pub mem: f64,
    pub disk: f64,
    pub gpus: f64,
}

impl Scalars {
    pub fn add(&mut self, other: &Scalars) {
        self.cpus += other.cpus;
        self.mem += other.mem;
        self.disk += other.disk;
        self.gpus += other.gpus;
    }
    pub fn minus(&self, other: &Scalars) -> Scalars {
        Scalars {
            cpus: (self.cpus - other.cpus).max(0.0),
            mem: (self.mem - other.mem).max(0.0),
            disk: (self.disk - other.disk).max(0.0),
            gpus: (self.gpus - other.gpus).max(0.0),
        }
    }
}

/// Resources of one role on an agent: `*` (unreserved) or reserved to a role.
#[derive(Debug, Clone, PartialEq)]
pub struct Pool {
    pub role: String,
    pub scalars: Scalars,
    /// Inclusive port ranges, sorted.
    pub ports: Vec<(u64, u64)>,
}

/// An agent attribute's value, as Mesos types them.
#[derive(Debug, Clone, PartialEq)]
pub enum AttrValue {
    Text(String),
    Scalar(f64),
    Ranges(Vec<(u64, u64)>),
    Set(Vec<String>),
}

impl AttrValue {
    /// The value as Marathon's constraints read it (placement.md §2): scalars `0.###`, ranges
    /// `[b-e,b-e]` sorted by begin, sets `{a,b}` sorted, no spaces.
    pub fn marathon_text(&self) -> String {
        match self {
            AttrValue::Text(t) => t.clone(),
            AttrValue::Scalar(v) => decimal_format(*v),
            AttrValue::Ranges(r) => {
                let mut r = r.clone();
                r.sort();
                let items: Vec<String> = r.iter().map(|(b, e)| format!("{b}-{e}")).collect();
                format!("[{}]", items.join(","))
            }
            AttrValue::Set(s) => {
                let mut s = s.clone();
                s.sort();
                format!("{{{}}}", s.join(","))
            }
        }
    }

    /// The value as Marathon's `/v2/queue` writes an offer's attribute.
    pub fn offer_json(&self, name: &str) -> Value {
        match self {
            AttrValue::Text(t) => serde_json::json!({ "name": name, "text": t }),
            AttrValue::Scalar(v) => serde_json::json!({ "name": name, "scalar": v }),
            AttrValue::Ranges(r) => serde_json::json!({
                "name": name,
                "ranges": r.iter().map(|(b, e)| serde_json::json!({ "begin": b, "end": e })).collect::<Vec<_>>(),
            }),
            AttrValue::Set(s) => serde_json::json!({ "name": name, "set": s }),
        }
    }

    /// The value as `/master/state-summary` writes it (what [`AttrValue::read`] reads back):
    /// scalars as numbers, text as is, ranges `[b-e, b-e]`, sets `{a, b}`.
    pub fn summary_json(&self) -> Value {
        match self {
            AttrValue::Scalar(x) => serde_json::json!(x),
            AttrValue::Text(t) => serde_json::json!(t),
            AttrValue::Ranges(r) => serde_json::json!(ranges_text(r)),
            AttrValue::Set(s) => serde_json::json!(format!("{{{}}}", s.join(", "))),
        }
    }

    /// Reads a Mesos attribute value as `/master/state-summary` or a cluster file writes it:
    /// a number is a scalar; a string `[b-e, …]` ranges, `{a, …}` a set, else text.
    pub fn read(value: &Value) -> Result<AttrValue, String> {
        match value {
            Value::Number(n) => n
                .as_f64()
                .filter(|f| f.is_finite())
                .map(AttrValue::Scalar)
                .ok_or_else(|| format!("{n} is not a scalar Mesos takes")),
            Value::Bool(b) => Ok(AttrValue::Text(b.to_string())),
            Value::String(s) => {
                let t = s.trim();
                if t.starts_with('[') {
                    Ok(AttrValue::Ranges(parse_ranges(t)?))
                } else if let Some(inner) = t.strip_prefix('{').and_then(|t| t.strip_suffix('}')) {
                    Ok(AttrValue::Set(
                        inner
                            .split(',')
                            .map(str::trim)
                            .filter(|s| !s.is_empty())
                            .map(str::to_string)
                            .collect(),
                    ))
                } else {
                    Ok(AttrValue::Text(s.clone()))
                }
            }
            other => Err(format!(
                "{other} is not an attribute value (text, number, \"[b-e]\" or \"{{a,b}}\")"
            )),
        }
    }
}

/// Java's `DecimalFormat("0.###")` with HALF_EVEN, as Marathon formats scalar attributes.
pub fn decimal_format(v: f64) -> String {
    let scaled = v * 1000.0;
    let mut r = scaled.round();
    if (scaled - scaled.trunc()).abs() == 0.5 && r % 2.0 != 0.0 {
        r -= scaled.signum();
    }
    let r = r / 1000.0;
    let mut s = format!("{r:.3}");
    while s.ends_with('0') {
        s.pop();
    }
    if s.ends_with('.') {
        s.pop();
    }
    if s == "-0" { "0".into() } else { s }
}

/// Parses Mesos ranges: `[1025-2180, 2182-3887]` (spaces optional), or a single `[31000-32000]`.
pub fn parse_ranges(text: &str) -> Result<Vec<(u64, u64)>, String> {
    let inner = text
        .trim()
        .strip_prefix('[')
        .and_then(|t| t.strip_suffix(']'))
        .ok_or_else(|| format!("expected ranges such as [31000-32000], found {text:?}"))?;
    let mut out = Vec::new();
    for part in inner.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let (b, e) = part.split_once('-').unwrap_or((part, part));
        let b: u64 = b
            .trim()
            .parse()
            .map_err(|_| format!("{part:?} is not a range b-e"))?;
        let e: u64 = e
            .trim()
            .parse()
            .map_err(|_| format!("{part:?} is not a range b-e"))?;
        if b > e || e > 65535 {
            return Err(format!("{part:?} is not a range of ports (0-65535, b ≤ e)"));
        }
        out.push((b, e));
    }
    out.sort();
    Ok(out)
}

/// Writes ranges as Mesos does: `[b-e, b-e]`.
pub fn ranges_text(ranges: &[(u64, u64)]) -> String {
    let items: Vec<String> = ranges.iter().map(|(b, e)| format!("{b}-{e}")).collect();
    format!("[{}]", items.join(", "))
}

/// One agent.
#[derive(Debug, Clone, PartialEq)]
pub struct Agent {
    /// Mesos's agent id (`…-S<n>`): the tasks' `slaveId`.
    pub id: String,
    /// The hostname offers carry and the `hostname` constraint reads.
    pub hostname: String,
    /// The loopback address its tasks are at: their `host` and `ipAddresses`.
    pub address: String,
    pub pools: Vec<Pool>,
    pub attributes: Vec<(String, AttrValue)>,
    pub region: Option<String>,
    pub zone: Option<String>,
}

impl Agent {
    /// The value of a constraint field on this agent (placement.md §2), if it has one.
    pub fn field(&self, field: &str) -> Option<String> {
        match field {
            "hostname" | "@hostname" => Some(self.hostname.clone()),
            "@region" => self.region.clone(),
            "@zone" => self.zone.clone(),
            name => self
                .attributes
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.marathon_text()),
        }
    }

    /// All its resources, whatever their role.
    pub fn total(&self) -> Scalars {
        let mut s = Scalars::default();
        for p in &self.pools {
            s.add(&p.scalars);
        }
        s
    }

    /// The roles its resources are reserved to (`*`: unreserved).
    pub fn roles(&self) -> Vec<&str> {
        self.pools.iter().map(|p| p.role.as_str()).collect()
    }
}

/// The agents of the modelled cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    pub agents: Vec<Agent>,
    /// Where it came from, for `sandbox status`.
    pub source: String,
}

/// The loopback address of the agent at `index` (0-based): 127.0.1.1, 127.0.1.2, …
fn address(index: usize) -> String {
    format!("127.0.{}.{}", 1 + index / 254, 1 + index % 254)
}

fn agent_id(index: usize) -> String {
    format!("{AGENT_ID_PREFIX}-S{index}")
}

impl Default for Cluster {
    fn default() -> Cluster {
        Cluster::dcos()
    }
}

impl Cluster {
    /// DC/OS's smallest production cluster: 5 private agents, 1 public agent.
    pub fn dcos() -> Cluster {
        let scalars = Scalars {
            cpus: 4.0,
            mem: 16384.0,
            disk: 102400.0,
            gpus: 0.0,
        };
        let agents = (0..6)
            .map(|i| {
                let public = i == 5;
                let addr = address(i);
                Agent {
                    id: agent_id(i),
                    hostname: addr.clone(),
                    address: addr,
                    pools: vec![Pool {
                        role: if public { "slave_public" } else { "*" }.into(),
                        scalars,
                        ports: if public {
                            DCOS_PUBLIC_PORTS.to_vec()
                        } else {
                            DCOS_PRIVATE_PORTS.to_vec()
                        },
                    }],
                    attributes: if public {
                        vec![("public_ip".into(), AttrValue::Text("true".into()))]
                    } else {
                        Vec::new()
                    },
                    region: None,
                    zone: None,
                }
            })
            .collect();
        Cluster {
            agents,
            source: "DC/OS's smallest production cluster (5 private agents, 1 public)".into(),
        }
    }

    /// Reads a cluster file: a Mesos `/master/state-summary` answer (JSON with `slaves`), or a
    /// TOML or JSON list of agents (`{"agents": [...]}` or a bare JSON array).
    pub fn read(path: &std::path::Path) -> Result<Cluster, String> {
        let text = crate::fsutil::read_bounded(path, 64 * 1024 * 1024)
            .map_err(|e| format!("reading {}: {e}", path.display()))?;
        let text =
            String::from_utf8(text).map_err(|_| format!("{} is not UTF-8 text", path.display()))?;
        let mut cluster = Cluster::parse(&text, path.extension().is_some_and(|e| e == "toml"))
            .map_err(|e| format!("the cluster file {}: {e}", path.display()))?;
        cluster.source = path.display().to_string();
        Ok(cluster)
    }

    /// Parses a cluster description (see [`Cluster::read`]).
    pub fn parse(text: &str, toml: bool) -> Result<Cluster, String> {
        let value: Value = if toml {
            let t: toml::Value = toml::from_str(text).map_err(|e| e.to_string())?;
            serde_json::to_value(t).map_err(|e| e.to_string())?
        } else {
            serde_json::from_str(text).map_err(|e| format!("not JSON ({e})"))?
        };
        let agents = if let Some(slaves) = value.get("slaves") {
            let list = slaves
                .as_array()
                .ok_or("`slaves` must be a list (a Mesos /master/state-summary answer)")?;
            check_count(list.len())?;
            list.iter()
                .enumerate()
                .map(|(i, s)| state_summary_agent(i, s).map_err(|e| format!("slaves[{i}]: {e}")))
                .collect::<Result<Vec<_>, _>>()?
        } else {
            let list = match &value {
                Value::Array(a) => a,
                v => v
                    .get("agents")
                    .and_then(Value::as_array)
                    .ok_or("expected a list of agents (`[[agents]]` in TOML, `{\"agents\": [...]}` in JSON) or a Mesos /master/state-summary answer")?,
            };
            let mut out = Vec::new();
            for (i, a) in list.iter().enumerate() {
                let spec: AgentSpec =
                    serde_json::from_value(a.clone()).map_err(|e| format!("agents[{i}]: {e}"))?;
                let count = spec.count.unwrap_or(1);
                check_count(out.len() + count as usize)?;
                for _ in 0..count {
                    let index = out.len();
                    out.push(spec.agent(index).map_err(|e| format!("agents[{i}]: {e}"))?);
                }
            }
            out
        };
        if agents.is_empty() {
            return Err("the cluster has no agents".into());
        }
        Ok(Cluster {
            agents,
            source: String::new(),
        })
    }

    pub fn agent(&self, id: &str) -> Option<&Agent> {
        self.agents.iter().find(|a| a.id == id)
    }
}

fn check_count(n: usize) -> Result<(), String> {
    if n > MAX_AGENTS {
        Err(format!(
            "more than {MAX_AGENTS} agents: the sandbox gives each a loopback address of its own"
        ))
    } else {
        Ok(())
    }
}

/// An agent as a cluster file lists it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AgentSpec {
    hostname: Option<String>,
    #[serde(default)]
    count: Option<u32>,
    cpus: Option<f64>,
    mem: Option<f64>,
    disk: Option<f64>,
    gpus: Option<f64>,
    /// `"[31000-32000]"` or `[[31000, 32000]]`.
    ports: Option<Value>,
    /// The role all its resources are reserved to (`*`: unreserved, the default).
    role: Option<String>,
    #[serde(default)]
    attributes: serde_json::Map<String, Value>,
    region: Option<String>,
    zone: Option<String>,
}

impl AgentSpec {
    fn agent(&self, index: usize) -> Result<Agent, String> {
        let scalar = |v: Option<f64>, name: &str, default: f64| -> Result<f64, String> {
            let v = v.unwrap_or(default);
            if v.is_finite() && v >= 0.0 {
                Ok(v)
            } else {
                Err(format!("{name} must be a number ≥ 0"))
            }
        };
        let ports = match &self.ports {
            None => MESOS_PORTS.to_vec(),
            Some(Value::String(s)) => parse_ranges(s)?,
            Some(Value::Array(items)) => {
                let mut out = Vec::new();
                for item in items {
                    let pair = item.as_array().filter(|p| p.len() == 2);
                    let (b, e) = match pair {
                        Some(p) => (p[0].as_u64(), p[1].as_u64()),
                        None => (None, None),
                    };
                    match (b, e) {
                        (Some(b), Some(e)) if b <= e && e <= 65535 => out.push((b, e)),
                        _ => return Err(format!("ports: {item} is not a range [begin, end]")),
                    }
                }
                out.sort();
                out
            }
            Some(other) => return Err(format!("ports: {other} is not a list of ranges")),
        };
        let addr = address(index);
        let mut attributes = Vec::new();
        for (name, value) in &self.attributes {
            attributes.push((
                name.clone(),
                AttrValue::read(value).map_err(|e| format!("attribute {name}: {e}"))?,
            ));
        }
        Ok(Agent {
            id: agent_id(index),
            hostname: self.hostname.clone().unwrap_or_else(|| addr.clone()),
            address: addr,
            pools: vec![Pool {
                role: self.role.clone().unwrap_or_else(|| "*".into()),
                scalars: Scalars {
                    cpus: scalar(self.cpus, "cpus", 4.0)?,
                    mem: scalar(self.mem, "mem", 16384.0)?,
                    disk: scalar(self.disk, "disk", 102400.0)?,
                    gpus: scalar(self.gpus, "gpus", 0.0)?,
                },
                ports,
            }],
            attributes,
            region: self.region.clone(),
            zone: self.zone.clone(),
        })
    }
}

/// Reads a resources object of `/master/state-summary` (`{"cpus":4.0,"ports":"[…]",…}`).
fn summary_pool(role: &str, r: &Value) -> Result<Pool, String> {
    let scalar = |k: &str| r.get(k).and_then(Value::as_f64).unwrap_or(0.0).max(0.0);
    let ports = match r.get("ports") {
        Some(Value::String(s)) => parse_ranges(s)?,
        _ => Vec::new(),
    };
    Ok(Pool {
        role: role.to_string(),
        scalars: Scalars {
            cpus: scalar("cpus"),
            mem: scalar("mem"),
            disk: scalar("disk"),
            gpus: scalar("gpus"),
        },
        ports,
    })
}

/// An agent of a Mesos `/master/state-summary` (placement.md §7): its unreserved resources
/// and those reserved per role.
fn state_summary_agent(index: usize, s: &Value) -> Result<Agent, String> {
    let hostname = s
        .get("hostname")
        .and_then(Value::as_str)
        .ok_or("an agent without `hostname`")?
        .to_string();
    let mut pools = Vec::new();
    match s.get("unreserved_resources") {
        Some(u) => pools.push(summary_pool("*", u)?),
        None => {
            // Mesos before 1.x reports only `resources`: take them as unreserved.
            if let Some(r) = s.get("resources") {
                pools.push(summary_pool("*", r)?);
            }
        }
    }
    if let Some(reserved) = s.get("reserved_resources").and_then(Value::as_object) {
        for (role, r) in reserved {
            pools.push(summary_pool(role, r)?);
        }
    }
    let mut attributes = Vec::new();
    if let Some(attrs) = s.get("attributes").and_then(Value::as_object) {
        for (name, value) in attrs {
            attributes.push((
                name.clone(),
                AttrValue::read(value).map_err(|e| format!("attribute {name}: {e}"))?,
            ));
        }
    }
    let domain = |k: &str| {
        s.pointer(&format!("/domain/fault_domain/{k}/name"))
            .and_then(Value::as_str)
            .map(str::to_string)
    };
    Ok(Agent {
        id: s
            .get("id")
            .and_then(Value::as_str)
            .map_or_else(|| agent_id(index), str::to_string),
        hostname,
        address: address(index),
        pools,
        attributes,
        region: domain("region"),
        zone: domain("zone"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        assert_eq!(decimal_format(0.8), "0.8");
        assert_eq!(decimal_format(2.0), "2");
        assert_eq!(decimal_format(1.0005), "1");
        assert_eq!(decimal_format(1.0015), "1.002");
        assert_eq!(
            AttrValue::Ranges(vec![(5, 6), (1, 2)]).marathon_text(),
            "[1-2,5-6]"
        );
        assert_eq!(
            AttrValue::Set(vec!["b".into(), "a".into()]).marathon_text(),
            "{a,b}"
        );
        assert_eq!(
            parse_ranges("[1025-2180, 2182-3887]").unwrap(),
            vec![(1025, 2180), (2182, 3887)]
        );
        assert!(parse_ranges("[5-1]").is_err());
    }

    #[test]
    fn default_cluster_is_dcos() {
        let c = Cluster::dcos();
        assert_eq!(c.agents.len(), 6);
        assert_eq!(c.agents[0].address, "127.0.1.1");
        assert_eq!(c.agents[5].roles(), vec!["slave_public"]);
        assert_eq!(c.agents[5].field("public_ip").as_deref(), Some("true"));
        assert_eq!(address(253), "127.0.1.254");
        assert_eq!(address(254), "127.0.2.1");
    }

    #[test]
    fn state_summary() {
        let text = r#"{"slaves":[{"id":"x-S3","hostname":"10.0.1.5","attributes":{"rack":"r1","level":0.8,"ids":"[1-5, 10-20]","tags":"{b, a}"},
          "unreserved_resources":{"cpus":2.0,"mem":1000.0,"disk":0,"gpus":0,"ports":"[31000-32000]"},
          "reserved_resources":{"slave_public":{"cpus":1.0,"mem":10.0,"disk":0,"gpus":0,"ports":"[80-80]"}}}]}"#;
        let c = Cluster::parse(text, false).unwrap();
        let a = &c.agents[0];
        assert_eq!(a.id, "x-S3");
        assert_eq!(a.hostname, "10.0.1.5");
        assert_eq!(a.address, "127.0.1.1");
        assert_eq!(a.field("level").as_deref(), Some("0.8"));
        assert_eq!(a.field("ids").as_deref(), Some("[1-5,10-20]"));
        assert_eq!(a.field("tags").as_deref(), Some("{a,b}"));
        assert_eq!(a.pools.len(), 2);
        let toml = "[[agents]]\ncount = 2\ncpus = 1\nattributes = { rack = \"r1\" }\n";
        let c = Cluster::parse(toml, true).unwrap();
        assert_eq!(c.agents.len(), 2);
        assert_eq!(c.agents[1].hostname, "127.0.1.2");
        assert!(Cluster::parse("[[agents]]\nbogus = 1\n", true).is_err());
        assert!(Cluster::parse("{\"agents\": []}", false).is_err());
    }
}
