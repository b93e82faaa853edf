use leptos::html::Input;
use leptos::prelude::*;

use crate::i18n::{t, Msg};

/// A labelled input with its own error line (`#<id>-error`, role=alert, referenced by `aria-describedby`).
/// Typing clears the error: it described the old value.
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
    if autofocus {
        Effect::new(move || {
            if let Some(input) = input.get() {
                // Fails only for detached nodes; nothing to do then.
                let _ = input.focus();
            }
        });
    }
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
                aria-invalid=move || error.get().is_some().to_string()
                // A reference to an absent element is ignored, so this can stay static.
                aria-describedby=error_id.clone()
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
