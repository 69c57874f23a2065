//! Marathon's checks after reading (acceptance.md §1, steps 3–7; `AppValidation`,
//! `AppNormalization`, `AppDefinition`): the deprecated fields, normalization into the canonical
//! form, the canonical checks and the conversion, stopping at the first phase that fails.

use serde_json::{Map, Value, json};

use super::{Finding, Path, Phase, Profile, Seg, Severity};
use crate::marathon::app::canonical_id;

fn key(path: &[&str]) -> Path {
    path.iter().map(|k| Seg::Key(k.to_string())).collect()
}

fn at(path: &[&str], index: usize, rest: &[&str]) -> Path {
    let mut p = key(path);
    p.push(Seg::Index(index));
    p.extend(rest.iter().map(|k| Seg::Key(k.to_string())));
    p
}

struct Phases<'p> {
    profile: &'p Profile,
    errors: Vec<Finding>,
    warnings: Vec<Finding>,
}

impl Phases<'_> {
    fn fail(
        &mut self,
        phase: Phase,
        path: Path,
        marathon: impl Into<String>,
        hint: Option<String>,
    ) {
        let marathon = marathon.into();
        self.errors.push(Finding {
            severity: Severity::Error,
            phase,
            path,
            message: marathon.clone(),
            marathon,
            found: None,
            hint,
        });
    }

    fn warn(&mut self, path: Path, message: String, hint: Option<String>) {
        self.warnings.push(Finding {
            severity: Severity::Warning,
            phase: Phase::Normalize,
            path,
            message,
            marathon: String::new(),
            found: None,
            hint,
        });
    }

    fn failed(&self) -> bool {
        !self.errors.is_empty()
    }
}

fn arr(v: Option<&Value>) -> &[Value] {
    v.and_then(Value::as_array).map_or(&[], Vec::as_slice)
}

fn non_empty(v: Option<&Value>) -> bool {
    !arr(v).is_empty()
}

fn container_type(app: &Map<String, Value>) -> Option<&str> {
    app.get("container")?.get("type")?.as_str()
}

fn is_docker(app: &Map<String, Value>) -> bool {
    container_type(app) == Some("DOCKER")
}

/// Runs the phases after reading. Returns the normalized app and the errors of the first phase
/// that fails (none when reading already failed), with the warnings of normalization.
pub fn phases(
    mut app: Map<String, Value>,
    profile: &Profile,
    read_failed: bool,
) -> (Map<String, Value>, Vec<Finding>) {
    let mut p = Phases {
        profile,
        errors: Vec::new(),
        warnings: Vec::new(),
    };
    if !read_failed {
        deprecated(&app, &mut p);
    }
    if !read_failed && !p.failed() {
        normalize_checks(&app, &mut p);
    }
    normalize(&mut app, &mut p);
    if !read_failed && !p.failed() {
        canonical(&app, &mut p);
    }
    if !read_failed && !p.failed() {
        convert(&app, &mut p);
    }
    if !read_failed && !p.failed() {
        definition(&app, &mut p);
    }
    let mut findings = p.errors;
    findings.extend(p.warnings);
    (app, findings)
}

/// `validateOldAppAPI`.
fn deprecated(app: &Map<String, Value>, p: &mut Phases) {
    let ph = Phase::Deprecated;
    let docker_network = app
        .get("container")
        .and_then(|c| c.get("docker"))
        .and_then(|d| d.get("network"))
        .is_some();
    let networks = non_empty(app.get("networks"));
    if let Some(uris) = app.get("uris")
        && non_empty(Some(uris))
        && non_empty(app.get("fetch"))
    {
        p.fail(
            ph,
            key(&["uris"]),
            "may not be set in conjunction with fetch",
            None,
        );
    }
    if app
        .get("ipAddress")
        .and_then(|i| i.get("discovery"))
        .is_some()
        && is_docker(app)
    {
        p.fail(
            ph,
            key(&["ipAddress"]),
            "ipAddress/discovery is not allowed for Docker containers",
            None,
        );
    }
    if docker_network && networks {
        p.fail(
            ph,
            vec![],
            "must not specify both container.docker.network and networks",
            None,
        );
    }
    if app.get("ipAddress").is_some() && networks {
        p.fail(
            ph,
            vec![],
            "must not specify both networks and ipAddress",
            None,
        );
    }
    let ports: Vec<i64> = arr(app.get("ports"))
        .iter()
        .filter_map(Value::as_i64)
        .collect();
    let fixed: Vec<i64> = ports.iter().copied().filter(|p| *p != 0).collect();
    let mut distinct = fixed.clone();
    distinct.sort_unstable();
    distinct.dedup();
    if distinct.len() != fixed.len() {
        p.fail(ph, vec![], "ports must be unique", None);
    }
    let any_ports = !ports.is_empty() || non_empty(app.get("portDefinitions"));
    if app.get("ipAddress").is_some() && any_ports {
        p.fail(
            ph,
            vec![],
            "cannot specify both an IP address and port",
            None,
        );
    }
    if let (Some(_), Some(defs)) = (app.get("ports"), app.get("portDefinitions")) {
        let def_ports: Vec<i64> = arr(Some(defs))
            .iter()
            .map(|d| d.get("port").and_then(Value::as_i64).unwrap_or(0))
            .collect();
        if def_ports != ports {
            p.fail(
                ph,
                vec![],
                "cannot specify both ports and port definitions",
                None,
            );
        }
    }
}

