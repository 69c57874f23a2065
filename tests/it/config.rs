//! The config file: show/get/set/unset, checks, file mode, and precedence
//! flag > environment > file > default.

use crate::common::*;
use serde_json::json;

#[test]
fn set_get_unset_and_show_with_sources() {
    let env = Env::new();
    let run = |args: &[&str]| env.smack().args(args).output().unwrap();
    let out = run(&["config", "get", "marathon.request_timeout"]);
    assert_eq!((out.status.code(), stdout(&out).trim()), (Some(0), "30s"));
    let out = run(&["config", "get", "marathon.url"]);
    assert_eq!(out.status.code(), Some(1), "unset");
    assert_eq!(
        run(&["config", "set", "marathon.url", "http://127.0.0.1:9/"])
            .status
            .code(),
        Some(0)
    );
    assert_eq!(
        run(&["config", "set", "output.format", "json"])
            .status
            .code(),
        Some(0)
    );
    let file = env.path("config/smack/config.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.contains("[marathon]") && text.contains("url = \"http://127.0.0.1:9/\""),
        "{text}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&file).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    let out = run(&["config", "get", "marathon.url"]);
    assert_eq!(stdout(&out).trim(), "http://127.0.0.1:9/");
    // output.format json makes listings JSON without -o.
    let shown = stdout_json(&run(&["config", "show"]));
    assert_eq!(
        shown["settings"]["marathon.url"],
        json!({"value": "http://127.0.0.1:9/", "source": "file"})
    );
    assert_eq!(
        shown["settings"]["marathon.request_timeout"],
        json!({"value": "30s", "source": "default"})
    );
    assert_eq!(
        shown["repositories"],
        json!([{"name": "builtin", "uri": "builtin:universe"}])
    );
    let out = env
        .smack()
        .env("SMACK_MARATHON_URL", "http://127.0.0.1:8/")
        .args(["config", "show"])
        .output()
        .unwrap();
    assert_eq!(
        stdout_json(&out)["settings"]["marathon.url"]["source"],
        "env"
    );
    let out = env
        .smack()
        .env("SMACK_MARATHON_URL", "http://127.0.0.1:8/")
        .args(["--marathon", "http://127.0.0.1:7/", "config", "show"])
        .output()
        .unwrap();
    assert_eq!(
        stdout_json(&out)["settings"]["marathon.url"],
        json!({"value": "http://127.0.0.1:7/", "source": "flag"})
    );
    let out = run(&["config", "show", "-o", "table"]);
    assert!(
        stdout(&out)
            .lines()
            .any(|l| l.split_whitespace().collect::<Vec<_>>()
                == ["marathon.url", "http://127.0.0.1:9/", "file"]),
        "{}",
        stdout(&out)
    );
    assert_eq!(
        run(&["config", "unset", "marathon.url"]).status.code(),
        Some(0)
    );
    assert_eq!(
        run(&["config", "get", "marathon.url"]).status.code(),
        Some(1)
    );
}

