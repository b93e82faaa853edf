//! `/oauth/v2/token`, `/oauth/v2/introspect`, `/oauth/v2/revoke`: client authentication and the grants
//! (authorization code with PKCE, refresh token with rotation, device code).

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};

use axum::body::to_bytes;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;
use gatehouse_api::app::{OidcAuthMethodType, OidcGrantType};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use sqlx::Row;

use super::authorize::params;
use super::tokens::{self, Grant, Spend, TokenResponse};
use super::{assertion, store};
use crate::app::{self, AppRecord};
use crate::clock::from_db;
use crate::crypto::{constant_time_eq, token_hash};
use crate::error::Error;
use crate::user::UserRecord;
use crate::AppState;

/// An OAuth error answer (RFC 6749 §5.2).
pub struct OAuthError {
    pub status: StatusCode,
    pub error: &'static str,
    pub description: String,
}

impl OAuthError {
    pub fn new(error: &'static str, description: impl Into<String>) -> Self {
        let status = if error == "invalid_client" { StatusCode::UNAUTHORIZED } else { StatusCode::BAD_REQUEST };
        OAuthError { status, error, description: description.into() }
    }
}

impl From<Error> for OAuthError {
    fn from(e: Error) -> Self {
        let _logged = e.to_api();
        OAuthError {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            error: "server_error",
            description: "internal error".into(),
        }
    }
}

impl IntoResponse for OAuthError {
    fn into_response(self) -> Response {
        let mut response =
            (self.status, Json(json!({"error": self.error, "error_description": self.description}))).into_response();
        if self.status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Basic"));
        }
        no_store(response)
    }
}

pub fn no_store(mut response: Response) -> Response {
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(header::PRAGMA, HeaderValue::from_static("no-cache"));
    response
}

pub type OAuthResult<T> = Result<T, OAuthError>;

/// A form POST: its parameters, headers, the client's IP and the path it was sent to.
pub struct FormRequest {
    pub params: HashMap<String, String>,
    pub headers: HeaderMap,
    pub ip: Option<IpAddr>,
    pub path: String,
}

impl FormRequest {
    pub async fn read(request: Request) -> OAuthResult<FormRequest> {
        let ip = request.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip());
        let (parts, body) = request.into_parts();
        let body = to_bytes(body, 64 * 1024)
            .await
            .map_err(|_| OAuthError::new("invalid_request", "the request body is too large or unreadable"))?;
        // Parameters belong in the body (RFC 6749 §3.2); the query string is not read.
        Ok(FormRequest { params: params(None, &body), headers: parts.headers, ip, path: parts.uri.path().to_owned() })
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.params.get(name).map(String::as_str).filter(|v| !v.is_empty())
    }
}

/// The calling client: HTTP Basic (`client_secret_basic`), form fields (`client_secret_post`), a signed client
/// assertion (`private_key_jwt`, see [`super::assertion`]) or, for public clients, just `client_id`. Each client
/// uses exactly the method it registered: a secret is refused where a key is registered and the other way round.
/// Failed checks are rate limited; the secret itself is 256 random bits, so the limit guards the server rather than
/// the secret.
pub async fn authenticate_client(state: &AppState, form: &FormRequest) -> OAuthResult<AppRecord> {
    let basic = form
        .headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Basic ").or_else(|| v.strip_prefix("basic ")))
        .map(|b64| {
            let decoded = STANDARD.decode(b64.trim()).ok().and_then(|d| String::from_utf8(d).ok());
            let (id, secret) = decoded.as_deref().and_then(|d| d.split_once(':')).unwrap_or(("", ""));
            // RFC 6749 §2.3.1: both parts are form-urlencoded.
            let unescape =
                |s: &str| form_urlencoded::parse(format!("x={s}").as_bytes()).next().map(|(_, v)| v.into_owned());
            (unescape(id).unwrap_or_default(), unescape(secret).unwrap_or_default())
        });
    if form.get("client_assertion").is_some() || form.get("client_assertion_type").is_some() {
        if basic.is_some() || form.get("client_secret").is_some() {
            // RFC 6749 §2.3: a client must not use more than one authentication method in a request.
            return Err(OAuthError::new("invalid_request", "send either a client secret or a client_assertion"));
        }
        return authenticate_with_assertion(state, form).await;
    }
    let (client_id, secret) = match &basic {
        Some((id, secret)) => (id.clone(), Some(secret.clone())),
        None => (form.get("client_id").unwrap_or_default().to_owned(), form.get("client_secret").map(str::to_owned)),
    };
    if client_id.is_empty() {
        return Err(OAuthError::new("invalid_client", "client authentication is required"));
    }
    let app = match app::find_by_client_id(state, &client_id).await? {
        Some(app) if app.is_active() => app,
        _ => return Err(OAuthError::new("invalid_client", "unknown client")),
    };
    if app.settings()?.auth_method_type == OidcAuthMethodType::PrivateKeyJwt {
        return Err(OAuthError::new(
            "invalid_client",
            "this client authenticates with a signed client_assertion (private_key_jwt)",
        ));
    }
    match (&app.secret_hash, secret) {
        (None, None) => Ok(app),
        (None, Some(_)) => Err(OAuthError::new("invalid_client", "this client has no secret")),
        (Some(_), None) => Err(OAuthError::new("invalid_client", "the client secret is missing")),
        (Some(stored), Some(given)) => {
            if constant_time_eq(stored, &token_hash(&given)) {
                Ok(app)
            } else {
                Err(failed(state, form, &client_id, "the client secret is wrong"))
            }
        }
    }
}

