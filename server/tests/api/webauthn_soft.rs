//! A software WebAuthn authenticator for the API tests: P-256 keys (ring), "none" attestation, hand-encoded CBOR.
//! It answers the server's options JSON the way a browser would, so every server check (origin, rp id hash,
//! challenge, flags, signature, counter) is exercised for real.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use ring::rand::SystemRandom;
use ring::signature::{EcdsaKeyPair, KeyPair, ECDSA_P256_SHA256_ASN1_SIGNING};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

pub const UP: u8 = 0x01;
pub const UV: u8 = 0x04;
const AT: u8 = 0x40;

pub struct SoftKey {
    pub credential_id: Vec<u8>,
    key: EcdsaKeyPair,
    pub user_handle: Vec<u8>,
    pub counter: u32,
    pub origin: String,
    pub rp_id: String,
}

fn b64(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

pub fn unb64(s: &str) -> Vec<u8> {
    URL_SAFE_NO_PAD.decode(s.trim_end_matches('=')).unwrap()
}

fn cbor_head(major: u8, len: usize, out: &mut Vec<u8>) {
    let m = major << 5;
    match len {
        0..=23 => out.push(m | len as u8),
        24..=255 => out.extend([m | 24, len as u8]),
        _ => {
            out.push(m | 25);
            out.extend((len as u16).to_be_bytes());
        }
    }
}

fn cbor_int(v: i64, out: &mut Vec<u8>) {
    if v >= 0 {
        cbor_head(0, v as usize, out)
    } else {
        cbor_head(1, (-1 - v) as usize, out)
    }
}

fn cbor_bytes(b: &[u8], out: &mut Vec<u8>) {
    cbor_head(2, b.len(), out);
    out.extend_from_slice(b);
}

fn cbor_text(s: &str, out: &mut Vec<u8>) {
    cbor_head(3, s.len(), out);
    out.extend_from_slice(s.as_bytes());
}

impl SoftKey {
    /// Answers `publicKeyCredentialCreationOptions`; returns the key and the `publicKeyCredential` JSON.
    pub fn create(options: &Value, origin: &str, flags: u8) -> (SoftKey, Value) {
        let pk = &options["publicKey"];
        let rng = SystemRandom::new();
        let pkcs8 = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_ASN1_SIGNING, &rng).unwrap();
        let key = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_ASN1_SIGNING, pkcs8.as_ref(), &rng).unwrap();
        let credential_id: Vec<u8> = (0..32).map(|_| rand_byte()).collect();
        let soft = SoftKey {
            credential_id,
            key,
            user_handle: unb64(pk["user"]["id"].as_str().unwrap()),
            counter: 0,
            origin: origin.to_owned(),
            rp_id: pk["rp"]["id"].as_str().unwrap().to_owned(),
        };
        let client_data = json!({"type": "webauthn.create", "challenge": pk["challenge"], "origin": origin,
            "crossOrigin": false})
        .to_string();
        let public = soft.key.public_key().as_ref();
        let mut cose = Vec::new();
        cbor_head(5, 5, &mut cose);
        for (k, v) in [(1, 2), (3, -7), (-1, 1)] {
            cbor_int(k, &mut cose);
            cbor_int(v, &mut cose);
        }
        cbor_int(-2, &mut cose);
        cbor_bytes(&public[1..33], &mut cose);
        cbor_int(-3, &mut cose);
        cbor_bytes(&public[33..65], &mut cose);
        let mut auth_data = soft.auth_data(flags | AT, 0);
        auth_data.extend([0u8; 16]);
        auth_data.extend((soft.credential_id.len() as u16).to_be_bytes());
        auth_data.extend(&soft.credential_id);
        auth_data.extend(cose);
        let mut att = Vec::new();
        cbor_head(5, 3, &mut att);
        cbor_text("fmt", &mut att);
        cbor_text("none", &mut att);
        cbor_text("attStmt", &mut att);
        cbor_head(5, 0, &mut att);
        cbor_text("authData", &mut att);
        cbor_bytes(&auth_data, &mut att);
        let id = b64(&soft.credential_id);
        let credential = json!({"id": id, "rawId": id, "type": "public-key", "extensions": {},
            "response": {"attestationObject": b64(&att), "clientDataJSON": b64(client_data.as_bytes())}});
        (soft, credential)
    }

    fn auth_data(&self, flags: u8, counter: u32) -> Vec<u8> {
        let mut d = Sha256::digest(self.rp_id.as_bytes()).to_vec();
        d.push(flags);
        d.extend(counter.to_be_bytes());
        d
    }

    /// Answers `publicKeyCredentialRequestOptions` with the next counter value.
    pub fn assert(&mut self, options: &Value, flags: u8) -> Value {
        self.counter += 1;
        let counter = self.counter;
        self.assert_with_counter(options, flags, counter)
    }

    pub fn assert_with_counter(&self, options: &Value, flags: u8, counter: u32) -> Value {
        let pk = &options["publicKey"];
        let client_data = json!({"type": "webauthn.get", "challenge": pk["challenge"], "origin": self.origin,
            "crossOrigin": false})
        .to_string();
        let auth_data = self.auth_data(flags, counter);
        let mut signed = auth_data.clone();
        signed.extend(Sha256::digest(client_data.as_bytes()));
        let signature = self.key.sign(&SystemRandom::new(), &signed).unwrap();
        let id = b64(&self.credential_id);
        json!({"id": id, "rawId": id, "type": "public-key", "extensions": {},
            "response": {"authenticatorData": b64(&auth_data), "clientDataJSON": b64(client_data.as_bytes()),
                "signature": b64(signature.as_ref()), "userHandle": b64(&self.user_handle)}})
    }
}

fn rand_byte() -> u8 {
    let mut b = [0u8; 1];
    ring::rand::SecureRandom::fill(&SystemRandom::new(), &mut b).unwrap();
    b[0]
}
