//! JSON text as DC/OS's package service (circe) writes it: `"` and `\` escaped, `\b \f \n \r \t`
//! as those short escapes, every other ISO control character (U+0000–U+001F and
//! U+007F–U+009F) as `\u00xx` in lower-case hex, and nothing else (no HTML escaping; U+2028,
//! U+2029 and all other characters as they are). One escaping for every string smack renders
//! into a template or writes as JSON.

use serde::Serialize;
use serde_json::ser::{CharEscape, CompactFormatter, Formatter, PrettyFormatter};
use std::io;

/// Which characters a JSON string writes as `\uXXXX` beyond serde_json's own escapes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Escapes {
    /// circe's: U+007F–U+009F too.
    Circe,
    /// circe's, and the bidirectional overrides (U+202A–U+202E, U+2066–U+2069) that would
    /// reorder a terminal's line: for JSON shown to people, still the same JSON value.
    Terminal,
}

impl Escapes {
    fn escapes(self, c: char) -> bool {
        matches!(c, '\u{7f}'..='\u{9f}')
            || (self == Escapes::Terminal
                && matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
    }
}

/// A serde_json formatter that writes strings with [`Escapes`] on top of serde_json's escaping
/// (which already matches circe's for `"`, `\`, the short escapes and U+0000–U+001F).
struct Circe<F> {
    inner: F,
    escapes: Escapes,
}

impl<F: Formatter> Formatter for Circe<F> {
    fn write_string_fragment<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut start = 0;
        for (i, c) in fragment.char_indices() {
            if self.escapes.escapes(c) {
                writer.write_all(&fragment.as_bytes()[start..i])?;
                write!(writer, "\\u{:04x}", c as u32)?;
                start = i + c.len_utf8();
            }
        }
        writer.write_all(&fragment.as_bytes()[start..])
    }

    fn write_char_escape<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        escape: CharEscape,
    ) -> io::Result<()> {
        self.inner.write_char_escape(writer, escape)
    }

    fn begin_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.inner.begin_array(w)
    }
    fn end_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.inner.end_array(w)
    }
    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.inner.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.inner.end_array_value(w)
    }
    fn begin_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.inner.begin_object(w)
    }
    fn end_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.inner.end_object(w)
    }
    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.inner.begin_object_key(w, first)
    }
    fn end_object_key<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.inner.end_object_key(w)
    }
    fn begin_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.inner.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.inner.end_object_value(w)
    }
}

fn write<F: Formatter>(value: &impl Serialize, inner: F, escapes: Escapes) -> String {
    let mut out = Vec::with_capacity(128);
    let mut serializer = serde_json::Serializer::with_formatter(&mut out, Circe { inner, escapes });
    // Serializing a serde_json value (or a derived type of strings, numbers and maps) cannot
    // fail: the writer is memory, and every map key is a string.
    if value.serialize(&mut serializer).is_err() {
        return String::from("null");
    }
    // The formatter writes whole UTF-8 characters only.
    String::from_utf8(out).unwrap_or_default()
}

/// Compact JSON with the given escapes.
pub fn to_string(value: &impl Serialize, escapes: Escapes) -> String {
    write(value, CompactFormatter, escapes)
}

/// Indented JSON (two spaces) with the given escapes.
pub fn to_string_pretty(value: &impl Serialize, escapes: Escapes) -> String {
    write(value, PrettyFormatter::new(), escapes)
}

/// A string's JSON text without its quotes, as circe escapes it: what `{{name}}` of a string
/// option prints in a Universe template.
pub fn escape_into(s: &str, out: &mut String) {
    let quoted = write(&s, CompactFormatter, Escapes::Circe);
    out.push_str(&quoted[1..quoted.len() - 1]);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn esc(s: &str) -> String {
        let mut out = String::new();
        escape_into(s, &mut out);
        out
    }

    #[test]
    fn strings_escape_as_circe_escapes_them() {
        assert_eq!(esc("a\"b\\c"), "a\\\"b\\\\c");
        assert_eq!(esc("\u{8}\u{c}\n\r\t"), "\\b\\f\\n\\r\\t");
        assert_eq!(esc("\u{0}\u{1}\u{1f}"), "\\u0000\\u0001\\u001f");
        assert_eq!(esc("a\u{7f}b\u{85}c\u{9f}d"), "a\\u007fb\\u0085c\\u009fd");
        assert_eq!(
            esc("\u{a0}\u{2028}\u{2029}<>&'é😀"),
            "\u{a0}\u{2028}\u{2029}<>&'é😀"
        );
        assert_eq!(esc("\u{202e}"), "\u{202e}");
    }

    #[test]
    fn every_char_round_trips() {
        let all: String = (0..=0x10FFFFu32).filter_map(char::from_u32).collect();
        let text = to_string(&all, Escapes::Circe);
        let back: String = serde_json::from_str(&text).unwrap();
        assert_eq!(back, all);
        assert!(!text.chars().any(|c| c.is_control()));
        let pretty = to_string_pretty(&serde_json::json!({ "s": all }), Escapes::Terminal);
        assert!(!pretty.contains('\u{202e}'));
        let back: serde_json::Value = serde_json::from_str(&pretty).unwrap();
        assert_eq!(back["s"], all);
    }
}
