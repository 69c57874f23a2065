//! Named clusters: what `smack cluster add` keeps, beside the config file
//! (`clusters/<NAME>/`):
//! - `cluster.toml`: the URL, what it is (DC/OS or Marathon), how to log in (the uid, the
//!   private key's path, kept where it is), TLS (`--insecure`) — no secret;
//! - `ca.crt`: the cluster's CA, once trusted;
//! - `credentials.toml` (mode 0600): the DC/OS token and Marathon's HTTP credentials, written
//!   atomically under a lock (`credentials.toml.lock`), so that two commands renewing a token
//!   at once never leave half a file.
//!
//! Which cluster is current is the config key `cluster.current` (`smack cluster use`).

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::dcos::Kind;
use crate::error::{Error, Result};

/// How smack logs in to a cluster.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case", tag = "method")]
pub enum Login {
    /// The cluster asks for nothing.
    #[default]
    None,
    /// A DC/OS user: the token is kept; the password never is (`smack login` asks again).
    User { uid: String },
    /// A DC/OS service account: a fresh login token is signed with the key whenever the
    /// cluster's token expires.
    ServiceAccount { uid: String, private_key: PathBuf },
    /// A token obtained elsewhere (`--token-file`, or pasted from the browser login).
    Token,
    /// Marathon's HTTP credentials (`--http_credentials`), kept in the credentials file.
    HttpCredentials,
}

impl Login {
    pub fn describe(&self) -> String {
        match self {
            Login::None => "none".into(),
            Login::User { uid } => format!("user {uid}"),
            Login::ServiceAccount { uid, .. } => format!("service account {uid}"),
            Login::Token => "token".into(),
            Login::HttpCredentials => "HTTP credentials".into(),
        }
    }
}

/// A named cluster.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cluster {
    #[serde(skip)]
    pub name: String,
    /// The URL given to `cluster add` (normalized): a DC/OS cluster's root, or a Marathon.
    pub url: String,
    #[serde(with = "kind")]
    pub kind: Kind,
    /// DC/OS's (or Marathon's) version when added.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    #[serde(default)]
    pub login: Login,
    /// TLS certificates are not checked (`cluster add --insecure`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub insecure: bool,
}

mod kind {
    use super::Kind;
    pub fn serialize<S: serde::Serializer>(k: &Kind, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(k.as_str())
    }
    pub fn deserialize<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Kind, D::Error> {
        let text = <String as serde::Deserialize>::deserialize(d)?;
        Kind::parse(&text).ok_or_else(|| serde::de::Error::custom(format!("unknown kind [{text}]")))
    }
}

/// The secrets of a cluster. Never printed; `Debug` hides them.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Credentials {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// `user:password`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub http_credentials: Option<String>,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials")
            .field("token", &self.token.as_ref().map(|_| "…"))
            .field(
                "http_credentials",
                &self.http_credentials.as_ref().map(|_| "…"),
            )
            .finish()
    }
}

/// The clusters' folder.
#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
}

/// The longest cluster name.
const MAX_NAME: usize = 64;

/// Checks a cluster name: letters, digits, `.`, `_` and `-`, starting with a letter or digit.
pub fn check_name(name: &str) -> Result<()> {
    let ok = !name.is_empty()
        && name.len() <= MAX_NAME
        && name
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
    if ok {
        Ok(())
    } else {
        Err(Error::Usage(format!(
            "bad cluster name [{}]: use letters, digits, '.', '_' and '-' (at most {MAX_NAME}, \
             starting with a letter or digit)",
            crate::text::escape_controls(name, false)
        )))
    }
}

