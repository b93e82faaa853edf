//! `/otp/time-based/set`, `/otp/sms/set`, `/otp/email/set` (`?loginName=..&sessionId=..[&checkAfter=true]`): set up
//! a second factor. The authenticator app shows a QR code and the key for manual entry and is finished by one code;
//! codes by SMS/email need a verified number/address and are switched on at once. Afterwards: the check page when
//! in a login (`checkAfter`), else back to the profile.

use gatehouse_api::mfa::{
    AddOTPEmail, AddOTPSMS, RegisterTOTP, RegisterTotpResponse, VerifyTOTPRegistration, VerifyTotpRegistrationRequest,
};
use gatehouse_api::user::UserIdRequest;
use gatehouse_api::ApiError;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::client;
use crate::components::qr_code::QrCodeImage;
use crate::components::{Card, ErrorBanner, SubmitButton, TextField};
use crate::flow::{self, Factor};
use crate::i18n::{second_factor_error, t, Msg};
use crate::links::{self, param};
use crate::load::Load;
use crate::pages::use_query_param;

pub const CHECK_AFTER: &str = "checkAfter";

#[component]
pub fn OtpTotpSet() -> impl IntoView {
    let session_id = use_query_param(param::SESSION_ID);
    let registration = Load::new(move || register(session_id.get_untracked()));
    view! {
        <Card title=Msg::TotpSetTitle>
            {registration.view(|(user_id, answer)| view! { <TotpEnrolment user_id answer /> })}
        </Card>
    }
}

async fn register(session_id: Option<String>) -> Result<(String, RegisterTotpResponse), ApiError> {
    let login = flow::load_current(session_id).await?;
    let answer = client::call::<RegisterTOTP>(&UserIdRequest { user_id: login.user_id.clone() }).await?;
    Ok((login.user_id, answer))
}

fn query(name: &str) -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|s| links::query_value(&s, name))
        .unwrap_or_default()
}

/// Set up during a login (`/mfa/set`), rather than from the profile.
fn check_after() -> bool {
    query(CHECK_AFTER) == "true"
}

/// Where to go once a factor is set up: its check page in a login, else the profile.
fn next_page(factor: Factor) -> String {
    let session_id = query(param::SESSION_ID);
    if check_after() {
        let login_name = query(param::LOGIN_NAME);
        links::with_query(factor.check_path(), &[(param::LOGIN_NAME, &login_name), (param::SESSION_ID, &session_id)])
    } else {
        links::profile(&session_id)
    }
}

#[component]
fn TotpEnrolment(user_id: String, answer: RegisterTotpResponse) -> impl IntoView {
    let navigate = use_navigate();
    let code = RwSignal::new(String::new());
    let code_error = RwSignal::new(None::<Msg>);
    let pending = RwSignal::new(false);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if pending.get_untracked() {
            return;
        }
        let typed = code.get_untracked().trim().to_owned();
        if typed.is_empty() {
            code_error.set(Some(Msg::CodeRequired));
            return;
        }
        pending.set(true);
        let (navigate, user_id) = (navigate.clone(), user_id.clone());
        client::spawn(async move {
            let request = VerifyTotpRegistrationRequest { user_id: user_id.clone(), code: typed };
            match client::call::<VerifyTOTPRegistration>(&request).await {
                // In a login, the code just proved the app on this session too: the login goes on from here.
                Ok(_) if check_after() => match flow::after_second_factor(&query(param::SESSION_ID)).await {
                    Ok(next) => navigate(&next, Default::default()),
                    Err(_) => navigate(&next_page(Factor::Totp), Default::default()),
                },
                Ok(_) => navigate(&next_page(Factor::Totp), Default::default()),
                Err(error) => {
                    pending.set(false);
                    code_error.set(Some(second_factor_error(&error)));
                }
            }
        });
    };
    view! {
        <p class="muted">{t(Msg::TotpSetIntro)}</p>
        <QrCodeImage text=answer.uri.clone() />
        <p class="field-label">{t(Msg::TotpSecretLabel)}</p>
        <p>
            <code id="totp-secret" class="secret">
                {answer.secret.clone()}
            </code>
        </p>
        <form id="totp-set-form" on:submit=on_submit novalidate>
            <TextField
                id="code"
                label=Msg::CodeLabel
                autocomplete="one-time-code"
                inputmode="numeric"
                value=code
                error=code_error
            />
            <SubmitButton label=Msg::Verify pending_label=Msg::Verifying pending />
        </form>
    }
}

#[component]
pub fn OtpSmsSet() -> impl IntoView {
    view! { <OtpChannelSet factor=Factor::OtpSms /> }
}

#[component]
pub fn OtpEmailSet() -> impl IntoView {
    view! { <OtpChannelSet factor=Factor::OtpEmail /> }
}

/// Switches codes by SMS or email on for the user and moves on; errors (no verified number/address) stay on the
/// page with a way to the profile, where the number or address is verified.
#[component]
fn OtpChannelSet(factor: Factor) -> impl IntoView {
    let navigate = use_navigate();
    let session_id = use_query_param(param::SESSION_ID);
    let error = RwSignal::new(None::<Msg>);
    let pending = RwSignal::new(false);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if pending.get_untracked() {
            return;
        }
        pending.set(true);
        let (navigate, sid) = (navigate.clone(), session_id.get_untracked());
        client::spawn(async move {
            let outcome = match flow::load_current(sid).await {
                Ok(login) => {
                    let request = UserIdRequest { user_id: login.user_id };
                    if factor == Factor::OtpSms {
                        client::call::<AddOTPSMS>(&request).await.map(|_| ())
                    } else {
                        client::call::<AddOTPEmail>(&request).await.map(|_| ())
                    }
                }
                Err(e) => Err(e),
            };
            match outcome {
                Ok(()) => navigate(&next_page(factor), Default::default()),
                Err(e) => {
                    pending.set(false);
                    error.set(Some(second_factor_error(&e)));
                }
            }
        });
    };
    let (title, intro) = if factor == Factor::OtpSms {
        (Msg::OtpSmsSetTitle, Msg::OtpSmsSetIntro)
    } else {
        (Msg::OtpEmailSetTitle, Msg::OtpEmailSetIntro)
    };
    let profile = links::profile(&session_id.get_untracked().unwrap_or_default());
    view! {
        <Card title=title>
            <p class="muted">{t(intro)}</p>
            <form id="otp-set-form" on:submit=on_submit novalidate>
                <ErrorBanner error=error />
                <SubmitButton label=Msg::TurnOn pending_label=Msg::Saving pending />
            </form>
            <p class="alternatives">
                <a id="profile-link" href=profile>
                    {t(Msg::ProfileLink)}
                </a>
            </p>
        </Card>
    }
}
