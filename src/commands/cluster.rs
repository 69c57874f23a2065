//! `smack cluster add|list|use|remove` and `smack login`: the terminal's side of
//! `smack::ops::cluster` (prompts for passwords, pasted tokens and the CA's fingerprint).

use std::time::Duration;

use smack::dcos::Ca;
use smack::error::{Error, Result, exit};
use smack::ops::cluster::{self, AddArgs, Added, Asker, LoginArgs};
use smack::settings::Given;

use super::context::Context;
use crate::cli::{ClusterCommand, LoginCommandArgs, LoginFlags, Output};
use crate::ui::{Ui, table};

/// The terminal's answers; without a terminal, an error saying what to give instead.
struct Terminal<'a> {
    ui: &'a Ui,
}

impl Asker for Terminal<'_> {
    fn trust_ca(&mut self, url: &str, ca: &Ca) -> Result<bool> {
        if !self.ui.interactive() {
            return Err(Error::Usage(format!(
                "{url}'s certificate is not trusted, and there is no terminal to ask whether to \
                 trust the CA it serves (SHA-256 fingerprint {}); check that fingerprint with \
                 the cluster's operator and give it with --ca-fingerprint, or give the CA with \
                 --ca-file",
                ca.fingerprint
            )));
        }
        self.ui.prompt_text(&format!(
            "Cluster Certificate Authority:\n  Subject: {}\n  Issuer: {}\n  Validity:\n    From:  {}\n    Until: {}\n  SHA256 fingerprint: {}",
            smack::text::escape_controls(&ca.subject, false),
            smack::text::escape_controls(&ca.issuer, false),
            ca.not_before,
            ca.not_after,
            ca.fingerprint
        ));
        self.ui.confirm("Do you trust it?", false)
    }

    fn password(&mut self, uid: &str, url: &str) -> Result<String> {
        if !self.ui.interactive() {
            return Err(Error::Usage(format!(
                "no password for {uid} at {url}, and no terminal to ask in: give \
                 --password-file FILE or SMACK_PASSWORD"
            )));
        }
        self.ui.ask_secret(&format!("{uid}'s password"))
    }

    fn username(&mut self, url: &str) -> Result<String> {
        if !self.ui.interactive() {
            return Err(no_terminal_login(url));
        }
        self.ui
            .ask("Username", &|text: &str| {
                if text.trim().is_empty() {
                    Err("a uid, please".into())
                } else {
                    Ok(())
                }
            })
            .map(|u| u.trim().to_string())
    }

    fn choose(&mut self, url: &str, providers: &[smack::dcos::Provider]) -> Result<usize> {
        if !self.ui.interactive() {
            return Err(no_terminal_login(url));
        }
        let mut text = String::from("Please select a login method:");
        for (i, p) in providers.iter().enumerate() {
            text.push_str(&format!("\n  {}) {} ({})", i + 1, p.description, p.id));
        }
        self.ui.prompt_text(&text);
        let n = providers.len();
        let answer = self
            .ui
            .ask(
                &format!("Login method (1-{n})"),
                &|text: &str| match text.trim().parse::<usize>() {
                    Ok(k) if (1..=n).contains(&k) => Ok(()),
                    _ => Err(format!("a number from 1 to {n}")),
                },
            )?;
        Ok(answer.trim().parse::<usize>().unwrap_or(1) - 1)
    }

    fn pasted_token(&mut self, login_url: &str) -> Result<String> {
        if !self.ui.interactive() {
            return Err(no_terminal_login(login_url));
        }
        self.ui.prompt_text(&format!(
            "Log in with your browser at:\n\n    {login_url}\n\nthen paste the token here."
        ));
        self.ui.ask_secret("Token")
    }
}

/// A login that needs answers, and no terminal to give them in.
fn no_terminal_login(url: &str) -> Error {
    Error::Login {
        url: url.to_string(),
        message: "the cluster needs a login, and there is no terminal to ask in".into(),
        hint: "give --username with --password-file or SMACK_PASSWORD (a user), --username with \
               --private-key (a service account), or a token with --token-file"
            .into(),
    }
}

fn login_args(flags: &LoginFlags, given: &Given) -> LoginArgs {
    LoginArgs {
        provider: flags.provider.clone(),
        username: flags.username.clone(),
        password_file: flags.password_file.clone(),
        password: std::env::var("SMACK_PASSWORD")
            .ok()
            .filter(|p| !p.is_empty()),
        private_key: flags.private_key.clone(),
        token_file: given.token_file.clone(),
        http_credentials_file: given.http_credentials_file.clone(),
    }
}

/// A token's expiry for people: the time, and how far away it is.
fn expiry(exp: Option<u64>) -> String {
    match exp {
        None => "-".into(),
        Some(exp) => {
            let at = std::time::UNIX_EPOCH + Duration::from_secs(exp);
            let now = smack::dcos::now();
            let when = humantime::format_rfc3339_seconds(at).to_string();
            if exp <= now {
                format!("{when} (expired)")
            } else {
                when
            }
        }
    }
}

