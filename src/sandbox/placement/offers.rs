//! Offers and matching: what an agent has left to offer a role, and whether an instance's
//! request fits it, with Marathon's reasons when it does not (`ResourceMatcher`,
//! `NoOfferMatchReason`, `PortsMatcher`; placement.md §1, §3).

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::agents::{Agent, Scalars};
use super::constraints::Constraint;

/// Why an offer was declined, in Marathon's funnel order (1.6–1.11).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Reason {
    UnfulfilledRole,
    UnfulfilledConstraint,
    NoCorrespondingReservationFound,
    AgentMaintenance,
    InsufficientCpus,
    InsufficientMemory,
    InsufficientDisk,
    InsufficientGpus,
    InsufficientPorts,
    DeclinedScarceResources,
}

impl Reason {
    /// Every reason, in funnel order.
    pub const ALL: [Reason; 10] = [
        Reason::UnfulfilledRole,
        Reason::UnfulfilledConstraint,
        Reason::NoCorrespondingReservationFound,
        Reason::AgentMaintenance,
        Reason::InsufficientCpus,
        Reason::InsufficientMemory,
        Reason::InsufficientDisk,
        Reason::InsufficientGpus,
        Reason::InsufficientPorts,
        Reason::DeclinedScarceResources,
    ];

    /// The reasons a Marathon line knows, in funnel order (1.4 lacks the last two of 1.6, 1.5
    /// adds `DeclinedScarceResources`, 1.6 `AgentMaintenance`).
    pub fn known(minor: u8) -> Vec<Reason> {
        Reason::ALL
            .into_iter()
            .filter(|r| match r {
                Reason::AgentMaintenance => minor >= 6,
                Reason::DeclinedScarceResources => minor >= 5,
                _ => true,
            })
            .collect()
    }

    pub fn name(self) -> &'static str {
        use Reason::*;
        match self {
            UnfulfilledRole => "UnfulfilledRole",
            UnfulfilledConstraint => "UnfulfilledConstraint",
            NoCorrespondingReservationFound => "NoCorrespondingReservationFound",
            AgentMaintenance => "AgentMaintenance",
            InsufficientCpus => "InsufficientCpus",
            InsufficientMemory => "InsufficientMemory",
            InsufficientDisk => "InsufficientDisk",
            InsufficientGpus => "InsufficientGpus",
            InsufficientPorts => "InsufficientPorts",
            DeclinedScarceResources => "DeclinedScarceResources",
        }
    }
}

/// A host port an instance asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PortAsk {
    /// Any port of the offer (`hostPort: 0`, or host networking without `requirePorts`).
    Any,
    /// This port exactly.
    Fixed(u64),
}

/// What one instance of an app asks of an offer.
#[derive(Debug, Clone)]
pub struct Request {
    pub scalars: Scalars,
    pub ports: Vec<PortAsk>,
    /// The instance's role: it takes offers made to that role only.
    pub role: String,
    /// The roles whose resources it accepts.
    pub accepted: Vec<String>,
    pub constraints: Vec<Constraint>,
    /// The app's target instance count (GROUP_BY reads it).
    pub instances: u64,
    /// Asks for no GPU while the agent has some: Marathon's `restricted` GPU scheduling
    /// declines such offers.
    pub gpu_restricted: bool,
}

/// What one placed task takes from its agent, per pool, and which host ports.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Taken {
    /// `(pool role, cpus, mem, disk, gpus)`.
    #[serde(default)]
    pub pools: Vec<(String, f64, f64, f64, f64)>,
    #[serde(default)]
    pub ports: Vec<u64>,
}

impl Taken {
    /// What it takes from each pool, by the pool's role.
    pub fn per_pool(&self) -> impl Iterator<Item = (&str, Scalars)> {
        self.pools.iter().map(|(role, cpus, mem, disk, gpus)| {
            (
                role.as_str(),
                Scalars {
                    cpus: *cpus,
                    mem: *mem,
                    disk: *disk,
                    gpus: *gpus,
                },
            )
        })
    }
}

/// What is in use on each agent, by agent id.
#[derive(Debug, Clone, Default)]
pub struct Usage {
    pub scalars: BTreeMap<(String, String), Scalars>,
    pub ports: BTreeMap<String, BTreeSet<u64>>,
}

impl Usage {
    pub fn add(&mut self, agent: &str, taken: &Taken) {
        for (role, s) in taken.per_pool() {
            self.scalars
                .entry((agent.to_string(), role.to_string()))
                .or_default()
                .add(&s);
        }
        self.ports
            .entry(agent.to_string())
            .or_default()
            .extend(taken.ports.iter().copied());
    }

