//! Everything smack prints: results on stdout, diagnostics on stderr.

use std::io::{IsTerminal, Write};

use smack::error::{Error, Warning, exit};
use smack::text::escape_controls;

#[derive(Debug, Clone)]
pub struct Ui {
    quiet: bool,
    verbose: bool,
}

/// The longest line of a message, in characters; a longer one is cut with its length.
const MAX_LINE: usize = 4000;

/// One line on stderr. A closed or broken stderr (`2>&1 | head -0`) loses the line and nothing
/// else: no panic, and the command keeps its own exit code.
/// A password in a URL (`http://alice:secret@host`) is written as `***`.
macro_rules! stderr_line {
    ($($arg:tt)*) => {
        to_stderr(&format!($($arg)*))
    };
}

/// One line on stderr, as [`stderr_line!`] writes it (for writers outside [`Ui`]: the
/// interrupt handler).
pub fn to_stderr(line: &str) {
    let _ = writeln!(
        std::io::stderr().lock(),
        "{}",
        smack::text::redact_credentials(line)
    );
}

/// Whether to color a stream: a terminal, and NO_COLOR unset (https://no-color.org).
fn colors(stream_is_terminal: bool) -> bool {
    stream_is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

impl Ui {
    pub fn new(quiet: bool, verbose: bool) -> Ui {
        Ui { quiet, verbose }
    }

    /// Says that a repository's index is downloaded for the first time.
    pub fn downloading(&self, r: &smack::config::Repository) {
        self.note(format!(
            "downloading the index of repository [{}] ({}) for the first time",
            r.name, r.uri
        ))
    }

    /// The catalog a server keeps (`smack ui`, `smack serve`), with its warnings and first
    /// downloads said here when it is (re)opened.
    pub fn kept_catalog(
        &self,
        kept: &smack::ops::catalogs::Kept,
        settings: &smack::settings::Settings,
    ) -> Result<std::sync::Arc<smack::catalog::Catalog>, Error> {
        let mut warnings = Vec::new();
        let catalog = kept.get(&settings.http(self.trace()), &mut warnings, &mut |r| {
            self.downloading(r)
        });
        self.warnings(&warnings);
        catalog
    }

    /// With `-v`, a trace that prints every HTTP request smack sends and its answer on stderr,
    /// after `> ` (never the token).
    pub fn trace(&self) -> Option<smack::http::Trace> {
        self.trace_as(">")
    }

    /// With `-v`, a trace of HTTP exchanges on stderr after `prefix` (`<` for what a server of
    /// smack's receives).
    pub fn trace_as(&self, prefix: &'static str) -> Option<smack::http::Trace> {
        self.verbose.then(|| {
            let trace: smack::http::Trace = std::sync::Arc::new(move |line: &str| {
                stderr_line!("{prefix} {}", smack::text::escape_controls(line, false))
            });
            trace
        })
    }

    fn label(&self, text: &str, style: dialoguer::console::Style) -> String {
        if colors(std::io::stderr().is_terminal()) {
            style.apply_to(text).to_string()
        } else {
            text.to_string()
        }
    }

    /// A unified diff on stdout, its lines colored in a terminal.
    pub fn diff(&self, diff: &str) {
        if !colors(self.stdout_is_terminal()) {
            self.out(diff);
            return;
        }
        use dialoguer::console::Style;
        let mut out = String::new();
        for line in diff.split_inclusive('\n') {
            let styled = if line.starts_with("+++") || line.starts_with("---") {
                Style::new().bold().apply_to(line).to_string()
            } else if line.starts_with('+') {
                Style::new().green().apply_to(line).to_string()
            } else if line.starts_with('-') {
                Style::new().red().apply_to(line).to_string()
            } else if line.starts_with("@@") {
                Style::new().cyan().apply_to(line).to_string()
            } else {
                line.to_string()
            };
            out.push_str(&styled);
        }
        self.out(&out);
    }

    /// A byte-counting progress bar for downloads, on stderr in a terminal only.
    /// A download's progress on stderr (in a terminal): bytes so far and the rate, redrawn
    /// while the server is silent too; a bar once the size is known. Feed it with
    /// [`Ui::show_download`].
    pub fn download_bar(&self, message: &str) -> indicatif::ProgressBar {
        if self.quiet || !std::io::stderr().is_terminal() {
            return indicatif::ProgressBar::hidden();
        }
        let bar = indicatif::ProgressBar::no_length();
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} {msg} {bytes} at {bytes_per_sec} ({elapsed})",
            )
            .expect("the template is valid"),
        );
        bar.set_message(escape_controls(message, false).into_owned());
        bar.enable_steady_tick(std::time::Duration::from_millis(200));
        bar
    }

    /// Shows `n` bytes of `total` (if known) on a [`Ui::download_bar`].
    pub fn show_download(bar: &indicatif::ProgressBar, n: u64, total: Option<u64>) {
        if let Some(t) = total
            && bar.length() != Some(t)
        {
            bar.set_length(t);
            bar.set_style(
                indicatif::ProgressStyle::with_template(
                    "{spinner} {msg} [{bar:24}] {bytes}/{total_bytes} at {bytes_per_sec} ({elapsed})",
                )
                .expect("the template is valid")
                .progress_chars("=> "),
            );
        }
        bar.set_position(n);
    }

    /// Writes a result to stdout. A closed pipe (`smack ... | head`) ends the program quietly.
    /// Control characters (from a server, a catalog) are written as visible escapes.
    pub fn out(&self, text: &str) {
        let text = escape_controls(text, true);
        let mut stdout = std::io::stdout().lock();
        let result = stdout
            .write_all(text.as_bytes())
            .and_then(|_| stdout.flush());
        if let Err(e) = result {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                std::process::exit(exit::OK);
            }
            stderr_line!("error: cannot write to stdout: {e}");
            std::process::exit(exit::IO);
        }
    }

    /// A line of result.
    pub fn line(&self, text: impl AsRef<str>) {
        self.out(&format!("{}\n", text.as_ref()));
    }

    /// Pretty JSON on stdout.
    pub fn json(&self, value: &impl serde::Serialize) {
        let text = smack::jsontext::to_string_pretty(value, smack::jsontext::Escapes::Terminal);
        self.line(text);
    }

    /// A note for the user on stderr (suppressed by --quiet).
    pub fn note(&self, text: impl AsRef<str>) {
        if !self.quiet {
            stderr_line!("{}", escape_controls(text.as_ref(), true));
        }
    }

    /// One warning line on stderr (none with --quiet).
    pub fn warning(&self, text: impl Into<String>) {
        self.warning_lines(std::iter::once(text.into()));
    }

    pub fn warnings(&self, warnings: &[Warning]) {
        self.warning_lines(warnings.iter().map(ToString::to_string));
    }

    /// The warnings of Marathon's rules, one line each: `warning: /path: message; hint`.
    pub fn findings(&self, findings: &[&smack::marathon::rules::Finding]) {
        self.warning_lines(findings.iter().map(|f| f.line()));
    }

    /// Lines on stderr behind a `warning:` label (none with --quiet).
    fn warning_lines(&self, lines: impl Iterator<Item = String>) {
        if self.quiet {
            return;
        }
        let label = self.label("warning:", dialoguer::console::Style::new().yellow().bold());
        let mut more = 0usize;
        for (i, line) in lines.enumerate() {
            if i < smack::text::LISTED {
                let line = smack::text::excerpt(&line, MAX_LINE);
                stderr_line!("{label} {}", escape_controls(&line, true));
            } else {
                more += 1;
            }
        }
        if more > 0 {
            stderr_line!("{label} … and {more} more");
        }
    }

    /// Prints an error and returns its exit code.
    pub fn error(&self, error: &Error) -> i32 {
        let label = self.label("error:", dialoguer::console::Style::new().red().bold());
        // Every line cut to a screen's worth: a message quotes what it was given, and what it
        // was given may be huge.
        let message: Vec<String> = error
            .to_string()
            .lines()
            .map(|l| smack::text::excerpt(l, MAX_LINE))
            .collect();
        stderr_line!("{label} {}", escape_controls(&message.join("\n"), true));
        if let Some(hint) = error.hint() {
            stderr_line!("  hint: {}", escape_controls(&hint, true));
        }
        error.exit_code()
    }

    /// Whether a person can answer questions: stdin and stderr are terminals.
    pub fn interactive(&self) -> bool {
        std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
    }

    /// Asks a yes/no question on the terminal (default no). `yes` answers it in advance; without
    /// a terminal to ask in, it is an error at once, never a hang.
    pub fn confirm(&self, question: &str, yes: bool) -> Result<bool, Error> {
        if yes {
            return Ok(true);
        }
        if !self.interactive() {
            return Err(Error::Usage(format!(
                "{question} needs a confirmation, and there is no terminal to ask in; pass --yes to go ahead"
            )));
        }
        dialoguer::Confirm::new()
            .with_prompt(question)
            .default(false)
            .interact_on(&dialoguer::console::Term::stderr())
            .map_err(|e| {
                Error::io(
                    "asking for confirmation",
                    std::io::Error::other(e.to_string()),
                )
            })
    }

    /// Text shown before a question (what is asked about), on stderr even with --quiet: the
    /// question needs it. Control characters are written as visible escapes.
    pub fn prompt_text(&self, text: &str) {
        stderr_line!("{}", escape_controls(text, true));
    }

    /// Asks for a secret on the terminal, not echoed (a password, a pasted token).
    pub fn ask_secret(&self, prompt: &str) -> Result<String, Error> {
        dialoguer::Password::new()
            .with_prompt(prompt)
            .allow_empty_password(false)
            .interact_on(&dialoguer::console::Term::stderr())
            .map_err(|e| Error::io("asking for a secret", std::io::Error::other(e.to_string())))
    }

    /// Asks for a line of text on the terminal until `check` accepts it.
    pub fn ask(
        &self,
        prompt: &str,
        check: &dyn Fn(&str) -> Result<(), String>,
    ) -> Result<String, Error> {
        dialoguer::Input::<String>::new()
            .with_prompt(prompt)
            .validate_with(|text: &String| check(text))
            .interact_text_on(&dialoguer::console::Term::stderr())
            .map_err(|e| Error::io("asking for an option", std::io::Error::other(e.to_string())))
    }

    /// A spinner with a message on stderr, drawn only in a terminal (and not with --quiet).
    pub fn spinner(&self, message: &str) -> indicatif::ProgressBar {
        if self.quiet || !std::io::stderr().is_terminal() {
            return indicatif::ProgressBar::hidden();
        }
        let bar = indicatif::ProgressBar::new_spinner();
        bar.set_style(
            indicatif::ProgressStyle::with_template("{spinner} {elapsed:>4} {msg}")
                .expect("the template is valid"),
        );
        bar.set_message(escape_controls(message, false).into_owned());
        bar.enable_steady_tick(std::time::Duration::from_millis(120));
        bar
    }

    pub fn stdout_is_terminal(&self) -> bool {
        std::io::stdout().is_terminal()
    }

    /// The width to fit tables to: the terminal's, else `COLUMNS`, else unlimited.
    pub fn width(&self) -> Option<usize> {
        if self.stdout_is_terminal()
            && let Some((w, _)) = terminal_size::terminal_size()
        {
            return Some(w.0 as usize);
        }
        std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.parse().ok())
            .filter(|w| *w > 0)
    }
}

