//! Embeds the SPA's UI message files (public/locales/<lang>.ftl) into the server, which picks the language per
//! request and serves it (crate::i18n). A new or changed file rebuilds the server.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let dir = Path::new(&manifest).join("../public/locales");
    println!("cargo:rerun-if-changed={}", dir.display());
    // sqlx::migrate! reads this directory at compile time; a new migration must rebuild the crate too.
    println!("cargo:rerun-if-changed=migrations");
    let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .filter_map(|e| {
                    let path = e.path();
                    let lang = path.file_name()?.to_str()?.strip_suffix(".ftl")?.to_owned();
                    let valid = !lang.is_empty() && lang.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
                    let path = path.canonicalize().ok()?.display().to_string();
                    valid.then_some((lang, path))
                })
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let mut code =
        String::from("/// (language, Fluent source) of every shipped UI message file, sorted by language.\n");
    code.push_str("pub static UI_FILES: &[(&str, &str)] = &[\n");
    for (lang, path) in &files {
        let _ = writeln!(code, "    ({lang:?}, include_str!({path:?})),");
    }
    code.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("ui_files.rs");
    std::fs::write(out, code).expect("OUT_DIR is writable");
    mail_locales(Path::new(&manifest));
}

/// The mail texts (server/locales/<lang>.ftl, crate::mail::locale) the same way: a table of `include_str!`s, so a
/// language a translator adds needs no code change.
fn mail_locales(manifest: &Path) {
    let dir = manifest.join("locales");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
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
    let mut code = String::from("/// `(language tag, Fluent source)` of every bundled mail language, sorted by tag.\n");
    code.push_str("pub const LOCALES: &[(&str, &str)] = &[\n");
    for (lang, path) in &files {
        let _ = writeln!(code, "    ({lang:?}, include_str!({path:?})),");
    }
    code.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("mail_locales.rs");
    std::fs::write(out, code).expect("OUT_DIR is writable");
}
