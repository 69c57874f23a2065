//! Requests to answers: the sandbox's Marathon v2 routes, status codes and error bodies.

use std::sync::atomic::Ordering;

use serde_json::{Map, Value, json};

mod apps;
mod deployments;
mod groups;
mod info;
mod queue;
mod tasks;

use super::selector::Selector;
use super::state::{Change, State, iso, parent_of, within};
use super::{Reply, Shared, now_ms, save_state};

/// A request, read off the wire.
pub struct Incoming<'a> {
    pub method: &'a str,
    /// The client's address (`api_post_event`'s `remoteAddress`).
    pub remote: &'a str,
    /// Path and query, percent-encoded.
    pub url: &'a str,
    pub authorization: Option<&'a str>,
    pub content_type: Option<&'a str>,
    pub accept: Option<&'a str>,
    pub body: &'a [u8],
}

const DEPLOYMENT_HEADER: &str = "Marathon-Deployment-Id";

fn reply(status: u16, body: &Value) -> Reply {
    Reply {
        status,
        content_type: "application/json; charset=utf-8",
        body: body.to_string().into_bytes(),
        headers: Vec::new(),
    }
}

/// `{"message": ...}` with a status.
pub fn message(status: u16, text: &str) -> Reply {
    reply(status, &json!({ "message": text }))
}

fn deployment_result(status: u16, id: String, version: String) -> Reply {
    let mut r = reply(status, &json!({ "deploymentId": id, "version": version }));
    r.headers.push((DEPLOYMENT_HEADER, id));
    r
}

/// Admin Router's answer to a request without a valid token (api.md, DC/OS specifics).
fn unauthorized() -> Reply {
    Reply {
        status: 401,
        content_type: "text/html",
        body: b"<html>\r\n<head><title>401 Authorization Required</title></head>\r\n<body bgcolor=\"white\">\r\n<center><h1>401 Authorization Required</h1></center>\r\n<hr><center>openresty</center>\r\n</body>\r\n</html>\r\n".to_vec(),
        headers: vec![("WWW-Authenticate", "acsjwt".to_string())],
    }
}

/// The query string's pairs, decoded.
pub fn query(url: &str) -> (String, Vec<(String, String)>) {
    let parsed = url::Url::parse(&format!("http://sandbox{url}"));
    match parsed {
        Ok(u) => (
            percent_encoding::percent_decode_str(u.path())
                .decode_utf8_lossy()
                .into_owned(),
            u.query_pairs()
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect(),
        ),
        Err(_) => (url.to_string(), Vec::new()),
    }
}

fn flag(params: &[(String, String)], name: &str, default: bool) -> bool {
    params
        .iter()
        .rev()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.is_empty() || v.eq_ignore_ascii_case("true"))
        .unwrap_or(default)
}

fn values<'a>(params: &'a [(String, String)], name: &str) -> Vec<&'a str> {
    params
        .iter()
        .filter(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .collect()
}

pub fn handle(shared: &Shared, req: &Incoming) -> Reply {
    if !authorized(shared, req) {
        return refused(shared);
    }
    let failing = shared
        .failures_left
        .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
        .is_ok();
    if failing {
        return message(
            503,
            "Could not reach the leading Marathon instance (sandbox --fail-first)",
        );
    }
    // Jersey answers 406 to a JSON resource asked for something else only (wire.md §4).
    if let Some(accept) = req.accept
        && req.url.contains("/v2/")
        && !accepts_json(accept)
    {
        return message(406, "Not Acceptable");
    }
    let mut state = lock_state(shared);
    // Shared with other processes: the file's lock for this request, and the state as they
    // left it.
    let _held = match &shared.config.lock_file {
        Some(lock) => match super::lock_file(lock) {
            Ok(held) => {
                if let Some(path) = &shared.config.state_file {
                    match super::load_state(path) {
                        Ok(mut fresh) => {
                            fresh.env = shared.config.env();
                            *state = fresh;
                        }
                        Err(e) => {
                            return message(
                                500,
                                &format!("the sandbox could not read its state: {e}"),
                            );
                        }
                    }
                }
                Some(held)
            }
            Err(e) => return message(500, &format!("the sandbox could not lock its state: {e}")),
        },
        None => None,
    };
    let now = now_ms();
    let offered = state.settle(now);
    let mut ctx = Ctx {
        shared,
        state: &mut state,
        now,
        changed: false,
        dirty: offered,
    };
    let reply = ctx.route(req);
    let changed = ctx.changed;
    let dirty = changed || ctx.dirty;
    if changed {
        // Every change of the root group is announced, as Marathon's GroupManager does.
        let version = state
            .deployments
            .iter()
            .map(|d| d.version.clone())
            .max()
            .unwrap_or_else(|| super::state::iso(now));
        shared.events.publish(
            "group_change_success",
            json!({ "groupId": "/", "version": version }),
            now,
        );
    }
    if dirty || !matches!(req.method, "GET" | "HEAD") {
        shared.events.written();
        shared.events.observe(&state, now, false);
    }
    if dirty
        && let Some(path) = &shared.config.state_file
        && let Err(e) = save_state(path, &state)
    {
        return message(500, &format!("the sandbox could not save its state: {e}"));
    }
    reply
}

