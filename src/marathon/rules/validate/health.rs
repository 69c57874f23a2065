//! Health: health checks, readiness checks and the 1.8+ `check` (acceptance.md cases 2 and 3).

use serde_json::{Map, Value};

use super::{Phases, arr, at, is_docker, key, port_count, port_names};
use crate::marathon::rules::Phase;

const PH: Phase = Phase::Canonical;

/// Health checks address a port the app has; IPv6 only for Mesos checks of Docker apps.
pub(super) fn health_checks(app: &Map<String, Value>, p: &mut Phases) {
    let ports = port_count(app);
    for (i, hc) in arr(app.get("healthChecks")).iter().enumerate() {
        let protocol = hc.get("protocol").and_then(Value::as_str).unwrap_or("HTTP");
        let command = hc.get("command").is_some();
        if !command && matches!(protocol, "HTTP" | "HTTPS" | "TCP") {
            let ok = match hc.get("portIndex").and_then(Value::as_u64) {
                Some(idx) => (idx as usize) < ports,
                None => hc.get("port").is_some() || ports == 1,
            };
            if !ok {
                p.fail(
                    PH,
                    at(&["healthChecks"], i, &[]),
                    "Health check port indices must address an element of the ports array or container port mappings.",
                    None,
                );
            }
        }
        let ipv6 = hc.get("ipProtocol").and_then(Value::as_str) == Some("IPv6");
        if ipv6 && !(protocol.starts_with("MESOS_") && is_docker(app)) {
            p.fail(
                PH,
                at(&["healthChecks"], i, &[]),
                "IPv6 can only be used for container type DOCKER and Mesos http/https/tcp health checks",
                None,
            );
        }
    }
}

/// At most one Mesos health check.
pub(super) fn one_mesos_health_check(app: &Map<String, Value>, p: &mut Phases) {
    let mesos_checks = arr(app.get("healthChecks"))
        .iter()
        .filter(|hc| {
            let protocol = hc.get("protocol").and_then(Value::as_str).unwrap_or("HTTP");
            hc.get("command").is_none()
                && matches!(protocol, "MESOS_TCP" | "MESOS_HTTP" | "MESOS_HTTPS")
        })
        .count();
    if mesos_checks > 1 {
        p.fail(
            PH,
            vec![],
            "AppDefinition can contain at most one Mesos health check",
            None,
        );
    }
}

/// One readiness check at most, on a named port, timing out before its interval.
pub(super) fn readiness_checks(app: &Map<String, Value>, p: &mut Phases) {
    let defs = arr(app.get("portDefinitions"));
    let mappings = arr(app.get("container").and_then(|c| c.get("portMappings")));
    let readiness = arr(app.get("readinessChecks"));
    if readiness.len() > 1 {
        p.fail(
            PH,
            key(&["readinessChecks"]),
            format!("got {}, expected 1 or less", readiness.len()),
            None,
        );
    }
    let names: Vec<&str> = if mappings.is_empty() {
        port_names(defs)
    } else {
        port_names(mappings)
    };
    for (i, rc) in readiness.iter().enumerate() {
        if let Some(name) = rc.get("portName").and_then(Value::as_str)
            && !names.contains(&name)
        {
            p.fail(
                PH,
                at(&["readinessChecks"], i, &["portName"]),
                format!("No port definition reference for portName {name}"),
                Some(if names.is_empty() {
                    "the app declares no named ports".into()
                } else {
                    format!("the app's port names: {}", names.join(", "))
                }),
            );
        }
        let interval = rc
            .get("intervalSeconds")
            .and_then(Value::as_i64)
            .unwrap_or(30);
        let timeout = rc
            .get("timeoutSeconds")
            .and_then(Value::as_i64)
            .unwrap_or(10);
        if timeout >= interval {
            p.fail(
                PH,
                at(&["readinessChecks"], i, &["timeoutSeconds"]),
                format!("got {timeout}, expected less than {interval}"),
                None,
            );
        }
    }
}

/// `Raml.fromRaml`: a `check` must hold exactly one of http, tcp and exec (else 500).
pub(super) fn check_kind(app: &Map<String, Value>, p: &mut Phases) {
    if let Some(check) = app.get("check") {
        let kinds = ["http", "tcp", "exec"]
            .iter()
            .filter(|k| check.get(**k).is_some())
            .count();
        if kinds != 1 {
            p.fail(
                Phase::Convert,
                key(&["check"]),
                "illegal RAML Check: expected one of http, tcp or exec checks",
                Some("Marathon answers 500 here; give exactly one of http, tcp and exec".into()),
            );
        }
    }
}

/// `AppDefinition`: no `check` with Docker.
pub(super) fn check_with_docker(app: &Map<String, Value>, p: &mut Phases) {
    if app.get("check").is_some() && is_docker(app) {
        p.fail(
            PH,
            vec![],
            "AppDefinition must not use 'checks' if using docker",
            Some("checks need the Mesos containerizer (container type MESOS); use healthChecks with Docker".into()),
        );
    }
}

/// `AppDefinition`: a `check`'s port index addresses a port of the app.
pub(super) fn check_port_index(app: &Map<String, Value>, p: &mut Phases) {
    if let Some(check) = app.get("check") {
        let index = check
            .get("http")
            .or_else(|| check.get("tcp"))
            .and_then(|c| c.get("portIndex"))
            .and_then(Value::as_u64);
        if let Some(idx) = index
            && idx as usize >= port_count(app)
        {
            p.fail(
                PH,
                key(&["check"]),
                "check port index must address an element of the ports array or container port mappings.",
                None,
            );
        }
    }
}
