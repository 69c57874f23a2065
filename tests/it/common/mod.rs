//! Helpers shared by the end-to-end tests: the real binary, isolated from the user's files.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

/// The smack binary with config, cache and data directories inside `home`.
pub fn smack_in(home: &Path) -> Command {
    Command::from_std(command_in(home))
}

/// The smack binary as [`smack_in`] sets it up, as a `std` command (to spawn it and signal it).
pub fn spawn_in(home: &Path, args: &[&str]) -> std::process::Child {
    command_in(home)
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("smack starts")
}

/// Sends SIGINT, as Ctrl-C does.
#[cfg(unix)]
pub fn interrupt(child: &std::process::Child) {
    let pid = libc::pid_t::try_from(child.id()).unwrap();
    // SAFETY: kill(2) with a pid this test spawned and has not reaped.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGINT) }, 0);
}

/// Waits for a child (killed after `seconds`) and returns its exit code, stdout and stderr.
pub fn finish(mut child: std::process::Child, seconds: u64) -> (Option<i32>, String, String) {
    use std::io::Read;
    let reader = |mut pipe: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut text = String::new();
            let _ = pipe.read_to_string(&mut text);
            text
        })
    };
    let out = reader(Box::new(child.stdout.take().unwrap()));
    let err = reader(Box::new(child.stderr.take().unwrap()));
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(seconds);
    let code = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status.code();
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    (code, out.join().unwrap(), err.join().unwrap())
}

/// A temporary home and a command factory bound to it.
pub struct Env {
    pub home: tempfile::TempDir,
}

impl Env {
    pub fn new() -> Env {
        Env {
            home: tempfile::tempdir().unwrap(),
        }
    }
    pub fn smack(&self) -> Command {
        smack_in(self.home.path())
    }
    pub fn path(&self, rel: &str) -> PathBuf {
        self.home.path().join(rel)
    }
}

pub fn project() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn stdout_json(output: &std::process::Output) -> Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}): {}",
            String::from_utf8_lossy(&output.stdout)
        )
    })
}

pub fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

