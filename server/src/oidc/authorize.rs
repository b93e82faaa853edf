//! `/oauth/v2/authorize`: validates an app's request, stores it and hands the browser to the login UI at
//! `/login?authRequest=V2_<id>`. Until the client and its redirect URI are known to match, nothing redirects: an
//! error page is shown instead, so the endpoint cannot be used as an open redirector.

use std::collections::HashMap;

use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use gatehouse_api::app::{OidcAuthMethodType, OidcGrantType};
use gatehouse_api::oidc::Prompt;

use super::store::{self, NewAuthRequest};
use super::{scopes, AUTH_REQUEST_LIFETIME};
use crate::app::{self, redirect};
use crate::clock::to_db;
use crate::error::Result;
use crate::AppState;

/// Parameters of a GET query or a POSTed form; the first occurrence of a name wins.
pub fn params(query: Option<&str>, body: &[u8]) -> HashMap<String, String> {
    let mut map = HashMap::new();
    for source in [query.unwrap_or("").as_bytes(), body] {
        for (k, v) in form_urlencoded::parse(source) {
            map.entry(k.into_owned()).or_insert_with(|| v.into_owned());
        }
    }
    map
}

pub async fn authorize(
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

async fn handle(state: &AppState, headers: &HeaderMap, p: &HashMap<String, String>) -> Result<Response> {
    let get = |k: &str| p.get(k).map(String::as_str).filter(|v| !v.is_empty());
    let Some(client_id) = get("client_id") else {
        return Ok(error_page(
            StatusCode::BAD_REQUEST,
            "The application did not say who it is (client_id is missing).",
        ));
    };
    let app = match app::find_by_client_id(state, client_id).await? {
        Some(app) if app.is_active() => app,
        _ => return Ok(error_page(StatusCode::BAD_REQUEST, "This application is not known here (unknown client_id).")),
    };
    let settings = app.settings()?;
    let Some(redirect_uri) = get("redirect_uri") else {
        return Ok(error_page(
            StatusCode::BAD_REQUEST,
            "The application did not say where to return (redirect_uri is missing).",
        ));
    };
    if !redirect::matches(redirect_uri, &settings.redirect_uris, settings.application_type) {
        return Ok(error_page(
            StatusCode::BAD_REQUEST,
            "The application asked to return to an address it has not registered (redirect_uri mismatch). For your \
             safety, you are not sent there.",
        ));
    }
    // From here on, errors go back to the app.
    let state_param = get("state");
    let fail = |error: &str, description: &str| {
        Ok(redirect_to(&authorization_response(
            state,
            redirect_uri,
            &[("error", error), ("error_description", description)],
            state_param,
        )))
    };
    if get("request").is_some() || get("request_uri").is_some() {
        return fail("request_not_supported", "request objects are not supported");
    }
    if get("response_type") != Some("code") {
        return fail("unsupported_response_type", "only response_type=code is supported");
    }
    if !settings.grant_types.contains(&OidcGrantType::AuthorizationCode) {
        return fail("unauthorized_client", "the application may not use the authorization code grant");
    }
    if let Some(mode) = get("response_mode") {
        if mode != "query" {
            return fail("invalid_request", "only response_mode=query is supported");
        }
    }
    let requested_scopes = scopes::parse(get("scope").unwrap_or(""));
    if !requested_scopes.iter().any(|s| s == "openid") {
        return fail("invalid_scope", "the openid scope is required");
    }
    let challenge = get("code_challenge");
    match (challenge, get("code_challenge_method")) {
        (Some(c), Some("S256")) if c.len() >= 43 && c.len() <= 128 => {}
        (Some(_), Some("S256")) => return fail("invalid_request", "code_challenge must be 43 to 128 characters"),
        (Some(_), _) => return fail("invalid_request", "code_challenge_method must be S256"),
        (None, Some(_)) => return fail("invalid_request", "code_challenge_method without code_challenge"),
        (None, None) if settings.auth_method_type == OidcAuthMethodType::None => {
            return fail("invalid_request", "PKCE (code_challenge with S256) is required for public clients")
        }
        (None, None) => {}
    }
    let prompts = match parse_prompt(get("prompt").unwrap_or("")) {
        Ok(p) => p,
        Err(message) => return fail("invalid_request", message),
    };
    let max_age = match get("max_age").map(str::parse::<i64>) {
        None => None,
        Some(Ok(v)) if v >= 0 => Some(v),
        Some(_) => return fail("invalid_request", "max_age must be a non-negative number of seconds"),
    };
    let hint_user_id = match get("id_token_hint") {
        Some(hint) => super::tokens::id_token_hint_subject(state, hint, client_id).await,
        None => None,
    };
    let now = state.now();
    // Random, not a time-ordered id: the id in the login UI's URL is what lets a browser answer the request.
    let id = crate::crypto::random_token();
    store::insert_auth_request(
        state,
        NewAuthRequest {
            id: id.clone(),
            app_id: app.id.clone(),
            client_id: client_id.to_owned(),
            redirect_uri: redirect_uri.to_owned(),
            scope: requested_scopes.join(" "),
            state: state_param.map(str::to_owned),
            nonce: get("nonce").map(str::to_owned),
            code_challenge: challenge.map(str::to_owned),
            prompt: prompts.iter().map(|p| prompt_name(*p)).collect::<Vec<_>>().join(" "),
            ui_locales: get("ui_locales").unwrap_or("").to_owned(),
            login_hint: get("login_hint").map(str::to_owned),
            max_age,
            hint_user_id,
            created_at: to_db(now),
            expires_at: to_db(now + AUTH_REQUEST_LIFETIME),
        },
    )
    .await?;
    if prompts.contains(&Prompt::None) {
        return super::silent::prompt_none(state, headers, &id).await;
    }
    Ok(redirect_to(&format!("/login?authRequest=V2_{id}")))
}

fn parse_prompt(raw: &str) -> std::result::Result<Vec<Prompt>, &'static str> {
    let mut prompts = Vec::new();
    for word in raw.split(' ').filter(|w| !w.is_empty()) {
        prompts.push(match word {
            "none" => Prompt::None,
            "login" => Prompt::Login,
            "consent" => Prompt::Consent,
            "select_account" => Prompt::SelectAccount,
            "create" => Prompt::Create,
            _ => return Err("unknown prompt value"),
        });
    }
    if prompts.contains(&Prompt::None) && prompts.len() > 1 {
        return Err("prompt=none cannot be combined with other values");
    }
    Ok(prompts)
}

