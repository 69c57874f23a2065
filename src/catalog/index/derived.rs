//! The derived catalog of an index file: what a full read of the index learned, kept in the
//! cache directory so that later commands need not read the index again.
//!
//! The file is a header line and a body, both JSON. The header names the source, the format
//! and smack's version, the source's size, modification time and CRC-32 (the key), and the
//! body's length and CRC-32. A derived catalog is used only when all of that checks out and
//! the key matches the source; when only the time differs, the source's content is hashed again
//! and the derived catalog kept if the content is the same. Anything else (another version of
//! smack, a truncated or altered file, a changed source) means a full read and a new file.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use serde::{Deserialize, Serialize, de::DeserializeOwned};

use crate::error::Result;

const FORMAT: &str = "smack-derived-catalog/1";

/// The largest derived catalog smack reads.
const MAX_BYTES: u64 = 512 << 20;

/// What the file system says of a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stat {
    pub size: u64,
    pub mtime_ns: u128,
}

impl Stat {
    pub fn of(meta: &std::fs::Metadata) -> Stat {
        Stat {
            size: meta.len(),
            mtime_ns: meta
                .modified()
                .ok()
                .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos()),
        }
    }
}

/// What a derived catalog is keyed on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Key {
    pub size: u64,
    pub mtime_ns: u128,
    pub crc: u32,
}

impl Key {
    /// The key of a source whose whole content (of `len` bytes) hashed to `crc`. A stat that
    /// disagrees with the bytes read (the file grew meanwhile) gets a key nothing matches.
    pub fn new(stat: Stat, crc: u32, len: u64) -> Key {
        Key {
            size: if stat.size == len { len } else { u64::MAX },
            mtime_ns: stat.mtime_ns,
            crc,
        }
    }

    pub fn matches(&self, stat: &Stat) -> bool {
        self.size == stat.size && self.mtime_ns == stat.mtime_ns
    }
}

#[derive(Debug, Serialize, Deserialize)]
struct Header {
    format: String,
    smack: String,
    source: String,
    key: Key,
    body_len: u64,
    body_crc: u32,
}

/// Where the derived catalog of the index file `source` lives in `dir`.
pub fn path_for(dir: &Path, source: &Path) -> PathBuf {
    let source = std::fs::canonicalize(source).unwrap_or_else(|_| source.to_path_buf());
    let mut crc = flate2::Crc::new();
    crc.update(source.as_os_str().as_encoded_bytes());
    let stem: String = source
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .take(60)
        .collect();
    dir.join(format!("{stem}-{:08x}.catalog", crc.sum()))
}

fn source_name(source: &Path) -> String {
    std::fs::canonicalize(source)
        .unwrap_or_else(|_| source.to_path_buf())
        .display()
        .to_string()
}

fn crc_of(bytes: &[u8]) -> u32 {
    let mut crc = flate2::Crc::new();
    crc.update(bytes);
    crc.sum()
}

/// The CRC-32 and length of a file's content, read as a stream.
fn file_crc(path: &Path) -> Option<(u32, u64)> {
    let mut file = std::fs::File::open(path).ok()?;
    let mut crc = flate2::Crc::new();
    let mut buf = vec![0; 1 << 20];
    loop {
        let n = file.read(&mut buf).ok()?;
        if n == 0 {
            return Some((crc.sum(), crc.amount() as u64));
        }
        crc.update(&buf[..n]);
    }
}

/// The derived catalog at `path` for the source at `source` as it is now (`stat`), if it is
/// sound and still describes the source.
pub fn load<T: DeserializeOwned + Serialize>(
    path: &Path,
    source: &Path,
    stat: &Stat,
) -> Option<(T, Key)> {
    let file = std::fs::File::open(path).ok()?;
    if file.metadata().ok()?.len() > MAX_BYTES {
        return None;
    }
    let mut bytes = Vec::new();
    file.take(MAX_BYTES).read_to_end(&mut bytes).ok()?;
    let newline = memchr::memchr(b'\n', &bytes)?;
    let header: Header = serde_json::from_slice(&bytes[..newline]).ok()?;
    let body = &bytes[newline + 1..];
    let sound = header.format == FORMAT
        && header.smack == env!("CARGO_PKG_VERSION")
        && header.source == source_name(source)
        && header.body_len == body.len() as u64
        && header.body_crc == crc_of(body);
    if !sound || header.key.size != stat.size {
        return None;
    }
    let contents: T = serde_json::from_slice(body).ok()?;
    if header.key.mtime_ns == stat.mtime_ns {
        return Some((contents, header.key));
    }
    // Touched but perhaps not changed: compare the content.
    let (crc, len) = file_crc(source)?;
    if crc != header.key.crc || len != stat.size {
        return None;
    }
    let key = Key::new(*stat, crc, len);
    let _ = store(path, source, &key, &contents);
    Some((contents, key))
}

/// Writes a derived catalog atomically.
pub fn store<T: Serialize>(path: &Path, source: &Path, key: &Key, contents: &T) -> Result<()> {
    let body = serde_json::to_vec(contents).expect("a derived catalog serializes");
    let source = source_name(source);
    let header = Header {
        format: FORMAT.into(),
        smack: env!("CARGO_PKG_VERSION").into(),
        source,
        key: *key,
        body_len: body.len() as u64,
        body_crc: crc_of(&body),
    };
    let mut out = serde_json::to_vec(&header).expect("a header serializes");
    out.push(b'\n');
    out.extend_from_slice(&body);
    crate::fsutil::write_atomic(path, &out)
}
