//! A stand-in for Sign in with Apple, for tests (the real one cannot be reached from here): the server under test
//! is started with `--apple-test-base-url <this mock>` and talks to it as it would to `https://appleid.apple.com`.
//!
//! - `GET /auth/authorize` checks the request (client id, `response_mode=form_post`, redirect URI, state, nonce)
//!   and serves a page with a plain HTML form that POSTs `code`, `state` and, on the first authorization only, the
//!   `user` JSON to the redirect URI (cross-site, as Apple's page does); a second form cancels
//!   (`error=user_cancelled_authorize`).
//! - `POST /auth/token` verifies the client secret JWT as Apple does (ES256 with the provider's public key; `kid`,
//!   `iss` = team id, `sub` = client id, `aud` = `https://appleid.apple.com`, `exp`), the single-use code, its
//!   client and redirect URI, and answers an ID token it signs with its own P-256 key (Apple signs RS256; ES256
//!   exercises the same JWKS path and needs no RSA key generation).
//! - `GET /auth/keys` publishes that key.
//!
//! [`Fault`] makes the next ID tokens wrong in one way, for the refusal tests.
//!
//! Shared by the browser tests (this crate) and the server's API tests (`#[path]`-included there), so it uses only
//! crates both have: axum, ring, base64, serde_json, tokio, url.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{SystemTime, UNIX_EPOCH};

use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;
use ring::rand::{SecureRandom, SystemRandom};
use ring::signature::{
    EcdsaKeyPair, KeyPair, UnparsedPublicKey, ECDSA_P256_SHA256_FIXED, ECDSA_P256_SHA256_FIXED_SIGNING,
};
use serde_json::{json, Value};

/// The audience Apple requires in client secrets, whatever base URL the mock runs on.
pub const APPLE_AUDIENCE: &str = "https://appleid.apple.com";
pub const CLIENT_ID: &str = "com.example.gatehouse.web";
pub const TEAM_ID: &str = "TEAM123456";
pub const KEY_ID: &str = "KEY1234567";
/// The `kid` of the mock's ID token signing key.
pub const SIGNING_KID: &str = "mock-apple-1";

/// One way the next ID tokens are wrong.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Fault {
    #[default]
    None,
    /// Signed by another key under the published `kid`.
    BadSignature,
    WrongAudience,
    WrongIssuer,
    WrongNonce,
}

/// The Apple account that signs in.
#[derive(Clone, Debug)]
pub struct Person {
    pub sub: String,
    pub email: String,
    pub first_name: String,
    pub last_name: String,
}

struct Grant {
    nonce: String,
    redirect_uri: String,
}

struct Shared {
    base: String,
    client_public: Vec<u8>,
    signing: EcdsaKeyPair,
    impostor: EcdsaKeyPair,
    person: Person,
    fault: Mutex<Fault>,
    codes: Mutex<HashMap<String, Grant>>,
    /// Whether the person authorized this client before (Apple then omits the `user` field).
    authorized_before: Mutex<bool>,
    /// Why token requests were refused, and how many were answered.
    refusals: Mutex<Vec<String>>,
    tokens_issued: Mutex<usize>,
}

pub struct MockApple {
    /// `http://127.0.0.1:PORT`: give it to the server as `--apple-test-base-url`.
    pub base: String,
    /// The provider's private key (`.p8` PEM) to configure with AddAppleProvider.
    pub private_key_pem: String,
    shared: Arc<Shared>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for MockApple {
    fn drop(&mut self) {
        self.task.abort();
    }
}

fn new_key() -> (Vec<u8>, EcdsaKeyPair) {
    let rng = SystemRandom::new();
    let der = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &rng).expect("P-256 key");
    let pair = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, der.as_ref(), &rng).expect("P-256 key");
    (der.as_ref().to_vec(), pair)
}

fn pem(der: &[u8]) -> String {
    let b64 = STANDARD.encode(der);
    let lines: Vec<String> = b64.as_bytes().chunks(64).map(|c| String::from_utf8_lossy(c).into_owned()).collect();
    format!("-----BEGIN PRIVATE KEY-----\n{}\n-----END PRIVATE KEY-----\n", lines.join("\n"))
}

fn now() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or_default()
}

fn random(n: usize) -> String {
    let mut bytes = vec![0u8; n];
    SystemRandom::new().fill(&mut bytes).expect("random bytes");
    URL_SAFE_NO_PAD.encode(bytes)
}

