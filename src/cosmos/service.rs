//! Cosmos's service API (`POST /cosmos/service/describe` and `/cosmos/service/update`, what
//! the DC/OS UI and the SDK CLIs call to read and change an installed package's options) over
//! `smack::ops::service`. Responses drop absent fields, as Cosmos's do.

use serde_json::{Map, Value, json};
use smack::error::Error;
use smack::ops;

use super::Service;
use super::media::Failure;

/// `appId` with its leading `/` (Cosmos's `AppId.apply`).
fn app_id(body: &Map<String, Value>) -> String {
    let id = body.get("appId").and_then(Value::as_str).unwrap_or("");
    smack::marathon::app::canonical_or_given(id)
}

/// Marathon's 404 for the app, as Cosmos says it; other errors as everywhere.
fn failure(e: Error, app: &str) -> Failure {
    match e {
        Error::MarathonNotFound { .. } | Error::NotInstalled { .. } => Failure::new(
            400,
            "MarathonAppNotFound",
            format!("Unable to locate service with marathon appId: '{app}'"),
            Some(json!({ "appId": app })),
        ),
        other => Failure::from(&other),
    }
}

impl Service {
    pub(super) fn service_describe(
        &self,
        body: &Map<String, Value>,
    ) -> std::result::Result<Value, Failure> {
        let app = app_id(body);
        let catalog = self.catalog().map_err(|e| Failure::from(&e))?;
        let d = ops::service::describe(&self.connection, &catalog, &app)
            .map_err(|e| failure(e, &app))?;
        let mut answer = json!({
            "package": d.package,
            "upgradesTo": d.upgrades_to,
            "downgradesTo": d.downgrades_to,
        });
        if let Some(user) = d.user_options {
            answer["userProvidedOptions"] = user;
        }
        if let Some(resolved) = d.resolved_options {
            answer["resolvedOptions"] = resolved;
        }
        Ok(answer)
    }

    pub(super) fn service_update(
        &self,
        body: &Map<String, Value>,
    ) -> std::result::Result<Value, Failure> {
        let app = app_id(body);
        let catalog = self.catalog().map_err(|e| Failure::from(&e))?;
        let replace = body
            .get("replace")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        let updated = ops::service::update(
            &self.connection,
            &catalog,
            &app,
            body.get("packageVersion").and_then(Value::as_str),
            body.get("options").filter(|o| o.is_object()),
            replace,
        )
        .map_err(|e| failure(e, &app))?;
        Ok(json!({
            "package": updated.package,
            "resolvedOptions": updated.resolved_options,
            "marathonDeploymentId": updated.deployment,
        }))
    }
}