#[test]
fn unknown_keys_bad_values_and_tokens_are_refused_by_name() {
    let env = Env::new();
    let run = |args: &[&str]| env.smack().args(args).output().unwrap();
    let out = run(&["config", "set", "marathon.urll", "http://x"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("unknown config key [marathon.urll]; did you mean [marathon.url]?")
    );
    let out = run(&["config", "set", "marathon.request_timeout", "soon"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("bad value [soon] for config key [marathon.request_timeout]"));
    let out = run(&["config", "set", "marathon.url", "ftp://x"]);
    assert_eq!(out.status.code(), Some(2));
    let out = run(&["config", "set", "marathon.token", "s3cret"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("tokens are never stored")
            && stderr(&out).contains("marathon.token_file")
    );
    assert!(
        !env.path("config/smack/config.toml").exists(),
        "nothing was written"
    );
    // A hand-edited file with a bad key: every command names the file and the key ...
    std::fs::create_dir_all(env.path("config/smack")).unwrap();
    std::fs::write(
        env.path("config/smack/config.toml"),
        "[marathon]\nurll = \"http://x\"\n",
    )
    .unwrap();
    let out = run(&["catalog", "search"]);
    assert_eq!(out.status.code(), Some(10));
    assert!(
        stderr(&out).contains("config.toml") && stderr(&out).contains("[marathon.urll]"),
        "{}",
        stderr(&out)
    );
    // ... and `config unset` mends it.
    assert_eq!(
        run(&["config", "unset", "marathon.urll"]).status.code(),
        Some(0)
    );
    assert_eq!(run(&["catalog", "search"]).status.code(), Some(0));
    std::fs::write(
        env.path("config/smack/config.toml"),
        "[output]\nformat = \"yaml\"\n",
    )
    .unwrap();
    let out = run(&["catalog", "search"]);
    assert_eq!(out.status.code(), Some(10));
    assert!(
        stderr(&out).contains("output.format: expected table or json"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn the_file_is_used_below_flags_and_environment() {
    let env = Env::new();
    let server = Server::instant();
    let run = |args: &[&str]| env.smack().args(args).output().unwrap();
    // The file points at a dead Marathon, the flag at a live one.
    assert_eq!(
        run(&["config", "set", "marathon.url", &dead_url()])
            .status
            .code(),
        Some(0)
    );
    let out = run(&["list", "--json"]);
    assert_eq!(out.status.code(), Some(7), "the file's URL is used");
    let out = run(&["--marathon", &server.url, "list", "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = env
        .smack()
        .env("SMACK_MARATHON_URL", &server.url)
        .args(["list", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "the environment beats the file");
    // output.format from the file; -o beats it.
    assert_eq!(
        run(&["config", "set", "output.format", "json"])
            .status
            .code(),
        Some(0)
    );
    let out = run(&["catalog", "search", "kafka"]);
    assert_eq!(stdout_json(&out)[0]["name"], "kafka");
    let out = run(&["catalog", "search", "kafka", "-o", "table"]);
    assert!(stdout(&out).starts_with("NAME"));
    // A request timeout from the file reaches the client.
    assert_eq!(
        run(&["config", "set", "marathon.request_timeout", "250ms"])
            .status
            .code(),
        Some(0)
    );
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let silent = format!("http://{}", listener.local_addr().unwrap());
    let out = run(&["--marathon", &silent, "list"]);
    assert_eq!(out.status.code(), Some(7));
    assert!(
        stderr(&out).contains("timed out after 250ms"),
        "{}",
        stderr(&out)
    );
    drop(listener);
}

#[test]
fn verbose_traces_requests_without_the_token() {
    let env = Env::new();
    let server = Server::start(&["--deploy-seconds", "0", "--token", "tok-123"]);
    let out = env
        .smack()
        .env("SMACK_TOKEN", "tok-123")
        .args(["--marathon", &server.url, "-v", "list", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains(&format!("> GET {}/v2/apps?", server.url)) && err.contains("-> 200 in"),
        "{err}"
    );
    assert!(!err.contains("tok-123"));
}

#[test]
fn the_token_follows_the_same_precedence() {
    let env = Env::new();
    let server = Server::start(&["--deploy-seconds", "0", "--token", "good"]);
    std::fs::write(env.path("good"), "good\n").unwrap();
    std::fs::write(env.path("bad"), "bad\n").unwrap();
    let list = |extra_env: &[(&str, &str)], flags: &[&str]| {
        let mut cmd = env.smack();
        for (k, v) in extra_env {
            cmd.env(k, v);
        }
        cmd.args(["--marathon", &server.url])
            .args(flags)
            .args(["list", "--json"])
            .output()
            .unwrap()
            .status
            .code()
    };
    let bad = env.path("bad");
    let good = env.path("good");
    let set = env
        .smack()
        .args(["config", "set", "marathon.token_file"])
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(set.status.code(), Some(0));
    assert_eq!(list(&[], &[]), Some(9), "the file's token file is used");
    assert_eq!(
        list(&[("SMACK_TOKEN", "good")], &[]),
        Some(0),
        "SMACK_TOKEN beats the file"
    );
    assert_eq!(
        list(&[("SMACK_TOKEN_FILE", good.to_str().unwrap())], &[]),
        Some(0)
    );
    assert_eq!(
        list(
            &[("SMACK_TOKEN", "bad")],
            &["--token-file", good.to_str().unwrap()]
        ),
        Some(0),
        "the flag beats the environment"
    );
}
