//! Secrets: random tokens, their stored hashes, argon2id password hashes and one-time codes.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use hmac::{Hmac, Mac};
use rand::rngs::OsRng;
use rand::{Rng, RngCore};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use crate::error::{Error, Result};

/// 32 random bytes, base64url: session tokens, PATs, browser ids.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

pub fn random_key_hex() -> String {
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    hex(&bytes)
}

/// Tokens are stored only as their SHA-256: a stolen database does not yield usable tokens. Lookups go by this
/// hash, so comparing in constant time is not needed (the attacker does not control the stored side).
pub fn token_hash(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Alphabet of one-time codes: no 0/O, 1/I/L, so codes survive being read aloud or retyped.
const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
pub const CODE_LENGTH: usize = 6;

pub fn random_code() -> String {
    let mut rng = OsRng;
    (0..CODE_LENGTH).map(|_| CODE_ALPHABET[rng.gen_range(0..CODE_ALPHABET.len())] as char).collect()
}

/// Codes are low-entropy, so they are stored keyed (HMAC with the instance's secret key) and bound to the user
/// and purpose: a database dump alone cannot brute-force them offline, and a code for one purpose never works for
/// another.
pub fn code_hash(key_hex: &str, user_id: &str, purpose: &str, code: &str) -> String {
    let normalized = code.trim().to_ascii_uppercase();
    // HMAC accepts keys of any length, so this cannot fail.
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key_hex.as_bytes()).expect("HMAC takes any key length");
    for part in [user_id, purpose, &normalized] {
        mac.update(part.as_bytes());
        mac.update(&[0]);
    }
    hex(&mac.finalize().into_bytes())
}

pub fn constant_time_eq(a: &str, b: &str) -> bool {
    a.len() == b.len() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

/// argon2id with the crate defaults (19 MiB, 2 passes, 1 lane: OWASP's recommendation), run off the async executor.
pub async fn hash_password(password: String) -> Result<String> {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| Error::internal(format!("argon2: {e}")))
    })
    .await?
}

/// Verifies against a PHC string. A missing or unparsable hash still costs one argon2 run (against a dummy), so the
/// answer time does not reveal whether the user has a password.
pub async fn verify_password(password: String, phc: Option<String>) -> Result<bool> {
    tokio::task::spawn_blocking(move || {
        let argon = Argon2::default();
        match phc.as_deref().map(PasswordHash::new) {
            Some(Ok(parsed)) => Ok(argon.verify_password(password.as_bytes(), &parsed).is_ok()),
            _ => {
                let salt = SaltString::generate(&mut OsRng);
                let _ = argon.hash_password(password.as_bytes(), &salt);
                Ok(false)
            }
        }
    })
    .await?
}

/// Accepts an imported hash only if we can verify it later.
pub fn is_supported_hash(phc: &str) -> bool {
    PasswordHash::new(phc).map(|h| h.algorithm.as_str().starts_with("argon2")).unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_use_the_unambiguous_alphabet() {
        for _ in 0..100 {
            let c = random_code();
            assert_eq!(c.len(), CODE_LENGTH);
            assert!(c.bytes().all(|b| CODE_ALPHABET.contains(&b)));
        }
    }

    #[test]
    fn code_hash_is_bound_to_user_and_purpose_and_ignores_case() {
        let h = code_hash("k", "1", "email", "ABC234");
        assert_eq!(h, code_hash("k", "1", "email", " abc234 "));
        assert_ne!(h, code_hash("k", "2", "email", "ABC234"));
        assert_ne!(h, code_hash("k", "1", "password", "ABC234"));
        assert_ne!(h, code_hash("other", "1", "email", "ABC234"));
    }

    #[tokio::test]
    async fn argon2id_round_trip() {
        let phc = hash_password("Secr3t!pw".into()).await.unwrap();
        assert!(phc.starts_with("$argon2id$"));
        assert!(verify_password("Secr3t!pw".into(), Some(phc.clone())).await.unwrap());
        assert!(!verify_password("wrong".into(), Some(phc)).await.unwrap());
        assert!(!verify_password("x".into(), None).await.unwrap());
    }
}
