//! Embeds the Fluent message files into the server as tables of `include_str!`s, so a language a translator adds
//! needs no code change: the SPA's UI messages (public/locales/<lang>.ftl), which the server picks per request and
//! serves (crate::i18n), and the mail texts (server/locales/<lang>.ftl, crate::mail::locale). A new or changed file
//! rebuilds the server.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let manifest = Path::new(&manifest);
    // sqlx::migrate! reads this directory at compile time; a new migration must rebuild the crate too.
    println!("cargo:rerun-if-changed=migrations");
    embed_locales(
        &manifest.join("../public/locales"),
        "/// (language, Fluent source) of every shipped UI message file, sorted by language.\n\
         pub static UI_FILES: &[(&str, &str)]",
        "ui_files.rs",
    );
    embed_locales(
        &manifest.join("locales"),
        "/// `(language tag, Fluent source)` of every bundled mail language, sorted by tag.\n\
         pub const LOCALES: &[(&str, &str)]",
        "mail_locales.rs",
    );
}

/// Writes `<declaration> = &[(lang, include_str!(file)), …];` for every `<lang>.ftl` in `dir` to `OUT_DIR/<out>`.
fn embed_locales(dir: &Path, declaration: &str, out: &str) {
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<(String, String)> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .filter_map(|e| {
                    let path = e.path();
                    let lang = path.file_name()?.to_str()?.strip_suffix(".ftl")?.to_owned();
                    let valid = !lang.is_empty() && lang.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
                    println!("cargo:rerun-if-changed={}", path.display());
                    let path = path.canonicalize().ok()?.display().to_string();
                    valid.then_some((lang, path))
                })
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let mut code = format!("{declaration} = &[\n");
    for (lang, path) in &files {
        let _ = writeln!(code, "    ({lang:?}, include_str!({path:?})),");
    }
    code.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join(out);
    std::fs::write(out, code).expect("OUT_DIR is writable");
}
