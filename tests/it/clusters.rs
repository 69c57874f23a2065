//! Named clusters and DC/OS logins (dcos/access.md), against sandboxes that answer as a DC/OS
//! front (`--iam`, `--token-lifetime`, `--tls`) or as a Marathon with HTTP credentials: service
//! accounts renewed across a long install, a user's expiry, the CA trusted on first use (with
//! a terminal and with `--ca-fingerprint`), two sandboxes as two clusters, and no secret in
//! any output.

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::common::*;

const PASSWORD: &str = "alice-pl4nted-pw";

/// A fresh RSA key pair: the private key written (mode 0600) at `path`, the public key's PEM
/// returned.
fn rsa_key(path: &Path) -> String {
    let key = rcgen::KeyPair::generate_rsa_for(&rcgen::PKCS_RSA_SHA256, rcgen::RsaKeySize::_2048)
        .unwrap();
    std::fs::write(path, key.serialize_pem()).unwrap();
    chmod(path, 0o600);
    key.public_key_pem()
}

fn chmod(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// An IAM file with alice (a user) and ci (a service account, key at `home/ci.pem`).
fn iam(env: &Env) -> (PathBuf, PathBuf) {
    let key = env.path("ci.pem");
    let public = rsa_key(&key);
    let file = env.path("iam.json");
    let doc = json!({
        "users": [{ "uid": "alice", "password": PASSWORD }],
        "service_accounts": [{ "uid": "ci", "public_key": public }],
    });
    std::fs::write(&file, doc.to_string()).unwrap();
    (file, key)
}

/// alice's token from a sandbox's DC/OS login (`POST /acs/api/v1/auth/login`).
fn alice_token(url: &str) -> String {
    let answer: Value = http()
        .post(format!("{url}/acs/api/v1/auth/login"))
        .header("Content-Type", "application/json")
        .body(json!({"uid": "alice", "password": PASSWORD}).to_string())
        .send()
        .unwrap()
        .json()
        .unwrap();
    answer["token"].as_str().unwrap().to_string()
}

/// A sandbox answering as a DC/OS front over HTTPS (`--tls --iam`), the service account's key,
/// and the SHA-256 fingerprint of the CA it serves.
fn tls_front(env: &Env) -> (Server, PathBuf, String) {
    let (iam, key) = iam(env);
    let server = Server::start(&[
        "--deploy-seconds",
        "0",
        "--tls",
        "--iam",
        iam.to_str().unwrap(),
    ]);
    let pem = any_cert()
        .get(format!("{}/ca/dcos-ca.crt", server.url))
        .send()
        .unwrap()
        .text()
        .unwrap();
    let fp = fingerprint(&pem);
    (server, key, fp)
}

/// A client that takes any certificate (the tests' own look at a TLS sandbox).
fn any_cert() -> reqwest::blocking::Client {
    reqwest::blocking::Client::builder()
        .danger_accept_invalid_certs(true)
        .no_proxy()
        .build()
        .unwrap()
}

/// SHA-256 of the DER of the first certificate of a PEM bundle, `AB:CD:…`.
fn fingerprint(pem: &str) -> String {
    use base64::Engine;
    let body: String = pem
        .lines()
        .skip_while(|l| !l.starts_with("-----BEGIN CERTIFICATE"))
        .skip(1)
        .take_while(|l| !l.starts_with("-----END"))
        .collect();
    let der = base64::engine::general_purpose::STANDARD
        .decode(body)
        .unwrap();
    let digest = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, &der);
    digest
        .as_ref()
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect::<Vec<_>>()
        .join(":")
}

fn credentials(env: &Env, name: &str) -> String {
    std::fs::read_to_string(env.path(&format!("config/smack/clusters/{name}/credentials.toml")))
        .unwrap_or_default()
}

fn token_in(credentials: &str) -> String {
    let table: toml::Table = credentials.parse().unwrap();
    table["token"].as_str().unwrap().to_string()
}

/// `smack [PRE...] cluster add NAME URL FLAGS... FILE [EXTRA...]`: a login whose last flag
/// names a file (a key, a password file, HTTP credentials).
fn add_with_file(
    env: &Env,
    pre: &[&str],
    name_and_url: [&str; 2],
    flags: &[&str],
    file: &Path,
    extra: &[&str],
) -> std::process::Output {
    env.smack()
        .args(pre)
        .args(["cluster", "add"])
        .args(name_and_url)
        .args(flags)
        .arg(file)
        .args(extra)
        .output()
        .unwrap()
}

