//! The profile's second factors: authenticator app, codes by email and SMS, recovery codes. Each shows whether it is
//! set up, with "set up" (its page) or "remove"; recovery codes are generated here and shown once.

use gatehouse_api::mfa::{
    AuthenticationMethodType, GenerateRecoveryCodes, GenerateRecoveryCodesRequest, ListAuthenticationMethodTypes,
    ListAuthenticationMethodTypesRequest, RemoveOTPEmail, RemoveOTPSMS, RemoveRecoveryCodes, RemoveTOTP,
};
use gatehouse_api::user::UserIdRequest;
use gatehouse_api::ApiError;
use leptos::prelude::*;

use crate::client;
use crate::components::{ActionButton, ErrorBanner};
use crate::flow::Factor;
use crate::i18n::{second_factor_error, t, Msg};
use crate::links::{param, with_query};
use crate::load::Load;

async fn methods(user_id: String) -> Result<Vec<AuthenticationMethodType>, ApiError> {
    let request = ListAuthenticationMethodTypesRequest { user_id, domain_query: None };
    Ok(client::call::<ListAuthenticationMethodTypes>(&request).await?.auth_method_types)
}

async fn remove(factor: Factor, user_id: String) -> Result<(), ApiError> {
    let request = UserIdRequest { user_id };
    match factor {
        Factor::Totp => client::call::<RemoveTOTP>(&request).await.map(|_| ()),
        Factor::OtpEmail => client::call::<RemoveOTPEmail>(&request).await.map(|_| ()),
        Factor::OtpSms => client::call::<RemoveOTPSMS>(&request).await.map(|_| ()),
        Factor::RecoveryCode => client::call::<RemoveRecoveryCodes>(&request).await.map(|_| ()),
        Factor::U2f => Ok(()),
    }
}

#[component]
pub fn SecondFactorList(user_id: String) -> impl IntoView {
    // The set-up pages continue this browser's session named in the profile's URL (or its signed-in one).
    let session_id = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|s| crate::links::query_value(&s, param::SESSION_ID))
        .unwrap_or_default();
    let list = Load::new({
        let user_id = user_id.clone();
        move || methods(user_id.clone())
    });
    let error = RwSignal::new(None::<Msg>);
    let busy = RwSignal::new(false);
    let fresh_codes = RwSignal::new(None::<Vec<String>>);
    view! {
        <div id="second-factors" class="second-factors">
            <h3 id="second-factors-title">{t(Msg::SecondFactorsTitle)}</h3>
            <ErrorBanner error=error />
            {list
                .view(move |methods| {
                    let has = |m| methods.contains(&m);
                    let rows = [
                        (Factor::Totp, has(AuthenticationMethodType::Totp)),
                        (Factor::OtpEmail, has(AuthenticationMethodType::OtpEmail)),
                        (Factor::OtpSms, has(AuthenticationMethodType::OtpSms)),
                    ];
                    let any_factor = rows.iter().any(|(_, on)| *on) || has(AuthenticationMethodType::U2f);
                    let recovery = has(AuthenticationMethodType::RecoveryCode);
                    let (user_id, session_id) = (user_id.clone(), session_id.clone());
                    view! {
                        <ul class="factor-list">
                            {rows
                                .into_iter()
                                .map(|(factor, on)| {
                                    view! {
                                        <FactorRow factor on user_id=user_id.clone() session_id=session_id.clone() list error busy />
                                    }
                                })
                                .collect_view()}
                        </ul>
                        <RecoveryCodes user_id=user_id.clone() any_factor recovery list error busy fresh_codes />
                    }
                })}
        </div>
    }
}

#[component]
fn FactorRow(
    factor: Factor,
    on: bool,
    user_id: String,
    session_id: String,
    list: Load<Vec<AuthenticationMethodType>>,
    error: RwSignal<Option<Msg>>,
    busy: RwSignal<bool>,
) -> impl IntoView {
    let slug = match factor {
        Factor::Totp => "totp",
        Factor::OtpEmail => "otp-email",
        _ => "otp-sms",
    };
    let removing = RwSignal::new(false);
    let on_remove = Callback::new(move |()| {
        removing.set(true);
        busy.set(true);
        error.set(None);
        let user_id = user_id.clone();
        client::spawn(async move {
            let outcome = remove(factor, user_id).await;
            removing.set(false);
            busy.set(false);
            match outcome {
                Ok(()) => list.reload(),
                Err(e) => error.set(Some(second_factor_error(&e))),
            }
        });
    });
    let set_href = with_query(factor.set_path(), &[(param::SESSION_ID, &session_id)]);
    view! {
        <li id=format!("factor-{slug}") class="factor-row">
            <span class="factor-name">{t(crate::pages::mfa::factor_name(factor))}</span>
            <span id=format!("factor-{slug}-status") class="badge" class:badge-success=on>
                {t(if on { Msg::FactorOn } else { Msg::FactorOff })}
            </span>
            {if on {
                view! {
                    <ActionButton
                        id=match factor {
                            Factor::Totp => "remove-totp",
                            Factor::OtpEmail => "remove-otp-email",
                            _ => "remove-otp-sms",
                        }
                        label=Msg::FactorRemove
                        pending_label=Msg::FactorRemoving
                        pending=removing
                        blocked=busy
                        on_click=on_remove
                        secondary=true
                    />
                }
                    .into_any()
            } else {
                view! {
                    <a id=format!("set-{slug}") class="button secondary" href=set_href>
                        {t(Msg::SetUp)}
                    </a>
                }
                    .into_any()
            }}
        </li>
    }
}

