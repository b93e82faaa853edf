//! Intents: one browser round trip to a provider. StartIdentityProviderIntent stores state, nonce and PKCE
//! verifier and answers the provider's authorization URL; the provider sends the browser to `/idps/callback`, where
//! the server exchanges the code, verifies what the provider said and redirects to the caller's success URL with
//! the intent id and a one-time intent token (or to the failure URL with an error). RetrieveIdentityProviderIntent
//! and the session's `idpIntent` check then prove the external login with that token. Apple answers by a
//! cross-site form POST instead, which only parks its answer on the intent (`apple::form_post`, status `posted`)
//! and sends the browser to the same GET callback with the state alone.
//!
//! Invariants: the OAuth `state` and the intent token are stored only as SHA-256 hashes and compared in constant
//! time; `state` works once (the callback claims the intent atomically); an intent expires [`INTENT_LIFETIME`]
//! after it starts and again after it succeeds; a session check consumes it. An intent started by a browser is
//! bound to that browser's cookie: the callback refuses to finish it in another browser, so nobody can hand a
//! victim a callback URL that signs them in as someone else (login CSRF).

use std::sync::OnceLock;

use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chrono::Duration;
use gatehouse_api::idp::{
    IdpInformation, IdpLink, IdpOAuthAccessInformation, IdpState, RetrieveIdentityProviderIntentRequest,
    RetrieveIdentityProviderIntentResponse, StartIdentityProviderIntentRequest, StartIdentityProviderIntentResponse,
};
use gatehouse_api::object::Details;
use gatehouse_api::user::{AddHumanUserRequest, CodeDelivery, SetHumanEmail, SetHumanProfile};
use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};
use sha2::{Digest, Sha256};
use sqlx::Row;
use url::Url;

use super::config::{flow, uses_pkce, Flow};
use super::store::{self, IdpRecord};
use super::upstream::{self, ClientAuth, Expect, TokenRequest, UpstreamError};
use crate::auth::{Browser, Caller, Principal};
use crate::clock::{from_db, to_db, Timestamp};
use crate::crypto::{constant_time_eq, random_token, token_hash};
use crate::error::{Error, Result};
use crate::AppState;

pub const CALLBACK_PATH: &str = "/idps/callback";
/// Where a JWT IdP's proxy sends the browser back (ZITADEL's path), with `authRequestID` (the intent) and
/// `userAgentID` (its state) from the jwtEndpoint URL, and the JWT in the configured header.
pub const JWT_PATH: &str = "/idps/jwt";
pub const INTENT_LIFETIME_MINUTES: i64 = 10;

pub fn callback_url(state: &AppState) -> String {
    format!("{}{CALLBACK_PATH}", state.public_url.as_str().trim_end_matches('/'))
}

fn intent_not_found() -> Error {
    Error::not_found("IDP-Intent-NotFound", "Intent not found or not finished")
}

/// A success or failure URL: absolute http(s). A browser may only send its user back to this server's own pages
/// (the intent token travels in that URL).
fn redirect_target(state: &AppState, caller: &Caller, value: &str, field: &str) -> Result<Url> {
    let url = Url::parse(value.trim())
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https") && u.host_str().is_some() && u.fragment().is_none())
        .ok_or_else(|| Error::invalid("IDP-Intent-Url", format!("urls.{field} must be an absolute http(s) URL")))?;
    if matches!(caller.principal, Principal::Browser) && url.origin().ascii_serialization() != state.public_origin {
        return Err(Error::invalid("IDP-Intent-Url", format!("urls.{field} must be a page of this server")));
    }
    Ok(url)
}

fn s256(verifier: &str) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()))
}

fn upstream_unavailable(e: UpstreamError) -> Error {
    tracing::warn!(code = e.code, detail = %e.detail, "identity provider unavailable");
    Error::failed_precondition("IDP-Upstream", "The identity provider cannot be reached or answered unexpectedly")
}

/// Intents a browser may start per minute from one IP address (per instance). Each start makes the server fetch
/// the provider's discovery document and stores a row, so an unbounded stream of them from one address is a cheap
/// way to make this server call out and fill its table. Token callers (a login client serving many users from one
/// address) get ten times as many.
pub const STARTS_PER_IP_PER_MINUTE: usize = 60;

/// The sliding window of [`crate::ratelimit::RateLimiter`], keyed by `instance:ip` in its per-user slot so that
/// several instances in one process (the test suite) keep apart.
fn start_allowed(state: &AppState, caller: &Caller) -> bool {
    use crate::ratelimit::RateLimiter;
    static BROWSERS: OnceLock<RateLimiter> = OnceLock::new();
    static CLIENTS: OnceLock<RateLimiter> = OnceLock::new();
    let Some(ip) = caller.ip else { return true };
    let window = std::time::Duration::from_secs(60);
    let limiter = if matches!(caller.principal, Principal::Browser) {
        BROWSERS.get_or_init(|| RateLimiter::new(window, 0, STARTS_PER_IP_PER_MINUTE))
    } else {
        CLIENTS.get_or_init(|| RateLimiter::new(window, 0, STARTS_PER_IP_PER_MINUTE * 10))
    };
    limiter.allow(None, &format!("{}:{ip}", state.instance.id))
}

