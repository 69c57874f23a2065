//! smack in scripts: with stdout or stderr closed (`… 2>&1 | grep -q`, `| head -0` under
//! `pipefail`) every command keeps its own exit code, and nothing panics.

use crate::common::*;
use std::process::Stdio;

/// Which stream the command finds closed.
#[derive(Clone, Copy, Debug)]
enum Closed {
    Stdout,
    Stderr,
}

/// Runs smack with one stream a pipe whose reading end is already closed (every write fails
/// with EPIPE), the other captured. Returns the exit code and the captured stream.
fn run_closed(env: &Env, args: &[String], closed: Closed) -> (Option<i32>, String) {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let home = env.home.path();
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("smack"));
    cmd.args(args)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("NO_COLOR", "1")
        .stdin(Stdio::null());
    match closed {
        Closed::Stdout => cmd.stdout(Stdio::from(writer)).stderr(Stdio::piped()),
        Closed::Stderr => cmd.stderr(Stdio::from(writer)).stdout(Stdio::piped()),
    };
    let out = cmd.output().unwrap();
    let other = match closed {
        Closed::Stdout => out.stderr,
        Closed::Stderr => out.stdout,
    };
    (
        out.status.code(),
        String::from_utf8_lossy(&other).into_owned(),
    )
}

#[test]
fn every_command_keeps_its_exit_code_with_a_closed_stream() {
    let env = Env::new();
    let dead = dead_url();
    let commands: Vec<Vec<String>> = [
        "catalog search nothing",
        "catalog search kafka",
        "catalog describe kafka",
        "catalog describe nope",
        "render kafka",
        "render kafka --set nodes.count=99",
        "render nope",
        "lint",
        "list --marathon DEAD",
        "install kafka --yes --marathon DEAD",
        "upgrade kafka --yes --marathon DEAD",
        "uninstall kafka --yes --marathon DEAD",
        "history kafka --marathon DEAD",
        "rollback kafka 1 --yes --marathon DEAD",
        "restart /kafka --yes --marathon DEAD",
        "get options kafka --marathon DEAD",
        "status kafka --marathon DEAD",
        "repo list",
        "repo add x /nonexistent/catalog",
        "config show",
        "config set output.format xml",
        "stack render stacks/none.toml",
        "completion bash",
        "man",
        "--version",
        "--help",
        "bogus",
    ]
    .iter()
    .map(|c| {
        c.split(' ')
            .map(|w| {
                if w == "DEAD" {
                    dead.clone()
                } else {
                    w.to_string()
                }
            })
            .collect()
    })
    .collect();
    // Commands run side by side: one against a dead Marathon takes its retries' time.
    let failures: Vec<String> = std::thread::scope(|scope| {
        let handles: Vec<_> = commands
            .iter()
            .map(|args| scope.spawn(|| check(&env, args)))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    });
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The command's exit code with both streams open, then with each closed in turn: what differs.
fn check(env: &Env, args: &[String]) -> Vec<String> {
    let normal = env.smack().args(args).output().unwrap();
    let expected = normal.status.code();
    assert!(expected.is_some());
    let mut failures = Vec::new();
    for closed in [Closed::Stdout, Closed::Stderr] {
        let (code, other) = run_closed(env, args, closed);
        // A closed stdout ends a command quietly (exit 0, as `| head` expects) unless it
        // failed before printing anything; a closed stderr never changes the exit code.
        let fine = match closed {
            Closed::Stderr => code == expected,
            Closed::Stdout => code == expected || code == Some(0),
        };
        if !fine || other.contains("panicked") {
            failures.push(format!(
                "smack {} with {closed:?} closed: exit {code:?} (expected {expected:?}): {other}",
                args.join(" ")
            ));
        }
    }
    failures
}