pub fn prompt_name(p: Prompt) -> &'static str {
    match p {
        Prompt::None => "none",
        Prompt::Login => "login",
        Prompt::Consent => "consent",
        Prompt::SelectAccount => "select_account",
        Prompt::Create => "create",
        Prompt::Unspecified => "",
    }
}

pub fn prompt_from_name(name: &str) -> Option<Prompt> {
    parse_prompt(name).ok().and_then(|p| p.first().copied())
}

/// An authorization response (code or error) to the app: [`callback_url`] plus `iss` (RFC 9207), so a client
/// that talks to several providers through one redirect URI can tell which of them answered (mix-up defence).
pub fn authorization_response(
    state: &AppState,
    redirect_uri: &str,
    params: &[(&str, &str)],
    app_state: Option<&str>,
) -> String {
    let issuer = super::tokens::issuer(state);
    let mut all = params.to_vec();
    all.push(("iss", issuer.as_str()));
    callback_url(redirect_uri, &all, app_state)
}

/// `redirect_uri` with `params` (and `state`, when the app sent one) added to its query.
pub fn callback_url(redirect_uri: &str, params: &[(&str, &str)], state: Option<&str>) -> String {
    let mut query = form_urlencoded::Serializer::new(String::new());
    for (k, v) in params {
        query.append_pair(k, v);
    }
    if let Some(state) = state {
        query.append_pair("state", state);
    }
    let separator = if redirect_uri.contains('?') { '&' } else { '?' };
    format!("{redirect_uri}{separator}{}", query.finish())
}

pub fn redirect_to(location: &str) -> Response {
    let mut response = StatusCode::FOUND.into_response();
    if let Ok(value) = HeaderValue::from_str(location) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// A minimal page for errors that must not go back to the app.
pub fn error_page(status: StatusCode, message: &str) -> Response {
    let escaped = message.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    let body = format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" \
         content=\"width=device-width\"><title>Sign-in error</title></head><body><main id=\"oidc-error\">\
         <h1>The sign-in could not start</h1><p id=\"oidc-error-message\">{escaped}</p>\
         <p>Return to the application and try again, or contact its support.</p></main></body></html>"
    );
    let mut response = (status, Html(body)).into_response();
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn callback_urls_keep_existing_queries_and_encode() {
        assert_eq!(
            callback_url("https://a.example/cb", &[("code", "x y")], Some("s&1")),
            "https://a.example/cb?code=x+y&state=s%261"
        );
        assert_eq!(callback_url("com.example.app:/cb?x=1", &[("code", "c")], None), "com.example.app:/cb?x=1&code=c");
    }

    #[test]
    fn prompts_parse_and_none_stands_alone() {
        assert_eq!(parse_prompt("login select_account"), Ok(vec![Prompt::Login, Prompt::SelectAccount]));
        assert!(parse_prompt("none login").is_err());
        assert!(parse_prompt("bogus").is_err());
        assert_eq!(parse_prompt(""), Ok(vec![]));
    }
}
