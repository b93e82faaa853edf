//! `/otp/time-based`, `/otp/sms`, `/otp/email` (`?loginName=..&sessionId=..`): the second-factor code after the first
//! factor. For SMS and email the page first asks the server to send a code (the session's challenge), then checks
//! what the user types; the server refuses wrong, reused and expired codes and counts failures towards the lockout.

use gatehouse_api::session::{
    Checks, OtpEmailSendCode, RequestChallenges, RequestOtpEmail, RequestOtpSms, SetSession, SetSessionRequest,
};
use gatehouse_api::ApiError;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use serde_json::json;

use crate::client;
use crate::components::{Card, ErrorBanner, StatusMessage, SubmitButton, TextField};
use crate::flow::{self, Factor};
use crate::i18n::{second_factor_error, t, Msg};
use crate::links::{param, with_query};
use crate::pages::use_query_param;

#[component]
pub fn OtpTotp() -> impl IntoView {
    view! { <OtpCheck factor=Factor::Totp /> }
}

#[component]
pub fn OtpSms() -> impl IntoView {
    view! { <OtpCheck factor=Factor::OtpSms /> }
}

#[component]
pub fn OtpEmail() -> impl IntoView {
    view! { <OtpCheck factor=Factor::OtpEmail /> }
}

/// Asks the server to send a code for this session's check (SMS or email).
pub async fn send_code(session_id: &str, factor: Factor) -> Result<(), ApiError> {
    let challenges = match factor {
        Factor::OtpSms => {
            RequestChallenges { otp_sms: Some(RequestOtpSms { return_code: false }), ..Default::default() }
        }
        Factor::OtpEmail => RequestChallenges {
            otp_email: Some(RequestOtpEmail { send_code: Some(OtpEmailSendCode::default()), return_code: None }),
            ..Default::default()
        },
        _ => return Ok(()),
    };
    let request =
        SetSessionRequest { session_id: session_id.to_owned(), challenges: Some(challenges), ..Default::default() };
    client::call::<SetSession>(&request).await.map(|_| ())
}

/// Adds a second-factor check (`totp`, `otpSms`, `otpEmail`, `recoveryCode`) with `code` to the session.
pub async fn check_code(session_id: &str, factor: Factor, code: &str) -> Result<(), ApiError> {
    let value = Some(json!({ "code": code }));
    let mut checks = Checks::default();
    match factor {
        Factor::Totp => checks.totp = value,
        Factor::OtpSms => checks.otp_sms = value,
        Factor::OtpEmail => checks.otp_email = value,
        Factor::RecoveryCode => checks.recovery_code = value,
        Factor::U2f => return Ok(()),
    }
    let request = SetSessionRequest { session_id: session_id.to_owned(), checks: Some(checks), ..Default::default() };
    client::call::<SetSession>(&request).await.map(|_| ())
}

#[component]
fn OtpCheck(factor: Factor) -> impl IntoView {
    let navigate = use_navigate();
    let login_name = use_query_param(param::LOGIN_NAME);
    let session_id = use_query_param(param::SESSION_ID);
    let code = RwSignal::new(String::new());
    let code_error = RwSignal::new(None::<Msg>);
    let form_error = RwSignal::new(None::<Msg>);
    let status = RwSignal::new(None::<Msg>);
    let pending = RwSignal::new(false);

    let send = move || {
        let Some(id) = session_id.get_untracked() else { return };
        client::spawn(async move {
            match send_code(&id, factor).await {
                Ok(()) => status.set(Some(Msg::CodeSent)),
                Err(error) => form_error.set(Some(second_factor_error(&error))),
            }
        });
    };
    if matches!(factor, Factor::OtpSms | Factor::OtpEmail) {
        send();
    }

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if pending.get_untracked() {
            return;
        }
        let Some(id) = session_id.get_untracked() else { return };
        let typed = code.get_untracked().trim().to_owned();
        if typed.is_empty() {
            code_error.set(Some(Msg::CodeRequired));
            return;
        }
        pending.set(true);
        form_error.set(None);
        let navigate = navigate.clone();
        client::spawn(async move {
            let outcome = match check_code(&id, factor, &typed).await {
                Ok(()) => flow::after_second_factor(&id).await,
                Err(error) => Err(error),
            };
            match outcome {
                Ok(next) => navigate(&next, Default::default()),
                Err(error) => {
                    pending.set(false);
                    code_error.set(Some(second_factor_error(&error)));
                }
            }
        });
    };

    let (title, intro) = match factor {
        Factor::OtpSms => (Msg::OtpSmsTitle, Msg::OtpSmsIntro),
        Factor::OtpEmail => (Msg::OtpEmailTitle, Msg::OtpEmailIntro),
        _ => (Msg::TotpTitle, Msg::TotpIntro),
    };
    let name = login_name.get_untracked().unwrap_or_default();
    let sid = session_id.get_untracked().unwrap_or_default();
    let other_href = with_query(flow::MFA, &[(param::LOGIN_NAME, &name), (param::SESSION_ID, &sid)]);
    let recovery_href = with_query(flow::RECOVERY_CODE, &[(param::LOGIN_NAME, &name), (param::SESSION_ID, &sid)]);
    view! {
        <Card title=title>
            <p class="identity">
                <span class="identity-name">{move || crate::branding::shown_login_name(&name)}</span>
            </p>
            <p class="muted">{t(intro)}</p>
            <StatusMessage status=status />
            <form id="otp-form" on:submit=on_submit novalidate>
                <ErrorBanner error=form_error />
                <TextField
                    id="code"
                    label=Msg::CodeLabel
                    autocomplete="one-time-code"
                    inputmode="numeric"
                    value=code
                    error=code_error
                    autofocus=true
                />
                <SubmitButton label=Msg::Verify pending_label=Msg::Verifying pending />
            </form>
            {matches!(factor, Factor::OtpSms | Factor::OtpEmail)
                .then(|| {
                    view! {
                        <button id="resend-code" type="button" class="button secondary" on:click=move |_| send()>
                            {t(Msg::Resend)}
                        </button>
                    }
                })}
            <p class="alternatives">
                <a id="other-method" href=other_href>
                    {t(Msg::OtherMethod)}
                </a>
                " · "
                <a id="use-recovery-code" href=recovery_href>
                    {t(Msg::UseRecoveryCode)}
                </a>
            </p>
        </Card>
    }
}
