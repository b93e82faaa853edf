//! OIDCService for the login UI: read an app's auth request, then answer it with a finished login (a code for the
//! app) or an error. The server decides whether the session is a finished login; the UI only asks.

use gatehouse_api::object::Details;
use gatehouse_api::oidc::{self as api, Prompt, SessionRef};
use serde_json::json;

use super::authorize::authorization_response;
use super::scopes::{self, OrgScope};
use super::store::{self, AuthRequestRecord};
use super::{tokens, CODE_LIFETIME};
use crate::auth::{Caller, Principal};
use crate::clock::{from_db, to_db};
use crate::crypto::{random_token, token_hash};
use crate::error::{Error, Result};
use crate::events::{append, Event};
use crate::session::login_policy::ensure_login_complete;
use crate::session::store::{self as sessions, SessionRecord};
use crate::AppState;

/// The login UI: the SPA in a browser, or an API client with the login client role (ZITADEL's `session.read` /
/// `session.link`).
pub fn ensure_login_ui(caller: &Caller) -> Result<()> {
    match caller.principal {
        Principal::Browser => Ok(()),
        _ if caller.is_instance_login_admin() => Ok(()),
        _ => Err(Error::denied()),
    }
}

pub async fn get_auth_request(
    state: AppState,
    caller: Caller,
    req: api::GetAuthRequestRequest,
) -> Result<api::GetAuthRequestResponse> {
    ensure_login_ui(&caller)?;
    let request = store::get_open(&state, &req.auth_request_id).await?;
    Ok(api::GetAuthRequestResponse { auth_request: request.to_api()? })
}

pub async fn create_callback(
    state: AppState,
    caller: Caller,
    req: api::CreateCallbackRequest,
) -> Result<api::CreateCallbackResponse> {
    ensure_login_ui(&caller)?;
    let request = store::get_open(&state, &req.auth_request_id).await?;
    match (req.session, req.error) {
        (Some(session), None) => {
            let session = session_for(&state, &caller, &session).await?;
            let (callback_url, details) = link_session(&state, &request, &session).await?;
            Ok(api::CreateCallbackResponse { details, callback_url })
        }
        (None, Some(error)) => {
            let reason = error.error.oauth_code();
            let mut params = vec![("error", reason)];
            if let Some(d) = error.error_description.as_deref() {
                params.push(("error_description", d));
            }
            if let Some(u) = error.error_uri.as_deref() {
                params.push(("error_uri", u));
            }
            let details = finish(&state, &request, None).await?;
            Ok(api::CreateCallbackResponse {
                details,
                callback_url: authorization_response(&state, &request.redirect_uri, &params, request.state.as_deref()),
            })
        }
        _ => Err(Error::invalid("OIDC-Ae8fd", "set exactly one of session or error")),
    }
}

/// The session the caller proves: a browser must own it (its cookie lists it); an API client must send its token.
pub async fn session_for(state: &AppState, caller: &Caller, session: &SessionRef) -> Result<SessionRecord> {
    if session.session_id.is_empty() || session.session_id.len() > 200 || session.session_token.len() > 500 {
        return Err(Error::invalid("OIDC-Ses1d", "sessionId must have 1 to 200 characters"));
    }
    let proven = match caller.browser() {
        Some(browser) => browser.owns_session(state, &session.session_id).await?,
        None => {
            !session.session_token.is_empty()
                && sessions::token_matches(state, &session.session_id, &session.session_token).await?
        }
    };
    if !proven {
        return Err(Error::permission_denied("OIDC-Sfw3r", "The session token is not valid for this session"));
    }
    sessions::get(state, &session.session_id).await
}