pub fn stdout(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Writes a package revision `packages/<L>/<name>/<rev>/` under `root` from (file, contents).
pub fn write_package(root: &Path, name: &str, revision: u64, files: &[(&str, &str)]) -> PathBuf {
    let letter = name[..1].to_uppercase();
    let dir = root
        .join("repo/packages")
        .join(letter)
        .join(name)
        .join(revision.to_string());
    std::fs::create_dir_all(&dir).unwrap();
    for (file, text) in files {
        std::fs::write(dir.join(file), text).unwrap();
    }
    dir
}

/// A minimal valid package.json.
pub fn package_json(name: &str, version: &str) -> String {
    serde_json::json!({
        "packagingVersion": "4.0",
        "name": name,
        "version": version,
        "maintainer": "tests",
        "description": format!("the {name} test package"),
        "tags": ["test"],
    })
    .to_string()
}

/// `smack sandbox serve` on an ephemeral loopback port, killed when dropped.
/// What a server prints on its first line of stdout after `prefix`: its URL.
fn announced(child: &mut std::process::Child, prefix: &str) -> String {
    use std::io::BufRead;
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    line.trim()
        .strip_prefix(prefix)
        .unwrap_or_else(|| panic!("unexpected first line: {line:?}"))
        .to_string()
}

pub struct Server {
    child: std::process::Child,
    pub url: String,
}

impl Server {
    /// Starts a sandbox with extra arguments (`--deploy-seconds 0`, `--token T`, …).
    pub fn start(args: &[&str]) -> Server {
        let bin = assert_cmd::cargo::cargo_bin("smack");
        let mut child = std::process::Command::new(bin)
            .args(["--quiet", "sandbox", "serve", "--listen", "127.0.0.1:0"])
            .args(args)
            .env_clear()
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::inherit())
            .spawn()
            .expect("the sandbox starts");
        let url = announced(&mut child, "listening on ");
        Server { child, url }
    }

    /// The server's process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// A sandbox with instant deployments.
    pub fn instant() -> Server {
        Server::start(&["--deploy-seconds", "0"])
    }

    pub fn get(&self, path: &str) -> Value {
        let response = http().get(format!("{}{}", self.url, path)).send().unwrap();
        serde_json::from_str(&response.text().unwrap()).unwrap()
    }

    pub fn status_of(&self, method: &str, path: &str, body: Option<&Value>) -> (u16, Value) {
        let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let mut request = http().request(method, format!("{}{}", self.url, path));
        if let Some(body) = body {
            request = request
                .header("Content-Type", "application/json")
                .body(body.to_string());
        }
        let response = request.send().unwrap();
        let status = response.status().as_u16();
        let text = response.text().unwrap();
        (
            status,
            serde_json::from_str(&text).unwrap_or(Value::String(text)),
        )
    }

    /// The ids of the apps the server holds.
    pub fn app_ids(&self) -> Vec<String> {
        self.get("/v2/apps")["apps"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["id"].as_str().unwrap().to_string())
            .collect()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An HTTP client for asserting on server state (never through a proxy).
pub fn http() -> reqwest::blocking::Client {
    reqwest::blocking::Client::builder()
        .no_proxy()
        .build()
        .unwrap()
}

/// A loopback URL where nothing listens.
pub fn dead_url() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    format!("http://127.0.0.1:{port}")
}

/// A catalog with the `web` test package: 1.0.0, 1.1.0 (upgrades from 1.0.0) and 2.0.0
/// (upgrades from 1.1.0 only). Options: service.name, instances, cmd, behaviour (the sandbox's
/// deployment behaviour label).
pub fn web_catalog(root: &Path) -> PathBuf {
    let config = serde_json::json!({
        "type": "object",
        "properties": {
            "service": {"type": "object", "properties": {
                "name": {"type": "string", "default": "web"}
            }},
            "instances": {"type": "integer", "minimum": 0, "default": 2},
            "cmd": {"type": "string", "default": "sleep 1000"},
            "behaviour": {"type": "string", "enum": ["", "hang", "fail"], "default": ""}
        }
    })
    .to_string();
    for (rev, version, upgrades) in [
        (0, "1.0.0", serde_json::json!([])),
        (1, "1.1.0", serde_json::json!(["1.0.0"])),
        (2, "2.0.0", serde_json::json!(["1.1.0"])),
    ] {
        let mut package: Value = serde_json::from_str(&package_json("web", version)).unwrap();
        package["upgradesFrom"] = upgrades;
        package["preInstallNotes"] = "PRE-INSTALL web".into();
        package["postInstallNotes"] = "POST-INSTALL web".into();
        package["postUninstallNotes"] = format!("POST-UNINSTALL web {version}").into();
        let template = format!(
            r#"{{
  "id": "{{{{service.name}}}}",
  "cmd": "{{{{cmd}}}}",
  "instances": {{{{instances}}}},
  "cpus": 0.1,
  "mem": 32,
  "labels": {{"SMACK_SANDBOX_DEPLOYMENT": "{{{{behaviour}}}}", "MARK": "{version}"}}
}}"#
        );
        write_package(
            root,
            "web",
            rev,
            &[
                ("package.json", &package.to_string()),
                ("config.json", &config),
                ("marathon.json.mustache", &template),
            ],
        );
    }
    root.to_path_buf()
}

/// A package `needy` whose required options have no default: `auth.token_name` (a string of at
/// least 3 characters) and `auth.port` (an integer port).
pub fn needy_package(root: &Path) {
    let config = serde_json::json!({
        "type": "object",
        "properties": {
            "auth": {
                "type": "object",
                "properties": {
                    "token_name": {"type": "string", "minLength": 3, "description": "The secret holding the token"},
                    "port": {"type": "integer", "minimum": 1, "maximum": 65535, "description": "The port to listen on"}
                },
                "required": ["token_name", "port"]
            },
            "instances": {"type": "integer", "default": 1}
        },
        "required": ["auth"]
    })
    .to_string();
    write_package(
        root,
        "needy",
        0,
        &[
            ("package.json", &package_json("needy", "1.0.0")),
            ("config.json", &config),
            (
                "marathon.json.mustache",
                r#"{"id": "needy", "cmd": "run {{auth.token_name}} {{auth.port}}", "instances": {{instances}}, "cpus": 0.1, "mem": 32}"#,
            ),
        ],
    );
}

