//! Talking to a provider: OpenID discovery, the authorization URL, the code exchange, ID token verification
//! against the provider's JWKS (signature, issuer, audience, nonce, expiry) and the OAuth user endpoint.
//!
//! Signatures are checked with `ring` (already built for rustls and used for our own tokens): RS256/384/512,
//! PS256/384/512, ES256/384 and EdDSA. `none` and HMAC algorithms are refused: an ID token must be signed by the
//! provider's published keys.

use std::sync::OnceLock;
use std::time::Duration;

use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;
use ring::signature::{self, UnparsedPublicKey};
use serde::Deserialize;
use serde_json::{Map, Value};

use crate::clock::Timestamp;

/// Why a provider round trip failed; shown to the failure page as `error` (an OAuth-style code) and logged.
#[derive(Debug)]
pub struct UpstreamError {
    pub code: &'static str,
    pub detail: String,
}

impl UpstreamError {
    pub fn new(code: &'static str, detail: impl Into<String>) -> Self {
        UpstreamError { code, detail: detail.into() }
    }
}

pub type UpResult<T> = std::result::Result<T, UpstreamError>;

/// Allowed clock difference with the provider.
const LEEWAY_SECS: i64 = 60;

fn client() -> &'static reqwest::Client {
    static CLIENT: OnceLock<reqwest::Client> = OnceLock::new();
    CLIENT.get_or_init(|| {
        reqwest::Client::builder()
            .timeout(Duration::from_secs(10))
            // Endpoints come from an admin's configuration or the provider's discovery document; following a
            // redirect would let either point the server somewhere else than what was checked.
            .redirect(reqwest::redirect::Policy::none())
            .user_agent("Gatehouse")
            .build()
            .unwrap_or_default()
    })
}

async fn get_json(url: &str, bearer: Option<&str>) -> UpResult<Value> {
    let mut rb = client().get(url).header("accept", "application/json");
    if let Some(token) = bearer {
        rb = rb.bearer_auth(token);
    }
    let response = rb.send().await.map_err(|e| UpstreamError::new("server_error", format!("GET {url}: {e}")))?;
    let status = response.status();
    let body =
        read_limited(response).await.map_err(|e| UpstreamError::new("server_error", format!("GET {url}: {e}")))?;
    if !status.is_success() {
        return Err(UpstreamError::new("server_error", format!("GET {url}: HTTP {status}")));
    }
    serde_json::from_slice(&body).map_err(|e| UpstreamError::new("server_error", format!("GET {url}: not JSON: {e}")))
}

/// The most a provider's answer (discovery, keys, tokens, user info) may be: far above any real one, and a bound
/// on what a misbehaving provider can make the server buffer.
const MAX_BODY: usize = 1 << 20;

