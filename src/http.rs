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
    /// Connect to public addresses only: every address a name resolves to, every IP in a URL
    /// and every redirect is checked, and loopback, private, link-local and other non-public
    /// addresses are refused (for URLs a package names, such as icons).
    pub public_only: bool,
}

impl std::fmt::Debug for Settings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Settings")
            .field("ca_file", &self.ca_file)
            .field("insecure", &self.insecure)
            .field("connect_timeout", &self.connect_timeout)
            .field("request_timeout", &self.request_timeout)
            .field("retries", &self.retries)
            .field("public_only", &self.public_only)
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
            public_only: false,
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
        if settings.public_only {
            builder = builder
                .dns_resolver(Arc::new(PublicOnly))
                .redirect(reqwest::redirect::Policy::custom(|attempt| {
                    if attempt.previous().len() >= 5 {
                        return attempt.error("more than 5 redirects");
                    }
                    match literal_ip(attempt.url()) {
                        Some(ip) if !is_public(ip) => attempt
                            .error(format!("a redirect to {ip}, which is not a public address")),
                        _ => attempt.follow(),
                    }
                }))
                .no_proxy();
        } else if is_loopback(url) {
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
            target: crate::text::redact_credentials(url).into_owned(),
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
    ) -> Result<Exchange> {
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
            if self.settings.public_only
                && let Some(ip) = literal_ip(request.url())
                && !is_public(ip)
            {
                return Err(Error::Unreachable {
                    target: crate::text::redact_credentials(target).into_owned(),
                    reason: format!("{ip} is not a public address"),
                });
            }
            let line = format!(
                "{} {}",
                request.method(),
                crate::text::redact_credentials(request.url().as_str())
            );
            let started = Instant::now();
            let result = self.client.execute(request);
            let elapsed = started.elapsed().as_millis();
            match result {
                Err(e) => {
                    self.trace(&format!("{line} -> {} after {elapsed} ms", root_cause(&e)));
                    if e.is_timeout() {
                        return Err(Error::Timeout {
                            target: crate::text::redact_credentials(target).into_owned(),
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
                        target: crate::text::redact_credentials(target).into_owned(),
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
                    return Ok(Exchange {
                        response,
                        deadline: started + self.settings.request_timeout,
                        timeout: self.settings.request_timeout,
                    });
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

/// An answer whose body is read under the exchange's deadline: the request timeout counts
/// from the request's start to the body's last byte, so a server that sends its body a byte at
/// a time cannot hold smack past it. (One read may still wait up to the timeout when the server
/// goes silent just before the deadline.)
pub struct Exchange {
    response: Response,
    deadline: Instant,
    timeout: Duration,
}

impl Exchange {
    /// The answer's head: status, headers, length.
    pub fn head(&self) -> &Response {
        &self.response
    }

    /// The answer as an endless stream (an event stream): read under the per-read timeout
    /// only, not the exchange's deadline.
    pub fn into_stream(self) -> Response {
        self.response
    }
}

impl std::ops::Deref for Exchange {
    type Target = Response;
    fn deref(&self) -> &Response {
        &self.response
    }
}

impl std::io::Read for Exchange {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if Instant::now() >= self.deadline {
            return Err(std::io::Error::new(
                std::io::ErrorKind::TimedOut,
                format!(
                    "the answer did not finish within the request timeout of {}",
                    humantime::format_duration(self.timeout)
                ),
            ));
        }
        self.response.read(buf)
    }
}

/// The IP address a URL names literally, if it does.
fn literal_ip(url: &reqwest::Url) -> Option<std::net::IpAddr> {
    match url.host()? {
        url::Host::Ipv4(ip) => Some(ip.into()),
        url::Host::Ipv6(ip) => Some(ip.into()),
        url::Host::Domain(_) => None,
    }
}

/// Whether an address is on the public internet: not loopback, private (RFC 1918, unique
/// local), link-local, shared (100.64/10), unspecified, multicast, broadcast or reserved; an
/// IPv4 address inside IPv6 (`::ffff:10.0.0.1`) is judged as IPv4.
pub fn is_public(ip: std::net::IpAddr) -> bool {
    use std::net::IpAddr;
    match ip {
        IpAddr::V4(v4) => {
            let [a, b, ..] = v4.octets();
            !(v4.is_loopback()
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_multicast()
                || v4.is_broadcast()
                || v4.is_documentation()
                || a == 0
                || a >= 240
                || (a == 100 && (64..128).contains(&b))
                || (a == 192 && b == 0 && v4.octets()[2] == 0))
        }
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return is_public(IpAddr::V4(v4));
            }
            let first = v6.segments()[0];
            !(v6.is_loopback()
                || v6.is_unspecified()
                || v6.is_multicast()
                || (first & 0xfe00) == 0xfc00
                || (first & 0xffc0) == 0xfe80
                || (first == 0x2001 && v6.segments()[1] == 0xdb8)
                || (first == 0x64 && v6.segments()[1] == 0xff9b))
        }
    }
}

/// A resolver that keeps only public addresses, and fails a name that has none.
struct PublicOnly;

impl reqwest::dns::Resolve for PublicOnly {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let host = name.as_str().to_string();
        Box::pin(async move {
            let found: Vec<std::net::SocketAddr> =
                tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            let public: Vec<std::net::SocketAddr> = found
                .iter()
                .copied()
                .filter(|a| is_public(a.ip()))
                .collect();
            if public.is_empty() {
                let why = if found.is_empty() {
                    format!("{host} resolves to no address")
                } else {
                    format!(
                        "{host} resolves to {}, which is not a public address",
                        found[0].ip()
                    )
                };
                return Err(why.into());
            }
            let addrs: reqwest::dns::Addrs = Box::new(public.into_iter());
            Ok(addrs)
        })
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

#[cfg(test)]
mod tests {
    use super::is_public;

    #[test]
    fn only_public_addresses_are_public() {
        for ip in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "255.255.255.255",
            "224.0.0.1",
            "::1",
            "::",
            "fe80::1",
            "fd00::1",
            "::ffff:127.0.0.1",
            "::ffff:10.0.0.1",
            "64:ff9b::a00:1",
        ] {
            assert!(!is_public(ip.parse().unwrap()), "{ip}");
        }
        for ip in [
            "1.1.1.1",
            "151.101.1.69",
            "2606:4700::1111",
            "::ffff:8.8.8.8",
        ] {
            assert!(is_public(ip.parse().unwrap()), "{ip}");
        }
    }
}
