//! Marathon's placement constraints (`mesosphere/mesos/Constraints.scala`, placement.md §2):
//! whether an offer's agent may take one more instance, given the instances placed already.
//!
//! A new operator is one more arm in [`Constraint::admits`].

use regex::Regex;
use serde_json::Value;

use super::agents::Agent;

/// One constraint of an app: `[field, operator, value?]`.
#[derive(Debug, Clone)]
pub struct Constraint {
    pub field: String,
    pub operator: Operator,
    pub value: Option<String>,
}

#[derive(Debug, Clone)]
pub enum Operator {
    Unique,
    Cluster,
    GroupBy,
    MaxPer,
    Like(Regex),
    Unlike(Regex),
    Is,
}

impl Constraint {
    /// An app's constraints as stored (validated by the rules already). Entries Marathon would
    /// have refused are skipped.
    pub fn of_app(app: &serde_json::Map<String, Value>) -> Vec<Constraint> {
        app.get("constraints")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|c| Constraint::read(c).ok())
            .collect()
    }

    pub fn read(c: &Value) -> Result<Constraint, String> {
        let parts: Vec<&str> = c
            .as_array()
            .ok_or("a constraint is a list [field, operator, value]")?
            .iter()
            .map(|p| p.as_str().unwrap_or(""))
            .collect();
        let (field, op) = match parts.as_slice() {
            [f, o] | [f, o, _] => (*f, *o),
            _ => return Err("a constraint is a list [field, operator, value]".into()),
        };
        let value = parts.get(2).map(|v| v.to_string());
        let regex = |v: &Option<String>| -> Result<Regex, String> {
            let v = v.as_deref().unwrap_or("");
            // Java's String.matches: the whole string.
            Regex::new(&format!("^(?:{v})$"))
                .map_err(|_| format!("{v} is not a valid regular expression"))
        };
        let operator = match op {
            "UNIQUE" => Operator::Unique,
            "CLUSTER" => Operator::Cluster,
            "GROUP_BY" => Operator::GroupBy,
            "MAX_PER" => Operator::MaxPer,
            "LIKE" => Operator::Like(regex(&value)?),
            "UNLIKE" => Operator::Unlike(regex(&value)?),
            "IS" => Operator::Is,
            other => return Err(format!("illegal constraint operator {other}")),
        };
        Ok(Constraint {
            field: field.to_string(),
            operator,
            value,
        })
    }

    /// The constraint as people write it: `hostname:UNIQUE`, `rack:GROUP_BY:3`.
    pub fn text(&self) -> String {
        let op = match &self.operator {
            Operator::Unique => "UNIQUE",
            Operator::Cluster => "CLUSTER",
            Operator::GroupBy => "GROUP_BY",
            Operator::MaxPer => "MAX_PER",
            Operator::Like(_) => "LIKE",
            Operator::Unlike(_) => "UNLIKE",
            Operator::Is => "IS",
        };
        match &self.value {
            Some(v) => format!("{}:{op}:{v}", self.field),
            None => format!("{}:{op}", self.field),
        }
    }

    /// Whether `agent` may take one more instance. `placed` are the agents of the instances
    /// the constraint considers (placement.md §2); `instances` is the app's target count (for
    /// GROUP_BY); `minor` the Marathon line (GROUP_BY changed in 1.11).
    pub fn admits(&self, agent: &Agent, placed: &[&Agent], instances: u64, minor: u8) -> bool {
        let Some(v) = agent.field(&self.field) else {
            // An offer without the field passes only UNLIKE.
            return matches!(self.operator, Operator::Unlike(_));
        };
        let values = || placed.iter().filter_map(|a| a.field(&self.field));
        let count = |x: &str| values().filter(|p| p == x).count() as u64;
        match &self.operator {
            Operator::Unique => count(&v) == 0,
            Operator::Cluster => match &self.value {
                Some(value) if !value.is_empty() => &v == value,
                _ => values().next().is_none_or(|first| first == v),
            },
            Operator::MaxPer => {
                let max: u64 = self
                    .value
                    .as_deref()
                    .and_then(|x| x.parse().ok())
                    .unwrap_or(0);
                count(&v) < max
            }
            Operator::Like(re) => re.is_match(&v),
            Operator::Unlike(re) => !re.is_match(&v),
            Operator::Is => {
                let want = self.value.clone().unwrap_or_default();
                let numeric = Regex::new(r"^[0-9]+(\.[0-9]+)?$").expect("the pattern compiles");
                let want = if numeric.is_match(&want) {
                    want.parse::<f64>()
                        .map(super::agents::decimal_format)
                        .unwrap_or(want)
                } else {
                    want
                };
                v == want
            }
            Operator::GroupBy => {
                let groups: u64 = self
                    .value
                    .as_deref()
                    .and_then(|x| x.parse().ok())
                    .unwrap_or(0);
                let mut counts: std::collections::BTreeMap<String, u64> = Default::default();
                for p in values() {
                    *counts.entry(p).or_default() += 1;
                }
                if minor >= 11 {
                    group_by_11(&counts, &v, groups, instances)
                } else {
                    // ≤ 1.10: a new value, or (enough groups in use) one of the smallest.
                    let c = counts.get(&v).copied().unwrap_or(0);
                    let min = counts.values().copied().min().unwrap_or(0);
                    c == 0 || (counts.len() as u64 >= groups && c == min)
                }
            }
        }
    }
}

