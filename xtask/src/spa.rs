//! Builds the Leptos SPA into `dist/`: Trunk for index.html, the stylesheet and the icons, [`crate::wasm`] for the
//! wasm and its JS (split into lazily loaded chunks, which Trunk cannot do). Skips the build when `dist/` is up to
//! date (wasm-opt alone takes about a minute on 2 cores).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::SystemTime;

use anyhow::{Context, Result};

use crate::tools::Toolchain;
use crate::{cmd, wasm};

/// Everything the SPA build reads, relative to the workspace root.
const INPUTS: &[&str] =
    &["index.html", "Trunk.toml", "Cargo.toml", "Cargo.lock", "src", "style", "public", "api", "xtask/src"];

/// Runs `trunk build --release` (settings in Trunk.toml) and the wasm pipeline unless nothing changed since the
/// last successful run; returns the output directory.
pub fn build(root: &Path, tools: &Toolchain) -> Result<PathBuf> {
    let dist = root.join("dist");
    let stamp = target_dir(root).join("xtask").join("spa-release.stamp");
    if is_fresh(root, &dist, &stamp) {
        cmd::step("SPA is up to date (dist/ is newer than its sources); skipping trunk");
        return Ok(dist);
    }
    cmd::step("building the SPA page and stylesheet (trunk build --release)");
    cmd::run(Command::new("trunk").args(["build", "--release"]).current_dir(root).env("PATH", &tools.path))?;
    let output = wasm::build(root, &target_dir(root), &dist, tools)?;
    link_scripts(&dist.join("index.html"), &output)?;
    precompress(&dist, tools)?;
    if let Some(dir) = stamp.parent() {
        fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    fs::write(&stamp, b"").with_context(|| format!("cannot write {}", stamp.display()))?;
    Ok(dist)
}

/// Adds the app's module script to index.html, with preloads so the browser fetches the loader module and the
/// wasm while it parses the main JS (same-origin files only: the CSP allows no inline script).
fn link_scripts(index: &Path, output: &wasm::Output) -> Result<()> {
    let html = fs::read_to_string(index).with_context(|| format!("cannot read {}", index.display()))?;
    let tags = format!(
        "<link rel=\"modulepreload\" href=\"/{split}\"><link rel=\"preload\" href=\"/{wasm}\" as=\"fetch\" \
         type=\"application/wasm\" crossorigin><script type=\"module\" src=\"/{main}\"></script>",
        split = output.split_js,
        wasm = output.main_wasm,
        main = output.main_js,
    );
    let (start, end) = skipped_rust_link(&html).context("index.html lost its `data-trunk-skip` rust link")?;
    let html = format!("{}{tags}{}", &html[..start], &html[end..]);
    fs::write(index, html).with_context(|| format!("cannot write {}", index.display()))
}

/// Where Trunk left the page's skipped rust link (it copies a skipped link as it is): the tags take its place.
fn skipped_rust_link(html: &str) -> Option<(usize, usize)> {
    let marker = html.find("data-trunk-skip")?;
    let start = html[..marker].rfind("<link")?;
    let end = marker + html[marker..].find('>')? + 1;
    Some((start, end))
}

/// Extensions of the assets the server may send precompressed (`index.html` it serves itself).
const COMPRESSIBLE: &[&str] = &["wasm", "js", "css", "svg"];

/// Writes `.br` and `.gz` copies of the assets at maximum compression, which the server sends as
/// they are (on the fly it compresses at a fast, weaker level).
fn precompress(dist: &Path, tools: &Toolchain) -> Result<()> {
    cmd::step("precompressing the SPA assets (brotli 11, gzip 9)");
    let files = compressible_assets(dist)?;
    cmd::run(Command::new("node").arg("-e").arg(include_str!("precompress.js")).args(&files).env("PATH", &tools.path))
}

fn compressible_assets(dist: &Path) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dist).with_context(|| format!("cannot read {}", dist.display()))? {
        let path = entry?.path();
        if path.extension().is_some_and(|ext| COMPRESSIBLE.iter().any(|c| ext == *c)) {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// Fresh when the stamp of our last release build is newer than every input, `dist/` was not
/// rebuilt since (for example by a debug `trunk build`) and its assets have precompressed copies.
fn is_fresh(root: &Path, dist: &Path, stamp: &Path) -> bool {
    let (Some(built), Some(index)) = (modified(stamp), modified(&dist.join("index.html"))) else {
        return false;
    };
    let newest_input = INPUTS.iter().filter_map(|input| newest(&root.join(input))).max();
    let precompressed = compressible_assets(dist)
        .is_ok_and(|files| files.iter().all(|f| f.with_extension(extension_plus(f, "br")).exists()));
    index <= built && precompressed && newest_input.is_some_and(|input| input < built)
}

/// `app.wasm` + `br` → `wasm.br` (for `Path::with_extension`).
fn extension_plus(path: &Path, suffix: &str) -> String {
    let ext = path.extension().map(|e| e.to_string_lossy().into_owned()).unwrap_or_default();
    format!("{ext}.{suffix}")
}

fn modified(path: &Path) -> Option<SystemTime> {
    fs::metadata(path).and_then(|m| m.modified()).ok()
}

/// The newest modification time of `path` or anything below it.
fn newest(path: &Path) -> Option<SystemTime> {
    let own = modified(path);
    let Ok(entries) = fs::read_dir(path) else { return own };
    entries.filter_map(|entry| newest(&entry.ok()?.path())).chain(own).max()
}

/// Cargo's target directory: `CARGO_TARGET_DIR` if set, else `<root>/target`.
pub fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .map(|dir| if dir.is_absolute() { dir } else { root.join(dir) })
        .unwrap_or_else(|| root.join("target"))
}

#[cfg(test)]
mod tests {
    use super::skipped_rust_link;

    #[test]
    fn finds_the_skipped_rust_link_as_trunk_minifies_it() {
        let html = "<title>G</title><link href=/main.css rel=stylesheet><link data-bin=gatehouse-app data-trunk \
                    data-trunk-id=2 data-trunk-skip rel=rust></head><body>";
        let (start, end) = skipped_rust_link(html).expect("found");
        assert_eq!(
            &html[start..end],
            "<link data-bin=gatehouse-app data-trunk data-trunk-id=2 data-trunk-skip rel=rust>"
        );
        assert_eq!(skipped_rust_link("<link rel=stylesheet href=/a.css>"), None);
    }
}
