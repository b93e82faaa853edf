//! Custom texts of the hosted login (SettingsService Get/SetHostedLoginTranslation): per level (system = the
//! shipped messages, instance, org) and locale, checked against the shipped English catalogue, and merged into
//! the messages a login page is served.

use std::collections::BTreeMap;

use gatehouse_api::i18n::TranslationLevel;
use serde_json::{Map, Value};

use super::catalogue;
use super::negotiate::match_tag;
use super::store::{self, Texts};
use crate::error::{Error, Result};
use crate::AppState;

/// Longest custom text, in characters: a UI message, not a document.
pub const MAX_TEXT_CHARS: usize = 500;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Level {
    System,
    Instance,
    Org(String),
}

/// Exactly one of `system`, `instance`, `organizationId`.
pub fn level(level: &TranslationLevel) -> Result<Level> {
    let org = level.organization_id.as_deref().filter(|o| !o.is_empty());
    match (level.system, level.instance, org) {
        (true, false, None) => Ok(Level::System),
        (false, true, None) => Ok(Level::Instance),
        (false, false, Some(org)) => Ok(Level::Org(org.to_owned())),
        _ => Err(Error::invalid("SETTINGS-Level", "Set exactly one of system, instance or organizationId")),
    }
}

/// A supported locale (`de`, `de-CH` -> `de`); unknown ones are refused as ZITADEL refuses unsupported languages.
pub fn locale(locale: &str) -> Result<String> {
    if locale.trim().is_empty() {
        return Err(Error::invalid("LANG-3M9f2", "The language is undefined"));
    }
    match_tag(locale, &catalogue::is_supported)
        .ok_or_else(|| Error::invalid("LANG-lg4kd", format!("The language {locale:?} is not supported")))
}

/// The texts a Set request may store: every key a shipped message id, every value a single-line Fluent pattern of
/// at most [`MAX_TEXT_CHARS`] using only that message's own variables.
pub fn validate(translations: &Map<String, Value>) -> Result<Texts> {
    let reference = catalogue::reference_ids();
    let mut texts = Texts::new();
    for (id, value) in translations {
        let Some(allowed) = reference.get(id) else {
            return Err(Error::invalid("GATEHOUSE-I18n-UnknownId", format!("{id:?} is not a message id of the login")));
        };
        let Some(text) = value.as_str() else {
            return Err(Error::invalid(
                "GATEHOUSE-I18n-NotText",
                format!("The translation of {id:?} must be a string"),
            ));
        };
        if text.trim().is_empty() {
            return Err(Error::invalid("GATEHOUSE-I18n-Empty", format!("The translation of {id:?} is empty")));
        }
        if text.chars().count() > MAX_TEXT_CHARS {
            return Err(Error::invalid(
                "GATEHOUSE-I18n-TooLong",
                format!("The translation of {id:?} is longer than {MAX_TEXT_CHARS} characters"),
            ));
        }
        let vars = if text.contains(['\n', '\r']) { None } else { catalogue::pattern_variables(text) };
        let Some(vars) = vars else {
            return Err(Error::invalid(
                "GATEHOUSE-I18n-Pattern",
                format!("The translation of {id:?} is not a single-line Fluent pattern (write {{\"{{\"}} for a brace)"),
            ));
        };
        if let Some(unknown) = vars.iter().find(|v| !allowed.contains(*v)) {
            return Err(Error::invalid(
                "GATEHOUSE-I18n-Variable",
                format!("The translation of {id:?} uses {{ ${unknown} }}, which the message does not have"),
            ));
        }
        texts.insert(id.clone(), text.to_owned());
    }
    Ok(texts)
}

/// What GetHostedLoginTranslation answers: the level's own texts, or (with inheritance) the shipped messages
/// overlaid with the instance's and then the org's texts.
pub async fn effective(state: &AppState, level: &Level, locale: &str, ignore_inheritance: bool) -> Result<Texts> {
    let own = match level {
        Level::System => shipped(locale),
        Level::Instance => store::texts(state, &state.instance.id, locale).await?,
        Level::Org(org) => store::texts(state, org, locale).await?,
    };
    if ignore_inheritance || *level == Level::System {
        return Ok(own);
    }
    let mut merged = shipped(locale);
    if let Level::Org(_) = level {
        merged.extend(store::texts(state, &state.instance.id, locale).await?);
    }
    merged.extend(own);
    Ok(merged)
}

/// The custom texts a login page of `org` (or the instance) gets on top of the shipped file: instance, then org.
pub async fn overrides(state: &AppState, org: Option<&str>, locale: &str) -> Result<Texts> {
    let mut texts = store::texts(state, &state.instance.id, locale).await?;
    if let Some(org) = org {
        texts.extend(store::texts(state, org, locale).await?);
    }
    // A message removed from the catalogue since the text was stored is left out.
    texts.retain(|id, _| catalogue::reference_ids().contains_key(id));
    Ok(texts)
}