/// `smack [PRE...] cluster add NAME URL --username ci --private-key KEY [EXTRA...]`.
fn add_service_account(
    env: &Env,
    pre: &[&str],
    name: &str,
    url: &str,
    key: &Path,
    extra: &[&str],
) -> std::process::Output {
    let flags = ["--username", "ci", "--private-key"];
    add_with_file(env, pre, [name, url], &flags, key, extra)
}

fn run(env: &Env, args: &[&str], vars: &[(&str, &str)]) -> std::process::Output {
    let mut cmd = env.smack();
    for (k, v) in vars {
        cmd.env(k, v);
    }
    cmd.args(args).output().unwrap()
}

/// The secrets of a test never reach what smack printed.
fn assert_hidden(outputs: &[std::process::Output], secrets: &[&str]) {
    for out in outputs {
        for secret in secrets {
            assert!(!secret.is_empty());
            for stream in [&out.stdout, &out.stderr] {
                let text = String::from_utf8_lossy(stream);
                assert!(!text.contains(secret), "a secret was printed: {text}");
            }
        }
    }
}

#[test]
fn a_service_account_logs_in_and_is_renewed_across_a_long_install_without_a_word() {
    let env = Env::new();
    let (iam, key) = iam(&env);
    let server = Server::start(&[
        "--deploy-seconds",
        "3",
        "--iam",
        iam.to_str().unwrap(),
        "--token-lifetime",
        "2s",
    ]);
    let mut outputs = Vec::new();
    // A key others can read is refused, as the DC/OS CLI refuses it; nothing is kept.
    chmod(&key, 0o644);
    let out = add_service_account(&env, &[], "prod", &server.url, &key, &[]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("permissions 0644"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("too open"), "{}", stderr(&out));
    assert!(!env.path("config/smack/clusters/prod").exists());
    outputs.push(out);
    chmod(&key, 0o600);
    let out = add_service_account(&env, &["-v"], "prod", &server.url, &key, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("DC/OS 2.2.0"), "{}", stdout(&out));
    assert!(
        stdout(&out).contains("service account ci"),
        "{}",
        stdout(&out)
    );
    assert!(stderr(&out).contains("prod is now the current cluster"));
    outputs.push(out);
    // The secrets: a file of its own, 0600; config.toml names the cluster only.
    let secrets_path = env.path("config/smack/clusters/prod/credentials.toml");
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&secrets_path)
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let first = token_in(&credentials(&env, "prod"));
    let config = std::fs::read_to_string(env.path("config/smack/config.toml")).unwrap();
    assert!(config.contains("current = \"prod\""), "{config}");
    assert!(!config.contains(&first));
    let cluster_file =
        std::fs::read_to_string(env.path("config/smack/clusters/prod/cluster.toml")).unwrap();
    assert!(!cluster_file.contains(&first));
    assert!(
        cluster_file.contains(key.to_str().unwrap()),
        "kept where it is"
    );
    // The token lives 2 s; the install follows a deployment of several 3 s steps.
    let out = run(&env, &["-v", "install", "kafka", "--yes", "--wait"], &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let trace = stderr(&out);
    assert!(
        trace.contains("-> 401"),
        "the token expired during the install: {trace}"
    );
    assert!(trace.contains("POST ") && trace.contains("/acs/api/v1/auth/login -> 200"));
    assert!(!trace.contains("error"), "{trace}");
    outputs.push(out);
    let renewed = token_in(&credentials(&env, "prod"));
    assert_ne!(
        renewed, first,
        "the renewed token is kept for the next command"
    );
    // The cluster's list says the login stands.
    let out = run(&env, &["cluster", "list", "-o", "json"], &[]);
    let listed = stdout_json(&out);
    assert_eq!(listed[0]["name"], "prod");
    assert_eq!(listed[0]["kind"], "dcos");
    assert_eq!(listed[0]["current"], true);
    assert!(listed[0]["expires"].is_u64(), "{listed}");
    outputs.push(out);
    // Expired again: `list` renews once more and answers.
    std::thread::sleep(std::time::Duration::from_millis(3500));
    let out = run(&env, &["-v", "list"], &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("kafka"));
    outputs.push(out);
    // Six commands meeting the expiry at once: each renews, each answers, and the credentials
    // file is whole.
    std::thread::sleep(std::time::Duration::from_millis(3500));
    let children: Vec<_> = (0..6)
        .map(|_| spawn_in(env.home.path(), &["list", "-o", "json"]))
        .collect();
    for child in children {
        let (code, out, err) = finish(child, 60);
        assert_eq!(code, Some(0), "{err}");
        assert!(out.contains("kafka"), "{out}");
    }
    let last = token_in(&credentials(&env, "prod"));
    let tokens = [first, renewed, last];
    let secrets: Vec<&str> = tokens.iter().map(String::as_str).collect();
    assert_hidden(&outputs, &secrets);
    let pem = std::fs::read_to_string(&key).unwrap();
    let key_line = pem.lines().nth(2).unwrap();
    assert_hidden(&outputs, &[key_line]);
}

#[test]
fn a_users_token_expires_and_the_message_says_how_to_log_in_again() {
    let env = Env::new();
    let (iam, _) = iam(&env);
    let server = Server::start(&[
        "--deploy-seconds",
        "0",
        "--iam",
        iam.to_str().unwrap(),
        "--token-lifetime",
        "4s",
    ]);
    let mut outputs = Vec::new();
    // No terminal and no password: said, exit 2, nothing kept.
    let out = run(
        &env,
        &["cluster", "add", "dev", &server.url, "--username", "alice"],
        &[],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("SMACK_PASSWORD"), "{}", stderr(&out));
    assert!(!env.path("config/smack/clusters/dev").exists());
    outputs.push(out);
    // A wrong password: the IAM's words, the authentication exit code.
    let out = run(
        &env,
        &["cluster", "add", "dev", &server.url, "--username", "alice"],
        &[("SMACK_PASSWORD", "not-it")],
    );
    assert_eq!(out.status.code(), Some(9), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("Invalid credentials"),
        "{}",
        stderr(&out)
    );
    outputs.push(out);
    // A password file others can read is refused.
    let file = env.path("pw");
    std::fs::write(&file, format!("{PASSWORD}\n")).unwrap();
    chmod(&file, 0o644);
    let out = add_with_file(
        &env,
        &[],
        ["dev", &server.url],
        &["--username", "alice", "--password-file"],
        &file,
        &[],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("too open"));
    outputs.push(out);
    chmod(&file, 0o600);
    let out = add_with_file(
        &env,
        &["-v"],
        ["dev", &server.url],
        &["--username", "alice", "--password-file"],
        &file,
        &[],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("user alice"), "{}", stdout(&out));
    outputs.push(out);
    let out = run(&env, &["list"], &[]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "nothing installed: {}",
        stderr(&out)
    );
    outputs.push(out);
    // Tokens carry whole seconds: one of 4 s lasts until the fifth has passed (4 s leave
    // room for the `list` above on a loaded machine).
    std::thread::sleep(std::time::Duration::from_millis(5500));
    let out = run(&env, &["-v", "list"], &[]);
    assert_eq!(out.status.code(), Some(9), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("log in again: `smack login dev`"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("expired"), "{}", stderr(&out));
    outputs.push(out);
    let out = run(&env, &["cluster", "list"], &[]);
    assert!(stdout(&out).contains("(expired)"), "{}", stdout(&out));
    outputs.push(out);
    // Logging in again (the password from the environment) makes it work.
    let out = run(&env, &["login"], &[("SMACK_PASSWORD", PASSWORD)]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("logged in to dev as user alice"));
    outputs.push(out);
    let out = run(&env, &["install", "kafka", "--yes"], &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    outputs.push(out);
    let token = token_in(&credentials(&env, "dev"));
    assert_hidden(&outputs, &[PASSWORD, &token]);
}

#[test]
fn the_sandbox_answers_as_a_dcos_front() {
    let env = Env::new();
    let (iam, key) = iam(&env);
    let server = Server::start(&["--deploy-seconds", "0", "--iam", iam.to_str().unwrap()]);
    let client = http();
    let login = |body: &str, content_type: &str| {
        let r = client
            .post(format!("{}/acs/api/v1/auth/login", server.url))
            .header("Content-Type", content_type)
            .body(body.to_string())
            .send()
            .unwrap();
        let status = r.status().as_u16();
        let challenge = r
            .headers()
            .get("www-authenticate")
            .map(|v| v.to_str().unwrap().to_string());
        let body: Value = serde_json::from_str(&r.text().unwrap()).unwrap_or(Value::Null);
        (status, challenge, body)
    };
    let version = client
        .get(format!("{}/dcos-metadata/dcos-version.json", server.url))
        .send()
        .unwrap();
    assert_eq!(version.status().as_u16(), 200);
    let version: Value = version.json().unwrap();
    assert_eq!(version["version"], "2.2.0");
    assert_eq!(version["dcos-variant"], "open");
    let providers: Value = client
        .get(format!("{}/acs/api/v1/auth/providers", server.url))
        .send()
        .unwrap()
        .json()
        .unwrap();
    assert_eq!(
        providers["dcos-services"]["authentication-type"],
        "dcos-uid-servicekey"
    );
    assert_eq!(
        providers["dcos-users"]["config"]["start_flow_url"],
        "/acs/api/v1/auth/login"
    );
    // The IAM's errors, as bouncer answers them.
    let cases: &[(&str, &str, u16, &str)] = &[
        (
            r#"{"uid":"alice","password":"no"}"#,
            "application/json",
            401,
            "Invalid credentials.",
        ),
        (
            r#"{"uid":"bob","password":"x"}"#,
            "application/json",
            401,
            "Invalid credentials.",
        ),
        (
            r#"{"uid":"ci","password":"x"}"#,
            "application/json",
            401,
            "Invalid credentials.",
        ),
        (
            r#"{"uid":"alice"}"#,
            "application/json",
            400,
            "Exactly one of `token` and `password` must be provided in the request body",
        ),
        (
            r#"{"uid":"alice","password":"x","token":"y"}"#,
            "application/json",
            400,
            "Exactly one of `token` and `password` must be provided in the request body",
        ),
        (
            r#"{"password":"x"}"#,
            "application/json",
            400,
            "`uid` missing in the request body",
        ),
        (
            r#"{"uid":"","password":""}"#,
            "application/json",
            400,
            "`uid` and `password` must not be empty strings",
        ),
        (
            "",
            "application/json",
            400,
            "Request has bad Content-Type or lacks JSON data",
        ),
        ("{", "application/json", 400, "Cannot decode JSON body"),
        (
            r#"{"uid":"alice","password":"x"}"#,
            "text/plain",
            415,
            "Unexpected or undefined Content-Type",
        ),
        (
            r#"{"uid":"ci","token":"not.a.jwt"}"#,
            "application/json",
            401,
            "Invalid credentials.",
        ),
        (
            r#"{"token":"x"}"#,
            "application/json",
            401,
            "OpenID Connect ID Token login failed: bad token",
        ),
    ];
    for (body, content_type, status, description) in cases {
        let (got, challenge, answer) = login(body, content_type);
        assert_eq!(got, *status, "{body}: {answer}");
        assert!(
            answer["description"]
                .as_str()
                .unwrap_or("")
                .starts_with(description),
            "{body}: {answer}"
        );
        if *description == "Invalid credentials." {
            assert_eq!(challenge.as_deref(), Some("acsjwt"), "{body}");
            assert_eq!(answer["code"], "ERR_INVALID_CREDENTIALS");
        }
    }
    // A service account's login token must be signed by its key and name its uid.
    let pem = std::fs::read(&key).unwrap();
    let other = env.path("other.pem");
    rsa_key(&other);
    let sign = |uid: &str, key: &[u8]| smack::dcos::service_login_token(uid, key).unwrap();
    let (status, _, _) = login(
        &json!({"uid": "ci", "token": sign("ci", &std::fs::read(&other).unwrap())}).to_string(),
        "application/json",
    );
    assert_eq!(status, 401, "signed by another key");
    let (status, _, _) = login(
        &json!({"uid": "ci", "token": sign("alice", &pem)}).to_string(),
        "application/json",
    );
    assert_eq!(status, 401, "the uid claim is another's");
    let (status, _, answer) = login(
        &json!({"uid": "ci", "token": sign("ci", &pem)}).to_string(),
        "application/json",
    );
    assert_eq!(status, 200, "{answer}");
    let token = answer["token"].as_str().unwrap().to_string();
    // Admin Router: no token, or a bad one, is its 401; the token as `token=`, `Bearer` or the
    // cookie passes.
    for auth in [
        None,
        Some("token=nope".to_string()),
        Some(format!("token={token}x")),
    ] {
        let mut r = client.get(format!("{}/service/marathon/v2/apps", server.url));
        if let Some(a) = &auth {
            r = r.header("Authorization", a);
        }
        let r = r.send().unwrap();
        assert_eq!(r.status().as_u16(), 401, "{auth:?}");
        assert_eq!(r.headers()["www-authenticate"], "oauthjwt");
        assert!(
            r.headers()["content-type"]
                .to_str()
                .unwrap()
                .starts_with("text/html")
        );
    }
    for (name, value) in [
        ("Authorization", format!("token={token}")),
        ("Authorization", format!("Bearer {token}")),
        ("Cookie", format!("dcos-acs-auth-cookie={token}")),
    ] {
        let r = client
            .get(format!("{}/service/marathon/v2/apps", server.url))
            .header(name, value)
            .send()
            .unwrap();
        assert_eq!(r.status().as_u16(), 200, "{name}");
    }
    // What the DC/OS CLI's `cluster setup` reads (dcos/access.md §2): `HEAD /` without a
    // token, the pkgpanda file's challenge, then /metadata and the state summary's name.
    let r = client.head(format!("{}/", server.url)).send().unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let r = client
        .head(format!(
            "{}/pkgpanda/active.buildinfo.full.json",
            server.url
        ))
        .send()
        .unwrap();
    assert_eq!(r.status().as_u16(), 401);
    assert_eq!(r.headers()["www-authenticate"], "oauthjwt");
    let r = client
        .head(format!(
            "{}/pkgpanda/active.buildinfo.full.json",
            server.url
        ))
        .header("Authorization", format!("token={token}"))
        .send()
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let summary: Value = client
        .get(format!("{}/mesos/state-summary", server.url))
        .header("Authorization", format!("token={token}"))
        .send()
        .unwrap()
        .json()
        .unwrap();
    assert!(summary["cluster"].is_string(), "{summary}");
    let metadata: Value = client
        .get(format!("{}/metadata", server.url))
        .header("Authorization", format!("token={token}"))
        .send()
        .unwrap()
        .json()
        .unwrap();
    assert!(metadata["CLUSTER_ID"].is_string());
}

#[test]
fn a_tls_clusters_ca_is_trusted_by_its_fingerprint_and_only_so() {
    let env = Env::new();
    let (server, key, fp) = tls_front(&env);
    assert!(server.url.starts_with("https://"), "{}", server.url);
    let add = |extra: &[&str]| add_service_account(&env, &[], "secure", &server.url, &key, extra);
    // Plain smack refuses the certificate.
    let out = run(&env, &["--dcos-url", &server.url, "list"], &[]);
    assert_eq!(out.status.code(), Some(7), "{}", stderr(&out));
    // No terminal: refused, with the fingerprint to check.
    let out = add(&[]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains(&fp), "{}", stderr(&out));
    assert!(stderr(&out).contains("--ca-fingerprint"));
    // Another fingerprint: refused, nothing kept.
    let wrong = fp.replace(&fp[..2], if &fp[..2] == "00" { "11" } else { "00" });
    let out = add(&["--ca-fingerprint", &wrong]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(!env.path("config/smack/clusters/secure").exists());
    // The right one, as plain lower-case hex: kept with the cluster, and used.
    let out = add(&["--ca-fingerprint", &fp.replace(':', "").to_lowercase()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let kept = std::fs::read_to_string(env.path("config/smack/clusters/secure/ca.crt")).unwrap();
    assert_eq!(fingerprint(&kept), fp);
    let out = run(&env, &["install", "kafka", "--yes"], &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = run(&env, &["list", "-o", "json"], &[]);
    assert_eq!(stdout_json(&out)[0]["name"], "kafka", "{}", stdout(&out));
}

#[cfg(unix)]
#[test]
fn in_a_terminal_the_ca_is_shown_with_its_fingerprint_and_trusted_when_the_user_says_so() {
    use rexpect::session::spawn_command;
    let env = Env::new();
    let (server, key, fp) = tls_front(&env);
    let spawn = || {
        let mut cmd = command_in(env.home.path());
        cmd.env("TERM", "xterm")
            .args([
                "cluster",
                "add",
                "secure",
                &server.url,
                "--username",
                "ci",
                "--private-key",
            ])
            .arg(&key);
        match spawn_command(cmd, Some(20_000)) {
            Ok(session) => Some(session),
            Err(e) if std::env::var_os("SMACK_REQUIRE_PTY").is_none() => {
                eprintln!("note: no pseudo-terminal on this machine ({e}); skipped");
                None
            }
            Err(e) => panic!("no pseudo-terminal: {e}"),
        }
    };
    let exit = |p: &mut rexpect::session::PtySession| match p.process.wait().unwrap() {
        rexpect::process::wait::WaitStatus::Exited(_, code) => code,
        other => panic!("smack did not exit normally: {other:?}"),
    };
    let Some(mut p) = spawn() else { return };
    p.exp_string("Cluster Certificate Authority:").unwrap();
    p.exp_string(&format!("SHA256 fingerprint: {fp}")).unwrap();
    p.exp_string("Do you trust it?").unwrap();
    p.send_line("n").unwrap();
    p.exp_string("nothing was kept").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit(&mut p), 1);
    assert!(!env.path("config/smack/clusters/secure").exists());
    let Some(mut p) = spawn() else { return };
    p.exp_string(&format!("SHA256 fingerprint: {fp}")).unwrap();
    p.exp_string("Do you trust it?").unwrap();
    p.send_line("y").unwrap();
    p.exp_string("added cluster secure").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit(&mut p), 0);
    let out = run(&env, &["list"], &[]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "reached, nothing installed: {}",
        stderr(&out)
    );
}

#[test]
fn two_sandboxes_as_two_clusters_and_what_decides_which_one_is_used() {
    let env = Env::new();
    let a = Server::instant();
    let b = Server::instant();
    let creds = env.path("creds");
    std::fs::write(&creds, "ops:b-pl4nted-pw\n").unwrap();
    let mut outputs = Vec::new();
    for (name, url) in [("a", &a.url), ("b", &b.url)] {
        let out = run(&env, &["cluster", "add", name, url], &[]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert!(stdout(&out).contains("Marathon 1.11"), "{}", stdout(&out));
        outputs.push(out);
    }
    // The first became current: an install goes to a.
    let out = run(&env, &["install", "kafka", "--yes"], &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(a.app_ids(), vec!["/kafka"]);
    assert!(b.app_ids().is_empty());
    let listed = |vars: &[(&str, &str)], extra: &[&str]| {
        let mut args = extra.to_vec();
        args.extend(["list", "-o", "json"]);
        let out = run(&env, &args, vars);
        stdout_json(&out).as_array().map_or(0, Vec::len)
    };
    assert_eq!(listed(&[], &[]), 1);
    assert_eq!(listed(&[], &["--cluster", "b"]), 0);
    let out = run(&env, &["cluster", "use", "b"], &[]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(listed(&[], &[]), 0, "b is current");
    assert_eq!(
        listed(&[], &["--cluster", "a"]),
        1,
        "the flag beats the current cluster"
    );
    assert_eq!(
        listed(&[("SMACK_CLUSTER", "a")], &[]),
        1,
        "the variable beats it too"
    );
    assert_eq!(
        listed(&[("SMACK_CLUSTER", "a")], &["--cluster", "b"]),
        0,
        "the flag beats the variable"
    );
    assert_eq!(
        listed(&[("SMACK_MARATHON_URL", &a.url)], &[]),
        1,
        "a URL variable beats the current cluster"
    );
    assert_eq!(
        listed(&[("SMACK_MARATHON_URL", &a.url)], &["--cluster", "b"]),
        0,
        "a flag beats any variable"
    );
    assert_eq!(
        listed(&[], &["--cluster", "b", "--marathon", &a.url]),
        1,
        "--marathon with --cluster replaces its URL"
    );
    // config show names the cluster in force and where it came from.
    let out = run(
        &env,
        &["config", "show", "-o", "json"],
        &[("SMACK_CLUSTER", "a")],
    );
    let shown = stdout_json(&out);
    assert_eq!(shown["cluster"]["name"], "a");
    assert_eq!(shown["cluster"]["source"], "env");
    assert_eq!(shown["settings"]["cluster.current"]["value"], "a");
    assert!(
        shown["target"].as_str().unwrap().contains("SMACK_CLUSTER"),
        "{shown}"
    );
    let out = run(&env, &["config", "show"], &[]);
    assert!(
        stderr(&out).contains("cluster b (from cluster.current"),
        "{}",
        stderr(&out)
    );
    // The list marks the current one.
    let out = run(&env, &["cluster", "list"], &[]);
    let line = stdout(&out)
        .lines()
        .find(|l| l.contains(" b "))
        .unwrap()
        .to_string();
    assert!(line.trim_start().starts_with('*'), "{}", stdout(&out));
    // An unknown cluster is named, with the ones there are.
    let out = run(&env, &["--cluster", "c", "list"], &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no cluster named [c]"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("a, b"), "{}", stderr(&out));
    // Removing the current one: no cluster is current, and smack is back on its sandbox.
    let out = run(&env, &["cluster", "remove", "b"], &[]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stderr(&out).contains("no cluster is current"));
    let out = run(&env, &["config", "show"], &[]);
    assert!(stderr(&out).contains("local sandbox"), "{}", stderr(&out));
    outputs.push(out);
    // A Marathon behind HTTP credentials: asked for, kept 0600, never shown.
    let guarded = Server::start(&[
        "--deploy-seconds",
        "0",
        "--http-credentials-file",
        creds.to_str().unwrap(),
    ]);
    let out = run(&env, &["cluster", "add", "legacy", &guarded.url], &[]);
    assert_eq!(out.status.code(), Some(9), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("--http-credentials-file"),
        "{}",
        stderr(&out)
    );
    outputs.push(out);
    let out = add_with_file(
        &env,
        &["-v"],
        ["legacy", &guarded.url],
        &["--http-credentials-file"],
        &creds,
        &[],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    outputs.push(out);
    std::fs::remove_file(&creds).unwrap();
    let out = run(
        &env,
        &["-v", "--cluster", "legacy", "install", "kafka", "--yes"],
        &[],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let apps: Value = http()
        .get(format!("{}/v2/apps", guarded.url))
        .basic_auth("ops", Some("b-pl4nted-pw"))
        .send()
        .unwrap()
        .json()
        .unwrap();
    assert_eq!(apps["apps"][0]["id"], "/kafka");
    outputs.push(out);
    let out = run(&env, &["cluster", "list", "-o", "json"], &[]);
    let legacy = stdout_json(&out)
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "legacy")
        .cloned()
        .unwrap();
    assert_eq!(legacy["logged_in"], true);
    assert_eq!(legacy["login"], "HTTP credentials");
    outputs.push(out);
    // user:password in the URL: kept as the HTTP credentials, not in the cluster's file.
    let with_password = guarded.url.replace("http://", "http://ops:b-pl4nted-pw@");
    let out = run(
        &env,
        &["-v", "cluster", "add", "inline", &with_password],
        &[],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    outputs.push(out);
    let file =
        std::fs::read_to_string(env.path("config/smack/clusters/inline/cluster.toml")).unwrap();
    assert!(
        !file.contains("pl4nted") && !file.contains("ops@"),
        "{file}"
    );
    assert!(credentials(&env, "inline").contains("ops:b-pl4nted-pw"));
    let out = run(&env, &["-v", "--cluster", "inline", "list"], &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    outputs.push(out);
    assert_hidden(&outputs, &["b-pl4nted-pw"]);
    let config = std::fs::read_to_string(env.path("config/smack/config.toml")).unwrap();
    assert!(!config.contains("pl4nted"));
}

#[cfg(unix)]
#[test]
fn in_a_terminal_the_login_method_is_chosen_and_a_password_asked_or_a_token_pasted() {
    use rexpect::session::{PtySession, spawn_command};
    let env = Env::new();
    let (iam, _) = iam(&env);
    let server = Server::start(&["--deploy-seconds", "0", "--iam", iam.to_str().unwrap()]);
    // The token a browser login would give.
    let token = alice_token(&server.url);
    // Without a terminal: what to give instead, the authentication exit code.
    let out = run(&env, &["cluster", "add", "oidc", &server.url], &[]);
    assert_eq!(out.status.code(), Some(9), "{}", stderr(&out));
    assert!(stderr(&out).contains("--token-file"), "{}", stderr(&out));
    let out = run(
        &env,
        &["cluster", "add", "oidc", &server.url, "--provider", "nope"],
        &[],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("dcos-users, dcos-services, dcos-oidc-auth0"),
        "{}",
        stderr(&out)
    );
    let spawn = |name: &str| -> Option<PtySession> {
        let mut cmd = command_in(env.home.path());
        cmd.env("TERM", "xterm")
            .args(["cluster", "add", name, &server.url]);
        match spawn_command(cmd, Some(20_000)) {
            Ok(session) => Some(session),
            Err(e) if std::env::var_os("SMACK_REQUIRE_PTY").is_none() => {
                eprintln!("note: no pseudo-terminal on this machine ({e}); skipped");
                None
            }
            Err(e) => panic!("no pseudo-terminal: {e}"),
        }
    };
    // The cluster offers users and (its challenge being oauthjwt) OpenID Connect; service
    // accounts need a key, so they are not offered.
    let Some(mut p) = spawn("oidc") else { return };
    p.exp_string("Please select a login method:").unwrap();
    p.exp_string("(dcos-users)").unwrap();
    p.exp_string("(dcos-oidc-auth0)").unwrap();
    p.exp_string("Login method (1-2)").unwrap();
    p.send_line("2").unwrap();
    p.exp_string(&format!(
        "{}/login?redirect_uri=urn:ietf:wg:oauth:2.0:oob",
        server.url
    ))
    .unwrap();
    p.exp_string("Token").unwrap();
    p.send_line(&token).unwrap();
    p.exp_string("added cluster oidc").unwrap();
    let rest = p.exp_eof().unwrap();
    assert!(!rest.contains(&token), "the pasted token is not echoed");
    assert_eq!(token_in(&credentials(&env, "oidc")), token);
    let out = run(&env, &["list"], &[]);
    assert_eq!(out.status.code(), Some(1), "reached: {}", stderr(&out));
    // The other way: a username, then a password, not echoed.
    let Some(mut p) = spawn("users") else { return };
    p.exp_string("Login method (1-2)").unwrap();
    p.send_line("1").unwrap();
    p.exp_string("Username").unwrap();
    p.send_line("alice").unwrap();
    p.exp_string("alice's password").unwrap();
    p.send_line(PASSWORD).unwrap();
    p.exp_string("added cluster users").unwrap();
    let rest = p.exp_eof().unwrap();
    assert!(!rest.contains(PASSWORD), "the password is not echoed");
    assert!(rest.contains("login: user alice"), "{rest}");
    let out = run(&env, &["--cluster", "users", "list"], &[]);
    assert_eq!(out.status.code(), Some(1), "reached: {}", stderr(&out));
}

#[test]
fn smack_serve_and_smack_ui_use_the_cluster_and_renew_its_token() {
    let env = Env::new();
    let (iam, key) = iam(&env);
    let server = Server::start(&[
        "--deploy-seconds",
        "0",
        "--iam",
        iam.to_str().unwrap(),
        "--token-lifetime",
        "1s",
    ]);
    let out = add_service_account(&env, &[], "prod", &server.url, &key, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = run(&env, &["install", "kafka", "--yes"], &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // Past the token's life: both faces renew it through the same client.
    std::thread::sleep(std::time::Duration::from_millis(2500));
    let cosmos = CosmosServer::start(&env, &["--cluster", "prod"]);
    let apps: Value = http()
        .get(format!("{}/service/marathon/v2/apps", cosmos.url))
        .send()
        .unwrap()
        .json()
        .unwrap();
    assert_eq!(apps["apps"][0]["id"], "/kafka", "{apps}");
    drop(cosmos);
    std::thread::sleep(std::time::Duration::from_millis(2500));
    let ui = UiServer::start(&env, &[], &[("SMACK_CLUSTER", "prod")]);
    let b = reqwest::blocking::Client::builder()
        .no_proxy()
        .cookie_store(true)
        .build()
        .unwrap();
    b.get(ui.url()).send().unwrap();
    let services: Value = b
        .get(format!("{}/api/services", ui.base))
        .send()
        .unwrap()
        .json()
        .unwrap();
    assert_eq!(services[0]["appId"], "/kafka", "{services}");
}

#[test]
fn hostile_names_files_and_iam_files_are_refused_by_name() {
    let env = Env::new();
    let server = Server::instant();
    // A token "file" that never ends is not read to its end.
    let out = run(
        &env,
        &[
            "--marathon",
            &server.url,
            "--token-file",
            "/dev/zero",
            "list",
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(10), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("larger than 64 KiB"),
        "{}",
        stderr(&out)
    );
    // A cluster name is a name, never a path.
    let out = run(&env, &["list"], &[("SMACK_CLUSTER", "../../etc")]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("SMACK_CLUSTER"), "{}", stderr(&out));
    let out = run(&env, &["cluster", "add", "../x", &server.url], &[]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(!env.path("config/smack/x").exists());
    // Only a kept cluster can be made current.
    let out = run(&env, &["config", "set", "cluster.current", "nope"], &[]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("no cluster named [nope]"),
        "{}",
        stderr(&out)
    );
    // A bad IAM file names itself and the place.
    let iam = env.path("iam.json");
    std::fs::write(&iam, r#"{"users": [{"uid": "a"}]}"#).unwrap();
    let out = env
        .smack()
        .args(["sandbox", "serve", "--listen", "127.0.0.1:0", "--iam"])
        .arg(&iam)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("iam.json") && stderr(&out).contains("/users/0/password"),
        "{}",
        stderr(&out)
    );
    std::fs::write(
        &iam,
        r#"{"service_accounts": [{"uid": "s", "public_key": "not a key"}]}"#,
    )
    .unwrap();
    let out = env
        .smack()
        .args(["sandbox", "serve", "--listen", "127.0.0.1:0", "--iam"])
        .arg(&iam)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("/service_accounts/0/public_key"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn with_a_state_file_the_iams_tokens_outlive_a_restart() {
    let env = Env::new();
    let (iam, _) = iam(&env);
    let state = env.path("state.json");
    let args = [
        "--deploy-seconds",
        "0",
        "--iam",
        iam.to_str().unwrap(),
        "--state",
        state.to_str().unwrap(),
    ];
    let status = |url: &str, token: &str| {
        http()
            .get(format!("{url}/service/marathon/v2/apps"))
            .header("Authorization", format!("token={token}"))
            .send()
            .unwrap()
            .status()
            .as_u16()
    };
    let first = Server::start(&args);
    let token = alice_token(&first.url);
    assert_eq!(status(&first.url, &token), 200);
    drop(first);
    let key = env.path("state.json.iam-key");
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&key).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let second = Server::start(&args);
    assert_eq!(
        status(&second.url, &token),
        200,
        "the token outlives the restart"
    );
    // Without a state file, a restart is a new cluster: its tokens are its own.
    let third = Server::start(&["--deploy-seconds", "0", "--iam", iam.to_str().unwrap()]);
    assert_eq!(status(&third.url, &token), 401);
}
