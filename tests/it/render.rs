//! `smack render` and `smack lint`: options, validation errors, exact rendering, app checks.

use crate::common::*;
use base64::Engine as _;
use serde_json::{Value, json};
use std::io::Read;

fn b64(s: &str) -> Vec<u8> {
    base64::engine::general_purpose::STANDARD.decode(s).unwrap()
}

#[test]
fn render_with_defaults_adds_the_dcos_labels() {
    let env = Env::new();
    let out = env.smack().args(["render", "kafka"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).is_empty(), "stdout only: {}", stderr(&out));
    let app = stdout_json(&out);
    assert_eq!(app["id"], "kafka");
    assert_eq!(app["instances"], 1, "one KRaft node by default");
    assert_eq!(app["cpus"], 1, "1.0 prints as 1");
    assert_eq!(app["constraints"], json!([["hostname", "UNIQUE"]]));
    assert_eq!(app["container"]["docker"]["image"], "apache/kafka:4.3.1");
    let cmd = app["cmd"].as_str().unwrap();
    assert!(
        cmd.contains("process.roles=broker,controller") && !cmd.contains("zookeeper"),
        "KRaft, no ZooKeeper: {cmd}"
    );
    assert!(
        !app["env"]
            .as_object()
            .unwrap()
            .keys()
            .any(|k| k.contains("ZOOKEEPER"))
    );
    let labels = &app["labels"];
    assert_eq!(labels["DCOS_PACKAGE_NAME"], "kafka");
    assert_eq!(labels["DCOS_PACKAGE_VERSION"], "4.3.1");
    assert_eq!(labels["DCOS_PACKAGE_SOURCE"], "builtin:universe");
    assert_eq!(b64(labels["DCOS_PACKAGE_OPTIONS"].as_str().unwrap()), b"{}");
    let definition: Value =
        serde_json::from_slice(&b64(labels["DCOS_PACKAGE_DEFINITION"].as_str().unwrap())).unwrap();
    assert_eq!(definition["metadata"]["Content-Encoding"], "gzip");
    assert_eq!(
        definition["metadata"]["Content-Type"],
        "application/vnd.dcos.universe.package+json;charset=utf-8;version=v4"
    );
    let gz = b64(definition["data"].as_str().unwrap());
    let mut text = String::new();
    flate2::read::GzDecoder::new(&gz[..])
        .read_to_string(&mut text)
        .unwrap();
    let package: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(package["name"], "kafka");
    assert_eq!(package["releaseVersion"], 4);
    assert!(package["marathon"]["v2AppMustacheTemplate"].is_string());
    // the same through describe --render
    let alias = env
        .smack()
        .args(["catalog", "describe", "kafka", "--render"])
        .output()
        .unwrap();
    assert_eq!(stdout_json(&alias), app);
}

