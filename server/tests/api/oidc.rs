//! The OIDC provider driven as an app and as the login UI would: authorize, GetAuthRequest, CreateCallback, token,
//! userinfo, introspect, revoke, keys. Helpers here are shared by the other `oidc_*` test files.

use std::collections::HashMap;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use gatehouse_api::app::CreateApplication;
use gatehouse_api::oidc::{CreateCallback, GetAuthRequest};
use gatehouse_api::session::CreateSession;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use crate::common::*;
use crate::projects::create_project;

pub const WEB_CALLBACK: &str = "https://shop.example.com/callback";
pub const VERIFIER: &str = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

pub struct Client {
    pub client_id: String,
    pub secret: Option<String>,
}

/// A confidential web app (client_secret_basic) with refresh tokens and the device grant.
pub async fn web_app(s: &TestServer) -> Client {
    let project = create_project(s, "Shop").await;
    let a = s
        .call::<CreateApplication>(
            Form::Connect,
            &Auth::Pat,
            json!({"projectId": project, "name": "Web shop", "oidcConfiguration": {
                "redirectUris": [WEB_CALLBACK], "postLogoutRedirectUris": ["https://shop.example.com/"],
                "grantTypes": ["OIDC_GRANT_TYPE_AUTHORIZATION_CODE", "OIDC_GRANT_TYPE_REFRESH_TOKEN", "OIDC_GRANT_TYPE_DEVICE_CODE"],
                "applicationType": "OIDC_APP_TYPE_WEB", "authMethodType": "OIDC_AUTH_METHOD_TYPE_BASIC"}}),
        )
        .await;
    let c = &a.ok()["oidcConfiguration"];
    Client { client_id: c["clientId"].as_str().unwrap().into(), secret: c["clientSecret"].as_str().map(str::to_owned) }
}

pub async fn app_with(s: &TestServer, oidc: Value) -> Client {
    let project = create_project(s, "Apps").await;
    let a = s
        .call::<CreateApplication>(
            Form::Connect,
            &Auth::Pat,
            json!({"projectId": project, "name": "App", "oidcConfiguration": oidc}),
        )
        .await;
    let c = &a.ok()["oidcConfiguration"];
    Client { client_id: c["clientId"].as_str().unwrap().into(), secret: c["clientSecret"].as_str().map(str::to_owned) }
}

pub fn no_redirects() -> reqwest::Client {
    reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap()
}

pub fn challenge(verifier: &str) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()))
}

/// `GET /oauth/v2/authorize` with the given parameters; (status, Location, body).
pub async fn authorize(
    s: &TestServer,
    params: &[(&str, &str)],
    cookie: Option<&str>,
) -> (StatusCode, Option<String>, String) {
    let mut rb = no_redirects().get(format!("{}/oauth/v2/authorize", s.base)).query(params);
    if let Some(c) = cookie {
        rb = rb.header("cookie", format!("gatehouse_browser={c}"));
    }
    let r = rb.send().await.unwrap();
    let status = r.status();
    let location = r.headers().get("location").map(|v| v.to_str().unwrap().to_owned());
    (status, location, r.text().await.unwrap())
}

/// A standard authorize request of `client` (PKCE S256, state, nonce); the auth request id (`V2_…`).
pub async fn start_login(s: &TestServer, client: &Client, extra: &[(&str, &str)]) -> String {
    let challenge = challenge(VERIFIER);
    let mut params = vec![
        ("client_id", client.client_id.as_str()),
        ("redirect_uri", WEB_CALLBACK),
        ("response_type", "code"),
        ("scope", "openid profile email offline_access"),
        ("state", "st4te"),
        ("nonce", "n0nce"),
        ("code_challenge", challenge.as_str()),
        ("code_challenge_method", "S256"),
    ];
    for (k, v) in extra {
        params.retain(|(key, _)| key != k);
        params.push((k, v));
    }
    let (status, location, body) = authorize(s, &params, None).await;
    assert_eq!(status, StatusCode::FOUND, "{body}");
    let location = location.unwrap();
    location.strip_prefix("/login?authRequest=").unwrap_or_else(|| panic!("{location}")).to_owned()
}

