//! Cosmos's `/package/repository/*` endpoints: the config file's repositories, changed under
//! its lock.

use serde_json::{Map, Value, json};
use smack::config::{Config, Repository};

use super::Service;
use super::media::Failure;

impl Service {
    /// Downloads and reads the repository before it is added, as Cosmos's `checkThatRepoWorks`
    /// does: only from public addresses unless the operator allows private ones
    /// (`--allow-private-repositories`), and a failure says nothing of why (a refused port, a
    /// missing file, an address inside the network), so that the answer reveals nothing of
    /// what the serving machine can reach.
    fn check_repository_works(&self, name: &str, uri: &str) -> std::result::Result<(), Failure> {
        let repository = Repository {
            name: name.to_string(),
            uri: uri.to_string(),
        };
        let mut http = self.settings.http(None);
        http.public_only = !self.allow_private_repositories;
        let works = smack::repo::Cache::default_dir()
            .map(smack::repo::Cache::new)
            .and_then(|cache| {
                smack::repo::refresh(&repository, &cache, &http, &mut |_, _| {})?;
                let source =
                    smack::repo::open(&repository, &cache, &http, &mut Vec::new(), &mut |_| {})?;
                source.summaries(&mut Vec::new()).map(|_| ())
            });
        works.map_err(|_| {
            Failure::new(
                400,
                "RepositoryUriConnection",
                format!(
                    "Could not access data at URI for repository [{name}]: {}",
                    smack::text::excerpt(uri, 200)
                ),
                Some(json!({ "repository": { "name": name, "uri": uri } })),
            )
        })
    }

    pub(super) fn repositories_json(&self) -> Value {
        json!({
            "repositories": self.repositories().iter().map(|r| json!({ "name": r.name, "uri": r.uri })).collect::<Vec<_>>()
        })
    }

    pub(super) fn repository_add(
        &self,
        body: &Map<String, Value>,
    ) -> std::result::Result<Value, Failure> {
        let name = body.get("name").and_then(Value::as_str);
        let uri = body.get("uri").and_then(Value::as_str);
        let (Some(name), Some(uri)) = (name, uri) else {
            return Err(Failure::new(
                400,
                "RepoNameOrUriMissing",
                "Repository name or URI is missing",
                None,
            ));
        };
        let index = body
            .get("index")
            .and_then(Value::as_u64)
            .map(|i| i as usize);
        // Cosmos's order: the scheme, a fetch that shows the repository works, then (on the
        // config file as it is now, under its lock) what is present already and the index.
        let scheme = url::Url::parse(uri).ok().map(|u| u.scheme().to_string());
        if !matches!(scheme.as_deref(), Some("http" | "https")) {
            return Err(Failure::new(
                400,
                "UnsupportedRepositoryUri",
                format!(
                    "Repository URI [{}] uses an unsupported scheme. Only http and https are supported",
                    smack::text::excerpt(uri, 200)
                ),
                Some(json!({ "uri": uri })),
            ));
        }
        smack::repo::check_name(name).map_err(|e| Failure::from(&e))?;
        self.check_repository_works(name, uri)?;
        self.change_repositories(|repos| {
        match (
            repos.iter().any(|r| r.name == name),
            repos.iter().any(|r| r.uri == uri),
        ) {
            (true, true) => {
                return Err(Failure::new(
                    400,
                    "RepositoryAlreadyPresent",
                    format!(
                        "Repository name [{name}] and URI [{uri}] are both already present in the list"
                    ),
                    Some(json!({"name": name, "uri": uri})),
                ));
            }
            (true, false) => {
                return Err(Failure::new(
                    400,
                    "RepositoryAlreadyPresent",
                    format!("Repository name [{name}] is already present in the list"),
                    Some(json!({"name": name})),
                ));
            }
            (false, true) => {
                return Err(Failure::new(
                    400,
                    "RepositoryAlreadyPresent",
                    format!("Repository URI [{uri}] is already present in the list"),
                    Some(json!({"uri": uri})),
                ));
            }
            _ => {}
        }
        if let Some(i) = index
            && i > repos.len()
        {
            return Err(Failure::new(
                400,
                "RepositoryAddIndexOutOfBounds",
                format!(
                    "Index ({i}) is out of range. Index value must be between 0 and {} inclusive.",
                    repos.len()
                ),
                Some(json!({"attempted": i, "max": repos.len()})),
            ));
        }
        repos.insert(
            index.unwrap_or(repos.len()),
            Repository {
                name: name.into(),
                uri: uri.into(),
            },
        );
        Ok(())
        })
    }

    pub(super) fn repository_delete(
        &self,
        body: &Map<String, Value>,
    ) -> std::result::Result<Value, Failure> {
        let name = body.get("name").and_then(Value::as_str);
        let uri = body.get("uri").and_then(Value::as_str);
        if name.is_none() && uri.is_none() {
            return Err(Failure::new(
                400,
                "RepoNameOrUriMissing",
                "Repository name or URI is missing",
                None,
            ));
        }
        self.change_repositories(|repos| {
            let before = repos.len();
            repos.retain(|r| {
                !(name.is_some_and(|n| n == r.name) || uri.is_some_and(|u| u == r.uri))
            });
            if repos.len() == before {
                let (message, data) = match (name, uri) {
                    (Some(n), Some(u)) => (
                        format!(
                            "Neither repository name [{n}] nor URI [{u}] are present in the list"
                        ),
                        json!({"name": n, "uri": u}),
                    ),
                    (Some(n), None) => (
                        format!("Repository name [{n}] is not present in the list"),
                        json!({"name": n}),
                    ),
                    (None, Some(u)) => (
                        format!("Repository URI [{u}] is not present in the list"),
                        json!({"uri": u}),
                    ),
                    (None, None) => unreachable!("checked above"),
                };
                return Err(Failure::new(
                    400,
                    "RepositoryNotPresent",
                    message,
                    Some(data),
                ));
            }
            Ok(())
        })
    }

    /// Changes the repositories in the config file: read afresh and written under the file's
    /// lock, so that concurrent adds and deletes (here or by the CLI) are all kept. Answers
    /// the list as it now is.
    pub(super) fn change_repositories(
        &self,
        change: impl FnOnce(&mut Vec<Repository>) -> std::result::Result<(), Failure>,
    ) -> std::result::Result<Value, Failure> {
        if self.settings.repositories_origin != smack::settings::Origin::File {
            return Err(Failure::new(
                400,
                "CosmosError",
                "the repositories come from --catalog or SMACK_CATALOG, not the config file: they cannot be changed here",
                None,
            ));
        }
        let mut refused = None;
        // The kept catalog sees the file change and reopens.
        let repos = Config::update(self.settings.config.path(), |config| {
            let mut repos = config.repositories_or_default();
            match change(&mut repos) {
                Ok(()) => {
                    config.set_repositories(&repos);
                    Ok((true, repos))
                }
                Err(f) => {
                    refused = Some(f);
                    Ok((false, Vec::new()))
                }
            }
        })
        .map_err(|e| Failure::from(&e))?;
        if let Some(f) = refused {
            return Err(f);
        }
        Ok(json!({
            "repositories": repos.iter().map(|r| json!({ "name": r.name, "uri": r.uri })).collect::<Vec<_>>()
        }))
    }
}
