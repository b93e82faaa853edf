//! RS256 signing keys and JWTs. The newest key signs; a key is replaced after [`ROTATE_AFTER`] and stays published
//! in the JWKS for [`PUBLISH_RETIRED_FOR`] more, longer than any token it signed lives, so rotation never breaks an
//! issued token. Keys live in the database, the private key (PKCS#8 DER) sealed with `<data dir>/oidc.key`
//! (AES-256-GCM, the IdP secrets' sealing code, bound to the key id): a copy of the database alone cannot sign
//! tokens. Losing `oidc.key` makes the stored keys unusable; the next signature then creates a new key.

use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;
use chrono::Duration;
use ring::rand::SystemRandom;
use ring::signature::{RsaKeyPair, RSA_PKCS1_2048_8192_SHA256, RSA_PKCS1_SHA256};
use rsa::pkcs8::EncodePrivateKey;
use rsa::traits::PublicKeyParts;
use serde::Serialize;
use serde_json::{json, Value};
use sqlx::Row;
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};
use tokio::sync::Mutex;

use crate::clock::{from_db, to_db, Timestamp};
use crate::db::Db;
use crate::error::{Error, Result};
use crate::idp::secrets::SecretKey;
use crate::AppState;

pub const KEY_FILE: &str = "oidc.key";

pub const ROTATE_AFTER: Duration = Duration::days(30);
/// Longer than the longest-lived signed token (ID tokens and JWT access tokens: [`super::tokens::ACCESS_TOKEN_LIFETIME`]).
pub const PUBLISH_RETIRED_FOR: Duration = Duration::days(2);

#[derive(Clone)]
pub struct SigningKey {
    pub id: String,
    pair: Arc<RsaKeyPair>,
    created_at: Timestamp,
}

/// Parsed signing keys by server (parsing PKCS#8 costs more than signing). Several servers may share a process
/// (the API tests), hence the key.
fn cache() -> &'static std::sync::Mutex<HashMap<String, SigningKey>> {
    static CACHE: OnceLock<std::sync::Mutex<HashMap<String, SigningKey>>> = OnceLock::new();
    CACHE.get_or_init(Default::default)
}

/// The instance id alone does not tell servers in one process apart: each server has its own id generator, so
/// two that seed in the same millisecond get the same instance id (an API test then saw one server sign with the
/// other's key). The public origin differs between servers running at the same time.
fn cache_key(state: &AppState) -> String {
    format!("{} {}", state.public_origin, state.instance.id)
}

fn cached(state: &AppState) -> Option<SigningKey> {
    let key = cache().lock().unwrap_or_else(|p| p.into_inner()).get(&cache_key(state)).cloned()?;
    (state.now().signed_duration_since(key.created_at) < ROTATE_AFTER).then_some(key)
}

fn remember(state: &AppState, key: &SigningKey) {
    cache().lock().unwrap_or_else(|p| p.into_inner()).insert(cache_key(state), key.clone());
}

pub struct PublicKey {
    pub id: String,
    pub n: String,
    pub e: String,
}

/// Serialises key creation, so two requests racing at start or at rotation time do not both create a key.
static CREATE_LOCK: Mutex<()> = Mutex::const_new(());

/// The key to sign with now, created (and the previous one retired) when there is none or it is too old.
pub async fn current(state: &AppState) -> Result<SigningKey> {
    if let Some(key) = cached(state) {
        return Ok(key);
    }
    let _guard = CREATE_LOCK.lock().await;
    let key = match newest_fresh(state).await? {
        Some(key) => key,
        None => rotate(state).await?,
    };
    remember(state, &key);
    Ok(key)
}

async fn newest_fresh(state: &AppState) -> Result<Option<SigningKey>> {
    let row = sqlx::query(
        "SELECT id, private_pkcs8, created_at FROM oidc_keys WHERE retired_at IS NULL AND sealed = 1
         ORDER BY created_at DESC LIMIT 1",
    )
    .fetch_optional(&state.db.read)
    .await?;
    let Some(row) = row else { return Ok(None) };
    let created = from_db(&row.try_get::<String, _>("created_at")?)?;
    if state.now().signed_duration_since(created) >= ROTATE_AFTER {
        return Ok(None);
    }
    let id: String = row.try_get("id")?;
    let der = match state.oidc_key.open(&seal_owner(&id), &row.try_get::<String, _>("private_pkcs8")?) {
        Ok(der) => der,
        Err(e) => {
            // oidc.key was lost or replaced: this key cannot sign any more, a new one takes over.
            let _logged = e.to_api();
            return Ok(None);
        }
    };
    let pair = RsaKeyPair::from_pkcs8(&der).map_err(|e| Error::internal(format!("stored signing key: {e}")))?;
    Ok(Some(SigningKey { id, pair: Arc::new(pair), created_at: created }))
}

