//! The servers' security rules, in one place for `smack ui`, `smack serve` and the sandbox:
//! which `Host` a request may name (a DNS-rebinding page names its own), which `Origin` may
//! change anything (a web page's cross-site request), and how a token is compared.

use std::net::SocketAddr;

/// Compares two secrets in time that does not depend on where they differ.
pub fn same_secret(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut diff = (a.len() != b.len()) as u8;
    for i in 0..a.len().max(b.len()) {
        diff |= a.get(i).copied().unwrap_or(0) ^ b.get(i).copied().unwrap_or(0);
    }
    diff == 0
}

/// The token of `Authorization: token=…`, as DC/OS clients send it.
pub fn token_of(authorization: Option<&str>) -> &str {
    authorization
        .and_then(|a| a.trim().strip_prefix("token="))
        .unwrap_or("")
}

/// Whether a request's `Host` names this server. A server on loopback answers only to its
/// loopback names (`127.0.0.1:PORT`, `localhost:PORT`, `[::1]:PORT`): a page that rebinds its
/// own name to 127.0.0.1 sends its own name and is refused. A server reachable from other
/// machines that requires a token (`any_when_off_loopback`) is named however clients know the
/// machine; the token guards it.
pub fn host_allowed(host: Option<&str>, addr: SocketAddr, any_when_off_loopback: bool) -> bool {
    if any_when_off_loopback && !addr.ip().is_loopback() {
        return host.is_some();
    }
    let Some(host) = host else {
        return false;
    };
    let host = host.trim().to_ascii_lowercase();
    let port = addr.port();
    [
        format!("127.0.0.1:{port}"),
        format!("localhost:{port}"),
        format!("[::1]:{port}"),
        addr.to_string(),
    ]
    .contains(&host)
}

/// Whether a request may change something, by its `Origin`: none (not a browser, or a
/// same-origin GET), or the very origin the request's `Host` names. A page of any other
/// origin, or an opaque one (`null`: sandboxed frames, `file:`), is refused.
pub fn origin_allowed(origin: Option<&str>, host: Option<&str>) -> bool {
    let Some(origin) = origin.map(str::trim) else {
        return true;
    };
    let Ok(url) = url::Url::parse(origin) else {
        return false;
    };
    let (Some(origin_host), Some(host)) = (url.host_str(), host) else {
        return false;
    };
    let origin_authority = match url.port_or_known_default() {
        Some(port) => format!("{origin_host}:{port}"),
        None => origin_host.to_string(),
    };
    let host = host.trim().to_ascii_lowercase();
    let host = if host.contains(':') && !host.ends_with(']') {
        host
    } else {
        format!("{host}:{}", if url.scheme() == "https" { 443 } else { 80 })
    };
    matches!(url.scheme(), "http" | "https") && origin_authority.to_ascii_lowercase() == host
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_and_origins() {
        let addr: SocketAddr = "127.0.0.1:7070".parse().unwrap();
        assert!(host_allowed(Some("127.0.0.1:7070"), addr, true));
        assert!(host_allowed(Some("LOCALHOST:7070"), addr, true));
        assert!(!host_allowed(Some("attacker.example:7070"), addr, true));
        assert!(!host_allowed(None, addr, true));
        let open: SocketAddr = "0.0.0.0:7070".parse().unwrap();
        assert!(host_allowed(Some("box.example:7070"), open, true));
        assert!(!host_allowed(Some("box.example:7070"), open, false));
        assert!(origin_allowed(None, Some("127.0.0.1:7070")));
        assert!(origin_allowed(
            Some("http://127.0.0.1:7070"),
            Some("127.0.0.1:7070")
        ));
        assert!(!origin_allowed(
            Some("http://attacker.example"),
            Some("127.0.0.1:7070")
        ));
        assert!(!origin_allowed(Some("null"), Some("127.0.0.1:7070")));
        assert!(!origin_allowed(
            Some("http://127.0.0.1:7071"),
            Some("127.0.0.1:7070")
        ));
        assert!(origin_allowed(Some("http://h.example"), Some("h.example")));
        assert!(same_secret("abc", "abc") && !same_secret("abc", "abcd"));
        assert_eq!(token_of(Some("token=x")), "x");
    }
}
