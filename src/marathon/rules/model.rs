//! The Marathon app as Marathon's server reads it: the RAML types of `docs/docs/rest-api/public/api/v2/types`
//! (1.11), with the line each field appeared in. Fields the server does not declare are dropped.

/// A type, with the facets Marathon checks when it reads a field of that type.
#[derive(Debug)]
pub enum Ty {
    Str {
        min: usize,
        max: Option<usize>,
        pattern: Option<&'static str>,
    },
    /// An `int32` (`long: false`) or `int64`.
    Int {
        min: Option<i64>,
        max: Option<i64>,
        long: bool,
    },
    Num {
        min: Option<f64>,
        max: Option<f64>,
    },
    Bool,
    DateTime,
    /// Matched case-insensitively; read as the listed spelling.
    Enum(&'static [&'static str]),
    Array {
        items: &'static Ty,
        min: Option<usize>,
        max: Option<usize>,
        /// Read as a set: duplicates merge silently.
        unique: bool,
    },
    /// An object whose every value has one type (labels, env, secrets).
    Map(&'static Ty),
    Obj(&'static [Field]),
    /// Alternatives tried in order; the first that reads wins, and when none does only the
    /// last one's errors are reported.
    Union(&'static [&'static Ty]),
}

/// A declared property.
#[derive(Debug)]
pub struct Field {
    pub name: &'static str,
    pub ty: &'static Ty,
    /// Without a default, a missing required field is an error.
    pub required: bool,
    /// JSON text of the default.
    pub default: Option<&'static str>,
    /// Absent stays absent (not an empty collection).
    pub force_optional: bool,
    /// The first Marathon line (1.x) that reads it; older ones drop it.
    pub since: u8,
    /// Marathon reads it but ignores it.
    pub no_effect: bool,
}

const fn f(name: &'static str, ty: &'static Ty) -> Field {
    Field {
        name,
        ty,
        required: false,
        default: None,
        force_optional: false,
        since: 4,
        no_effect: false,
    }
}

impl Field {
    const fn req(self) -> Field {
        Field {
            required: true,
            ..self
        }
    }
    const fn def(self, default: &'static str) -> Field {
        Field {
            default: Some(default),
            ..self
        }
    }
    const fn force(self) -> Field {
        Field {
            force_optional: true,
            ..self
        }
    }
    const fn since(self, minor: u8) -> Field {
        Field {
            since: minor,
            ..self
        }
    }
    const fn no_effect(self) -> Field {
        Field {
            no_effect: true,
            ..self
        }
    }
}

const fn str_len(min: usize, max: Option<usize>) -> Ty {
    Ty::Str {
        min,
        max,
        pattern: None,
    }
}
const fn int(min: Option<i64>, max: Option<i64>) -> Ty {
    Ty::Int {
        min,
        max,
        long: false,
    }
}
const fn long(min: Option<i64>) -> Ty {
    Ty::Int {
        min,
        max: None,
        long: true,
    }
}
const fn num(min: Option<f64>, max: Option<f64>) -> Ty {
    Ty::Num { min, max }
}
const fn arr(items: &'static Ty) -> Ty {
    Ty::Array {
        items,
        min: None,
        max: None,
        unique: false,
    }
}
const fn set(items: &'static Ty) -> Ty {
    Ty::Array {
        items,
        min: None,
        max: None,
        unique: true,
    }
}