/// Query parameters of a callback URL.
pub fn query_of(url: &str) -> HashMap<String, String> {
    let query = url.split_once('?').map(|(_, q)| q).unwrap_or("");
    form_urlencoded::parse(query.as_bytes()).into_owned().collect()
}

/// CreateCallback through the login client's PAT with the session's token; the code.
pub async fn callback_code(s: &TestServer, auth_request: &str, session: &(String, String)) -> String {
    let a = s
        .call::<CreateCallback>(
            Form::Connect,
            &Auth::Pat,
            json!({"authRequestId": auth_request, "session": {"sessionId": session.0, "sessionToken": session.1}}),
        )
        .await;
    let url = a.ok()["callbackUrl"].as_str().unwrap().to_owned();
    assert!(url.starts_with(&format!("{WEB_CALLBACK}?")), "{url}");
    let q = query_of(&url);
    assert_eq!(q["state"], "st4te");
    q["code"].clone()
}

/// POST to a form endpoint with HTTP Basic client authentication (when the client has a secret).
pub async fn post_form(s: &TestServer, path: &str, client: &Client, form: &[(&str, &str)]) -> (StatusCode, Value) {
    let mut fields: Vec<(&str, &str)> = form.to_vec();
    let mut rb = s.client.post(format!("{}{path}", s.base));
    match &client.secret {
        Some(secret) => rb = rb.basic_auth(&client.client_id, Some(secret)),
        None => fields.push(("client_id", &client.client_id)),
    }
    let r = rb.form(&fields).send().await.unwrap();
    let status = r.status();
    let text = r.text().await.unwrap();
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

pub async fn exchange(s: &TestServer, client: &Client, code: &str, verifier: &str) -> (StatusCode, Value) {
    let form = [
        ("grant_type", "authorization_code"),
        ("code", code),
        ("redirect_uri", WEB_CALLBACK),
        ("code_verifier", verifier),
    ];
    post_form(s, "/oauth/v2/token", client, &form).await
}

pub async fn userinfo(s: &TestServer, access_token: &str) -> (StatusCode, Value) {
    let r = s.client.get(format!("{}/oidc/v1/userinfo", s.base)).bearer_auth(access_token).send().await.unwrap();
    let status = r.status();
    (status, r.json().await.unwrap_or(Value::Null))
}

/// Verifies an RS256 JWT against the server's JWKS and returns its claims.
pub async fn verify_jwt(s: &TestServer, jwt: &str) -> Value {
    let jwks: Value = s.client.get(format!("{}/oauth/v2/keys", s.base)).send().await.unwrap().json().await.unwrap();
    let parts: Vec<&str> = jwt.split('.').collect();
    assert_eq!(parts.len(), 3);
    let header: Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(parts[0]).unwrap()).unwrap();
    assert_eq!(header["alg"], "RS256");
    let key = jwks["keys"].as_array().unwrap().iter().find(|k| k["kid"] == header["kid"]).expect("kid in the JWKS");
    let n = URL_SAFE_NO_PAD.decode(key["n"].as_str().unwrap()).unwrap();
    let e = URL_SAFE_NO_PAD.decode(key["e"].as_str().unwrap()).unwrap();
    let public = ring::signature::RsaPublicKeyComponents { n: &n, e: &e };
    public
        .verify(
            &ring::signature::RSA_PKCS1_2048_8192_SHA256,
            format!("{}.{}", parts[0], parts[1]).as_bytes(),
            &URL_SAFE_NO_PAD.decode(parts[2]).unwrap(),
        )
        .expect("a valid signature");
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(parts[1]).unwrap()).unwrap()
}

