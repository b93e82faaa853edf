//! The authenticator app (TOTP, RFC 6238: HMAC-SHA-1, 6 digits, 30 s steps, one step of clock skew either way).
//!
//! The secret is stored encrypted (AES-256-GCM under a key derived from the instance's secret key, the user id as
//! associated data so a ciphertext cannot be moved to another user). Each accepted code records its time step, and
//! a code of that step or an earlier one is refused: a code seen over someone's shoulder cannot be replayed.

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use hmac::{Hmac, Mac};
use rand::rngs::OsRng;
use rand::RngCore;
use sha2::Sha256;
use sqlx::Row;
use totp_rs::{Algorithm, Secret, TOTP};

use crate::clock::{to_db, Timestamp};
use crate::crypto::constant_time_eq;
use crate::db::Tx;
use crate::error::{Error, Result};
use crate::AppState;

pub const STEP_SECS: i64 = 30;
pub const DIGITS: usize = 6;
const SECRET_BYTES: usize = 20;

pub fn invalid_code() -> Error {
    Error::invalid("GATEHOUSE-TOTP-Invalid", "The code is wrong or has expired")
}

pub fn reused_code() -> Error {
    Error::invalid("GATEHOUSE-TOTP-Reused", "This code was already used; wait for the next one")
}

pub fn not_registered() -> Error {
    Error::failed_precondition("COMMAND-8isk2", "No authenticator app is set up for this user")
}

/// What checking a code found, decided without I/O.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// The code belongs to this time step, which was not used before.
    Valid {
        step: i64,
    },
    Reused,
    Wrong,
}

fn totp(secret: &[u8]) -> TOTP {
    // `new_unchecked`: our secrets are 160 bits, as RFC 4226 recommends; the crate's check would only repeat that.
    TOTP::new_unchecked(Algorithm::SHA1, DIGITS, 0, STEP_SECS as u64, secret.to_vec())
}

/// The code an app shows for time step `step`.
pub fn code_at_step(secret: &[u8], step: i64) -> String {
    totp(secret).generate((step.max(0) * STEP_SECS) as u64)
}

/// Checks `code` against the steps around `now` (±1 step of skew). Every candidate is compared, in constant time,
/// so the answer time does not tell which step matched.
pub fn judge(secret: &[u8], code: &str, now_unix: i64, last_step: Option<i64>) -> Verdict {
    let code = code.trim();
    let current = now_unix.div_euclid(STEP_SECS);
    let mut matched = None;
    for step in [current - 1, current, current + 1] {
        if constant_time_eq(&code_at_step(secret, step), code) {
            matched = Some(step);
        }
    }
    match matched {
        Some(step) if last_step.is_some_and(|last| step <= last) => Verdict::Reused,
        Some(step) => Verdict::Valid { step },
        None => Verdict::Wrong,
    }
}

fn cipher(state: &AppState) -> Aes256Gcm {
    // A key of its own for this purpose, derived from the instance key (HMAC as a KDF with a fixed label).
    let mut mac =
        <Hmac<Sha256> as Mac>::new_from_slice(state.instance.code_key.as_bytes()).expect("HMAC takes any key length");
    mac.update(b"gatehouse totp secret encryption v1");
    let key = mac.finalize().into_bytes();
    Aes256Gcm::new(&key)
}

pub fn encrypt(state: &AppState, user_id: &str, secret: &[u8]) -> Result<String> {
    let mut nonce = [0u8; 12];
    OsRng.fill_bytes(&mut nonce);
    let sealed = cipher(state)
        .encrypt(Nonce::from_slice(&nonce), Payload { msg: secret, aad: user_id.as_bytes() })
        .map_err(|_| Error::internal("cannot encrypt a TOTP secret"))?;
    let mut out = nonce.to_vec();
    out.extend_from_slice(&sealed);
    Ok(STANDARD.encode(out))
}

pub fn decrypt(state: &AppState, user_id: &str, stored: &str) -> Result<Vec<u8>> {
    let bytes = STANDARD.decode(stored).map_err(|_| Error::internal("stored TOTP secret is not base64"))?;
    if bytes.len() < 12 {
        return Err(Error::internal("stored TOTP secret is truncated"));
    }
    let (nonce, sealed) = bytes.split_at(12);
    cipher(state)
        .decrypt(Nonce::from_slice(nonce), Payload { msg: sealed, aad: user_id.as_bytes() })
        .map_err(|_| Error::internal("stored TOTP secret does not decrypt"))
}

/// A fresh random secret.
pub fn new_secret() -> Vec<u8> {
    let mut secret = vec![0u8; SECRET_BYTES];
    OsRng.fill_bytes(&mut secret);
    secret
}

pub fn base32(secret: &[u8]) -> String {
    match Secret::Raw(secret.to_vec()).to_encoded() {
        Secret::Encoded(s) => s,
        Secret::Raw(_) => String::new(),
    }
}

