//! In a real terminal (a pseudo-terminal): confirmations, prompts for required options, the
//! progress bar, colors and NO_COLOR.
#![cfg(unix)]

use crate::common::*;
use rexpect::session::{PtySession, spawn_command};

/// smack in a pseudo-terminal, with the test's catalog and sandbox. A machine that cannot make
/// pseudo-terminals at all (no /dev/ptmx) skips these tests with a note, unless
/// SMACK_REQUIRE_PTY is set.
fn spawn(
    env: &Env,
    server: &Server,
    args: &[&str],
    extra_env: &[(&str, &str)],
) -> Option<PtySession> {
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("smack"));
    cmd.env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", env.home.path())
        .env("XDG_CONFIG_HOME", env.path("config"))
        .env("XDG_CACHE_HOME", env.path("cache"))
        .env("XDG_DATA_HOME", env.path("data"))
        .env("TERM", "xterm")
        .arg("--catalog")
        .arg(env.path("catalog"))
        .args(["--marathon", &server.url])
        .args(args);
    for (k, v) in extra_env {
        cmd.env(k, v);
    }
    match spawn_command(cmd, Some(20_000)) {
        Ok(session) => Some(session),
        Err(e) if std::env::var_os("SMACK_REQUIRE_PTY").is_none() => {
            eprintln!("note: no pseudo-terminal on this machine ({e}); skipped");
            None
        }
        Err(e) => panic!("cannot make a pseudo-terminal: {e}"),
    }
}

fn exit_code(p: &mut PtySession) -> i32 {
    match p.process_mut().wait().unwrap() {
        rexpect::process::wait::WaitStatus::Exited(_, code) => code,
        other => panic!("smack did not exit normally: {other:?}"),
    }
}

#[test]
fn install_asks_to_confirm_and_no_means_nothing_is_posted() {
    let env = Env::new();
    web_catalog(&env.path("catalog"));
    let server = Server::instant();
    let Some(mut p) = spawn(&env, &server, &["install", "web"], &[("NO_COLOR", "1")]) else {
        return;
    };
    p.exp_string("PRE-INSTALL web").unwrap();
    p.exp_string("Continue installing? [y/N]").unwrap();
    // A line, so that the answer arrives whether or not the terminal is in raw mode yet.
    p.send_line("n").unwrap();
    p.exp_string("Exiting installation.").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&mut p), 1, "declined: nothing was done");
    assert!(server.app_ids().is_empty());
}

#[test]
fn install_in_a_terminal_asks_for_required_options_checks_them_and_follows_the_deployment() {
    let env = Env::new();
    needy_package(&env.path("catalog"));
    let server = Server::start(&["--deploy-seconds", "0.5"]);
    let Some(mut p) = spawn(&env, &server, &["install", "needy"], &[("NO_COLOR", "1")]) else {
        return;
    };
    p.exp_string("needs options that have no default").unwrap();
    p.exp_string("auth.token_name (string): The secret holding the token")
        .unwrap();
    p.send_line("ab").unwrap();
    p.exp_string("at least 3").unwrap();
    p.send_line("vault").unwrap();
    p.exp_string("auth.port (integer): The port to listen on")
        .unwrap();
    p.send_line("eighty").unwrap();
    p.exp_string("expected an integer").unwrap();
    p.send_line("70000").unwrap();
    p.exp_string("65535").unwrap();
    p.send_line("8080").unwrap();
    p.exp_string("Continue installing? [y/N]").unwrap();
    p.send_line("y").unwrap();
    p.exp_string("Installed package [needy]").unwrap();
    // In a terminal, --wait is the default: the progress bar shows the tasks.
    p.exp_string("running").unwrap();
    p.exp_string("deployed /needy in").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&mut p), 0);
    let app = &server.get("/v2/apps/needy")["app"];
    assert_eq!(app["cmd"], "run vault 8080");
    assert_eq!(app["tasksRunning"], 1);
}

#[test]
fn errors_are_colored_in_a_terminal_unless_no_color() {
    let env = Env::new();
    web_catalog(&env.path("catalog"));
    let server = Server::instant();
    let Some(mut p) = spawn(&env, &server, &["render", "nope"], &[]) else {
        return;
    };
    let text = p.exp_eof().unwrap();
    assert!(text.contains("\u{1b}["), "colored: {text:?}");
    let Some(mut p) = spawn(&env, &server, &["render", "nope"], &[("NO_COLOR", "1")]) else {
        return;
    };
    let text = p.exp_eof().unwrap();
    assert!(text.contains("error: package [nope] not found"), "{text:?}");
    assert!(!text.contains("\u{1b}["), "NO_COLOR: {text:?}");
}
