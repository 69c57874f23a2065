//! Marathon's rules, case by case (reference/marathon/acceptance.md §3): each case through
//! `smack render` (exit code, warning or error on stderr) and through the sandbox (POST, then GET),
//! at 1.11 as DC/OS configures it, plus the version differences.

use crate::common::{Env, Server, package_json, stderr, write_package};
use serde_json::{Value, json};

/// Renders an app given as a package whose template is the app itself.
fn render(env: &Env, app: &Value, args: &[&str]) -> std::process::Output {
    let root = env.path("cat");
    let _ = std::fs::remove_dir_all(&root);
    write_package(
        &root,
        "app",
        0,
        &[
            ("package.json", &package_json("app", "1")),
            ("marathon.json.mustache", &app.to_string()),
        ],
    );
    env.smack()
        .args(["render", "app"])
        .args(args)
        .arg("--catalog")
        .arg(&root)
        .output()
        .unwrap()
}

/// POSTs an app to a sandbox; returns the status, the body and, when created, the app as GET
/// returns it.
fn post(server: &Server, app: &Value) -> (u16, Value, Option<Value>) {
    let (status, body) = server.status_of("POST", "/v2/apps", Some(app));
    let stored = (status == 201).then(|| {
        let id = body["id"].as_str().unwrap().to_string();
        server.get(&format!("/v2/apps{id}"))["app"].clone()
    });
    (status, body, stored)
}

fn errors_at<'a>(body: &'a Value, path: &str) -> Vec<&'a str> {
    body["details"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|d| d["path"] == path)
        .flat_map(|d| d["errors"].as_array().unwrap())
        .filter_map(Value::as_str)
        .collect()
}

fn sandbox(args: &[&str]) -> Server {
    let mut all = vec!["--deploy-seconds", "0"];
    all.extend_from_slice(args);
    Server::start(&all)
}

fn accepted_with_warning(env: &Env, server: &Server, app: Value, warning: &str) -> Value {
    let out = render(env, &app, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains(warning), "{}", stderr(&out));
    let strict = render(env, &app, &["--strict"]);
    assert_eq!(
        strict.status.code(),
        Some(5),
        "--strict: {}",
        stderr(&strict)
    );
    let (status, body, stored) = post(server, &app);
    assert_eq!(status, 201, "{body}");
    stored.unwrap()
}

