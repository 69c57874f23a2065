//! Waits that tell the truth: Ctrl-C during `--wait` says what stands and exits 130; a rerun
//! follows the deployment an interrupted run left to its end; two applies at once both follow
//! the stack to its end. All against `smack sandbox serve` with deployments that take time.

use crate::common::*;

/// Waits until `cond` holds (at most 20 s).
fn until(what: &str, cond: impl Fn() -> bool) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while !cond() {
        assert!(
            std::time::Instant::now() < deadline,
            "{what} never happened"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

fn deployments(server: &Server) -> usize {
    server.get("/v2/deployments").as_array().unwrap().len()
}

fn all_healthy(server: &Server) -> bool {
    let apps = server.get("/v2/apps")["apps"].clone();
    let apps = apps.as_array().unwrap();
    !apps.is_empty()
        && apps.iter().all(|a| {
            a["tasksRunning"] == a["instances"]
                && (a["healthChecks"].as_array().is_none_or(|h| h.is_empty())
                    || a["tasksHealthy"] == a["instances"])
        })
}

#[test]
fn an_interrupted_stack_apply_says_what_stands_and_a_rerun_waits_until_every_member_is_healthy() {
    let env = Env::new();
    let server = Server::start(&["--deploy-seconds", "1"]);
    let file = project().join("stacks/smack.toml");
    let args = [
        "stack",
        "apply",
        file.to_str().unwrap(),
        "--yes",
        "--wait",
        "--marathon",
        &server.url,
    ];
    let first = spawn_in(env.home.path(), &args);
    until("the group deployment", || deployments(&server) > 0);
    std::thread::sleep(std::time::Duration::from_millis(500));
    interrupt(&first);
    let (code, _, err) = finish(first, 30);
    assert_eq!(code, Some(130), "{err}");
    assert!(
        err.contains("interrupted: Marathon accepted stack [smack], which keeps deploying"),
        "{err}"
    );
    assert!(err.contains("follow it with `smack stack status"), "{err}");
    assert!(err.contains("undo it with `smack stack remove"), "{err}");
    assert!(deployments(&server) > 0, "the deployment goes on");
    assert!(!all_healthy(&server));

    // The rerun has nothing to send, and follows what runs until every member is healthy.
    let (code, out, err) = finish(spawn_in(env.home.path(), &args), 60);
    assert_eq!(code, Some(0), "{out}{err}");
    assert!(
        out.contains("is up to date on Marathon, and deployment") && out.contains("following it"),
        "{out}"
    );
    assert!(out.contains("Applied stack [smack]"), "{out}");
    assert_eq!(deployments(&server), 0);
    assert!(
        all_healthy(&server),
        "exit 0 only once every member is healthy"
    );
}

#[test]
fn two_applies_at_once_both_follow_the_stack_to_its_end() {
    let env = Env::new();
    let server = Server::start(&["--deploy-seconds", "0.5"]);
    let file = project().join("stacks/smack.toml");
    let args = [
        "stack",
        "apply",
        file.to_str().unwrap(),
        "--yes",
        "--wait",
        "--marathon",
        &server.url,
    ];
    let a = spawn_in(env.home.path(), &args);
    let b = spawn_in(env.home.path(), &args);
    let (code_a, out_a, err_a) = finish(a, 60);
    let (code_b, out_b, err_b) = finish(b, 60);
    assert_eq!(code_a, Some(0), "{out_a}{err_a}");
    assert_eq!(code_b, Some(0), "{out_b}{err_b}");
    assert!(!format!("{err_a}{err_b}").contains("failed"));
    assert_eq!(deployments(&server), 0);
    assert!(all_healthy(&server));
}

#[test]
fn an_interrupted_install_wait_says_the_app_was_posted_and_how_to_follow_and_undo_it() {
    let env = Env::new();
    web_catalog(&env.path("catalog"));
    let server = Server::start(&["--deploy-seconds", "3"]);
    let catalog = env.path("catalog");
    let args = [
        "install",
        "web",
        "--yes",
        "--wait",
        "--catalog",
        catalog.to_str().unwrap(),
        "--marathon",
        &server.url,
    ];
    let child = spawn_in(env.home.path(), &args);
    until("the app is posted", || deployments(&server) > 0);
    std::thread::sleep(std::time::Duration::from_millis(300));
    interrupt(&child);
    let (code, out, err) = finish(child, 20);
    assert_eq!(code, Some(130), "{out}{err}");
    assert!(out.contains("Installed package [web]"), "{out}");
    assert!(
        err.contains(
            "interrupted: Marathon accepted the change to app [/web], which keeps deploying"
        ),
        "{err}"
    );
    assert!(err.contains("follow it with `smack status /web`"), "{err}");
    assert!(
        err.contains("undo it with `smack uninstall web --app-id /web`"),
        "{err}"
    );
    assert_eq!(server.app_ids(), vec!["/web".to_string()], "the app stays");
    assert!(deployments(&server) > 0, "and keeps deploying");

    // The same install again posts nothing and follows the deployment to its end.
    let (code, out, err) = finish(spawn_in(env.home.path(), &args), 30);
    assert_eq!(code, Some(0), "{out}{err}");
    assert!(
        out.contains("App [/web] is already what installing package [web] version [2.0.0] posts"),
        "{out}"
    );
    assert!(err.contains("deployed /web"), "{err}");
    assert_eq!(deployments(&server), 0);
    assert!(all_healthy(&server));
}
