//! smack in scripts: with stdout or stderr closed (`… 2>&1 | grep -q`, `| head -0` under
//! `pipefail`) every command keeps its own exit code, and nothing panics.

use crate::common::*;
use std::process::Stdio;

/// Which stream the command finds closed.
#[derive(Clone, Copy, Debug)]
enum Closed {
    Stdout,
    Stderr,
}

/// Runs smack with one stream a pipe whose reading end is already closed (every write fails
/// with EPIPE), the other captured. Returns the exit code and the captured stream.
fn run_closed(env: &Env, args: &[String], closed: Closed) -> (Option<i32>, String) {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let mut cmd = command_in(env.home.path());
    cmd.args(args).stdin(Stdio::null());
    match closed {
        Closed::Stdout => cmd.stdout(Stdio::from(writer)).stderr(Stdio::piped()),
        Closed::Stderr => cmd.stderr(Stdio::from(writer)).stdout(Stdio::piped()),
    };
    let out = cmd.output().unwrap();
    let other = match closed {
        Closed::Stdout => out.stderr,
        Closed::Stderr => out.stdout,
    };
    (
        out.status.code(),
        String::from_utf8_lossy(&other).into_owned(),
    )
}

#[test]
fn every_command_keeps_its_exit_code_with_a_closed_stream() {
    let env = Env::new();
    let dead = dead_url();
    let commands: Vec<Vec<String>> = [
        "catalog search nothing",
        "catalog search kafka",
        "catalog describe kafka",
        "catalog describe nope",
        "render kafka",
        "render kafka --set nodes.count=99",
        "render nope",
        "lint",
        "list --marathon DEAD",
        "install kafka --yes --marathon DEAD",
        "upgrade kafka --yes --marathon DEAD",
        "uninstall kafka --yes --marathon DEAD",
        "history kafka --marathon DEAD",
        "rollback kafka 1 --yes --marathon DEAD",
        "restart /kafka --yes --marathon DEAD",
        "get options kafka --marathon DEAD",
        "status kafka --marathon DEAD",
        "repo list",
        "repo add x /nonexistent/catalog",
        "config show",
        "config set output.format xml",
        "stack render stacks/none.toml",
        "completion bash",
        "man",
        "--version",
        "--help",
        "bogus",
    ]
    .iter()
    .map(|c| {
        c.split(' ')
            .map(|w| {
                if w == "DEAD" {
                    dead.clone()
                } else {
                    w.to_string()
                }
            })
            .collect()
    })
    .collect();
    // Commands run side by side: one against a dead Marathon takes its retries' time.
    let failures: Vec<String> = std::thread::scope(|scope| {
        let handles: Vec<_> = commands
            .iter()
            .map(|args| scope.spawn(|| check(&env, args)))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    });
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The command's exit code with both streams open, then with each closed in turn: what differs.
fn check(env: &Env, args: &[String]) -> Vec<String> {
    let normal = env.smack().args(args).output().unwrap();
    let expected = normal.status.code();
    assert!(expected.is_some());
    let mut failures = Vec::new();
    for closed in [Closed::Stdout, Closed::Stderr] {
        let (code, other) = run_closed(env, args, closed);
        // A closed stdout ends a command quietly (exit 0, as `| head` expects) unless it
        // failed before printing anything; a closed stderr never changes the exit code.
        let fine = match closed {
            Closed::Stderr => code == expected,
            Closed::Stdout => code == expected || code == Some(0),
        };
        if !fine || other.contains("panicked") {
            failures.push(format!(
                "smack {} with {closed:?} closed: exit {code:?} (expected {expected:?}): {other}",
                args.join(" ")
            ));
        }
    }
    failures
}

/// Long output is cut: an app whose options label holds 100,000 bad keys makes a screenful of
/// problems and a count of the rest, and an argument of 5,000 characters is quoted cut.
#[test]
fn long_messages_are_cut_to_a_screenful() {
    use base64::Engine as _;
    let env = Env::new();
    let sandbox = Server::instant();
    let out = env
        .smack()
        .args(["install", "kafka", "--yes", "--marathon", &sandbox.url])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let mut app = sandbox.get("/v2/apps/kafka")["app"].clone();
    let mut node = serde_json::Map::new();
    for i in 0..100_000 {
        node.insert(format!("k{i}"), serde_json::json!(i));
    }
    let options = serde_json::json!({ "nodes": node });
    app["labels"]["DCOS_PACKAGE_OPTIONS"] = serde_json::Value::String(
        base64::engine::general_purpose::STANDARD.encode(options.to_string()),
    );
    let mut definition = serde_json::Map::new();
    for key in [
        "id",
        "cmd",
        "container",
        "cpus",
        "mem",
        "instances",
        "labels",
        "env",
    ] {
        if let Some(v) = app.get(key) {
            definition.insert(key.into(), v.clone());
        }
    }
    let (status, body) = sandbox.status_of(
        "PUT",
        "/v2/apps/kafka?force=true",
        Some(&serde_json::Value::Object(definition)),
    );
    assert!(status < 300, "{status} {body}");
    let out = env
        .smack()
        .args(["upgrade", "kafka", "--dry-run", "--marathon", &sandbox.url])
        .output()
        .unwrap();
    let err = stderr(&out);
    assert_ne!(out.status.code(), Some(0));
    assert!(err.len() < 20_000, "{} bytes of messages", err.len());
    assert!(err.contains("… and 99980 more"), "{err}");
    let long = "x".repeat(5000);
    let out = env
        .smack()
        .args(["rollback", "kafka", &long, "--marathon", &sandbox.url])
        .output()
        .unwrap();
    assert_ne!(out.status.code(), Some(0));
    assert!(stderr(&out).len() < 5_000, "{}", stderr(&out));
    assert!(stderr(&out).contains("bytes in all"), "{}", stderr(&out));
}

/// A server with its log on a closed stderr (`-v`: a line per request) keeps serving.
#[cfg(unix)]
#[test]
fn a_server_logging_to_a_closed_stderr_keeps_serving() {
    use std::io::BufRead;
    let env = Env::new();
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let mut child = command_in(env.home.path())
        .args(["-v", "sandbox", "serve", "--listen", "127.0.0.1:0"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::from(writer))
        .spawn()
        .unwrap();
    let mut lines = std::io::BufReader::new(child.stdout.take().unwrap()).lines();
    let url = lines
        .find_map(|l| {
            l.ok()?
                .split_whitespace()
                .find(|w| w.starts_with("http://"))
                .map(str::to_string)
        })
        .expect("the sandbox says where it listens");
    for _ in 0..3 {
        let r = http().get(format!("{url}/v2/apps")).send().unwrap();
        assert_eq!(r.status().as_u16(), 200);
    }
    interrupt(&child);
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(130));
}
