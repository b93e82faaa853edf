//! `/password/change?loginName=..&sessionId=..`: the forced change of an initial (or expired) password, right
//! after the password step. The new password then also becomes the session's password check.

use gatehouse_api::session::{CheckPassword, Checks, SetSession, SetSessionRequest};
use gatehouse_api::user::{Password, SetPassword, SetPasswordRequest};
use gatehouse_api::ApiError;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::client;
use crate::components::password_checklist::policy_met;
use crate::components::{use_password_policy, Card, ErrorBanner, PasswordChecklist, SubmitButton, TextField};
use crate::i18n::{error_ids, error_message, t, Msg};
use crate::links::{self, param};
use crate::load::{self, Load};
use crate::pages::use_query_param;
use crate::sessions;

/// The session whose password is being changed, and its user.
#[derive(Clone)]
struct Target {
    session_id: String,
    user_id: String,
}

async fn find_target(preferred: Option<String>) -> Result<Target, ApiError> {
    let list = sessions::browser_sessions().await?;
    let session = sessions::pick_signed_in(list, preferred.as_deref()).ok_or_else(load::signed_out)?;
    let user_id = sessions::user_id(&session).ok_or_else(load::signed_out)?.to_owned();
    Ok(Target { session_id: session.id, user_id })
}

#[component]
pub fn PasswordChange() -> impl IntoView {
    let navigate = use_navigate();
    let login_name = use_query_param(param::LOGIN_NAME);
    let session_id = use_query_param(param::SESSION_ID);
    let target = Load::new(move || find_target(session_id.get_untracked()));
    let policy = use_password_policy();

    // Nobody proved a password in this browser: the change needs that first.
    Effect::new({
        let navigate = navigate.clone();
        move || {
            if matches!(target.get(), Some(Err(error)) if error.id == load::SIGNED_OUT) {
                let back = links::password(&login_name.get_untracked().unwrap_or_default(), "");
                navigate(&back, NavigateOptions { replace: true, ..Default::default() });
            }
        }
    });

    let current_password = RwSignal::new(String::new());
    let new_password = RwSignal::new(String::new());
    let new_password_confirm = RwSignal::new(String::new());
    let current_password_error = RwSignal::new(None::<Msg>);
    let new_password_error = RwSignal::new(None::<Msg>);
    let new_password_confirm_error = RwSignal::new(None::<Msg>);
    let form_error = RwSignal::new(None::<Msg>);
    let pending = RwSignal::new(false);
    let password_ok =
        Memo::new(move |_| new_password.with(|p| new_password_confirm.with(|c| policy_met(policy, p, c))));

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if pending.get_untracked() {
            return;
        }
        let Some(Ok(Target { session_id, user_id })) = target.get_untracked() else { return };
        let current = current_password.get_untracked();
        let new = new_password.get_untracked();
        if current.is_empty() {
            current_password_error.set(Some(Msg::CurrentPasswordRequired));
            return;
        }
        if !password_ok.get_untracked() {
            new_password_error.set(Some(Msg::PasswordPolicyNotMet));
            return;
        }
        if current == new {
            new_password_error.set(Some(Msg::SamePassword));
            return;
        }
        form_error.set(None);
        pending.set(true);
        let login = login_name.get_untracked().unwrap_or_default();
        let navigate = navigate.clone();
        client::spawn(async move {
            let change = SetPasswordRequest {
                user_id,
                new_password: Some(Password { password: new.clone(), change_required: false }),
                current_password: Some(current),
                verification_code: None,
            };
            if let Err(error) = client::call::<SetPassword>(&change).await {
                pending.set(false);
                match error.id.as_str() {
                    error_ids::WRONG_PASSWORD => current_password_error.set(Some(Msg::WrongPassword)),
                    error_ids::USER_LOCKED => current_password_error.set(Some(Msg::UserLocked)),
                    error_ids::PASSWORD_POLICY => new_password_error.set(Some(Msg::PasswordPolicyNotMet)),
                    _ => form_error.set(Some(error_message(&error))),
                }
                return;
            }
            // The session's password check predates the change; renew it with the new password.
            let recheck = SetSessionRequest {
                session_id: session_id.clone(),
                checks: Some(Checks { password: Some(CheckPassword { password: new }), ..Default::default() }),
                ..Default::default()
            };
            let next = match client::call::<SetSession>(&recheck).await {
                Ok(_) => links::signedin(&session_id),
                // Changed, but the session could not take the new password: sign in with it.
                Err(_) => links::password(&login, ""),
            };
            navigate(&next, Default::default());
        });
    };

    view! {
        <Card title=Msg::PasswordChangeTitle>
            {target.view(|_| view! { <p class="intro">{t(Msg::PasswordChangeIntro)}</p> })}
            <form on:submit=on_submit novalidate>
                <ErrorBanner error=form_error />
                <TextField
                    id="currentPassword"
                    label=Msg::CurrentPasswordLabel
                    input_type="password"
                    autocomplete="current-password"
                    value=current_password
                    error=current_password_error
                />
                <TextField
                    id="newPassword"
                    label=Msg::NewPasswordLabel
                    input_type="password"
                    autocomplete="new-password"
                    value=new_password
                    error=new_password_error
                />
                <TextField
                    id="newPasswordConfirm"
                    label=Msg::NewPasswordConfirmLabel
                    input_type="password"
                    autocomplete="new-password"
                    value=new_password_confirm
                    error=new_password_confirm_error
                />
                <PasswordChecklist policy password=new_password confirm=new_password_confirm />
                <SubmitButton
                    label=Msg::ChangePassword
                    pending_label=Msg::Saving
                    pending
                    blocked=Signal::derive(move || {
                        !password_ok.get() || !matches!(target.get(), Some(Ok(_)))
                    })
                />
            </form>
        </Card>
    }
}
