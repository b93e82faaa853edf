//! OIDC signing keys at rest: sealed with `oidc.key` (0600) in the data dir, never a usable private key in the
//! database; keys an older version stored in plaintext are sealed at the next start.

use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;
use gatehouse_server::clock::{to_db, Clock};
use rsa::pkcs8::EncodePrivateKey;
use rsa::traits::PublicKeyParts;
use serde_json::Value;

use crate::common::*;

async fn pool(s: &TestServer) -> sqlx::SqlitePool {
    sqlx::SqlitePool::connect(&format!("sqlite://{}", s.data_dir.join("gatehouse.db").display())).await.unwrap()
}

async fn jwks_kids(s: &TestServer) -> Vec<String> {
    let keys: Value = s.client.get(format!("{}/oauth/v2/keys", s.base)).send().await.unwrap().json().await.unwrap();
    keys["keys"].as_array().unwrap().iter().map(|k| k["kid"].as_str().unwrap().to_owned()).collect()
}

#[tokio::test]
async fn signing_keys_are_sealed_at_rest_and_plaintext_ones_are_sealed_on_start() {
    let s = start().await;
    let kids = jwks_kids(&s).await;
    assert_eq!(kids.len(), 1, "the first key is created on demand");
    let db = pool(&s).await;
    let (stored, sealed): (String, i64) =
        sqlx::query_as("SELECT private_pkcs8, sealed FROM oidc_keys").fetch_one(&db).await.unwrap();
    assert_eq!(sealed, 1);
    let bytes = STANDARD.decode(&stored).unwrap();
    assert!(ring::signature::RsaKeyPair::from_pkcs8(&bytes).is_err(), "the column is no PKCS#8 key");
    assert!(ring::signature::RsaKeyPair::from_pkcs8(&bytes[12..]).is_err(), "nor after the nonce");
    // Nowhere in the database files a private key: neither base64 PKCS#8 (the fixed rsaEncryption header of the old
    // column), nor raw PKCS#8 DER, nor PEM.
    let mut files = std::fs::read(s.data_dir.join("gatehouse.db")).unwrap();
    files.extend(std::fs::read(s.data_dir.join("gatehouse.db-wal")).unwrap_or_default());
    let der_header: &[u8] = &[
        0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00,
        0x04, 0x82,
    ];
    for needle in [b"ADANBgkqhkiG9w0BAQEFAASC".as_slice(), der_header, b"PRIVATE KEY".as_slice()] {
        assert!(!files.windows(needle.len()).any(|w| w == needle), "found {:?}", String::from_utf8_lossy(needle));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(s.data_dir.join("oidc.key")).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    // A key as the previous version stored it: base64 PKCS#8 DER in the clear.
    let private = rsa::RsaPrivateKey::new(&mut rand::rngs::OsRng, 2048).unwrap();
    let plain = STANDARD.encode(private.to_pkcs8_der().unwrap().as_bytes());
    sqlx::query(
        "INSERT INTO oidc_keys (id, private_pkcs8, modulus, exponent, created_at, retired_at)
         VALUES ('legacy', $1, $2, $3, $4, $4)",
    )
    .bind(&plain)
    .bind(URL_SAFE_NO_PAD.encode(private.n().to_bytes_be()))
    .bind(URL_SAFE_NO_PAD.encode(private.e().to_bytes_be()))
    .bind(to_db(s.clock.now()))
    .execute(&db)
    .await
    .unwrap();
    db.close().await;

    let s = s.restart().await;
    let db = pool(&s).await;
    let (stored, sealed): (String, i64) =
        sqlx::query_as("SELECT private_pkcs8, sealed FROM oidc_keys WHERE id = 'legacy'").fetch_one(&db).await.unwrap();
    assert_eq!(sealed, 1, "sealed at start");
    assert_ne!(stored, plain);
    assert!(!stored.contains("ADANBgkqhkiG9w0BAQEFAASC"));
    assert!(jwks_kids(&s).await.contains(&"legacy".to_owned()), "still published (retired, within its window)");
}