pub async fn start(
    state: AppState,
    caller: Caller,
    req: StartIdentityProviderIntentRequest,
) -> Result<StartIdentityProviderIntentResponse> {
    if !start_allowed(&state, &caller) {
        return Err(crate::user::too_many_attempts());
    }
    if req.ldap.is_some() {
        return Err(Error::unimplemented("IDP-LDAP", "LDAP providers are not supported"));
    }
    let urls = req.urls.as_ref().ok_or_else(|| Error::invalid("IDP-Intent-Url", "urls are required"))?;
    let success = redirect_target(&state, &caller, &urls.success_url, "successUrl")?;
    let failure = redirect_target(&state, &caller, &urls.failure_url, "failureUrl")?;
    if req.idp_id.trim().is_empty() {
        return Err(Error::invalid("IDP-Required", "idpId is required"));
    }
    let idp = store::get(&state, &req.idp_id).await?;
    if idp.state != IdpState::Active {
        return Err(Error::failed_precondition("IDP-Inactive", "The identity provider is not active"));
    }
    let id = state.new_id();
    let oauth_state = random_token();
    let nonce = random_token();
    let verifier = uses_pkce(idp.kind, &idp.config).then(random_token);
    let mut auth_url = match flow(idp.kind, &idp.config) {
        Flow::Unsupported(why) => return Err(Error::unimplemented("IDP-Unsupported", why)),
        Flow::Oidc { issuer, scopes, .. } => {
            let doc = upstream::discover(&issuer).await.map_err(upstream_unavailable)?;
            let mut url = Url::parse(&doc.authorization_endpoint).map_err(|_| {
                upstream_unavailable(UpstreamError::new("server_error", "authorization_endpoint is not a URL"))
            })?;
            url.query_pairs_mut().append_pair("scope", &scopes.join(" ")).append_pair("nonce", &nonce);
            url
        }
        Flow::OAuth { authorization, scopes, .. } => {
            let mut url = Url::parse(&authorization).map_err(|_| Error::internal("stored endpoint is not a URL"))?;
            if !scopes.is_empty() {
                url.query_pairs_mut().append_pair("scope", &scopes.join(" "));
            }
            url
        }
        Flow::Jwt { endpoint, .. } => {
            let mut url = Url::parse(&endpoint).map_err(|_| Error::internal("stored endpoint is not a URL"))?;
            url.query_pairs_mut().append_pair("authRequestID", &id).append_pair("userAgentID", &oauth_state);
            url
        }
        Flow::Apple { scopes } => {
            let endpoint = super::apple::endpoints(&state.apple_base).authorize;
            let mut url = Url::parse(&endpoint).map_err(|_| Error::internal("Apple's endpoint is not a URL"))?;
            // Apple requires form_post when it is asked for the name or the address (and accepts it always).
            url.query_pairs_mut()
                .append_pair("response_mode", "form_post")
                .append_pair("scope", &scopes.join(" "))
                .append_pair("nonce", &nonce);
            url
        }
    };
    if !matches!(flow(idp.kind, &idp.config), Flow::Jwt { .. }) {
        auth_url
            .query_pairs_mut()
            .append_pair("response_type", "code")
            .append_pair("client_id", &idp.config.client_id)
            .append_pair("redirect_uri", &callback_url(&state))
            .append_pair("state", &oauth_state);
    }
    if let Some(v) = &verifier {
        auth_url.query_pairs_mut().append_pair("code_challenge", &s256(v)).append_pair("code_challenge_method", "S256");
    }
    let now = state.now();
    let mut tx = state.db.begin().await?;
    // A browser gets its cookie now if it had none, so the callback can tell it is the same browser.
    let starter = match caller.browser() {
        Some(browser) => Some(browser.id_for_new_session(&state, &mut tx).await?),
        None => None,
    };
    sqlx::query(
        "INSERT INTO idp_intents (id, idp_id, state_hash, nonce, pkce_verifier, success_url, failure_url, starter,
           status, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'started', $9, $10)",
    )
    .bind(&id)
    .bind(&idp.id)
    .bind(token_hash(&oauth_state))
    .bind(&nonce)
    .bind(&verifier)
    .bind(success.as_str())
    .bind(failure.as_str())
    .bind(&starter)
    .bind(to_db(now))
    .bind(to_db(now + Duration::minutes(INTENT_LIFETIME_MINUTES)))
    .execute(&mut *tx)
    .await?;
    // Old intents are of no use to anyone; keep the table small.
    sqlx::query("DELETE FROM idp_intents WHERE expires_at < $1")
        .bind(to_db(now - Duration::hours(1)))
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(StartIdentityProviderIntentResponse {
        details: Details { change_date: Some(now), resource_owner: idp.owner_id.clone(), ..Default::default() },
        auth_url: Some(auth_url.into()),
        ..Default::default()
    })
}

