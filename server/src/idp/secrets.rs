//! The instance's IdP key: seals provider client secrets (and Apple private keys) and what a provider told us
//! during an intent (its tokens) before they reach the database.
//!
//! Invariant: the key lives only in `<data dir>/idp.key` (32 random bytes, hex, file mode 0600), never in the
//! database, so a copy of `gatehouse.db` alone (a backup, a leaked file) does not reveal any provider's secret.
//! Losing the key file makes stored secrets unreadable: the providers' client secrets have to be entered again
//! (UpdateGenericOIDCProvider etc.); nothing else depends on it. Every sealed value is bound to what it belongs to
//! (AES-256-GCM with the IdP or intent id as associated data), so a ciphertext copied onto another row does not
//! open.

use std::path::Path;

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use rand::rngs::OsRng;
use rand::RngCore;

use crate::error::{Error, Result};

pub const KEY_FILE: &str = "idp.key";

pub struct SecretKey {
    cipher: Aes256Gcm,
}

impl SecretKey {
    /// Reads the key file in `data_dir`, creating it (0600) on first start.
    pub fn load_or_create(data_dir: &Path) -> Result<SecretKey> {
        Self::load_or_create_file(data_dir, KEY_FILE)
    }

    /// [`Self::load_or_create`] for another key file of the same form, so a second kind of secret (the OIDC signing
    /// keys, `oidc.key`) is sealed by this same code under its own key: losing or rotating one file never touches
    /// the other's secrets.
    pub fn load_or_create_file(data_dir: &Path, file: &str) -> Result<SecretKey> {
        let path = data_dir.join(file);
        let hex = match std::fs::read_to_string(&path) {
            Ok(text) => text.trim().to_owned(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let hex = crate::crypto::random_key_hex();
                write_private(&path, &hex)?;
                hex
            }
            Err(e) => return Err(e.into()),
        };
        let key =
            decode_hex(&hex).ok_or_else(|| Error::internal(format!("{} is not a 32-byte hex key", path.display())))?;
        Ok(SecretKey { cipher: Aes256Gcm::new(&key.into()) })
    }

    #[cfg(test)]
    pub fn from_bytes(key: [u8; 32]) -> SecretKey {
        SecretKey { cipher: Aes256Gcm::new(&key.into()) }
    }

    /// `base64(nonce || ciphertext)` of `plain`, bound to `owner`.
    pub fn seal(&self, owner: &str, plain: &[u8]) -> Result<String> {
        let mut nonce = [0u8; 12];
        OsRng.fill_bytes(&mut nonce);
        let sealed = self
            .cipher
            .encrypt(Nonce::from_slice(&nonce), Payload { msg: plain, aad: owner.as_bytes() })
            .map_err(|_| Error::internal("cannot seal a secret"))?;
        let mut out = nonce.to_vec();
        out.extend_from_slice(&sealed);
        Ok(STANDARD.encode(out))
    }

    pub fn open(&self, owner: &str, stored: &str) -> Result<Vec<u8>> {
        let bytes = STANDARD.decode(stored).map_err(|_| Error::internal("sealed secret is not base64"))?;
        if bytes.len() < 12 {
            return Err(Error::internal("sealed secret is truncated"));
        }
        let (nonce, sealed) = bytes.split_at(12);
        self.cipher
            .decrypt(Nonce::from_slice(nonce), Payload { msg: sealed, aad: owner.as_bytes() })
            .map_err(|_| Error::internal("sealed secret does not open (wrong idp.key / oidc.key?)"))
    }
}

fn decode_hex(hex: &str) -> Option<[u8; 32]> {
    if hex.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(hex.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    Some(out)
}

fn write_private(path: &Path, contents: &str) -> Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    file.write_all(contents.as_bytes())?;
    file.sync_all()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_values_open_only_for_their_owner() {
        let key = SecretKey::from_bytes([7; 32]);
        let sealed = key.seal("idp-1", b"client secret").unwrap();
        assert_eq!(key.open("idp-1", &sealed).unwrap(), b"client secret");
        assert!(key.open("idp-2", &sealed).is_err(), "bound to its row");
        assert!(SecretKey::from_bytes([8; 32]).open("idp-1", &sealed).is_err(), "bound to the key");
        assert_ne!(key.seal("idp-1", b"client secret").unwrap(), sealed, "fresh nonce each time");
    }

    #[test]
    fn key_file_is_created_private_and_reused() {
        let dir = tempfile::tempdir().unwrap();
        let a = SecretKey::load_or_create(dir.path()).unwrap();
        let sealed = a.seal("x", b"s").unwrap();
        let b = SecretKey::load_or_create(dir.path()).unwrap();
        assert_eq!(b.open("x", &sealed).unwrap(), b"s");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join(KEY_FILE)).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }
}
