//! `/mfa` (choose among the user's second factors) and `/mfa/set` (set one up now, or skip when the policy allows),
//! both `?loginName=..&sessionId=..`; `/mfa/set?force=true` when the login policy requires MFA (no skip; the server
//! refuses a skip then anyway).

use gatehouse_api::mfa::HumanMFAInitSkipped;
use gatehouse_api::settings::SecondFactorType;
use gatehouse_api::user::UserIdRequest;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::client;
use crate::components::{ActionButton, Card, ErrorBanner};
use crate::flow::{self, Factor, Login};
use crate::i18n::{second_factor_error, t, Msg};
use crate::links::{self, param, with_query};
use crate::load::Load;
use crate::pages::otp_set::CHECK_AFTER;
use crate::pages::use_query_param;

pub fn factor_name(factor: Factor) -> Msg {
    match factor {
        Factor::Totp => Msg::AuthenticatorApp,
        Factor::OtpSms => Msg::SmsCodes,
        Factor::OtpEmail => Msg::EmailCodes,
        Factor::U2f => Msg::SecurityKey,
        Factor::RecoveryCode => Msg::RecoveryCodesName,
    }
}

fn factor_slug(factor: Factor) -> &'static str {
    match factor {
        Factor::Totp => "totp",
        Factor::OtpSms => "otp-sms",
        Factor::OtpEmail => "otp-email",
        Factor::U2f => "u2f",
        Factor::RecoveryCode => "recovery-code",
    }
}

#[component]
pub fn Mfa() -> impl IntoView {
    let session_id = use_query_param(param::SESSION_ID);
    let login = Load::new(move || async move { flow::load(&session_id.get_untracked().unwrap_or_default()).await });
    view! {
        <Card title=Msg::MfaTitle>
            {login
                .view(|login: Login| {
                    let factors = flow::usable_factors(&login.settings, &login.methods);
                    view! {
                        <p class="muted">{t(Msg::MfaIntro)}</p>
                        <ul class="choice-list">
                            {factors
                                .into_iter()
                                .map(|factor| {
                                    let href = flow::page(factor.check_path(), &login);
                                    view! {
                                        <li>
                                            <a
                                                id=format!("mfa-{}", factor_slug(factor))
                                                class="button secondary"
                                                href=href
                                            >
                                                {t(factor_name(factor))}
                                            </a>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                })}
        </Card>
    }
}

/// The factors `/mfa/set` offers: those the policy allows that can be set up in a login (recovery codes follow a
/// first factor, from the profile).
fn offered(login: &Login) -> Vec<Factor> {
    let allowed = &login.settings.second_factors;
    [
        (Factor::Totp, SecondFactorType::Otp),
        (Factor::U2f, SecondFactorType::U2f),
        (Factor::OtpEmail, SecondFactorType::OtpEmail),
        (Factor::OtpSms, SecondFactorType::OtpSms),
    ]
    .into_iter()
    .filter(|(_, t)| allowed.contains(t))
    .map(|(f, _)| f)
    .collect()
}

#[component]
pub fn MfaSet() -> impl IntoView {
    let session_id = use_query_param(param::SESSION_ID);
    let forced = use_query_param(flow::FORCE);
    let login = Load::new(move || async move { flow::load(&session_id.get_untracked().unwrap_or_default()).await });
    view! {
        <Card title=Msg::MfaSetTitle>
            {move || {
                let forced = forced.get().as_deref() == Some("true");
                login.view(move |login: Login| view! { <MfaSetChoices login forced /> })
            }}
        </Card>
    }
}

#[component]
fn MfaSetChoices(login: Login, forced: bool) -> impl IntoView {
    let navigate = use_navigate();
    let skipping = RwSignal::new(false);
    let error = RwSignal::new(None::<Msg>);
    let (user_id, session_id) = (login.user_id.clone(), login.session_id.clone());
    let skip = Callback::new(move |()| {
        skipping.set(true);
        let (navigate, user_id, session_id) = (navigate.clone(), user_id.clone(), session_id.clone());
        client::spawn(async move {
            match client::call::<HumanMFAInitSkipped>(&UserIdRequest { user_id }).await {
                Ok(_) => navigate(&links::signedin(&session_id), Default::default()),
                Err(e) => {
                    skipping.set(false);
                    error.set(Some(second_factor_error(&e)));
                }
            }
        });
    });
    let choices = offered(&login)
        .into_iter()
        .map(|factor| {
            let href = with_query(
                factor.set_path(),
                &[
                    (param::LOGIN_NAME, &login.login_name),
                    (param::SESSION_ID, &login.session_id),
                    (CHECK_AFTER, "true"),
                ],
            );
            view! {
                <li>
                    <a id=format!("set-{}", factor_slug(factor)) class="button secondary" href=href>
                        {t(factor_name(factor))}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <p class="muted">{t(if forced { Msg::MfaSetForcedIntro } else { Msg::MfaSetIntro })}</p>
        <ErrorBanner error=error />
        <ul class="choice-list">{choices}</ul>
        {(!forced)
            .then(|| {
                view! {
                    <ActionButton
                        id="mfa-skip"
                        label=Msg::Skip
                        pending_label=Msg::Saving
                        pending=skipping
                        on_click=skip
                        secondary=true
                    />
                }
            })}
    }
}
