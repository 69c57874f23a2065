//! The Marathon an app is checked against: its version and the flags that change its rules
//! (acceptance.md, "How DC/OS configures its Marathon").

use std::collections::BTreeSet;

use serde_json::Value;

/// The oldest and newest Marathon lines whose rules smack knows.
pub const OLDEST: u8 = 4;
pub const NEWEST: u8 = 11;

/// A Marathon release line, `1.<minor>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Version {
    pub minor: u8,
}

impl Version {
    pub const fn new(minor: u8) -> Version {
        Version { minor }
    }

    /// Parses `1.7`, `1.11.0`, `v1.9.2` or `1.10.0-rc1`. Lines older than 1.4 or newer than
    /// 1.11 are refused with the range smack knows.
    pub fn parse(text: &str) -> Result<Version, String> {
        let t = text.trim().trim_start_matches('v');
        let mut parts = t.split(['.', '-', '+']);
        let major = parts.next().and_then(|p| p.parse::<u32>().ok());
        let minor = parts.next().and_then(|p| p.parse::<u32>().ok());
        match (major, minor) {
            (Some(1), Some(m)) if (OLDEST as u32..=NEWEST as u32).contains(&m) => {
                Ok(Version::new(m as u8))
            }
            (Some(_), Some(_)) => Err(format!(
                "smack knows Marathon 1.{OLDEST} to 1.{NEWEST}, not [{text}]"
            )),
            _ => Err(format!(
                "expected a Marathon version such as 1.11 or 1.7.0, found [{text}]"
            )),
        }
    }
}

impl std::fmt::Display for Version {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "1.{}", self.minor)
    }
}

/// Where a profile's values come from, for messages that depend on them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// The default: Marathon 1.11 as DC/OS 2.2 configures it.
    DcosDefault,
    /// Given by the user (flag, environment or config file).
    Given,
    /// Reported by the Marathon smack talks to (`/v2/info`).
    Server(String),
}

/// The target Marathon.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    pub version: Version,
    /// `--mesos_role`: the role of apps in the root group, and the one role besides `*` that
    /// `acceptedResourceRoles` may name.
    pub mesos_role: String,
    /// `--enable_features`: `secrets`, `external_volumes`, `gpu_resources`, `vips`, ...
    pub features: BTreeSet<String>,
    /// `--deprecated_features` (1.10 knows `sanitize_accepted_resource_roles`).
    pub deprecated_features: BTreeSet<String>,
    pub origin: Origin,
}

/// DC/OS's `--enable_features` (Open; Enterprise adds `secrets`).
pub const DCOS_FEATURES: [&str; 4] = ["vips", "task_killing", "external_volumes", "gpu_resources"];

impl Default for Profile {
    fn default() -> Profile {
        Profile::dcos()
    }
}

impl Profile {
    /// Marathon 1.11 as DC/OS 2.2 starts it: `--mesos_role slave_public`,
    /// `--default_accepted_resource_roles *`, `--enable_features vips,task_killing,external_volumes,gpu_resources`.
    pub fn dcos() -> Profile {
        Profile {
            version: Version::new(NEWEST),
            mesos_role: "slave_public".into(),
            features: DCOS_FEATURES.iter().map(|s| s.to_string()).collect(),
            deprecated_features: BTreeSet::new(),
            origin: Origin::DcosDefault,
        }
    }

    /// Marathon started with its own defaults (`--mesos_role *`, no features).
    pub fn plain(version: Version) -> Profile {
        Profile {
            version,
            mesos_role: "*".into(),
            features: BTreeSet::new(),
            deprecated_features: BTreeSet::new(),
            origin: Origin::Given,
        }
    }

    pub fn at_least(&self, minor: u8) -> bool {
        self.version.minor >= minor
    }

    pub fn feature(&self, name: &str) -> bool {
        self.features.contains(name)
    }

    /// A comma-separated feature list, as Marathon's flag takes it.
    pub fn parse_features(text: &str) -> BTreeSet<String> {
        text.split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect()
    }