    /// Gives back what a task took (it is replaced, or gone).
    pub fn remove(&mut self, agent: &str, taken: &Taken) {
        for (role, taken) in taken.per_pool() {
            if let Some(s) = self.scalars.get_mut(&(agent.to_string(), role.to_string())) {
                *s = s.minus(&taken);
            }
        }
        if let Some(ports) = self.ports.get_mut(agent) {
            for p in &taken.ports {
                ports.remove(p);
            }
        }
    }

    /// What is free in a pool of an agent.
    pub fn free(&self, agent: &Agent, role: &str) -> Scalars {
        let Some(pool) = agent.pools.iter().find(|p| p.role == role) else {
            return Scalars::default();
        };
        match self.scalars.get(&(agent.id.clone(), role.to_string())) {
            Some(used) => pool.scalars.minus(used),
            None => pool.scalars,
        }
    }
}

/// Whether `agent` makes an offer to `role` at all: Mesos offers a role the unreserved
/// resources and those reserved to it.
pub fn offers_to(agent: &Agent, role: &str) -> bool {
    agent.pools.iter().any(|p| p.role == "*" || p.role == role)
}

/// Matches one instance against the offer `agent` makes to its role. `placed`: the agents of
/// the instances its constraints consider; `seed` spreads random port picks. Returns what it
/// takes, or every reason the offer is declined, in detection order.
pub fn matches(
    agent: &Agent,
    usage: &Usage,
    req: &Request,
    placed: &[&Agent],
    minor: u8,
    seed: u64,
) -> Result<Taken, Vec<Reason>> {
    let pools: Vec<&str> = agent
        .pools
        .iter()
        .map(|p| p.role.as_str())
        .filter(|r| (*r == "*" || *r == req.role) && req.accepted.iter().any(|a| a == r))
        .collect();
    let mut reasons = Vec::new();
    if pools.is_empty() {
        reasons.push(Reason::UnfulfilledRole);
    }
    let mut free = Scalars::default();
    for role in &pools {
        free.add(&usage.free(agent, role));
    }
    // A requested value of 0 is not checked; a tiny epsilon absorbs float sums.
    let short = |want: f64, have: f64| want > 0.0 && want > have + 1e-9;
    if !pools.is_empty() {
        if short(req.scalars.cpus, free.cpus) {
            reasons.push(Reason::InsufficientCpus);
        }
        if short(req.scalars.mem, free.mem) {
            reasons.push(Reason::InsufficientMemory);
        }
        if short(req.scalars.disk, free.disk) {
            reasons.push(Reason::InsufficientDisk);
        }
        if short(req.scalars.gpus, free.gpus) {
            reasons.push(Reason::InsufficientGpus);
        }
    }
    let instances = req.instances;
    if !req
        .constraints
        .iter()
        .all(|c| c.admits(agent, placed, instances, minor))
    {
        reasons.push(Reason::UnfulfilledConstraint);
    }
    if minor >= 5 && req.gpu_restricted && free.gpus > 0.0 && req.scalars.gpus == 0.0 {
        reasons.push(Reason::DeclinedScarceResources);
    }
    if !reasons.is_empty() {
        return Err(reasons);
    }
    let ports = match pick_ports(agent, usage, &pools, &req.ports, seed) {
        Some(p) => p,
        None => return Err(vec![Reason::InsufficientPorts]),
    };
    // Take each scalar from the accepted pools in turn: the role's reservation first.
    let mut order = pools.clone();
    order.sort_by_key(|r| *r == "*");
    let mut left = req.scalars;
    let mut taken = Vec::new();
    for role in order {
        let f = usage.free(agent, role);
        let t = Scalars {
            cpus: left.cpus.min(f.cpus),
            mem: left.mem.min(f.mem),
            disk: left.disk.min(f.disk),
            gpus: left.gpus.min(f.gpus),
        };
        left = left.minus(&t);
        if t != Scalars::default() {
            taken.push((role.to_string(), t.cpus, t.mem, t.disk, t.gpus));
        }
    }
    Ok(Taken {
        pools: taken,
        ports,
    })
}

