//! Splits a repository index (`{"packages": [ {...}, {...} ]}`) into its elements as a stream.
//!
//! serde_json parses a whole document or nothing, and gives no byte positions; a Universe index
//! is tens to hundreds of megabytes of base64, and smack needs, for each element, where it is
//! in the file (to read that one element again later) and a few of its fields. The scanner
//! reads the document in large chunks and finds the bounds of each value of the top-level
//! object by bracket matching outside strings (with `memchr` to cross strings). Each value it
//! captures is then parsed by serde_json, which checks its syntax, so a malformed document is
//! still an error; the scanner only decides where values start and end. It keeps no more than
//! one element in memory, never recurses, and updates a CRC-32 of every byte it reads, which
//! keys the derived catalog on the content.

use std::io::{self, BufRead};

/// The largest element (or other top-level value) the scanner keeps in memory.
pub const MAX_ELEMENT: usize = 64 << 20;

/// What the scanner reports.
pub enum Event<'a> {
    /// An element of the `packages` array: its index, byte offset in the document and bytes.
    Element {
        index: usize,
        offset: u64,
        bytes: &'a [u8],
    },
    /// A second `packages` member: the elements seen so far no longer count (last one wins,
    /// as in a JSON object read into a map).
    Restart,
}

/// Why a document is not an index.
#[derive(Debug)]
pub enum ScanError {
    Io(io::Error),
    Syntax(String),
}

impl From<io::Error> for ScanError {
    fn from(e: io::Error) -> Self {
        ScanError::Io(e)
    }
}

pub struct Scanner<R> {
    reader: R,
    /// Bytes consumed so far.
    pos: u64,
    crc: flate2::Crc,
    /// The value being captured.
    value: Vec<u8>,
}

impl<R: BufRead> Scanner<R> {
    pub fn new(reader: R) -> Self {
        Scanner {
            reader,
            pos: 0,
            crc: flate2::Crc::new(),
            value: Vec::new(),
        }
    }

    /// The CRC-32 and length of everything read so far.
    pub fn checksum(&self) -> (u32, u64) {
        (self.crc.sum(), self.pos)
    }

    fn consume(&mut self, n: usize, capture: bool) -> io::Result<()> {
        let buf = self.reader.fill_buf()?;
        self.crc.update(&buf[..n]);
        if capture {
            self.value.extend_from_slice(&buf[..n]);
        }
        self.reader.consume(n);
        self.pos += n as u64;
        Ok(())
    }

