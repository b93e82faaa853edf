//! The OIDC provider: the OAuth/OIDC endpoints apps talk to (ZITADEL's paths) and the OIDCService the login UI
//! uses. An app's login: authorize (stored request) → the SPA at `/login?authRequest=V2_<id>` → sessions API →
//! CreateCallback (policy checked here) → the app's redirect URI with a code → token endpoint.

pub mod assertion;
pub mod authorize;
pub mod backchannel;
pub mod device;
pub mod discovery;
pub mod keys;
pub mod logout;
pub mod scopes;
pub mod service;
pub mod silent;
pub mod store;
pub mod token;
pub mod tokens;

use axum::http::{header, HeaderValue};
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::Router;
use chrono::Duration;
use gatehouse_api::oidc as api;
use tower_http::set_header::SetResponseHeaderLayer;

use crate::rpc::rpc;
use crate::AppState;

/// How long the login may take, from the app's request to CreateCallback.
pub const AUTH_REQUEST_LIFETIME: Duration = Duration::hours(1);
/// How long the app has to exchange its code.
pub const CODE_LIFETIME: Duration = Duration::minutes(5);

pub fn routes() -> Router<AppState> {
    let r = Router::new();
    let r = rpc::<api::GetAuthRequest, _, _>(r, service::get_auth_request);
    let r = rpc::<api::CreateCallback, _, _>(r, service::create_callback);
    let r = rpc::<api::GetDeviceAuthorizationRequest, _, _>(r, device::get_device_authorization_request);
    let r = rpc::<api::AuthorizeOrDenyDeviceAuthorization, _, _>(r, device::authorize_or_deny);
    // Endpoints relying parties call, possibly cross-origin from a browser app. None of them reads cookies, so any
    // origin may call them (the answers need a client credential, a code or a token).
    let public = Router::new()
        .route("/.well-known/openid-configuration", get(discovery::openid_configuration))
        .route("/oauth/v2/keys", get(discovery::jwks))
        .route("/oauth/v2/token", post(token::token).options(preflight))
        .route("/oauth/v2/introspect", post(token::introspect).options(preflight))
        .route("/oauth/v2/revoke", post(token::revoke).options(preflight))
        .route("/oauth/v2/device_authorization", post(device::device_authorization).options(preflight))
        .route("/oidc/v1/userinfo", get(discovery::userinfo).post(discovery::userinfo).options(preflight))
        .layer(SetResponseHeaderLayer::overriding(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*")));
    // The browser navigates to these; they read the cookie, so no CORS.
    let browser = Router::new()
        .route("/oauth/v2/authorize", get(authorize::authorize).post(authorize::authorize))
        .route("/oidc/v1/end_session", get(logout::end_session).post(logout::end_session));
    r.merge(public).merge(browser)
}

async fn preflight() -> axum::response::Response {
    let mut response = axum::http::StatusCode::NO_CONTENT.into_response();
    let headers = response.headers_mut();
    headers.insert(header::ACCESS_CONTROL_ALLOW_METHODS, HeaderValue::from_static("GET, POST"));
    headers.insert(header::ACCESS_CONTROL_ALLOW_HEADERS, HeaderValue::from_static("Authorization, Content-Type"));
    headers.insert(header::ACCESS_CONTROL_MAX_AGE, HeaderValue::from_static("600"));
    response
}
