//! Secrets: random tokens, their stored hashes, argon2id password hashes and one-time codes.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, OnceLock};

use argon2::password_hash::{Output, ParamsString, PasswordHash, Salt, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use hmac::{Hmac, Mac};
use rand::rngs::OsRng;
use rand::{Rng, RngCore};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;
use tokio::sync::Semaphore;

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
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(DIGITS[usize::from(b >> 4)] as char);
        out.push(DIGITS[usize::from(b & 0xf)] as char);
    }
    out
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
    run_argon2(move |area| hash_with_salt(area, password.as_bytes(), &SaltString::generate(&mut OsRng))).await?
}

/// Verifies against a PHC string. A missing or unparsable hash still costs one argon2 run (against a dummy), so the
/// answer time does not reveal whether the user has a password.
pub async fn verify_password(password: String, phc: Option<String>) -> Result<bool> {
    run_argon2(move |area| match phc.as_deref().map(PasswordHash::new) {
        Some(Ok(parsed)) => Ok(verify_with(area, password.as_bytes(), &parsed)),
        _ => {
            hash_with_salt(area, password.as_bytes(), &SaltString::generate(&mut OsRng))?;
            Ok(false)
        }
    })
    .await?
}

/// Argon2 runs on the blocking pool, at most one per core at a time, each with a work area from a small pool.
///
/// The limit: a run holds a core and its work area (19 MiB) for tens of milliseconds, so running more at once only
/// adds memory and waiting. The work areas: letting the argon2 crate allocate and free 19 MiB per run made glibc
/// keep a freed copy in the malloc arena of each blocking thread that ever ran one (measured with `cargo xtask
/// bench`: RSS grew from 28 MB to 106 MB over ~100 sequential password checks). Owned here, at most one area per
/// permit stays allocated while logins come in, and none once they have stopped for [`AREA_IDLE_RELEASE`].
/// Reusing areas matters: a fresh one costs its page faults, about 20% on top of the argon2 run.
struct Argon2Pool {
    permits: Semaphore,
    areas: Mutex<Vec<Vec<Block>>>,
    /// Finished runs; the idle release compares it.
    runs: AtomicU64,
}

const AREA_IDLE_RELEASE: std::time::Duration = std::time::Duration::from_secs(5);

/// Areas reserve just over 32 MiB, of which only the 19 MiB argon2 uses are ever touched (and resident): glibc
/// serves an allocation above 32 MiB with its own mmap, unmaps it on free, and does not raise its dynamic mmap
/// threshold for it. A 19 MiB allocation, once one had been freed, would come from a malloc arena instead and stay
/// resident after the release.
const AREA_RESERVED_BLOCKS: usize = 32 * 1024 + 1;

fn argon2_pool() -> &'static Argon2Pool {
    static POOL: OnceLock<Argon2Pool> = OnceLock::new();
    POOL.get_or_init(|| {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        Argon2Pool {
            permits: Semaphore::new(cores),
            areas: Mutex::new(Vec::with_capacity(cores)),
            runs: AtomicU64::new(0),
        }
    })
}

async fn run_argon2<T: Send + 'static>(job: impl FnOnce(&mut Vec<Block>) -> T + Send + 'static) -> Result<T> {
    let pool = argon2_pool();
    let permit = pool.permits.acquire().await.map_err(|_| Error::internal("argon2 pool closed"))?;
    let mut area = pool.areas.lock().unwrap_or_else(|p| p.into_inner()).pop().unwrap_or_default();
    let (result, area) = tokio::task::spawn_blocking(move || {
        let result = job(&mut area);
        (result, area)
    })
    .await?;
    // An imported hash with a larger memory cost grew its area; do not keep that one.
    if area.len() <= Params::default().block_count() {
        pool.areas.lock().unwrap_or_else(|p| p.into_inner()).push(area);
    }
    drop(permit);
    let run = pool.runs.fetch_add(1, Ordering::Relaxed) + 1;
    tokio::spawn(async move {
        tokio::time::sleep(AREA_IDLE_RELEASE).await;
        if pool.runs.load(Ordering::Relaxed) == run {
            pool.areas.lock().unwrap_or_else(|p| p.into_inner()).clear();
        }
    });
    Ok(result)
}