#[tokio::test]
async fn discovery_and_keys_describe_the_provider() {
    let s = start().await;
    let d = s.discovery().await;
    let issuer = s.origin.clone();
    assert_eq!(d["issuer"], issuer.as_str());
    assert_eq!(d["authorization_endpoint"], format!("{issuer}/oauth/v2/authorize"));
    assert_eq!(d["token_endpoint"], format!("{issuer}/oauth/v2/token"));
    assert_eq!(d["jwks_uri"], format!("{issuer}/oauth/v2/keys"));
    assert_eq!(d["end_session_endpoint"], format!("{issuer}/oidc/v1/end_session"));
    assert_eq!(d["device_authorization_endpoint"], format!("{issuer}/oauth/v2/device_authorization"));
    assert_eq!(d["code_challenge_methods_supported"], json!(["S256"]));
    assert_eq!(d["id_token_signing_alg_values_supported"], json!(["RS256"]));
    let r = s.client.get(format!("{}/oauth/v2/keys", s.base)).send().await.unwrap();
    assert_eq!(r.headers()["access-control-allow-origin"], "*");
    let keys: Value = r.json().await.unwrap();
    assert_eq!(keys["keys"].as_array().unwrap().len(), 1);
    assert_eq!(keys["keys"][0]["kty"], "RSA");
    assert_eq!(keys["keys"][0]["use"], "sig");
}

#[tokio::test]
async fn code_flow_with_pkce_issues_tokens_that_verify() {
    let s = start().await;
    let client = web_app(&s).await;
    let auth_request = start_login(&s, &client, &[("login_hint", "ada@example.com"), ("ui_locales", "de en")]).await;
    assert!(auth_request.starts_with("V2_"));
    for form in FORMS {
        for auth in [Auth::Pat, Auth::Browser(None)] {
            let a = s.call::<GetAuthRequest>(form, &auth, json!({"authRequestId": auth_request})).await;
            let r = &a.ok()["authRequest"];
            assert_eq!(r["id"], auth_request.as_str());
            assert_eq!(r["clientId"], client.client_id.as_str());
            assert_eq!(r["redirectUri"], WEB_CALLBACK);
            assert_eq!(r["scope"], json!(["openid", "profile", "email", "offline_access"]));
            assert_eq!(r["loginHint"], "ada@example.com");
            assert_eq!(r["uiLocales"], json!(["de", "en"]));
        }
    }
    let user_id = s.add_user("ada@example.com", true).await;
    let session = s.login("ada@example.com", PASSWORD).await;
    let code = callback_code(&s, &auth_request, &session).await;

    let (status, tokens) = exchange(&s, &client, &code, VERIFIER).await;
    assert_eq!(status, StatusCode::OK, "{tokens}");
    assert_eq!(tokens["token_type"], "Bearer");
    assert_eq!(tokens["expires_in"], 3600);
    assert!(tokens["refresh_token"].is_string(), "offline_access gives a refresh token");
    let claims = verify_jwt(&s, tokens["id_token"].as_str().unwrap()).await;
    assert_eq!(claims["iss"], s.origin.as_str());
    assert_eq!(claims["sub"], user_id.as_str());
    assert_eq!(claims["aud"], json!([client.client_id]));
    assert_eq!(claims["azp"], client.client_id.as_str());
    assert_eq!(claims["nonce"], "n0nce");
    assert_eq!(claims["sid"], session.0.as_str());
    assert_eq!(claims["amr"], json!(["pwd"]));
    assert_eq!(claims["email"], "ada@example.com");
    assert_eq!(claims["email_verified"], true);
    assert_eq!(claims["name"], "Test User");
    assert_eq!(claims["preferred_username"], "ada@example.com");
    assert!(claims["auth_time"].as_i64().unwrap() <= claims["iat"].as_i64().unwrap());

    let access = tokens["access_token"].as_str().unwrap();
    let (status, info) = userinfo(&s, access).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(info["sub"], user_id.as_str());
    assert_eq!(info["email"], "ada@example.com");

    let (_, intro) = post_form(&s, "/oauth/v2/introspect", &client, &[("token", access)]).await;
    assert_eq!(intro["active"], true);
    assert_eq!(intro["sub"], user_id.as_str());
    assert_eq!(intro["client_id"], client.client_id.as_str());

    // Refresh rotates: the new refresh token works, the old one is now a replay and revokes the family.
    let old_refresh = tokens["refresh_token"].as_str().unwrap();
    let (status, refreshed) =
        post_form(&s, "/oauth/v2/token", &client, &[("grant_type", "refresh_token"), ("refresh_token", old_refresh)])
            .await;
    assert_eq!(status, StatusCode::OK, "{refreshed}");
    let new_refresh = refreshed["refresh_token"].as_str().unwrap();
    assert_ne!(new_refresh, old_refresh);
    let claims = verify_jwt(&s, refreshed["id_token"].as_str().unwrap()).await;
    assert_eq!(claims["sub"], user_id.as_str());
    let (status, _) = userinfo(&s, refreshed["access_token"].as_str().unwrap()).await;
    assert_eq!(status, StatusCode::OK);
    let (status, replay) =
        post_form(&s, "/oauth/v2/token", &client, &[("grant_type", "refresh_token"), ("refresh_token", old_refresh)])
            .await;
    assert_eq!((status, replay["error"].as_str()), (StatusCode::BAD_REQUEST, Some("invalid_grant")));
    let (status, _) = userinfo(&s, refreshed["access_token"].as_str().unwrap()).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "the replay revoked the whole family");
    let (status, _) =
        post_form(&s, "/oauth/v2/token", &client, &[("grant_type", "refresh_token"), ("refresh_token", new_refresh)])
            .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn revoked_tokens_stop_working() {
    let s = start().await;
    let client = web_app(&s).await;
    s.add_user("rev@example.com", true).await;
    let session = s.login("rev@example.com", PASSWORD).await;
    let code = callback_code(&s, &start_login(&s, &client, &[]).await, &session).await;
    let (_, tokens) = exchange(&s, &client, &code, VERIFIER).await;
    let access = tokens["access_token"].as_str().unwrap();
    let (status, _) = post_form(&s, "/oauth/v2/revoke", &client, &[("token", access)]).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(userinfo(&s, access).await.0, StatusCode::UNAUTHORIZED);
    let (_, intro) = post_form(&s, "/oauth/v2/introspect", &client, &[("token", access)]).await;
    assert_eq!(intro, json!({"active": false}));
    // Revoking the refresh token ends the grant.
    let refresh = tokens["refresh_token"].as_str().unwrap();
    post_form(&s, "/oauth/v2/revoke", &client, &[("token", refresh)]).await;
    let (status, body) =
        post_form(&s, "/oauth/v2/token", &client, &[("grant_type", "refresh_token"), ("refresh_token", refresh)]).await;
    assert_eq!((status, body["error"].as_str()), (StatusCode::BAD_REQUEST, Some("invalid_grant")));
    let (status, _) = post_form(&s, "/oauth/v2/revoke", &client, &[("token", "unknown")]).await;
    assert_eq!(status, StatusCode::OK, "unknown tokens are not an error (RFC 7009)");
}