/// `smack repo index universe/`: the project's catalog as a repository index.
pub fn universe_index(env: &Env) -> Vec<u8> {
    let out = env
        .smack()
        .args(["repo", "index"])
        .arg(project().join("universe"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    out.stdout
}

/// `smack ui` on a loopback port, in front of a Marathon, until dropped.
pub struct UiServer {
    child: std::process::Child,
    /// `http://127.0.0.1:PORT`.
    pub base: String,
    pub token: String,
}

impl UiServer {
    /// Starts `smack ui` with `args` (such as `--marathon URL`) in `env`'s home.
    pub fn start(env: &Env, args: &[&str], vars: &[(&str, &str)]) -> UiServer {
        let bin = assert_cmd::cargo::cargo_bin("smack");
        let home = env.home.path();
        let mut child = std::process::Command::new(bin)
            .args(["ui", "--listen", "127.0.0.1:0"])
            .args(args)
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("HOME", home)
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("XDG_CACHE_HOME", home.join("cache"))
            .env("XDG_DATA_HOME", home.join("data"))
            .envs(vars.iter().copied())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::inherit())
            .spawn()
            .expect("smack ui starts");
        let url = announced(&mut child, "smack ui at ");
        let (base, token) = url.split_once("/?token=").expect("a URL with a token");
        UiServer {
            child,
            base: base.to_string(),
            token: token.to_string(),
        }
    }

    /// The server's process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// The URL that opens the page (and sets the session cookie).
    pub fn url(&self) -> String {
        format!("{}/?token={}", self.base, self.token)
    }
}

impl Drop for UiServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `smack serve` (Cosmos's API) on a loopback port, until dropped.
pub struct CosmosServer {
    child: std::process::Child,
    /// `http://127.0.0.1:PORT`.
    pub url: String,
    /// The client token calls send (`Authorization: token=…`), if any.
    pub token: Option<String>,
}

impl CosmosServer {
    pub fn start(env: &Env, args: &[&str]) -> CosmosServer {
        let bin = assert_cmd::cargo::cargo_bin("smack");
        let home = env.home.path();
        let mut child = std::process::Command::new(bin)
            .args(["serve", "--listen", "127.0.0.1:0"])
            .args(args)
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("HOME", home)
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("XDG_CACHE_HOME", home.join("cache"))
            .env("XDG_DATA_HOME", home.join("data"))
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::inherit())
            .spawn()
            .expect("smack serve starts");
        let url = announced(&mut child, "smack serve at ");
        CosmosServer {
            child,
            url,
            token: None,
        }
    }

    /// A Cosmos call as the DC/OS CLI sends it: `endpoint` (`package/search`), the response
    /// version asked for, the body. Returns status, Content-Type and body.
    pub fn call(&self, endpoint: &str, version: u32, body: &Value) -> (u16, String, Value) {
        let (status, content_type, text) = self.exchange(endpoint, version, body);
        (
            status,
            content_type,
            serde_json::from_str(&text).unwrap_or(Value::String(text)),
        )
    }

    /// [`Self::call`] with the body's text as the server wrote it.
    pub fn call_text(&self, endpoint: &str, version: u32, body: &Value) -> (u16, String) {
        let (status, _, text) = self.exchange(endpoint, version, body);
        (status, text)
    }

    fn exchange(&self, endpoint: &str, version: u32, body: &Value) -> (u16, String, String) {
        // `cosmos/service/describe` is served under `/cosmos`; its media type is
        // `service.describe`'s.
        let name = endpoint.trim_start_matches("cosmos/").replace('/', ".");
        let mut request = http().post(format!("{}/{endpoint}", self.url));
        if let Some(token) = &self.token {
            request = request.header("Authorization", format!("token={token}"));
        }
        let response = request
            .header(
                "Accept",
                format!(
                    "application/vnd.dcos.{name}-response+json;charset=utf-8;version=v{version}"
                ),
            )
            .header(
                "Content-Type",
                format!("application/vnd.dcos.{name}-request+json;charset=utf-8;version=v1"),
            )
            .body(body.to_string())
            .send()
            .unwrap();
        let status = response.status().as_u16();
        let content_type = response
            .headers()
            .get("content-type")
            .map(|v| v.to_str().unwrap().to_string())
            .unwrap_or_default();
        (status, content_type, response.text().unwrap())
    }
}

impl Drop for CosmosServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A repository server on loopback: every GET answers `index` (a Universe repository index)
/// as JSON, whatever the path; the counter says how many requests it got.
pub fn repository_server(
    index: Vec<u8>,
) -> (String, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let count = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counted = count.clone();
    let index = std::sync::Arc::new(index);
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let (index, counted) = (index.clone(), counted.clone());
            std::thread::spawn(move || {
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut line = String::new();
                while reader.read_line(&mut line).is_ok_and(|n| n > 0) {
                    if line == "\r\n" {
                        break;
                    }
                    line.clear();
                }
                counted.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                let mut stream = stream;
                let _ = write!(
                    stream,
                    "HTTP/1.1 200 OK\r\nContent-Type: application/vnd.dcos.universe.repo+json;charset=utf-8;version=v4\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                    index.len()
                );
                let _ = stream.write_all(&index);
            });
        }
    });
    (url, count)
}

