//! The profile's passkeys (and, through [`CredentialList`], security keys): each named, with when it was added and
//! last used; rename in place, remove, and a link to add one.

use gatehouse_api::webauthn::{
    ListPasskeys, ListPasskeysRequest, ListU2F, Passkey, RemovePasskey, RemovePasskeyRequest, RemoveU2F,
    RemoveU2FRequest, RenamePasskey, RenamePasskeyRequest, RenameU2F, RenameU2FRequest,
};
use gatehouse_api::ApiError;
use leptos::prelude::*;

use crate::client;
use crate::components::ErrorBanner;
use crate::i18n::{error_message, format_ago, format_timestamp, t, Msg};
use crate::links::{param, with_query};
use crate::load::Load;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum CredentialKind {
    Passkey,
    SecurityKey,
}

impl CredentialKind {
    fn slug(self) -> &'static str {
        match self {
            CredentialKind::Passkey => "passkey",
            CredentialKind::SecurityKey => "security-key",
        }
    }
}

async fn list(kind: CredentialKind, user_id: String) -> Result<Vec<Passkey>, ApiError> {
    let request = ListPasskeysRequest { user_id };
    let answer = match kind {
        CredentialKind::Passkey => client::call::<ListPasskeys>(&request).await?,
        CredentialKind::SecurityKey => client::call::<ListU2F>(&request).await?,
    };
    Ok(answer.result)
}

async fn remove(kind: CredentialKind, user_id: String, id: String) -> Result<(), ApiError> {
    match kind {
        CredentialKind::Passkey => {
            client::call::<RemovePasskey>(&RemovePasskeyRequest { user_id, passkey_id: id }).await?;
        }
        CredentialKind::SecurityKey => {
            client::call::<RemoveU2F>(&RemoveU2FRequest { user_id, u2f_id: id }).await?;
        }
    }
    Ok(())
}

async fn rename(kind: CredentialKind, user_id: String, id: String, name: String) -> Result<(), ApiError> {
    match kind {
        CredentialKind::Passkey => {
            client::call::<RenamePasskey>(&RenamePasskeyRequest { user_id, passkey_id: id, name }).await?;
        }
        CredentialKind::SecurityKey => {
            client::call::<RenameU2F>(&RenameU2FRequest { user_id, u2f_id: id, name }).await?;
        }
    }
    Ok(())
}

#[component]
pub fn PasskeyList(user_id: String) -> impl IntoView {
    view! { <CredentialList kind=CredentialKind::Passkey user_id /> }
}

#[component]
pub fn CredentialList(kind: CredentialKind, user_id: String) -> impl IntoView {
    let session_id = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|s| crate::links::query_value(&s, param::SESSION_ID))
        .unwrap_or_default();
    let (title, empty, add, set_path) = match kind {
        CredentialKind::Passkey => (Msg::Passkeys, Msg::PasskeysEmpty, Msg::PasskeyAdd, "/passkey/set"),
        CredentialKind::SecurityKey => (Msg::SecurityKeys, Msg::SecurityKeysEmpty, Msg::SecurityKeyAdd, "/u2f/set"),
    };
    let slug = kind.slug();
    let items = Load::new({
        let user_id = user_id.clone();
        move || list(kind, user_id.clone())
    });
    let error = RwSignal::new(None::<Msg>);
    let busy = RwSignal::new(false);
    let add_href = with_query(set_path, &[(param::SESSION_ID, &session_id)]);
    view! {
        <div id=format!("{slug}s") class="credential-list">
            <h3 id=format!("{slug}s-title")>{t(title)}</h3>
            <ErrorBanner error=error />
            {items
                .view(move |entries| {
                    if entries.is_empty() {
                        return view! { <p id=format!("{slug}s-empty") class="muted">{t(empty)}</p> }.into_any();
                    }
                    let user_id = user_id.clone();
                    view! {
                        <ul id=format!("{slug}-list") class="factor-list">
                            {entries
                                .into_iter()
                                .map(|entry| {
                                    view! { <CredentialRow kind entry user_id=user_id.clone() items error busy /> }
                                })
                                .collect_view()}
                        </ul>
                    }
                        .into_any()
                })}
            <a id=format!("{slug}-add") class="button secondary" href=add_href>
                {t(add)}
            </a>
        </div>
    }
}

#[component]
fn CredentialRow(
    kind: CredentialKind,
    entry: Passkey,
    user_id: String,
    items: Load<Vec<Passkey>>,
    error: RwSignal<Option<Msg>>,
    busy: RwSignal<bool>,
) -> impl IntoView {
    let editing = RwSignal::new(false);
    let draft = RwSignal::new(entry.name.clone());
    let added = entry.creation_date.as_ref().map(format_timestamp).unwrap_or_default();
    // "Last used 2 days ago": recency is what matters when deciding which key to remove.
    let used = entry.last_used_date.as_ref().map(format_ago);
    let (id, name) = (entry.id.clone(), entry.name.clone());
    let run = move |task: std::pin::Pin<Box<dyn std::future::Future<Output = Result<(), ApiError>>>>| {
        busy.set(true);
        error.set(None);
        client::spawn(async move {
            let outcome = task.await;
            busy.set(false);
            match outcome {
                Ok(()) => items.reload(),
                Err(e) => error.set(Some(error_message(&e))),
            }
        });
    };
    let on_remove = {
        let (user_id, id) = (user_id.clone(), id.clone());
        move |_| run(Box::pin(remove(kind, user_id.clone(), id.clone())))
    };
    let on_save = {
        let (user_id, id) = (user_id.clone(), id.clone());
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let new_name = draft.get_untracked().trim().to_owned();
            if new_name.is_empty() {
                error.set(Some(Msg::NameRequired));
                return;
            }
            editing.set(false);
            run(Box::pin(rename(kind, user_id.clone(), id.clone(), new_name)))
        }
    };
    let slug = kind.slug();
    let data_name = name.clone();
    view! {
        <li class="factor-row credential-row" data-name=data_name>
            {move || {
                if editing.get() {
                    view! {
                        <form class="rename-form" on:submit=on_save.clone()>
                            <input
                                class="rename-input"
                                id=format!("{slug}-rename-input")
                                aria-label=t(Msg::Rename)
                                bind:value=draft
                            />
                            <button type="submit" class="button primary rename-save">
                                {t(Msg::Save)}
                            </button>
                            <button type="button" class="button secondary" on:click=move |_| editing.set(false)>
                                {t(Msg::Cancel)}
                            </button>
                        </form>
                    }
                        .into_any()
                } else {
                    view! { <span class="factor-name credential-name">{name.clone()}</span> }.into_any()
                }
            }}
            <span class="muted credential-dates">
                {format!("{} {added} · ", t(Msg::AddedOn))}
                {match &used {
                    Some(at) => format!("{} {at}", t(Msg::LastUsed)),
                    None => t(Msg::NeverUsed).to_owned(),
                }}
            </span>
            <button type="button" class="button secondary rename-button" disabled=move || busy.get() on:click=move |_| editing.set(true)>
                {t(Msg::Rename)}
            </button>
            <button type="button" class="button secondary remove-button" disabled=move || busy.get() on:click=on_remove>
                {t(Msg::Remove)}
            </button>
        </li>
    }
}
