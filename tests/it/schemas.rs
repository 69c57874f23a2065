//! The project's packages against the project's schemas and, where `../shared` is present, the
//! Universe's own meta schemas; the Marathon app schema against Marathon's published one.

use std::path::{Path, PathBuf};

use crate::common::*;
use serde_json::Value;

fn read(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap())
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn revisions() -> Vec<PathBuf> {
    let mut out = Vec::new();
    let root = project().join("universe/repo/packages");
    for letter in std::fs::read_dir(root).unwrap() {
        for name in std::fs::read_dir(letter.unwrap().path()).unwrap() {
            for rev in std::fs::read_dir(name.unwrap().path()).unwrap() {
                out.push(rev.unwrap().path());
            }
        }
    }
    out.sort();
    assert!(out.len() >= 7, "kafka x3, cassandra x2, spark x2 at least");
    out
}

fn draft4(schema: &Value) -> jsonschema::Validator {
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft4)
        .build(schema)
        .unwrap()
}

fn errors(v: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    v.iter_errors(instance)
        .map(|e| format!("{}: {e}", e.instance_path().as_str()))
        .collect()
}

#[test]
fn packages_validate_against_our_schemas() {
    let package = draft4(&read(&project().join("schemas/package.schema.json")));
    let resource = draft4(&read(&project().join("schemas/resource.schema.json")));
    for rev in revisions() {
        let e = errors(&package, &read(&rev.join("package.json")));
        assert!(e.is_empty(), "{}: {e:?}", rev.display());
        let e = errors(&resource, &read(&rev.join("resource.json")));
        assert!(e.is_empty(), "{}: {e:?}", rev.display());
        assert!(
            jsonschema::draft4::meta::is_valid(&read(&rev.join("config.json"))),
            "{}",
            rev.display()
        );
        assert!(rev.join("marathon.json.mustache").is_file());
    }
}

#[test]
fn our_schemas_reject_what_they_should() {
    let package = draft4(&read(&project().join("schemas/package.schema.json")));
    let good = read(&project().join("universe/repo/packages/K/kafka/3/package.json"));
    for (key, value) in [
        ("name", serde_json::json!("Kafka")),
        ("tags", serde_json::json!(["two words"])),
        ("packagingVersion", serde_json::json!("9.0")),
        ("unknownField", serde_json::json!(1)),
        ("licenses", serde_json::json!([{"name": "x"}])),
    ] {
        let mut bad = good.clone();
        bad[key] = value;
        assert!(!package.is_valid(&bad), "{key} should be rejected");
    }
}

fn meta(name: &str) -> Option<Value> {
    let path = project()
        .join("../shared/reference/universe/meta-schema")
        .join(name);
    path.is_file().then(|| read(&path))
}

#[test]
fn packages_validate_against_the_universe_meta_schemas() {
    let (Some(package), Some(config), Some(resource)) = (
        meta("package-schema.json"),
        meta("config-schema.json"),
        meta("v3-resource-schema.json"),
    ) else {
        eprintln!("note: ../shared/reference/universe/meta-schema not found; skipped");
        return;
    };
    let (package, config, resource) = (draft4(&package), draft4(&config), draft4(&resource));
    for rev in revisions() {
        for (v, file) in [
            (&package, "package.json"),
            (&config, "config.json"),
            (&resource, "resource.json"),
        ] {
            let e = errors(v, &read(&rev.join(file)));
            assert!(e.is_empty(), "{}/{file}: {e:?}", rev.display());
        }
    }
}

#[test]
fn repo_index_validates_against_the_universe_repo_schema() {
    let (Some(repo_schema), Some(definitions)) = (
        meta("v4-repo-schema.json"),
        meta("vX-repo-definitions.json"),
    ) else {
        eprintln!("note: ../shared/reference/universe/meta-schema not found; skipped");
        return;
    };
    // One document: the definitions file under `definitions`, references rewritten to it.
    let definitions: Value =
        serde_json::from_str(&definitions.to_string().replace("\"#/", "\"#/definitions/")).unwrap();
    let mut schema: Value = serde_json::from_str(
        &repo_schema
            .to_string()
            .replace("\"vX-repo-definitions.json#/", "\"#/definitions/"),
    )
    .unwrap();
    schema["definitions"] = definitions;
    let validator = draft4(&schema);
    let index: Value = serde_json::from_slice(&universe_index(&Env::new())).unwrap();
    assert_eq!(index["packages"].as_array().unwrap().len(), 10);
    let e = errors(&validator, &index);
    assert!(e.is_empty(), "{e:?}");
    // And the schema is not a rubber stamp: a package without its name fails.
    let mut broken = index.clone();
    broken["packages"][0]
        .as_object_mut()
        .unwrap()
        .remove("name");
    assert!(!errors(&validator, &broken).is_empty());
}
