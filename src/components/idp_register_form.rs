//! "Create your account" after a first sign-in with an external provider: the provider's claims fill the form in,
//! the user checks them, and the account is created with the identity linked, then signed in with the intent.

use gatehouse_api::user::{AddHumanUser, AddHumanUserRequest, SetHumanEmail, SetHumanProfile};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::client;
use crate::components::{ErrorBanner, SubmitButton, TextField};
use crate::i18n::{error_ids, error_message, idp_register_intro, Msg};
use crate::pages::idp::sign_in_with_intent;
use crate::pages::idp_success::Choice;

/// The request to send: the provider's prefill with what the user typed. An email address the user changed is no
/// longer the provider's, so it is not taken as verified (the server mails a code instead).
pub fn registration(
    prefill: &AddHumanUserRequest,
    given: &str,
    family: &str,
    email: &str,
    username: &str,
) -> AddHumanUserRequest {
    let mut request = prefill.clone();
    let profile = request.profile.get_or_insert_with(SetHumanProfile::default);
    if profile.given_name != given || profile.family_name != family {
        // The provider's display name was made of the old names; the server derives a new one.
        profile.display_name = None;
    }
    profile.given_name = given.to_owned();
    profile.family_name = family.to_owned();
    let same_email = prefill.email.as_ref().is_some_and(|e| e.email.eq_ignore_ascii_case(email));
    if !same_email {
        request.email = Some(SetHumanEmail { email: email.to_owned(), ..Default::default() });
    }
    request.username = Some(username.to_owned()).filter(|u| !u.is_empty());
    request.password = None;
    request.hashed_password = None;
    request
}

#[component]
pub fn IdpRegisterForm(choice: Choice) -> impl IntoView {
    let navigate = use_navigate();
    let prefill = choice.prefill.clone();
    let profile = prefill.profile.clone().unwrap_or_default();
    let given_name = RwSignal::new(profile.given_name);
    let family_name = RwSignal::new(profile.family_name);
    let email = RwSignal::new(prefill.email.as_ref().map(|e| e.email.clone()).unwrap_or_default());
    let username = RwSignal::new(prefill.username.clone().unwrap_or_default());
    let given_name_error = RwSignal::new(None::<Msg>);
    let family_name_error = RwSignal::new(None::<Msg>);
    let email_error = RwSignal::new(None::<Msg>);
    let username_error = RwSignal::new(None::<Msg>);
    let form_error = RwSignal::new(None::<Msg>);
    let pending = RwSignal::new(false);
    let intent = choice.intent.clone();

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if pending.get_untracked() {
            return;
        }
        let given = given_name.get_untracked().trim().to_owned();
        let family = family_name.get_untracked().trim().to_owned();
        let address = email.get_untracked().trim().to_owned();
        let name = username.get_untracked().trim().to_owned();
        let mut valid = true;
        let mut require = |ok: bool, error: RwSignal<Option<Msg>>, msg: Msg| {
            if !ok {
                error.set(Some(msg));
                valid = false;
            }
        };
        require(!given.is_empty(), given_name_error, Msg::GivenNameRequired);
        require(!family.is_empty(), family_name_error, Msg::FamilyNameRequired);
        if address.is_empty() {
            require(false, email_error, Msg::EmailRequired);
        } else {
            require(address.contains('@') && !address.ends_with('@'), email_error, Msg::EmailInvalid);
        }
        require(!name.is_empty(), username_error, Msg::UsernameInvalid);
        if !valid {
            return;
        }
        form_error.set(None);
        pending.set(true);
        let request = registration(&prefill, &given, &family, &address, &name);
        let (navigate, intent) = (navigate.clone(), intent.clone());
        client::spawn(async move {
            let created = client::call::<AddHumanUser>(&request).await;
            let next = match created {
                Ok(created) => sign_in_with_intent(&created.user_id, &address, &intent).await,
                Err(error) => Err(error),
            };
            match next {
                Ok(href) => navigate(&href, NavigateOptions { replace: true, ..Default::default() }),
                Err(error) => {
                    pending.set(false);
                    match error.id.as_str() {
                        error_ids::USER_EXISTS => email_error.set(Some(Msg::EmailTaken)),
                        error_ids::EMAIL_INVALID => email_error.set(Some(Msg::EmailInvalid)),
                        _ => form_error.set(Some(error_message(&error))),
                    }
                }
            }
        });
    };

    view! {
        <form id="idp-register-form" on:submit=on_submit novalidate>
            <p class="intro">{idp_register_intro(&choice.provider)}</p>
            <ErrorBanner error=form_error />
            <TextField
                id="idp-givenName"
                label=Msg::GivenNameLabel
                autocomplete="given-name"
                value=given_name
                error=given_name_error
            />
            <TextField
                id="idp-familyName"
                label=Msg::FamilyNameLabel
                autocomplete="family-name"
                value=family_name
                error=family_name_error
            />
            <TextField
                id="idp-email"
                label=Msg::EmailLabel
                autocomplete="email"
                input_type="email"
                value=email
                error=email_error
            />
            <TextField
                id="idp-username"
                label=Msg::UsernameLabel
                autocomplete="username"
                value=username
                error=username_error
            />
            <SubmitButton label=Msg::CreateAccount pending_label=Msg::CreatingAccount pending />
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use gatehouse_api::user::CodeDelivery;

    fn prefill() -> AddHumanUserRequest {
        AddHumanUserRequest {
            username: Some("uma".into()),
            profile: Some(SetHumanProfile {
                given_name: "Uma".into(),
                family_name: "Upstream".into(),
                display_name: Some("Uma Upstream".into()),
                ..Default::default()
            }),
            email: Some(SetHumanEmail {
                email: "uma@example.com".into(),
                delivery: CodeDelivery { is_verified: Some(true), ..Default::default() },
            }),
            ..Default::default()
        }
    }

    #[test]
    fn the_providers_verified_email_stays_verified_only_while_unchanged() {
        let same = registration(&prefill(), "Uma", "Upstream", "Uma@Example.com", "uma");
        assert_eq!(same.email, prefill().email);
        assert_eq!(same.profile.unwrap().display_name.as_deref(), Some("Uma Upstream"));
        let changed = registration(&prefill(), "Ulla", "Upstream", "ulla@example.com", "");
        assert_eq!(changed.email.unwrap().delivery, CodeDelivery::default());
        assert_eq!(changed.profile.unwrap().display_name, None, "derived anew from the new names");
        assert_eq!(changed.username, None);
    }
}
