//! install / list / upgrade / uninstall / status, driven through the real binary against
//! `smack sandbox serve` on loopback, asserting on output, exit codes and server state.

use crate::common::*;
use serde_json::{Value, json};

/// An environment with the `web` catalog and a command factory aimed at `server`.
struct Setup {
    env: Env,
    server: Server,
}

impl Setup {
    fn new(server: Server) -> Setup {
        let env = Env::new();
        web_catalog(&env.path("catalog"));
        Setup { env, server }
    }
    fn instant() -> Setup {
        Setup::new(Server::instant())
    }
    fn smack(&self) -> assert_cmd::Command {
        let mut cmd = self.env.smack();
        cmd.arg("--catalog")
            .arg(self.env.path("catalog"))
            .arg("--marathon")
            .arg(&self.server.url);
        cmd
    }
    fn run(&self, args: &[&str]) -> std::process::Output {
        self.smack().args(args).output().unwrap()
    }
}

fn code(output: &std::process::Output) -> i32 {
    output.status.code().unwrap()
}

#[test]
fn install_posts_the_rendered_app_waits_and_prints_the_notes() {
    let s = Setup::instant();
    let out = s.run(&["install", "web", "--yes", "--wait", "--set", "instances=3"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        stdout(&out)
            .starts_with("Installed package [web] version [2.0.0] as app [/web] (deployment "),
        "{}",
        stdout(&out)
    );
    let err = stderr(&out);
    assert!(
        err.contains("PRE-INSTALL web") && err.contains("POST-INSTALL web"),
        "{err}"
    );
    assert!(err.contains("deployed /web in"), "{err}");
    let app = &s.server.get("/v2/apps/web")["app"];
    assert_eq!(app["instances"], 3);
    assert_eq!(app["tasksRunning"], 3);
    assert_eq!(app["labels"]["DCOS_PACKAGE_NAME"], "web");
    assert_eq!(app["labels"]["DCOS_PACKAGE_VERSION"], "2.0.0");
    assert_eq!(app["labels"]["MARK"], "2.0.0");
    assert_eq!(app["deployments"], json!([]));
}

#[test]
fn list_shows_installed_packages_as_table_and_json() {
    let s = Setup::instant();
    let out = s.run(&["list"]);
    assert_eq!(code(&out), 1);
    assert!(stderr(&out).contains("No packages installed"));
    assert_eq!(stdout_json(&s.run(&["list", "--json"])), json!([]));
    for id in ["/web", "/team/web"] {
        let out = s.run(&["install", "web", "--yes", "--wait", "--app-id", id]);
        assert_eq!(code(&out), 0, "{}", stderr(&out));
    }
    let out = s.run(&["list"]);
    assert_eq!(code(&out), 0);
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0].split_whitespace().collect::<Vec<_>>(),
        ["NAME", "VERSION", "APP", "STATUS", "TASKS"]
    );
    assert_eq!(
        lines[1].split_whitespace().collect::<Vec<_>>(),
        ["web", "2.0.0", "/team/web", "running", "2/2"]
    );
    assert_eq!(
        lines[2].split_whitespace().collect::<Vec<_>>(),
        ["web", "2.0.0", "/web", "running", "2/2"]
    );
    let json = stdout_json(&s.run(&["list", "web", "--json"]));
    assert_eq!(json.as_array().unwrap().len(), 2);
    assert_eq!(json[0]["appId"], "/team/web");
    assert_eq!(json[0]["status"], "running");
    assert_eq!(json[0]["tasksRunning"], 2);
    let json = stdout_json(&s.run(&["list", "--app-id", "/web", "--json"]));
    assert_eq!(json.as_array().unwrap().len(), 1);
    let out = s.run(&["list", "kafka"]);
    assert_eq!(code(&out), 1);
    assert!(stderr(&out).contains("Package [kafka] is not installed."));
}