/// The state, for one request. A request that panicked while holding it (the serving core
/// answers it with a 500) does not take the sandbox down with it: the state stays as that
/// request left it, and the next request goes on from there.
fn lock_state(shared: &Shared) -> std::sync::MutexGuard<'_, State> {
    shared.state.lock().unwrap_or_else(|poisoned| {
        shared.state.clear_poison();
        poisoned.into_inner()
    })
}

/// Whether an `Accept` header takes JSON: `*/*`, `application/*`, a JSON type, or nothing
/// but parameters.
fn accepts_json(accept: &str) -> bool {
    accept.split(',').any(|range| {
        let media = range
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        media.is_empty() || media == "*/*" || media == "application/*" || media.contains("json")
    })
}

/// Whether a request carries the token the sandbox requires (if any), and Marathon's HTTP
/// credentials (if it has them): `Authorization: Basic base64(user:password)`.
pub fn authorized(shared: &Shared, req: &Incoming) -> bool {
    let token = shared.config.token.as_ref().is_none_or(|token| {
        crate::guard::same_secret(crate::guard::token_of(req.authorization), token)
    });
    let basic = shared
        .config
        .http_credentials
        .as_ref()
        .is_none_or(|wanted| {
            use base64::Engine;
            let given = req
                .authorization
                .and_then(|a| {
                    let (scheme, value) = a.trim().split_once(' ')?;
                    scheme.eq_ignore_ascii_case("basic").then_some(value.trim())
                })
                .and_then(|v| base64::engine::general_purpose::STANDARD.decode(v).ok())
                .and_then(|b| String::from_utf8(b).ok());
            given.is_some_and(|g| crate::guard::same_secret(&g, wanted))
        });
    token && basic
}

/// DC/OS's answer to a request without a valid token.
pub fn refused(shared: &Shared) -> Reply {
    if shared.config.http_credentials.is_some() {
        // Jetty's BasicAuthenticator (dcos/access.md §3), realm as Marathon 1.6 named it.
        return Reply {
            status: 401,
            content_type: "text/html;charset=iso-8859-1",
            body: b"<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html;charset=ISO-8859-1\"/>\n<title>Error 401 Unauthorized</title>\n</head>\n<body><h2>HTTP ERROR 401</h2>\n<p>Problem accessing. Reason:\n<pre>    Unauthorized</pre></p>\n</body>\n</html>\n".to_vec(),
            headers: vec![("WWW-Authenticate", "basic realm=\"Mesosphere\"".to_string())],
        };
    }
    unauthorized()
}

/// Runs `f` on the state as a request sees it (settled at now; with a lock file, read afresh
/// under the lock). Used by the event observer.
pub fn with_state(shared: &Shared, f: impl FnOnce(&State, u64)) {
    let mut state = lock_state(shared);
    let _held = match &shared.config.lock_file {
        Some(lock) => match super::lock_file(lock) {
            Ok(held) => {
                if let Some(path) = &shared.config.state_file
                    && let Ok(mut fresh) = super::load_state(path)
                {
                    fresh.env = shared.config.env();
                    *state = fresh;
                }
                Some(held)
            }
            Err(_) => return,
        },
        None => None,
    };
    let now = now_ms();
    if state.settle(now)
        && let Some(path) = &shared.config.state_file
    {
        // Offers came for waiting instances: what they placed stands.
        let _ = save_state(path, &state);
    }
    f(&state, now);
}

