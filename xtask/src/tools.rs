//! Installs the build and test tools when missing; each check is cheap when they are present.

use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};

use crate::cmd::{self, output};

pub const TRUNK_VERSION: &str = "0.21.14";
/// binaryen from npm: Debian's wasm-opt (108) produces a wasm that fails at run time.
pub const BINARYEN_VERSION: &str = "132";
/// axe-core from npm: the accessibility rules the browser tests run inside each page (pinned, so a new rule
/// release cannot fail the build unannounced).
pub const AXE_VERSION: &str = "4.10.3";
pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// Where npm-installed tools live, relative to the workspace root (gitignored).
const TOOLS_DIR: &str = ".tools";

/// The environment the SPA build needs.
pub struct Toolchain {
    /// `PATH` with the npm tool directory first, so trunk finds our wasm-opt.
    pub path: OsString,
    /// `axe.min.js` for the browser tests' accessibility audit (only when `browser` was asked for).
    pub axe: Option<PathBuf>,
}

/// Makes sure everything needed to build the SPA is installed; with `browser`, also chromium.
pub fn ensure(root: &Path, browser: bool) -> Result<Toolchain> {
    cmd::step("checking tools");
    ensure_wasm_target()?;
    // Trunk builds offline; fetching first also creates Cargo.lock on a fresh checkout.
    cmd::run(Command::new("cargo").arg("fetch").arg("--quiet")).context("cargo fetch")?;
    let bindgen_version = locked_version(&root.join("Cargo.lock"), "wasm-bindgen")?;
    check_trunk_toml(&root.join("Trunk.toml"), &bindgen_version)?;
    ensure_cargo_tool("trunk", "trunk", TRUNK_VERSION, true)?;
    ensure_cargo_tool("wasm-bindgen", "wasm-bindgen-cli", &bindgen_version, false)?;
    let bin_dir = ensure_wasm_opt(root)?;
    let mut axe = None;
    if browser {
        ensure_chromium()?;
        axe = Some(ensure_axe(root)?);
    }
    let mut dirs = vec![bin_dir];
    dirs.extend(std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()));
    let path = std::env::join_paths(dirs).context("cannot build PATH")?;
    Ok(Toolchain { path, axe })
}

