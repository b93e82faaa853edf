//! The account centre's profile form (`form#profile-form`): names, username, preferred language, gender, saved with
//! UpdateHumanUser. The server decides what a user may change about themselves.

use gatehouse_api::user::{Gender, SetHumanProfile, UpdateHumanUser, UpdateHumanUserRequest, User};
use leptos::prelude::*;

use crate::client;
use crate::components::{ErrorBanner, SelectField, SubmitButton, TextField};
use crate::i18n::{error_ids, error_message, t, Msg};
// Languages offered: every language the login ships, by its own name (endonyms are not translated).
use crate::locale::LANGUAGES;

#[component]
pub fn ProfileForm(user: User) -> impl IntoView {
    let human = user.human.clone().unwrap_or_default();
    let profile = human.profile;
    let given_name = RwSignal::new(profile.given_name.clone());
    let family_name = RwSignal::new(profile.family_name.clone());
    let nick_name = RwSignal::new(profile.nick_name.clone().unwrap_or_default());
    let display_name = RwSignal::new(profile.display_name.clone().unwrap_or_default());
    let username = RwSignal::new(user.username.clone());
    let language = RwSignal::new(profile.preferred_language.clone().unwrap_or_else(|| "en".into()));
    let gender = RwSignal::new(profile.gender.unwrap_or_default().as_str().to_owned());
    let (given_error, family_error, nick_error, display_error, username_error) = (
        RwSignal::new(None::<Msg>),
        RwSignal::new(None::<Msg>),
        RwSignal::new(None::<Msg>),
        RwSignal::new(None::<Msg>),
        RwSignal::new(None::<Msg>),
    );
    let form_error = RwSignal::new(None::<Msg>);
    let saved = RwSignal::new(false);
    let pending = RwSignal::new(false);
    let user_id = user.user_id.clone();

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if pending.get_untracked() {
            return;
        }
        let required = [
            (given_name, given_error, Msg::GivenNameRequired),
            (family_name, family_error, Msg::FamilyNameRequired),
            (username, username_error, Msg::UsernameRequired),
        ];
        let mut missing = false;
        for (value, error, msg) in required {
            if value.get_untracked().trim().is_empty() {
                error.set(Some(msg));
                missing = true;
            }
        }
        if missing {
            return;
        }
        let optional = |s: RwSignal<String>| Some(s.get_untracked().trim().to_owned()).filter(|v| !v.is_empty());
        let request = UpdateHumanUserRequest {
            user_id: user_id.clone(),
            username: Some(username.get_untracked().trim().to_owned()),
            profile: Some(SetHumanProfile {
                given_name: given_name.get_untracked().trim().to_owned(),
                family_name: family_name.get_untracked().trim().to_owned(),
                nick_name: optional(nick_name),
                display_name: optional(display_name),
                preferred_language: optional(language),
                gender: Gender::from_name(&gender.get_untracked()).filter(|g| *g != Gender::Unspecified),
            }),
            ..Default::default()
        };
        form_error.set(None);
        saved.set(false);
        pending.set(true);
        client::spawn(async move {
            let outcome = client::call::<UpdateHumanUser>(&request).await;
            pending.set(false);
            match outcome {
                Ok(_) => saved.set(true),
                Err(error) if error.id == error_ids::USER_EXISTS => username_error.set(Some(Msg::UsernameTaken)),
                Err(error) => form_error.set(Some(error_message(&error))),
            }
        });
    };

    let languages: Vec<(&'static str, String)> =
        LANGUAGES.iter().map(|(code, name)| (*code, (*name).to_owned())).collect();
    let genders = vec![
        (Gender::Unspecified.as_str(), t(Msg::GenderUnspecified).to_owned()),
        (Gender::Female.as_str(), t(Msg::GenderFemale).to_owned()),
        (Gender::Male.as_str(), t(Msg::GenderMale).to_owned()),
        (Gender::Diverse.as_str(), t(Msg::GenderDiverse).to_owned()),
    ];
    view! {
        <form id="profile-form" on:submit=on_submit novalidate>
            <ErrorBanner error=form_error />
            <div class="field-row">
                <TextField id="givenName" label=Msg::GivenNameLabel autocomplete="given-name" value=given_name error=given_error />
                <TextField id="familyName" label=Msg::FamilyNameLabel autocomplete="family-name" value=family_name error=family_error />
            </div>
            <div class="field-row">
                <TextField id="nickName" label=Msg::NickNameLabel autocomplete="nickname" value=nick_name error=nick_error />
                <TextField id="displayName" label=Msg::DisplayNameLabel autocomplete="name" value=display_name error=display_error />
            </div>
            <TextField id="username" label=Msg::UsernameLabel autocomplete="username" value=username error=username_error />
            <div class="field-row">
                <SelectField id="preferredLanguage" label=Msg::LanguageLabel options=languages value=language />
                <SelectField id="gender" label=Msg::GenderLabel options=genders value=gender />
            </div>
            {move || saved.get().then(|| view! { <p id="profile-saved" class="banner banner-info" role="status">{t(Msg::Saved)}</p> })}
            <SubmitButton label=Msg::Save pending_label=Msg::Saving pending />
        </form>
    }
}