struct Ctx<'a> {
    shared: &'a Shared,
    state: &'a mut State,
    now: u64,
    /// The request changed the apps or groups (saved, and announced as a group change).
    changed: bool,
    /// The request changed something else to save (a launch delay reset).
    dirty: bool,
}

impl Ctx<'_> {
    fn duration_ms(&self) -> u64 {
        self.shared.config.deploy.as_millis() as u64
    }

    fn route(&mut self, req: &Incoming) -> Reply {
        let (path, params) = query(req.url);
        let path = path.trim_end_matches('/');
        // DC/OS's Admin Router serves Marathon under /service/marathon/: the same API.
        let path = strip_service_prefix(path);
        let m = req.method;
        match path {
            "/v2/tasks" => match m {
                "GET" => self.list_tasks(&params),
                _ => not_allowed(),
            },
            "/v2/tasks/delete" => match m {
                "POST" => self.kill_given_tasks(req, &params),
                _ => not_allowed(),
            },
            "/v2/leader" => match m {
                "GET" => reply(200, &json!({ "leader": self.shared.addr.to_string() })),
                // The sandbox is the only instance: it abdicates and is elected again at once.
                "DELETE" => message(200, "Leadership abdicated"),
                _ => not_allowed(),
            },
            // The master's endpoints also answer without their `/master` prefix (Mesos's
            // delegate), which the DC/OS CLI's setup reads for the cluster's name.
            "/master/state-summary"
            | "/mesos/master/state-summary"
            | "/state-summary"
            | "/mesos/state-summary" => match m {
                "GET" => reply(200, &self.state.state_summary(self.now)),
                _ => not_allowed(),
            },
            "/metrics" => match m {
                "GET" => reply(200, &self.metrics()),
                _ => not_allowed(),
            },
            "/v2/eventSubscriptions" => self.event_subscriptions(),
            "/ping" => match m {
                "GET" | "HEAD" => self.ping(req),
                _ => not_allowed(),
            },
            "/v2/info" => match m {
                "GET" => reply(200, &self.info()),
                _ => not_allowed(),
            },
            "/v2/apps" => match m {
                "GET" => self.list_apps(&params),
                "POST" => self.create_app(req, &params),
                "PUT" => self.bulk_update(req, &params, true),
                "PATCH" => self.bulk_update(req, &params, false),
                _ => not_allowed(),
            },
            "/v2/deployments" => match m {
                "GET" => {
                    let list: Vec<Value> = self
                        .state
                        .deployments
                        .iter()
                        .map(|d| d.to_json(self.now))
                        .collect();
                    reply(200, &Value::Array(list))
                }
                _ => not_allowed(),
            },
            "/v2/groups" => match m {
                "GET" => reply(200, &self.group("/", embeds_failures(&params))),
                "PUT" => self.put_group("/", req, &params, false),
                "POST" => self.put_group("/", req, &params, true),
                "DELETE" => self.delete_group("/", &params),
                _ => not_allowed(),
            },
            "/v2/queue" => match m {
                "GET" => self.queue(&params),
                _ => not_allowed(),
            },
            _ => {
                if let Some(rest) = path.strip_prefix("/v2/apps/") {
                    self.app_route(req, rest, &params)
                } else if let Some(id) = path
                    .strip_prefix("/v2/queue/")
                    .and_then(|p| p.strip_suffix("/delay"))
                {
                    match m {
                        "DELETE" => self.reset_delay(id),
                        _ => not_allowed(),
                    }
                } else if let Some(id) = path.strip_prefix("/v2/deployments/") {
                    match m {
                        "DELETE" => self.cancel_deployment(id, &params),
                        _ => not_allowed(),
                    }
                } else if let Some(id) = path.strip_prefix("/v2/groups/") {
                    let group = match crate::marathon::app::canonical_id(id) {
                        Ok(g) => g,
                        Err(e) => return invalid("/id", &e),
                    };
                    match m {
                        "GET" => self.get_group(&group, &params),
                        "PUT" => self.put_group(&group, req, &params, false),
                        "POST" => self.put_group(&group, req, &params, true),
                        "DELETE" => self.delete_group(&group, &params),
                        _ => not_allowed(),
                    }
                } else {
                    message(404, &format!("URI not found: {path}"))
                }
            }
        }
    }
}

