//! The house rules of docs/architecture.md, read from the source: no library module imports a
//! face, and no two top-level modules import each other.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::common::project;

/// The binary's faces (and their clap and terminal helpers): nothing in the library uses them.
const FACES: [&str; 8] = [
    "main",
    "cli",
    "commands",
    "web",
    "cosmos",
    "ui",
    "complete",
    "interrupt",
];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Each top-level module of `src/` and the top-level modules it names (`crate::x`, `smack::x`,
/// `crate::{x, …}`), comments left out.
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let src = project().join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in files {
        let rel = file.strip_prefix(&src).unwrap();
        let first = rel
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy();
        let me = first.trim_end_matches(".rs").to_string();
        let text: String = std::fs::read_to_string(&file)
            .unwrap()
            .lines()
            .map(|l| l.split("//").next().unwrap_or(""))
            .collect::<Vec<_>>()
            .join("\n");
        let entry = edges.entry(me.clone()).or_default();
        for prefix in ["crate::", "smack::"] {
            for (i, _) in text.match_indices(prefix) {
                let rest = &text[i + prefix.len()..];
                let names: Vec<String> = if let Some(group) = rest.strip_prefix('{') {
                    let group = group.split('}').next().unwrap_or("");
                    group
                        .split(',')
                        .map(|n| n.trim().split("::").next().unwrap_or("").to_string())
                        .collect()
                } else {
                    vec![
                        rest.chars()
                            .take_while(|c| c.is_ascii_lowercase() || *c == '_')
                            .collect(),
                    ]
                };
                for n in names {
                    if !n.is_empty()
                        && n != me
                        && n.chars().all(|c| c.is_ascii_lowercase() || c == '_')
                    {
                        entry.insert(n);
                    }
                }
            }
        }
    }
    edges
}

#[test]
fn no_library_module_imports_a_face_and_no_two_modules_import_each_other() {
    let edges = imports();
    assert!(
        edges.contains_key("ops") && edges.contains_key("marathon"),
        "{edges:?}"
    );
    let mut problems = Vec::new();
    for (module, targets) in &edges {
        if FACES.contains(&module.as_str()) {
            continue;
        }
        for face in FACES.iter().filter(|f| targets.contains(**f)) {
            problems.push(format!("library module {module} imports the face {face}"));
        }
    }
    for (a, targets) in &edges {
        for b in targets {
            if a < b && edges.get(b).is_some_and(|t| t.contains(a)) {
                problems.push(format!("{a} and {b} import each other"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_web_face_and_the_library_never_reach_into_the_commands() {
    let edges = imports();
    for module in ["web", "stack", "ops", "marathon", "pipeline"] {
        assert!(
            !edges[module].contains("commands"),
            "{module} imports commands: {:?}",
            edges[module]
        );
    }
}