    /// The next byte that is not JSON whitespace, not consumed; `None` at the end.
    fn peek(&mut self) -> io::Result<Option<u8>> {
        loop {
            let buf = self.reader.fill_buf()?;
            if buf.is_empty() {
                return Ok(None);
            }
            match buf
                .iter()
                .position(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
            {
                Some(i) => {
                    let b = buf[i];
                    self.consume(i, false)?;
                    return Ok(Some(b));
                }
                None => {
                    let n = buf.len();
                    self.consume(n, false)?;
                }
            }
        }
    }

    fn expect(&mut self, what: &str) -> Result<u8, ScanError> {
        let at = self.pos;
        match self.peek()? {
            Some(b) => {
                self.consume(1, false)?;
                Ok(b)
            }
            None => Err(ScanError::Syntax(format!(
                "EOF while parsing {what} at byte {at}"
            ))),
        }
    }

    /// Captures the next value into `self.value`; returns its starting offset.
    fn capture_value(&mut self) -> Result<u64, ScanError> {
        self.value.clear();
        let Some(first) = self.peek()? else {
            return Err(ScanError::Syntax(format!(
                "EOF while parsing a value at byte {}",
                self.pos
            )));
        };
        let start = self.pos;
        let mut depth: u64 = 0;
        let mut in_string = false;
        let mut escaped = false;
        let scalar = !matches!(first, b'{' | b'[' | b'"');
        loop {
            let buf = self.reader.fill_buf()?;
            if buf.is_empty() {
                if scalar && !self.value.is_empty() {
                    return Ok(start);
                }
                return Err(ScanError::Syntax(format!(
                    "EOF while parsing a value that starts at byte {start}"
                )));
            }
            let mut i = 0;
            let mut done = false;
            if scalar {
                match buf
                    .iter()
                    .position(|b| matches!(b, b',' | b']' | b'}' | b' ' | b'\t' | b'\n' | b'\r'))
                {
                    Some(k) => {
                        i = k;
                        done = true;
                    }
                    None => i = buf.len(),
                }
            } else {
                while i < buf.len() {
                    if escaped {
                        escaped = false;
                        i += 1;
                    } else if in_string {
                        match memchr::memchr2(b'"', b'\\', &buf[i..]) {
                            None => i = buf.len(),
                            Some(k) => {
                                i += k;
                                if buf[i] == b'\\' {
                                    escaped = true;
                                } else {
                                    in_string = false;
                                    if depth == 0 {
                                        i += 1;
                                        done = true;
                                        break;
                                    }
                                }
                                i += 1;
                            }
                        }
                    } else {
                        match buf[i] {
                            b'"' => in_string = true,
                            b'{' | b'[' => depth += 1,
                            b'}' | b']' => {
                                depth = depth.saturating_sub(1);
                                if depth == 0 {
                                    i += 1;
                                    done = true;
                                    break;
                                }
                            }
                            _ => {}
                        }
                        i += 1;
                    }
                }
            }
            if self.value.len() + i > MAX_ELEMENT {
                return Err(ScanError::Syntax(format!(
                    "the value that starts at byte {start} is larger than {} MiB",
                    MAX_ELEMENT >> 20
                )));
            }
            self.consume(i, true)?;
            if done {
                if self.value.is_empty() {
                    return Err(ScanError::Syntax(format!(
                        "expected a value at byte {start}"
                    )));
                }
                return Ok(start);
            }
        }
    }

    /// Reads the whole document, calling `on` for each element of `packages`. Returns whether a
    /// `packages` array was found.
    pub fn run(
        &mut self,
        on: &mut dyn FnMut(Event<'_>) -> Result<(), ScanError>,
    ) -> Result<bool, ScanError> {
        if self.expect("the document")? != b'{' {
            return Err(ScanError::Syntax(
                "the document is not a JSON object".into(),
            ));
        }
        let mut found = false;
        let mut first = true;
        loop {
            let at = self.pos;
            match self.peek()? {
                Some(b'}') if first => {
                    self.consume(1, false)?;
                    break;
                }
                Some(b'"') => {}
                _ => {
                    return Err(ScanError::Syntax(format!(
                        "expected a member name at byte {at}"
                    )));
                }
            }
            first = false;
            self.capture_value()?;
            let key: String = serde_json::from_slice(&self.value)
                .map_err(|e| ScanError::Syntax(format!("a member name at byte {at}: {e}")))?;
            if self.expect("a member")? != b':' {
                return Err(ScanError::Syntax(format!("expected ':' after \"{key}\"")));
            }
            if key == "packages" && self.peek()? == Some(b'[') {
                if found {
                    on(Event::Restart)?;
                }
                found = true;
                self.elements(on)?;
            } else {
                if key == "packages" {
                    found = false;
                }
                let at = self.capture_value()?;
                serde_json::from_slice::<serde::de::IgnoredAny>(&self.value).map_err(|e| {
                    ScanError::Syntax(format!("the value of \"{key}\" at byte {at}: {e}"))
                })?;
            }
            match self.expect("the document")? {
                b',' => {}
                b'}' => break,
                b => {
                    return Err(ScanError::Syntax(format!(
                        "expected ',' or '}}' at byte {}, found '{}'",
                        self.pos - 1,
                        (b as char).escape_default()
                    )));
                }
            }
        }
        if self.peek()?.is_some() {
            return Err(ScanError::Syntax(format!(
                "trailing characters at byte {}",
                self.pos
            )));
        }
        Ok(found)
    }

    fn elements(
        &mut self,
        on: &mut dyn FnMut(Event<'_>) -> Result<(), ScanError>,
    ) -> Result<(), ScanError> {
        self.consume(1, false)?; // '['
        if self.peek()? == Some(b']') {
            self.consume(1, false)?;
            return Ok(());
        }
        let mut index = 0;
        loop {
            let offset = self.capture_value()?;
            on(Event::Element {
                index,
                offset,
                bytes: &self.value,
            })?;
            index += 1;
            match self.expect("the packages array")? {
                b',' => {}
                b']' => return Ok(()),
                b => {
                    return Err(ScanError::Syntax(format!(
                        "expected ',' or ']' at byte {}, found '{}'",
                        self.pos - 1,
                        (b as char).escape_default()
                    )));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type Scanned = (bool, Vec<(usize, u64, String)>);

    fn scan(doc: &str) -> Result<Scanned, String> {
        let mut out = Vec::new();
        let mut scanner = Scanner::new(io::BufReader::with_capacity(7, doc.as_bytes()));
        let found = scanner
            .run(&mut |e| {
                match e {
                    Event::Element {
                        index,
                        offset,
                        bytes,
                    } => out.push((index, offset, String::from_utf8(bytes.to_vec()).unwrap())),
                    Event::Restart => out.clear(),
                }
                Ok(())
            })
            .map_err(|e| match e {
                ScanError::Io(e) => e.to_string(),
                ScanError::Syntax(s) => s,
            })?;
        assert_eq!(scanner.checksum().1, doc.len() as u64);
        Ok((found, out))
    }

    #[test]
    fn finds_elements_and_their_offsets_across_chunks() {
        let doc = r#" { "x": {"a": "}]\"{"}, "packages" : [ {"n": "a\\"}, "s", 12 ,{"b":[1,{"c":"]"}]}] } "#;
        let (found, elements) = scan(doc).unwrap();
        assert!(found);
        let texts: Vec<&str> = elements.iter().map(|e| e.2.as_str()).collect();
        assert_eq!(
            texts,
            [r#"{"n": "a\\"}"#, r#""s""#, "12", r#"{"b":[1,{"c":"]"}]}"#]
        );
        for (_, offset, text) in &elements {
            let at = *offset as usize;
            assert_eq!(&doc[at..at + text.len()], text);
        }
    }

    #[test]
    fn malformed_documents_are_errors() {
        for doc in [
            "",
            "[]",
            "{",
            r#"{"packages": [{"a": 1}"#,
            r#"{"packages": [{"a": 1},]}"#,
            r#"{"packages": [] } x"#,
            r#"{"packages": [] "#,
            r#"{"x": {]}"#,
            r#"{"packages" [] }"#,
            r#"{packages: []}"#,
        ] {
            assert!(scan(doc).is_err(), "{doc}");
        }
        assert!(!scan("{}").unwrap().0);
        assert!(!scan(r#"{"packages": {}}"#).unwrap().0);
        let (found, last) = scan(r#"{"packages": [1, 2], "packages": [3]}"#).unwrap();
        assert!(found);
        assert_eq!(last.len(), 1);
    }
}