async fn read_limited(mut response: reqwest::Response) -> Result<Vec<u8>, String> {
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(|e| e.to_string())? {
        if body.len() + chunk.len() > MAX_BODY {
            return Err(format!("the answer is larger than {MAX_BODY} bytes"));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// An endpoint the browser or the server will be sent to: an absolute http(s) URL, nothing else (a
/// `javascript:` authorization endpoint would otherwise reach the SPA's `location.assign`). Plain http only on
/// loopback hosts or when the issuer itself is plain http (which only the test mode configures elsewhere): an
/// https provider cannot send codes and tokens over plain http.
fn web_url(name: &str, value: &str, issuer_is_http: bool) -> UpResult<()> {
    match url::Url::parse(value) {
        Ok(url) if url.host().is_some() && url.scheme() == "https" => Ok(()),
        Ok(url) if url.host().is_some() && url.scheme() == "http" => {
            if issuer_is_http || super::config::is_loopback(&url) {
                Ok(())
            } else {
                Err(UpstreamError::new("server_error", format!("discovery document: {name} is not https")))
            }
        }
        _ => Err(UpstreamError::new("server_error", format!("discovery document: {name} is not an http(s) URL"))),
    }
}

#[derive(Clone, Debug, Deserialize)]
pub struct Discovery {
    pub issuer: String,
    pub authorization_endpoint: String,
    pub token_endpoint: String,
    #[serde(default)]
    pub userinfo_endpoint: Option<String>,
    pub jwks_uri: String,
    #[serde(default)]
    pub token_endpoint_auth_methods_supported: Vec<String>,
    /// RFC 9207: the provider names itself in `iss` on every authorization response, so its absence is an attack.
    #[serde(default)]
    pub authorization_response_iss_parameter_supported: bool,
}

/// How long a provider's discovery document and keys are reused: providers publish new keys before they sign with
/// them, and an ID token with a `kid` not in the cached set refetches the keys once ([`jwks_for`]).
const CACHE_TTL: Duration = Duration::from_secs(600);
const CACHE_MAX_ENTRIES: usize = 1000;

type Cache = std::sync::Mutex<std::collections::HashMap<String, (std::time::Instant, Value)>>;

/// Discovery documents and JWKS by URL, process-wide: they are public documents, the same for every instance.
fn cache() -> &'static Cache {
    static CACHE: OnceLock<Cache> = OnceLock::new();
    CACHE.get_or_init(Default::default)
}

fn cached(url: &str) -> Option<Value> {
    let map = cache().lock().unwrap_or_else(|p| p.into_inner());
    map.get(url).filter(|(at, _)| at.elapsed() < CACHE_TTL).map(|(_, v)| v.clone())
}

fn remember(url: &str, value: &Value) {
    let mut map = cache().lock().unwrap_or_else(|p| p.into_inner());
    if map.len() >= CACHE_MAX_ENTRIES {
        map.retain(|_, (at, _)| at.elapsed() < CACHE_TTL);
        if map.len() >= CACHE_MAX_ENTRIES {
            map.clear();
        }
    }
    map.insert(url.to_owned(), (std::time::Instant::now(), value.clone()));
}

/// `url`'s JSON from the cache, or fetched (and cached only when it was good: `check` passes).
async fn get_cached<T>(url: &str, check: impl Fn(Value) -> UpResult<T>) -> UpResult<T> {
    if let Some(v) = cached(url) {
        if let Ok(t) = check(v) {
            return Ok(t);
        }
    }
    let v = get_json(url, None).await?;
    let t = check(v.clone())?;
    remember(url, &v);
    Ok(t)
}

pub async fn discover(issuer: &str) -> UpResult<Discovery> {
    let url = format!("{}/.well-known/openid-configuration", issuer.trim_end_matches('/'));
    get_cached(&url, |v| checked_discovery(issuer, v)).await
}

fn checked_discovery(issuer: &str, v: Value) -> UpResult<Discovery> {
    let doc: Discovery = serde_json::from_value(v)
        .map_err(|e| UpstreamError::new("server_error", format!("discovery document of {issuer}: {e}")))?;
    // OpenID Connect Discovery §4.3: the document must name the issuer it was fetched for.
    if !discovery_names(&doc.issuer, issuer) {
        return Err(UpstreamError::new(
            "server_error",
            format!("discovery issuer {:?} is not the configured {issuer:?}", doc.issuer),
        ));
    }
    let http = issuer.starts_with("http:");
    web_url("authorization_endpoint", &doc.authorization_endpoint, http)?;
    web_url("token_endpoint", &doc.token_endpoint, http)?;
    web_url("jwks_uri", &doc.jwks_uri, http)?;
    if let Some(userinfo) = &doc.userinfo_endpoint {
        web_url("userinfo_endpoint", userinfo, http)?;
    }
    Ok(doc)
}

/// Whether a discovery document's `issuer` names the configured one. Azure AD's multi-tenant documents (`common`,
/// `organizations`, `consumers`) name a template, `https://login.microsoftonline.com/{tenantid}/v2.0`: each ID
/// token's `iss` then has the signing tenant there, which the token check accepts for those issuers.
fn discovery_names(document: &str, configured: &str) -> bool {
    let (document, configured) = (document.trim_end_matches('/'), configured.trim_end_matches('/'));
    if document == configured {
        return true;
    }
    let Some((pre, suf)) = document.split_once("{tenantid}") else { return false };
    configured
        .strip_prefix(pre)
        .and_then(|rest| rest.strip_suffix(suf))
        .is_some_and(|tenant| matches!(tenant, "common" | "organizations" | "consumers"))
}

/// How the client authenticates at the token endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClientAuth {
    Basic,
    Post,
}

impl ClientAuth {
    /// `client_secret_basic` unless the provider lists only `client_secret_post` (RFC 8414 default is basic).
    pub fn for_methods(methods: &[String]) -> ClientAuth {
        let has = |m: &str| methods.iter().any(|x| x == m);
        if !methods.is_empty() && !has("client_secret_basic") && has("client_secret_post") {
            ClientAuth::Post
        } else {
            ClientAuth::Basic
        }
    }
}

pub struct TokenRequest<'a> {
    pub token_endpoint: &'a str,
    pub code: &'a str,
    pub redirect_uri: &'a str,
    pub client_id: &'a str,
    pub client_secret: Option<&'a str>,
    pub code_verifier: Option<&'a str>,
    pub auth: ClientAuth,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Tokens {
    pub access_token: String,
    #[serde(default)]
    pub id_token: Option<String>,
}

fn form_escape(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

pub async fn exchange(req: TokenRequest<'_>) -> UpResult<Tokens> {
    // Built before any await: the serializer is not Send.
    let (body, basic) = {
        let mut form = form_urlencoded::Serializer::new(String::new());
        form.append_pair("grant_type", "authorization_code");
        form.append_pair("code", req.code);
        form.append_pair("redirect_uri", req.redirect_uri);
        if let Some(v) = req.code_verifier {
            form.append_pair("code_verifier", v);
        }
        let basic = match (req.auth, req.client_secret) {
            // RFC 6749 §2.3.1: both parts form-urlencoded before base64.
            (ClientAuth::Basic, Some(secret)) => {
                Some(format!("{}:{}", form_escape(req.client_id), form_escape(secret)))
            }
            (_, secret) => {
                form.append_pair("client_id", req.client_id);
                if let Some(s) = secret {
                    form.append_pair("client_secret", s);
                }
                None
            }
        };
        (form.finish(), basic)
    };
    let mut rb = client()
        .post(req.token_endpoint)
        .header("accept", "application/json")
        .header("content-type", "application/x-www-form-urlencoded");
    if let Some(pair) = basic {
        rb = rb.header("authorization", format!("Basic {}", STANDARD.encode(pair)));
    }
    let response =
        rb.body(body).send().await.map_err(|e| UpstreamError::new("server_error", format!("token endpoint: {e}")))?;
    let status = response.status();
    let body =
        read_limited(response).await.map_err(|e| UpstreamError::new("server_error", format!("token endpoint: {e}")))?;
    let value: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    if !status.is_success() {
        let error = value.get("error").and_then(Value::as_str).unwrap_or("unknown");
        return Err(UpstreamError::new("access_denied", format!("token endpoint answered HTTP {status}: {error}")));
    }
    serde_json::from_value(value).map_err(|e| UpstreamError::new("server_error", format!("token response: {e}")))
}

/// What an ID token must say (OpenID Connect Core §3.1.3.7).
pub struct Expect<'a> {
    pub issuer: &'a str,
    /// Multi-tenant providers: `iss` is `prefix + tenant + suffix`.
    pub issuer_prefix: Option<&'a (String, String)>,
    pub client_id: &'a str,
    pub nonce: &'a str,
    pub now: Timestamp,
}

fn b64(part: &str) -> UpResult<Vec<u8>> {
    URL_SAFE_NO_PAD
        .decode(part.trim_end_matches('='))
        .map_err(|_| UpstreamError::new("invalid_token", "ID token is not base64url"))
}

/// The token response's ID token, verified with the provider's keys at `jwks_uri` against `expect`: the token and
/// its claims.
pub async fn verified_id_token(
    tokens: &Tokens,
    jwks_uri: &str,
    expect: &Expect<'_>,
) -> UpResult<(String, Map<String, Value>)> {
    let id_token = tokens.id_token.clone().ok_or_else(|| UpstreamError::new("invalid_token", "no ID token"))?;
    let keys = jwks_for(jwks_uri, &id_token).await?;
    let claims = verify_id_token(&id_token, &keys, expect)?;
    Ok((id_token, claims))
}

/// Verifies `jwt` with a key of `jwks` and checks its claims; returns the claims.
pub fn verify_id_token(jwt: &str, jwks: &Value, expect: &Expect<'_>) -> UpResult<Map<String, Value>> {
    let claims = verify_signature(jwt, jwks)?;
    check_claims(&claims, expect)?;
    Ok(claims)
}

/// A JWT IdP's token (ZITADEL `generic_jwt`: a proxy in front of the login puts it in a header): signed by a key of
/// `jwks`, from `issuer`, unexpired, with a subject. It names no audience or nonce of ours (the proxy's token is
/// not issued for this login), so the intent's state and browser binding are what tie it to one login.
pub fn verify_jwt_idp_token(jwt: &str, jwks: &Value, issuer: &str, now: Timestamp) -> UpResult<Map<String, Value>> {
    let bad = |m: String| Err(UpstreamError::new("invalid_token", m));
    let claims = verify_signature(jwt, jwks)?;
    let iss = claims.get("iss").and_then(Value::as_str).unwrap_or_default();
    if !issuer_matches(iss, issuer, None) {
        return bad(format!("token issuer {iss:?} is not {issuer:?}"));
    }
    check_times(&claims, now)?;
    if claims.get("sub").and_then(Value::as_str).is_none_or(str::is_empty) {
        return bad("token has no subject".into());
    }
    Ok(claims)
}

/// The claims of `jwt` once its signature verifies with a key of `jwks` (matching `kid` when it names one).
fn verify_signature(jwt: &str, jwks: &Value) -> UpResult<Map<String, Value>> {
    let bad = |m: &str| UpstreamError::new("invalid_token", m.to_owned());
    let parts: Vec<&str> = jwt.split('.').collect();
    let [h, p, s] = parts.as_slice() else { return Err(bad("ID token is not a signed JWT")) };
    let header: Value = serde_json::from_slice(&b64(h)?).map_err(|_| bad("ID token header is not JSON"))?;
    let alg = header.get("alg").and_then(Value::as_str).unwrap_or_default();
    let kid = header.get("kid").and_then(Value::as_str);
    let keys = jwks.get("keys").and_then(Value::as_array).ok_or_else(|| bad("the provider's JWKS has no keys"))?;
    let candidates: Vec<&Value> = keys
        .iter()
        .filter(|k| kid.is_none_or(|kid| k.get("kid").and_then(Value::as_str) == Some(kid)))
        .filter(|k| k.get("use").and_then(Value::as_str).is_none_or(|u| u == "sig"))
        .collect();
    let message = format!("{h}.{p}");
    let signature = b64(s)?;
    let verified = candidates.iter().any(|key| verify_with(alg, key, message.as_bytes(), &signature).unwrap_or(false));
    if !verified {
        return Err(bad(&format!("ID token signature does not verify (alg {alg:?}, kid {kid:?})")));
    }
    serde_json::from_slice(&b64(p)?).map_err(|_| bad("ID token claims are not JSON"))
}

fn verify_with(alg: &str, key: &Value, message: &[u8], sig: &[u8]) -> UpResult<bool> {
    let field = |name: &str| key.get(name).and_then(Value::as_str).map(b64).transpose();
    let kty = key.get("kty").and_then(Value::as_str).unwrap_or_default();
    let rsa = |params: &'static signature::RsaParameters| -> UpResult<bool> {
        if kty != "RSA" {
            return Ok(false);
        }
        let (Some(n), Some(e)) = (field("n")?, field("e")?) else { return Ok(false) };
        Ok(signature::RsaPublicKeyComponents { n: &n, e: &e }.verify(params, message, sig).is_ok())
    };
    let ec = |alg: &'static signature::EcdsaVerificationAlgorithm, crv: &str| -> UpResult<bool> {
        if kty != "EC" || key.get("crv").and_then(Value::as_str) != Some(crv) {
            return Ok(false);
        }
        let (Some(x), Some(y)) = (field("x")?, field("y")?) else { return Ok(false) };
        let mut point = vec![4u8];
        point.extend_from_slice(&x);
        point.extend_from_slice(&y);
        Ok(UnparsedPublicKey::new(alg, &point).verify(message, sig).is_ok())
    };
    match alg {
        "RS256" => rsa(&signature::RSA_PKCS1_2048_8192_SHA256),
        "RS384" => rsa(&signature::RSA_PKCS1_2048_8192_SHA384),
        "RS512" => rsa(&signature::RSA_PKCS1_2048_8192_SHA512),
        "PS256" => rsa(&signature::RSA_PSS_2048_8192_SHA256),
        "PS384" => rsa(&signature::RSA_PSS_2048_8192_SHA384),
        "PS512" => rsa(&signature::RSA_PSS_2048_8192_SHA512),
        "ES256" => ec(&signature::ECDSA_P256_SHA256_FIXED, "P-256"),
        "ES384" => ec(&signature::ECDSA_P384_SHA384_FIXED, "P-384"),
        "EdDSA" => {
            if kty != "OKP" || key.get("crv").and_then(Value::as_str) != Some("Ed25519") {
                return Ok(false);
            }
            let Some(x) = field("x")? else { return Ok(false) };
            Ok(UnparsedPublicKey::new(&signature::ED25519, &x).verify(message, sig).is_ok())
        }
        _ => Ok(false),
    }
}

