//! The account centre's phone section: the number and whether it is verified; add or change it (a code goes out
//! by SMS and is entered here), send a new code, remove it. A verified number is what OTP by SMS needs.

use gatehouse_api::mfa::{
    AuthenticationMethodType, ListAuthenticationMethodTypes, ListAuthenticationMethodTypesRequest,
};
use gatehouse_api::user::{
    RemovePhone, ResendPhoneCode, ResendPhoneCodeRequest, SetPhone, SetPhoneRequest, User, UserIdRequest, VerifyPhone,
    VerifyPhoneRequest,
};
use gatehouse_api::ApiError;
use leptos::prelude::*;

use crate::client;
use crate::components::{ErrorBanner, SubmitButton, TextField};
use crate::i18n::{error_ids, error_message, sms_sent, t, Msg};

#[component]
pub fn PhoneSettings(user: User, #[prop(into)] on_changed: Callback<()>) -> impl IntoView {
    let phone = user.human.clone().unwrap_or_default().phone;
    let has_phone = !phone.phone.is_empty();
    let verified = phone.is_verified;
    let user_id = user.user_id.clone();
    let editing = RwSignal::new(false);
    let number = RwSignal::new(String::new());
    let number_error = RwSignal::new(None::<Msg>);
    let form_error = RwSignal::new(None::<Msg>);
    let saving = RwSignal::new(false);
    let removing = RwSignal::new(false);
    // Codes by SMS go to the verified number only: the server turns them off when it changes or goes.
    let otp_sms = RwSignal::new(false);
    if has_phone {
        let request = ListAuthenticationMethodTypesRequest { user_id: user_id.clone(), domain_query: None };
        client::spawn(async move {
            if let Ok(answer) = client::call::<ListAuthenticationMethodTypes>(&request).await {
                otp_sms.set(answer.auth_method_types.contains(&AuthenticationMethodType::OtpSms));
            }
        });
    }

    let set_number = {
        let user_id = user_id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if saving.get_untracked() {
                return;
            }
            let entered = number.get_untracked().trim().to_owned();
            if entered.is_empty() {
                number_error.set(Some(Msg::PhoneInvalid));
                return;
            }
            saving.set(true);
            form_error.set(None);
            let request = SetPhoneRequest { user_id: user_id.clone(), phone: entered, ..Default::default() };
            client::spawn(async move {
                let outcome = client::call::<SetPhone>(&request).await;
                saving.set(false);
                match outcome {
                    Ok(_) => on_changed.run(()),
                    Err(error) if error.id == error_ids::PHONE_INVALID => number_error.set(Some(Msg::PhoneInvalid)),
                    Err(error) => form_error.set(Some(phone_error(&error))),
                }
            });
        }
    };
    let remove = {
        let user_id = user_id.clone();
        move |_| {
            removing.set(true);
            let request = UserIdRequest { user_id: user_id.clone() };
            client::spawn(async move {
                let outcome = client::call::<RemovePhone>(&request).await;
                removing.set(false);
                match outcome {
                    Ok(_) => on_changed.run(()),
                    Err(error) => form_error.set(Some(error_message(&error))),
                }
            });
        }
    };

    view! {
        <dl class="details">
            <div>
                <dt>{t(Msg::PhoneLabel)}</dt>
                <dd>
                    {if has_phone {
                        view! {
                            <span id="profile-phone">{phone.phone.clone()}</span>
                            " "
                            <span id="profile-phone-status" class="badge" class:badge-success=verified class:badge-warn=!verified>
                                {t(if verified { Msg::Verified } else { Msg::NotVerified })}
                            </span>
                        }
                        .into_any()
                    } else {
                        view! { <span id="profile-phone" class="muted">{t(Msg::PhoneNone)}</span> }.into_any()
                    }}
                </dd>
            </div>
        </dl>
        {(has_phone && !verified).then(|| view! { <PhoneCode user_id=user_id.clone() phone=phone.phone.clone() on_changed /> })}
        {move || otp_sms.get().then(|| view! { <p id="phone-otp-sms-warning" class="muted">{t(Msg::PhoneOtpSmsWarning)}</p> })}
        <ErrorBanner error=form_error />
        {move || {
            if editing.get() {
                view! {
                    <form id="phone-form" on:submit=set_number.clone() novalidate>
                        <TextField id="phone" label=Msg::PhoneLabel input_type="tel" autocomplete="tel" value=number error=number_error autofocus=true />
                        <div class="actions">
                            <SubmitButton label=Msg::SendCode pending_label=Msg::Sending pending=saving />
                            <button type="button" class="button secondary" on:click=move |_| editing.set(false)>{t(Msg::Cancel)}</button>
                        </div>
                    </form>
                }
                .into_any()
            } else {
                view! {
                    <div class="actions">
                        <button id="edit-phone" type="button" class="button secondary" on:click=move |_| editing.set(true)>
                            {t(if has_phone { Msg::ChangePhone } else { Msg::AddPhone })}
                        </button>
                        {has_phone.then(|| view! {
                            <button id="remove-phone" type="button" class="button secondary" disabled=move || removing.get() on:click=remove.clone()>
                                {t(Msg::RemovePhone)}
                            </button>
                        })}
                    </div>
                }
                .into_any()
            }
        }}
    }
}

/// Entering the SMS code for an unverified number, or asking for a new one.
#[component]
fn PhoneCode(user_id: String, phone: String, on_changed: Callback<()>) -> impl IntoView {
    let code = RwSignal::new(String::new());
    let code_error = RwSignal::new(None::<Msg>);
    let pending = RwSignal::new(false);
    let resending = RwSignal::new(false);
    let resent = RwSignal::new(false);
    let verify = {
        let user_id = user_id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let entered = code.get_untracked().trim().to_owned();
            if entered.is_empty() {
                code_error.set(Some(Msg::CodeRequired));
                return;
            }
            pending.set(true);
            let request = VerifyPhoneRequest { user_id: user_id.clone(), verification_code: entered };
            client::spawn(async move {
                let outcome = client::call::<VerifyPhone>(&request).await;
                pending.set(false);
                match outcome {
                    Ok(_) => on_changed.run(()),
                    Err(error) => code_error.set(Some(error_message(&error))),
                }
            });
        }
    };
    let resend = move |_| {
        resending.set(true);
        let request = ResendPhoneCodeRequest { user_id: user_id.clone(), ..Default::default() };
        client::spawn(async move {
            let outcome = client::call::<ResendPhoneCode>(&request).await;
            resending.set(false);
            match outcome {
                Ok(_) => resent.set(true),
                Err(error) => code_error.set(Some(phone_error(&error))),
            }
        });
    };
    view! {
        <p id="phone-code-sent" class="banner banner-info" role="status">{sms_sent(&phone)}</p>
        <form id="phone-verify-form" on:submit=verify novalidate>
            <TextField id="phoneCode" label=Msg::PhoneCodeLabel autocomplete="one-time-code" inputmode="text" value=code error=code_error />
            {move || resent.get().then(|| view! { <p id="phone-code-resent" class="muted">{t(Msg::CodeSent)}</p> })}
            <div class="actions">
                <SubmitButton label=Msg::Verify pending_label=Msg::Verifying pending />
                <button id="resend-phone-code" type="button" class="button secondary" disabled=move || resending.get() on:click=resend>
                    {t(Msg::Resend)}
                </button>
            </div>
        </form>
    }
}

fn phone_error(error: &ApiError) -> Msg {
    if error.id == error_ids::NO_SMS_PROVIDER {
        Msg::NoSmsProvider
    } else {
        error_message(error)
    }
}
