//! Where the harness finds the binaries and puts its artifacts.

use std::path::PathBuf;

use anyhow::{Context, Result};

pub fn workspace_root() -> PathBuf {
    let manifest_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest_dir.parent().map(PathBuf::from).unwrap_or(manifest_dir)
}

pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| workspace_root().join("target"))
}

/// A directory under `target/` for test artifacts, created on demand.
pub fn artifact_dir(name: &str) -> Result<PathBuf> {
    let dir = target_dir().join(name);
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    Ok(dir)
}

/// A file-name-safe label for the running test: libtest names each test's thread after it.
pub fn test_label() -> String {
    let thread = std::thread::current();
    let name = thread.name().unwrap_or("unnamed");
    name.chars()
        .map(|c| if c.is_ascii_alphanumeric() || c == '-' { c } else { '-' })
        .collect::<String>()
        .replace("--", "-")
}

/// A TCP port that was free a moment ago (bind to port 0, read it, release it).
pub fn free_port() -> Result<u16> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").context("cannot bind a free port")?;
    Ok(listener.local_addr()?.port())
}
