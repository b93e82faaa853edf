//! `/password?loginName=..&sessionId=..`: the password step. Adds a password check to the session the login name
//! step started (or a fresh one), then decides where the user goes: a forced password change, or signed in.

use gatehouse_api::session::{
    CheckPassword, CheckUser, Checks, CreateSession, CreateSessionRequest, GetSession, GetSessionRequest, SetSession,
    SetSessionRequest,
};
use gatehouse_api::user::{GetUserByID, GetUserByIdRequest};
use gatehouse_api::{ApiError, Code};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::client;
use crate::components::{Card, ErrorBanner, ForgotPasswordLink, SubmitButton, TextField};
use crate::i18n::{error_ids, error_message, t, Msg};
use crate::links::{self, param};
use crate::pages::use_query_param;
use crate::sessions;

#[component]
pub fn Password() -> impl IntoView {
    let navigate = use_navigate();
    let login_name = use_query_param(param::LOGIN_NAME);
    let session_id = use_query_param(param::SESSION_ID);

    // Without a login name there is nobody to check a password for: start over.
    Effect::new({
        let navigate = navigate.clone();
        move || {
            if login_name.get().is_none() {
                navigate(links::LOGINNAME, NavigateOptions { replace: true, ..Default::default() });
            }
        }
    });

    let password = RwSignal::new(String::new());
    let password_error = RwSignal::new(None::<Msg>);
    let form_error = RwSignal::new(None::<Msg>);
    let pending = RwSignal::new(false);
    // Set when the email still needs verifying: where the "verify" link goes.
    let verify_href = RwSignal::new(None::<String>);

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if pending.get_untracked() {
            return;
        }
        let Some(name) = login_name.get_untracked() else { return };
        let secret = password.get_untracked();
        if secret.is_empty() {
            password_error.set(Some(Msg::PasswordRequired));
            return;
        }
        form_error.set(None);
        password_error.set(None);
        verify_href.set(None);
        pending.set(true);
        let known_session = session_id.get_untracked();
        let navigate = navigate.clone();
        client::spawn(async move {
            match sign_in(&name, known_session, secret).await {
                Ok(Next::SignedIn { session_id }) => {
                    // A second factor, setting one up, or signed in (flow.rs decides; the server enforces it).
                    let next = crate::flow::after_first_factor(&session_id)
                        .await
                        .unwrap_or_else(|_| links::signedin(&session_id));
                    navigate(&next, Default::default())
                }
                Ok(Next::ChangePassword { session_id }) => {
                    navigate(&links::password_change(&name, &session_id), Default::default())
                }
                Err(failure) => {
                    // Where the policy hides which names exist, a wrong password reads like an unknown name.
                    let hide_which = matches!(&failure, Failure::Api(e) if e.id == error_ids::WRONG_PASSWORD)
                        && unknown_names_hidden().await;
                    pending.set(false);
                    match failure {
                        Failure::EmailUnverified { user_id } => {
                            password_error.set(Some(Msg::EmailUnverified));
                            verify_href.set(Some(links::verify(&user_id.unwrap_or_default(), &name, true)));
                        }
                        // An unknown name only gets here when the policy hides names (else /loginname stops it).
                        Failure::Api(error) if hide_which || error.id == error_ids::USER_NOT_FOUND => {
                            password_error.set(Some(Msg::LoginNameOrPasswordWrong))
                        }
                        Failure::Api(error) if belongs_to_password_field(&error) => {
                            password_error.set(Some(error_message(&error)))
                        }
                        Failure::Api(error) => form_error.set(Some(error_message(&error))),
                    }
                }
            }
        });
    };

    // The route stays mounted only while the path is /password; the login name shown is read once.
    let shown_login_name = login_name.get_untracked().unwrap_or_default();
    let not_you_href = links::loginname(&shown_login_name);

    view! {
        <Card title=Msg::PasswordTitle focus_heading=false>
            <p class="identity">
                <span class="identity-name">
                    {move || crate::branding::shown_login_name(&shown_login_name)}
                </span>
                <a href=not_you_href class="identity-switch">
                    {t(Msg::NotYou)}
                </a>
            </p>
            <form on:submit=on_submit novalidate>
                <ErrorBanner error=form_error />
                <TextField
                    id="password"
                    label=Msg::PasswordLabel
                    input_type="password"
                    autocomplete="current-password"
                    value=password
                    error=password_error
                    autofocus=true
                >
                    {move || {
                        verify_href
                            .get()
                            .map(|href| {
                                view! {
                                    <a id="verify-link" class="button secondary" href=href>
                                        {t(Msg::VerifyEmailLink)}
                                    </a>
                                }
                            })
                    }}
                </TextField>
                <SubmitButton label=Msg::SignIn pending_label=Msg::SigningIn pending />
            </form>
            <ForgotPasswordLink login_name session_id />
            <crate::pages::passkey::PasskeyInsteadLink login_name session_id />
        </Card>
    }
}

