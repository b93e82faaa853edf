use leptos::prelude::*;

use crate::i18n::{t, Msg};

/// A notice line (`#status`): good news or information, announced politely. The live region stays in the page
/// while empty, so a notice that appears later is announced (a region inserted together with its text often
/// is not).
#[component]
pub fn StatusMessage(#[prop(into)] status: Signal<Option<Msg>>) -> impl IntoView {
    view! {
        <div class="live-region" role="status">
            {move || {
                status.get().map(|msg| {
                    view! {
                        <p id="status" class="banner banner-info">
                            {t(msg)}
                        </p>
                    }
                })
            }}
        </div>
    }
}
