//! `/verify?userId=..&loginName=..[&code=..][&send=true]`: email verification. A code from the mailed link is
//! only prefilled, never submitted by itself: mail scanners open links, and must not use up the code.

use std::time::Duration;

use gatehouse_api::user::{
    CodeDelivery, ResendEmailCode, ResendEmailCodeRequest, SendCode, VerifyEmail, VerifyEmailRequest,
};
use gatehouse_api::{ApiError, Code};
use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::client;
use crate::components::{Card, ErrorBanner, StatusMessage, SubmitButton, TextField};
use crate::i18n::{error_ids, error_message, resend_in, t, verify_intro, Msg};
use crate::links::{self, param};
use crate::pages::use_query_param;
use crate::sessions;

/// How long "send a new code" stays disabled after a code was sent.
const RESEND_COOLDOWN_SECS: u32 = 30;

#[component]
pub fn Verify() -> impl IntoView {
    let navigate = use_navigate();
    let user_id = use_query_param(param::USER_ID);
    let login_name = use_query_param(param::LOGIN_NAME);
    let code_param = use_query_param(param::CODE);
    let send_on_open = use_query_param(param::SEND);

    let code = RwSignal::new(code_param.get_untracked().unwrap_or_default());
    let code_error = RwSignal::new(None::<Msg>);
    let form_error = RwSignal::new(None::<Msg>);
    let status = RwSignal::new(None::<Msg>);
    let pending = RwSignal::new(false);
    let sending = RwSignal::new(false);
    let cooldown = RwSignal::new(0_u32);

    // Counts the resend cooldown down once a second. The interval lives as long as the page.
    if let Ok(interval) = set_interval_with_handle(
        move || {
            if cooldown.try_get_untracked().unwrap_or(0) > 0 {
                cooldown.update(|secs| *secs -= 1);
            }
        },
        Duration::from_secs(1),
    ) {
        on_cleanup(move || interval.clear());
    }

    let resend = move || {
        let Some(user) = user_id.get_untracked() else { return };
        if sending.get_untracked() || cooldown.get_untracked() > 0 {
            return;
        }
        sending.set(true);
        form_error.set(None);
        client::spawn(async move {
            let request = ResendEmailCodeRequest {
                user_id: user,
                delivery: CodeDelivery { send_code: Some(SendCode::default()), ..Default::default() },
            };
            let outcome = client::call::<ResendEmailCode>(&request).await;
            sending.set(false);
            match outcome {
                Ok(_) => {
                    status.set(Some(Msg::CodeSent));
                    cooldown.set(RESEND_COOLDOWN_SECS);
                }
                Err(error) => form_error.set(Some(verify_error_message(&error))),
            }
        });
    };

    // `send=true` (from the password step's "verify" link): mail a fresh code once, when the page opens.
    if send_on_open.get_untracked().as_deref() == Some("true") {
        resend();
    }

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if pending.get_untracked() {
            return;
        }
        let Some(user) = user_id.get_untracked() else { return };
        let entered = code.get_untracked().trim().to_owned();
        if entered.is_empty() {
            code_error.set(Some(Msg::CodeRequired));
            return;
        }
        form_error.set(None);
        status.set(None);
        pending.set(true);
        let login = login_name.get_untracked().unwrap_or_default();
        let navigate = navigate.clone();
        client::spawn(async move {
            let request = VerifyEmailRequest { user_id: user.clone(), verification_code: entered };
            if let Err(error) = client::call::<VerifyEmail>(&request).await {
                pending.set(false);
                match error.id.as_str() {
                    error_ids::CODE_INVALID | error_ids::CODE_EXPIRED => code_error.set(Some(error_message(&error))),
                    _ => form_error.set(Some(verify_error_message(&error))),
                }
                return;
            }
            // Straight in if this browser already proved the password for this user (registration, or the
            // password step that asked for verification); otherwise sign in, with the name filled in.
            let next = match sessions::browser_sessions().await {
                Ok(list) => sessions::signed_in_for_user(list, &user).map(|s| links::signedin(&s.id)),
                Err(_) => None,
            };
            navigate(&next.unwrap_or_else(|| links::email_verified(&login)), Default::default());
        });
    };

    // Read once: the page is remounted whenever the path changes, and these only come with the link.
    let has_user = user_id.get_untracked().is_some();
    let intro = match login_name.get_untracked().filter(|name| name.contains('@')) {
        Some(email) => verify_intro(&email),
        None => t(Msg::VerifyIntroGeneric).to_owned(),
    };
    let resend_disabled = move || !has_user || sending.get() || cooldown.get() != 0;
    let resend_label = move || match (sending.get(), cooldown.get()) {
        (true, _) => t(Msg::Sending).to_owned(),
        (false, 0) => t(Msg::Resend).to_owned(),
        (false, secs) => resend_in(secs),
    };

    view! {
        <Card title=Msg::VerifyTitle focus_heading=false>
            <StatusMessage status />
            {if has_user {
                Either::Left(view! { <p class="intro">{intro}</p> })
            } else {
                Either::Right(
                    view! {
                        <p class="banner banner-error" role="alert">
                            {t(Msg::VerifyLinkIncomplete)}
                            " "
                            <a href=links::LOGINNAME>{t(Msg::GoToSignIn)}</a>
                        </p>
                    },
                )
            }}
            <form on:submit=on_submit novalidate>
                <ErrorBanner error=form_error />
                <TextField
                    id="code"
                    label=Msg::CodeLabel
                    autocomplete="one-time-code"
                    value=code
                    error=code_error
                    autofocus=true
                />
                <SubmitButton
                    label=Msg::Verify
                    pending_label=Msg::Verifying
                    pending
                    blocked=Signal::stored(!has_user)
                />
                <button
                    id="resend"
                    type="button"
                    class="button secondary"
                    disabled=resend_disabled
                    on:click=move |_| resend()
                >
                    {resend_label}
                </button>
            </form>
        </Card>
    }
}

/// Errors of the verify calls: an unknown user here means a broken or outdated link, not a mistyped name.
fn verify_error_message(error: &ApiError) -> Msg {
    match error.code {
        Code::NotFound => Msg::VerifyUserUnknown,
        _ => error_message(error),
    }
}
