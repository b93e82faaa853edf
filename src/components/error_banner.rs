use leptos::html::P;
use leptos::prelude::*;

use crate::i18n::{t, Msg};

/// A form-level error (`#form-error`), for failures that belong to no single field. Announced (role=alert) and,
/// when no field of the form is in error, focused, so a keyboard user lands on the reason the submit failed.
#[component]
pub fn ErrorBanner(#[prop(into)] error: Signal<Option<Msg>>) -> impl IntoView {
    let banner = NodeRef::<P>::new();
    Effect::new(move |_| {
        if let Some(banner) = banner.get() {
            crate::focus::focus_form_error(banner.into());
        }
    });
    move || {
        error.get().map(|msg| {
            view! {
                <p id="form-error" class="banner banner-error" role="alert" tabindex="-1" node_ref=banner>
                    {t(msg)}
                </p>
            }
        })
    }
}