/// Creates a new signing key and retires the others (they stay published for a while).
pub async fn rotate(state: &AppState) -> Result<SigningKey> {
    let private = tokio::task::spawn_blocking(|| rsa::RsaPrivateKey::new(&mut rand::rngs::OsRng, 2048))
        .await?
        .map_err(|e| Error::internal(format!("RSA key generation: {e}")))?;
    let der = private.to_pkcs8_der().map_err(|e| Error::internal(format!("PKCS#8 encoding: {e}")))?;
    let pair = RsaKeyPair::from_pkcs8(der.as_bytes()).map_err(|e| Error::internal(format!("signing key: {e}")))?;
    let id = state.new_id();
    let now = to_db(state.now());
    let mut tx = state.db.begin().await?;
    sqlx::query("UPDATE oidc_keys SET retired_at = $1 WHERE retired_at IS NULL").bind(&now).execute(&mut *tx).await?;
    sqlx::query(
        "INSERT INTO oidc_keys (id, private_pkcs8, modulus, exponent, created_at, sealed) VALUES ($1, $2, $3, $4, $5, 1)",
    )
    .bind(&id)
    .bind(state.oidc_key.seal(&seal_owner(&id), der.as_bytes())?)
        .bind(URL_SAFE_NO_PAD.encode(private.n().to_bytes_be()))
        .bind(URL_SAFE_NO_PAD.encode(private.e().to_bytes_be()))
        .bind(&now)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    tracing::info!(kid = %id, "created a new OIDC signing key");
    Ok(SigningKey { id, pair: Arc::new(pair), created_at: from_db(&now)? })
}

/// Associated data of a sealed signing key: the ciphertext opens only on its own row.
fn seal_owner(kid: &str) -> String {
    format!("oidc-signing-key:{kid}")
}

