use leptos::html::Input;
use leptos::prelude::*;

use crate::i18n::{t, Msg};

/// A labelled input with its own error line (`#<id>-error`, role=alert so it is announced, referenced by
/// `aria-describedby` and flagged with `aria-invalid` while shown). A new error moves focus to the form's first
/// field in error. Typing clears the error: it described the old value.
#[component]
pub fn TextField(
    /// Element id and form name; the browser tests select on it.
    id: &'static str,
    label: Msg,
    /// The `autocomplete` token, so password managers and autofill do the right thing.
    autocomplete: &'static str,
    value: RwSignal<String>,
    error: RwSignal<Option<Msg>>,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(optional)] inputmode: Option<&'static str>,
    /// Focus this field when the page opens.
    #[prop(optional)]
    autofocus: bool,
    /// Shown under the field after its error, e.g. a link that helps with that error.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let input = NodeRef::<Input>::new();
    if autofocus && crate::focus::may_autofocus() {
        Effect::new(move || {
            if let Some(input) = input.get() {
                // Fails only for detached nodes; nothing to do then.
                let _ = input.focus();
            }
        });
    }
    // A new error (a failed submit, a refusal from the server) takes focus to the form's first field in error.
    Effect::new(move |had_error: Option<bool>| {
        let has_error = error.with(Option::is_some);
        if has_error && had_error == Some(false) {
            if let Some(input) = input.get_untracked() {
                crate::focus::focus_first_error(input.into());
            }
        }
        has_error
    });
    let error_id = format!("{id}-error");
    // Names are words; logins, addresses, codes and passwords are not: no autocorrect or capitalisation there.
    let is_verbatim = input_type != "text" || autocomplete != "given-name" && autocomplete != "family-name";
    view! {
        <div class="field">
            <label for=id>{t(label)}</label>
            <input
                node_ref=input
                id=id
                name=id
                type=input_type
                autocomplete=autocomplete
                inputmode=inputmode
                autocapitalize=is_verbatim.then_some("none")
                spellcheck=is_verbatim.then_some("false")
                required=true
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                aria-describedby={
                    let error_id = error_id.clone();
                    move || error.with(Option::is_some).then(|| error_id.clone())
                }
                bind:value=value
                on:input=move |_| error.set(None)
            />
            {move || {
                error
                    .get()
                    .map(|msg| {
                        view! {
                            <p id=error_id.clone() class="field-error" role="alert">
                                {t(msg)}
                            </p>
                        }
                    })
            }}
            {children.map(|children| children())}
        </div>
    }
}
