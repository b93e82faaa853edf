//! The account centre's email section: the login address and its state, and changing it. A new address gets a
//! code; until it is entered the old address stays in use (`#email-pending` says so), with "send a new code".

use gatehouse_api::user::{
    ResendEmailCode, ResendEmailCodeRequest, SetEmail, SetEmailRequest, User, VerifyEmail, VerifyEmailRequest,
};
use leptos::prelude::*;

use crate::client;
use crate::components::{ErrorBanner, SubmitButton, TextField};
use crate::i18n::{email_pending, error_ids, error_message, t, Msg};

#[component]
pub fn EmailSettings(user: User, pending: Option<String>, #[prop(into)] on_changed: Callback<()>) -> impl IntoView {
    let human = user.human.clone().unwrap_or_default();
    let verified = human.email.is_verified;
    let user_id = user.user_id.clone();
    let editing = RwSignal::new(false);
    let new_email = RwSignal::new(String::new());
    let new_email_error = RwSignal::new(None::<Msg>);
    let form_error = RwSignal::new(None::<Msg>);
    let sending = RwSignal::new(false);

    let request_change = {
        let user_id = user_id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if sending.get_untracked() {
                return;
            }
            let email = new_email.get_untracked().trim().to_owned();
            if !email.contains('@') {
                new_email_error.set(Some(if email.is_empty() { Msg::EmailRequired } else { Msg::EmailInvalid }));
                return;
            }
            sending.set(true);
            form_error.set(None);
            let request = SetEmailRequest { user_id: user_id.clone(), email, ..Default::default() };
            client::spawn(async move {
                let outcome = client::call::<SetEmail>(&request).await;
                sending.set(false);
                match outcome {
                    Ok(_) => on_changed.run(()),
                    Err(error) => match error.id.as_str() {
                        error_ids::USER_EXISTS => new_email_error.set(Some(Msg::EmailTaken)),
                        error_ids::EMAIL_SAME => new_email_error.set(Some(Msg::EmailSame)),
                        error_ids::EMAIL_INVALID => new_email_error.set(Some(Msg::EmailInvalid)),
                        _ => form_error.set(Some(error_message(&error))),
                    },
                }
            });
        }
    };

    view! {
        <dl class="details">
            <div>
                <dt>{t(Msg::EmailLabel)}</dt>
                <dd>
                    <span id="profile-email">{human.email.email.clone()}</span>
                    " "
                    <span id="profile-email-status" class="badge" class:badge-success=verified class:badge-warn=!verified>
                        {t(if verified { Msg::Verified } else { Msg::NotVerified })}
                    </span>
                </dd>
            </div>
        </dl>
        {pending.map(|address| view! { <PendingEmail user_id=user_id.clone() address on_changed /> })}
        <ErrorBanner error=form_error />
        {move || {
            if editing.get() {
                view! {
                    <form id="email-form" on:submit=request_change.clone() novalidate>
                        <TextField id="newEmail" label=Msg::NewEmailLabel input_type="email" autocomplete="email" value=new_email error=new_email_error autofocus=true />
                        <div class="actions">
                            <SubmitButton label=Msg::SendCode pending_label=Msg::Sending pending=sending />
                            <button type="button" class="button secondary" on:click=move |_| editing.set(false)>{t(Msg::Cancel)}</button>
                        </div>
                    </form>
                }
                .into_any()
            } else {
                view! {
                    <button id="change-email" type="button" class="button secondary" on:click=move |_| editing.set(true)>
                        {t(Msg::ChangeEmail)}
                    </button>
                }
                .into_any()
            }
        }}
    }
}

/// The address waiting for its code: enter it, or have a new one sent.
#[component]
fn PendingEmail(user_id: String, address: String, on_changed: Callback<()>) -> impl IntoView {
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
            let request = VerifyEmailRequest { user_id: user_id.clone(), verification_code: entered };
            client::spawn(async move {
                let outcome = client::call::<VerifyEmail>(&request).await;
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
        let request = ResendEmailCodeRequest { user_id: user_id.clone(), ..Default::default() };
        client::spawn(async move {
            let outcome = client::call::<ResendEmailCode>(&request).await;
            resending.set(false);
            match outcome {
                Ok(_) => resent.set(true),
                Err(error) => code_error.set(Some(error_message(&error))),
            }
        });
    };
    view! {
        <p id="email-pending" class="banner banner-info" role="status">{email_pending(&address)}</p>
        <form id="email-verify-form" on:submit=verify novalidate>
            <TextField id="emailCode" label=Msg::CodeLabel autocomplete="one-time-code" value=code error=code_error />
            {move || resent.get().then(|| view! { <p id="email-code-resent" class="muted">{t(Msg::CodeSent)}</p> })}
            <div class="actions">
                <SubmitButton label=Msg::Verify pending_label=Msg::Verifying pending />
                <button id="resend-email-code" type="button" class="button secondary" disabled=move || resending.get() on:click=resend>
                    {t(Msg::Resend)}
                </button>
            </div>
        </form>
    }
}
