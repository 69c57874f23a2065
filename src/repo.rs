//! Repositories: named catalog sources in order (a directory, an index file, an http(s) URL
//! serving a Universe repository index, or the built-in catalog), the cache of the remote ones,
//! and building an index from a Universe directory.

use std::io::{Read, Write};
use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::catalog::{BUILTIN_URI, Catalog, IndexSource, Source, SourceInfo};
use crate::config::Repository;
use crate::error::{Error, Result, Warning};
use crate::http::{Http, Settings, root_cause};

/// Where a repository's packages are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    Builtin,
    Local(PathBuf),
    Remote(String),
}

/// Reads a repository URI: `builtin:universe`, `http(s)://…`, `file://…` or a path.
pub fn location(uri: &str) -> Location {
    if uri == BUILTIN_URI {
        Location::Builtin
    } else if uri.starts_with("http://") || uri.starts_with("https://") {
        Location::Remote(uri.to_string())
    } else if let Some(path) = uri.strip_prefix("file://") {
        Location::Local(PathBuf::from(
            percent_encoding::percent_decode_str(path)
                .decode_utf8_lossy()
                .into_owned(),
        ))
    } else {
        Location::Local(PathBuf::from(uri))
    }
}

/// Checks a repository name: letters, digits, `-`, `_` and `.`.
pub fn check_name(name: &str) -> Result<()> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c));
    if ok {
        Ok(())
    } else {
        Err(Error::Usage(format!(
            "bad repository name [{name}]: use letters, digits, '-', '_' and '.' (at most 64)"
        )))
    }
}

/// Checks a URI before it is added: a remote URL must parse, a local path must exist.
pub fn check_uri(uri: &str) -> Result<Location> {
    let loc = location(uri);
    match &loc {
        Location::Remote(url) => {
            reqwest::Url::parse(url)
                .map_err(|e| Error::Usage(format!("bad repository URL [{url}]: {e}")))?;
        }
        Location::Local(path) => {
            if !path.exists() {
                return Err(Error::Usage(format!(
                    "no such file or directory: {} (a repository is a Universe directory, an \
                     index file, an http(s) URL or {BUILTIN_URI})",
                    path.display()
                )));
            }
        }
        Location::Builtin => {}
    }
    Ok(loc)
}

/// What is known about a cached download.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct CacheMeta {
    pub uri: String,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    /// When it was last checked with the server (RFC 3339).
    pub checked_at: String,
    pub bytes: u64,
}

/// The cache of remote repositories: one folder per URL.
#[derive(Debug, Clone)]
pub struct Cache {
    dir: PathBuf,
}

impl Cache {
    pub fn new(dir: impl Into<PathBuf>) -> Cache {
        Cache { dir: dir.into() }
    }

    /// The platform's cache directory for smack (`SMACK_CACHE_DIR` overrides).
    pub fn default_dir() -> Result<PathBuf> {
        if let Some(dir) = std::env::var_os("SMACK_CACHE_DIR").filter(|d| !d.is_empty()) {
            return Ok(PathBuf::from(dir));
        }
        let dirs = directories::ProjectDirs::from("", "", "smack").ok_or_else(|| {
            Error::Usage(
                "cannot find a cache directory (no home directory); set SMACK_CACHE_DIR".into(),
            )
        })?;
        Ok(dirs.cache_dir().join("repositories"))
    }

    /// A readable folder name for a URL, with a checksum so that different URLs never meet.
    fn folder(&self, uri: &str) -> PathBuf {
        let mut crc = flate2::Crc::new();
        crc.update(uri.as_bytes());
        let readable: String = uri
            .trim_start_matches("https://")
            .trim_start_matches("http://")
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                    c
                } else {
                    '_'
                }
            })
            .take(80)
            .collect();
        self.dir.join(format!("{readable}-{:08x}", crc.sum()))
    }

    /// Where the derived catalogs of index files are kept (see `catalog::IndexSource::open`).
    pub fn derived_dir(&self) -> PathBuf {
        self.dir.join("derived")
    }

    pub fn index_path(&self, uri: &str) -> PathBuf {
        self.folder(uri).join("index.json")
    }

    fn meta_path(&self, uri: &str) -> PathBuf {
        self.folder(uri).join("meta.json")
    }

    pub fn meta(&self, uri: &str) -> Option<CacheMeta> {
        let bytes = std::fs::read(self.meta_path(uri)).ok()?;
        serde_json::from_slice(&bytes).ok()
    }

    fn touch(&self, uri: &str, mut meta: CacheMeta) -> Result<()> {
        meta.checked_at = now();
        let meta = serde_json::to_vec_pretty(&meta).expect("metadata serializes");
        crate::fsutil::write_atomic(&self.meta_path(uri), &meta)
    }
}

fn now() -> String {
    humantime::format_rfc3339_seconds(std::time::SystemTime::now()).to_string()
}

/// The outcome of a refresh.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refreshed {
    /// A new index was stored: its size and number of package revisions.
    Updated {
        bytes: u64,
        downloaded: u64,
        packages: usize,
    },
    /// The server said 304 Not Modified.
    Unchanged,
    /// A local or built-in repository: nothing to fetch.
    Local,
}

