//! Speaking to a DC/OS cluster's front as the DC/OS CLI does (reference/dcos/access.md): what
//! a URL is (`/dcos-metadata/dcos-version.json`, else Marathon's `/v2/info`), the login API
//! (`/acs/api/v1/auth/login` for users and service accounts), the login token a service
//! account signs (RS256 with `uid` and `exp`), and the cluster's CA (`/ca/dcos-ca.crt`) with
//! the SHA-256 fingerprint users are shown. Every request goes through [`crate::http`].

use std::io::Read;

use serde_json::{Value, json};

use crate::error::{Error, Result};
use crate::http::Http;

/// What is behind a URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A DC/OS cluster: Marathon is at `/service/marathon`.
    Dcos,
    /// A Marathon itself.
    Marathon,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Dcos => "dcos",
            Kind::Marathon => "marathon",
        }
    }

    pub fn parse(text: &str) -> Option<Kind> {
        match text {
            "dcos" => Some(Kind::Dcos),
            "marathon" => Some(Kind::Marathon),
            _ => None,
        }
    }
}

/// What [`detect`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detected {
    pub kind: Kind,
    /// DC/OS's version (`2.2.0`), or Marathon's; `None` when it would not say (a 401).
    pub version: Option<String>,
    /// DC/OS's `dcos-variant` (`open`, `enterprise`).
    pub variant: Option<String>,
    /// What the front answered without credentials: `None` when it needs none, else its
    /// `WWW-Authenticate` challenge (`oauthjwt`, `acsjwt`, `basic realm=…`, or empty).
    pub challenge: Option<String>,
}

/// The largest answer read from a cluster's front (a version file, a login, a CA bundle).
const MAX_ANSWER: u64 = 1024 * 1024;

/// A status, the headers asked for, and the body (at most [`MAX_ANSWER`]).
struct Answer {
    status: u16,
    challenge: Option<String>,
    body: Vec<u8>,
}

/// A GET without credentials (what a cluster's front answers anyone).
fn get(http: &Http, url: &str, target: &str) -> Result<Answer> {
    let build =
        |client: &reqwest::blocking::Client| client.get(url).header("Accept", "application/json");
    let exchange = http.send(&build, true, target)?;
    answer(exchange, target)
}

fn answer(exchange: crate::http::Exchange, target: &str) -> Result<Answer> {
    let status = exchange.status().as_u16();
    let challenge = exchange
        .headers()
        .get(reqwest::header::WWW_AUTHENTICATE)
        .and_then(|v| v.to_str().ok())
        .map(|v| v.trim().to_string());
    let mut body = Vec::new();
    exchange
        .take(MAX_ANSWER)
        .read_to_end(&mut body)
        .map_err(|e| Error::Unreachable {
            target: target.to_string(),
            reason: format!("the answer broke off: {e}"),
        })?;
    Ok(Answer {
        status,
        challenge,
        body,
    })
}

/// `/dcos-metadata/dcos-version.json` as dcos/dcos `gen/dcos-metadata.yaml` writes it, for a
/// front smack serves (`smack serve`, the sandbox's `--iam`) answering as DC/OS `version`.
pub fn version_document(version: &str) -> Value {
    json!({
        "version": version,
        "dcos-image-commit": concat!("smack-", env!("CARGO_PKG_VERSION")),
        "bootstrap-id": concat!("smack-", env!("CARGO_PKG_VERSION")),
        "dcos-variant": "open",
    })
}