/// Whether `iss` names the provider configured as `issuer` (for multi-tenant providers: any tenant's issuer).
pub fn issuer_matches(iss: &str, issuer: &str, issuer_prefix: Option<&(String, String)>) -> bool {
    iss.trim_end_matches('/') == issuer.trim_end_matches('/')
        || issuer_prefix.is_some_and(|(pre, suf)| {
            iss.strip_prefix(pre.as_str())
                .and_then(|rest| rest.strip_suffix(suf.as_str()))
                .is_some_and(|tenant| !tenant.is_empty() && !tenant.contains('/'))
        })
}

pub fn check_claims(claims: &Map<String, Value>, expect: &Expect<'_>) -> UpResult<()> {
    let bad = |m: String| Err(UpstreamError::new("invalid_token", m));
    let iss = claims.get("iss").and_then(Value::as_str).unwrap_or_default();
    if !issuer_matches(iss, expect.issuer, expect.issuer_prefix) {
        return bad(format!("ID token issuer {iss:?} is not {:?}", expect.issuer));
    }
    let aud_ok = match claims.get("aud") {
        Some(Value::String(a)) => a == expect.client_id,
        Some(Value::Array(list)) => list.iter().any(|a| a.as_str() == Some(expect.client_id)),
        _ => false,
    };
    if !aud_ok {
        return bad("ID token is not for this client (aud)".into());
    }
    // With several audiences, azp names the party it was issued to (Core §3.1.3.7 items 4-5).
    if let Some(azp) = claims.get("azp").and_then(Value::as_str) {
        if azp != expect.client_id {
            return bad("ID token was issued to another party (azp)".into());
        }
    }
    check_times(claims, expect.now)?;
    // The nonce ties the token to this intent: a token from another login cannot be replayed here.
    let nonce = claims.get("nonce").and_then(Value::as_str).unwrap_or_default();
    if !crate::crypto::constant_time_eq(nonce, expect.nonce) {
        return bad("ID token nonce does not match this login".into());
    }
    if claims.get("sub").and_then(Value::as_str).is_none_or(str::is_empty) {
        return bad("ID token has no subject".into());
    }
    Ok(())
}

