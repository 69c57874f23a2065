//! Ctrl-C and SIGTERM. Outside a watched section they end the process at once with exit 130,
//! as the default disposition would; inside one (a server serving, a wait following a
//! deployment) the first one only raises a flag that the section reads to stop cleanly and
//! say what stands. A second one ends the process at once.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);
static WATCHERS: AtomicUsize = AtomicUsize::new(0);

/// The exit code of a command stopped by Ctrl-C (128 + SIGINT).
pub const EXIT: i32 = 130;

/// Installs the handler (once, at start).
pub fn install() {
    let _ = ctrlc::set_handler(|| {
        if WATCHERS.load(Ordering::SeqCst) == 0 || INTERRUPTED.swap(true, Ordering::SeqCst) {
            std::process::exit(EXIT);
        }
    });
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
