//! Table tests of Marathon's rules, called directly: one row per rule smack models, with the
//! version differences of acceptance.md as rows of their own. A row is an app (fields over a
//! minimal `{"id": "/a", "cmd": "sleep 100"}`), the Marathon it goes to, and what that Marathon
//! answers.

use serde_json::{Map, Value, json};

use crate::marathon::rules::{self, Profile, Severity, Version};

/// What Marathon does with the app.
enum Expect {
    /// Accepted, no warning.
    Accept,
    /// Accepted, with a warning containing this text.
    Warn(&'static str),
    /// Accepted, but the key (a JSON pointer) is not in the app Marathon keeps.
    Drops(&'static str),
    /// Accepted, and the app Marathon keeps has this value at the pointer.
    Keeps(&'static str, Value),
    /// Refused with this status, and an error at this path (Marathon's `/a(0)/b` form; empty
    /// for a 500) whose text contains this.
    Refuse(u16, &'static str, &'static str),
}
use Expect::*;

struct Row {
    name: &'static str,
    /// Marathon 1.`minor`.
    minor: u8,
    /// Changes to DC/OS's Marathon configuration (features, roles).
    config: fn(&mut Profile),
    app: Value,
    expect: Expect,
}

fn dcos(_: &mut Profile) {}
fn no_features(p: &mut Profile) {
    p.features.clear();
}
fn secrets(p: &mut Profile) {
    p.features.insert("secrets".into());
}
fn star_role(p: &mut Profile) {
    p.mesos_role = "*".into();
}
fn sanitize(p: &mut Profile) {
    p.mesos_role = "*".into();
    p.deprecated_features
        .insert("sanitize_accepted_resource_roles".into());
}

fn row(name: &'static str, minor: u8, app: Value, expect: Expect) -> Row {
    Row {
        name,
        minor,
        config: dcos,
        app,
        expect,
    }
}

fn with(mut r: Row, config: fn(&mut Profile)) -> Row {
    r.config = config;
    r
}

fn rows() -> Vec<Row> {
    vec![
        // §3 case 1 and §4 (a): unknown properties are dropped.
        row(
            "unknown key dropped",
            11,
            json!({"maintainer": "x"}),
            Drops("/maintainer"),
        ),
        row(
            "unknown key dropped (1.4)",
            4,
            json!({"maintainer": "x"}),
            Drops("/maintainer"),
        ),
        row(
            "top-level volumes dropped",
            11,
            json!({"volumes": [{"containerPath": "a"}]}),
            Drops("/volumes"),
        ),
        // §3 case 2: unknown nested keys.
        row(
            "upgradeStrategy typo: the real keys are required (1.5+)",
            11,
            json!({"upgradeStrategy": {"minimunHealthCapacity": 1, "maximumOverCapacity": 1}}),
            Refuse(
                422,
                "/upgradeStrategy/minimumHealthCapacity",
                "undefined on object",
            ),
        ),
        row(
            "upgradeStrategy typo ignored, with a warning (1.4)",
            4,
            json!({"upgradeStrategy": {"minimunHealthCapacity": 1, "maximumOverCapacity": 1}}),
            Warn("Marathon ignores this field"),
        ),
        row(
            "readiness check with a dropped key needs a port named http-api",
            11,
            json!({"readinessChecks": [{"interval": 5}]}),
            Refuse(
                422,
                "/readinessChecks(0)/portName",
                "No port definition reference for portName http-api",
            ),
        ),
        // §3 case 3: `check` (1.8+).
        row(
            "check dropped before 1.8",
            7,
            json!({"check": {"http": {"portIndex": 0}}}),
            Drops("/check"),
        ),
        row(
            "check accepted (1.8+)",
            11,
            json!({"check": {"http": {"portIndex": 0}}}),
            Accept,
        ),
        row(
            "check with docker",
            11,
            json!({"check": {"http": {"portIndex": 0}}, "container": {"type": "DOCKER", "docker": {"image": "x"}}}),
            Refuse(422, "/", "must not use 'checks' if using docker"),
        ),
        row(
            "check port index out of range",
            11,
            json!({"check": {"tcp": {"portIndex": 3}}}),
            Refuse(422, "/check", "check port index must address"),
        ),
        row(
            "check of two kinds is a 500",
            11,
            json!({"check": {"http": {"portIndex": 0}, "tcp": {"portIndex": 0}}}),
            Refuse(500, "", "illegal RAML Check"),
        ),
        // §3 case 4: roles (1.9+).
        row(
            "role outside the valid set (1.9+)",
            11,
            json!({"role": "other"}),
            Refuse(422, "/role", "got other, expected one of: [slave_public]"),
        ),
        row(
            "role of the top-level group",
            11,
            json!({"id": "/g/a", "role": "g"}),
            Accept,
        ),
        row(
            "role dropped before 1.9",
            8,
            json!({"role": "other"}),
            Drops("/role"),
        ),
        row(
            "role defaults to the mesos role",
            11,
            json!({}),
            Keeps("/role", json!("slave_public")),
        ),
        with(
            row(
                "acceptedResourceRoles sanitized (1.9)",
                9,
                json!({"acceptedResourceRoles": ["slave_public"]}),
                Warn("silently removes the roles"),
            ),
            star_role,
        ),
        with(
            row(
                "acceptedResourceRoles refused (1.10)",
                10,
                json!({"acceptedResourceRoles": ["slave_public"]}),
                Refuse(
                    422,
                    "/acceptedResourceRoles",
                    "acceptedResourceRoles can only contain *",
                ),
            ),
            star_role,
        ),
        with(
            row(
                "acceptedResourceRoles sanitized (1.10, deprecated feature)",
                10,
                json!({"acceptedResourceRoles": ["slave_public"]}),
                Warn("silently removes the roles"),
            ),
            sanitize,
        ),
        with(
            row(
                "acceptedResourceRoles refused (1.11, whatever the feature)",
                11,
                json!({"acceptedResourceRoles": ["slave_public"]}),
                Refuse(
                    422,
                    "/acceptedResourceRoles",
                    "acceptedResourceRoles can only contain *",
                ),
            ),
            sanitize,
        ),
        row(
            "acceptedResourceRoles: no rule before 1.9",
            8,
            json!({"acceptedResourceRoles": ["anything"]}),
            Accept,
        ),
        row(
            "acceptedResourceRoles empty",
            11,
            json!({"acceptedResourceRoles": []}),
            Refuse(422, "/acceptedResourceRoles", "must not be empty"),
        ),
        // §3 case 5: null is absent.
        row(
            "null args, env and user",
            11,
            json!({"args": null, "env": null, "user": null}),
            Accept,
        ),
        // §3 case 6: ids.
        row(
            "empty id (1.6+)",
            11,
            json!({"id": ""}),
            Refuse(422, "/id", "error.minLength"),
        ),
        row(
            "empty id is a 400 (1.4)",
            4,
            json!({"id": ""}),
            Refuse(400, "/id", "error.minLength"),
        ),
        row(
            "root id",
            11,
            json!({"id": "/"}),
            Refuse(422, "/", "must not be root"),
        ),
        row(
            "relative id made absolute",
            11,
            json!({"id": "a"}),
            Keeps("/id", json!("/a")),
        ),
        row(
            "bad dependency id",
            11,
            json!({"dependencies": ["/Bad_Id"]}),
            Refuse(422, "/dependencies(0)", ""),
        ),
        // §3 case 7: cmd and args.
        row(
            "cmd and args",
            11,
            json!({"args": ["x"]}),
            Refuse(422, "/", "must either contain one of 'cmd' or 'args'"),
        ),
        row(
            "neither cmd nor args nor container",
            11,
            json!({"cmd": null}),
            Refuse(422, "/", "must either contain one of 'cmd' or 'args'"),
        ),
        row(
            "empty args count as absent",
            11,
            json!({"args": []}),
            Accept,
        ),
        row(
            "one-character cmd (1.5+)",
            11,
            json!({"cmd": "x"}),
            Refuse(422, "/", "must not be an empty string"),
        ),
        row("one-character cmd (1.4)", 4, json!({"cmd": "x"}), Accept),
        // §3 case 8: numbers.
        row(
            "instances as a string",
            11,
            json!({"instances": "1"}),
            Refuse(422, "/instances", "error.expected.jsnumber"),
        ),
        row("instances 1.0 is 1", 11, json!({"instances": 1.0}), Accept),
        row(
            "instances 1.5",
            11,
            json!({"instances": 1.5}),
            Refuse(422, "/instances", "error.expected.int"),
        ),
        row(
            "instances -1",
            11,
            json!({"instances": -1}),
            Refuse(422, "/instances", "error.min"),
        ),
        row(
            "cpus below 0.001",
            11,
            json!({"cpus": 0.0001}),
            Refuse(422, "/cpus", "error.min"),
        ),
        // §3 case 9: volumes and protocols.
        with(
            row(
                "secret volume without the feature",
                11,
                json!({"container": {"type": "MESOS", "volumes": [{"containerPath": "s", "secret": "x"}]}}),
                Refuse(
                    422,
                    "/container/volumes(0)",
                    "Feature secrets is not enabled",
                ),
            ),
            no_features,
        ),
        with(
            row(
                "secret volume naming no secret",
                11,
                json!({"container": {"type": "MESOS", "volumes": [{"containerPath": "s", "secret": "x"}]}}),
                Refuse(
                    422,
                    "/container/volumes(0)",
                    "volume.secret must refer to an existing secret",
                ),
            ),
            secrets,
        ),
        with(
            row(
                "secret volume naming a secret",
                11,
                json!({"secrets": {"x": {"source": "s"}}, "container": {"type": "MESOS", "volumes": [{"containerPath": "s", "secret": "x"}]}}),
                Accept,
            ),
            secrets,
        ),
        with(
            row(
                "env secret undefined",
                11,
                json!({"env": {"A": {"secret": "x"}}}),
                Refuse(422, "/env/A", "references an undefined secret"),
            ),
            secrets,
        ),
        row(
            "persistent volume not RW",
            11,
            json!({"container": {"type": "MESOS", "volumes": [{"containerPath": "d", "mode": "RO", "persistent": {"size": 10}}]}}),
            Refuse(422, "/container/volumes(0)/mode", "is not equal to RW"),
        ),
        row(
            "persistent maxSize on a root volume",
            11,
            json!({"container": {"type": "MESOS", "volumes": [{"containerPath": "d", "mode": "RW", "persistent": {"size": 10, "maxSize": 20}}]}}),
            Refuse(
                422,
                "/container/volumes(0)/persistent",
                "Only mount volumes can have maxSize",
            ),
        ),
        row(
            "persistent maxSize not above size",
            11,
            json!({"container": {"type": "MESOS", "volumes": [{"containerPath": "d", "mode": "RW", "persistent": {"type": "mount", "size": 10, "maxSize": 10}}]}}),
            Refuse(
                422,
                "/container/volumes(0)/persistent",
                "Max size must be larger than size",
            ),
        ),
        row(
            "persistent volume: resident defaults",
            11,
            json!({"container": {"type": "MESOS", "volumes": [{"containerPath": "d", "mode": "RW", "persistent": {"size": 10}}]}}),
            Keeps("/unreachableStrategy", json!("disabled")),
        ),
        row(
            "unknown persistent type falls through the union",
            11,
            json!({"container": {"type": "MESOS", "volumes": [{"containerPath": "d", "mode": "RW", "persistent": {"type": "nfs", "size": 10}}]}}),
            Refuse(422, "/container/volumes(0)/hostPath", "undefined on object"),
        ),
        row(
            "protocol tcp,udp (1.5+)",
            11,
            json!({"portDefinitions": [{"port": 0, "protocol": "tcp,udp"}]}),
            Refuse(
                422,
                "/portDefinitions(0)/protocol",
                "error.unknown.enum.literal",
            ),
        ),
        row(
            "protocol udp,tcp",
            11,
            json!({"portDefinitions": [{"port": 0, "protocol": "udp,tcp"}]}),
            Accept,
        ),
        row(
            "protocol tcp,udp (1.4)",
            4,
            json!({"portDefinitions": [{"port": 0, "protocol": "tcp,udp"}]}),
            Accept,
        ),
        with(
            row(
                "external volume without the feature",
                11,
                json!({"container": {"type": "MESOS", "volumes": [{"containerPath": "d", "mode": "RW", "external": {"name": "v", "provider": "dvdi", "options": {"dvdi/driver": "rexray"}}}]}}),
                Refuse(
                    422,
                    "/container/volumes(0)",
                    "Feature external_volumes is not enabled",
                ),
            ),
            no_features,
        ),
        // §4 (d): fields added after the 1.7 schema.
        row(
            "resourceLimits below the request (1.10+)",
            11,
            json!({"cpus": 2, "resourceLimits": {"cpus": 1}}),
            Refuse(
                422,
                "/resourceLimits/cpus",
                "must be greater than or equal to requested",
            ),
        ),
        row(
            "resourceLimits bad string",
            11,
            json!({"resourceLimits": {"mem": "lots"}}),
            Refuse(422, "/resourceLimits/mem", "is an invalid resource limit"),
        ),
        row(
            "resourceLimits unlimited",
            11,
            json!({"resourceLimits": {"cpus": "unlimited"}}),
            Accept,
        ),
        row(
            "resourceLimits dropped before 1.10",
            9,
            json!({"resourceLimits": {"mem": "lots"}}),
            Drops("/resourceLimits"),
        ),
        // §5: deprecated fields translated.
        row(
            "ports become portDefinitions",
            11,
            json!({"ports": [80]}),
            Keeps("/portDefinitions/0/port", json!(80)),
        ),
        row(
            "uris become fetch",
            11,
            json!({"uris": ["http://x/a.tgz"]}),
            Keeps("/fetch/0/extract", json!(true)),
        ),
        row(
            "version is Marathon's",
            11,
            json!({"version": "2020-01-01T00:00:00Z"}),
            Drops("/version"),
        ),
        // Deprecated combinations (validateOldAppAPI).
        row(
            "uris with fetch",
            11,
            json!({"uris": ["http://x/a"], "fetch": [{"uri": "http://x/b"}]}),
            Refuse(422, "/uris", "may not be set in conjunction with fetch"),
        ),
        row(
            "duplicate fixed ports",
            11,
            json!({"ports": [80, 80]}),
            Refuse(422, "/", "ports must be unique"),
        ),
        row(
            "random ports may repeat",
            11,
            json!({"ports": [0, 0]}),
            Accept,
        ),
        row(
            "ports and portDefinitions disagree",
            11,
            json!({"ports": [80], "portDefinitions": [{"port": 81}]}),
            Refuse(422, "/", "cannot specify both ports and port definitions"),
        ),
        row(
            "ipAddress with networks",
            11,
            json!({"ipAddress": {}, "networks": [{"mode": "host"}]}),
            Refuse(422, "/", "must not specify both networks and ipAddress"),
        ),
        // Normalization (500s and warnings).
        row(
            "both portMappings",
            11,
            json!({"networks": [{"mode": "container/bridge"}], "container": {"type": "DOCKER", "portMappings": [{"containerPort": 80}], "docker": {"image": "x", "portMappings": [{"containerPort": 80}]}}}),
            Refuse(
                500,
                "",
                "cannot specify both portMappings and docker.portMappings",
            ),
        ),
        row(
            "unknown docker network: an enum",
            11,
            json!({"container": {"type": "DOCKER", "docker": {"image": "x", "network": "WEIRD"}}}),
            Refuse(
                422,
                "/container/docker/network",
                "error.unknown.enum.literal",
            ),
        ),
        row(
            "host networking drops port mappings",
            11,
            json!({"container": {"type": "DOCKER", "docker": {"image": "x"}, "portMappings": [{"containerPort": 80}]}}),
            Warn("drops its port mappings"),
        ),
        row(
            "container network drops port definitions",
            11,
            json!({"networks": [{"mode": "container", "name": "n"}], "portDefinitions": [{"port": 0}], "container": {"type": "MESOS"}}),
            Warn("drops its port definitions"),
        ),
        row(
            "docker network BRIDGE becomes networks",
            11,
            json!({"container": {"type": "DOCKER", "docker": {"image": "x", "network": "BRIDGE"}}}),
            Keeps("/networks/0/mode", json!("container/bridge")),
        ),
        // Ports and health.
        row(
            "duplicate port names",
            11,
            json!({"portDefinitions": [{"port": 0, "name": "a"}, {"port": 0, "name": "a"}]}),
            Refuse(422, "/portDefinitions", "Port names must be unique."),
        ),
        row(
            "two container networks with docker",
            11,
            json!({"networks": [{"mode": "container", "name": "a"}, {"mode": "container", "name": "b"}], "container": {"type": "DOCKER", "docker": {"image": "x"}}}),
            Refuse(
                422,
                "/networks",
                "may only specify a single container network",
            ),
        ),
        row(
            "health check port index out of range",
            11,
            json!({"healthChecks": [{"protocol": "HTTP", "portIndex": 2}]}),
            Refuse(
                422,
                "/healthChecks(0)",
                "Health check port indices must address",
            ),
        ),
        row(
            "two Mesos health checks",
            11,
            json!({"healthChecks": [{"protocol": "MESOS_TCP", "portIndex": 0}, {"protocol": "MESOS_HTTP", "portIndex": 0}]}),
            Refuse(422, "/", "at most one Mesos health check"),
        ),
        row(
            "IPv6 health check outside Docker",
            11,
            json!({"healthChecks": [{"protocol": "MESOS_HTTP", "portIndex": 0, "ipProtocol": "IPv6"}]}),
            Refuse(422, "/healthChecks(0)", "IPv6 can only be used"),
        ),
        row(
            "two readiness checks",
            11,
            json!({"portDefinitions": [{"port": 0, "name": "http-api"}], "readinessChecks": [{}, {}]}),
            Refuse(422, "/readinessChecks", "got 2, expected 1 or less"),
        ),
        row(
            "readiness timeout not below interval",
            11,
            json!({"portDefinitions": [{"port": 0, "name": "http-api"}], "readinessChecks": [{"intervalSeconds": 5, "timeoutSeconds": 5}]}),
            Refuse(
                422,
                "/readinessChecks(0)/timeoutSeconds",
                "got 5, expected less than 5",
            ),
        ),
        // Resources and labels.
        row(
            "GPUs with docker",
            11,
            json!({"gpus": 1, "container": {"type": "DOCKER", "docker": {"image": "x"}}}),
            Refuse(
                422,
                "/",
                "GPU resources only work with the Mesos containerizer",
            ),
        ),
        with(
            row(
                "GPUs without the feature",
                11,
                json!({"gpus": 1}),
                Refuse(422, "/", "Feature gpu_resources is not enabled"),
            ),
            no_features,
        ),
        row(
            "migration label alone",
            11,
            json!({"labels": {"DCOS_MIGRATION_API_VERSION": "v1"}}),
            Refuse(
                422,
                "/",
                "DCOS_PACKAGE_FRAMEWORK_NAME and DCOS_MIGRATION_API_PATH must be defined",
            ),
        ),
    ]
}

/// The value at a JSON pointer of an app.
fn at(app: &Map<String, Value>, pointer: &str) -> Option<Value> {
    Value::Object(app.clone()).pointer(pointer).cloned()
}

#[test]
fn marathon_rules_table() {
    let mut failures = Vec::new();
    for r in rows() {
        let mut app = json!({"id": "/a", "cmd": "sleep 100"});
        for (k, v) in r.app.as_object().expect("an object") {
            app[k] = v.clone();
        }
        let mut profile = Profile::dcos();
        profile.version = Version { minor: r.minor };
        (r.config)(&mut profile);
        let checked = rules::check(app.as_object().expect("an object"), &profile);
        let errors: Vec<String> = checked.errors().map(|f| f.line()).collect();
        let warnings: Vec<&str> = checked
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Warning)
            .map(|f| f.message.as_str())
            .collect();
        let problem = match &r.expect {
            Accept if !errors.is_empty() => Some(format!("refused: {errors:?}")),
            Accept if !warnings.is_empty() => Some(format!("warned: {warnings:?}")),
            Warn(text) if !errors.is_empty() => {
                Some(format!("refused: {errors:?} (expected {text})"))
            }
            Warn(text) if !warnings.iter().any(|w| w.contains(text)) => {
                Some(format!("no warning containing {text:?}: {warnings:?}"))
            }
            Drops(pointer) if !errors.is_empty() => {
                Some(format!("refused: {errors:?} (expected {pointer} dropped)"))
            }
            Drops(pointer) if at(&checked.app, pointer).is_some() => {
                Some(format!("kept {pointer}: {:?}", at(&checked.app, pointer)))
            }
            Keeps(pointer, value) if !errors.is_empty() => Some(format!(
                "refused: {errors:?} (expected {pointer} = {value})"
            )),
            Keeps(pointer, value) if at(&checked.app, pointer).as_ref() != Some(value) => {
                Some(format!(
                    "{pointer} is {:?}, expected {value}",
                    at(&checked.app, pointer)
                ))
            }
            Refuse(status, path, text) => match checked.refusal(&profile) {
                None => Some(format!("accepted, expected {status} at {path}")),
                Some((got, body)) => {
                    let found = if *status == 500 {
                        body["message"].as_str().is_some_and(|m| m.contains(text))
                    } else {
                        body["details"].as_array().is_some_and(|d| {
                            d.iter().any(|e| {
                                e["path"] == json!(path)
                                    && e["errors"].as_array().is_some_and(|list| {
                                        list.iter()
                                            .any(|m| m.as_str().is_some_and(|m| m.contains(text)))
                                    })
                            })
                        })
                    };
                    (got != *status || !found).then(|| format!("answered {got} {body}"))
                }
            },
            _ => None,
        };
        if let Some(p) = problem {
            failures.push(format!("{} (1.{}): {p}", r.name, r.minor));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} rows failed:\n{}",
        failures.len(),
        rows().len(),
        failures.join("\n")
    );
}
