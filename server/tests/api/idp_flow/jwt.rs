//! ZITADEL's JWT IdP (`generic_jwt`) start to finish against a fake upstream: a "proxy" in the test holds an ES256
//! key, publishes it as a JWKS and sends the browser back to `/idps/jwt` with its JWT in the configured header.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use ring::rand::SystemRandom;
use ring::signature::{EcdsaKeyPair, KeyPair, ECDSA_P256_SHA256_FIXED_SIGNING};

use super::*;

struct Proxy {
    origin: String,
    key: EcdsaKeyPair,
}

impl Proxy {
    /// Serves `GET /keys` with the public half of a fresh P-256 key (kid "k1").
    async fn start() -> Proxy {
        let rng = SystemRandom::new();
        let pkcs8 = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &rng).unwrap();
        let key = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, pkcs8.as_ref(), &rng).unwrap();
        let point = key.public_key().as_ref().to_vec();
        let jwks = json!({"keys": [{"kty": "EC", "crv": "P-256", "kid": "k1", "use": "sig", "alg": "ES256",
                                     "x": URL_SAFE_NO_PAD.encode(&point[1..33]),
                                     "y": URL_SAFE_NO_PAD.encode(&point[33..65])}]});
        let app = axum::Router::new().route("/keys", axum::routing::get(move || async move { axum::Json(jwks) }));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let origin = format!("http://127.0.0.1:{}", listener.local_addr().unwrap().port());
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        Proxy { origin, key }
    }

    fn sign(&self, claims: Value) -> String {
        let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"ES256","kid":"k1","typ":"JWT"}"#);
        let body = URL_SAFE_NO_PAD.encode(claims.to_string());
        let message = format!("{header}.{body}");
        let sig = self.key.sign(&SystemRandom::new(), message.as_bytes()).unwrap();
        format!("{message}.{}", URL_SAFE_NO_PAD.encode(sig.as_ref()))
    }
}

fn claims(issuer: &str, exp_in: i64) -> Value {
    let now = chrono::Utc::now().timestamp();
    json!({"iss": issuer, "sub": "waf-user-7", "iat": now, "exp": now + exp_in, "email": "jo@waf.example",
           "email_verified": true, "given_name": "Jo", "family_name": "Proxy", "preferred_username": "jo"})
}

#[tokio::test]
async fn a_jwt_from_the_proxy_header_signs_a_user_in_and_nothing_else_does() {
    let down = start().await;
    let proxy = Proxy::start().await;
    let added = down
        .call::<admin::AddJWTProvider>(
            Form::Rest,
            &Auth::Pat,
            json!({"name": "WAF", "issuer": proxy.origin, "jwtEndpoint": format!("{}/jwt", proxy.origin),
                   "keysEndpoint": format!("{}/keys", proxy.origin), "headerName": "x-auth-token",
                   "providerOptions": {"isCreationAllowed": true, "isAutoCreation": true}}),
        )
        .await;
    let idp = added.ok()["id"].as_str().unwrap().to_owned();
    let start_jwt = || start_jwt(&down, &idp, &proxy.origin);
    let back = |intent: &str, agent: &str, header: Option<(&'static str, String)>| {
        back(&down, intent.to_owned(), agent.to_owned(), header)
    };
    let refused = |location: String| {
        assert!(location.starts_with(FAILURE), "{location}");
    };

    // Refused: no header, another issuer, expired, signed by another key, another intent's id.
    let (intent, agent) = start_jwt().await;
    refused(back(&intent, &agent, None).await);
    let (intent, agent) = start_jwt().await;
    refused(back(&intent, &agent, Some(("x-auth-token", proxy.sign(claims("http://127.0.0.1:1", 300))))).await);
    let (intent, agent) = start_jwt().await;
    refused(back(&intent, &agent, Some(("x-auth-token", proxy.sign(claims(&proxy.origin, -600))))).await);
    let (intent, agent) = start_jwt().await;
    let stranger = Proxy::start().await;
    refused(back(&intent, &agent, Some(("x-auth-token", stranger.sign(claims(&proxy.origin, 300))))).await);
    let (other, _) = start_jwt().await;
    let (_, agent) = start_jwt().await;
    refused(back(&other, &agent, Some(("x-auth-token", proxy.sign(claims(&proxy.origin, 300))))).await);

    // The proxy's token: the user is created from its claims, linked, and the intent signs them in.
    let (intent, agent) = start_jwt().await;
    let token = proxy.sign(claims(&proxy.origin, 300));
    let location = back(&intent, &agent, Some(("x-auth-token", format!("Bearer {token}")))).await;
    assert!(location.starts_with(SUCCESS), "{location}");
    let q = query_of(&location);
    let user = q["user"].clone();
    let got = down.call::<GetUserByID>(Form::Rest, &Auth::Pat, json!({"userId": user})).await;
    assert_eq!(got.ok()["user"]["human"]["email"], json!({"email": "jo@waf.example", "isVerified": true}));
    let retrieved = down
        .call::<api::RetrieveIdentityProviderIntent>(
            Form::Connect,
            &Auth::Pat,
            json!({"idpIntentId": q["id"], "idpIntentToken": q["token"]}),
        )
        .await;
    assert_eq!(retrieved.ok()["idpInformation"]["userId"], "waf-user-7");
    let check = json!({"user": {"userId": user}, "idpIntent": {"idpIntentId": q["id"], "idpIntentToken": q["token"]}});
    down.call::<CreateSession>(Form::Connect, &Auth::Pat, json!({"checks": check})).await.ok();
    // The state works once.
    refused_or_bad(back_raw(&down, &intent, &agent, &token).await);
}

/// StartIdentityProviderIntent for the JWT IdP; the `authRequestID` and `userAgentID` the proxy is sent.
async fn start_jwt(down: &TestServer, idp: &str, proxy: &str) -> (String, String) {
    let a = down
        .call::<api::StartIdentityProviderIntent>(
            Form::Rest,
            &Auth::Pat,
            json!({"idpId": idp, "urls": {"successUrl": SUCCESS, "failureUrl": FAILURE}}),
        )
        .await;
    let auth_url = a.ok()["authUrl"].as_str().unwrap().to_owned();
    assert!(auth_url.starts_with(&format!("{proxy}/jwt?")), "{auth_url}");
    let q = query_of(&auth_url);
    assert!(!q.contains_key("client_id") && !q.contains_key("redirect_uri"), "{auth_url}");
    (q["authRequestID"].clone(), q["userAgentID"].clone())
}

/// The proxy sending the browser back to `/idps/jwt` (with `header`); where the server redirects it.
async fn back(down: &TestServer, intent: String, agent: String, header: Option<(&'static str, String)>) -> String {
    let url = format!("{}/idps/jwt?authRequestID={intent}&userAgentID={agent}", down.base);
    let mut rb = no_redirects().get(url);
    if let Some((name, value)) = header {
        rb = rb.header(name, value);
    }
    let r = rb.send().await.unwrap();
    assert_eq!(r.status(), StatusCode::FOUND);
    r.headers()["location"].to_str().unwrap().to_owned()
}

async fn back_raw(down: &TestServer, intent: &str, agent: &str, token: &str) -> reqwest::Response {
    let url = format!("{}/idps/jwt?authRequestID={intent}&userAgentID={agent}", down.base);
    no_redirects().get(url).header("x-auth-token", token).send().await.unwrap()
}

fn refused_or_bad(r: reqwest::Response) {
    assert_eq!(r.status(), StatusCode::BAD_REQUEST, "a used state");
}
