//! The sandbox as a model of a cluster (placement.md, wire.md): agents at loopback addresses,
//! tasks placed as Mesos and Marathon place them, deployments that wait with Marathon's
//! reasons, Marathon's wire format per version, and Prometheus discovering the tasks.

use std::collections::BTreeSet;
use std::time::Duration;

use serde_json::{Value, json};

use crate::common::*;

fn post(s: &Server, app: Value) -> Value {
    let (status, body) = s.status_of("POST", "/v2/apps", Some(&app));
    assert_eq!(status, 201, "{body}");
    body
}

fn tasks(s: &Server, id: &str) -> Vec<Value> {
    s.get(&format!("/v2/apps{id}/tasks"))["tasks"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

fn running(s: &Server, id: &str) -> u64 {
    s.get(&format!("/v2/apps{id}"))["app"]["tasksRunning"]
        .as_u64()
        .unwrap_or(0)
}

fn cluster_file(env: &Env, text: &str) -> String {
    let path = env.path("cluster.toml");
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn tasks_are_placed_on_loopback_agents_with_host_ports_and_marathons_ids() {
    let s = Server::instant();
    post(
        &s,
        json!({"id": "/web", "cmd": "sleep 100", "instances": 3, "cpus": 0.5, "mem": 64,
               "portDefinitions": [{"port": 0}, {"port": 0}]}),
    );
    eventually("3 tasks", || running(&s, "/web") == 3);
    let tasks = tasks(&s, "/web");
    let mut endpoints = BTreeSet::new();
    for t in &tasks {
        let host = t["host"].as_str().unwrap();
        assert!(host.starts_with("127.0.1."), "{t}");
        assert_ne!(host, "127.0.1.6", "the public agent takes no root app: {t}");
        let ports: Vec<u64> = t["ports"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p.as_u64().unwrap())
            .collect();
        assert_eq!(ports.len(), 2, "{t}");
        for p in &ports {
            assert!(endpoints.insert(format!("{host}:{p}")), "{host}:{p} twice");
            // DC/OS's private agents' ranges leave out 2181, 3888, 5050-5051, 8080-8081, 8181.
            assert!(![2181, 3888, 5050, 5051, 8080, 8081, 8181].contains(p) && *p >= 1025);
        }
        assert!(t["slaveId"].as_str().unwrap().contains("-S"), "{t}");
        assert_eq!(
            t["ipAddresses"],
            json!([{"ipAddress": host, "protocol": "IPv4"}])
        );
        let id = t["id"].as_str().unwrap();
        assert!(
            id.starts_with("web.instance-") && id.ends_with("._app.1"),
            "Marathon 1.8+'s task id: {id}"
        );
        assert_eq!(t["servicePorts"], json!([]), "empty in app task lists");
        assert_eq!(t["localVolumes"], json!([]));
        assert_eq!(t["role"], "slave_public");
    }
    // /v2/tasks lists the app's service ports with each task.
    let all = s.get("/v2/tasks")["tasks"].as_array().unwrap().clone();
    assert_eq!(all.len(), 3);
    assert_eq!(all[0]["servicePorts"], json!([10000, 10001]));
    // Killing a task relaunches the same instance (1.8+): its next task.
    let first = tasks[0]["id"].as_str().unwrap().to_string();
    let (status, _) = s.status_of("DELETE", &format!("/v2/apps/web/tasks/{first}"), None);
    assert_eq!(status, 200);
    let instance = first.trim_end_matches("._app.1");
    eventually("the relaunch", || {
        self::tasks(&s, "/web")
            .iter()
            .any(|t| t["id"] == format!("{instance}._app.2"))
    });
    // An older Marathon writes its own ids.
    let old = Server::start(&["--deploy-seconds", "0", "--marathon-version", "1.6"]);
    post(&old, json!({"id": "/a/b", "cmd": "sleep 100"}));
    eventually("the task", || running(&old, "/a/b") == 1);
    let id = self::tasks(&old, "/a/b")[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(id.starts_with("a_b.") && !id.contains("instance-"), "{id}");
    // The agents and what runs on them.
    let env = Env::new();
    let out = env
        .smack()
        .args(["--marathon", &s.url, "sandbox", "status"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let table = stdout(&out);
    assert_eq!(table.lines().count(), 7, "{table}");
    assert!(table.contains("127.0.1.6  slave_public"), "{table}");
    assert!(table.contains("public_ip:true"), "{table}");
    let summary = s.get("/master/state-summary");
    let used: f64 = summary["slaves"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["used_resources"]["cpus"].as_f64().unwrap())
        .sum();
    assert!((used - 1.5).abs() < 1e-9, "{summary}");
}

#[test]
fn what_does_not_fit_waits_and_the_queue_says_why_until_room_is_made() {
    let s = Server::instant();
    post(
        &s,
        json!({"id": "/db", "cmd": "sleep 100", "instances": 7, "cpus": 1, "mem": 1024,
               "constraints": [["hostname", "UNIQUE"]]}),
    );
    eventually("5 of 7", || running(&s, "/db") == 5);
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(running(&s, "/db"), 5, "no sixth agent to go to");
    assert_eq!(s.get("/v2/deployments").as_array().unwrap().len(), 1);
    let queue = s.get("/v2/queue?embed=lastUnusedOffers")["queue"].clone();
    let entry = &queue[0];
    assert_eq!(entry["count"], 2);
    assert_eq!(entry["role"], "slave_public");
    let summary = &entry["processedOffersSummary"];
    let last = summary["rejectSummaryLastOffers"].as_array().unwrap();
    assert_eq!(last.len(), 10, "every reason 1.11 knows");
    let by = |r: &str| last.iter().find(|x| x["reason"] == r).unwrap().clone();
    assert_eq!(by("UnfulfilledRole")["processed"], 6);
    assert_eq!(by("UnfulfilledRole")["declined"], 1, "the public agent");
    assert_eq!(by("UnfulfilledConstraint")["processed"], 5);
    assert_eq!(by("UnfulfilledConstraint")["declined"], 5);
    assert_eq!(by("InsufficientCpus")["processed"], 0);
    assert!(summary["unusedOffersCount"].as_u64().unwrap() >= 6);
    let offers = entry["lastUnusedOffers"].as_array().unwrap();
    assert_eq!(offers.len(), 6);
    assert!(
        offers
            .iter()
            .any(|o| o["reason"] == json!(["UnfulfilledConstraint"]))
    );
    assert!(
        s.get("/v2/queue")["queue"][0]
            .get("lastUnusedOffers")
            .is_none()
    );
    // `smack status` says why, in one line, from the same queue fields a real Marathon has:
    // cassandra with 7 nodes on DC/OS's smallest cluster.
    let env = Env::new();
    let c = cassandra_waiting_for_offers(&env);
    let out = env
        .smack()
        .args(["--marathon", &c.url, "status", "cassandra"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).contains(
            "waiting     for offers: 6 agents, 1 offers only resources of other roles, 5 do not satisfy hostname:UNIQUE, for instance 6"
        ),
        "{}",
        stdout(&out)
    );
    // Fewer instances: what fits is enough, and the deployment ends.
    let (status, body) = s.status_of(
        "PUT",
        "/v2/apps/db?force=true",
        Some(&json!({"instances": 5})),
    );
    assert_eq!(status, 200, "{body}");
    eventually("the deployment ends", || {
        s.get("/v2/deployments").as_array().unwrap().is_empty()
    });
    assert_eq!(s.get("/v2/queue")["queue"], json!([]));
}

#[test]
fn a_waiting_deployment_goes_on_when_another_app_frees_its_resources() {
    let s = Server::instant();
    // 5 private agents × 4 cpus: the hog takes 3 of each.
    post(
        &s,
        json!({"id": "/hog", "cmd": "sleep 100", "instances": 5, "cpus": 3, "mem": 64,
                    "constraints": [["hostname", "UNIQUE"]]}),
    );
    eventually("the hog", || running(&s, "/hog") == 5);
    post(
        &s,
        json!({"id": "/big", "cmd": "sleep 100", "instances": 1, "cpus": 2, "mem": 64}),
    );
    std::thread::sleep(Duration::from_millis(1200));
    assert_eq!(running(&s, "/big"), 0);
    let queue = s.get("/v2/queue")["queue"].clone();
    let last = queue[0]["processedOffersSummary"]["rejectSummaryLastOffers"].clone();
    let cpus = last
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["reason"] == "InsufficientCpus")
        .unwrap();
    assert_eq!(cpus["declined"], 5, "{queue}");
    // `install --wait`-like waits say so: smack's own follow of /big.
    let env = Env::new();
    let out = env
        .smack()
        .args([
            "--marathon",
            &s.url,
            "restart",
            "/big",
            "--yes",
            "--wait",
            "--force",
            "--timeout",
            "1500ms",
        ])
        .output()
        .unwrap();
    let err = stderr(&out);
    assert!(
        err.contains(
            "waiting for offers: 6 agents, 1 offers only resources of other roles, 5 have not enough cpus, for instance 1"
        ),
        "{err}"
    );
    let (status, _) = s.status_of("DELETE", "/v2/apps/hog", None);
    assert_eq!(status, 200);
    eventually("big runs once the hog is gone", || running(&s, "/big") == 1);
}

#[test]
fn every_reject_reason_is_reported_as_marathon_names_it() {
    let env = Env::new();
    let cluster = cluster_file(
        &env,
        r#"
[[agents]]
count = 2
cpus = 2
mem = 4096
disk = 10000
ports = "[31000-31009]"
attributes = { rack = "r1" }

[[agents]]
cpus = 2
mem = 4096
disk = 10000
gpus = 1
ports = "[31000-31009]"
attributes = { rack = "r2" }
"#,
    );
    let s = Server::start(&["--deploy-seconds", "0", "--cluster", &cluster]);
    // (app, the reason every agent's offer is declined for, apart from the GPU agent's)
    let table = [
        (json!({"cpus": 3}), "InsufficientCpus"),
        (json!({"mem": 5000}), "InsufficientMemory"),
        (json!({"disk": 20000}), "InsufficientDisk"),
        (json!({"gpus": 2}), "InsufficientGpus"),
        (
            json!({"requirePorts": true, "portDefinitions": [{"port": 8080}]}),
            "InsufficientPorts",
        ),
        (
            json!({"portDefinitions": vec![json!({"port": 0}); 11]}),
            "InsufficientPorts",
        ),
        (
            json!({"constraints": [["rack", "LIKE", "r9"]]}),
            "UnfulfilledConstraint",
        ),
        (
            json!({"acceptedResourceRoles": ["slave_public"]}),
            "UnfulfilledRole",
        ),
    ];
    for (i, (extra, reason)) in table.iter().enumerate() {
        let mut app = json!({"id": format!("/r{i}"), "cmd": "sleep 100", "cpus": 0.1, "mem": 32});
        for (k, v) in extra.as_object().unwrap() {
            app[k] = v.clone();
        }
        post(&s, app);
        let id = format!("/r{i}");
        eventually(reason, || {
            s.get("/v2/queue?embed=lastUnusedOffers")["queue"]
                .as_array()
                .unwrap()
                .iter()
                .any(|q| q["app"]["id"] == id.as_str())
        });
        let queue = s.get("/v2/queue?embed=lastUnusedOffers")["queue"].clone();
        let entry = queue
            .as_array()
            .unwrap()
            .iter()
            .find(|q| q["app"]["id"] == id.as_str())
            .unwrap()
            .clone();
        let offers = entry["lastUnusedOffers"].as_array().unwrap();
        assert_eq!(offers.len(), 3, "{id} {reason}: {entry}");
        let plain: Vec<&Value> = offers
            .iter()
            .filter(|o| o["offer"]["hostname"] != "127.0.1.3")
            .collect();
        for o in plain {
            assert!(
                o["reason"].as_array().unwrap().iter().any(|r| r == reason),
                "{id} {reason}: {o}"
            );
        }
        assert_eq!(running(&s, &id), 0, "{id}");
        s.status_of("DELETE", &format!("/v2/apps{id}?force=true"), None);
    }
    // A GPU agent declines tasks that ask no GPU (--gpu_scheduling_behavior restricted), so a
    // task that fits nowhere else is told so.
    post(
        &s,
        json!({"id": "/scarce", "cmd": "sleep 100", "cpus": 0.1, "mem": 32,
                    "constraints": [["rack", "IS", "r2"]]}),
    );
    eventually("the queue", || {
        !s.get("/v2/queue")["queue"].as_array().unwrap().is_empty()
    });
    let entry = s.get("/v2/queue?embed=lastUnusedOffers")["queue"][0].clone();
    let gpu = entry["lastUnusedOffers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["offer"]["hostname"] == "127.0.1.3")
        .unwrap()
        .clone();
    assert_eq!(gpu["reason"], json!(["DeclinedScarceResources"]), "{entry}");
}

#[test]
fn constraint_operators_place_as_marathon_places() {
    let env = Env::new();
    let cluster = cluster_file(
        &env,
        r#"
[[agents]]
count = 2
attributes = { rack = "rack-1", level = 0.8 }
[[agents]]
count = 2
attributes = { rack = "rack-2", level = 0.8 }
[[agents]]
count = 2
attributes = { rack = "rack-3" }
"#,
    );
    let s = Server::start(&["--deploy-seconds", "0", "--cluster", &cluster]);
    // (constraint, instances, how many run, the racks they may use)
    let table: Vec<(Value, u64, u64, Vec<&str>)> = vec![
        (
            json!(["hostname", "UNIQUE"]),
            8,
            6,
            vec!["rack-1", "rack-2", "rack-3"],
        ),
        (
            json!(["rack", "UNIQUE"]),
            4,
            3,
            vec!["rack-1", "rack-2", "rack-3"],
        ),
        (json!(["rack", "CLUSTER", "rack-2"]), 3, 3, vec!["rack-2"]),
        (
            json!(["rack", "GROUP_BY", "2"]),
            4,
            4,
            vec!["rack-1", "rack-2", "rack-3"],
        ),
        (
            json!(["hostname", "MAX_PER", "2"]),
            14,
            12,
            vec!["rack-1", "rack-2", "rack-3"],
        ),
        (
            json!(["rack", "LIKE", "rack-[12]"]),
            3,
            3,
            vec!["rack-1", "rack-2"],
        ),
        (json!(["rack", "UNLIKE", "rack-[12]"]), 3, 3, vec!["rack-3"]),
        (
            json!(["level", "IS", "0.80"]),
            3,
            3,
            vec!["rack-1", "rack-2"],
        ),
        (json!(["level", "UNLIKE", "0.8"]), 2, 2, vec!["rack-3"]),
    ];
    let rack_of = |host: &str| -> &str {
        match host {
            "127.0.1.1" | "127.0.1.2" => "rack-1",
            "127.0.1.3" | "127.0.1.4" => "rack-2",
            _ => "rack-3",
        }
    };
    for (i, (c, n, want, racks)) in table.iter().enumerate() {
        let id = format!("/c{i}");
        post(
            &s,
            json!({"id": id, "cmd": "sleep 100", "instances": n, "cpus": 0.01, "mem": 1,
                        "constraints": [c]}),
        );
        eventually(&format!("{c}"), || running(&s, &id) == *want);
        std::thread::sleep(Duration::from_millis(100));
        let placed = tasks(&s, &id);
        assert_eq!(placed.len() as u64, *want, "{c}");
        let used: BTreeSet<&str> = placed
            .iter()
            .map(|t| rack_of(t["host"].as_str().unwrap()))
            .collect();
        for r in &used {
            assert!(racks.contains(r), "{c}: placed on {r}");
        }
        if c[1] == "GROUP_BY" {
            assert_eq!(used.len(), 2, "GROUP_BY 2 uses two racks (1.11): {used:?}");
        }
        s.status_of("DELETE", &format!("/v2/apps{id}?force=true"), None);
    }
}

#[test]
fn a_cluster_can_be_a_mesos_state_summary_and_bad_files_are_refused() {
    let env = Env::new();
    let path = env.path("state-summary.json");
    std::fs::write(
        &path,
        json!({"hostname": "m", "slaves": [
            {"id": "abc-S1", "hostname": "10.0.1.5", "attributes": {"rack": "r1"},
             "unreserved_resources": {"cpus": 2.0, "mem": 4096.0, "disk": 1000.0, "gpus": 0.0, "ports": "[31000-32000]"},
             "reserved_resources": {}},
            {"id": "abc-S2", "hostname": "10.0.1.6", "attributes": {"rack": "r2"},
             "domain": {"fault_domain": {"region": {"name": "eu-1"}, "zone": {"name": "eu-1b"}}},
             "unreserved_resources": {"cpus": 2.0, "mem": 4096.0, "disk": 1000.0, "gpus": 0.0, "ports": "[31000-32000]"},
             "reserved_resources": {}}]})
        .to_string(),
    )
    .unwrap();
    let s = Server::start(&["--deploy-seconds", "0", "--cluster", path.to_str().unwrap()]);
    post(
        &s,
        json!({"id": "/pinned", "cmd": "sleep 100", "cpus": 0.1, "mem": 32,
                    "constraints": [["hostname", "LIKE", "10\\.0\\.1\\.6"]]}),
    );
    eventually("the task", || running(&s, "/pinned") == 1);
    let t = &tasks(&s, "/pinned")[0];
    assert_eq!(t["slaveId"], "abc-S2");
    assert_eq!(
        (&t["region"], &t["zone"]),
        (&json!("eu-1"), &json!("eu-1b"))
    );
    assert_eq!(
        t["host"], "127.0.1.2",
        "its own loopback address, never the real host"
    );
    // A bad file names itself and what is wrong.
    let bad = env.path("bad.toml");
    std::fs::write(&bad, "[[agents]]\ncpus = -1\n").unwrap();
    let out = env
        .smack()
        .args([
            "sandbox",
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--cluster",
            bad.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("bad.toml") && stderr(&out).contains("cpus"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn apps_are_written_as_each_marathon_version_writes_them() {
    let new = Server::instant();
    post(&new, json!({"id": "/w", "cmd": "sleep 100"}));
    let app = new.get("/v2/apps/w")["app"].clone();
    for omitted in [
        "args",
        "constraints",
        "dependencies",
        "env",
        "fetch",
        "healthChecks",
        "readinessChecks",
        "secrets",
        "uris",
        "ports",
        "container",
        "user",
    ] {
        assert!(app.get(omitted).is_none(), "1.11 omits {omitted}: {app}");
    }
    assert_eq!(app["labels"], json!({}));
    assert_eq!(app["role"], "slave_public");
    let old = Server::start(&["--deploy-seconds", "0", "--marathon-version", "1.4"]);
    let (status, _) = old.status_of(
        "POST",
        "/v2/apps",
        Some(&json!({"id": "/w", "cmd": "sleep 100"})),
    );
    assert_eq!(status, 201);
    let app = old.get("/v2/apps/w")["app"].clone();
    assert_eq!(app["container"], Value::Null, "{app}");
    assert_eq!(app["args"], Value::Null);
    assert_eq!(app["uris"], json!([]));
    assert_eq!(app["env"], json!({}));
    assert!(
        app.get("networks").is_none() && app.get("role").is_none(),
        "{app}"
    );
    // 1.4's Jersey refuses a body without a Content-Type; 1.11's takes it.
    let raw = |s: &Server| {
        http()
            .post(format!("{}/v2/apps", s.url))
            .body(json!({"id": "/nt", "cmd": "sleep 100"}).to_string())
            .send()
            .unwrap()
            .status()
            .as_u16()
    };
    assert_eq!(raw(&old), 415);
    assert_eq!(raw(&new), 201);
    let text = http()
        .post(format!("{}/v2/apps", new.url))
        .header("Content-Type", "text/plain")
        .body("{}")
        .send()
        .unwrap();
    assert_eq!(text.status().as_u16(), 415);
    // Asked for something other than JSON: Jersey's 406; every answer names the leader.
    let r = http()
        .get(format!("{}/v2/apps", new.url))
        .header("Accept", "text/plain")
        .send()
        .unwrap();
    assert_eq!(r.status().as_u16(), 406);
    assert_eq!(r.headers()["x-marathon-leader"], new.url.as_str());
    assert_eq!(r.headers()["x-frame-options"], "DENY");
    let r = http()
        .get(format!("{}/v2/apps", new.url))
        .header("Accept", "text/html, application/json;q=0.9")
        .send()
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
}

#[test]
fn bulk_put_and_patch_are_one_deployment_and_patch_changes_only_what_exists() {
    let s = Server::instant();
    let (status, body) = s.status_of(
        "PUT",
        "/v2/apps",
        Some(&json!([{"id": "a", "cmd": "sleep 100"}, {"id": "/b", "cmd": "sleep 100", "instances": 2}])),
    );
    assert_eq!(status, 200, "{body}");
    assert!(body["deploymentId"].is_string() && body["version"].is_string());
    eventually("both", || running(&s, "/a") == 1 && running(&s, "/b") == 2);
    // PATCH of one app: a partial update.
    let (status, body) = s.status_of(
        "PATCH",
        "/v2/apps/a",
        Some(&json!({"instances": 3, "id": "/ignored"})),
    );
    assert_eq!(status, 200, "{body}");
    eventually("a scaled", || running(&s, "/a") == 3);
    assert_eq!(s.get("/v2/apps/a")["app"]["cmd"], "sleep 100");
    // Bulk PATCH: a missing app fails the whole request, nothing applied.
    let (status, body) = s.status_of(
        "PATCH",
        "/v2/apps",
        Some(&json!([{"id": "/a", "instances": 1}, {"id": "/nope", "instances": 1}])),
    );
    assert_eq!(
        (status, body["message"].as_str()),
        (404, Some("App '/nope' does not exist"))
    );
    assert_eq!(s.get("/v2/apps/a")["app"]["instances"], 3);
    let (status, body) = s.status_of("PATCH", "/v2/apps/nope", Some(&json!({"instances": 1})));
    assert_eq!(status, 404, "{body}");
    let (status, body) = s.status_of("PUT", "/v2/apps", Some(&json!({"id": "/a"})));
    assert_eq!(status, 422);
    assert_eq!(body["details"][0]["errors"][0], "error.expected.jsarray");
    let (status, body) = s.status_of("PUT", "/v2/apps", Some(&json!([{"cmd": "x y"}])));
    assert_eq!(
        (status, body["message"].as_str()),
        (
            422,
            Some("requirement failed: App Update must have app id set")
        )
    );
    let (status, body) = s.status_of(
        "PATCH",
        "/v2/apps",
        Some(&json!([{"id": "/a", "instances": 2}, {"id": "/b", "instances": 1}])),
    );
    assert_eq!(status, 200, "{body}");
    let deployments = s.get("/v2/deployments");
    assert!(
        deployments.as_array().unwrap().len() <= 1,
        "one deployment: {deployments}"
    );
}

#[test]
fn removing_an_app_whose_tasks_stay_staged_ends() {
    let s = Server::start(&["--deploy-seconds", "0.2"]);
    post(
        &s,
        json!({"id": "/h", "cmd": "sleep 100", "instances": 2,
                    "labels": {"SMACK_SANDBOX_DEPLOYMENT": "hang"}}),
    );
    eventually("staged", || s.get("/v2/apps/h")["app"]["tasksStaged"] == 2);
    let (status, _) = s.status_of("DELETE", "/v2/apps/h?force=true", None);
    assert_eq!(status, 200);
    eventually("the removal ends", || {
        s.get("/v2/deployments").as_array().unwrap().is_empty()
    });
    let (status, _) = s.status_of(
        "POST",
        "/v2/apps",
        Some(&json!({"id": "/h", "cmd": "sleep 1 2"})),
    );
    assert_eq!(status, 201, "the id is free again");
}

#[test]
fn a_resident_task_comes_back_on_its_own_agent() {
    let s = Server::instant();
    post(
        &s,
        json!({"id": "/db", "cmd": "sleep 100", "instances": 2, "cpus": 0.5, "mem": 64,
        "upgradeStrategy": {"minimumHealthCapacity": 0.5, "maximumOverCapacity": 0},
        "container": {"type": "MESOS", "volumes": [
            {"containerPath": "data", "mode": "RW", "persistent": {"size": 1000}}]}}),
    );
    eventually("both", || running(&s, "/db") == 2);
    let hosts = |s: &Server| -> BTreeSet<String> {
        tasks(s, "/db")
            .iter()
            .map(|t| t["host"].as_str().unwrap().to_string())
            .collect()
    };
    let before = hosts(&s);
    let (status, _) = s.status_of("POST", "/v2/apps/db/restart", None);
    assert_eq!(status, 200);
    eventually("restarted", || {
        s.get("/v2/deployments").as_array().unwrap().is_empty()
    });
    assert_eq!(hosts(&s), before, "on the agents that hold their volumes");
}

#[test]
fn info_answers_as_each_marathon_line_does() {
    for (version, reported, has, lacks) in [
        ("1.4", "1.4.13", "event_subscriber", "maintenance_mode"),
        (
            "1.8",
            "1.8.232",
            "maintenance_mode",
            "new_group_enforce_role",
        ),
        (
            "1.11",
            "1.11.24",
            "new_group_enforce_role",
            "revive_offers_for_new_apps",
        ),
    ] {
        let s = Server::start(&["--marathon-version", version]);
        let info = s.get("/v2/info");
        assert_eq!(info["version"], reported);
        let config = &info["marathon_config"];
        assert!(
            info.get(has).is_some() || config.get(has).is_some(),
            "{version} has {has}: {info}"
        );
        assert!(config.get(lacks).is_none(), "{version} lacks {lacks}");
        assert_eq!(config["mesos_role"], "slave_public");
        assert_eq!(info["zookeeper_config"]["zk_max_versions"], 50);
        let origin = &config["access_control_allow_origin"];
        assert_eq!(origin.is_array(), version != "1.4", "{origin}");
    }
}

#[test]
fn a_huge_app_places_what_fits_and_the_sandbox_goes_on_answering() {
    let s = Server::instant();
    post(
        &s,
        json!({"id": "/many", "cmd": "sleep 100", "instances": 2_000_000, "cpus": 0.01,
               "mem": 0, "portDefinitions": []}),
    );
    eventually("what fits", || running(&s, "/many") == 2000);
    let queue = s.get("/v2/queue")["queue"][0].clone();
    assert_eq!(queue["count"], 2_000_000 - 2000);
    let (status, _) = s.status_of("DELETE", "/v2/apps/many?force=true", None);
    assert_eq!(status, 200);
    eventually("the removal", || {
        s.get("/v2/deployments").as_array().unwrap().is_empty()
    });
}