/// The provider's keys for verifying `jwt`: cached, refetched once when the token's `kid` is not among them (the
/// provider rotated its keys).
fn check_times(claims: &Map<String, Value>, now: Timestamp) -> UpResult<()> {
    let bad = |m: &str| Err(UpstreamError::new("invalid_token", m.to_owned()));
    let now = now.timestamp();
    match claims.get("exp").and_then(Value::as_i64) {
        Some(exp) if exp + LEEWAY_SECS > now => {}
        _ => return bad("ID token has expired"),
    }
    if claims.get("iat").and_then(Value::as_i64).is_some_and(|iat| iat > now + LEEWAY_SECS) {
        return bad("ID token is issued in the future");
    }
    Ok(())
}

pub async fn jwks_for(uri: &str, jwt: &str) -> UpResult<Value> {
    let keys = get_cached(uri, Ok).await?;
    if knows_kid(&keys, jwt) {
        return Ok(keys);
    }
    let fresh = get_json(uri, None).await?;
    remember(uri, &fresh);
    Ok(fresh)
}

/// Whether `jwks` has a key for `jwt`'s `kid` (a token without `kid` can only be tried against all of them).
fn knows_kid(jwks: &Value, jwt: &str) -> bool {
    let header = jwt.split('.').next().and_then(|h| b64(h).ok()).and_then(|h| serde_json::from_slice::<Value>(&h).ok());
    let Some(kid) = header.as_ref().and_then(|h| h.get("kid")).and_then(Value::as_str) else { return true };
    jwks.get("keys")
        .and_then(Value::as_array)
        .is_some_and(|keys| keys.iter().any(|k| k.get("kid").and_then(Value::as_str) == Some(kid)))
}

