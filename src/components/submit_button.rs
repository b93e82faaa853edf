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
            {labels(label, pending_label)}
        </button>
    }
}

/// A button that starts an action outside a form (log out, …), with the same busy state as [`SubmitButton`].
#[component]
pub fn ActionButton(
    id: &'static str,
    label: Msg,
    pending_label: Msg,
    #[prop(into)] pending: Signal<bool>,
    on_click: Callback<()>,
    /// Disabled for another reason (e.g. a related action is running).
    #[prop(into, optional)]
    blocked: Signal<bool>,
    #[prop(optional)] secondary: bool,
) -> impl IntoView {
    view! {
        <button
            id=id
            type="button"
            class="button"
            class=(["primary"], !secondary)
            class=(["secondary"], secondary)
            disabled=move || pending.get() || blocked.get()
            aria-busy=move || pending.get().to_string()
            on:click=move |_| on_click.run(())
        >
            {labels(label, pending_label)}
        </button>
    }
}

/// Both labels are rendered; CSS shows the one that matches `aria-busy`, which is cheaper than re-rendering text.
fn labels(label: Msg, pending_label: Msg) -> impl IntoView {
    view! {
        <span class="when-idle">{t(label)}</span>
        <span class="when-busy">
            <span class="spinner" aria-hidden="true"></span>
            {t(pending_label)}
        </span>
    }
}
