//! Following Marathon's event stream (`GET /v2/events`) to know when to look again.
//!
//! A wait (a deployment, a rollback) reads its outcome from the same requests either way; the
//! stream only says when something changed: a deployment's step or end, a task's status, a
//! health check, an app gone. With the stream, a wait looks again at once on such an event
//! (and every [`SAFETY_POLL`] regardless); without it (a Marathon that answers 404, a proxy
//! that does not pass streams, the stream breaking), it polls as before. Results and messages
//! are the same.

use std::io::{BufRead, Read as _};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use super::Client;

/// How often a wait looks anyway while the stream is live (a lost event costs no more).
pub const SAFETY_POLL: Duration = Duration::from_secs(2);

/// The event types a wait cares about.
const TYPES: [&str; 7] = [
    "deployment_info",
    "deployment_step_success",
    "deployment_success",
    "deployment_failed",
    "status_update_event",
    "health_status_changed_event",
    "app_terminated_event",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Link {
    Connecting,
    Live,
    /// No stream (or it broke) at this time; tried again after a while.
    Down(Instant),
}

#[derive(Debug)]
struct State {
    link: Link,
    /// Events seen so far.
    events: u64,
    /// Events a wait has already looked after.
    seen: u64,
}

/// One client's listener: a background thread reading the stream.
#[derive(Debug)]
pub struct Listener {
    state: Mutex<State>,
    changed: Condvar,
}

impl Listener {
    fn new() -> Arc<Listener> {
        Arc::new(Listener {
            state: Mutex::new(State {
                link: Link::Connecting,
                events: 0,
                seen: 0,
            }),
            changed: Condvar::new(),
        })
    }

    fn set(&self, f: impl FnOnce(&mut State)) {
        if let Ok(mut s) = self.state.lock() {
            f(&mut s);
        }
        self.changed.notify_all();
    }

    /// Whether the stream is live now.
    pub fn live(&self) -> bool {
        self.state.lock().is_ok_and(|s| s.link == Link::Live)
    }

    /// Whether the listener should connect again: down for a while.
    fn due(&self) -> bool {
        self.state.lock().is_ok_and(|s| match s.link {
            Link::Down(since) => since.elapsed() >= Duration::from_secs(10),
            _ => false,
        })
    }

    /// Waits until an event not looked after yet comes, or `until`; `true` on an event.
    fn wait_event(&self, until: Instant) -> bool {
        let Ok(mut s) = self.state.lock() else {
            return false;
        };
        loop {
            if s.events > s.seen {
                s.seen = s.events;
                return true;
            }
            let now = Instant::now();
            if now >= until {
                return false;
            }
            match self.changed.wait_timeout(s, until - now) {
                Ok((guard, _)) => s = guard,
                Err(_) => return false,
            }
        }
    }
}

impl Client {
    /// The listener, started on first use (and again after the stream was down a while).
    fn listener(&self) -> Arc<Listener> {
        let mut slot = self.listener.lock().unwrap_or_else(|e| e.into_inner());
        let listener = slot.get_or_insert_with(|| {
            let l = Listener::new();
            self.start_listening(l.clone());
            l
        });
        if listener.due() {
            listener.set(|s| s.link = Link::Connecting);
            self.start_listening(listener.clone());
        }
        listener.clone()
    }

    fn start_listening(&self, listener: Arc<Listener>) {
        let client = self.clone();
        // Without a thread there is no stream: the listener never goes live and waits poll.
        let _ = std::thread::Builder::new()
            .name("smack-marathon-events".into())
            .spawn(move || client.listen(&listener));
    }

    /// Reads the stream until it ends; each event wakes the waits.
    fn listen(&self, listener: &Listener) {
        let query: Vec<String> = TYPES.iter().map(|t| format!("event_type={t}")).collect();
        let url = format!("{}/v2/events?{}", self.base, query.join("&"));
        let down = |l: &Listener| l.set(|s| s.link = Link::Down(Instant::now()));
        let build = |c: &reqwest::blocking::Client, token: Option<&str>| {
            self.authorize(c.get(&url).header("Accept", "text/event-stream"), token)
        };
        let exchange = match self.exchange(&build, false) {
            Ok(e)
                if e.status().is_success()
                    && e.headers()
                        .get(reqwest::header::CONTENT_TYPE)
                        .and_then(|v| v.to_str().ok())
                        .is_some_and(|v| v.starts_with("text/event-stream")) =>
            {
                e
            }
            _ => return down(listener),
        };
        listener.set(|s| s.link = Link::Live);
        // The stream is endless: read under the per-read timeout only (heartbeats keep it
        // alive), never the exchange's deadline. Lines are capped so that a hostile server
        // cannot grow one without end.
        let mut reader = std::io::BufReader::new(exchange.into_stream());
        let mut line = Vec::new();
        loop {
            line.clear();
            let read = (&mut reader).take(1 << 20).read_until(b'\n', &mut line);
            match read {
                Ok(0) | Err(_) => break,
                Ok(_) if !line.ends_with(b"\n") => break,
                Ok(_) => {
                    if line.starts_with(b"event:") {
                        listener.set(|s| s.events += 1);
                    }
                }
            }
        }
        down(listener);
    }

    /// Waits before a wait looks again: up to `poll` without an event stream; with one, until
    /// the next event (or [`SAFETY_POLL`]); never past `deadline`. Checks `interrupted` ten
    /// times a second.
    pub fn pause(
        &self,
        poll: Duration,
        deadline: Instant,
        interrupted: fn() -> bool,
    ) -> crate::error::Result<()> {
        let listener = self.listener();
        let span = if listener.live() {
            SAFETY_POLL.max(poll)
        } else {
            poll
        };
        let until = (Instant::now() + span).min(deadline);
        loop {
            if interrupted() {
                return Err(crate::error::Error::Interrupted {
                    done: String::new(),
                    follow: String::new(),
                    undo: None,
                });
            }
            let now = Instant::now();
            if now >= until {
                return Ok(());
            }
            let slice = (until - now).min(Duration::from_millis(100));
            if listener.wait_event(now + slice) && listener.live() {
                return Ok(());
            }
        }
    }
}
