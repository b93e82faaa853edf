//! Sign in with Apple: an OpenID provider with three differences the generic code cannot cover.
//!
//! - The client secret is a JWT the client signs itself (ES256 with the `.p8` key Apple issued, `kid` = keyId,
//!   `iss` = teamId, `sub` = clientId, `aud` = `https://appleid.apple.com`). It is made for each token request and
//!   lives five minutes; the private key stays sealed at rest like every provider secret.
//! - Apple answers by `response_mode=form_post` (required as soon as `name` or `email` is asked for): a cross-site
//!   POST to `/idps/callback` with `code`, `state` and, on the very first authorization only, a `user` JSON field
//!   with the person's name. [`form_post`] stores that on the intent and sends the browser on to a GET of the
//!   callback carrying only the state, where the browser binding is checked and the flow goes on as for any
//!   provider (see `intent::finish`).
//! - Names come only from that `user` field; the ID token has `sub`, `email`, `email_verified` (sometimes the
//!   string `"true"`) and `is_private_email`.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;
use gatehouse_api::idp::ProviderType;
use ring::rand::SystemRandom;
use ring::signature::{EcdsaKeyPair, ECDSA_P256_SHA256_FIXED_SIGNING};
use serde::{Deserialize, Serialize};
use serde_json::json;
use sqlx::Row;

use super::intent::{callback_url, map_user, plain, ExternalUser};
use super::upstream::{self, ClientAuth, Expect, TokenRequest, UpstreamError};
use crate::clock::{from_db, Timestamp};
use crate::crypto::token_hash;
use crate::error::{Error, Result};
use crate::AppState;

/// Apple's sign-in service: the base of its endpoints, the issuer of its ID tokens and the audience of our client
/// secrets.
pub const APPLE: &str = "https://appleid.apple.com";
/// How long a client secret JWT is valid (Apple accepts up to six months; one is made per token request).
const CLIENT_SECRET_SECS: i64 = 300;
/// The most a `user` form field may be: a name and an address, far below this.
const MAX_USER_FIELD: usize = 4096;

/// Apple's base URL, or the test's stand-in given with `--apple-test-base-url`, which must be on loopback: the
/// switch exists for test suites and must not be able to send anyone's login to another machine.
pub fn base_url(test_base: Option<&url::Url>) -> Result<String> {
    let Some(url) = test_base else { return Ok(APPLE.to_owned()) };
    let ok = matches!(url.scheme(), "http" | "https")
        && super::config::is_loopback(url)
        && url.query().is_none()
        && url.fragment().is_none();
    if !ok {
        return Err(Error::internal(format!(
            "--apple-test-base-url is for tests only and must be an http(s) loopback URL, not {url}"
        )));
    }
    Ok(url.as_str().trim_end_matches('/').to_owned())
}

/// Apple's endpoints below `base`.
pub struct Endpoints {
    pub issuer: String,
    pub authorize: String,
    pub token: String,
    pub keys: String,
}

pub fn endpoints(base: &str) -> Endpoints {
    let base = base.trim_end_matches('/');
    Endpoints {
        issuer: base.to_owned(),
        authorize: format!("{base}/auth/authorize"),
        token: format!("{base}/auth/token"),
        keys: format!("{base}/auth/keys"),
    }
}

/// The P-256 key of a PKCS#8 PEM (`-----BEGIN PRIVATE KEY-----`, Apple's `.p8` file).
pub fn signing_key(pem: &str) -> std::result::Result<EcdsaKeyPair, &'static str> {
    let body = pem
        .trim()
        .strip_prefix("-----BEGIN PRIVATE KEY-----")
        .and_then(|rest| rest.trim_end().strip_suffix("-----END PRIVATE KEY-----"))
        .ok_or("not a PKCS#8 PEM private key")?;
    let b64: String = body.chars().filter(|c| !c.is_whitespace()).collect();
    let der = STANDARD.decode(b64).map_err(|_| "the PEM body is not base64")?;
    EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &der, &SystemRandom::new())
        .map_err(|_| "not a P-256 (ES256) key")
}

