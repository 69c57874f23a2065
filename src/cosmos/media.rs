//! Cosmos's media types and error envelope: which request and response types an endpoint
//! takes (`C/rpc/MediaTypes.scala`), how a response version is negotiated, and every error as
//! `application/vnd.dcos.package.error+json` (`{"type", "message", "data"}`).

use serde_json::{Value, json};
use smack::error::Error;
use smack::serving;

/// A Cosmos error: its type, message, data and status.
pub struct Failure {
    status: u16,
    kind: &'static str,
    message: String,
    data: Option<Box<Value>>,
}

impl Failure {
    pub fn new(
        status: u16,
        kind: &'static str,
        message: impl Into<String>,
        data: Option<Value>,
    ) -> Failure {
        Failure {
            status,
            kind,
            message: message.into(),
            data: data.map(Box::new),
        }
    }

    /// A header the validators refuse: Cosmos's `not_valid`.
    pub fn not_valid(header: &str, rule: String) -> Failure {
        Failure::new(
            400,
            "not_valid",
            format!("Item header '{header}' deemed invalid by rule: {rule}"),
            None,
        )
    }

    /// smack's error as the Cosmos error a client expects.
    pub fn from(e: &Error) -> Failure {
        match e {
            Error::PackageNotFound { name, .. } => Failure::new(
                400,
                "PackageNotFound",
                format!("Package [{name}] not found"),
                Some(json!({ "packageName": name })),
            ),
            Error::VersionNotFound { name, version, .. } => Failure::new(
                400,
                "VersionNotFound",
                format!("Version [{version}] of package [{name}] not found"),
                Some(json!({ "packageName": name, "packageVersion": version })),
            ),
            Error::InvalidOptions { violations, .. } => Failure::new(
                400,
                "JsonSchemaMismatch",
                "Options JSON failed validation",
                Some(json!({
                    "errors": violations.iter().map(|v| json!({
                        "path": v.path,
                        "expected": v.expected,
                        "found": v.found,
                        "message": format!("{}: expected {}{}", v.path, v.expected, v.found.as_deref().map(|f| format!(", found {f}")).unwrap_or_default()),
                    })).collect::<Vec<_>>()
                })),
            ),
            Error::MissingOptions { missing, .. } => Failure::new(
                400,
                "JsonSchemaMismatch",
                "Options JSON failed validation",
                Some(json!({
                    "errors": missing.iter().map(|p| json!({ "path": p, "message": format!("{p}: required, and has no default") })).collect::<Vec<_>>()
                })),
            ),
            Error::AppExists { .. } => Failure::new(
                409,
                "PackageAlreadyInstalled",
                "Package is already installed",
                None,
            ),
            Error::NotInstalled { package, .. } => Failure::new(
                400,
                "PackageNotInstalled",
                format!("Package [{package}] is not installed"),
                Some(json!({ "packageName": package })),
            ),
            Error::Ambiguous {
                package, app_ids, ..
            } => Failure::new(
                400,
                "AmbiguousAppId",
                format!(
                    "Multiple apps named [{package}] are installed: [{}]",
                    app_ids.join(", ")
                ),
                Some(json!({ "packageName": package, "appIds": app_ids })),
            ),
            // Marathon's answers, as Cosmos maps them (service-and-errors.md §2).
            Error::MarathonNotFound { message } => {
                Failure::new(400, "MarathonAppNotFound", message.clone(), None)
            }
            Error::Unreachable { .. } | Error::Timeout { .. } => Failure::new(
                503,
                "ServiceUnavailable",
                "Unable to complete request due to service [marathon] unavailability",
                Some(json!({ "serviceName": "marathon", "status": 503 })),
            ),
            Error::MarathonAuth { status: 401, .. } => Failure::new(
                401,
                "Unauthorized",
                "Unable to complete request due to Unauthorized response from service [marathon]",
                Some(json!({ "serviceName": "marathon", "status": 401 })),
            ),
            Error::MarathonAuth { status, .. } => Failure::new(
                403,
                "Forbidden",
                "Unable to complete request due to Forbidden response from service [marathon]",
                Some(json!({ "serviceName": "marathon", "status": status })),
            ),
            Error::MarathonRejected {
                message, details, ..
            } => Failure::new(
                400,
                "MarathonBadResponse",
                message.clone(),
                (!details.is_empty()).then(|| {
                    json!({ "errors": details.iter().map(|d| json!({ "path": d.path, "errors": [d.expected] })).collect::<Vec<_>>() })
                }),
            ),
            Error::MarathonStatus { status, .. } if *status >= 500 => Failure::new(
                502,
                "MarathonBadGateway",
                format!("Received response status code {status} from Marathon"),
                Some(json!({ "marathonStatus": status, "status": 502 })),
            ),
            Error::MarathonStatus { status, .. } => Failure::new(
                400,
                "GenericHttpError",
                format!("Unexpected upstream http error: {status}"),
                Some(json!({ "clientStatus": status, "status": 400 })),
            ),
            Error::MarathonProtocol { .. } => Failure::new(
                502,
                "MarathonBadGateway",
                e.to_string(),
                Some(json!({ "status": 502 })),
            ),
            Error::OptionsNotStored { .. } => Failure::new(
                400,
                "OptionsNotStored",
                "The options of the current service were not stored",
                None,
            ),
            Error::AppIdChanged { new, old } => Failure::new(
                400,
                "AppIdChanged",
                format!("The new appId {new} must be equal to the old appId {old}"),
                Some(json!({ "newAppId": new, "oldAppId": old })),
            ),
            Error::UpgradeRefused { from, to, .. } => Failure::new(
                400,
                "BadVersionUpdate",
                other_text(e),
                Some(json!({ "currentVersion": from, "updateVersion": to })),
            ),
            Error::Usage(m) => Failure::new(400, "not_valid", m.clone(), None),
            // The server's own faults; the client's mistakes stay 4xx below.
            Error::Io { .. } | Error::Config { .. } => {
                Failure::new(500, "unhandled_exception", other_text(e), None)
            }
            other => Failure::new(400, "CosmosError", other_text(other), None),
        }
    }

