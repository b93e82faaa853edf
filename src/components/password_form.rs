//! The account centre's password change (`form#password-form`): current password, new one with the live checklist.

use gatehouse_api::user::{Password, SetPassword, SetPasswordRequest};
use leptos::prelude::*;

use crate::client;
use crate::components::password_checklist::policy_met;
use crate::components::{use_password_policy, ErrorBanner, PasswordChecklist, SubmitButton, TextField};
use crate::i18n::{error_ids, error_message, t, Msg};

#[component]
pub fn PasswordForm(user_id: String) -> impl IntoView {
    let policy = use_password_policy();
    let current = RwSignal::new(String::new());
    let new_password = RwSignal::new(String::new());
    let confirm = RwSignal::new(String::new());
    let current_error = RwSignal::new(None::<Msg>);
    let new_error = RwSignal::new(None::<Msg>);
    let confirm_error = RwSignal::new(None::<Msg>);
    let form_error = RwSignal::new(None::<Msg>);
    let pending = RwSignal::new(false);
    let changed = RwSignal::new(false);
    let password_ok = Memo::new(move |_| new_password.with(|p| confirm.with(|c| policy_met(policy, p, c))));

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if pending.get_untracked() {
            return;
        }
        let (old, new) = (current.get_untracked(), new_password.get_untracked());
        if old.is_empty() {
            current_error.set(Some(Msg::CurrentPasswordRequired));
            return;
        }
        if !password_ok.get_untracked() {
            new_error.set(Some(Msg::PasswordPolicyNotMet));
            return;
        }
        if old == new {
            new_error.set(Some(Msg::SamePassword));
            return;
        }
        pending.set(true);
        changed.set(false);
        form_error.set(None);
        let request = SetPasswordRequest {
            user_id: user_id.clone(),
            new_password: Some(Password { password: new, change_required: false }),
            current_password: Some(old),
            verification_code: None,
        };
        client::spawn(async move {
            let outcome = client::call::<SetPassword>(&request).await;
            pending.set(false);
            match outcome {
                Ok(_) => {
                    current.set(String::new());
                    new_password.set(String::new());
                    confirm.set(String::new());
                    changed.set(true);
                }
                Err(error) => match error.id.as_str() {
                    error_ids::WRONG_PASSWORD => current_error.set(Some(Msg::WrongPassword)),
                    error_ids::USER_LOCKED => current_error.set(Some(Msg::UserLocked)),
                    error_ids::PASSWORD_POLICY => new_error.set(Some(Msg::PasswordPolicyNotMet)),
                    _ => form_error.set(Some(error_message(&error))),
                },
            }
        });
    };
    view! {
        <form id="password-form" on:submit=on_submit novalidate>
            <ErrorBanner error=form_error />
            <TextField id="currentPassword" label=Msg::CurrentPasswordLabel input_type="password" autocomplete="current-password" value=current error=current_error />
            <TextField id="newPassword" label=Msg::NewPasswordLabel input_type="password" autocomplete="new-password" value=new_password error=new_error />
            <TextField id="newPasswordConfirm" label=Msg::NewPasswordConfirmLabel input_type="password" autocomplete="new-password" value=confirm error=confirm_error />
            <PasswordChecklist policy password=new_password confirm=confirm />
            {move || changed.get().then(|| view! { <p id="password-changed" class="banner banner-info" role="status">{t(Msg::PasswordChanged)}</p> })}
            <SubmitButton label=Msg::ChangePassword pending_label=Msg::Saving pending blocked=Signal::derive(move || !password_ok.get()) />
        </form>
    }
}
