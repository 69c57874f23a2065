//! Every outgoing body under a deadline, and no icon from an address inside the network:
//! servers that drip their answers a byte at a time, servers that count the requests they get,
//! and the environment variables whose bad values must name them.

use std::io::{Read, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use serde_json::json;

use crate::common::*;

/// A server on `bind` that answers every request with a 100,000-byte body of `content_type`
/// sent one byte a second; the counter counts the requests.
fn drip_server(bind: &str, content_type: &'static str) -> Option<(String, Arc<AtomicUsize>)> {
    let listener = std::net::TcpListener::bind(bind).ok()?;
    let addr = listener.local_addr().unwrap();
    let count = Arc::new(AtomicUsize::new(0));
    let counted = count.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            counted.fetch_add(1, Ordering::SeqCst);
            std::thread::spawn(move || {
                let mut stream = stream;
                let mut buf = [0u8; 4096];
                let _ = stream.read(&mut buf);
                let head = format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: 100000\r\n\r\n"
                );
                if stream.write_all(head.as_bytes()).is_err() {
                    return;
                }
                for _ in 0..60 {
                    if stream.write_all(b" ").is_err() {
                        return;
                    }
                    std::thread::sleep(Duration::from_secs(1));
                }
            });
        }
    });
    Some((format!("http://{addr}"), count))
}

#[test]
fn a_dripping_repository_is_given_up_at_the_request_timeout_naming_it() {
    let env = Env::new();
    let (url, _) = drip_server("127.0.0.1:0", "application/json").unwrap();
    let started = Instant::now();
    let out = env
        .smack()
        .args(["--request-timeout", "2s", "repo", "add", "drip"])
        .arg(format!("{url}/repo.json"))
        .output()
        .unwrap();
    let took = started.elapsed();
    assert_ne!(out.status.code(), Some(0));
    let err = stderr(&out);
    assert!(
        err.contains(&format!("{url}/repo.json")),
        "names the host: {err}"
    );
    assert!(
        err.contains("did not finish within the request timeout of 2s"),
        "{err}"
    );
    assert!(
        took < Duration::from_secs(3),
        "took {took:?} for a 2 s timeout"
    );
}