    pub fn response(&self) -> serving::Response {
        let mut body = json!({ "type": self.kind, "message": self.message });
        if let Some(data) = &self.data {
            body["data"] = (**data).clone();
        }
        serving::Response::new(
            self.status,
            "application/vnd.dcos.package.error+json;charset=utf-8;version=v1",
            smack::jsontext::to_string(&body, smack::jsontext::Escapes::Circe).into_bytes(),
        )
    }
}

/// An endpoint: its media type names, the response versions it serves (newest first), and
/// whether it takes a request body.
pub struct Endpoint {
    /// `package.search` (the part of the media type before `-request`/`-response`).
    pub name: &'static str,
    pub versions: &'static [u32],
    pub request: bool,
}

pub const ENDPOINTS: &[(&str, Endpoint)] = &[
    (
        "/capabilities",
        Endpoint {
            name: "capabilities",
            versions: &[1],
            request: false,
        },
    ),
    (
        "/package/search",
        Endpoint {
            name: "package.search",
            versions: &[1],
            request: true,
        },
    ),
    (
        "/package/describe",
        Endpoint {
            name: "package.describe",
            versions: &[3, 2],
            request: true,
        },
    ),
    (
        "/package/render",
        Endpoint {
            name: "package.render",
            versions: &[1],
            request: true,
        },
    ),
    (
        "/package/install",
        Endpoint {
            name: "package.install",
            versions: &[2, 1],
            request: true,
        },
    ),
    (
        "/package/list",
        Endpoint {
            name: "package.list",
            versions: &[1],
            request: true,
        },
    ),
    (
        "/package/list-versions",
        Endpoint {
            name: "package.list-versions",
            versions: &[1],
            request: true,
        },
    ),
    (
        "/package/uninstall",
        Endpoint {
            name: "package.uninstall",
            versions: &[1],
            request: true,
        },
    ),
    (
        "/package/repository/list",
        Endpoint {
            name: "package.repository.list",
            versions: &[1],
            request: true,
        },
    ),
    (
        "/package/repository/add",
        Endpoint {
            name: "package.repository.add",
            versions: &[1],
            request: true,
        },
    ),
    (
        "/package/repository/delete",
        Endpoint {
            name: "package.repository.delete",
            versions: &[1],
            request: true,
        },
    ),
    (
        "/cosmos/service/describe",
        Endpoint {
            name: "service.describe",
            versions: &[1],
            request: true,
        },
    ),
    (
        "/cosmos/service/update",
        Endpoint {
            name: "service.update",
            versions: &[1],
            request: true,
        },
    ),
];

impl Endpoint {
    pub fn response_type(&self, version: u32) -> String {
        if self.name == "capabilities" {
            format!("application/vnd.dcos.capabilities+json;charset=utf-8;version=v{version}")
        } else {
            format!(
                "application/vnd.dcos.{}-response+json;charset=utf-8;version=v{version}",
                self.name
            )
        }
    }

    pub fn request_type(&self) -> String {
        format!(
            "application/vnd.dcos.{}-request+json;charset=utf-8;version=v1",
            self.name
        )
    }

    /// The response version to answer with: the newest the Accept header names.
    pub fn negotiate(&self, accept: Option<&str>) -> std::result::Result<u32, Failure> {
        let offered: Vec<String> = self
            .versions
            .iter()
            .map(|v| self.response_type(*v))
            .collect();
        let accept = accept.unwrap_or("");
        let wanted: Vec<(String, Option<String>)> = accept
            .split(',')
            .filter_map(|m| m.trim().parse::<mime::Mime>().ok())
            .map(|m| {
                (
                    m.essence_str().to_ascii_lowercase(),
                    m.get_param("version")
                        .map(|v| v.as_str().to_ascii_lowercase()),
                )
            })
            .collect();
        for v in self.versions {
            let mine: mime::Mime = self.response_type(*v).parse().expect("a valid media type");
            if wanted.iter().any(|(essence, version)| {
                essence == mine.essence_str() && version.as_deref() == Some(&format!("v{v}"))
            }) {
                return Ok(*v);
            }
        }
        Err(Failure::not_valid(
            "Accept",
            format!(
                "Media type was [{accept}] but should be one of [{}]",
                offered.join(", ")
            ),
        ))
    }

