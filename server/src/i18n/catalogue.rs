//! The shipped UI message files (public/locales/<lang>.ftl, embedded at build time) and what the server needs to
//! know about them: which languages exist, which message ids English has, and which `{ $variables }` each uses.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

include!(concat!(env!("OUT_DIR"), "/ui_files.rs"));

/// The reference language: every other file has exactly its ids.
pub const REFERENCE: &str = "en";

/// Message id -> the variables its value uses.
pub type Ids = BTreeMap<String, BTreeSet<String>>;

/// The Fluent source of a shipped language, by its exact code (`de`, `pt`).
pub fn file(lang: &str) -> Option<&'static str> {
    UI_FILES.iter().find(|(l, _)| *l == lang).map(|(_, source)| *source)
}

/// Languages with a shipped file, sorted.
pub fn languages() -> impl Iterator<Item = &'static str> {
    UI_FILES.iter().map(|(lang, _)| *lang)
}

pub fn is_supported(lang: &str) -> bool {
    file(lang).is_some()
}

/// English's ids and variables, parsed once.
pub fn reference_ids() -> &'static Ids {
    static IDS: OnceLock<Ids> = OnceLock::new();
    IDS.get_or_init(|| file(REFERENCE).map(|s| ids(s).unwrap_or_else(|(partial, _)| partial)).unwrap_or_default())
}

/// Ids and variables of a Fluent file; on syntax errors the ids that did parse and the errors' descriptions.
pub fn ids(source: &str) -> Result<Ids, (Ids, Vec<String>)> {
    let (resource, errors) = match fluent_syntax::parser::parse(source) {
        Ok(resource) => (resource, Vec::new()),
        Err((resource, errors)) => (resource, errors.iter().map(|e| format!("{e:?}")).collect()),
    };
    let mut ids = Ids::new();
    for entry in &resource.body {
        if let Entry::Message(message) = entry {
            let mut vars = BTreeSet::new();
            if let Some(value) = &message.value {
                walk_pattern(value, &mut vars);
            }
            ids.insert(message.id.name.to_owned(), vars);
        }
    }
    if errors.is_empty() {
        Ok(ids)
    } else {
        Err((ids, errors))
    }
}

/// The variables of one message value given as a Fluent pattern (a custom text); `None` if it does not parse as
/// exactly one single-line message value.
pub fn pattern_variables(text: &str) -> Option<BTreeSet<String>> {
    let source = format!("x = {text}\n");
    let resource = fluent_syntax::parser::parse(source.as_str()).ok()?;
    match resource.body.as_slice() {
        [Entry::Message(m)] if m.attributes.is_empty() => {
            let mut vars = BTreeSet::new();
            walk_pattern(m.value.as_ref()?, &mut vars);
            Some(vars)
        }
        _ => None,
    }
}

fn walk_pattern(pattern: &Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, vars);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_variables(inline, vars),
        Expression::Select { selector, variants } => {
            inline_variables(selector, vars);
            for variant in variants {
                walk_pattern(&variant.value, vars);
            }
        }
    }
}

fn inline_variables(inline: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, vars),
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_variables(a, vars);
            }
            for a in &arguments.named {
                inline_variables(&a.value, vars);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_ships_and_lists_variables() {
        assert!(is_supported("en"));
        let ids = reference_ids();
        assert!(ids.len() > 300, "{}", ids.len());
        assert_eq!(ids["verify-intro"], BTreeSet::from(["email".to_owned()]));
        assert_eq!(ids["rule-length"], BTreeSet::from(["min_length".to_owned()]));
        assert!(ids["login-name-title"].is_empty());
    }

    #[test]
    fn custom_patterns_are_single_messages() {
        assert_eq!(pattern_variables("Hello { $email }!"), Some(BTreeSet::from(["email".to_owned()])));
        assert_eq!(pattern_variables("Plain text"), Some(BTreeSet::new()));
        assert_eq!(pattern_variables("broken { $x"), None);
        assert_eq!(pattern_variables("a\nother = b"), None);
    }
}