/// The refusals of `AppNormalization` (unmapped exceptions: 500).
fn normalize_checks(app: &Map<String, Value>, p: &mut Phases) {
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

const EXTRACTED: [&str; 7] = [
    ".tgz", ".tar.gz", ".tbz2", ".tar.bz2", ".txz", ".tar.xz", ".zip",
];

/// Whether the app keeps local persistent volumes (a resident app).
fn resident(app: &Map<String, Value>) -> bool {
    arr(app.get("container").and_then(|c| c.get("volumes")))
        .iter()
        .any(|v| v.get("persistent").is_some())
}

/// The top-level group of an app id (`/g/a` → `g`), if it is not in the root group.
fn top_group(id: &str) -> Option<String> {
    let segments: Vec<&str> = id.split('/').filter(|s| !s.is_empty()).collect();
    (segments.len() > 1).then(|| segments[0].to_string())
}

/// The canonical form (`AppNormalization.forDeprecated`, `forPreValidation`): deprecated fields
/// translated, defaults applied, the id made absolute.
fn normalize(app: &mut Map<String, Value>, p: &mut Phases) {
    if let Some(Value::String(id)) = app.get("id")
        && let Ok(id) = canonical_id(id)
    {
        app.insert("id".into(), Value::String(id));
    }
    app.remove("version");
    app.remove("versionInfo");
    if let Some(Value::Array(ports)) = app.remove("ports")
        && !app.contains_key("portDefinitions")
    {
        let defs: Vec<Value> = ports
            .into_iter()
            .map(|port| json!({ "port": port, "protocol": "tcp" }))
            .collect();
        app.insert("portDefinitions".into(), Value::Array(defs));
    }
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
    // Deprecated networking: docker.network and ipAddress become `networks`
    // (`NetworkTranslation`); docker.portMappings become container.portMappings.
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
    if let Some(Value::Array(checks)) = app.get_mut("readinessChecks") {
        for c in checks.iter_mut() {
            if let Some(c) = c.as_object_mut() {
                c.entry("httpStatusCodesForReady").or_insert(json!([200]));
            }
        }
    }
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
    // The role (1.9+): the mesos role unless given.
    if p.profile.at_least(9) && !app.contains_key("role") {
        app.insert("role".into(), Value::String(p.profile.mesos_role.clone()));
    }
    sanitize_roles(app, p);
}

/// The roles an app may use: `--mesos_role`, and the app's top-level group (acceptance.md case 4).
fn valid_roles(app: &Map<String, Value>, profile: &Profile) -> Vec<String> {
    let mut roles = vec![profile.mesos_role.clone()];
    if let Some(group) = app.get("id").and_then(Value::as_str).and_then(top_group)
        && !roles.contains(&group)
    {
        roles.push(group);
    }
    roles
}

/// The roles `acceptedResourceRoles` may name: `*` and the app's role.
fn allowed_accepted(app: &Map<String, Value>, profile: &Profile) -> Vec<String> {
    let role = app
        .get("role")
        .and_then(Value::as_str)
        .unwrap_or(&profile.mesos_role)
        .to_string();
    let mut allowed = vec!["*".to_string()];
    if role != "*" {
        allowed.push(role);
    }
    allowed
}

/// 1.9 (and 1.10 with `--deprecated_features sanitize_accepted_resource_roles`) drops the
/// entries of `acceptedResourceRoles` that the app's role does not allow.
fn sanitize_roles(app: &mut Map<String, Value>, p: &mut Phases) {
    let minor = p.profile.version.minor;
    let sanitizes = minor == 9
        || (minor == 10
            && p.profile
                .deprecated_features
                .contains("sanitize_accepted_resource_roles"));
    if !sanitizes {
        return;
    }
    let allowed = allowed_accepted(app, p.profile);
    let Some(Value::Array(roles)) = app.get_mut("acceptedResourceRoles") else {
        return;
    };
    let before = roles.len();
    roles.retain(|r| r.as_str().is_some_and(|r| allowed.iter().any(|a| a == r)));
    if roles.len() != before {
        let kept = roles.clone();
        if kept.is_empty() {
            app.insert("acceptedResourceRoles".into(), json!(["*"]));
        }
        p.warn(
            key(&["acceptedResourceRoles"]),
            format!(
                "Marathon {} silently removes the roles other than {}",
                p.profile.version,
                allowed.join(" and ")
            ),
            Some(p.profile.assumption("mesos_role")),
        );
    }
}

fn port_names(list: &[Value]) -> Vec<&str> {
    list.iter()
        .filter_map(|m| m.get("name").and_then(Value::as_str))
        .collect()
}

fn duplicates(names: &[&str]) -> bool {
    let mut sorted = names.to_vec();
    sorted.sort_unstable();
    sorted.windows(2).any(|w| w[0] == w[1])
}

/// The ports a health check or check may address by index.
fn port_count(app: &Map<String, Value>) -> usize {
    let mappings = arr(app.get("container").and_then(|c| c.get("portMappings")));
    if !mappings.is_empty() {
        mappings.len()
    } else {
        arr(app.get("portDefinitions")).len()
    }
}

/// `validateCanonicalAppAPI`.
fn canonical(app: &Map<String, Value>, p: &mut Phases) {
    let ph = Phase::Canonical;
    let profile = p.profile;
    // Ids.
    if let Some(Value::String(id)) = app.get("id") {
        if id.split('/').all(str::is_empty) {
            p.fail(ph, vec![], "must not be root", None);
        } else if let Err(e) = canonical_id(id) {
            p.fail(
                ph,
                key(&["id"]),
                e,
                Some("choose another id with --app-id".into()),
            );
        }
    }
    for (i, dep) in arr(app.get("dependencies")).iter().enumerate() {
        if let Some(d) = dep.as_str()
            && let Err(e) = canonical_id(d)
        {
            p.fail(ph, at(&["dependencies"], i, &[]), e, None);
        }
    }
    // cmd and args.
    let cmd = app.get("cmd").and_then(Value::as_str);
    if profile.at_least(5)
        && let Some(c) = cmd
        && c.chars().count() <= 1
    {
        p.fail(
            ph,
            vec![],
            "must not be an empty string",
            Some("Marathon refuses a cmd of one character".into()),
        );
    }
    let has_cmd = cmd.is_some();
    let has_args = non_empty(app.get("args"));
    let container_runs = app.get("container").is_some_and(|c| {
        let docker = c.get("docker").is_some();
        match c.get("type").and_then(Value::as_str) {
            Some("MESOS") => true,
            _ => docker,
        }
    });
    if !((has_cmd ^ has_args) || (!(has_cmd && has_args) && container_runs)) {
        p.fail(
            ph,
            vec![],
            "AppDefinition must either contain one of 'cmd' or 'args', and/or a 'container'.",
            Some(if has_cmd && has_args {
                "give cmd or args, not both".into()
            } else {
                "give a cmd, args or a container".into()
            }),
        );
    }
    // Ports.
    let defs = arr(app.get("portDefinitions"));
    if duplicates(&port_names(defs)) {
        p.fail(
            ph,
            key(&["portDefinitions"]),
            "Port names must be unique.",
            None,
        );
    }
    let mappings = arr(app.get("container").and_then(|c| c.get("portMappings")));
    if duplicates(&port_names(mappings)) {
        p.fail(
            ph,
            key(&["container", "portMappings"]),
            "Port names must be unique.",
            None,
        );
    }
    let networks = arr(app.get("networks"));
    let mode = |n: &Value| {
        n.get("mode")
            .and_then(Value::as_str)
            .unwrap_or("container")
            .to_string()
    };
    if networks.iter().any(|n| mode(n) != "host") && !defs.is_empty() {
        p.fail(
            ph,
            vec![],
            "portDefinitions are only allowed with host-networking",
            None,
        );
    }
    if is_docker(app) && networks.iter().filter(|n| mode(n) == "container").count() > 1 {
        p.fail(
            ph,
            key(&["networks"]),
            "may only specify a single container network when using the Docker container engine",
            None,
        );
    }
    // Health checks.
    let ports = port_count(app);
    let mut mesos_checks = 0;
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
                    ph,
                    at(&["healthChecks"], i, &[]),
                    "Health check port indices must address an element of the ports array or container port mappings.",
                    None,
                );
            }
        }
        if !command && matches!(protocol, "MESOS_TCP" | "MESOS_HTTP" | "MESOS_HTTPS") {
            mesos_checks += 1;
        }
        let ipv6 = hc.get("ipProtocol").and_then(Value::as_str) == Some("IPv6");
        if ipv6 && !(protocol.starts_with("MESOS_") && is_docker(app)) {
            p.fail(
                ph,
                at(&["healthChecks"], i, &[]),
                "IPv6 can only be used for container type DOCKER and Mesos http/https/tcp health checks",
                None,
            );
        }
    }
    if mesos_checks > 1 {
        p.fail(
            ph,
            vec![],
            "AppDefinition can contain at most one Mesos health check",
            None,
        );
    }
    // Readiness checks.
    let readiness = arr(app.get("readinessChecks"));
    if readiness.len() > 1 {
        p.fail(
            ph,
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
                ph,
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
                ph,
                at(&["readinessChecks"], i, &["timeoutSeconds"]),
                format!("got {timeout}, expected less than {interval}"),
                None,
            );
        }
    }
    // Secrets and volumes.
    let secrets = app.get("secrets").and_then(Value::as_object);
    let secrets_on = profile.feature("secrets");
    let feature_hint = |name: &str| {
        Some(format!(
            "{}; DC/OS Enterprise enables {name}",
            profile.assumption("enable_features")
        ))
    };
    if secrets.is_some_and(|s| !s.is_empty()) && !secrets_on {
        p.fail(
            ph,
            key(&["secrets"]),
            "Feature secrets is not enabled. Enable with --enable_features secrets)",
            feature_hint("secrets"),
        );
    }
    if let Some(Value::Object(env)) = app.get("env") {
        for (name, value) in env {
            if let Some(secret) = value.get("secret").and_then(Value::as_str) {
                if !secrets_on {
                    p.fail(
                        ph,
                        key(&["env", name]),
                        "Feature secrets is not enabled. Enable with --enable_features secrets)",
                        feature_hint("secrets"),
                    );
                } else if !secrets.is_some_and(|s| s.contains_key(secret)) {
                    p.fail(
                        ph,
                        key(&["env", name]),
                        "references an undefined secret",
                        None,
                    );
                }
            }
        }
    }
    let volumes = arr(app.get("container").and_then(|c| c.get("volumes")));
    for (i, v) in volumes.iter().enumerate() {
        if let Some(secret) = v.get("secret").and_then(Value::as_str) {
            if !secrets_on {
                p.fail(
                    ph,
                    at(&["container", "volumes"], i, &[]),
                    "Feature secrets is not enabled. Enable with --enable_features secrets)",
                    feature_hint("secrets"),
                );
            } else if !secrets.is_some_and(|s| s.contains_key(secret)) {
                p.fail(
                    ph,
                    at(&["container", "volumes"], i, &[]),
                    "volume.secret must refer to an existing secret",
                    None,
                );
            }
        }
        if let Some(info) = v.get("persistent") {
            if v.get("mode").and_then(Value::as_str) != Some("RW") {
                p.fail(
                    ph,
                    at(&["container", "volumes"], i, &["mode"]),
                    "is not equal to RW",
                    None,
                );
            }
            let kind = info.get("type").and_then(Value::as_str).unwrap_or("root");
            if let Some(max) = info.get("maxSize").and_then(Value::as_i64) {
                if kind != "mount" {
                    p.fail(
                        ph,
                        at(&["container", "volumes"], i, &["persistent"]),
                        "Only mount volumes can have maxSize",
                        None,
                    );
                } else if max <= info.get("size").and_then(Value::as_i64).unwrap_or(0) {
                    p.fail(
                        ph,
                        at(&["container", "volumes"], i, &["persistent"]),
                        "Max size must be larger than size",
                        None,
                    );
                }
            }
            if kind == "root" && non_empty(info.get("constraints")) {
                p.fail(
                    ph,
                    at(&["container", "volumes"], i, &["persistent"]),
                    "Constraints on root volumes are not supported",
                    None,
                );
            }
        }
        if v.get("external").is_some() && !profile.feature("external_volumes") {
            p.fail(
                ph,
                at(&["container", "volumes"], i, &[]),
                "Feature external_volumes is not enabled. Enable with --enable_features external_volumes)",
                feature_hint("external_volumes"),
            );
        }
    }
    // Resource limits (1.10+).
    if let Some(Value::Object(limits)) = app.get("resourceLimits") {
        for (name, requested) in [("cpus", 1.0), ("mem", 128.0)] {
            let requested = app.get(name).and_then(Value::as_f64).unwrap_or(requested);
            match limits.get(name) {
                Some(Value::String(s)) if s != "unlimited" => p.fail(
                    ph,
                    key(&["resourceLimits", name]),
                    format!("'{s}' is an invalid resource limit. It must be 'unlimited' or a number"),
                    None,
                ),
                Some(Value::Number(n)) if n.as_f64().unwrap_or(0.0) < requested => p.fail(
                    ph,
                    key(&["resourceLimits", name]),
                    format!("resource limit must be greater than or equal to requested resource ({requested:?})"),
                    None,
                ),
                _ => {}
            }
        }
    }
    // GPUs.
    if app.get("gpus").and_then(Value::as_i64).unwrap_or(0) > 0 {
        if is_docker(app) {
            p.fail(
                ph,
                vec![],
                "GPU resources only work with the Mesos containerizer",
                None,
            );
        }
        if !profile.feature("gpu_resources") {
            p.fail(
                ph,
                vec![],
                "Feature gpu_resources is not enabled. Enable with --enable_features gpu_resources)",
                feature_hint("gpu_resources"),
            );
        }
    }
    // Roles.
    if profile.at_least(9)
        && let Some(role) = app.get("role").and_then(Value::as_str)
    {
        let valid = valid_roles(app, profile);
        if !valid.iter().any(|r| r == role) {
            p.fail(
                ph,
                key(&["role"]),
                format!("got {role}, expected one of: [{}]", valid.join(", ")),
                Some(profile.assumption("mesos_role")),
            );
        }
    }
    if let Some(Value::Array(roles)) = app.get("acceptedResourceRoles") {
        if roles.is_empty() {
            p.fail(
                ph,
                key(&["acceptedResourceRoles"]),
                "must not be empty",
                None,
            );
        }
        let minor = profile.version.minor;
        let rejects = minor >= 11
            || (minor == 10
                && !profile
                    .deprecated_features
                    .contains("sanitize_accepted_resource_roles"));
        let allowed = allowed_accepted(app, profile);
        if rejects
            && roles
                .iter()
                .any(|r| !r.as_str().is_some_and(|r| allowed.iter().any(|a| a == r)))
        {
            p.fail(
                ph,
                key(&["acceptedResourceRoles"]),
                format!(
                    "acceptedResourceRoles can only contain {}",
                    allowed.join(" and ")
                ),
                Some(profile.assumption("mesos_role")),
            );
        }
    }
    // DC/OS's migration labels.
    if let Some(Value::Object(labels)) = app.get("labels")
        && let Some(version) = labels
            .get("DCOS_MIGRATION_API_VERSION")
            .and_then(Value::as_str)
        && !version.is_empty()
    {
        let set = |k: &str| {
            labels
                .get(k)
                .and_then(Value::as_str)
                .is_some_and(|v| !v.is_empty())
        };
        if version != "v1" || !set("DCOS_PACKAGE_FRAMEWORK_NAME") || !set("DCOS_MIGRATION_API_PATH")
        {
            p.fail(
                ph,
                vec![],
                "DCOS_PACKAGE_FRAMEWORK_NAME and DCOS_MIGRATION_API_PATH must be defined when using DCOS_MIGRATION_API_VERSION",
                None,
            );
        }
    }
}

/// `Raml.fromRaml`: a `check` must hold exactly one of http, tcp and exec (else 500).
fn convert(app: &Map<String, Value>, p: &mut Phases) {
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

/// `AppDefinition.validAppDefinition`.
fn definition(app: &Map<String, Value>, p: &mut Phases) {
    if let Some(check) = app.get("check") {
        if is_docker(app) {
            p.fail(
                Phase::Canonical,
                vec![],
                "AppDefinition must not use 'checks' if using docker",
                Some("checks need the Mesos containerizer (container type MESOS); use healthChecks with Docker".into()),
            );
        }
        let index = check
            .get("http")
            .or_else(|| check.get("tcp"))
            .and_then(|c| c.get("portIndex"))
            .and_then(Value::as_u64);
        if let Some(idx) = index
            && idx as usize >= port_count(app)
        {
            p.fail(
                Phase::Canonical,
                key(&["check"]),
                "check port index must address an element of the ports array or container port mappings.",
                None,
            );
        }
    }
}
