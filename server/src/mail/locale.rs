//! The mail texts in every bundled language (`server/locales/<lang>.ftl`, compiled in by build.rs) and the choice
//! of language for a recipient: their preferred language, else the instance default, else English — and English
//! for any single message a translation lacks.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

include!(concat!(env!("OUT_DIR"), "/mail_locales.rs"));

pub const FALLBACK: &str = "en";

/// Languages written right to left (the HTML part gets `dir="rtl"`).
const RTL: &[&str] = &["ar", "he", "fa", "ur"];

type Bundle = FluentBundle<FluentResource>;

struct Bundles(Vec<(&'static str, Bundle)>);

fn bundles() -> &'static Bundles {
    static BUNDLES: OnceLock<Bundles> = OnceLock::new();
    BUNDLES.get_or_init(|| Bundles(LOCALES.iter().filter_map(|(tag, src)| Some((*tag, bundle(tag, src)?))).collect()))
}

/// A bundle for one file; a file that does not parse at all is skipped (logged), a file with some broken
/// messages keeps the good ones — the unit test below fails the build's tests for either.
fn bundle(tag: &str, source: &str) -> Option<Bundle> {
    let lang: LanguageIdentifier = match tag.parse() {
        Ok(lang) => lang,
        Err(e) => {
            tracing::error!(tag, error = %e, "mail locale file name is not a language tag");
            return None;
        }
    };
    let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, errors)| {
        tracing::error!(tag, ?errors, "mail locale file has syntax errors");
        partial
    });
    let mut bundle = Bundle::new_concurrent(vec![lang]);
    // No Unicode isolation marks around placeables: they would end up inside addresses and codes that people
    // copy from a plain-text mail. The HTML part sets the direction on the whole document instead.
    bundle.set_use_isolating(false);
    if let Err(errors) = bundle.add_resource(resource) {
        tracing::error!(tag, ?errors, "mail locale file defines a message twice");
    }
    Some(bundle)
}

/// The bundled language for `wanted` (`de`, `de-CH`, `pt_BR`, `ZH-hans` ...): the exact tag, else its primary
/// language; `None` when we have neither.
pub fn supported(wanted: &str) -> Option<&'static str> {
    let wanted = wanted.trim().replace('_', "-").to_ascii_lowercase();
    if wanted.is_empty() {
        return None;
    }
    let tags = || bundles().0.iter().map(|(tag, _)| *tag);
    tags().find(|t| t.eq_ignore_ascii_case(&wanted)).or_else(|| {
        let primary = wanted.split('-').next()?;
        tags().find(|t| t.eq_ignore_ascii_case(primary))
    })
}

/// The recipient's language, else the instance default, else English.
pub fn choose(preferred: Option<&str>, instance_default: Option<&str>) -> &'static str {
    preferred.and_then(supported).or_else(|| instance_default.and_then(supported)).unwrap_or(FALLBACK)
}

pub fn is_rtl(lang: &str) -> bool {
    RTL.iter().any(|r| lang.split('-').next().is_some_and(|p| p.eq_ignore_ascii_case(r)))
}

/// One argument of a message: text (names, addresses), a count (selects the plural form), or another message
/// of the same language (the name of a sign-in method inside a sentence).
#[derive(Clone, Debug)]
pub enum Arg {
    Text(String),
    Count(i64),
    Message(&'static str, Vec<(&'static str, Arg)>),
}

/// Formats message `id` in `lang`, falling back to English when the language lacks it. An id missing in English
/// too is a bug caught by the tests; at run time it shows as the id rather than failing the mail.
pub fn text(lang: &str, id: &str, args: &[(&str, Arg)]) -> String {
    let all = bundles();
    let find = |tag: &str| all.0.iter().find(|(t, _)| *t == tag).map(|(_, b)| b);
    let chain: Vec<&Bundle> = [find(lang), find(FALLBACK)].into_iter().flatten().collect();
    let args: Vec<(&str, Arg)> = args
        .iter()
        .map(|(name, arg)| match arg {
            Arg::Message(inner, inner_args) => (*name, Arg::Text(text(lang, inner, inner_args))),
            other => (*name, other.clone()),
        })
        .collect();
    format(&chain, id, &args).unwrap_or_else(|| {
        tracing::error!(lang, id, "mail message missing in English");
        id.to_owned()
    })
}

/// Message `id` from the first bundle in `chain` that has it.
fn format(chain: &[&Bundle], id: &str, args: &[(&str, Arg)]) -> Option<String> {
    let (bundle, pattern) = chain.iter().find_map(|b| Some((*b, b.get_message(id)?.value()?)))?;
    let mut fargs = FluentArgs::new();
    for (name, arg) in args {
        match arg {
            Arg::Text(s) => fargs.set(*name, FluentValue::from(s.as_str())),
            Arg::Count(n) => fargs.set(*name, FluentValue::from(*n)),
            Arg::Message(inner, _) => fargs.set(*name, FluentValue::from(*inner)),
        }
    }
    let mut errors = Vec::new();
    let value = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
    if !errors.is_empty() {
        tracing::warn!(id, ?errors, "mail message formatted with errors");
    }
    Some(value.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_file_parses_and_english_is_there() {
        assert!(LOCALES.iter().any(|(t, _)| *t == "en"));
        for (tag, source) in LOCALES {
            assert!(FluentResource::try_new(source.to_string()).is_ok(), "{tag}.ftl has syntax errors");
            assert!(tag.parse::<LanguageIdentifier>().is_ok(), "{tag}.ftl is not named by a language tag");
        }
        assert_eq!(bundles().0.len(), LOCALES.len());
    }

    #[test]
    fn language_choice_prefers_the_user_then_the_instance_then_english() {
        assert_eq!(supported("EN-gb"), Some("en"));
        assert_eq!(supported(""), None);
        assert_eq!(supported("tlh"), None);
        assert_eq!(choose(Some("tlh"), None), "en");
        assert_eq!(choose(None, Some("en")), "en");
        assert_eq!(choose(Some("en_US"), Some("tlh")), "en");
        if supported("de").is_some() {
            assert_eq!(choose(Some("de-CH"), Some("en")), "de");
            assert_eq!(choose(Some("tlh"), Some("de")), "de");
        }
        assert!(is_rtl("ar") && is_rtl("he-IL") && !is_rtl("en") && !is_rtl("hu"));
    }

    #[test]
    fn plurals_and_fallback_per_message() {
        let one = text("en", "mail-verify-validity", &[("hours", Arg::Count(1))]);
        assert_eq!(one, "The code is valid for one hour.");
        let many = text("en", "mail-verify-validity", &[("hours", Arg::Count(3))]);
        assert_eq!(many, "The code is valid for 3 hours.");
        // A language we do not have, and an id only English has, both read English.
        assert_eq!(text("tlh", "mail-greeting", &[("name", Arg::Text("Ada".into()))]), "Hello Ada,");
        assert_eq!(text("en", "no-such-message", &[]), "no-such-message");
    }

    #[test]
    fn a_message_missing_in_a_translation_reads_english() {
        let partial = bundle("de", "mail-greeting = Hallo { $name },\n").unwrap();
        let english = bundles().0.iter().find(|(t, _)| *t == "en").map(|(_, b)| b).unwrap();
        let name = [("name", Arg::Text("Ada".into()))];
        assert_eq!(format(&[&partial, english], "mail-greeting", &name).unwrap(), "Hallo Ada,");
        assert_eq!(format(&[&partial, english], "mail-verify-subject", &[]).unwrap(), "Verify your email");
        assert_eq!(format(&[&partial], "mail-verify-subject", &[]), None);
    }
}
