//! Marathon's label selectors (`GET /v2/apps?label=...`, LabelSelector.scala): terms joined by
//! commas (AND), each `key`, `key==value`, `key!=value`, `key in (a,b)` or `key notin (a,b)`;
//! keys and values are runs of `[-A-Za-z0-9_.]`, any other character escaped with `\`.

use std::sync::OnceLock;

use regex::Regex;
use serde_json::{Map, Value};

#[derive(Debug, Clone, PartialEq, Eq)]
enum Term {
    Exists(String),
    Equals(String, String),
    NotEquals(String, String),
    In(String, Vec<String>),
    NotIn(String, Vec<String>),
}

/// A parsed selector.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selector(Vec<Term>);

const TOKEN: &str = r"(?:\\.|[-A-Za-z0-9_.])+";

fn patterns() -> &'static (Regex, Regex, Regex, Regex) {
    static P: OnceLock<(Regex, Regex, Regex, Regex)> = OnceLock::new();
    P.get_or_init(|| {
        let re = |p: String| Regex::new(&p).expect("selector patterns compile");
        (
            re(format!(r"^({TOKEN})$")),
            re(format!(r"^({TOKEN})\s*(==|!=)\s*({TOKEN})$")),
            re(format!(
                r"^({TOKEN})\s+(in|notin)\s*\(\s*({TOKEN}(?:\s*,\s*{TOKEN})*)\s*\)$"
            )),
            re(TOKEN.to_string()),
        )
    })
}

fn unescape(token: &str) -> String {
    let mut out = String::new();
    let mut chars = token.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(next) = chars.next() {
                out.push(next);
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Splits at commas outside parentheses and escapes.
fn terms(selector: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut escaped = false;
    let mut start = 0;
    for (i, c) in selector.char_indices() {
        if escaped {
            escaped = false;
            continue;
        }
        match c {
            '\\' => escaped = true,
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' if depth == 0 => {
                out.push(&selector[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(&selector[start..]);
    out
}

impl Selector {
    /// Parses a selector; the error is Marathon's message.
    pub fn parse(selector: &str) -> Result<Selector, String> {
        let (exists, compare, set, token) = patterns();
        let mut out = Vec::new();
        for raw in terms(selector) {
            let term = raw.trim();
            if let Some(c) = exists.captures(term) {
                out.push(Term::Exists(unescape(&c[1])));
            } else if let Some(c) = compare.captures(term) {
                let (k, v) = (unescape(&c[1]), unescape(&c[3]));
                out.push(if &c[2] == "==" {
                    Term::Equals(k, v)
                } else {
                    Term::NotEquals(k, v)
                });
            } else if let Some(c) = set.captures(term) {
                let values = token
                    .find_iter(&c[3])
                    .map(|m| unescape(m.as_str()))
                    .collect();
                let key = unescape(&c[1]);
                out.push(if &c[2] == "in" {
                    Term::In(key, values)
                } else {
                    Term::NotIn(key, values)
                });
            } else {
                return Err(format!(
                    "Can not parse label selector {selector}. Reason: the term '{term}' is not \
                     `key`, `key==value`, `key!=value`, `key in (a,b)` or `key notin (a,b)`"
                ));
            }
        }
        Ok(Selector(out))
    }

    /// Whether an app's labels satisfy every term.
    pub fn matches(&self, labels: Option<&Map<String, Value>>) -> bool {
        let get = |k: &str| labels.and_then(|l| l.get(k)).and_then(Value::as_str);
        self.0.iter().all(|term| match term {
            Term::Exists(k) => get(k).is_some(),
            Term::Equals(k, v) => get(k) == Some(v.as_str()),
            Term::NotEquals(k, v) => get(k) != Some(v.as_str()),
            Term::In(k, vs) => get(k).is_some_and(|x| vs.iter().any(|v| v == x)),
            Term::NotIn(k, vs) => get(k).is_none_or(|x| vs.iter().all(|v| v != x)),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn labels(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    #[test]
    fn grammar() {
        let l = labels(json!({"DCOS_PACKAGE_NAME": "kafka", "tier": "a b", "env": "prod"}));
        let yes = [
            "DCOS_PACKAGE_NAME",
            "DCOS_PACKAGE_NAME==kafka",
            "DCOS_PACKAGE_NAME != spark",
            "env in (dev, prod)",
            "env notin (dev,test)",
            "tier==a\\ b",
            "DCOS_PACKAGE_NAME,env==prod",
            "missing notin (x)",
        ];
        for s in yes {
            assert!(Selector::parse(s).unwrap().matches(Some(&l)), "{s}");
        }
        let no = [
            "missing",
            "env==dev",
            "env in (dev)",
            "env notin (prod)",
            "env==prod,missing",
        ];
        for s in no {
            assert!(!Selector::parse(s).unwrap().matches(Some(&l)), "{s}");
        }
        for bad in ["", "a==", "a b", "a in ()", "a in (b", "==b", "a=b"] {
            let e = Selector::parse(bad).unwrap_err();
            assert!(e.starts_with("Can not parse label selector"), "{bad}: {e}");
        }
    }
}
