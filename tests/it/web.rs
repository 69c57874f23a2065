//! `smack ui` over real HTTP: the session token, CSRF, Host checks, the JSON API, the form
//! pages (no script needed), install into a sandbox, and escaping of hostile package text.

use crate::common::*;
use serde_json::{Value, json};

/// A client that keeps cookies, as a browser does.
fn browser() -> reqwest::blocking::Client {
    reqwest::blocking::Client::builder()
        .no_proxy()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// The CSRF token a page carries.
fn csrf(page: &str) -> String {
    let at = page.find("name=\"csrf-token\" content=\"").unwrap() + 27;
    page[at..].split('"').next().unwrap().to_string()
}

/// A browser-like client that has opened the page, and the page's CSRF token.
fn session(ui: &UiServer) -> (reqwest::blocking::Client, String) {
    let b = browser();
    let page = b.get(ui.url()).send().unwrap().text().unwrap();
    let token = csrf(&page);
    (b, token)
}

fn start(env: &Env, sandbox: &Server) -> UiServer {
    UiServer::start(env, &["--marathon", &sandbox.url, "--no-remote-icons"], &[])
}

#[test]
fn every_request_needs_the_token_changes_need_csrf_and_the_host_must_be_ours() {
    let env = Env::new();
    let sandbox = Server::instant();
    let ui = start(&env, &sandbox);
    let plain = http();
    // No token: 401, on pages and the API alike.
    for path in ["/", "/api/catalog", "/services", "/packages/kafka"] {
        let r = plain.get(format!("{}{path}", ui.base)).send().unwrap();
        assert_eq!(r.status(), 401, "{path}");
    }
    let r = plain
        .get(format!("{}/?token=wrong", ui.base))
        .send()
        .unwrap();
    assert_eq!(r.status(), 401);
    // The token in the URL sets the session cookie, HttpOnly and SameSite=Strict.
    let b = browser();
    let r = b.get(ui.url()).send().unwrap();
    assert_eq!(r.status(), 200);
    let cookie = r.headers()["set-cookie"].to_str().unwrap().to_string();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
    assert!(
        r.headers().get("access-control-allow-origin").is_none(),
        "no CORS"
    );
    let csp = r.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(csp.contains("default-src 'none'"), "{csp}");
    let page = r.text().unwrap();
    // The cookie is enough afterwards.
    assert_eq!(
        b.get(format!("{}/services", ui.base))
            .send()
            .unwrap()
            .status(),
        200
    );
    // A change without the CSRF header: 403, even with the session.
    let body = json!({"package": "kafka"});
    let r = b
        .post(format!("{}/api/render", ui.base))
        .json(&body)
        .send()
        .unwrap();
    assert_eq!(r.status(), 403);
    let r = b
        .post(format!("{}/api/render", ui.base))
        .header("X-Smack-CSRF", csrf(&page))
        .json(&body)
        .send()
        .unwrap();
    assert_eq!(r.status(), 200);
    // DNS rebinding: another Host is refused, token or not.
    let r = plain
        .get(ui.url())
        .header("Host", "attacker.example")
        .send()
        .unwrap();
    assert_eq!(r.status(), 403);
    // Other methods are refused.
    let r = b
        .delete(format!("{}/api/services", ui.base))
        .send()
        .unwrap();
    assert_eq!(r.status(), 405);
}

#[test]
fn the_api_searches_renders_with_the_pipeline_and_reports_errors_by_option_path() {
    let env = Env::new();
    let sandbox = Server::instant();
    let ui = start(&env, &sandbox);
    let (b, token) = session(&ui);
    let hits: Value = b
        .get(format!("{}/api/catalog?q=kafka", ui.base))
        .send()
        .unwrap()
        .json()
        .unwrap();
    assert_eq!(hits[0]["name"], "kafka");
    let package: Value = b
        .get(format!("{}/api/packages/kafka?version=3.8.1", ui.base))
        .send()
        .unwrap()
        .json()
        .unwrap();
    assert_eq!(package["version"], "3.8.1");
    assert!(package["versions"].as_array().unwrap().len() >= 3);
    assert!(package["config"]["properties"]["brokers"].is_object());
    let render = |options: Value| {
        b.post(format!("{}/api/render", ui.base))
            .header("X-Smack-CSRF", &token)
            .json(&json!({"package": "kafka", "options": options}))
            .send()
            .unwrap()
    };
    let r = render(json!({"nodes": {"count": 5}}));
    assert_eq!(r.status(), 200);
    let rendered: Value = r.json().unwrap();
    // The same app `smack render` prints.
    let cli = env
        .smack()
        .args(["render", "kafka", "--set", "nodes.count=5"])
        .output()
        .unwrap();
    assert_eq!(rendered["app"], stdout_json(&cli));
    assert_eq!(rendered["app"]["instances"], 5);
    let r = render(json!({"nodes": {"count": "many"}}));
    assert_eq!(r.status(), 422);
    let errors: Value = r.json().unwrap();
    assert_eq!(errors["errors"][0]["path"], "nodes.count", "{errors}");
}

#[test]
fn the_form_reviews_shows_errors_beside_fields_and_installs_into_the_sandbox() {
    let env = Env::new();
    let sandbox = Server::start(&["--deploy-seconds", "0.3"]);
    let ui = start(&env, &sandbox);
    let b = browser();
    b.get(ui.url()).send().unwrap();
    let page = b
        .get(format!("{}/packages/kafka", ui.base))
        .send()
        .unwrap()
        .text()
        .unwrap();
    assert!(
        page.contains("name=\"nodes.count\""),
        "fields are named by option path"
    );
    assert!(page.contains("id=\"review\""));
    let token = csrf(&page);
    let post = |what: &str, count: &str| {
        b.post(format!("{}/packages/kafka/{what}", ui.base))
            .form(&[
                ("_csrf", token.as_str()),
                ("_version", "4.3.1"),
                ("nodes.count", count),
            ])
            .send()
            .unwrap()
    };
    let r = post("review", "5");
    assert_eq!(r.status(), 200);
    let text = r.text().unwrap();
    let json_at = text
        .find("id=\"app-json\"")
        .expect("the review shows the app JSON");
    assert!(
        text[json_at..].contains("&quot;instances&quot;: 5"),
        "{}",
        &text[json_at..json_at + 400]
    );
    assert!(text.contains("id=\"install\""));
    // A bad value: the error beside its field, the typed text kept.
    let r = post("review", "many");
    assert_eq!(r.status(), 422);
    let text = r.text().unwrap();
    let field = text.find("id=\"field-nodes-count\"").unwrap();
    let around = &text[field..field + 400];
    assert!(around.contains("value=\"many\""), "{around}");
    assert!(around.contains("class=\"error\""), "{around}");
    assert!(around.contains("nodes.count: expected"), "{around}");
    assert!(around.contains("found &quot;many&quot;"), "{around}");
    assert!(!text.contains("id=\"app-json\""));
    // Install, then the services row reaches running.
    let r = post("install", "2");
    assert_eq!(r.status(), 200);
    assert!(r.text().unwrap().contains("id=\"installed\""));
    assert_eq!(sandbox.get("/v2/apps/kafka")["app"]["instances"], 2);
    let mut status = String::new();
    for _ in 0..100 {
        let services = b
            .get(format!("{}/services", ui.base))
            .send()
            .unwrap()
            .text()
            .unwrap();
        let row = services
            .find("data-app-id=\"/kafka\"")
            .expect("a row for /kafka");
        status = services[row..]
            .split("class=\"status\">")
            .nth(1)
            .unwrap()
            .split('<')
            .next()
            .unwrap()
            .to_string();
        if status == "running" {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert_eq!(status, "running");
    let api: Value = b
        .get(format!("{}/api/services", ui.base))
        .send()
        .unwrap()
        .json()
        .unwrap();
    assert_eq!(api[0]["appId"], "/kafka");
}

#[test]
fn hostile_package_text_is_escaped_and_the_marathon_token_stays_on_the_server() {
    let env = Env::new();
    let catalog = env.path("hostile");
    let mut pkg: Value = serde_json::from_str(&package_json("evil", "1.0.0")).unwrap();
    pkg["description"] = json!("<script>alert(1)</script><img src=x onerror=alert(2)>");
    pkg["tags"] = json!(["<b>bold</b>"]);
    pkg["preInstallNotes"] = json!("\"><script>alert(3)</script>");
    write_package(
        &catalog,
        "evil",
        0,
        &[
            ("package.json", &pkg.to_string()),
            (
                "config.json",
                r#"{"type":"object","properties":{"x\"><script>alert(4)</script>":{"type":"string","default":"</textarea><script>alert(5)</script>","description":"<script>alert(6)</script>"}}}"#,
            ),
            (
                "marathon.json.mustache",
                r#"{"id":"/evil","cmd":"sleep 1","labels":{"L":"<script>alert(7)</script>"}}"#,
            ),
        ],
    );
    let sandbox = Server::start(&["--token", "marathon-secret-token"]);
    let ui = UiServer::start(
        &env,
        &[
            "--marathon",
            &sandbox.url,
            "--catalog",
            catalog.to_str().unwrap(),
        ],
        &[("SMACK_TOKEN", "marathon-secret-token")],
    );
    let b = browser();
    let mut pages = vec![b.get(ui.url()).send().unwrap().text().unwrap()];
    pages.push(
        b.get(format!("{}/packages/evil", ui.base))
            .send()
            .unwrap()
            .text()
            .unwrap(),
    );
    let token = csrf(&pages[0]);
    pages.push(
        b.post(format!("{}/packages/evil/review", ui.base))
            .form(&[("_csrf", token.as_str())])
            .send()
            .unwrap()
            .text()
            .unwrap(),
    );
    let install = b
        .post(format!("{}/packages/evil/install", ui.base))
        .form(&[("_csrf", token.as_str())])
        .send()
        .unwrap();
    assert_eq!(
        install.status(),
        200,
        "the install reaches the token-protected Marathon"
    );
    pages.push(install.text().unwrap());
    pages.push(
        b.get(format!("{}/services", ui.base))
            .send()
            .unwrap()
            .text()
            .unwrap(),
    );
    pages.push(
        b.get(format!("{}/api/services", ui.base))
            .send()
            .unwrap()
            .text()
            .unwrap(),
    );
    for page in &pages {
        assert!(!page.contains("<script"), "{page}");
        assert!(!page.contains("<img src=x"), "{page}");
        assert!(!page.contains("onerror="), "{page}");
        assert!(!page.contains("marathon-secret-token"));
    }
    assert!(pages[0].contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(pages[1].contains("&lt;b&gt;") || pages[0].contains("&lt;b&gt;bold"));
}

#[test]
fn services_link_to_status_upgrade_with_a_diff_and_uninstall_after_a_confirmation() {
    let env = Env::new();
    let sandbox = Server::instant();
    let ui = start(&env, &sandbox);
    let (b, token) = session(&ui);
    let r = b
        .post(format!("{}/api/install", ui.base))
        .header("X-Smack-CSRF", &token)
        .json(
            &json!({"package": "kafka", "version": "3.8.1", "options": {"brokers": {"count": 2}}}),
        )
        .send()
        .unwrap();
    assert_eq!(r.status(), 201);
    let services = b
        .get(format!("{}/services", ui.base))
        .send()
        .unwrap()
        .text()
        .unwrap();
    assert!(
        services.contains("href=\"/services/upgrade?app=%2Fkafka\""),
        "{services}"
    );
    let status = b
        .get(format!("{}/services/status?app=%2Fkafka", ui.base))
        .send()
        .unwrap()
        .text()
        .unwrap();
    assert!(status.contains("kafka 3.8.1"), "{status}");
    // The upgrade shows the diff, keeps the installed options, and replaces the app.
    let upgrade = b
        .get(format!(
            "{}/services/upgrade?app=%2Fkafka&version=3.9.0",
            ui.base
        ))
        .send()
        .unwrap()
        .text()
        .unwrap();
    assert!(upgrade.contains("id=\"diff\""), "{upgrade}");
    assert!(
        upgrade.contains("+    &quot;DCOS_PACKAGE_VERSION&quot;: &quot;3.9.0&quot;"),
        "{upgrade}"
    );
    let r = b
        .post(format!("{}/services/upgrade", ui.base))
        .form(&[
            ("_csrf", token.as_str()),
            ("app", "/kafka"),
            ("version", "3.9.0"),
        ])
        .send()
        .unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.text().unwrap().contains("id=\"upgraded\""));
    let app = sandbox.get("/v2/apps/kafka")["app"].clone();
    assert_eq!(app["labels"]["DCOS_PACKAGE_VERSION"], "3.9.0");
    assert_eq!(app["instances"], 2, "the installed options are kept");
    // Uninstall asks first, then removes.
    let confirm = b
        .get(format!("{}/services/uninstall?app=%2Fkafka", ui.base))
        .send()
        .unwrap()
        .text()
        .unwrap();
    assert!(confirm.contains("id=\"confirm\""));
    assert_eq!(
        sandbox.status_of("GET", "/v2/apps/kafka", None).0,
        200,
        "asking removes nothing"
    );
    let r = b
        .post(format!("{}/services/uninstall", ui.base))
        .form(&[("_csrf", token.as_str()), ("app", "/kafka")])
        .send()
        .unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(sandbox.status_of("GET", "/v2/apps/kafka", None).0, 404);
}

/// A one-shot HTTP server on loopback answering every request with `content_type` and `body`.
fn image_server(content_type: &'static str, body: &'static [u8]) -> String {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/icon.png", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let mut stream = stream;
            let mut buf = [0u8; 4096];
            let _ = stream.read(&mut buf);
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(body);
        }
    });
    url
}