/// What the provider said about the user, kept sealed with the intent.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ExternalUser {
    pub id: String,
    pub user_name: String,
    pub email: Option<String>,
    pub email_verified: bool,
    pub given_name: Option<String>,
    pub family_name: Option<String>,
    pub display_name: Option<String>,
    pub preferred_language: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    /// The provider said it verified `phone` (`phone_number_verified`).
    #[serde(default)]
    pub phone_verified: bool,
    pub raw: Map<String, Value>,
    pub access_token: String,
    pub id_token: Option<String>,
}

fn claim(raw: &Map<String, Value>, key: &str) -> Option<String> {
    match raw.get(key) {
        Some(Value::String(s)) if !s.trim().is_empty() => Some(s.trim().to_owned()),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    }
}

/// Maps OIDC standard claims (or a GitHub-style user object) onto the user. `id_key` names the user's id.
pub fn map_user(raw: Map<String, Value>, id_key: &str, email_verified_default: bool) -> Option<ExternalUser> {
    let id = claim(&raw, id_key)?;
    let email = claim(&raw, "email");
    let flag = |key: &str| match raw.get(key) {
        Some(Value::Bool(b)) => Some(*b),
        Some(Value::String(s)) => Some(s == "true"),
        _ => None,
    };
    let email_verified = flag("email_verified").unwrap_or(email_verified_default) && email.is_some();
    let phone = claim(&raw, "phone_number");
    let phone_verified = flag("phone_number_verified").unwrap_or(false) && phone.is_some();
    let display_name = claim(&raw, "name");
    let (given, family) = match (claim(&raw, "given_name"), claim(&raw, "family_name")) {
        (None, None) => match display_name.as_deref().and_then(|n| n.split_once(' ')) {
            Some((g, f)) => (Some(g.to_owned()), Some(f.to_owned())),
            None => (display_name.clone(), None),
        },
        other => other,
    };
    let user_name = claim(&raw, "preferred_username")
        .or_else(|| claim(&raw, "login"))
        .or_else(|| email.clone())
        .unwrap_or_else(|| id.clone());
    Some(ExternalUser {
        id,
        user_name,
        email,
        email_verified,
        given_name: given,
        family_name: family,
        display_name,
        preferred_language: claim(&raw, "locale"),
        phone,
        phone_verified,
        raw,
        ..Default::default()
    })
}

#[derive(Deserialize)]
pub struct CallbackQuery {
    #[serde(default)]
    code: Option<String>,
    #[serde(default)]
    state: Option<String>,
    #[serde(default)]
    error: Option<String>,
    #[serde(default)]
    error_description: Option<String>,
    /// RFC 9207: the provider that answered.
    #[serde(default)]
    iss: Option<String>,
    /// Only from `/idps/jwt` (`authRequestID`): the intent the JWT IdP's proxy was sent for.
    #[serde(skip)]
    intent_id: Option<String>,
}

#[derive(Deserialize)]
pub struct JwtQuery {
    #[serde(default, rename = "authRequestID")]
    auth_request_id: Option<String>,
    #[serde(default, rename = "userAgentID")]
    user_agent_id: Option<String>,
}

/// `GET /idps/jwt`: a JWT IdP's proxy hands the browser back with the token in its header.
pub async fn jwt_callback(State(state): State<AppState>, headers: HeaderMap, Query(q): Query<JwtQuery>) -> Response {
    let q = CallbackQuery {
        code: None,
        state: q.user_agent_id,
        error: None,
        error_description: None,
        iss: None,
        intent_id: q.auth_request_id,
    };
    callback(State(state), headers, Query(q)).await
}

struct Claimed {
    id: String,
    idp_id: String,
    nonce: String,
    verifier: Option<String>,
    success_url: String,
    failure_url: String,
    starter: Option<String>,
    expires_at: Timestamp,
}