/// The media types a Universe server offers, newest first.
const ACCEPT: &str = "application/vnd.dcos.universe.repo+json;charset=utf-8;version=v5,\
application/vnd.dcos.universe.repo+json;charset=utf-8;version=v4;q=0.9,\
application/vnd.dcos.universe.repo+json;charset=utf-8;version=v3;q=0.8,\
application/json;q=0.5";

/// Downloads a remote repository's index into the cache, conditionally (ETag, Last-Modified).
/// The download is checked (complete, a readable index) before it replaces the cached copy, so
/// a broken download never spoils a good cache. `progress` sees (bytes so far, total if known).
pub fn refresh(
    repo: &Repository,
    cache: &Cache,
    settings: &Settings,
    progress: &mut dyn FnMut(u64, Option<u64>),
) -> Result<Refreshed> {
    let Location::Remote(url) = location(&repo.uri) else {
        return Ok(Refreshed::Local);
    };
    let target = format!("repository [{}] at {url}", repo.name);
    let http = Http::new(settings, &url)?;
    let cached = cache
        .meta(&url)
        .filter(|_| cache.index_path(&url).is_file());
    let build = |client: &reqwest::blocking::Client| {
        // Universe servers keep a gzipped copy ready (gzip_static): a fifth of the bytes.
        let mut request = client
            .get(&url)
            .header("Accept", ACCEPT)
            .header("Accept-Encoding", "gzip");
        if let Some(meta) = &cached {
            if let Some(etag) = &meta.etag {
                request = request.header("If-None-Match", etag);
            }
            if let Some(lm) = &meta.last_modified {
                request = request.header("If-Modified-Since", lm);
            }
        }
        request
    };
    let mut response = http.send(&build, true, &target)?;
    let status = response.status().as_u16();
    if status == 304 {
        if let Some(meta) = cached {
            cache.touch(&url, meta)?;
        }
        return Ok(Refreshed::Unchanged);
    }
    if !(200..300).contains(&status) {
        return Err(Error::Repository {
            name: repo.name.clone(),
            message: format!("{url} answered {status}; the cached copy (if any) is kept"),
        });
    }
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    };
    let etag = header("ETag");
    let last_modified = header("Last-Modified");
    let total = response.content_length();
    let kept = "the cached copy (if any) is kept";
    let failed = |message: String| Error::Repository {
        name: repo.name.clone(),
        message,
    };
    // The download goes to a file next to the cache, never to memory, and replaces the cached
    // index only once it has been read as an index.
    let folder = cache.folder(&url);
    std::fs::create_dir_all(&folder)
        .map_err(|e| Error::io(format!("creating {}", folder.display()), e))?;
    let temp = || {
        tempfile::NamedTempFile::new_in(&folder)
            .map_err(|e| Error::io(format!("writing in {}", folder.display()), e))
    };
    let mut download = temp()?;
    let mut received: u64 = 0;
    let mut chunk = vec![0u8; 256 * 1024];
    loop {
        let n = response.read(&mut chunk).map_err(|e| {
            failed(format!(
                "the download from {url} broke off after {received} bytes ({}); {kept}",
                root_cause(&e)
            ))
        })?;
        if n == 0 {
            break;
        }
        received += n as u64;
        if received > MAX_INDEX_BYTES {
            return Err(failed(format!(
                "the download from {url} is an index larger than {} GiB; {kept}",
                MAX_INDEX_BYTES >> 30
            )));
        }
        download
            .write_all(&chunk[..n])
            .map_err(|e| Error::io(format!("writing in {}", folder.display()), e))?;
        progress(received, total);
    }
    if let Some(total) = total
        && received != total
    {
        return Err(failed(format!(
            "the download from {url} is truncated ({received} of {total} bytes); {kept}"
        )));
    }
    let index = if is_gzip(download.path()) {
        let mut plain = temp()?;
        gunzip(download.path(), plain.as_file_mut())
            .map_err(|e| failed(format!("the download from {url} {e}; {kept}")))?;
        plain
    } else {
        download
    };
    let mut ignored = Vec::new();
    let parsed = IndexSource::open(index.path(), &url, info(repo), None, &mut ignored)
        .map_err(|e| failed(format!("{e}; {kept}")))?;
    let bytes = index
        .as_file()
        .metadata()
        .map(|m| m.len())
        .unwrap_or_default();
    let index_path = cache.index_path(&url);
    index
        .persist(&index_path)
        .map_err(|e| Error::io(format!("writing {}", index_path.display()), e.error))?;
    let meta = CacheMeta {
        uri: url.clone(),
        etag,
        last_modified,
        checked_at: now(),
        bytes,
    };
    let meta = serde_json::to_vec_pretty(&meta).expect("metadata serializes");
    crate::fsutil::write_atomic(&cache.meta_path(&url), &meta)?;
    // The next command reads the derived catalog instead of the index; failing to write it
    // only costs that command the full read.
    let derived = crate::catalog::derived_path(&cache.derived_dir(), &index_path);
    let _ = parsed.store_derived(&index_path, &derived);
    Ok(Refreshed::Updated {
        bytes,
        downloaded: received,
        packages: parsed.revisions(),
    })
}

