//! `validateOldAppAPI`: the deprecated fields and how they may not be combined.

use serde_json::{Map, Value};

use super::{Phases, arr, is_docker, key, non_empty};
use crate::marathon::rules::Phase;

const PH: Phase = Phase::Deprecated;

/// `uris` and `fetch` together.
pub(super) fn uris_with_fetch(app: &Map<String, Value>, p: &mut Phases) {
    if let Some(uris) = app.get("uris")
        && non_empty(Some(uris))
        && non_empty(app.get("fetch"))
    {
        p.fail(
            PH,
            key(&["uris"]),
            "may not be set in conjunction with fetch",
            None,
        );
    }
}

/// `ipAddress.discovery` on a Docker container.
pub(super) fn ip_discovery_with_docker(app: &Map<String, Value>, p: &mut Phases) {
    if app
        .get("ipAddress")
        .and_then(|i| i.get("discovery"))
        .is_some()
        && is_docker(app)
    {
        p.fail(
            PH,
            key(&["ipAddress"]),
            "ipAddress/discovery is not allowed for Docker containers",
            None,
        );
    }
}

/// `container.docker.network` and `networks` together.
pub(super) fn docker_network_with_networks(app: &Map<String, Value>, p: &mut Phases) {
    let docker_network = app
        .get("container")
        .and_then(|c| c.get("docker"))
        .and_then(|d| d.get("network"))
        .is_some();
    if docker_network && non_empty(app.get("networks")) {
        p.fail(
            PH,
            vec![],
            "must not specify both container.docker.network and networks",
            None,
        );
    }
}

/// `ipAddress` and `networks` together.
pub(super) fn ip_address_with_networks(app: &Map<String, Value>, p: &mut Phases) {
    if app.get("ipAddress").is_some() && non_empty(app.get("networks")) {
        p.fail(
            PH,
            vec![],
            "must not specify both networks and ipAddress",
            None,
        );
    }
}

fn ports(app: &Map<String, Value>) -> Vec<i64> {
    arr(app.get("ports"))
        .iter()
        .filter_map(Value::as_i64)
        .collect()
}

/// The fixed (non-zero) `ports` must be unique.
pub(super) fn unique_ports(app: &Map<String, Value>, p: &mut Phases) {
    let fixed: Vec<i64> = ports(app).into_iter().filter(|p| *p != 0).collect();
    let mut distinct = fixed.clone();
    distinct.sort_unstable();
    distinct.dedup();
    if distinct.len() != fixed.len() {
        p.fail(PH, vec![], "ports must be unique", None);
    }
}

/// `ipAddress` with ports.
pub(super) fn ip_address_with_ports(app: &Map<String, Value>, p: &mut Phases) {
    let any_ports = !ports(app).is_empty() || non_empty(app.get("portDefinitions"));
    if app.get("ipAddress").is_some() && any_ports {
        p.fail(
            PH,
            vec![],
            "cannot specify both an IP address and port",
            None,
        );
    }
}

/// `ports` and `portDefinitions` that disagree.
pub(super) fn ports_with_definitions(app: &Map<String, Value>, p: &mut Phases) {
    if let (Some(_), Some(defs)) = (app.get("ports"), app.get("portDefinitions")) {
        let def_ports: Vec<i64> = arr(Some(defs))
            .iter()
            .map(|d| d.get("port").and_then(Value::as_i64).unwrap_or(0))
            .collect();
        if def_ports != ports(app) {
            p.fail(
                PH,
                vec![],
                "cannot specify both ports and port definitions",
                None,
            );
        }
    }
}
