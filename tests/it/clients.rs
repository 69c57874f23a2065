//! Real third-party clients against `smack sandbox serve`: marathon-python 0.13 (Debian's
//! python3-marathon or `pip install marathon==0.13.0`) runs every call of its client
//! (tests/clients/marathon_python.py), asserting results. Without the client the test skips
//! with a message, unless `SMACK_REQUIRE_CLIENTS` is set (CI sets it).

use crate::common::*;

/// A Python that can import `marathon`.
fn python_with_marathon() -> Option<String> {
    ["/usr/bin/python3", "python3"].into_iter().find_map(|p| {
        std::process::Command::new(p)
            .args(["-c", "import marathon"])
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|_| p.to_string())
    })
}

/// marathon-python's interpreter; without it the test says it skips, unless
/// `SMACK_REQUIRE_CLIENTS` is set, when it fails.
fn python_or_skip() -> Option<String> {
    let python = python_with_marathon();
    if python.is_none() {
        if std::env::var_os("SMACK_REQUIRE_CLIENTS").is_some() {
            panic!(
                "SMACK_REQUIRE_CLIENTS is set, but no python3 imports marathon (apt-get install python3-marathon, or pip install marathon==0.13.0)"
            );
        }
        eprintln!("skipped: marathon-python is not installed (apt-get install python3-marathon)");
    }
    python
}

/// The folder the DC/OS CLI is installed in (`SMACK_DCOS_CLI`); without it the test says it
/// skips, unless `SMACK_REQUIRE_DCOS_CLI` is set, when it fails.
fn dcos_cli_or_skip() -> Option<std::ffi::OsString> {
    let dir = std::env::var_os("SMACK_DCOS_CLI");
    if dir.is_none() {
        if std::env::var_os("SMACK_REQUIRE_DCOS_CLI").is_some() {
            panic!("SMACK_REQUIRE_DCOS_CLI is set, but SMACK_DCOS_CLI names no DC/OS CLI");
        }
        eprintln!(
            "skipped: no DC/OS CLI (tests/clients/dcos-cli/install.sh DIR, then SMACK_DCOS_CLI=DIR)"
        );
    }
    dir
}

fn marathon_python(prefix: &str) {
    let Some(python) = python_or_skip() else {
        return;
    };
    let server = Server::start(&["--deploy-seconds", "0.1"]);
    let out = std::process::Command::new(python)
        .arg(project().join("tests/clients/marathon_python.py"))
        .arg(format!("{}{prefix}", server.url))
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{said}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(said.trim_end().ends_with("done"), "{said}");
    // What the client cannot take from Marathon 1.11 is noted, not hidden.
    for line in said.lines().filter(|l| l.starts_with("noted")) {
        eprintln!("marathon-python: {line}");
    }
}

#[test]
fn marathon_python_runs_every_call_against_the_sandbox() {
    marathon_python("");
}

#[test]
fn marathon_python_works_through_the_dcos_prefix() {
    marathon_python("/service/marathon");
}

/// Runs the DC/OS CLI installed in `dir` with `home` as its home: whether it succeeded, its
/// stdout, and stdout and stderr together.
fn dcos_cli(
    dir: &std::ffi::OsStr,
    home: &std::path::Path,
    vars: &[(&str, &str)],
    args: &[&str],
) -> (bool, String, String) {
    let out = std::process::Command::new("python3")
        .args([
            "-c",
            "import sys; from dcoscli.main import main; sys.argv[0] = 'dcos'; sys.exit(main())",
        ])
        .args(args)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", home)
        .env("PYTHONPATH", dir)
        .env("NO_PROXY", "127.0.0.1")
        .envs(vars.iter().copied())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let text = format!("{stdout}{}", String::from_utf8_lossy(&out.stderr));
    (out.status.success(), stdout, text)
}

