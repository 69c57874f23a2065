//! The shipped packages' newest lines: kafka 4 (KRaft) and cassandra 5.0. They lint clean with
//! --strict, render with defaults and production options, install into the sandbox, and the
//! start scripts Marathon would run do what they claim, run here by `sh` with the Kafka and
//! Cassandra programs replaced by stand-ins that record their arguments.

use std::path::Path;
use std::process::Command;

use crate::common::*;
use serde_json::Value;

fn render(env: &Env, args: &[&str]) -> Value {
    let out = env.smack().arg("render").args(args).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    stdout_json(&out)
}

/// Runs an app's `cmd` with its `env` (plus `extra`) in `sh`, with `replace` applied to the
/// command text (moving absolute paths into a test directory).
fn run_cmd(app: &Value, extra: &[(&str, &str)], replace: &[(&str, &str)]) -> std::process::Output {
    let mut cmd = app["cmd"].as_str().unwrap().to_string();
    for (from, to) in replace {
        cmd = cmd.replace(from, to);
    }
    let mut c = Command::new("sh");
    c.arg("-c").arg(cmd).env_clear();
    for (k, v) in app["env"].as_object().unwrap() {
        c.env(k, v.as_str().unwrap());
    }
    c.env("PATH", std::env::var("PATH").unwrap());
    c.envs(extra.iter().copied());
    c.output().unwrap()
}

