//! smack's configuration file: `config.toml` in the platform's config directory (or
//! `SMACK_CONFIG`), a few known keys and the ordered list of repositories.
//!
//! Precedence, applied by the binary: flag > environment (`SMACK_*`) > this file > built-in
//! default. Secrets stay out: a token *file* path may be set, never a token.

use std::path::{Path, PathBuf};

use toml::{Table, Value};

use crate::error::{Error, Result};

/// What a key holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An http(s) URL.
    Url,
    /// A file path.
    Path,
    Bool,
    /// `30s`, `2m`, or a number of seconds.
    Duration,
    /// `table` or `json`.
    Output,
    /// A number of seconds >= 0, fractions allowed.
    Seconds,
    /// A Marathon version, 1.4 to 1.11.
    MarathonVersion,
    /// A Mesos role name.
    Role,
    /// A comma-separated list of Marathon feature names.
    Features,
    /// The name of a cluster `smack cluster add` kept.
    ClusterName,
}

/// A configuration key.
#[derive(Debug)]
pub struct Key {
    pub name: &'static str,
    pub kind: Kind,
    /// The environment variable that overrides it.
    pub env: &'static str,
    pub default: &'static str,
    pub help: &'static str,
}

pub const KEYS: &[Key] = &[
    Key {
        name: "cluster.current",
        kind: Kind::ClusterName,
        env: "SMACK_CLUSTER",
        default: "",
        help: "the cluster commands talk to (`smack cluster use`); unset: marathon.url, else smack's local sandbox",
    },
    Key {
        name: "marathon.url",
        kind: Kind::Url,
        env: "SMACK_MARATHON_URL",
        default: "",
        help: "Marathon's URL; unset: smack's local sandbox",
    },
    Key {
        name: "marathon.dcos_url",
        kind: Kind::Url,
        env: "SMACK_DCOS_URL",
        default: "",
        help: "a DC/OS cluster's URL (Marathon at URL/service/marathon)",
    },
    Key {
        name: "marathon.token_file",
        kind: Kind::Path,
        env: "SMACK_TOKEN_FILE",
        default: "",
        help: "a file holding the DC/OS auth token",
    },
    Key {
        name: "marathon.http_credentials_file",
        kind: Kind::Path,
        env: "SMACK_HTTP_CREDENTIALS_FILE",
        default: "",
        help: "a file holding Marathon's HTTP credentials, user:password (its --http_credentials)",
    },
    Key {
        name: "marathon.ca_file",
        kind: Kind::Path,
        env: "SMACK_CA_FILE",
        default: "",
        help: "a PEM file of CA certificates to trust",
    },
    Key {
        name: "marathon.insecure",
        kind: Kind::Bool,
        env: "SMACK_INSECURE",
        default: "false",
        help: "skip TLS certificate checks (unsafe)",
    },
    Key {
        name: "marathon.request_timeout",
        kind: Kind::Duration,
        env: "SMACK_REQUEST_TIMEOUT",
        default: "30s",
        help: "how long one HTTP request may take",
    },
    Key {
        name: "output.format",
        kind: Kind::Output,
        env: "SMACK_OUTPUT",
        default: "table",
        help: "how listings print: table or json",
    },
    Key {
        name: "sandbox.deploy_seconds",
        kind: Kind::Seconds,
        env: "SMACK_SANDBOX_DEPLOY_SECONDS",
        default: "2",
        help: "how long deployments take in the local sandbox",
    },
    Key {
        name: "marathon.version",
        kind: Kind::MarathonVersion,
        env: "SMACK_MARATHON_VERSION",
        default: "",
        help: "the Marathon line apps are checked against (1.4 to 1.11); unset: the Marathon smack talks to, else 1.11",
    },
    Key {
        name: "marathon.mesos_role",
        kind: Kind::Role,
        env: "SMACK_MARATHON_MESOS_ROLE",
        default: "",
        help: "Marathon's --mesos_role for the checks; unset: the Marathon smack talks to, else slave_public (DC/OS)",
    },
    Key {
        name: "marathon.features",
        kind: Kind::Features,
        env: "SMACK_MARATHON_FEATURES",
        default: "",
        help: "Marathon's --enable_features for the checks (comma-separated); unset: the Marathon smack talks to, else DC/OS's",
    },
];

