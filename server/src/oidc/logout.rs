//! RP-initiated logout (`/oidc/v1/end_session`) and back-channel logout.
//!
//! With a valid `id_token_hint` whose session this browser owns, that session ends here and the browser returns to
//! the app's registered `post_logout_redirect_uri` (with `state`), or to `/logout/done`. Without a hint the user
//! chooses on the SPA's `/logout` page which accounts to sign out. A `post_logout_redirect_uri` that the app did not
//! register is never followed: an error page is shown instead.
//!
//! Back-channel logout: every ended session (whoever ended it: this endpoint, the `/logout` page, "log out
//! everywhere", a deleted user) is an `session.terminated` event. A notifier per server follows the event log and
//! POSTs a signed logout token (`sid`, `sub`, the back-channel `events` claim) to each app that holds tokens from
//! that session and registered a `backChannelLogoutUri`.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock, Weak};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, Method, StatusCode};
use axum::response::Response;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde_json::{json, Value};
use sqlx::Row;

use super::authorize::{callback_url, error_page, params, redirect_to};
use super::{keys, tokens};
use crate::app;
use crate::auth::Browser;
use crate::error::Result;
use crate::{AppState, Inner};

pub async fn end_session(
    State(state): State<AppState>,
    method: Method,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
    body: Bytes,
) -> Response {
    let body = if method == Method::POST { body } else { Bytes::new() };
    let p = params(query.as_deref(), &body);
    match handle(&state, &headers, &p).await {
        Ok(response) => response,
        Err(e) => {
            let _logged = e.to_api();
            error_page(StatusCode::INTERNAL_SERVER_ERROR, "Something went wrong. Please try again.")
        }
    }
}

/// An `id_token_hint` must be an ID token we issued (security review L5): our signature (checked by the caller),
/// header `typ` `JWT` (our access tokens are `at+jwt`, logout tokens `logout+jwt`, signed with the same keys), and
/// our issuer. An expired one is fine: OpenID Connect RP-Initiated Logout allows it (the user may come back late).
fn is_our_id_token(state: &AppState, raw: &str, claims: &Value) -> bool {
    let header = raw.split('.').next().and_then(|h| URL_SAFE_NO_PAD.decode(h).ok());
    let header: Option<Value> = header.and_then(|h| serde_json::from_slice(&h).ok());
    id_token_shape(header.as_ref(), claims, &tokens::issuer(state))
}

fn id_token_shape(header: Option<&Value>, claims: &Value, issuer: &str) -> bool {
    header.is_some_and(|h| h["typ"] == "JWT") && claims["iss"] == issuer && claims["sub"].is_string()
}

async fn handle(state: &AppState, headers: &HeaderMap, p: &HashMap<String, String>) -> Result<Response> {
    let get = |k: &str| p.get(k).map(String::as_str).filter(|v| !v.is_empty());
    let hint = match get("id_token_hint") {
        Some(raw) => match keys::verify(state, raw).await.filter(|claims| is_our_id_token(state, raw, claims)) {
            Some(claims) => Some(claims),
            None => {
                return Ok(error_page(StatusCode::BAD_REQUEST, "The logout request carries an invalid id_token_hint."))
            }
        },
        None => None,
    };
    let hint_client = hint.as_ref().and_then(|c| match &c["aud"] {
        Value::Array(a) => a.first().and_then(Value::as_str).map(str::to_owned),
        Value::String(s) => Some(s.clone()),
        _ => None,
    });
    let client_id = get("client_id").map(str::to_owned).or(hint_client.clone());
    if hint_client.is_some() && client_id != hint_client {
        return Ok(error_page(StatusCode::BAD_REQUEST, "client_id does not match the id_token_hint."));
    }
    let return_to = match get("post_logout_redirect_uri") {
        None => None,
        Some(uri) => {
            let app = match client_id.as_deref() {
                Some(id) => app::find_by_client_id(state, id).await?,
                None => None,
            };
            let registered = match &app {
                Some(app) => app.settings()?.post_logout_redirect_uris.iter().any(|r| r == uri),
                None => false,
            };
            if !registered {
                return Ok(error_page(
                    StatusCode::BAD_REQUEST,
                    "The application asked to return to an address it has not registered (post_logout_redirect_uri). \
                     For your safety, you are not sent there.",
                ));
            }
            Some(callback_url_without_empty(uri, get("state")))
        }
    };
    let Some(claims) = hint else {
        // No hint: the user chooses on the logout page which accounts to sign out.
        return Ok(redirect_to("/logout?endSession=1"));
    };
    ensure_notifier(state);
    if let Some(sid) = claims["sid"].as_str() {
        let browser = Browser::from_headers(state, headers).await?;
        if browser.owns_session(state, sid).await? {
            crate::session::terminate(state, sid, claims["sub"].as_str()).await?;
        }
    }
    Ok(redirect_to(&return_to.unwrap_or_else(|| "/logout/done".to_owned())))
}

fn callback_url_without_empty(uri: &str, state: Option<&str>) -> String {
    match state {
        Some(_) => callback_url(uri, &[], state),
        None => uri.to_owned(),
    }
}

pub const BACKCHANNEL_EVENT: &str = "http://schemas.openid.net/event/backchannel-logout";

