//! `smack catalog search|describe` against the built-in catalog, directories and index files.

use crate::common::*;
use base64::Engine as _;
use serde_json::{Value, json};

#[test]
fn search_lists_the_builtin_packages_as_a_table() {
    let env = Env::new();
    let out = env.smack().args(["catalog", "search"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("NAME"), "{text}");
    for col in ["VERSION", "FRAMEWORK", "SOURCE", "DESCRIPTION"] {
        assert!(lines[0].contains(col));
    }
    let names: Vec<&str> = lines[1..]
        .iter()
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    assert_eq!(names, ["cassandra", "kafka", "spark"]);
    assert!(text.contains("4.3.1"), "newest kafka shown: {text}");
    assert!(
        stderr(&out).is_empty(),
        "nothing on stderr: {}",
        stderr(&out)
    );
}

#[test]
fn search_scores_name_tags_and_description() {
    let env = Env::new();
    let json = |q: &str| {
        let out = env
            .smack()
            .args(["catalog", "search", q, "--json"])
            .output()
            .unwrap();
        assert!(out.status.success());
        stdout_json(&out)
    };
    let hits = json("kafka");
    assert_eq!(hits.as_array().unwrap().len(), 1);
    assert_eq!(hits[0]["name"], "kafka");
    // name +2, tag "kafka" +1, description +0.5
    assert_eq!(hits[0]["score"], 3.5);
    // a tag only
    let hits = json("nosql");
    assert_eq!(hits[0]["name"], "cassandra");
    assert_eq!(hits[0]["score"], 1.0);
    // description only: 0.5 is kept
    let hits = json("dispatcher");
    assert_eq!(hits.as_array().unwrap().len(), 1);
    assert_eq!(hits[0]["score"], 0.5);
    // glob on the name
    let hits = json("*a*a*");
    let names: Vec<&str> = hits
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["cassandra", "kafka"]);
    let hits = json("s*");
    assert_eq!(hits[0]["name"], "spark");
    assert_eq!(hits.as_array().unwrap().len(), 1);
    // case-insensitive
    assert_eq!(json("KAFKA")[0]["name"], "kafka");
    let fields = &json("spark")[0];
    for key in [
        "name",
        "version",
        "framework",
        "selected",
        "tags",
        "description",
        "source",
        "revision",
    ] {
        assert!(fields.get(key).is_some(), "{key} in {fields}");
    }
    assert_eq!(fields["framework"], true);
}