/// A local catalog whose packages have these icon URLs.
fn icon_catalog(env: &Env, icons: &[(&str, String)]) -> std::path::PathBuf {
    let catalog = env.path("icons");
    for (name, url) in icons {
        write_package(
            &catalog,
            name,
            0,
            &[
                ("package.json", &package_json(name, "1.0.0")),
                (
                    "resource.json",
                    &json!({"images": {"icon-medium": url}}).to_string(),
                ),
                ("marathon.json.mustache", r#"{"id":"/x","cmd":"sleep 1"}"#),
            ],
        );
    }
    catalog
}

fn client() -> reqwest::blocking::Client {
    reqwest::blocking::Client::builder()
        .no_proxy()
        .cookie_store(true)
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap()
}

#[test]
fn a_dripping_icon_host_costs_two_seconds_once_and_never_delays_the_page() {
    let env = Env::new();
    let (url, count) = drip_server("127.0.0.1:0", "image/png").unwrap();
    let catalog = icon_catalog(&env, &[("slow", format!("{url}/icon.png"))]);
    let sandbox = Server::instant();
    let ui = UiServer::start(
        &env,
        &[
            "--marathon",
            &sandbox.url,
            "--catalog",
            catalog.to_str().unwrap(),
            "--allow-private-icons",
        ],
        &[],
    );
    let b = client();
    assert_eq!(b.get(ui.url()).send().unwrap().status(), 200);
    // The icon, fetched in the background of the page...
    let icon = {
        let b = b.clone();
        let base = ui.base.clone();
        std::thread::spawn(move || {
            let started = Instant::now();
            let status = b.get(format!("{base}/icons/slow")).send().unwrap().status();
            (status.as_u16(), started.elapsed())
        })
    };
    std::thread::sleep(Duration::from_millis(300));
    // ...does not hold the catalog back.
    let started = Instant::now();
    let r = b.get(format!("{}/api/catalog", ui.base)).send().unwrap();
    assert_eq!(r.status(), 200);
    assert!(
        started.elapsed() < Duration::from_secs(1),
        "/api/catalog took {:?} while an icon dripped",
        started.elapsed()
    );
    let (status, took) = icon.join().unwrap();
    assert_eq!(status, 404, "a too slow icon is the placeholder");
    assert!(
        took < Duration::from_secs(3),
        "the icon took {took:?} (limit 2 s)"
    );
    // The slow host is remembered: not asked again.
    let again = b.get(format!("{}/icons/slow", ui.base)).send().unwrap();
    assert_eq!(again.status(), 404);
    assert_eq!(count.load(Ordering::SeqCst), 1);
}

#[test]
fn icons_on_loopback_private_and_link_local_addresses_are_never_requested() {
    let env = Env::new();
    let (v4, v4_count) = drip_server("127.0.0.1:0", "image/png").unwrap();
    let v6 = drip_server("[::1]:0", "image/png");
    let mut icons = vec![
        ("loopback", format!("{v4}/icon.png")),
        ("private", "http://10.0.0.1/icon.png".to_string()),
        (
            "linklocal",
            "http://169.254.169.254/latest/meta-data".to_string(),
        ),
        ("mapped", "http://[::ffff:127.0.0.1]/icon.png".to_string()),
        (
            "localhost",
            format!(
                "http://localhost:{}/icon.png",
                v4.rsplit(':').next().unwrap()
            ),
        ),
    ];
    if let Some((v6, _)) = &v6 {
        icons.push(("v6", format!("{v6}/icon.png")));
    }
    let catalog = icon_catalog(&env, &icons);
    let sandbox = Server::instant();
    let ui = UiServer::start(
        &env,
        &[
            "--marathon",
            &sandbox.url,
            "--catalog",
            catalog.to_str().unwrap(),
        ],
        &[],
    );
    let b = client();
    assert_eq!(b.get(ui.url()).send().unwrap().status(), 200);
    for (name, _) in &icons {
        let r = b.get(format!("{}/icons/{name}", ui.base)).send().unwrap();
        assert_eq!(r.status(), 404, "{name}");
    }
    assert_eq!(
        v4_count.load(Ordering::SeqCst),
        0,
        "nothing asked 127.0.0.1"
    );
    if let Some((_, v6_count)) = &v6 {
        assert_eq!(v6_count.load(Ordering::SeqCst), 0, "nothing asked ::1");
    }
}

#[test]
fn allowing_private_icons_needs_a_local_catalog() {
    let env = Env::new();
    let out = env
        .smack()
        .args([
            "ui",
            "--allow-private-icons",
            "--catalog",
            "http://127.0.0.1:9/index.json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--allow-private-icons is for a local catalog only"));
}

#[test]
fn a_bad_value_in_an_environment_variable_names_the_variable() {
    let env = Env::new();
    let out = env
        .smack()
        .args(["catalog", "search", "kafka"])
        .env("SMACK_OUTPUT", "xml")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("bad value [xml] in the environment variable SMACK_OUTPUT"),
        "{}",
        stderr(&out)
    );
    let out = env
        .smack()
        .args(["catalog", "search", "kafka"])
        .env("SMACK_CATALOG", "/no/such/catalog")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out)
            .contains("bad value [/no/such/catalog] in the environment variable SMACK_CATALOG"),
        "{}",
        stderr(&out)
    );
    // Good values still work: JSON from SMACK_OUTPUT, the catalog from SMACK_CATALOG.
    let out = env
        .smack()
        .args(["catalog", "search", "kafka"])
        .env("SMACK_OUTPUT", "json")
        .env("SMACK_CATALOG", project().join("universe"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout_json(&out)[0]["name"], "kafka");
}
