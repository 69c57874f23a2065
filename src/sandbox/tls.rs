//! `smack sandbox serve --tls`: HTTPS with a CA of its own, as a DC/OS cluster has one. The CA
//! is made at start (DC/OS names its root "DC/OS Root CA <uuid>"), signs the server's
//! certificate for the loopback names, and is served at `/ca/dcos-ca.crt` so that clients can
//! trust it on first use.

use std::sync::Arc;

use crate::error::{Error, Result};

/// The sandbox's TLS: the server's configuration and the CA that signed its certificate.
pub struct Tls {
    pub server: Arc<rustls::ServerConfig>,
    /// The CA certificate, PEM (what `/ca/dcos-ca.crt` answers).
    pub ca_pem: String,
}

impl Tls {
    /// A fresh CA and a certificate for `localhost`, `127.0.0.1`, `::1` and `host` signed by it.
    pub fn generate(host: &str) -> Result<Tls> {
        let fail = |e: &dyn std::fmt::Display| {
            Error::io(
                "making the sandbox's TLS certificates".to_string(),
                std::io::Error::other(e.to_string()),
            )
        };
        let mut ca_params =
            rcgen::CertificateParams::new(Vec::<String>::new()).map_err(|e| fail(&e))?;
        ca_params.distinguished_name.push(
            rcgen::DnType::CommonName,
            format!("DC/OS Root CA {}", uuid::Uuid::new_v4()),
        );
        ca_params
            .distinguished_name
            .push(rcgen::DnType::OrganizationName, "smack sandbox");
        ca_params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
        ca_params.key_usages = vec![
            rcgen::KeyUsagePurpose::KeyCertSign,
            rcgen::KeyUsagePurpose::CrlSign,
            rcgen::KeyUsagePurpose::DigitalSignature,
        ];
        let ca_key = rcgen::KeyPair::generate().map_err(|e| fail(&e))?;
        let ca = rcgen::CertifiedIssuer::self_signed(ca_params, ca_key).map_err(|e| fail(&e))?;
        let mut names = vec![
            "localhost".to_string(),
            "127.0.0.1".to_string(),
            "::1".to_string(),
        ];
        if !names.iter().any(|n| n == host) && !host.is_empty() {
            names.push(host.to_string());
        }
        let mut params = rcgen::CertificateParams::new(names).map_err(|e| fail(&e))?;
        params
            .distinguished_name
            .push(rcgen::DnType::CommonName, "smack sandbox");
        let key = rcgen::KeyPair::generate().map_err(|e| fail(&e))?;
        let cert = params.signed_by(&key, &ca).map_err(|e| fail(&e))?;
        let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
        let server = rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|e| fail(&e))?
            .with_no_client_auth()
            .with_single_cert(
                vec![cert.der().clone(), ca.der().clone()],
                rustls::pki_types::PrivateKeyDer::Pkcs8(key.serialize_der().into()),
            )
            .map_err(|e| fail(&e))?;
        Ok(Tls {
            server: Arc::new(server),
            ca_pem: ca.pem(),
        })
    }
}
