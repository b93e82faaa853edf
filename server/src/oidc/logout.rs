//! RP-initiated logout (`/oidc/v1/end_session`) and back-channel logout.
//!
//! With a valid `id_token_hint` whose session this browser owns, that session ends here and the browser returns to
//! the app's registered `post_logout_redirect_uri` (with `state`), or to `/logout/done`. Without a hint the user
//! chooses on the SPA's `/logout` page which accounts to sign out. A `post_logout_redirect_uri` that the app did not
//! register is never followed: an error page is shown instead.
//!
//! Ending a session here is all this endpoint does for the other apps: their back-channel logouts go through the
//! outbox in [`super::backchannel`], after the answer.

use std::collections::HashMap;

use axum::body::Bytes;
use axum::extract::{ConnectInfo, RawQuery, State};
use axum::http::{HeaderMap, Method, StatusCode};
use axum::response::Response;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde_json::Value;

use super::authorize::{callback_url, error_page, params, redirect_to};
use super::{keys, tokens};
use crate::app;
use crate::auth::Browser;
use crate::error::Result;
use crate::AppState;

pub async fn end_session(
    State(state): State<AppState>,
    connection: Option<axum::Extension<ConnectInfo<std::net::SocketAddr>>>,
    method: Method,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
    body: Bytes,
) -> Response {
    let body = if method == Method::POST { body } else { Bytes::new() };
    let p = params(query.as_deref(), &body);
    // The device and address that ended the session, for its sign-out entry in the security log.
    let ended_by = gatehouse_api::session::UserAgent {
        ip: connection.map(|c| c.0 .0.ip().to_string()),
        description: headers.get(axum::http::header::USER_AGENT).and_then(|v| v.to_str().ok()).map(str::to_owned),
        ..Default::default()
    };
    match handle(&state, &headers, &p, &ended_by).await {
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

async fn handle(
    state: &AppState,
    headers: &HeaderMap,
    p: &HashMap<String, String>,
    ended_by: &gatehouse_api::session::UserAgent,
) -> Result<Response> {
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
    if let Some(sid) = claims["sid"].as_str() {
        let browser = Browser::from_headers(state, headers).await?;
        if browser.owns_session(state, sid).await? {
            crate::session::terminate(state, sid, claims["sub"].as_str(), ended_by).await?;
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

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