#[tokio::test]
async fn authorize_never_redirects_to_an_unregistered_uri() {
    let s = start().await;
    let client = web_app(&s).await;
    let cid = client.client_id.as_str();
    let c = challenge(VERIFIER);
    for params in [
        vec![("client_id", "unknown"), ("redirect_uri", WEB_CALLBACK), ("response_type", "code"), ("scope", "openid")],
        vec![
            ("client_id", cid),
            ("redirect_uri", "https://evil.example/callback"),
            ("response_type", "code"),
            ("scope", "openid"),
        ],
        vec![("client_id", cid), ("redirect_uri", "https://shop.example.com/callback/"), ("response_type", "code")],
        vec![("client_id", cid), ("response_type", "code"), ("scope", "openid")],
    ] {
        let (status, location, body) = authorize(&s, &params, None).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{params:?}");
        assert!(location.is_none(), "no redirect for {params:?}");
        assert!(body.contains("id=\"oidc-error-message\""), "{body}");
    }
    // Once client and redirect URI match, errors go back to the app with its state.
    let base = [("client_id", cid), ("redirect_uri", WEB_CALLBACK), ("state", "s1")];
    let cases: Vec<(Vec<(&str, &str)>, &str)> = vec![
        (vec![("response_type", "token"), ("scope", "openid")], "unsupported_response_type"),
        (vec![("response_type", "code"), ("scope", "profile")], "invalid_scope"),
        (
            vec![
                ("response_type", "code"),
                ("scope", "openid"),
                ("code_challenge", &c),
                ("code_challenge_method", "plain"),
            ],
            "invalid_request",
        ),
        (vec![("response_type", "code"), ("scope", "openid"), ("prompt", "none login")], "invalid_request"),
        (vec![("response_type", "code"), ("scope", "openid"), ("max_age", "-1")], "invalid_request"),
    ];
    for (extra, error) in cases {
        let params: Vec<(&str, &str)> = base.iter().copied().chain(extra.iter().copied()).collect();
        let (status, location, _) = authorize(&s, &params, None).await;
        assert_eq!(status, StatusCode::FOUND);
        let location = location.unwrap();
        assert!(location.starts_with(WEB_CALLBACK), "{location}");
        let q = query_of(&location);
        assert_eq!((q["error"].as_str(), q["state"].as_str()), (error, "s1"), "{extra:?}");
    }
    // Public clients must use PKCE.
    let spa = app_with(
        &s,
        json!({"redirectUris": [WEB_CALLBACK], "applicationType": "OIDC_APP_TYPE_USER_AGENT",
        "authMethodType": "OIDC_AUTH_METHOD_TYPE_NONE"}),
    )
    .await;
    let params = [
        ("client_id", spa.client_id.as_str()),
        ("redirect_uri", WEB_CALLBACK),
        ("response_type", "code"),
        ("scope", "openid"),
    ];
    let (_, location, _) = authorize(&s, &params, None).await;
    assert_eq!(query_of(&location.unwrap())["error"], "invalid_request");
}

