//! `/passkey[?loginName=..&sessionId=..]`: sign in with a passkey. With a session from the login name step, the
//! browser is asked for one of that user's passkeys; without one ("Sign in with a passkey"), for any passkey it
//! holds for this site, and the server finds the account from it.
//!
//! [`assert_on_session`] is shared with `/u2f` (a security key after the password) and the login name page's
//! autofill (conditional mediation).

use gatehouse_api::session::{
    Challenges, CheckWebAuthN, Checks, CreateSession, CreateSessionRequest, RequestChallenges, RequestWebAuthN,
    SetSession, SetSessionRequest, UserVerificationRequirement,
};
use gatehouse_api::ApiError;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::client;
use crate::components::{ActionButton, Card, ErrorBanner};
use crate::i18n::{error_message, t, Msg};
use crate::links::{self, param};
use crate::pages::use_query_param;
use crate::webauthn::{self, Failure};

/// Why a WebAuthn sign-in step failed: the browser side or the server side.
pub enum Problem {
    Browser(Failure),
    Api(ApiError),
}

impl From<ApiError> for Problem {
    fn from(e: ApiError) -> Self {
        Problem::Api(e)
    }
}

impl Problem {
    pub fn message(&self) -> Msg {
        match self {
            Problem::Browser(f) => f.message(),
            Problem::Api(e) => error_message(e),
        }
    }
}

fn request(requirement: UserVerificationRequirement) -> RequestChallenges {
    let domain = web_sys::window().and_then(|w| w.location().hostname().ok()).unwrap_or_default();
    RequestChallenges {
        web_auth_n: Some(RequestWebAuthN { domain, user_verification_requirement: requirement }),
        ..Default::default()
    }
}

fn options_of(challenges: Option<Challenges>) -> Result<serde_json::Value, Problem> {
    challenges
        .and_then(|c| c.web_auth_n)
        .map(|w| w.public_key_credential_request_options)
        .ok_or_else(|| Problem::Browser(Failure::Other("no webAuthN challenge in the answer".into())))
}

/// Asks the session for a challenge, lets the browser answer it, and sends the answer as the session's check.
pub async fn assert_on_session(session_id: &str, requirement: UserVerificationRequirement) -> Result<(), Problem> {
    let challenged = client::call::<SetSession>(&SetSessionRequest {
        session_id: session_id.to_owned(),
        challenges: Some(request(requirement)),
        ..Default::default()
    })
    .await?;
    let options = options_of(challenged.challenges)?;
    let assertion = webauthn::get_assertion(&options, false, None).await.map_err(Problem::Browser)?;
    check(session_id, assertion).await
}

pub async fn check(session_id: &str, assertion: serde_json::Value) -> Result<(), Problem> {
    client::call::<SetSession>(&SetSessionRequest {
        session_id: session_id.to_owned(),
        checks: Some(Checks {
            web_auth_n: Some(CheckWebAuthN { credential_assertion_data: assertion }),
            ..Default::default()
        }),
        ..Default::default()
    })
    .await?;
    Ok(())
}

/// A new session with a discoverable challenge (no user yet): its id and the browser's options.
pub async fn usernameless_session() -> Result<(String, serde_json::Value), Problem> {
    let created = client::call::<CreateSession>(&CreateSessionRequest {
        challenges: Some(request(UserVerificationRequirement::Required)),
        ..Default::default()
    })
    .await?;
    let options = options_of(created.challenges)?;
    Ok((created.session_id, options))
}

/// The whole "Sign in with a passkey" button flow; the signed-in session's id.
pub async fn sign_in_without_username() -> Result<String, Problem> {
    let (session_id, options) = usernameless_session().await?;
    let assertion = webauthn::get_assertion(&options, false, None).await.map_err(Problem::Browser)?;
    check(&session_id, assertion).await?;
    Ok(session_id)
}

