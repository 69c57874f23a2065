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

fn marathon_python(prefix: &str) {
    let Some(python) = python_with_marathon() else {
        if std::env::var_os("SMACK_REQUIRE_CLIENTS").is_some() {
            panic!(
                "SMACK_REQUIRE_CLIENTS is set, but no python3 imports marathon (apt-get install python3-marathon, or pip install marathon==0.13.0)"
            );
        }
        eprintln!("skipped: marathon-python is not installed (apt-get install python3-marathon)");
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

/// The DC/OS CLI (dcoscli 0.6.1, installed by tests/clients/dcos-cli/install.sh into the folder
/// `SMACK_DCOS_CLI` names) against `smack serve` in front of a sandbox: the package commands
/// and a Marathon command through `/service/marathon/`, with nothing but `core.dcos_url` set.
/// Without it the test skips with a message, unless `SMACK_REQUIRE_DCOS_CLI` is set.
#[test]
fn the_dcos_cli_manages_packages_through_smack_serve() {
    let Some(dir) = std::env::var_os("SMACK_DCOS_CLI") else {
        if std::env::var_os("SMACK_REQUIRE_DCOS_CLI").is_some() {
            panic!("SMACK_REQUIRE_DCOS_CLI is set, but SMACK_DCOS_CLI names no DC/OS CLI");
        }
        eprintln!(
            "skipped: no DC/OS CLI (tests/clients/dcos-cli/install.sh DIR, then SMACK_DCOS_CLI=DIR)"
        );
        return;
    };
    let env = Env::new();
    let sandbox = Server::instant();
    let cosmos = CosmosServer::start(&env, &["--marathon", &sandbox.url]);
    let dcos = |args: &[&str]| {
        let out = std::process::Command::new("python3")
            .args([
                "-c",
                "import sys; from dcoscli.main import main; sys.argv[0] = 'dcos'; sys.exit(main())",
            ])
            .args(args)
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("HOME", env.home.path())
            .env("PYTHONPATH", &dir)
            .env("NO_PROXY", "127.0.0.1")
            .output()
            .unwrap();
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(out.status.success(), "dcos {args:?}: {text}");
        String::from_utf8_lossy(&out.stdout).into_owned()
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
