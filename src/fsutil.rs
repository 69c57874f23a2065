//! File writing that never leaves a half-written file behind.

use std::io::Write;
use std::path::Path;

use crate::error::{Error, Result};

/// Writes `bytes` to `path` atomically: a temporary file in the same folder (created with mode
/// 0600 on Unix), synced, then renamed over the target. Creates the folder if needed.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic_private_or_public(path, bytes, false)
}

/// [`write_atomic`] for a file meant to be published (a repository index): readable by
/// everyone (0644 on Unix).
pub fn write_atomic_public(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic_private_or_public(path, bytes, true)
}

fn write_atomic_private_or_public(path: &Path, bytes: &[u8], public: bool) -> Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)
        .map_err(|e| Error::io(format!("creating {}", dir.display()), e))?;
    let mut file = tempfile::NamedTempFile::new_in(dir)
        .map_err(|e| Error::io(format!("writing in {}", dir.display()), e))?;
    #[cfg(unix)]
    if public {
        use std::os::unix::fs::PermissionsExt;
        file.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o644))
            .map_err(|e| Error::io(format!("writing {}", path.display()), e))?;
    }
    #[cfg(not(unix))]
    let _ = public;
    file.write_all(bytes)
        .and_then(|_| file.as_file().sync_all())
        .map_err(|e| Error::io(format!("writing {}", path.display()), e))?;
    file.persist(path)
        .map_err(|e| Error::io(format!("writing {}", path.display()), e.error))?;
    Ok(())
}

/// Holds the exclusive lock of a file (created if needed) until dropped: the one lock every
/// read-modify-write of a shared file (the config, the sandbox's state) holds across its read,
/// its change and its atomic write, so that concurrent writers keep every acknowledged change.
pub fn lock_file(path: &Path) -> Result<std::fs::File> {
    if let Some(dir) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .map_err(|e| Error::io(format!("creating {}", dir.display()), e))?;
    }
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)
        .map_err(|e| Error::io(format!("opening {}", path.display()), e))?;
    file.lock()
        .map_err(|e| Error::io(format!("locking {}", path.display()), e))?;
    Ok(file)
}

/// The lock file beside `path` (`config.toml` → `config.toml.lock`): a file of its own, since
/// an atomic write replaces `path` itself.
pub fn lock_path(path: &Path) -> std::path::PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    path.with_file_name(name)
}

/// The secret in a token file: its first line that is not blank, trimmed; a file with none is
/// an error naming the file (as is one that cannot be read).
pub fn read_token_file(path: &Path) -> Result<String> {
    let text = read_secret(path, "token file")?;
    let token = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("")
        .to_string();
    if token.is_empty() {
        return Err(crate::error::Error::Usage(format!(
            "the token file {} holds no token (it is empty or blank)",
            path.display()
        )));
    }
    Ok(token)
}

/// Reads Marathon's HTTP credentials from a file: its first non-blank line, `user:password`
/// (Marathon's `--http_credentials` form: both parts non-empty). The error never shows them.
pub fn read_credentials_file(path: &Path) -> Result<String> {
    let text = read_secret(path, "credentials file")?;
    let line = text
        .lines()
        .map(|l| l.trim_end_matches('\r'))
        .find(|l| !l.trim().is_empty())
        .unwrap_or("");
    let valid = line
        .rsplit_once(':')
        .is_some_and(|(user, password)| !user.is_empty() && !password.is_empty())
        && !line.chars().any(char::is_control);
    if !valid {
        return Err(crate::error::Error::Usage(format!(
            "the credentials file {} must hold user:password on its first line (Marathon's --http_credentials form)",
            path.display()
        )));
    }
    Ok(line.to_string())
}

/// Reads a whole file of at most `limit` bytes; a larger one is an error naming the limit.
pub fn read_bounded(path: &Path, limit: u64) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(limit + 1)
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        let size = if limit >= 1024 * 1024 {
            format!("{} MiB", limit / (1024 * 1024))
        } else {
            format!("{} KiB", limit / 1024)
        };
        return Err(std::io::Error::other(format!("larger than {size}")));
    }
    Ok(bytes)
}

/// Reads a secret file the user keeps (a password file, a service account's private key) as
/// the DC/OS CLI does: refused when others than its owner may read or write it ("permissions
/// 0644 for 'F' are too open, expected 0400 or 0600"), at most 64 KiB.
pub fn read_secure_file(path: &Path, what: &str) -> Result<Vec<u8>> {
    let io = |e: std::io::Error| Error::io(format!("reading the {what} {}", path.display()), e);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path).map_err(io)?.permissions().mode() & 0o777;
        if mode & 0o077 != 0 {
            return Err(Error::Usage(format!(
                "permissions {mode:04o} for '{}' are too open, expected 0400 or 0600 (the {what} \
                 must be readable by its owner only: chmod 600 {})",
                path.display(),
                path.display()
            )));
        }
    }
    read_bounded(path, MAX_SECRET).map_err(io)
}

/// The most a file holding a secret (a token, credentials, a password, a key) is read: a few
/// KiB at most in practice; a device or a huge file is not read to its end.
const MAX_SECRET: u64 = 64 * 1024;

/// A secret file's text (lossy UTF-8, at most [`MAX_SECRET`]); an error names the `what` and
/// the file, never the content.
fn read_secret(path: &Path, what: &str) -> Result<String> {
    let bytes = read_bounded(path, MAX_SECRET)
        .map_err(|e| Error::io(format!("reading the {what} {}", path.display()), e))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}
