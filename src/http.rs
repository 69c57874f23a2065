//! The HTTP transport every network path shares (the Marathon client and repository downloads):
//! TLS trust, timeouts, proxies from the environment, and retries with exponential backoff.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use reqwest::StatusCode;
use reqwest::blocking::{Client, RequestBuilder, Response};

use crate::error::{Error, Result};

/// A sink for one-line traces of requests (`--verbose`); never given secrets.
pub type Trace = Arc<dyn Fn(&str) + Send + Sync>;

/// How to talk HTTP.
#[derive(Clone)]
pub struct Settings {
    /// A PEM file of CA certificates to trust in addition to the system's.
    pub ca_file: Option<PathBuf>,
    /// Accept any TLS certificate (only when asked for).
    pub insecure: bool,
    pub connect_timeout: Duration,
    pub request_timeout: Duration,
    /// Retries of idempotent requests on connection errors, 502 and 503.
    pub retries: u32,
    /// The first backoff; it doubles with every retry.
    pub backoff: Duration,
    pub trace: Option<Trace>,
}

impl std::fmt::Debug for Settings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Settings")
            .field("ca_file", &self.ca_file)
            .field("insecure", &self.insecure)
            .field("connect_timeout", &self.connect_timeout)
            .field("request_timeout", &self.request_timeout)
            .field("retries", &self.retries)
            .finish_non_exhaustive()
    }
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            ca_file: None,
            insecure: false,
            connect_timeout: Duration::from_secs(5),
            request_timeout: Duration::from_secs(30),
            retries: 3,
            backoff: Duration::from_millis(200),
            trace: None,
        }
    }
}

/// A configured HTTP client for one destination.
#[derive(Clone)]
pub struct Http {
    client: Client,
    settings: Settings,
}

impl std::fmt::Debug for Http {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Http")
            .field("settings", &self.settings)
            .finish()
    }
}

impl Http {
    /// A client for requests to `url`'s host: proxies from the environment, except for loopback.
    pub fn new(settings: &Settings, url: &str) -> Result<Http> {
        let mut builder = Client::builder()
            .user_agent(concat!("smack/", env!("CARGO_PKG_VERSION")))
            .connect_timeout(settings.connect_timeout)
            .timeout(settings.request_timeout)
            .redirect(reqwest::redirect::Policy::limited(5));
        if is_loopback(url) {
            // A proxy is never the way to this machine.
            builder = builder.no_proxy();
        }
        if let Some(path) = &settings.ca_file {
            let pem = std::fs::read(path)
                .map_err(|e| Error::io(format!("reading CA file {}", path.display()), e))?;
            let certs = reqwest::Certificate::from_pem_bundle(&pem).map_err(|e| {
                Error::Usage(format!(
                    "CA file {} holds no usable PEM certificate: {e}",
                    path.display()
                ))
            })?;
            if certs.is_empty() {
                return Err(Error::Usage(format!(
                    "CA file {} holds no PEM certificate",
                    path.display()
                )));
            }
            builder = builder.tls_certs_merge(certs);
        }
        if settings.insecure {
            builder = builder.tls_danger_accept_invalid_certs(true);
        }
        let client = builder.build().map_err(|e| Error::Unreachable {
            target: url.to_string(),
            reason: format!("cannot set up the HTTP client: {}", root_cause(&e)),
        })?;
        Ok(Http {
            client,
            settings: settings.clone(),
        })
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Sends the request `build` makes, retrying idempotent ones on connection errors, 502 and
    /// 503 with exponential backoff. `target` names the destination in errors ("Marathon at
    /// URL"). Any HTTP status is returned as a response; only transport failures are errors.
    pub fn send(
        &self,
        build: &dyn Fn(&Client) -> RequestBuilder,
        idempotent: bool,
        target: &str,
    ) -> Result<Response> {
        let attempts = if idempotent {
            self.settings.retries + 1
        } else {
            1
        };
        let mut delay = self.settings.backoff;
        let mut attempt = 0;
        loop {
            attempt += 1;
            let last = attempt >= attempts;
            let request = build(&self.client).build().map_err(|e| {
                Error::Usage(format!(
                    "cannot build a request to {target}: {}",
                    root_cause(&e)
                ))
            })?;
            let line = format!("{} {}", request.method(), request.url());
            let started = Instant::now();
            let result = self.client.execute(request);
            let elapsed = started.elapsed().as_millis();
            match result {
                Err(e) => {
                    self.trace(&format!("{line} -> {} after {elapsed} ms", root_cause(&e)));
                    if e.is_timeout() {
                        return Err(Error::Timeout {
                            target: target.to_string(),
                            after: humantime::format_duration(self.settings.request_timeout)
                                .to_string(),
                        });
                    }
                    // A refused certificate will be refused again: no retry for that.
                    let tls_refusal = root_cause(&e).to_lowercase().contains("certificate");
                    if !last && e.is_connect() && !tls_refusal {
                        std::thread::sleep(delay);
                        delay *= 2;
                        continue;
                    }
                    return Err(Error::Unreachable {
                        target: target.to_string(),
                        reason: root_cause(&e),
                    });
                }
                Ok(response) => {
                    let status = response.status();
                    self.trace(&format!("{line} -> {} in {elapsed} ms", status.as_u16()));
                    if !last
                        && (status == StatusCode::BAD_GATEWAY
                            || status == StatusCode::SERVICE_UNAVAILABLE)
                    {
                        std::thread::sleep(delay);
                        delay *= 2;
                        continue;
                    }
                    return Ok(response);
                }
            }
        }
    }

    fn trace(&self, line: &str) {
        if let Some(trace) = &self.settings.trace {
            trace(line);
        }
    }
}

/// Whether a URL points at this machine.
pub fn is_loopback(url: &str) -> bool {
    reqwest::Url::parse(url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_string))
        .is_some_and(|host| {
            let host = host.trim_start_matches('[').trim_end_matches(']');
            host == "localhost"
                || host
                    .parse::<std::net::IpAddr>()
                    .is_ok_and(|ip| ip.is_loopback())
        })
}

/// The innermost cause of an error: "Connection refused (os error 111)" rather than "error
/// sending request".
pub fn root_cause(error: &dyn std::error::Error) -> String {
    let mut cause = error;
    while let Some(next) = cause.source() {
        cause = next;
    }
    cause.to_string()
}