/// The DC/OS CLI (dcoscli 0.6.1, installed by tests/clients/dcos-cli/install.sh into the folder
/// `SMACK_DCOS_CLI` names) against `smack serve` in front of a sandbox: the package commands
/// and a Marathon command through `/service/marathon/`, with nothing but `core.dcos_url` set.
/// Without it the test skips with a message, unless `SMACK_REQUIRE_DCOS_CLI` is set.
#[test]
fn the_dcos_cli_manages_packages_through_smack_serve() {
    let Some(dir) = dcos_cli_or_skip() else {
        return;
    };
    let env = Env::new();
    let sandbox = Server::instant();
    let cosmos = CosmosServer::start(&env, &["--marathon", &sandbox.url]);
    let dcos = |args: &[&str]| {
        let (ok, stdout, text) = dcos_cli(&dir, env.home.path(), &[], args);
        assert!(ok, "dcos {args:?}: {text}");
        stdout
    };
    dcos(&["config", "set", "core.dcos_url", &cosmos.url]);
    let found = dcos(&["package", "search", "kafka"]);
    assert!(
        found.contains("kafka") && found.contains("4.3.1"),
        "{found}"
    );
    let versions = dcos(&["package", "describe", "kafka", "--package-versions"]);
    assert!(versions.contains("3.9.0"), "{versions}");
    // The app, rendered by smack serve, with and without the user's options.
    let template = dcos(&["package", "describe", "kafka", "--app"]);
    assert!(
        template.contains("{{service.name}}"),
        "the template: {template}"
    );
    let rendered: serde_json::Value = serde_json::from_str(&dcos(&[
        "package", "describe", "kafka", "--app", "--render",
    ]))
    .unwrap();
    assert_eq!(rendered["id"], "kafka", "{rendered}");
    let options = env.path("kafka-options.json");
    std::fs::write(&options, r#"{"nodes": {"heap_mb": 1024}}"#).unwrap();
    let rendered: serde_json::Value = serde_json::from_str(&dcos(&[
        "package",
        "describe",
        "kafka",
        "--app",
        "--render",
        "--options",
        options.to_str().unwrap(),
    ]))
    .unwrap();
    assert!(
        rendered["env"]["KAFKA_HEAP_OPTS"]
            .as_str()
            .unwrap()
            .contains("-Xmx1024m"),
        "{rendered}"
    );
    let config: serde_json::Value =
        serde_json::from_str(&dcos(&["package", "describe", "kafka", "--config"])).unwrap();
    assert_eq!(
        config["properties"]["nodes"]["properties"]["count"]["default"],
        1
    );
    dcos(&["package", "install", "kafka", "--yes"]);
    assert_eq!(sandbox.app_ids(), vec!["/kafka".to_string()]);
    let app = sandbox.get("/v2/apps/kafka")["app"].clone();
    assert_eq!(app["labels"]["DCOS_PACKAGE_NAME"], "kafka");
    let list: serde_json::Value =
        serde_json::from_str(&dcos(&["package", "list", "--json"])).unwrap();
    assert_eq!(list[0]["name"], "kafka");
    let apps = dcos(&["marathon", "app", "list"]);
    assert!(apps.contains("/kafka"), "{apps}");
    dcos(&["package", "uninstall", "kafka", "--yes"]);
    assert!(sandbox.app_ids().is_empty());
}

/// marathon-python 0.13's unfiltered `event_stream()` needs the whole plans Marathon 1.4–1.6
/// sent: against a sandbox answering as 1.6 it reads a whole deployment (instance events
/// included); against 1.11's light plans it fails, as it does against Marathon 1.11.
#[test]
fn marathon_python_reads_a_whole_deployment_from_the_event_stream_of_a_1_6_sandbox() {
    let Some(python) = python_or_skip() else {
        return;
    };
    let run = |server: &Server| {
        std::process::Command::new(&python)
            .arg(project().join("tests/clients/marathon_events.py"))
            .args([server.url.as_str(), "/ev"])
            .output()
            .unwrap()
    };
    let old = Server::start(&["--deploy-seconds", "0.3", "--marathon-version", "1.6"]);
    let out = run(&old);
    let said = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        out.status.success() && said.trim_end().ends_with("done"),
        "{said}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for kind in [
        "MarathonDeploymentInfo",
        "MarathonInstanceChangedEvent",
        "MarathonStatusUpdateEvent",
        "MarathonDeploymentStepSuccess",
        "MarathonDeploymentSuccess",
    ] {
        assert!(said.contains(kind), "{kind} in {said}");
    }
    let new = Server::start(&["--deploy-seconds", "0.3"]);
    let out = run(&new);
    assert!(
        !out.status.success(),
        "light plans break this client, as Marathon 1.8+'s do"
    );
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("AttributeError"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Debian's Prometheus discovers its scrape targets from the sandbox with
/// `marathon_sd_configs` (`/v2/apps?embed=apps.tasks`): one target per task of a scaled app,
/// each at its task's `host:port`, and it follows a scale change. Skips without Prometheus
/// unless `SMACK_REQUIRE_CLIENTS` is set (CI installs it).
#[test]
fn prometheus_discovers_one_target_per_task_and_follows_a_scale_change() {
    let Some(prometheus) = ["/usr/bin/prometheus", "prometheus"].into_iter().find(|p| {
        std::process::Command::new(p)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    }) else {
        if std::env::var_os("SMACK_REQUIRE_CLIENTS").is_some() {
            panic!(
                "SMACK_REQUIRE_CLIENTS is set, but there is no prometheus (apt-get install prometheus)"
            );
        }
        eprintln!("skipped: prometheus is not installed (apt-get install prometheus)");
        return;
    };
    let server = Server::instant();
    let (status, body) = server.status_of(
        "POST",
        "/v2/apps",
        Some(
            &serde_json::json!({"id": "/metrics/web", "cmd": "sleep 1000", "instances": 3,
                                 "cpus": 0.1, "mem": 32}),
        ),
    );
    assert_eq!(status, 201, "{body}");
    let env = Env::new();
    let config = env.path("prometheus.yml");
    std::fs::write(
        &config,
        format!(
            "global:\n  scrape_interval: 1s\nscrape_configs:\n  - job_name: marathon\n    marathon_sd_configs:\n      - servers: [\"{}\"]\n        refresh_interval: 1s\n",
            server.url
        ),
    )
    .unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    struct Killed(std::process::Child);
    impl Drop for Killed {
        fn drop(&mut self) {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
    let _prometheus = Killed(
        std::process::Command::new(prometheus)
            .arg(format!("--config.file={}", config.display()))
            .arg(format!("--web.listen-address=127.0.0.1:{port}"))
            .arg(format!(
                "--storage.tsdb.path={}",
                env.path("tsdb").display()
            ))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap(),
    );
    // The tasks' endpoints as the sandbox lists them.
    let endpoints = |server: &Server| -> std::collections::BTreeSet<String> {
        server.get("/v2/apps/metrics/web/tasks")["tasks"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|t| t["state"] == "TASK_RUNNING")
            .map(|t| format!("{}:{}", t["host"].as_str().unwrap(), t["ports"][0]))
            .collect()
    };
    let targets = || -> std::collections::BTreeSet<String> {
        let Ok(r) = http()
            .get(format!("http://127.0.0.1:{port}/api/v1/targets"))
            .send()
        else {
            return Default::default();
        };
        let v: serde_json::Value = r.json().unwrap_or_default();
        v["data"]["activeTargets"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|t| t["discoveredLabels"]["__meta_marathon_app"] == "/metrics/web")
            .filter_map(|t| t["labels"]["instance"].as_str().map(str::to_string))
            .collect()
    };
    let settle = |want: usize| {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        loop {
            let (mine, seen) = (endpoints(&server), targets());
            if mine.len() == want && seen == mine {
                return seen;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "prometheus sees {seen:?}, the tasks are at {mine:?}"
            );
            std::thread::sleep(std::time::Duration::from_millis(250));
        }
    };
    let three = settle(3);
    assert!(three.iter().all(|t| t.starts_with("127.0.1.")), "{three:?}");
    let (status, body) = server.status_of(
        "PUT",
        "/v2/apps/metrics/web",
        Some(&serde_json::json!({"instances": 5})),
    );
    assert_eq!(status, 200, "{body}");
    let five = settle(5);
    assert!(
        three.is_subset(&five),
        "the first three stay: {three:?} {five:?}"
    );
}

/// The DC/OS CLI (as above) logs in to a sandbox that answers as a DC/OS front (`--iam`): its
/// providers, a user's login with the IAM's token, Marathon through `/service/marathon/` with
/// it; a wrong password and no login fail as they fail against DC/OS. smack, as a cluster
/// added with the same user, sees what the CLI sees.
#[test]
fn the_dcos_cli_logs_in_to_the_sandboxs_dcos_front() {
    let Some(dir) = dcos_cli_or_skip() else {
        return;
    };
    let env = Env::new();
    let password = "cli-pl4nted-pw";
    let iam = env.path("iam.json");
    std::fs::write(
        &iam,
        serde_json::json!({"users": [{"uid": "alice", "password": password}]}).to_string(),
    )
    .unwrap();
    let sandbox = Server::start(&["--deploy-seconds", "0", "--iam", iam.to_str().unwrap()]);
    let dcos = |args: &[&str]| {
        let (ok, _, text) = dcos_cli(&dir, env.home.path(), &[("ALICE_PW", password)], args);
        (ok, text)
    };
    assert!(dcos(&["config", "set", "core.dcos_url", &sandbox.url]).0);
    let (ok, text) = dcos(&["marathon", "app", "list"]);
    assert!(!ok && text.contains("401"), "no login: {text}");
    let (ok, text) = dcos(&["auth", "list-providers", "--json"]);
    assert!(ok && text.contains("dcos-uid-password"), "{text}");
    let (ok, text) = dcos(&[
        "auth",
        "login",
        "--username",
        "alice",
        "--password",
        "wrong",
    ]);
    assert!(!ok && text.contains("Authentication failed"), "{text}");
    let (ok, text) = dcos(&[
        "auth",
        "login",
        "--username",
        "alice",
        "--password-env",
        "ALICE_PW",
    ]);
    assert!(ok && text.contains("Login successful"), "{text}");
    // smack, logged in as the same user, installs; the CLI sees it.
    let out = env
        .smack()
        .env("SMACK_PASSWORD", password)
        .args([
            "cluster",
            "add",
            "front",
            &sandbox.url,
            "--username",
            "alice",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = env
        .smack()
        .args(["install", "kafka", "--yes"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let (ok, text) = dcos(&["marathon", "app", "list"]);
    assert!(ok && text.contains("/kafka"), "{text}");
}

/// marathon-python 0.13 with each kind of credentials it has, as its users give them: HTTP
/// Basic (`username`, `password`) against a sandbox with Marathon's `--http_credentials`, and
/// `auth_token` with a token from the sandbox's DC/OS login (`--iam`). Wrong ones get the
/// client's own `MarathonHttpError` with status 401.
#[test]
fn marathon_python_logs_in_with_http_credentials_and_with_a_dcos_token() {
    let Some(python) = python_or_skip() else {
        return;
    };
    let script = r#"
import json, sys, urllib.request
from marathon import MarathonClient, MarathonHttpError
url, kind, secret = sys.argv[1], sys.argv[2], sys.argv[3]
if kind == "basic":
    good = MarathonClient(url, username="ops", password=secret)
    bad = MarathonClient(url, username="ops", password="wrong")
else:
    req = urllib.request.Request(url + "/acs/api/v1/auth/login",
        data=json.dumps({"uid": "alice", "password": secret}).encode(),
        headers={"Content-Type": "application/json"})
    token = json.load(urllib.request.urlopen(req))["token"]
    url = url + "/service/marathon"
    good = MarathonClient(url, auth_token=token)
    bad = MarathonClient(url, auth_token=token + "x")
print("apps", len(good.list_apps()))
try:
    bad.list_apps()
    print("bad accepted")
except MarathonHttpError as e:
    print("bad refused", e.status_code)
"#;
    let env = Env::new();
    let creds = env.path("creds");
    std::fs::write(&creds, "ops:py-pl4nted-pw\n").unwrap();
    let iam = env.path("iam.json");
    std::fs::write(
        &iam,
        serde_json::json!({"users": [{"uid": "alice", "password": "py-pl4nted-pw"}]}).to_string(),
    )
    .unwrap();
    for (kind, flag, file) in [
        ("basic", "--http-credentials-file", &creds),
        ("token", "--iam", &iam),
    ] {
        let server = Server::start(&["--deploy-seconds", "0", flag, file.to_str().unwrap()]);
        let out = std::process::Command::new(&python)
            .args(["-c", script, &server.url, kind, "py-pl4nted-pw"])
            .output()
            .unwrap();
        let said = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "{kind}: {said}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(said.contains("apps 0"), "{kind}: {said}");
        assert!(said.contains("bad refused 401"), "{kind}: {said}");
    }
}