/// Finds out what `url` is: a DC/OS cluster answers `/dcos-metadata/dcos-version.json` (no
/// login needed); else a Marathon answers `/v2/info` (or asks for its HTTP credentials).
/// Nothing is sent but the requests: no credential is needed to tell.
pub fn detect(http: &Http, url: &str) -> Result<Detected> {
    let target = crate::text::redact_credentials(url).into_owned();
    let version = get(
        http,
        &format!("{url}/dcos-metadata/dcos-version.json"),
        &target,
    )?;
    if version.status == 200
        && let Ok(body) = serde_json::from_slice::<Value>(&version.body)
        && let Some(v) = body.get("version").and_then(Value::as_str)
    {
        // Whether the front wants a login: Marathon's info without a token.
        let probe = get(http, &format!("{url}/service/marathon/v2/info"), &target)?;
        return Ok(Detected {
            kind: Kind::Dcos,
            version: Some(v.to_string()),
            variant: body
                .get("dcos-variant")
                .and_then(Value::as_str)
                .map(str::to_string),
            challenge: (probe.status == 401).then(|| probe.challenge.unwrap_or_default()),
        });
    }
    let info = get(http, &format!("{url}/v2/info"), &target)?;
    let body = serde_json::from_slice::<Value>(&info.body).ok();
    let marathon_version = body
        .as_ref()
        .filter(|b| b.get("marathon_config").is_some() || b.get("name").is_some())
        .and_then(|b| b.get("version"))
        .and_then(Value::as_str)
        .map(str::to_string);
    match (info.status, marathon_version) {
        (200, Some(v)) => Ok(Detected {
            kind: Kind::Marathon,
            version: Some(v),
            variant: None,
            challenge: None,
        }),
        (401, _) => Ok(Detected {
            kind: Kind::Marathon,
            version: None,
            variant: None,
            challenge: Some(info.challenge.unwrap_or_default()),
        }),
        (status, _) => Err(Error::MarathonProtocol {
            url: target,
            reason: format!(
                "neither a DC/OS cluster (no /dcos-metadata/dcos-version.json) nor a Marathon \
                 (/v2/info answered {status})"
            ),
        }),
    }
}

/// The longest token a login may answer (DC/OS's are under 2 KiB).
const MAX_TOKEN: usize = 16 * 1024;

/// How a login proves who it is.
pub enum Proof<'a> {
    /// A user's password.
    Password(&'a str),
    /// A service account's private key (PEM RSA): a login token is signed with it.
    PrivateKey(&'a [u8]),
}

/// How long a service account's login token is valid, as the DC/OS CLI signs it.
const LOGIN_TOKEN_SECONDS: u64 = 300;

/// The login token a service account signs: RS256 over `{"uid", "exp": now + 5 min}`.
pub fn service_login_token(uid: &str, private_key: &[u8]) -> Result<String> {
    let key = jsonwebtoken::EncodingKey::from_rsa_pem(private_key).map_err(|e| {
        Error::Usage(format!(
            "the private key is not a PEM RSA private key ({e})"
        ))
    })?;
    let claims = json!({ "uid": uid, "exp": now() + LOGIN_TOKEN_SECONDS });
    jsonwebtoken::encode(
        &jsonwebtoken::Header::new(jsonwebtoken::Algorithm::RS256),
        &claims,
        &key,
    )
    .map_err(|e| {
        Error::Usage(format!(
            "cannot sign a login token with the private key: {e}"
        ))
    })
}

/// Logs in at `url`'s `/acs/api/v1/auth/login` and returns the DC/OS auth token. A refusal is
/// [`Error::Login`] with the IAM's `description`.
pub fn login(http: &Http, url: &str, uid: &str, proof: Proof) -> Result<String> {
    let target = crate::text::redact_credentials(url).into_owned();
    let body = match proof {
        Proof::Password(password) => json!({ "uid": uid, "password": password }),
        Proof::PrivateKey(pem) => json!({ "uid": uid, "token": service_login_token(uid, pem)? }),
    };
    let login_url = format!("{url}/acs/api/v1/auth/login");
    let text = body.to_string();
    let build = |client: &reqwest::blocking::Client| {
        client
            .post(&login_url)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .body(text.clone())
    };
    let answer = answer(http.send(&build, false, &target)?, &target)?;
    let body: Option<Value> = serde_json::from_slice(&answer.body).ok();
    if answer.status == 200
        && let Some(token) = body
            .as_ref()
            .and_then(|b| b.get("token"))
            .and_then(Value::as_str)
            .filter(|t| {
                !t.is_empty()
                    && t.len() <= MAX_TOKEN
                    && t.bytes().all(|b| (0x21..0x7f).contains(&b))
            })
    {
        return Ok(token.to_string());
    }
    let description = body
        .as_ref()
        .and_then(|b| b.get("description").or_else(|| b.get("title")))
        .and_then(Value::as_str)
        .map(|d| {
            crate::text::escape_controls(d, false)
                .chars()
                .take(300)
                .collect()
        })
        .unwrap_or_else(|| format!("couldn't log in (status {})", answer.status));
    Err(Error::Login {
        url: target,
        message: format!("{description} (uid {uid})"),
        hint: match answer.status {
            401 => "check the uid and the password or private key (smack never prints them)".into(),
            404 => "this cluster has no DC/OS login API: give a token with --token-file".into(),
            _ => "the cluster's IAM refused the login request".into(),
        },
    })
}

/// How a provider logs people in (its `authentication-type`, [cli] `provider.go`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// A uid and a password (`dcos-uid-password`, `dcos-uid-password-ldap`).
    Password,
    /// A service account's uid and private key (`dcos-uid-servicekey`).
    ServiceKey,
    /// A browser login whose token the user pastes (OIDC, SAML, anything else).
    Browser,
}