/// The shipped messages of a locale as id -> Fluent source of the value (multi-line values keep their lines).
pub fn shipped(locale: &str) -> Texts {
    catalogue::file(locale).map(raw_values).unwrap_or_default()
}

/// id -> value source of each message in a Fluent file: a line `id = value`, plus its indented continuation lines.
pub fn raw_values(source: &str) -> BTreeMap<String, String> {
    let mut values = BTreeMap::new();
    let mut current: Option<(String, Vec<String>)> = None;
    for line in source.lines() {
        // Indented lines continue a value; so does a select's closing brace, which may stand in column 0.
        let continues = (line.starts_with([' ', '\t']) && !line.trim().is_empty()) || line.starts_with('}');
        if continues {
            if let Some((_, lines)) = current.as_mut() {
                lines.push(line.trim_end().to_owned());
            }
            continue;
        }
        if let Some((id, lines)) = current.take() {
            values.insert(id, lines.join("\n"));
        }
        if let Some((id, value)) = line.split_once('=') {
            let id = id.trim();
            if !line.starts_with('#')
                && !id.is_empty()
                && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
            {
                current = Some((id.to_owned(), vec![value.trim().to_owned()]));
            }
        }
    }
    if let Some((id, lines)) = current {
        values.insert(id, lines.join("\n"));
    }
    values
}

/// The served file: the shipped messages, then the custom texts (the SPA lets later messages override earlier).
pub fn with_overrides(shipped: &str, overrides: &Texts) -> String {
    if overrides.is_empty() {
        return shipped.to_owned();
    }
    let mut out = String::with_capacity(shipped.len() + overrides.len() * 64);
    out.push_str(shipped);
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out.push_str("\n## Custom texts of this login (SetHostedLoginTranslation)\n");
    for (id, text) in overrides {
        out.push_str(&format!("{id} = {text}\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn map(value: Value) -> Map<String, Value> {
        value.as_object().cloned().unwrap_or_default()
    }

    #[test]
    fn texts_are_checked_against_the_catalogue() {
        let ok = validate(&map(json!({"login-name-title": "Welcome", "verify-intro": "Code sent to { $email }."})));
        assert_eq!(ok.unwrap().len(), 2);
        let id = |v: Value| validate(&map(v)).unwrap_err().to_api().id;
        assert_eq!(id(json!({"no-such-message": "x"})), "GATEHOUSE-I18n-UnknownId");
        assert_eq!(id(json!({"login-name-title": 3})), "GATEHOUSE-I18n-NotText");
        assert_eq!(id(json!({"login-name-title": " "})), "GATEHOUSE-I18n-Empty");
        assert_eq!(id(json!({"login-name-title": "x".repeat(501)})), "GATEHOUSE-I18n-TooLong");
        assert_eq!(id(json!({"login-name-title": "a {"})), "GATEHOUSE-I18n-Pattern");
        assert_eq!(id(json!({"login-name-title": "a\nb = c"})), "GATEHOUSE-I18n-Pattern");
        assert_eq!(id(json!({"verify-intro": "Sent to { $phone }"})), "GATEHOUSE-I18n-Variable");
    }

    #[test]
    fn levels_and_locales() {
        let l = |system, instance, org: Option<&str>| {
            level(&TranslationLevel { system, instance, organization_id: org.map(str::to_owned) })
        };
        assert_eq!(l(false, true, None).unwrap(), Level::Instance);
        assert_eq!(l(false, false, Some("1")).unwrap(), Level::Org("1".into()));
        assert!(l(false, false, None).is_err());
        assert!(l(true, true, None).is_err());
        assert_eq!(locale("EN-gb").unwrap(), "en");
        assert_eq!(locale("xx").unwrap_err().to_api().id, "LANG-lg4kd");
        assert_eq!(locale("").unwrap_err().to_api().id, "LANG-3M9f2");
    }

    #[test]
    fn raw_values_keep_multi_line_messages() {
        let values = raw_values("# c\n## s\na = A\nb = { $n ->\n    [one] x\n   *[other] y\n}\nc = C { $v }\n");
        assert_eq!(values["a"], "A");
        assert_eq!(values["b"], "{ $n ->\n    [one] x\n   *[other] y\n}");
        assert_eq!(values["c"], "C { $v }");
        let served = with_overrides("a = A\n", &Texts::from([("a".to_owned(), "Z".to_owned())]));
        assert!(served.ends_with("a = Z\n"), "{served}");
    }
}
