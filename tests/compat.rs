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
    let (mut apps, mut refusals) = (0, 0);
    for path in entries {
        let name = path.file_stem().unwrap().to_str().unwrap().to_string();
        let ext = path.extension().unwrap().to_str().unwrap().to_string();
        let output = Command::cargo_bin("smack")
            .unwrap()
            .args(["render", &name, "--no-validate", "--compact", "--catalog"])
            .arg(&catalog)
            .output()
            .unwrap();
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
        if !output.status.success() {
            failures.push(format!("{name}: smack failed: {stderr}"));
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
        "compat: {identical}/{apps} apps identical, {refused_ok}/{refusals} refusals matched"
    );
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
