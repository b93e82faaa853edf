//! `/signedin?sessionId=..`: the landing page after a successful sign-in.

use gatehouse_api::oidc::{CreateCallback, CreateCallbackRequest, SessionRef};
use gatehouse_api::user::{GetUserByID, GetUserByIdRequest, User};
use gatehouse_api::{ApiError, Code};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::client;
use crate::components::Card;
use crate::i18n::{error_message, t, Msg};
use crate::links::{self, param};
use crate::load::{self, Load};
use crate::pages::use_query_param;
use crate::sessions;

/// What the signed-in pages load first: this browser's signed-in session and its user.
#[derive(Clone)]
pub struct SignedInUser {
    pub session_id: String,
    pub user: User,
}

/// Loads the signed-in session (`preferred` if it is one of this browser's, else the most recent) and its user.
/// Nobody signed in is the error [`load::SIGNED_OUT`].
pub async fn load_signed_in_user(preferred: Option<String>) -> Result<SignedInUser, ApiError> {
    let sessions = sessions::browser_sessions().await?;
    let session = sessions::pick_signed_in(sessions, preferred.as_deref()).ok_or_else(load::signed_out)?;
    let user_id = sessions::user_id(&session).ok_or_else(load::signed_out)?.to_owned();
    match client::call::<GetUserByID>(&GetUserByIdRequest { user_id }).await {
        Ok(answer) => Ok(SignedInUser { session_id: session.id, user: answer.user }),
        // The session no longer grants access (ended elsewhere, expired): that is signed out.
        Err(error) if matches!(error.code, Code::PermissionDenied | Code::Unauthenticated | Code::NotFound) => {
            Err(load::signed_out())
        }
        Err(error) => Err(error),
    }
}

/// Sends the visitor to sign in when nobody is signed in, or to the forced password change when that is pending.
pub fn redirect_unless_signed_in(signed_in: Load<SignedInUser>) {
    let navigate = use_navigate();
    Effect::new(move || {
        let replace = NavigateOptions { replace: true, ..Default::default() };
        match signed_in.get() {
            Some(Err(error)) if error.id == load::SIGNED_OUT => {
                navigate(&links::with_query(links::LOGINNAME, &[]), replace)
            }
            Some(Ok(SignedInUser { session_id, user })) if needs_password_change(&user) => {
                navigate(&links::password_change(&user.preferred_login_name, &session_id), replace)
            }
            _ => {}
        }
    });
}

fn needs_password_change(user: &User) -> bool {
    user.human.as_ref().is_some_and(|human| human.password_change_required)
}

#[component]
pub fn SignedIn() -> impl IntoView {
    let session_id = use_query_param(param::SESSION_ID);
    if let Some(auth_request) = use_query_param(param::AUTH_REQUEST).get_untracked() {
        if auth_request.starts_with(super::device::DEVICE_PREFIX) {
            // A device sign-in: back to its consent page with the account just signed in.
            let to = links::with_query(
                links::DEVICE_CONSENT,
                &[(param::SESSION_ID, &session_id.get_untracked().unwrap_or_default())],
            );
            let navigate = use_navigate();
            Effect::new(move || navigate(&to, NavigateOptions { replace: true, ..Default::default() }));
            return ().into_any();
        }
        return view! { <AppCallback auth_request session_id=session_id.get_untracked() /> }.into_any();
    }
    let signed_in = Load::new(move || load_signed_in_user(session_id.get_untracked()));
    redirect_unless_signed_in(signed_in);

    view! {
        <Card title=Msg::SignedInTitle>
            {signed_in
                .view(|SignedInUser { session_id, user }| {
                    view! {
                        <div class="signed-in">
                            <crate::components::Avatar
                                url=Signal::stored(user.human.as_ref().and_then(|h| h.profile.avatar_url.clone()))
                                name=user.display_name()
                            />
                            <p class="muted">{t(Msg::SignedInAs)}</p>
                            <p id="signedin-user" class="signed-in-name">
                                {user.display_name()}
                            </p>
                            <p class="muted">{user.preferred_login_name.clone()}</p>
                        </div>
                        <a id="profile-link" class="button primary" href=links::profile(&session_id)>
                            {t(Msg::ProfileLink)}
                        </a>
                    }
                })}
        </Card>
    }
    .into_any()
}

