//! `prompt=none`: no UI at all. The browser's own sessions (its cookie arrives with the top-level navigation to the
//! authorize endpoint) are tried newest first, each through the same checks as CreateCallback; the first finished
//! login answers the app, otherwise the app gets `login_required` (nobody signed in here) or
//! `interaction_required` (someone is, but the login would need the user, e.g. a second factor or max_age).

use axum::http::HeaderMap;
use axum::response::Response;

use super::authorize::redirect_to;
use super::service::{fail_silently, link_session};
use super::store;
use crate::auth::Browser;
use crate::error::Result;
use crate::session::store as sessions;
use crate::user;
use crate::AppState;

pub async fn prompt_none(state: &AppState, headers: &HeaderMap, id: &str) -> Result<Response> {
    let request = store::get_open(state, id).await?;
    let browser = Browser::from_headers(state, headers).await?;
    let mut candidates = Vec::new();
    for browser_user in browser.users(state).await? {
        if request.hint_user_id.as_deref().is_some_and(|hint| hint != browser_user.user_id) {
            continue;
        }
        if let Some(hint) = request.login_hint.as_deref() {
            let matches = match user::store::find(state, &browser_user.user_id).await? {
                Some(u) => user::store::login_name_matches(&u, hint),
                None => false,
            };
            if !matches {
                continue;
            }
        }
        if let Some(session) = sessions::find(state, &browser_user.session_id).await? {
            candidates.push(session);
        }
    }
    candidates.sort_by(|a, b| b.changed_at.cmp(&a.changed_at));
    for session in &candidates {
        if let Ok((url, _)) = link_session(state, &request, session).await {
            return Ok(redirect_to(&url));
        }
    }
    let error = if candidates.is_empty() { "login_required" } else { "interaction_required" };
    Ok(redirect_to(&fail_silently(state, &request, error).await?))
}
