//! External identity providers in the login, as in ZITADEL's login: an intent is started with two return pages
//! of this app (`/idp/{provider}/success` and `/failure`, carrying the flow state), the browser goes to the
//! provider, and the server's `/idps/callback` sends it back to one of them with `id`, `token` (and `user` when an
//! account is linked). This module has the URLs, starting an intent, and the failure page; the success page is
//! [`crate::pages::idp_success`].

use gatehouse_api::idp::{
    CheckIdpIntent, DiscoverLoginDomain, DiscoverLoginDomainRequest, IdentityProvider, IdentityProviderType,
    RedirectUrls, StartIdentityProviderIntent, StartIdentityProviderIntentRequest,
};
use gatehouse_api::session::{CheckUser, Checks, CreateSession, CreateSessionRequest};
use gatehouse_api::{ApiError, Code};
use leptos::prelude::*;

use crate::components::Card;
use crate::i18n::{error_ids, t, Msg};
use crate::links::{self, with_query};
use crate::pages::use_query_param;
use crate::{client, flow};

/// Query parameters of the return pages: ZITADEL's (`id`, `token`, `user`, `error`) and the flow's own.
pub mod param {
    /// The intent's id and token, added by the server's callback.
    pub const ID: &str = "id";
    pub const TOKEN: &str = "token";
    /// The linked user, when the external identity already belongs to one.
    pub const USER: &str = "user";
    /// The OAuth error code on the failure page.
    pub const ERROR: &str = "error";
    /// `link=1`: the intent was started from the account centre to link the identity to the signed-in user.
    pub const LINK: &str = "link";
}

/// The path segment naming the provider's kind, as in ZITADEL's login (`/idp/google/success`).
pub fn slug(kind: IdentityProviderType) -> &'static str {
    use IdentityProviderType as T;
    match kind {
        T::Google => "google",
        T::Github | T::GithubEs => "github",
        T::Gitlab | T::GitlabSelfHosted => "gitlab",
        T::AzureAd => "azure",
        T::Apple => "apple",
        T::Oauth => "oauth",
        T::Saml => "saml",
        T::Jwt => "jwt",
        T::Ldap => "ldap",
        T::Oidc | T::Unspecified => "oidc",
    }
}

pub fn success_path(slug: &str) -> String {
    format!("/idp/{slug}/success")
}

pub fn failure_path(slug: &str) -> String {
    format!("/idp/{slug}/failure")
}

/// Starts an intent for `provider` and answers where to send the browser: the provider's authorization URL, or
/// straight to the success page when the server finished the intent without a redirect. The return pages carry
/// the current flow (the app's auth request, the organization) plus `extra` (e.g. [`param::LINK`]).
pub async fn start_intent(provider: &IdentityProvider, extra: &[(&str, &str)]) -> Result<String, ApiError> {
    let origin = web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default();
    let kind = slug(provider.idp_type);
    let urls = RedirectUrls {
        success_url: format!("{origin}{}", with_query(&success_path(kind), extra)),
        failure_url: format!("{origin}{}", with_query(&failure_path(kind), extra)),
    };
    let request =
        StartIdentityProviderIntentRequest { idp_id: provider.id.clone(), urls: Some(urls.clone()), ldap: None };
    let started = client::call::<StartIdentityProviderIntent>(&request).await?;
    if let Some(url) = started.auth_url.filter(|u| !u.is_empty()) {
        return Ok(url);
    }
    match started.idp_intent {
        Some(intent) => {
            let separator = if urls.success_url.contains('?') { '&' } else { '?' };
            let params = [
                (param::ID, intent.idp_intent_id.as_str()),
                (param::TOKEN, intent.idp_intent_token.as_str()),
                (param::USER, intent.user_id.as_str()),
            ];
            Ok(format!("{}{separator}{}", urls.success_url, query_only(&params)))
        }
        None => {
            Err(ApiError::new(Code::Unimplemented, "", "the provider needs a form post, which this login cannot do"))
        }
    }
}

/// `k=v&…` (encoded, empty values skipped) without the current page's flow parameters.
fn query_only(params: &[(&str, &str)]) -> String {
    links::with_query_carrying("", params, "").trim_start_matches('?').to_owned()
}

/// Domain discovery: when the login name is an email address whose domain belongs to an org that signs its users
/// in with its own provider (and allows discovery), or a user whose only way in is a linked provider, the URL to
/// send the browser to; `None` to go on as usual. Discovery itself failing is not the user's problem: the login
/// goes on without it.
pub async fn discovered_provider(login_name: &str) -> Result<Option<String>, ApiError> {
    let request = DiscoverLoginDomainRequest { login_name: login_name.to_owned() };
    let Ok(found) = client::call::<DiscoverLoginDomain>(&request).await else { return Ok(None) };
    let Some(provider) = found.idp else { return Ok(None) };
    // The return pages are that org's (its branding, its login policy).
    let org = [(links::param::ORGANIZATION, found.organization_id.as_str())];
    let extra: &[(&str, &str)] = if found.organization_id.is_empty() { &[] } else { &org };
    start_intent(&provider, extra).await.map(Some)
}

