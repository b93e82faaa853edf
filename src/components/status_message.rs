use leptos::prelude::*;

use crate::i18n::{t, Msg};

/// A notice line (`#status`): good news or information, announced politely.
#[component]
pub fn StatusMessage(#[prop(into)] status: Signal<Option<Msg>>) -> impl IntoView {
    move || {
        status.get().map(|msg| {
            view! {
                <p id="status" class="banner banner-info" role="status">
                    {t(msg)}
                </p>
            }
        })
    }
}
