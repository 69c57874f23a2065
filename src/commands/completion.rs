//! `smack completion SHELL` and `smack man`: generated from the command line's definition.

use smack::error::{Result, exit};

use crate::cli::{Cli, CompletionArgs};
use crate::ui::Ui;

/// The static completion script for a shell.
pub fn script_text(shell: clap_complete::Shell) -> String {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::tree(), "smack", &mut out);
    String::from_utf8(out).expect("completion scripts are UTF-8")
}

/// The man page, in roff.
pub fn man_text() -> String {
    let mut out = Vec::new();
    clap_mangen::Man::new(Cli::tree())
        .render(&mut out)
        .expect("rendering to memory cannot fail");
    String::from_utf8(out).expect("the man page is UTF-8")
}

pub fn script(args: CompletionArgs, ui: &Ui) -> Result<i32> {
    ui.out(&script_text(args.shell));
    Ok(exit::OK)
}

pub fn man(ui: &Ui) -> Result<i32> {
    ui.out(&man_text());
    Ok(exit::OK)
}