#[test]
fn icons_come_from_resource_json_when_reachable_and_a_placeholder_otherwise() {
    const PNG: &[u8] = b"\x89PNG\r\n\x1a\nnot really a png, but served as one";
    let env = Env::new();
    let catalog = env.path("icons");
    let icon = |url: &str| json!({"images": {"icon-medium": url}}).to_string();
    let reachable = image_server("image/png", PNG);
    let svg = image_server("image/svg+xml", b"<svg><script>alert(1)</script></svg>");
    for (name, url) in [("shown", reachable), ("gone", dead_url()), ("vector", svg)] {
        write_package(
            &catalog,
            name,
            0,
            &[
                ("package.json", &package_json(name, "1.0.0")),
                ("resource.json", &icon(&url)),
                ("marathon.json.mustache", r#"{"id":"/x","cmd":"sleep 1"}"#),
            ],
        );
    }
    let sandbox = Server::instant();
    let ui = UiServer::start(
        &env,
        &[
            "--marathon",
            &sandbox.url,
            "--catalog",
            catalog.to_str().unwrap(),
            // The image servers are on loopback.
            "--allow-private-icons",
        ],
        &[],
    );
    let b = browser();
    let page = b.get(ui.url()).send().unwrap().text().unwrap();
    assert!(page.contains("<object data=\"/icons/shown\""), "{page}");
    assert!(
        page.contains("class=\"icon\""),
        "the placeholder is always there"
    );
    let r = b.get(format!("{}/icons/shown", ui.base)).send().unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["content-type"], "image/png");
    assert_eq!(r.bytes().unwrap().as_ref(), PNG);
    assert_eq!(
        b.get(format!("{}/icons/gone", ui.base))
            .send()
            .unwrap()
            .status(),
        404
    );
    assert_eq!(
        b.get(format!("{}/icons/vector", ui.base))
            .send()
            .unwrap()
            .status(),
        404,
        "no SVG"
    );
    assert_eq!(
        b.get(format!("{}/icons/nosuch", ui.base))
            .send()
            .unwrap()
            .status(),
        404
    );
}

