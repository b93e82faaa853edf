//! `private_key_jwt` client authentication (RFC 7523 §2.2, OIDC Core §9): the client sends
//! `client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer` and a `client_assertion` JWT signed
//! (RS256) with one of its application keys (`crate::app::keys`). Accepted when: `iss` = `sub` = the client id, `aud`
//! names our issuer or the endpoint's URL, `exp` is in the future and at most [`MAX_LIFETIME`] after `iat` (or now),
//! the `kid` is a key of that very app that has not expired, the signature verifies, and the `jti` was not used
//! before (each assertion is accepted once while it lives).

use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;
use chrono::Duration;
use rsa::pkcs8::DecodePublicKey;
use rsa::traits::PublicKeyParts;
use serde::Deserialize;
use serde_json::Value;

use crate::app::keys as app_keys;
use crate::app::AppRecord;
use crate::clock::{from_db, to_db, Timestamp};
use crate::error::Error;
use crate::AppState;

pub const ASSERTION_TYPE: &str = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
/// The longest an assertion may live: it is meant for one request, and its `jti` is remembered that long.
pub const MAX_LIFETIME: Duration = Duration::hours(1);
/// Tolerated clock difference between the client and us.
pub const LEEWAY: Duration = Duration::seconds(10);

/// A client assertion taken apart, signature not yet checked.
pub struct Assertion {
    pub kid: String,
    pub claims: Claims,
    signing_input: String,
    signature: Vec<u8>,
}

#[derive(Debug, Deserialize)]
pub struct Claims {
    #[serde(default)]
    pub iss: String,
    #[serde(default)]
    pub sub: String,
    #[serde(default)]
    pub aud: Value,
    pub exp: Option<i64>,
    pub iat: Option<i64>,
    pub nbf: Option<i64>,
    #[serde(default)]
    pub jti: String,
}

/// Splits and decodes the JWT; only RS256 with a `kid` is taken (application keys are RSA).
pub fn parse(jwt: &str) -> Result<Assertion, &'static str> {
    let mut parts = jwt.split('.');
    let (Some(header), Some(payload), Some(signature), None) = (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err("client_assertion is not a signed JWT");
    };
    let decode =
        |p: &str| URL_SAFE_NO_PAD.decode(p.trim_end_matches('=')).map_err(|_| "client_assertion is not base64url");
    let head: Value = serde_json::from_slice(&decode(header)?).map_err(|_| "client_assertion header is not JSON")?;
    if head["alg"] != "RS256" {
        return Err("client_assertion must be signed with RS256");
    }
    let kid = head["kid"].as_str().filter(|k| !k.is_empty()).ok_or("client_assertion header has no kid")?;
    let claims: Claims =
        serde_json::from_slice(&decode(payload)?).map_err(|_| "client_assertion claims are not valid")?;
    Ok(Assertion {
        kid: kid.to_owned(),
        claims,
        signing_input: format!("{header}.{payload}"),
        signature: decode(signature)?,
    })
}

