//! Ids and what the app runs: the app's id and its dependencies, `cmd`, `args` and the
//! container (acceptance.md cases 6 and 7).

use serde_json::{Map, Value};

use super::{Phases, arr, at, key, non_empty};
use crate::marathon::app::canonical_id;
use crate::marathon::rules::Phase;

const PH: Phase = Phase::Canonical;

/// The id must not be the root and must be a valid path.
pub(super) fn app_id(app: &Map<String, Value>, p: &mut Phases) {
    if let Some(Value::String(id)) = app.get("id") {
        if id.split('/').all(str::is_empty) {
            p.fail(PH, vec![], "must not be root", None);
        } else if let Err(e) = canonical_id(id) {
            p.fail(
                PH,
                key(&["id"]),
                e,
                Some("choose another id with --app-id".into()),
            );
        }
    }
}

/// Every dependency must be a valid path.
pub(super) fn dependencies(app: &Map<String, Value>, p: &mut Phases) {
    for (i, dep) in arr(app.get("dependencies")).iter().enumerate() {
        if let Some(d) = dep.as_str()
            && let Err(e) = canonical_id(d)
        {
            p.fail(PH, at(&["dependencies"], i, &[]), e, None);
        }
    }
}

/// 1.5+: a `cmd` of one character is refused.
pub(super) fn one_character_cmd(app: &Map<String, Value>, p: &mut Phases) {
    let profile = p.profile;
    let cmd = app.get("cmd").and_then(Value::as_str);
    if profile.at_least(5)
        && let Some(c) = cmd
        && c.chars().count() <= 1
    {
        p.fail(
            PH,
            vec![],
            "must not be an empty string",
            Some("Marathon refuses a cmd of one character".into()),
        );
    }
}

/// `cmd` or `args` (not both), and/or a container.
pub(super) fn cmd_args_or_container(app: &Map<String, Value>, p: &mut Phases) {
    let cmd = app.get("cmd").and_then(Value::as_str);
    let has_cmd = cmd.is_some();
    let has_args = non_empty(app.get("args"));
    let container_runs = app.get("container").is_some_and(|c| {
        let docker = c.get("docker").is_some();
        match c.get("type").and_then(Value::as_str) {
            Some("MESOS") => true,
            _ => docker,
        }
    });
    if !((has_cmd ^ has_args) || (!(has_cmd && has_args) && container_runs)) {
        p.fail(
            PH,
            vec![],
            "AppDefinition must either contain one of 'cmd' or 'args', and/or a 'container'.",
            Some(if has_cmd && has_args {
                "give cmd or args, not both".into()
            } else {
                "give a cmd, args or a container".into()
            }),
        );
    }
}