/// Where a correct password leads.
enum Next {
    SignedIn { session_id: String },
    ChangePassword { session_id: String },
}

enum Failure {
    /// The password was right, but the email address must be verified first.
    EmailUnverified {
        user_id: Option<String>,
    },
    Api(ApiError),
}

impl From<ApiError> for Failure {
    fn from(error: ApiError) -> Self {
        Failure::Api(error)
    }
}

/// Whether the login policy (of the org this page is for, else the instance) hides which login names exist
/// (`ignoreUnknownUsernames`). Unknown when the settings can't be loaded: then names are not hidden, as before.
pub async fn unknown_names_hidden() -> bool {
    use gatehouse_api::object::RequestContext;
    use gatehouse_api::settings::{GetLoginSettings, SettingsRequest};
    let ctx = crate::branding::org().map(|org_id| RequestContext { org_id: Some(org_id), instance: false });
    client::call::<GetLoginSettings>(&SettingsRequest { ctx }).await.is_ok_and(|s| s.settings.ignore_unknown_usernames)
}

/// Errors that are about the password typed (or the account's state because of passwords) go next to the field.
fn belongs_to_password_field(error: &ApiError) -> bool {
    matches!(error.id.as_str(), error_ids::WRONG_PASSWORD | error_ids::USER_LOCKED)
        || error.code == Code::ResourceExhausted
}

async fn sign_in(login_name: &str, known_session: Option<String>, password: String) -> Result<Next, Failure> {
    let session_id = match known_session {
        Some(id) => match check_password(&id, &password).await {
            // The session from the login name step is gone (expired, deleted, another browser's link): start anew.
            Err(error) if is_stale_session(&error) => {
                let id = start_session(login_name).await?;
                check_password(&id, &password).await.map(|()| id)
            }
            outcome => outcome.map(|()| id),
        },
        None => {
            let id = start_session(login_name).await?;
            check_password(&id, &password).await.map(|()| id)
        }
    };
    let session_id = match session_id {
        Ok(id) => id,
        Err((error, id)) if error.id == error_ids::EMAIL_UNVERIFIED => {
            return Err(Failure::EmailUnverified { user_id: session_user(&id).await.ok() });
        }
        Err((error, _)) => return Err(Failure::Api(error)),
    };

    let user_id = session_user(&session_id).await?;
    match client::call::<GetUserByID>(&GetUserByIdRequest { user_id }).await {
        Ok(answer) if answer.user.human.as_ref().is_some_and(|h| h.password_change_required) => {
            Ok(Next::ChangePassword { session_id })
        }
        Err(error) if error.id == error_ids::PASSWORD_CHANGE_REQUIRED => Ok(Next::ChangePassword { session_id }),
        // Signed in; /signedin loads (and retries) the profile itself.
        Ok(_) | Err(_) => Ok(Next::SignedIn { session_id }),
    }
}

/// Starts a session with only the user check; returns its id.
async fn start_session(login_name: &str) -> Result<String, ApiError> {
    let request = CreateSessionRequest {
        checks: Some(Checks {
            user: Some(CheckUser { login_name: Some(login_name.to_owned()), ..Default::default() }),
            ..Default::default()
        }),
        ..Default::default()
    };
    Ok(client::call::<CreateSession>(&request).await?.session_id)
}

/// Adds the password check to a session. The error carries the session id, so a caller can still find the
/// user behind it (the server keeps the password factor even when it then refuses for an unverified email).
async fn check_password(session_id: &str, password: &str) -> Result<(), (ApiError, String)> {
    let request = SetSessionRequest {
        session_id: session_id.to_owned(),
        checks: Some(Checks { password: Some(CheckPassword { password: password.to_owned() }), ..Default::default() }),
        ..Default::default()
    };
    client::call::<SetSession>(&request).await.map(|_| ()).map_err(|error| (error, session_id.to_owned()))
}

fn is_stale_session((error, _): &(ApiError, String)) -> bool {
    matches!(error.code, Code::NotFound | Code::PermissionDenied | Code::Unauthenticated)
        && error.id != error_ids::USER_NOT_FOUND
}

/// The user a session of this browser belongs to.
async fn session_user(session_id: &str) -> Result<String, ApiError> {
    let answer =
        client::call::<GetSession>(&GetSessionRequest { session_id: session_id.to_owned(), session_token: None })
            .await?;
    sessions::user_id(&answer.session)
        .map(str::to_owned)
        .ok_or_else(|| ApiError::new(Code::NotFound, "", "session without a user"))
}
