//! The SPA's Rust pipeline, which Trunk 0.21 cannot run (trunk issue #1022: nothing can go between its cargo and
//! wasm-bindgen steps): cargo builds the wasm with relocations kept, `wasm_split_cli_support` cuts it at the
//! `#[wasm_split]` points of src/lazy.rs into the main module and lazily loaded chunks, wasm-bindgen generates the
//! JS of the main module, wasm-opt shrinks every module, and all files get one content hash in their names (the
//! server caches those forever).
//!
//! The main module imports its chunk loaders from `__wasm_split-<hash>.js`, which imports `initSync` back from the
//! main JS: both names are fixed before the hash is known, so they are written with [`PLACEHOLDER`] (the hash's
//! length) and the placeholder is replaced, byte for byte, in the wasm and the JS once every file is final.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};
use sha2::{Digest, Sha256};

use crate::cmd;
use crate::tools::Toolchain;

/// The crate and binary of the SPA.
const APP: &str = "gatehouse-app";
/// The cargo profile of the SPA (root Cargo.toml): size over speed.
const PROFILE: &str = "wasm-release";
/// Stands in for the build hash (16 hex digits) until it is known; as long as the hash.
const PLACEHOLDER: &str = "HASHHASHHASHHASH";
/// wasm-opt flags, as Trunk ran them before the split. The features are those rustc enables for
/// wasm32-unknown-unknown: the chunks carry no `target_features` section to detect them from.
const WASM_OPT_ARGS: &[&str] = &[
    "-Oz",
    "--converge",
    "--strip-producers",
    "--strip-target-features",
    "--enable-bulk-memory",
    "--enable-mutable-globals",
    "--enable-nontrapping-float-to-int",
    "--enable-reference-types",
    "--enable-sign-ext",
    "--enable-multivalue",
];

/// What the page needs, for index.html (paths relative to `dist/`).
pub struct Output {
    /// The module `<script type="module">` loads; it starts the app.
    pub main_js: String,
    pub main_wasm: String,
    /// The chunk loaders, imported by the main JS: preloaded with it.
    pub split_js: String,
}

/// Builds the SPA's wasm and JS into `dist` (which Trunk has just written with index.html, css and icons).
pub fn build(root: &Path, target_dir: &Path, dist: &Path, tools: &Toolchain) -> Result<Output> {
    let input = cargo_build(root, target_dir, tools)?;
    let staging = target_dir.join("xtask").join("spa-split");
    if staging.exists() {
        fs::remove_dir_all(&staging).with_context(|| format!("cannot clear {}", staging.display()))?;
    }
    fs::create_dir_all(&staging).with_context(|| format!("cannot create {}", staging.display()))?;

    let main_js = format!("{APP}-{PLACEHOLDER}.js");
    let split_js = format!("__wasm_split-{PLACEHOLDER}.js");
    let chunks = split(&input, &staging, &main_js, &split_js)?;
    bindgen(&staging, tools)?;
    let main_wasm = format!("{APP}-{PLACEHOLDER}_bg.wasm");
    cmd::step(&format!("optimizing the main module and {} chunks (wasm-opt -Oz)", chunks.len()));
    // All at once: the main module takes longest, and the chunks fit beside it.
    let mut running = Vec::new();
    for wasm in std::iter::once(&main_wasm).chain(&chunks) {
        let path = staging.join(wasm);
        let child = Command::new("wasm-opt")
            .args(WASM_OPT_ARGS)
            .arg(&path)
            .arg("-o")
            .arg(&path)
            .env("PATH", &tools.path)
            .spawn()
            .context("cannot start wasm-opt")?;
        running.push((wasm, child));
    }
    for (wasm, mut child) in running {
        let status = child.wait()?;
        if !status.success() {
            bail!("wasm-opt failed on {wasm} ({status})");
        }
    }
    append_boot(&staging.join(&main_js))?;

    // Chunks are named in the loader only, by `"./<name>.wasm"`; give them the hash too.
    let mut files = vec![main_js.clone(), main_wasm.clone(), split_js.clone()];
    let loader = staging.join(&split_js);
    let mut loader_text = fs::read_to_string(&loader).with_context(|| format!("cannot read {}", loader.display()))?;
    for chunk in &chunks {
        let stem = chunk.trim_end_matches(".wasm");
        let hashed = format!("{stem}-{PLACEHOLDER}.wasm");
        let quoted = format!("\"./{chunk}\"");
        if !loader_text.contains(&quoted) {
            bail!("the chunk loader {} does not name {chunk}", loader.display());
        }
        loader_text = loader_text.replace(&quoted, &format!("\"./{hashed}\""));
        fs::rename(staging.join(chunk), staging.join(&hashed))?;
        files.push(hashed);
    }
    fs::write(&loader, loader_text)?;

    let hash = content_hash(&staging, &files)?;
    for file in &files {
        let data = fs::read(staging.join(file))?;
        let data = replace_bytes(&data, PLACEHOLDER.as_bytes(), hash.as_bytes());
        fs::write(dist.join(file.replace(PLACEHOLDER, &hash)), data)?;
    }
    Ok(Output {
        main_js: main_js.replace(PLACEHOLDER, &hash),
        main_wasm: main_wasm.replace(PLACEHOLDER, &hash),
        split_js: split_js.replace(PLACEHOLDER, &hash),
    })
}

