//! Real third-party clients against `smack sandbox serve`: marathon-python 0.13 (Debian's
//! python3-marathon or `pip install marathon==0.13.0`) runs every call of its client
//! (tests/clients/marathon_python.py), asserting results. Without the client the test skips
//! with a message, unless `SMACK_REQUIRE_CLIENTS` is set (CI sets it).

use crate::common::*;

/// A Python that can import `marathon`.
fn python_with_marathon() -> Option<String> {
    ["/usr/bin/python3", "python3"].into_iter().find_map(|p| {
        std::process::Command::new(p)
            .args(["-c", "import marathon"])
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|_| p.to_string())
    })
}

fn marathon_python(prefix: &str) {
    let Some(python) = python_with_marathon() else {
        if std::env::var_os("SMACK_REQUIRE_CLIENTS").is_some() {
            panic!(
                "SMACK_REQUIRE_CLIENTS is set, but no python3 imports marathon (apt-get install python3-marathon, or pip install marathon==0.13.0)"
            );
        }
        eprintln!("skipped: marathon-python is not installed (apt-get install python3-marathon)");
        return;
    };
    let server = Server::start(&["--deploy-seconds", "0.1"]);
    let out = std::process::Command::new(python)
        .arg(project().join("tests/clients/marathon_python.py"))
        .arg(format!("{}{prefix}", server.url))
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{said}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(said.trim_end().ends_with("done"), "{said}");
    // What the client cannot take from Marathon 1.11 is noted, not hidden.
    for line in said.lines().filter(|l| l.starts_with("noted")) {
        eprintln!("marathon-python: {line}");
    }
}

#[test]
fn marathon_python_runs_every_call_against_the_sandbox() {
    marathon_python("");
}

#[test]
fn marathon_python_works_through_the_dcos_prefix() {
    marathon_python("/service/marathon");
}
