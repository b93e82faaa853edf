//! The "confirm it's you" dialog (`#reauth-dialog`), mounted once for the whole app. It opens when the server
//! refuses a sensitive change for want of a recent sign-in (see [`crate::reauth`]), asks for the password of the
//! signed-in user (or a passkey, for users without a password), re-checks this browser's session with SetSession,
//! and lets the refused request go again. The page underneath keeps its state. Only the switch is in the main
//! wasm: the dialog itself loads the first time it opens ([`crate::lazy::reauth_dialog`]).

use gatehouse_api::mfa::{
    AuthenticationMethodType, ListAuthenticationMethodTypes, ListAuthenticationMethodTypesRequest,
};
use gatehouse_api::session::{CheckPassword, Checks, SetSession, SetSessionRequest, UserVerificationRequirement};
use gatehouse_api::ApiError;
use leptos::prelude::*;

use crate::client;
use crate::components::{SubmitButton, TextField};
use crate::i18n::{error_message, t, Msg};
use crate::links::param;
use crate::load;
use crate::pages::use_query_param;
use crate::{reauth, sessions, webauthn};

/// Whom the dialog re-checks: this browser's signed-in session of the user the page shows.
#[derive(Clone)]
struct Target {
    session_id: String,
    login_name: String,
    password: bool,
    passkey: bool,
}

async fn load_target(session_id: Option<String>, user_id: Option<String>) -> Result<Target, ApiError> {
    let all = sessions::browser_sessions().await?;
    let session = match user_id {
        Some(user) => sessions::signed_in_for_user(all, &user),
        None => sessions::pick_signed_in(all, session_id.as_deref()),
    }
    .ok_or_else(load::signed_out)?;
    let user = session.factors.as_ref().and_then(|f| f.user.clone()).ok_or_else(load::signed_out)?;
    let request = ListAuthenticationMethodTypesRequest { user_id: user.id.clone(), domain_query: None };
    let methods = client::call::<ListAuthenticationMethodTypes>(&request).await?.auth_method_types;
    let passkey = methods.contains(&AuthenticationMethodType::Passkey) && webauthn::supported();
    Ok(Target {
        session_id: session.id,
        login_name: user.login_name,
        // Offer the password unless the user verifiably has none (and a passkey instead).
        password: methods.contains(&AuthenticationMethodType::Password) || !passkey,
        passkey,
    })
}

#[component]
pub fn ReauthDialog() -> impl IntoView {
    let open = RwSignal::new(false);
    reauth::register(open);
    on_cleanup(reauth::unregister);
    move || open.get().then(|| crate::lazy::reauth_dialog(open))
}

/// The open dialog: who to re-check, then the form.
#[component]
pub fn ReauthDialogBody(open: RwSignal<bool>) -> impl IntoView {
    let session_param = use_query_param(param::SESSION_ID);
    let user_param = use_query_param(param::USER_ID);
    let target = RwSignal::new(None::<Result<Target, ApiError>>);
    // Looked up each time the dialog opens (it is built anew then): who is signed in may have changed since.
    let (session_id, user_id) = (session_param.get_untracked(), user_param.get_untracked());
    client::spawn(async move {
        let found = load_target(session_id, user_id).await;
        target.try_set(Some(found));
    });
    let close = move |confirmed: bool| {
        open.set(false);
        reauth::settle(confirmed);
    };
    view! {
        <div class="reauth-backdrop">
            <div id="reauth-dialog" class="card reauth-dialog" role="dialog" aria-modal="true" aria-labelledby="reauth-title">
                <h2 id="reauth-title">{t(Msg::ReauthTitle)}</h2>
                {move || match target.get() {
                    None => view! { <p class="muted">{t(Msg::Loading)}</p> }.into_any(),
                    Some(Err(error)) => view! {
                        <p id="reauth-error" class="banner banner-error" role="alert">{t(error_message(&error))}</p>
                        <div class="actions">
                            <button id="reauth-cancel" type="button" class="button secondary" on:click=move |_| close(false)>
                                {t(Msg::Cancel)}
                            </button>
                        </div>
                    }.into_any(),
                    Some(Ok(target)) => view! { <ReauthForm target on_done=Callback::new(close) /> }.into_any(),
                }}
            </div>
        </div>
    }
}

#[component]
fn ReauthForm(target: Target, on_done: Callback<bool>) -> impl IntoView {
    let password = RwSignal::new(String::new());
    let password_error = RwSignal::new(None::<Msg>);
    let pending = RwSignal::new(false);
    let passkey_pending = RwSignal::new(false);
    let busy = Signal::derive(move || pending.get() || passkey_pending.get());
    let session_id = target.session_id.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        pending.set(true);
        password_error.set(None);
        let request = SetSessionRequest {
            session_id: session_id.clone(),
            checks: Some(Checks {
                password: Some(CheckPassword { password: password.get_untracked() }),
                ..Default::default()
            }),
            ..Default::default()
        };
        client::spawn(async move {
            let outcome = client::call::<SetSession>(&request).await;
            pending.set(false);
            match outcome {
                Ok(_) => on_done.run(true),
                Err(error) => password_error.set(Some(error_message(&error))),
            }
        });
    };
    let session_id = target.session_id.clone();
    let use_passkey = move |_| {
        if busy.get_untracked() {
            return;
        }
        passkey_pending.set(true);
        password_error.set(None);
        let session_id = session_id.clone();
        client::spawn(async move {
            let outcome =
                crate::pages::passkey::assert_on_session(&session_id, UserVerificationRequirement::Required).await;
            passkey_pending.set(false);
            match outcome {
                Ok(()) => on_done.run(true),
                Err(problem) => password_error.set(Some(problem.message())),
            }
        });
    };
    let intro = if target.password { Msg::ReauthIntro } else { Msg::ReauthIntroPasskey };
    view! {
        <p id="reauth-intro">{t(intro)}</p>
        <p id="reauth-login-name" class="muted">{target.login_name.clone()}</p>
        <form id="reauth-form" on:submit=submit novalidate=true>
            {target.password.then(|| view! {
                <TextField
                    id="reauth-password"
                    label=Msg::PasswordLabel
                    autocomplete="current-password"
                    input_type="password"
                    value=password
                    error=password_error
                    autofocus=true
                />
            })}
            {(!target.password).then(|| move || password_error.get().map(|msg| view! {
                <p id="reauth-password-error" class="field-error" role="alert">{t(msg)}</p>
            }))}
            <div class="actions">
                {target.password.then(|| view! {
                    <SubmitButton label=Msg::ReauthConfirm pending_label=Msg::ReauthChecking pending blocked=busy />
                })}
                {target.passkey.then(|| view! {
                    <button id="reauth-passkey" type="button" class="button" class=(["secondary"], target.password)
                        class=(["primary"], !target.password) disabled=move || busy.get() on:click=use_passkey>
                        {t(Msg::ReauthWithPasskey)}
                    </button>
                })}
                <button id="reauth-cancel" type="button" class="button secondary" on:click=move |_| on_done.run(false)>
                    {t(Msg::Cancel)}
                </button>
            </div>
        </form>
    }
}