/// Leaves the app for `url` (the provider), keeping this page in the history so "back" returns to it.
pub fn leave_for(url: &str) {
    // Only ever leave for a web page: the URL comes from the provider's configuration, and the server checks it too.
    if !(url.starts_with("https://") || url.starts_with("http://")) {
        return;
    }
    if let Some(window) = web_sys::window() {
        // Fails only for URLs the browser refuses to open; the page stays and the button can be pressed again.
        let _ = window.location().assign(url);
    }
}

/// A succeeded intent, as the return page got it: proof of the external identity for one session check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Intent {
    pub id: String,
    pub token: String,
}

impl Intent {
    fn check(&self) -> serde_json::Value {
        let check = CheckIdpIntent { idp_intent_id: self.id.clone(), idp_intent_token: self.token.clone() };
        serde_json::to_value(check).unwrap_or_default()
    }
}

/// Signs `user_id` in with the intent (a new session with the user and idpIntent checks), then answers the next
/// page of the login: a second factor, the optional set-up prompt, or signed in (and on to the app); or
/// `/verify` when the account's email address must be verified first (`login_name` is shown there).
pub async fn sign_in_with_intent(user_id: &str, login_name: &str, intent: &Intent) -> Result<String, ApiError> {
    let request = CreateSessionRequest {
        checks: Some(Checks {
            user: Some(CheckUser { user_id: Some(user_id.to_owned()), login_name: None }),
            idp_intent: Some(intent.check()),
            ..Default::default()
        }),
        ..Default::default()
    };
    let session_id = match client::call::<CreateSession>(&request).await {
        Ok(created) => created.session_id,
        // The server keeps the session for this browser; /verify continues to signed in once the code is in.
        Err(error) if error.id == error_ids::EMAIL_UNVERIFIED => return Ok(links::verify(user_id, login_name, false)),
        Err(error) => return Err(error),
    };
    let mut login = flow::load(&session_id).await?;
    // forceMfaLocalOnly asks for a second factor only after a local sign-in (password, passkey): the provider
    // vouched for this one, as in ZITADEL. A forced MFA (forceMfa) still applies.
    login.settings.force_mfa_local_only = false;
    flow::next_after_first_factor(&login).await
}

/// Which message explains a failed return from the provider: its OAuth `error` code.
pub fn failure_message(error: Option<&str>, linking: bool) -> Msg {
    match (error, linking) {
        (_, true) => Msg::IdpLinkFailed,
        (Some("access_denied" | "consent_required" | "login_required" | "interaction_required"), _) => Msg::IdpDenied,
        _ => Msg::IdpFailed,
    }
}

/// `/idp/{provider}/failure`: the provider refused, the user cancelled there, or the server could not finish the
/// intent. Says so, changes nothing, and leads back to where the user came from.
#[component]
pub fn IdpFailure() -> impl IntoView {
    let error = use_query_param(param::ERROR).get_untracked();
    let linking = use_query_param(param::LINK).get_untracked().is_some();
    let msg = failure_message(error.as_deref(), linking);
    view! { <IdpProblem msg linking /> }
}

/// Why signing in (or linking, from the account centre) with a provider did not work, and the way back.
#[component]
pub fn IdpProblem(msg: Msg, linking: bool) -> impl IntoView {
    let (href, label) = if linking {
        (with_query(links::PROFILE, &[]), Msg::BackToProfile)
    } else {
        (with_query(links::LOGINNAME, &[]), Msg::BackToSignIn)
    };
    view! {
        <Card title=Msg::IdpFailureTitle>
            <p id="idp-failure-message" class="banner banner-error" role="alert">
                {t(msg)}
            </p>
            <div class="actions">
                <a id="idp-failure-back" class="button primary" href=href>
                    {t(label)}
                </a>
            </div>
        </Card>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_follow_zitadel() {
        assert_eq!(slug(IdentityProviderType::Oidc), "oidc");
        assert_eq!(slug(IdentityProviderType::GitlabSelfHosted), "gitlab");
        assert_eq!(slug(IdentityProviderType::AzureAd), "azure");
        assert_eq!(success_path("oidc"), "/idp/oidc/success");
    }

    #[test]
    fn a_denial_is_told_apart_from_other_failures() {
        assert_eq!(failure_message(Some("access_denied"), false), Msg::IdpDenied);
        assert_eq!(failure_message(Some("server_error"), false), Msg::IdpFailed);
        assert_eq!(failure_message(None, false), Msg::IdpFailed);
        assert_eq!(failure_message(Some("access_denied"), true), Msg::IdpLinkFailed);
    }

    #[test]
    fn intent_parameters_are_encoded() {
        assert_eq!(query_only(&[("id", "1"), ("token", "a+b/c"), ("user", "")]), "id=1&token=a%2Bb%2Fc");
    }
}
