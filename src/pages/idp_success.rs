//! `/idp/{provider}/success?id=..&token=..[&user=..][&link=1]`: back from an external identity provider.
//!
//! - `user` (the identity is linked to an account, or the server just created one): sign in with the intent and
//!   continue the login (second factor, the app).
//! - `link=1` (started from the account centre): link the identity to the signed-in user.
//! - otherwise the provider's options decide what the page offers: a registration form filled in from the
//!   provider's claims (`isCreationAllowed`), signing in to an existing account to link it (`isLinkingAllowed`),
//!   or neither (explained, with a way back).

use gatehouse_api::idp::{
    AddIDPLink, AddIdpLinkRequest, AutoLinkingOption, GetIDPByID, IdRequest, Idp, IdpLink,
    RetrieveIdentityProviderIntent, RetrieveIdentityProviderIntentRequest, RetrieveIdentityProviderIntentResponse,
};
use gatehouse_api::user::AddHumanUserRequest;
use gatehouse_api::{ApiError, Code};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::client;
use crate::components::idp_link_form::IdpLinkForm;
use crate::components::idp_register_form::IdpRegisterForm;
use crate::components::{Card, Loading};
use crate::i18n::{error_message, idp_linked, idp_no_account, t, Msg};
use crate::links::{self, with_query};
use crate::load::{self, Load};
use crate::pages::idp::{param, sign_in_with_intent, IdpProblem, Intent};
use crate::pages::signedin::load_signed_in_user;
use crate::pages::use_query_param;

/// What the return page found out.
#[derive(Clone, Debug)]
enum Outcome {
    /// Signed in: the login continues at this page.
    Continue(String),
    /// Linked to the signed-in user from the account centre.
    Linked {
        provider: String,
    },
    /// No account has this identity yet: what the user may do about it.
    Choose(Choice),
    Failed(Msg),
}

/// The external identity and what the provider's options allow.
#[derive(Clone, Debug)]
pub struct Choice {
    pub provider: String,
    pub intent: Intent,
    pub link: IdpLink,
    /// AddHumanUser as the provider's claims fill it in (with the link).
    pub prefill: AddHumanUserRequest,
    pub can_create: bool,
    pub can_link: bool,
    /// The login name to suggest for linking (the provider's email or username, per `autoLinking`).
    pub suggested_login: String,
}

#[component]
pub fn IdpSuccess() -> impl IntoView {
    let navigate = use_navigate();
    let id = use_query_param(param::ID).get_untracked();
    let token = use_query_param(param::TOKEN).get_untracked();
    let user = use_query_param(param::USER).get_untracked();
    let linking = use_query_param(param::LINK).get_untracked().is_some();
    let outcome = Load::new(move || {
        let intent = id.clone().zip(token.clone()).map(|(id, token)| Intent { id, token });
        resolve(intent, user.clone(), linking)
    });
    Effect::new(move || {
        if let Some(Ok(Outcome::Continue(href))) = outcome.get() {
            // Replace: "back" must not return to an intent that is used up.
            navigate(&href, NavigateOptions { replace: true, ..Default::default() });
        }
    });

    move || match outcome.get() {
        Some(Ok(Outcome::Linked { provider })) => view! { <Linked provider /> }.into_any(),
        Some(Ok(Outcome::Choose(choice))) => view! { <Choose choice /> }.into_any(),
        Some(Ok(Outcome::Failed(msg))) => view! { <IdpProblem msg linking /> }.into_any(),
        // Signing in (then leaving), still loading, or the load failed (with "try again").
        _ => {
            let signing_in = |_| view! { <Loading label=Msg::IdpSigningIn /> };
            view! {
                <Card title=Msg::IdpSigningIn>
                    {outcome.view_labelled(Msg::IdpSigningIn, Msg::IdpFailureTitle, signing_in)}
                </Card>
            }
            .into_any()
        }
    }
}

async fn resolve(intent: Option<Intent>, user: Option<String>, linking: bool) -> Result<Outcome, ApiError> {
    let Some(intent) = intent else { return Ok(Outcome::Failed(Msg::IdpLinkIncomplete)) };
    if linking {
        return link_to_signed_in_user(&intent).await.or_else(explain);
    }
    if let Some(user_id) = user {
        return sign_in_with_intent(&user_id, "", &intent).await.map(Outcome::Continue).or_else(explain);
    }
    let retrieved = match retrieve(&intent).await {
        Ok(retrieved) => retrieved,
        Err(error) => return explain(error),
    };
    if !retrieved.user_id.is_empty() {
        return sign_in_with_intent(&retrieved.user_id, "", &intent).await.map(Outcome::Continue).or_else(explain);
    }
    let idp = provider(&retrieved.idp_information.idp_id).await?;
    Ok(Outcome::Choose(choice(idp, intent, retrieved)))
}

