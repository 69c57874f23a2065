//! `smack serve` over HTTP with the requests the DC/OS CLI sends (media types, bodies), against
//! a sandbox: Cosmos's answers, its error envelope and types, the media-type fallback, the
//! same app as `smack install`, the Marathon proxy, the token, and many clients at once.

use std::io::Write;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::common::*;

const ERROR_TYPE: &str = "application/vnd.dcos.package.error+json;charset=utf-8;version=v1";

fn labels(app: &Value) -> Vec<(String, Value)> {
    app["labels"]
        .as_object()
        .unwrap()
        .iter()
        .filter(|(k, _)| k.starts_with("DCOS_PACKAGE_"))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

#[test]
fn the_dcos_cli_calls_are_answered_as_cosmos_answers_them() {
    let env = Env::new();
    let sandbox = Server::instant();
    let cosmos = CosmosServer::start(&env, &["--marathon", &sandbox.url]);

    // capabilities: GET, its own media type.
    let r = http()
        .get(format!("{}/capabilities", cosmos.url))
        .header(
            "Accept",
            "application/vnd.dcos.capabilities+json;charset=utf-8;version=v1",
        )
        .send()
        .unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(
        r.headers()["content-type"],
        "application/vnd.dcos.capabilities+json;charset=utf-8;version=v1"
    );
    let caps: Value = r.json().unwrap();
    assert!(
        caps["capabilities"]
            .as_array()
            .unwrap()
            .contains(&json!({"name": "PACKAGE_MANAGEMENT"}))
    );

    // search
    let (status, ct, body) = cosmos.call("package/search", 1, &json!({"query": "kafka"}));
    assert_eq!(status, 200);
    assert_eq!(
        ct,
        "application/vnd.dcos.package.search-response+json;charset=utf-8;version=v1"
    );
    let kafka = &body["packages"][0];
    assert_eq!(kafka["name"], "kafka");
    assert_eq!(kafka["currentVersion"], "4.3.1");
    assert!(kafka["versions"]["3.9.0"].is_string());
    assert!(kafka["description"].is_string() && kafka["framework"].is_boolean());

    // describe: v3 wraps the package; v2 is the package; v4 is refused so the CLI falls back.
    let (status, ct, v3) = cosmos.call("package/describe", 3, &json!({"packageName": "kafka"}));
    assert_eq!(status, 200, "{v3}");
    assert!(ct.ends_with("version=v3"));
    assert_eq!(v3["package"]["name"], "kafka");
    assert!(v3["package"]["marathon"]["v2AppMustacheTemplate"].is_string());
    assert!(v3["package"]["config"].is_object());
    let (status, ct, v2) = cosmos.call(
        "package/describe",
        2,
        &json!({"packageName": "kafka", "packageVersion": "3.9.0"}),
    );
    assert_eq!(status, 200);
    assert!(ct.ends_with("version=v2"));
    assert_eq!(v2["version"], "3.9.0");
    let (status, ct, refused) =
        cosmos.call("package/describe", 4, &json!({"packageName": "kafka"}));
    assert_eq!(status, 400);
    assert_eq!(ct, ERROR_TYPE);
    assert_eq!(refused["type"], "not_valid");
    assert!(
        refused["message"]
            .as_str()
            .unwrap()
            .starts_with("Item header 'Accept' deemed invalid by rule")
    );

    // render = smack render
    let options = json!({"nodes": {"count": 3}});
    let (status, _, rendered) = cosmos.call(
        "package/render",
        1,
        &json!({"packageName": "kafka", "packageVersion": "4.3.1", "options": options}),
    );
    assert_eq!(status, 200, "{rendered}");
    let file = env.path("options.json");
    std::fs::write(&file, options.to_string()).unwrap();
    let out = env
        .smack()
        .args(["render", "kafka", "--package-version", "4.3.1", "--options"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(rendered["marathonJson"], stdout_json(&out));

    // Any option value renders as through the CLI, and is written as Cosmos (circe) writes
    // JSON: control characters escaped, numbers exact.
    let exotic: Value = serde_json::from_str(
        r#"{"service": {"user": "a\u007fb\u0085c\u0001"}, "nodes": {"cpus": 1.50000000000000000000001, "heap_mb": 12345678901234567890}}"#,
    )
    .unwrap();
    let (status, text) = cosmos.call_text(
        "package/render",
        1,
        &json!({"packageName": "kafka", "packageVersion": "4.3.1", "options": exotic}),
    );
    assert_eq!(status, 200, "{text}");
    assert!(text.contains(r#""user":"a\u007fb\u0085c\u0001""#), "{text}");
    assert!(text.contains("-Xmx12345678901234567890m"), "{text}");
    let rendered: Value = serde_json::from_str(&text).unwrap();
    let exotic_file = env.path("exotic.json");
    std::fs::write(&exotic_file, exotic.to_string()).unwrap();
    let out = env
        .smack()
        .args([
            "render",
            "kafka",
            "--package-version",
            "4.3.1",
            "--no-validate",
            "--options",
        ])
        .arg(&exotic_file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(rendered["marathonJson"], stdout_json(&out));
    assert_eq!(rendered["marathonJson"]["cpus"].to_string(), "1.5");

    // install: the same app as `smack install`, labels included.
    let (status, ct, installed) = cosmos.call(
        "package/install",
        2,
        &json!({"packageName": "kafka", "packageVersion": "4.3.1", "options": options}),
    );
    assert_eq!(status, 200, "{installed}");
    assert!(ct.ends_with("install-response+json;charset=utf-8;version=v2"));
    assert_eq!(installed["appId"], "/kafka");
    assert_eq!(installed["packageVersion"], "4.3.1");
    assert!(installed["postInstallNotes"].is_string());
    let other = Server::instant();
    let out = env
        .smack()
        .args([
            "install",
            "kafka",
            "--package-version",
            "4.3.1",
            "--yes",
            "--options",
        ])
        .arg(&file)
        .args(["--marathon", &other.url])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let ours = sandbox.get("/v2/apps/kafka")["app"].clone();
    let theirs = other.get("/v2/apps/kafka")["app"].clone();
    assert_eq!(labels(&ours), labels(&theirs));
    for key in [
        "cmd",
        "instances",
        "cpus",
        "mem",
        "env",
        "container",
        "healthChecks",
    ] {
        assert_eq!(ours[key], theirs[key], "{key}");
    }
    // Installed twice: Cosmos's 409.
    let (status, ct, again) = cosmos.call("package/install", 2, &json!({"packageName": "kafka"}));
    assert_eq!((status, ct.as_str()), (409, ERROR_TYPE));
    assert_eq!(
        again,
        json!({"type": "PackageAlreadyInstalled", "message": "Package is already installed"})
    );
    // install v1 still answers (a CLI that asks for it).
    let (status, ct, _) = cosmos.call(
        "package/install",
        1,
        &json!({"packageName": "kafka", "appId": "/kafka-two"}),
    );
    assert_eq!(status, 200);
    assert!(ct.ends_with("version=v1"));

    // list, list-versions
    let (status, _, list) = cosmos.call("package/list", 1, &json!({"packageName": "kafka"}));
    assert_eq!(status, 200);
    let ids: Vec<&str> = list["packages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["appId"].as_str().unwrap())
        .collect();
    assert_eq!(ids, vec!["/kafka", "/kafka-two"]);
    assert_eq!(
        list["packages"][0]["packageInformation"]["packageDefinition"]["name"],
        "kafka"
    );
    let (_, _, versions) = cosmos.call(
        "package/list-versions",
        1,
        &json!({"packageName": "kafka", "includePackageVersions": true}),
    );
    assert_eq!(versions["results"]["4.3.1"], "4");

    // Errors: each type.
    let (status, _, e) = cosmos.call("package/describe", 3, &json!({"packageName": "nope"}));
    assert_eq!(status, 400);
    assert_eq!(
        e,
        json!({"type": "PackageNotFound", "message": "Package [nope] not found", "data": {"packageName": "nope"}})
    );
    let (_, _, e) = cosmos.call(
        "package/describe",
        3,
        &json!({"packageName": "kafka", "packageVersion": "0.0.1"}),
    );
    assert_eq!(e["type"], "VersionNotFound");
    assert_eq!(e["message"], "Version [0.0.1] of package [kafka] not found");
    let (status, _, e) = cosmos.call(
        "package/render",
        1,
        &json!({"packageName": "kafka", "options": {"nodes": {"count": "many"}}}),
    );
    assert_eq!(status, 400);
    assert_eq!(e["type"], "JsonSchemaMismatch");
    assert_eq!(e["message"], "Options JSON failed validation");
    assert_eq!(e["data"]["errors"][0]["path"], "nodes.count");
    let (_, _, e) = cosmos.call("package/uninstall", 1, &json!({"packageName": "spark"}));
    assert_eq!(e["type"], "PackageNotInstalled");
    let (_, _, e) = cosmos.call("package/uninstall", 1, &json!({"packageName": "kafka"}));
    assert_eq!(e["type"], "AmbiguousAppId", "{e}");
    // A wrong Content-Type: not_valid on the header.
    let r = http()
        .post(format!("{}/package/search", cosmos.url))
        .header(
            "Accept",
            "application/vnd.dcos.package.search-response+json;charset=utf-8;version=v1",
        )
        .header("Content-Type", "application/json")
        .body("{}")
        .send()
        .unwrap();
    assert_eq!(r.status(), 400);
    let e: Value = r.json().unwrap();
    assert!(
        e["message"]
            .as_str()
            .unwrap()
            .starts_with("Item header 'Content-Type' deemed invalid")
    );

    // uninstall
    let (status, _, done) = cosmos.call(
        "package/uninstall",
        1,
        &json!({"packageName": "kafka", "appId": "/kafka-two"}),
    );
    assert_eq!(status, 200, "{done}");
    assert_eq!(done["results"][0]["appId"], "/kafka-two");
    assert_eq!(done["results"][0]["packageVersion"], "4.3.1");

    // Marathon behind it, under /service/marathon/.
    let apps = http()
        .get(format!("{}/service/marathon/v2/apps", cosmos.url))
        .send()
        .unwrap();
    assert_eq!(apps.status(), 200);
    let apps: Value = apps.json().unwrap();
    assert!(
        apps["apps"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["id"] == "/kafka")
    );

    // Repositories: listed; changes off without --allow-repository-changes.
    let (status, _, repos) = cosmos.call("package/repository/list", 1, &json!({}));
    assert_eq!(status, 200);
    assert_eq!(repos["repositories"][0]["name"], "builtin");
    let (status, _, e) = cosmos.call(
        "package/repository/add",
        1,
        &json!({"name": "more", "uri": "https://example.invalid/repo.json"}),
    );
    assert_eq!((status, e["type"].as_str()), (403, Some("Forbidden")));
}

#[test]
fn repositories_change_through_the_api_only_when_allowed() {
    let env = Env::new();
    let sandbox = Server::instant();
    let (repo, _) = repository_server(universe_index(&env));
    let catalog = format!("{repo}/repo.json");
    let cosmos = CosmosServer::start(
        &env,
        &[
            "--marathon",
            &sandbox.url,
            "--allow-repository-changes",
            "--allow-private-repositories",
        ],
    );
    let (status, _, after) = cosmos.call(
        "package/repository/add",
        1,
        &json!({"name": "local", "uri": catalog, "index": 0}),
    );
    assert_eq!(status, 200, "{after}");
    assert_eq!(after["repositories"][0]["name"], "local");
    assert_eq!(after["repositories"][1]["name"], "builtin");
    // The config file holds it: the CLI sees it too.
    let out = env
        .smack()
        .args(["repo", "list", "--json"])
        .output()
        .unwrap();
    assert!(stdout(&out).contains("\"local\""), "{}", stdout(&out));
    let (_, _, e) = cosmos.call(
        "package/repository/add",
        1,
        &json!({"name": "local", "uri": format!("{repo}/elsewhere.json")}),
    );
    assert_eq!(e["type"], "RepositoryAlreadyPresent");
    assert_eq!(
        e["message"],
        "Repository name [local] is already present in the list"
    );
    let (_, _, e) = cosmos.call(
        "package/repository/add",
        1,
        &json!({"name": "far", "uri": format!("{repo}/x.json"), "index": 9}),
    );
    assert_eq!(e["type"], "RepositoryAddIndexOutOfBounds");
    let (status, _, after) = cosmos.call("package/repository/delete", 1, &json!({"name": "local"}));
    assert_eq!(status, 200);
    assert_eq!(after["repositories"].as_array().unwrap().len(), 1);
    let (_, _, e) = cosmos.call("package/repository/delete", 1, &json!({"name": "local"}));
    assert_eq!(e["type"], "RepositoryNotPresent");
    // A repository the CLI adds in another process is searched at once (the kept catalog
    // reopens when the config file changes).
    let extra = env.path("extra");
    write_package(
        &extra,
        "zebra",
        0,
        &[
            ("package.json", &package_json("zebra", "1.0.0")),
            (
                "marathon.json.mustache",
                r#"{"id":"/zebra","cmd":"sleep 1"}"#,
            ),
        ],
    );
    let out = env
        .smack()
        .args(["repo", "add", "extra"])
        .arg(&extra)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let (_, _, found) = cosmos.call("package/search", 1, &json!({"query": "zebra"}));
    assert_eq!(found["packages"][0]["name"], "zebra", "{found}");
    assert_eq!(
        e["message"],
        "Repository name [local] is not present in the list"
    );
}

#[test]
fn a_token_is_required_when_given_and_compared_in_full() {
    let env = Env::new();
    let sandbox = Server::instant();
    let token = env.path("token");
    std::fs::write(&token, "s3cret-token\n").unwrap();
    let cosmos = CosmosServer::start(
        &env,
        &[
            "--marathon",
            &sandbox.url,
            "--client-token-file",
            token.to_str().unwrap(),
        ],
    );
    let accept = "application/vnd.dcos.capabilities+json;charset=utf-8;version=v1";
    for (auth, status) in [
        (None, 401),
        (Some("token=s3cret"), 401),
        (Some("token=s3cret-token-and-more"), 401),
        (Some("token=s3cret-token"), 200),
    ] {
        let mut r = http()
            .get(format!("{}/capabilities", cosmos.url))
            .header("Accept", accept);
        if let Some(a) = auth {
            r = r.header("Authorization", a);
        }
        assert_eq!(r.send().unwrap().status().as_u16(), status, "{auth:?}");
    }
    // Off loopback without a token it does not start.
    let out = env
        .smack()
        .args(["serve", "--listen", "0.0.0.0:0", "--marathon", &sandbox.url])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("needs a client token"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn fifty_clients_an_idle_one_and_a_dripping_one_are_all_served() {
    let env = Env::new();
    let sandbox = Server::instant();
    let cosmos = CosmosServer::start(&env, &["--marathon", &sandbox.url]);
    let host = cosmos.url.trim_start_matches("http://").to_string();
    // Warm the catalog.
    assert_eq!(cosmos.call("package/search", 1, &json!({})).0, 200);
    let idle = std::net::TcpStream::connect(&host).unwrap();
    let drip_host = host.clone();
    let dripping = std::thread::spawn(move || {
        let mut s = std::net::TcpStream::connect(&drip_host).unwrap();
        for b in b"GET /capabilities HTTP/1.1\r\nHost: x\r\n".iter().take(8) {
            if s.write_all(&[*b]).is_err() {
                return;
            }
            std::thread::sleep(Duration::from_secs(1));
        }
    });
    let started = Instant::now();
    let workers: Vec<_> = (0..50)
        .map(|i| {
            let url = cosmos.url.clone();
            std::thread::spawn(move || {
                let client = http();
                let mut times = Vec::new();
                for _ in 0..4 {
                    let t = Instant::now();
                    let r = client
                        .post(format!("{url}/package/search"))
                        .header("Accept", "application/vnd.dcos.package.search-response+json;charset=utf-8;version=v1")
                        .header("Content-Type", "application/vnd.dcos.package.search-request+json;charset=utf-8;version=v1")
                        .body(json!({"query": if i % 2 == 0 { "kafka" } else { "spark" }}).to_string())
                        .send()
                        .unwrap();
                    assert_eq!(r.status(), 200);
                    let _ = r.bytes().unwrap();
                    times.push(t.elapsed());
                }
                times
            })
        })
        .collect();
    let mut times: Vec<Duration> = workers
        .into_iter()
        .flat_map(|w| w.join().unwrap())
        .collect();
    times.sort();
    let p50 = times[times.len() / 2];
    let p99 = times[times.len() * 99 / 100];
    eprintln!(
        "smack serve: {} searches by 50 clients in {:?}, p50 {p50:?}, p99 {p99:?} (one idle, one dripping client)",
        times.len(),
        started.elapsed()
    );
    assert_eq!(times.len(), 200);
    assert!(started.elapsed() < Duration::from_secs(60));
    drop(idle);
    let _ = dripping.join();
}

/// Twenty repository adds at once through `/package/repository/add`: all kept.
#[test]
fn concurrent_repository_adds_through_the_api_are_all_kept() {
    let env = Env::new();
    let sandbox = Server::instant();
    let cosmos = CosmosServer::start(
        &env,
        &[
            "--marathon",
            &sandbox.url,
            "--allow-repository-changes",
            "--allow-private-repositories",
        ],
    );
    let n = 20;
    let (repo, _) = repository_server(universe_index(&env));
    let dirs: Vec<String> = (0..n).map(|i| format!("{repo}/r{i}.json")).collect();
    std::thread::scope(|scope| {
        for (i, dir) in dirs.iter().enumerate() {
            let cosmos = &cosmos;
            scope.spawn(move || {
                let (status, _, body) = cosmos.call(
                    "package/repository/add",
                    1,
                    &json!({"name": format!("r{i}"), "uri": dir}),
                );
                assert_eq!(status, 200, "{body}");
            });
        }
    });
    let (status, _, list) = cosmos.call("package/repository/list", 1, &json!({}));
    assert_eq!(status, 200, "{list}");
    let names: Vec<&str> = list["repositories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    for i in 0..n {
        assert!(
            names.contains(&format!("r{i}").as_str()),
            "r{i} lost: {names:?}"
        );
    }
    let out = env
        .smack()
        .args(["repo", "list", "--json"])
        .output()
        .unwrap();
    for i in 0..n {
        assert!(
            stdout(&out).contains(&format!("\"r{i}\"")),
            "{}",
            stdout(&out)
        );
    }
}

/// A hostile web page cannot use `smack serve` (and the Marathon credentials it holds): a
/// foreign Host is refused on every request, a foreign Origin on every change, and a change
/// passed on to Marathon needs a JSON content type. Nothing reaches Marathon.
#[test]
fn hostile_pages_are_refused() {
    let env = Env::new();
    let sandbox = Server::instant();
    let cosmos = CosmosServer::start(&env, &["--marathon", &sandbox.url]);
    let port = cosmos.url.rsplit(':').next().unwrap().to_string();
    let app = r#"{"id":"/x","cmd":"id > /tmp/p","cpus":0.1,"mem":32}"#;
    let post = |host: &str, origin: Option<&str>, content_type: Option<&str>| {
        let mut r = http()
            .post(format!("{}/service/marathon/v2/apps", cosmos.url))
            .header("Host", host)
            .body(app);
        if let Some(o) = origin {
            r = r.header("Origin", o);
        }
        if let Some(c) = content_type {
            r = r.header("Content-Type", c);
        }
        let r = r.send().unwrap();
        (r.status().as_u16(), r.text().unwrap())
    };
    let local = format!("127.0.0.1:{port}");
    // DNS rebinding: the page's own name in Host.
    let (status, body) = post(
        &format!("attacker.example:{port}"),
        None,
        Some("application/json"),
    );
    assert_eq!(status, 403, "{body}");
    assert!(body.contains("\"type\":\"Forbidden\""), "{body}");
    let r = http()
        .get(format!("{}/service/marathon/v2/apps", cosmos.url))
        .header("Host", format!("attacker.example:{port}"))
        .send()
        .unwrap();
    assert_eq!(
        r.status().as_u16(),
        403,
        "reads too: env values are secrets"
    );
    // A cross-site write (fetch with mode no-cors sends Origin, and no JSON type).
    let (status, body) = post(&local, Some("http://attacker.example"), None);
    assert_eq!(status, 403, "{body}");
    let (status, body) = post(&local, Some("null"), Some("application/json"));
    assert_eq!(status, 403, "{body}");
    // No Origin (not a browser), but no JSON content type: not passed on.
    let (status, body) = post(&local, None, None);
    assert_eq!(status, 415, "{body}");
    let (status, body) = post(&local, None, Some("text/plain"));
    assert_eq!(status, 415, "{body}");
    assert!(sandbox.app_ids().is_empty(), "nothing reached Marathon");
    // The same request as the DC/OS CLI sends it works.
    let (status, body) = post(&local, None, Some("application/json"));
    assert_eq!(status, 201, "{body}");
    assert_eq!(sandbox.app_ids(), ["/x"]);
    // Cosmos's own endpoints: a foreign Host is refused too.
    let r = http()
        .get(format!("{}/capabilities", cosmos.url))
        .header("Host", format!("attacker.example:{port}"))
        .header(
            "Accept",
            "application/vnd.dcos.capabilities+json;charset=utf-8;version=v1",
        )
        .send()
        .unwrap();
    assert_eq!(r.status().as_u16(), 403);
}

/// The token clients present to `smack serve` and the credentials smack uses for Marathon
/// are two settings: SMACK_TOKEN goes to Marathon, --client-token-file guards the server.
#[test]
fn the_client_token_and_the_marathon_token_are_apart() {
    let env = Env::new();
    let sandbox = Server::start(&["--token", "marathon-secret"]);
    let client = env.path("client-token");
    std::fs::write(&client, "client-secret\n").unwrap();
    let mut child = command_in(env.home.path())
        .args([
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--marathon",
            &sandbox.url,
        ])
        .arg("--client-token-file")
        .arg(&client)
        .env("SMACK_TOKEN", "marathon-secret")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::inherit())
        .spawn()
        .unwrap();
    let mut out = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    std::io::BufRead::read_line(&mut out, &mut line).unwrap();
    let url = line.trim().rsplit(' ').next().unwrap().to_string();
    let get = |auth: &str| {
        http()
            .get(format!("{url}/service/marathon/v2/apps"))
            .header("Authorization", auth)
            .send()
            .unwrap()
            .status()
            .as_u16()
    };
    assert_eq!(get("token=client-secret"), 200, "Marathon got SMACK_TOKEN");
    assert_eq!(
        get("token=marathon-secret"),
        401,
        "the Marathon token is not a client token"
    );
    let _ = child.kill();
    let _ = child.wait();
}

/// A Marathon that never answers `GET /v2/apps…` and passes everything else on.
fn hanging_marathon(target: &str) -> String {
    marathon_proxy(target, |line| {
        if line.starts_with("GET /v2/apps") {
            Act::Hang
        } else {
            Act::Pass
        }
    })
}

/// Proxied requests to a Marathon that hangs are bounded by the request timeout and capped:
/// while they wait, the package endpoints answer, and past the cap a proxied request gets 503
/// at once.
#[test]
fn a_hanging_marathon_holds_no_more_than_the_proxy_cap() {
    let env = Env::new();
    let sandbox = Server::instant();
    let hanging = hanging_marathon(&sandbox.url);
    let cosmos = CosmosServer::start(&env, &["--marathon", &hanging, "--request-timeout", "3s"]);
    let started = std::time::Instant::now();
    let parked: Vec<_> = (0..48)
        .map(|_| {
            let url = format!("{}/service/marathon/v2/apps", cosmos.url);
            std::thread::spawn(move || {
                let r = http().get(url).send().unwrap();
                (r.status().as_u16(), std::time::Instant::now())
            })
        })
        .collect();
    std::thread::sleep(std::time::Duration::from_millis(500));
    // While 32 wait on Marathon: the package service answers.
    for _ in 0..5 {
        let (status, _, found) = cosmos.call("package/search", 1, &json!({"query": "kafka"}));
        assert_eq!(status, 200, "{found}");
    }
    let answered_search = std::time::Instant::now();
    let results: Vec<(u16, std::time::Instant)> =
        parked.into_iter().map(|h| h.join().unwrap()).collect();
    let refused = results.iter().filter(|(s, _)| *s == 503).count();
    let timed_out: Vec<_> = results.iter().filter(|(s, _)| *s == 504).collect();
    assert_eq!(refused, 16, "past the cap of 32: {results:?}");
    assert_eq!(timed_out.len(), 32, "{results:?}");
    // The search answered before the parked requests were let go.
    assert!(timed_out.iter().all(|(_, at)| *at > answered_search));
    assert!(started.elapsed() < std::time::Duration::from_secs(20));
}

/// A field of the wrong type is Cosmos's decoding error, field by field; nothing is done.
#[test]
fn requests_of_the_wrong_shape_are_refused_as_cosmos_refuses_them() {
    let env = Env::new();
    let sandbox = Server::instant();
    let cosmos = CosmosServer::start(&env, &["--marathon", &sandbox.url]);
    for (endpoint, body, message) in [
        (
            "package/install",
            json!({"packageName": "kafka", "packageVersion": 3.9}),
            "Item 'body' unable to be parsed: String: DownField(packageVersion)",
        ),
        (
            "package/install",
            json!({"packageVersion": "3.9.0"}),
            "Item 'body' unable to be parsed: Attempt to decode value on failed cursor: DownField(packageName)",
        ),
        (
            "package/install",
            json!({"packageName": "kafka", "options": []}),
            "Item 'body' unable to be parsed: JsonObject: DownField(options)",
        ),
        (
            "package/uninstall",
            json!({"packageName": "kafka", "appId": 5}),
            "Item 'body' unable to be parsed: String: DownField(appId)",
        ),
        (
            "package/uninstall",
            json!({"packageName": "kafka", "all": "yes"}),
            "Item 'body' unable to be parsed: Boolean: DownField(all)",
        ),
        (
            "package/describe",
            json!({"packageName": ["kafka"]}),
            "Item 'body' unable to be parsed: String: DownField(packageName)",
        ),
    ] {
        let version = if endpoint.ends_with("describe") { 3 } else { 1 };
        let (status, ct, e) = cosmos.call(endpoint, version, &body);
        assert_eq!(status, 400, "{endpoint} {body}: {e}");
        assert!(
            ct.starts_with("application/vnd.dcos.package.error+json"),
            "{ct}"
        );
        assert_eq!(e["type"], "not_parsed", "{e}");
        assert_eq!(e["message"], message, "{e}");
    }
    assert!(sandbox.app_ids().is_empty(), "nothing was installed");
    // Unknown fields are ignored, and an optional field may be null.
    let (status, _, e) = cosmos.call(
        "package/describe",
        3,
        &json!({"packageName": "kafka", "packageVersion": null, "extra": 1}),
    );
    assert_eq!(status, 200, "{e}");
}

/// A Marathon that answers the requests whose line starts with `line` with the raw HTTP
/// `answer`, and passes everything else on.
fn faulty_marathon(target: &str, line: &'static str, answer: &'static str) -> String {
    marathon_proxy(target, move |l| {
        if l.starts_with(line) {
            Act::Answer(answer.to_string())
        } else {
            Act::Pass
        }
    })
}

/// Marathon's answers become Cosmos's errors as Cosmos maps them.
#[test]
fn marathon_errors_are_mapped_as_cosmos_maps_them() {
    let env = Env::new();
    let sandbox = Server::instant();
    let html_500 = "HTTP/1.1 500 Server Error\r\nContent-Type: text/html\r\nContent-Length: 27\r\nConnection: close\r\n\r\n<html><b>boom</b></html>\r\n\r\n";
    let broken = faulty_marathon(&sandbox.url, "POST /v2/apps", html_500);
    let cosmos = CosmosServer::start(&env, &["--marathon", &broken]);
    let (status, _, e) = cosmos.call("package/install", 2, &json!({"packageName": "kafka"}));
    assert_eq!(
        (status, e["type"].as_str()),
        (502, Some("MarathonBadGateway")),
        "{e}"
    );
    assert_eq!(
        e["message"],
        "Received response status code 500 from Marathon"
    );
    assert_eq!(e["data"]["marathonStatus"], 500);
    // Installed already: 409 PackageAlreadyInstalled.
    let cosmos = CosmosServer::start(&env, &["--marathon", &sandbox.url]);
    let (status, _, _) = cosmos.call("package/install", 2, &json!({"packageName": "kafka"}));
    assert_eq!(status, 200);
    let (status, _, e) = cosmos.call("package/install", 2, &json!({"packageName": "kafka"}));
    assert_eq!(
        (status, e["type"].as_str()),
        (409, Some("PackageAlreadyInstalled")),
        "{e}"
    );
    // Marathon unreachable: 503 ServiceUnavailable.
    let gone = CosmosServer::start(&env, &["--marathon", &dead_url()]);
    let (status, _, e) = gone.call("package/list", 1, &json!({}));
    assert_eq!(
        (status, e["type"].as_str()),
        (503, Some("ServiceUnavailable")),
        "{e}"
    );
    // A huge package name or app id is the client's: never a bad gateway.
    let (status, _, e) = cosmos.call(
        "package/list",
        1,
        &json!({"packageName": "k".repeat(3 << 20), "appId": "/a".repeat(50_000)}),
    );
    assert!(status < 500, "{status} {e}");
    let (status, _, e) = cosmos.call(
        "package/uninstall",
        1,
        &json!({"packageName": "kafka", "appId": format!("/{}", "a".repeat(100_000))}),
    );
    assert_eq!(
        (status, e["type"].as_str()),
        (400, Some("PackageNotInstalled")),
        "{e}"
    );
}

/// `package/list` answers as Cosmos 0.6.3: an app without the definition label is skipped, one
/// whose label is corrupt fails the request; AmbiguousAppId names the package and bare ids.
#[test]
fn list_and_ambiguous_uninstall_answer_as_cosmos() {
    let env = Env::new();
    let sandbox = Server::instant();
    for id in ["/k1", "/k2"] {
        let out = env
            .smack()
            .args([
                "install",
                "kafka",
                "--yes",
                "--app-id",
                id,
                "--marathon",
                &sandbox.url,
            ])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let cosmos = CosmosServer::start(&env, &["--marathon", &sandbox.url]);
    let (status, _, e) = cosmos.call("package/uninstall", 1, &json!({"packageName": "kafka"}));
    assert_eq!(
        (status, e["type"].as_str()),
        (400, Some("AmbiguousAppId")),
        "{e}"
    );
    assert_eq!(
        e["message"],
        "Multiple apps named [kafka] are installed: [/k1, /k2]"
    );
    assert_eq!(
        e["data"],
        json!({"packageName": "kafka", "appIds": ["/k1", "/k2"]})
    );
    // An app with the name label but no definition: skipped.
    let (status, _) = sandbox.status_of(
        "POST",
        "/v2/apps",
        Some(&json!({"id": "/bare", "cmd": "sleep 1", "labels": {"DCOS_PACKAGE_NAME": "kafka", "DCOS_PACKAGE_VERSION": "1"}})),
    );
    assert!(status < 300);
    let (status, _, list) = cosmos.call("package/list", 1, &json!({}));
    assert_eq!(status, 200, "{list}");
    let ids: Vec<&str> = list["packages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["appId"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["/k1", "/k2"]);
    assert_eq!(
        list["packages"][0]["packageInformation"]["packageDefinition"]["name"],
        "kafka"
    );
    // A corrupt definition fails the whole request.
    let (status, _) = sandbox.status_of(
        "POST",
        "/v2/apps",
        Some(&json!({"id": "/corrupt", "cmd": "sleep 1", "labels": {"DCOS_PACKAGE_NAME": "kafka", "DCOS_PACKAGE_VERSION": "1", "DCOS_PACKAGE_DEFINITION": "bm90IGpzb24="}})),
    );
    assert!(status < 300);
    let (status, _, e) = cosmos.call("package/list", 1, &json!({}));
    assert_eq!(
        (status, e["type"].as_str()),
        (400, Some("JsonParsingError")),
        "{e}"
    );
}

/// Cosmos's service API over the installed package: describe (package, upgradesTo,
/// downgradesTo, the options given and in force) and update (options merged or replaced,
/// Marathon's update forced), with Cosmos's errors; and dcos-version.json, served without a
/// token as Admin Router serves it.
#[test]
fn service_describe_and_update_answer_as_cosmos() {
    let env = Env::new();
    let sandbox = Server::instant();
    let token = env.path("token");
    std::fs::write(&token, "client\n").unwrap();
    let cosmos = CosmosServer::start(
        &env,
        &[
            "--marathon",
            &sandbox.url,
            "--client-token-file",
            token.to_str().unwrap(),
        ],
    );
    let version = http()
        .get(format!("{}/dcos-metadata/dcos-version.json", cosmos.url))
        .send()
        .unwrap();
    assert_eq!(version.status().as_u16(), 200, "no token needed");
    let version: Value = version.json().unwrap();
    assert_eq!(version["version"], "1.13.0");
    assert!(version["dcos-image-commit"].is_string() && version["bootstrap-id"].is_string());

    let out = env
        .smack()
        .args([
            "install",
            "kafka",
            "--yes",
            "--set",
            "nodes.count=3",
            "--marathon",
            &sandbox.url,
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let mut cosmos = cosmos;
    cosmos.token = Some("client".into());
    let call = |endpoint: &str, body: Value| cosmos.call(endpoint, 1, &body);
    let (status, ct, d) = call("cosmos/service/describe", json!({"appId": "kafka"}));
    assert_eq!(status, 200, "{d}");
    assert_eq!(
        ct,
        "application/vnd.dcos.service.describe-response+json;charset=utf-8;version=v1"
    );
    assert_eq!(d["package"]["name"], "kafka");
    assert_eq!(d["package"]["version"], "4.3.1");
    assert_eq!(d["userProvidedOptions"], json!({"nodes": {"count": 3}}));
    assert_eq!(d["resolvedOptions"]["nodes"]["count"], 3);
    assert_eq!(
        d["resolvedOptions"]["nodes"]["heap_mb"], 2048,
        "defaults in force"
    );
    assert!(
        d["upgradesTo"].is_array() && d["downgradesTo"].is_array(),
        "{d}"
    );

    // Update: merged over the stored options (replace: false), forced.
    let (status, _, u) = call(
        "cosmos/service/update",
        json!({"appId": "/kafka", "options": {"nodes": {"heap_mb": 1024}}, "replace": false}),
    );
    assert_eq!(status, 200, "{u}");
    assert_eq!(u["resolvedOptions"]["nodes"]["count"], 3, "kept");
    assert_eq!(u["resolvedOptions"]["nodes"]["heap_mb"], 1024, "given");
    assert!(u["marathonDeploymentId"].is_string());
    let app = sandbox.get("/v2/apps/kafka")["app"].clone();
    assert_eq!(app["instances"], 3);
    assert!(
        app["env"]["KAFKA_HEAP_OPTS"]
            .as_str()
            .unwrap()
            .contains("-Xmx1024m")
    );
    // replace: true takes the given options alone.
    let (status, _, u) = call(
        "cosmos/service/update",
        json!({"appId": "/kafka", "options": {"nodes": {"heap_mb": 1536}}, "replace": true}),
    );
    assert_eq!(status, 200, "{u}");
    assert_eq!(
        u["resolvedOptions"]["nodes"]["count"], 1,
        "back to the default"
    );

    // Errors.
    let (status, _, e) = call("cosmos/service/describe", json!({"appId": "/nope"}));
    assert_eq!(
        (status, e["type"].as_str()),
        (400, Some("MarathonAppNotFound")),
        "{e}"
    );
    assert_eq!(
        e["message"],
        "Unable to locate service with marathon appId: '/nope'"
    );
    assert_eq!(e["data"], json!({"appId": "/nope"}));
    let (status, _, e) = call("cosmos/service/update", json!({"appId": "/kafka"}));
    assert_eq!(
        (status, e["type"].as_str()),
        (400, Some("not_parsed")),
        "{e}"
    );
    assert!(
        e["message"]
            .as_str()
            .unwrap()
            .ends_with("DownField(replace)"),
        "{e}"
    );
    let (status, _, e) = call(
        "cosmos/service/update",
        json!({"appId": "/kafka", "options": {"service": {"name": "other"}}, "replace": false}),
    );
    assert_eq!(
        (status, e["type"].as_str()),
        (400, Some("AppIdChanged")),
        "{e}"
    );
    assert_eq!(
        e["data"],
        json!({"newAppId": "/other", "oldAppId": "/kafka"})
    );
}

/// Repository add takes only http and https, fetches the repository first, only from public
/// addresses unless allowed, and says nothing about what the server can reach.
#[test]
fn repository_add_reaches_no_file_and_no_private_address() {
    let env = Env::new();
    let sandbox = Server::instant();
    let (repo, asked) = repository_server(universe_index(&env));
    let cosmos = CosmosServer::start(
        &env,
        &["--marathon", &sandbox.url, "--allow-repository-changes"],
    );
    for uri in [
        "file:///etc/passwd",
        "/proc/self/environ",
        "/dev/zero",
        "ftp://h/x",
        "relative/path",
    ] {
        let (status, _, e) = cosmos.call(
            "package/repository/add",
            1,
            &json!({"name": "x", "uri": uri}),
        );
        assert_eq!(
            (status, e["type"].as_str()),
            (400, Some("UnsupportedRepositoryUri")),
            "{uri}: {e}"
        );
        assert_eq!(
            e["message"],
            format!(
                "Repository URI [{uri}] uses an unsupported scheme. Only http and https are supported"
            )
        );
    }
    // Private addresses: open or closed, they all answer the same words.
    let closed = dead_url();
    let port = repo.rsplit(':').next().unwrap();
    let mut messages = Vec::new();
    for uri in [
        format!("{repo}/repo.json"),
        format!("{closed}/repo.json"),
        format!("http://[::1]:{port}/repo.json"),
        "http://169.254.169.254/latest/meta-data/".to_string(),
        "http://10.0.0.1/repo.json".to_string(),
        format!("http://localhost:{port}/repo.json"),
    ] {
        let (status, _, e) = cosmos.call(
            "package/repository/add",
            1,
            &json!({"name": "x", "uri": uri}),
        );
        assert_eq!(
            (status, e["type"].as_str()),
            (400, Some("RepositoryUriConnection")),
            "{uri}: {e}"
        );
        messages.push(e["message"].as_str().unwrap().replace(&uri, "URI"));
    }
    assert!(
        messages
            .iter()
            .all(|m| m == "Could not access data at URI for repository [x]: URI"),
        "{messages:?}"
    );
    assert_eq!(
        asked.load(std::sync::atomic::Ordering::SeqCst),
        0,
        "no private address was asked"
    );
    // Nothing was added; searches still work for everyone.
    let (_, _, list) = cosmos.call("package/repository/list", 1, &json!({}));
    assert_eq!(list["repositories"].as_array().unwrap().len(), 1, "{list}");
    let (status, _, _) = cosmos.call("package/search", 1, &json!({"query": "kafka"}));
    assert_eq!(status, 200);
}

/// The serving core's own refusals come in Cosmos's envelope on Cosmos's paths.
#[test]
fn the_cores_refusals_are_in_cosmos_envelope() {
    let env = Env::new();
    let sandbox = Server::instant();
    let cosmos = CosmosServer::start(&env, &["--marathon", &sandbox.url]);
    use std::io::{Read, Write};
    let authority = cosmos.url.trim_start_matches("http://").to_string();
    let mut stream = std::net::TcpStream::connect(&authority).unwrap();
    write!(
        stream,
        "POST /package/install HTTP/1.1\r\nHost: {authority}\r\nContent-Length: {}\r\n\r\n",
        8u64 << 20
    )
    .unwrap();
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    assert!(
        answer.contains("application/vnd.dcos.package.error+json;charset=utf-8;version=v1"),
        "{answer}"
    );
    assert!(
        answer.contains(r#""type":"RequestEntityTooLarge""#),
        "{answer}"
    );
}
