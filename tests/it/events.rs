//! The sandbox's event stream (`GET /v2/events`) and smack's waits on it: Marathon's frames
//! and filters, a client that does not read is dropped without slowing anyone, and a Marathon
//! without the stream (a proxy answering 404 there) gets the same results by polling.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::common::*;

/// Reads a stream's events (type, data) into a channel.
pub(crate) fn subscribe(url: &str) -> mpsc::Receiver<(String, Value)> {
    let response = reqwest::blocking::Client::builder()
        .no_proxy()
        .timeout(None)
        .build()
        .unwrap()
        .get(url)
        .header("Accept", "text/event-stream")
        .send()
        .unwrap();
    assert_eq!(response.status(), 200);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/event-stream")
    );
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut kind = String::new();
        for line in BufReader::new(response).lines() {
            let Ok(line) = line else { return };
            if let Some(k) = line.strip_prefix("event: ") {
                kind = k.to_string();
            } else if let Some(d) = line.strip_prefix("data: ") {
                let Ok(data) = serde_json::from_str(d) else {
                    return;
                };
                if tx.send((kind.clone(), data)).is_err() {
                    return;
                }
            }
        }
    });
    rx
}

/// Collects events until `done` says so (at most 20 s).
pub(crate) fn until(
    rx: &mpsc::Receiver<(String, Value)>,
    done: impl Fn(&[(String, Value)]) -> bool,
) -> Vec<(String, Value)> {
    let deadline = Instant::now() + Duration::from_secs(20);
    let mut seen = Vec::new();
    while !done(&seen) {
        let left = deadline.saturating_duration_since(Instant::now());
        assert!(
            !left.is_zero(),
            "events seen: {:?}",
            seen.iter().map(|e| &e.0).collect::<Vec<_>>()
        );
        if let Ok(e) = rx.recv_timeout(left) {
            seen.push(e);
        }
    }
    seen
}

#[test]
fn the_event_stream_sends_marathons_events_filtered_for_each_client() {
    let server = Server::start(&["--deploy-seconds", "0.3"]);
    let all = subscribe(&format!("{}/v2/events", server.url));
    let filtered = subscribe(&format!(
        "{}/service/marathon/v2/events?event_type=deployment_success&event_type=app_terminated_event",
        server.url
    ));
    let first = until(&all, |s| !s.is_empty());
    assert_eq!(first[0].0, "event_stream_attached");
    let (status, _) = server.status_of(
        "POST",
        "/v2/apps",
        Some(&json!({"id": "/ev", "cmd": "sleep 1", "cpus": 0.1, "mem": 16, "instances": 2})),
    );
    assert_eq!(status, 201);
    let seen = until(&all, |s| s.iter().any(|e| e.0 == "deployment_success"));
    let kinds: Vec<&str> = seen.iter().map(|e| e.0.as_str()).collect();
    for wanted in [
        "api_post_event",
        "group_change_success",
        "deployment_info",
        "status_update_event",
        "deployment_step_success",
        "deployment_success",
    ] {
        assert!(kinds.contains(&wanted), "{wanted} in {kinds:?}");
    }
    let post = &seen.iter().find(|e| e.0 == "api_post_event").unwrap().1;
    assert_eq!(post["appDefinition"]["id"], "/ev");
    assert_eq!(post["uri"], "/v2/apps");
    assert_eq!(post["eventType"], "api_post_event");
    assert!(post["timestamp"].is_string());
    let running: Vec<&Value> = seen
        .iter()
        .filter(|e| e.0 == "status_update_event" && e.1["taskStatus"] == "TASK_RUNNING")
        .map(|e| &e.1)
        .collect();
    assert_eq!(running.len(), 2, "two tasks run: {running:?}");
    assert_eq!(running[0]["appId"], "/ev");
    // Each carries its agent, host and host ports; each instance's conditions follow, with
    // the instance id its task id starts with (1.11: Scheduled, Provisioned, Staging, Running).
    for r in &running {
        assert!(r["host"].as_str().unwrap().starts_with("127.0.1."), "{r}");
        assert_eq!(r["ports"].as_array().unwrap().len(), 1, "{r}");
        assert!(r["slaveId"].is_string(), "{r}");
        let task = r["taskId"].as_str().unwrap();
        let conditions: Vec<&str> = seen
            .iter()
            .filter(|e| {
                e.0 == "instance_changed_event"
                    && task.starts_with(e.1["instanceId"].as_str().unwrap())
            })
            .map(|e| e.1["condition"].as_str().unwrap())
            .collect();
        assert_eq!(
            conditions,
            ["Scheduled", "Provisioned", "Staging", "Running"],
            "{task}"
        );
        let running_event = seen
            .iter()
            .rev()
            .find(|e| {
                e.0 == "instance_changed_event"
                    && task.starts_with(e.1["instanceId"].as_str().unwrap())
            })
            .unwrap();
        assert_eq!(running_event.1["host"], r["host"]);
        assert_eq!(running_event.1["agentId"], r["slaveId"]);
        assert_eq!(running_event.1["runSpecId"], "/ev");
    }
    // 1.8+ plans are light: no `original`, no `target`.
    let info = &seen.iter().find(|e| e.0 == "deployment_info").unwrap().1;
    assert!(info["plan"].get("original").is_none() && info["plan"]["steps"].is_array());
    // Every running task is one the API lists.
    let tasks = server.get("/v2/tasks?status=running")["tasks"].clone();
    for r in &running {
        assert!(
            tasks
                .as_array()
                .unwrap()
                .iter()
                .any(|t| t["id"] == r["taskId"])
        );
    }
    assert_eq!(server.status_of("DELETE", "/v2/apps/ev", None).0, 200);
    let seen = until(&filtered, |s| {
        s.iter().any(|e| e.0 == "app_terminated_event")
    });
    assert!(
        seen.iter()
            .all(|e| e.0 == "deployment_success" || e.0 == "app_terminated_event"),
        "only the types asked for: {:?}",
        seen.iter().map(|e| &e.0).collect::<Vec<_>>()
    );
    // Without Accept: text/event-stream, the servlet's answer.
    assert_eq!(server.status_of("GET", "/v2/events", None).0, 405);
}

