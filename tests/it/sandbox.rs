//! The Marathon stand-in answers as Marathon does (reference/marathon/api.md): status codes,
//! headers and bodies over real HTTP, state kept across restarts.

use crate::common::*;
use serde_json::{Value, json};

fn app(id: &str) -> Value {
    json!({ "id": id, "cmd": "sleep 1000", "instances": 2, "cpus": 0.1, "mem": 32 })
}

#[test]
fn ping_info_and_unknown_routes() {
    let s = Server::instant();
    let r = http().get(format!("{}/ping", s.url)).send().unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.text().unwrap().trim(), "pong");
    let info = s.get("/v2/info");
    assert_eq!(info["name"], "marathon");
    assert!(info["version"].as_str().unwrap().starts_with("1."));
    let (status, body) = s.status_of("GET", "/v2/nothing", None);
    assert_eq!(status, 404);
    assert!(body["message"].as_str().unwrap().contains("URI not found"));
    let (status, _) = s.status_of("PATCH", "/v2/deployments", None);
    assert_eq!(status, 405);
}

#[test]
fn post_creates_with_201_normalized_app_deployments_and_header() {
    let s = Server::start(&["--deploy-seconds", "1000"]);
    let r = http()
        .post(format!("{}/v2/apps", s.url))
        .header("Content-Type", "application/json")
        .body(json!({"id": "team/web", "cmd": "sleep 1"}).to_string())
        .send()
        .unwrap();
    assert_eq!(r.status(), 201);
    let header = r.headers()["Marathon-Deployment-Id"]
        .to_str()
        .unwrap()
        .to_string();
    assert_eq!(
        r.headers()["Location"].to_str().unwrap(),
        "/v2/apps/team/web"
    );
    let body: Value = serde_json::from_str(&r.text().unwrap()).unwrap();
    assert_eq!(body["id"], "/team/web", "ids are made absolute");
    assert_eq!(body["instances"], 1);
    assert_eq!(body["cpus"], 1.0);
    assert_eq!(body["mem"], 128.0);
    assert_eq!(body["tasksRunning"], 0);
    assert_eq!(body["deployments"], json!([{ "id": header }]));
    assert!(body["version"].as_str().unwrap().ends_with('Z'));
    // As AppsResource.create answers: the app before the deployment assigned its service
    // ports (a dynamic one is 0; GET shows the assigned one), and no versionInfo.
    assert!(body.get("versionInfo").is_none(), "{body}");
    assert_eq!(body["portDefinitions"][0]["port"], 0, "{body}");
    let stored = s.get("/v2/apps/team/web");
    assert!(
        stored["app"]["portDefinitions"][0]["port"]
            .as_u64()
            .unwrap()
            >= 10000,
        "{stored}"
    );
    assert!(stored["app"]["versionInfo"].is_object());
    let deployments = s.get("/v2/deployments");
    let d = &deployments[0];
    assert_eq!(d["id"], header.as_str());
    assert_eq!(d["affectedApps"], json!(["/team/web"]));
    assert_eq!(d["totalSteps"], 2);
    // StartApplication is a no-op (Marathon 1.8+): the scale step runs at once.
    assert_eq!(d["currentStep"], 2);
    assert_eq!(d["currentActions"][0]["action"], "ScaleApplication");
    assert_eq!(d["steps"][0]["actions"][0]["action"], "StartApplication");
    assert_eq!(d["steps"][1]["actions"][0]["action"], "ScaleApplication");
}

#[test]
fn conflicts_already_exists_versus_locked() {
    let s = Server::start(&["--deploy-seconds", "1000"]);
    assert_eq!(s.status_of("POST", "/v2/apps", Some(&app("/a"))).0, 201);
    let (status, body) = s.status_of("POST", "/v2/apps", Some(&app("/a")));
    assert_eq!(status, 409);
    assert_eq!(
        body,
        json!({"message": "An app with id [/a] already exists."})
    );
    let (status, body) = s.status_of("PUT", "/v2/apps/a?partialUpdate=false", Some(&app("/a")));
    assert_eq!(status, 409);
    let dep = body["deployments"][0]["id"].as_str().unwrap();
    assert!(
        body["message"]
            .as_str()
            .unwrap()
            .contains(&format!("/v2/deployments/{dep}"))
    );
    let (status, body) = s.status_of(
        "PUT",
        "/v2/apps/a?force=true&partialUpdate=false",
        Some(&json!({"cmd": "sleep 2"})),
    );
    assert_eq!(status, 200, "{body}");
    assert!(body["deploymentId"].is_string() && body["version"].is_string());
    assert_eq!(s.get("/v2/apps/a")["app"]["cmd"], "sleep 2");
    assert_eq!(
        s.get("/v2/deployments").as_array().unwrap().len(),
        1,
        "the forced one replaced the first"
    );
}