/// The key named `name`, or an error naming it (with the closest key).
pub fn key(name: &str) -> Result<&'static Key> {
    if let Some(k) = KEYS.iter().find(|k| k.name == name) {
        return Ok(k);
    }
    let names: Vec<&str> = KEYS.iter().map(|k| k.name).collect();
    let close = crate::suggest::closest(name, names.iter().copied(), 1);
    let hint = match close.first() {
        Some(c) => format!("; did you mean [{c}]?"),
        None => String::new(),
    };
    let extra = if name == "marathon.token" || name.ends_with(".token") {
        "; tokens are never stored in the config file: put the token in a file and set \
         marathon.token_file, or export SMACK_TOKEN"
            .to_string()
    } else if name.starts_with("repositor") {
        "; repositories are managed with `smack repo add|remove`".to_string()
    } else {
        String::new()
    };
    Err(Error::Usage(format!(
        "unknown config key [{name}]{hint}{extra}\n  keys: {}",
        names.join(", ")
    )))
}

/// The longest duration a setting or flag takes (`--timeout`, `--request-timeout`).
pub const MAX_DURATION: std::time::Duration = std::time::Duration::from_secs(7 * 24 * 3600);

/// The longest deployment the sandbox simulates, in seconds.
pub const MAX_DEPLOY_SECONDS: f64 = 3600.0;

/// Reads a duration (`90`, `90s`, `10m`, `1h`): more than zero and at most [`MAX_DURATION`].
pub fn duration(text: &str) -> std::result::Result<std::time::Duration, String> {
    let text = text.trim();
    let parsed = match text.parse::<u64>() {
        Ok(secs) => Ok(std::time::Duration::from_secs(secs)),
        Err(_) => humantime::parse_duration(text).map_err(|e| format!("{e} (try 90s, 10m or 1h)")),
    }?;
    if parsed.is_zero() {
        return Err("must be more than 0 (try 90s, 10m or 1h)".into());
    }
    if parsed > MAX_DURATION {
        return Err("must be at most 7 days".into());
    }
    Ok(parsed)
}

/// Reads a number of sandbox deployment seconds: from 0 to [`MAX_DEPLOY_SECONDS`].
pub fn deploy_seconds(value: f64) -> std::result::Result<std::time::Duration, String> {
    if !(0.0..=MAX_DEPLOY_SECONDS).contains(&value) {
        return Err(format!(
            "expected a number of seconds from 0 to {MAX_DEPLOY_SECONDS}"
        ));
    }
    std::time::Duration::try_from_secs_f64(value).map_err(|e| e.to_string())
}