/// A login provider a cluster offers (`/acs/api/v1/auth/providers`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Provider {
    pub id: String,
    pub method: Method,
    pub description: String,
}

/// The providers of a cluster, as the DC/OS CLI finds them: `/acs/api/v1/auth/providers`,
/// plus the built-in OIDC provider when the challenge is `oauthjwt`; when the list is not
/// served (open DC/OS up to 1.12), the challenge alone says (`oauthjwt`: OIDC, `acsjwt`: users).
pub fn providers(http: &Http, url: &str, challenge: &str) -> Result<Vec<Provider>> {
    let target = crate::text::redact_credentials(url).into_owned();
    let answer = get(http, &format!("{url}/acs/api/v1/auth/providers"), &target)?;
    let oidc = || Provider {
        id: "dcos-oidc-auth0".into(),
        method: Method::Browser,
        description: "Google, GitHub, or Microsoft (OpenID Connect, in a browser)".into(),
    };
    let users = || Provider {
        id: "dcos-users".into(),
        method: Method::Password,
        description: "a username and a password".into(),
    };
    let challenge = challenge.trim().to_ascii_lowercase();
    let listed = (answer.status == 200)
        .then(|| serde_json::from_slice::<serde_json::Map<String, Value>>(&answer.body).ok())
        .flatten();
    let Some(listed) = listed else {
        return Ok(if challenge.starts_with("acsjwt") {
            vec![users()]
        } else {
            vec![oidc()]
        });
    };
    let mut providers: Vec<Provider> = listed
        .iter()
        .take(100)
        .map(|(id, p)| {
            let kind = p
                .get("authentication-type")
                .and_then(Value::as_str)
                .unwrap_or("");
            let method = match kind {
                "dcos-uid-password" | "dcos-uid-password-ldap" => Method::Password,
                "dcos-uid-servicekey" => Method::ServiceKey,
                _ => Method::Browser,
            };
            let description = p.get("description").and_then(Value::as_str).unwrap_or(kind);
            Provider {
                id: crate::text::escape_controls(id, false)
                    .chars()
                    .take(100)
                    .collect(),
                method,
                description: crate::text::escape_controls(description, false)
                    .chars()
                    .take(200)
                    .collect(),
            }
        })
        .collect();
    if challenge.starts_with("oauthjwt") && !providers.iter().any(|p| p.id == "dcos-oidc-auth0") {
        providers.push(oidc());
    }
    Ok(providers)
}

/// Where a user logs in with a browser (an OIDC provider) to paste the token back.
pub fn browser_login_url(url: &str) -> String {
    format!("{url}/login?redirect_uri=urn:ietf:wg:oauth:2.0:oob")
}

/// A token's `exp` (seconds since the epoch), read without checking its signature (for
/// display and for knowing when to log in again; the cluster checks it).
pub fn token_expiry(token: &str) -> Option<u64> {
    let claims: Value = jsonwebtoken::dangerous::insecure_decode_claims(token).ok()?;
    claims.get("exp").and_then(Value::as_u64)
}