fn ensure_wasm_target() -> Result<()> {
    let installed = output("rustup", ["target", "list", "--installed"]).unwrap_or_default();
    if installed.lines().any(|t| t.trim() == "wasm32-unknown-unknown") {
        return Ok(());
    }
    eprintln!("installing the wasm32-unknown-unknown target");
    cmd::run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

/// Installs `krate` at exactly `version` unless `bin --version` already reports it.
fn ensure_cargo_tool(bin: &str, krate: &str, version: &str, locked: bool) -> Result<()> {
    let current = output(bin, ["--version"]);
    let found = current.as_deref().and_then(|v| v.split_whitespace().nth(1)).map(str::to_owned);
    if found.as_deref() == Some(version) {
        return Ok(());
    }
    let was = found.map_or("missing".to_owned(), |v| format!("found {v}"));
    eprintln!("installing {krate} {version} ({was}); the first install takes several minutes");
    let mut install = Command::new("cargo");
    install.args(["install", krate, "--version", version]);
    if locked {
        install.arg("--locked");
    }
    cmd::run(&mut install)
}

/// Installs binaryen's wasm-opt from npm into `.tools/`; returns the directory holding it.
fn ensure_wasm_opt(root: &Path) -> Result<PathBuf> {
    let tools = root.join(TOOLS_DIR);
    let bin_dir = tools.join("node_modules").join(".bin");
    let wasm_opt = bin_dir.join("wasm-opt");
    let version = output(&wasm_opt.to_string_lossy(), ["--version"]).unwrap_or_default();
    if version.contains(&format!("version {BINARYEN_VERSION}")) {
        return Ok(bin_dir);
    }
    eprintln!("installing wasm-opt (npm binaryen@{BINARYEN_VERSION}) into {TOOLS_DIR}/");
    fs::create_dir_all(&tools).with_context(|| format!("cannot create {}", tools.display()))?;
    cmd::run(
        Command::new("npm")
            .args(["install", "--no-audit", "--no-fund", "--prefix"])
            .arg(&tools)
            .arg(format!("binaryen@{BINARYEN_VERSION}")),
    )
    .context("npm is needed to install wasm-opt (install Node.js 18 or newer)")?;
    Ok(bin_dir)
}

/// Installs npm `axe-core` into `.tools/` beside binaryen; returns the path of `axe.min.js`, which the browser
/// tests inject into each page they audit.
fn ensure_axe(root: &Path) -> Result<PathBuf> {
    let tools = root.join(TOOLS_DIR);
    let package = tools.join("node_modules").join("axe-core");
    let script = package.join("axe.min.js");
    let manifest = fs::read_to_string(package.join("package.json")).unwrap_or_default();
    if script.exists() && manifest.contains(&format!("\"version\": \"{AXE_VERSION}\"")) {
        return Ok(script);
    }
    eprintln!("installing npm axe-core@{AXE_VERSION} into {TOOLS_DIR}/");
    fs::create_dir_all(&tools).with_context(|| format!("cannot create {}", tools.display()))?;
    cmd::run(
        Command::new("npm")
            .args(["install", "--no-audit", "--no-fund", "--save-exact", "--prefix"])
            .arg(&tools)
            .arg(format!("axe-core@{AXE_VERSION}")),
    )
    .context("npm is needed to install axe-core (install Node.js 18 or newer)")?;
    if !script.exists() {
        bail!("npm installed axe-core but {} is missing", script.display());
    }
    Ok(script)
}

fn ensure_chromium() -> Result<()> {
    if Path::new(CHROMIUM).exists() && Path::new(CHROMEDRIVER).exists() {
        return Ok(());
    }
    eprintln!("installing chromium and chromium-driver with apt-get");
    let sudo = output("id", ["-u"]).as_deref() != Some("0");
    let apt = |args: &[&str]| {
        let mut command = if sudo { Command::new("sudo") } else { Command::new("apt-get") };
        if sudo {
            command.arg("apt-get");
        }
        command.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        cmd::run(&mut command)
    };
    apt(&["update"])?;
    apt(&["install", "-y", "chromium", "chromium-driver"])?;
    if !Path::new(CHROMEDRIVER).exists() {
        bail!("apt-get finished but {CHROMEDRIVER} is still missing");
    }
    Ok(())
}

/// The version of `package` recorded in Cargo.lock.
fn locked_version(lock: &Path, package: &str) -> Result<String> {
    let text = fs::read_to_string(lock).with_context(|| format!("cannot read {}", lock.display()))?;
    let wanted = format!("name = \"{package}\"");
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        if line.trim() == wanted {
            if let Some(version) = lines.next().and_then(|l| quoted_value(l, "version")) {
                return Ok(version);
            }
        }
    }
    bail!("{package} is not in {}", lock.display())
}

/// Trunk's `[tools] wasm_bindgen` must name the locked version, or trunk would try to download.
fn check_trunk_toml(trunk_toml: &Path, bindgen_version: &str) -> Result<()> {
    let text = fs::read_to_string(trunk_toml).with_context(|| format!("cannot read {}", trunk_toml.display()))?;
    let configured = text.lines().find_map(|l| quoted_value(l, "wasm_bindgen"));
    match configured {
        Some(v) if v == bindgen_version => Ok(()),
        other => bail!(
            "Trunk.toml sets wasm_bindgen = {other:?} but Cargo.lock has wasm-bindgen {bindgen_version}; \
             make them equal"
        ),
    }
}

/// Parses `key = "value"` and returns `value`.
fn quoted_value(line: &str, key: &str) -> Option<String> {
    let (k, v) = line.split_once('=')?;
    (k.trim() == key).then(|| v.trim().trim_matches('"').to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_quoted_values() {
        assert_eq!(quoted_value("version = \"0.2.130\"", "version").as_deref(), Some("0.2.130"));
        assert_eq!(quoted_value("wasm_bindgen = \"0.2.130\"", "wasm_bindgen").as_deref(), Some("0.2.130"));
        assert_eq!(quoted_value("name = \"x\"", "version"), None);
    }
}
