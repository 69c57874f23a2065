//! `smack uninstall`: remove the app(s) of a package and wait until they are gone.

use smack::error::{Error, Result, exit};
use smack::marathon::installed;
use smack::marathon::wait::Goal;

use super::context::Context;
use super::marathon::{connect, follow, should_wait};
use crate::cli::UninstallArgs;

pub fn run(args: UninstallArgs, ctx: &Context) -> Result<i32> {
    let ui = ctx.ui;
    let connection = connect(ctx)?;
    let client = &connection.client;
    let found = installed::matching(client, Some(&args.package), args.app_id.as_deref())?;
    if found.is_empty() {
        return Err(Error::NotInstalled {
            package: args.package.clone(),
            app_id: args.app_id.clone(),
        });
    }
    if found.len() > 1 && !args.all {
        return Err(Error::Ambiguous {
            what: format!("package [{}]", args.package),
            apps: installed::describe(&found),
            how: "choose one with --app-id, or remove them all with --all".into(),
        });
    }
    for i in &found {
        ui.note(format!(
            "Uninstalling package [{}] version [{}]: app [{}] on {}",
            i.name,
            i.version,
            i.app_id,
            client.url()
        ));
    }
    if !ui.confirm("Continue uninstalling?", args.yes)? {
        ui.note("Exiting uninstallation.");
        return Ok(exit::NOTHING);
    }
    let wait = should_wait(&args.wait, ui);
    for i in &found {
        let deployment = client.delete_app(&i.app_id, true)?;
        if wait {
            follow(
                ui,
                client,
                &i.app_id,
                &deployment,
                Goal::Removed,
                &args.wait,
            )?;
        }
        ui.line(format!(
            "Uninstalled package [{}] version [{}] (app {})",
            i.name, i.version, i.app_id
        ));
        if let Some(notes) = i.note("postUninstallNotes") {
            ui.note(notes);
        }
    }
    Ok(exit::OK)
}
