//! `smack ui` in a real browser: headless Chromium driven over WebDriver (chromedriver), against
//! a sandbox on loopback. Without Chromium and chromedriver these tests skip with a message,
//! unless `SMACK_REQUIRE_BROWSER` is set (CI sets it). Screenshots go to
//! `target/ui-screenshots/`.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use crate::common::*;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};

/// chromedriver on a free loopback port, killed when dropped.
struct Driver {
    child: Child,
    url: String,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn find(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| names.iter().map(move |n| dir.join(n)))
        .find(|p| p.is_file())
}

/// The browser, or `None` (with a message) when there is none and none is required.
fn driver() -> Option<(Driver, PathBuf)> {
    let chromium = find(&["chromium", "chromium-browser", "google-chrome"]);
    let chromedriver = find(&["chromedriver"]);
    let (Some(chromium), Some(chromedriver)) = (chromium, chromedriver) else {
        if std::env::var_os("SMACK_REQUIRE_BROWSER").is_some() {
            panic!(
                "SMACK_REQUIRE_BROWSER is set, but chromium or chromedriver is missing (apt-get install chromium chromium-driver)"
            );
        }
        eprintln!(
            "skipped: no chromium and chromedriver on PATH (apt-get install chromium chromium-driver)"
        );
        return None;
    };
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let driver = Driver {
        child: Command::new(chromedriver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts"),
        url: format!("http://127.0.0.1:{port}"),
    };
    for _ in 0..100 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return Some((driver, chromium));
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("chromedriver did not listen on {}", driver.url);
}

async fn browser(driver: &Driver, chromium: &PathBuf, width: u32, height: u32) -> Client {
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        json!({
            "binary": chromium,
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", format!("--window-size={width},{height}")],
        }),
    );
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    ClientBuilder::new(connector)
        .capabilities(caps)
        .connect(&driver.url)
        .await
        .expect("a WebDriver session")
}