/// Answers the app's auth request with the session (CreateCallback; the server checks the login policy), then
/// leaves for the app with a top-level `location.replace`: no popup or new window, so it works in Custom Tabs,
/// ASWebAuthenticationSession and webviews, and "back" does not return to this page.
#[component]
fn AppCallback(auth_request: String, session_id: Option<String>) -> impl IntoView {
    let navigate = use_navigate();
    let callback = Load::new(move || answer_app(auth_request.clone(), session_id.clone()));
    Effect::new(move || match callback.get() {
        Some(Ok(url)) => {
            if let Some(window) = web_sys::window() {
                // Failing leaves the "returning" notice; the user can go back to the app themselves.
                let _ = window.location().replace(&url);
            }
        }
        Some(Err(error)) if error.id == load::SIGNED_OUT => {
            navigate(&links::with_query(links::LOGINNAME, &[]), NavigateOptions { replace: true, ..Default::default() })
        }
        _ => {}
    });
    view! {
        {move || match callback.get() {
            Some(Err(error)) if error.id != load::SIGNED_OUT => {
                let (message, action) = refusal(&error);
                view! {
                    <Card title=Msg::CallbackFailedTitle>
                        <p id="callback-error" class="banner banner-error" role="alert">
                            {t(message)}
                        </p>
                        {action
                            .map(|(label, href)| {
                                view! {
                                    <a id="callback-action" class="button primary" href=href>
                                        {t(label)}
                                    </a>
                                }
                            })}
                    </Card>
                }
                    .into_any()
            }
            // While the app opens (a native app's custom scheme may need a tap inside a webview): a way to go there.
            Some(Ok(url)) => {
                view! {
                    <Card title=Msg::ReturningToApp>
                        <a id="return-to-app" class="button primary" href=url>
                            {t(Msg::ReturnToApp)}
                        </a>
                    </Card>
                }
                    .into_any()
            }
            _ => {
                view! {
                    <Card title=Msg::AppLoginTitle>
                        <crate::components::Loading label=Msg::ReturningToApp />
                    </Card>
                }
                    .into_any()
            }
        }}
    }
}

async fn answer_app(auth_request: String, session_id: Option<String>) -> Result<String, ApiError> {
    let session_id = match session_id {
        Some(id) => id,
        None => load_signed_in_user(None).await?.session_id,
    };
    let request = CreateCallbackRequest {
        auth_request_id: auth_request,
        session: Some(SessionRef { session_id, session_token: String::new() }),
        error: None,
    };
    Ok(client::call::<CreateCallback>(&request).await?.callback_url)
}

/// Why the server refused, and the way forward.
fn refusal(error: &ApiError) -> (Msg, Option<(Msg, String)>) {
    let sign_in_again = || Some((Msg::SignInAgain, links::with_query(links::LOGINNAME, &[])));
    match error.id.as_str() {
        "OIDC-MaxAge" | "OIDC-PromptLogin" | "GATEHOUSE-Login-FirstFactor" | "SESSION-Expired" => {
            (Msg::CallbackReauthenticate, sign_in_again())
        }
        id if id.starts_with("GATEHOUSE-Login-Mfa") => (Msg::CallbackSecondFactor, sign_in_again()),
        "OIDC-OrgScope" => {
            (Msg::CallbackWrongOrganization, Some((Msg::UseAnotherAccount, links::with_query(links::LOGINNAME, &[]))))
        }
        "OIDC-Sf3gt" | "OIDC-Fk3k2" | "OIDC-Expired" => (Msg::CallbackAlreadyAnswered, None),
        _ => (error_message(error), sign_in_again()),
    }
}