/// Seals signing keys stored in plaintext by earlier versions (run at start). Returns how many were sealed.
pub async fn seal_plaintext_keys(db: &Db, key: &SecretKey) -> Result<usize> {
    let rows = sqlx::query("SELECT id, private_pkcs8 FROM oidc_keys WHERE sealed = 0").fetch_all(&db.write).await?;
    if rows.is_empty() {
        return Ok(0);
    }
    // The plaintext must not linger in freed database space: zeroed on overwrite, and the WAL's old frames dropped.
    sqlx::query("PRAGMA secure_delete = ON").execute(&db.write).await?;
    let mut tx = db.begin().await?;
    for row in &rows {
        let id: String = row.try_get("id")?;
        let der =
            STANDARD.decode(row.try_get::<String, _>("private_pkcs8")?).map_err(|e| Error::internal(e.to_string()))?;
        sqlx::query("UPDATE oidc_keys SET private_pkcs8 = $2, sealed = 1 WHERE id = $1 AND sealed = 0")
            .bind(&id)
            .bind(key.seal(&seal_owner(&id), &der)?)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    sqlx::query("PRAGMA secure_delete = OFF").execute(&db.write).await?;
    sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(&db.write).await?;
    tracing::info!(count = rows.len(), "sealed OIDC signing keys stored in plaintext");
    Ok(rows.len())
}

/// Keys to publish: the current one and those retired less than [`PUBLISH_RETIRED_FOR`] ago.
pub async fn published(state: &AppState) -> Result<Vec<PublicKey>> {
    current(state).await?;
    let cutoff = to_db(state.now() - PUBLISH_RETIRED_FOR);
    let rows = sqlx::query(
        "SELECT id, modulus, exponent FROM oidc_keys WHERE retired_at IS NULL OR retired_at > $1 ORDER BY created_at DESC",
    )
    .bind(cutoff)
    .fetch_all(&state.db.read)
    .await?;
    rows.iter()
        .map(|r| Ok(PublicKey { id: r.try_get("id")?, n: r.try_get("modulus")?, e: r.try_get("exponent")? }))
        .collect()
}

pub fn jwks(keys: &[PublicKey]) -> Value {
    let keys: Vec<Value> = keys
        .iter()
        .map(|k| json!({"use": "sig", "kty": "RSA", "kid": k.id, "alg": "RS256", "n": k.n, "e": k.e}))
        .collect();
    json!({ "keys": keys })
}

/// A compact JWS (`typ` given, e.g. `JWT` or `logout+jwt`), RS256 with the current key.
pub async fn sign<T: Serialize>(state: &AppState, typ: &str, claims: &T) -> Result<String> {
    let key = current(state).await?;
    sign_with(&key, typ, claims)
}

pub fn sign_with<T: Serialize>(key: &SigningKey, typ: &str, claims: &T) -> Result<String> {
    let header = json!({"alg": "RS256", "kid": key.id, "typ": typ});
    let input = format!(
        "{}.{}",
        URL_SAFE_NO_PAD.encode(serde_json::to_vec(&header)?),
        URL_SAFE_NO_PAD.encode(serde_json::to_vec(claims)?)
    );
    let mut signature = vec![0u8; key.pair.public().modulus_len()];
    key.pair
        .sign(&RSA_PKCS1_SHA256, &SystemRandom::new(), input.as_bytes(), &mut signature)
        .map_err(|_| Error::internal("RS256 signing failed"))?;
    Ok(format!("{input}.{}", URL_SAFE_NO_PAD.encode(signature)))
}

/// The claims of a JWT we signed with one of the published keys (signature only; the caller checks `exp` etc.).
pub async fn verify(state: &AppState, jwt: &str) -> Option<Value> {
    let mut parts = jwt.split('.');
    let (header, payload, signature) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let header: Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(header).ok()?).ok()?;
    if header["alg"] != "RS256" {
        return None;
    }
    let kid = header["kid"].as_str()?;
    let keys = published(state).await.ok()?;
    let key = keys.iter().find(|k| k.id == kid)?;
    let n = URL_SAFE_NO_PAD.decode(&key.n).ok()?;
    let e = URL_SAFE_NO_PAD.decode(&key.e).ok()?;
    let components = ring::signature::RsaPublicKeyComponents { n: &n, e: &e };
    let message = format!("{}.{}", jwt.split('.').next()?, payload);
    components
        .verify(&RSA_PKCS1_2048_8192_SHA256, message.as_bytes(), &URL_SAFE_NO_PAD.decode(signature).ok()?)
        .ok()?;
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).ok()?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn plaintext_keys_are_sealed_once_and_open_only_for_their_row() {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(&dir.path().join("gatehouse.db")).await.unwrap();
        let private = rsa::RsaPrivateKey::new(&mut rand::rngs::OsRng, 2048).unwrap();
        let der = private.to_pkcs8_der().unwrap();
        let plain = STANDARD.encode(der.as_bytes());
        sqlx::query(
            "INSERT INTO oidc_keys (id, private_pkcs8, modulus, exponent, created_at) VALUES ('k1', $1, 'n', 'e', 'now')",
        )
        .bind(&plain)
        .execute(&db.write)
        .await
        .unwrap();
        let key = SecretKey::load_or_create_file(dir.path(), KEY_FILE).unwrap();
        assert_eq!(seal_plaintext_keys(&db, &key).await.unwrap(), 1);
        assert_eq!(seal_plaintext_keys(&db, &key).await.unwrap(), 0, "already sealed");
        let (stored, sealed): (String, i64) =
            sqlx::query_as("SELECT private_pkcs8, sealed FROM oidc_keys WHERE id = 'k1'")
                .fetch_one(&db.read)
                .await
                .unwrap();
        assert_eq!(sealed, 1);
        assert!(!stored.contains(&plain[..40]), "the DER is gone from the row");
        assert_eq!(key.open(&seal_owner("k1"), &stored).unwrap(), der.as_bytes());
        assert!(key.open(&seal_owner("k2"), &stored).is_err(), "bound to its key id");
        assert!(RsaKeyPair::from_pkcs8(&key.open(&seal_owner("k1"), &stored).unwrap()).is_ok());
    }
}
