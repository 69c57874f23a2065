//! Waits that tell the truth: Ctrl-C during `--wait` says what stands and exits 130; a rerun
//! follows the deployment an interrupted run left to its end; two applies at once both follow
//! the stack to its end. All against `smack sandbox serve` with deployments that take time.

use crate::common::*;

use crate::common::eventually as until;

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

/// A Marathon that answers changes slowly: every request of `method` to `/v2/apps` (or
/// `/v2/groups`) is held for `delay` before it is passed on, and the channel hears when one
/// arrived (it is then on the wire). `/v2/events` is 404, so waits poll.
fn slow_marathon(
    target: &str,
    method: &'static str,
    delay: std::time::Duration,
) -> (String, std::sync::mpsc::Receiver<()>) {
    let (tx, rx) = std::sync::mpsc::channel();
    let tx = std::sync::Mutex::new(tx);
    let url = marathon_proxy(target, move |line| {
        if line.contains("/v2/events") {
            return Act::Answer(no_events());
        }
        if line.starts_with(&format!("{method} /v2/apps"))
            || line.starts_with(&format!("{method} /v2/groups"))
        {
            let _ = tx.lock().unwrap().send(());
            return Act::Delay(delay);
        }
        Act::Pass
    });
    (url, rx)
}

fn app_ids(server: &Server) -> Vec<String> {
    server.get("/v2/apps")["apps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap().to_string())
        .collect()
}

/// Runs `args` against a slow Marathon, sends Ctrl-C (`twice`: two) once the change is on the
/// wire, and returns the exit code and stderr.
fn interrupted_while_sent(
    env: &Env,
    proxy: &str,
    sent: &std::sync::mpsc::Receiver<()>,
    args: &[&str],
    twice: bool,
) -> (Option<i32>, String) {
    // Notes of earlier changes (an undo's own requests) are not this one's.
    while sent.try_recv().is_ok() {}
    let mut all: Vec<&str> = args.to_vec();
    let catalog = env.path("catalog");
    all.extend(["--marathon", proxy, "--catalog", catalog.to_str().unwrap()]);
    let child = spawn_in(env.home.path(), &all);
    sent.recv_timeout(std::time::Duration::from_secs(20))
        .expect("the change reached Marathon");
    std::thread::sleep(std::time::Duration::from_millis(100));
    interrupt(&child);
    if twice {
        std::thread::sleep(std::time::Duration::from_millis(200));
        interrupt(&child);
    }
    let (code, _, err) = finish(child, 30);
    (code, err)
}

#[test]
fn ctrl_c_while_an_install_is_on_the_wire_says_what_stands_or_undoes_it() {
    let env = Env::new();
    web_catalog(&env.path("catalog"));
    let server = Server::instant();
    let (proxy, sent) = slow_marathon(&server.url, "POST", std::time::Duration::from_secs(1));

    // Without --atomic: Marathon's answer is awaited, then what stands is said.
    let (code, err) = interrupted_while_sent(
        &env,
        &proxy,
        &sent,
        &["install", "web", "--yes", "--no-wait"],
        false,
    );
    assert_eq!(code, Some(130), "{err}");
    assert!(err.contains("waiting for Marathon's answer"), "{err}");
    assert!(
        err.contains(
            "interrupted: Marathon accepted the install of package [web] as app [/web] (deployment"
        ),
        "{err}"
    );
    assert!(err.contains("follow it with `smack status /web`"), "{err}");
    assert!(
        err.contains("undo it with `smack uninstall web --app-id /web`"),
        "{err}"
    );
    assert_eq!(app_ids(&server), ["/web"], "the install stands");

    // With --atomic: found out and undone.
    let (code, err) = interrupted_while_sent(
        &env,
        &proxy,
        &sent,
        &["install", "web", "--yes", "--atomic", "--app-id", "/web2"],
        false,
    );
    assert_eq!(code, Some(130), "{err}");
    assert!(
        err.contains("interrupted: the install of package [web] as app [/web2]; undone (--atomic): app [/web2] was removed"),
        "{err}"
    );
    assert_eq!(app_ids(&server), ["/web"], "nothing of /web2 stands");

    // Twice: smack leaves at once, saying that the request may stand.
    let (code, err) = interrupted_while_sent(
        &env,
        &proxy,
        &sent,
        &["install", "web", "--yes", "--no-wait", "--app-id", "/web3"],
        true,
    );
    assert_eq!(code, Some(130), "{err}");
    assert!(
        err.contains("interrupted: the request for the install of package [web] as app [/web3] was sent and may stand: check with `smack status /web3`"),
        "{err}"
    );
}

#[test]
fn ctrl_c_while_an_upgrade_or_rollback_is_on_the_wire() {
    let env = Env::new();
    web_catalog(&env.path("catalog"));
    let server = Server::instant();
    let catalog = env.path("catalog");
    let out = env
        .smack()
        .args([
            "install",
            "web",
            "--yes",
            "--wait",
            "--package-version",
            "1.0.0",
        ])
        .args([
            "--marathon",
            &server.url,
            "--catalog",
            catalog.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let version = || server.get("/v2/apps/web")["app"]["labels"]["MARK"].clone();
    assert_eq!(version(), "1.0.0");
    let (proxy, sent) = slow_marathon(&server.url, "PUT", std::time::Duration::from_secs(1));

    // --atomic: the upgrade Marathon accepted is rolled back.
    let (code, err) = interrupted_while_sent(
        &env,
        &proxy,
        &sent,
        &[
            "upgrade",
            "web",
            "--yes",
            "--atomic",
            "--package-version",
            "1.1.0",
        ],
        false,
    );
    assert_eq!(code, Some(130), "{err}");
    assert!(
        err.contains("undone (--atomic): the change was rolled back"),
        "{err}"
    );
    assert_eq!(version(), "1.0.0");

    // Without: it stands, and the message says how to undo it.
    let (code, err) = interrupted_while_sent(
        &env,
        &proxy,
        &sent,
        &[
            "upgrade",
            "web",
            "--yes",
            "--no-wait",
            "--package-version",
            "1.1.0",
        ],
        false,
    );
    assert_eq!(code, Some(130), "{err}");
    assert!(
        err.contains("interrupted: Marathon accepted the upgrade of app [/web]"),
        "{err}"
    );
    assert!(err.contains("undo it with `smack rollback /web "), "{err}");
    assert_eq!(version(), "1.1.0");

    // A rollback on the wire: it stands, with how to undo it.
    let (code, err) = interrupted_while_sent(
        &env,
        &proxy,
        &sent,
        // --force: the package forbids going back to 1.0.0.
        &["rollback", "/web", "1", "--yes", "--no-wait", "--force"],
        false,
    );
    assert_eq!(code, Some(130), "{err}");
    assert!(
        err.contains("interrupted: Marathon accepted the rollback of app [/web] to revision 1"),
        "{err}"
    );
    assert!(err.contains("undo it with `smack rollback /web "), "{err}");
    assert_eq!(version(), "1.0.0");
}

#[test]
fn ctrl_c_while_following_with_atomic_undoes_and_an_unfinished_undo_says_so() {
    let env = Env::new();
    web_catalog(&env.path("catalog"));
    let catalog = env.path("catalog");
    let server = Server::start(&["--deploy-seconds", "5"]);
    let child = spawn_in(
        env.home.path(),
        &[
            "install",
            "web",
            "--yes",
            "--atomic",
            "--marathon",
            &server.url,
            "--catalog",
            catalog.to_str().unwrap(),
        ],
    );
    until("the deployment", || deployments(&server) > 0);
    std::thread::sleep(std::time::Duration::from_millis(300));
    interrupt(&child);
    let (code, _, err) = finish(child, 30);
    assert_eq!(code, Some(130), "{err}");
    assert!(
        err.contains("undone (--atomic): app [/web] was removed"),
        "{err}"
    );
    until("the removal", || app_ids(&server).is_empty());

    // An undo that does not finish in time (the removal takes the sandbox's 5 s step; the undo
    // may wait 2 s) has its own bounded wait, and says that it is the undo that goes on.
    let out = env
        .smack()
        .args([
            "install",
            "web",
            "--yes",
            "--atomic",
            "--timeout",
            "1s",
            "--undo-timeout",
            "2s",
        ])
        .args(["--set", "behaviour=hang", "--app-id", "/hung"])
        .args([
            "--marathon",
            &server.url,
            "--catalog",
            catalog.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(8), "{err}");
    assert!(err.contains("did not finish within 1s"), "{err}");
    assert!(
        err.contains("the undo (--atomic) did not finish: deployment")
            && err.contains("did not finish within 2s (step 1/1 StopApplication /hung"),
        "{err}"
    );
    assert!(
        err.contains("the undo goes on without smack: follow it with `smack status /hung`"),
        "{err}"
    );
}

#[test]
fn an_interrupted_atomic_stack_apply_is_rolled_back() {
    let env = Env::new();
    let server = Server::start(&["--deploy-seconds", "2"]);
    let file = project().join("stacks/smack.toml");
    let child = spawn_in(
        env.home.path(),
        &[
            "stack",
            "apply",
            file.to_str().unwrap(),
            "--yes",
            "--atomic",
            "--marathon",
            &server.url,
        ],
    );
    until("the group deployment", || deployments(&server) > 0);
    std::thread::sleep(std::time::Duration::from_millis(300));
    interrupt(&child);
    let (code, _, err) = finish(child, 60);
    assert_eq!(code, Some(130), "{err}");
    assert!(
        err.contains("interrupted: the apply of stack [smack]; undone (--atomic): Marathon rolled the stack back"),
        "{err}"
    );
    until("the rollback", || deployments(&server) == 0);
    assert!(app_ids(&server).is_empty(), "{:?}", app_ids(&server));
}
