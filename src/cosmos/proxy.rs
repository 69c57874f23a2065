//! `/service/marathon/…`: the Marathon in use behind `smack serve`, as Admin Router passes it,
//! through the one Marathon client (its credentials, its transport and timeouts).

use std::sync::atomic::{AtomicUsize, Ordering};

use smack::error::Error;
use smack::serving;

use super::Service;
use super::media::Failure;

/// The largest answer from Marathon passed back through `/service/marathon/`.
const MAX_PROXIED: u64 = 64 * 1024 * 1024;

/// Proxied requests waiting for Marathon at once. Past it, 503 at once: a Marathon that hangs
/// holds at most these, and the package endpoints (which never touch Marathon for search or
/// describe) keep answering. The event stream counts only until its head arrives.
pub const MAX_PROXYING: usize = 32;

/// One of the [`MAX_PROXYING`] places, given back when dropped.
pub struct Slot<'a>(&'a AtomicUsize);

impl<'a> Slot<'a> {
    pub fn take(count: &'a AtomicUsize) -> Option<Slot<'a>> {
        count
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| {
                (n < MAX_PROXYING).then_some(n + 1)
            })
            .ok()
            .map(|_| Slot(count))
    }
}

impl Drop for Slot<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Whether a media type is JSON (`application/json`, `…+json`).
fn is_json(content_type: Option<&str>) -> bool {
    content_type
        .and_then(|c| c.parse::<mime::Mime>().ok())
        .is_some_and(|m| {
            m.type_() == mime::APPLICATION
                && (m.subtype() == mime::JSON || m.suffix() == Some(mime::JSON))
        })
}

impl Service {
    /// `/service/marathon/…`: passed to Marathon with its credentials, the head within the
    /// request timeout, a body within it too; the event stream streamed, cut when it stalls
    /// for a request timeout. A write (POST, PUT, PATCH) passes only with a JSON content type:
    /// Marathon 1.11 takes a body without one, which a web page can send anywhere.
    pub(super) fn proxy(&self, request: &serving::Request) -> serving::Response {
        let rest = request
            .target
            .strip_prefix("/service/marathon")
            .unwrap_or("/");
        let rest = if rest.is_empty() { "/" } else { rest };
        let Ok(method) = reqwest::Method::from_bytes(request.method.as_bytes()) else {
            return Failure::new(405, "method_not_allowed", "method not allowed", None).response();
        };
        let write = matches!(
            method,
            reqwest::Method::POST | reqwest::Method::PUT | reqwest::Method::PATCH
        );
        if write && !is_json(request.header("Content-Type")) {
            return Failure::new(
                415,
                "UnsupportedContentType",
                "a change passed on to Marathon needs Content-Type: application/json",
                None,
            )
            .response();
        }
        let Some(slot) = Slot::take(&self.proxying) else {
            return Failure::new(
                503,
                "ServiceUnavailable",
                format!(
                    "Unable to complete request due to service [marathon] unavailability: {MAX_PROXYING} requests are waiting for it already"
                ),
                Some(serde_json::json!({ "serviceName": "marathon", "status": 503 })),
            )
            .response()
            .header("Retry-After", "1");
        };
        let headers: Vec<(String, String)> = request
            .headers
            .iter()
            .filter(|(name, _)| matches!(name.as_str(), "content-type" | "accept"))
            .cloned()
            .collect();
        let exchange = match self
            .connection
            .client
            .pass(method, rest, &headers, &request.body)
        {
            Ok(e) => e,
            Err(e) => {
                let status = if matches!(e, Error::Timeout { .. }) {
                    504
                } else {
                    502
                };
                return Failure::new(status, "MarathonBadGateway", e.to_string(), None).response();
            }
        };
        let status = exchange.status().as_u16();
        let headers: Vec<(String, String)> = exchange
            .headers()
            .iter()
            .filter(|(k, _)| {
                matches!(
                    k.as_str(),
                    "content-type"
                        | "marathon-deployment-id"
                        | "location"
                        | "cache-control"
                        | "www-authenticate"
                )
            })
            .filter_map(|(k, v)| Some((k.as_str().to_string(), v.to_str().ok()?.to_string())))
            .collect();
        let streaming = headers
            .iter()
            .any(|(k, v)| k == "content-type" && v.starts_with("text/event-stream"));
        if streaming {
            drop(slot);
            let (tx, stream) = serving::stream(smack::sandbox::EVENT_BUFFER);
            std::thread::spawn(move || {
                use std::io::Read;
                // Each read within the request timeout (Marathon's heartbeats keep a live
                // stream going): a stream that stalls is cut.
                let mut upstream = exchange.into_stream();
                let mut chunk = vec![0u8; 16 * 1024];
                loop {
                    match upstream.read(&mut chunk) {
                        Ok(0) | Err(_) => return,
                        Ok(n) => {
                            if !tx.try_send(chunk[..n].to_vec()) {
                                return;
                            }
                        }
                    }
                }
            });
            let mut response = serving::Response::streamed(status, "text/event-stream", stream);
            response.headers = headers;
            return response;
        }
        use std::io::Read;
        let mut body = Vec::new();
        let read = exchange.take(MAX_PROXIED + 1).read_to_end(&mut body);
        drop(slot);
        if read.is_err() || body.len() as u64 > MAX_PROXIED {
            return Failure::new(
                502,
                "MarathonBadResponse",
                "Marathon's answer broke off, did not finish within the request timeout, or is larger than 64 MiB",
                None,
            )
            .response();
        }
        let mut response = serving::Response::new(status, "application/json", body);
        response.headers = headers;
        response
    }
}
