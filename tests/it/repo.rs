//! Repositories: add/list/remove, `repo index` round trips, and an HTTP repository served on
//! loopback by the test (conditional requests, offline use from the cache, broken downloads that
//! never replace a good cache).

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use crate::common::*;
use serde_json::{Value, json};

/// How the test server answers.
#[derive(Clone)]
enum Mode {
    /// 200 with the body and its ETag, or 304 when If-None-Match matches.
    Serve,
    /// Promises more bytes than it sends, then closes.
    Truncate,
    /// 200 with a body that is not an index.
    Garbage,
    /// As `Serve`, gzipped (`Content-Encoding: gzip`) when the request accepts gzip.
    Gzip,
}

/// The mode, the body, its ETag, the If-None-Match and the Accept-Encoding of every request so
/// far.
type Shared = Arc<Mutex<(Mode, Vec<u8>, String, Vec<String>, Vec<String>)>>;

struct Repo {
    url: String,
    addr: std::net::SocketAddr,
    stopped: Arc<std::sync::atomic::AtomicBool>,
    state: Shared,
}

impl Repo {
    /// Serves `body` at /repo.json until the test ends. Records each request's
    /// If-None-Match header ("-" when absent).
    fn serve(body: Vec<u8>) -> Repo {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let url = format!("http://{addr}/repo.json");
        let state = Arc::new(Mutex::new((
            Mode::Serve,
            body,
            "\"v1\"".to_string(),
            Vec::new(),
            Vec::new(),
        )));
        let shared = Arc::clone(&state);
        let stopped = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let stop = Arc::clone(&stopped);
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                if stop.load(std::sync::atomic::Ordering::SeqCst) {
                    return; // the listener closes: connections are refused from now on
                }
                let Ok(mut stream) = stream else { continue };
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut if_none_match = "-".to_string();
                let mut accept_encoding = "-".to_string();
                loop {
                    let mut line = String::new();
                    if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                        break;
                    }
                    if let Some(v) = line.to_ascii_lowercase().strip_prefix("if-none-match:") {
                        if_none_match = v.trim().to_string();
                    }
                    if let Some(v) = line.to_ascii_lowercase().strip_prefix("accept-encoding:") {
                        accept_encoding = v.trim().to_string();
                    }
                }
                let (mode, body, etag) = {
                    let mut s = shared.lock().unwrap();
                    s.3.push(if_none_match.clone());
                    s.4.push(accept_encoding.clone());
                    (s.0.clone(), s.1.clone(), s.2.clone())
                };
                let response = match mode {
                    Mode::Serve if if_none_match == etag => {
                        format!("HTTP/1.1 304 Not Modified\r\nETag: {etag}\r\nConnection: close\r\n\r\n").into_bytes()
                    }
                    Mode::Serve => {
                        let mut r = format!(
                            "HTTP/1.1 200 OK\r\nContent-Type: application/vnd.dcos.universe.repo+json;charset=utf-8;version=v4\r\nETag: {etag}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                            body.len()
                        )
                        .into_bytes();
                        r.extend_from_slice(&body);
                        r
                    }
                    Mode::Gzip if accept_encoding.contains("gzip") => {
                        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
                        gz.write_all(&body).unwrap();
                        let gz = gz.finish().unwrap();
                        let mut r = format!(
                            "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nETag: \"gz\"\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                            gz.len()
                        )
                        .into_bytes();
                        r.extend_from_slice(&gz);
                        r
                    }
                    Mode::Gzip => {
                        let mut r = format!(
                            "HTTP/1.1 200 OK\r\nETag: {etag}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                            body.len()
                        )
                        .into_bytes();
                        r.extend_from_slice(&body);
                        r
                    }
                    Mode::Truncate => {
                        let mut r = format!(
                            "HTTP/1.1 200 OK\r\nETag: \"v2\"\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                            body.len()
                        )
                        .into_bytes();
                        r.extend_from_slice(&body[..body.len() / 2]);
                        r
                    }
                    Mode::Garbage => b"HTTP/1.1 200 OK\r\nETag: \"v3\"\r\nContent-Length: 9\r\nConnection: close\r\n\r\nnot json!".to_vec(),
                };
                let _ = stream.write_all(&response);
                let _ = stream.flush();
            }
        });
        Repo {
            url,
            addr,
            stopped,
            state,
        }
    }

    /// Stops serving: later connections are refused.
    fn stop(&self) {
        self.stopped
            .store(true, std::sync::atomic::Ordering::SeqCst);
        let _ = std::net::TcpStream::connect(self.addr);
        std::thread::sleep(std::time::Duration::from_millis(50));
    }

    fn set_mode(&self, mode: Mode) {
        self.state.lock().unwrap().0 = mode;
    }

    fn requests(&self) -> Vec<String> {
        self.state.lock().unwrap().3.clone()
    }

    fn encodings(&self) -> Vec<String> {
        self.state.lock().unwrap().4.clone()
    }
}