/// The client secret for Apple's token endpoint: a JWT signed ES256 with the provider's key.
pub fn client_secret(
    pem: &str,
    team_id: &str,
    key_id: &str,
    client_id: &str,
    now: Timestamp,
) -> std::result::Result<String, UpstreamError> {
    let key = signing_key(pem)
        .map_err(|why| UpstreamError::new("server_error", format!("the stored Apple private key: {why}")))?;
    let iat = now.timestamp();
    let header = json!({"alg": "ES256", "kid": key_id, "typ": "JWT"});
    let claims = json!({"iss": team_id, "sub": client_id, "aud": APPLE, "iat": iat, "exp": iat + CLIENT_SECRET_SECS});
    let message =
        format!("{}.{}", URL_SAFE_NO_PAD.encode(header.to_string()), URL_SAFE_NO_PAD.encode(claims.to_string()));
    let signature = key
        .sign(&SystemRandom::new(), message.as_bytes())
        .map_err(|_| UpstreamError::new("server_error", "cannot sign the Apple client secret"))?;
    Ok(format!("{message}.{}", URL_SAFE_NO_PAD.encode(signature.as_ref())))
}

/// What Apple's form POST brought, kept sealed on the intent until the browser comes back with a GET.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Posted {
    pub code: Option<String>,
    pub user: Option<String>,
    pub error: Option<String>,
    pub error_description: Option<String>,
}

/// The name from Apple's `user` field.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Names {
    pub first: Option<String>,
    pub last: Option<String>,
}

#[derive(Deserialize)]
struct UserField {
    #[serde(default)]
    name: Option<NameField>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct NameField {
    #[serde(default)]
    first_name: Option<String>,
    #[serde(default)]
    last_name: Option<String>,
}

/// Parses the `user` field (`{"name":{"firstName","lastName"},"email"}`); absent on every login after the first.
/// Its email is not used: the signed ID token says which address it is and whether it is verified.
pub fn parse_user(field: Option<&str>) -> std::result::Result<Names, UpstreamError> {
    let Some(field) = field.map(str::trim).filter(|f| !f.is_empty()) else { return Ok(Names::default()) };
    let parsed: UserField = serde_json::from_str(field)
        .map_err(|e| UpstreamError::new("invalid_request", format!("Apple's user field is not its JSON: {e}")))?;
    let clean = |s: Option<String>| s.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty());
    Ok(parsed.name.map(|n| Names { first: clean(n.first_name), last: clean(n.last_name) }).unwrap_or_default())
}

/// The external user from Apple's verified ID token claims and the names of the `user` field. Apple has no
/// username: the address is the username (as ZITADEL does), else the subject.
pub fn to_user(claims: serde_json::Map<String, serde_json::Value>, names: Names) -> Option<ExternalUser> {
    let mut user = map_user(claims, "sub", false)?;
    user.user_name = user.email.clone().unwrap_or_else(|| user.id.clone());
    user.given_name = names.first;
    user.family_name = names.last;
    let full: Vec<&str> = [user.given_name.as_deref(), user.family_name.as_deref()].into_iter().flatten().collect();
    user.display_name = (!full.is_empty()).then(|| full.join(" "));
    Some(user)
}

/// The code exchange and ID token check for an Apple intent. `pem` is the provider's private key.
pub struct Exchange<'a> {
    pub base: &'a str,
    pub client_id: &'a str,
    pub team_id: &'a str,
    pub key_id: &'a str,
    pub pem: &'a str,
    pub code: &'a str,
    pub redirect_uri: &'a str,
    pub nonce: &'a str,
    pub user_field: Option<&'a str>,
    pub now: Timestamp,
}

pub async fn fetch_user(x: Exchange<'_>) -> std::result::Result<ExternalUser, UpstreamError> {
    let names = parse_user(x.user_field)?;
    let ep = endpoints(x.base);
    let secret = client_secret(x.pem, x.team_id, x.key_id, x.client_id, x.now)?;
    let tokens = upstream::exchange(TokenRequest {
        token_endpoint: &ep.token,
        code: x.code,
        redirect_uri: x.redirect_uri,
        client_id: x.client_id,
        client_secret: Some(&secret),
        code_verifier: None,
        // Apple reads client_id and client_secret from the form.
        auth: ClientAuth::Post,
    })
    .await?;
    let expect = Expect { issuer: &ep.issuer, issuer_prefix: None, client_id: x.client_id, nonce: x.nonce, now: x.now };
    let (id_token, claims) = upstream::verified_id_token(&tokens, &ep.keys, &expect).await?;
    let mut user =
        to_user(claims, names).ok_or_else(|| UpstreamError::new("invalid_token", "ID token has no subject"))?;
    user.access_token = tokens.access_token;
    user.id_token = Some(id_token);
    Ok(user)
}

fn form_fields(body: &[u8]) -> std::collections::HashMap<String, String> {
    form_urlencoded::parse(body).into_owned().collect()
}

