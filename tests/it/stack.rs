//! `smack stack render`: the stack file's checks (all problems at once, before anything is
//! sent) and the apps it renders, in deployment order, as one Marathon group.

use crate::common::*;

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
    assert_eq!(kafka["version"], "4.3.1");
    assert_eq!(kafka["appId"], "/smack/kafka");
    assert_eq!(kafka["status"], "running");
    assert_eq!(kafka["tasksRunning"], 1);
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

/// A sandbox (0.1 s a step) with the shipped stack applied.
fn with_shipped_stack(env: &Env) -> Server {
    let server = Server::start(&["--deploy-seconds", "0.1"]);
    let out = stack_on(
        env,
        &server.url,
        &["apply", "--yes", "--wait"],
        &project().join("stacks/smack.toml"),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    server
}

/// The kafka member of the shipped stack, and the same with an option changed.
const KAFKA: &str = "[members.kafka]\npackage = \"kafka\"\n";
const KAFKA_CHANGED: &str =
    "[members.kafka]\npackage = \"kafka\"\noptions = { kafka = { num_partitions = 6 } }\n";

/// `smack stack ARGS FILE --marathon URL`, with the client's HTTP trace (`-v`) on stderr.
fn stack_on(env: &Env, url: &str, args: &[&str], file: &std::path::Path) -> std::process::Output {
    env.smack()
        .args(["-v", "stack"])
        .args(args)
        .arg(file)
        .args(["--marathon", url])
        .output()
        .unwrap()
}

/// A copy of the shipped stack in `env`, changed by `edit` (file name, text) → text.
fn stack_copy(env: &Env, edit: impl Fn(&str, String) -> String) -> std::path::PathBuf {
    let dir = env.path("stack");
    std::fs::create_dir_all(dir.join("apps")).unwrap();
    for file in ["smack.toml", "apps/ingest.json"] {
        let text = std::fs::read_to_string(project().join("stacks").join(file)).unwrap();
        std::fs::write(dir.join(file), edit(file, text)).unwrap();
    }
    dir.join("smack.toml")
}

/// The apps as Marathon has them, by id, without what changes with every deployment.
fn definitions(server: &Server) -> serde_json::Map<String, serde_json::Value> {
    server.get("/v2/apps")["apps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            let mut a = a.as_object().unwrap().clone();
            for k in [
                "version",
                "versionInfo",
                "deployments",
                "lastTaskFailure",
                "tasksStaged",
            ] {
                a.remove(k);
            }
            (
                a["id"].as_str().unwrap().to_string(),
                serde_json::Value::Object(a),
            )
        })
        .collect()
}