#[tokio::test]
async fn codes_are_single_use_bound_to_the_verifier_and_short_lived() {
    let s = start().await;
    let client = web_app(&s).await;
    s.add_user("neg@example.com", true).await;
    let session = s.login("neg@example.com", PASSWORD).await;

    // Wrong verifier: refused (and the code stays usable? No: a failed check does not consume it).
    let code = callback_code(&s, &start_login(&s, &client, &[]).await, &session).await;
    let (status, body) = exchange(&s, &client, &code, "wrong-verifier-wrong-verifier-wrong-verifier-x").await;
    assert_eq!((status, body["error"].as_str()), (StatusCode::BAD_REQUEST, Some("invalid_grant")), "{body}");
    // Security review L5: verifiers outside RFC 7636's form (43-128 unreserved characters) are refused as such.
    for malformed in ["too-short", &"x".repeat(129), "with spaces and a plus sign+ that is long enough to count"] {
        let (status, body) = exchange(&s, &client, &code, malformed).await;
        assert_eq!((status, body["error"].as_str()), (StatusCode::BAD_REQUEST, Some("invalid_request")), "{body}");
        assert!(body["error_description"].as_str().unwrap().contains("43 to 128"), "{body}");
    }
    let missing = post_form(
        &s,
        "/oauth/v2/token",
        &client,
        &[("grant_type", "authorization_code"), ("code", &code), ("redirect_uri", WEB_CALLBACK)],
    )
    .await;
    assert_eq!(missing.1["error"], "invalid_grant");
    let wrong_uri = post_form(
        &s,
        "/oauth/v2/token",
        &client,
        &[
            ("grant_type", "authorization_code"),
            ("code", &code),
            ("redirect_uri", "https://shop.example.com/other"),
            ("code_verifier", VERIFIER),
        ],
    )
    .await;
    assert_eq!(wrong_uri.1["error"], "invalid_grant");

    // Reuse: the second exchange fails and revokes what the first one issued.
    let (status, tokens) = exchange(&s, &client, &code, VERIFIER).await;
    assert_eq!(status, StatusCode::OK, "{tokens}");
    let access = tokens["access_token"].as_str().unwrap();
    assert_eq!(userinfo(&s, access).await.0, StatusCode::OK);
    let (status, body) = exchange(&s, &client, &code, VERIFIER).await;
    assert_eq!((status, body["error"].as_str()), (StatusCode::BAD_REQUEST, Some("invalid_grant")));
    assert_eq!(userinfo(&s, access).await.0, StatusCode::UNAUTHORIZED, "tokens from a reused code are revoked");
    let refresh = tokens["refresh_token"].as_str().unwrap();
    let (status, _) =
        post_form(&s, "/oauth/v2/token", &client, &[("grant_type", "refresh_token"), ("refresh_token", refresh)]).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);

    // Expired: codes live five minutes.
    let code = callback_code(&s, &start_login(&s, &client, &[]).await, &session).await;
    s.clock.advance(chrono::Duration::minutes(6));
    let (status, body) = exchange(&s, &client, &code, VERIFIER).await;
    assert_eq!((status, body["error"].as_str()), (StatusCode::BAD_REQUEST, Some("invalid_grant")));

    // Client authentication.
    let wrong_secret = Client { client_id: client.client_id.clone(), secret: Some("nope".into()) };
    let (status, body) = exchange(&s, &wrong_secret, "x", VERIFIER).await;
    assert_eq!((status, body["error"].as_str()), (StatusCode::UNAUTHORIZED, Some("invalid_client")));
    let no_secret = Client { client_id: client.client_id.clone(), secret: None };
    let (status, body) = exchange(&s, &no_secret, "x", VERIFIER).await;
    assert_eq!((status, body["error"].as_str()), (StatusCode::UNAUTHORIZED, Some("invalid_client")));
    let unknown = Client { client_id: "404".into(), secret: Some("x".into()) };
    assert_eq!(exchange(&s, &unknown, "x", VERIFIER).await.0, StatusCode::UNAUTHORIZED);
    let (status, body) = post_form(&s, "/oauth/v2/token", &client, &[("grant_type", "password")]).await;
    assert_eq!((status, body["error"].as_str()), (StatusCode::BAD_REQUEST, Some("unsupported_grant_type")));
}

