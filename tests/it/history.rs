//! The day-2 commands against `smack sandbox serve`: history, rollback (and a refused one),
//! `--atomic` install and upgrade, `get`, restart, and the requests `history` makes.

use serde_json::{Map, Value, json};

use crate::common::*;

fn on(env: &Env, server: &Server, args: &[&str]) -> std::process::Output {
    env.smack()
        .args(args)
        .args(["--marathon", &server.url])
        .output()
        .unwrap()
}

/// The definition fields of an app, without what every version changes.
fn fields(app: &Value) -> Map<String, Value> {
    let mut m = app.as_object().unwrap().clone();
    for k in [
        "version",
        "versionInfo",
        "tasks",
        "deployments",
        "tasksStaged",
        "tasksRunning",
        "tasksHealthy",
        "tasksUnhealthy",
        "lastTaskFailure",
    ] {
        m.remove(k);
    }
    m
}

#[test]
fn history_rollback_and_get_options_bring_back_exactly_the_first_revision() {
    let env = Env::new();
    let server = Server::instant();
    let out = on(&env, &server, &["install", "cassandra", "--yes", "--wait"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let first = server.get("/v2/apps/cassandra")["app"].clone();
    let out = on(
        &env,
        &server,
        &[
            "upgrade",
            "cassandra",
            "--set",
            "nodes.count=5",
            "--yes",
            "--wait",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));

    let history = stdout_json(&on(&env, &server, &["history", "cassandra", "-o", "json"]));
    assert_eq!(history["appId"], "/cassandra");
    assert_eq!(history["total"], 2);
    let revisions = history["revisions"].as_array().unwrap();
    assert_eq!(revisions.len(), 2);
    assert_eq!(revisions[0]["revision"], 2);
    assert_eq!(revisions[0]["current"], true);
    assert_eq!(revisions[0]["packageVersion"], "5.0.9");
    let change = revisions[0]["change"].as_str().unwrap();
    assert!(change.contains("options nodes.count"), "{change}");
    assert!(change.contains("instances 3 → 5"), "{change}");
    assert_eq!(revisions[1]["revision"], 1);
    assert_eq!(revisions[1]["change"], "created");
    assert_eq!(revisions[1]["current"], false);
    let table = stdout(&on(&env, &server, &["history", "cassandra"]));
    assert!(table.starts_with("REVISION"), "{table}");
    assert!(table.contains("2 *"), "{table}");

    assert_eq!(
        stdout_json(&on(
            &env,
            &server,
            &["get", "options", "cassandra", "-o", "json"]
        )),
        json!({"nodes": {"count": 5}})
    );

    // Back to revision 1: the diff first, then Marathon's rollback, followed.
    let out = on(&env, &server, &["rollback", "cassandra", "--yes", "--wait"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let said = stdout(&out);
    assert!(
        said.contains("-  \"instances\": 5,") && said.contains("+  \"instances\": 3,"),
        "{said}"
    );
    assert!(
        said.contains("Rolled app [/cassandra] back to revision 1"),
        "{said}"
    );
    let options = stdout_json(&on(
        &env,
        &server,
        &["get", "options", "cassandra", "-o", "json"],
    ));
    assert_eq!(options, json!({}), "the original options: none given");
    let now = server.get("/v2/apps/cassandra")["app"].clone();
    let (was, is) = (fields(&first), fields(&now));
    for (k, v) in &was {
        assert_eq!(is.get(k), Some(v), "field {k} after the rollback");
    }
    assert_eq!(was.len(), is.len());
    // Revision 1 as Marathon serves it is that definition too.
    let versions = server.get("/v2/apps/cassandra/versions")["versions"].clone();
    let oldest = versions
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .as_str()
        .unwrap();
    let served = server.get(&format!("/v2/apps/cassandra/versions/{oldest}"));
    assert_eq!(fields(&served), was);
    let history = stdout_json(&on(&env, &server, &["history", "cassandra", "-o", "json"]));
    assert_eq!(history["total"], 3);

    // --all: the options as the render used them, a file install --options takes.
    let all = stdout_json(&on(
        &env,
        &server,
        &["get", "options", "cassandra", "--all", "-o", "json"],
    ));
    assert_eq!(all["nodes"]["count"], 3);
    let file = env.path("all.json");
    std::fs::write(&file, all.to_string()).unwrap();
    let out = env
        .smack()
        .args(["render", "cassandra", "--options"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));

    // get app: the definition Marathon holds; get notes: the package's post-install notes.
    let app = stdout_json(&on(&env, &server, &["get", "app", "cassandra"]));
    assert_eq!(app["id"], "/cassandra");
    assert!(app.get("tasks").is_none() && app.get("version").is_none());
    let notes = stdout(&on(&env, &server, &["get", "notes", "cassandra"]));
    assert!(notes.contains("Cassandra is deploying"), "{notes}");

    // Restart: a new revision with the same definition.
    let out = on(&env, &server, &["restart", "cassandra", "--yes", "--wait"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let history = stdout_json(&on(&env, &server, &["history", "cassandra", "-o", "json"]));
    assert_eq!(history["total"], 4);
    assert_eq!(
        history["revisions"][0]["change"],
        "no change to the definition (a restart)"
    );

    // Unknown revisions are errors listing the valid ones.
    let out = on(&env, &server, &["rollback", "cassandra", "9", "--yes"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("has no revision 9; its revisions are 1 to 4"));
}

#[test]
fn a_rollback_the_package_forbids_is_refused_with_its_notes_and_changes_nothing() {
    let env = Env::new();
    let server = Server::instant();
    for args in [
        &[
            "install",
            "cassandra",
            "--package-version",
            "4.1.7",
            "--yes",
            "--wait",
        ][..],
        &[
            "upgrade",
            "cassandra",
            "--package-version",
            "5.0.9",
            "--yes",
            "--wait",
        ][..],
    ] {
        let out = on(&env, &server, args);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    }
    let before = server.get("/v2/apps/cassandra")["app"]["version"].clone();
    let out = on(&env, &server, &["rollback", "cassandra", "--yes", "--wait"]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("cannot roll back from package cassandra 5.0.9 to 4.1.7"),
        "{err}"
    );
    assert!(
        err.contains("a 5.0 node cannot be downgraded to 4.x"),
        "{err}"
    );
    assert!(err.contains("--force"), "{err}");
    assert_eq!(server.get("/v2/apps/cassandra")["app"]["version"], before);
    assert_eq!(
        server.get("/v2/apps/cassandra/versions")["versions"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    // --force does it.
    let out = on(
        &env,
        &server,
        &["rollback", "cassandra", "--yes", "--wait", "--force"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        server.get("/v2/apps/cassandra")["app"]["labels"]["DCOS_PACKAGE_VERSION"],
        "4.1.7"
    );
}

#[test]
fn atomic_undoes_a_failed_upgrade_and_a_failed_install() {
    let env = Env::new();
    web_catalog(&env.path("catalog"));
    let server = Server::start(&["--deploy-seconds", "0.2"]);
    let catalog = env.path("catalog");
    let web = |args: &[&str]| {
        env.smack()
            .args(args)
            .arg("--catalog")
            .arg(&catalog)
            .args(["--marathon", &server.url])
            .output()
            .unwrap()
    };
    let out = web(&["install", "web", "--yes", "--wait"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let before = fields(&server.get("/v2/apps/web")["app"]);

    // Without --atomic, the failure says how to roll back.
    let out = web(&[
        "upgrade",
        "web",
        "--set",
        "behaviour=fail",
        "--yes",
        "--wait",
        "--timeout",
        "20s",
    ]);
    assert_eq!(out.status.code(), Some(8), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("undo it with `smack rollback /web "),
        "{}",
        stderr(&out)
    );
    let out = web(&["rollback", "web", "--yes", "--wait", "--force"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));

    // With --atomic, smack rolls the deployment back itself.
    let out = web(&[
        "upgrade",
        "web",
        "--set",
        "behaviour=fail",
        "--yes",
        "--atomic",
        "--timeout",
        "20s",
    ]);
    assert_eq!(out.status.code(), Some(8), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("deployment of app [/web] failed"), "{err}");
    assert!(
        err.contains("undone (--atomic): the change was rolled back"),
        "{err}"
    );
    assert_eq!(
        server.get("/v2/deployments"),
        json!([]),
        "no deployment left"
    );
    let after = fields(&server.get("/v2/apps/web")["app"]);
    assert_eq!(after, before, "the previous definition runs");

    // A failed install with --atomic leaves no app.
    let out = web(&[
        "install",
        "web",
        "--app-id",
        "/w2",
        "--set",
        "behaviour=fail",
        "--yes",
        "--atomic",
        "--timeout",
        "20s",
    ]);
    assert_eq!(out.status.code(), Some(8), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("undone (--atomic): app [/w2] was removed"),
        "{}",
        stderr(&out)
    );
    assert_eq!(server.status_of("GET", "/v2/apps/w2", None).0, 404);
    assert_eq!(server.get("/v2/deployments"), json!([]));
}

#[test]
fn history_reads_at_most_max_plus_one_versions_and_works_on_any_app() {
    let env = Env::new();
    let server = Server::instant();
    let (status, _) = server.status_of(
        "POST",
        "/v2/apps",
        Some(&json!({"id": "/plain", "cmd": "sleep 1000", "cpus": 0.1, "mem": 16})),
    );
    assert_eq!(status, 201);
    for i in 0..49 {
        let (status, _) = server.status_of(
            "PUT",
            "/v2/apps/plain?force=true",
            Some(&json!({"env": {"STEP": i.to_string()}})),
        );
        assert_eq!(status, 200);
    }
    assert_eq!(
        server.get("/v2/apps/plain/versions")["versions"]
            .as_array()
            .unwrap()
            .len(),
        50
    );
    let out = env
        .smack()
        .args([
            "-v",
            "history",
            "/plain",
            "--max",
            "5",
            "-o",
            "json",
            "--marathon",
            &server.url,
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let json = stdout_json(&out);
    assert_eq!(json["total"], 50);
    assert_eq!(json["revisions"].as_array().unwrap().len(), 5);
    assert_eq!(json["revisions"][0]["revision"], 50);
    assert_eq!(json["revisions"][0]["packageVersion"], Value::Null);
    assert_eq!(json["revisions"][0]["change"], "env");
    let requests = stderr(&out)
        .lines()
        .filter(|l| l.starts_with("> GET") && l.contains("/versions"))
        .count();
    assert!(requests <= 6, "{requests} version requests for 5 rows");
    // A plain app rolls back too.
    let out = env
        .smack()
        .args([
            "rollback",
            "/plain",
            "1",
            "--yes",
            "--wait",
            "--marathon",
            &server.url,
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // Back to no env at all, which Marathon 1.11 omits.
    assert_eq!(server.get("/v2/apps/plain")["app"].get("env"), None);
}

#[test]
fn the_sandbox_serves_versions_rollbacks_and_restarts_as_marathon_does() {
    let server = Server::instant();
    let (status, _) = server.status_of(
        "POST",
        "/v2/apps",
        Some(&json!({"id": "/a", "cmd": "sleep 1", "cpus": 0.1, "mem": 16})),
    );
    assert_eq!(status, 201);
    server.status_of(
        "PUT",
        "/v2/apps/a?force=true",
        Some(&json!({"instances": 2})),
    );
    let versions = server.get("/v2/apps/a/versions")["versions"].clone();
    let old = versions[1].as_str().unwrap().to_string();
    let served = server.get(&format!("/v2/apps/a/versions/{old}"));
    assert_eq!(served["instances"], 1);
    assert_eq!(served["version"], old.as_str());
    assert_eq!(
        server.status_of("GET", "/v2/apps/a/versions/2020-01-01T00:00:00.000Z", None),
        (
            404,
            json!({"message": "App '/a' does not exist in version 2020-01-01T00:00:00.000Z"})
        )
    );
    assert_eq!(
        server.status_of("GET", "/v2/apps/a/versions/soon", None).0,
        422
    );
    // Rollback: PUT with the version; an unknown one is AppNotFoundException's 404.
    assert_eq!(
        server.status_of(
            "PUT",
            "/v2/apps/a?force=true",
            Some(&json!({"version": "2020-01-01T00:00:00.000Z"}))
        ),
        (404, json!({"message": "App '/a' does not exist"}))
    );
    let (status, body) = server.status_of(
        "PUT",
        "/v2/apps/a?force=true",
        Some(&json!({"version": old})),
    );
    assert_eq!(status, 200);
    assert!(body["deploymentId"].is_string() && body["version"].is_string());
    assert_eq!(server.get("/v2/apps/a")["app"]["instances"], 1);
    // Restart: 200 with the deployment; 404 for an unknown app.
    let (status, body) = server.status_of("POST", "/v2/apps/a/restart?force=true", None);
    assert_eq!(status, 200);
    assert!(body["deploymentId"].is_string());
    assert_eq!(
        server.status_of("POST", "/v2/apps/nope/restart", None),
        (404, json!({"message": "App '/nope' does not exist"}))
    );
    assert_eq!(
        server.get("/v2/apps/a/versions")["versions"]
            .as_array()
            .unwrap()
            .len(),
        4
    );
}
