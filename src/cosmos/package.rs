//! Cosmos's `/package/*` endpoints over the same operations as the CLI: search, describe,
//! render, install, list, list-versions and uninstall.

use serde_json::{Map, Value, json};
use smack::error::{Error, Result};
use smack::marathon::installed::{self, Installed};
use smack::ops;
use smack::pipeline::{Checks, Never, Pipeline};

use super::media::Failure;
use super::{Service, text};

impl Service {
    pub(super) fn search(&self, body: &Map<String, Value>) -> Result<Value> {
        let catalog = self.catalog()?;
        let mut warnings = Vec::new();
        let summaries = catalog.summaries(&mut warnings)?;
        let query = body.get("query").and_then(Value::as_str);
        let hits = smack::catalog::search::search(&summaries, query);
        let mut packages = Vec::new();
        for hit in hits {
            let s = hit.summary;
            let releases = catalog.releases(&s.name, &mut warnings).unwrap_or_default();
            let versions: Map<String, Value> = releases
                .iter()
                .map(|r| (r.version.clone(), json!(r.revision.to_string())))
                .collect();
            packages.push(json!({
                "name": s.name,
                "currentVersion": s.version,
                "versions": versions,
                "description": s.description(),
                "framework": s.framework(),
                "tags": s.listing.tags,
                "selected": s.selected(),
            }));
        }
        Ok(json!({ "packages": packages }))
    }

    pub(super) fn describe(&self, body: &Map<String, Value>, version: u32) -> Result<Value> {
        let package = self.resolve(body)?;
        let element = smack::render::index_element(&package);
        Ok(if version >= 3 {
            json!({ "package": element })
        } else {
            element
        })
    }

    /// Cosmos's render and install share this: the package, the options, the app id.
    pub(super) fn prepare(
        &self,
        body: &Map<String, Value>,
    ) -> Result<(Pipeline, smack::pipeline::Prepared)> {
        let package = self.resolve(body)?;
        let options = body.get("options").cloned().unwrap_or_else(|| json!({}));
        if !options.is_object() {
            return Err(Error::Usage("`options` must be a JSON object".into()));
        }
        let app_id = body
            .get("appId")
            .and_then(Value::as_str)
            .map(str::to_string);
        let mut pipeline = Pipeline::new();
        let prepared = pipeline.prepare(
            package,
            options,
            app_id.as_deref(),
            &mut Never { can_prompt: false },
            None,
        )?;
        Ok((pipeline, prepared))
    }

    pub(super) fn render(&self, body: &Map<String, Value>) -> Result<Value> {
        let (pipeline, prepared) = self.prepare(body)?;
        let profile = self.connection.profile()?;
        let name = prepared.package.name.clone();
        pipeline.verify(
            &name,
            &prepared.rendered.app,
            smack::pipeline::Against::new(&profile, Checks::Normal),
        )?;
        Ok(json!({ "marathonJson": prepared.rendered.app }))
    }

    pub(super) fn install(&self, body: &Map<String, Value>, version: u32) -> Result<Value> {
        let (pipeline, prepared) = self.prepare(body)?;
        let plan = ops::install::plan(&self.connection, &pipeline, prepared, Checks::Normal)?;
        if plan.in_progress.is_some() {
            return Err(Error::AppExists {
                id: plan.app_id.clone(),
            });
        }
        let posted = ops::install::apply(&self.connection.client, &plan, false)?;
        let mut answer = json!({
            "packageName": plan.package.name,
            "packageVersion": plan.package.version,
            "appId": posted.app_id,
            "postInstallNotes": plan.package.note("postInstallNotes"),
        });
        if version >= 2
            && let Some(cli) = plan.package.resource.as_ref().and_then(|r| r.get("cli"))
        {
            answer["cli"] = cli.clone();
        }
        Ok(answer)
    }

    pub(super) fn installed(&self, name: Option<&str>) -> Result<Vec<Installed>> {
        installed::list(&self.connection.client, name)
    }

    /// Cosmos 0.6.3's list: apps with `DCOS_PACKAGE_NAME`, sorted by package name and app id;
    /// an app without `DCOS_PACKAGE_DEFINITION` is skipped, and one whose definition cannot be
    /// read fails the whole request, as Cosmos's does.
    pub(super) fn list(&self, body: &Map<String, Value>) -> std::result::Result<Value, Failure> {
        let name = body.get("packageName").and_then(Value::as_str);
        let app_id = body
            .get("appId")
            .and_then(Value::as_str)
            .map(smack::marathon::app::canonical_or_given);
        let mut found: Vec<Installed> = self
            .installed(name)
            .map_err(|e| Failure::from(&e))?
            .into_iter()
            .filter(|i| app_id.as_ref().is_none_or(|a| &i.app_id == a))
            .filter(|i| i.has_label(installed::DEFINITION_LABEL))
            .collect();
        found.sort_by(|a, b| (&a.name, &a.app_id).cmp(&(&b.name, &b.app_id)));
        let mut packages = Vec::new();
        for i in found {
            let Some(mut definition) = i.definition() else {
                return Err(Failure::new(
                    400,
                    "JsonParsingError",
                    "Unable to parse the string as a JSON value",
                    Some(json!({ "appId": i.app_id })),
                ));
            };
            definition.remove("marathon");
            definition.remove("config");
            let resource = definition.remove("resource");
            let mut info = json!({ "packageDefinition": definition });
            if let Some(r) = resource {
                info["resourceDefinition"] = r;
            }
            packages.push(json!({ "appId": i.app_id, "packageInformation": info }));
        }
        Ok(json!({ "packages": packages }))
    }

    pub(super) fn list_versions(&self, body: &Map<String, Value>) -> Result<Value> {
        let name = text(body, "packageName")?;
        let mut warnings = Vec::new();
        let releases = self.catalog()?.releases(&name, &mut warnings)?;
        let results: Map<String, Value> = releases
            .iter()
            .map(|r| (r.version.clone(), json!(r.revision.to_string())))
            .collect();
        Ok(json!({ "results": results }))
    }

    pub(super) fn uninstall(&self, body: &Map<String, Value>) -> Result<Value> {
        let name = text(body, "packageName")?;
        let app_id = body.get("appId").and_then(Value::as_str);
        let all = body.get("all").and_then(Value::as_bool).unwrap_or(false);
        let found = ops::uninstall::find(&self.connection.client, &name, app_id, all)?;
        let mut results = Vec::new();
        for i in &found {
            ops::uninstall::remove(&self.connection.client, &i.app_id)?;
            results.push(json!({
                "packageName": i.name,
                "packageVersion": i.version,
                "appId": i.app_id,
                "postUninstallNotes": i.note("postUninstallNotes"),
            }));
        }
        Ok(json!({ "results": results }))
    }
}