fn versions(server: &Server) -> std::collections::BTreeMap<String, String> {
    server.get("/v2/apps")["apps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["id"].as_str().unwrap().to_string(),
                a["version"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// Requests that change something, from the client's `-v` trace.
fn changes_sent(out: &std::process::Output) -> Vec<String> {
    stderr(out)
        .lines()
        .filter(|l| {
            ["> PUT ", "> POST ", "> DELETE ", "> PATCH "]
                .iter()
                .any(|m| l.contains(m))
        })
        .map(str::to_string)
        .collect()
}

#[test]
fn apply_deploys_in_dependency_order_gated_on_health_and_a_second_apply_sends_nothing() {
    let env = Env::new();
    let server = Server::start(&["--deploy-seconds", "0.2"]);
    let file = project().join("stacks/smack.toml");
    let out = stack_on(&env, &server.url, &["apply", "--yes", "--wait"], &file);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let said = stdout(&out);
    assert!(
        said.contains("5 to create, 0 to update, 0 unchanged, 0 to remove"),
        "{said}"
    );
    assert!(
        said.contains("Applied stack [smack]: 5 member(s) deployed"),
        "{said}"
    );
    let sent = changes_sent(&out);
    assert_eq!(sent.len(), 1, "one group deployment: {sent:?}");
    assert!(
        sent[0].contains("PUT ") && sent[0].contains("/v2/groups/smack"),
        "{sent:?}"
    );
    // Everything runs, healthy.
    let apps = server.get("/v2/apps?embed=apps.tasks")["apps"].clone();
    let apps = apps.as_array().unwrap();
    assert_eq!(apps.len(), 5);
    for a in apps {
        assert_eq!(a["tasksRunning"], a["instances"], "{}", a["id"]);
        assert_eq!(a["tasksHealthy"], a["instances"], "{}", a["id"]);
    }
    // From the sandbox's own timestamps: a dependent's first task was staged only after every
    // task of what it depends on had passed its health check.
    let tasks = |id: &str| -> Vec<serde_json::Value> {
        apps.iter().find(|a| a["id"] == id).unwrap()["tasks"]
            .as_array()
            .unwrap()
            .clone()
    };
    let first_staged = |id: &str| {
        tasks(id)
            .iter()
            .map(|t| t["stagedAt"].as_str().unwrap().to_string())
            .min()
            .unwrap()
    };
    let last_healthy = |id: &str| {
        tasks(id)
            .iter()
            .map(|t| {
                t["healthCheckResults"][0]["firstSuccess"]
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .max()
            .unwrap()
    };
    for (dependent, deps) in [
        ("/smack/ingest", ["/smack/kafka", "/smack/cassandra"]),
        ("/smack/dashboard", ["/smack/ingest", "/smack/spark"]),
    ] {
        for dep in deps {
            assert!(
                first_staged(dependent) >= last_healthy(dep),
                "{dependent} staged at {} before {dep} was healthy at {}",
                first_staged(dependent),
                last_healthy(dep)
            );
        }
    }
    // And the data services, which depend on nothing, started together.
    assert_eq!(
        first_staged("/smack/kafka"),
        first_staged("/smack/cassandra")
    );
    assert!(first_staged("/smack/kafka") < first_staged("/smack/ingest"));

    // The second apply changes nothing and sends nothing.
    let before = versions(&server);
    let again = stack_on(&env, &server.url, &["apply", "--yes", "--wait"], &file);
    assert_eq!(again.status.code(), Some(0), "{}", stderr(&again));
    assert!(
        stdout(&again).contains("0 to create, 0 to update, 5 unchanged"),
        "{}",
        stdout(&again)
    );
    assert!(
        stdout(&again).contains("is up to date: nothing to send"),
        "{}",
        stdout(&again)
    );
    assert_eq!(changes_sent(&again), Vec::<String>::new());
    assert_eq!(versions(&server), before);
}

#[test]
fn a_changed_option_is_an_update_with_a_diff_and_only_that_member_is_redeployed() {
    let env = Env::new();
    let server = with_shipped_stack(&env);
    let before = versions(&server);
    let started = |server: &Server| -> Vec<(serde_json::Value, serde_json::Value)> {
        server.get("/v2/apps/smack/ingest/tasks")["tasks"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| (t["id"].clone(), t["startedAt"].clone()))
            .collect()
    };
    let tasks_before = started(&server);
    let file = stack_copy(&env, |_, text| text.replace(KAFKA, KAFKA_CHANGED));
    // --dry-run shows the plan and sends nothing.
    let dry = stack_on(&env, &server.url, &["apply", "--dry-run"], &file);
    assert_eq!(dry.status.code(), Some(0), "{}", stderr(&dry));
    assert!(changes_sent(&dry).is_empty());
    assert_eq!(versions(&server), before);
    let out = stack_on(&env, &server.url, &["apply", "--yes", "--wait"], &file);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let said = stdout(&out);
    assert!(
        said.contains("0 to create, 1 to update, 4 unchanged"),
        "{said}"
    );
    assert!(said.contains("~ kafka"), "{said}");
    assert!(
        said.contains("-    \"KAFKA_NUM_PARTITIONS\": \"3\"")
            && said.contains("+    \"KAFKA_NUM_PARTITIONS\": \"6\""),
        "{said}"
    );
    assert!(said.contains("= ingest"), "{said}");
    let after = versions(&server);
    for (id, version) in &before {
        if id == "/smack/kafka" {
            assert_ne!(&after[id], version, "kafka is redeployed");
        } else {
            assert_eq!(&after[id], version, "{id} is left alone");
        }
    }
    assert_eq!(
        started(&server),
        tasks_before,
        "ingest's tasks were not restarted"
    );
    assert_eq!(server.get("/v2/apps/smack/kafka")["app"]["tasksRunning"], 1);
    // The installed options are kept: the file's options on top of them.
    let kafka = server.get("/v2/apps/smack/kafka")["app"]["labels"]["DCOS_PACKAGE_OPTIONS"].clone();
    assert!(kafka.is_string());
}

/// The shipped stack with its ingest service failing, kafka changed and a new member after
/// ingest.
fn failing_stack(env: &Env) -> std::path::PathBuf {
    stack_copy(env, |file, text| match file {
        "apps/ingest.json" => text.replace(
            "\"labels\": {",
            "\"labels\": { \"SMACK_SANDBOX_DEPLOYMENT\": \"fail\",",
        ),
        _ => {
            text.replace(KAFKA, KAFKA_CHANGED)
                + "\n[members.extra]\ndepends-on = [\"ingest\"]\napp = { cmd = \"sleep 1000\", cpus = 0.1, mem = 32 }\n"
        }
    })
}

#[test]
fn a_failing_member_ends_with_exit_8_and_a_report_per_member() {
    let env = Env::new();
    let server = with_shipped_stack(&env);
    let file = failing_stack(&env);
    let out = stack_on(
        &env,
        &server.url,
        &["apply", "--yes", "--wait", "--timeout", "60s"],
        &file,
    );
    assert_eq!(out.status.code(), Some(8), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("error: stack [smack] failed: member [ingest] did not deploy"),
        "{err}"
    );
    assert!(
        err.contains("member [kafka] (/smack/kafka): deployed"),
        "{err}"
    );
    assert!(
        err.contains("member [ingest] (/smack/ingest): failed: its tasks fail"),
        "{err}"
    );
    assert!(err.contains("last task failure: TASK_FAILED"), "{err}");
    assert!(
        err.contains("member [extra] (/smack/extra): waiting for ingest"),
        "{err}"
    );
    assert!(
        err.contains("member [spark] (/smack/spark): unchanged"),
        "{err}"
    );
    assert!(
        err.contains("--atomic"),
        "the hint says how to roll back: {err}"
    );
    // Marathon itself never gives up: the deployment is still there.
    assert_eq!(server.get("/v2/deployments").as_array().unwrap().len(), 1);
}

#[test]
fn atomic_rolls_a_failed_apply_back_to_exactly_what_was_there() {
    let env = Env::new();
    let server = with_shipped_stack(&env);
    let before = definitions(&server);
    let file = failing_stack(&env);
    let out = stack_on(
        &env,
        &server.url,
        &["apply", "--yes", "--atomic", "--timeout", "60s"],
        &file,
    );
    assert_eq!(out.status.code(), Some(8), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("failed: member [ingest] did not deploy; rolled back"),
        "{err}"
    );
    assert!(
        err.contains("Marathon is back to what it was before this apply"),
        "{err}"
    );
    // Nothing of the run is left: the new member is gone, the changed ones are as they were,
    // with their tasks, and no deployment runs.
    assert_eq!(definitions(&server), before);
    assert!(server.get("/v2/deployments").as_array().unwrap().is_empty());
    assert_eq!(server.status_of("GET", "/v2/apps/smack/extra", None).0, 404);
}

#[test]
fn cycles_unknown_members_and_dangling_dependencies_fail_before_anything_is_sent() {
    let env = Env::new();
    // A cycle and an unknown member: refused on reading the file, before any connection.
    let cyclic = stack_copy(&env, |_, text| {
        text.replace(
            "[members.kafka]",
            "[members.kafka]\ndepends-on = [\"dashboard\"]",
        )
    });
    let out = stack_on(&env, &dead_url(), &["apply", "--yes"], &cyclic);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(stderr(&out).contains("cycle"), "{}", stderr(&out));
    let unknown = stack_copy(&env, |_, text| {
        text.replace(
            "depends-on = [\"ingest\", \"spark\"]",
            "depends-on = [\"ingest\", \"sparc\"]",
        )
    });
    let out = stack_on(&env, &dead_url(), &["apply", "--yes"], &unknown);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(stderr(&out).contains("sparc"), "{}", stderr(&out));
    // A `dependencies` id that names nothing: Marathon would ignore it; smack refuses it.
    let server = Server::instant();
    let dangling = stack_copy(&env, |file, text| match file {
        "apps/ingest.json" => text.replacen("{", "{ \"dependencies\": [\"/elsewhere/db\"],", 1),
        _ => text,
    });
    let out = stack_on(&env, &server.url, &["apply", "--yes"], &dangling);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("dependency /elsewhere/db is no member"),
        "{}",
        stderr(&out)
    );
    assert!(changes_sent(&out).is_empty());
    assert!(
        server.get("/v2/apps")["apps"]
            .as_array()
            .unwrap()
            .is_empty()
    );
}

#[test]
fn on_the_embedded_sandbox_apply_runs_all_five_and_remove_leaves_nothing() {
    let env = Env::new();
    let file = project().join("stacks/smack.toml");
    let run = |args: &[&str]| {
        env.smack()
            .env("SMACK_SANDBOX_DEPLOY_SECONDS", "0.1")
            .args(["stack"])
            .args(args)
            .arg(&file)
            .output()
            .unwrap()
    };
    let out = run(&["apply", "--yes", "--wait"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let rows = stdout_json(&run(&["status", "-o", "json"]));
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 5);
    for r in rows {
        assert_eq!(r["status"], "running", "{r}");
        assert_eq!(r["tasksHealthy"], r["instances"], "{r}");
    }
    let out = run(&["remove", "--yes", "--wait"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let state: serde_json::Value =
        serde_json::from_slice(&std::fs::read(env.path("data/smack/sandbox/state.json")).unwrap())
            .unwrap();
    assert_eq!(state["apps"], serde_json::json!({}), "{state}");
    assert_eq!(state["groups"], serde_json::json!({}), "{state}");
}

#[test]
fn a_change_that_depends_on_an_unchanged_member_that_is_not_healthy_is_not_sent() {
    let env = Env::new();
    let server = Server::start(&["--deploy-seconds", "0.1"]);
    let file = failing_stack(&env);
    let out = stack_on(
        &env,
        &server.url,
        &["apply", "--yes", "--wait", "--timeout", "60s"],
        &file,
    );
    assert_eq!(out.status.code(), Some(8), "{}", stderr(&out));
    // The same file with only the dashboard changed: ingest stays as it is, failing.
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(
        &file,
        text.replace(
            "cmd = \"python3 -m http.server $PORT0\"",
            "cmd = \"python3 -m http.server $PORT0 --bind 0.0.0.0\"",
        ),
    )
    .unwrap();
    let out = stack_on(
        &env,
        &server.url,
        &["apply", "--yes", "--wait", "--force"],
        &file,
    );
    assert_eq!(out.status.code(), Some(8), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("was not applied: a dependency is not healthy"),
        "{err}"
    );
    assert!(
        err.contains("member [dashboard] depends on [ingest], which this apply leaves as it is, and which is failing"),
        "{err}"
    );
    assert!(
        changes_sent(&out).is_empty(),
        "nothing sent: {:?}",
        changes_sent(&out)
    );
}
