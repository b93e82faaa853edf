//! Translation completeness: every message file parses as Fluent, has exactly English's message ids, and each
//! message uses the same `{ $variables }` as in English; and every language the login must ship is there.
//! Covers the SPA's files (public/locales) and the mail texts (server/locales) when that directory exists.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use gatehouse_server::i18n::catalogue::{ids, Ids};

/// ZITADEL's login languages, plus Arabic and Hebrew (right to left).
const REQUIRED: [&str; 23] = [
    "en", "de", "fr", "it", "es", "pl", "ja", "zh", "ru", "nl", "sv", "id", "hu", "ko", "cs", "ro", "tr", "pt", "uk",
    "bg", "mk", "ar", "he",
];

fn dir(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

/// (language, source) of every `.ftl` in `dir`.
fn files(dir: &Path) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            let lang = path.file_name()?.to_str()?.strip_suffix(".ftl")?.to_owned();
            let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            Some((lang, source))
        })
        .collect();
    files.sort();
    files
}

/// Every problem of the files in `dir` compared with its `en.ftl`, one line each.
fn problems(dir: &Path) -> Vec<String> {
    let files = files(dir);
    let parsed = |lang: &str, source: &str| -> Result<Ids, String> {
        ids(source).map_err(|(_, errors)| format!("{lang}.ftl does not parse: {}", errors.join("; ")))
    };
    let Some((_, english)) = files.iter().find(|(lang, _)| lang == "en") else {
        return vec![format!("{} has no en.ftl", dir.display())];
    };
    let english = match parsed("en", english) {
        Ok(ids) => ids,
        Err(e) => return vec![e],
    };
    let mut problems = Vec::new();
    for (lang, source) in &files {
        let ids = match parsed(lang, source) {
            Ok(ids) => ids,
            Err(e) => {
                problems.push(e);
                continue;
            }
        };
        let missing: Vec<&String> = english.keys().filter(|id| !ids.contains_key(*id)).collect();
        if !missing.is_empty() {
            problems.push(format!("{lang}.ftl lacks {} message(s): {missing:?}", missing.len()));
        }
        let extra: Vec<&String> = ids.keys().filter(|id| !english.contains_key(*id)).collect();
        if !extra.is_empty() {
            problems.push(format!("{lang}.ftl has message(s) English does not: {extra:?}"));
        }
        for (id, vars) in &ids {
            if let Some(expected) = english.get(id) {
                if vars != expected {
                    problems.push(format!("{lang}.ftl {id} uses {vars:?}, English uses {expected:?}"));
                }
            }
        }
    }
    problems
}

fn languages(dir: &Path) -> BTreeSet<String> {
    files(dir).into_iter().map(|(lang, _)| lang).collect()
}

#[test]
fn ui_messages_are_complete_in_every_language() {
    let dir = dir("../public/locales");
    let problems = problems(&dir);
    assert!(problems.is_empty(), "{} problem(s) in {}:\n{}", problems.len(), dir.display(), problems.join("\n"));
}

#[test]
fn every_required_language_ships() {
    let shipped = languages(&dir("../public/locales"));
    let missing: Vec<&str> = REQUIRED.iter().copied().filter(|l| !shipped.contains(*l)).collect();
    assert!(missing.is_empty(), "public/locales lacks {missing:?}");
    // The server serves exactly the files it was built with.
    let served: BTreeSet<String> = gatehouse_server::i18n::supported_languages().into_iter().collect();
    assert_eq!(served, shipped, "rebuild the server after adding a language file");
}

#[test]
fn mail_texts_are_complete_in_every_language() {
    let dir = dir("locales");
    if !dir.exists() {
        return;
    }
    let problems = problems(&dir);
    assert!(problems.is_empty(), "{} problem(s) in {}:\n{}", problems.len(), dir.display(), problems.join("\n"));
    let shipped = languages(&dir);
    let missing: Vec<&str> = REQUIRED.iter().copied().filter(|l| !shipped.contains(*l)).collect();
    assert!(missing.is_empty(), "server/locales lacks {missing:?}");
}

#[test]
fn the_check_finds_what_it_must() {
    let tmp = std::env::temp_dir().join(format!("gatehouse-locales-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    std::fs::write(tmp.join("en.ftl"), "a = A\nb = Hi { $name }\n").unwrap();
    std::fs::write(tmp.join("de.ftl"), "a = A\nb = Hallo { $nom }\nc = extra\n").unwrap();
    std::fs::write(tmp.join("fr.ftl"), "a = A\n").unwrap();
    std::fs::write(tmp.join("it.ftl"), "a = { \nb = x\n").unwrap();
    let found = problems(&tmp).join("\n");
    std::fs::remove_dir_all(&tmp).ok();
    assert!(found.contains("de.ftl b uses {\"nom\"}"), "{found}");
    assert!(found.contains("de.ftl has message(s) English does not: [\"c\"]"), "{found}");
    assert!(found.contains("fr.ftl lacks 1 message(s): [\"b\"]"), "{found}");
    assert!(found.contains("it.ftl does not parse"), "{found}");
}
