//! Getting into clusters (dcos/access.md): Marathon's HTTP credentials (`--http_credentials`)
//! on the sandbox and in smack, and that they never reach any output.

use crate::common::*;

const PASSWORD: &str = "pl4nted-s3cret-pw";

#[test]
fn marathons_http_credentials_are_asked_for_sent_from_a_file_and_never_shown() {
    let env = Env::new();
    let creds = env.path("creds");
    std::fs::write(&creds, format!("ops:{PASSWORD}\n")).unwrap();
    let server = Server::start(&[
        "--deploy-seconds",
        "0",
        "--http-credentials-file",
        creds.to_str().unwrap(),
    ]);
    // Marathon's answer without them: Jetty's 401 and its Basic challenge.
    let r = http()
        .get(format!("{}/v2/apps", server.url))
        .send()
        .unwrap();
    assert_eq!(r.status().as_u16(), 401);
    assert_eq!(
        r.headers()["www-authenticate"],
        "basic realm=\"Mesosphere\""
    );
    let r = http()
        .get(format!("{}/v2/apps", server.url))
        .basic_auth("ops", Some(PASSWORD))
        .send()
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let mut outputs = Vec::new();
    // smack without them: the error names the HTTP credentials and how to give them.
    let out = env
        .smack()
        .args(["--marathon", &server.url, "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(9), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("--http-credentials-file"),
        "{}",
        stderr(&out)
    );
    outputs.push(out);
    // With them: install, list, uninstall; -v traces included.
    for args in [
        vec!["-v", "install", "kafka", "--yes", "--wait"],
        vec!["-v", "list"],
        vec!["-v", "uninstall", "kafka", "--yes", "--wait"],
    ] {
        let out = env
            .smack()
            .args([
                "--marathon",
                &server.url,
                "--http-credentials-file",
                creds.to_str().unwrap(),
            ])
            .args(&args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        outputs.push(out);
    }
    // The same from the environment and the config.
    let out = env
        .smack()
        .env("SMACK_HTTP_CREDENTIALS_FILE", &creds)
        .args(["--marathon", &server.url, "config", "show"])
        .output()
        .unwrap();
    assert!(
        stdout(&out).contains("marathon.http_credentials_file"),
        "{}",
        stdout(&out)
    );
    outputs.push(out);
    // Wrong ones: refused, and said so.
    let wrong = env.path("wrong");
    std::fs::write(&wrong, "ops:not-it\n").unwrap();
    let out = env
        .smack()
        .args([
            "--marathon",
            &server.url,
            "--http-credentials-file",
            wrong.to_str().unwrap(),
            "list",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(9));
    assert!(
        stderr(&out).contains("refused the HTTP credentials"),
        "{}",
        stderr(&out)
    );
    // A file not in the user:password form is a usage error naming the file, not its content.
    let bad = env.path("bad");
    std::fs::write(&bad, format!("{PASSWORD}\n")).unwrap();
    let out = env
        .smack()
        .args([
            "--marathon",
            &server.url,
            "--http-credentials-file",
            bad.to_str().unwrap(),
            "list",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("bad") && stderr(&out).contains("user:password"));
    outputs.push(out);
    for out in &outputs {
        for text in [stdout(out), stderr(out)] {
            assert!(!text.contains(PASSWORD), "the password leaked: {text}");
        }
    }
}
