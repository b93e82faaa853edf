//! The account centre's "Linked accounts": the user's external identities (ListIDPLinks), each removable
//! (RemoveIDPLink; the server refuses to remove the last way to sign in), and buttons to link another one.

use gatehouse_api::idp::{
    GetIDPByID, IdRequest, IdentityProviderType, IdpLink, IdpType, ListIDPLinks, ListIdpLinksRequest, RemoveIDPLink,
    RemoveIdpLinkRequest,
};
use gatehouse_api::ApiError;
use leptos::prelude::*;

use crate::client;
use crate::components::idp_icon::IdpIcon;
use crate::components::{ErrorBanner, IdpButtons};
use crate::i18n::{error_message, t, Msg};
use crate::load::Load;

/// A link with its provider's name and kind (a provider removed since shows its id).
#[derive(Clone, Debug, PartialEq)]
struct LinkedAccount {
    link: IdpLink,
    provider: String,
    kind: IdentityProviderType,
}

/// The v2 IDP type as the settings' provider type (the icon takes the latter).
fn kind_of(idp_type: IdpType) -> IdentityProviderType {
    use IdentityProviderType as K;
    match idp_type {
        IdpType::Unspecified => K::Unspecified,
        IdpType::Oidc => K::Oidc,
        IdpType::Jwt => K::Jwt,
        IdpType::Ldap => K::Ldap,
        IdpType::Oauth => K::Oauth,
        IdpType::AzureAd => K::AzureAd,
        IdpType::Github => K::Github,
        IdpType::GithubEs => K::GithubEs,
        IdpType::Gitlab => K::Gitlab,
        IdpType::GitlabSelfHosted => K::GitlabSelfHosted,
        IdpType::Google => K::Google,
        IdpType::Apple => K::Apple,
        IdpType::Saml => K::Saml,
    }
}

async fn linked_accounts(user_id: String) -> Result<Vec<LinkedAccount>, ApiError> {
    let request = ListIdpLinksRequest { user_id, query: None };
    let links = client::call::<ListIDPLinks>(&request).await?.result;
    let mut accounts = Vec::with_capacity(links.len());
    for link in links {
        let idp = client::call::<GetIDPByID>(&IdRequest { id: link.idp_id.clone() }).await.map(|a| a.idp);
        let (provider, kind) = match idp {
            Ok(idp) => (idp.name, kind_of(idp.idp_type)),
            Err(_) => (link.idp_id.clone(), IdentityProviderType::Unspecified),
        };
        accounts.push(LinkedAccount { link, provider, kind });
    }
    Ok(accounts)
}

#[component]
pub fn IdpLinks(user_id: String, org_id: String) -> impl IntoView {
    let accounts = Load::new({
        let user_id = user_id.clone();
        move || linked_accounts(user_id.clone())
    });
    // Providers already linked are not offered again: a second account at the same provider is rarely meant.
    let linked_providers = Signal::derive(move || match accounts.get() {
        Some(Ok(list)) => list.iter().map(|a| a.link.idp_id.clone()).collect(),
        _ => Vec::new(),
    });
    let error = RwSignal::new(None::<Msg>);
    // The link being removed ("idpId/userId").
    let removing = RwSignal::new(None::<String>);

    let remove = Callback::new(move |link: IdpLink| {
        if removing.get_untracked().is_some() {
            return;
        }
        removing.set(Some(format!("{}/{}", link.idp_id, link.user_id)));
        error.set(None);
        let request =
            RemoveIdpLinkRequest { user_id: user_id.clone(), idp_id: link.idp_id, linked_user_id: link.user_id };
        client::spawn(async move {
            let outcome = client::call::<RemoveIDPLink>(&request).await;
            removing.set(None);
            match outcome {
                Ok(_) => accounts.reload(),
                Err(e) => error.set(Some(remove_error(&e))),
            }
        });
    });

    view! {
        <h3 id="linked-accounts-title">{t(Msg::LinkedAccountsTitle)}</h3>
        {accounts
            .view(move |list| {
                if list.is_empty() {
                    return view! {
                        <p id="linked-accounts-empty" class="muted">
                            {t(Msg::LinkedAccountsEmpty)}
                        </p>
                    }
                        .into_any();
                }
                let rows = list
                    .into_iter()
                    .map(|account| {
                        let key = format!("{}/{}", account.link.idp_id, account.link.user_id);
                        let row_id = format!("idp-link-{}-{}", account.link.idp_id, account.link.user_id);
                        let button_id = format!("{row_id}-remove");
                        let busy = Signal::derive(move || removing.get().as_deref() == Some(key.as_str()));
                        let link = account.link.clone();
                        view! {
                            <li id=row_id class="factor-row idp-link-row">
                                <IdpIcon kind=account.kind />
                                <span class="factor-name">
                                    <span class="idp-link-provider">{account.provider}</span>
                                    <span class="idp-link-user muted">{account.link.user_name.clone()}</span>
                                </span>
                                <button
                                    type="button"
                                    id=button_id
                                    class="button secondary small"
                                    disabled=move || removing.get().is_some()
                                    aria-busy=move || busy.get().to_string()
                                    on:click=move |_| remove.run(link.clone())
                                >
                                    <span class="when-idle">{t(Msg::Remove)}</span>
                                    <span class="when-busy">
                                        <span class="spinner" aria-hidden="true"></span>
                                        {t(Msg::FactorRemoving)}
                                    </span>
                                </button>
                            </li>
                        }
                    })
                    .collect_view();
                view! { <ul id="idp-link-list" class="factor-list">{rows}</ul> }.into_any()
            })}
        <ErrorBanner error />
        <IdpButtons link=true org_id=org_id title=Msg::LinkAnotherAccount exclude=linked_providers />
    }
}

/// Removing the last way to sign in gets its own explanation.
fn remove_error(error: &ApiError) -> Msg {
    if error.id == "IDP-Link-Last" {
        Msg::IdpLastLoginMethod
    } else {
        error_message(error)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use gatehouse_api::Code;

    #[test]
    fn the_last_way_to_sign_in_is_explained() {
        let last = ApiError::new(Code::FailedPrecondition, "IDP-Link-Last", "x");
        assert_eq!(remove_error(&last), Msg::IdpLastLoginMethod);
        assert_eq!(remove_error(&ApiError::new(Code::Unavailable, "", "x")), Msg::NetworkError);
        assert_eq!(kind_of(IdpType::Saml), IdentityProviderType::Saml);
    }
}