impl MockApple {
    /// Starts the mock on 127.0.0.1 with `person` as the Apple account that signs in.
    pub async fn start(person: Person) -> MockApple {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind the mock Apple");
        let base = format!("http://127.0.0.1:{}", listener.local_addr().expect("address").port());
        let (client_der, client_pair) = new_key();
        let shared = Arc::new(Shared {
            base: base.clone(),
            client_public: client_pair.public_key().as_ref().to_vec(),
            signing: new_key().1,
            impostor: new_key().1,
            person,
            fault: Mutex::new(Fault::None),
            codes: Mutex::new(HashMap::new()),
            authorized_before: Mutex::new(false),
            refusals: Mutex::new(Vec::new()),
            tokens_issued: Mutex::new(0),
        });
        let router = Router::new()
            .route("/auth/authorize", get(authorize))
            .route("/auth/token", post(token))
            .route("/auth/keys", get(keys))
            .with_state(shared.clone());
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, router).await;
        });
        MockApple { base, private_key_pem: pem(&client_der), shared, task }
    }

    /// The AddAppleProvider body for this mock (`privateKey` is bytes on the wire: base64).
    pub fn provider_body(&self, name: &str, options: Value) -> Value {
        json!({"name": name, "clientId": CLIENT_ID, "teamId": TEAM_ID, "keyId": KEY_ID,
               "privateKey": STANDARD.encode(&self.private_key_pem), "scopes": ["name", "email"],
               "providerOptions": options})
    }

    pub fn set_fault(&self, fault: Fault) {
        *self.shared.fault.lock().unwrap_or_else(|p| p.into_inner()) = fault;
    }

    /// Why token requests were refused so far.
    pub fn refusals(&self) -> Vec<String> {
        self.shared.refusals.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    pub fn tokens_issued(&self) -> usize {
        *self.shared.tokens_issued.lock().unwrap_or_else(|p| p.into_inner())
    }
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#39;")
}

fn html_unescape(s: &str) -> String {
    s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
}

fn bad_request(why: &str) -> Response {
    (StatusCode::BAD_REQUEST, format!("mock Apple: {why}")).into_response()
}

async fn authorize(State(s): State<Arc<Shared>>, RawQuery(query): RawQuery) -> Response {
    let q: HashMap<String, String> =
        url::form_urlencoded::parse(query.unwrap_or_default().as_bytes()).into_owned().collect();
    let field = |k: &str| q.get(k).map(String::as_str).unwrap_or_default();
    if field("client_id") != CLIENT_ID {
        return bad_request("invalid_client_id");
    }
    if field("response_type") != "code" {
        return bad_request("unsupported response_type");
    }
    // Apple: "response_mode must be form_post when name or email scope is requested".
    let scopes: Vec<&str> = field("scope").split(' ').collect();
    if (scopes.contains(&"name") || scopes.contains(&"email")) && field("response_mode") != "form_post" {
        return bad_request("response_mode must be form_post when name or email scope is requested");
    }
    let (redirect_uri, state, nonce) = (field("redirect_uri"), field("state"), field("nonce"));
    if redirect_uri.is_empty() || state.is_empty() || nonce.is_empty() {
        return bad_request("redirect_uri, state and nonce are required here");
    }
    let code = format!("c.{}", random(24));
    s.codes
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .insert(code.clone(), Grant { nonce: nonce.to_owned(), redirect_uri: redirect_uri.to_owned() });
    let first = {
        let mut before = s.authorized_before.lock().unwrap_or_else(|p| p.into_inner());
        !std::mem::replace(&mut *before, true)
    };
    let p = &s.person;
    let user = first
        .then(|| json!({"name": {"firstName": p.first_name, "lastName": p.last_name}, "email": p.email}).to_string());
    let hidden =
        |name: &str, value: &str| format!("<input type=\"hidden\" name=\"{name}\" value=\"{}\">\n", html_escape(value));
    let mut form = hidden("state", state) + &hidden("code", &code);
    if let Some(u) = &user {
        form += &hidden("user", u);
    }
    let action = html_escape(redirect_uri);
    let page = format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sign in with Apple (test)</title></head>\
         <body><main><h1>Sign in with Apple (test)</h1>\n\
         <form id=\"apple-form\" method=\"post\" action=\"{action}\">\n{form}\
         <button type=\"submit\" id=\"apple-continue\">Continue as {}</button></form>\n\
         <form id=\"apple-cancel-form\" method=\"post\" action=\"{action}\">\n{}{}\
         <button type=\"submit\" id=\"apple-cancel\">Cancel</button></form></main></body></html>\n",
        html_escape(&format!("{} {}", p.first_name, p.last_name)),
        hidden("state", state),
        hidden("error", "user_cancelled_authorize"),
    );
    ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], page).into_response()
}

/// The first form of a page [`authorize`] served: its action and fields (what the browser would POST).
pub fn form_of(page: &str) -> (String, Vec<(String, String)>) {
    let form = page.split("</form>").next().unwrap_or_default();
    let attr = |tag: &str, name: &str| {
        tag.split(&format!("{name}=\"")).nth(1).and_then(|rest| rest.split('"').next()).map(html_unescape)
    };
    let action = form.split("<form").nth(1).and_then(|f| attr(f, "action")).unwrap_or_default();
    let fields =
        form.split("<input").skip(1).filter_map(|tag| Some((attr(tag, "name")?, attr(tag, "value")?))).collect();
    (action, fields)
}

