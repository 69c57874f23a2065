//! smack's Marathon stand-in: the subset of the Marathon v2 REST API that smack and common
//! Marathon clients use, answered the way Marathon answers (api.md), over real HTTP.
//!
//! It serves `smack sandbox serve`, the embedded default (a sandbox served in-process on an
//! ephemeral loopback port while a command runs) and every end-to-end test.

mod events;
pub mod iam;
pub mod placement;
mod routes;
pub mod selector;
pub mod state;
pub mod tls;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicU32;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::error::{Error, Result};
use crate::marathon::rules::Profile;
use crate::serving::{self, Limits};
use state::State;

/// How a sandbox behaves.
#[derive(Clone)]
pub struct Config {
    /// A line per request answered (`METHOD path -> status in N ms`), for `--verbose`.
    pub trace: Option<crate::http::Trace>,
    /// Require `Authorization: token=<T>`; anything else gets DC/OS's 401.
    pub token: Option<String>,
    /// Marathon's `--http_credentials` (`user:password`): require them as HTTP Basic, and
    /// answer Jetty's 401 otherwise.
    pub http_credentials: Option<String>,
    /// How long a deployment takes.
    pub deploy: Duration,
    /// Where the state persists (written atomically after every change); `None` keeps it in memory.
    pub state_file: Option<PathBuf>,
    /// Share the state file with other processes: every request takes this file's lock,
    /// reads the state afresh, and saves it before letting go. Two smack commands using the
    /// local sandbox then never lose each other's changes, and neither waits longer than one
    /// request of the other.
    pub lock_file: Option<PathBuf>,
    /// Answer the first N requests with 503, as a Marathon without a leader does.
    pub fail_first: u32,
    /// The Marathon it answers as: version, `--mesos_role`, features.
    pub profile: Profile,
    /// The cluster it models: agents its tasks are placed on.
    pub cluster: Arc<placement::Cluster>,
    /// Answer as a DC/OS cluster's front: its login API for these accounts, and a token
    /// required on everything else.
    pub iam: Option<Arc<iam::Iam>>,
    /// Serve HTTPS with a CA of its own (served at `/ca/dcos-ca.crt`).
    pub tls: Option<Arc<tls::Tls>>,
}

impl Config {
    /// What the state is placed and written against.
    pub fn env(&self) -> state::Env {
        state::Env {
            cluster: self.cluster.clone(),
            profile: self.profile.clone(),
        }
    }
}

impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config")
            .field("token", &self.token.as_ref().map(|_| "…"))
            .field(
                "http_credentials",
                &self.http_credentials.as_ref().map(|_| "…"),
            )
            .field("deploy", &self.deploy)
            .field("state_file", &self.state_file)
            .field("lock_file", &self.lock_file)
            .field("fail_first", &self.fail_first)
            .field("profile", &self.profile)
            .field("iam", &self.iam)
            .field("tls", &self.tls.is_some())
            .finish()
    }
}

impl Default for Config {
    fn default() -> Config {
        Config {
            trace: None,
            token: None,
            http_credentials: None,
            deploy: Duration::from_secs(2),
            state_file: None,
            lock_file: None,
            fail_first: 0,
            profile: Profile::dcos(),
            cluster: Arc::default(),
            iam: None,
            tls: None,
        }
    }
}

/// An HTTP answer.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub content_type: &'static str,
    pub body: Vec<u8>,
    pub headers: Vec<(&'static str, String)>,
}

struct Shared {
    config: Config,
    events: events::Bus,
    /// Set when the sandbox stops: the event observer ends.
    stopping: std::sync::atomic::AtomicBool,
    /// Requests answered (for `/metrics`).
    requests: std::sync::atomic::AtomicU64,
    started: std::time::Instant,
    state: Mutex<State>,
    failures_left: AtomicU32,
    addr: SocketAddr,
    /// The cluster's id (`/metadata`'s `CLUSTER_ID`).
    cluster_id: String,
}

/// Events an event-stream client may fall behind by before it is dropped (Marathon's default).
pub const EVENT_BUFFER: usize = events::BUFFER;

/// A bound sandbox, not yet serving.
pub struct Sandbox {
    listener: std::net::TcpListener,
    shared: Arc<Shared>,
}