/// `POST /idps/callback`: Apple's `form_post` answer.
///
/// This is the one browser write that is not held to the same-origin and JSON rules (`auth::check_browser_request`
/// runs in the `Caller` extractor, which this handler does not use): it is by design a cross-site HTML form POST
/// from Apple's page, which can send neither. It is safe without them because it changes nothing on its own: it
/// only parks what Apple sent on the intent that the single-use, unguessable `state` names (an Apple intent still
/// waiting for its answer) and redirects. The code is redeemed, and the login completed, only by the GET that
/// follows, which checks the browser binding cookie (a SameSite=Lax cookie is not sent with the cross-site POST,
/// but is with the top-level GET the 303 turns it into) exactly as for every other provider.
pub async fn form_post(State(state): State<AppState>, body: Bytes) -> Response {
    match park(&state, &body).await {
        Ok(response) => response,
        Err(e) => {
            tracing::error!(error = %e, "Apple form_post callback failed");
            plain(StatusCode::INTERNAL_SERVER_ERROR, "The login with the identity provider failed.")
        }
    }
}

async fn park(state: &AppState, body: &[u8]) -> Result<Response> {
    let mut fields = form_fields(body);
    let Some(oauth_state) = fields.remove("state").filter(|s| !s.is_empty()) else {
        return Ok(plain(StatusCode::BAD_REQUEST, "The identity provider's answer has no state."));
    };
    let posted = Posted {
        code: fields.remove("code").filter(|c| !c.is_empty()),
        user: fields.remove("user").filter(|u| !u.is_empty()),
        error: fields.remove("error").filter(|e| !e.is_empty()),
        error_description: fields.remove("error_description"),
    };
    if posted.user.as_ref().is_some_and(|u| u.len() > MAX_USER_FIELD)
        || posted.code.as_ref().is_some_and(|c| c.len() > MAX_USER_FIELD)
    {
        return Ok(plain(StatusCode::BAD_REQUEST, "The identity provider's answer is too large."));
    }
    // Only an Apple intent still waiting for its answer takes a form POST; everything else answers by GET.
    let row = sqlx::query(
        "SELECT i.id, i.expires_at FROM idp_intents i JOIN idps p ON p.id = i.idp_id
         WHERE i.state_hash = $1 AND i.status = 'started' AND p.provider_type = $2",
    )
    .bind(token_hash(&oauth_state))
    .bind(i64::from(ProviderType::Apple.number()))
    .fetch_optional(&state.db.read)
    .await?;
    let unknown =
        || plain(StatusCode::BAD_REQUEST, "This login with the identity provider is unknown or already used.");
    let Some(row) = row else { return Ok(unknown()) };
    let id: String = row.try_get("id")?;
    if from_db(row.try_get("expires_at")?)? <= state.now() {
        return Ok(unknown());
    }
    let sealed = state.idp_key.seal(&id, &serde_json::to_vec(&posted)?)?;
    let parked =
        sqlx::query("UPDATE idp_intents SET status = 'posted', info = $1 WHERE id = $2 AND status = 'started'")
            .bind(sealed)
            .bind(&id)
            .execute(&state.db.write)
            .await?;
    if parked.rows_affected() != 1 {
        return Ok(unknown());
    }
    // 303: the browser follows with a GET, carrying only the state (the code stays on the server).
    let mut location = url::Url::parse(&callback_url(state)).map_err(|_| Error::internal("callback URL"))?;
    location.query_pairs_mut().append_pair("state", &oauth_state);
    let mut r = StatusCode::SEE_OTHER.into_response();
    let value = HeaderValue::from_str(location.as_str()).map_err(|_| Error::internal("callback URL header"))?;
    r.headers_mut().insert(header::LOCATION, value);
    r.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(r)
}

/// What an Apple intent's form POST left on it (`info` while its status is `posted`).
pub fn open_posted(state: &AppState, intent_id: &str, sealed: &str) -> Result<Posted> {
    Ok(serde_json::from_slice(&state.idp_key.open(intent_id, sealed)?)?)
}

#[cfg(test)]
pub mod tests {
    use super::*;
    use ring::signature::{KeyPair, UnparsedPublicKey, ECDSA_P256_SHA256_FIXED};