/// A failed credential check: `invalid_client`, or 429 once the client or address failed too often this minute.
fn failed(state: &AppState, form: &FormRequest, client_id: &str, description: impl Into<String>) -> OAuthError {
    if state.limiter.allow(form.ip, &format!("client:{client_id}")) {
        OAuthError::new("invalid_client", description)
    } else {
        OAuthError {
            status: StatusCode::TOO_MANY_REQUESTS,
            error: "invalid_client",
            description: "too many failed attempts; wait a minute".into(),
        }
    }
}

async fn authenticate_with_assertion(state: &AppState, form: &FormRequest) -> OAuthResult<AppRecord> {
    if form.get("client_assertion_type") != Some(assertion::ASSERTION_TYPE) {
        return Err(OAuthError::new(
            "invalid_request",
            format!("client_assertion_type must be {}", assertion::ASSERTION_TYPE),
        ));
    }
    let raw = form
        .get("client_assertion")
        .ok_or_else(|| OAuthError::new("invalid_request", "client_assertion is missing"))?;
    let parsed = assertion::parse(raw).map_err(|e| OAuthError::new("invalid_client", e))?;
    let client_id = parsed.claims.iss.clone();
    if form.get("client_id").is_some_and(|id| id != client_id) {
        return Err(OAuthError::new("invalid_client", "client_id does not match the client_assertion's iss"));
    }
    let app = match app::find_by_client_id(state, &client_id).await? {
        Some(app) if app.is_active() => app,
        _ => return Err(OAuthError::new("invalid_client", "unknown client")),
    };
    if app.settings()?.auth_method_type != OidcAuthMethodType::PrivateKeyJwt {
        return Err(OAuthError::new("invalid_client", "this client does not authenticate with private_key_jwt"));
    }
    let endpoint = format!("{}{}", tokens::issuer(state), form.path);
    match assertion::verify(state, &app, &parsed, &endpoint).await {
        Ok(()) => Ok(app),
        Err(assertion::AssertionError::Invalid(why)) => Err(failed(state, form, &client_id, why)),
        Err(assertion::AssertionError::Internal(e)) => Err(e.into()),
    }
}