#[tokio::test]
async fn create_callback_refuses_sessions_that_are_not_a_finished_login() {
    let s = start().await;
    let client = web_app(&s).await;
    s.add_user("pol@example.com", true).await;
    for form in FORMS {
        // A user check alone is no login.
        let auth_request = start_login(&s, &client, &[]).await;
        let a = s
            .call::<CreateSession>(
                Form::Connect,
                &Auth::Pat,
                json!({"checks": {"user": {"loginName": "pol@example.com"}}}),
            )
            .await;
        let half =
            (a.ok()["sessionId"].as_str().unwrap().to_owned(), a.ok()["sessionToken"].as_str().unwrap().to_owned());
        let body = json!({"authRequestId": auth_request, "session": {"sessionId": half.0, "sessionToken": half.1}});
        s.call::<CreateCallback>(form, &Auth::Pat, body).await.assert_error(
            form,
            400,
            "failed_precondition",
            "GATEHOUSE-Login-FirstFactor",
        );

        // A wrong token, a browser that does not own the session, a signed-in user's own token: refused.
        let full = s.login("pol@example.com", PASSWORD).await;
        let wrong = json!({"authRequestId": auth_request, "session": {"sessionId": full.0, "sessionToken": "x"}});
        s.call::<CreateCallback>(form, &Auth::Pat, wrong).await.assert_error(
            form,
            403,
            "permission_denied",
            "OIDC-Sfw3r",
        );
        let browser = json!({"authRequestId": auth_request, "session": {"sessionId": full.0}});
        s.call::<CreateCallback>(form, &Auth::Browser(None), browser).await.assert_error(
            form,
            403,
            "permission_denied",
            "OIDC-Sfw3r",
        );
        let own = json!({"authRequestId": auth_request, "session": {"sessionId": full.0, "sessionToken": full.1}});
        s.call::<CreateCallback>(form, &Auth::Bearer(full.1.clone()), own.clone()).await.assert_error(
            form,
            403,
            "permission_denied",
            "AUTHZ-HKJD33",
        );
        let neither = json!({"authRequestId": auth_request});
        s.call::<CreateCallback>(form, &Auth::Pat, neither).await.assert_error(
            form,
            400,
            "invalid_argument",
            "OIDC-Ae8fd",
        );

        // Forced MFA: a password alone is not enough.
        let policy = json!({"allowUsernamePassword": true, "forceMfa": true});
        s.send(s.request(Method::PUT, "/admin/v1/policies/login", &Auth::Pat).json(&policy)).await.ok();
        let mfa = s.call::<CreateCallback>(form, &Auth::Pat, own.clone()).await;
        // MfaRequired, or MfaSetupRequired when the user has no second factor yet (the MFA policy's own wording).
        assert_eq!(mfa.status.as_u16(), 400, "{}", mfa.body);
        assert!(mfa.body["message"].as_str().unwrap().contains("(GATEHOUSE-Login-Mfa"), "{}", mfa.body);
        let policy = json!({"allowUsernamePassword": true});
        s.send(s.request(Method::PUT, "/admin/v1/policies/login", &Auth::Pat).json(&policy)).await.ok();

        // The app's error answer, then the request is spent.
        let denied = json!({"authRequestId": auth_request, "error": {"error": "ERROR_REASON_ACCESS_DENIED", "errorDescription": "no thanks"}});
        let a = s.call::<CreateCallback>(form, &Auth::Pat, denied).await;
        let q = query_of(a.ok()["callbackUrl"].as_str().unwrap());
        assert_eq!(
            (q["error"].as_str(), q["error_description"].as_str(), q["state"].as_str()),
            ("access_denied", "no thanks", "st4te")
        );
        s.call::<CreateCallback>(form, &Auth::Pat, own).await.assert_error(
            form,
            400,
            "failed_precondition",
            "OIDC-Sf3gt",
        );
        s.call::<GetAuthRequest>(form, &Auth::Pat, json!({"authRequestId": auth_request})).await.assert_error(
            form,
            400,
            "failed_precondition",
            "OIDC-Sf3gt",
        );
    }
    let unknown = s.call::<GetAuthRequest>(Form::Rest, &Auth::Pat, json!({"authRequestId": "V2_404"})).await;
    unknown.assert_error(Form::Rest, 404, "not_found", "OIDC-Fk3k2");
}

