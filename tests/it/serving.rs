//! The serving core under hostile clients, for `smack ui` and `smack sandbox serve` alike: a
//! body that never comes, a flood of 1 MiB header lines, 32 slow and 32 idle connections, more
//! connections than the cap. Each attack runs while a normal client is timed; the attack must
//! not delay it (median of five requests under 100 ms, where the old single request loop made
//! it wait for the attacker, 11 s to 40 s).

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use crate::common::*;

fn host_of(url: &str) -> String {
    url.trim_start_matches("http://")
        .split('/')
        .next()
        .unwrap()
        .to_string()
}

/// A connection that declares a 100,000-byte body and sends ten bytes of it.
fn slow_body(host: &str) -> TcpStream {
    let mut s = TcpStream::connect(host).unwrap();
    s.write_all(
        b"POST /x HTTP/1.1\r\nHost: evil.example\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n0123456789",
    )
    .unwrap();
    s
}

fn idle(host: &str) -> TcpStream {
    TcpStream::connect(host).unwrap()
}

/// The resident memory of a process, in KiB.
fn rss_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap()
}

/// Sends a head of 400 header lines of 1 MiB each, as fast as the server takes them, and
/// returns the status line the server answered with (if any).
fn header_flood(host: &str) -> String {
    let mut s = TcpStream::connect(host).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let line = vec![b'a'; 1 << 20];
    let _ = s.write_all(b"GET / HTTP/1.1\r\nHost: evil.example\r\n");
    for i in 0..400 {
        if s.write_all(format!("X-Flood-{i}: ").as_bytes()).is_err()
            || s.write_all(&line).is_err()
            || s.write_all(b"\r\n").is_err()
        {
            break;
        }
    }
    let mut answer = Vec::new();
    let _ = s.read_to_end(&mut answer);
    String::from_utf8_lossy(&answer)
        .lines()
        .next()
        .unwrap_or("")
        .to_string()
}

/// The median time of five normal requests to `url`, each on a new connection, which must
/// answer `status`.
fn median_ms(url: &str, status: u16) -> u128 {
    let client = reqwest::blocking::Client::builder()
        .no_proxy()
        .timeout(Duration::from_secs(30))
        .pool_max_idle_per_host(0)
        .build()
        .unwrap();
    let mut times: Vec<u128> = (0..5)
        .map(|_| {
            let started = Instant::now();
            let r = client.get(url).send().unwrap();
            assert_eq!(r.status().as_u16(), status, "{url}");
            let _ = r.bytes().unwrap();
            started.elapsed().as_millis()
        })
        .collect();
    times.sort();
    times[2]
}

/// Runs every attack against one server; `url` is a normal request answering 200.
fn withstands_attacks(pid: u32, host: &str, url: &str) {
    median_ms(url, 200); // warm (the UI opens its catalog on the first page)

    // 1. A body that never comes.
    let held = slow_body(host);
    let ms = median_ms(url, 200);
    assert!(ms < 100, "with a slow body held open: {ms} ms");
    drop(held);

    // 2. 1 MiB header lines: refused at the header cap, memory back where it was.
    let before = rss_kib(pid);
    let status = header_flood(host);
    assert!(
        status.is_empty() || status.contains("431"),
        "a header flood is answered 431 or cut off: {status:?}"
    );
    let ms = median_ms(url, 200);
    assert!(ms < 100, "after a header flood: {ms} ms");
    std::thread::sleep(Duration::from_millis(200));
    let after = rss_kib(pid);
    assert!(
        after < before + 20 * 1024,
        "memory after a header flood: {before} KiB before, {after} KiB after"
    );

    // 3. 32 slow bodies and 32 idle connections.
    let held: Vec<TcpStream> = (0..32)
        .map(|_| slow_body(host))
        .chain((0..32).map(|_| idle(host)))
        .collect();
    let ms = median_ms(url, 200);
    assert!(ms < 100, "with 32 slow and 32 idle connections: {ms} ms");
    drop(held);
}

#[test]
fn the_sandbox_answers_while_slow_flooding_and_idle_clients_hold_connections() {
    let sandbox = Server::instant();
    let host = host_of(&sandbox.url);
    withstands_attacks(sandbox.pid(), &host, &format!("{}/v2/apps", sandbox.url));
}

#[test]
fn the_ui_answers_while_slow_flooding_and_idle_clients_hold_connections() {
    let env = Env::new();
    let sandbox = Server::instant();
    let ui = UiServer::start(
        &env,
        &["--marathon", &sandbox.url, "--no-remote-icons"],
        &[],
    );
    let host = host_of(&ui.base);
    withstands_attacks(ui.pid(), &host, &ui.url());
}

#[test]
fn the_server_refuses_what_is_too_large_and_connections_over_its_cap_with_a_message() {
    let sandbox = Server::instant();
    let host = host_of(&sandbox.url);
    // A declared body over the 16 MiB cap: 413 before a byte of it is read.
    let mut s = TcpStream::connect(&host).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    s.write_all(
        b"POST /v2/apps HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000000\r\n\r\n",
    )
    .unwrap();
    let mut answer = String::new();
    let _ = s.read_to_string(&mut answer);
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    assert!(answer.contains("Request entity too large"), "{answer}");

    // 200 header fields (the limit is 100): 431.
    let mut s = TcpStream::connect(&host).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let mut head = String::from("GET /v2/apps HTTP/1.1\r\nHost: x\r\n");
    for i in 0..200 {
        head.push_str(&format!("X-H{i}: v\r\n"));
    }
    head.push_str("\r\n");
    s.write_all(head.as_bytes()).unwrap();
    let mut answer = String::new();
    let _ = s.read_to_string(&mut answer);
    assert!(answer.starts_with("HTTP/1.1 431"), "{answer}");

    // The connection cap (512): the next connection is told so, with 503.
    let held: Vec<TcpStream> = (0..512).map(|_| idle(&host)).collect();
    std::thread::sleep(Duration::from_millis(300));
    let r = http()
        .get(format!("{}/v2/apps", sandbox.url))
        .send()
        .unwrap();
    assert_eq!(r.status().as_u16(), 503);
    assert!(
        r.text().unwrap().contains("limit of 512 connections"),
        "the 503 says why"
    );
    drop(held);
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(sandbox.status_of("GET", "/v2/apps", None).0, 200);
}

/// Over TLS (`sandbox serve --tls`), a connection beyond the cap is told so in TLS: the 503
/// arrives after the handshake, not as plain text a TLS client cannot read.
#[test]
fn over_tls_the_connection_cap_is_a_503_the_client_can_read() {
    let sandbox = Server::start(&["--deploy-seconds", "0", "--tls"]);
    let host = sandbox.url.trim_start_matches("https://").to_string();
    let client = reqwest::blocking::Client::builder()
        .danger_accept_invalid_certs(true)
        .no_proxy()
        .build()
        .unwrap();
    let held: Vec<TcpStream> = (0..512).map(|_| idle(&host)).collect();
    std::thread::sleep(Duration::from_millis(300));
    let r = client
        .get(format!("{}/v2/apps", sandbox.url))
        .send()
        .unwrap();
    assert_eq!(r.status().as_u16(), 503);
    assert!(r.text().unwrap().contains("limit of 512 connections"));
    drop(held);
    std::thread::sleep(Duration::from_millis(300));
    let r = client
        .get(format!("{}/v2/apps", sandbox.url))
        .send()
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
}