pub async fn token(State(state): State<AppState>, request: Request) -> Response {
    let result = async {
        let form = FormRequest::read(request).await?;
        let app = authenticate_client(&state, &form).await?;
        let settings = app.settings()?;
        let grant_type = form.get("grant_type").unwrap_or_default();
        let allowed = |g: OidcGrantType| {
            if settings.grant_types.contains(&g) {
                Ok(())
            } else {
                Err(OAuthError::new("unauthorized_client", format!("the client may not use grant type {grant_type}")))
            }
        };
        match grant_type {
            "authorization_code" => {
                allowed(OidcGrantType::AuthorizationCode)?;
                authorization_code(&state, &app, &form).await
            }
            "refresh_token" => {
                allowed(OidcGrantType::RefreshToken)?;
                refresh_token(&state, &app, &form).await
            }
            super::device::GRANT_TYPE => {
                allowed(OidcGrantType::DeviceCode)?;
                super::device::poll(&state, &app, &form).await
            }
            "" => Err(OAuthError::new("invalid_request", "grant_type is missing")),
            _ => Err(OAuthError::new("unsupported_grant_type", format!("grant type {grant_type} is not supported"))),
        }
    }
    .await;
    match result {
        Ok(tokens) => no_store(Json(tokens).into_response()),
        Err(e) => e.into_response(),
    }
}

pub async fn active_user(state: &AppState, user_id: &str) -> OAuthResult<UserRecord> {
    match crate::user::store::find(state, user_id).await? {
        Some(user) if user.state() == gatehouse_api::user::UserState::Active => Ok(user),
        _ => Err(OAuthError::new("invalid_grant", "the user is no longer active")),
    }
}

/// RFC 7636 §4.1: 43 to 128 characters of `[A-Za-z0-9-._~]` (security review L5: a short verifier would make the
/// challenge guessable).
fn pkce_verifier_well_formed(verifier: &str) -> bool {
    (43..=128).contains(&verifier.len())
        && verifier.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~'))
}

fn pkce_matches(challenge: &str, verifier: &str) -> bool {
    let computed = URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()));
    constant_time_eq(&computed, challenge)
}

async fn authorization_code(state: &AppState, app: &AppRecord, form: &FormRequest) -> OAuthResult<TokenResponse> {
    let code = form.get("code").ok_or_else(|| OAuthError::new("invalid_request", "code is missing"))?;
    let invalid = || OAuthError::new("invalid_grant", "the code is invalid, expired or already used");
    let request = store::find_by_code_hash(state, &token_hash(code)).await?.ok_or_else(invalid)?;
    if request.client_id != app.client_id {
        return Err(invalid());
    }
    if request.code_used {
        // RFC 6749 §4.1.2: a reused code revokes what was issued from it.
        revoke_grant(state, &request.id).await?;
        return Err(invalid());
    }
    let expires = request.code_expires_at.as_deref().map(from_db).transpose()?;
    if expires.is_none_or(|e| e <= state.now()) {
        return Err(invalid());
    }
    if form.get("redirect_uri") != Some(request.redirect_uri.as_str()) {
        return Err(OAuthError::new("invalid_grant", "redirect_uri does not match the authorization request"));
    }
    if form.get("code_verifier").is_some_and(|v| !pkce_verifier_well_formed(v)) {
        return Err(OAuthError::new(
            "invalid_request",
            "code_verifier must be 43 to 128 characters of A-Z, a-z, 0-9, '-', '.', '_' and '~'",
        ));
    }
    match (&request.code_challenge, form.get("code_verifier")) {
        (Some(challenge), Some(verifier)) if pkce_matches(challenge, verifier) => {}
        (Some(_), _) => return Err(OAuthError::new("invalid_grant", "the PKCE code_verifier does not match")),
        (None, Some(_)) => return Err(OAuthError::new("invalid_grant", "no code_challenge was sent for this code")),
        (None, None) => {}
    }
    let user_id = request.user_id.clone().ok_or_else(invalid)?;
    let user = active_user(state, &user_id).await?;
    let scopes = request.scopes();
    let refresh = super::scopes::has(&scopes, "offline_access")
        && app.settings()?.grant_types.contains(&OidcGrantType::RefreshToken);
    let grant = Grant {
        grant_id: request.id.clone(),
        app,
        user: &user,
        session_id: request.session_id.clone(),
        scopes,
        auth_time: request.auth_time.as_deref().map(from_db).transpose()?,
        amr: request.amr.as_deref().map(serde_json::from_str).transpose().map_err(Error::from)?.unwrap_or_default(),
        nonce: request.nonce.clone(),
    };
    match tokens::issue(state, &grant, refresh, Spend::Code(&request.id)).await? {
        Some(tokens) => Ok(tokens),
        None => {
            // Used concurrently: a replay like any other.
            revoke_grant(state, &request.id).await?;
            Err(invalid())
        }
    }
}

