//! `smack sandbox serve --iam FILE`: the DC/OS front a cluster's clients log in at
//! (reference/dcos/access.md §1) — the IAM's login API for the users and service accounts in
//! FILE (`POST /acs/api/v1/auth/login`, `GET /acs/api/v1/auth/providers`), with the IAM's
//! errors, and Admin Router's check of the token on every other request (`Authorization:
//! token=…` or `Bearer …`, else the `dcos-acs-auth-cookie`; 401 with `WWW-Authenticate:
//! oauthjwt` for a missing, invalid or expired one).

use std::path::Path;
use std::time::Duration;

use serde_json::{Value, json};

use super::Reply;
use crate::error::{Error, Result};

/// The largest IAM file read.
const MAX_FILE: u64 = 16 * 1024 * 1024;

/// The accounts and the key tokens are signed with.
pub struct Iam {
    users: Vec<(String, String)>,
    services: Vec<(String, jsonwebtoken::DecodingKey)>,
    /// Signs and checks the tokens this IAM gives (HS256 with a secret made at start, as open
    /// DC/OS's dcos-oauth signed them).
    signing: jsonwebtoken::EncodingKey,
    checking: jsonwebtoken::DecodingKey,
    lifetime: Duration,
}

impl std::fmt::Debug for Iam {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Iam")
            .field(
                "users",
                &self.users.iter().map(|(u, _)| u).collect::<Vec<_>>(),
            )
            .field(
                "service_accounts",
                &self.services.iter().map(|(u, _)| u).collect::<Vec<_>>(),
            )
            .field("lifetime", &self.lifetime)
            .finish()
    }
}

fn json_answer(status: u16, body: &Value) -> Reply {
    Reply {
        status,
        content_type: "application/json; charset=UTF-8",
        body: body.to_string().into_bytes(),
        headers: Vec::new(),
    }
}

/// Falcon's HTTPError body: `{"title", "description"}`.
fn falcon(status: u16, title: &str, description: &str) -> Reply {
    json_answer(
        status,
        &json!({ "title": title, "description": description }),
    )
}

fn invalid_credentials() -> Reply {
    let mut answer = json_answer(
        401,
        &json!({
            "title": "401 Unauthorized",
            "description": "Invalid credentials.",
            "code": "ERR_INVALID_CREDENTIALS",
        }),
    );
    answer.headers.push(("WWW-Authenticate", "acsjwt".into()));
    answer
}

impl Iam {
    /// Reads FILE: `{"users": [{"uid", "password"}], "service_accounts": [{"uid",
    /// "public_key"}]}` (the key in PEM). An error names the file and the entry.
    pub fn read(path: &Path, lifetime: Duration) -> Result<Iam> {
        let bytes = crate::fsutil::read_bounded(path, MAX_FILE)
            .map_err(|e| Error::io(format!("reading the IAM file {}", path.display()), e))?;
        Iam::parse(&bytes, &path.display().to_string(), lifetime)
    }

    /// [`Iam::read`] of a file's bytes; `name` names it in errors.
    pub fn parse(bytes: &[u8], name: &str, lifetime: Duration) -> Result<Iam> {
        let bad = |why: String| Error::Usage(format!("bad IAM file {name}: {why}"));
        let doc: Value = serde_json::from_slice(bytes).map_err(|e| bad(e.to_string()))?;
        let Some(object) = doc.as_object() else {
            return Err(bad(
                "expected an object with users and service_accounts".into()
            ));
        };
        for key in object.keys() {
            if key != "users" && key != "service_accounts" {
                return Err(bad(format!(
                    "unknown key [{key}] (expected users and service_accounts)"
                )));
            }
        }
        let list = |key: &str| -> Result<Vec<Value>> {
            match doc.get(key) {
                None => Ok(Vec::new()),
                Some(Value::Array(items)) => Ok(items.clone()),
                Some(_) => Err(bad(format!("/{key} must be an array"))),
            }
        };
        let text = |item: &Value, at: &str, field: &str| -> Result<String> {
            item.get(field)
                .and_then(Value::as_str)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .ok_or_else(|| bad(format!("{at}/{field} must be a non-empty string")))
        };
        let mut users = Vec::new();
        for (i, item) in list("users")?.iter().enumerate() {
            let at = format!("/users/{i}");
            users.push((text(item, &at, "uid")?, text(item, &at, "password")?));
        }
        let mut services = Vec::new();
        for (i, item) in list("service_accounts")?.iter().enumerate() {
            let at = format!("/service_accounts/{i}");
            let uid = text(item, &at, "uid")?;
            let pem = text(item, &at, "public_key")?;
            let key = jsonwebtoken::DecodingKey::from_rsa_pem(pem.as_bytes())
                .map_err(|e| bad(format!("{at}/public_key is not a PEM RSA public key ({e})")))?;
            services.push((uid, key));
        }
        let secret = new_secret();
        let keys = |e: jsonwebtoken::errors::Error| {
            Error::io(
                "making the IAM's key".to_string(),
                std::io::Error::other(e.to_string()),
            )
        };
        Ok(Iam {
            users,
            services,
            signing: jsonwebtoken::EncodingKey::from_secret(&secret).map_err(keys)?,
            checking: jsonwebtoken::DecodingKey::from_secret(&secret).map_err(keys)?,
            lifetime,
        })
    }

