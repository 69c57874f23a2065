//! Compatibility with DC/OS: every package of `../shared/universe-sample` renders to exactly the
//! app JSON DC/OS rendered (JSON values compared), or is refused where DC/OS refused it.
//! Skipped (with a note) where the sample is not beside the project.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

/// The labels smack (like DC/OS) adds on top of the template's; `expected/` leaves them out.
const ADDED: [&str; 5] = [
    "DCOS_PACKAGE_NAME",
    "DCOS_PACKAGE_VERSION",
    "DCOS_PACKAGE_SOURCE",
    "DCOS_PACKAGE_OPTIONS",
    "DCOS_PACKAGE_DEFINITION",
];

/// The sample apps DC/OS rendered that Marathon 1.11 refuses (acceptance.md), with the rule:
/// smack's render refuses them too (exit 5) unless `--no-validate` is given.
const MARATHON_REFUSES: [(&str, &str); 3] = [
    // Case 6: `"id": ""` fails `strings.PathId`'s minLength at read time.
    (
        "edgelb-pool",
        "/id: expected a string of at least 1 character (Marathon: error.minLength)",
    ),
    // Case 8: ports given as strings.
    (
        "logstash",
        "/ports/0: expected an integer (Marathon: error.expected.jsnumber)",
    ),
    // A group (`apps`) posted as an app: no cmd, args or container is left.
    (
        "nexcloud",
        "/: AppDefinition must either contain one of 'cmd' or 'args', and/or a 'container'.",
    ),
];

fn render(name: &str, catalog: &Path, extra: &[&str]) -> std::process::Output {
    Command::cargo_bin("smack")
        .unwrap()
        .args(["render", name, "--compact"])
        .args(extra)
        .arg("--catalog")
        .arg(catalog)
        .output()
        .unwrap()
}

fn sample() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/universe-sample");
    dir.join("expected").is_dir().then_some(dir)
}

fn without_added_labels(mut app: Value) -> Value {
    if let Some(Value::Object(labels)) = app.get_mut("labels") {
        for k in ADDED {
            labels.remove(k);
        }
    }
    app
}