/// Revokes every token descending from one authorization.
pub async fn revoke_grant(state: &AppState, grant_id: &str) -> OAuthResult<()> {
    sqlx::query("UPDATE oidc_tokens SET revoked = 1 WHERE grant_id = $1")
        .bind(grant_id)
        .execute(&state.db.write)
        .await
        .map_err(Error::from)?;
    Ok(())
}

/// A stored token found by its value.
pub struct StoredToken {
    pub id: String,
    pub kind: String,
    pub grant_id: String,
    pub client_id: String,
    pub user_id: String,
    pub session_id: Option<String>,
    pub scope: String,
    pub auth_time: Option<String>,
    pub amr: Option<String>,
    pub created_at: String,
    pub expires_at: String,
    pub revoked: bool,
    pub rotated: bool,
}

pub async fn find_token(state: &AppState, token: &str) -> OAuthResult<Option<StoredToken>> {
    let row = sqlx::query(
        "SELECT id, kind, grant_id, client_id, user_id, session_id, scope, auth_time, amr, created_at, expires_at,
         revoked, rotated FROM oidc_tokens WHERE token_hash = $1",
    )
    .bind(token_hash(token))
    .fetch_optional(&state.db.read)
    .await
    .map_err(Error::from)?;
    let Some(r) = row else { return Ok(None) };
    let read = || -> Result<StoredToken, sqlx::Error> {
        Ok(StoredToken {
            id: r.try_get("id")?,
            kind: r.try_get("kind")?,
            grant_id: r.try_get("grant_id")?,
            client_id: r.try_get("client_id")?,
            user_id: r.try_get("user_id")?,
            session_id: r.try_get("session_id")?,
            scope: r.try_get("scope")?,
            auth_time: r.try_get("auth_time")?,
            amr: r.try_get("amr")?,
            created_at: r.try_get("created_at")?,
            expires_at: r.try_get("expires_at")?,
            revoked: r.try_get("revoked")?,
            rotated: r.try_get("rotated")?,
        })
    };
    Ok(Some(read().map_err(Error::from)?))
}

impl StoredToken {
    pub fn is_live(&self, state: &AppState) -> bool {
        !self.revoked && !self.rotated && from_db(&self.expires_at).is_ok_and(|e| e > state.now())
    }

    pub fn scopes(&self) -> Vec<String> {
        self.scope.split(' ').filter(|s| !s.is_empty()).map(str::to_owned).collect()
    }
}

async fn refresh_token(state: &AppState, app: &AppRecord, form: &FormRequest) -> OAuthResult<TokenResponse> {
    let value =
        form.get("refresh_token").ok_or_else(|| OAuthError::new("invalid_request", "refresh_token is missing"))?;
    let invalid = || OAuthError::new("invalid_grant", "the refresh token is invalid, expired or revoked");
    let stored = find_token(state, value).await?.filter(|t| t.kind == "refresh").ok_or_else(invalid)?;
    if stored.client_id != app.client_id {
        return Err(invalid());
    }
    if stored.rotated && !stored.revoked {
        // A rotated token used again: it was copied. Revoke the whole family (OAuth 2.0 Security BCP §4.14).
        revoke_grant(state, &stored.grant_id).await?;
        return Err(invalid());
    }
    if !stored.is_live(state) {
        return Err(invalid());
    }
    let granted = stored.scopes();
    let scopes = match form.get("scope") {
        Some(requested) => {
            let requested = super::scopes::parse(requested);
            if let Some(extra) = requested.iter().find(|s| !granted.contains(s)) {
                return Err(OAuthError::new("invalid_scope", format!("scope {extra} was not granted")));
            }
            requested
        }
        None => granted,
    };
    let user = active_user(state, &stored.user_id).await?;
    let grant = Grant {
        grant_id: stored.grant_id.clone(),
        app,
        user: &user,
        session_id: stored.session_id.clone(),
        scopes,
        auth_time: stored.auth_time.as_deref().map(from_db).transpose()?,
        amr: stored.amr.as_deref().map(serde_json::from_str).transpose().map_err(Error::from)?.unwrap_or_default(),
        nonce: None,
    };
    match tokens::issue(state, &grant, true, Spend::RefreshToken(&stored.id)).await? {
        Some(tokens) => Ok(tokens),
        None => {
            revoke_grant(state, &stored.grant_id).await?;
            Err(invalid())
        }
    }
}

