//! One button per active identity provider ("Continue with Acme SSO"): on the login name page, and in the
//! account centre to link another account. Pressing one starts an intent and leaves for the provider.

use gatehouse_api::idp::{GetActiveIdentityProviders, GetActiveIdentityProvidersRequest, IdentityProvider};
use gatehouse_api::object::RequestContext;
use gatehouse_api::ApiError;
use leptos::prelude::*;

use crate::client;
use crate::components::idp_icon::IdpIcon;
use crate::i18n::{error_message, idp_continue_with, t, Msg};
use crate::pages::idp::{leave_for, param, start_intent};

/// The providers the login offers in `org_id` (none: the org this page is branded for, else the instance);
/// `linkable`: only those that allow linking to an existing account.
pub async fn active_providers(org_id: Option<String>, linkable: bool) -> Result<Vec<IdentityProvider>, ApiError> {
    let org_id = org_id.or_else(crate::branding::org);
    let request = GetActiveIdentityProvidersRequest {
        ctx: org_id.map(|org_id| RequestContext { org_id: Some(org_id), instance: false }),
        linking_allowed: linkable.then_some(true),
        ..Default::default()
    };
    Ok(client::call::<GetActiveIdentityProviders>(&request).await?.identity_providers)
}

/// The buttons, or nothing when no provider is active (or they cannot be loaded: providers are an extra way in,
/// the rest of the page works without them).
#[component]
pub fn IdpButtons(
    /// An "or" line above the buttons (the login page, under its form).
    #[prop(optional)]
    separator: bool,
    /// Account centre: only linkable providers of `org_id`, and the return page links instead of signing in.
    #[prop(optional)]
    link: bool,
    #[prop(optional, into)] org_id: Option<String>,
    /// A heading above the buttons, shown only with them.
    #[prop(optional, into)]
    title: Option<Msg>,
    /// Ids of providers not to offer (account centre: those already linked).
    #[prop(optional, into)]
    exclude: Signal<Vec<String>>,
) -> impl IntoView {
    let providers = RwSignal::new(Vec::<IdentityProvider>::new());
    client::spawn(async move {
        if let Ok(list) = active_providers(org_id, link).await {
            providers.try_set(list);
        }
    });
    // The id of the provider being started; the page is about to leave.
    let pending = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<Msg>);
    // Back from the provider through the browser's page cache: the page is shown as it was left, busy.
    let handle = window_event_listener(leptos::ev::pageshow, move |_| pending.set(None));
    on_cleanup(move || handle.remove());

    let start = move |provider: IdentityProvider| {
        if pending.get_untracked().is_some() {
            return;
        }
        pending.set(Some(provider.id.clone()));
        error.set(None);
        client::spawn(async move {
            let extra: &[(&str, &str)] = if link { &[(param::LINK, "1")] } else { &[] };
            match start_intent(&provider, extra).await {
                Ok(url) => leave_for(&url),
                Err(e) => {
                    pending.set(None);
                    error.set(Some(error_message(&e)));
                }
            }
        });
    };

    move || {
        let hidden = exclude.get();
        let list: Vec<IdentityProvider> = providers.get().into_iter().filter(|p| !hidden.contains(&p.id)).collect();
        (!list.is_empty()).then(|| {
            let buttons = list
                .into_iter()
                .map(|provider| {
                    let id = provider.id.clone();
                    let busy = Signal::derive({
                        let id = id.clone();
                        move || pending.get().as_deref() == Some(id.as_str())
                    });
                    let label = idp_continue_with(&provider.name);
                    let kind = provider.idp_type;
                    view! {
                        <li>
                            <button
                                type="button"
                                id=format!("idp-{id}")
                                class="button secondary idp-button"
                                disabled=move || pending.get().is_some()
                                aria-busy=move || busy.get().to_string()
                                on:click=move |_| start(provider.clone())
                            >
                                <IdpIcon kind />
                                <span class="when-idle">{label}</span>
                                <span class="when-busy">
                                    <span class="spinner" aria-hidden="true"></span>
                                    {t(Msg::IdpRedirecting)}
                                </span>
                            </button>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div class="idp-buttons" id="idp-buttons">
                    {title.map(|title| view! { <h4 id="idp-buttons-title">{t(title)}</h4> })}
                    {separator
                        .then(|| {
                            view! {
                                <p class="idp-separator">
                                    <span>{t(Msg::IdpOr)}</span>
                                </p>
                            }
                        })}
                    <ul class="idp-list">{buttons}</ul>
                    {move || {
                        error
                            .get()
                            .map(|msg| {
                                view! {
                                    <p id="idp-error" class="banner banner-error" role="alert">
                                        {t(msg)}
                                    </p>
                                }
                            })
                    }}
                </div>
            }
        })
    }
}