fn shot_dir() -> PathBuf {
    let dir = project().join("target/ui-screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

async fn screenshot(c: &Client, name: &str) {
    let png = c.screenshot().await.unwrap();
    std::fs::write(shot_dir().join(format!("{name}.png")), png).unwrap();
}

/// Runs `f` on a fresh runtime.
fn run<F: std::future::Future<Output = ()>>(f: F) {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(f);
}

#[test]
fn search_review_error_install_and_services_in_a_browser() {
    let Some((driver, chromium)) = driver() else {
        return;
    };
    let env = Env::new();
    let sandbox = Server::start(&["--deploy-seconds", "0.5"]);
    let ui = UiServer::start(
        &env,
        &["--marathon", &sandbox.url, "--no-remote-icons"],
        &[],
    );
    run(async {
        let c = browser(&driver, &chromium, 1280, 800).await;
        // Search for kafka.
        c.goto(&ui.url()).await.unwrap();
        let search = c.find(Locator::Id("search")).await.unwrap();
        search.send_keys("kafka").await.unwrap();
        search.send_keys("\u{E007}").await.unwrap();
        c.wait()
            .for_element(Locator::Css("li.tile[data-package=kafka]"))
            .await
            .unwrap();
        let tiles = c.find_all(Locator::Css("li.tile")).await.unwrap();
        let first = tiles[0].attr("data-package").await.unwrap();
        assert_eq!(first.as_deref(), Some("kafka"));
        screenshot(&c, "catalog").await;
        // Open kafka, change nodes.count, review: the count is in #app-json.
        c.find(Locator::Css("li.tile[data-package=kafka] a"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        let count = c
            .wait()
            .for_element(Locator::Css("[name='nodes.count']"))
            .await
            .unwrap();
        count.clear().await.unwrap();
        count.send_keys("5").await.unwrap();
        c.find(Locator::Id("review"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        let json = c.wait().for_element(Locator::Id("app-json")).await.unwrap();
        let app: Value = serde_json::from_str(&json.text().await.unwrap()).unwrap();
        assert_eq!(app["instances"], 5);
        screenshot(&c, "review").await;
        // A bad value: the error beside the field.
        let count = c.find(Locator::Css("[name='nodes.count']")).await.unwrap();
        count.clear().await.unwrap();
        count.send_keys("many").await.unwrap();
        c.find(Locator::Id("review"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        let error = c
            .wait()
            .for_element(Locator::XPath(
                "//input[@name='nodes.count']/following-sibling::p[@class='error']",
            ))
            .await
            .unwrap();
        assert!(error.text().await.unwrap().contains("many"));
        screenshot(&c, "error").await;
        // Install into the sandbox, then watch the Services row reach running.
        let count = c.find(Locator::Css("[name='nodes.count']")).await.unwrap();
        count.clear().await.unwrap();
        count.send_keys("2").await.unwrap();
        c.find(Locator::Id("review"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        c.wait()
            .for_element(Locator::Id("install"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        c.wait()
            .for_element(Locator::Id("installed"))
            .await
            .unwrap();
        c.goto(&format!("{}/services", ui.base)).await.unwrap();
        // The page refreshes itself while something deploys, so an element found on it may be
        // gone a moment later: its text is read in one step in the page, until it says running.
        let mut status = Value::Null;
        for _ in 0..120 {
            status = c
                .execute(
                    "const e = document.querySelector(\"tr[data-app-id='/kafka'] td.status\"); \
                     return e ? e.textContent.trim() : null;",
                    vec![],
                )
                .await
                .unwrap_or(Value::Null);
            if status == json!("running") {
                break;
            }
            tokio::time::sleep(Duration::from_millis(250)).await;
        }
        assert_eq!(status, json!("running"));
        screenshot(&c, "services").await;
        // Phone width: the page still lays out (no horizontal scroll on the catalog).
        c.set_window_size(390, 844).await.unwrap();
        c.goto(&format!("{}/", ui.base)).await.unwrap();
        let scroll: Value = c
            .execute(
                "return document.documentElement.scrollWidth <= window.innerWidth + 1;",
                vec![],
            )
            .await
            .unwrap();
        screenshot(&c, "catalog-phone").await;
        c.goto(&format!("{}/packages/kafka", ui.base))
            .await
            .unwrap();
        let package_fits: Value = c
            .execute(
                "return document.documentElement.scrollWidth <= window.innerWidth + 1;",
                vec![],
            )
            .await
            .unwrap();
        screenshot(&c, "package-phone").await;
        assert_eq!(
            package_fits,
            json!(true),
            "the package page fits a phone's width"
        );
        c.close().await.unwrap();
        assert_eq!(scroll, json!(true), "the catalog fits a phone's width");
    });
}

#[test]
fn history_and_rollback_in_a_browser() {
    let Some((driver, chromium)) = driver() else {
        return;
    };
    let env = Env::new();
    let sandbox = Server::start(&["--deploy-seconds", "0"]);
    // Two revisions: kafka installed, then upgraded to 3 nodes.
    for args in [
        &["install", "kafka", "--yes", "--wait"][..],
        &[
            "upgrade",
            "kafka",
            "--set",
            "nodes.count=3",
            "--yes",
            "--wait",
        ][..],
    ] {
        let out = env
            .smack()
            .args(args)
            .args(["--marathon", &sandbox.url])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    }
    let ui = UiServer::start(
        &env,
        &["--marathon", &sandbox.url, "--no-remote-icons"],
        &[],
    );
    run(async {
        let c = browser(&driver, &chromium, 1280, 800).await;
        c.goto(&ui.url()).await.unwrap();
        c.goto(&format!("{}/services", ui.base)).await.unwrap();
        c.wait()
            .for_element(Locator::Css("tr[data-app-id='/kafka'] a.history"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        let rows = c.wait().for_element(Locator::Id("history")).await.unwrap();
        let text = rows.text().await.unwrap();
        assert!(text.contains("options nodes.count"), "{text}");
        assert!(text.contains("instances 1 → 3"), "{text}");
        screenshot(&c, "history").await;
        c.find(Locator::Css("tr[data-revision='1'] a.rollback"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        let diff = c.wait().for_element(Locator::Id("diff")).await.unwrap();
        assert!(diff.text().await.unwrap().contains("\"instances\": 3"));
        screenshot(&c, "rollback").await;
        c.find(Locator::Id("confirm-rollback"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        let done = c
            .wait()
            .for_element(Locator::Id("rolled-back"))
            .await
            .unwrap();
        assert!(done.text().await.unwrap().contains("back to revision 1"));
        c.find(Locator::Id("follow"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        c.wait().for_element(Locator::Id("status")).await.unwrap();
        c.close().await.unwrap();
    });
    // Marathon runs revision 1's definition again, as a third revision.
    let app = sandbox.get("/v2/apps/kafka")["app"].clone();
    assert_eq!(app["instances"], 1);
    assert_eq!(
        sandbox.get("/v2/apps/kafka/versions")["versions"]
            .as_array()
            .unwrap()
            .len(),
        3
    );
}

#[test]
fn a_hostile_package_runs_no_script_and_requests_without_token_or_csrf_are_refused() {
    let Some((driver, chromium)) = driver() else {
        return;
    };
    let env = Env::new();
    let catalog = env.path("hostile");
    let mut pkg: Value = serde_json::from_str(&package_json("evil", "1.0.0")).unwrap();
    pkg["description"] =
        json!("<script>window.pwned = 1</script><img src=x onerror=\"window.pwned = 2\">");
    write_package(
        &catalog,
        "evil",
        0,
        &[
            ("package.json", &pkg.to_string()),
            (
                "marathon.json.mustache",
                r#"{"id":"/evil","cmd":"sleep 1"}"#,
            ),
        ],
    );
    let sandbox = Server::instant();
    let ui = UiServer::start(
        &env,
        &[
            "--marathon",
            &sandbox.url,
            "--catalog",
            catalog.to_str().unwrap(),
        ],
        &[],
    );
    run(async {
        let c = browser(&driver, &chromium, 1280, 800).await;
        c.goto(&ui.url()).await.unwrap();
        c.goto(&format!("{}/packages/evil", ui.base)).await.unwrap();
        tokio::time::sleep(Duration::from_millis(300)).await;
        let pwned: Value = c
            .execute(
                "return window.pwned === undefined ? null : window.pwned;",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(pwned, Value::Null, "a package's text ran script");
        let text = c
            .find(Locator::Css("main"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(
            text.contains("<script>window.pwned = 1</script>"),
            "shown as text: {text}"
        );
        screenshot(&c, "hostile-package").await;
        // From the page, a fetch without the CSRF header is refused (403); and a fresh session
        // without the token gets 401.
        let status: Value = c
            .execute_async(
                "const done = arguments[0]; fetch('/api/render', {method: 'POST', body: '{\"package\":\"evil\"}'}).then(r => done(r.status), e => done(String(e)));",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(status, json!(403));
        c.delete_all_cookies().await.unwrap();
        let status: Value = c
            .execute_async(
                "const done = arguments[0]; fetch('/api/catalog').then(r => done(r.status), e => done(String(e)));",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(status, json!(401));
        c.close().await.unwrap();
    });
}