/// `cargo rustc` with `--emit-relocs` on the final link only (the splitter follows every function and data
/// reference through the relocations); the dependencies keep the flags Trunk built them with, so they are not
/// rebuilt. Returns the linked wasm.
fn cargo_build(root: &Path, target_dir: &Path, tools: &Toolchain) -> Result<PathBuf> {
    cmd::step("building the SPA wasm (cargo rustc --profile wasm-release, relocations kept)");
    cmd::run(
        Command::new("cargo")
            .args(["rustc", "--package", APP, "--bin", APP, "--target", "wasm32-unknown-unknown", "--profile", PROFILE])
            .args(["--", "-Clink-args=--emit-relocs"])
            .current_dir(root)
            .env("PATH", &tools.path),
    )?;
    Ok(target_dir.join("wasm32-unknown-unknown").join(PROFILE).join(format!("{APP}.wasm")))
}

/// Splits `input` into `staging/main.wasm` (for wasm-bindgen), the chunks and their loader; returns the chunk
/// file names.
fn split(input: &Path, staging: &Path, main_js: &str, split_js: &str) -> Result<Vec<String>> {
    cmd::step("splitting the wasm at its lazy pages (wasm_split_cli_support)");
    let wasm = fs::read(input).with_context(|| format!("cannot read {}", input.display()))?;
    let main_out = staging.join("main.wasm");
    let main_module = format!("./{main_js}");
    let link_name = format!("./{split_js}");
    let result = wasm_split_cli_support::transform({
        let mut options = wasm_split_cli_support::Options::new(&wasm);
        options.output_dir = staging;
        options.main_out_path = &main_out;
        options.main_module = &main_module;
        options.link_name = &link_name;
        options
    })
    .map_err(|e| anyhow::anyhow!("{e:?}"))
    .context("wasm-split failed")?;
    let mut chunks = Vec::new();
    for path in result.split_modules {
        let name = path.file_name().and_then(|n| n.to_str()).context("chunk without a file name")?;
        eprintln!("    chunk {name}: {} B", fs::metadata(&path)?.len());
        chunks.push(name.to_owned());
    }
    chunks.sort();
    if chunks.is_empty() {
        bail!("the wasm has no split points: is src/lazy.rs compiled in?");
    }
    Ok(chunks)
}

/// wasm-bindgen on the main module only (the chunks call its exports through the loader). It must keep the
/// linker's exports, which the chunks import, and their mangled names, which the loader uses.
fn bindgen(staging: &Path, tools: &Toolchain) -> Result<()> {
    cmd::step("generating the main module's JS (wasm-bindgen)");
    cmd::run(
        Command::new("wasm-bindgen")
            .args(["--target", "web", "--no-typescript", "--keep-lld-exports", "--no-demangle"])
            .arg("--out-name")
            .arg(format!("{APP}-{PLACEHOLDER}"))
            .arg("--out-dir")
            .arg(staging)
            .arg(staging.join("main.wasm"))
            .env("PATH", &tools.path),
    )
}

/// The page loads the main JS as a module; this starts the app with the wasm next to it (wasm-bindgen's default
/// path, relative to the module), which Trunk's inline script did before (the CSP allows no inline script now).
fn append_boot(main_js: &Path) -> Result<()> {
    let mut js = fs::read_to_string(main_js).with_context(|| format!("cannot read {}", main_js.display()))?;
    if !js.contains("export default __wbg_init") && !js.contains("__wbg_init as default") {
        bail!("{} has no __wbg_init: did wasm-bindgen's output change?", main_js.display());
    }
    js.push_str("\n// Appended by cargo xtask: start the app.\n__wbg_init();\n");
    fs::write(main_js, js).with_context(|| format!("cannot write {}", main_js.display()))
}

/// The first 16 hex digits of SHA-256 over the files' names and contents (placeholders still in): any change to
/// any of them renames all of them, so a cached main module never meets a newer chunk.
fn content_hash(dir: &Path, files: &[String]) -> Result<String> {
    let mut hasher = Sha256::new();
    for file in files {
        hasher.update(file.as_bytes());
        hasher.update(fs::read(dir.join(file)).with_context(|| format!("cannot read {file}"))?);
    }
    Ok(hasher.finalize().iter().take(8).map(|b| format!("{b:02x}")).collect())
}

/// `data` with every `from` replaced by `to` (same length, so wasm section sizes stay valid).
fn replace_bytes(data: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    assert_eq!(from.len(), to.len(), "replacement must keep the length");
    let mut out = data.to_vec();
    let mut i = 0;
    while i + from.len() <= out.len() {
        if &out[i..i + from.len()] == from {
            out[i..i + from.len()].copy_from_slice(to);
            i += from.len();
        } else {
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_every_placeholder_in_place() {
        let data = b"import './__wasm_split-HASHHASHHASHHASH.js' HASHHASHHASHHASH";
        let out = replace_bytes(data, PLACEHOLDER.as_bytes(), b"0123456789abcdef");
        assert_eq!(out, b"import './__wasm_split-0123456789abcdef.js' 0123456789abcdef");
    }
}
