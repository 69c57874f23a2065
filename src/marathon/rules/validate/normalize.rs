//! `AppNormalization` (`forDeprecated`, `forPreValidation`): the canonical form. Deprecated
//! fields are translated, defaults applied, the id made absolute; what cannot be normalized is
//! an unmapped exception (500).

use serde_json::{Map, Value, json};

use super::{Phases, arr, key, non_empty};
use crate::marathon::app::canonical_id;
use crate::marathon::rules::Phase;

const EXTRACTED: [&str; 7] = [
    ".tgz", ".tar.gz", ".tbz2", ".tar.bz2", ".txz", ".tar.xz", ".zip",
];

/// Both `container.portMappings` and `container.docker.portMappings`.
pub(super) fn both_port_mappings(app: &Map<String, Value>, p: &mut Phases) {
    let container = app.get("container");
    let docker_mappings = container
        .and_then(|c| c.get("docker"))
        .and_then(|d| d.get("portMappings"))
        .is_some_and(|m| non_empty(Some(m)));
    let mappings = container
        .and_then(|c| c.get("portMappings"))
        .is_some_and(|m| non_empty(Some(m)));
    if docker_mappings && mappings {
        p.fail(
            Phase::Normalize,
            vec![],
            "cannot specify both portMappings and docker.portMappings",
            Some("Marathon answers 500 here; keep only container.portMappings".into()),
        );
    }
}

/// Whether the app keeps local persistent volumes (a resident app).
fn resident(app: &Map<String, Value>) -> bool {
    arr(app.get("container").and_then(|c| c.get("volumes")))
        .iter()
        .any(|v| v.get("persistent").is_some())
}

/// The id made absolute.
pub(super) fn absolute_id(app: &mut Map<String, Value>, _p: &mut Phases) {
    if let Some(Value::String(id)) = app.get("id")
        && let Ok(id) = canonical_id(id)
    {
        app.insert("id".into(), Value::String(id));
    }
}

/// `version` and `versionInfo` are Marathon's to set.
pub(super) fn drop_versions(app: &mut Map<String, Value>, _p: &mut Phases) {
    app.remove("version");
    app.remove("versionInfo");
}

/// `ports` become `portDefinitions`.
pub(super) fn ports_to_definitions(app: &mut Map<String, Value>, _p: &mut Phases) {
    if let Some(Value::Array(ports)) = app.remove("ports")
        && !app.contains_key("portDefinitions")
    {
        let defs: Vec<Value> = ports
            .into_iter()
            .map(|port| json!({ "port": port, "protocol": "tcp" }))
            .collect();
        app.insert("portDefinitions".into(), Value::Array(defs));
    }
}

/// `uris` become `fetch`, archives extracted.
pub(super) fn uris_to_fetch(app: &mut Map<String, Value>, _p: &mut Phases) {
    if let Some(Value::Array(uris)) = app.remove("uris")
        && arr(app.get("fetch")).is_empty()
    {
        let fetch: Vec<Value> = uris
            .into_iter()
            .map(|u| {
                let extract = u
                    .as_str()
                    .is_some_and(|u| EXTRACTED.iter().any(|ext| u.ends_with(ext)));
                json!({ "uri": u, "extract": extract, "executable": false, "cache": false })
            })
            .collect();
        app.insert("fetch".into(), Value::Array(fetch));
    }
}