    pub fn check_content_type(&self, given: Option<&str>) -> std::result::Result<(), Failure> {
        let expected: mime::Mime = self.request_type().parse().expect("a valid media type");
        let ok = given
            .and_then(|g| g.parse::<mime::Mime>().ok())
            .is_some_and(|g| {
                g.essence_str().eq_ignore_ascii_case(expected.essence_str())
                    && g.get_param("version")
                        .is_none_or(|v| v.as_str().eq_ignore_ascii_case("v1"))
            });
        if ok {
            Ok(())
        } else {
            Err(Failure::not_valid(
                "Content-Type",
                format!(
                    "Media type was {}, but should be one of [{}]",
                    given.unwrap_or(""),
                    self.request_type()
                ),
            ))
        }
    }
}

/// The JSON type a request field decodes as (circe's decoder names, for its messages).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    String,
    Boolean,
    Int,
    JsonObject,
}

impl Kind {
    fn accepts(self, v: &Value) -> bool {
        match self {
            Kind::String => v.is_string(),
            Kind::Boolean => v.is_boolean(),
            Kind::Int => v
                .as_number()
                .and_then(|n| smack::number::Decimal::of(n).to_i64())
                .is_some_and(|i| i32::try_from(i).is_ok()),
            Kind::JsonObject => v.is_object(),
        }
    }

    fn name(self) -> &'static str {
        match self {
            Kind::String => "String",
            Kind::Boolean => "Boolean",
            Kind::Int => "Int",
            Kind::JsonObject => "JsonObject",
        }
    }
}

/// The fields of an endpoint's request model, in the model's order: name, type, required.
pub fn request_model(endpoint: &str) -> &'static [(&'static str, Kind, bool)] {
    use Kind::*;
    match endpoint {
        "package.search" => &[("query", String, false)],
        "package.describe" => &[
            ("packageName", String, true),
            ("packageVersion", String, false),
        ],
        "package.list-versions" => &[
            ("packageName", String, true),
            ("includePackageVersions", Boolean, true),
        ],
        "package.render" | "package.install" => &[
            ("packageName", String, true),
            ("packageVersion", String, false),
            ("options", JsonObject, false),
            ("appId", String, false),
        ],
        "package.list" => &[("packageName", String, false), ("appId", String, false)],
        "package.uninstall" => &[
            ("packageName", String, true),
            ("appId", String, false),
            ("all", Boolean, false),
        ],
        "package.repository.add" => &[
            ("name", String, true),
            ("uri", String, true),
            ("index", Int, false),
        ],
        "package.repository.delete" => &[("name", String, false), ("uri", String, false)],
        "service.describe" => &[
            ("appId", String, true),
            ("managerId", String, false),
            ("packageName", String, false),
            ("packageVersion", String, false),
        ],
        "service.update" => &[
            ("appId", String, true),
            ("packageVersion", String, false),
            ("options", JsonObject, false),
            ("replace", Boolean, true),
            ("managerId", String, false),
            ("packageName", String, false),
            ("currentPackageVersion", String, false),
        ],
        _ => &[],
    }
}

/// A request body decoded as Cosmos's finch/circe decoders decode it: JSON, an object, every
/// field of its model of the right type (an optional field may be `null` or absent; unknown
/// fields are ignored); else 400 `not_parsed` (`not_present` for an empty body) naming the
/// first field that fails, as circe's cursor history does.
pub fn decode_body(
    endpoint: &str,
    body: &[u8],
) -> std::result::Result<serde_json::Map<String, Value>, Failure> {
    let unparsed = |m: String| {
        Failure::new(
            400,
            "not_parsed",
            format!("Item 'body' unable to be parsed: {m}"),
            None,
        )
    };
    if body.iter().all(u8::is_ascii_whitespace) {
        return Err(Failure::new(
            400,
            "not_present",
            "Item body not present but required",
            None,
        ));
    }
    let value: Value = serde_json::from_slice(body).map_err(|e| unparsed(e.to_string()))?;
    let Value::Object(map) = value else {
        return Err(unparsed("JsonObject".into()));
    };
    for (field, kind, required) in request_model(endpoint) {
        match map.get(*field) {
            None if *required => {
                return Err(unparsed(format!(
                    "Attempt to decode value on failed cursor: DownField({field})"
                )));
            }
            None => {}
            Some(Value::Null) if !required => {}
            Some(v) if kind.accepts(v) => {}
            Some(_) => {
                return Err(unparsed(format!("{}: DownField({field})", kind.name())));
            }
        }
    }
    Ok(map)
}

/// An error's text for a client: one line, cut, a password in a URL hidden.
fn other_text(e: &Error) -> String {
    smack::text::excerpt(&smack::text::redact_credentials(&e.to_string()), 2000)
}