/// Checks a value for a key: the error says what is expected.
pub fn check(key: &Key, value: &Value) -> std::result::Result<(), String> {
    match (key.kind, value) {
        (Kind::Url, Value::String(s)) => crate::marathon::base_url(s, false)
            .map(|_| ())
            .map_err(|e| e.to_string()),
        (Kind::Path, Value::String(s)) if !s.is_empty() => Ok(()),
        (Kind::Bool, Value::Boolean(_)) => Ok(()),
        (Kind::Duration, Value::String(s)) => duration(s)
            .map(|_| ())
            .map_err(|e| format!("expected a duration such as 30s or 2m: {e}")),
        (Kind::Duration, Value::Integer(n)) if *n > 0 => duration(&n.to_string()).map(|_| ()),
        (Kind::Output, Value::String(s)) if s == "table" || s == "json" => Ok(()),
        (Kind::Seconds, Value::Integer(n)) => deploy_seconds(*n as f64).map(|_| ()),
        (Kind::Seconds, Value::Float(f)) => deploy_seconds(*f).map(|_| ()),
        (Kind::MarathonVersion, Value::String(s)) => {
            crate::marathon::rules::Version::parse(s).map(|_| ())
        }
        (Kind::Role, Value::String(s))
            if !s.is_empty() && !s.chars().any(|c| c.is_whitespace() || c.is_control()) =>
        {
            Ok(())
        }
        (Kind::Features, Value::String(s))
            if s.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ',') =>
        {
            Ok(())
        }
        (Kind::ClusterName, Value::String(s)) => {
            crate::clusters::check_name(s).map_err(|e| e.to_string())
        }
        (kind, _) => Err(format!(
            "expected {}",
            match kind {
                Kind::Url => "an http(s) URL",
                Kind::Path => "a file path",
                Kind::Bool => "true or false",
                Kind::Duration => "a duration such as 30s or 2m",
                Kind::Output => "table or json",
                Kind::Seconds => "a number of seconds from 0 to 3600",
                Kind::MarathonVersion => "a Marathon version such as 1.11",
                Kind::Role => "a role name without spaces",
                Kind::Features => "feature names separated by commas, such as secrets,vips",
                Kind::ClusterName => "a cluster name (`smack cluster list`)",
            }
        )),
    }
}

/// Checks a value an environment variable gives a key: a bad value is an error naming the
/// variable, never silently ignored.
pub fn check_env_value(key: &Key, text: &str) -> Result<()> {
    check(key, &typed(key, text)).map_err(|expected| {
        Error::Usage(format!(
            "bad value [{}] in the environment variable {} ({}): {expected}",
            crate::text::excerpt(text, 80),
            key.env,
            key.name
        ))
    })
}

/// Parses command-line text into a value for `key` (`config set`).
pub fn parse(key: &Key, text: &str) -> Result<Value> {
    let value = typed(key, text);
    check(key, &value).map_err(|e| {
        Error::Usage(format!(
            "bad value [{text}] for config key [{}]: {e}",
            key.name
        ))
    })?;
    Ok(value)
}

/// Text as the value type of `key` (booleans and numbers), unchecked.
fn typed(key: &Key, text: &str) -> Value {
    match key.kind {
        Kind::Bool => match text {
            "true" | "yes" | "1" => Value::Boolean(true),
            "false" | "no" | "0" => Value::Boolean(false),
            _ => Value::String(text.into()),
        },
        Kind::Seconds => text
            .parse::<i64>()
            .map(Value::Integer)
            .or_else(|_| text.parse::<f64>().map(Value::Float))
            .unwrap_or_else(|_| Value::String(text.into())),
        _ => Value::String(text.into()),
    }
}

/// Why a config file cannot be read, with what to do about it.
fn unreadable(path: &Path, e: std::io::Error) -> Error {
    if e.kind() == std::io::ErrorKind::InvalidData {
        return Error::Config {
            path: path.display().to_string(),
            message: format!(
                "not valid UTF-8 text, so smack cannot read or change it; fix it in a text \
                 editor, or move it away (mv {0} {0}.bak) and set the keys again with \
                 `smack config set`",
                path.display()
            ),
        };
    }
    Error::io(format!("reading config file {}", path.display()), e)
}

/// A configured catalog source.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Repository {
    pub name: String,
    /// A directory, an index file, an http(s) URL of an index, or `builtin:universe`.
    pub uri: String,
}

/// The built-in catalog, the repository list's default.
pub fn builtin_repository() -> Repository {
    Repository {
        name: "builtin".into(),
        uri: crate::catalog::BUILTIN_URI.into(),
    }
}

/// The configuration file's contents.
#[derive(Debug, Clone)]
pub struct Config {
    path: PathBuf,
    table: Table,
}

/// The config file smack uses: `SMACK_CONFIG`, else `config.toml` in the platform's config
/// directory.
pub fn default_path() -> Result<PathBuf> {
    if let Some(path) = std::env::var_os("SMACK_CONFIG").filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(path));
    }
    let dirs = directories::ProjectDirs::from("", "", "smack").ok_or_else(|| {
        Error::Usage("cannot find a config directory (no home directory); set SMACK_CONFIG".into())
    })?;
    Ok(dirs.config_dir().join("config.toml"))
}

