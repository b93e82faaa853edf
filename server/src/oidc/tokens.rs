//! Issuing tokens: opaque (or JWT) access tokens and refresh tokens, stored as hashes, and RS256 ID tokens.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chrono::Duration;
use gatehouse_api::app::OidcTokenType;
use serde::Serialize;
use serde_json::{json, Map, Value};
use sha2::{Digest, Sha256};

use super::keys;
use super::scopes;
use crate::app::AppRecord;
use crate::clock::{from_db, to_db, Timestamp};
use crate::crypto::{random_token, token_hash};
use crate::error::Result;
use crate::session::factors::FactorKind;
use crate::session::store::SessionRecord;
use crate::user::UserRecord;
use crate::AppState;

pub const ACCESS_TOKEN_LIFETIME: Duration = Duration::hours(1);
pub const ID_TOKEN_LIFETIME: Duration = Duration::hours(1);
pub const REFRESH_TOKEN_LIFETIME: Duration = Duration::days(30);

/// One authorization (an exchanged code, a device approval) and what it allows.
pub struct Grant<'a> {
    pub grant_id: String,
    pub app: &'a AppRecord,
    pub user: &'a UserRecord,
    pub session_id: Option<String>,
    pub scopes: Vec<String>,
    pub auth_time: Option<Timestamp>,
    pub amr: Vec<String>,
    pub nonce: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct TokenResponse {
    pub access_token: String,
    pub token_type: &'static str,
    pub expires_in: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id_token: Option<String>,
    pub scope: String,
}