#[test]
fn invalid_apps_get_422_with_marathon_details_and_broken_json_400() {
    let s = Server::instant();
    let bad =
        json!({"id": "/Bad", "cmd": "x", "instances": -1, "portDefinitions": [{"port": "x"}]});
    let (status, body) = s.status_of("POST", "/v2/apps", Some(&bad));
    assert_eq!(status, 422);
    // Type and facet errors are found while reading the JSON: Marathon's "Invalid JSON".
    assert_eq!(body["message"], "Invalid JSON");
    let paths: Vec<&str> = body["details"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["path"].as_str().unwrap())
        .collect();
    for p in ["/id", "/instances", "/portDefinitions(0)/port"] {
        assert!(paths.contains(&p), "{p} in {paths:?}");
    }
    let errors = |path: &str| {
        body["details"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["path"] == path)
            .map(|d| d["errors"].clone())
            .unwrap()
    };
    assert_eq!(errors("/id"), json!(["error.pattern"]));
    assert_eq!(errors("/instances"), json!(["error.min"]));
    assert_eq!(
        errors("/portDefinitions(0)/port"),
        json!(["error.expected.jsnumber"])
    );
    // Semantic rules come after reading: "Object is not valid".
    let (status, body) = s.status_of(
        "POST",
        "/v2/apps",
        Some(&json!({"id": "/both", "cmd": "sleep 1", "args": ["x"]})),
    );
    assert_eq!(status, 422);
    assert_eq!(body["message"], "Object is not valid");
    assert_eq!(body["details"][0]["path"], "/");
    let r = http()
        .post(format!("{}/v2/apps", s.url))
        .header("Content-Type", "application/json")
        .body("{\"id\": ")
        .send()
        .unwrap();
    assert_eq!(r.status(), 400);
    let body: Value = serde_json::from_str(&r.text().unwrap()).unwrap();
    assert_eq!(body["message"], "Invalid JSON");
    assert!(body["details"].is_string());
    let (status, body) = s.status_of("POST", "/v2/apps", Some(&json!([app("/x")])));
    assert_eq!(status, 422);
    assert_eq!(body["details"][0]["errors"][0], "error.expected.jsobject");
    let r = http()
        .post(format!("{}/v2/apps", s.url))
        .header("Content-Type", "text/plain")
        .body("x")
        .send()
        .unwrap();
    assert_eq!(r.status(), 415);
    assert!(s.app_ids().is_empty());
}

#[test]
fn missing_things_are_404_with_marathon_messages() {
    let s = Server::instant();
    assert_eq!(
        s.status_of("GET", "/v2/apps/nope", None),
        (404, json!({"message": "App '/nope' does not exist"}))
    );
    assert_eq!(s.status_of("DELETE", "/v2/apps/nope", None).0, 404);
    let (status, body) = s.status_of("DELETE", "/v2/deployments/123", None);
    assert_eq!(
        (status, body),
        (404, json!({"message": "DeploymentPlan 123 does not exist"}))
    );
    assert_eq!(
        s.status_of("GET", "/v2/groups/nope", None),
        (404, json!({"message": "Group '/nope' does not exist"}))
    );
}

