//! `smack uninstall`: remove the app(s) of a package and wait until they are gone; the steps
//! are `smack::ops::uninstall`'s.

use smack::error::{Result, exit};
use smack::marathon::wait::Goal;
use smack::ops::uninstall;

use super::context::Context;
use super::marathon::{Change, follow, send_change, should_wait};
use crate::cli::UninstallArgs;

pub fn run(args: UninstallArgs, ctx: &Context) -> Result<i32> {
    let ui = ctx.ui;
    let connection = ctx.connect()?;
    let client = &connection.client;
    let found = uninstall::find(client, &args.package, args.app_id.as_deref(), args.all)?;
    for i in &found {
        ui.note(format!(
            "Uninstalling package [{}] version [{}]: app [{}] on {}",
            i.name,
            i.version,
            i.app_id,
            &smack::text::redact_credentials(client.url())
        ));
    }
    if !ui.confirm("Continue uninstalling?", args.yes)? {
        ui.note("Exiting uninstallation.");
        return Ok(exit::NOTHING);
    }
    let wait = should_wait(&args.wait, ui);
    for i in &found {
        let change = Change {
            what: format!("the removal of app [{}]", i.app_id),
            app: &i.app_id,
            check: format!("smack status {}", i.app_id),
            // Marathon forgets a removed app's history: nothing undoes it but a new install.
            undo: None,
            atomic: None,
        };
        let deployment = send_change(client, &change, &args.wait, || {
            uninstall::remove(client, &i.app_id)
        })?;
        if wait {
            follow(
                ui,
                client,
                &i.app_id,
                &deployment,
                Goal::Removed,
                &args.wait,
                None,
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