#[test]
fn options_files_then_set_then_set_string() {
    let env = Env::new();
    let file = env.path("o.json");
    std::fs::write(
        &file,
        r#"{"brokers": {"count": 4, "mem": 8192}, "kafka": {"num_partitions": 6}}"#,
    )
    .unwrap();
    let file2 = env.path("o2.json");
    std::fs::write(&file2, r#"{"brokers": {"count": 6}}"#).unwrap();
    let out = env
        .smack()
        .args(["render", "kafka", "--package-version", "3.9.0", "--options"])
        .arg(&file)
        .arg("--options")
        .arg(&file2)
        .args([
            "--set",
            "brokers.cpus=2.5",
            "--set",
            "kafka.auto_create_topics_enable=true",
        ])
        .args([
            "--set",
            "brokers.placement_constraints=[[\"rack\",\"GROUP_BY\"]]",
        ])
        .args(["--set-string", "service.user=1000"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let app = stdout_json(&out);
    assert_eq!(app["instances"], 6, "later file wins");
    assert_eq!(app["mem"], 8192, "deep merge keeps the first file's mem");
    assert_eq!(app["cpus"], 2.5);
    assert_eq!(app["env"]["KAFKA_NUM_PARTITIONS"], "6");
    assert_eq!(app["env"]["KAFKA_AUTO_CREATE_TOPICS_ENABLE"], "true");
    assert_eq!(app["constraints"], json!([["rack", "GROUP_BY"]]));
    assert_eq!(app["user"], "1000");
    let recorded: Value = serde_json::from_slice(&b64(app["labels"]["DCOS_PACKAGE_OPTIONS"]
        .as_str()
        .unwrap()))
    .unwrap();
    assert_eq!(recorded["brokers"]["count"], 6);
    assert_eq!(recorded["service"], json!({"user": "1000"}));
    assert!(
        recorded["brokers"].get("disk_mb").is_none(),
        "only the user's options are recorded"
    );
    // stdin
    let out = env
        .smack()
        .args([
            "render",
            "kafka",
            "--package-version",
            "3.9.0",
            "--compact",
            "--options",
            "-",
        ])
        .write_stdin(r#"{"service": {"name": "from-stdin"}}"#)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out).lines().count(), 1, "--compact is one line");
    assert_eq!(stdout_json(&out)["id"], "from-stdin");
}

#[test]
fn every_violation_is_reported_with_its_path() {
    let env = Env::new();
    let file = env.path("bad.json");
    std::fs::write(
        &file,
        r#"{"brokers": {"count": 0, "cout": 3, "cpus": "lots"}, "kafka": {"compression_type": "brotli"}, "servce": {}}"#,
    )
    .unwrap();
    let out = env
        .smack()
        .args(["render", "kafka", "--package-version", "3.9.0", "--options"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert!(stdout(&out).is_empty());
    let err = stderr(&out);
    assert!(
        err.contains("options for package [kafka] are invalid (5 problems)"),
        "{err}"
    );
    for part in [
        "brokers.count: expected a number >= 1\n    found: 0",
        "brokers.cout: no such option here\n    found: 3\n    hint: did you mean brokers.count?",
        "brokers.cpus: expected a number\n    found: \"lots\"",
        "kafka.compression_type: expected one of \"producer\", \"uncompressed\", \"gzip\", \"snappy\", \"lz4\", \"zstd\"\n    found: \"brotli\"",
        "servce: no such option here\n    found: {}\n    hint: did you mean service?",
    ] {
        assert!(err.contains(part), "{part:?} in\n{err}");
    }
    // a required option removed
    let out = env
        .smack()
        .args([
            "render",
            "kafka",
            "--package-version",
            "3.9.0",
            "--set",
            "kafka.zookeeper_connect=",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert!(
        stderr(&out).contains(
            "kafka.zookeeper_connect: expected a string of at least 1 character\n    found: \"\""
        ),
        "{}",
        stderr(&out)
    );
    // a value set below a scalar option
    let out = env
        .smack()
        .args([
            "render",
            "kafka",
            "--set",
            "brokers.count=3",
            "--set",
            "brokers.count.x=1",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert!(
        stderr(&out).contains("--set brokers.count.x=1: brokers.count is not an object"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn bad_option_inputs_name_the_file_or_argument() {
    let env = Env::new();
    let file = env.path("syntax.json");
    std::fs::write(&file, "{\n  \"brokers\": {\n    \"count\": 3,\n  }\n}").unwrap();
    let out = env
        .smack()
        .args(["render", "kafka", "--package-version", "3.9.0", "--options"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert!(
        stderr(&out).contains(&format!("{}:4:3: not valid JSON", file.display())),
        "{}",
        stderr(&out)
    );
    std::fs::write(&file, "[1]").unwrap();
    let out = env
        .smack()
        .args(["render", "kafka", "--package-version", "3.9.0", "--options"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert!(
        stderr(&out).contains("options must be a JSON object"),
        "{}",
        stderr(&out)
    );
    let out = env
        .smack()
        .args(["render", "kafka", "--options", "/nonexistent.json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert!(
        stderr(&out).contains("/nonexistent.json: cannot read"),
        "{}",
        stderr(&out)
    );
    for (arg, why) in [
        (
            "brokers.count=many",
            "expected an integer for this option, found \"many\"",
        ),
        ("brokers.count", "expected KEY=VALUE"),
        ("brokers..count=1", "empty option name"),
        ("kafka.auto_create_topics_enable=yes", "expected a boolean"),
        (
            "brokers.placement_constraints=nope",
            "expected array as JSON",
        ),
    ] {
        let out = env
            .smack()
            .args([
                "render",
                "kafka",
                "--package-version",
                "3.9.0",
                "--set",
                arg,
            ])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(4), "{arg}");
        let err = stderr(&out);
        assert!(
            err.contains(&format!("--set {arg}: ")) && err.contains(why),
            "{arg}: {err}"
        );
    }
}

#[test]
fn option_values_cannot_break_the_json() {
    let env = Env::new();
    let nasty = [
        "a\"b",
        "back\\slash\\",
        "new\nline\ttab\r",
        "}}{{service.name}}{{#x}}",
        "\", \"injected\": \"yes",
        "unicodé ✓ 😀 \u{0001}\u{001f}",
        &"x".repeat(100_000),
    ];
    for value in nasty {
        let out = env
            .smack()
            .args([
                "render",
                "kafka",
                "--package-version",
                "3.9.0",
                "--no-validate",
                "--set-string",
            ])
            .arg(format!("service.user={value}"))
            .arg("--set-string")
            .arg(format!("kafka.zookeeper_connect={value}"))
            .output()
            .unwrap();
        assert!(out.status.success(), "{value:?}: {}", stderr(&out));
        let app = stdout_json(&out);
        assert_eq!(app["user"], value);
        assert_eq!(app["env"]["KAFKA_ZOOKEEPER_CONNECT"], value);
        assert!(app.get("injected").is_none());
    }
}

#[test]
fn app_id_and_app_checks() {
    let env = Env::new();
    let out = env
        .smack()
        .args(["render", "kafka", "--app-id", "prod/kafka-a"])
        .output()
        .unwrap();
    assert_eq!(stdout_json(&out)["id"], "/prod/kafka-a");
    let out = env
        .smack()
        .args(["render", "kafka", "--app-id", "/Prod/kafka"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5));
    let err = stderr(&out);
    assert!(
        err.contains("Marathon 1.11 would refuse the app") && err.contains("/id:"),
        "{err}"
    );
    let out = env
        .smack()
        .args(["render", "kafka", "--app-id", "/kafka/tasks"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5));
    assert!(
        stderr(&out).contains("reserved keywords"),
        "{}",
        stderr(&out)
    );
    let out = env
        .smack()
        .args([
            "render",
            "kafka",
            "--app-id",
            "/kafka/tasks",
            "--no-validate",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
}

#[test]
fn every_package_renders_to_a_valid_app_with_defaults_and_production_options() {
    let env = Env::new();
    for (name, fixture, versions) in [
        ("kafka", "kafka", &["3.7.1", "3.8.1", "3.9.0"][..]),
        ("kafka", "kafka4", &["4.3.1"][..]),
        ("cassandra", "cassandra", &["4.0.14", "4.1.7", "5.0.9"][..]),
        ("spark", "spark", &["3.4.4", "3.5.3"][..]),
    ] {
        let fixture = project().join(format!("tests/fixtures/{fixture}-production.json"));
        for version in versions {
            let out = env
                .smack()
                .args(["render", name, "--package-version", version])
                .output()
                .unwrap();
            assert!(out.status.success(), "{name} {version}: {}", stderr(&out));
            let app = stdout_json(&out);
            assert_eq!(app["labels"]["DCOS_PACKAGE_VERSION"], *version);
            assert!(
                app["container"]["docker"]["image"]
                    .as_str()
                    .unwrap()
                    .ends_with(version)
            );
            let out = env
                .smack()
                .args(["render", name, "--package-version", version, "--options"])
                .arg(&fixture)
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "{name} {version} production: {}",
                stderr(&out)
            );
            let app = stdout_json(&out);
            assert!(app["id"].as_str().unwrap().contains('/'), "{app}");
        }
    }
    let out = env
        .smack()
        .args(["render", "kafka", "--package-version", "3.9.0", "--options"])
        .arg(project().join("tests/fixtures/kafka-production.json"))
        .output()
        .unwrap();
    let app = stdout_json(&out);
    assert_eq!(
        app["constraints"],
        json!([["hostname", "UNIQUE"], ["rack", "GROUP_BY", "3"]])
    );
    assert_eq!(app["env"]["KAFKA_HEAP_OPTS"], "-Xms6144m -Xmx6144m");
    assert_eq!(app["container"]["volumes"][0]["persistent"]["size"], 500000);
}

/// A catalog with one package whose template and defaults are given.
fn package_with(
    env: &Env,
    template_file: &str,
    template: &str,
    config: Value,
) -> std::path::PathBuf {
    let root = env.path("cat");
    write_package(
        &root,
        "t",
        0,
        &[
            ("package.json", &package_json("t", "1.0")),
            ("config.json", &config.to_string()),
            (template_file, template),
        ],
    );
    root
}

fn render_raw(env: &Env, root: &std::path::Path) -> std::process::Output {
    env.smack()
        .args(["render", "t", "--no-validate", "--compact", "--catalog"])
        .arg(root)
        .output()
        .unwrap()
}

#[test]
fn mustache_semantics_match_dcos() {
    let env = Env::new();
    let config = json!({"type": "object", "properties": {
        "svc": {"type": "object", "properties": {
            "name": {"type": "string", "default": "a\"b"},
            "zero": {"type": "integer", "default": 0},
            "one": {"type": "number", "default": 1.0},
            "half": {"type": "number", "default": 0.5},
            "tiny": {"type": "number", "default": 0.0001},
            "off": {"type": "boolean", "default": false},
            "empty": {"type": "string", "default": ""},
            "list": {"type": "array", "default": ["x", "y"]},
            "none": {"type": "array", "default": []},
            "objs": {"type": "array", "default": [{"key": "k1", "value": "v1"}, {"key": "k2", "value": "v2"}]},
            "my-dash": {"type": "string", "default": "dash"},
            "obj": {"type": "object", "default": {}}
        }},
        "Framework Settings": {"type": "object", "properties": {"cpu-limit": {"type": "integer", "default": 3}}},
        "top": {"type": "string", "default": "outer"}
    }});
    let template = r#"{
  "id": "/t",
  {{! a comment }}
  "name": "{{svc.name}}", "triple": "{{{svc.name}}}", "amp": "{{& svc.name}}",
  "zero": {{#svc.zero}}"true"{{/svc.zero}}{{^svc.zero}}"false"{{/svc.zero}},
  "one": {{svc.one}}, "half": {{svc.half}}, "tiny": "{{svc.tiny}}",
  "off": "{{#svc.off}}on{{/svc.off}}{{^svc.off}}off{{/svc.off}}",
  "empty": "{{#svc.empty}}full{{/svc.empty}}{{^svc.empty}}empty{{/svc.empty}}",
  "list": {{svc.list}}, "items": [{{#svc.list}}{{.}},{{/svc.list}}"end"],
  "none": "{{#svc.none}}x{{/svc.none}}{{^svc.none}}no items{{/svc.none}}",
  "nonEmpty": "{{^svc.list.isEmpty}}has items{{/svc.list.isEmpty}}", "isEmpty": "{{#svc.none.isEmpty}}empty{{/svc.none.isEmpty}}",
  "labels": { {{#svc.objs}}"{{key}}": "{{value}}/{{top}}/{{svc.my-dash}}", {{/svc.objs}} "last": "x" },
  "spaced": {{Framework Settings.cpu-limit}},
  "objSection": "{{#svc.obj}}object is true{{/svc.obj}}",
  "missing": "{{nothing.here}}{{svc.nothing}}",
  "scoped": "{{#svc}}{{name}}-{{top}}{{/svc}}",
  "backslash": "x\\{{svc.my-dash}}"
}"#;
    let root = package_with(&env, "marathon.json.mustache", template, config);
    let out = render_raw(&env, &root);
    assert!(out.status.success(), "{}", stderr(&out));
    let app = stdout_json(&out);
    let expect = json!({
        "id": "/t", "name": "a\"b", "triple": "a\"b", "amp": "a\"b",
        "zero": "true", "one": 1, "half": 0.5, "tiny": "1.0E-4",
        "off": "off", "empty": "empty",
        "list": ["x", "y"], "items": ["x", "y", "end"],
        "none": "no items", "nonEmpty": "has items", "isEmpty": "empty",
        "labels": {"k1": "v1/outer/dash", "k2": "v2/outer/dash", "last": "x",
                   "DCOS_PACKAGE_NAME": "t", "DCOS_PACKAGE_VERSION": "1.0"},
        "spaced": 3, "objSection": "object is true", "missing": "",
        "scoped": "a\"b-outer", "backslash": "x\\dash"
    });
    for (k, v) in expect.as_object().unwrap() {
        if k == "labels" {
            for (lk, lv) in v.as_object().unwrap() {
                assert_eq!(&app["labels"][lk], lv, "label {lk}");
            }
        } else {
            assert_eq!(&app[k], v, "{k}");
        }
    }
}

#[test]
fn template_errors_have_file_line_and_column() {
    let env = Env::new();
    let root = package_with(
        &env,
        "marathon.json.mustache",
        "{\n  \"id\": \"{{#a}}x\"\n}",
        json!({"type": "object"}),
    );
    let out = render_raw(&env, &root);
    assert_eq!(out.status.code(), Some(5));
    let err = stderr(&out);
    assert!(
        err.contains(
            "T/t/0/marathon.json.mustache:2:10: template error: section {{#a}} is never closed"
        ),
        "{err}"
    );
    std::fs::write(
        root.join("repo/packages/T/t/0/marathon.json.mustache"),
        "{\"id\": \"{{a}\"}",
    )
    .unwrap();
    let out = render_raw(&env, &root);
    assert_eq!(out.status.code(), Some(5));
    assert!(
        stderr(&out).contains(":1:9: template error: unclosed tag"),
        "{}",
        stderr(&out)
    );
    std::fs::write(
        root.join("repo/packages/T/t/0/marathon.json.mustache"),
        "{{#a}}{{/b}}",
    )
    .unwrap();
    let out = render_raw(&env, &root);
    assert!(
        stderr(&out).contains(":1:7: template error: closing tag {{/b}} does not match"),
        "{}",
        stderr(&out)
    );
    std::fs::write(
        root.join("repo/packages/T/t/0/marathon.json.mustache"),
        "{{> partial}}",
    )
    .unwrap();
    let out = render_raw(&env, &root);
    assert!(stderr(&out).contains("partials"), "{}", stderr(&out));
}

#[test]
fn output_that_is_not_json_is_shown_where_it_breaks() {
    let env = Env::new();
    let config = json!({"type": "object", "properties": {"cpus": {"type": "number"}}});
    let root = package_with(
        &env,
        "marathon.json.mustache",
        "{\n  \"id\": \"/t\",\n  \"cpus\": {{cpus}},\n  \"mem\": 1\n}",
        config,
    );
    let out = render_raw(&env, &root);
    assert_eq!(out.status.code(), Some(5));
    let err = stderr(&out);
    assert!(
        err.contains("package [t]: the rendered template is not valid JSON"),
        "{err}"
    );
    assert!(err.contains("(line 3, column 11)"), "{err}");
    assert!(err.contains("    3 |   \"cpus\": ,"), "{err}");
    let root = package_with(
        &env,
        "marathon.json.mustache",
        "[1]",
        json!({"type": "object"}),
    );
    let out = render_raw(&env, &root);
    assert!(
        stderr(&out).contains("not a JSON object"),
        "{}",
        stderr(&out)
    );
    let root = package_with(
        &env,
        "marathon.json.mustache",
        "{\"id\":\"/t\",\"labels\":{\"a\":1}}",
        json!({"type": "object"}),
    );
    let out = render_raw(&env, &root);
    assert!(
        stderr(&out).contains("labels must map strings to strings"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn handlebars_dialect() {
    let env = Env::new();
    let config = json!({"type": "object", "properties": {
        "name": {"type": "string", "default": "q\"uote"},
        "constraints": {"type": "array", "default": [["hostname", "UNIQUE"]]},
        "ha": {"type": "boolean", "default": true},
        "env": {"type": "object", "default": {"A": "1", "B": "2"}}
    }});
    let template = r#"{"id": "/hbs", "cmd": "{{name}}", "constraints": {{json constraints}},
      "instances": {{#if ha}}3{{else}}1{{/if}}, "env": { {{#each env}}"{{@key}}": "{{this}}"{{#unless @last}},{{/unless}}{{/each}} }}"#;
    let root = package_with(&env, "marathon.json.hbs", template, config);
    let out = render_raw(&env, &root);
    assert!(out.status.success(), "{}", stderr(&out));
    let app = stdout_json(&out);
    assert_eq!(app["cmd"], "q\"uote");
    assert_eq!(app["constraints"], json!([["hostname", "UNIQUE"]]));
    assert_eq!(app["instances"], 3);
    assert_eq!(app["env"], json!({"A": "1", "B": "2"}));
}

#[test]
fn options_without_a_schema_are_refused() {
    let env = Env::new();
    let root = env.path("cat");
    write_package(
        &root,
        "plain",
        0,
        &[
            ("package.json", &package_json("plain", "1")),
            (
                "marathon.json.mustache",
                "{\"id\": \"/plain\", \"cmd\": \"sleep\"}",
            ),
        ],
    );
    let out = env
        .smack()
        .args(["render", "plain", "--catalog"])
        .arg(&root)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let out = env
        .smack()
        .args(["render", "plain", "--set", "a=1", "--catalog"])
        .arg(&root)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert!(
        stderr(&out).contains("has no options schema"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn lint_passes_our_catalog_and_reports_problems() {
    let env = Env::new();
    let out = env
        .smack()
        .arg("lint")
        .arg(project().join("universe"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
    assert_eq!(
        stdout(&out),
        "3 packages, 10 revisions checked against Marathon 1.11: no problems\n"
    );
    let strict = env
        .smack()
        .args(["lint", "--strict"])
        .arg(project().join("universe"))
        .output()
        .unwrap();
    assert!(strict.status.success(), "{}", stdout(&strict));
    let root = env.path("cat");
    let bad = write_package(
        &root,
        "broken",
        0,
        &[
            (
                "package.json",
                r#"{"packagingVersion": "4.0", "name": "broken", "version": "1", "tags": ["a b"]}"#,
            ),
            (
                "config.json",
                r#"{"type": "object", "properties": {"n": {"type": "integer", "minimum": "zero"}}}"#,
            ),
            ("resource.json", r#"{"assets": {"uris": {"x": 1}}}"#),
            (
                "marathon.json.mustache",
                "{\"id\": \"/Broken\", \"cmd\": \"x\"}",
            ),
        ],
    );
    let out = env.smack().arg("lint").arg(&root).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(text.contains("broken/0/package.json"), "{text}");
    assert!(
        text.contains("broken/0/config.json: error: not a draft-04 JSON schema"),
        "{text}"
    );
    assert!(
        text.contains("broken/0/resource.json: error: /assets/uris/x: expected a string"),
        "{text}"
    );
    assert!(
        text.lines()
            .last()
            .unwrap()
            .starts_with("1 package, 1 revision checked against Marathon 1.11: "),
        "{text}"
    );
    let out = env.smack().arg("lint").arg(&bad).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn set_and_set_string_apply_in_command_line_order() {
    let env = Env::new();
    for (args, expected) in [
        (
            [
                "--set-string",
                "service.name=aa",
                "--set",
                "service.name=bb",
            ],
            "bb",
        ),
        (
            [
                "--set",
                "service.name=bb",
                "--set-string",
                "service.name=aa",
            ],
            "aa",
        ),
    ] {
        for cmd in [
            vec!["render", "kafka"],
            vec!["catalog", "describe", "kafka", "--render"],
        ] {
            let out = env.smack().args(&cmd).args(args).output().unwrap();
            assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
            assert_eq!(stdout_json(&out)["id"], expected, "{cmd:?} {args:?}");
        }
    }
}
