//! What DC/OS serves beside Cosmos and its tools read first: `/capabilities` and
//! `/dcos-metadata/dcos-version.json` (Admin Router serves it without authentication; Cosmos
//! and the CLIs stop when it is missing).

use serde_json::{Value, json};

/// The DC/OS version whose Cosmos API `smack serve` answers: Cosmos 0.6.x, as DC/OS 1.13 ships.
pub const DCOS_VERSION: &str = "1.13.0";

/// `GET /dcos-metadata/dcos-version.json`, as dcos/dcos `gen/dcos-metadata.yaml` writes it.
pub fn dcos_version() -> Value {
    smack::dcos::version_document(DCOS_VERSION)
}

/// `GET /capabilities`.
pub fn capabilities() -> Value {
    json!({ "capabilities": [{ "name": "PACKAGE_MANAGEMENT" }] })
}
