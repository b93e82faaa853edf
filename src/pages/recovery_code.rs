//! `/recovery-code?loginName=..&sessionId=..`: sign in with one of the user's recovery codes when the second factor is
//! lost. Each code works once; the server refuses a used one.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::client;
use crate::components::{Card, SubmitButton, TextField};
use crate::flow::{self, Factor};
use crate::i18n::{second_factor_error, t, Msg};
use crate::links::param;
use crate::pages::otp::check_code;
use crate::pages::use_query_param;

#[component]
pub fn RecoveryCode() -> impl IntoView {
    let navigate = use_navigate();
    let login_name = use_query_param(param::LOGIN_NAME);
    let session_id = use_query_param(param::SESSION_ID);
    let code = RwSignal::new(String::new());
    let code_error = RwSignal::new(None::<Msg>);
    let pending = RwSignal::new(false);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if pending.get_untracked() {
            return;
        }
        let Some(id) = session_id.get_untracked() else { return };
        let typed = code.get_untracked().trim().to_uppercase();
        if typed.is_empty() {
            code_error.set(Some(Msg::CodeRequired));
            return;
        }
        pending.set(true);
        let navigate = navigate.clone();
        client::spawn(async move {
            let outcome = match check_code(&id, Factor::RecoveryCode, &typed).await {
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
    view! {
        <Card title=Msg::RecoveryCodeTitle>
            <p class="identity">
                <span class="identity-name">
                    {move || crate::branding::shown_login_name(&login_name.get_untracked().unwrap_or_default())}
                </span>
            </p>
            <p class="muted">{t(Msg::RecoveryCodeIntro)}</p>
            <form id="recovery-form" on:submit=on_submit novalidate>
                <TextField
                    id="recovery-code"
                    label=Msg::RecoveryCodeLabel
                    autocomplete="one-time-code"
                    value=code
                    error=code_error
                    autofocus=true
                />
                <SubmitButton label=Msg::SignIn pending_label=Msg::SigningIn pending />
            </form>
        </Card>
    }
}