/// Links a finished login to the request: checks the policy, `max_age`, `prompt=login` and the org scope, then
/// issues a single-use code. Returns the app's callback URL with the code.
pub async fn link_session(
    state: &AppState,
    request: &AuthRequestRecord,
    session: &SessionRecord,
) -> Result<(String, Details)> {
    ensure_login_complete(state, session).await?;
    let user_id = session.user_id.clone().ok_or_else(|| Error::internal("a complete login without a user"))?;
    let user = crate::user::store::get(state, &user_id).await?;
    let (amr, auth_time) = tokens::authentication(session)?;
    let now = state.now();
    if let Some(max_age) = request.max_age {
        // Compared as durations: whole seconds would let a sign-in 4.9 s old pass max_age=4.
        let fresh = auth_time.is_some_and(|t| now.signed_duration_since(t) <= chrono::Duration::seconds(max_age));
        if !fresh {
            return Err(Error::failed_precondition(
                "OIDC-MaxAge",
                "The application asks for a more recent sign-in (max_age); sign in again",
            ));
        }
    }
    if request.prompts().contains(&Prompt::Login) {
        let created = from_db(&request.created_at)?;
        if auth_time.is_none_or(|t| t < created) {
            return Err(Error::failed_precondition(
                "OIDC-PromptLogin",
                "The application asks you to sign in again (prompt=login)",
            ));
        }
    }
    match scopes::org_scope(&request.scopes()) {
        Some(OrgScope::Id(id)) if id != user.org_id => return Err(wrong_org()),
        Some(OrgScope::Domain(d)) if d != user.primary_domain.to_lowercase() => return Err(wrong_org()),
        _ => {}
    }
    let code = random_token();
    let details = finish(
        state,
        request,
        Some(Linked {
            session_id: &session.id,
            user_id: &user.id,
            org_id: &user.org_id,
            auth_time: auth_time.map(to_db),
            amr: serde_json::to_string(&amr)?,
            code_hash: token_hash(&code),
            code_expires_at: to_db(now + CODE_LIFETIME),
        }),
    )
    .await?;
    Ok((authorization_response(state, &request.redirect_uri, &[("code", &code)], request.state.as_deref()), details))
}

fn wrong_org() -> Error {
    Error::permission_denied("OIDC-OrgScope", "This application only accepts users of another organization")
}

struct Linked<'a> {
    session_id: &'a str,
    user_id: &'a str,
    org_id: &'a str,
    auth_time: Option<String>,
    amr: String,
    code_hash: String,
    code_expires_at: String,
}

/// Marks the request answered (once: a second answer loses the race and fails).
async fn finish(state: &AppState, request: &AuthRequestRecord, linked: Option<Linked<'_>>) -> Result<Details> {
    let now = state.now();
    let mut tx = state.db.begin().await?;
    let owner = linked.as_ref().map_or(state.instance.default_org_id.as_str(), |l| l.org_id);
    let sequence = append(
        &mut tx,
        Event {
            aggregate_type: "oidc_auth_request",
            aggregate_id: &request.id,
            event_type: if linked.is_some() { "oidc.auth_request.succeeded" } else { "oidc.auth_request.failed" },
            resource_owner: owner,
            creator: linked.as_ref().map(|l| l.user_id),
            payload: json!({ "clientId": request.client_id, "sessionId": linked.as_ref().map(|l| l.session_id) }),
        },
        now,
    )
    .await?;
    let updated = sqlx::query(
        "UPDATE oidc_auth_requests SET completed = 1, session_id = $2, user_id = $3, auth_time = $4, amr = $5,
         code_hash = $6, code_expires_at = $7 WHERE id = $1 AND completed = 0",
    )
    .bind(&request.id)
    .bind(linked.as_ref().map(|l| l.session_id))
    .bind(linked.as_ref().map(|l| l.user_id))
    .bind(linked.as_ref().and_then(|l| l.auth_time.clone()))
    .bind(linked.as_ref().map(|l| l.amr.clone()))
    .bind(linked.as_ref().map(|l| l.code_hash.clone()))
    .bind(linked.as_ref().map(|l| l.code_expires_at.clone()))
    .execute(&mut *tx)
    .await?;
    if updated.rows_affected() != 1 {
        return Err(Error::failed_precondition("OIDC-Sf3gt", "The auth request has already been answered"));
    }
    tx.commit().await?;
    Ok(Details { sequence, change_date: Some(now), resource_owner: owner.to_owned(), creation_date: None })
}

/// For `prompt=none`: answers the request with an OAuth error, returning the app's callback URL.
pub async fn fail_silently(state: &AppState, request: &AuthRequestRecord, error: &str) -> Result<String> {
    finish(state, request, None).await?;
    Ok(authorization_response(state, &request.redirect_uri, &[("error", error)], request.state.as_deref()))
}