fn refused(env: &Env, server: &Server, app: Value, error: &str) -> (u16, Value) {
    let out = render(env, &app, &[]);
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    assert!(stderr(&out).contains(error), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    let before = server.app_ids();
    let (status, body, _) = post(server, &app);
    assert_eq!(server.app_ids(), before, "nothing created");
    (status, body)
}

#[test]
fn case_1_maintainer_is_dropped() {
    let (env, s) = (Env::new(), sandbox(&[]));
    let stored = accepted_with_warning(
        &env,
        &s,
        json!({"id": "/m", "cmd": "sleep 100", "maintainer": "x@example.com"}),
        "warning: /maintainer: Marathon ignores this field",
    );
    assert!(stored.get("maintainer").is_none(), "{stored}");
}

#[test]
fn case_2_unknown_nested_fields() {
    let (env, s) = (Env::new(), sandbox(&[]));
    let stored = accepted_with_warning(
        &env,
        &s,
        json!({"id": "/r", "cmd": "sleep 100", "portDefinitions": [{"port": 0, "name": "http-api"}],
               "readinessChecks": [{"name": "ready", "interval": 10}]}),
        "warning: /readinessChecks/0/interval: Marathon ignores this field; did you mean intervalSeconds?",
    );
    let check = &stored["readinessChecks"][0];
    assert_eq!(check["intervalSeconds"], 30, "{stored}");
    assert_eq!(check["timeoutSeconds"], 10);
    assert_eq!(check["portName"], "http-api");
    assert!(check.get("interval").is_none());

    // Without a port named http-api, the defaulted portName fails.
    let (status, body) = refused(
        &env,
        &s,
        json!({"id": "/r2", "cmd": "sleep 100", "readinessChecks": [{"interval": 10}]}),
        "/readinessChecks/0/portName: No port definition reference for portName http-api",
    );
    assert_eq!(status, 422);
    assert_eq!(body["message"], "Object is not valid");

    // A misspelt required key: the right one is missing.
    let (status, body) = refused(
        &env,
        &s,
        json!({"id": "/u", "cmd": "sleep 100",
               "upgradeStrategy": {"minimunHealthCapacity": 0.5, "maximumOverCapacity": 0.5}}),
        "/upgradeStrategy/minimumHealthCapacity: this field is required",
    );
    assert_eq!(status, 422);
    assert_eq!(body["message"], "Invalid JSON");
    let errors = errors_at(&body, "/upgradeStrategy/minimumHealthCapacity");
    assert!(
        errors[0].starts_with("'minimumHealthCapacity' is undefined on object"),
        "{body}"
    );

    let stored = accepted_with_warning(
        &env,
        &s,
        json!({"id": "/d", "container": {"type": "DOCKER", "docker": {"image": "nginx", "priviledged": true}}}),
        "warning: /container/docker/priviledged: Marathon ignores this field; did you mean privileged?",
    );
    assert_eq!(stored["container"]["docker"]["privileged"], false);

    let stored = accepted_with_warning(
        &env,
        &s,
        json!({"id": "/p", "cmd": "sleep 100", "portDefinitions": [{"port": 0, "servicePort": 10101}]}),
        "warning: /portDefinitions/0/servicePort: Marathon ignores this field",
    );
    assert!(stored["portDefinitions"][0].get("servicePort").is_none());
    assert_ne!(stored["portDefinitions"][0]["port"], 10101);
}

#[test]
fn case_3_check_since_1_8() {
    let env = Env::new();
    let app = json!({"id": "/c", "cmd": "sleep 100",
                     "check": {"http": {"portIndex": 0, "path": "/v1/health"}, "intervalSeconds": 30}});
    let out = render(&env, &app, &[]);
    assert_eq!(out.status.code(), Some(0));
    assert!(!stderr(&out).contains("warning"), "{}", stderr(&out));
    let (status, _, stored) = post(&sandbox(&[]), &app);
    assert_eq!(status, 201);
    let stored = stored.unwrap();
    assert_eq!(stored["check"]["http"]["path"], "/v1/health");
    assert_eq!(stored["check"]["timeoutSeconds"], 20, "defaults applied");

    // 1.7 does not know `check`: dropped with a warning; 1.8 keeps it.
    let out = render(&env, &app, &["--marathon-version", "1.7"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stderr(&out).contains(
            "warning: /check: Marathon 1.7 ignores this field (it was added in Marathon 1.8)"
        ),
        "{}",
        stderr(&out)
    );
    let (status, _, stored) = post(&sandbox(&["--marathon-version", "1.7"]), &app);
    assert_eq!(status, 201);
    assert!(stored.unwrap().get("check").is_none());
    let (status, _, stored) = post(&sandbox(&["--marathon-version", "1.8"]), &app);
    assert_eq!(status, 201);
    assert!(stored.unwrap().get("check").is_some());

    // A Docker app may not use checks.
    let s = sandbox(&[]);
    let (status, body) = refused(
        &env,
        &s,
        json!({"id": "/cd", "container": {"docker": {"image": "nginx"}},
               "check": {"tcp": {"portIndex": 0}}}),
        "AppDefinition must not use 'checks' if using docker",
    );
    assert_eq!(status, 422);
    assert_eq!(body["details"][0]["path"], "/");
    // None of http, tcp, exec: Marathon's conversion throws, a 500.
    let (status, body) = refused(
        &env,
        &s,
        json!({"id": "/ce", "cmd": "sleep 100", "check": {"intervalSeconds": 5}}),
        "/check: illegal RAML Check: expected one of http, tcp or exec checks",
    );
    assert_eq!(status, 500, "{body}");
}

#[test]
fn case_4_role_against_the_mesos_role() {
    let env = Env::new();
    let app = json!({"id": "/public", "cmd": "sleep 100", "role": "slave_public",
                     "acceptedResourceRoles": ["slave_public"]});
    // DC/OS runs Marathon with --mesos_role slave_public: fine.
    let out = render(&env, &app, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let (status, _, stored) = post(&sandbox(&[]), &app);
    assert_eq!(status, 201);
    assert_eq!(stored.unwrap()["role"], "slave_public");

    // A plain Marathon 1.11 (--mesos_role *) refuses the role.
    let plain = sandbox(&["--mesos-role", "*"]);
    let out = env
        .smack()
        .env("SMACK_MARATHON_MESOS_ROLE", "*")
        .args(["render", "app", "--catalog"])
        .arg(env.path("cat"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5));
    let err = stderr(&out);
    assert!(
        err.contains("/role: got slave_public, expected one of: [*]"),
        "{err}"
    );
    assert!(
        err.contains("--mesos_role *, as configured"),
        "names the assumption: {err}"
    );
    let (status, body, _) = post(&plain, &app);
    assert_eq!(status, 422);
    assert_eq!(
        errors_at(&body, "/role"),
        ["got slave_public, expected one of: [*]"]
    );
    // Without a role, the app gets the mesos role, and acceptedResourceRoles must fit it.
    let (status, body, _) = post(
        &plain,
        &json!({"id": "/ar", "cmd": "sleep 100", "acceptedResourceRoles": ["slave_public"]}),
    );
    assert_eq!(status, 422);
    assert_eq!(
        errors_at(&body, "/acceptedResourceRoles"),
        ["acceptedResourceRoles can only contain *"]
    );
    // An app in group /dev may also take the role `dev`.
    let (status, body, _) = post(
        &plain,
        &json!({"id": "/dev/a", "cmd": "sleep 100", "role": "dev"}),
    );
    assert_eq!(status, 201, "{body}");
    // Offline, the message names the DC/OS assumption it rests on.
    let out = render(
        &env,
        &json!({"id": "/g", "cmd": "sleep 100", "role": "other"}),
        &[],
    );
    assert!(
        stderr(&out)
            .contains("assuming --mesos_role slave_public, as DC/OS 2.2 configures Marathon"),
        "{}",
        stderr(&out)
    );

    // 1.8 has no `role`: dropped; 1.9 checks it.
    let out = render(&env, &app, &["--marathon-version", "1.8"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stderr(&out).contains("warning: /role: Marathon 1.8 ignores this field"));
    let (status, _, stored) = post(
        &sandbox(&["--marathon-version", "1.8", "--mesos-role", "*"]),
        &app,
    );
    assert_eq!(status, 201);
    assert!(stored.unwrap().get("role").is_none());
    let (status, body, _) = post(
        &sandbox(&["--marathon-version", "1.9", "--mesos-role", "*"]),
        &app,
    );
    assert_eq!(status, 422, "{body}");
    assert_eq!(
        errors_at(&body, "/role"),
        ["got slave_public, expected one of: [*]"]
    );
}

#[test]
fn case_5_null_is_absent() {
    let (env, s) = (Env::new(), sandbox(&[]));
    let app = json!({"id": "/n", "cmd": "sleep 100", "args": null, "env": null, "user": null});
    let out = render(&env, &app, &["--strict"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let (status, _, stored) = post(&s, &app);
    assert_eq!(status, 201);
    let stored = stored.unwrap();
    // Stored as absent: Marathon 1.11 writes neither an empty `args` nor an empty `env`.
    assert!(stored.get("args").is_none(), "{stored}");
    assert!(stored.get("env").is_none(), "{stored}");
    assert!(stored.get("user").is_none());
    // `null` where Marathon then applies a default is worth a warning.
    let out = render(
        &env,
        &json!({"id": "/n", "cmd": "sleep 100", "instances": null}),
        &[],
    );
    assert!(
        stderr(&out).contains("warning: /instances: null here means Marathon's default, 1"),
        "{}",
        stderr(&out)
    );
    // A required field may not be null.
    let (status, body) = refused(&env, &s, json!({"id": null, "cmd": "sleep 100"}), "/id:");
    assert_eq!(status, 422);
    assert_eq!(errors_at(&body, "/id"), ["error.expected.jsstring"]);
}

#[test]
fn case_6_empty_id() {
    let (env, s) = (Env::new(), sandbox(&[]));
    let (status, body) = refused(
        &env,
        &s,
        json!({"id": "", "cmd": "sleep 100"}),
        "/id: expected a string of at least 1 character (Marathon: error.minLength)",
    );
    assert_eq!(status, 422);
    assert_eq!(
        body,
        json!({"message": "Invalid JSON", "details": [{"path": "/id", "errors": ["error.minLength"]}]})
    );
}

#[test]
fn case_7_cmd_and_args() {
    let (env, s) = (Env::new(), sandbox(&[]));
    let text = "AppDefinition must either contain one of 'cmd' or 'args', and/or a 'container'.";
    let (status, body) = refused(
        &env,
        &s,
        json!({"id": "/ca", "cmd": "sleep 100", "args": ["sleep", "100"],
               "container": {"docker": {"image": "busybox"}}}),
        text,
    );
    assert_eq!(status, 422);
    assert_eq!(
        body,
        json!({"message": "Object is not valid", "details": [{"path": "/", "errors": [text]}]})
    );
    // `args: []` counts as absent.
    let out = render(
        &env,
        &json!({"id": "/a", "cmd": "sleep 100", "args": []}),
        &[],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // A cmd of one character is refused from 1.5 on.
    let (status, _) = refused(
        &env,
        &s,
        json!({"id": "/one", "cmd": "x"}),
        "must not be an empty string",
    );
    assert_eq!(status, 422);
}

#[test]
fn case_8_numbers() {
    let (env, s) = (Env::new(), sandbox(&[]));
    let (status, body) = refused(
        &env,
        &s,
        json!({"id": "/i", "cmd": "sleep 100", "instances": "1"}),
        "/instances: expected an integer (Marathon: error.expected.jsnumber)",
    );
    assert_eq!(status, 422);
    assert_eq!(errors_at(&body, "/instances"), ["error.expected.jsnumber"]);
    let (_, body) = refused(
        &env,
        &s,
        json!({"id": "/i", "cmd": "sleep 100", "instances": 1.5}),
        "error.expected.int",
    );
    assert_eq!(errors_at(&body, "/instances"), ["error.expected.int"]);
    let (_, body) = refused(
        &env,
        &s,
        json!({"id": "/i", "cmd": "sleep 100", "instances": -1}),
        "error.min",
    );
    assert_eq!(errors_at(&body, "/instances"), ["error.min"]);
    let (_, body) = refused(
        &env,
        &s,
        json!({"id": "/p", "cmd": "sleep 100", "ports": ["80"]}),
        "/ports/0",
    );
    assert_eq!(errors_at(&body, "/ports(0)"), ["error.expected.jsnumber"]);
    let out = render(
        &env,
        &json!({"id": "/i", "cmd": "sleep 100", "instances": 1.0}),
        &["--strict"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let (status, _, stored) = post(
        &s,
        &json!({"id": "/i", "cmd": "sleep 100", "instances": 1.0, "cpus": 0.25}),
    );
    assert_eq!(status, 201);
    assert_eq!(stored.unwrap()["instances"], json!(1));
}

#[test]
fn case_9_volumes_and_protocols() {
    let (env, s) = (Env::new(), sandbox(&[]));
    let (status, body) = refused(
        &env,
        &s,
        json!({"id": "/s", "cmd": "sleep 100", "secrets": {"pw": {"source": "/pw"}},
               "container": {"type": "MESOS", "volumes": [{"containerPath": "pw", "secret": "pw"}]}}),
        "Feature secrets is not enabled",
    );
    assert_eq!(status, 422);
    assert_eq!(body["message"], "Object is not valid");
    // With the secrets feature (DC/OS Enterprise), the same app goes through.
    let (status, body, _) = post(
        &sandbox(&["--enable-features", "secrets,external_volumes"]),
        &json!({"id": "/s", "cmd": "sleep 100", "secrets": {"pw": {"source": "/pw"}},
                "container": {"type": "MESOS", "volumes": [{"containerPath": "pw", "secret": "pw"}]}}),
    );
    assert_eq!(status, 201, "{body}");

    let (status, body) = refused(
        &env,
        &s,
        json!({"id": "/v", "cmd": "sleep 100", "container": {"type": "MESOS",
               "volumes": [{"containerPath": "data", "mode": "RW", "persistent": {"type": "zfs", "size": 10}}]}}),
        "/container/volumes/0/hostPath: this field is required",
    );
    assert_eq!(status, 422);
    assert!(
        errors_at(&body, "/container/volumes(0)/hostPath")[0]
            .starts_with("'hostPath' is undefined on object")
    );

    let mapping = |protocol: &str| {
        json!({"id": "/pm", "networks": [{"mode": "container/bridge"}],
               "container": {"type": "DOCKER", "docker": {"image": "nginx"},
                             "portMappings": [{"containerPort": 53, "protocol": protocol}]}})
    };
    let (status, body) = refused(
        &env,
        &s,
        mapping("tcp,udp"),
        "/container/portMappings/0/protocol: expected one of tcp, udp, udp,tcp",
    );
    assert_eq!(status, 422);
    assert_eq!(
        errors_at(&body, "/container/portMappings(0)/protocol"),
        ["error.unknown.enum.literal"]
    );
    let out = render(&env, &mapping("UDP,TCP"), &["--strict"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let (status, _, stored) = post(&s, &mapping("UDP,TCP"));
    assert_eq!(status, 201);
    assert_eq!(
        stored.unwrap()["container"]["portMappings"][0]["protocol"],
        "udp,tcp"
    );
}

#[test]
fn case_10_top_level_volumes_are_dropped() {
    let (env, s) = (Env::new(), sandbox(&[]));
    let stored = accepted_with_warning(
        &env,
        &s,
        json!({"id": "/tv", "cmd": "sleep 100", "volumes": [{"containerPath": "d", "hostPath": "/d", "mode": "RW"}]}),
        "warning: /volumes: Marathon ignores this field",
    );
    assert!(stored.get("volumes").is_none());
    assert!(stored["container"].is_null() || stored["container"]["volumes"].is_null());
}

#[test]
fn read_errors_are_400_before_1_6_and_422_after() {
    let app = json!({"id": "/i", "cmd": "sleep 100", "instances": "1"});
    let (status, body, _) = post(&sandbox(&["--marathon-version", "1.5"]), &app);
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["message"], "Invalid JSON");
    let (status, _, _) = post(&sandbox(&["--marathon-version", "1.6"]), &app);
    assert_eq!(status, 422);
    // And the sandbox says which Marathon it is.
    let s = sandbox(&["--marathon-version", "1.6", "--mesos-role", "*"]);
    let info = s.get("/v2/info");
    assert_eq!(info["version"], "1.6.567");
    assert_eq!(info["marathon_config"]["mesos_role"], "*");
}

#[test]
fn install_checks_against_the_marathon_it_talks_to() {
    let env = Env::new();
    let s = sandbox(&["--mesos-role", "*"]);
    let root = env.path("cat");
    write_package(
        &root,
        "pub",
        0,
        &[
            ("package.json", &package_json("pub", "1")),
            (
                "marathon.json.mustache",
                r#"{"id": "/pub", "cmd": "sleep 100", "acceptedResourceRoles": ["slave_public"]}"#,
            ),
        ],
    );
    let install = |extra: &[&str]| {
        env.smack()
            .args([
                "install",
                "pub",
                "--yes",
                "--no-wait",
                "--marathon",
                &s.url,
                "--catalog",
            ])
            .arg(&root)
            .args(extra)
            .output()
            .unwrap()
    };
    // Offline the DC/OS profile accepts it; this Marathon (its /v2/info says --mesos_role *) does not.
    let out = install(&["--dry-run"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = install(&[]);
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("as the Marathon at"),
        "the message names where the setting comes from: {}",
        stderr(&out)
    );
    assert!(s.app_ids().is_empty(), "nothing was sent");
}

#[test]
fn lint_counts_errors_and_warnings_apart() {
    let env = Env::new();
    let root = env.path("lintcat");
    write_package(
        &root,
        "needs-key",
        0,
        &[
            ("package.json", &package_json("needs-key", "1")),
            (
                "config.json",
                r#"{"type": "object", "required": ["api"], "properties": {"api": {"type": "object", "required": ["key"],
                    "properties": {"key": {"type": "string", "minLength": 8}, "port": {"type": "integer", "minimum": 1024, "default": 8080}}}}}"#,
            ),
            (
                "marathon.json.mustache",
                r#"{"id": "/needs-key", "cmd": "run --key {{api.key}}", "maintainer": "m@example.com"}"#,
            ),
        ],
    );
    write_package(
        &root,
        "cli-only",
        0,
        &[
            ("package.json", &package_json("cli-only", "1")),
            (
                "resource.json",
                r#"{"cli": {"binaries": {"linux": {"x86-64": {"kind": "executable", "url": "https://example.com/cli", "contentHash": [{"algo": "sha256", "value": "00"}]}}}}}"#,
            ),
        ],
    );
    let out = env.smack().arg("lint").arg(&root).output().unwrap();
    let text = crate::common::stdout(&out);
    assert_eq!(out.status.code(), Some(0), "warnings alone pass: {text}");
    assert!(
        text.contains(
            "needs-key/0/config.json: note: the defaults leave options to the user (api.key)"
        ),
        "{text}"
    );
    assert!(
        text.contains("warning: /maintainer: Marathon ignores this field"),
        "{text}"
    );
    assert!(
        !text.contains("cli-only"),
        "a CLI-only package is fine: {text}"
    );
    assert!(
        text.ends_with(
            "2 packages, 2 revisions checked against Marathon 1.11: 0 errors, 1 warning\n"
        ),
        "{text}"
    );
    let out = env
        .smack()
        .args(["lint", "--strict"])
        .arg(&root)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));

    // A rejected app and an unreadable revision are errors.
    write_package(
        &root,
        "empty-id",
        0,
        &[
            ("package.json", &package_json("empty-id", "1")),
            ("marathon.json.mustache", r#"{"id": "", "cmd": "sleep 1"}"#),
        ],
    );
    write_package(&root, "broken", 0, &[("package.json", "{not json")]);
    let out = env
        .smack()
        .args(["lint", "-o", "json"])
        .arg(&root)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let list = crate::common::stdout_json(&out);
    let list = list.as_array().unwrap();
    let error = list
        .iter()
        .find(|p| p["package"] == "empty-id")
        .expect("the empty id is reported");
    assert_eq!(error["severity"], "error");
    assert_eq!(error["pointer"], "/id");
    assert_eq!(error["revision"], 0);
    assert!(
        error["path"]
            .as_str()
            .unwrap()
            .ends_with("empty-id/0/marathon.json.mustache")
    );
    assert!(
        error["message"]
            .as_str()
            .unwrap()
            .contains("at least 1 character")
    );
    assert!(
        list.iter()
            .any(|p| p["severity"] == "error" && p["path"].as_str().unwrap().contains("broken")),
        "{list:?}"
    );
    for p in list {
        for key in [
            "path", "package", "revision", "severity", "pointer", "message",
        ] {
            assert!(p.get(key).is_some(), "{key} in {p}");
        }
    }
}
