//! Ctrl-C and SIGTERM. Outside a watched section they end the process at once with exit 130,
//! as the default disposition would; inside one (a server serving, a wait following a
//! deployment) the first one only raises a flag that the section reads to stop cleanly and
//! say what stands. A second one ends the process at once.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);
static WATCHERS: AtomicUsize = AtomicUsize::new(0);
/// What stands if the process ends now: the change on the wire (see [`in_flight`]).
static IN_FLIGHT: Mutex<Option<String>> = Mutex::new(None);

/// The exit code of a command stopped by Ctrl-C (128 + SIGINT).
pub const EXIT: i32 = 130;

/// Installs the handler (once, at start). The handler runs on a thread of its own, not in
/// the signal's context, so it may lock and write.
pub fn install() {
    let _ = ctrlc::set_handler(|| {
        let in_flight = IN_FLIGHT.lock().ok().and_then(|m| m.clone());
        if WATCHERS.load(Ordering::SeqCst) == 0 || INTERRUPTED.swap(true, Ordering::SeqCst) {
            if let Some(stands) = in_flight {
                crate::ui::to_stderr(&format!("interrupted: {stands}"));
            }
            std::process::exit(EXIT);
        }
        if in_flight.is_some() {
            crate::ui::to_stderr(
                "interrupted: waiting for Marathon's answer to the change on its way (Ctrl-C again to leave now)",
            );
        }
    });
}

/// A change on its way to Marathon, until dropped: Ctrl-C then waits for Marathon's answer (so
/// that the command can say what stands, or undo it with `--atomic`), and a second Ctrl-C
/// leaves at once saying `stands` (the request was sent and may stand, how to check and undo
/// it).
pub struct InFlight {
    _watch: Watch,
}

pub fn in_flight(stands: String) -> InFlight {
    if let Ok(mut m) = IN_FLIGHT.lock() {
        *m = Some(stands);
    }
    InFlight { _watch: watch() }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        if let Ok(mut m) = IN_FLIGHT.lock() {
            *m = None;
        }
    }
}

/// Whether an interrupt came while watched.
pub fn interrupted() -> bool {
    INTERRUPTED.load(Ordering::SeqCst)
}

/// Watches for interrupts until dropped.
pub struct Watch(());

pub fn watch() -> Watch {
    WATCHERS.fetch_add(1, Ordering::SeqCst);
    Watch(())
}

impl Drop for Watch {
    fn drop(&mut self) {
        WATCHERS.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Lets a server serve until Ctrl-C or SIGTERM, then stops it (the requests in flight are
/// finished) and says so; the exit code is [`EXIT`]. The caller holds a [`watch`].
pub fn serve_until_interrupted(server: smack::serving::Server, ui: &crate::ui::Ui) -> i32 {
    while !interrupted() {
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    server.shutdown();
    ui.note("stopped: the requests in flight were answered");
    EXIT
}