/// A text table whose last column is cut to fit `width`.
pub fn table(headers: &[&str], rows: &[Vec<String>], width: Option<usize>) -> String {
    // One line per row: runs of whitespace become one space (copied only when there are any).
    fn clean(s: &str) -> std::borrow::Cow<'_, str> {
        let tidy = !s.starts_with(' ')
            && !s.ends_with(' ')
            && !s.contains("  ")
            && !s.chars().any(|c| c.is_whitespace() && c != ' ');
        if tidy {
            s.into()
        } else {
            s.split_whitespace().collect::<Vec<_>>().join(" ").into()
        }
    }
    let rows: Vec<Vec<std::borrow::Cow<'_, str>>> = rows
        .iter()
        .map(|r| r.iter().map(|c| clean(c)).collect())
        .collect();
    let n = headers.len();
    let mut widths: Vec<usize> = headers.iter().map(|h| display_width(h)).collect();
    for row in &rows {
        for (i, cell) in row.iter().enumerate().take(n) {
            widths[i] = widths[i].max(display_width(cell));
        }
    }
    let fixed: usize = widths[..n - 1].iter().map(|w| w + 2).sum();
    let last = width.map(|w| w.saturating_sub(fixed).max(headers[n - 1].len().max(10)));
    let mut out = String::new();
    let mut emit = |cells: Vec<&str>| {
        let mut line = String::new();
        for (i, cell) in cells.iter().enumerate() {
            if i + 1 < n {
                // Padded by display width: wide characters take two columns.
                line.push_str(cell);
                line.push_str(&" ".repeat(widths[i] - display_width(cell) + 2));
            } else {
                line.push_str(&fit(cell, last));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    };
    emit(headers.to_vec());
    for row in &rows {
        emit(row.iter().map(|c| c.as_ref()).collect());
    }
    out
}

fn fit(text: &str, width: Option<usize>) -> String {
    match width {
        Some(w) if display_width(text) > w => {
            dialoguer::console::truncate_str(text, w, "…").into_owned()
        }
        _ => text.to_string(),
    }
}

/// Columns a text takes in a terminal (East Asian wide characters count two).
fn display_width(text: &str) -> usize {
    dialoguer::console::measure_text_width(text)
}

#[cfg(test)]
mod tests {
    use super::table;

    #[test]
    fn tables_align_by_display_width() {
        let rows = vec![
            vec!["日本語".to_string(), "x".to_string()],
            vec!["ab".to_string(), "y".to_string()],
        ];
        let text = table(&["NAME", "V"], &rows, None);
        let lines: Vec<&str> = text.lines().collect();
        // "日本語" takes 6 columns, so the second column starts at column 8 on every line.
        assert_eq!(lines[0], "NAME    V");
        assert_eq!(lines[1], "日本語  x");
        assert_eq!(lines[2], "ab      y");
    }

    #[test]
    fn the_last_column_is_cut_to_the_width() {
        let rows = vec![vec![
            "a".to_string(),
            "日本語日本語日本語日本語".to_string(),
        ]];
        let text = table(&["N", "DESCRIPTION"], &rows, Some(15));
        let last = text.lines().nth(1).unwrap();
        assert!(last.ends_with('…'), "{last}");
        assert!(dialoguer::console::measure_text_width(last) <= 15, "{last}");
    }
}