#[tokio::test]
async fn max_age_and_prompt_login_need_a_recent_authentication() {
    let s = start().await;
    let client = web_app(&s).await;
    s.add_user("age@example.com", true).await;
    let session = s.login("age@example.com", PASSWORD).await;
    s.clock.advance(chrono::Duration::seconds(120));
    let max_age = start_login(&s, &client, &[("max_age", "60")]).await;
    let body = json!({"authRequestId": max_age, "session": {"sessionId": session.0, "sessionToken": session.1}});
    s.call::<CreateCallback>(Form::Connect, &Auth::Pat, body).await.assert_error(
        Form::Connect,
        400,
        "failed_precondition",
        "OIDC-MaxAge",
    );
    let login = start_login(&s, &client, &[("prompt", "login")]).await;
    let body = json!({"authRequestId": login, "session": {"sessionId": session.0, "sessionToken": session.1}});
    s.call::<CreateCallback>(Form::Connect, &Auth::Pat, body).await.assert_error(
        Form::Connect,
        400,
        "failed_precondition",
        "OIDC-PromptLogin",
    );
    // A fresh sign-in satisfies both.
    let fresh = s.login("age@example.com", PASSWORD).await;
    callback_code(&s, &max_age, &fresh).await;
    callback_code(&s, &login, &fresh).await;
}