/// `otpauth://totp/<issuer>:<account>?algorithm=SHA1&digits=6&issuer=<issuer>&period=30&secret=<base32>`, the
/// form authenticator apps read from a QR code.
pub fn uri(issuer: &str, account: &str, secret: &[u8]) -> String {
    let enc = |s: &str| form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>().replace('+', "%20");
    format!(
        "otpauth://totp/{}:{}?algorithm=SHA1&digits={DIGITS}&issuer={}&period={STEP_SECS}&secret={}",
        enc(issuer),
        enc(account),
        enc(issuer),
        base32(secret)
    )
}

/// The user's authenticator as stored.
pub struct Stored {
    pub secret: Vec<u8>,
    pub ready: bool,
    pub last_step: Option<i64>,
}

pub async fn load(state: &AppState, user_id: &str) -> Result<Option<Stored>> {
    let row = sqlx::query("SELECT secret_enc, state, last_step FROM user_totp WHERE user_id = $1")
        .bind(user_id)
        .fetch_optional(&state.db.read)
        .await?;
    let Some(row) = row else { return Ok(None) };
    Ok(Some(Stored {
        secret: decrypt(state, user_id, &row.try_get::<String, _>("secret_enc")?)?,
        ready: row.try_get::<String, _>("state")? == "ready",
        last_step: row.try_get("last_step")?,
    }))
}

/// Stores a new pending secret, replacing an unfinished registration.
pub async fn store_pending(state: &AppState, tx: &mut Tx, user_id: &str, secret: &[u8], now: Timestamp) -> Result<()> {
    sqlx::query(
        "INSERT INTO user_totp (user_id, secret_enc, state, last_step, created_at) VALUES ($1, $2, 'pending', NULL, $3)
         ON CONFLICT (user_id) DO UPDATE SET secret_enc = excluded.secret_enc, state = 'pending', last_step = NULL,
           created_at = excluded.created_at, verified_at = NULL",
    )
    .bind(user_id)
    .bind(encrypt(state, user_id, secret)?)
    .bind(to_db(now))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Records an accepted step, only if it is newer than the stored one: of two requests racing with the same code,
/// one wins. Returns whether this call won.
pub async fn accept_step(tx: &mut Tx, user_id: &str, step: i64, ready_at: Option<Timestamp>) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE user_totp SET last_step = $1,
           state = CASE WHEN $2 IS NULL THEN state ELSE 'ready' END,
           verified_at = COALESCE(verified_at, $2)
         WHERE user_id = $3 AND (last_step IS NULL OR last_step < $1)",
    )
    .bind(step)
    .bind(ready_at.map(to_db))
    .bind(user_id)
    .execute(&mut **tx)
    .await?
    .rows_affected();
    Ok(done == 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    // RFC 6238 appendix B, SHA-1 key "12345678901234567890" (8-digit values there; their last 6 digits here).
    const RFC_KEY: &[u8] = b"12345678901234567890";

    #[test]
    fn codes_match_the_rfc_test_vectors() {
        assert_eq!(code_at_step(RFC_KEY, 59 / 30), "287082");
        assert_eq!(code_at_step(RFC_KEY, 1_111_111_109 / 30), "081804");
        assert_eq!(code_at_step(RFC_KEY, 1_234_567_890 / 30), "005924");
    }

    #[test]
    fn one_step_of_skew_is_accepted_either_way_and_no_more() {
        let now = 1_234_567_890;
        let step = now / STEP_SECS;
        for (offset, accepted) in [(-2, false), (-1, true), (0, true), (1, true), (2, false)] {
            let code = code_at_step(RFC_KEY, step + offset);
            let verdict = judge(RFC_KEY, &code, now, None);
            assert_eq!(verdict == (Verdict::Valid { step: step + offset }), accepted, "offset {offset}");
        }
        assert_eq!(judge(RFC_KEY, "000000", now, None), Verdict::Wrong);
    }

    #[test]
    fn a_used_step_and_earlier_ones_are_replays() {
        let now = 1_234_567_890;
        let step = now / STEP_SECS;
        let code = code_at_step(RFC_KEY, step);
        assert_eq!(judge(RFC_KEY, &code, now, Some(step - 1)), Verdict::Valid { step });
        assert_eq!(judge(RFC_KEY, &code, now, Some(step)), Verdict::Reused);
        assert_eq!(judge(RFC_KEY, &code_at_step(RFC_KEY, step - 1), now, Some(step)), Verdict::Reused);
    }

    #[test]
    fn uri_has_the_authenticator_app_form() {
        let uri = uri("localhost", "alice@example.com", RFC_KEY);
        assert_eq!(
            uri,
            "otpauth://totp/localhost:alice%40example.com?algorithm=SHA1&digits=6&issuer=localhost&period=30\
             &secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
        );
    }
}
