//! `smack stack render`: the stack file's checks (all problems at once, before anything is
//! sent) and the apps it renders, in deployment order, as one Marathon group.

mod common;

use common::*;

fn render(env: &Env, file: &std::path::Path, json: bool) -> std::process::Output {
    let mut cmd = env.smack();
    cmd.args(["stack", "render"]).arg(file);
    if json {
        cmd.arg("--json");
    }
    cmd.output().unwrap()
}

#[test]
fn the_shipped_stack_renders_in_dependency_order_as_one_group() {
    let env = Env::new();
    let out = render(&env, &project().join("stacks/smack.toml"), true);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let group = stdout_json(&out);
    assert_eq!(group["id"], "/smack");
    let apps = group["apps"].as_array().unwrap();
    let ids: Vec<&str> = apps.iter().map(|a| a["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "/smack/cassandra",
            "/smack/kafka",
            "/smack/spark",
            "/smack/ingest",
            "/smack/dashboard"
        ]
    );
    let ingest = &apps[3];
    assert_eq!(
        ingest["dependencies"],
        serde_json::json!(["/smack/kafka", "/smack/cassandra"])
    );
    for (app, member) in apps
        .iter()
        .zip(["cassandra", "kafka", "spark", "ingest", "dashboard"])
    {
        assert_eq!(app["labels"]["SMACK_STACK"], "smack");
        assert_eq!(app["labels"]["SMACK_STACK_MEMBER"], member);
        assert!(
            app["healthChecks"]
                .as_array()
                .is_some_and(|h| !h.is_empty()),
            "{member}"
        );
    }
    // Package members are normal installed packages.
    assert_eq!(apps[1]["labels"]["DCOS_PACKAGE_NAME"], "kafka");
    let text = render(&env, &project().join("stacks/smack.toml"), false);
    assert_eq!(text.status.code(), Some(0), "{}", stderr(&text));
    assert!(
        stdout(&text).contains("# ingest (app, after kafka, cassandra): /smack/ingest"),
        "{}",
        stdout(&text)
    );
}

/// Members with a problem each (bad options, a missing version, a missing package, an app
/// Marathon refuses); the last one's `depends-on` comes after.
const MEMBERS: &str = r#"
name = "demo"

[members.kafka]
package = "kafka"
options = { brokers = { count = "three" } }

[members.old]
package = "kafka"
version = "0.0.1"

[members.nothing]
package = "no-such-package"

[members.web]
app = { cmd = "sleep 1", cpus = -1 }
"#;

#[test]
fn every_problem_of_a_stack_file_is_reported_at_once_naming_the_member() {
    let env = Env::new();
    let file = env.path("bad.toml");
    std::fs::write(
        &file,
        format!(
            "{MEMBERS}{}",
            r#"depends-on = ["kafak"]

[members.twin]
app = { id = "/demo/web", cmd = "sleep 1" }

[members.away]
app = { cmd = "sleep 1" }
app-id = "/elsewhere/away"
"#
        ),
    )
    .unwrap();
    let out = render(&env, &file, false);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("bad.toml"), "{err}");
    for expected in [
        "member [web]: depends-on names an unknown member [kafak]; did you mean [kafka]?",
        "members [twin] and [web] have the same app id /demo/web",
        "member [away]: app id /elsewhere/away is outside the stack's group /demo",
    ] {
        assert!(err.contains(expected), "{expected}: {err}");
    }
    // Once the file's shape is sound, the members are rendered and checked, all of them.
    std::fs::write(
        &file,
        format!(
            "{MEMBERS}{}",
            r#"depends-on = ["kafka"]
"#
        ),
    )
    .unwrap();
    let out = render(&env, &file, false);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let err = stderr(&out);
    for expected in [
        "4 problems",
        "member [kafka]: options for package [kafka] are invalid",
        "member [old]: package [kafka] has no version [0.0.1]",
        "member [nothing]: package [no-such-package] not found",
        "member [web]: Marathon 1.11 would refuse the app",
    ] {
        assert!(err.contains(expected), "{expected}: {err}");
    }
}

#[test]
fn cycles_and_unknown_keys_are_errors() {
    let env = Env::new();
    let file = env.path("cycle.toml");
    std::fs::write(
        &file,
        r#"
name = "loop"
[members.a]
app = { cmd = "sleep 1" }
depends-on = ["c"]
[members.b]
app = { cmd = "sleep 1" }
depends-on = ["a"]
[members.c]
app = { cmd = "sleep 1" }
depends-on = ["b"]
[members.d]
app = { cmd = "sleep 1" }
"#,
    )
    .unwrap();
    let out = render(&env, &file, false);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("depends-on has a cycle: a -> c -> b -> a"),
        "{}",
        stderr(&out)
    );
    std::fs::write(
        &file,
        "name = \"x\"\n[members.a]\napp = { cmd = \"sleep 1\" }\ndepend-on = [\"b\"]\n",
    )
    .unwrap();
    let out = render(&env, &file, false);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(stderr(&out).contains("depend-on"), "{}", stderr(&out));
}