/// The app without the label that names its source.
fn app_without_source(output: &std::process::Output) -> Value {
    let mut app = stdout_json(output);
    app["labels"]
        .as_object_mut()
        .unwrap()
        .remove("DCOS_PACKAGE_SOURCE");
    app
}

#[test]
fn an_http_repository_is_cached_refreshed_conditionally_and_works_offline() {
    let env = Env::new();
    let repo = Repo::serve(universe_index(&env));
    let run = |args: &[&str]| env.smack().args(args).output().unwrap();

    let out = run(&["repo", "add", "remote", &repo.url]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("added repository [remote] at position 1 (3 packages)"),
        "{}",
        stderr(&out)
    );
    assert_eq!(repo.requests(), ["-"]);
    let out = run(&["repo", "remove", "builtin"]);
    assert_eq!(out.status.code(), Some(0));
    let list = stdout_json(&run(&["repo", "list", "-o", "json"]));
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["name"], "remote");
    assert_eq!(list[0]["kind"], "http");
    assert!(list[0]["cached"].is_string());

    let hits = stdout_json(&run(&["catalog", "search", "kafka", "-o", "json"]));
    assert_eq!(hits[0]["name"], "kafka");
    assert_eq!(hits[0]["source"], "remote");
    // The same app as from the built-in catalog, but for the source label.
    let remote = run(&["render", "kafka", "--package-version", "3.8.1"]);
    assert_eq!(remote.status.code(), Some(0), "{}", stderr(&remote));
    assert_eq!(
        stdout_json(&remote)["labels"]["DCOS_PACKAGE_SOURCE"],
        repo.url.as_str()
    );
    let builtin = env
        .smack()
        .args([
            "--catalog",
            "builtin:universe",
            "render",
            "kafka",
            "--package-version",
            "3.8.1",
        ])
        .output()
        .unwrap();
    assert_eq!(app_without_source(&remote), app_without_source(&builtin));
    assert_eq!(repo.requests().len(), 1, "search and render read the cache");

    let out = run(&["repo", "update"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out).trim(), "remote: up to date");
    assert_eq!(
        repo.requests().last().unwrap(),
        "\"v1\"",
        "a conditional request"
    );

    // Broken downloads fail loudly and leave the good cache alone.
    repo.set_mode(Mode::Truncate);
    let out = run(&["repo", "update"]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("repository [remote]") && stderr(&out).contains("broke off"),
        "{}",
        stderr(&out)
    );
    repo.set_mode(Mode::Garbage);
    let out = run(&["repo", "update"]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("not a Universe repository index")
            && stderr(&out).contains("cached copy"),
        "{}",
        stderr(&out)
    );
    let hits = stdout_json(&run(&["catalog", "search", "-o", "json"]));
    assert_eq!(hits.as_array().unwrap().len(), 3, "the cache still serves");

    // A repository never downloaded needs the network.
    let dead = dead_url();
    let out = env
        .smack()
        .args([
            "--catalog",
            &format!("{dead}/repo.json"),
            "catalog",
            "search",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(7),
        "a never-downloaded repository needs the network"
    );
    assert!(
        stderr(&out).contains(&format!("repository [{dead}/repo.json]")),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_remote_repository_is_used_from_the_cache_when_the_server_is_gone() {
    let env = Env::new();
    let repo = Repo::serve(universe_index(&env));
    let run = |args: &[&str]| env.smack().args(args).output().unwrap();
    assert_eq!(
        run(&["repo", "add", "remote", &repo.url, "--index", "0"])
            .status
            .code(),
        Some(0)
    );
    repo.stop();
    let out = run(&["catalog", "search", "spark"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("remote"));
    let out = run(&["render", "cassandra"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = run(&["repo", "update", "remote"]);
    assert_eq!(out.status.code(), Some(7));
    assert!(
        stderr(&out).contains(&format!("repository [remote] at {}", repo.url)),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        run(&["catalog", "search", "spark"]).status.code(),
        Some(0),
        "still there"
    );
}

#[test]
fn repositories_are_ordered_and_the_first_with_a_package_wins() {
    let env = Env::new();
    let mine = env.path("mine");
    write_package(
        &mine,
        "kafka",
        0,
        &[("package.json", &package_json("kafka", "9.9.9"))],
    );
    let run = |args: &[&str]| env.smack().args(args).output().unwrap();
    let out = run(&["repo", "add", "mine", mine.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let hits = stdout_json(&run(&["catalog", "search", "kafka", "-o", "json"]));
    assert_eq!(hits[0]["version"], "4.3.1", "builtin comes first");
    let out = run(&["repo", "remove", "mine"]);
    assert_eq!(out.status.code(), Some(0));
    let out = run(&[
        "repo",
        "add",
        "mine",
        mine.to_str().unwrap(),
        "--index",
        "0",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let hits = stdout_json(&run(&["catalog", "search", "kafka", "-o", "json"]));
    assert_eq!(hits[0]["version"], "9.9.9");
    assert_eq!(hits[0]["source"], "mine");
    let table = stdout(&run(&["repo", "list"]));
    let names: Vec<&str> = table
        .lines()
        .skip(1)
        .map(|l| l.split_whitespace().nth(1).unwrap())
        .collect();
    assert_eq!(names, ["mine", "builtin"]);
    // Errors name what is wrong and what to do.
    let out = run(&["repo", "add", "mine", "/nowhere"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no such file or directory: /nowhere"));
    let out = run(&["repo", "add", "again", mine.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let out = run(&["repo", "add", "mine", mine.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("exists already") && stderr(&out).contains("smack repo remove mine")
    );
    let out = run(&["repo", "add", "bad name", mine.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let out = run(&["repo", "remove", "ghost"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no repository named [ghost]")
            && stderr(&out).contains("mine, builtin, again")
    );
    let out = run(&["repo", "remove", "mine", "builtin", "again"]);
    assert_eq!(out.status.code(), Some(0));
    let out = run(&["catalog", "search"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("smack repo add"), "{}", stderr(&out));
}

#[test]
fn repo_index_round_trips_through_a_file() {
    let env = Env::new();
    let file = env.path("index.json");
    let out = env
        .smack()
        .args(["repo", "index"])
        .arg(project().join("universe"))
        .arg("-o")
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("(10 package revisions)"));
    let index: Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    let kafka: Vec<u64> = index["packages"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["name"] == "kafka")
        .map(|p| p["releaseVersion"].as_u64().unwrap())
        .collect();
    assert_eq!(kafka, [0, 1, 2, 3, 4], "every revision, oldest first");
    for (version, set) in [
        ("4.3.1", "nodes.count=3"),
        ("3.9.0", "brokers.count=4"),
        ("3.7.1", "brokers.count=3"),
    ] {
        let render = |catalog: &str| {
            let out = env
                .smack()
                .args([
                    "--catalog",
                    catalog,
                    "render",
                    "kafka",
                    "--package-version",
                    version,
                    "--set",
                    set,
                ])
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
            app_without_source(&out)
        };
        assert_eq!(
            render(file.to_str().unwrap()),
            render("builtin:universe"),
            "{version}"
        );
    }
    let described = env
        .smack()
        .args([
            "--catalog",
            file.to_str().unwrap(),
            "catalog",
            "describe",
            "kafka",
            "--package-versions",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(
        stdout_json(&described),
        json!(["4.3.1", "3.9.0", "3.8.1", "3.7.1"])
    );
    let out = env
        .smack()
        .args(["repo", "index"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "an index is not a directory");
}

#[test]
fn downloads_ask_for_gzip_and_keep_the_index_plain_in_the_cache() {
    let env = Env::new();
    let index = universe_index(&env);
    let repo = Repo::serve(index.clone());
    repo.set_mode(Mode::Gzip);
    let run = |args: &[&str]| env.smack().args(args).output().unwrap();
    let out = run(&["repo", "add", "remote", &repo.url]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(repo.encodings(), ["gzip"]);
    let out = run(&["repo", "update", "remote"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let said = stdout(&out);
    assert!(
        said.contains(&format!("{} bytes, ", index.len())) && said.contains(" downloaded)"),
        "{said}"
    );
    // The cache holds the index as served before compression, and its derived catalog.
    let cached: Vec<_> = std::fs::read_dir(env.path("cache/smack/repositories"))
        .unwrap()
        .map(|e| e.unwrap().path().join("index.json"))
        .filter(|p| p.is_file())
        .collect();
    assert_eq!(cached.len(), 1, "{cached:?}");
    assert_eq!(std::fs::read(&cached[0]).unwrap(), index);
    let derived = std::fs::read_dir(env.path("cache/smack/repositories/derived"))
        .unwrap()
        .count();
    assert_eq!(derived, 1);
    repo.stop();
    assert_eq!(run(&["repo", "remove", "builtin"]).status.code(), Some(0));
    let out = run(&["render", "kafka", "--package-version", "3.8.1"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout_json(&out)["labels"]["DCOS_PACKAGE_SOURCE"],
        repo.url.as_str()
    );
}

#[test]
fn a_gzip_bomb_is_refused_as_an_index_larger_than_1_gib_and_the_cache_is_kept() {
    let env = Env::new();
    let repo = Repo::serve(universe_index(&env));
    let out = env
        .smack()
        .args(["repo", "add", "remote", &repo.url])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // 1 GiB and one byte of zeros, about a megabyte once compressed.
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    let zeros = vec![0u8; 1 << 20];
    for _ in 0..1024 {
        gz.write_all(&zeros).unwrap();
    }
    gz.write_all(b"0").unwrap();
    repo.state.lock().unwrap().1 = gz.finish().unwrap();
    repo.state.lock().unwrap().2 = "\"bomb\"".to_string();
    let out = env
        .smack()
        .args(["repo", "update", "remote"])
        .timeout(std::time::Duration::from_secs(300))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("larger than 1 GiB once decompressed"), "{err}");
    assert!(err.contains("cached copy (if any) is kept"), "{err}");
    let hits = stdout_json(
        &env.smack()
            .args(["catalog", "search", "kafka", "--json"])
            .output()
            .unwrap(),
    );
    assert_eq!(hits[0]["name"], "kafka", "the cache still serves");
}

/// Twenty `repo add` at once: every one that says it added its repository has it in the config
/// file afterwards (the read-modify-write holds the file's lock), and the file is never seen
/// half-written by the `repo list` running beside them.
#[test]
fn concurrent_repo_adds_are_all_kept() {
    let env = Env::new();
    let n = 20;
    let dirs: Vec<PathBuf> = (0..n)
        .map(|i| {
            let dir = env.path(&format!("catalogs/c{i}"));
            write_package(
                &dir,
                &format!("p{i}"),
                0,
                &[("package.json", &package_json(&format!("p{i}"), "1.0"))],
            );
            dir
        })
        .collect();
    let children: Vec<_> = dirs
        .iter()
        .enumerate()
        .map(|(i, dir)| {
            spawn_in(
                env.home.path(),
                &["repo", "add", &format!("r{i}"), dir.to_str().unwrap()],
            )
        })
        .collect();
    // Readers beside the writers always find a whole file.
    for _ in 0..10 {
        let out = env
            .smack()
            .args(["repo", "list", "--json"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
    }
    for child in children {
        let (code, _, err) = finish(child, 60);
        assert_eq!(code, Some(0), "{err}");
    }
    let out = env
        .smack()
        .args(["repo", "list", "--json"])
        .output()
        .unwrap();
    let listed = stdout(&out);
    for i in 0..n {
        assert!(listed.contains(&format!("\"r{i}\"")), "r{i} lost: {listed}");
    }
    // Concurrent removals keep each other's changes too.
    let children: Vec<_> = (0..n)
        .step_by(2)
        .map(|i| spawn_in(env.home.path(), &["repo", "remove", &format!("r{i}")]))
        .collect();
    for child in children {
        let (code, _, err) = finish(child, 60);
        assert_eq!(code, Some(0), "{err}");
    }
    let listed = stdout(
        &env.smack()
            .args(["repo", "list", "--json"])
            .output()
            .unwrap(),
    );
    for i in 0..n {
        assert_eq!(
            listed.contains(&format!("\"r{i}\"")),
            i % 2 == 1,
            "r{i}: {listed}"
        );
    }
}