/// The largest index smack downloads or keeps, compressed or not.
pub const MAX_INDEX_BYTES: u64 = 1 << 30;

fn is_gzip(path: &std::path::Path) -> bool {
    let mut magic = [0u8; 2];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut magic))
        .is_ok()
        && magic == [0x1f, 0x8b]
}

/// Decompresses a gzip file into `out`, at most [`MAX_INDEX_BYTES`]; the error completes
/// "the download from URL …". The size is measured first, without writing, so that a gzip bomb
/// never fills the disk.
fn gunzip(path: &std::path::Path, out: &mut std::fs::File) -> std::result::Result<(), String> {
    let open = || -> std::result::Result<_, String> {
        let file = std::fs::File::open(path).map_err(|e| format!("cannot be read back ({e})"))?;
        Ok(flate2::read::GzDecoder::new(std::io::BufReader::new(file)).take(MAX_INDEX_BYTES + 1))
    };
    let size = std::io::copy(&mut open()?, &mut std::io::sink())
        .map_err(|e| format!("is not valid gzip ({e})"))?;
    if size > MAX_INDEX_BYTES {
        return Err(format!(
            "is an index larger than {} GiB once decompressed (a gzip bomb?)",
            MAX_INDEX_BYTES >> 30
        ));
    }
    std::io::copy(&mut open()?, out).map_err(|e| format!("is not valid gzip ({e})"))?;
    out.sync_all()
        .map_err(|e| format!("cannot be written out ({e})"))
}

fn info(repo: &Repository) -> SourceInfo {
    SourceInfo {
        name: repo.name.clone(),
        uri: repo.uri.clone(),
    }
}

/// Opens one repository as a catalog source. A remote one is read from the cache; when it was
/// never downloaded, it is downloaded first (`fetched` says so).
pub fn open(
    repo: &Repository,
    cache: &Cache,
    settings: &Settings,
    warnings: &mut Vec<Warning>,
    fetched: &mut dyn FnMut(&Repository),
) -> Result<Source> {
    match location(&repo.uri) {
        Location::Builtin => Ok(Source::builtin().renamed(info(repo))),
        Location::Local(path) => {
            let derived = cache.derived_dir();
            let mut source = Source::open(&path, Some(&derived), warnings)?;
            let uri = source.info().uri.clone();
            source = source.renamed(SourceInfo {
                name: repo.name.clone(),
                uri,
            });
            Ok(source)
        }
        Location::Remote(url) => {
            let index = cache.index_path(&url);
            if !index.is_file() {
                fetched(repo);
                refresh(repo, cache, settings, &mut |_, _| {})?;
            }
            if !index.is_file() {
                return Err(Error::Repository {
                    name: repo.name.clone(),
                    message: format!("no cached index of {url}; run `smack repo update`"),
                });
            }
            let origin = format!("{url} (cached)");
            let derived = crate::catalog::derived_path(&cache.derived_dir(), &index);
            IndexSource::open(&index, &origin, info(repo), Some(derived), warnings)
                .map(Source::Index)
        }
    }
}

/// Opens every repository, in order, as one catalog.
pub fn catalog(
    repos: &[Repository],
    cache: &Cache,
    settings: &Settings,
    warnings: &mut Vec<Warning>,
    fetched: &mut dyn FnMut(&Repository),
) -> Result<Catalog> {
    if repos.is_empty() {
        return Err(Error::Usage(
            "no repositories are configured; add one with `smack repo add NAME URI` \
             (`smack repo add builtin builtin:universe` restores the built-in catalog)"
                .into(),
        ));
    }
    let sources = repos
        .iter()
        .map(|r| open(r, cache, settings, warnings, fetched))
        .collect::<Result<Vec<_>>>()?;
    Ok(Catalog::from_sources(sources))
}

/// Builds a repository index (`{"packages": [...]}`, format.md) from a catalog source: every
/// readable revision of every package, sorted by name and revision, templates in base64.
pub fn build_index(source: &Source, warnings: &mut Vec<Warning>) -> Result<Value> {
    let mut packages = Vec::new();
    for summary in source.summaries(warnings)? {
        let Some(releases) = source.releases(&summary.name, warnings)? else {
            continue;
        };
        let mut revisions: Vec<u64> = releases.iter().map(|r| r.revision).collect();
        revisions.sort_unstable();
        for revision in revisions {
            if let Some(package) = source.load_revision(&summary.name, revision, warnings)? {
                packages.push(crate::render::index_element(&package));
            }
        }
    }
    Ok(json!({ "packages": packages }))
}

/// Where a repository's index is cached, for `repo list`.
pub fn cached_at(repo: &Repository, cache: &Cache) -> Option<(PathBuf, CacheMeta)> {
    match location(&repo.uri) {
        Location::Remote(url) => Some((cache.index_path(&url), cache.meta(&url)?)),
        _ => None,
    }
}