/// Host ports from the accepted pools' ranges: fixed ones must be offered and free; the others
/// are picked as `PortsMatcher` picks them, from a random start, then consecutively.
fn pick_ports(
    agent: &Agent,
    usage: &Usage,
    pools: &[&str],
    asks: &[PortAsk],
    seed: u64,
) -> Option<Vec<u64>> {
    if asks.is_empty() {
        return Some(Vec::new());
    }
    let mut ranges: Vec<(u64, u64)> = agent
        .pools
        .iter()
        .filter(|p| pools.contains(&p.role.as_str()))
        .flat_map(|p| p.ports.iter().copied())
        .collect();
    ranges.sort();
    let empty = BTreeSet::new();
    let used = usage.ports.get(&agent.id).unwrap_or(&empty);
    let offered = |p: u64| ranges.iter().any(|(b, e)| *b <= p && p <= *e);
    let fixed: BTreeSet<u64> = asks
        .iter()
        .filter_map(|a| match a {
            PortAsk::Fixed(p) => Some(*p),
            PortAsk::Any => None,
        })
        .collect();
    let total: u64 = ranges.iter().map(|(b, e)| e - b + 1).sum();
    if total == 0 {
        return None;
    }
    let mut taken: BTreeSet<u64> = BTreeSet::new();
    let mut out = Vec::with_capacity(asks.len());
    // The n-th offered port (0-based), walking the ranges.
    let nth = |mut n: u64| -> u64 {
        for (b, e) in &ranges {
            let len = e - b + 1;
            if n < len {
                return b + n;
            }
            n -= len;
        }
        ranges[0].0
    };
    let mut cursor = seed % total;
    for ask in asks {
        match ask {
            PortAsk::Fixed(p) => {
                if !offered(*p) || used.contains(p) || !taken.insert(*p) {
                    return None;
                }
                out.push(*p);
            }
            PortAsk::Any => {
                let mut found = None;
                for _ in 0..total.min(70_000) {
                    let p = nth(cursor);
                    cursor = (cursor + 1) % total;
                    if !used.contains(&p) && !taken.contains(&p) && !fixed.contains(&p) {
                        found = Some(p);
                        break;
                    }
                }
                let p = found?;
                taken.insert(p);
                out.push(p);
            }
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::super::agents::Cluster;
    use super::*;

    fn request(cpus: f64, ports: Vec<PortAsk>) -> Request {
        Request {
            scalars: Scalars {
                cpus,
                mem: 32.0,
                disk: 0.0,
                gpus: 0.0,
            },
            ports,
            role: "slave_public".into(),
            accepted: vec!["*".into()],
            constraints: Vec::new(),
            instances: 1,
            gpu_restricted: true,
        }
    }

    #[test]
    fn reasons() {
        let c = Cluster::dcos();
        let usage = Usage::default();
        // (agent, cpus, ports, reasons)
        let table: Vec<(usize, f64, Vec<PortAsk>, Vec<Reason>)> = vec![
            (0, 1.0, vec![PortAsk::Any], vec![]),
            (5, 1.0, vec![], vec![Reason::UnfulfilledRole]),
            (0, 5.0, vec![], vec![Reason::InsufficientCpus]),
            (
                0,
                1.0,
                vec![PortAsk::Fixed(80)],
                vec![Reason::InsufficientPorts],
            ),
            (
                0,
                1.0,
                vec![PortAsk::Fixed(8080)],
                vec![Reason::InsufficientPorts],
            ),
            (0, 1.0, vec![PortAsk::Fixed(8000)], vec![]),
        ];
        for (agent, cpus, ports, want) in table {
            let got = matches(
                &c.agents[agent],
                &usage,
                &request(cpus, ports.clone()),
                &[],
                11,
                7,
            );
            match got {
                Ok(_) => assert!(want.is_empty(), "{agent} {cpus} {ports:?}: matched"),
                Err(r) => assert_eq!(r, want, "{agent} {cpus} {ports:?}"),
            }
        }
    }

    #[test]
    fn ports_are_not_given_twice() {
        let c = Cluster::dcos();
        let mut usage = Usage::default();
        let req = request(0.1, vec![PortAsk::Any, PortAsk::Any]);
        let mut all = BTreeSet::new();
        for seed in 0..40 {
            let t = matches(&c.agents[0], &usage, &req, &[], 11, seed * 7919).unwrap();
            for p in &t.ports {
                assert!(all.insert(*p), "port {p} given twice");
            }
            usage.add(&c.agents[0].id, &t);
        }
        // 40 tasks of 0.1 cpus fit 4 cpus; the 41st does not.
        let err = matches(&c.agents[0], &usage, &req, &[], 11, 1).unwrap_err();
        assert_eq!(err, vec![Reason::InsufficientCpus]);
    }
}
