//! "Forgot password?" on the password step: asks the server to mail a reset link for the user of this login, then
//! opens `/password/set`, where the code from the mail (or the link itself) sets a new password.

use gatehouse_api::session::{CheckUser, Checks, CreateSession, CreateSessionRequest, GetSession, GetSessionRequest};
use gatehouse_api::user::{NotificationType, PasswordReset, PasswordResetRequest, SendPasswordResetLink};
use gatehouse_api::{ApiError, Code};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::client;
use crate::i18n::{error_message, t, Msg};
use crate::links;
use crate::sessions;

/// `button#forgot-password`, with its error (`#forgot-password-error`) below it.
#[component]
pub fn ForgotPasswordLink(login_name: Memo<Option<String>>, session_id: Memo<Option<String>>) -> impl IntoView {
    let navigate = use_navigate();
    let pending = RwSignal::new(false);
    let error = RwSignal::new(None::<Msg>);
    let on_click = move |_| {
        if pending.get_untracked() {
            return;
        }
        let Some(login) = login_name.get_untracked() else { return };
        pending.set(true);
        error.set(None);
        let (navigate, known_session) = (navigate.clone(), session_id.get_untracked());
        client::spawn(async move {
            match request_reset(&login, known_session).await {
                Ok(user_id) => navigate(&links::password_set(&user_id, &login, true), Default::default()),
                Err(failure) => {
                    pending.set(false);
                    error.set(Some(error_message(&failure)));
                }
            }
        });
    };
    view! {
        <p class="forgot-password">
            <button
                id="forgot-password"
                type="button"
                class="link-button"
                disabled=move || pending.get()
                on:click=on_click
            >
                {t(Msg::ForgotPassword)}
            </button>
        </p>
        {move || {
            error
                .get()
                .map(|msg| {
                    view! {
                        <p id="forgot-password-error" class="field-error" role="alert">
                            {t(msg)}
                        </p>
                    }
                })
        }}
    }
}

/// The user behind this login (through the login-name step's session, or a new one with only the user check), then
/// the reset mail. Returns the user's id.
async fn request_reset(login_name: &str, known_session: Option<String>) -> Result<String, ApiError> {
    let user_id = match known_session {
        Some(id) => session_user(&id).await.ok(),
        None => None,
    };
    let user_id = match user_id {
        Some(id) => id,
        None => {
            let request = CreateSessionRequest {
                checks: Some(Checks {
                    user: Some(CheckUser { login_name: Some(login_name.to_owned()), ..Default::default() }),
                    ..Default::default()
                }),
                ..Default::default()
            };
            let session_id = client::call::<CreateSession>(&request).await?.session_id;
            session_user(&session_id).await?
        }
    };
    send_reset_link(user_id).await
}

/// Mails `user_id` ZITADEL's password reset: a link to `/password/set` with a single-use code. Returns the user id.
pub async fn send_reset_link(user_id: String) -> Result<String, ApiError> {
    let origin = web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default();
    let request = PasswordResetRequest {
        user_id: user_id.clone(),
        send_link: Some(SendPasswordResetLink {
            notification_type: NotificationType::Email,
            // ZITADEL's placeholders; Gatehouse builds this same link itself for browser callers.
            url_template: Some(format!("{origin}{}?userId={{{{.UserID}}}}&code={{{{.Code}}}}", links::PASSWORD_SET)),
        }),
        return_code: None,
    };
    client::call::<PasswordReset>(&request).await?;
    Ok(user_id)
}

async fn session_user(session_id: &str) -> Result<String, ApiError> {
    let request = GetSessionRequest { session_id: session_id.to_owned(), session_token: None };
    let answer = client::call::<GetSession>(&request).await?;
    sessions::user_id(&answer.session)
        .map(str::to_owned)
        .ok_or_else(|| ApiError::new(Code::NotFound, "", "session without a user"))
}
