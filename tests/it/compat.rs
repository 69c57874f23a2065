//! Compatibility with DC/OS: every package of `../shared/universe-sample` renders to exactly the
//! app JSON DC/OS rendered (JSON values compared), or is refused where DC/OS refused it.
//! Skipped (with a note) where the sample is not beside the project.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

/// The labels smack (like DC/OS) adds on top of the template's; `expected/` leaves them out.
const ADDED: [&str; 5] = [
    "DCOS_PACKAGE_NAME",
    "DCOS_PACKAGE_VERSION",
    "DCOS_PACKAGE_SOURCE",
    "DCOS_PACKAGE_OPTIONS",
    "DCOS_PACKAGE_DEFINITION",
];

/// The sample apps DC/OS rendered that Marathon 1.11 refuses (acceptance.md), with the rule:
/// smack's render refuses them too (exit 5) unless `--no-validate` is given.
const MARATHON_REFUSES: [(&str, &str); 3] = [
    // Case 6: `"id": ""` fails `strings.PathId`'s minLength at read time.
    (
        "edgelb-pool",
        "/id: expected a string of at least 1 character (Marathon: error.minLength)",
    ),
    // Case 8: ports given as strings.
    (
        "logstash",
        "/ports/0: expected an integer (Marathon: error.expected.jsnumber)",
    ),
    // A group (`apps`) posted as an app: no cmd, args or container is left.
    (
        "nexcloud",
        "/: AppDefinition must either contain one of 'cmd' or 'args', and/or a 'container'.",
    ),
];

fn render(name: &str, catalog: &Path, extra: &[&str]) -> std::process::Output {
    Command::cargo_bin("smack")
        .unwrap()
        .args(["render", name, "--compact"])
        .args(extra)
        .arg("--catalog")
        .arg(catalog)
        .output()
        .unwrap()
}

fn sample() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/universe-sample");
    dir.join("expected").is_dir().then_some(dir)
}

fn without_added_labels(mut app: Value) -> Value {
    if let Some(Value::Object(labels)) = app.get_mut("labels") {
        for k in ADDED {
            labels.remove(k);
        }
    }
    app
}

#[test]
fn universe_sample_renders_as_dcos_did() {
    let Some(sample) = sample() else {
        eprintln!("note: ../shared/universe-sample not found; compatibility not checked");
        return;
    };
    let catalog = sample.join("repo/packages");
    let mut entries: Vec<PathBuf> = std::fs::read_dir(sample.join("expected"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    let (mut identical, mut refused_ok, mut failures) = (0, 0, Vec::new());
    let (mut apps, mut refusals, mut refused_by_marathon) = (0, 0, 0);
    for path in entries {
        let name = path.file_stem().unwrap().to_str().unwrap().to_string();
        let ext = path.extension().unwrap().to_str().unwrap().to_string();
        let mut output = render(&name, &catalog, &[]);
        let stderr = String::from_utf8_lossy(&output.stderr).to_string();
        if ext == "refused" {
            refusals += 1;
            let why = std::fs::read_to_string(&path).unwrap();
            let code = output.status.code();
            let expected_code = if why.starts_with("options") { 4 } else { 5 };
            if code == Some(expected_code)
                && stderr.starts_with("error: ")
                && output.stdout.is_empty()
            {
                refused_ok += 1;
            } else {
                failures.push(format!(
                    "{name}: DC/OS refused ({}) but smack exited {code:?}: {stderr}",
                    why.trim()
                ));
            }
            continue;
        }
        apps += 1;
        if let Some((_, rule)) = MARATHON_REFUSES.iter().find(|(n, _)| *n == name) {
            if output.status.code() != Some(5) || !stderr.contains(rule) {
                failures.push(format!(
                    "{name}: Marathon refuses it ({rule}), but smack exited {:?}: {stderr}",
                    output.status.code()
                ));
                continue;
            }
            refused_by_marathon += 1;
            output = render(&name, &catalog, &["--no-validate"]);
        }
        if !output.status.success() {
            failures.push(format!(
                "{name}: smack failed: {}",
                String::from_utf8_lossy(&output.stderr)
            ));
            continue;
        }
        let ours: Value = serde_json::from_slice(&output.stdout).unwrap();
        let expected: Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        if without_added_labels(ours.clone()) == without_added_labels(expected) {
            identical += 1;
        } else {
            failures.push(format!("{name}: differs from DC/OS:\n{ours}"));
        }
    }
    eprintln!(
        "compat: {identical}/{apps} apps identical ({refused_by_marathon}/{} that Marathon 1.11 refuses refused by render too), {refused_ok}/{refusals} refusals matched",
        MARATHON_REFUSES.len()
    );
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Numbers print as Cosmos printed them: integral ones with all their digits (a `BigInteger`),
/// others as Java's `Double.toString`.
#[test]
fn numbers_print_as_cosmos_did() {
    let dir = tempfile::tempdir().unwrap();
    let rev = dir.path().join("repo/packages/N/numbers/0");
    std::fs::create_dir_all(&rev).unwrap();
    std::fs::write(
        rev.join("package.json"),
        r#"{"packagingVersion": "4.0", "name": "numbers", "version": "1", "maintainer": "m", "description": "d", "tags": []}"#,
    )
    .unwrap();
    let cases: [(&str, String); 8] = [
        (
            "1.7976931348623157E308",
            format!("17976931348623157{}", "0".repeat(292)),
        ),
        ("1e21", format!("1{}", "0".repeat(21))),
        ("1.0", "1".into()),
        ("-12.0", "-12".into()),
        ("0.5", "0.5".into()),
        ("0.0001", "1.0E-4".into()),
        ("12345678.9", "1.23456789E7".into()),
        ("9007199254740993", "9007199254740993".into()),
    ];
    let properties: Vec<String> = cases
        .iter()
        .enumerate()
        .map(|(i, (literal, _))| format!(r#""n{i}": {{"type": "number", "default": {literal}}}"#))
        .collect();
    std::fs::write(
        rev.join("config.json"),
        format!(
            r#"{{"type": "object", "properties": {{{}}}}}"#,
            properties.join(", ")
        ),
    )
    .unwrap();
    let env: Vec<String> = (0..cases.len())
        .map(|i| format!(r#""N{i}": "{{{{n{i}}}}}""#))
        .collect();
    std::fs::write(
        rev.join("marathon.json.mustache"),
        format!(
            r#"{{"id": "/numbers", "cmd": "sleep 1", "env": {{{}}}}}"#,
            env.join(", ")
        ),
    )
    .unwrap();
    let out = render("numbers", dir.path(), &[]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let app: Value = serde_json::from_slice(&out.stdout).unwrap();
    for (i, (literal, expected)) in cases.iter().enumerate() {
        assert_eq!(app["env"][format!("N{i}")], *expected, "{literal}");
    }
}
