use gatehouse_api::settings::{GetPasswordComplexitySettings, PasswordComplexitySettings, SettingsRequest};
use leptos::prelude::*;

use crate::client;
use crate::i18n::{rule_length, t, Msg};
use crate::load::Load;
use crate::password_rules::{is_met, rules_for, Rule};

/// The password complexity policy, loaded once per page.
pub type PasswordPolicy = Load<PasswordComplexitySettings>;

pub fn use_password_policy() -> PasswordPolicy {
    Load::new(|| async {
        client::call::<GetPasswordComplexitySettings>(&SettingsRequest::default()).await.map(|answer| answer.settings)
    })
}

/// Whether `password` (and its confirmation) meet the loaded policy; false while it is still loading.
pub fn policy_met(policy: PasswordPolicy, password: &str, confirm: &str) -> bool {
    match policy.get() {
        Some(Ok(policy)) => crate::password_rules::all_met(&policy, password, confirm),
        _ => false,
    }
}

/// The live checklist (`ul#password-checklist > li[data-rule][data-met]`): each rule of the policy ticks as
/// soon as the typed password meets it.
#[component]
pub fn PasswordChecklist(
    policy: PasswordPolicy,
    #[prop(into)] password: Signal<String>,
    #[prop(into)] confirm: Signal<String>,
) -> impl IntoView {
    policy.view_labelled(
        Msg::PolicyLoading,
        Msg::PolicyLoadFailed,
        move |settings| view! { <RuleList settings password confirm /> },
    )
}

#[component]
fn RuleList(settings: PasswordComplexitySettings, password: Signal<String>, confirm: Signal<String>) -> impl IntoView {
    let items = rules_for(&settings)
        .into_iter()
        .map(|rule| {
            let label = match rule {
                Rule::Length => rule_length(settings.min_length),
                Rule::Uppercase => t(Msg::RuleUppercase).to_owned(),
                Rule::Lowercase => t(Msg::RuleLowercase).to_owned(),
                Rule::Number => t(Msg::RuleNumber).to_owned(),
                Rule::Symbol => t(Msg::RuleSymbol).to_owned(),
                Rule::Match => t(Msg::RuleMatch).to_owned(),
            };
            let settings = settings.clone();
            let met = Memo::new(move |_| password.with(|p| confirm.with(|c| is_met(rule, &settings, p, c))));
            view! {
                <li class="rule" class:met=met data-rule=rule.key() data-met=move || met.get().to_string()>
                    <span class="rule-icon" aria-hidden="true"></span>
                    <span class="rule-label">{label}</span>
                    // For screen readers; CSS hides the one that does not apply.
                    <span class="visually-hidden when-met">{t(Msg::RuleMet)}</span>
                    <span class="visually-hidden when-unmet">{t(Msg::RuleNotMet)}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="checklist">
            <p class="checklist-title" id="password-checklist-title">
                {t(Msg::ChecklistTitle)}
            </p>
            <ul id="password-checklist" aria-labelledby="password-checklist-title" aria-live="polite">
                {items}
            </ul>
        </div>
    }
}