impl Store {
    /// The clusters kept beside a config file (`<its folder>/clusters`).
    pub fn beside(config_path: &Path) -> Store {
        let dir = config_path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."))
            .join("clusters");
        Store { dir }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn cluster_dir(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    /// Where a cluster's trusted CA is kept.
    pub fn ca_path(&self, name: &str) -> PathBuf {
        self.cluster_dir(name).join("ca.crt")
    }

    /// The cluster's trusted CA file, if it has one.
    pub fn kept_ca(&self, name: &str) -> Option<PathBuf> {
        let path = self.ca_path(name);
        path.is_file().then_some(path)
    }

    fn credentials_path(&self, name: &str) -> PathBuf {
        self.cluster_dir(name).join("credentials.toml")
    }

    /// A folder of its own in the store (`.adding-…`, `.removing-…`), gone when dropped.
    fn scratch(&self, prefix: &str) -> Result<tempfile::TempDir> {
        tempfile::Builder::new()
            .prefix(prefix)
            .tempdir_in(&self.dir)
            .map_err(|e| Error::io(format!("writing in {}", self.dir.display()), e))
    }

    /// The lock every change of the store takes (adding, removing).
    fn lock(&self) -> Result<std::fs::File> {
        std::fs::create_dir_all(&self.dir)
            .map_err(|e| Error::io(format!("creating {}", self.dir.display()), e))?;
        crate::fsutil::lock_file(&self.dir.join(".lock"))
    }

    /// The clusters, by name.
    pub fn list(&self) -> Result<Vec<Cluster>> {
        let entries = match std::fs::read_dir(&self.dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(Error::io(format!("reading {}", self.dir.display()), e)),
        };
        let mut clusters = Vec::new();
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if check_name(&name).is_ok() && entry.path().join("cluster.toml").is_file() {
                clusters.push(self.get(&name)?);
            }
        }
        clusters.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(clusters)
    }

    /// Whether a cluster of this name is kept.
    pub fn exists(&self, name: &str) -> bool {
        check_name(name).is_ok() && self.cluster_dir(name).join("cluster.toml").is_file()
    }

    /// A cluster, or an error listing the ones there are.
    pub fn get(&self, name: &str) -> Result<Cluster> {
        check_name(name)?;
        let path = self.cluster_dir(name).join("cluster.toml");
        let text = match crate::fsutil::read_bounded(&path, 1024 * 1024) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let mut names: Vec<String> = std::fs::read_dir(&self.dir)
                    .into_iter()
                    .flatten()
                    .flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|n| self.exists(n))
                    .collect();
                names.sort();
                let close = crate::suggest::closest(name, names.iter().map(String::as_str), 1);
                return Err(Error::Usage(format!(
                    "no cluster named [{name}]{}; {}",
                    match close.first() {
                        Some(c) => format!(" (did you mean [{c}]?)"),
                        None => String::new(),
                    },
                    if names.is_empty() {
                        "add one with `smack cluster add NAME URL`".to_string()
                    } else {
                        format!("the clusters are: {}", names.join(", "))
                    }
                )));
            }
            Err(e) => return Err(Error::io(format!("reading {}", path.display()), e)),
        };
        let mut cluster: Cluster = toml::from_str(&text).map_err(|e| {
            Error::Usage(format!(
                "the cluster file {} is not valid ({}); `smack cluster remove {name}` and add it again",
                path.display(),
                e.message()
            ))
        })?;
        cluster.name = name.to_string();
        Ok(cluster)
    }

    /// Adds (or replaces) a cluster with its secrets and CA: written in a folder of its own
    /// under a temporary name, then renamed into place, so a reader sees all of it or none.
    pub fn add(
        &self,
        cluster: &Cluster,
        credentials: &Credentials,
        ca: Option<&[u8]>,
    ) -> Result<()> {
        check_name(&cluster.name)?;
        let _held = self.lock()?;
        let staging = self.scratch(".adding-")?;
        let text = toml::to_string(cluster).expect("a cluster serializes");
        crate::fsutil::write_atomic(&staging.path().join("cluster.toml"), text.as_bytes())?;
        let secrets = toml::to_string(credentials).expect("credentials serialize");
        crate::fsutil::write_atomic(&staging.path().join("credentials.toml"), secrets.as_bytes())?;
        if let Some(pem) = ca {
            crate::fsutil::write_atomic(&staging.path().join("ca.crt"), pem)?;
        }
        let target = self.cluster_dir(&cluster.name);
        if target.exists() && exchange(staging.path(), &target)? {
            // The old cluster is now in the staging folder, removed with it.
            return Ok(());
        }
        if target.exists() {
            let old = self.scratch(".removing-")?;
            std::fs::rename(&target, old.path().join("old"))
                .map_err(|e| Error::io(format!("replacing {}", target.display()), e))?;
        }
        let staged = staging.keep();
        std::fs::rename(&staged, &target).map_err(|e| {
            let _ = std::fs::remove_dir_all(&staged);
            Error::io(format!("writing {}", target.display()), e)
        })?;
        Ok(())
    }

    /// Removes a cluster and its secrets.
    pub fn remove(&self, name: &str) -> Result<()> {
        // Only that it is there: a cluster whose file broke can still be removed.
        if !self.exists(name) {
            self.get(name)?;
        }
        let _held = self.lock()?;
        let target = self.cluster_dir(name);
        // Renamed away first: a reader never finds half a cluster.
        let gone = self.scratch(".removing-")?;
        std::fs::rename(&target, gone.path().join("old"))
            .map_err(|e| Error::io(format!("removing {}", target.display()), e))?;
        Ok(())
    }

    /// A cluster's secrets (none when it has none).
    pub fn credentials(&self, name: &str) -> Result<Credentials> {
        check_name(name)?;
        let path = self.credentials_path(name);
        match crate::fsutil::read_bounded(&path, 1024 * 1024) {
            Ok(bytes) => toml::from_str(&String::from_utf8_lossy(&bytes)).map_err(|e| {
                Error::Usage(format!(
                    "the credentials file {} is not valid ({}); log in again with `smack login {name}`",
                    path.display(),
                    e.message()
                ))
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Credentials::default()),
            Err(e) => Err(Error::io(format!("reading {}", path.display()), e)),
        }
    }

    /// Changes a cluster's secrets under their lock: read, changed by `change`, written
    /// atomically (mode 0600). Returns them as written.
    pub fn update_credentials(
        &self,
        name: &str,
        change: impl FnOnce(&mut Credentials),
    ) -> Result<Credentials> {
        self.get(name)?;
        let path = self.credentials_path(name);
        let _held = crate::fsutil::lock_file(&crate::fsutil::lock_path(&path))?;
        let mut credentials = self.credentials(name)?;
        change(&mut credentials);
        let text = toml::to_string(&credentials).expect("credentials serialize");
        crate::fsutil::write_atomic(&path, text.as_bytes())?;
        Ok(credentials)
    }
}