/// RFC 7662. Any registered client may introspect tokens issued to itself; IAM-wide introspection is not offered.
pub async fn introspect(State(state): State<AppState>, request: Request) -> Response {
    let result = async {
        let form = FormRequest::read(request).await?;
        let app = authenticate_client(&state, &form).await?;
        let token = form.get("token").ok_or_else(|| OAuthError::new("invalid_request", "token is missing"))?;
        let stored = find_token(&state, token).await?;
        let Some(t) = stored.filter(|t| t.is_live(&state) && t.client_id == app.client_id) else {
            return Ok(json!({"active": false}));
        };
        let user = crate::user::store::find(&state, &t.user_id).await?;
        let Some(user) = user.filter(|u| u.state() == gatehouse_api::user::UserState::Active) else {
            return Ok(json!({"active": false}));
        };
        let mut answer = serde_json::Map::new();
        answer.insert("active".into(), json!(true));
        answer.insert("scope".into(), json!(t.scope));
        answer.insert("client_id".into(), json!(t.client_id));
        answer.insert("token_type".into(), json!(if t.kind == "access" { "Bearer" } else { "refresh_token" }));
        answer.insert("exp".into(), json!(from_db(&t.expires_at)?.timestamp()));
        answer.insert("iat".into(), json!(from_db(&t.created_at)?.timestamp()));
        answer.insert("aud".into(), json!([t.client_id]));
        answer.insert("iss".into(), json!(tokens::issuer(&state)));
        answer.insert("username".into(), json!(user.username));
        if let Some(sid) = t.session_id {
            answer.insert("sid".into(), json!(sid));
        }
        for (k, v) in super::scopes::user_claims(&user, &t.scope.split(' ').map(str::to_owned).collect::<Vec<_>>()) {
            answer.insert(k, v);
        }
        Ok::<Value, OAuthError>(Value::Object(answer))
    }
    .await;
    match result {
        Ok(v) => no_store(Json(v).into_response()),
        Err(e) => e.into_response(),
    }
}

/// RFC 7009: answers 200 whether or not the token was known. Revoking a refresh token ends its whole grant.
pub async fn revoke(State(state): State<AppState>, request: Request) -> Response {
    let result = async {
        let form = FormRequest::read(request).await?;
        let app = authenticate_client(&state, &form).await?;
        let token = form.get("token").ok_or_else(|| OAuthError::new("invalid_request", "token is missing"))?;
        if let Some(t) = find_token(&state, token).await?.filter(|t| t.client_id == app.client_id) {
            if t.kind == "refresh" {
                revoke_grant(&state, &t.grant_id).await?;
            } else {
                sqlx::query("UPDATE oidc_tokens SET revoked = 1 WHERE id = $1")
                    .bind(&t.id)
                    .execute(&state.db.write)
                    .await
                    .map_err(Error::from)?;
            }
        }
        Ok::<(), OAuthError>(())
    }
    .await;
    match result {
        Ok(()) => no_store(StatusCode::OK.into_response()),
        Err(e) => e.into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pkce_verifiers_have_the_rfc_7636_form() {
        assert!(pkce_verifier_well_formed("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
        assert!(pkce_verifier_well_formed(&"a~._-".repeat(26)[..128]));
        assert!(!pkce_verifier_well_formed(&"a".repeat(42)), "too short");
        assert!(!pkce_verifier_well_formed(&"a".repeat(129)), "too long");
        assert!(!pkce_verifier_well_formed(&format!("{}+/", "a".repeat(43))), "not the unreserved set");
    }

    #[test]
    fn pkce_s256_matches_the_rfc_7636_example() {
        let verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        assert!(pkce_matches("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", verifier));
        assert!(!pkce_matches("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", "other"));
    }
}
