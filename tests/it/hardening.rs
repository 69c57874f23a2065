//! Hostile settings, server answers and arguments: each gives a clean error with a documented
//! exit code and a hint, never a panic, a hang or raw control characters on the terminal.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;

use crate::common::*;
use serde_json::json;

fn no_panic(out: &std::process::Output) {
    let text = format!("{}{}", stdout(out), stderr(out));
    assert!(!text.contains("panicked"), "{text}");
}

#[test]
fn settings_out_of_range_are_refused_from_every_origin() {
    let env = Env::new();
    let out = env
        .smack()
        .args(["config", "set", "sandbox.deploy_seconds", "1e20"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("from 0 to 3600"), "{}", stderr(&out));
    // A config file edited by hand is checked when it is read.
    std::fs::create_dir_all(env.path("config/smack")).unwrap();
    std::fs::write(
        env.path("config/smack/config.toml"),
        "[sandbox]\ndeploy_seconds = 1e20\n",
    )
    .unwrap();
    let out = env.smack().args(["list"]).output().unwrap();
    no_panic(&out);
    assert_eq!(out.status.code(), Some(10), "{}", stderr(&out));
    assert!(stderr(&out).contains("deploy_seconds"), "{}", stderr(&out));
    std::fs::remove_file(env.path("config/smack/config.toml")).unwrap();

    for (var, value) in [
        ("SMACK_SANDBOX_DEPLOY_SECONDS", "1e308"),
        ("SMACK_SANDBOX_DEPLOY_SECONDS", "abc"),
    ] {
        let out = env.smack().env(var, value).args(["list"]).output().unwrap();
        no_panic(&out);
        assert_eq!(
            out.status.code(),
            Some(2),
            "{var}={value}: {}",
            stderr(&out)
        );
        assert!(stderr(&out).contains(var), "{}", stderr(&out));
    }
    for args in [
        &["--request-timeout", "0s", "list"][..],
        &["config", "set", "marathon.request_timeout", "0"],
        &["install", "kafka", "--timeout", "0s", "--yes"],
        &["sandbox", "serve", "--deploy-seconds", "1e20"],
    ] {
        let out = env.smack().args(args).output().unwrap();
        no_panic(&out);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
    }
}

#[test]
fn a_flag_overrides_the_other_flags_environment_variable() {
    let env = Env::new();
    let server = Server::instant();
    let dead = dead_url();
    let out = env
        .smack()
        .env("SMACK_DCOS_URL", &dead)
        .args(["list", "--marathon", &server.url])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("No packages installed"),
        "{}",
        stderr(&out)
    );
    let out = env
        .smack()
        .env("SMACK_MARATHON_URL", &server.url)
        .args(["list", "--dcos-url", &dead])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(7),
        "the flag wins: {}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("/service/marathon"),
        "{}",
        stderr(&out)
    );
    let out = env
        .smack()
        .args(["list", "--marathon", &server.url, "--dcos-url", &dead])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}

#[test]
fn set_is_bounded_follows_refs_and_echoes_little() {
    let env = Env::new();
    let deep = format!("{}=1", vec!["a"; 15_000].join("."));
    let out = env
        .smack()
        .args(["render", "kafka", "--set", &deep])
        .output()
        .unwrap();
    no_panic(&out);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("nest at most 64 deep"),
        "{}",
        stderr(&out)
    );

    let long = format!("kafka.nope={}", "x".repeat(120_000));
    let out = env
        .smack()
        .args(["render", "kafka", "--set", &long])
        .output()
        .unwrap();
    assert!(stderr(&out).len() < 4_000, "{} bytes", stderr(&out).len());

    let root = env.path("catalog");
    write_package(
        &root,
        "reffy",
        0,
        &[
            ("package.json", &package_json("reffy", "1.0")),
            (
                "config.json",
                r##"{"type": "object", "definitions": {"port": {"type": "integer"}},
                     "properties": {"net": {"$ref": "#/definitions/net"}},
                     "x": 1}"##,
            ),
            (
                "marathon.json.mustache",
                r#"{"id": "/reffy", "cmd": "sleep 1", "env": {"P": "{{net.port}}"}, "labels": {"T": "{{net.port}}"}}"#,
            ),
        ],
    );
    // The schema's $ref chain: net -> definitions/net -> properties.port -> definitions/port.
    std::fs::write(
        root.join("repo/packages/R/reffy/0/config.json"),
        r##"{"type": "object",
             "definitions": {"port": {"type": "integer"},
                             "net": {"type": "object", "properties": {"port": {"$ref": "#/definitions/port"}}}},
             "properties": {"net": {"$ref": "#/definitions/net"}}}"##,
    )
    .unwrap();
    let out = env
        .smack()
        .args([
            "render",
            "reffy",
            "--no-validate",
            "--set",
            "net.port=5",
            "--catalog",
        ])
        .arg(&root)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let options = stdout_json(&out)["labels"]["DCOS_PACKAGE_OPTIONS"]
        .as_str()
        .unwrap()
        .to_string();
    use base64::Engine as _;
    let options: serde_json::Value = serde_json::from_slice(
        &base64::engine::general_purpose::STANDARD
            .decode(options)
            .unwrap(),
    )
    .unwrap();
    assert_eq!(
        options,
        json!({"net": {"port": 5}}),
        "an integer, not \"5\""
    );
}

