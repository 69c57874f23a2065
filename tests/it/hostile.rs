//! A catalog of malicious packages (`tests/fixtures/hostile`, plus links, a FIFO and a huge file
//! made at test time) run through search, describe, render, lint and `repo index`. Every run must
//! end on its own (a watchdog kills it otherwise and the test fails), with a documented exit
//! code, no panic, and nothing read from outside the catalog.

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::common::*;

/// The watchdog: a run that takes longer is killed and fails the test.
const WATCHDOG: Duration = Duration::from_secs(120);

/// What the secret outside the catalog holds; it must never show.
const SECRET: &str = "TOP-SECRET-7f3a9c";

/// The fixture catalog copied into `dir`, with the special files added.
fn hostile_catalog(dir: &Path) -> PathBuf {
    let root = dir.join("hostile");
    copy_dir(&project().join("tests/fixtures/hostile"), &root);
    let packages = root.join("repo/packages");
    let secret = dir.join("secret.txt");
    std::fs::write(
        &secret,
        format!("{{\"id\": \"/{SECRET}\", \"cmd\": \"{SECRET}\"}}"),
    )
    .unwrap();
    let revision = |name: &str| {
        let d = packages
            .join(name[..1].to_ascii_uppercase())
            .join(name)
            .join("0");
        std::fs::create_dir_all(&d).unwrap();
        std::fs::write(d.join("package.json"), package_json(name, "1.0")).unwrap();
        d
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::symlink;
        // A template that is a link to a file outside the catalog.
        symlink(
            &secret,
            revision("leaky-template").join("marathon.json.mustache"),
        )
        .unwrap();
        // Options that are an endless device, and a FIFO nobody writes to.
        let zero = revision("zero-config");
        symlink("/dev/zero", zero.join("config.json")).unwrap();
        std::fs::write(zero.join("marathon.json.mustache"), r#"{"id": "/z"}"#).unwrap();
        let fifo = revision("fifo-config");
        let status = std::process::Command::new("mkfifo")
            .arg(fifo.join("config.json"))
            .status()
            .unwrap();
        assert!(status.success());
        std::fs::write(fifo.join("marathon.json.mustache"), r#"{"id": "/f"}"#).unwrap();
        // A package folder that is a link to a folder outside the catalog.
        let outside = dir.join("outside/0");
        std::fs::create_dir_all(&outside).unwrap();
        std::fs::write(
            outside.join("package.json"),
            package_json("linked-out", "1.0"),
        )
        .unwrap();
        std::fs::copy(&secret, outside.join("marathon.json.mustache")).unwrap();
        symlink(dir.join("outside"), packages.join("L/linked-out")).unwrap();
    }
    // A config.json far larger than any real one (sparse: no disk is used).
    let huge = revision("huge-config");
    let file = std::fs::File::create(huge.join("config.json")).unwrap();
    file.set_len(2 << 30).unwrap();
    std::fs::write(huge.join("marathon.json.mustache"), r#"{"id": "/h"}"#).unwrap();
    root
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Runs smack under the watchdog and checks what every run must be.
fn run(env: &Env, args: &[&str]) -> std::process::Output {
    let out = env.smack().args(args).timeout(WATCHDOG).output().unwrap();
    let text = format!("{}{}", stdout(&out), stderr(&out));
    let code = out.status.code();
    assert!(
        code.is_some(),
        "smack {args:?} was killed (the watchdog, or a signal such as a stack overflow): {}",
        excerpt(&text)
    );
    assert!(
        [0, 1, 3, 4, 5].contains(&code.unwrap()),
        "smack {args:?} exited {code:?}: {}",
        excerpt(&text)
    );
    assert!(
        !text.contains("panicked"),
        "smack {args:?} panicked: {}",
        excerpt(&text)
    );
    assert!(
        !text.contains(SECRET),
        "smack {args:?} showed the secret: {}",
        excerpt(&text)
    );
    assert!(
        !text.contains('\u{1b}'),
        "smack {args:?} printed an ESC: {}",
        excerpt(&text)
    );
    out
}

fn excerpt(text: &str) -> String {
    text.chars().take(2000).collect()
}

#[test]
fn a_catalog_of_malicious_packages_is_handled_cleanly_by_every_command() {
    let env = Env::new();
    let root = hostile_catalog(env.home.path());
    let catalog = root.to_str().unwrap();
    let out = run(&env, &["catalog", "search", "--json", "--catalog", catalog]);
    assert_eq!(out.status.code(), Some(0));
    let listed: Vec<String> = stdout_json(&out)
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["name"].as_str().unwrap().to_string())
        .collect();
    assert!(listed.contains(&"good".to_string()), "{listed:?}");
    for refused in ["wrong-letter", "linked-out"] {
        assert!(
            !listed.contains(&refused.to_string()),
            "{refused} is listed: {listed:?}"
        );
    }
    let err = stderr(&out);
    assert!(err.contains("in the wrong letter folder"), "{err}");

    let mut names = listed.clone();
    names.extend(["wrong-letter", "linked-out"].map(String::from));
    for name in &names {
        run(&env, &["catalog", "describe", name, "--catalog", catalog]);
        let out = run(&env, &["render", name, "--catalog", catalog]);
        if name == "good" {
            assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        } else {
            assert_ne!(
                out.status.code(),
                Some(0),
                "{name} rendered: {}",
                stdout(&out)
            );
        }
    }
    // Each refusal names its reason.
    let reasons = [
        ("recursive-partial", "inline partials"),
        ("triple-stash", "without escaping it for JSON"),
        ("ampersand", "without escaping it for JSON"),
        ("explosive", "steps of work"),
        ("quiet-explosive", "steps of work"),
        ("deep-sections", "nested more than 64 deep"),
        ("nested-blocks", "template error"),
        ("huge-output", "larger than 16 MiB"),
        ("leaky-template", "leads out of the catalog"),
        ("zero-config", "leads out of the catalog"),
        ("fifo-config", "not a regular file"),
        ("huge-config", "larger than 16 MiB"),
    ];
    for (name, why) in reasons {
        let out = run(&env, &["render", name, "--catalog", catalog]);
        assert!(stderr(&out).contains(why), "{name}: {}", stderr(&out));
    }

    // lint reports every bad package as an error and still lints the good one.
    let out = run(&env, &["lint", catalog]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let report = stderr(&out) + &stdout(&out);
    for (name, _) in reasons {
        assert!(
            report
                .lines()
                .any(|l| l.contains(name) && l.contains("error")),
            "{name} is not an error in lint: {report}"
        );
    }
    assert!(report.contains("wrong-letter"), "{report}");

    // repo index publishes all or nothing: an unreadable package is an error naming it, and no
    // index is written.
    let index = env.path("index.json");
    let out = run(
        &env,
        &["repo", "index", catalog, "-o", index.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(stderr(&out).contains("config.json"), "{}", stderr(&out));
    assert!(!index.exists());
    // With the unreadable packages gone, the index holds no template from outside.
    for name in ["zero-config", "fifo-config", "huge-config"] {
        std::fs::remove_dir_all(
            root.join("repo/packages")
                .join(name[..1].to_ascii_uppercase())
                .join(name),
        )
        .unwrap();
    }
    let out = run(
        &env,
        &["repo", "index", catalog, "-o", index.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(stderr(&out).contains("leaky-template"), "{}", stderr(&out));
    std::fs::remove_dir_all(root.join("repo/packages/L/leaky-template")).unwrap();
    let out = run(
        &env,
        &["repo", "index", catalog, "-o", index.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let written = std::fs::read_to_string(&index).unwrap();
    assert!(!written.contains(SECRET));
    assert!(!decoded_templates(&written).contains(SECRET));
    assert!(written.contains("\"good\""));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&index).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o644, "a published index is readable by all");
    }
}

/// Every base64 template of an index, decoded and joined.
fn decoded_templates(index: &str) -> String {
    use base64::Engine as _;
    let doc: serde_json::Value = serde_json::from_str(index).unwrap();
    doc["packages"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p["marathon"]["v2AppMustacheTemplate"].as_str())
        .map(|b| {
            String::from_utf8_lossy(&base64::engine::general_purpose::STANDARD.decode(b).unwrap())
                .into_owned()
        })
        .collect()
}
