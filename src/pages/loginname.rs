//! `/loginname`: who is signing in. Checks that the account exists by starting a session with a user check,
//! then hands over to the password step. The form is in the main wasm; what "Continue" does and the extra ways
//! in (passkey, identity providers) come in chunks ([`crate::lazy`]).

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
            match crate::lazy::login_name_next(name).await {
                Next::Go(href) => navigate(&href, Default::default()),
                Next::Left => {}
                Next::NameError(msg) => {
                    pending.set(false);
                    login_name_error.set(Some(msg));
                }
                Next::FormError(msg) => {
                    pending.set(false);
                    form_error.set(Some(msg));
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
            {crate::lazy::passkey_sign_in()}
            {crate::lazy::login_idp_buttons()}
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

/// What "Continue" leads to.
pub enum Next {
    /// The next page of the login.
    Go(String),
    /// The browser is leaving for the org's identity provider.
    Left,
    NameError(Msg),
    FormError(Msg),
}

/// Checks the name and picks the next page. In the `signin` chunk ([`crate::lazy::login_name_next`]): the login
/// page's first load carries only the form.
pub async fn next_step(name: String) -> Next {
    // Domain discovery: an email of an org that signs in with its own identity provider goes there.
    match crate::pages::idp::discovered_provider(&name).await {
        Ok(Some(url)) => {
            crate::pages::idp::leave_for(&url);
            return Next::Left;
        }
        Ok(None) => {}
        Err(error) => return Next::FormError(error_message(&error)),
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
            Next::Go(crate::pages::passkey::first_step(&name, &created.session_id).await)
        }
        Err(error) => {
            if error.id == error_ids::USER_NOT_FOUND && crate::pages::password::unknown_names_hidden().await {
                // The login policy hides which names exist: an unknown one goes on to the password step like a
                // known one, and fails there with the message a wrong password gets.
                return Next::Go(links::password(&name, ""));
            }
            match error.code {
                Code::NotFound => Next::NameError(Msg::UserNotFound),
                // The name fits users of several orgs: the full login name tells them apart.
                _ if error.id == error_ids::LOGIN_NAME_AMBIGUOUS => Next::NameError(Msg::LoginNameAmbiguous),
                _ => Next::FormError(error_message(&error)),
            }
        }
    }
}