#[tokio::test]
async fn the_browser_finishes_with_a_session_it_owns_and_prompt_none_uses_it() {
    let s = start().await;
    let client = web_app(&s).await;
    s.add_user("bro@example.com", true).await;
    // No cookie: prompt=none answers login_required without any UI.
    let c = challenge(VERIFIER);
    let silent = [
        ("client_id", client.client_id.as_str()),
        ("redirect_uri", WEB_CALLBACK),
        ("response_type", "code"),
        ("scope", "openid"),
        ("state", "q"),
        ("prompt", "none"),
        ("code_challenge", c.as_str()),
        ("code_challenge_method", "S256"),
    ];
    let (_, location, _) = authorize(&s, &silent, None).await;
    let q = query_of(&location.unwrap());
    assert_eq!((q["error"].as_str(), q["state"].as_str()), ("login_required", "q"));

    let login = json!({"checks": {"user": {"loginName": "bro@example.com"}, "password": {"password": PASSWORD}}});
    let a = s.call::<CreateSession>(Form::Connect, &Auth::Browser(None), login).await;
    let cookie = a.cookie().unwrap();
    let session_id = a.ok()["sessionId"].as_str().unwrap().to_owned();
    assert!(a.ok().get("sessionToken").is_none());
    let auth_request = start_login(&s, &client, &[]).await;
    let body = json!({"authRequestId": auth_request, "session": {"sessionId": session_id}});
    let a = s.call::<CreateCallback>(Form::Connect, &Auth::Browser(Some(cookie.clone())), body).await;
    let code = query_of(a.ok()["callbackUrl"].as_str().unwrap())["code"].clone();
    assert_eq!(exchange(&s, &client, &code, VERIFIER).await.0, StatusCode::OK);

    // Signed in: prompt=none returns a code straight away.
    let (_, location, _) = authorize(&s, &silent, Some(&cookie)).await;
    let q = query_of(&location.unwrap());
    assert!(q.contains_key("code"), "{q:?}");
    assert_eq!(exchange(&s, &client, &q["code"], VERIFIER).await.0, StatusCode::OK);
    // …unless the hint names someone else, or the sign-in is older than max_age.
    let (_, location, _) =
        authorize(&s, &[&silent[..], &[("login_hint", "someone@else.example")]].concat(), Some(&cookie)).await;
    assert_eq!(query_of(&location.unwrap())["error"], "login_required");
    s.clock.advance(chrono::Duration::seconds(30));
    let (_, location, _) = authorize(&s, &[&silent[..], &[("max_age", "10")]].concat(), Some(&cookie)).await;
    assert_eq!(query_of(&location.unwrap())["error"], "interaction_required");
}

#[tokio::test]
async fn keys_rotate_without_breaking_issued_tokens() {
    let s = start().await;
    let client = web_app(&s).await;
    s.add_user("rot@example.com", true).await;
    let session = s.login("rot@example.com", PASSWORD).await;
    let code = callback_code(&s, &start_login(&s, &client, &[]).await, &session).await;
    let (_, first) = exchange(&s, &client, &code, VERIFIER).await;
    let old_token = first["id_token"].as_str().unwrap().to_owned();
    s.clock.advance(chrono::Duration::days(31));
    let session = s.login("rot@example.com", PASSWORD).await;
    let code = callback_code(&s, &start_login(&s, &client, &[]).await, &session).await;
    let (_, second) = exchange(&s, &client, &code, VERIFIER).await;
    let kid = |jwt: &str| -> Value {
        serde_json::from_slice::<Value>(&URL_SAFE_NO_PAD.decode(jwt.split('.').next().unwrap()).unwrap()).unwrap()
            ["kid"]
            .clone()
    };
    assert_ne!(kid(&old_token), kid(second["id_token"].as_str().unwrap()), "a new key signs after rotation");
    verify_jwt(&s, &old_token).await;
    verify_jwt(&s, second["id_token"].as_str().unwrap()).await;
    s.clock.advance(chrono::Duration::days(3));
    let jwks: Value = s.client.get(format!("{}/oauth/v2/keys", s.base)).send().await.unwrap().json().await.unwrap();
    assert_eq!(jwks["keys"].as_array().unwrap().len(), 1, "retired keys are dropped once their tokens expired");
}