#[test]
fn list_includes_apps_installed_by_dcos_itself() {
    let s = Setup::instant();
    // What an older DC/OS CLI wrote: METADATA instead of DEFINITION, no OPTIONS.
    let metadata = base64_of(&json!({"name": "hello", "version": "0.4.0"}).to_string());
    let app = json!({
        "id": "/hello-world", "cmd": "sleep 1", "instances": 1,
        "labels": {
            "DCOS_PACKAGE_NAME": "hello",
            "DCOS_PACKAGE_VERSION": "0.4.0",
            "DCOS_PACKAGE_METADATA": metadata,
            "DCOS_PACKAGE_REGISTRY_VERSION": "2.0",
            "DCOS_PACKAGE_IS_FRAMEWORK": "false"
        }
    });
    let (status, _) = s.server.status_of("POST", "/v2/apps", Some(&app));
    assert_eq!(status, 201);
    let (status, _) = s.server.status_of(
        "POST",
        "/v2/apps",
        Some(&json!({"id": "/plain", "cmd": "sleep 1"})),
    );
    assert_eq!(status, 201);
    let json = stdout_json(&s.run(&["list", "--json"]));
    assert_eq!(
        json.as_array().unwrap().len(),
        1,
        "apps without package labels are not packages"
    );
    assert_eq!(json[0]["name"], "hello");
    assert_eq!(json[0]["version"], "0.4.0");
    assert_eq!(json[0]["appId"], "/hello-world");
}

fn base64_of(text: &str) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(text)
}

#[test]
fn dry_run_prints_the_app_and_contacts_nobody() {
    let env = Env::new();
    web_catalog(&env.path("catalog"));
    let out = env
        .smack()
        .arg("--catalog")
        .arg(env.path("catalog"))
        .args([
            "--marathon",
            &dead_url(),
            "install",
            "web",
            "--dry-run",
            "--set",
            "instances=4",
        ])
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let app = stdout_json(&out);
    assert_eq!(app["instances"], 4);
    assert_eq!(app["labels"]["DCOS_PACKAGE_NAME"], "web");
}

#[test]
fn install_without_a_terminal_or_yes_fails_at_once_and_posts_nothing() {
    let s = Setup::instant();
    let out = s.run(&["install", "web"]);
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    assert!(
        err.contains("no terminal") && err.contains("--yes"),
        "{err}"
    );
    assert!(s.server.app_ids().is_empty());
}

#[test]
fn bad_options_stop_before_anything_is_posted() {
    let s = Setup::instant();
    let out = s.run(&["install", "web", "--yes", "--set", "instances=-1"]);
    assert_eq!(code(&out), 4);
    assert!(stderr(&out).contains("instances"), "{}", stderr(&out));
    assert!(s.server.app_ids().is_empty());
}