#[test]
fn label_selectors_and_embeds() {
    let s = Server::instant();
    for (id, name, tier) in [
        ("/k1", "kafka", "a"),
        ("/k2", "kafka", "b"),
        ("/s", "spark", "a"),
    ] {
        let mut a = app(id);
        a["labels"] = json!({"DCOS_PACKAGE_NAME": name, "tier": tier});
        assert_eq!(s.status_of("POST", "/v2/apps", Some(&a)).0, 201);
    }
    assert_eq!(s.status_of("POST", "/v2/apps", Some(&app("/plain"))).0, 201);
    let ids = |q: &str| -> Vec<String> {
        let url = format!(
            "/v2/apps?label={}",
            q.replace(' ', "%20")
                .replace(',', "%2C")
                .replace('=', "%3D")
        );
        s.get(&url)["apps"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(ids("DCOS_PACKAGE_NAME"), ["/k1", "/k2", "/s"]);
    assert_eq!(ids("DCOS_PACKAGE_NAME==kafka"), ["/k1", "/k2"]);
    assert_eq!(ids("DCOS_PACKAGE_NAME!=kafka"), ["/plain", "/s"]);
    assert_eq!(ids("tier in (a, c)"), ["/k1", "/s"]);
    assert_eq!(ids("tier notin (a),DCOS_PACKAGE_NAME"), ["/k2"]);
    let (status, body) = s.status_of("GET", "/v2/apps?label=a%3D%3D", None);
    assert_eq!(status, 422);
    assert!(
        body["message"]
            .as_str()
            .unwrap()
            .starts_with("Can not parse label selector a==")
    );
    let apps = s.get("/v2/apps?embed=apps.tasks");
    let k1 = &apps["apps"][0];
    assert_eq!(k1["tasksRunning"], 2);
    assert_eq!(k1["tasks"].as_array().unwrap().len(), 2);
    assert_eq!(k1["tasks"][0]["state"], "TASK_RUNNING");
    assert!(s.get("/v2/apps")["apps"][0].get("tasks").is_none());
    assert_eq!(
        s.get("/v2/apps?id=K")["apps"].as_array().unwrap().len(),
        2,
        "id filter, case-insensitive"
    );
}

#[test]
fn deployments_finish_in_time_and_can_be_rolled_back_or_forced_away() {
    let s = Server::start(&["--deploy-seconds", "1000"]);
    let (_, created) = s.status_of("POST", "/v2/apps", Some(&app("/a")));
    let dep = created["deployments"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let (status, rollback) = s.status_of("DELETE", &format!("/v2/deployments/{dep}"), None);
    assert_eq!(status, 200);
    assert!(rollback["deploymentId"].is_string());
    assert_eq!(
        s.status_of("GET", "/v2/apps/a", None).0,
        404,
        "rolling back a creation removes the app"
    );
    let (_, created) = s.status_of("POST", "/v2/apps", Some(&app("/b")));
    let dep = created["deployments"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let r = http()
        .delete(format!("{}/v2/deployments/{dep}?force=true", s.url))
        .send()
        .unwrap();
    assert_eq!(r.status(), 202);
    assert!(r.text().unwrap().is_empty());
    let b = &s.get("/v2/apps/b")["app"];
    assert_eq!(
        b["deployments"],
        json!([]),
        "forced away, the app stays as it is"
    );
}

#[test]
fn put_partial_updates_replacements_and_the_rollback_trap() {
    let s = Server::instant();
    s.status_of("POST", "/v2/apps", Some(&app("/a")));
    let v1 = s.get("/v2/apps/a")["app"]["version"]
        .as_str()
        .unwrap()
        .to_string();
    // partialUpdate (the default) keeps what the body leaves out.
    let (status, _) = s.status_of("PUT", "/v2/apps/a", Some(&json!({"instances": 5})));
    assert_eq!(status, 200);
    let a = &s.get("/v2/apps/a")["app"];
    assert_eq!(
        (a["instances"].as_u64(), a["cmd"].as_str()),
        (Some(5), Some("sleep 1000"))
    );
    assert_eq!(a["tasksRunning"], 5);
    // partialUpdate=false replaces: left-out fields go back to defaults.
    s.status_of(
        "PUT",
        "/v2/apps/a?partialUpdate=false",
        Some(&json!({"cmd": "sleep 3"})),
    );
    let a = &s.get("/v2/apps/a")["app"];
    assert_eq!(
        (a["instances"].as_u64(), a["cpus"].as_f64()),
        (Some(1), Some(1.0))
    );
    // A version in a partial update is a rollback to that version; with anything but the id
    // beside it, Marathon refuses it (AppValidation.validateAppUpdateVersion).
    let (status, body) = s.status_of(
        "PUT",
        "/v2/apps/a",
        Some(&json!({"version": v1, "cmd": "ignored"})),
    );
    assert_eq!(status, 422, "{body}");
    assert_eq!(
        body["details"][0]["errors"][0],
        "The 'version' field may only be combined with the 'id' field."
    );
    let (status, body) = s.status_of(
        "PUT",
        "/v2/apps/a",
        Some(&json!({"version": v1, "id": "/a"})),
    );
    assert_eq!(status, 200, "{body}");
    let a = &s.get("/v2/apps/a")["app"];
    assert_eq!(a["cmd"], "sleep 1000");
    assert_eq!(a["instances"], 2);
    let versions = s.get("/v2/apps/a/versions")["versions"]
        .as_array()
        .unwrap()
        .len();
    assert_eq!(versions, 4);
    // PUT on a missing app creates it.
    let (status, body) = s.status_of("PUT", "/v2/apps/new", Some(&app("/ignored-id")));
    assert_eq!(status, 201);
    assert!(body["deploymentId"].is_string());
    assert!(
        s.app_ids().contains(&"/new".to_string()),
        "the path's id wins"
    );
}

#[test]
fn delete_removes_at_once_and_groups_follow_the_ids() {
    let s = Server::start(&["--deploy-seconds", "1000"]);
    for id in ["/prod/kafka", "/prod/db/cassandra", "/top"] {
        s.status_of("POST", "/v2/apps", Some(&app(id)));
    }
    let root = s.get("/v2/groups");
    assert_eq!(root["id"], "/");
    assert_eq!(root["apps"][0]["id"], "/top");
    assert_eq!(root["groups"][0]["id"], "/prod");
    assert_eq!(
        root["groups"][0]["groups"][0]["apps"][0]["id"],
        "/prod/db/cassandra"
    );
    assert_eq!(
        s.get("/v2/groups/prod/db")["apps"][0]["id"],
        "/prod/db/cassandra"
    );
    assert_eq!(s.get("/v2/apps/prod/*")["*"].as_array().unwrap().len(), 2);
    let r = http()
        .delete(format!("{}/v2/apps/top", s.url))
        .send()
        .unwrap();
    assert_eq!(r.status(), 200);
    let dep = r.headers()["Marathon-Deployment-Id"]
        .to_str()
        .unwrap()
        .to_string();
    assert_eq!(s.status_of("GET", "/v2/apps/top", None).0, 404);
    let deployments = s.get("/v2/deployments");
    let stop = deployments
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == dep.as_str())
        .unwrap();
    assert_eq!(stop["steps"][0]["actions"][0]["action"], "StopApplication");
}

#[test]
fn a_token_protects_every_route_with_dcos_401() {
    let s = Server::start(&["--deploy-seconds", "0", "--token", "tk"]);
    let r = http().get(format!("{}/v2/apps", s.url)).send().unwrap();
    assert_eq!(r.status(), 401);
    assert_eq!(r.headers()["WWW-Authenticate"], "acsjwt");
    assert!(
        r.headers()["Content-Type"]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    assert!(
        r.text()
            .unwrap()
            .contains("<title>401 Authorization Required</title>")
    );
    let r = http()
        .get(format!("{}/ping", s.url))
        .header("Authorization", "Bearer tk")
        .send()
        .unwrap();
    assert_eq!(r.status(), 401, "only `token=` is accepted, as on DC/OS");
    let r = http()
        .get(format!("{}/v2/apps", s.url))
        .header("Authorization", "token=tk")
        .send()
        .unwrap();
    assert_eq!(r.status(), 200);
}

#[test]
fn state_survives_a_restart_and_deployments_keep_their_clock() {
    let env = Env::new();
    let state = env.path("state.json");
    let state_arg = state.to_str().unwrap();
    {
        let s = Server::start(&["--deploy-seconds", "1000", "--state", state_arg]);
        s.status_of("POST", "/v2/apps", Some(&app("/slow")));
        let s2 = Server::start(&[
            "--deploy-seconds",
            "0",
            "--state",
            &format!("{state_arg}.2"),
        ]);
        drop(s2);
    }
    let s = Server::start(&["--deploy-seconds", "0", "--state", state_arg]);
    assert_eq!(s.app_ids(), ["/slow"]);
    assert_eq!(
        s.get("/v2/deployments").as_array().unwrap().len(),
        1,
        "still 1000 s to go"
    );
    std::fs::write(&state, "{ not json").unwrap();
    let out = env
        .smack()
        .args([
            "sandbox",
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--state",
            state_arg,
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("state.json is not valid"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn random_requests_get_marathon_answers_and_never_break_the_server() {
    let s = Server::start(&["--deploy-seconds", "0.05"]);
    const PATHS: [&str; 17] = [
        "/v2/queue",
        "/v2/groups/a/b",
        "/v2/groups/..",
        "/v2/apps",
        "/v2/apps/a",
        "/v2/apps/a/b",
        "/v2/apps/A",
        "/v2/apps/a/versions",
        "/v2/apps/a/tasks",
        "/v2/apps/a/*",
        "/v2/deployments",
        "/v2/deployments/x",
        "/v2/groups",
        "/v2/groups/a",
        "/v2/info",
        "/ping",
        "/v2/apps/%2e%2e",
    ];
    const QUERIES: [&str; 8] = [
        "",
        "?force=true",
        "?partialUpdate=false",
        "?label=a%3D%3Db",
        "?label=%28",
        "?embed=apps.tasks",
        "?force=maybe",
        "?id=A&cmd=s",
    ];
    const BODIES: [&str; 16] = [
        "{\"apps\":[{\"id\":\"x\",\"cmd\":\"s\",\"dependencies\":[\"y\"]},{\"id\":\"y\",\"cmd\":\"s\",\"dependencies\":[\"x\"]}]}",
        "{\"groups\":[{\"apps\":[]}]}",
        "{\"groups\":[{\"id\":\"g\",\"groups\":[{\"id\":\"h\",\"apps\":[{\"id\":\"z\",\"cmd\":\"s\"}]}]}],\"dependencies\":[\"/a\"]}",
        "{\"scaleBy\":2.5}",
        "",
        "{",
        "[]",
        "null",
        "{\"id\":\"/a\",\"cmd\":\"s\"}",
        "{\"id\":\"a/b\",\"cmd\":\"s\",\"instances\":2}",
        "{\"cmd\":\"x\",\"version\":\"nope\"}",
        "{\"id\":\"/Bad\"}",
        "{\"instances\":-1}",
        "{\"id\":\"/a\",\"labels\":{\"SMACK_SANDBOX_DEPLOYMENT\":\"hang\"},\"cmd\":\"s\"}",
        "\"string\"",
        "{\"id\":\"/a\",\"cmd\":\"s\",\"ports\":[\"x\"]}",
    ];
    const METHODS: [&str; 5] = ["GET", "POST", "PUT", "DELETE", "PATCH"];
    let mut seed: u64 = 0xdecaf;
    let mut next = |n: usize| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) as usize % n
    };
    let client = http();
    for _ in 0..600 {
        let method = METHODS[next(METHODS.len())];
        let url = format!(
            "{}{}{}",
            s.url,
            PATHS[next(PATHS.len())],
            QUERIES[next(QUERIES.len())]
        );
        let body = BODIES[next(BODIES.len())];
        let response = client
            .request(
                reqwest::Method::from_bytes(method.as_bytes()).unwrap(),
                &url,
            )
            .header("Content-Type", "application/json")
            .body(body)
            .send()
            .unwrap();
        let status = response.status().as_u16();
        // Marathon's one deliberate 500 here: a nested group without an id (`None.get`).
        let none_get = status == 500 && body.contains("{\"apps\":[]}") && method != "DELETE";
        assert!(
            [200, 201, 202, 400, 404, 405, 409, 415, 422].contains(&status) || none_get,
            "{method} {url} {body} -> {status}"
        );
        let text = response.text().unwrap();
        if status >= 400 {
            let v: Value = serde_json::from_str(&text)
                .unwrap_or_else(|e| panic!("{method} {url}: {e}: {text}"));
            assert!(v["message"].is_string(), "{method} {url}: {text}");
        }
    }
    let r = http().get(format!("{}/ping", s.url)).send().unwrap();
    assert_eq!(r.status(), 200);
}

#[test]
fn service_ports_zero_are_assigned_and_kept_across_updates() {
    let s = Server::instant();
    let mut a = app("/a");
    a["portDefinitions"] = json!([{"port": 0}, {"port": 0}]);
    let (status, body) = s.status_of("POST", "/v2/apps", Some(&a));
    assert_eq!(status, 201);
    // The POST's answer is the app as posted; the deployment assigns the ports.
    assert_eq!(body["portDefinitions"][0]["port"], 0);
    let body = &s.get("/v2/apps/a")["app"];
    assert_eq!(body["portDefinitions"][0]["port"], 10000);
    assert_eq!(body["portDefinitions"][1]["port"], 10001);
    let mut b = app("/b");
    b["portDefinitions"] = json!([{"port": 0}, {"port": 10003}]);
    let (_, body) = s.status_of("POST", "/v2/apps", Some(&b));
    assert_eq!(body["portDefinitions"][1]["port"], 10003);
    let body = &s.get("/v2/apps/b")["app"];
    assert_eq!(
        body["portDefinitions"][0]["port"], 10002,
        "the lowest free one"
    );
    assert_eq!(
        body["portDefinitions"][1]["port"], 10003,
        "a given port stays"
    );
    // An update that leaves them to Marathon keeps the app's ports, and changes nothing.
    let before = s.get("/v2/apps/a")["app"]["version"].clone();
    s.status_of("PUT", "/v2/apps/a?partialUpdate=false", Some(&a));
    let after = &s.get("/v2/apps/a")["app"];
    assert_eq!(after["portDefinitions"][0]["port"], 10000);
    assert_eq!(after["portDefinitions"][1]["port"], 10001);
    assert!(s.get("/v2/deployments").as_array().unwrap().is_empty());
    assert_ne!(
        after["version"], before,
        "a new version, with an empty plan"
    );
    // An app without ports gets one, as in Marathon.
    s.status_of("POST", "/v2/apps", Some(&app("/c")));
    let body = &s.get("/v2/apps/c")["app"];
    assert_eq!(body["portDefinitions"][0]["port"], 10004);
}

#[test]
fn group_updates_replace_order_by_dependency_and_roll_back() {
    let s = Server::start(&["--deploy-seconds", "1000"]);
    let mut api = app("api");
    api["dependencies"] = json!(["db"]);
    let mut web = app("web");
    web["dependencies"] = json!(["/stack/api"]);
    let group = json!({"id": "/stack", "apps": [app("db"), api, web]});
    // A dry run plans without storing: groups.md's [Start all], [Scale db], [Scale api], [Scale web].
    let (status, plan) = s.status_of("PUT", "/v2/groups/stack?dryRun=true", Some(&group));
    assert_eq!(status, 200, "{plan}");
    let steps: Vec<Vec<String>> = plan["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            s["actions"]
                .as_array()
                .unwrap()
                .iter()
                .map(|a| {
                    format!(
                        "{} {}",
                        a["action"].as_str().unwrap(),
                        a["app"].as_str().unwrap()
                    )
                })
                .collect()
        })
        .collect();
    assert_eq!(
        steps,
        vec![
            vec![
                "StartApplication /stack/db",
                "StartApplication /stack/api",
                "StartApplication /stack/web"
            ],
            vec!["ScaleApplication /stack/db"],
            vec!["ScaleApplication /stack/api"],
            vec!["ScaleApplication /stack/web"],
        ]
    );
    assert_eq!(s.status_of("GET", "/v2/groups/stack", None).0, 404);
    // The real thing: stored at once, relative dependencies made absolute, one deployment.
    let (status, result) = s.status_of("PUT", "/v2/groups/stack", Some(&group));
    assert_eq!(status, 200, "{result}");
    let stored = s.get("/v2/groups/stack");
    assert_eq!(stored["apps"].as_array().unwrap().len(), 3);
    let api = s.get("/v2/apps/stack/api");
    assert_eq!(api["app"]["dependencies"], json!(["/stack/db"]));
    let deployments = s.get("/v2/deployments");
    assert_eq!(deployments[0]["id"], result["deploymentId"]);
    assert_eq!(deployments[0]["totalSteps"], 4);
    assert_eq!(deployments[0]["currentStep"], 2);
    assert_eq!(api["app"]["tasksRunning"], 0, "api waits for db");
    // Another change to the same apps is locked out; a cycle is refused before that.
    let mut db = app("db");
    db["dependencies"] = json!(["/stack/web"]);
    let cyclic = json!({"apps": [db, s.get("/v2/apps/stack/api")["app"].clone(), s.get("/v2/apps/stack/web")["app"].clone()]});
    let (status, body) = s.status_of("PUT", "/v2/groups/stack", Some(&cyclic));
    assert_eq!(status, 422, "{body}");
    assert_eq!(
        body["details"][0]["errors"][0],
        "Dependency graph has cyclic dependencies."
    );
    let (status, _) = s.status_of(
        "PUT",
        "/v2/groups/stack",
        Some(&json!({"apps": [app("db")]})),
    );
    assert_eq!(status, 409);
    // An app outside the group is refused.
    let (status, body) = s.status_of(
        "PUT",
        "/v2/groups/other",
        Some(&json!({"apps": [app("/x/y")]})),
    );
    assert_eq!(status, 422);
    assert_eq!(
        body["details"][0]["errors"][0],
        "Identifier is not child of '/other'"
    );
    // Rolling back the deployment removes what it created.
    let id = result["deploymentId"].as_str().unwrap();
    let (status, rollback) = s.status_of("DELETE", &format!("/v2/deployments/{id}"), None);
    assert_eq!(status, 200, "{rollback}");
    assert_eq!(s.status_of("GET", "/v2/apps/stack/db", None).0, 404);
    let deployments = s.get("/v2/deployments");
    assert_eq!(deployments.as_array().unwrap().len(), 1);
    assert_eq!(deployments[0]["id"], rollback["deploymentId"]);
    assert_eq!(
        deployments[0]["steps"][0]["actions"]
            .as_array()
            .unwrap()
            .len(),
        3
    );
}

#[test]
fn a_group_put_removes_the_apps_it_leaves_out_and_keeps_the_rest() {
    let s = Server::instant();
    let group =
        json!({"apps": [app("a"), app("b")], "groups": [{"id": "sub", "apps": [app("c")]}]});
    assert_eq!(s.status_of("PUT", "/v2/groups/g", Some(&group)).0, 200);
    assert_eq!(s.get("/v2/apps/g/sub/c")["app"]["id"], "/g/sub/c");
    // Unchanged apps keep their version; a group without `groups` keeps its subgroups.
    let version = s.get("/v2/apps/g/a")["app"]["version"].clone();
    let (status, _) = s.status_of("PUT", "/v2/groups/g", Some(&json!({"apps": [app("a")]})));
    assert_eq!(status, 200);
    assert_eq!(s.get("/v2/apps/g/a")["app"]["version"], version);
    assert_eq!(s.status_of("GET", "/v2/apps/g/b", None).0, 404);
    assert_eq!(s.status_of("GET", "/v2/apps/g/sub/c", None).0, 200);
    // `groups: []` removes the subgroups with everything in them.
    assert_eq!(
        s.status_of("PUT", "/v2/groups/g", Some(&json!({"groups": []})))
            .0,
        200
    );
    assert_eq!(s.status_of("GET", "/v2/groups/g/sub", None).0, 404);
    assert_eq!(s.status_of("GET", "/v2/apps/g/a", None).0, 200);
    // POST refuses an existing group; DELETE removes it all.
    let (status, body) = s.status_of("POST", "/v2/groups", Some(&json!({"id": "g"})));
    assert_eq!(status, 409, "{body}");
    assert_eq!(s.status_of("DELETE", "/v2/groups/g", None).0, 200);
    assert_eq!(s.status_of("GET", "/v2/groups/g", None).0, 404);
    assert!(s.get("/v2/apps")["apps"].as_array().unwrap().is_empty());
}

#[test]
fn resetting_the_launch_delay_starts_the_backoff_again() {
    let s = Server::start(&["--deploy-seconds", "0.1"]);
    let (status, _) = s.status_of(
        "POST",
        "/v2/apps",
        Some(&json!({
            "id": "/flaky", "cmd": "false", "cpus": 0.1, "mem": 16,
            "backoffSeconds": 1, "backoffFactor": 2,
            "labels": {"SMACK_SANDBOX_DEPLOYMENT": "fail"}
        })),
    );
    assert_eq!(status, 201);
    // Failures at 0, 1 and 3 s: the next launch is due at 7 s.
    std::thread::sleep(std::time::Duration::from_millis(3500));
    let left = |s: &Server| {
        s.get("/v2/queue")["queue"][0]["delay"]["timeLeftSeconds"]
            .as_u64()
            .unwrap()
    };
    assert!(left(&s) >= 3, "the delay has grown: {}", left(&s));
    assert_eq!(s.status_of("DELETE", "/v2/queue/flaky/delay", None).0, 204);
    assert!(left(&s) <= 1, "back to backoffSeconds: {}", left(&s));
    assert_eq!(
        s.status_of("DELETE", "/v2/queue/nothing/delay", None),
        (
            404,
            json!({"message": "Application /nothing not found in tasks queue."})
        )
    );
}
