//! Builds the Leptos SPA with trunk into `dist/`.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::Result;

use crate::cmd;
use crate::tools::Toolchain;

/// Runs `trunk build --release` (settings in Trunk.toml) and returns the output directory.
pub fn build(root: &Path, tools: &Toolchain) -> Result<PathBuf> {
    cmd::step("building the SPA (trunk build --release)");
    cmd::run(
        Command::new("trunk")
            .args(["build", "--release"])
            .current_dir(root)
            .env("PATH", &tools.path),
    )?;
    Ok(root.join("dist"))
}

/// Cargo's target directory: `CARGO_TARGET_DIR` if set, else `<root>/target`.
pub fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .map(|dir| if dir.is_absolute() { dir } else { root.join(dir) })
        .unwrap_or_else(|| root.join("target"))
}
