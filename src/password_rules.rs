//! The password complexity rules the checklist shows, evaluated the way the server's policy does. The server
//! checks again on submit; this only saves the user a round trip.

use gatehouse_api::settings::PasswordComplexitySettings;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    Length,
    Uppercase,
    Lowercase,
    Number,
    Symbol,
    /// Password and confirmation are equal (and not empty).
    Match,
}

impl Rule {
    /// The `data-rule` value the browser tests select on.
    pub fn key(self) -> &'static str {
        match self {
            Rule::Length => "length",
            Rule::Uppercase => "uppercase",
            Rule::Lowercase => "lowercase",
            Rule::Number => "number",
            Rule::Symbol => "symbol",
            Rule::Match => "match",
        }
    }
}

/// The rules `policy` asks for, in the order they are listed.
pub fn rules_for(policy: &PasswordComplexitySettings) -> Vec<Rule> {
    let mut rules = Vec::with_capacity(6);
    if policy.min_length > 0 {
        rules.push(Rule::Length);
    }
    for (required, rule) in [
        (policy.requires_uppercase, Rule::Uppercase),
        (policy.requires_lowercase, Rule::Lowercase),
        (policy.requires_number, Rule::Number),
        (policy.requires_symbol, Rule::Symbol),
    ] {
        if required {
            rules.push(rule);
        }
    }
    rules.push(Rule::Match);
    rules
}

pub fn is_met(rule: Rule, policy: &PasswordComplexitySettings, password: &str, confirm: &str) -> bool {
    match rule {
        Rule::Length => password.chars().count() as u64 >= policy.min_length,
        Rule::Uppercase => password.chars().any(char::is_uppercase),
        Rule::Lowercase => password.chars().any(char::is_lowercase),
        Rule::Number => password.chars().any(|c| c.is_ascii_digit()),
        // As ZITADEL: anything that is not an ASCII letter or digit counts as a symbol.
        Rule::Symbol => password.chars().any(|c| !c.is_ascii_alphanumeric()),
        Rule::Match => !password.is_empty() && password == confirm,
    }
}

pub fn all_met(policy: &PasswordComplexitySettings, password: &str, confirm: &str) -> bool {
    rules_for(policy).into_iter().all(|rule| is_met(rule, policy, password, confirm))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn default_policy() -> PasswordComplexitySettings {
        PasswordComplexitySettings {
            min_length: 8,
            requires_uppercase: true,
            requires_lowercase: true,
            requires_number: true,
            requires_symbol: true,
            ..Default::default()
        }
    }

    #[test]
    fn each_rule_follows_the_input() {
        let policy = default_policy();
        let met = |password: &str| -> Vec<&str> {
            rules_for(&policy).into_iter().filter(|rule| is_met(*rule, &policy, password, "")).map(Rule::key).collect()
        };
        assert_eq!(met("abc"), ["lowercase"]);
        assert_eq!(met("Abcdefg1"), ["length", "uppercase", "lowercase", "number"]);
        assert_eq!(met("Abcdef1!"), ["length", "uppercase", "lowercase", "number", "symbol"]);
    }

    #[test]
    fn match_needs_a_non_empty_equal_confirmation() {
        let policy = default_policy();
        assert!(!is_met(Rule::Match, &policy, "", ""));
        assert!(!is_met(Rule::Match, &policy, "Abcdef1!", "Abcdef1"));
        assert!(all_met(&policy, "Abcdef1!", "Abcdef1!"));
    }

    #[test]
    fn only_required_rules_are_listed() {
        let policy = PasswordComplexitySettings { min_length: 0, requires_number: true, ..Default::default() };
        assert_eq!(rules_for(&policy), [Rule::Number, Rule::Match]);
    }
}