#[test]
fn a_client_that_does_not_read_the_stream_is_dropped_and_slows_no_one() {
    let server = Server::start(&["--deploy-seconds", "0"]);
    let host = server.url.trim_start_matches("http://").to_string();
    // A client with a tiny receive buffer that never reads.
    let socket = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None).unwrap();
    socket.set_recv_buffer_size(4096).unwrap();
    socket
        .connect(&host.parse::<std::net::SocketAddr>().unwrap().into())
        .unwrap();
    let mut slow: TcpStream = socket.into();
    slow.write_all(
        format!("GET /v2/events HTTP/1.1\r\nHost: {host}\r\nAccept: text/event-stream\r\n\r\n")
            .as_bytes(),
    )
    .unwrap();
    std::thread::sleep(Duration::from_millis(300));
    // Hundreds of events, each with an app definition of 8 KB: more than the buffers hold.
    let started = Instant::now();
    for i in 0..300 {
        let env: serde_json::Map<String, Value> = (0..40)
            .map(|k| (format!("VAR_{k}"), json!("x".repeat(200))))
            .collect();
        let (status, _) = server.status_of(
            "POST",
            "/v2/apps",
            Some(&json!({"id": format!("/flood/a{i}"), "cmd": "sleep 1", "cpus": 0.01, "mem": 8, "env": env})),
        );
        assert_eq!(status, 201);
    }
    let took = started.elapsed();
    assert!(
        took < Duration::from_secs(20),
        "300 creations took {took:?} with a client not reading"
    );
    // The slow client was dropped: what was sent drains, then the stream ends.
    slow.set_read_timeout(Some(Duration::from_secs(15)))
        .unwrap();
    let mut rest = Vec::new();
    let ended = slow.read_to_end(&mut rest).is_ok();
    assert!(ended, "the stream ended (the client was dropped)");
    assert!(
        rest.len() < 2 * 1024 * 1024,
        "{} bytes were buffered",
        rest.len()
    );
}

/// A proxy to `target` that answers 404 at `/v2/events`, as a Marathon (or a proxy) without
/// the event stream does; every answer closes its connection.
fn proxy_without_events(target: &str) -> String {
    marathon_proxy(target, |line| {
        if line.contains("/v2/events") {
            Act::Answer(no_events())
        } else {
            Act::Pass
        }
    })
}

fn requests(stderr: &str, path: &str) -> usize {
    stderr
        .lines()
        .filter(|l| l.starts_with("> GET") && l.contains(path) && !l.contains("/v2/deployments/"))
        .count()
}

#[test]
fn waits_follow_events_and_fall_back_to_polling_with_the_same_results() {
    let env = Env::new();
    web_catalog(&env.path("catalog"));
    let server = Server::start(&["--deploy-seconds", "1.5"]);
    let proxy = proxy_without_events(&server.url);
    let install = |url: &str, id: &str| {
        env.smack()
            .args(["-v", "install", "web", "--yes", "--wait", "--app-id", id])
            .arg("--catalog")
            .arg(env.path("catalog"))
            .args(["--marathon", url])
            .output()
            .unwrap()
    };
    let with_events = install(&server.url, "/a");
    let polling = install(&proxy, "/b");
    for out in [&with_events, &polling] {
        assert_eq!(out.status.code(), Some(0), "{}", stderr(out));
    }
    // The same result and messages, the app and deployment ids aside.
    let uuid =
        regex::Regex::new(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}").unwrap();
    let same = |text: &str| {
        let text = text
            .replace(&server.url, "URL")
            .replace(&proxy, "URL")
            .replace("/a", "/X")
            .replace("/b", "/X");
        uuid.replace_all(&text, "<id>").into_owned()
    };
    assert_eq!(same(&stdout(&with_events)), same(&stdout(&polling)));
    let said = |out: &std::process::Output| {
        stderr(out)
            .lines()
            .filter(|l| !l.starts_with("> "))
            .map(|l| same(l).split(" in ").next().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(said(&with_events), said(&polling));
    let (e, p) = (stderr(&with_events), stderr(&polling));
    assert!(
        e.contains("/v2/events?event_type=") && e.contains("-> 200"),
        "{e}"
    );
    assert!(
        p.contains("/v2/events?event_type=") && p.contains("-> 404"),
        "{p}"
    );
    // Events: a look per change; polling: four a second.
    let (e_polls, p_polls) = (
        requests(&e, "/v2/deployments"),
        requests(&p, "/v2/deployments"),
    );
    assert!(
        e_polls < p_polls,
        "deployment polls with events {e_polls}, without {p_polls}"
    );
    assert!(server.app_ids().contains(&"/a".to_string()));
    assert!(server.app_ids().contains(&"/b".to_string()));
}