/// What `Argon2::hash_password` computes, in the given work area instead of a fresh allocation.
fn argon2_output(
    argon: &Argon2<'_>,
    params: &Params,
    password: &[u8],
    salt: Salt<'_>,
    area: &mut Vec<Block>,
) -> std::result::Result<Output, argon2::password_hash::Error> {
    let needed = params.block_count();
    if area.capacity() < needed {
        *area = Vec::with_capacity(needed.max(AREA_RESERVED_BLOCKS));
    }
    if area.len() < needed {
        area.resize(needed, Block::default());
    }
    let mut salt_buf = [0u8; Salt::MAX_LENGTH];
    let salt = salt.decode_b64(&mut salt_buf)?;
    let len = params.output_len().unwrap_or(Params::DEFAULT_OUTPUT_LEN);
    Output::init_with(len, |out| Ok(argon.hash_password_into_with_memory(password, salt, out, &mut area[..])?))
}

fn hash_with_salt(area: &mut Vec<Block>, password: &[u8], salt: &SaltString) -> Result<String> {
    let params = Params::default();
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone());
    let phc = argon2_output(&argon, &params, password, salt.as_salt(), area).and_then(|output| {
        Ok(PasswordHash {
            algorithm: Algorithm::Argon2id.ident(),
            version: Some(Version::V0x13.into()),
            params: ParamsString::try_from(&params)?,
            salt: Some(salt.as_salt()),
            hash: Some(output),
        }
        .to_string())
    });
    phc.map_err(|e| Error::internal(format!("argon2: {e}")))
}

/// What `PasswordVerifier::verify_password` checks: the hash's own algorithm, version and parameters, compared in
/// constant time (`Output`'s equality).
fn verify_with(area: &mut Vec<Block>, password: &[u8], hash: &PasswordHash<'_>) -> bool {
    let (Some(salt), Some(expected)) = (hash.salt, &hash.hash) else { return false };
    let Ok(algorithm) = Algorithm::try_from(hash.algorithm) else { return false };
    let version = match hash.version.map(Version::try_from).transpose() {
        Ok(v) => v.unwrap_or_default(),
        Err(_) => return false,
    };
    let Ok(params) = Params::try_from(hash) else { return false };
    let argon = Argon2::new(algorithm, version, params.clone());
    argon2_output(&argon, &params, password, salt, area).is_ok_and(|computed| &computed == expected)
}

/// Accepts an imported hash only if we can verify it later.
pub fn is_supported_hash(phc: &str) -> bool {
    PasswordHash::new(phc).map(|h| h.algorithm.as_str().starts_with("argon2")).unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_is_lowercase_two_digits_per_byte() {
        assert_eq!(hex(&[0x00, 0x0f, 0xa5, 0xff]), "000fa5ff");
        assert_eq!(token_hash("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

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

    #[test]
    fn pooled_argon2_matches_the_crate() {
        use argon2::password_hash::{PasswordHasher, PasswordVerifier};
        let mut area = Vec::new();
        let salt = SaltString::encode_b64(b"sixteen byte salt").unwrap();
        let ours = hash_with_salt(&mut area, b"Secr3t!pw", &salt).unwrap();
        assert_eq!(ours, Argon2::default().hash_password(b"Secr3t!pw", &salt).unwrap().to_string());
        // Other algorithms, versions and parameters, as imported hashes may have; the area is reused and regrown.
        let custom = Params::new(4096, 3, 2, Some(24)).unwrap();
        for (algorithm, version) in [(Algorithm::Argon2id, Version::V0x13), (Algorithm::Argon2i, Version::V0x10)] {
            let phc = Argon2::new(algorithm, version, custom.clone()).hash_password(b"pw", &salt).unwrap().to_string();
            let parsed = PasswordHash::new(&phc).unwrap();
            assert!(Argon2::default().verify_password(b"pw", &parsed).is_ok());
            assert!(verify_with(&mut area, b"pw", &parsed), "{phc}");
            assert!(!verify_with(&mut area, b"pW", &parsed), "{phc}");
        }
        let parsed = PasswordHash::new(&ours).unwrap();
        assert!(verify_with(&mut area, b"Secr3t!pw", &parsed));
        assert!(!verify_with(&mut area, b"Secr3t!pW", &parsed));
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
