use gatehouse_api::ApiError;
use leptos::prelude::*;

use crate::i18n::{error_message, t, Msg};

/// Placeholder while a page's data loads, so a page never looks blank or frozen.
#[component]
pub fn Loading(#[prop(default = Msg::Loading)] label: Msg) -> impl IntoView {
    view! {
        <div class="loading" role="status">
            <span class="spinner" aria-hidden="true"></span>
            <span>{t(label)}</span>
        </div>
        <div class="skeleton" aria-hidden="true">
            <span class="skeleton-line"></span>
            <span class="skeleton-line short"></span>
        </div>
    }
}

/// A load that failed: what went wrong, and a way to try again.
#[component]
pub fn LoadFailed(
    error: ApiError,
    on_retry: Callback<()>,
    #[prop(default = Msg::LoadFailed)] title: Msg,
) -> impl IntoView {
    view! {
        <div class="banner banner-error load-failed" role="alert">
            <p>
                <strong>{t(title)}</strong>
                " "
                {t(error_message(&error))}
            </p>
            <button type="button" class="button secondary" on:click=move |_| on_retry.run(())>
                {t(Msg::Retry)}
            </button>
        </div>
    }
}