impl Config {
    /// An empty configuration that would be saved at `path`.
    pub fn empty(path: PathBuf) -> Config {
        Config {
            path,
            table: Table::new(),
        }
    }

    /// Reads and checks a config file; a missing file is an empty configuration.
    pub fn load(path: &Path) -> Result<Config> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(Config::empty(path.to_path_buf()));
            }
            Err(e) => return Err(unreadable(path, e)),
        };
        Config::parse(&text, path)
    }

    /// Checks a config file's text; `path` is where it belongs.
    pub fn parse(text: &str, path: &Path) -> Result<Config> {
        let bad = |message: String| Error::Config {
            path: path.display().to_string(),
            message,
        };
        let table: Table = text
            .parse()
            .map_err(|e: toml::de::Error| bad(e.to_string()))?;
        for (top, value) in &table {
            match (top.as_str(), value) {
                ("repositories", Value::Array(items)) => {
                    repositories_of(items).map_err(|e| bad(format!("repositories: {e}")))?;
                }
                ("repositories", _) => {
                    return Err(bad(
                        "repositories: expected an array of {name, uri} tables".into()
                    ));
                }
                (_, Value::Table(inner)) => {
                    for (sub, v) in inner {
                        let name = format!("{top}.{sub}");
                        let k = key(&name).map_err(|e| bad(e.to_string()))?;
                        check(k, v).map_err(|e| bad(format!("{name}: {e}")))?;
                    }
                }
                (_, _) => {
                    let k = key(top).map_err(|e| bad(e.to_string()))?;
                    return Err(bad(format!("{}: not a key", k.name)));
                }
            }
        }
        Ok(Config {
            path: path.to_path_buf(),
            table,
        })
    }

    /// Changes the config file at `path` under its lock: reads it afresh (its keys unchecked,
    /// so that a file with a bad key can be mended), lets `change` work on it, and writes it
    /// atomically when `change` says so (`Ok((true, …))`), all before another process may read
    /// or change it. Concurrent changes are all kept.
    pub fn update<T>(
        path: &Path,
        change: impl FnOnce(&mut Config) -> Result<(bool, T)>,
    ) -> Result<T> {
        let _held = crate::fsutil::lock_file(&crate::fsutil::lock_path(path))?;
        let mut config = Config::load_unchecked(path)?;
        let (changed, out) = change(&mut config)?;
        if changed {
            config.save()?;
        }
        Ok(out)
    }

    /// Reads a config file without checking its keys (only its TOML syntax), to mend it.
    pub fn load_unchecked(path: &Path) -> Result<Config> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(e) => return Err(unreadable(path, e)),
        };
        let table: Table = text.parse().map_err(|e: toml::de::Error| Error::Config {
            path: path.display().to_string(),
            message: e.to_string(),
        })?;
        Ok(Config {
            path: path.to_path_buf(),
            table,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The value of a key, if the file sets it.
    pub fn get(&self, name: &str) -> Option<&Value> {
        let (top, sub) = name.split_once('.')?;
        self.table.get(top)?.as_table()?.get(sub)
    }

    /// The value of a key as text (`30s`, `true`, a URL).
    pub fn get_text(&self, name: &str) -> Option<String> {
        self.get(name).map(|v| match v {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        })
    }

    pub fn set(&mut self, name: &str, value: Value) -> Result<()> {
        let k = key(name)?;
        check(k, &value)
            .map_err(|e| Error::Usage(format!("bad value for config key [{name}]: {e}")))?;
        let (top, sub) = name.split_once('.').expect("keys are dotted");
        let entry = self
            .table
            .entry(top.to_string())
            .or_insert_with(|| Value::Table(Table::new()));
        if let Value::Table(inner) = entry {
            inner.insert(sub.to_string(), value);
        }
        Ok(())
    }

    /// Removes a key (a known one, or an unknown one found in the file); false when it was not
    /// set.
    pub fn unset(&mut self, name: &str) -> Result<bool> {
        if self.get(name).is_none() {
            key(name)?;
        }
        let (top, sub) = name.split_once('.').expect("keys are dotted");
        let Some(Value::Table(inner)) = self.table.get_mut(top) else {
            return Ok(false);
        };
        let removed = inner.remove(sub).is_some();
        if inner.is_empty() {
            self.table.remove(top);
        }
        Ok(removed)
    }

    /// The configured repositories; `None` when the file says nothing (the built-in catalog).
    pub fn repositories(&self) -> Option<Vec<Repository>> {
        match self.table.get("repositories") {
            Some(Value::Array(items)) => repositories_of(items).ok(),
            _ => None,
        }
    }

    /// The repositories in effect: the configured ones, or the built-in catalog.
    pub fn repositories_or_default(&self) -> Vec<Repository> {
        self.repositories()
            .unwrap_or_else(|| vec![builtin_repository()])
    }

    pub fn set_repositories(&mut self, repos: &[Repository]) {
        let items = repos
            .iter()
            .map(|r| {
                let mut t = Table::new();
                t.insert("name".into(), Value::String(r.name.clone()));
                t.insert("uri".into(), Value::String(r.uri.clone()));
                Value::Table(t)
            })
            .collect();
        self.table
            .insert("repositories".into(), Value::Array(items));
    }

    /// The file's text.
    pub fn to_toml(&self) -> String {
        toml::to_string_pretty(&self.table).unwrap_or_default()
    }

    /// Writes the file atomically (a temporary file in the same folder, then a rename), readable
    /// by its owner only.
    pub fn save(&self) -> Result<()> {
        crate::fsutil::write_atomic(&self.path, self.to_toml().as_bytes())
    }
}

fn repositories_of(items: &[Value]) -> std::result::Result<Vec<Repository>, String> {
    let mut out: Vec<Repository> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let field = |k: &str| item.get(k).and_then(Value::as_str).map(str::to_string);
        let (Some(name), Some(uri)) = (field("name"), field("uri")) else {
            return Err(format!(
                "element {i}: expected {{name = \"...\", uri = \"...\"}}"
            ));
        };
        if out.iter().any(|r| r.name == name) {
            return Err(format!("the name [{name}] is used twice"));
        }
        out.push(Repository { name, uri });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_values_and_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/config.toml");
        let mut c = Config::load(&path).unwrap();
        c.set(
            "marathon.url",
            parse(key("marathon.url").unwrap(), "http://m:8080").unwrap(),
        )
        .unwrap();
        c.set(
            "marathon.insecure",
            parse(key("marathon.insecure").unwrap(), "yes").unwrap(),
        )
        .unwrap();
        c.set(
            "sandbox.deploy_seconds",
            parse(key("sandbox.deploy_seconds").unwrap(), "0.5").unwrap(),
        )
        .unwrap();
        c.set_repositories(&[builtin_repository()]);
        c.save().unwrap();
        let again = Config::load(&path).unwrap();
        assert_eq!(again.get_text("marathon.url").unwrap(), "http://m:8080");
        assert_eq!(again.get_text("marathon.insecure").unwrap(), "true");
        assert_eq!(again.repositories().unwrap(), [builtin_repository()]);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        assert!(
            key("marathon.urll")
                .unwrap_err()
                .to_string()
                .contains("did you mean [marathon.url]")
        );
        assert!(
            key("marathon.token")
                .unwrap_err()
                .to_string()
                .contains("never stored")
        );
        assert!(parse(key("output.format").unwrap(), "yaml").is_err());
        assert!(parse(key("marathon.request_timeout").unwrap(), "soon").is_err());
        std::fs::write(&path, "[marathon]\nurll = \"x\"\n").unwrap();
        let e = Config::load(&path).unwrap_err().to_string();
        assert!(
            e.contains("config.toml") && e.contains("marathon.urll"),
            "{e}"
        );
    }
}
