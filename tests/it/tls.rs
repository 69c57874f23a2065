//! HTTPS to Marathon: an unknown certificate is refused, `--ca-file` (or `marathon.ca_file`)
//! trusts it, `--insecure` skips the check only when given. The server is a minimal HTTPS
//! Marathon answering `GET /v2/apps` on loopback, with a certificate made by the test.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::sync::Arc;

use crate::common::*;
use serde_json::json;

/// Serves HTTPS on loopback with a fresh self-signed certificate; returns the URL and the
/// certificate's PEM.
fn https_marathon() -> (String, String) {
    let certified =
        rcgen::generate_simple_self_signed(vec!["127.0.0.1".to_string(), "localhost".to_string()])
            .unwrap();
    let pem = certified.cert.pem();
    let cert = certified.cert.der().clone();
    let key = rustls::pki_types::PrivateKeyDer::Pkcs8(certified.signing_key.serialize_der().into());
    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let config = Arc::new(
        rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(vec![cert], key)
            .unwrap(),
    );
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("https://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(stream) = stream else { continue };
            let config = Arc::clone(&config);
            std::thread::spawn(move || {
                let connection = rustls::ServerConnection::new(config).unwrap();
                let mut tls = rustls::StreamOwned::new(connection, stream);
                let mut reader = BufReader::new(&mut tls);
                loop {
                    let mut line = String::new();
                    match reader.read_line(&mut line) {
                        Ok(0) | Err(_) => return, // a client that refused the certificate
                        Ok(_) if line == "\r\n" => break,
                        Ok(_) => {}
                    }
                }
                let body = json!({"apps": []}).to_string();
                let _ = write!(
                    tls,
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = tls.flush();
                tls.conn.send_close_notify();
                let _ = tls.flush();
            });
        }
    });
    (url, pem)
}

#[test]
fn an_unknown_certificate_is_refused_and_a_ca_file_trusts_it() {
    let (url, pem) = https_marathon();
    let env = Env::new();
    let out = env
        .smack()
        .args(["--marathon", &url, "list", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(7), "{}", stderr(&out));
    assert!(
        stderr(&out).to_lowercase().contains("certificate"),
        "{}",
        stderr(&out)
    );

    let ca = env.path("ca.pem");
    std::fs::write(&ca, &pem).unwrap();
    let out = env
        .smack()
        .args(["--marathon", &url, "--ca-file"])
        .arg(&ca)
        .args(["list", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout_json(&out), json!([]));

    // The same through the config file.
    let set = env
        .smack()
        .args(["config", "set", "marathon.ca_file"])
        .arg(&ca)
        .output()
        .unwrap();
    assert_eq!(set.status.code(), Some(0));
    let out = env
        .smack()
        .args(["--marathon", &url, "list", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn insecure_skips_the_check_only_when_asked() {
    let (url, _) = https_marathon();
    let env = Env::new();
    let out = env
        .smack()
        .args(["--marathon", &url, "--insecure", "list", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("TLS certificates are not checked"));
    let out = env
        .smack()
        .args(["--marathon", &url, "list", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(7), "not remembered");
}