pub(super) fn plain(status: StatusCode, text: &'static str) -> Response {
    let mut r = (status, text).into_response();
    r.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

fn redirect(url: &str) -> Response {
    let mut r = StatusCode::FOUND.into_response();
    if let Ok(v) = HeaderValue::from_str(url) {
        r.headers_mut().insert(header::LOCATION, v);
    }
    r.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

fn with_params(base: &str, params: &[(&str, &str)]) -> String {
    match Url::parse(base) {
        Ok(mut url) => {
            url.query_pairs_mut().extend_pairs(params.iter().filter(|(_, v)| !v.is_empty()));
            url.into()
        }
        Err(_) => base.to_owned(),
    }
}

/// `GET /idps/callback`: the provider's answer arrives here.
pub async fn callback(State(state): State<AppState>, headers: HeaderMap, Query(q): Query<CallbackQuery>) -> Response {
    match finish(&state, &headers, q).await {
        Ok(response) => response,
        Err(e) => {
            tracing::error!(error = %e, "IdP callback failed");
            plain(StatusCode::INTERNAL_SERVER_ERROR, "The login with the identity provider failed.")
        }
    }
}

async fn finish(state: &AppState, headers: &HeaderMap, q: CallbackQuery) -> Result<Response> {
    let Some(oauth_state) = q.state.as_deref().filter(|s| !s.is_empty()) else {
        return Ok(plain(StatusCode::BAD_REQUEST, "The identity provider's answer has no state."));
    };
    // Claim the intent: only the first callback with this state gets it. `posted`: Apple's form POST parked its
    // answer on the intent (`apple::form_post`) and this is the browser's GET that follows.
    let row = sqlx::query(
        "UPDATE idp_intents SET status = 'exchanging' WHERE state_hash = $1 AND status IN ('started', 'posted')
         RETURNING id, idp_id, nonce, pkce_verifier, success_url, failure_url, starter, expires_at, info",
    )
    .bind(token_hash(oauth_state))
    .fetch_optional(&state.db.write)
    .await?;
    let Some(row) = row else {
        return Ok(plain(StatusCode::BAD_REQUEST, "This login with the identity provider is unknown or already used."));
    };
    let claimed = Claimed {
        id: row.try_get("id")?,
        idp_id: row.try_get("idp_id")?,
        nonce: row.try_get("nonce")?,
        verifier: row.try_get("pkce_verifier")?,
        success_url: row.try_get("success_url")?,
        failure_url: row.try_get("failure_url")?,
        starter: row.try_get("starter")?,
        expires_at: from_db(row.try_get("expires_at")?)?,
    };
    // RETURNING shows the new status; an intent still `started` has no `info`, a `posted` one holds Apple's answer.
    let posted = match row.try_get::<Option<String>, _>("info")? {
        Some(sealed) => Some(super::apple::open_posted(state, &claimed.id, &sealed)?),
        None => None,
    };
    let outcome = exchange(state, headers, &claimed, &q, posted).await;
    match outcome {
        Ok(Ok(user)) => succeed(state, &claimed, user).await,
        Ok(Err(e)) => fail(state, &claimed, e).await,
        Err(e) => {
            fail(state, &claimed, UpstreamError::new("server_error", e.to_string())).await?;
            Err(e)
        }
    }
}

async fn fail(state: &AppState, claimed: &Claimed, e: UpstreamError) -> Result<Response> {
    tracing::info!(intent = %claimed.id, code = e.code, detail = %e.detail, "IdP intent failed");
    sqlx::query("UPDATE idp_intents SET status = 'failed', error = $1 WHERE id = $2")
        .bind(&e.detail)
        .bind(&claimed.id)
        .execute(&state.db.write)
        .await?;
    Ok(redirect(&with_params(&claimed.failure_url, &[("id", &claimed.id), ("error", e.code)])))
}

/// The provider round trip: `Ok(Err(_))` is the provider's or the user's failure (shown on the failure page).
async fn exchange(
    state: &AppState,
    headers: &HeaderMap,
    c: &Claimed,
    q: &CallbackQuery,
    posted: Option<super::apple::Posted>,
) -> Result<std::result::Result<ExternalUser, UpstreamError>> {
    if c.expires_at <= state.now() {
        return Ok(Err(UpstreamError::new("access_denied", "the intent expired before the provider answered")));
    }
    if let Some(starter) = &c.starter {
        let browser = Browser::from_headers(state, headers).await?;
        if !browser.known_hash().is_some_and(|h| constant_time_eq(&h, starter)) {
            return Ok(Err(UpstreamError::new("access_denied", "the login was started in another browser")));
        }
    }
    let idp = store::get(state, &c.idp_id).await?;
    let provider = flow(idp.kind, &idp.config);
    // Mix-up defence: every provider answers at the same callback, so the answer must come from the provider this
    // intent was started for before its code goes anywhere (a code sent to another provider's token endpoint is a
    // code handed to that provider).
    if let Err(e) = check_answering_issuer(&provider, q.iss.as_deref(), &state.apple_base).await {
        return Ok(Err(e));
    }
    if let Flow::Apple { .. } = &provider {
        // Apple answers only by form POST: what it sent is what was parked, never the GET's query.
        let Some(posted) = posted else {
            return Ok(Err(UpstreamError::new("invalid_request", "Apple's answer must come as a form POST")));
        };
        return apple_user(state, &idp, c, posted).await;
    }
    if let Some(error) = &q.error {
        let code = match error.as_str() {
            "access_denied" => "access_denied",
            "login_required" | "interaction_required" | "consent_required" => "access_denied",
            _ => "server_error",
        };
        return Ok(Err(UpstreamError::new(
            code,
            format!("provider: {error} {}", q.error_description.clone().unwrap_or_default()),
        )));
    }
    if let Flow::Jwt { issuer, keys, header, .. } = &provider {
        return Ok(jwt_user(state, headers, c, q, issuer, keys, header).await);
    }
    let Some(code) = q.code.as_deref().filter(|c| !c.is_empty()) else {
        return Ok(Err(UpstreamError::new("invalid_request", "the provider sent neither code nor error")));
    };
    let secret = idp.client_secret(state)?;
    let redirect_uri = callback_url(state);
    Ok(match provider {
        Flow::Unsupported(why) => Err(UpstreamError::new("server_error", why)),
        Flow::Apple { .. } => Err(UpstreamError::new("server_error", "Apple answers by form POST")),
        Flow::Jwt { .. } => Err(UpstreamError::new("server_error", "a JWT IdP answers at /idps/jwt")),
        Flow::Oidc { issuer, issuer_prefix, .. } => {
            oidc_user(state, &idp, c, code, secret.as_deref(), &redirect_uri, &issuer, issuer_prefix.as_ref()).await
        }
        Flow::OAuth { token, user, id_attribute, .. } => {
            let tokens = upstream::exchange(TokenRequest {
                token_endpoint: &token,
                code,
                redirect_uri: &redirect_uri,
                client_id: &idp.config.client_id,
                client_secret: secret.as_deref(),
                code_verifier: c.verifier.as_deref(),
                auth: ClientAuth::Post,
            })
            .await;
            match tokens {
                Err(e) => Err(e),
                Ok(tokens) => match upstream::user_info(&user, &tokens.access_token).await {
                    Err(e) => Err(e),
                    Ok(raw) => match map_user(raw, &id_attribute, idp.config.email_verified) {
                        Some(mut u) => {
                            u.access_token = tokens.access_token;
                            Ok(u)
                        }
                        None => Err(UpstreamError::new(
                            "server_error",
                            format!("the user endpoint has no {id_attribute:?}"),
                        )),
                    },
                },
            }
        }
    })
}

/// Apple's parked answer: its error (the user cancelled), or the code exchanged with a fresh client secret.
async fn apple_user(
    state: &AppState,
    idp: &IdpRecord,
    c: &Claimed,
    posted: super::apple::Posted,
) -> Result<std::result::Result<ExternalUser, UpstreamError>> {
    if let Some(error) = &posted.error {
        // `user_cancelled_authorize` when the person declines.
        let detail = format!("Apple: {error} {}", posted.error_description.clone().unwrap_or_default());
        return Ok(Err(UpstreamError::new("access_denied", detail)));
    }
    let Some(code) = posted.code.as_deref() else {
        return Ok(Err(UpstreamError::new("invalid_request", "Apple sent neither code nor error")));
    };
    let Some(pem) = idp.client_secret(state)? else {
        return Ok(Err(UpstreamError::new("server_error", "the Apple provider has no private key")));
    };
    Ok(super::apple::fetch_user(super::apple::Exchange {
        base: &state.apple_base,
        client_id: &idp.config.client_id,
        team_id: &idp.config.team_id,
        key_id: &idp.config.key_id,
        pem: &pem,
        code,
        redirect_uri: &callback_url(state),
        nonce: &c.nonce,
        user_field: posted.user.as_deref(),
        now: state.now(),
    })
    .await)
}

/// A JWT IdP's answer: the intent it names must be the one its state claimed, the token (in `header`, with or
/// without a `Bearer ` prefix) must verify against the keys at `keys` and come from `issuer`.
async fn jwt_user(
    state: &AppState,
    headers: &HeaderMap,
    c: &Claimed,
    q: &CallbackQuery,
    issuer: &str,
    keys: &str,
    header: &str,
) -> std::result::Result<ExternalUser, UpstreamError> {
    if q.intent_id.as_deref() != Some(c.id.as_str()) {
        return Err(UpstreamError::new("invalid_request", "authRequestID is not the intent of this userAgentID"));
    }
    let value = headers.get(header).and_then(|v| v.to_str().ok()).map(str::trim).unwrap_or_default();
    let token = match value.get(..7) {
        Some(prefix) if prefix.eq_ignore_ascii_case("bearer ") => value[7..].trim(),
        _ => value,
    };
    if token.is_empty() {
        return Err(UpstreamError::new("access_denied", format!("no token in the {header} header")));
    }
    let jwks = upstream::jwks_for(keys, token).await?;
    let claims = upstream::verify_jwt_idp_token(token, &jwks, issuer, state.now())?;
    let mut user = map_user(claims, "sub", false)
        .ok_or_else(|| UpstreamError::new("invalid_token", "the token has no subject"))?;
    user.id_token = Some(token.to_owned());
    Ok(user)
}

/// RFC 9207 §2.4 for the provider `provider` of the intent: an `iss` on the answer must name it; an OpenID
/// provider whose discovery says it always sends `iss` must have sent it. Providers without an issuer (plain OAuth
/// 2.0) are named by their authorization endpoint: an `iss` must be a path prefix of it (`https://as.example` for
/// `https://as.example/authorize`), anything else is another provider's answer.
async fn check_answering_issuer(
    provider: &Flow,
    iss: Option<&str>,
    apple_base: &str,
) -> std::result::Result<(), UpstreamError> {
    let mixed_up =
        |iss: &str| UpstreamError::new("access_denied", format!("the answer is from another provider ({iss:?})"));
    match provider {
        Flow::Oidc { issuer, issuer_prefix, .. } => {
            let doc = upstream::discover(issuer).await?;
            match iss {
                Some(iss) if !upstream::issuer_matches(iss, issuer, issuer_prefix.as_ref()) => Err(mixed_up(iss)),
                None if doc.authorization_response_iss_parameter_supported => Err(UpstreamError::new(
                    "access_denied",
                    "the provider always names itself in iss, and this answer does not",
                )),
                _ => Ok(()),
            }
        }
        Flow::OAuth { authorization, .. } => match iss {
            Some(iss) if !names_endpoint(iss, authorization) => Err(mixed_up(iss)),
            _ => Ok(()),
        },
        Flow::Apple { .. } => match iss {
            Some(iss) if !upstream::issuer_matches(iss, apple_base, None) => Err(mixed_up(iss)),
            _ => Ok(()),
        },
        // The proxy's answer has no iss parameter; its token is checked against the issuer instead.
        Flow::Jwt { .. } | Flow::Unsupported(_) => Ok(()),
    }
}

/// Whether issuer `iss` is `endpoint`'s origin and a path prefix of it, at a segment boundary.
fn names_endpoint(iss: &str, endpoint: &str) -> bool {
    let (Ok(iss), Ok(endpoint)) = (Url::parse(iss), Url::parse(endpoint)) else { return false };
    let prefix = iss.path().trim_end_matches('/');
    iss.origin() == endpoint.origin()
        && iss.query().is_none()
        && endpoint.path().strip_prefix(prefix).is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

#[allow(clippy::too_many_arguments)]
async fn oidc_user(
    state: &AppState,
    idp: &IdpRecord,
    c: &Claimed,
    code: &str,
    secret: Option<&str>,
    redirect_uri: &str,
    issuer: &str,
    issuer_prefix: Option<&(String, String)>,
) -> std::result::Result<ExternalUser, UpstreamError> {
    let doc = upstream::discover(issuer).await?;
    let tokens = upstream::exchange(TokenRequest {
        token_endpoint: &doc.token_endpoint,
        code,
        redirect_uri,
        client_id: &idp.config.client_id,
        client_secret: secret,
        code_verifier: c.verifier.as_deref(),
        auth: ClientAuth::for_methods(&doc.token_endpoint_auth_methods_supported),
    })
    .await?;
    let expect = Expect { issuer, issuer_prefix, client_id: &idp.config.client_id, nonce: &c.nonce, now: state.now() };
    let (id_token, mut raw) = upstream::verified_id_token(&tokens, &doc.jwks_uri, &expect).await?;
    // Without ID token mapping the profile comes from the userinfo endpoint (its `sub` must be the token's).
    if !idp.config.is_id_token_mapping {
        if let Some(endpoint) = &doc.userinfo_endpoint {
            let info = upstream::user_info(endpoint, &tokens.access_token).await?;
            if info.get("sub") != raw.get("sub") {
                return Err(UpstreamError::new("invalid_token", "userinfo is about another subject"));
            }
            for (k, v) in info {
                raw.insert(k, v);
            }
        }
    }
    // Azure's "email verified" option vouches for the addresses of one tenant; with a multi-tenant issuer any
    // tenant's admin could type a victim's address, so it is ignored there (configuration refuses it too).
    let trust_email = idp.config.email_verified && issuer_prefix.is_none();
    let mut user = map_user(raw, "sub", trust_email)
        .ok_or_else(|| UpstreamError::new("invalid_token", "ID token has no subject"))?;
    user.access_token = tokens.access_token;
    user.id_token = Some(id_token);
    Ok(user)
}

async fn succeed(state: &AppState, c: &Claimed, user: ExternalUser) -> Result<Response> {
    let idp = store::get(state, &c.idp_id).await?;
    let linked = super::links::linked_user(state, &idp.id, &user.id).await?;
    let user_id = match linked {
        Some(id) => {
            if idp.options.is_auto_update {
                super::auto_update::run(state, &id, &user).await?;
            }
            Some(id)
        }
        None if idp.options.is_auto_creation => super::links::auto_create(state, &idp, &user).await?,
        None => None,
    };
    let token = random_token();
    let now = state.now();
    let sealed = state.idp_key.seal(&c.id, &serde_json::to_vec(&user)?)?;
    sqlx::query(
        "UPDATE idp_intents SET status = 'succeeded', token_hash = $1, external_user_id = $2, external_user_name = $3,
           user_id = $4, info = $5, succeeded_at = $6, expires_at = $7 WHERE id = $8",
    )
    .bind(token_hash(&token))
    .bind(&user.id)
    .bind(&user.user_name)
    .bind(&user_id)
    .bind(sealed)
    .bind(to_db(now))
    .bind(to_db(now + Duration::minutes(INTENT_LIFETIME_MINUTES)))
    .bind(&c.id)
    .execute(&state.db.write)
    .await?;
    let mut params = vec![("id", c.id.as_str()), ("token", token.as_str())];
    if let Some(u) = &user_id {
        params.push(("user", u.as_str()));
    }
    Ok(redirect(&with_params(&c.success_url, &params)))
}

/// A finished intent, after its token was checked.
pub struct Succeeded {
    pub id: String,
    pub idp_id: String,
    pub external_user_id: String,
    pub external_user_name: String,
    pub user_id: Option<String>,
    pub starter: Option<String>,
    pub user: ExternalUser,
}

/// The succeeded, unexpired, unconsumed intent `id` whose token is `token`. Failed guesses are rate limited.
pub async fn verified(state: &AppState, caller: &Caller, id: &str, token: &str) -> Result<Succeeded> {
    if id.trim().is_empty() || token.trim().is_empty() {
        return Err(Error::invalid("IDP-Intent-Required", "idpIntentId and idpIntentToken are required"));
    }
    if !state.limiter.allow(caller.ip, &format!("idp-intent:{id}")) {
        return Err(crate::user::too_many_attempts());
    }
    let row = sqlx::query(
        "SELECT idp_id, token_hash, external_user_id, external_user_name, user_id, starter, info, expires_at
         FROM idp_intents WHERE id = $1 AND status = 'succeeded' AND consumed_at IS NULL",
    )
    .bind(id)
    .fetch_optional(&state.db.read)
    .await?;
    let Some(row) = row else { return Err(intent_not_found()) };
    let stored: String = row.try_get::<Option<String>, _>("token_hash")?.unwrap_or_default();
    if !constant_time_eq(&stored, &token_hash(token)) {
        return Err(Error::permission_denied("IDP-Intent-Token", "The intent token is invalid"));
    }
    if from_db(row.try_get("expires_at")?)? <= state.now() {
        return Err(Error::failed_precondition("IDP-Intent-Expired", "The intent has expired"));
    }
    let sealed: String = row.try_get::<Option<String>, _>("info")?.unwrap_or_default();
    let user: ExternalUser = serde_json::from_slice(&state.idp_key.open(id, &sealed)?)?;
    Ok(Succeeded {
        id: id.to_owned(),
        idp_id: row.try_get("idp_id")?,
        external_user_id: row.try_get::<Option<String>, _>("external_user_id")?.unwrap_or_default(),
        external_user_name: row.try_get::<Option<String>, _>("external_user_name")?.unwrap_or_default(),
        user_id: row.try_get("user_id")?,
        starter: row.try_get("starter")?,
        user,
    })
}

/// Whether `caller` is who started an intent recorded with `starter`: the same browser (its cookie's hash), or,
/// for an intent started with a token (a login client), any token caller but never a browser.
pub fn started_by(starter: Option<&str>, caller: &Caller) -> bool {
    match (starter, caller.browser().and_then(|b| b.known_hash())) {
        (Some(started), Some(mine)) => constant_time_eq(started, &mine),
        (None, None) => !matches!(caller.principal, crate::auth::Principal::Browser),
        _ => false,
    }
}

/// Marks the intent used; fails if something else used it first.
pub async fn consume(tx: &mut crate::db::Tx, id: &str, at: Timestamp) -> Result<()> {
    let done = sqlx::query("UPDATE idp_intents SET consumed_at = $1 WHERE id = $2 AND consumed_at IS NULL")
        .bind(to_db(at))
        .bind(id)
        .execute(&mut **tx)
        .await?;
    if done.rows_affected() != 1 {
        return Err(Error::failed_precondition("IDP-Intent-Used", "The intent was already used"));
    }
    Ok(())
}

pub async fn retrieve(
    state: AppState,
    caller: Caller,
    req: RetrieveIdentityProviderIntentRequest,
) -> Result<RetrieveIdentityProviderIntentResponse> {
    let intent = verified(&state, &caller, &req.idp_intent_id, &req.idp_intent_token).await?;
    // The link may have been added (or removed) since the callback.
    let user_id = super::links::linked_user(&state, &intent.idp_id, &intent.external_user_id).await?;
    let u = &intent.user;
    let add_human_user = user_id.is_none().then(|| AddHumanUserRequest {
        username: Some(u.user_name.clone()),
        profile: Some(SetHumanProfile {
            given_name: u.given_name.clone().unwrap_or_default(),
            family_name: u.family_name.clone().unwrap_or_default(),
            display_name: u.display_name.clone(),
            preferred_language: u.preferred_language.clone(),
            ..Default::default()
        }),
        email: u.email.clone().map(|email| SetHumanEmail {
            email,
            delivery: CodeDelivery { is_verified: u.email_verified.then_some(true), ..Default::default() },
        }),
        idp_links: vec![IdpLink {
            idp_id: intent.idp_id.clone(),
            user_id: intent.external_user_id.clone(),
            user_name: intent.external_user_name.clone(),
        }],
        ..Default::default()
    });
    Ok(RetrieveIdentityProviderIntentResponse {
        details: Details { change_date: Some(state.now()), ..Default::default() },
        idp_information: IdpInformation {
            oauth: Some(IdpOAuthAccessInformation {
                access_token: u.access_token.clone(),
                id_token: u.id_token.clone(),
            }),
            idp_id: intent.idp_id.clone(),
            user_id: intent.external_user_id.clone(),
            user_name: intent.external_user_name.clone(),
            raw_information: Value::Object(u.raw.clone()),
        },
        user_id: user_id.unwrap_or_default(),
        add_human_user,
    })
}

/// The session's `idpIntent` check (CreateSession/SetSession): the intent proves an external login of `user`
/// (it was linked at the callback, or a link to its external identity exists now). Consumes the intent and logs
/// the IdP login on the user. Returns the factor to record.
pub async fn check_for_session(
    state: &AppState,
    caller: &Caller,
    user: Option<&crate::user::UserRecord>,
    check: &Value,
) -> Result<crate::session::factors::FactorKind> {
    let check: gatehouse_api::idp::CheckIdpIntent = crate::rpc::decode_request(check.clone())?;
    let user = user
        .ok_or_else(|| Error::failed_precondition("COMMAND-x0i0q", "The user must be checked before the IdP intent"))?;
    // As for passwords and passkeys: a locked user's external login is not a first factor either.
    if user.state() == gatehouse_api::user::UserState::Locked {
        return Err(Error::failed_precondition("COMMAND-SFA3t", "User is locked"));
    }
    let intent = verified(state, caller, &check.idp_intent_id, &check.idp_intent_token).await?;
    // The callback only finishes an intent in the browser that started it; the session check must hold the same
    // line, or an attacker's finished intent (id and token in a link) signs a victim's browser in as the attacker.
    if !started_by(intent.starter.as_deref(), caller) {
        return Err(Error::permission_denied("IDP-Intent-Browser", "The intent was started in another browser"));
    }
    let linked = super::links::linked_user(state, &intent.idp_id, &intent.external_user_id).await?;
    if linked.as_deref() != Some(user.id.as_str()) {
        return Err(Error::invalid("COMMAND-O8xk3w", "The intent's external identity is not linked to this user"));
    }
    if !crate::settings::login_policy(state, &user.org_id).await?.allow_external_idp {
        return Err(Error::failed_precondition("IDP-NotAllowed", "The login policy does not allow external logins"));
    }
    let idp = store::get(state, &intent.idp_id).await?;
    let now = state.now();
    let mut tx = state.db.begin().await?;
    consume(&mut tx, &intent.id, now).await?;
    crate::user::commands::touch(
        state,
        &mut tx,
        user,
        "user.idp.login",
        caller.user_id(),
        json!({ "name": idp.name, "idpId": idp.id, "externalUserId": intent.external_user_id }),
    )
    .await?;
    tx.commit().await?;
    Ok(crate::session::factors::FactorKind::Intent)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn claims_map_onto_the_user() {
        let raw = json!({"sub": "42", "email": "ada@example.com", "email_verified": true, "name": "Ada Lovelace",
                         "preferred_username": "ada"});
        let u = map_user(raw.as_object().unwrap().clone(), "sub", false).unwrap();
        assert_eq!((u.id.as_str(), u.user_name.as_str()), ("42", "ada"));
        assert!(u.email_verified);
        assert_eq!((u.given_name.as_deref(), u.family_name.as_deref()), (Some("Ada"), Some("Lovelace")));
        let github = json!({"id": 7, "login": "octo", "email": "o@example.com"});
        let u = map_user(github.as_object().unwrap().clone(), "id", false).unwrap();
        assert_eq!((u.id.as_str(), u.user_name.as_str()), ("7", "octo"));
        assert!(!u.email_verified, "an email without email_verified is not verified");
        let no_email = json!({"sub": "1", "email_verified": true});
        assert!(!map_user(no_email.as_object().unwrap().clone(), "sub", true).unwrap().email_verified);
        assert!(map_user(json!({"name": "x"}).as_object().unwrap().clone(), "sub", false).is_none());
    }

    #[test]
    fn an_oauth_providers_iss_names_its_authorization_endpoint() {
        let authorize = "https://as.example/tenant/oauth/authorize";
        for ok in
            ["https://as.example", "https://as.example/", "https://as.example/tenant", "https://as.example/tenant/"]
        {
            assert!(names_endpoint(ok, authorize), "{ok}");
        }
        for bad in [
            "https://evil.example",
            "http://as.example",
            "https://as.example:8443",
            "https://as.example/ten",
            "https://as.example/other",
            "https://as.example/tenant?x=1",
            "not a url",
        ] {
            assert!(!names_endpoint(bad, authorize), "{bad}");
        }
    }

    #[test]
    fn redirect_parameters_are_appended() {
        assert_eq!(
            with_params(
                "http://localhost:1/idp/oidc/success?requestId=9",
                &[("id", "1"), ("token", "t"), ("user", "")]
            ),
            "http://localhost:1/idp/oidc/success?requestId=9&id=1&token=t"
        );
    }
}
