//! A labelled `<select>` (`select#<id>`), styled like [`crate::components::TextField`].

use leptos::prelude::*;

use crate::i18n::{t, Msg};

/// `options` are (value, label) pairs; the label is shown as given.
#[component]
pub fn SelectField(
    id: &'static str,
    label: Msg,
    options: Vec<(&'static str, String)>,
    value: RwSignal<String>,
) -> impl IntoView {
    let options = options
        .into_iter()
        .map(|(key, text)| view! { <option value=key selected=move || value.with(|v| v == key)>{text}</option> })
        .collect_view();
    view! {
        <div class="field">
            <label for=id>{t(label)}</label>
            <select id=id name=id on:change=move |ev| value.set(event_target_value(&ev))>
                {options}
            </select>
        </div>
    }
}