#[test]
fn list_shows_the_stack_of_a_member_installed_from_a_package() {
    let env = Env::new();
    let server = Server::instant();
    let out = render(&env, &project().join("stacks/smack.toml"), true);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let kafka = stdout_json(&out)["apps"][1].clone();
    assert_eq!(kafka["id"], "/smack/kafka");
    let (status, _) = server.status_of("POST", "/v2/apps", Some(&kafka));
    assert_eq!(status, 201);
    let out = env
        .smack()
        .args([
            "install",
            "cassandra",
            "--yes",
            "--no-wait",
            "--marathon",
            &server.url,
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = env
        .smack()
        .args(["list", "--marathon", &server.url])
        .env("COLUMNS", "200")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    let header = text.lines().next().unwrap();
    assert!(header.contains("STACK"), "{text}");
    let kafka_line = text.lines().find(|l| l.contains("/smack/kafka")).unwrap();
    assert!(kafka_line.contains(" smack "), "{text}");
    let cassandra_line = text.lines().find(|l| l.starts_with("cassandra")).unwrap();
    assert!(cassandra_line.contains(" - "), "{text}");
    let json = stdout_json(
        &env.smack()
            .args(["list", "--json", "--marathon", &server.url])
            .output()
            .unwrap(),
    );
    let stacks: Vec<_> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["stack"].clone())
        .collect();
    assert!(
        stacks.contains(&serde_json::json!("smack")) && stacks.contains(&serde_json::Value::Null)
    );
}

#[test]
fn status_reports_each_member_and_remove_takes_them_away_dependents_first() {
    let env = Env::new();
    let server = Server::instant();
    let file = project().join("stacks/smack.toml");
    let run = |args: &[&str]| {
        env.smack()
            .args(["stack"])
            .args(args)
            .arg(&file)
            .args(["--marathon", &server.url])
            .output()
            .unwrap()
    };
    let out = run(&["status", "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let rows = stdout_json(&out);
    assert!(
        rows.as_array()
            .unwrap()
            .iter()
            .all(|r| r["status"] == "absent"),
        "{rows}"
    );
    // Deploy the rendered group's apps straight to the server, in order.
    let group = stdout_json(&render(&env, &file, true));
    for app in group["apps"].as_array().unwrap() {
        let (status, body) = server.status_of("POST", "/v2/apps", Some(app));
        assert_eq!(status, 201, "{body}");
    }
    let out = run(&["status", "-o", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let rows = stdout_json(&out);
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 5);
    let kafka = rows.iter().find(|r| r["member"] == "kafka").unwrap();
    assert_eq!(kafka["package"], "kafka");
    assert_eq!(kafka["version"], "3.9.0");
    assert_eq!(kafka["appId"], "/smack/kafka");
    assert_eq!(kafka["status"], "running");
    assert_eq!(kafka["tasksRunning"], 3);
    let ingest = rows.iter().find(|r| r["member"] == "ingest").unwrap();
    assert_eq!(ingest["package"], serde_json::Value::Null);
    assert_eq!(
        ingest["dependsOn"],
        serde_json::json!(["kafka", "cassandra"])
    );
    assert_eq!(ingest["tasksHealthy"], 2);
    let table = run(&["status"]);
    assert!(stdout(&table).contains("MEMBER"), "{}", stdout(&table));

    let out = run(&["remove", "--yes", "--wait"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let said = stdout(&out);
    let removed: Vec<&str> = said
        .lines()
        .filter_map(|l| l.strip_prefix("Removed member ["))
        .map(|l| l.split(']').next().unwrap())
        .collect();
    assert_eq!(
        removed,
        ["dashboard", "ingest", "cassandra", "kafka", "spark"]
    );
    assert!(server.app_ids().is_empty(), "{:?}", server.app_ids());
    let out = run(&["remove", "--yes"]);
    assert_eq!(out.status.code(), Some(1), "nothing left: {}", stderr(&out));
    // Without a terminal and without --yes, nothing happens.
    let group_apps = group["apps"].as_array().unwrap();
    server.status_of("POST", "/v2/apps", Some(&group_apps[0]));
    let out = run(&["remove"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(server.app_ids().len(), 1);
}