/// GROUP_BY in 1.11 (`checkGroupBy`): N instances over G groups, q = N div G, r = N mod G.
/// Without a value G is 0 and Marathon's division throws: the app is never placed.
fn group_by_11(
    counts: &std::collections::BTreeMap<String, u64>,
    v: &str,
    groups: u64,
    instances: u64,
) -> bool {
    if groups == 0 {
        return false;
    }
    let (q, r) = (instances / groups, instances % groups);
    match counts.get(v) {
        Some(&c) => {
            let over: u64 = counts.values().map(|ci| ci.saturating_sub(q)).sum();
            c < q || (c == q && r > over)
        }
        None => (counts.len() as u64) < groups,
    }
}

#[cfg(test)]
mod tests {
    use super::super::agents::{AttrValue, Cluster};
    use super::*;
    use serde_json::json;

    fn agents() -> Vec<Agent> {
        let mut c = Cluster::dcos().agents;
        for (i, a) in c.iter_mut().enumerate() {
            a.attributes.push((
                "rack".into(),
                AttrValue::Text(format!("rack-{}", 1 + i % 3)),
            ));
            a.attributes.push(("level".into(), AttrValue::Scalar(0.8)));
        }
        c
    }

    fn admits(c: Value, agent: usize, placed: &[usize], n: u64) -> bool {
        let a = agents();
        let placed: Vec<&Agent> = placed.iter().map(|i| &a[*i]).collect();
        Constraint::read(&c)
            .unwrap()
            .admits(&a[agent], &placed, n, 11)
    }

    #[test]
    fn operators() {
        // (constraint, agent, placed on, instances, admitted)
        let table = [
            (json!(["hostname", "UNIQUE"]), 0, vec![1, 2], 3, true),
            (json!(["hostname", "UNIQUE"]), 1, vec![1], 3, false),
            (json!(["rack", "UNIQUE"]), 3, vec![0], 3, false),
            (
                json!(["hostname", "CLUSTER", "127.0.1.2"]),
                1,
                vec![],
                1,
                true,
            ),
            (
                json!(["hostname", "CLUSTER", "127.0.1.2"]),
                0,
                vec![],
                1,
                false,
            ),
            (json!(["rack", "CLUSTER"]), 3, vec![0], 2, true),
            (json!(["rack", "CLUSTER"]), 1, vec![0], 2, false),
            (json!(["rack", "GROUP_BY", "3"]), 3, vec![0], 3, false),
            (json!(["rack", "GROUP_BY", "3"]), 1, vec![0], 3, true),
            (json!(["rack", "GROUP_BY", "2"]), 2, vec![0, 1], 4, false),
            (json!(["rack", "GROUP_BY"]), 0, vec![], 1, false),
            (json!(["hostname", "MAX_PER", "2"]), 0, vec![0], 3, true),
            (json!(["hostname", "MAX_PER", "2"]), 0, vec![0, 0], 3, false),
            (json!(["rack", "LIKE", "rack-[1-2]"]), 1, vec![], 1, true),
            (json!(["rack", "LIKE", "rack-[1-2]"]), 2, vec![], 1, false),
            (json!(["rack", "LIKE", "rack"]), 0, vec![], 1, false),
            (json!(["rack", "UNLIKE", "rack-1"]), 0, vec![], 1, false),
            (json!(["rack", "UNLIKE", "rack-1"]), 1, vec![], 1, true),
            (json!(["missing", "UNLIKE", "x"]), 0, vec![], 1, true),
            (json!(["missing", "LIKE", ".*"]), 0, vec![], 1, false),
            (json!(["public_ip", "IS", "true"]), 5, vec![], 1, true),
            (json!(["public_ip", "IS", "true"]), 0, vec![], 1, false),
            (json!(["level", "IS", "0.80"]), 0, vec![], 1, true),
        ];
        for (c, agent, placed, n, want) in table {
            assert_eq!(
                admits(c.clone(), agent, &placed, n),
                want,
                "{c} on agent {agent}"
            );
        }
    }

    #[test]
    fn group_by_before_1_11() {
        let a = agents();
        let c = Constraint::read(&json!(["rack", "GROUP_BY", "3"])).unwrap();
        // rack-1 used once, others none: a new value passes, rack-1 again does not.
        assert!(c.admits(&a[1], &[&a[0]], 6, 10));
        assert!(!c.admits(&a[3], &[&a[0]], 6, 10));
        assert!(c.admits(&a[3], &[&a[0], &a[1], &a[2]], 6, 10));
    }
}
