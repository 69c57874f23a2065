//! Text that reaches a terminal or a message: cut to a length, control characters made visible.

/// `text` cut to at most `max` characters, with `…` and the full length when cut.
pub fn excerpt(text: &str, max: usize) -> String {
    let mut chars = text.char_indices();
    match chars.nth(max) {
        None => text.to_string(),
        Some((end, _)) => format!("{}… ({} bytes in all)", &text[..end], text.len()),
    }
}

/// How many items a message lists before it says how many more there are: a screenful.
pub const LISTED: usize = 20;

/// `items`, at most [`LISTED`] of them each on its own line behind `prefix`, then
/// `… and N more` for the rest: a message stays a screenful whatever the input.
pub fn listed<T: std::fmt::Display>(items: &[T], prefix: &str) -> String {
    let mut out: String = items
        .iter()
        .take(LISTED)
        .map(|i| format!("{prefix}{i}"))
        .collect();
    if items.len() > LISTED {
        out.push_str(&format!("{prefix}… and {} more", items.len() - LISTED));
    }
    out
}

/// Words joined by `, `, at most [`LISTED`], then `… and N more`.
pub fn joined<T: AsRef<str>>(items: &[T]) -> String {
    let mut out: Vec<&str> = items.iter().take(LISTED).map(AsRef::as_ref).collect();
    let more = items
        .len()
        .checked_sub(LISTED)
        .filter(|n| *n > 0)
        .map(|n| format!("… and {n} more"));
    if let Some(m) = &more {
        out.push(m);
    }
    out.join(", ")
}

/// `text` with every control character (ESC, CR, BEL, DEL, the C1 range, and also newlines
/// unless `keep_newlines`) and bidirectional override written as a visible escape (`\u{1b}`),
/// so that what a server or a catalog says can never move the cursor, rewrite a line or
/// change the terminal.
pub fn escape_controls(text: &str, keep_newlines: bool) -> std::borrow::Cow<'_, str> {
    let unsafe_char = |c: char| {
        (c.is_control() && !(keep_newlines && (c == '\n' || c == '\t')))
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    };
    if !text.chars().any(unsafe_char) {
        return text.into();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if unsafe_char(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out.into()
}

/// `text` with the password of every URL in it (`http://alice:secret@host`) written as `***`,
/// so that a password given in a URL never reaches a message, a trace, a page or a log.
pub fn redact_credentials(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains("://") || !text.contains('@') {
        return text.into();
    }
    // Every `scheme://` in the text: its authority ends at the path, query or fragment, or
    // where the URL ends in prose; a password is what lies between the userinfo's first `:`
    // and the authority's last `@`. Each authority ends at a `/`, so the passwords' ranges
    // never overlap.
    let mut masks: Vec<(usize, usize)> = Vec::new();
    for (i, _) in text.match_indices("://") {
        let start = i + 3;
        let after = &text[start..];
        let end = after
            .find(|c: char| {
                matches!(
                    c,
                    '/' | '?' | '#' | '"' | '\'' | '<' | '>' | '`' | ')' | ']' | ','
                ) || c.is_whitespace()
            })
            .unwrap_or(after.len());
        let authority = &after[..end];
        if let Some(at) = authority.rfind('@')
            && let Some(colon) = authority[..at].find(':')
        {
            masks.push((start + colon + 1, start + at));
        }
    }
    if masks.is_empty() {
        return text.into();
    }
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for (a, b) in masks {
        out.push_str(&text[from..a]);
        out.push_str("***");
        from = b;
    }
    out.push_str(&text[from..]);
    out.into()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        /// Whatever surrounds it, a URL's password never survives, and nothing panics.
        #[test]
        fn no_password_survives(
            before in "(.|://|@){0,20}",
            user in "[a-z]{1,8}",
            password in "[A-Za-z0-9!$%&*+=~-]{6,16}",
            host in "[a-z0-9.-]{1,12}",
            after in "[ /?#a-z0-9]{0,20}",
        ) {
            let text = format!("{before}http://{user}:{password}@{host}{after}");
            let shown = super::redact_credentials(&text);
            prop_assert!(!shown.contains(&format!(":{password}@")), "{}", shown);
        }

        #[test]
        fn any_text_is_safe(text in ".{0,200}") {
            let _ = super::redact_credentials(&text);
            let _ = super::excerpt(&text, 7);
            let _ = super::escape_controls(&text, true);
        }
    }

    #[test]
    fn passwords_in_urls_are_hidden() {
        use super::redact_credentials as r;
        assert_eq!(
            r("Marathon at http://alice:secret@host:8080 refused"),
            "Marathon at http://alice:***@host:8080 refused"
        );
        assert_eq!(
            r("https://u:p@h/v2?x=1 and ftp://a:b@c"),
            "https://u:***@h/v2?x=1 and ftp://a:***@c"
        );
        assert_eq!(r("http://host/a@b"), "http://host/a@b");
        assert_eq!(
            r("mail me@x http://token@host"),
            "mail me@x http://token@host"
        );
        assert_eq!(r("\"http://a:b:c@h\""), "\"http://a:***@h\"");
        assert_eq!(r("plain"), "plain");
        assert_eq!(r("x://a@http://u:p@h"), "x://a@http://u:***@h");
        assert_eq!(r("http://a:b@c:d@h/x"), "http://a:***@h/x");
    }

    use super::*;

    #[test]
    fn long_text_is_cut_and_says_how_long_it_was() {
        assert_eq!(excerpt("abc", 3), "abc");
        assert_eq!(excerpt("abcdef", 3), "abc… (6 bytes in all)");
        assert_eq!(excerpt("ééé", 2), "éé… (6 bytes in all)");
    }

    #[test]
    fn control_characters_are_made_visible() {
        assert_eq!(escape_controls("a\u{1b}[2Jb", false), "a\\u{1b}[2Jb");
        assert_eq!(escape_controls("a\nb", false), "a\\u{a}b");
        assert_eq!(escape_controls("a\nb\tc", true), "a\nb\tc");
        assert_eq!(escape_controls("x\u{202e}y", true), "x\\u{202e}y");
        assert!(matches!(
            escape_controls("plain", false),
            std::borrow::Cow::Borrowed(_)
        ));
    }
}