    /// The profile a Marathon reports in `GET /v2/info`: `version` and, in `marathon_config`,
    /// `mesos_role`, `features` and `deprecated_features`. What the answer lacks keeps the value
    /// of `base`. A version smack does not know is an error.
    pub fn from_info(info: &Value, base: &Profile, url: &str) -> Result<Profile, String> {
        let mut out = base.clone();
        if let Some(v) = info.get("version").and_then(Value::as_str) {
            // A line newer than smack knows is checked as the newest it knows.
            out.version = match Version::parse(v) {
                Ok(version) => version,
                Err(_) if v.starts_with("1.") => Version::new(NEWEST),
                Err(e) => return Err(e),
            };
        }
        let config = info.get("marathon_config");
        if let Some(role) = config
            .and_then(|c| c.get("mesos_role"))
            .and_then(Value::as_str)
        {
            out.mesos_role = role.to_string();
        }
        let list = |key: &str| -> Option<BTreeSet<String>> {
            let v = config?.get(key)?;
            match v {
                Value::Array(items) => Some(
                    items
                        .iter()
                        .filter_map(Value::as_str)
                        .map(str::to_string)
                        .collect(),
                ),
                Value::String(s) => Some(Profile::parse_features(s)),
                _ => None,
            }
        };
        if let Some(features) = list("features") {
            out.features = features;
        }
        if let Some(features) = list("deprecated_features") {
            out.deprecated_features = features;
        }
        out.origin = Origin::Server(url.to_string());
        Ok(out)
    }

    /// How a message names the assumption it rests on: `--mesos_role slave_public, as DC/OS
    /// configures Marathon (set marathon.mesos_role to change it)`.
    pub fn assumption(&self, setting: &str) -> String {
        let value = match setting {
            "mesos_role" => self.mesos_role.clone(),
            "enable_features" => {
                if self.features.is_empty() {
                    "(none)".to_string()
                } else {
                    self.features.iter().cloned().collect::<Vec<_>>().join(",")
                }
            }
            "version" => self.version.to_string(),
            _ => String::new(),
        };
        let key = match setting {
            "mesos_role" => "marathon.mesos_role",
            "enable_features" => "marathon.features",
            _ => "marathon.version",
        };
        let flag = if setting == "version" {
            format!("Marathon {value}")
        } else {
            format!("--{setting} {value}")
        };
        match &self.origin {
            Origin::DcosDefault => format!(
                "assuming {flag}, as DC/OS 2.2 configures Marathon; set {key} to check against another Marathon"
            ),
            Origin::Given => format!("with {flag}, as configured ({key})"),
            Origin::Server(url) => format!("with {flag}, as the Marathon at {url} reports"),
        }
    }

    /// The `marathon_config` part of `/v2/info` for this profile (the sandbox reports it).
    /// What `GET /v2/info` reports of the profile in `marathon_config`: `mesos_role` and
    /// `features`, as InfoResource writes them. No Marathon release reports its
    /// `--deprecated_features` there (InfoResource's history has no such key), so no client
    /// learns them from the server, smack included.
    pub fn info_config(&self) -> Value {
        serde_json::json!({
            "mesos_role": self.mesos_role,
            "features": self.features.iter().collect::<Vec<_>>(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions() {
        assert_eq!(Version::parse("1.11.0").unwrap(), Version::new(11));
        assert_eq!(Version::parse("1.7").unwrap(), Version::new(7));
        assert_eq!(Version::parse("v1.9.2-rc1").unwrap(), Version::new(9));
        assert!(Version::parse("1.3").is_err());
        assert!(Version::parse("2.0").is_err());
        assert!(Version::parse("x").is_err());
        assert!(Version::parse("").is_err());
    }

    #[test]
    fn info() {
        let info = serde_json::json!({"version": "1.9.1", "marathon_config": {"mesos_role": "*", "features": ["secrets"]}});
        let p = Profile::from_info(&info, &Profile::dcos(), "http://m").unwrap();
        assert_eq!(p.version, Version::new(9));
        assert_eq!(p.mesos_role, "*");
        assert!(p.feature("secrets") && !p.feature("vips"));
    }
}