    /// A fresh P-256 key as a PKCS#8 PEM, like Apple's `.p8` files.
    pub fn p8() -> String {
        let der = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &SystemRandom::new()).unwrap();
        let b64 = STANDARD.encode(der.as_ref());
        let lines: Vec<&str> = b64.as_bytes().chunks(64).map(|c| std::str::from_utf8(c).unwrap()).collect();
        format!("-----BEGIN PRIVATE KEY-----\n{}\n-----END PRIVATE KEY-----\n", lines.join("\n"))
    }

    #[test]
    fn the_client_secret_is_an_es256_jwt_for_apple() {
        let pem = p8();
        let now = chrono::DateTime::from_timestamp(1_700_000_000, 0).unwrap();
        let jwt = client_secret(&pem, "TEAM123456", "KEY1234567", "com.example.web", now).unwrap();
        let parts: Vec<&str> = jwt.split('.').collect();
        assert_eq!(parts.len(), 3);
        let header: serde_json::Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(parts[0]).unwrap()).unwrap();
        assert_eq!(header["alg"], "ES256");
        assert_eq!(header["kid"], "KEY1234567");
        let claims: serde_json::Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(parts[1]).unwrap()).unwrap();
        assert_eq!(
            claims,
            json!({"iss": "TEAM123456", "sub": "com.example.web", "aud": "https://appleid.apple.com",
                   "iat": 1_700_000_000, "exp": 1_700_000_300})
        );
        let public = signing_key(&pem).unwrap().public_key().as_ref().to_vec();
        let signature = URL_SAFE_NO_PAD.decode(parts[2]).unwrap();
        let message = format!("{}.{}", parts[0], parts[1]);
        assert!(UnparsedPublicKey::new(&ECDSA_P256_SHA256_FIXED, &public)
            .verify(message.as_bytes(), &signature)
            .is_ok());
        let other = signing_key(&p8()).unwrap().public_key().as_ref().to_vec();
        assert!(UnparsedPublicKey::new(&ECDSA_P256_SHA256_FIXED, &other)
            .verify(message.as_bytes(), &signature)
            .is_err());
    }

    #[test]
    fn only_p256_pkcs8_pem_keys_are_accepted() {
        assert!(signing_key(&p8()).is_ok());
        assert!(signing_key("-----BEGIN PRIVATE KEY-----\nMIG...\n-----END PRIVATE KEY-----").is_err());
        assert!(signing_key("junk").is_err());
        assert!(client_secret("junk", "t", "k", "c", chrono::Utc::now()).is_err());
    }

    #[test]
    fn the_user_field_gives_the_names_only() {
        let names = parse_user(Some(
            r#"{"name":{"firstName":" Grace ","lastName":"Hopper"},"email":"someone-else@example.com"}"#,
        ))
        .unwrap();
        assert_eq!(names, Names { first: Some("Grace".into()), last: Some("Hopper".into()) });
        assert_eq!(parse_user(None).unwrap(), Names::default());
        assert_eq!(parse_user(Some(r#"{"email":"x@example.com"}"#)).unwrap(), Names::default());
        assert!(parse_user(Some("{not json")).is_err());
        let claims = json!({"sub": "001.abc", "email": "g@privaterelay.appleid.com", "email_verified": "true",
                            "is_private_email": "true"});
        let u = to_user(claims.as_object().unwrap().clone(), names).unwrap();
        assert_eq!(u.id, "001.abc");
        assert_eq!(u.user_name, "g@privaterelay.appleid.com");
        assert!(u.email_verified, "Apple sends email_verified as a string");
        assert_eq!((u.given_name.as_deref(), u.family_name.as_deref()), (Some("Grace"), Some("Hopper")));
        assert_eq!(u.display_name.as_deref(), Some("Grace Hopper"));
        let later = to_user(json!({"sub": "001.abc"}).as_object().unwrap().clone(), Names::default()).unwrap();
        assert_eq!((later.user_name.as_str(), later.given_name, later.display_name), ("001.abc", None, None));
    }

    #[test]
    fn the_test_base_url_must_be_loopback() {
        assert_eq!(base_url(None).unwrap(), "https://appleid.apple.com");
        let local = url::Url::parse("http://127.0.0.1:4000/").unwrap();
        assert_eq!(base_url(Some(&local)).unwrap(), "http://127.0.0.1:4000");
        for bad in ["https://appleid.example.com", "http://10.0.0.1:80", "ftp://127.0.0.1/"] {
            assert!(base_url(Some(&url::Url::parse(bad).unwrap())).is_err(), "{bad}");
        }
        let ep = endpoints("http://127.0.0.1:4000");
        assert_eq!(ep.token, "http://127.0.0.1:4000/auth/token");
        assert_eq!(ep.keys, "http://127.0.0.1:4000/auth/keys");
    }
}