fn stub(dir: &Path, name: &str, body: &str) {
    let path = dir.join(name);
    std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[test]
fn the_shipped_catalog_lints_clean_with_strict() {
    let env = Env::new();
    let out = env
        .smack()
        .args(["lint", "--strict"])
        .arg(project().join("universe"))
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
}

#[test]
fn kafka_4_nodes_take_their_id_from_their_agent_keep_it_and_form_a_static_quorum() {
    let env = Env::new();
    let app = render(
        &env,
        &[
            "kafka",
            "--options",
            project()
                .join("tests/fixtures/kafka4-production.json")
                .to_str()
                .unwrap(),
        ],
    );
    assert_eq!(app["instances"], 3);
    assert_eq!(
        app["constraints"],
        serde_json::json!([
            ["hostname", "UNIQUE"],
            ["hostname", "LIKE", "10.0.4.11|10.0.4.12|10.0.4.13"]
        ])
    );
    assert_eq!(
        app["requirePorts"], true,
        "the quorum's addresses need fixed ports"
    );
    assert_eq!(
        app["upgradeStrategy"]["minimumHealthCapacity"], 1,
        "one node at a time"
    );
    let dir = env.path("kafka");
    let (bin, sandbox) = (dir.join("bin"), dir.join("sandbox"));
    std::fs::create_dir_all(&bin).unwrap();
    std::fs::create_dir_all(&sandbox).unwrap();
    stub(
        &bin,
        "kafka-storage.sh",
        "echo \"format $*\"; echo node.id=x > \"$MESOS_SANDBOX/data/metadata/meta.properties\"",
    );
    stub(
        &bin,
        "kafka-server-start.sh",
        "echo \"start $*\"; cat \"$1\"",
    );
    let bin_dir = format!("{}/", bin.display());
    let replace = [("/opt/kafka/bin/", bin_dir.as_str())];
    let sandbox_dir = sandbox.to_str().unwrap();
    let on = |host: &str| {
        run_cmd(
            &app,
            &[("HOST", host), ("MESOS_SANDBOX", sandbox_dir)],
            &replace,
        )
    };
    // First start on the second agent: node 2, the three agents as voters, storage formatted.
    let out = on("10.0.4.12");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let said = stdout(&out);
    assert!(
        said.contains("format --cluster-id Wk9kGRJ2Q2mO4b7Qx3sX_w"),
        "{said}"
    );
    for line in [
        "process.roles=broker,controller",
        "node.id=2",
        "controller.quorum.voters=1@10.0.4.11:9093,2@10.0.4.12:9093,3@10.0.4.13:9093",
        "advertised.listeners=PLAINTEXT://10.0.4.12:9092",
        &format!("metadata.log.dir={sandbox_dir}/data/metadata"),
        "min.insync.replicas=2",
        "default.replication.factor=3",
    ] {
        assert!(said.lines().any(|l| l == line), "{line} in {said}");
    }
    assert!(!said.to_lowercase().contains("zookeeper"), "{said}");
    // A restart keeps the id and formats nothing.
    let out = on("10.0.4.12");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(!stdout(&out).contains("format"), "{}", stdout(&out));
    assert!(stdout(&out).lines().any(|l| l == "node.id=2"));
    // The volume on another agent's place, or an agent not in the list: refused, loudly.
    let out = on("10.0.4.13");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("this volume holds node 2"),
        "{}",
        stderr(&out)
    );
    std::fs::remove_dir_all(&sandbox).unwrap();
    std::fs::create_dir_all(&sandbox).unwrap();
    let out = on("10.9.9.9");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("is not in kraft.hosts"),
        "{}",
        stderr(&out)
    );
    // The default: one node, its own quorum.
    let single = render(&env, &["kafka"]);
    std::fs::remove_dir_all(&sandbox).unwrap();
    std::fs::create_dir_all(&sandbox).unwrap();
    let out = run_cmd(
        &single,
        &[("HOST", "agent-7"), ("MESOS_SANDBOX", sandbox_dir)],
        &replace,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out)
            .lines()
            .any(|l| l == "controller.quorum.voters=1@agent-7:9093")
    );
    // Several nodes without their agents: refused.
    let bad = render(&env, &["kafka", "--set", "nodes.count=3"]);
    let out = run_cmd(
        &bad,
        &[("HOST", "agent-7"), ("MESOS_SANDBOX", sandbox_dir)],
        &replace,
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("needs kraft.hosts"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn cassandra_5_sets_the_memtable_sstable_format_and_compatibility_mode_it_is_given() {
    let env = Env::new();
    let dir = env.path("cassandra");
    let (bin, conf) = (dir.join("bin"), dir.join("etc"));
    std::fs::create_dir_all(&bin).unwrap();
    std::fs::create_dir_all(&conf).unwrap();
    stub(&bin, "docker-entrypoint.sh", "echo \"entrypoint $*\"");
    // The shape of 5.0's cassandra.yaml where it matters: a live compatibility mode, the
    // sstable block commented out, a memtable block.
    let yaml = conf.join("cassandra.yaml");
    let original = "cluster_name: 'Test Cluster'\nstorage_port: 7000\nnative_transport_port: 9042\nauthenticator: AllowAllAuthenticator\n# sstable:\n#   selected_format: big\nmemtable:\n  configurations:\n    skiplist:\n      class_name: SkipListMemtable\n    default:\n      inherits: skiplist\ncommitlog_sync: periodic\nstorage_compatibility_mode: CASSANDRA_4\n";
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap());
    let conf_dir = conf.to_str().unwrap();
    for (sets, mode, format, memtable) in [
        (vec![], "CASSANDRA_4", "big", "skiplist"),
        (
            vec![
                "cassandra.storage_compatibility_mode=NONE",
                "cassandra.sstable_format=bti",
                "cassandra.memtable=trie",
            ],
            "NONE",
            "bti",
            "trie",
        ),
    ] {
        std::fs::write(&yaml, original).unwrap();
        let mut args = vec!["cassandra".to_string()];
        for s in &sets {
            args.push("--set".into());
            args.push(s.to_string());
        }
        let app = render(&env, &args.iter().map(String::as_str).collect::<Vec<_>>());
        assert_eq!(app["container"]["docker"]["image"], "cassandra:5.0.9");
        let out = run_cmd(&app, &[("PATH", &path)], &[("/etc/cassandra", conf_dir)]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert_eq!(stdout(&out).trim(), "entrypoint cassandra -f");
        let text = std::fs::read_to_string(&yaml).unwrap();
        for line in [
            format!("storage_compatibility_mode: {mode}"),
            format!("  selected_format: {format}"),
            format!("      inherits: {memtable}"),
            "authenticator: PasswordAuthenticator".to_string(),
            "commitlog_sync: periodic".to_string(),
        ] {
            assert_eq!(
                text.lines().filter(|l| *l == line).count(),
                1,
                "{line} once in {text}"
            );
        }
        assert_eq!(text.matches("\nmemtable:").count(), 1, "{text}");
    }
    // BTI without NONE: refused by the options schema before anything renders.
    let out = env
        .smack()
        .args([
            "render",
            "cassandra",
            "--set",
            "cassandra.sstable_format=bti",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    // Each alternative of the anyOf says what it wanted, where.
    assert!(
        stderr(&out).contains(
            "cassandra: any one of: sstable_format: expected one of \"big\" (found \"bti\"); or storage_compatibility_mode: expected one of \"NONE\" (found \"CASSANDRA_4\")"
        ),
        "{}",
        stderr(&out)
    );
}

#[test]
fn the_new_defaults_and_production_options_install_into_the_sandbox() {
    let env = Env::new();
    // Production options need production agents: a model of such a cluster.
    let cluster = project().join("tests/fixtures/production-cluster.toml");
    let server = Server::start(&[
        "--deploy-seconds",
        "0",
        "--cluster",
        cluster.to_str().unwrap(),
    ]);
    for (package, options, id) in [
        ("kafka", None, "/kafka"),
        ("kafka", Some("kafka4-production.json"), "/prod/kafka"),
        ("cassandra", None, "/cassandra"),
        ("cassandra", Some("cassandra-production.json"), ""),
    ] {
        let mut cmd = env.smack();
        cmd.args([
            "--marathon",
            &server.url,
            "install",
            package,
            "--yes",
            "--wait",
        ]);
        if let Some(file) = options {
            cmd.arg("--options")
                .arg(project().join("tests/fixtures").join(file));
        }
        let out = cmd.output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{package} {options:?}: {}",
            stderr(&out)
        );
        if !id.is_empty() {
            let app = &server.get(&format!("/v2/apps{id}"))["app"];
            assert_eq!(app["tasksRunning"], app["instances"], "{id}");
            assert_eq!(
                app["tasksHealthy"], app["instances"],
                "{id}: health checked"
            );
        }
    }
    let list = env
        .smack()
        .args(["--marathon", &server.url, "list", "--json"])
        .output()
        .unwrap();
    let versions: Vec<String> = stdout_json(&list)
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            format!(
                "{} {}",
                i["name"].as_str().unwrap_or("?"),
                i["version"].as_str().unwrap_or("?")
            )
        })
        .collect();
    assert!(
        versions.iter().filter(|v| *v == "kafka 4.3.1").count() == 2,
        "{versions:?}"
    );
    assert!(
        versions.iter().filter(|v| *v == "cassandra 5.0.9").count() == 2,
        "{versions:?}"
    );
}
