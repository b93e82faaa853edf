//! Discovery, JWKS and userinfo: the read-only endpoints relying parties call.

use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::json;

use super::authorize::params;
use super::token::{find_token, no_store};
use super::{keys, scopes, tokens};
use crate::AppState;

pub async fn openid_configuration(State(state): State<AppState>) -> Response {
    let base = tokens::issuer(&state);
    let document = json!({
        "issuer": base,
        "authorization_endpoint": format!("{base}/oauth/v2/authorize"),
        "token_endpoint": format!("{base}/oauth/v2/token"),
        "introspection_endpoint": format!("{base}/oauth/v2/introspect"),
        "userinfo_endpoint": format!("{base}/oidc/v1/userinfo"),
        "revocation_endpoint": format!("{base}/oauth/v2/revoke"),
        "end_session_endpoint": format!("{base}/oidc/v1/end_session"),
        "device_authorization_endpoint": format!("{base}/oauth/v2/device_authorization"),
        "jwks_uri": format!("{base}/oauth/v2/keys"),
        "scopes_supported": scopes::STANDARD,
        "response_types_supported": ["code"],
        "response_modes_supported": ["query"],
        // RFC 9207: every authorization response (code or error) names this issuer in `iss`.
        "authorization_response_iss_parameter_supported": true,
        "grant_types_supported": ["authorization_code", "refresh_token", super::device::GRANT_TYPE],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": ["RS256"],
        "request_object_signing_alg_values_supported": ["RS256"],
        "token_endpoint_auth_methods_supported": ["none", "client_secret_basic", "client_secret_post", "private_key_jwt"],
        "token_endpoint_auth_signing_alg_values_supported": ["RS256"],
        "introspection_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post", "private_key_jwt"],
        "introspection_endpoint_auth_signing_alg_values_supported": ["RS256"],
        "revocation_endpoint_auth_methods_supported": ["none", "client_secret_basic", "client_secret_post", "private_key_jwt"],
        "revocation_endpoint_auth_signing_alg_values_supported": ["RS256"],
        "claims_supported": [
            "sub", "aud", "exp", "iat", "iss", "auth_time", "nonce", "acr", "amr", "azp", "sid", "at_hash", "c_hash",
            "name", "given_name", "family_name", "nickname", "preferred_username", "locale", "updated_at",
            "email", "email_verified", "phone_number", "phone_number_verified"
        ],
        "code_challenge_methods_supported": ["S256"],
        "prompt_values_supported": ["none", "login", "select_account", "create"],
        "ui_locales_supported": crate::i18n::supported_languages(),
        "request_parameter_supported": false,
        "request_uri_parameter_supported": false,
        "backchannel_logout_supported": true,
        "backchannel_logout_session_supported": true,
    });
    public_json(document)
}

pub async fn jwks(State(state): State<AppState>) -> Response {
    match keys::published(&state).await {
        Ok(keys) => public_json(keys::jwks(&keys)),
        Err(e) => {
            let _logged = e.to_api();
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// Public documents: cacheable briefly and readable from any origin (SPAs fetch them cross-origin).
fn public_json(value: serde_json::Value) -> Response {
    let mut response = Json(value).into_response();
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=300"));
    response
}

/// OIDC Core §5.3: the claims of the access token's scopes, for its user. The token comes as a bearer header or, for
/// POST, the `access_token` form field (RFC 6750 §2.2).
pub async fn userinfo(State(state): State<AppState>, request: Request) -> Response {
    let header_token = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer ").or_else(|| v.strip_prefix("bearer ")))
        .map(|t| t.trim().to_owned());
    let token = match header_token {
        Some(t) => Some(t),
        None => {
            let body = axum::body::to_bytes(request.into_body(), 64 * 1024).await.unwrap_or_default();
            params(None, &body).remove("access_token")
        }
    };
    let unauthorized = |error: &str| {
        let mut response = (StatusCode::UNAUTHORIZED, Json(json!({"error": error}))).into_response();
        let challenge = format!("Bearer error=\"{error}\"");
        if let Ok(v) = HeaderValue::from_str(&challenge) {
            response.headers_mut().insert(header::WWW_AUTHENTICATE, v);
        }
        no_store(response)
    };
    let Some(token) = token.filter(|t| !t.is_empty()) else { return unauthorized("invalid_request") };
    let stored = match find_token(&state, &token).await {
        Ok(t) => t,
        Err(e) => return e.into_response(),
    };
    let Some(t) = stored.filter(|t| t.kind == "access" && t.is_live(&state)) else {
        return unauthorized("invalid_token");
    };
    let user = match crate::user::store::find(&state, &t.user_id).await {
        Ok(Some(u)) if u.state() == gatehouse_api::user::UserState::Active => u,
        Ok(_) => return unauthorized("invalid_token"),
        Err(e) => {
            let _logged = e.to_api();
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    no_store(Json(scopes::user_claims(&user, &t.scopes())).into_response())
}