#[test]
fn what_the_server_says_reaches_the_terminal_escaped_and_ids_stay_in_their_path() {
    let env = Env::new();
    let server = Server::instant();
    let app = json!({
        "id": "/evil", "cmd": "sleep 1", "instances": 1,
        "labels": {"DCOS_PACKAGE_NAME": "ev\u{1b}[2Jil\nname", "DCOS_PACKAGE_VERSION": "1\u{7}\r"}
    });
    let (status, _) = server.status_of("POST", "/v2/apps", Some(&app));
    assert_eq!(status, 201);
    let out = env
        .smack()
        .args(["list", "--marathon", &server.url])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out) + &stderr(&out);
    assert!(!text.contains('\u{1b}') && !text.contains('\u{7}') && !text.contains('\r'));
    assert!(text.contains("\\u{1b}"), "{text}");
    let out = env
        .smack()
        .args([
            "-v",
            "status",
            "/../v2/deployments",
            "--marathon",
            &server.url,
        ])
        .output()
        .unwrap();
    no_panic(&out);
    assert!(!stderr(&out).contains("/v2/v2/"), "{}", stderr(&out));
    assert!(
        !stderr(&out).contains("GET /v2/deployments"),
        "{}",
        stderr(&out)
    );
}

/// A server that answers every request with `status` and `body`, on loopback.
fn answering(status: &str, content_type: &str, body: &str) -> String {
    let response = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                    break;
                }
            }
            let _ = stream.write_all(response.as_bytes());
        }
    });
    url
}

#[test]
fn server_errors_say_what_happened_and_what_to_do() {
    let env = Env::new();
    let html = answering(
        "500 Internal Server Error",
        "text/html",
        "<html><body><h1>Oops</h1>\n<p>the database is down</p></body></html>",
    );
    let out = env
        .smack()
        .args(["list", "--marathon", &html])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("500 Internal Server Error") && err.contains("the database is down"),
        "{err}"
    );
    assert!(
        err.contains("hint: Marathon failed on this request"),
        "{err}"
    );

    let unavailable = answering("503 Service Unavailable", "text/plain", "");
    let out = env
        .smack()
        .args(["list", "--marathon", &unavailable])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("hint: Marathon, or the proxy"),
        "{}",
        stderr(&out)
    );

    let server = Server::start(&["--deploy-seconds", "0", "--token", "right"]);
    std::fs::write(env.path("token"), "wrong\n").unwrap();
    let out = env
        .smack()
        .args(["list", "--marathon", &server.url, "--token-file"])
        .arg(env.path("token"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(9), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("the token was rejected"),
        "{}",
        stderr(&out)
    );
    assert!(
        !stderr(&out).contains("wrong"),
        "the token is never printed"
    );
}

#[test]
fn sandbox_serve_takes_a_token_file_traces_with_v_and_exits_10_on_a_taken_port() {
    let env = Env::new();
    std::fs::write(env.path("token"), "s3cret\n").unwrap();
    let bin = assert_cmd::cargo::cargo_bin("smack");
    let mut child = std::process::Command::new(&bin)
        .args([
            "-v",
            "sandbox",
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--token-file",
        ])
        .arg(env.path("token"))
        .env_clear()
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let url = line
        .trim()
        .strip_prefix("listening on ")
        .unwrap()
        .to_string();
    let response = http().get(format!("{url}/v2/apps")).send().unwrap();
    assert_eq!(response.status().as_u16(), 401);
    let response = http()
        .get(format!("{url}/v2/apps"))
        .header("Authorization", "token=s3cret")
        .send()
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    let port = url.rsplit(':').next().unwrap().to_string();
    let out = env
        .smack()
        .args(["sandbox", "serve", "--listen", &format!("127.0.0.1:{port}")])
        .timeout(std::time::Duration::from_secs(30))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(10), "{}", stderr(&out));
    let _ = child.kill();
    let output = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(err.contains("GET /v2/apps -> 401"), "{err}");
    assert!(err.contains("GET /v2/apps -> 200"), "{err}");
}