#[component]
pub fn Passkey() -> impl IntoView {
    let navigate = use_navigate();
    let login_name = use_query_param(param::LOGIN_NAME);
    let session_id = use_query_param(param::SESSION_ID);
    let error = RwSignal::new(None::<Msg>);
    let pending = RwSignal::new(false);
    let supported = webauthn::supported();
    if !supported {
        error.set(Some(Msg::WebAuthnUnsupported));
    }

    let on_click = Callback::new(move |()| {
        if pending.get_untracked() {
            return;
        }
        error.set(None);
        pending.set(true);
        let known = session_id.get_untracked();
        let navigate = navigate.clone();
        client::spawn(async move {
            let outcome = match known {
                Some(id) => assert_on_session(&id, UserVerificationRequirement::Required).await.map(|()| id),
                None => sign_in_without_username().await,
            };
            let next = match outcome {
                Ok(id) => crate::flow::after_first_factor(&id).await.map_err(Problem::Api),
                Err(problem) => Err(problem),
            };
            match next {
                Ok(href) => navigate(&href, Default::default()),
                Err(problem) => {
                    pending.set(false);
                    error.set(Some(problem.message()));
                }
            }
        });
    });

    let shown = login_name.get_untracked();
    let password_href = match (&shown, session_id.get_untracked()) {
        (Some(name), Some(id)) => links::password(name, &id),
        _ => links::with_query(links::LOGINNAME, &[]),
    };
    view! {
        <Card title=Msg::PasskeyTitle focus_heading=false>
            {shown
                .map(|name| {
                    view! {
                        <p class="identity">
                            <span class="identity-name">{name.clone()}</span>
                            <a href=links::loginname(&name) class="identity-switch">
                                {t(Msg::NotYou)}
                            </a>
                        </p>
                    }
                })}
            <p class="intro">{t(Msg::PasskeyIntro)}</p>
            <ErrorBanner error=error />
            <ActionButton
                id="passkey-button"
                label=Msg::PasskeyUse
                pending_label=Msg::PasskeyWaiting
                pending
                blocked=Signal::stored(!supported)
                on_click
            />
            <p class="alternative">
                <a id="use-password-link" href=password_href>
                    {t(Msg::UsePasswordInstead)}
                </a>
            </p>
        </Card>
    }
}

/// Where the login name step leads: the password, or the passkey when the login settings offer no password.
pub async fn first_step(login_name: &str, session_id: &str) -> String {
    use gatehouse_api::mfa::AuthenticationMethodType as M;
    use gatehouse_api::settings::{GetLoginSettings, SettingsRequest};
    let settings = client::call::<GetLoginSettings>(&SettingsRequest::default()).await.map(|s| s.settings);
    let passkey_page =
        || links::with_query("/passkey", &[(param::LOGIN_NAME, login_name), (param::SESSION_ID, session_id)]);
    if settings.as_ref().is_ok_and(|s| !s.allow_username_password) {
        return passkey_page();
    }
    // An account made with a passkey instead of a password signs in with it; one with no way in yet (its sign-up
    // was left before the passkey) chooses one. Should this lookup fail, the password page is the safe default.
    match first_factors(session_id).await {
        Some((_, methods)) if !methods.contains(&M::Password) && methods.contains(&M::Passkey) => passkey_page(),
        Some((user_id, methods)) if ![M::Password, M::Passkey, M::Idp].iter().any(|m| methods.contains(m)) => {
            links::with_query(
                links::AUTHENTICATOR_SET,
                &[(param::USER_ID, &user_id), (param::LOGIN_NAME, login_name), (param::SESSION_ID, session_id)],
            )
        }
        _ => links::password(login_name, session_id),
    }
}

/// The session's user and their authentication methods.
async fn first_factors(session_id: &str) -> Option<(String, Vec<gatehouse_api::mfa::AuthenticationMethodType>)> {
    use gatehouse_api::mfa::{ListAuthenticationMethodTypes, ListAuthenticationMethodTypesRequest};
    use gatehouse_api::session::{GetSession, GetSessionRequest};
    let request = GetSessionRequest { session_id: session_id.to_owned(), session_token: None };
    let session = client::call::<GetSession>(&request).await.ok()?.session;
    let (user_id, _, _) = crate::flow::session_user(&session)?;
    let request = ListAuthenticationMethodTypesRequest { user_id: user_id.clone(), domain_query: None };
    let methods = client::call::<ListAuthenticationMethodTypes>(&request).await.ok()?.auth_method_types;
    Some((user_id, methods))
}

/// The server's answer on a host that has no relying party (not the public host, not an org's verified domain).
pub const HOST_WITHOUT_PASSKEYS: &str = "GATEHOUSE-WebAuthn-Domain";

