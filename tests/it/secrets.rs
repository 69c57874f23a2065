//! Credentials never reach any output: a password in a Marathon URL is not printed on stdout,
//! stderr, in `-v` traces or `config show`; a 401 names what the server asked for.

use crate::common::*;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};

/// The planted password: no output of smack may hold it.
const PLANTED: &str = "pl4nted-S3cret";

/// A server answering every request with 401 and `challenge` as its `WWW-Authenticate`;
/// returns its port and the `Authorization` headers it received.
fn challenger(challenge: &'static str) -> (u16, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let kept = seen.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut line = String::new();
            while reader.read_line(&mut line).is_ok_and(|n| n > 0) {
                if line == "\r\n" {
                    break;
                }
                if line.to_ascii_lowercase().starts_with("authorization:") {
                    kept.lock().unwrap().push(line.trim().to_string());
                }
                line.clear();
            }
            let _ = write!(
                stream,
                "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: {challenge}\r\nContent-Type: text/plain\r\nContent-Length: 12\r\nConnection: close\r\n\r\nunauthorized"
            );
        }
    });
    (port, seen)
}

fn assert_clean(out: &std::process::Output, what: &str) {
    let all = format!("{}{}", stdout(out), stderr(out));
    assert!(!all.contains(PLANTED), "{what} printed the password");
}

#[test]
fn a_password_in_the_marathon_url_is_never_printed() {
    let env = Env::new();
    let (port, seen) = challenger("Basic realm=\"marathon\"");
    let url = format!("http://alice:{PLANTED}@127.0.0.1:{port}");
    for args in [
        vec!["list", "--marathon", &url],
        vec!["-v", "list", "--marathon", &url],
        vec!["install", "kafka", "--yes", "--marathon", &url],
        vec!["status", "kafka", "--marathon", &url],
    ] {
        let out = env.smack().args(&args).output().unwrap();
        assert_ne!(out.status.code(), Some(0));
        assert_clean(&out, &args.join(" "));
        let err = stderr(&out);
        assert!(err.contains("alice:***@127.0.0.1"), "{err}");
        assert!(
            err.contains("HTTP credentials"),
            "the hint names what was asked: {err}"
        );
        assert!(!err.contains("DC/OS token"), "{err}");
    }
    // The credentials were sent, as HTTP Basic.
    assert!(
        seen.lock().unwrap().iter().any(|h| h.starts_with("authorization: Basic")
            || h.starts_with("Authorization: Basic")),
        "{:?}",
        seen.lock().unwrap()
    );
    // In the config file: `config show` and `config get` hide it too.
    let out = env
        .smack()
        .args(["config", "set", "marathon.url", &url])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_clean(&out, "config set");
    for args in [
        vec!["config", "show"],
        vec!["config", "get", "marathon.url"],
        vec!["list"],
    ] {
        let out = env.smack().args(&args).output().unwrap();
        assert_clean(&out, &args.join(" "));
    }
}

#[test]
fn a_dcos_challenge_asks_for_a_dcos_login() {
    let env = Env::new();
    let (port, _) = challenger("oauthjwt");
    let out = env
        .smack()
        .args(["list", "--marathon", &format!("http://127.0.0.1:{port}")])
        .output()
        .unwrap();
    let err = stderr(&out);
    assert_ne!(out.status.code(), Some(0));
    assert!(err.contains("DC/OS token"), "{err}");
    assert!(!err.contains("HTTP credentials"), "{err}");
}

/// A token file's token is its first line that is not blank; a file of blank lines says so.
#[test]
fn a_token_file_may_start_with_blank_lines() {
    let env = Env::new();
    let sandbox = Server::instant();
    let file = env.path("token");
    std::fs::write(&file, format!("\n   \n{PLANTED}\n")).unwrap();
    let out = env
        .smack()
        .args(["list", "--marathon", &sandbox.url, "--token-file"])
        .arg(&file)
        .output()
        .unwrap();
    // Listed (nothing installed: exit 1), not refused for the file.
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("No packages installed"),
        "{}",
        stderr(&out)
    );
    assert_clean(&out, "list --token-file");
    std::fs::write(&file, "\n  \n").unwrap();
    let out = env
        .smack()
        .args(["list", "--marathon", &sandbox.url, "--token-file"])
        .arg(&file)
        .output()
        .unwrap();
    assert_ne!(out.status.code(), Some(0));
    assert!(stderr(&out).contains("holds no token"), "{}", stderr(&out));
}
