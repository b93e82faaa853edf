//! The account centre's last section: download my data (a JSON file, `a#download-data-file`) and delete my account
//! (the current password again; refused for accounts the server says may not delete themselves, with its reason:
//! the org's account policy or an administrator role).

use gatehouse_api::account::{DeleteOwnAccount, DeleteOwnAccountRequest, ExportUserData};
use gatehouse_api::user::UserIdRequest;
use leptos::html::A;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::client;
use crate::components::{ActionButton, ErrorBanner, TextField};
use crate::i18n::{error_ids, error_message, t, Msg};
use crate::links;

const EXPORT_FILE: &str = "gatehouse-my-data.json";

#[component]
pub fn DataExport(user_id: String) -> impl IntoView {
    let pending = RwSignal::new(false);
    let error = RwSignal::new(None::<Msg>);
    let href = RwSignal::new(None::<String>);
    let anchor = NodeRef::<A>::new();
    // Once the data is in, "click" the link so the browser saves the file.
    Effect::new(move || {
        if let (Some(_), Some(a)) = (href.get(), anchor.get()) {
            a.click();
        }
    });
    let download = Callback::new(move |()| {
        pending.set(true);
        error.set(None);
        let request = UserIdRequest { user_id: user_id.clone() };
        client::spawn(async move {
            let outcome = client::call::<ExportUserData>(&request).await;
            pending.set(false);
            match outcome.and_then(|data| {
                serde_json::to_string_pretty(&data)
                    .map_err(|e| gatehouse_api::ApiError::new(gatehouse_api::Code::Internal, "", e.to_string()))
            }) {
                Ok(json) => {
                    let encoded: String = js_sys::encode_uri_component(&json).into();
                    href.set(Some(format!("data:application/json;charset=utf-8,{encoded}")));
                }
                Err(failure) => error.set(Some(error_message(&failure))),
            }
        });
    });
    view! {
        <p class="muted">{t(Msg::DownloadDataIntro)}</p>
        <ErrorBanner error />
        <div class="actions">
            <ActionButton id="download-data" label=Msg::DownloadData pending_label=Msg::Loading pending on_click=download secondary=true />
        </div>
        {move || href.get().map(|href| view! {
            <a id="download-data-file" node_ref=anchor class="muted" href=href download=EXPORT_FILE>{EXPORT_FILE}</a>
        })}
    }
}

#[component]
pub fn DeleteAccount(user_id: String, can_delete: bool, refusal: Option<String>) -> impl IntoView {
    let navigate = use_navigate();
    let open = RwSignal::new(false);
    let password = RwSignal::new(String::new());
    let password_error = RwSignal::new(None::<Msg>);
    let form_error = RwSignal::new(None::<Msg>);
    let pending = RwSignal::new(false);
    if !can_delete {
        let reason = refusal_message(refusal.as_deref());
        return view! { <p id="delete-forbidden" class="muted">{t(reason)}</p> }.into_any();
    }
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if pending.get_untracked() {
            return;
        }
        let current_password = password.get_untracked();
        if current_password.is_empty() {
            password_error.set(Some(Msg::CurrentPasswordRequired));
            return;
        }
        pending.set(true);
        form_error.set(None);
        let request = DeleteOwnAccountRequest { user_id: user_id.clone(), current_password };
        let navigate = navigate.clone();
        client::spawn(async move {
            match client::call::<DeleteOwnAccount>(&request).await {
                Ok(_) => navigate(&links::signed_out(), Default::default()),
                Err(error) => {
                    pending.set(false);
                    match error.id.as_str() {
                        error_ids::WRONG_PASSWORD => password_error.set(Some(Msg::WrongPassword)),
                        error_ids::USER_LOCKED => password_error.set(Some(Msg::UserLocked)),
                        _ => form_error.set(Some(error_message(&error))),
                    }
                }
            }
        });
    };
    view! {
        {move || {
            if open.get() {
                view! {
                    <form id="delete-account-form" on:submit=on_submit.clone() novalidate>
                        <p class="banner banner-error">{t(Msg::DeleteAccountIntro)}</p>
                        <ErrorBanner error=form_error />
                        <TextField id="deletePassword" label=Msg::CurrentPasswordLabel input_type="password" autocomplete="current-password" value=password error=password_error autofocus=true />
                        <div class="actions">
                            <button id="delete-account-confirm" type="submit" class="button danger" disabled=move || pending.get()>
                                {move || t(if pending.get() { Msg::Deleting } else { Msg::DeleteAccountConfirm })}
                            </button>
                            <button type="button" class="button secondary" on:click=move |_| open.set(false)>{t(Msg::Cancel)}</button>
                        </div>
                    </form>
                }
                .into_any()
            } else {
                view! {
                    <button id="delete-account" type="button" class="button secondary" on:click=move |_| open.set(true)>
                        {t(Msg::DeleteAccount)}
                    </button>
                }
                .into_any()
            }
        }}
    }
    .into_any()
}

/// Why the server does not let this account delete itself (`deleteRefusal`, also the error id DeleteOwnAccount
/// answers with).
fn refusal_message(refusal: Option<&str>) -> Msg {
    match refusal {
        Some(gatehouse_api::account::DELETE_REFUSAL_ORG_POLICY) => Msg::DeleteForbiddenPolicy,
        _ => Msg::DeleteForbidden,
    }
}
