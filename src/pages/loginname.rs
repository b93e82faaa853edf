//! `/loginname`: who is signing in. Checks that the account exists by starting a session with a user check,
//! then hands over to the password step.

use gatehouse_api::session::{CheckUser, Checks, CreateSession, CreateSessionRequest};
use gatehouse_api::Code;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::client;
use crate::components::{Card, ErrorBanner, StatusMessage, SubmitButton, TextField};
use crate::i18n::{error_ids, error_message, t, Msg};
use crate::links::{self, param};
use crate::pages::use_query_param;

#[component]
pub fn LoginName() -> impl IntoView {
    let navigate = use_navigate();
    let prefill = use_query_param(param::LOGIN_NAME);
    let logged_out = use_query_param(param::LOGGED_OUT);
    let verified = use_query_param(param::VERIFIED);

    let login_name = RwSignal::new(prefill.get_untracked().unwrap_or_default());
    let login_name_error = RwSignal::new(None::<Msg>);
    let form_error = RwSignal::new(None::<Msg>);
    let pending = RwSignal::new(false);
    let status = if verified.get_untracked().is_some() {
        Some(Msg::EmailVerifiedSignIn)
    } else if logged_out.get_untracked().is_some() {
        Some(Msg::SignedOut)
    } else {
        None
    };

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if pending.get_untracked() {
            return;
        }
        let name = login_name.get_untracked().trim().to_owned();
        if name.is_empty() {
            login_name_error.set(Some(Msg::LoginNameRequired));
            return;
        }
        form_error.set(None);
        pending.set(true);
        let navigate = navigate.clone();
        client::spawn(async move {
            // Domain discovery: an email of an org that signs in with its own identity provider goes there.
            match crate::pages::idp::discovered_provider(&name).await {
                Ok(Some(url)) => return crate::pages::idp::leave_for(&url),
                Ok(None) => {}
                Err(error) => {
                    pending.set(false);
                    return form_error.set(Some(error_message(&error)));
                }
            }
            let request = CreateSessionRequest {
                checks: Some(Checks {
                    user: Some(CheckUser { login_name: Some(name.clone()), ..Default::default() }),
                    ..Default::default()
                }),
                ..Default::default()
            };
            match client::call::<CreateSession>(&request).await {
                Ok(created) => {
                    // "Back" from the password step returns here with the name filled in.
                    links::remember_current_url(&links::loginname(&name));
                    navigate(&crate::pages::passkey::first_step(&name, &created.session_id).await, Default::default());
                }
                Err(error) => {
                    if error.id == error_ids::USER_NOT_FOUND && crate::pages::password::unknown_names_hidden().await {
                        // The login policy hides which names exist: an unknown one goes on to the password step
                        // like a known one, and fails there with the message a wrong password gets.
                        return navigate(&links::password(&name, ""), Default::default());
                    }
                    pending.set(false);
                    match error.code {
                        Code::NotFound => login_name_error.set(Some(Msg::UserNotFound)),
                        // The name fits users of several orgs: the full login name tells them apart.
                        _ if error.id == error_ids::LOGIN_NAME_AMBIGUOUS => {
                            login_name_error.set(Some(Msg::LoginNameAmbiguous))
                        }
                        _ => form_error.set(Some(error_message(&error))),
                    }
                }
            }
        });
    };

    view! {
        <Card title=Msg::LoginNameTitle focus_heading=false>
            <StatusMessage status=Signal::stored(status) />
            <p class="intro">{t(Msg::LoginNameIntro)}</p>
            <form on:submit=on_submit novalidate>
                <ErrorBanner error=form_error />
                <TextField
                    id="loginName"
                    label=Msg::LoginNameLabel
                    autocomplete="username webauthn"
                    value=login_name
                    error=login_name_error
                    autofocus=true
                />
                <SubmitButton label=Msg::Continue pending_label=Msg::Checking pending />
            </form>
            <crate::pages::passkey::PasskeySignIn />
            <crate::components::IdpButtons separator=true />
            <p class="alternative">
                {t(Msg::NoAccountYet)}
                " "
                <a href=links::REGISTER id="register-link">
                    {t(Msg::CreateAccountLink)}
                </a>
            </p>
        </Card>
    }
}