/// The claim checks (everything but the key, the signature and the `jti`'s first use). `audiences` are the values
/// `aud` may name; `now` is the server's time.
pub fn check_claims(
    claims: &Claims,
    client_id: &str,
    audiences: &[String],
    now: Timestamp,
) -> Result<Timestamp, String> {
    if claims.iss != client_id || claims.sub != client_id {
        return Err("iss and sub of the client_assertion must be the client id".into());
    }
    let aud: Vec<&str> = match &claims.aud {
        Value::String(s) => vec![s.as_str()],
        Value::Array(items) => items.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    if !aud.iter().any(|a| audiences.iter().any(|ours| ours == a)) {
        return Err(format!("the client_assertion's aud must name {}", audiences.join(" or ")));
    }
    let exp =
        claims.exp.and_then(|e| chrono::DateTime::from_timestamp(e, 0)).ok_or("the client_assertion has no exp")?;
    if exp + LEEWAY <= now {
        return Err("the client_assertion has expired".into());
    }
    let issued = match claims.iat {
        Some(iat) => chrono::DateTime::from_timestamp(iat, 0).ok_or("the client_assertion's iat is invalid")?,
        None => now,
    };
    if issued > now + LEEWAY {
        return Err("the client_assertion is issued in the future".into());
    }
    if claims.nbf.and_then(|n| chrono::DateTime::from_timestamp(n, 0)).is_some_and(|nbf| nbf > now + LEEWAY) {
        return Err("the client_assertion is not valid yet".into());
    }
    if exp - issued > MAX_LIFETIME {
        return Err(format!("the client_assertion may live at most {} minutes", MAX_LIFETIME.num_minutes()));
    }
    if claims.jti.is_empty() || claims.jti.len() > 256 {
        return Err("the client_assertion needs a jti (at most 256 characters)".into());
    }
    Ok(exp)
}

/// Checks `assertion` for `app`, whose client id the caller already matched to `iss`. `endpoint` is the URL that
/// was called. The error text goes back to the client as `error_description`.
pub async fn verify(
    state: &AppState,
    app: &AppRecord,
    assertion: &Assertion,
    endpoint: &str,
) -> Result<(), AssertionError> {
    let now = state.now();
    let issuer = super::tokens::issuer(state);
    let audiences = vec![issuer.clone(), format!("{issuer}/oauth/v2/token"), endpoint.to_owned()];
    let exp = check_claims(&assertion.claims, &app.client_id, &audiences, now).map_err(AssertionError::Invalid)?;
    let key = app_keys::find(state, &assertion.kid).await?;
    let Some(key) = key.filter(|k| k.app_id == app.id) else {
        return Err(AssertionError::Invalid("the client_assertion's kid is not a key of this client".into()));
    };
    if from_db(&key.expires_at)? <= now {
        return Err(AssertionError::Invalid("the key that signed the client_assertion has expired".into()));
    }
    if !signature_matches(&key.public_spki, assertion) {
        return Err(AssertionError::Invalid("the client_assertion's signature does not verify".into()));
    }
    remember_jti(state, &app.client_id, &assertion.claims.jti, exp).await
}

pub enum AssertionError {
    Invalid(String),
    Internal(Error),
}

impl From<Error> for AssertionError {
    fn from(e: Error) -> Self {
        AssertionError::Internal(e)
    }
}

fn signature_matches(public_spki: &str, assertion: &Assertion) -> bool {
    let Ok(der) = STANDARD.decode(public_spki) else { return false };
    let Ok(public) = rsa::RsaPublicKey::from_public_key_der(&der) else { return false };
    let (n, e) = (public.n().to_bytes_be(), public.e().to_bytes_be());
    let components = ring::signature::RsaPublicKeyComponents { n: &n, e: &e };
    components
        .verify(&ring::signature::RSA_PKCS1_2048_8192_SHA256, assertion.signing_input.as_bytes(), &assertion.signature)
        .is_ok()
}

/// Records the `jti` until the assertion expires; a second use is refused. Expired entries are dropped on the way.
async fn remember_jti(state: &AppState, client_id: &str, jti: &str, exp: Timestamp) -> Result<(), AssertionError> {
    let now = to_db(state.now() - LEEWAY);
    sqlx::query("DELETE FROM oidc_client_assertions WHERE expires_at < $1")
        .bind(&now)
        .execute(&state.db.write)
        .await
        .map_err(Error::from)?;
    let inserted = sqlx::query(
        "INSERT INTO oidc_client_assertions (client_id, jti, expires_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
    )
    .bind(client_id)
    .bind(jti)
    .bind(to_db(exp + LEEWAY))
    .execute(&state.db.write)
    .await
    .map_err(Error::from)?;
    if inserted.rows_affected() == 1 {
        Ok(())
    } else {
        Err(AssertionError::Invalid("this client_assertion was used before (jti replayed)".into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn claims(value: Value) -> Claims {
        serde_json::from_value(value).unwrap()
    }

    #[test]
    fn claims_must_name_the_client_us_and_a_short_future() {
        let now = chrono::Utc::now();
        let t = now.timestamp();
        let ours = vec!["https://id.example.com".to_owned(), "https://id.example.com/oauth/v2/token".to_owned()];
        let good =
            json!({"iss": "c1", "sub": "c1", "aud": "https://id.example.com", "iat": t, "exp": t + 60, "jti": "j"});
        assert!(check_claims(&claims(good.clone()), "c1", &ours, now).is_ok());
        let with = |k: &str, v: Value| {
            let mut c = good.clone();
            c[k] = v;
            check_claims(&claims(c), "c1", &ours, now)
        };
        assert!(with("aud", json!(["x", "https://id.example.com/oauth/v2/token"])).is_ok(), "token endpoint in a list");
        assert!(with("iss", json!("c2")).unwrap_err().contains("iss and sub"));
        assert!(with("sub", json!("c2")).unwrap_err().contains("iss and sub"));
        assert!(with("aud", json!("https://other.example.com")).unwrap_err().contains("aud"));
        assert!(with("exp", json!(t - 60)).unwrap_err().contains("expired"));
        assert!(with("exp", Value::Null).unwrap_err().contains("no exp"));
        assert!(with("exp", json!(t + 2 * 3600)).unwrap_err().contains("at most 60 minutes"), "bounded lifetime");
        assert!(with("iat", json!(t + 3600)).unwrap_err().contains("future"));
        assert!(with("nbf", json!(t + 3600)).unwrap_err().contains("not valid yet"));
        assert!(with("jti", json!("")).unwrap_err().contains("jti"));
    }

    #[test]
    fn only_rs256_jwts_with_a_kid_are_parsed() {
        let part = |v: Value| URL_SAFE_NO_PAD.encode(serde_json::to_vec(&v).unwrap());
        let body = part(json!({"iss": "c1"}));
        assert!(parse(&format!("{}.{body}.c2ln", part(json!({"alg": "RS256", "kid": "k1"})))).is_ok());
        assert!(parse(&format!("{}.{body}.c2ln", part(json!({"alg": "none", "kid": "k1"})))).is_err());
        assert!(parse(&format!("{}.{body}.c2ln", part(json!({"alg": "HS256", "kid": "k1"})))).is_err());
        assert!(parse(&format!("{}.{body}.c2ln", part(json!({"alg": "RS256"})))).is_err());
        assert!(parse("a.b").is_err());
    }
}