#[test]
fn universe_sample_renders_as_dcos_did() {
    let Some(sample) = sample() else {
        eprintln!("note: ../shared/universe-sample not found; compatibility not checked");
        return;
    };
    let catalog = sample.join("repo/packages");
    let mut entries: Vec<PathBuf> = std::fs::read_dir(sample.join("expected"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    let (mut identical, mut refused_ok, mut failures) = (0, 0, Vec::new());
    let (mut apps, mut refusals, mut refused_by_marathon) = (0, 0, 0);
    for path in entries {
        let name = path.file_stem().unwrap().to_str().unwrap().to_string();
        let ext = path.extension().unwrap().to_str().unwrap().to_string();
        let mut output = render(&name, &catalog, &[]);
        let stderr = String::from_utf8_lossy(&output.stderr).to_string();
        if ext == "refused" {
            refusals += 1;
            let why = std::fs::read_to_string(&path).unwrap();
            let code = output.status.code();
            let expected_code = if why.starts_with("options") { 4 } else { 5 };
            if code == Some(expected_code)
                && stderr.starts_with("error: ")
                && output.stdout.is_empty()
            {
                refused_ok += 1;
            } else {
                failures.push(format!(
                    "{name}: DC/OS refused ({}) but smack exited {code:?}: {stderr}",
                    why.trim()
                ));
            }
            continue;
        }
        apps += 1;
        if let Some((_, rule)) = MARATHON_REFUSES.iter().find(|(n, _)| *n == name) {
            if output.status.code() != Some(5) || !stderr.contains(rule) {
                failures.push(format!(
                    "{name}: Marathon refuses it ({rule}), but smack exited {:?}: {stderr}",
                    output.status.code()
                ));
                continue;
            }
            refused_by_marathon += 1;
            output = render(&name, &catalog, &["--no-validate"]);
        }
        if !output.status.success() {
            failures.push(format!(
                "{name}: smack failed: {}",
                String::from_utf8_lossy(&output.stderr)
            ));
            continue;
        }
        let ours: Value = serde_json::from_slice(&output.stdout).unwrap();
        let expected: Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        if without_added_labels(ours.clone()) == without_added_labels(expected) {
            identical += 1;
        } else {
            failures.push(format!("{name}: differs from DC/OS:\n{ours}"));
        }
    }
    eprintln!(
        "compat: {identical}/{apps} apps identical ({refused_by_marathon}/{} that Marathon 1.11 refuses refused by render too), {refused_ok}/{refusals} refusals matched",
        MARATHON_REFUSES.len()
    );
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Numbers print as Cosmos printed them: integral ones with all their digits (a `BigInteger`),
/// others as Java's `Double.toString`.
#[test]
fn numbers_print_as_cosmos_did() {
    let dir = tempfile::tempdir().unwrap();
    let rev = dir.path().join("repo/packages/N/numbers/0");
    std::fs::create_dir_all(&rev).unwrap();
    std::fs::write(
        rev.join("package.json"),
        r#"{"packagingVersion": "4.0", "name": "numbers", "version": "1", "maintainer": "m", "description": "d", "tags": []}"#,
    )
    .unwrap();
    let cases: [(&str, String); 8] = [
        (
            "1.7976931348623157E308",
            format!("17976931348623157{}", "0".repeat(292)),
        ),
        ("1e21", format!("1{}", "0".repeat(21))),
        ("1.0", "1".into()),
        ("-12.0", "-12".into()),
        ("0.5", "0.5".into()),
        ("0.0001", "1.0E-4".into()),
        ("12345678.9", "1.23456789E7".into()),
        ("9007199254740993", "9007199254740993".into()),
    ];
    let properties: Vec<String> = cases
        .iter()
        .enumerate()
        .map(|(i, (literal, _))| format!(r#""n{i}": {{"type": "number", "default": {literal}}}"#))
        .collect();
    std::fs::write(
        rev.join("config.json"),
        format!(
            r#"{{"type": "object", "properties": {{{}}}}}"#,
            properties.join(", ")
        ),
    )
    .unwrap();
    let env: Vec<String> = (0..cases.len())
        .map(|i| format!(r#""N{i}": "{{{{n{i}}}}}""#))
        .collect();
    std::fs::write(
        rev.join("marathon.json.mustache"),
        format!(
            r#"{{"id": "/numbers", "cmd": "sleep 1", "env": {{{}}}}}"#,
            env.join(", ")
        ),
    )
    .unwrap();
    let out = render("numbers", dir.path(), &[]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let app: Value = serde_json::from_slice(&out.stdout).unwrap();
    for (i, (literal, expected)) in cases.iter().enumerate() {
        assert_eq!(app["env"][format!("N{i}")], *expected, "{literal}");
    }
}

/// A JSON value with every number in one canonical exact form (`d.ddd` digits and a power of
/// ten), so that `1e2`, `100` and `100.0` compare equal and `12345678901234567890` does not
/// equal `12345678901234567000`: the sample's files keep the text the template printed.
fn exact_numbers(value: &Value) -> Value {
    match value {
        Value::Number(n) => Value::String(canonical_decimal(&n.to_string())),
        Value::Array(items) => Value::Array(items.iter().map(exact_numbers).collect()),
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| (k.clone(), exact_numbers(v)))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// `-12.50e3` → `-125e2`: sign, significant digits without leading or trailing zeros, exponent.
fn canonical_decimal(text: &str) -> String {
    let (negative, text) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (mantissa, exponent) = match text.find(['e', 'E']) {
        Some(i) => (&text[..i], text[i + 1..].parse::<i64>().unwrap()),
        None => (text, 0),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = format!("{whole}{fraction}");
    let mut exponent = exponent - fraction.len() as i64;
    let trimmed_end = digits.trim_end_matches('0');
    exponent += (digits.len() - trimmed_end.len()) as i64;
    let significant = trimmed_end.trim_start_matches('0');
    if significant.is_empty() {
        return "0".into();
    }
    format!(
        "{}{significant}e{exponent}",
        if negative { "-" } else { "" }
    )
}

#[test]
fn canonical_decimals_compare_exact_values() {
    assert_eq!(canonical_decimal("1e2"), canonical_decimal("100"));
    assert_eq!(canonical_decimal("100.0"), canonical_decimal("1E+2"));
    assert_eq!(canonical_decimal("-0.0"), "0");
    assert_ne!(
        canonical_decimal("12345678901234567890"),
        canonical_decimal("12345678901234567000")
    );
    assert_eq!(canonical_decimal("4.9E-324"), "49e-325");
}

/// `../shared/universe-sample/expected-options/`: the sample's revisions rendered with user
/// options, compared with what DC/OS rendered (numbers by exact value, strings decoded), or
/// refused where DC/OS refused. An app that Marathon's own rules refuse must be refused by
/// `smack render` with a Marathon rule named, and then render as DC/OS did with `--no-validate`.
#[test]
fn universe_sample_renders_user_options_as_dcos_did() {
    let Some(sample) = sample() else {
        eprintln!("note: ../shared/universe-sample not found; compatibility not checked");
        return;
    };
    let catalog = sample.join("repo/packages");
    let dir = sample.join("expected-options");
    let index = std::fs::read_to_string(dir.join("index.tsv")).unwrap();
    let (mut identical, mut refused_ok, mut by_marathon, mut failures) = (0, 0, 0, Vec::new());
    let mut cases = 0;
    for line in index.lines().skip(1) {
        let case = line.split('\t').next().unwrap();
        let (name, numbered) = case.split_once('/').unwrap();
        cases += 1;
        let base = dir.join(name).join(numbered);
        let options = format!("{}.options.json", base.display());
        let mut output = render(name, &catalog, &["--options", &options]);
        let stderr = String::from_utf8_lossy(&output.stderr).to_string();
        let err = PathBuf::from(format!("{}.err", base.display()));
        if err.exists() {
            let why = std::fs::read_to_string(&err).unwrap();
            if output.status.code() == Some(5)
                && stderr.starts_with("error: ")
                && output.stdout.is_empty()
            {
                refused_ok += 1;
            } else {
                failures.push(format!(
                    "{case}: DC/OS refused ({}) but smack exited {:?}: {stderr}",
                    why.trim(),
                    output.status.code()
                ));
            }
            continue;
        }
        if output.status.code() == Some(5) && stderr.contains("would refuse the app") {
            let retry = render(name, &catalog, &["--options", &options, "--no-validate"]);
            if retry.status.success() {
                by_marathon += 1;
                eprintln!(
                    "compat: {case}: Marathon's rules refuse it: {}",
                    stderr.trim()
                );
                output = retry;
            }
        }
        if !output.status.success() {
            failures.push(format!("{case}: smack failed: {stderr}"));
            continue;
        }
        let Ok(ours) = serde_json::from_slice::<Value>(&output.stdout) else {
            failures.push(format!(
                "{case}: smack printed what is not JSON: {}",
                String::from_utf8_lossy(&output.stdout)
            ));
            continue;
        };
        let expected: Value = serde_json::from_str(
            &std::fs::read_to_string(format!("{}.json", base.display())).unwrap(),
        )
        .unwrap();
        let ours = exact_numbers(&without_added_labels(ours));
        let expected = exact_numbers(&without_added_labels(expected));
        if ours == expected {
            identical += 1;
        } else {
            failures.push(format!(
                "{case}: differs from DC/OS:\n  smack: {ours}\n  DC/OS: {expected}"
            ));
        }
    }
    eprintln!(
        "compat: options: {identical} apps identical ({by_marathon} of them refused by Marathon's rules first), {refused_ok} refusals matched, of {cases} cases"
    );
    assert!(
        failures.is_empty(),
        "{} of {cases} cases differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
