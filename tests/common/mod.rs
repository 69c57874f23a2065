//! Helpers shared by the end-to-end tests: the real binary, isolated from the user's files.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

/// The smack binary with config, cache and data directories inside `home`.
pub fn smack_in(home: &Path) -> Command {
    let mut cmd = Command::cargo_bin("smack").unwrap();
    cmd.env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("NO_COLOR", "1");
    cmd
}

/// A temporary home and a command factory bound to it.
pub struct Env {
    pub home: tempfile::TempDir,
}

impl Env {
    pub fn new() -> Env {
        Env {
            home: tempfile::tempdir().unwrap(),
        }
    }
    pub fn smack(&self) -> Command {
        smack_in(self.home.path())
    }
    pub fn path(&self, rel: &str) -> PathBuf {
        self.home.path().join(rel)
    }
}

pub fn project() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn stdout_json(output: &std::process::Output) -> Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}): {}",
            String::from_utf8_lossy(&output.stdout)
        )
    })
}

pub fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

pub fn stdout(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Writes a package revision `packages/<L>/<name>/<rev>/` under `root` from (file, contents).
pub fn write_package(root: &Path, name: &str, revision: u64, files: &[(&str, &str)]) -> PathBuf {
    let letter = name[..1].to_uppercase();
    let dir = root
        .join("repo/packages")
        .join(letter)
        .join(name)
        .join(revision.to_string());
    std::fs::create_dir_all(&dir).unwrap();
    for (file, text) in files {
        std::fs::write(dir.join(file), text).unwrap();
    }
    dir
}

/// A minimal valid package.json.
pub fn package_json(name: &str, version: &str) -> String {
    serde_json::json!({
        "packagingVersion": "4.0",
        "name": name,
        "version": version,
        "maintainer": "tests",
        "description": format!("the {name} test package"),
        "tags": ["test"],
    })
    .to_string()
}
