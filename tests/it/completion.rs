//! Shell completion and the man page: the committed files are what the binary generates, and
//! completion works in a real bash (static scripts, and dynamic package names and versions).

use std::path::PathBuf;

use crate::common::*;

const SCRIPTS: [(&str, &str); 5] = [
    ("bash", "completions/smack.bash"),
    ("zsh", "completions/_smack"),
    ("fish", "completions/smack.fish"),
    ("powershell", "completions/_smack.ps1"),
    ("elvish", "completions/smack.elv"),
];

/// Compares a generated file with the committed one; `SMACK_BLESS=1` rewrites it instead.
fn check_generated(args: &[&str], file: &str) {
    let env = Env::new();
    let out = env.smack().args(args).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let path: PathBuf = project().join(file);
    if std::env::var_os("SMACK_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &out.stdout).unwrap();
        return;
    }
    let committed = std::fs::read(&path).unwrap_or_default();
    assert!(
        committed == out.stdout,
        "{file} is out of date: regenerate it with `SMACK_BLESS=1 cargo test --test it completion`"
    );
}

#[test]
fn committed_completion_scripts_are_up_to_date() {
    for (shell, file) in SCRIPTS {
        check_generated(&["completion", shell], file);
    }
}

#[test]
fn committed_man_page_is_up_to_date() {
    check_generated(&["man"], "docs/smack.1");
    let text = std::fs::read_to_string(project().join("docs/smack.1")).unwrap();
    assert!(
        text.starts_with(".ie") || text.contains(".TH smack"),
        "roff"
    );
    assert!(text.contains("install") && text.contains("SMACK_MARATHON_URL"));
}

fn bash(script: &str, env: &Env) -> String {
    let bin = assert_cmd::cargo::cargo_bin("smack");
    let out = std::process::Command::new("bash")
        .args(["--norc", "--noprofile", "-c", script])
        .env_clear()
        .env(
            "PATH",
            format!(
                "{}:{}",
                bin.parent().unwrap().display(),
                std::env::var("PATH").unwrap_or_default()
            ),
        )
        .env("HOME", env.home.path())
        .env("XDG_CONFIG_HOME", env.path("config"))
        .env("XDG_CACHE_HOME", env.path("cache"))
        .env("XDG_DATA_HOME", env.path("data"))
        .output()
        .expect("bash runs");
    assert!(out.status.success(), "bash failed: {}", stderr(&out));
    stdout(&out)
}

/// Completes `words` (the last one being completed) with the completion function `func`.
fn complete_line(words: &[&str]) -> String {
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    format!(
        "COMP_WORDS=({}); COMP_CWORD={}; COMP_LINE='{}'; COMP_POINT=${{#COMP_LINE}}; \
         $(complete -p smack | sed -E 's/.*-F ([^ ]+) smack/\\1/') smack '{}' '{}'; \
         printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        quoted.join(" "),
        words.len() - 1,
        words.join(" "),
        words[words.len() - 1],
        words[words.len() - 2],
    )
}

#[test]
fn the_static_bash_script_completes_commands_and_flags() {
    let env = Env::new();
    let script = project().join("completions/smack.bash");
    let got = bash(
        &format!(
            "source '{}'; {}",
            script.display(),
            complete_line(&["smack", "ins"])
        ),
        &env,
    );
    assert_eq!(got.split_whitespace().collect::<Vec<_>>(), ["install"]);
    let got = bash(
        &format!(
            "source '{}'; {}",
            script.display(),
            complete_line(&["smack", "install", "--package-v"])
        ),
        &env,
    );
    assert!(got.contains("--package-version"), "{got}");
}

#[test]
fn dynamic_completion_offers_packages_versions_and_repositories_from_the_catalogs() {
    let env = Env::new();
    let register = "source <(COMPLETE=bash smack);";
    let got = bash(
        &format!("{register} {}", complete_line(&["smack", "install", "ka"])),
        &env,
    );
    assert_eq!(
        got.split_whitespace().collect::<Vec<_>>(),
        ["kafka"],
        "{got}"
    );
    let got = bash(
        &format!("{register} {}", complete_line(&["smack", "render", ""])),
        &env,
    );
    let packages: Vec<&str> = got
        .split_whitespace()
        .filter(|w| !w.starts_with('-'))
        .collect();
    assert_eq!(packages, ["cassandra", "kafka", "spark"], "{got}");
    assert!(got.contains("--package-version"), "flags too: {got}");
    let got = bash(
        &format!(
            "{register} {}",
            complete_line(&["smack", "install", "kafka", "--package-version", "3."])
        ),
        &env,
    );
    assert_eq!(
        got.split_whitespace().collect::<Vec<_>>(),
        ["3.9.0", "3.8.1", "3.7.1"],
        "{got}"
    );
    // A configured repository's packages complete too.
    let mine = env.path("mine");
    write_package(
        &mine,
        "zookeeper",
        0,
        &[("package.json", &package_json("zookeeper", "3.8.4"))],
    );
    let out = env
        .smack()
        .args(["repo", "add", "mine", mine.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let got = bash(
        &format!("{register} {}", complete_line(&["smack", "install", "z"])),
        &env,
    );
    assert_eq!(
        got.split_whitespace().collect::<Vec<_>>(),
        ["zookeeper"],
        "{got}"
    );
    let got = bash(
        &format!(
            "{register} {}",
            complete_line(&["smack", "repo", "remove", "m"])
        ),
        &env,
    );
    assert_eq!(
        got.split_whitespace().collect::<Vec<_>>(),
        ["mine"],
        "{got}"
    );
    let got = bash(
        &format!(
            "{register} {}",
            complete_line(&["smack", "config", "set", "marathon.u"])
        ),
        &env,
    );
    assert_eq!(
        got.split_whitespace().collect::<Vec<_>>(),
        ["marathon.url"],
        "{got}"
    );
    // Kept clusters complete after --cluster and for `cluster use`.
    let server = Server::instant();
    for name in ["prod", "staging"] {
        let out = env
            .smack()
            .args(["cluster", "add", name, &server.url])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    }
    for line in [
        vec!["smack", "--cluster", "st"],
        vec!["smack", "cluster", "use", "st"],
    ] {
        let got = bash(&format!("{register} {}", complete_line(&line)), &env);
        assert_eq!(
            got.split_whitespace().collect::<Vec<_>>(),
            ["staging"],
            "{line:?}: {got}"
        );
    }
}