#[test]
fn installing_an_existing_app_id_is_a_clear_409_with_next_steps() {
    let s = Setup::instant();
    assert_eq!(code(&s.run(&["install", "web", "--yes"])), 0);
    let out = s.run(&["install", "web", "--yes"]);
    assert_eq!(code(&out), 6);
    let err = stderr(&out);
    assert!(
        err.contains("an app with id [/web] already exists"),
        "{err}"
    );
    assert!(
        err.contains("smack upgrade") && err.contains("--app-id"),
        "{err}"
    );
    let out = s.run(&["install", "web", "--yes", "--app-id", "web-2"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(s.server.app_ids(), ["/web", "/web-2"]);
}

#[test]
fn a_deployment_that_takes_time_is_followed_to_the_end() {
    let s = Setup::new(Server::start(&["--deploy-seconds", "0.6"]));
    let out = s.run(&["install", "web", "--yes", "--wait", "--timeout", "60s"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let app = &s.server.get("/v2/apps/web")["app"];
    assert_eq!(app["tasksRunning"], 2);
    assert_eq!(app["deployments"], json!([]));
    assert_eq!(s.server.get("/v2/deployments"), json!([]));
}

#[test]
fn a_hung_deployment_ends_at_the_timeout_with_exit_8() {
    let s = Setup::instant();
    let out = s.run(&[
        "install",
        "web",
        "--yes",
        "--wait",
        "--timeout",
        "1s",
        "--set",
        "behaviour=hang",
    ]);
    assert_eq!(code(&out), 8, "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("did not finish within 1s"), "{err}");
    assert!(
        err.contains("0/2 running") && err.contains("smack status /web"),
        "{err}"
    );
    let deployments = s.server.get("/v2/deployments");
    assert_eq!(
        deployments.as_array().unwrap().len(),
        1,
        "the deployment is still there"
    );
    // status shows the stuck deployment
    let out = s.run(&["status", "/web"]);
    assert_eq!(code(&out), 0);
    let text = stdout(&out);
    assert!(text.contains("status      deploying"), "{text}");
    assert!(text.contains("step 2/2 ScaleApplication"), "{text}");
    assert!(text.contains("0/2 running, 2 staged"), "{text}");
    let json = stdout_json(&s.run(&["status", "web", "--json"]));
    assert_eq!(json["status"], "deploying");
    assert_eq!(json["deployments"][0]["totalSteps"], 2);
}

#[test]
fn a_failed_deployment_is_exit_8_with_the_task_failure() {
    let s = Setup::instant();
    let out = s.run(&[
        "install",
        "web",
        "--yes",
        "--wait",
        "--set",
        "behaviour=fail",
    ]);
    assert_eq!(code(&out), 8, "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("deployment of app [/web] failed") && err.contains("0 of 2 tasks running"),
        "{err}"
    );
    assert!(err.contains("last task failure"), "{err}");
    let json = stdout_json(&s.run(&["list", "--json"]));
    assert_eq!(json[0]["status"], "failing");
}

#[test]
fn upgrade_keeps_the_installed_options_shows_a_diff_and_replaces_the_app() {
    let s = Setup::instant();
    let out = s.run(&[
        "install",
        "web",
        "--yes",
        "--wait",
        "--package-version",
        "1.0.0",
        "--set",
        "instances=3",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let out = s.run(&[
        "upgrade",
        "web",
        "--package-version",
        "1.1.0",
        "--yes",
        "--wait",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("--- running") && text.contains("+++ new"),
        "{text}"
    );
    assert!(
        text.contains("-    \"MARK\": \"1.0.0\"") && text.contains("+    \"MARK\": \"1.1.0\""),
        "{text}"
    );
    assert!(
        text.contains("Upgraded app [/web] to package [web] version [1.1.0]"),
        "{text}"
    );
    let app = &s.server.get("/v2/apps/web")["app"];
    assert_eq!(app["labels"]["DCOS_PACKAGE_VERSION"], "1.1.0");
    assert_eq!(
        app["labels"]["MARK"], "1.1.0",
        "a new config, not a rollback"
    );
    assert_eq!(app["instances"], 3, "the installed options are kept");
    assert_eq!(app["tasksRunning"], 3);
    assert_eq!(
        s.server.get("/v2/apps/web/versions")["versions"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    // Without --package-version: the newest version; one option changed, the others kept.
    let out = s.run(&[
        "upgrade",
        "/web",
        "--set",
        "cmd=sleep 5",
        "--yes",
        "--no-wait",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let app = &s.server.get("/v2/apps/web")["app"];
    assert_eq!(app["cmd"], "sleep 5");
    assert_eq!(app["instances"], 3);
    assert_eq!(app["labels"]["DCOS_PACKAGE_VERSION"], "2.0.0");
    let options = &s.server.get("/v2/apps/web")["app"]["labels"]["DCOS_PACKAGE_OPTIONS"];
    let decoded: Value = serde_json::from_slice(&base64_decode(options.as_str().unwrap())).unwrap();
    assert_eq!(decoded, json!({"instances": 3, "cmd": "sleep 5"}));
}

fn base64_decode(text: &str) -> Vec<u8> {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD
        .decode(text)
        .unwrap()
}

#[test]
fn upgrade_refuses_what_upgrades_from_does_not_allow() {
    let s = Setup::instant();
    assert_eq!(
        code(&s.run(&["install", "web", "--yes", "--package-version", "1.0.0"])),
        0
    );
    let before = s.server.get("/v2/apps/web")["app"]["version"].clone();
    let out = s.run(&["upgrade", "web", "--package-version", "2.0.0", "--yes"]);
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("cannot change from version 1.0.0 to 2.0.0"),
        "{err}"
    );
    assert!(err.contains("upgrades from: 1.1.0"), "{err}");
    assert_eq!(
        s.server.get("/v2/apps/web")["app"]["version"],
        before,
        "nothing was sent"
    );
    // 1.0.0 lists no upgradesFrom at all, so nothing moves to it either.
    assert_eq!(
        code(&s.run(&["upgrade", "web", "--package-version", "1.1.0", "--yes"])),
        0
    );
    let out = s.run(&["upgrade", "web", "--package-version", "1.0.0", "--yes"]);
    assert_eq!(code(&out), 3);
    assert!(
        stderr(&out).contains("upgrades from: none"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn upgrade_dry_run_shows_the_diff_and_sends_nothing() {
    let s = Setup::instant();
    assert_eq!(
        code(&s.run(&["install", "web", "--yes", "--package-version", "1.0.0"])),
        0
    );
    let before = s.server.get("/v2/apps/web")["app"]["version"].clone();
    let out = s.run(&["upgrade", "web", "--package-version", "1.1.0", "--dry-run"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        stdout(&out).contains("+    \"MARK\": \"1.1.0\""),
        "{}",
        stdout(&out)
    );
    assert_eq!(s.server.get("/v2/apps/web")["app"]["version"], before);
    // The same version and options: nothing to change.
    let out = s.run(&["upgrade", "web", "--package-version", "1.0.0", "--yes"]);
    assert_eq!(code(&out), 0);
    assert!(
        stderr(&out).contains("Nothing to change"),
        "{}",
        stderr(&out)
    );
    assert_eq!(s.server.get("/v2/apps/web")["app"]["version"], before);
}

#[test]
fn upgrade_of_an_app_in_deployment_is_locked_until_forced() {
    let s = Setup::instant();
    let out = s.run(&[
        "install",
        "web",
        "--yes",
        "--no-wait",
        "--package-version",
        "1.0.0",
        "--set",
        "behaviour=hang",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let out = s.run(&[
        "upgrade",
        "web",
        "--package-version",
        "1.1.0",
        "--set",
        "behaviour=",
        "--yes",
    ]);
    assert_eq!(code(&out), 6, "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("app [/web] is locked by deployment") && err.contains("--force"),
        "{err}"
    );
    assert_eq!(
        s.server.get("/v2/apps/web")["app"]["labels"]["MARK"],
        "1.0.0"
    );
    let out = s.run(&[
        "upgrade",
        "web",
        "--package-version",
        "1.1.0",
        "--set",
        "behaviour=",
        "--yes",
        "--force",
        "--wait",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let app = &s.server.get("/v2/apps/web")["app"];
    assert_eq!(app["labels"]["MARK"], "1.1.0");
    assert_eq!(app["tasksRunning"], 2);
}

#[test]
fn uninstall_removes_one_or_all_and_prints_the_notes() {
    let s = Setup::instant();
    for id in ["/web", "/web-2"] {
        assert_eq!(
            code(&s.run(&[
                "install",
                "web",
                "--yes",
                "--app-id",
                id,
                "--package-version",
                "1.1.0"
            ])),
            0
        );
    }
    let out = s.run(&["uninstall", "web", "--yes"]);
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    assert!(
        err.contains("/web (web 1.1.0)")
            && err.contains("/web-2 (web 1.1.0)")
            && err.contains("--all"),
        "{err}"
    );
    assert_eq!(s.server.app_ids().len(), 2);
    let out = s.run(&["uninstall", "web", "--app-id", "web-2"]);
    assert_eq!(code(&out), 2, "no terminal, no --yes");
    assert_eq!(s.server.app_ids().len(), 2);
    let out = s.run(&["uninstall", "web", "--app-id", "web-2", "--yes", "--wait"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stdout(&out).contains("Uninstalled package [web] version [1.1.0] (app /web-2)"));
    assert!(
        stderr(&out).contains("POST-UNINSTALL web 1.1.0"),
        "the notes of the installed version"
    );
    assert_eq!(s.server.app_ids(), ["/web"]);
    assert_eq!(
        code(&s.run(&["install", "web", "--yes", "--app-id", "/web-3"])),
        0
    );
    let out = s.run(&["uninstall", "web", "--all", "--yes", "--wait"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(s.server.app_ids().is_empty());
    assert_eq!(s.server.get("/v2/deployments"), json!([]));
    let out = s.run(&["uninstall", "web", "--yes"]);
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out).contains("package [web] is not installed"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn uninstall_waits_for_the_removal_to_finish() {
    let s = Setup::new(Server::start(&["--deploy-seconds", "0.5"]));
    assert_eq!(code(&s.run(&["install", "web", "--yes", "--wait"])), 0);
    let out = s.run(&["uninstall", "web", "--yes", "--wait"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stderr(&out).contains("removed /web in"), "{}", stderr(&out));
    assert_eq!(
        s.server.get("/v2/deployments"),
        json!([]),
        "the stop deployment is over"
    );
}

#[test]
fn status_of_unknown_apps_and_packages() {
    let s = Setup::instant();
    let out = s.run(&["status", "/nope"]);
    assert_eq!(code(&out), 6);
    assert!(
        stderr(&out).contains("App '/nope' does not exist"),
        "{}",
        stderr(&out)
    );
    let out = s.run(&["status", "nope"]);
    assert_eq!(code(&out), 1);
    assert!(stderr(&out).contains("package [nope] is not installed"));
    s.server.status_of(
        "POST",
        "/v2/apps",
        Some(&json!({"id": "/plain", "cmd": "sleep 1"})),
    );
    let out = s.run(&["status", "/plain"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("not installed from a package"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn marathon_validation_errors_list_each_path() {
    let s = Setup::instant();
    // --no-validate lets a bad app through to Marathon, whose 422 must come back readable.
    let out = s.run(&[
        "install",
        "web",
        "--yes",
        "--no-validate",
        "--set",
        "service.name=Bad_Name",
        "--set",
        "cmd=",
    ]);
    assert_eq!(code(&out), 6, "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("Marathon rejected the app (422): Invalid JSON"),
        "{err}"
    );
    assert!(err.contains("/id:"), "{err}");
    assert!(s.server.app_ids().is_empty());
}

#[test]
fn an_unreachable_marathon_names_the_url() {
    let env = Env::new();
    let url = dead_url();
    let out = env
        .smack()
        .args(["--marathon", &url, "list"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 7, "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains(&format!("Marathon at {url}")) && err.contains("unreachable"),
        "{err}"
    );
    let out = env
        .smack()
        .args(["--marathon", "not a url", "list"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("bad Marathon URL [not a url]"));
}

#[test]
fn a_503_is_retried_and_then_succeeds() {
    let s = Setup::new(Server::start(&[
        "--deploy-seconds",
        "0",
        "--fail-first",
        "2",
    ]));
    let out = s.run(&["list", "--json"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(stdout_json(&out), json!([]));
}

#[test]
fn a_lasting_503_is_reported_after_the_retries() {
    let s = Setup::new(Server::start(&[
        "--deploy-seconds",
        "0",
        "--fail-first",
        "5",
    ]));
    let out = s.run(&["list"]);
    assert_eq!(code(&out), 6, "{}", stderr(&out));
    assert!(stderr(&out).contains("answered 503"), "{}", stderr(&out));
    // 4 attempts (1 + 3 retries) used 4 of the 5 failures: the next command's GET meets the
    // last one, retries and goes on.
    let out = s.run(&["install", "web", "--yes"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
}

#[test]
fn dcos_authentication_401_with_html_and_the_token_is_never_printed() {
    let token = "s3cret-token-value";
    let s = Setup::new(Server::start(&["--deploy-seconds", "0", "--token", token]));
    let out = s.run(&["list"]);
    assert_eq!(code(&out), 9);
    let err = stderr(&out);
    assert!(
        err.contains("401") && err.contains("401 Authorization Required"),
        "{err}"
    );
    assert!(
        err.contains("SMACK_TOKEN") && err.contains("--token-file"),
        "{err}"
    );
    let out = s
        .smack()
        .env("SMACK_TOKEN", "wrong-token-xyz")
        .args(["list"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 9);
    assert!(!stderr(&out).contains("wrong-token-xyz"));
    let out = s
        .smack()
        .env("SMACK_TOKEN", token)
        .args(["install", "web", "--yes", "--wait"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(!stderr(&out).contains(token) && !stdout(&out).contains(token));
    std::fs::write(
        s.env.path("token"),
        format!(
            "{token}
"
        ),
    )
    .unwrap();
    let out = s
        .smack()
        .arg("--token-file")
        .arg(s.env.path("token"))
        .args(["list", "--json"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(stdout_json(&out)[0]["name"], "web");
}

#[test]
fn a_dcos_url_reaches_marathon_through_admin_router() {
    let env = Env::new();
    web_catalog(&env.path("catalog"));
    let server = Server::instant();
    // The sandbox serves Admin Router's /service/marathon/ prefix too, as a DC/OS cluster does.
    let out = env
        .smack()
        .args([
            "-v",
            "--dcos-url",
            &format!("{}/", server.url),
            "install",
            "web",
            "--yes",
        ])
        .arg("--catalog")
        .arg(env.path("catalog"))
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("/service/marathon/v2/apps"),
        "requests go through the prefix: {}",
        stderr(&out)
    );
    assert_eq!(server.app_ids(), vec!["/web".to_string()]);
    let out = env
        .smack()
        .args(["--dcos-url", &server.url, "list", "--json"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(stdout_json(&out)[0]["appId"], "/web");
}

#[test]
fn the_embedded_sandbox_is_the_default_and_keeps_its_state() {
    let env = Env::new();
    let smack = || {
        let mut c = env.smack();
        c.env("SMACK_SANDBOX_DEPLOY_SECONDS", "0");
        c
    };
    let out = smack()
        .args(["install", "kafka", "--yes"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let err = stderr(&out);
    assert_eq!(err.matches("local sandbox").count(), 1, "said once: {err}");
    assert!(err.contains("--marathon URL"), "{err}");
    let out = smack().args(["list"]).output().unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("kafka") && text.contains("/kafka") && text.contains("1/1"),
        "{text}"
    );
    assert!(env.path("data/smack/sandbox/state.json").is_file());
    let out = smack()
        .args(["-q", "uninstall", "kafka", "--yes", "--wait"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stderr(&out).is_empty(), "--quiet: {}", stderr(&out));
    assert_eq!(code(&smack().args(["list"]).output().unwrap()), 1);
}

#[test]
fn a_marathon_that_does_not_answer_times_out_with_exit_7() {
    // Accepts connections and never answers.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let holder = std::thread::spawn(move || {
        let mut held = Vec::new();
        for stream in listener.incoming().take(4) {
            held.push(stream);
        }
        std::thread::sleep(std::time::Duration::from_secs(5));
    });
    let env = Env::new();
    let out = env
        .smack()
        .args(["--marathon", &url, "--request-timeout", "300ms", "list"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 7, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("timed out after 300ms"),
        "{}",
        stderr(&out)
    );
    drop(holder);
}

#[test]
fn tls_settings_are_checked_before_anything_is_sent() {
    let env = Env::new();
    let server = Server::instant();
    let out = env
        .smack()
        .args(["--marathon", &server.url, "--ca-file"])
        .arg(env.path("missing.pem"))
        .arg("list")
        .output()
        .unwrap();
    assert_eq!(code(&out), 10, "{}", stderr(&out));
    assert!(stderr(&out).contains("reading CA file") && stderr(&out).contains("missing.pem"));
    std::fs::write(env.path("bad.pem"), "not a certificate").unwrap();
    let out = env
        .smack()
        .args(["--marathon", &server.url, "--ca-file"])
        .arg(env.path("bad.pem"))
        .arg("list")
        .output()
        .unwrap();
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("bad.pem holds no"),
        "{}",
        stderr(&out)
    );
    // --insecure is accepted and warned about (plain HTTP here, so nothing to skip).
    let out = env
        .smack()
        .args(["--marathon", &server.url, "--insecure", "list", "--json"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stderr(&out).contains("--insecure"));
}

#[test]
fn reinstalling_while_the_removal_runs_is_locked_until_forced() {
    let s = Setup::new(Server::start(&["--deploy-seconds", "1000"]));
    assert_eq!(code(&s.run(&["install", "web", "--yes", "--no-wait"])), 0);
    assert_eq!(code(&s.run(&["uninstall", "web", "--yes", "--no-wait"])), 0);
    let out = s.run(&["install", "web", "--yes", "--no-wait"]);
    assert_eq!(code(&out), 6, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("app [/web] is locked by deployment"),
        "{}",
        stderr(&out)
    );
    let out = s.run(&["install", "web", "--yes", "--no-wait", "--force"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(s.server.app_ids(), ["/web"]);
}

#[test]
fn kafka_downgrades_follow_downgrades_to() {
    let env = Env::new();
    let server = Server::instant();
    let run = |args: &[&str]| {
        env.smack()
            .args(["--marathon", &server.url])
            .args(args)
            .output()
            .unwrap()
    };
    assert_eq!(
        code(&run(&[
            "install",
            "kafka",
            "--package-version",
            "3.9.0",
            "--yes"
        ])),
        0
    );
    // 3.9.0 lists 3.8.1 in downgradesTo, but not 3.7.1 (whose upgradesFrom is empty).
    let out = run(&["upgrade", "kafka", "--package-version", "3.7.1", "--yes"]);
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    assert!(
        stderr(&out)
            .contains("3.7.1 upgrades from: none; the installed 3.9.0 downgrades to: 3.8.1"),
        "{}",
        stderr(&out)
    );
    let out = run(&[
        "upgrade",
        "kafka",
        "--package-version",
        "3.8.1",
        "--yes",
        "--wait",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let out = run(&[
        "upgrade",
        "kafka",
        "--package-version",
        "3.7.1",
        "--yes",
        "--wait",
    ]);
    assert_eq!(code(&out), 0, "3.8.1 downgrades to 3.7.1: {}", stderr(&out));
    assert_eq!(
        server.get("/v2/apps/kafka")["app"]["labels"]["DCOS_PACKAGE_VERSION"],
        "3.7.1"
    );
}

#[test]
fn kafka_3_to_4_is_refused_with_the_migration_steps_and_cassandra_4_1_to_5_0_rolls() {
    let env = Env::new();
    let server = Server::instant();
    let run = |args: &[&str]| {
        env.smack()
            .args(["--marathon", &server.url])
            .args(args)
            .output()
            .unwrap()
    };
    let out = run(&["install", "kafka", "--package-version", "3.9.0", "--yes"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    // The newest kafka is 4.x (KRaft): not an in-place move from ZooKeeper mode.
    let out = run(&["upgrade", "kafka", "--yes"]);
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("package [kafka] cannot change from version 3.9.0 to 4.3.1"),
        "{err}"
    );
    assert!(err.contains("4.3.1 upgrades from: none"), "{err}");
    assert!(
        err.contains("Upgrading from kafka 3.x is not in place")
            && err.contains("zookeeper.metadata.migration.enable")
            && err.contains("MirrorMaker 2"),
        "the steps from the package's notes: {err}"
    );
    let app = &server.get("/v2/apps/kafka")["app"];
    assert_eq!(
        app["labels"]["DCOS_PACKAGE_VERSION"], "3.9.0",
        "nothing changed"
    );
    // cassandra 4.1 → 5.0 is a rolling upgrade, one node at a time, keeping the options.
    let out = run(&[
        "install",
        "cassandra",
        "--package-version",
        "4.1.7",
        "--set",
        "nodes.count=5",
        "--yes",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let out = run(&["upgrade", "cassandra", "--yes", "--wait"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let app = &server.get("/v2/apps/cassandra")["app"];
    assert_eq!(app["labels"]["DCOS_PACKAGE_VERSION"], "5.0.9");
    assert_eq!(app["instances"], 5);
    assert_eq!(app["container"]["docker"]["image"], "cassandra:5.0.9");
    // minimumHealthCapacity 1 with no over-capacity: Marathon replaces a resident app's
    // instances one at a time (TaskReplaceActor.computeRestartStrategy).
    assert_eq!(
        app["upgradeStrategy"],
        json!({"minimumHealthCapacity": 1, "maximumOverCapacity": 0})
    );
    assert_eq!(
        app["env"]["CASSANDRA_STORAGE_COMPATIBILITY_MODE"],
        "CASSANDRA_4"
    );
    // And back is refused: 5.0 does not downgrade.
    let out = run(&[
        "upgrade",
        "cassandra",
        "--package-version",
        "4.1.7",
        "--yes",
    ]);
    assert_eq!(code(&out), 3, "{}", stderr(&out));
}