/// What [`marathon_proxy`] does with a request, by its request line (`GET /v2/apps HTTP/1.1`).
pub enum Act {
    /// Pass it on to the Marathon behind.
    Pass,
    /// Answer with these raw HTTP bytes instead.
    Answer(String),
    /// Wait this long, then pass it on (a Marathon that answers slowly).
    Delay(std::time::Duration),
    /// Never answer (a Marathon that hangs); the connection is dropped after a minute.
    Hang,
}

/// A Marathon in front of `target` that acts on each request as `rule` says; every answer
/// closes its connection. Returns its URL.
pub fn marathon_proxy(target: &str, rule: impl Fn(&str) -> Act + Send + Sync + 'static) -> String {
    use std::io::{BufRead, BufReader, Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let target = target.trim_start_matches("http://").to_string();
    let rule = std::sync::Arc::new(rule);
    std::thread::spawn(move || {
        for client in listener.incoming().flatten() {
            let (target, rule) = (target.clone(), rule.clone());
            std::thread::spawn(move || {
                let mut reader = BufReader::new(client.try_clone().unwrap());
                let mut head = Vec::new();
                let mut length = 0usize;
                loop {
                    let mut line = String::new();
                    if reader.read_line(&mut line).unwrap_or(0) == 0 {
                        return;
                    }
                    if line == "\r\n" {
                        break;
                    }
                    let lower = line.to_ascii_lowercase();
                    if let Some(v) = lower.strip_prefix("content-length:") {
                        length = v.trim().parse().unwrap_or(0);
                    }
                    if !lower.starts_with("connection:") {
                        head.push(line);
                    }
                }
                let mut body = vec![0u8; length];
                if reader.read_exact(&mut body).is_err() {
                    return;
                }
                let mut client = client;
                match rule(&head[0]) {
                    Act::Pass => {}
                    Act::Answer(raw) => {
                        let _ = client.write_all(raw.as_bytes());
                        return;
                    }
                    Act::Delay(d) => std::thread::sleep(d),
                    Act::Hang => {
                        std::thread::sleep(std::time::Duration::from_secs(60));
                        return;
                    }
                }
                let Ok(mut upstream) = std::net::TcpStream::connect(&target) else {
                    return;
                };
                for line in &head {
                    let _ = upstream.write_all(line.as_bytes());
                }
                let _ = upstream.write_all(b"Connection: close\r\n\r\n");
                let _ = upstream.write_all(&body);
                let mut answer = Vec::new();
                let _ = upstream.read_to_end(&mut answer);
                let _ = client.write_all(&answer);
            });
        }
    });
    url
}

/// Marathon's 404 at `/v2/events`, as a Marathon (or a proxy) without the event stream answers.
pub fn no_events() -> String {
    let text = r#"{"message":"URI not found: /v2/events"}"#;
    format!(
        "HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{text}",
        text.len()
    )
}

/// `smack` as a `std` command with [`smack_in`]'s environment (to spawn it with streams of
/// one's own).
pub fn command_in(home: &Path) -> std::process::Command {
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("smack"));
    cmd.env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("NO_COLOR", "1");
    cmd
}

/// Waits until `f` holds (at most 20 s), else fails naming `what`.
pub fn eventually(what: &str, f: impl Fn() -> bool) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while !f() {
        assert!(
            std::time::Instant::now() < deadline,
            "timed out waiting for {what}"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

/// A sandbox where cassandra (installed by `env`) waits for offers: 7 nodes with
/// `hostname:UNIQUE` on DC/OS's smallest cluster, 5 placed.
pub fn cassandra_waiting_for_offers(env: &Env) -> Server {
    let server = Server::instant();
    let out = env
        .smack()
        .args(["--marathon", &server.url, "install", "cassandra"])
        .args(["--set", "nodes.count=7", "--yes"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    eventually("5 nodes", || {
        server.get("/v2/apps/cassandra")["app"]["tasksRunning"] == 5
    });
    // The sixth instance's round of offers.
    std::thread::sleep(std::time::Duration::from_millis(200));
    server
}
