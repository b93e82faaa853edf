//! `/password/set?userId=..&code=..[&loginName=..][&sent=1]`: a new password with the code from the reset mail. The
//! mailed link only prefills the code; nothing is used up until the user submits (mail scanners open links).

use gatehouse_api::user::{Password, SetPassword, SetPasswordRequest};
use gatehouse_api::Code;
use leptos::either::Either;
use leptos::prelude::*;

use crate::client;
use crate::components::password_checklist::policy_met;
use crate::components::{use_password_policy, Card, ErrorBanner, PasswordChecklist, SubmitButton, TextField};
use crate::i18n::{error_ids, error_message, t, Msg};
use crate::links::{self, param};
use crate::pages::use_query_param;

#[component]
pub fn PasswordSet() -> impl IntoView {
    let user_id = use_query_param(param::USER_ID);
    let code_param = use_query_param(param::CODE);
    let login_name = use_query_param(param::LOGIN_NAME);
    let sent = use_query_param(param::SENT);
    let policy = use_password_policy();

    let code = RwSignal::new(code_param.get_untracked().unwrap_or_default());
    let new_password = RwSignal::new(String::new());
    let new_password_confirm = RwSignal::new(String::new());
    let code_error = RwSignal::new(None::<Msg>);
    let new_password_error = RwSignal::new(None::<Msg>);
    let new_password_confirm_error = RwSignal::new(None::<Msg>);
    let form_error = RwSignal::new(None::<Msg>);
    let pending = RwSignal::new(false);
    let done = RwSignal::new(false);
    let password_ok =
        Memo::new(move |_| new_password.with(|p| new_password_confirm.with(|c| policy_met(policy, p, c))));

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
        if !password_ok.get_untracked() {
            new_password_error.set(Some(Msg::PasswordPolicyNotMet));
            return;
        }
        form_error.set(None);
        pending.set(true);
        let request = SetPasswordRequest {
            user_id: user,
            new_password: Some(Password { password: new_password.get_untracked(), change_required: false }),
            current_password: None,
            verification_code: Some(entered),
        };
        client::spawn(async move {
            match client::call::<SetPassword>(&request).await {
                Ok(_) => done.set(true),
                Err(error) => {
                    pending.set(false);
                    match error.id.as_str() {
                        error_ids::CODE_INVALID | error_ids::CODE_EXPIRED => {
                            code_error.set(Some(error_message(&error)))
                        }
                        error_ids::PASSWORD_POLICY => new_password_error.set(Some(Msg::PasswordPolicyNotMet)),
                        _ if error.code == Code::NotFound => form_error.set(Some(Msg::PasswordLinkIncomplete)),
                        _ => form_error.set(Some(error_message(&error))),
                    }
                }
            }
        });
    };

    // Read once: these come with the link and do not change while the page is open.
    let has_user = user_id.get_untracked().is_some();
    let sign_in_href = links::loginname(&login_name.get_untracked().unwrap_or_default());
    let intro = if sent.get_untracked().is_some() { Msg::PasswordResetSent } else { Msg::PasswordSetIntro };

    let form = move || {
        view! {
            <form on:submit=on_submit novalidate>
                <ErrorBanner error=form_error />
                <TextField
                    id="code"
                    label=Msg::CodeLabel
                    autocomplete="one-time-code"
                    value=code
                    error=code_error
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
                    label=Msg::SetNewPassword
                    pending_label=Msg::Saving
                    pending
                    blocked=Signal::derive(move || !password_ok.get() || !has_user)
                />
            </form>
        }
    };

    view! {
        <Card title=Msg::PasswordSetTitle>
            {move || {
                if done.get() {
                    Either::Left(
                        view! {
                            <p id="password-set-done" class="banner banner-info" role="status">
                                {t(Msg::PasswordSetDone)}
                            </p>
                            <a id="signin-link" class="button primary" href=sign_in_href.clone()>
                                {t(Msg::SignIn)}
                            </a>
                        },
                    )
                } else if !has_user {
                    Either::Right(Either::Left(
                        view! {
                            <p class="banner banner-error" role="alert">
                                {t(Msg::PasswordLinkIncomplete)}
                                " "
                                <a href=links::LOGINNAME>{t(Msg::GoToSignIn)}</a>
                            </p>
                        },
                    ))
                } else {
                    Either::Right(Either::Right(
                        view! {
                            <p id="password-set-intro" class="intro">
                                {t(intro)}
                            </p>
                            {form()}
                        },
                    ))
                }
            }}
        </Card>
    }
}
