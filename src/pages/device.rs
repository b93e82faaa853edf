//! `/device?user_code=..`: a device (TV, CLI) shows a code; the user types it here, or arrives with it from the
//! device's `verification_uri_complete`. A known code leads to the consent page; the sign-in in between (if
//! nobody is signed in) carries the code as `authRequest=device_<code>`.

use gatehouse_api::oidc::{GetDeviceAuthorizationRequest, GetDeviceAuthorizationRequestRequest};
use gatehouse_api::Code;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::client;
use crate::components::{Card, ErrorBanner, SubmitButton, TextField};
use crate::i18n::{error_message, t, Msg};
use crate::links::{self, param};
use crate::pages::use_query_param;

pub const USER_CODE: &str = "user_code";
/// `authRequest` values of the device flow start with this, followed by the user code.
pub const DEVICE_PREFIX: &str = "device_";

pub fn consent_link(user_code: &str) -> String {
    links::with_query(links::DEVICE_CONSENT, &[(param::AUTH_REQUEST, &format!("{DEVICE_PREFIX}{user_code}"))])
}

#[component]
pub fn Device() -> impl IntoView {
    let navigate = use_navigate();
    let prefill = use_query_param(USER_CODE);
    let code = RwSignal::new(prefill.get_untracked().unwrap_or_default());
    let code_error = RwSignal::new(None::<Msg>);
    let form_error = RwSignal::new(None::<Msg>);
    let pending = RwSignal::new(false);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if pending.get_untracked() {
            return;
        }
        let typed = code.get_untracked().trim().to_uppercase();
        if typed.is_empty() {
            code_error.set(Some(Msg::DeviceCodeRequired));
            return;
        }
        code_error.set(None);
        form_error.set(None);
        pending.set(true);
        let navigate = navigate.clone();
        client::spawn(async move {
            let request = GetDeviceAuthorizationRequestRequest { user_code: typed };
            match client::call::<GetDeviceAuthorizationRequest>(&request).await {
                Ok(_) => navigate(&consent_link(&request.user_code), Default::default()),
                Err(error) => {
                    pending.set(false);
                    match error.code {
                        Code::NotFound | Code::InvalidArgument => code_error.set(Some(Msg::DeviceCodeUnknown)),
                        _ => form_error.set(Some(error_message(&error))),
                    }
                }
            }
        });
    };
    view! {
        <Card title=Msg::DeviceTitle focus_heading=false>
            <p class="intro">{t(Msg::DeviceIntro)}</p>
            <form on:submit=on_submit novalidate>
                <ErrorBanner error=form_error />
                <TextField
                    id="userCode"
                    label=Msg::DeviceCodeLabel
                    autocomplete="one-time-code"
                    value=code
                    error=code_error
                    autofocus=true
                />
                <SubmitButton label=Msg::Continue pending_label=Msg::Checking pending />
            </form>
        </Card>
    }
}