/// The login name page's passkey entry points: the "Sign in with a passkey" button, and passkeys offered in the
/// username field's autofill (conditional mediation) where the browser supports it. Both need no username.
#[component]
pub fn PasskeySignIn() -> impl IntoView {
    let navigate = use_navigate();
    let error = RwSignal::new(None::<Msg>);
    let pending = RwSignal::new(false);
    // This host is neither the public one nor an org's verified domain: passkeys cannot work here.
    let unavailable = RwSignal::new(false);
    // The autofill request waits in the background; the button (a modal request) must cancel it first.
    let autofill: StoredValue<Option<web_sys::AbortController>, LocalStorage> = StoredValue::new_local(None);
    let abort_autofill = move || {
        if let Some(controller) = autofill.try_update_value(|c| c.take()).flatten() {
            controller.abort();
        }
    };
    on_cleanup(abort_autofill);
    let finish = {
        let navigate = navigate.clone();
        move |outcome: Result<String, Problem>| {
            let navigate = navigate.clone();
            client::spawn(async move {
                let next = match outcome {
                    // The next page is worked out in the `signin` chunk, which it needs anyway.
                    Ok(id) => crate::lazy::after_first_factor(id).await.map_err(Problem::Api),
                    Err(problem) => Err(problem),
                };
                match next {
                    Ok(href) => navigate(&href, Default::default()),
                    Err(Problem::Browser(Failure::Aborted)) => {}
                    Err(Problem::Api(e)) if e.id == HOST_WITHOUT_PASSKEYS => {
                        pending.set(false);
                        unavailable.set(true);
                    }
                    Err(problem) => {
                        pending.set(false);
                        error.set(Some(problem.message()));
                    }
                }
            });
        }
    };
    if webauthn::supported() {
        let finish = finish.clone();
        client::spawn(async move {
            if !webauthn::conditional_mediation_available().await {
                return;
            }
            let Ok(controller) = web_sys::AbortController::new() else { return };
            let signal = controller.signal();
            autofill.set_value(Some(controller));
            let picked = async {
                let (session_id, options) = usernameless_session().await?;
                let assertion =
                    webauthn::get_assertion(&options, true, Some(&signal)).await.map_err(Problem::Browser)?;
                Ok::<_, Problem>((session_id, assertion))
            }
            .await;
            // Until the user picks a passkey the autofill is an offer nobody asked for: if it cannot be made (the
            // button cancelled it, the page left, the server refuses), the page stays quiet and the button remains
            // the way to use a passkey. One refusal is said at once: this address has no passkeys at all.
            let (session_id, assertion) = match picked {
                Ok(picked) => picked,
                Err(Problem::Api(e)) if e.id == HOST_WITHOUT_PASSKEYS => {
                    unavailable.set(true);
                    return;
                }
                Err(_) => return,
            };
            pending.set(true);
            finish(check(&session_id, assertion).await.map(|()| session_id));
        });
    }
    let on_click = Callback::new(move |()| {
        if pending.get_untracked() {
            return;
        }
        abort_autofill();
        error.set(None);
        pending.set(true);
        let finish = finish.clone();
        client::spawn(async move { finish(sign_in_without_username().await) });
    });
    view! {
        <div class="passkey-signin">
            {move || {
                error
                    .get()
                    .map(|msg| {
                        view! {
                            <p id="passkey-error" class="banner banner-error" role="alert">
                                {t(msg)}
                            </p>
                        }
                    })
            }}
            <Show when=move || unavailable.get()>
                <p id="passkey-unavailable" class="hint" role="status">
                    {t(Msg::PasskeysUnavailableHere)}
                </p>
            </Show>
            <ActionButton
                id="passkey-signin"
                label=Msg::SignInWithPasskey
                pending_label=Msg::PasskeyWaiting
                pending
                blocked=Signal::derive(move || !webauthn::supported() || unavailable.get())
                on_click
                secondary=true
            />
        </div>
    }
}

/// On the password page: switch to the passkey for this session.
#[component]
pub fn PasskeyInsteadLink(login_name: Memo<Option<String>>, session_id: Memo<Option<String>>) -> impl IntoView {
    let href = move || {
        links::with_query(
            "/passkey",
            &[
                (param::LOGIN_NAME, &login_name.get().unwrap_or_default()),
                (param::SESSION_ID, &session_id.get().unwrap_or_default()),
            ],
        )
    };
    webauthn::supported().then(|| {
        view! {
            <p class="alternative">
                <a id="passkey-instead-link" href=href>
                    {t(Msg::SignInWithPasskey)}
                </a>
            </p>
        }
    })
}