/// An app Marathon does not have is the API's 404, not a bad gateway.
#[test]
fn history_of_an_unknown_app_is_not_found() {
    let env = Env::new();
    let sandbox = Server::instant();
    let ui = UiServer::start(
        &env,
        &["--marathon", &sandbox.url, "--no-remote-icons"],
        &[],
    );
    let (b, _) = session(&ui);
    let r = b
        .get(format!("{}/api/history?app=/nonexistent", ui.base))
        .send()
        .unwrap();
    assert_eq!(r.status().as_u16(), 404);
    let body: serde_json::Value = r.json().unwrap();
    assert!(body.to_string().contains("nonexistent"), "{body}");
}

/// The Services page and its JSON twin say why a deployment waits for offers, from Marathon's
/// queue: cassandra with 7 nodes on DC/OS's smallest cluster places 5.
#[test]
fn services_say_why_a_deployment_waits_for_offers() {
    let env = Env::new();
    let server = cassandra_waiting_for_offers(&env);
    let ui = UiServer::start(&env, &["--marathon", &server.url], &[]);
    let b = browser();
    b.get(ui.url()).send().unwrap();
    let page = b
        .get(format!("{}/services", ui.base))
        .send()
        .unwrap()
        .text()
        .unwrap();
    let why = "waiting for offers: 6 agents, 1 offers only resources of other roles, 5 do not satisfy hostname:UNIQUE, for instance 6";
    assert!(page.contains(&format!("deploying · {why}")), "{page}");
    let api: Value = b
        .get(format!("{}/api/services", ui.base))
        .send()
        .unwrap()
        .json()
        .unwrap();
    assert_eq!(api[0]["waiting"], why);
    let status = b
        .get(format!("{}/services/status?app=/cassandra", ui.base))
        .send()
        .unwrap()
        .text()
        .unwrap();
    assert!(status.contains(why), "{status}");
}