#[test]
fn a_config_file_that_is_not_utf8_says_how_to_mend_it() {
    let env = Env::new();
    std::fs::create_dir_all(env.path("config/smack")).unwrap();
    std::fs::write(env.path("config/smack/config.toml"), b"a = \"\xff\xfe\"\n").unwrap();
    for args in [&["list"][..], &["config", "unset", "marathon.url"]] {
        let out = env.smack().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(10), "{}", stderr(&out));
        let err = stderr(&out);
        assert!(
            err.contains("config.toml") && err.contains("not valid UTF-8"),
            "{err}"
        );
        assert!(err.contains(".bak"), "{err}");
    }
}

#[test]
fn the_local_sandbox_answers_reads_during_a_followed_install_and_reset_never_loses_a_success() {
    let env = Env::new();
    let slow = |cmd: &mut assert_cmd::Command| {
        cmd.env("SMACK_SANDBOX_DEPLOY_SECONDS", "600");
    };
    let bin = assert_cmd::cargo::cargo_bin("smack");
    let mut install = std::process::Command::new(&bin)
        .args(["install", "kafka", "--yes", "--wait", "--timeout", "15m"])
        .env_clear()
        .env("HOME", env.home.path())
        .env("XDG_CONFIG_HOME", env.path("config"))
        .env("XDG_CACHE_HOME", env.path("cache"))
        .env("XDG_DATA_HOME", env.path("data"))
        .env("SMACK_SANDBOX_DEPLOY_SECONDS", "600")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // The install's first line comes once the app is posted.
    let mut line = String::new();
    BufReader::new(install.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    assert!(line.starts_with("Installed package [kafka]"), "{line}");
    // While it follows the deployment, reads answer (the watchdog fails the test otherwise).
    let mut list = env.smack();
    slow(&mut list);
    let out = list
        .args(["list", "--json"])
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout_json(&out)[0]["name"], "kafka");
    // A reset in the middle: the install must not end in success.
    let out = env
        .smack()
        .args(["sandbox", "reset"])
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let status = wait_with_watchdog(&mut install, 120);
    assert_ne!(
        status,
        Some(0),
        "the install reported success after a reset"
    );
    let out = env.smack().args(["list", "--json"]).output().unwrap();
    assert!(
        out.status.code() == Some(1) || stdout_json(&out).as_array().unwrap().is_empty(),
        "{}",
        stdout(&out)
    );
    // Two commands in turn keep each other's changes.
    for id in ["/one", "/two"] {
        let out = env
            .smack()
            .env("SMACK_SANDBOX_DEPLOY_SECONDS", "0")
            .args(["install", "kafka", "--yes", "--no-wait", "--app-id", id])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    }
    let out = env.smack().args(["list", "--json"]).output().unwrap();
    assert_eq!(
        stdout_json(&out).as_array().unwrap().len(),
        2,
        "{}",
        stdout(&out)
    );
}

/// The child's exit code; killed (and the test failed) after `seconds`.
fn wait_with_watchdog(child: &mut std::process::Child, seconds: u64) -> Option<i32> {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(seconds);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status.code();
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!("the install did not end within {seconds} s");
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
}

#[test]
fn sandbox_serve_help_lists_only_what_the_server_reads() {
    let env = Env::new();
    let out = env
        .smack()
        .args(["sandbox", "serve", "--help"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let help = stdout(&out);
    for client in [
        "--marathon ",
        "--dcos-url",
        "--catalog",
        "--ca-file",
        "--insecure",
        "--request-timeout",
    ] {
        assert!(!help.contains(client), "{client} in: {help}");
    }
    for own in [
        "--listen",
        "--token-file",
        "--deploy-seconds",
        "--marathon-version",
    ] {
        assert!(help.contains(own), "{own} missing: {help}");
    }
    // Client commands keep them.
    let out = env.smack().args(["list", "--help"]).output().unwrap();
    assert!(stdout(&out).contains("--marathon <URL>"));
}
