//! The language switcher at the foot of every page (`select#language-switcher`): the languages with a message file,
//! each by its own name. A choice is remembered in the `gatehouse_locale` cookie (which the server honours before
//! anything but a `lang` parameter), saved as the signed-in user's preferred language, and applied by a reload.
//! It comes in a chunk right after the first paint ([`crate::lazy::language_switcher`]).

use gatehouse_api::settings::{GetGeneralSettings, GetGeneralSettingsRequest};
use gatehouse_api::user::{GetUserByID, SetHumanProfile, UpdateHumanUser, UpdateHumanUserRequest, UserIdRequest};
use leptos::prelude::*;

use crate::client;
use crate::i18n::{t, Msg};
use crate::locale::{self, native_name};

#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let current = locale::lang();
    let languages = RwSignal::new(vec![current.to_owned()]);
    client::spawn(async move {
        if let Ok(general) = client::call::<GetGeneralSettings>(&GetGeneralSettingsRequest::default()).await {
            let mut shipped = general.supported_languages;
            shipped.retain(|code| native_name(code).is_some());
            if !shipped.is_empty() {
                languages.set(shipped);
            }
        }
    });
    let busy = RwSignal::new(false);
    let on_change = move |ev: leptos::ev::Event| {
        let code = event_target_value(&ev);
        if code == current || busy.get_untracked() {
            return;
        }
        busy.set(true);
        locale::remember(&code);
        client::spawn(async move {
            crate::lazy::save_language(code).await;
            locale::reload_without_lang_param();
        });
    };
    view! {
        // A landmark (like the language selectors of GOV.UK), so it is not content outside every region.
        <nav class="language-switcher" aria-label=t(Msg::LanguageSwitcherLabel)>
            <label for="language-switcher" class="visually-hidden">{t(Msg::LanguageSwitcherLabel)}</label>
            <select id="language-switcher" autocomplete="off" on:change=on_change disabled=move || busy.get()>
                {move || {
                    languages
                        .get()
                        .into_iter()
                        .map(|code| {
                            let name = native_name(&code).unwrap_or_default();
                            let selected = code == current;
                            view! { <option value=code.clone() lang=code selected=selected>{name}</option> }
                        })
                        .collect_view()
                }}
            </select>
        </nav>
    }
}

/// The signed-in user's preferred language follows the switcher (it also picks the language of their mails).
/// Best effort: the cookie already carries the choice for this browser. Loaded when used ([`crate::lazy`]).
pub async fn save_for_signed_in_user(code: String) {
    let code = code.as_str();
    let Ok(sessions) = crate::sessions::browser_sessions().await else { return };
    let Some(session) = crate::sessions::pick_signed_in(sessions, None) else { return };
    let Some(user_id) = crate::sessions::user_id(&session).map(str::to_owned) else { return };
    let Ok(found) = client::call::<GetUserByID>(&UserIdRequest { user_id: user_id.clone() }).await else { return };
    let Some(human) = found.user.human else { return };
    let profile = human.profile;
    let request = UpdateHumanUserRequest {
        user_id,
        profile: Some(SetHumanProfile {
            given_name: profile.given_name,
            family_name: profile.family_name,
            nick_name: profile.nick_name,
            display_name: profile.display_name,
            preferred_language: Some(code.to_owned()),
            gender: profile.gender,
        }),
        ..Default::default()
    };
    let _ = client::call::<UpdateHumanUser>(&request).await;
}
