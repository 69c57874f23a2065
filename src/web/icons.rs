//! Package icons: the image `resource.json` names, fetched by the server (the page's CSP allows
//! images from this origin only) when it is reachable, and kept in memory. A page always shows
//! the generated placeholder under the image, so an unreachable icon leaves the placeholder.

use std::collections::HashMap;
use std::io::Read;
use std::sync::Mutex;
use std::time::Duration;

use serde_json::Value;

use super::{Answer, Server};

/// The largest icon read.
const MAX_ICON: u64 = 512 * 1024;
/// How long one icon may take, from the connection to its last byte.
const TIMEOUT: Duration = Duration::from_secs(2);

/// Icons by package name (`None`: none, or unreachable), and hosts that did not answer.
/// An icon: its content type and bytes.
type Icon = (String, Vec<u8>);

pub struct Cache {
    remote: bool,
    /// Non-public addresses allowed (`--allow-private-icons`).
    private: bool,
    icons: Mutex<HashMap<String, Option<Icon>>>,
    dead_hosts: Mutex<Vec<String>>,
}

impl Cache {
    /// `remote`: whether icons are fetched at all; `private`: from non-public addresses too.
    pub fn new(remote: bool, private: bool) -> Cache {
        Cache {
            remote,
            private,
            icons: Mutex::default(),
            dead_hosts: Mutex::default(),
        }
    }
}

/// `GET /icons/NAME`: the package's icon, or 404.
pub fn serve(server: &Server, name: &str) -> Answer {
    let cached = server
        .icons
        .icons
        .lock()
        .ok()
        .and_then(|m| m.get(name).cloned());
    let icon = match cached {
        Some(icon) => icon,
        None => {
            let icon = fetch(server, name);
            if let Ok(mut m) = server.icons.icons.lock() {
                m.insert(name.to_string(), icon.clone());
            }
            icon
        }
    };
    match icon {
        Some((content_type, bytes)) => Answer {
            status: 200,
            content_type: match content_type.as_str() {
                "image/png" => "image/png",
                "image/jpeg" => "image/jpeg",
                "image/gif" => "image/gif",
                "image/webp" => "image/webp",
                _ => "image/x-icon",
            },
            body: bytes,
        },
        None => Answer::message(404, "no reachable icon"),
    }
}

fn fetch(server: &Server, name: &str) -> Option<Icon> {
    if !server.icons.remote {
        return None;
    }
    let package = server.resolve(name, None).ok()?;
    let images = package.resource.as_ref()?.get("images")?;
    let url = ["icon-medium", "icon-small", "icon-large"]
        .iter()
        .find_map(|k| images.get(*k).and_then(Value::as_str))?
        .to_string();
    let parsed = url::Url::parse(&url).ok()?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return None;
    }
    let host = parsed.host_str()?.to_string();
    if server
        .icons
        .dead_hosts
        .lock()
        .is_ok_and(|d| d.contains(&host))
    {
        return None;
    }
    let mut settings = server.settings.http(None);
    settings.connect_timeout = TIMEOUT;
    settings.request_timeout = TIMEOUT;
    settings.retries = 0;
    settings.public_only = !server.icons.private;
    let http = smack::http::Http::new(&settings, &url).ok()?;
    // A host that fails, refuses or is too slow (the body counts) is not asked again.
    let dead = || {
        if let Ok(mut d) = server.icons.dead_hosts.lock() {
            d.push(host.clone());
        }
        None
    };
    let response = match http.send(&|c| c.get(&url), true, &format!("icon at {url}")) {
        Ok(r) => r,
        Err(e) => {
            server.ui.note(format!("icon of {name} not shown: {e}"));
            return dead();
        }
    };
    if !response.status().is_success() {
        return None;
    }
    let content_type = response
        .headers()
        .get(reqwest::header::CONTENT_TYPE)?
        .to_str()
        .ok()?
        .split(';')
        .next()?
        .trim()
        .to_ascii_lowercase();
    // Raster images only: an SVG may carry script.
    if ![
        "image/png",
        "image/jpeg",
        "image/gif",
        "image/webp",
        "image/x-icon",
        "image/vnd.microsoft.icon",
    ]
    .contains(&content_type.as_str())
    {
        return None;
    }
    let mut bytes = Vec::new();
    if let Err(e) = response.take(MAX_ICON + 1).read_to_end(&mut bytes) {
        server
            .ui
            .note(format!("icon of {name} not shown: {host}: {e}"));
        return dead();
    }
    if bytes.len() as u64 > MAX_ICON {
        return None;
    }
    Some((content_type, bytes))
}
