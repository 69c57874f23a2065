//! Ports and networks: unique port names, port definitions only with host networking, one
//! container network with Docker.

use serde_json::{Map, Value};

use super::{Phases, arr, duplicates, is_docker, key, port_names};
use crate::marathon::rules::Phase;

const PH: Phase = Phase::Canonical;

/// Port names are unique, in `portDefinitions` and in `container.portMappings`.
pub(super) fn unique_names(app: &Map<String, Value>, p: &mut Phases) {
    let defs = arr(app.get("portDefinitions"));
    if duplicates(&port_names(defs)) {
        p.fail(
            PH,
            key(&["portDefinitions"]),
            "Port names must be unique.",
            None,
        );
    }
    let mappings = arr(app.get("container").and_then(|c| c.get("portMappings")));
    if duplicates(&port_names(mappings)) {
        p.fail(
            PH,
            key(&["container", "portMappings"]),
            "Port names must be unique.",
            None,
        );
    }
}

fn mode(n: &Value) -> String {
    n.get("mode")
        .and_then(Value::as_str)
        .unwrap_or("container")
        .to_string()
}

/// `portDefinitions` only on the host network.
pub(super) fn definitions_need_host(app: &Map<String, Value>, p: &mut Phases) {
    let defs = arr(app.get("portDefinitions"));
    let networks = arr(app.get("networks"));
    if networks.iter().any(|n| mode(n) != "host") && !defs.is_empty() {
        p.fail(
            PH,
            vec![],
            "portDefinitions are only allowed with host-networking",
            None,
        );
    }
}

/// One container network at most with the Docker containerizer.
pub(super) fn one_docker_network(app: &Map<String, Value>, p: &mut Phases) {
    let networks = arr(app.get("networks"));
    if is_docker(app) && networks.iter().filter(|n| mode(n) == "container").count() > 1 {
        p.fail(
            PH,
            key(&["networks"]),
            "may only specify a single container network when using the Docker container engine",
            None,
        );
    }
}