/// Swaps two folders in one step (Linux's `RENAME_EXCHANGE`), so that a reader sees the old
/// cluster or the new one, never none. `false` where the system cannot (then the caller
/// renames the old one away first).
fn exchange(a: &Path, b: &Path) -> Result<bool> {
    #[cfg(target_os = "linux")]
    {
        use rustix::fs::{CWD, RenameFlags, renameat_with};
        match renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE) {
            Ok(()) => Ok(true),
            Err(e) if e == rustix::io::Errno::INVAL || e == rustix::io::Errno::NOSYS => Ok(false),
            Err(e) => Err(Error::io(
                format!("replacing {}", b.display()),
                std::io::Error::from(e),
            )),
        }
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = (a, b);
        Ok(false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        for good in ["prod", "a", "staging-2", "eu.west_1"] {
            assert!(check_name(good).is_ok(), "{good}");
        }
        for bad in ["", "-x", ".", "..", "a/b", "a b", &"x".repeat(65), "é"] {
            assert!(check_name(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn add_get_update_remove() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::beside(&dir.path().join("config.toml"));
        assert!(store.list().unwrap().is_empty());
        let cluster = Cluster {
            name: "prod".into(),
            url: "https://dcos.example".into(),
            kind: Kind::Dcos,
            version: Some("2.2.0".into()),
            login: Login::ServiceAccount {
                uid: "ci".into(),
                private_key: "/keys/ci.pem".into(),
            },
            insecure: false,
        };
        let secrets = Credentials {
            token: Some("t1".into()),
            http_credentials: None,
        };
        store.add(&cluster, &secrets, Some(b"PEM")).unwrap();
        assert_eq!(store.get("prod").unwrap(), cluster);
        assert_eq!(store.credentials("prod").unwrap(), secrets);
        assert!(store.ca_path("prod").is_file());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(store.credentials_path("prod"))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let updated = store
            .update_credentials("prod", |c| c.token = Some("t2".into()))
            .unwrap();
        assert_eq!(updated.token.as_deref(), Some("t2"));
        assert!(!format!("{updated:?}").contains("t2"));
        let e = store.get("prd").unwrap_err().to_string();
        assert!(e.contains("did you mean [prod]"), "{e}");
        // Replaced in one step: the new file, the old secrets gone with the old folder.
        let mut again = cluster.clone();
        again.url = "https://other.example".into();
        store.add(&again, &Credentials::default(), None).unwrap();
        assert_eq!(store.get("prod").unwrap().url, "https://other.example");
        assert_eq!(store.credentials("prod").unwrap(), Credentials::default());
        assert!(!store.ca_path("prod").exists());
        let left: Vec<_> = std::fs::read_dir(store.dir())
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with(".adding") || n.starts_with(".removing"))
            .collect();
        assert!(left.is_empty(), "{left:?}");
        store.remove("prod").unwrap();
        assert!(store.list().unwrap().is_empty());
    }
}