/// Reads a state file; a missing file is an empty state.
pub fn load_state(path: &Path) -> Result<State> {
    match std::fs::read(path) {
        Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| {
            Error::Usage(format!(
                "the sandbox state file {} is not valid ({e}); move it away to start afresh (`smack sandbox reset` does that for the local sandbox)",
                path.display()
            ))
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(State::default()),
        Err(e) => Err(Error::io(format!("reading {}", path.display()), e)),
    }
}

pub use crate::fsutil::lock_file;

/// Writes a state file atomically.
pub fn save_state(path: &Path, state: &State) -> Result<()> {
    let text = serde_json::to_vec(state).expect("the state serializes");
    crate::fsutil::write_atomic(path, &text)
}

/// Bodies larger than this are refused (413), as the serving core refuses them.
pub const MAX_BODY: u64 = 16 * 1024 * 1024;

/// The limits the sandbox serves with.
pub const LIMITS: Limits = Limits::with_body(MAX_BODY);

impl Sandbox {
    /// Binds `listen` (`127.0.0.1:0` picks a free port) and loads the state file, if any.
    pub fn bind(listen: &str, config: Config) -> Result<Sandbox> {
        let mut state = match &config.state_file {
            Some(path) => load_state(path)?,
            None => State::default(),
        };
        state.env = config.env();
        let listener = serving::listen(listen)?;
        let addr = listener
            .local_addr()
            .map_err(|e| Error::io(format!("listening on {listen}"), e))?;
        Ok(Sandbox {
            listener,
            shared: Arc::new(Shared {
                failures_left: AtomicU32::new(config.fail_first),
                events: events::Bus::default(),
                stopping: std::sync::atomic::AtomicBool::new(false),
                requests: std::sync::atomic::AtomicU64::new(0),
                started: std::time::Instant::now(),
                config,
                state: Mutex::new(state),
                addr,
                cluster_id: uuid::Uuid::new_v4().to_string(),
            }),
        })
    }

    /// Whether the sandbox listens on a loopback address only (no other machine reaches it).
    pub fn loopback(&self) -> bool {
        self.shared.addr.ip().is_loopback()
    }

    /// The base URL clients use.
    pub fn url(&self) -> String {
        let scheme = if self.shared.config.tls.is_some() {
            "https"
        } else {
            "http"
        };
        format!("{scheme}://{}", self.shared.addr)
    }

    /// Serves until `stop` says so (it is asked ten times a second), then finishes the requests
    /// in flight and returns.
    pub fn run(self, stop: &dyn Fn() -> bool) -> Result<()> {
        let running = self.spawn()?;
        while !stop() {
            std::thread::sleep(Duration::from_millis(100));
        }
        running.shutdown();
        Ok(())
    }

    /// Serves in the background until the returned handle is dropped.
    pub fn spawn(self) -> Result<Running> {
        let url = self.url();
        let shared = self.shared;
        let trace = shared.config.trace.clone();
        let observed = shared.clone();
        let observer = std::thread::Builder::new()
            .name("smack-sandbox-events".into())
            .spawn(move || observe(&observed))
            .map_err(|e| Error::io("starting the sandbox".to_string(), e))?;
        let serving = shared.clone();
        let handler: serving::Handler = Arc::new(move |request| answer(&serving, &request));
        let tls = shared.config.tls.as_ref().map(|t| t.server.clone());
        let server = serving::Server::start_tls(self.listener, LIMITS, trace, handler, tls)?;
        Ok(Running {
            url,
            server: Some(server),
            shared,
            observer: Some(observer),
        })
    }
}

/// While a client listens to `/v2/events`: what time changed in the state, ten times a
/// second, and a heartbeat every ten seconds.
fn observe(shared: &Shared) {
    use std::sync::atomic::Ordering;
    let mut beat = std::time::Instant::now();
    while !shared.stopping.load(Ordering::SeqCst) {
        std::thread::sleep(Duration::from_millis(100));
        if !shared.events.listened() {
            continue;
        }
        let afresh = shared.config.lock_file.is_some();
        routes::with_state(shared, |state, now| {
            shared.events.observe(state, now, afresh)
        });
        if beat.elapsed() >= Duration::from_secs(10) {
            shared.events.heartbeat();
            beat = std::time::Instant::now();
        }
    }
}

/// A sandbox serving in the background; dropping it stops it.
pub struct Running {
    url: String,
    server: Option<serving::Server>,
    shared: Arc<Shared>,
    observer: Option<std::thread::JoinHandle<()>>,
}

impl Running {
    /// Stops serving: the requests in flight are finished first.
    pub fn shutdown(mut self) {
        self.stop();
    }

    fn stop(&mut self) {
        self.shared
            .stopping
            .store(true, std::sync::atomic::Ordering::SeqCst);
        if let Some(server) = self.server.take() {
            server.shutdown();
        }
        if let Some(observer) = self.observer.take() {
            let _ = observer.join();
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        self.stop();
    }
}

impl Running {
    pub fn url(&self) -> &str {
        &self.url
    }
}

fn answer(shared: &Shared, request: &serving::Request) -> serving::Response {
    shared
        .requests
        .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let remote = request.peer.ip().to_string();
    let incoming = routes::Incoming {
        method: &request.method,
        remote: &remote,
        url: &request.target,
        authorization: request.header("Authorization"),
        content_type: request.header("Content-Type"),
        accept: request.header("Accept"),
        body: &request.body,
    };
    // Only a request that may be for the event stream has its target parsed here.
    let mut response = 'answer: {
        if let Some(front) = front(shared, request) {
            break 'answer front;
        }
        if request.method == "GET" && request.target.contains("/v2/events") {
            let (path, params) = routes::query(&request.target);
            if routes::strip_service_prefix(path.trim_end_matches('/')) == "/v2/events" {
                break 'answer events_stream(shared, &incoming, &params, &remote);
            }
        }
        to_response(routes::handle(shared, &incoming))
    };
    // What Marathon's filters put on every answer of the leader (wire.md §4).
    let has = |r: &serving::Response, name: &str| {
        r.headers.iter().any(|(n, _)| n.eq_ignore_ascii_case(name))
    };
    response.headers.push((
        "X-Marathon-Leader".into(),
        format!("http://{}", shared.addr),
    ));
    for (name, value) in [
        ("X-Frame-Options", "DENY"),
        ("X-XSS-Protection", "1; mode=block"),
        ("Cache-Control", "no-cache, no-store, must-revalidate"),
        ("Pragma", "no-cache"),
        ("Expires", "0"),
    ] {
        if !has(&response, name) {
            response.headers.push((name.into(), value.into()));
        }
    }
    response
}

/// What a DC/OS cluster's front answers before Marathon does: its CA, the login API, its
/// version, and (with an IAM) the token check on everything else. `None`: Marathon's turn.
fn front(shared: &Shared, request: &serving::Request) -> Option<serving::Response> {
    let (path, _) = routes::query(&request.target);
    let path = path.trim_end_matches('/');
    let method = request.method.as_str();
    if let Some(tls) = &shared.config.tls
        && path == "/ca/dcos-ca.crt"
        && matches!(method, "GET" | "HEAD")
    {
        return Some(serving::Response::new(
            200,
            "application/x-x509-ca-cert",
            tls.ca_pem.clone().into_bytes(),
        ));
    }
    let iam = shared.config.iam.as_ref()?;
    let version = || {
        let release = iam::dcos_release(shared.config.profile.version.minor);
        let body = crate::dcos::version_document(release);
        serving::Response::new(200, "application/json", body.to_string().into_bytes())
    };
    match (method, path) {
        ("GET" | "HEAD", "/dcos-metadata/dcos-version.json") => return Some(version()),
        // The UI and its login page need no token (the DC/OS CLI's setup checks `HEAD /`).
        ("GET" | "HEAD", "" | "/login") => {
            return Some(serving::Response::new(
                200,
                "text/html; charset=utf-8",
                b"<!doctype html><title>DC/OS</title><p>smack sandbox: log in with smack login or dcos auth login.</p>\n".to_vec(),
            ));
        }
        ("GET", "/acs/api/v1/auth/providers") => return Some(to_response(iam::Iam::providers())),
        ("POST", "/acs/api/v1/auth/login") => {
            return Some(to_response(
                iam.login(request.header("Content-Type"), &request.body),
            ));
        }
        _ => {}
    }
    if !iam.admits(request.header("Authorization"), request.header("Cookie")) {
        return Some(to_response(iam::Iam::unauthorized()));
    }
    match (method, path) {
        ("GET" | "HEAD", "/pkgpanda/active.buildinfo.full.json") => Some(serving::Response::new(
            200,
            "application/json",
            b"{}".to_vec(),
        )),
        ("GET", "/metadata") => {
            let body = serde_json::json!({
                "PUBLIC_IPV4": shared.addr.ip().to_string(),
                "CLUSTER_ID": shared.cluster_id,
            });
            Some(serving::Response::new(
                200,
                "application/json",
                body.to_string().into_bytes(),
            ))
        }
        _ => None,
    }
}

fn to_response(reply: Reply) -> serving::Response {
    let mut response = serving::Response::new(reply.status, reply.content_type, reply.body);
    for (name, value) in reply.headers {
        response.headers.push((name.to_string(), value));
    }
    response
}

/// `GET /v2/events`: Marathon's event stream for a client that accepts `text/event-stream`
/// (Jetty's EventSourceServlet answers others as a plain servlet does: 405), `event_type`
/// parameters filtering.
fn events_stream(
    shared: &Shared,
    incoming: &routes::Incoming,
    params: &[(String, String)],
    remote: &str,
) -> serving::Response {
    if !routes::authorized(shared, incoming) {
        return to_response(routes::refused(shared));
    }
    if !incoming
        .accept
        .is_some_and(|a| a.contains("text/event-stream"))
    {
        return to_response(routes::message(
            405,
            "HTTP method GET is not supported by this URL (the event stream needs Accept: text/event-stream)",
        ));
    }
    let types: Vec<String> = params
        .iter()
        .filter(|(k, _)| k == "event_type")
        .map(|(_, v)| v.clone())
        .collect();
    // Whole plans in deployment events: always in 1.4, by default in 1.5 and 1.6 (unless
    // `plan-format=light`), never from 1.7 on (wire.md §3).
    let minor = shared.config.profile.version.minor;
    let light = params
        .iter()
        .any(|(k, v)| k == "plan-format" && v == "light");
    let heavy = minor <= 4 || (minor <= 6 && !light);
    let stream = shared.events.subscribe(types, heavy, remote);
    // What is, so that the next change is news.
    routes::with_state(shared, |state, now| shared.events.observe(state, now, true));
    serving::Response::streamed(200, "text/event-stream;charset=utf-8", stream)
        .header("Cache-Control", "no-cache")
}

fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}