/// Recovery codes: generate (or regenerate, replacing all) once a second factor exists; the new set is shown once
/// with copy and download.
#[component]
fn RecoveryCodes(
    user_id: String,
    any_factor: bool,
    recovery: bool,
    list: Load<Vec<AuthenticationMethodType>>,
    error: RwSignal<Option<Msg>>,
    busy: RwSignal<bool>,
    fresh_codes: RwSignal<Option<Vec<String>>>,
) -> impl IntoView {
    let generating = RwSignal::new(false);
    let removing = RwSignal::new(false);
    let generate = Callback::new({
        let user_id = user_id.clone();
        move |()| {
            generating.set(true);
            busy.set(true);
            error.set(None);
            let request = GenerateRecoveryCodesRequest { user_id: user_id.clone(), count: 10 };
            client::spawn(async move {
                let outcome = client::call::<GenerateRecoveryCodes>(&request).await;
                generating.set(false);
                busy.set(false);
                match outcome {
                    Ok(answer) => {
                        fresh_codes.set(Some(answer.recovery_codes));
                        list.reload();
                    }
                    Err(e) => error.set(Some(second_factor_error(&e))),
                }
            });
        }
    });
    let remove_all = Callback::new(move |()| {
        removing.set(true);
        busy.set(true);
        let user_id = user_id.clone();
        client::spawn(async move {
            let outcome = remove(Factor::RecoveryCode, user_id).await;
            removing.set(false);
            busy.set(false);
            match outcome {
                Ok(()) => list.reload(),
                Err(e) => error.set(Some(second_factor_error(&e))),
            }
        });
    });
    view! {
        <div id="recovery-codes-section" class="factor-row">
            <span class="factor-name">{t(Msg::RecoveryCodesName)}</span>
            <span id="factor-recovery-status" class="badge" class:badge-success=recovery>
                {t(if recovery { Msg::FactorOn } else { Msg::FactorOff })}
            </span>
            {any_factor
                .then(|| {
                    view! {
                        <ActionButton
                            id="generate-recovery-codes"
                            label=if recovery { Msg::Regenerate } else { Msg::Generate }
                            pending_label=Msg::Saving
                            pending=generating
                            blocked=busy
                            on_click=generate
                            secondary=true
                        />
                    }
                })}
            {recovery
                .then(|| {
                    view! {
                        <ActionButton
                            id="remove-recovery-codes"
                            label=Msg::FactorRemove
                            pending_label=Msg::FactorRemoving
                            pending=removing
                            blocked=busy
                            on_click=remove_all
                            secondary=true
                        />
                    }
                })}
        </div>
        {(!any_factor).then(|| view! { <p class="muted">{t(Msg::RecoveryNeedsFactor)}</p> })}
        {move || fresh_codes.get().map(|codes| view! { <FreshRecoveryCodes codes /> })}
    }
}

/// A new set of recovery codes, shown this once.
#[component]
fn FreshRecoveryCodes(codes: Vec<String>) -> impl IntoView {
    let text = codes.join("\n") + "\n";
    let download = format!("data:text/plain;charset=utf-8,{}", encode(&text));
    let copied = RwSignal::new(false);
    let copy_text = text.clone();
    let copy = move |_| {
        copy_to_clipboard(&copy_text);
        copied.set(true);
    };
    view! {
        <div id="recovery-codes" class="recovery-codes" role="region" aria-labelledby="recovery-codes-title">
            <p id="recovery-codes-title" class="banner banner-info">
                {t(Msg::RecoveryCodesShownOnce)}
            </p>
            <ol class="code-list">
                {codes.into_iter().map(|code| view! { <li class="recovery-code">{code}</li> }).collect_view()}
            </ol>
            <div class="actions">
                <button id="copy-recovery-codes" type="button" class="button secondary" on:click=copy>
                    {move || t(if copied.get() { Msg::Copied } else { Msg::Copy })}
                </button>
                <a
                    id="download-recovery-codes"
                    class="button secondary"
                    href=download
                    download="gatehouse-recovery-codes.txt"
                >
                    {t(Msg::Download)}
                </a>
            </div>
        </div>
    }
}

fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || byte == b'-' {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// `navigator.clipboard.writeText(text)`, through `Reflect` to keep web-sys features (and wasm) small.
fn copy_to_clipboard(text: &str) {
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else { return };
    let get = |target: &wasm_bindgen::JsValue, key: &str| js_sys::Reflect::get(target, &key.into()).ok();
    let Some(navigator) = get(&window.into(), "navigator") else { return };
    let Some(clipboard) = get(&navigator, "clipboard") else { return };
    if let Some(write) = get(&clipboard, "writeText").and_then(|f| f.dyn_into::<js_sys::Function>().ok()) {
        // A refused permission leaves the codes on screen to copy by hand.
        let _ = write.call1(&clipboard, &text.into());
    }
}