/// Seconds since the epoch.
pub fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// A CA certificate a cluster serves, as shown to the user before it is trusted.
#[derive(Debug, Clone)]
pub struct Ca {
    /// The bundle as served (PEM), kept with the cluster once trusted.
    pub pem: Vec<u8>,
    /// SHA-256 of the first certificate's DER, `AB:CD:…` as the DC/OS CLI shows it.
    pub fingerprint: String,
    pub subject: String,
    pub issuer: String,
    pub not_before: String,
    pub not_after: String,
}

/// Reads a PEM bundle: its first certificate is the one shown and fingerprinted.
pub fn read_ca(pem: &[u8]) -> Result<Ca> {
    let bad =
        |why: String| Error::Usage(format!("the cluster's CA certificate is unusable: {why}"));
    let first = x509_parser::pem::Pem::iter_from_buffer(pem)
        .next()
        .ok_or_else(|| bad("no PEM certificate in it".into()))?
        .map_err(|e| bad(e.to_string()))?;
    let cert = first.parse_x509().map_err(|e| bad(e.to_string()))?;
    let validity = cert.validity();
    Ok(Ca {
        pem: pem.to_vec(),
        fingerprint: fingerprint(&first.contents),
        subject: cert.subject().to_string(),
        issuer: cert.issuer().to_string(),
        not_before: validity.not_before.to_string(),
        not_after: validity.not_after.to_string(),
    })
}

/// SHA-256 over DER, upper-case hex in colon-separated pairs (`AB:CD:…`).
pub fn fingerprint(der: &[u8]) -> String {
    let digest = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, der);
    digest
        .as_ref()
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect::<Vec<_>>()
        .join(":")
}

/// Whether a fingerprint the user gave (`AB:CD:…`, or plain hex in either case) is `actual`.
pub fn same_fingerprint(given: &str, actual: &str) -> bool {
    let plain = |s: &str| -> String {
        s.chars()
            .filter(|c| !matches!(c, ':' | ' '))
            .collect::<String>()
            .to_ascii_uppercase()
    };
    let given = plain(given);
    !given.is_empty() && crate::guard::same_secret(&given, &plain(actual))
}

/// Downloads the cluster's CA bundle (`/ca/dcos-ca.crt`) without checking the server's
/// certificate (that is what it is for: the user checks the fingerprint).
pub fn fetch_ca(settings: &crate::http::Settings, url: &str) -> Result<Ca> {
    let target = crate::text::redact_credentials(url).into_owned();
    let unchecked = crate::http::Settings {
        insecure: true,
        ca_file: None,
        ..settings.clone()
    };
    let http = Http::new(&unchecked, url)?;
    let answer = get(&http, &format!("{url}/ca/dcos-ca.crt"), &target)?;
    if answer.status != 200 {
        return Err(Error::Unreachable {
            target,
            reason: format!(
                "its TLS certificate is not trusted, and it serves no CA at /ca/dcos-ca.crt \
                 (status {}): give the CA with --ca-file, or --insecure",
                answer.status
            ),
        });
    }
    read_ca(&answer.body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_compare_in_either_form() {
        let f = fingerprint(b"abc");
        assert_eq!(
            f,
            "BA:78:16:BF:8F:01:CF:EA:41:41:40:DE:5D:AE:22:23:B0:03:61:A3:96:17:7A:9C:B4:10:FF:61:F2:00:15:AD"
        );
        assert!(same_fingerprint(&f, &f));
        assert!(same_fingerprint(&f.replace(':', "").to_lowercase(), &f));
        assert!(!same_fingerprint("", &f));
        assert!(!same_fingerprint(&f[3..], &f));
    }

    #[test]
    fn a_token_expiry_is_read_without_its_key() {
        let token = jsonwebtoken::encode(
            &jsonwebtoken::Header::default(),
            &json!({"uid": "a", "exp": 1234}),
            &jsonwebtoken::EncodingKey::from_secret(b"k").unwrap(),
        )
        .unwrap();
        assert_eq!(token_expiry(&token), Some(1234));
        assert_eq!(token_expiry("not a token"), None);
    }
}