/// The logout token for one app and session (OIDC Back-Channel Logout 1.0 §2.4).
pub fn logout_token_claims(state: &AppState, client_id: &str, user_id: &str, sid: &str) -> Value {
    let now = state.now();
    json!({
        "iss": tokens::issuer(state),
        "aud": [client_id],
        "iat": now.timestamp(),
        "exp": (now + chrono::Duration::minutes(2)).timestamp(),
        "jti": state.new_id(),
        "sub": user_id,
        "sid": sid,
        "events": { BACKCHANNEL_EVENT: {} },
    })
}

/// Servers (by instance) whose notifier runs. Keyed so several servers in one process (the API tests) each get
/// their own; the task ends when its server's state is dropped.
fn running() -> &'static Mutex<HashMap<String, Weak<Inner>>> {
    static RUNNING: OnceLock<Mutex<HashMap<String, Weak<Inner>>>> = OnceLock::new();
    RUNNING.get_or_init(Default::default)
}

/// Starts this server's back-channel notifier unless it runs already. Called where sessions become linked to apps
/// (tokens issued) and at end_session, so a server with no OIDC use runs no task.
pub fn ensure_notifier(state: &AppState) {
    let mut map = running().lock().unwrap_or_else(|p| p.into_inner());
    if map.get(&state.instance.id).is_some_and(|w| w.strong_count() > 0) {
        return;
    }
    let weak = Arc::downgrade(&state.0);
    map.insert(state.instance.id.clone(), weak.clone());
    tokio::spawn(notify_loop(weak));
}

async fn notify_loop(weak: Weak<Inner>) {
    let http = match reqwest::Client::builder()
        .timeout(Duration::from_secs(5))
        .redirect(reqwest::redirect::Policy::none())
        .build()
    {
        Ok(c) => c,
        Err(e) => {
            tracing::error!(error = %e, "back-channel logout: no HTTP client");
            return;
        }
    };
    // Start at the log's end: sessions ended before any app was linked have nobody to notify.
    let mut after: i64 = {
        let Some(inner) = weak.upgrade() else { return };
        let state = AppState(inner);
        sqlx::query_scalar::<_, Option<i64>>("SELECT MAX(sequence) FROM events")
            .fetch_one(&state.db.read)
            .await
            .ok()
            .flatten()
            .unwrap_or(0)
    };
    loop {
        tokio::time::sleep(Duration::from_millis(300)).await;
        let Some(inner) = weak.upgrade() else { return };
        let state = AppState(inner);
        match notify_once(&state, &http, after).await {
            Ok(last) => after = last,
            Err(e) => {
                let _logged = e.to_api();
            }
        }
    }
}

/// Sends the logout tokens for sessions terminated after event `after`; returns the last event handled.
async fn notify_once(state: &AppState, http: &reqwest::Client, after: i64) -> Result<i64> {
    let rows = sqlx::query(
        "SELECT sequence, aggregate_id FROM events WHERE event_type = 'session.terminated' AND sequence > $1
         ORDER BY sequence LIMIT 100",
    )
    .bind(after)
    .fetch_all(&state.db.read)
    .await?;
    let mut last = after;
    for row in rows {
        last = row.try_get("sequence")?;
        let sid: String = row.try_get("aggregate_id")?;
        let targets = sqlx::query(
            "SELECT DISTINCT t.app_id, t.client_id, t.user_id, a.settings FROM oidc_tokens t JOIN apps a ON a.id = t.app_id
             WHERE t.session_id = $1",
        )
        .bind(&sid)
        .fetch_all(&state.db.read)
        .await?;
        for target in targets {
            let settings: gatehouse_api::app::OidcSettings =
                serde_json::from_str(&target.try_get::<String, _>("settings")?)?;
            if settings.back_channel_logout_uri.is_empty() {
                continue;
            }
            let client_id: String = target.try_get("client_id")?;
            let user_id: String = target.try_get("user_id")?;
            let token =
                keys::sign(state, "logout+jwt", &logout_token_claims(state, &client_id, &user_id, &sid)).await?;
            let sent = http.post(&settings.back_channel_logout_uri).form(&[("logout_token", token)]).send().await;
            match sent {
                Ok(r) if r.status().is_success() => {
                    tracing::info!(client_id, sid, "back-channel logout delivered")
                }
                Ok(r) => tracing::warn!(client_id, sid, status = %r.status(), "back-channel logout refused"),
                Err(e) => tracing::warn!(client_id, sid, error = %e, "back-channel logout not delivered"),
            }
        }
    }
    Ok(last)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_our_id_tokens_are_hints() {
        let iss = "https://login.example.com";
        let claims = json!({"iss": iss, "sub": "u1", "aud": ["c1"]});
        assert!(id_token_shape(Some(&json!({"typ": "JWT"})), &claims, iss));
        assert!(!id_token_shape(Some(&json!({"typ": "logout+jwt"})), &claims, iss), "a logout token");
        assert!(!id_token_shape(Some(&json!({"typ": "at+jwt"})), &claims, iss), "an access token");
        assert!(!id_token_shape(Some(&json!({"typ": "JWT"})), &claims, "https://other.example.com"));
        assert!(!id_token_shape(None, &claims, iss));
    }
}