/// Issues an access token, an ID token when `openid` was granted, and a refresh token when `refresh` is set.
/// The single-use thing a grant consumes, marked spent in the same transaction that stores the new tokens (one
/// commit per token request, and no tokens without the spend).
#[derive(Clone, Copy)]
pub enum Spend<'a> {
    /// An authorization code, by its auth request id.
    Code(&'a str),
    /// A refresh token (rotation), by its row id.
    RefreshToken(&'a str),
    /// An approved device authorization, by its id.
    Device(&'a str),
}

impl Spend<'_> {
    fn statement(self) -> (&'static str, String) {
        match self {
            Spend::Code(id) => {
                ("UPDATE oidc_auth_requests SET code_used = 1 WHERE id = $1 AND code_used = 0", id.to_owned())
            }
            Spend::RefreshToken(id) => {
                ("UPDATE oidc_tokens SET rotated = 1 WHERE id = $1 AND rotated = 0 AND revoked = 0", id.to_owned())
            }
            Spend::Device(id) => (
                "UPDATE oidc_device_authorizations SET status = 'done' WHERE id = $1 AND status = 'approved'",
                id.to_owned(),
            ),
        }
    }
}

/// Issues the grant's tokens while spending `spend`; `None` when it was already spent (a replay).
pub async fn issue(
    state: &AppState,
    grant: &Grant<'_>,
    refresh: bool,
    spend: Spend<'_>,
) -> Result<Option<TokenResponse>> {
    let now = state.now();
    // Before the transaction: creating or rotating a key writes, and the writer is a single connection.
    let key = keys::current(state).await?;
    let settings = grant.app.settings()?;
    let scope = grant.scopes.join(" ");
    let access_token = match settings.access_token_type {
        OidcTokenType::Bearer => random_token(),
        OidcTokenType::Jwt => {
            let claims = json!({
                "iss": issuer(state), "sub": grant.user.id, "aud": [grant.app.client_id], "client_id": grant.app.client_id,
                "exp": (now + ACCESS_TOKEN_LIFETIME).timestamp(), "iat": now.timestamp(), "nbf": now.timestamp(),
                "jti": state.new_id(), "scope": scope,
            });
            keys::sign_with(&key, "at+jwt", &claims)?
        }
    };
    let refresh_token = refresh.then(random_token);
    let mut tx = state.db.begin().await?;
    let (sql, id) = spend.statement();
    if sqlx::query(sql).bind(id).execute(&mut *tx).await?.rows_affected() != 1 {
        return Ok(None);
    }
    let mut tokens = vec![("access", &access_token, now + ACCESS_TOKEN_LIFETIME)];
    if let Some(r) = &refresh_token {
        tokens.push(("refresh", r, now + REFRESH_TOKEN_LIFETIME));
    }
    for (kind, token, expires) in tokens {
        sqlx::query(
            "INSERT INTO oidc_tokens (id, kind, token_hash, grant_id, app_id, client_id, user_id, session_id, scope,
             auth_time, amr, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
        )
        .bind(state.new_id())
        .bind(kind)
        .bind(token_hash(token))
        .bind(&grant.grant_id)
        .bind(&grant.app.id)
        .bind(&grant.app.client_id)
        .bind(&grant.user.id)
        .bind(&grant.session_id)
        .bind(&scope)
        .bind(grant.auth_time.map(to_db))
        .bind(serde_json::to_string(&grant.amr)?)
        .bind(to_db(now))
        .bind(to_db(expires))
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    let id_token = if scopes::has(&grant.scopes, "openid") {
        Some(keys::sign_with(&key, "JWT", &id_token_claims(state, grant, Some(&access_token), now))?)
    } else {
        None
    };
    Ok(Some(TokenResponse {
        access_token,
        token_type: "Bearer",
        expires_in: ACCESS_TOKEN_LIFETIME.num_seconds(),
        refresh_token,
        id_token,
        scope,
    }))
}

pub fn issuer(state: &AppState) -> String {
    state.public_url.as_str().trim_end_matches('/').to_owned()
}

/// The ID token's claims: who, for whom, when and how they authenticated, plus the user claims of the scopes.
pub fn id_token_claims(state: &AppState, grant: &Grant<'_>, access_token: Option<&str>, now: Timestamp) -> Value {
    let mut claims: Map<String, Value> = scopes::user_claims(grant.user, &grant.scopes);
    let client_id = &grant.app.client_id;
    claims.insert("iss".into(), json!(issuer(state)));
    claims.insert("aud".into(), json!([client_id]));
    claims.insert("azp".into(), json!(client_id));
    claims.insert("iat".into(), json!(now.timestamp()));
    claims.insert("exp".into(), json!((now + ID_TOKEN_LIFETIME).timestamp()));
    claims.insert("client_id".into(), json!(client_id));
    if let Some(at) = grant.auth_time {
        claims.insert("auth_time".into(), json!(at.timestamp()));
    }
    if !grant.amr.is_empty() {
        claims.insert("amr".into(), json!(grant.amr));
        let acr = if grant.amr.iter().any(|m| m == "mfa") { "urn:gatehouse:loa:2" } else { "urn:gatehouse:loa:1" };
        claims.insert("acr".into(), json!(acr));
    }
    if let Some(nonce) = &grant.nonce {
        claims.insert("nonce".into(), json!(nonce));
    }
    if let Some(sid) = &grant.session_id {
        claims.insert("sid".into(), json!(sid));
    }
    if let Some(token) = access_token {
        claims.insert("at_hash".into(), json!(half_hash(token)));
    }
    Value::Object(claims)
}

/// `at_hash`: the left half of the SHA-256 of the access token, base64url (OIDC Core §3.1.3.6).
pub fn half_hash(token: &str) -> String {
    let digest = Sha256::digest(token.as_bytes());
    URL_SAFE_NO_PAD.encode(&digest[..16])
}

/// How the session's user authenticated (RFC 8176 values, as ZITADEL reports them) and when the first factor was
/// last checked.
pub fn authentication(session: &SessionRecord) -> Result<(Vec<String>, Option<Timestamp>)> {
    let mut amr = Vec::new();
    let mut first_factor: Option<Timestamp> = None;
    let mut later = |at: Timestamp| first_factor = Some(first_factor.map_or(at, |f| f.max(at)));
    if let Some(at) = session.password_checked_at.as_deref() {
        amr.push("pwd".to_owned());
        later(from_db(at)?);
    }
    let mut second = false;
    for factor in &session.factors {
        match factor.kind {
            FactorKind::WebAuthn if factor.user_verified => {
                amr.push("user".into());
                later(factor.checked_at);
            }
            FactorKind::WebAuthn => {
                amr.push("hwk".into());
                second = true;
            }
            FactorKind::Intent => later(factor.checked_at),
            FactorKind::Totp | FactorKind::OtpSms | FactorKind::OtpEmail | FactorKind::RecoveryCode => {
                amr.push("otp".into());
                second = true;
            }
        }
    }
    if second || amr.iter().any(|m| m == "user") {
        amr.push("mfa".into());
    }
    amr.dedup();
    Ok((amr, first_factor))
}

/// The subject of an ID token we issued to `client_id` (its expiry does not matter for a hint).
pub async fn id_token_hint_subject(state: &AppState, hint: &str, client_id: &str) -> Option<String> {
    let claims = keys::verify(state, hint).await?;
    let audience_ok = match &claims["aud"] {
        Value::String(a) => a == client_id,
        Value::Array(list) => list.iter().any(|a| a == client_id),
        _ => false,
    };
    audience_ok.then(|| claims["sub"].as_str().map(str::to_owned)).flatten()
}