    /// Signs and checks tokens with `secret` (kept by the caller, so that the tokens it gave
    /// outlive a restart, as a cluster's do).
    pub fn with_secret(mut self, secret: &[u8]) -> Result<Iam> {
        let keys = |e: jsonwebtoken::errors::Error| {
            Error::io(
                "making the IAM's key".to_string(),
                std::io::Error::other(e.to_string()),
            )
        };
        self.signing = jsonwebtoken::EncodingKey::from_secret(secret).map_err(keys)?;
        self.checking = jsonwebtoken::DecodingKey::from_secret(secret).map_err(keys)?;
        Ok(self)
    }

    /// `GET /acs/api/v1/auth/providers`, as open DC/OS ≥1.13's IAM lists them.
    pub fn providers() -> Reply {
        json_answer(
            200,
            &json!({
                "dcos-users": {
                    "authentication-type": "dcos-uid-password",
                    "client-method": "dcos-usercredential-post-receive-authtoken",
                    "config": { "start_flow_url": "/acs/api/v1/auth/login" },
                    "description": "Default: Log in using a username and password",
                },
                "dcos-services": {
                    "authentication-type": "dcos-uid-servicekey",
                    "client-method": "dcos-servicecredential-post-receive-authtoken",
                    "config": { "start_flow_url": "/acs/api/v1/auth/login" },
                    "description": "Default: Log in using a service account and its private key",
                },
            }),
        )
    }

