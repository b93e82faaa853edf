use leptos::prelude::*;

use crate::i18n::{t, Msg};

/// The form's submit button: disabled with a spinner while the request is in flight, so it cannot be sent twice.
#[component]
pub fn SubmitButton(
    label: Msg,
    pending_label: Msg,
    #[prop(into)] pending: Signal<bool>,
    /// Disabled for another reason (e.g. the password does not meet the rules yet).
    #[prop(into, optional)]
    blocked: Signal<bool>,
) -> impl IntoView {
    view! {
        <button
            type="submit"
            class="button primary"
            disabled=move || pending.get() || blocked.get()
            aria-busy=move || pending.get().to_string()
        >
            <span class="spinner" class:hidden=move || !pending.get() aria-hidden="true"></span>
            {move || t(if pending.get() { pending_label } else { label })}
        </button>
    }
}