/// Deprecated networking: `docker.network` and `ipAddress` become `networks`
/// (`NetworkTranslation`); `docker.portMappings` become `container.portMappings`; the ports of
/// the network mode (definitions on the host, mappings on a container network).
pub(super) fn networking(app: &mut Map<String, Value>, p: &mut Phases) {
    let mut networks = arr(app.get("networks")).to_vec();
    let ip_address = app.remove("ipAddress");
    let ip_name = ip_address
        .as_ref()
        .and_then(|ip| ip.get("networkName").cloned());
    let mut docker_network = None;
    if let Some(Value::Object(container)) = app.get_mut("container")
        && let Some(Value::Object(docker)) = container.get_mut("docker")
    {
        docker_network = docker.remove("network");
        if let Some(m) = docker.remove("portMappings")
            && arr(container.get("portMappings")).is_empty()
        {
            container.insert("portMappings".into(), m);
        }
    }
    match docker_network.as_ref().and_then(Value::as_str) {
        Some("BRIDGE") => networks = vec![json!({ "mode": "container/bridge" })],
        Some("USER") => {
            let mut n = json!({ "mode": "container" });
            if let Some(name) = &ip_name {
                n["name"] = name.clone();
            }
            networks = vec![n];
        }
        Some("HOST") => networks = vec![json!({ "mode": "host" })],
        Some(other) => p.fail(
            Phase::Normalize,
            key(&["container", "docker", "network"]),
            format!("unsupported docker network type {other}"),
            Some("Marathon answers 500 here; use BRIDGE, USER or HOST, or `networks`".into()),
        ),
        None => {
            if ip_address.is_some() && networks.is_empty() {
                let mut n = json!({ "mode": "container" });
                if let Some(name) = &ip_name {
                    n["name"] = name.clone();
                }
                networks.push(n);
            }
        }
    }
    if ip_address.is_some() && !app.contains_key("container") {
        app.insert("container".into(), json!({ "type": "MESOS" }));
    }
    let host = networks.is_empty()
        || networks
            .iter()
            .any(|n| n.get("mode").and_then(Value::as_str) == Some("host"));
    let bridged = networks
        .iter()
        .any(|n| n.get("mode").and_then(Value::as_str) == Some("container/bridge"));
    if !host && !app.contains_key("container") {
        app.insert("container".into(), json!({ "type": "MESOS" }));
    }
    if host {
        // `maybeDropPortMappings`, `applyDefaultPortDefinitions`.
        if let Some(Value::Object(container)) = app.get_mut("container")
            && let Some(Value::Array(mappings)) = container.remove("portMappings")
            && !mappings.is_empty()
        {
            p.warn(
                key(&["container", "portMappings"]),
                "the app is host-networked, so Marathon drops its port mappings".into(),
                Some("declare the ports in portDefinitions, or put the app on a container network with `networks`".into()),
            );
        }
        if !app.contains_key("portDefinitions") {
            app.insert(
                "portDefinitions".into(),
                json!([{ "port": 0, "protocol": "tcp", "name": "default" }]),
            );
        }
    } else {
        if let Some(Value::Array(defs)) = app.remove("portDefinitions")
            && !defs.is_empty()
        {
            p.warn(
                key(&["portDefinitions"]),
                "the app is on a container network, so Marathon drops its port definitions".into(),
                Some("declare the ports as container.portMappings".into()),
            );
        }
        if let Some(Value::Object(container)) = app.get_mut("container") {
            let mut mappings = arr(container.get("portMappings")).to_vec();
            if mappings.is_empty() {
                // `Apps.DefaultPortMappings`.
                mappings.push(json!({ "containerPort": 0, "name": "default", "protocol": "tcp", "servicePort": 0 }));
            }
            if bridged {
                for m in &mut mappings {
                    if let Some(m) = m.as_object_mut() {
                        m.entry("hostPort").or_insert(json!(0));
                    }
                }
            }
            container.insert("portMappings".into(), Value::Array(mappings));
        }
    }
    if networks.is_empty() {
        networks.push(json!({ "mode": "host" }));
    }
    app.insert("networks".into(), Value::Array(networks));
}

/// Readiness checks are ready on HTTP 200 unless they say otherwise.
pub(super) fn readiness_defaults(app: &mut Map<String, Value>, _p: &mut Phases) {
    if let Some(Value::Array(checks)) = app.get_mut("readinessChecks") {
        for c in checks.iter_mut() {
            if let Some(c) = c.as_object_mut() {
                c.entry("httpStatusCodesForReady").or_insert(json!([200]));
            }
        }
    }
}

/// The upgrade and unreachable strategies, by whether the app is resident.
pub(super) fn strategies(app: &mut Map<String, Value>, _p: &mut Phases) {
    let resident = resident(app);
    if !app.contains_key("upgradeStrategy") {
        let strategy = if resident {
            json!({ "minimumHealthCapacity": 0.5, "maximumOverCapacity": 0 })
        } else {
            json!({ "minimumHealthCapacity": 1, "maximumOverCapacity": 1 })
        };
        app.insert("upgradeStrategy".into(), strategy);
    }
    if !app.contains_key("unreachableStrategy") {
        let strategy = if resident {
            json!("disabled")
        } else {
            json!({ "inactiveAfterSeconds": 0, "expungeAfterSeconds": 0 })
        };
        app.insert("unreachableStrategy".into(), strategy);
    }
}