pub async fn user_info(url: &str, access_token: &str) -> UpResult<Map<String, Value>> {
    match get_json(url, Some(access_token)).await? {
        Value::Object(map) => Ok(map),
        _ => Err(UpstreamError::new("server_error", "the user endpoint did not answer a JSON object")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn discovered_endpoints_must_be_web_urls() {
        assert!(web_url("x", "https://idp.example/authorize", false).is_ok());
        assert!(web_url("x", "http://127.0.0.1:8080/oauth/v2/authorize", false).is_ok());
        assert!(web_url("x", "http://idp.example/token", false).is_err(), "an https issuer's endpoint over http");
        assert!(web_url("x", "http://idp.example/token", true).is_ok(), "an http issuer (test mode)");
        for bad in ["javascript:alert(1)//", "data:text/html,hi", "file:///etc/passwd", "/relative", ""] {
            assert!(web_url("x", bad, true).is_err(), "{bad}");
        }
    }

    fn claims(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    #[test]
    fn id_token_claims_must_match_issuer_audience_nonce_and_time() {
        let now = chrono::DateTime::from_timestamp(1_700_000_000, 0).unwrap();
        let expect = Expect { issuer: "https://idp.example", issuer_prefix: None, client_id: "c", nonce: "n", now };
        let good = json!({"iss": "https://idp.example/", "aud": ["c", "other"], "azp": "c", "exp": 1_700_000_100,
                          "iat": 1_700_000_000, "nonce": "n", "sub": "42"});
        assert!(check_claims(&claims(good.clone()), &expect).is_ok());
        for (field, value) in [
            ("iss", json!("https://evil.example")),
            ("aud", json!("other")),
            ("azp", json!("other")),
            ("exp", json!(1_699_999_000)),
            ("iat", json!(1_700_001_000)),
            ("nonce", json!("m")),
            ("sub", json!("")),
        ] {
            let mut c = claims(good.clone());
            c.insert(field.into(), value);
            assert!(check_claims(&c, &expect).is_err(), "{field}");
        }
        let mut c = claims(good.clone());
        c.remove("nonce");
        assert!(check_claims(&c, &expect).is_err(), "a missing nonce");
        let tenants = ("https://login.microsoftonline.com/".to_owned(), "/v2.0".to_owned());
        let azure =
            Expect { issuer_prefix: Some(&tenants), issuer: "https://login.microsoftonline.com/common/v2.0", ..expect };
        let mut c = claims(good);
        c.insert("iss".into(), json!("https://login.microsoftonline.com/9188040d-6c67/v2.0"));
        assert!(check_claims(&c, &azure).is_ok());
        c.insert("iss".into(), json!("https://login.microsoftonline.com/a/b/v2.0"));
        assert!(check_claims(&c, &azure).is_err());
    }

    #[test]
    fn unsigned_and_hmac_tokens_are_refused() {
        let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"none"}"#);
        let body = URL_SAFE_NO_PAD.encode(br#"{"sub":"1"}"#);
        let jwks = json!({"keys": [{"kty": "oct", "k": "c2VjcmV0"}]});
        let now = chrono::Utc::now();
        let expect = Expect { issuer: "i", issuer_prefix: None, client_id: "c", nonce: "n", now };
        assert!(verify_id_token(&format!("{header}.{body}."), &jwks, &expect).is_err());
        let hs = URL_SAFE_NO_PAD.encode(br#"{"alg":"HS256"}"#);
        assert!(verify_id_token(&format!("{hs}.{body}.AAAA"), &jwks, &expect).is_err());
    }

    #[test]
    fn azure_multi_tenant_discovery_names_a_tenant_template() {
        let template = "https://login.microsoftonline.com/{tenantid}/v2.0";
        assert!(discovery_names(template, "https://login.microsoftonline.com/common/v2.0"));
        assert!(discovery_names(template, "https://login.microsoftonline.com/organizations/v2.0"));
        assert!(!discovery_names(template, "https://login.microsoftonline.com/contoso.example/v2.0"));
        assert!(!discovery_names(template, "https://evil.example/common/v2.0"));
        assert!(discovery_names("https://idp.example/", "https://idp.example"));
        assert!(!discovery_names("https://idp.example/a", "https://idp.example"));
    }

    #[test]
    fn an_unknown_kid_is_noticed() {
        let jwks = json!({"keys": [{"kid": "a"}, {"kid": "b"}]});
        let token = |header: &str| format!("{}.e30.sig", URL_SAFE_NO_PAD.encode(header));
        assert!(knows_kid(&jwks, &token(r#"{"alg":"RS256","kid":"b"}"#)));
        assert!(!knows_kid(&jwks, &token(r#"{"alg":"RS256","kid":"c"}"#)));
        assert!(knows_kid(&jwks, &token(r#"{"alg":"RS256"}"#)), "no kid: try the keys there are");
        assert!(!knows_kid(&json!({}), &token(r#"{"kid":"a"}"#)));
    }

    #[test]
    fn client_auth_prefers_basic() {
        assert_eq!(ClientAuth::for_methods(&[]), ClientAuth::Basic);
        assert_eq!(ClientAuth::for_methods(&["client_secret_post".into()]), ClientAuth::Post);
        assert_eq!(
            ClientAuth::for_methods(&["client_secret_post".into(), "client_secret_basic".into()]),
            ClientAuth::Basic
        );
    }
}
