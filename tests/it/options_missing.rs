//! Required options without a default: never a prompt without a terminal or with --yes, but
//! the list of what is missing.

use crate::common::*;

#[test]
fn without_a_terminal_or_with_yes_missing_options_are_listed() {
    let env = Env::new();
    needy_package(&env.path("catalog"));
    let server = Server::instant();
    let run = |args: &[&str]| {
        env.smack()
            .arg("--catalog")
            .arg(env.path("catalog"))
            .args(["--marathon", &server.url])
            .args(args)
            .output()
            .unwrap()
    };
    let out = run(&["install", "needy"]);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("package [needy] needs options that have no default"),
        "{err}"
    );
    assert!(
        err.contains("auth.token_name (string): The secret holding the token"),
        "{err}"
    );
    assert!(err.contains("auth.port (integer)"), "{err}");
    assert!(
        err.contains("--set PATH=VALUE") && err.contains("in a terminal without --yes"),
        "{err}"
    );
    let out = run(&["install", "needy", "--yes"]);
    assert_eq!(out.status.code(), Some(4));
    assert!(
        !stderr(&out).contains("in a terminal"),
        "--yes never prompts"
    );
    let out = run(&["render", "needy", "--set", "auth.token_name=vault"]);
    assert_eq!(out.status.code(), Some(4));
    assert!(
        !stderr(&out).contains("auth.token_name"),
        "only what is still missing"
    );
    assert!(stderr(&out).contains("auth.port"));
    assert!(server.app_ids().is_empty());
    let out = run(&[
        "install",
        "needy",
        "--yes",
        "--set",
        "auth.token_name=vault",
        "--set",
        "auth.port=99",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(server.get("/v2/apps/needy")["app"]["cmd"], "run vault 99");
}
