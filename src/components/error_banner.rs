use leptos::prelude::*;

use crate::i18n::{t, Msg};

/// A form-level error (`#form-error`), for failures that belong to no single field.
#[component]
pub fn ErrorBanner(#[prop(into)] error: Signal<Option<Msg>>) -> impl IntoView {
    move || {
        error.get().map(|msg| {
            view! {
                <p id="form-error" class="banner banner-error" role="alert">
                    {t(msg)}
                </p>
            }
        })
    }
}