fn refuse(s: &Shared, error: &str, why: String) -> Response {
    s.refusals.lock().unwrap_or_else(|p| p.into_inner()).push(why);
    (StatusCode::BAD_REQUEST, axum::Json(json!({"error": error}))).into_response()
}

/// Apple's checks of the client secret JWT.
fn check_client_secret(s: &Shared, jwt: &str) -> Result<(), String> {
    let parts: Vec<&str> = jwt.split('.').collect();
    let [h, c, sig] = parts.as_slice() else { return Err("client_secret is not a JWT".into()) };
    let decode = |p: &str| -> Result<Value, String> {
        let bytes = URL_SAFE_NO_PAD.decode(p).map_err(|_| "not base64url".to_owned())?;
        serde_json::from_slice(&bytes).map_err(|_| "not JSON".to_owned())
    };
    let (header, claims) = (decode(h)?, decode(c)?);
    if header["alg"] != "ES256" || header["kid"] != KEY_ID {
        return Err(format!("client_secret header {header}"));
    }
    let signature = URL_SAFE_NO_PAD.decode(sig).map_err(|_| "signature not base64url".to_owned())?;
    UnparsedPublicKey::new(&ECDSA_P256_SHA256_FIXED, &s.client_public)
        .verify(format!("{h}.{c}").as_bytes(), &signature)
        .map_err(|_| "client_secret signature does not verify".to_owned())?;
    if claims["iss"] != TEAM_ID || claims["sub"] != CLIENT_ID || claims["aud"] != APPLE_AUDIENCE {
        return Err(format!("client_secret claims {claims}"));
    }
    let (iat, exp) = (claims["iat"].as_i64().unwrap_or(0), claims["exp"].as_i64().unwrap_or(0));
    if exp <= now() || iat > now() + 60 || exp - iat > 15_777_000 {
        return Err(format!("client_secret times iat {iat} exp {exp}"));
    }
    Ok(())
}

async fn token(State(s): State<Arc<Shared>>, body: Bytes) -> Response {
    let f: HashMap<String, String> = url::form_urlencoded::parse(&body).into_owned().collect();
    let field = |k: &str| f.get(k).map(String::as_str).unwrap_or_default();
    if field("grant_type") != "authorization_code" {
        return refuse(&s, "unsupported_grant_type", format!("grant_type {:?}", field("grant_type")));
    }
    if field("client_id") != CLIENT_ID {
        return refuse(&s, "invalid_client", format!("client_id {:?}", field("client_id")));
    }
    if let Err(why) = check_client_secret(&s, field("client_secret")) {
        return refuse(&s, "invalid_client", why);
    }
    let grant = s.codes.lock().unwrap_or_else(|p| p.into_inner()).remove(field("code"));
    let Some(grant) = grant else { return refuse(&s, "invalid_grant", "unknown or used code".into()) };
    if grant.redirect_uri != field("redirect_uri") {
        return refuse(&s, "invalid_grant", format!("redirect_uri {:?}", field("redirect_uri")));
    }
    let fault = *s.fault.lock().unwrap_or_else(|p| p.into_inner());
    let p = &s.person;
    let t = now();
    let claims = json!({
        "iss": if fault == Fault::WrongIssuer { APPLE_AUDIENCE } else { s.base.as_str() },
        "aud": if fault == Fault::WrongAudience { "com.example.other" } else { CLIENT_ID },
        "exp": t + 600, "iat": t, "auth_time": t, "sub": p.sub,
        "nonce": if fault == Fault::WrongNonce { "another-login".to_owned() } else { grant.nonce },
        "nonce_supported": true, "email": p.email, "email_verified": "true", "is_private_email": "false",
    });
    let header = json!({"alg": "ES256", "kid": SIGNING_KID});
    let message =
        format!("{}.{}", URL_SAFE_NO_PAD.encode(header.to_string()), URL_SAFE_NO_PAD.encode(claims.to_string()));
    let key = if fault == Fault::BadSignature { &s.impostor } else { &s.signing };
    let signature = key.sign(&SystemRandom::new(), message.as_bytes()).expect("sign");
    let id_token = format!("{message}.{}", URL_SAFE_NO_PAD.encode(signature.as_ref()));
    *s.tokens_issued.lock().unwrap_or_else(|p| p.into_inner()) += 1;
    axum::Json(json!({"access_token": format!("a.{}", random(16)), "token_type": "Bearer", "expires_in": 3600,
                      "refresh_token": format!("r.{}", random(16)), "id_token": id_token}))
    .into_response()
}

async fn keys(State(s): State<Arc<Shared>>) -> Response {
    let point = s.signing.public_key().as_ref();
    let (x, y) = (&point[1..33], &point[33..65]);
    axum::Json(json!({"keys": [{"kty": "EC", "crv": "P-256", "kid": SIGNING_KID, "use": "sig", "alg": "ES256",
                                "x": URL_SAFE_NO_PAD.encode(x), "y": URL_SAFE_NO_PAD.encode(y)}]}))
    .into_response()
}