/// Errors about the intent itself (unknown, expired, used, not this browser's) end the page with an explanation;
/// others (network, server) get "try again".
fn explain(error: ApiError) -> Result<Outcome, ApiError> {
    match error.code {
        Code::NotFound | Code::FailedPrecondition | Code::PermissionDenied | Code::InvalidArgument => {
            Ok(Outcome::Failed(intent_error(&error)))
        }
        Code::AlreadyExists => Ok(Outcome::Failed(Msg::IdpLinkedElsewhere)),
        Code::Unauthenticated if error.id == load::SIGNED_OUT => Ok(Outcome::Failed(Msg::SessionExpired)),
        _ => Err(error),
    }
}

fn intent_error(error: &ApiError) -> Msg {
    match error_message(error) {
        // The generic texts say less than this page can.
        Msg::InvalidInput | Msg::NotAllowed | Msg::Unexpected => Msg::IdpIntentInvalid,
        specific => specific,
    }
}

async fn retrieve(intent: &Intent) -> Result<RetrieveIdentityProviderIntentResponse, ApiError> {
    let request = RetrieveIdentityProviderIntentRequest {
        idp_intent_id: intent.id.clone(),
        idp_intent_token: intent.token.clone(),
    };
    client::call::<RetrieveIdentityProviderIntent>(&request).await
}

async fn provider(idp_id: &str) -> Result<Idp, ApiError> {
    Ok(client::call::<GetIDPByID>(&IdRequest { id: idp_id.to_owned() }).await?.idp)
}

fn external_link(retrieved: &RetrieveIdentityProviderIntentResponse) -> IdpLink {
    let info = &retrieved.idp_information;
    IdpLink { idp_id: info.idp_id.clone(), user_id: info.user_id.clone(), user_name: info.user_name.clone() }
}

/// What the page offers for an identity no account has yet.
fn choice(idp: Idp, intent: Intent, retrieved: RetrieveIdentityProviderIntentResponse) -> Choice {
    let link = external_link(&retrieved);
    let mut prefill = retrieved.add_human_user.unwrap_or_default();
    if !prefill.idp_links.iter().any(|l| l.idp_id == link.idp_id && l.user_id == link.user_id) {
        prefill.idp_links.push(link.clone());
    }
    let options = idp.config.options;
    let email = prefill.email.as_ref().map(|e| e.email.clone()).unwrap_or_default();
    let suggested_login = match options.auto_linking {
        AutoLinkingOption::Username => prefill.username.clone().unwrap_or_default(),
        AutoLinkingOption::Email => email,
        AutoLinkingOption::Unspecified => String::new(),
    };
    Choice {
        provider: idp.name,
        intent,
        link,
        prefill,
        can_create: options.is_creation_allowed,
        can_link: options.is_linking_allowed,
        suggested_login,
    }
}

/// From the account centre: adds the identity to the signed-in user.
async fn link_to_signed_in_user(intent: &Intent) -> Result<Outcome, ApiError> {
    let me = load_signed_in_user(None).await?.user.user_id;
    let retrieved = retrieve(intent).await?;
    let provider = provider(&retrieved.idp_information.idp_id).await?.name;
    match retrieved.user_id.as_str() {
        "" => {}
        linked if linked == me => return Ok(Outcome::Linked { provider }),
        _ => return Ok(Outcome::Failed(Msg::IdpLinkedElsewhere)),
    }
    let request = AddIdpLinkRequest { user_id: me, idp_link: Some(external_link(&retrieved)) };
    client::call::<AddIDPLink>(&request).await?;
    Ok(Outcome::Linked { provider })
}

#[component]
fn Linked(provider: String) -> impl IntoView {
    view! {
        <Card title=Msg::IdpLinkedTitle>
            <p id="idp-linked" class="banner banner-info" role="status">
                {idp_linked(&provider)}
            </p>
            <div class="actions">
                <a id="idp-back-to-profile" class="button primary" href=with_query(links::PROFILE, &[])>
                    {t(Msg::BackToProfile)}
                </a>
            </div>
        </Card>
    }
}

/// No account yet: register (prefilled), link an existing account, or neither.
#[component]
fn Choose(choice: Choice) -> impl IntoView {
    let title = if choice.can_create {
        Msg::IdpRegisterTitle
    } else if choice.can_link {
        Msg::IdpLinkTitle
    } else {
        Msg::IdpNoAccountTitle
    };
    let register = choice.can_create.then(|| view! { <IdpRegisterForm choice=choice.clone() /> });
    // With both, linking is the second option under its own heading.
    let link = choice.can_link.then(|| view! { <IdpLinkForm choice=choice.clone() heading=choice.can_create /> });
    let neither = (!choice.can_create && !choice.can_link).then(|| {
        view! {
            <p id="idp-no-account" class="intro">
                {idp_no_account(&choice.provider)}
            </p>
            <div class="actions">
                <a id="idp-failure-back" class="button primary" href=with_query(links::LOGINNAME, &[])>
                    {t(Msg::BackToSignIn)}
                </a>
            </div>
        }
    });
    view! {
        <Card title>
            {register}
            {link}
            {neither}
        </Card>
    }
}