#[test]
fn search_without_match_fails_in_table_mode_and_prints_empty_json() {
    let env = Env::new();
    let out = env
        .smack()
        .args(["catalog", "search", "zzzz"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).is_empty());
    assert!(
        stderr(&out).contains("No packages found"),
        "{}",
        stderr(&out)
    );
    let out = env
        .smack()
        .args(["catalog", "search", "zzzz", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout_json(&out), json!([]));
}

#[test]
fn search_table_fits_the_width() {
    let env = Env::new();
    let out = env
        .smack()
        .args(["catalog", "search"])
        .env("COLUMNS", "70")
        .output()
        .unwrap();
    let text = stdout(&out);
    for line in text.lines() {
        assert!(line.chars().count() <= 70, "too wide: {line:?}");
    }
    assert!(text.contains('…'), "descriptions are cut: {text}");
}

#[test]
fn describe_shows_metadata_config_and_versions() {
    let env = Env::new();
    let out = env
        .smack()
        .args(["catalog", "describe", "kafka"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(text.starts_with("kafka 4.3.1\n"), "{text}");
    for part in [
        "revision        4",
        "versions        4.3.1, 3.9.0, 3.8.1, 3.7.1",
        "Pre-install notes:",
        "Options",
    ] {
        assert!(text.contains(part), "{part:?} in {text}");
    }
    let rev = project().join("universe/repo/packages/K/kafka/4");
    let out = env
        .smack()
        .args(["catalog", "describe", "kafka", "--json"])
        .output()
        .unwrap();
    let file: Value =
        serde_json::from_str(&std::fs::read_to_string(rev.join("package.json")).unwrap()).unwrap();
    assert_eq!(stdout_json(&out), file);
    let out = env
        .smack()
        .args(["catalog", "describe", "kafka", "--config"])
        .output()
        .unwrap();
    let file: Value =
        serde_json::from_str(&std::fs::read_to_string(rev.join("config.json")).unwrap()).unwrap();
    assert_eq!(stdout_json(&out), file);
    let out = env
        .smack()
        .args(["catalog", "describe", "kafka", "--package-versions"])
        .output()
        .unwrap();
    assert_eq!(stdout(&out), "4.3.1\n3.9.0\n3.8.1\n3.7.1\n");
    let out = env
        .smack()
        .args([
            "catalog",
            "describe",
            "kafka",
            "--package-versions",
            "--json",
        ])
        .output()
        .unwrap();
    assert_eq!(
        stdout_json(&out),
        json!(["4.3.1", "3.9.0", "3.8.1", "3.7.1"])
    );
    let out = env
        .smack()
        .args([
            "catalog",
            "describe",
            "kafka",
            "--package-version",
            "3.8.1",
            "--json",
        ])
        .output()
        .unwrap();
    assert_eq!(stdout_json(&out)["version"], "3.8.1");
}

#[test]
fn describe_unknown_package_names_sources_and_suggests() {
    let env = Env::new();
    let out = env
        .smack()
        .args(["catalog", "describe", "kafak"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let err = stderr(&out);
    assert!(
        err.contains("package [kafak] not found in builtin"),
        "{err}"
    );
    assert!(err.contains("did you mean [kafka]"), "{err}");
    assert!(stdout(&out).is_empty());
    let out = env
        .smack()
        .args(["catalog", "describe", "../../etc"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let out = env
        .smack()
        .args(["catalog", "describe", "kafka", "--package-version", "9.9"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(
        stderr(&out).contains("no version [9.9]; available: 4.3.1, 3.9.0, 3.8.1, 3.7.1"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn malformed_packages_are_warnings_and_the_rest_works() {
    let env = Env::new();
    let root = env.path("cat");
    write_package(
        &root,
        "good",
        0,
        &[("package.json", &package_json("good", "1.0"))],
    );
    write_package(&root, "badjson", 0, &[("package.json", "{ not json")]);
    write_package(
        &root,
        "mismatch",
        0,
        &[("package.json", &package_json("other", "1.0"))],
    );
    write_package(&root, "nopkg", 0, &[("config.json", "{}")]);
    // a broken newest revision falls back to the older good one
    write_package(
        &root,
        "fallback",
        0,
        &[("package.json", &package_json("fallback", "1.0"))],
    );
    write_package(&root, "fallback", 5, &[("package.json", "[]")]);
    let out = env
        .smack()
        .args(["catalog", "search", "--json", "--catalog"])
        .arg(&root)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let names: Vec<String> = stdout_json(&out)
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(names, ["fallback", "good"]);
    let err = stderr(&out);
    for (path, why) in [
        ("B/badjson/0/package.json", "not valid JSON"),
        (
            "M/mismatch/0/package.json",
            "\"name\" is \"other\" but the folder is \"mismatch\"",
        ),
        ("N/nopkg/0/package.json", "missing package.json"),
        ("F/fallback/5/package.json", "not a JSON object"),
    ] {
        assert!(
            err.lines()
                .any(|l| l.starts_with("warning: ") && l.contains(path) && l.contains(why)),
            "{path}: {err}"
        );
    }
    let out = env
        .smack()
        .args(["catalog", "describe", "fallback", "--json", "--catalog"])
        .arg(&root)
        .output()
        .unwrap();
    assert_eq!(stdout_json(&out)["version"], "1.0");
}

#[test]
fn unreadable_catalogs_are_errors_naming_the_path() {
    let env = Env::new();
    let out = env
        .smack()
        .args(["catalog", "search", "--catalog", "/nonexistent/catalog"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(
        stderr(&out).contains("cannot read catalog /nonexistent/catalog"),
        "{}",
        stderr(&out)
    );
    let empty = env.path("empty");
    std::fs::create_dir_all(empty.join("stuff")).unwrap();
    let out = env
        .smack()
        .args(["catalog", "search", "--catalog"])
        .arg(&empty)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(
        stderr(&out).contains("not a Universe catalog"),
        "{}",
        stderr(&out)
    );
    let file = env.path("notindex.json");
    std::fs::write(&file, "{\"x\": 1}").unwrap();
    let out = env
        .smack()
        .args(["catalog", "search", "--catalog"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(
        stderr(&out).contains("no \"packages\" array"),
        "{}",
        stderr(&out)
    );
}

fn index_element(name: &str, version: &str, revision: u64, template: &str) -> Value {
    let mut p: Value = serde_json::from_str(&package_json(name, version)).unwrap();
    p["releaseVersion"] = json!(revision);
    p["config"] = json!({"type": "object", "properties": {"n": {"type": "integer", "default": 2}}});
    p["futureField"] = json!({"kept": true});
    p["marathon"] = json!({"v2AppMustacheTemplate": base64::engine::general_purpose::STANDARD.encode(template)});
    p
}

#[test]
fn index_files_are_catalogs_and_sources_are_ordered() {
    let env = Env::new();
    let index = env.path("repo.json");
    let doc = json!({"packages": [
        index_element("idx", "1.0", 0, r#"{"id": "/idx", "instances": {{n}}, "cmd": "old"}"#),
        index_element("idx", "2.0", 3, r#"{"id": "/idx", "instances": {{n}}, "cmd": "new"}"#),
        index_element("kafka", "0.0.1", 0, r#"{"id": "/shadow", "cmd": "x"}"#),
        {"name": "broken"},
        {"name": "badb64", "version": "1", "marathon": {"v2AppMustacheTemplate": "!!!"}},
    ]});
    std::fs::write(&index, doc.to_string()).unwrap();
    let out = env
        .smack()
        .args(["catalog", "search", "--json", "--catalog"])
        .arg(&index)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let hits = stdout_json(&out);
    assert_eq!(hits.as_array().unwrap().len(), 2);
    assert_eq!(hits[0]["name"], "idx");
    assert_eq!(hits[0]["version"], "2.0");
    let err = stderr(&out);
    assert!(
        err.contains("packages[3]") && err.contains("no string \"version\""),
        "{err}"
    );
    assert!(
        err.contains("packages[4]") && err.contains("not base64"),
        "{err}"
    );
    // unknown fields are kept
    let out = env
        .smack()
        .args(["catalog", "describe", "idx", "--json", "--catalog"])
        .arg(&index)
        .output()
        .unwrap();
    assert_eq!(stdout_json(&out)["futureField"], json!({"kept": true}));
    assert!(stdout_json(&out).get("marathon").is_none());
    // renders from the index, with the newest revision and a chosen version
    let out = env
        .smack()
        .args(["render", "idx", "--no-validate", "--catalog"])
        .arg(&index)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout_json(&out)["cmd"], "new");
    assert_eq!(stdout_json(&out)["instances"], 2);
    let out = env
        .smack()
        .args([
            "render",
            "idx",
            "--package-version",
            "1.0",
            "--set",
            "n=7",
            "--catalog",
        ])
        .arg(&index)
        .output()
        .unwrap();
    assert_eq!(stdout_json(&out)["cmd"], "old");
    assert_eq!(stdout_json(&out)["instances"], 7);
    // first source wins: the index's kafka shadows... only when listed first
    let builtin_first = env
        .smack()
        .args([
            "catalog",
            "describe",
            "kafka",
            "--json",
            "--catalog",
            "/dev/null/x",
        ])
        .output()
        .unwrap();
    assert_eq!(builtin_first.status.code(), Some(3));
    let universe = project().join("universe");
    let out = env
        .smack()
        .args(["catalog", "describe", "kafka", "--json", "--catalog"])
        .arg(&index)
        .arg("--catalog")
        .arg(&universe)
        .output()
        .unwrap();
    assert_eq!(stdout_json(&out)["version"], "0.0.1");
    let out = env
        .smack()
        .args(["catalog", "describe", "kafka", "--json", "--catalog"])
        .arg(&universe)
        .arg("--catalog")
        .arg(&index)
        .output()
        .unwrap();
    assert_eq!(stdout_json(&out)["version"], "4.3.1");
}

/// The derived catalogs in a test's cache directory.
fn derived_catalogs(env: &Env) -> Vec<std::path::PathBuf> {
    let dir = env.path("cache/smack/repositories/derived");
    let mut found: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.map(|e| e.unwrap().path()).collect())
        .unwrap_or_default();
    found.sort();
    found
}

#[test]
fn an_index_file_is_read_once_into_a_derived_catalog_that_is_never_trusted_when_wrong() {
    let env = Env::new();
    let index = env.path("repo.json");
    let write = |packages: Vec<Value>| {
        std::fs::write(&index, json!({ "packages": packages }).to_string()).unwrap()
    };
    let idx = |version: &str| {
        index_element(
            "idx",
            version,
            3,
            r#"{"id": "/idx", "instances": {{n}}, "cmd": "new"}"#,
        )
    };
    write(vec![
        index_element("idx", "1.0", 0, r#"{"id": "/idx", "cmd": "old"}"#),
        idx("2.0"),
        json!({"name": "broken"}),
    ]);
    let search = || {
        let out = env
            .smack()
            .args(["catalog", "search", "--json", "--catalog"])
            .arg(&index)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        let names: Vec<String> = stdout_json(&out)
            .as_array()
            .unwrap()
            .iter()
            .map(|h| {
                format!(
                    "{} {}",
                    h["name"].as_str().unwrap(),
                    h["version"].as_str().unwrap()
                )
            })
            .collect();
        (names, stderr(&out))
    };
    let (first, warnings) = search();
    assert_eq!(first, ["idx 2.0"]);
    assert!(
        warnings.contains("packages[2]: no string \"version\"; package skipped"),
        "{warnings}"
    );
    let derived = derived_catalogs(&env);
    assert_eq!(derived.len(), 1, "one derived catalog: {derived:?}");
    let derived = &derived[0];
    let written = std::fs::read(derived).unwrap();
    // Read again from the derived catalog: the same answer and the same warnings.
    assert_eq!(search(), (first.clone(), warnings.clone()));
    assert_eq!(
        std::fs::read(derived).unwrap(),
        written,
        "a sound derived catalog is kept"
    );
    // A package is read in full from its place in the index.
    let out = env
        .smack()
        .args(["render", "idx", "--no-validate", "--catalog"])
        .arg(&index)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout_json(&out)["cmd"], "new");

    // An altered or truncated derived catalog is detected and rebuilt.
    let altered = String::from_utf8(written.clone())
        .unwrap()
        .replace("\"idx\"", "\"idy\"");
    std::fs::write(derived, altered).unwrap();
    assert_eq!(search(), (first.clone(), warnings.clone()));
    assert_eq!(std::fs::read(derived).unwrap(), written);
    std::fs::write(derived, &written[..written.len() / 2]).unwrap();
    assert_eq!(search(), (first.clone(), warnings.clone()));
    assert_eq!(std::fs::read(derived).unwrap(), written);

    // A touched index with the same content keeps its derived catalog (with the new time).
    let mtime = std::fs::metadata(&index).unwrap().modified().unwrap();
    let later = mtime + std::time::Duration::from_secs(5);
    std::fs::File::options()
        .write(true)
        .open(&index)
        .unwrap()
        .set_modified(later)
        .unwrap();
    assert_eq!(search(), (first.clone(), warnings.clone()));
    assert_ne!(
        std::fs::read(derived).unwrap(),
        written,
        "re-keyed to the new time"
    );

    // A changed index is read again: same size, other content, and a new size.
    write(vec![
        index_element("idx", "1.0", 0, r#"{"id": "/idx", "cmd": "old"}"#),
        idx("2.1"),
        json!({"name": "broken"}),
    ]);
    let (names, _) = search();
    assert_eq!(names, ["idx 2.1"]);
    write(vec![
        idx("2.0"),
        index_element("zeta", "9", 0, r#"{"id": "/z", "cmd": "z"}"#),
    ]);
    let (names, warnings) = search();
    assert_eq!(names, ["idx 2.0", "zeta 9"]);
    assert!(!warnings.contains("packages[2]"), "{warnings}");
    assert_eq!(derived_catalogs(&env).len(), 1);
}

#[test]
fn a_derived_catalog_that_no_longer_matches_its_index_is_caught_when_a_package_is_read() {
    let env = Env::new();
    let index = env.path("repo.json");
    // Two elements of the same length, so that swapping them keeps the file's size.
    let a = index_element("aaaa", "1.0", 0, r#"{"id": "/aaaa", "cmd": "sleep 1"}"#);
    let b = index_element("bbbb", "1.0", 0, r#"{"id": "/bbbb", "cmd": "sleep 1"}"#);
    let write = |first: &serde_json::Value, second: &serde_json::Value| {
        std::fs::write(&index, json!({ "packages": [first, second] }).to_string()).unwrap()
    };
    write(&a, &b);
    let search = env
        .smack()
        .args(["catalog", "search", "--catalog"])
        .arg(&index)
        .output()
        .unwrap();
    assert_eq!(search.status.code(), Some(0), "{}", stderr(&search));
    assert_eq!(derived_catalogs(&env).len(), 1);
    // Swap the elements and give the file back its time: size and time match the derived
    // catalog, which now points at the wrong bytes.
    let mtime = std::fs::metadata(&index).unwrap().modified().unwrap();
    write(&b, &a);
    std::fs::File::options()
        .write(true)
        .open(&index)
        .unwrap()
        .set_modified(mtime)
        .unwrap();
    let render = || {
        env.smack()
            .args(["render", "aaaa", "--no-validate", "--catalog"])
            .arg(&index)
            .output()
            .unwrap()
    };
    let out = render();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("the index changed while smack read it; run the command again"),
        "{}",
        stderr(&out)
    );
    assert!(
        derived_catalogs(&env).is_empty(),
        "the wrong derived catalog is gone"
    );
    let out = render();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout_json(&out)["id"], "/aaaa");
}