    /// A token for `uid`, valid for the lifetime (or until `exp`, a service account's legacy
    /// request).
    fn issue(&self, uid: &str, exp: Option<u64>) -> String {
        let exp = exp.unwrap_or_else(|| now_secs() + self.lifetime.as_secs().max(1));
        jsonwebtoken::encode(
            &jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256),
            &json!({ "uid": uid, "exp": exp }),
            &self.signing,
        )
        .expect("HS256 signing does not fail")
    }

    /// `POST /acs/api/v1/auth/login` (bouncer's `auth.Login.on_post`).
    pub fn login(&self, content_type: Option<&str>, body: &[u8]) -> Reply {
        if !content_type.is_some_and(|c| c.to_ascii_lowercase().contains("application/json")) {
            return falcon(
                415,
                "415 Unsupported Media Type",
                "Unexpected or undefined Content-Type",
            );
        }
        if body.iter().all(u8::is_ascii_whitespace) {
            return falcon(
                400,
                "400 Bad Request",
                "Request has bad Content-Type or lacks JSON data",
            );
        }
        let request: Value = match serde_json::from_slice(body) {
            Ok(v) => v,
            Err(e) => {
                return falcon(
                    400,
                    "400 Bad Request",
                    &format!("Cannot decode JSON body: {e}"),
                );
            }
        };
        let Some(fields) = request.as_object() else {
            return falcon(
                400,
                "Bad Request",
                "Unexpected JSON input. Hint: the request body must be an object",
            );
        };
        for (key, value) in fields {
            let ok = match key.as_str() {
                "uid" | "password" | "token" => value.is_string(),
                "exp" => value.is_u64(),
                _ => false,
            };
            if !ok {
                return falcon(
                    400,
                    "Bad Request",
                    &format!("Unexpected JSON input. Hint: [{key}] is not expected here"),
                );
            }
        }
        let field = |k: &str| fields.get(k).and_then(Value::as_str);
        let (uid, password, token) = (field("uid"), field("password"), field("token"));
        match (password, token) {
            (Some(_), Some(_)) | (None, None) => {
                return falcon(
                    400,
                    "400 Bad Request",
                    "Exactly one of `token` and `password` must be provided in the request body",
                );
            }
            _ => {}
        }
        let Some(uid) = uid else {
            if token.is_some() {
                // An OpenID Connect ID token: none is trusted here.
                return falcon(
                    401,
                    "401 Unauthorized",
                    "OpenID Connect ID Token login failed: bad token",
                );
            }
            return falcon(400, "400 Bad Request", "`uid` missing in the request body");
        };
        let answer_token = |token: String| {
            let mut answer = Reply {
                status: 200,
                content_type: "application/json; charset=UTF-8",
                body: serde_json::to_string_pretty(&json!({ "token": token }))
                    .expect("JSON")
                    .into_bytes(),
                headers: Vec::new(),
            };
            use base64::Engine;
            let info = base64::engine::general_purpose::STANDARD
                .encode(json!({ "uid": uid, "description": uid, "is_remote": false }).to_string());
            answer.headers.push((
                "Set-Cookie",
                format!("dcos-acs-auth-cookie={token}; HttpOnly; Path=/"),
            ));
            answer
                .headers
                .push(("Set-Cookie", format!("dcos-acs-info-cookie={info}; Path=/")));
            answer
        };
        if let Some(password) = password {
            if uid.is_empty() || password.is_empty() {
                return falcon(
                    400,
                    "400 Bad Request",
                    "`uid` and `password` must not be empty strings",
                );
            }
            let known = self.users.iter().any(|(u, p)| {
                crate::guard::same_secret(u, uid) & crate::guard::same_secret(p, password)
            });
            if !known {
                return invalid_credentials();
            }
            return answer_token(self.issue(uid, None));
        }
        let Some((_, key)) = self.services.iter().find(|(u, _)| u == uid) else {
            return invalid_credentials();
        };
        let mut validation = jsonwebtoken::Validation::new(jsonwebtoken::Algorithm::RS256);
        validation.required_spec_claims.clear();
        validation.leeway = 0;
        let claims = match jsonwebtoken::decode::<Value>(token.unwrap_or(""), key, &validation) {
            Ok(data) => data.claims,
            Err(_) => return invalid_credentials(),
        };
        if claims.get("uid").and_then(Value::as_str) != Some(uid) {
            return invalid_credentials();
        }
        answer_token(self.issue(uid, fields.get("exp").and_then(Value::as_u64)))
    }

    /// Whether a request carries a token this IAM gave that has not expired (Admin Router's
    /// `validate_jwt`: the Authorization header, else the auth cookie).
    pub fn admits(&self, authorization: Option<&str>, cookie: Option<&str>) -> bool {
        let token = match authorization {
            Some(a) => {
                let a = a.trim();
                match a.strip_prefix("token=") {
                    Some(t) => t,
                    None => match a.split_once(' ') {
                        Some((scheme, t)) if scheme.eq_ignore_ascii_case("bearer") => t.trim(),
                        _ => return false,
                    },
                }
            }
            None => match cookie.and_then(|c| {
                c.split(';')
                    .filter_map(|pair| pair.trim().split_once('='))
                    .find(|(name, _)| *name == "dcos-acs-auth-cookie")
                    .map(|(_, v)| v)
            }) {
                Some(t) => t,
                None => return false,
            },
        };
        let mut validation = jsonwebtoken::Validation::new(jsonwebtoken::Algorithm::HS256);
        validation.required_spec_claims.clear();
        validation.leeway = 0;
        jsonwebtoken::decode::<Value>(token, &self.checking, &validation)
            .is_ok_and(|data| data.claims.get("uid").is_some_and(Value::is_string))
    }

    /// Admin Router's 401 (open DC/OS): an HTML page sending the browser to the login, and
    /// the `oauthjwt` challenge.
    pub fn unauthorized() -> Reply {
        Reply {
            status: 401,
            content_type: "text/html; charset=UTF-8",
            body: b"<html>\n<head><title>Unauthorized</title>\n<meta http-equiv=\"refresh\" content=\"0; url=/#/login\"></head>\n<body><h1>Unauthorized</h1><p>Log in at <a href=\"/#/login\">/#/login</a>.</p></body>\n</html>\n".to_vec(),
            headers: vec![("WWW-Authenticate", "oauthjwt".into())],
        }
    }
}

/// 32 random bytes, a signing secret.
pub fn new_secret() -> Vec<u8> {
    let mut secret = Vec::with_capacity(32);
    secret.extend_from_slice(uuid::Uuid::new_v4().as_bytes());
    secret.extend_from_slice(uuid::Uuid::new_v4().as_bytes());
    secret
}

fn now_secs() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// The DC/OS release that shipped a Marathon line (`dcos-version.json`'s `version`).
pub fn dcos_release(minor: u8) -> &'static str {
    match minor {
        ..=4 => "1.9.0",
        5 => "1.10.0",
        6 => "1.11.0",
        7 => "1.12.0",
        8 => "1.13.0",
        9 => "2.0.0",
        10 => "2.1.0",
        _ => "2.2.0",
    }
}