// stringTypes.raml and numberTypes.raml
pub static STRING: Ty = str_len(0, None);
static NON_EMPTY: Ty = str_len(1, None);
static BOOL: Ty = Ty::Bool;
static DATETIME: Ty = Ty::DateTime;
static INT_MIN0: Ty = int(Some(0), None);
static INT_ANY: Ty = int(None, None);
static LONG_MIN0: Ty = long(Some(0));
static NUMBER: Ty = num(None, None);
static ANY_PORT: Ty = int(Some(0), Some(65535));
pub static PATH_ID: Ty = Ty::Str {
    min: 1,
    max: None,
    pattern: Some(
        r"^(\/?((\.\.)|(([a-z0-9]|[a-z0-9][a-z0-9\-]*[a-z0-9])\.)*([a-z0-9]|[a-z0-9][a-z0-9\-]*[a-z0-9]))?($|\/))+$",
    ),
};
static NAME: Ty = Ty::Str {
    min: 1,
    max: Some(63),
    pattern: Some(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"),
};
static NETWORK_NAME: Ty = Ty::Str {
    min: 1,
    max: Some(63),
    pattern: Some(r"^[a-z0-9]([-a-z0-9_]*[a-z0-9])?$"),
};
static LEGACY_NAME: Ty = Ty::Str {
    min: 1,
    max: None,
    pattern: Some(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"),
};
static URI: Ty = str_len(1, Some(1024));
static PATH: Ty = str_len(1, Some(1024));
static HTTP_SCHEME: Ty = Ty::Enum(&["HTTP", "HTTPS"]);
static IP_PROTOCOL: Ty = Ty::Enum(&["IPv4", "IPv6"]);
static READ_MODE: Ty = Ty::Enum(&["RO", "RW"]);
/// `tcp,udp` is refused from 1.5 on (case 9 of acceptance.md).
pub static NETWORK_PROTOCOL: Ty = Ty::Enum(&["tcp", "udp", "udp,tcp"]);
static KV_LABELS: Ty = Ty::Map(&STRING);
static STRINGS: Ty = arr(&STRING);

// constraint.raml
static APP_CONSTRAINT: Ty = Ty::Array {
    items: &STRING,
    min: Some(2),
    max: Some(3),
    unique: false,
};

// artifact.raml
static ARTIFACT: Ty = Ty::Obj(&[
    f("uri", &URI).req(),
    f("extract", &BOOL).def("true"),
    f("executable", &BOOL).def("false"),
    f("cache", &BOOL).def("false"),
    f("destPath", &PATH),
]);

// environmentVariable.raml, secrets.raml
static ENV_SECRET: Ty = Ty::Obj(&[f("secret", &STRING).req()]);
static ENV_VALUE: Ty = Ty::Union(&[&STRING, &ENV_SECRET]);
static SECRET_DEF: Ty = Ty::Obj(&[f("source", &NON_EMPTY).req()]);

// mesosCommand.raml, check.raml
static SHELL_COMMAND: Ty = Ty::Obj(&[f("shell", &NON_EMPTY).req()]);
static ARGV_COMMAND: Ty = Ty::Obj(&[f(
    "argv",
    &Ty::Array {
        items: &STRING,
        min: Some(1),
        max: None,
        unique: false,
    },
)
.req()]);
static MESOS_COMMAND: Ty = Ty::Union(&[&SHELL_COMMAND, &ARGV_COMMAND]);
static COMMAND_CHECK: Ty = Ty::Obj(&[f("command", &MESOS_COMMAND).req()]);
static APP_HTTP_CHECK: Ty = Ty::Obj(&[
    f("portIndex", &ANY_PORT),
    f("port", &ANY_PORT),
    f("path", &PATH),
    f("scheme", &HTTP_SCHEME).def("\"HTTP\""),
]);
static APP_TCP_CHECK: Ty = Ty::Obj(&[f("portIndex", &ANY_PORT), f("port", &ANY_PORT)]);
pub static APP_CHECK: Ty = Ty::Obj(&[
    f("http", &APP_HTTP_CHECK),
    f("tcp", &APP_TCP_CHECK),
    f("exec", &COMMAND_CHECK),
    f("intervalSeconds", &INT_MIN0).def("60"),
    f("timeoutSeconds", &INT_MIN0).def("20"),
    f("delaySeconds", &INT_MIN0).def("15"),
]);

// healthCheck.raml
static APP_COMMAND_CHECK: Ty = Ty::Obj(&[f("value", &STRING).req()]);
static HEALTH_PROTOCOL: Ty = Ty::Enum(&[
    "HTTP",
    "HTTPS",
    "TCP",
    "COMMAND",
    "MESOS_TCP",
    "MESOS_HTTP",
    "MESOS_HTTPS",
]);
static APP_HEALTH_CHECK: Ty = Ty::Obj(&[
    f("command", &APP_COMMAND_CHECK),
    f("gracePeriodSeconds", &INT_MIN0).def("300"),
    f("ignoreHttp1xx", &BOOL),
    f("intervalSeconds", &INT_MIN0).def("60"),
    f("maxConsecutiveFailures", &INT_MIN0).def("3"),
    f("path", &STRING),
    f("port", &ANY_PORT),
    f("portIndex", &ANY_PORT),
    f("protocol", &HEALTH_PROTOCOL).def("\"HTTP\""),
    f("ipProtocol", &IP_PROTOCOL).def("\"IPv4\""),
    f("timeoutSeconds", &INT_ANY).def("20"),
    f("delaySeconds", &INT_MIN0).def("15"),
]);

// readinessCheck.raml
static READINESS_CHECK: Ty = Ty::Obj(&[
    f("name", &NON_EMPTY).def("\"readinessCheck\""),
    f("protocol", &HTTP_SCHEME).def("\"HTTP\""),
    f("path", &PATH).def("\"/\""),
    f("portName", &LEGACY_NAME).def("\"http-api\""),
    f("intervalSeconds", &INT_MIN0).def("30"),
    f("timeoutSeconds", &int(Some(1), None)).def("10"),
    f(
        "httpStatusCodesForReady",
        &Ty::Array {
            items: &int(Some(100), Some(999)),
            min: Some(1),
            max: None,
            unique: true,
        },
    )
    .force(),
    f("preserveLastResponse", &BOOL).def("false"),
]);

// network.raml
static PORT_DEFINITION: Ty = Ty::Obj(&[
    f("port", &ANY_PORT).def("0"),
    f("labels", &KV_LABELS),
    f("name", &LEGACY_NAME),
    f("protocol", &NETWORK_PROTOCOL).def("\"tcp\""),
]);
static NETWORK: Ty = Ty::Obj(&[
    f("name", &NETWORK_NAME),
    f(
        "mode",
        &Ty::Enum(&["container", "container/bridge", "host"]),
    )
    .def("\"container\""),
    f("labels", &KV_LABELS),
]);
static IP_DISCOVERY_PORT: Ty = Ty::Obj(&[
    f("number", &ANY_PORT).def("0"),
    f("name", &LEGACY_NAME).req(),
    f("protocol", &NETWORK_PROTOCOL).def("\"tcp\""),
    f("labels", &KV_LABELS),
]);
static IP_ADDRESS: Ty = Ty::Obj(&[
    f(
        "discovery",
        &Ty::Obj(&[f("ports", &arr(&IP_DISCOVERY_PORT))]),
    ),
    f("groups", &set(&STRING)),
    f("labels", &KV_LABELS),
    f("networkName", &NON_EMPTY),
]);

// appContainer.raml, docker.raml, linux.raml
static PORT_MAPPING: Ty = Ty::Obj(&[
    f("containerPort", &ANY_PORT).def("0"),
    f("hostPort", &ANY_PORT),
    f("labels", &KV_LABELS),
    f("name", &LEGACY_NAME),
    f("protocol", &NETWORK_PROTOCOL).def("\"tcp\""),
    f("servicePort", &ANY_PORT).def("0"),
    f("networkNames", &arr(&NAME)),
]);
static DOCKER: Ty = Ty::Obj(&[
    f(
        "credential",
        &Ty::Obj(&[f("principal", &STRING).req(), f("secret", &STRING)]),
    ),
    f("pullConfig", &Ty::Obj(&[f("secret", &NON_EMPTY).req()])),
    f("forcePullImage", &BOOL).def("false"),
    f("image", &NON_EMPTY).req(),
    f("network", &Ty::Enum(&["BRIDGE", "HOST", "NONE", "USER"])),
    f(
        "parameters",
        &arr(&Ty::Obj(&[
            f("key", &NON_EMPTY).req(),
            f("value", &STRING).req(),
        ])),
    ),
    f("portMappings", &arr(&PORT_MAPPING)).force(),
    f("privileged", &BOOL).def("false"),
]);
static LINUX_INFO: Ty = Ty::Obj(&[
    f(
        "seccomp",
        &Ty::Obj(&[
            f("profileName", &STRING),
            f("unconfined", &BOOL).req().def("false"),
        ]),
    )
    .since(8),
    f(
        "ipcInfo",
        &Ty::Obj(&[
            f("mode", &Ty::Enum(&["PRIVATE", "SHARE_PARENT"])).req(),
            f("shmSize", &INT_ANY),
        ]),
    )
    .since(9),
]);

// volumes.raml
static PERSISTENT_INFO: Ty = Ty::Obj(&[
    f("type", &Ty::Enum(&["root", "path", "mount"])),
    f("size", &LONG_MIN0).req(),
    f("maxSize", &LONG_MIN0),
    f("profileName", &STRING),
    f("constraints", &set(&APP_CONSTRAINT)),
]);
static CSI_INFO: Ty = Ty::Obj(&[
    f("name", &STRING).req(),
    f("provider", &Ty::Enum(&["csi"])).req(),
    f(
        "options",
        &Ty::Obj(&[
            f("pluginName", &NON_EMPTY).req(),
            f(
                "capability",
                &Ty::Obj(&[
                    f(
                        "accessMode",
                        &Ty::Enum(&[
                            "SINGLE_NODE_WRITER",
                            "SINGLE_NODE_READER_ONLY",
                            "MULTI_NODE_READER_ONLY",
                            "MULTI_NODE_SINGLE_WRITER",
                            "MULTI_NODE_MULTI_WRITER",
                        ]),
                    )
                    .req(),
                    f("accessType", &Ty::Enum(&["block", "mount"])).req(),
                    f("fsType", &STRING),
                    f("mountFlags", &STRINGS),
                ]),
            )
            .req(),
            f("nodeStageSecret", &KV_LABELS),
            f("nodePublishSecret", &KV_LABELS),
            f("volumeContext", &KV_LABELS),
        ]),
    )
    .req(),
]);
static DVDI_INFO: Ty = Ty::Obj(&[
    f("size", &LONG_MIN0),
    f("name", &STRING),
    f("provider", &STRING),
    f("options", &KV_LABELS),
    f("shared", &BOOL).def("false").since(8),
]);
static EXTERNAL_INFO: Ty = Ty::Union(&[&DVDI_INFO, &CSI_INFO]);
/// Marathon lines before 1.11 know no CSI volumes.
static EXTERNAL_INFO_DVDI: Ty = Ty::Union(&[&DVDI_INFO]);
pub static PERSISTENT_VOLUME: Ty = Ty::Obj(&[
    f("containerPath", &NON_EMPTY).req(),
    f("persistent", &PERSISTENT_INFO).req(),
    f("mode", &READ_MODE).req(),
]);
pub static EXTERNAL_VOLUME: Ty = Ty::Obj(&[
    f("containerPath", &NON_EMPTY).req(),
    f("external", &EXTERNAL_INFO).req(),
    f("mode", &READ_MODE).req(),
]);
pub static EXTERNAL_VOLUME_DVDI: Ty = Ty::Obj(&[
    f("containerPath", &NON_EMPTY).req(),
    f("external", &EXTERNAL_INFO_DVDI).req(),
    f("mode", &READ_MODE).req(),
]);
pub static SECRET_VOLUME: Ty = Ty::Obj(&[
    f("containerPath", &NON_EMPTY).req(),
    f("secret", &NON_EMPTY).req(),
]);
pub static HOST_VOLUME: Ty = Ty::Obj(&[
    f("containerPath", &NON_EMPTY).req(),
    f("hostPath", &NON_EMPTY).req(),
    f("mode", &READ_MODE).req(),
]);
/// `AppVolume` for 1.11; the reader picks the alternatives the target line has.
pub static APP_VOLUME: Ty = Ty::Union(&[
    &PERSISTENT_VOLUME,
    &EXTERNAL_VOLUME,
    &SECRET_VOLUME,
    &HOST_VOLUME,
]);

static CONTAINER: Ty = Ty::Obj(&[
    f("type", &Ty::Enum(&["MESOS", "DOCKER"]))
        .req()
        .def("\"DOCKER\""),
    f("docker", &DOCKER),
    f("linuxInfo", &LINUX_INFO).since(8),
    f("volumes", &arr(&APP_VOLUME)),
    f("portMappings", &arr(&PORT_MAPPING)).force(),
]);

// resources.raml
static EXECUTOR_RESOURCES: Ty = Ty::Obj(&[
    f("cpus", &num(Some(0.1), None)).def("0.1"),
    f("mem", &num(Some(32.0), None)).def("32"),
    f("disk", &num(Some(10.0), None)).def("10"),
]);
static RESOURCE_LIMIT: Ty = Ty::Union(&[&STRING, &NUMBER]);
static RESOURCE_LIMITS: Ty = Ty::Obj(&[f("cpus", &RESOURCE_LIMIT), f("mem", &RESOURCE_LIMIT)]);

// unreachableStrategy.raml, app.raml
static UNREACHABLE_ENABLED: Ty = Ty::Obj(&[
    f("inactiveAfterSeconds", &LONG_MIN0).def("0"),
    f("expungeAfterSeconds", &LONG_MIN0).def("0"),
]);
static UNREACHABLE: Ty = Ty::Union(&[&Ty::Enum(&["disabled"]), &UNREACHABLE_ENABLED]);
static UNIT: Ty = num(Some(0.0), Some(1.0));
pub static UPGRADE_STRATEGY: Ty = Ty::Obj(&[
    f("maximumOverCapacity", &UNIT).req(),
    f("minimumHealthCapacity", &UNIT).req(),
]);
/// Marathon 1.4's hand-written reader: both optional, 1.0 each.
pub static UPGRADE_STRATEGY_14: Ty = Ty::Obj(&[
    f("maximumOverCapacity", &UNIT).def("1.0"),
    f("minimumHealthCapacity", &UNIT).def("1.0"),
]);
static RESIDENCY: Ty = Ty::Obj(&[
    f("relaunchEscalationTimeoutSeconds", &LONG_MIN0).def("3600"),
    f(
        "taskLostBehavior",
        &Ty::Enum(&["WAIT_FOREVER", "RELAUNCH_AFTER_TIMEOUT"]),
    )
    .def("\"WAIT_FOREVER\""),
]);
static VERSION_INFO: Ty = Ty::Obj(&[
    f("lastScalingAt", &DATETIME).req(),
    f("lastConfigChangeAt", &DATETIME).req(),
]);

/// `App` (app.raml). `maxLaunchDelaySeconds` defaults to 3600 before 1.9 (see [`max_launch_delay`]).
pub static APP: Ty = Ty::Obj(&[
    f("id", &PATH_ID).req(),
    f("acceptedResourceRoles", &set(&STRING)).force(),
    f("args", &STRINGS),
    f("backoffFactor", &num(Some(1.0), None)).def("1.15"),
    f("backoffSeconds", &INT_MIN0).def("1"),
    f("cmd", &NON_EMPTY),
    f("constraints", &set(&APP_CONSTRAINT)),
    f("container", &CONTAINER),
    f("cpus", &num(Some(0.001), None)).def("1"),
    f("dependencies", &set(&PATH_ID)),
    f("disk", &num(Some(0.0), None)).def("0"),
    f("env", &Ty::Map(&ENV_VALUE)),
    f(
        "executor",
        &Ty::Str {
            min: 0,
            max: None,
            pattern: Some(r"^(//cmd)|(/?[^/]+(/[^/]+)*)|$"),
        },
    )
    .def("\"\""),
    f("executorResources", &EXECUTOR_RESOURCES),
    f("fetch", &arr(&ARTIFACT)),
    f("healthChecks", &set(&APP_HEALTH_CHECK)),
    f("check", &APP_CHECK).since(8),
    f("instances", &INT_MIN0).def("1"),
    f("labels", &KV_LABELS),
    f("maxLaunchDelaySeconds", &INT_MIN0).def("300"),
    f("mem", &num(Some(0.0), None)).def("128"),
    f("gpus", &INT_MIN0).def("0"),
    f("ipAddress", &IP_ADDRESS),
    f("networks", &arr(&NETWORK)),
    f("ports", &arr(&ANY_PORT)).force(),
    f("portDefinitions", &arr(&PORT_DEFINITION)).force(),
    f("readinessChecks", &arr(&READINESS_CHECK)),
    f("residency", &RESIDENCY).no_effect(),
    f("resourceLimits", &RESOURCE_LIMITS).since(10),
    f("requirePorts", &BOOL).def("false"),
    f("secrets", &Ty::Map(&SECRET_DEF)),
    f("taskKillGracePeriodSeconds", &INT_MIN0),
    f("upgradeStrategy", &UPGRADE_STRATEGY),
    f("uris", &arr(&URI)).force(),
    f("user", &STRING),
    f("version", &DATETIME).no_effect(),
    f("versionInfo", &VERSION_INFO).no_effect(),
    f(
        "killSelection",
        &Ty::Enum(&["YOUNGEST_FIRST", "OLDEST_FIRST"]),
    )
    .def("\"YOUNGEST_FIRST\""),
    f("unreachableStrategy", &UNREACHABLE),
    f("tty", &BOOL).since(5),
    f("role", &NON_EMPTY).since(9),
]);

/// `maxLaunchDelaySeconds`' default: 3600 until 1.8, 300 from 1.9.
pub fn max_launch_delay(minor: u8) -> i64 {
    if minor >= 9 { 300 } else { 3600 }
}

/// The fields of an object type.
pub fn fields(ty: &'static Ty) -> &'static [Field] {
    match ty {
        Ty::Obj(fields) => fields,
        _ => &[],
    }
}

/// Fields Marathon reports in its answers (`AppInfo`) but never reads back: a client that sends
/// them back loses nothing, so they are dropped without a warning.
pub const REPORTED: [&str; 11] = [
    "tasksStaged",
    "tasksRunning",
    "tasksHealthy",
    "tasksUnhealthy",
    "deployments",
    "tasks",
    "lastTaskFailure",
    "readinessCheckResults",
    "taskStats",
    "tasksStats",
    "counts",
];