pub fn run(cmd: ClusterCommand, given: &Given, ui: &Ui) -> Result<i32> {
    let ctx = Context::without_cluster(given, ui)?;
    let config_path = ctx.config().path().to_path_buf();
    match cmd {
        ClusterCommand::Add(args) => {
            let add = AddArgs {
                name: args.name,
                url: args.url,
                login: login_args(&args.login, given),
                ca_file: given.ca_file.clone(),
                insecure: given.insecure,
                ca_fingerprint: args.ca_fingerprint,
                replace: args.replace,
            };
            match cluster::add(&config_path, &ctx.http(), &add, &mut Terminal { ui })? {
                Added::Declined => {
                    ui.note("the CA was not trusted: nothing was kept");
                    Ok(exit::NOTHING)
                }
                Added::Added {
                    cluster,
                    detected,
                    made_current,
                    notes,
                    expires,
                } => {
                    for note in notes {
                        ui.note(note);
                    }
                    let what = match (detected.kind, &detected.version) {
                        (smack::dcos::Kind::Dcos, Some(v)) => format!(
                            "DC/OS {v}{}",
                            detected
                                .variant
                                .as_deref()
                                .map(|v| format!(" ({v})"))
                                .unwrap_or_default()
                        ),
                        (smack::dcos::Kind::Dcos, None) => "DC/OS".into(),
                        (_, Some(v)) => format!("Marathon {v}"),
                        (_, None) => "Marathon".into(),
                    };
                    ui.line(format!(
                        "added cluster {}: {what} at {}, login: {}{}",
                        cluster.name,
                        smack::text::redact_credentials(&cluster.url),
                        cluster.login.describe(),
                        match expires {
                            Some(_) => format!(" (token until {})", expiry(expires)),
                            None => String::new(),
                        }
                    ));
                    if made_current {
                        ui.note(format!("{} is now the current cluster", cluster.name));
                    } else {
                        ui.note(format!(
                            "use it with --cluster {0}, or make it current: `smack cluster use {0}`",
                            cluster.name
                        ));
                    }
                    Ok(exit::OK)
                }
            }
        }
        ClusterCommand::List(output) => {
            let current = ctx.config().get_text("cluster.current");
            let listed = cluster::list(&config_path, current.as_deref())?;
            if ctx.output(&output) == Output::Json {
                ui.json(&listed);
            } else if listed.is_empty() {
                ui.note("no clusters: add one with `smack cluster add NAME URL`");
                return Ok(exit::NOTHING);
            } else {
                let rows: Vec<Vec<String>> = listed
                    .iter()
                    .map(|c| {
                        vec![
                            if c.current { "*".into() } else { String::new() },
                            c.name.clone(),
                            c.url.clone(),
                            c.kind.to_string(),
                            c.login.clone(),
                            match c.logged_in {
                                None => "not needed".into(),
                                Some(true) => "yes".into(),
                                Some(false) => "no".into(),
                            },
                            expiry(c.expires),
                        ]
                    })
                    .collect();
                ui.out(&table(
                    &[
                        "CURRENT",
                        "NAME",
                        "URL",
                        "KIND",
                        "LOGIN",
                        "LOGGED IN",
                        "EXPIRES",
                    ],
                    &rows,
                    ui.width(),
                ));
            }
            Ok(exit::OK)
        }
        ClusterCommand::Use(args) => {
            let cluster = cluster::use_cluster(&config_path, &args.name)?;
            ui.line(format!(
                "using cluster {} ({})",
                cluster.name,
                smack::text::redact_credentials(&cluster.url)
            ));
            if std::env::var("SMACK_CLUSTER").is_ok_and(|v| !v.is_empty() && v != cluster.name) {
                ui.warning("SMACK_CLUSTER is set, and beats the current cluster");
            }
            Ok(exit::OK)
        }
        ClusterCommand::Remove(args) => {
            let was_current = cluster::remove(&config_path, &args.name)?;
            ui.line(format!("removed cluster {}", args.name));
            if was_current {
                ui.note("it was the current cluster: no cluster is current now");
            }
            Ok(exit::OK)
        }
    }
}

/// `smack login [NAME]`: the named cluster, else the one in force.
pub fn login(args: LoginCommandArgs, given: &Given, ui: &Ui) -> Result<i32> {
    let ctx = Context::without_cluster(given, ui)?;
    let config_path = ctx.config().path().to_path_buf();
    let name = match args.name {
        Some(name) => name,
        None => {
            // The cluster in force, as every other command finds it.
            let in_force = Context::new(given, ui)?;
            match &in_force.settings.cluster {
                Some(c) => c.cluster.name.clone(),
                None => {
                    return Err(Error::Usage(
                        "no cluster in force: name one (`smack login NAME`; `smack cluster list` \
                         lists them)"
                            .into(),
                    ));
                }
            }
        }
    };
    let (cluster, expires) = cluster::login(
        &config_path,
        &name,
        &ctx.http(),
        &login_args(&args.login, given),
        &mut Terminal { ui },
    )?;
    ui.line(format!(
        "logged in to {} as {}{}",
        cluster.name,
        cluster.login.describe(),
        match expires {
            Some(_) => format!(" (token until {})", expiry(expires)),
            None => String::new(),
        }
    ));
    Ok(exit::OK)
}