/// The app embeds asked for, without their prefix: Marathon's InfoEmbedResolver takes
/// `apps.tasks`, `app.tasks`, `group.apps.tasks` and plain `tasks` alike.
fn app_embeds(params: &[(String, String)]) -> Vec<&str> {
    values(params, "embed")
        .into_iter()
        .map(|e| {
            ["group.apps.", "apps.", "app."]
                .iter()
                .find_map(|p| e.strip_prefix(p))
                .unwrap_or(e)
        })
        .collect()
}

/// Whether a group request embeds the apps' last task failures.
fn embeds_failures(params: &[(String, String)]) -> bool {
    values(params, "embed")
        .iter()
        .any(|e| matches!(*e, "group.apps.lastTaskFailure" | "group.apps.failures"))
}

/// How deeply a GroupUpdate may nest groups.
const MAX_GROUP_DEPTH: usize = 32;

/// What a GroupUpdate changes.
#[derive(Default)]
struct GroupChange {
    apps: Vec<Change>,
    /// Every group the update names (created when missing).
    groups: Vec<String>,
    removed_groups: Vec<String>,
    dependencies: Vec<(String, Vec<String>)>,
    depth: usize,
}

impl GroupChange {
    /// Records the groups: created, removed, their dependencies replaced.
    fn groups_into(&self, state: &mut State, gid: &str) {
        state
            .groups
            .retain(|g, _| !self.removed_groups.iter().any(|r| within(g, r)));
        for g in self.groups.iter().chain(std::iter::once(&gid.to_string())) {
            if g != "/" {
                state.groups.entry(g.clone()).or_default();
            }
        }
        for (g, deps) in &self.dependencies {
            state.groups.entry(g.clone()).or_default().dependencies = deps.clone();
        }
    }
}

/// An id in a group document: absolute as it is, relative against `base`; canonical.
fn resolve(id: &str, base: &str) -> Result<String, String> {
    if id.starts_with('/') {
        crate::marathon::app::canonical_id(id)
    } else {
        crate::marathon::app::canonical_id(&format!("{}/{id}", base.trim_end_matches('/')))
    }
}

/// Marathon's 422 for one invalid place.
fn invalid(path: &str, error: &str) -> Reply {
    let path = if path.is_empty() { "/" } else { path };
    reply(
        422,
        &json!({
            "message": "Object is not valid",
            "details": [{ "path": path, "errors": [error] }],
        }),
    )
}

/// A path without DC/OS's `/service/marathon` prefix.
pub fn strip_service_prefix(path: &str) -> &str {
    match path.strip_prefix("/service/marathon") {
        Some("") => "/",
        Some(rest) if rest.starts_with('/') => rest,
        _ => path,
    }
}

/// A version timestamp as milliseconds since the epoch (Marathon parses ISO-8601 date-times).
fn instant_of(version: &str) -> Option<u64> {
    let time = humantime::parse_rfc3339_weak(version).ok()?;
    Some(time.duration_since(std::time::UNIX_EPOCH).ok()?.as_millis() as u64)
}

/// Marathon's answer to a version that is not a date-time (`Timestamp(String)` throws an
/// IllegalArgumentException, which its exception mapper answers with 422).
fn invalid_timestamp(version: &str) -> Reply {
    message(
        422,
        &format!("Invalid timestamp provided '{version}'. Expecting ISO-8601 datetime string."),
    )
}

fn not_found_app(id: &str) -> Reply {
    message(404, &format!("App '{id}' does not exist"))
}

fn not_allowed() -> Reply {
    message(405, "HTTP 405 Method Not Allowed")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_strings() {
        let (path, params) = query("/v2/apps?label=DCOS_PACKAGE_NAME%3D%3Dkafka&embed=apps.tasks");
        assert_eq!(path, "/v2/apps");
        assert_eq!(values(&params, "label"), ["DCOS_PACKAGE_NAME==kafka"]);
        assert!(flag(&[("force".into(), "true".into())], "force", false));
        assert!(flag(&[], "force", true));
    }
}
