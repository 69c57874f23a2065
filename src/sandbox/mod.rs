//! smack's Marathon stand-in: the subset of the Marathon v2 REST API that smack and common
//! Marathon clients use, answered the way Marathon answers (api.md), over real HTTP.
//!
//! It serves `smack sandbox serve`, the embedded default (a sandbox served in-process on an
//! ephemeral loopback port while a command runs) and every end-to-end test.

mod routes;
pub mod selector;
pub mod state;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use crate::error::{Error, Result};
use crate::marathon::rules::Profile;
use state::State;

/// How a sandbox behaves.
#[derive(Clone)]
pub struct Config {
    /// A line per request answered (`METHOD path -> status in N ms`), for `--verbose`.
    pub trace: Option<crate::http::Trace>,
    /// Require `Authorization: token=<T>`; anything else gets DC/OS's 401.
    pub token: Option<String>,
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
}

impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config")
            .field("token", &self.token.as_ref().map(|_| "…"))
            .field("deploy", &self.deploy)
            .field("state_file", &self.state_file)
            .field("lock_file", &self.lock_file)
            .field("fail_first", &self.fail_first)
            .field("profile", &self.profile)
            .finish()
    }
}

impl Default for Config {
    fn default() -> Config {
        Config {
            trace: None,
            token: None,
            deploy: Duration::from_secs(2),
            state_file: None,
            lock_file: None,
            fail_first: 0,
            profile: Profile::dcos(),
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
    state: Mutex<State>,
    failures_left: AtomicU32,
    stopping: AtomicBool,
    addr: SocketAddr,
}

/// A bound sandbox, not yet serving.
pub struct Sandbox {
    server: Arc<tiny_http::Server>,
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

/// Holds the exclusive lock of a file (created if needed) until dropped.
pub fn lock_file(path: &Path) -> Result<std::fs::File> {
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)
        .map_err(|e| Error::io(format!("opening {}", path.display()), e))?;
    file.lock()
        .map_err(|e| Error::io(format!("locking {}", path.display()), e))?;
    Ok(file)
}

/// Writes a state file atomically.
pub fn save_state(path: &Path, state: &State) -> Result<()> {
    let text = serde_json::to_vec(state).expect("the state serializes");
    crate::fsutil::write_atomic(path, &text)
}

/// A listening socket with TCP_NODELAY, which accepted connections inherit: tiny_http writes a
/// response in 1 KiB pieces, and Nagle's algorithm would hold each piece back until the client's
/// delayed ACK, 40 ms per answer.
fn listener(listen: &str) -> Result<std::net::TcpListener> {
    use std::net::ToSocketAddrs;
    let fail = |e: &dyn std::fmt::Display| Error::Usage(format!("cannot listen on {listen}: {e}"));
    let addr = listen
        .to_socket_addrs()
        .map_err(|e| fail(&e))?
        .next()
        .ok_or_else(|| fail(&"no address"))?;
    // The address is fine; what follows fails for the system's reasons (in use, no right).
    let io = |e: std::io::Error| Error::io(format!("listening on {listen}"), e);
    let socket = socket2::Socket::new(
        socket2::Domain::for_address(addr),
        socket2::Type::STREAM,
        Some(socket2::Protocol::TCP),
    )
    .map_err(io)?;
    socket.set_reuse_address(true).map_err(io)?;
    socket.set_tcp_nodelay(true).map_err(io)?;
    socket.bind(&addr.into()).map_err(io)?;
    socket.listen(128).map_err(io)?;
    Ok(socket.into())
}

impl Sandbox {
    /// Binds `listen` (`127.0.0.1:0` picks a free port) and loads the state file, if any.
    pub fn bind(listen: &str, config: Config) -> Result<Sandbox> {
        let state = match &config.state_file {
            Some(path) => load_state(path)?,
            None => State::default(),
        };
        let server = tiny_http::Server::from_listener(listener(listen)?, None)
            .map_err(|e| Error::Usage(format!("cannot listen on {listen}: {e}")))?;
        let addr = server
            .server_addr()
            .to_ip()
            .ok_or_else(|| Error::Usage(format!("cannot listen on {listen}: not an IP address")))?;
        Ok(Sandbox {
            server: Arc::new(server),
            shared: Arc::new(Shared {
                failures_left: AtomicU32::new(config.fail_first),
                config,
                state: Mutex::new(state),
                stopping: AtomicBool::new(false),
                addr,
            }),
        })
    }

    /// Whether the sandbox listens on a loopback address only (no other machine reaches it).
    pub fn loopback(&self) -> bool {
        self.shared.addr.ip().is_loopback()
    }

    /// The base URL clients use.
    pub fn url(&self) -> String {
        format!("http://{}", self.shared.addr)
    }

    /// Serves until the process ends, with `workers` threads.
    pub fn run(self, workers: usize) {
        let running = self.spawn(workers);
        for handle in running.handles.lock().expect("not poisoned").drain(..) {
            let _ = handle.join();
        }
    }

    /// Serves in background threads until the returned handle is dropped.
    pub fn spawn(self, workers: usize) -> Running {
        let mut handles = Vec::new();
        for _ in 0..workers.max(1) {
            let server = Arc::clone(&self.server);
            let shared = Arc::clone(&self.shared);
            handles.push(std::thread::spawn(move || worker(&server, &shared)));
        }
        Running {
            url: self.url(),
            server: self.server,
            shared: self.shared,
            handles: Mutex::new(handles),
        }
    }
}

/// A sandbox serving in the background; dropping it stops it.
pub struct Running {
    url: String,
    server: Arc<tiny_http::Server>,
    shared: Arc<Shared>,
    handles: Mutex<Vec<JoinHandle<()>>>,
}

impl Running {
    pub fn url(&self) -> &str {
        &self.url
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        self.shared.stopping.store(true, Ordering::SeqCst);
        let handles: Vec<_> = self
            .handles
            .lock()
            .map(|mut h| h.drain(..).collect())
            .unwrap_or_default();
        for _ in &handles {
            self.server.unblock();
        }
        for handle in handles {
            let _ = handle.join();
        }
    }
}

/// Bodies larger than this are refused (413).
const MAX_BODY: u64 = 16 * 1024 * 1024;

fn worker(server: &tiny_http::Server, shared: &Shared) {
    loop {
        let mut request = match server.recv() {
            Ok(r) => r,
            Err(_) if shared.stopping.load(Ordering::SeqCst) => return,
            Err(_) => continue,
        };
        let started = std::time::Instant::now();
        let method = request.method().as_str().to_ascii_uppercase();
        let url = request.url().to_string();
        let header = |name: &str| {
            request
                .headers()
                .iter()
                .find(|h| h.field.as_str().as_str().eq_ignore_ascii_case(name))
                .map(|h| h.value.as_str().to_string())
        };
        let authorization = header("Authorization");
        let content_type = header("Content-Type");
        let accept = header("Accept");
        let mut body = Vec::new();
        let too_big = request.body_length().is_some_and(|n| n as u64 > MAX_BODY);
        let read_ok = too_big || {
            use std::io::Read;
            request
                .as_reader()
                .take(MAX_BODY + 1)
                .read_to_end(&mut body)
                .is_ok()
        };
        let reply = if too_big || body.len() as u64 > MAX_BODY {
            routes::message(413, "Request entity too large")
        } else if !read_ok {
            routes::message(400, "The request body could not be read")
        } else {
            let incoming = routes::Incoming {
                method: &method,
                url: &url,
                authorization: authorization.as_deref(),
                content_type: content_type.as_deref(),
                accept: accept.as_deref(),
                body: &body,
            };
            routes::handle(shared, &incoming)
        };
        if let Some(trace) = &shared.config.trace {
            trace(&format!(
                "{method} {url} -> {} in {} ms",
                reply.status,
                started.elapsed().as_millis()
            ));
        }
        let mut response =
            tiny_http::Response::from_data(reply.body).with_status_code(reply.status);
        let mut headers = vec![("Content-Type", reply.content_type.to_string())];
        headers.extend(reply.headers);
        for (name, value) in headers {
            if let Ok(h) = tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes()) {
                response.add_header(h);
            }
        }
        let _ = request.respond(response);
    }
}

fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}
