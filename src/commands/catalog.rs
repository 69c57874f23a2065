//! `smack catalog search|describe`.

use serde_json::{Value, json};
use smack::catalog::{Package, distinct_versions, search};
use smack::error::{Result, exit};

use super::context::Context;
use crate::cli::{CatalogCommand, DescribeArgs, Output, RenderArgs, SearchArgs};
use crate::ui::table;

pub fn run(cmd: CatalogCommand, ctx: &Context) -> Result<i32> {
    match cmd {
        CatalogCommand::Search(args) => search_cmd(args, ctx),
        CatalogCommand::Describe(args) => describe(args, ctx),
    }
}

fn search_cmd(args: SearchArgs, ctx: &Context) -> Result<i32> {
    let ui = ctx.ui;
    let catalog = ctx.catalog()?;
    let mut warnings = Vec::new();
    let summaries = catalog.summaries(&mut warnings)?;
    ui.warnings(&warnings);
    let hits = search::search(&summaries, args.query.as_deref());
    if ctx.output(&args.output) == Output::Json {
        /// A hit as `--json` prints it, serialized straight from the summary.
        #[derive(serde::Serialize)]
        struct JsonHit<'a> {
            name: &'a str,
            version: &'a str,
            revision: u64,
            framework: bool,
            selected: bool,
            tags: &'a [String],
            description: &'a str,
            source: &'a str,
            score: f64,
        }
        let list: Vec<JsonHit> = hits
            .iter()
            .map(|h| {
                let s = h.summary;
                JsonHit {
                    name: &s.name,
                    version: &s.version,
                    revision: s.revision,
                    framework: s.framework(),
                    selected: s.selected(),
                    tags: &s.listing.tags,
                    description: s.description(),
                    source: &s.source.name,
                    score: h.score,
                }
            })
            .collect();
        ui.json(&list);
        return Ok(exit::OK);
    }
    if hits.is_empty() {
        match &args.query {
            Some(q) => ui.note(format!("No packages found for [{q}].")),
            None => ui.note("No packages found: the catalog is empty."),
        }
        return Ok(exit::NOTHING);
    }
    let rows: Vec<Vec<String>> = hits
        .iter()
        .map(|h| {
            let s = h.summary;
            vec![
                s.name.clone(),
                s.version.clone(),
                if s.framework() { "yes" } else { "no" }.into(),
                s.source.name.clone(),
                s.description().to_string(),
            ]
        })
        .collect();
    ui.out(&table(
        &["NAME", "VERSION", "FRAMEWORK", "SOURCE", "DESCRIPTION"],
        &rows,
        ui.width(),
    ));
    Ok(exit::OK)
}

fn describe(args: DescribeArgs, ctx: &Context) -> Result<i32> {
    let ui = ctx.ui;
    if args.render {
        let render_args = RenderArgs {
            package: args.package,
            package_version: args.package_version,
            options: args.options,
            app_id: args.app_id,
            compact: false,
            checks: Default::default(),
        };
        return super::render::run(render_args, ctx);
    }
    let catalog = ctx.catalog()?;
    let mut warnings = Vec::new();
    if args.package_versions {
        let releases = catalog.releases(&args.package, &mut warnings)?;
        ui.warnings(&warnings);
        let versions = distinct_versions(&releases);
        if ctx.output(&args.output) == Output::Json {
            ui.json(&versions);
        } else {
            ui.out(
                &versions
                    .iter()
                    .map(|v| format!("{v}\n"))
                    .collect::<String>(),
            );
        }
        return Ok(exit::OK);
    }
    let package = catalog.resolve(
        &args.package,
        args.package_version.as_deref(),
        &mut warnings,
    )?;
    let releases = catalog.releases(&args.package, &mut warnings)?;
    ui.warnings(&warnings);
    if args.config {
        ui.json(package.config.as_ref().unwrap_or(&json!({})));
    } else if ctx.output(&args.output) == Output::Json {
        ui.json(&package.metadata);
    } else {
        ui.out(&human(&package, &distinct_versions(&releases)));
    }
    Ok(exit::OK)
}

/// The human view of a package.
fn human(p: &Package, versions: &[String]) -> String {
    let m = &p.metadata;
    let text = |k: &str| m.get(k).and_then(Value::as_str).map(str::to_string);
    let list = |k: &str| {
        m.get(k).and_then(Value::as_array).map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .collect::<Vec<_>>()
                .join(", ")
        })
    };
    let mut out = format!("{} {}\n", p.name, p.version);
    if let Some(d) = text("description") {
        out.push_str(&format!("{}\n", d.trim()));
    }
    out.push('\n');
    let mut field = |label: &str, value: Option<String>| {
        if let Some(v) = value.filter(|v| !v.is_empty()) {
            out.push_str(&format!("  {label:<16}{v}\n"));
        }
    };
    field(
        "source",
        Some(format!("{} ({})", p.source.name, p.location)),
    );
    field("revision", Some(p.revision.to_string()));
    field("packaging", Some(p.packaging_version().to_string()));
    let framework = m.get("framework").and_then(Value::as_bool).unwrap_or(false);
    field(
        "framework",
        Some(if framework { "yes" } else { "no" }.into()),
    );
    field("maintainer", text("maintainer"));
    field("website", text("website"));
    field("scm", text("scm"));
    let licenses = m.get("licenses").and_then(Value::as_array).map(|a| {
        a.iter()
            .filter_map(|l| l.get("name").and_then(Value::as_str))
            .collect::<Vec<_>>()
            .join(", ")
    });
    field("licenses", licenses);
    field("tags", list("tags"));
    field("min DC/OS", text("minDcosReleaseVersion"));
    field("upgrades from", list("upgradesFrom"));
    field("downgrades to", list("downgradesTo"));
    field("versions", Some(versions.join(", ")));
    if let Some(Value::Object(props)) = p.config.as_ref().and_then(|c| c.get("properties")) {
        out.push_str("\nOptions (smack catalog describe --config for the schema):\n");
        for (name, schema) in props {
            let d = schema
                .get("description")
                .and_then(Value::as_str)
                .unwrap_or("");
            out.push_str(&format!(
                "  {name:<16}{}\n",
                d.split_whitespace().collect::<Vec<_>>().join(" ")
            ));
        }
    }
    for (key, title) in [
        ("preInstallNotes", "Pre-install notes"),
        ("postInstallNotes", "Post-install notes"),
        ("postUninstallNotes", "Post-uninstall notes"),
    ] {
        if let Some(note) = p.note(key) {
            out.push_str(&format!("\n{title}:\n{}\n", note.trim_end()));
        }
    }
    out
}
