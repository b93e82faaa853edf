//! The whole external login against a real OpenID provider: a second Gatehouse on another port plays the
//! upstream. Driven as a browser would, with redirects off: StartIdentityProviderIntent → the upstream's authorize
//! → (the upstream's login: a session and CreateCallback) → our `/idps/callback` → the success URL.

use gatehouse_api::idp::{self as api, admin};
use gatehouse_api::session::{CreateSession, GetSession};
use gatehouse_api::user::GetUserByID;
use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::common::*;
use crate::oidc::{app_with, no_redirects, query_of};

mod apple;
mod auto_update;
mod hardening;
mod jwt;

const SUCCESS: &str = "https://login.example/idp/oidc/success";
const FAILURE: &str = "https://login.example/idp/oidc/failure";

pub struct Pair {
    pub down: TestServer,
    pub up: TestServer,
    pub up_user: String,
    pub idp: String,
}

/// Upstream with an app whose redirect URI is the downstream's callback and a user Ada Lovelace; downstream with a
/// generic OIDC provider for it (`options`) in the instance login policy.
pub async fn pair(options: Value, use_pkce: bool) -> Pair {
    let down = start().await;
    let up = start().await;
    let up_user = up.add_user("ada@upstream.example", true).await;
    let client = app_with(
        &up,
        json!({"redirectUris": [format!("{}/idps/callback", down.origin)], "responseTypes": ["OIDC_RESPONSE_TYPE_CODE"],
               "grantTypes": ["OIDC_GRANT_TYPE_AUTHORIZATION_CODE"], "applicationType": "OIDC_APP_TYPE_WEB",
               "authMethodType": "OIDC_AUTH_METHOD_TYPE_BASIC", "developmentMode": true}),
    )
    .await;
    let a = if options.get("oauth").is_some() {
        // The same provider configured as plain OAuth 2.0: its endpoints, and the user from userinfo by `sub`.
        down.call::<admin::AddGenericOAuthProvider>(
            Form::Rest,
            &Auth::Pat,
            json!({"name": "Upstream OAuth", "clientId": client.client_id, "clientSecret": client.secret,
                   "authorizationEndpoint": format!("{}/oauth/v2/authorize", up.origin),
                   "tokenEndpoint": format!("{}/oauth/v2/token", up.origin),
                   "userEndpoint": format!("{}/oidc/v1/userinfo", up.origin), "idAttribute": "sub",
                   "scopes": ["openid", "profile", "email"], "usePkce": use_pkce, "providerOptions": options["oauth"]}),
        )
        .await
    } else {
        down.call::<admin::AddGenericOIDCProvider>(
            Form::Connect,
            &Auth::Pat,
            json!({"name": "Upstream", "issuer": up.origin, "clientId": client.client_id, "clientSecret": client.secret,
                   "scopes": ["openid", "profile", "email", "phone"], "usePkce": use_pkce, "providerOptions": options}),
        )
        .await
    };
    let idp = a.ok()["id"].as_str().unwrap().to_owned();
    down.call::<admin::AddIDPToLoginPolicy>(Form::Rest, &Auth::Pat, json!({"idpId": idp})).await.ok();
    Pair { down, up, up_user, idp }
}

/// Starts an intent on the downstream as `auth`; the authUrl.
pub async fn start_intent(p: &Pair, auth: &Auth, success: &str, failure: &str) -> String {
    let a = p
        .down
        .call::<api::StartIdentityProviderIntent>(
            Form::Rest,
            auth,
            json!({"idpId": p.idp, "urls": {"successUrl": success, "failureUrl": failure}}),
        )
        .await;
    a.ok()["authUrl"].as_str().unwrap().to_owned()
}

/// The upstream's part: authorize, sign Ada in, CreateCallback. The URL the upstream sends the browser to.
pub async fn upstream_login(p: &Pair, auth_url: &str) -> String {
    let q = query_of(auth_url);
    assert_eq!(q["redirect_uri"], format!("{}/idps/callback", p.down.origin));
    assert!(q.contains_key("state"), "{auth_url}");
    let r = no_redirects().get(auth_url).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::FOUND, "{}", r.text().await.unwrap());
    let location = r.headers()["location"].to_str().unwrap().to_owned();
    let auth_request = location.strip_prefix("/login?authRequest=").unwrap().to_owned();
    let session = p.up.login("ada@upstream.example", PASSWORD).await;
    let a =
        p.up.call::<gatehouse_api::oidc::CreateCallback>(
            Form::Connect,
            &Auth::Pat,
            json!({"authRequestId": auth_request, "session": {"sessionId": session.0, "sessionToken": session.1}}),
        )
        .await;
    a.ok()["callbackUrl"].as_str().unwrap().to_owned()
}

/// The browser arriving at our callback (with the cookie it has, if any); the Location it is sent to.
pub async fn arrive(p: &Pair, callback_url: &str, cookie: Option<&str>) -> (StatusCode, Option<String>) {
    // The callback URL names the downstream's public origin (localhost); the test reaches it on 127.0.0.1.
    let url = callback_url.replace(&p.down.origin, &p.down.base);
    let mut rb = no_redirects().get(url);
    if let Some(c) = cookie {
        rb = rb.header("cookie", format!("gatehouse_browser={c}"));
    }
    let r = rb.send().await.unwrap();
    (r.status(), r.headers().get("location").map(|v| v.to_str().unwrap().to_owned()))
}

#[tokio::test]
async fn external_login_links_retrieves_and_signs_in_once() {
    let p = pair(json!({"isLinkingAllowed": true, "isCreationAllowed": true}), true).await;
    let auth_url = start_intent(&p, &Auth::Pat, SUCCESS, FAILURE).await;
    assert!(query_of(&auth_url).contains_key("code_challenge"), "PKCE when usePkce");
    assert!(query_of(&auth_url).contains_key("nonce"), "OIDC: a nonce binds the ID token");
    let callback = upstream_login(&p, &auth_url).await;
    let (status, location) = arrive(&p, &callback, None).await;
    assert_eq!(status, StatusCode::FOUND);
    let location = location.unwrap();
    assert!(location.starts_with(SUCCESS), "{location}");
    let q = query_of(&location);
    assert!(!q.contains_key("user"), "nobody is linked yet");
    let (intent, token) = (q["id"].clone(), q["token"].clone());

    // The state works once.
    let (status, _) = arrive(&p, &callback, None).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);

    for form in FORMS {
        p.down
            .call::<api::RetrieveIdentityProviderIntent>(
                form,
                &Auth::Pat,
                json!({"idpIntentId": intent, "idpIntentToken": "wrong"}),
            )
            .await
            .assert_error(form, 403, "permission_denied", "IDP-Intent-Token");
        let r = p
            .down
            .call::<api::RetrieveIdentityProviderIntent>(
                form,
                &Auth::Pat,
                json!({"idpIntentId": intent, "idpIntentToken": token}),
            )
            .await;
        let body = r.ok();
        let info = &body["idpInformation"];
        assert_eq!(info["idpId"], p.idp.as_str());
        assert_eq!(info["userId"], p.up_user.as_str(), "the upstream's sub");
        assert_eq!(info["rawInformation"]["email"], "ada@upstream.example");
        assert!(info["oauth"]["accessToken"].as_str().is_some_and(|t| !t.is_empty()));
        assert!(info["oauth"]["idToken"].as_str().is_some());
        assert!(body.get("userId").is_none());
        let add = &body["addHumanUser"];
        assert_eq!(add["email"], json!({"email": "ada@upstream.example", "isVerified": true}));
        assert_eq!(add["profile"]["givenName"], "Test");
        assert_eq!(add["idpLinks"][0]["userId"], p.up_user.as_str());
    }

    // Not linked: the session check refuses; an admin links; then it signs in, once.
    let local = p.down.add_user("ada@local.example", true).await;
    let check = json!({"user": {"userId": local}, "idpIntent": {"idpIntentId": intent, "idpIntentToken": token}});
    p.down.call::<CreateSession>(Form::Connect, &Auth::Pat, json!({"checks": check})).await.assert_error(
        Form::Connect,
        400,
        "invalid_argument",
        "COMMAND-O8xk3w",
    );
    p.down
        .call::<api::AddIDPLink>(
            Form::Rest,
            &Auth::Pat,
            json!({"userId": local, "idpLink": {"idpId": p.idp, "userId": p.up_user, "userName": "ada"}}),
        )
        .await
        .ok();
    let bad = json!({"user": {"userId": local}, "idpIntent": {"idpIntentId": intent, "idpIntentToken": "nope"}});
    p.down.call::<CreateSession>(Form::Rest, &Auth::Pat, json!({"checks": bad})).await.assert_error(
        Form::Rest,
        403,
        "permission_denied",
        "IDP-Intent-Token",
    );
    let created = p.down.call::<CreateSession>(Form::Rest, &Auth::Pat, json!({"checks": check})).await;
    let session_id = created.ok()["sessionId"].as_str().unwrap().to_owned();
    let s = p.down.call::<GetSession>(Form::Rest, &Auth::Pat, json!({"sessionId": session_id})).await;
    assert!(s.ok()["session"]["factors"]["intent"]["verifiedAt"].is_string(), "{}", s.body);
    p.down.call::<CreateSession>(Form::Rest, &Auth::Pat, json!({"checks": check})).await.assert_error(
        Form::Rest,
        404,
        "not_found",
        "IDP-Intent-NotFound",
    );

    // The next login comes back with the linked user.
    let callback = upstream_login(&p, &start_intent(&p, &Auth::Pat, SUCCESS, FAILURE).await).await;
    let q = query_of(&arrive(&p, &callback, None).await.1.unwrap());
    assert_eq!(q["user"], local);
    // The security log shows the link and the IdP login.
    let events = p
        .down
        .send(
            p.down
                .request(
                    reqwest::Method::POST,
                    &format!("/gatehouse/v1/users/{local}/security_events/_search"),
                    &Auth::Pat,
                )
                .json(&json!({})),
        )
        .await;
    let kinds: Vec<String> =
        events.ok()["events"].as_array().unwrap().iter().map(|e| e["type"].as_str().unwrap().to_owned()).collect();
    assert!(
        kinds.contains(&"user.idp.link.added".to_owned()) && kinds.contains(&"user.idp.login".to_owned()),
        "{kinds:?}"
    );
}

#[tokio::test]
async fn auto_creation_makes_a_verified_user_and_errors_reach_the_failure_page() {
    let p = pair(json!({"isCreationAllowed": true, "isAutoCreation": true}), false).await;
    let auth_url = start_intent(&p, &Auth::Pat, SUCCESS, FAILURE).await;
    assert!(!query_of(&auth_url).contains_key("code_challenge"));
    let callback = upstream_login(&p, &auth_url).await;
    let q = query_of(&arrive(&p, &callback, None).await.1.unwrap());
    let user = q["user"].clone();
    let got = p.down.call::<GetUserByID>(Form::Rest, &Auth::Pat, json!({"userId": user})).await;
    let human = &got.ok()["user"]["human"];
    assert_eq!(human["email"]["email"], "ada@upstream.example");
    assert_eq!(human["email"]["isVerified"], true, "the provider said email_verified");
    let check = json!({"user": {"userId": user}, "idpIntent": {"idpIntentId": q["id"], "idpIntentToken": q["token"]}});
    p.down.call::<CreateSession>(Form::Connect, &Auth::Pat, json!({"checks": check})).await.ok();

    // The provider answers with an error: the failure URL gets it.
    let auth_url = start_intent(&p, &Auth::Pat, SUCCESS, FAILURE).await;
    let state = query_of(&auth_url)["state"].clone();
    let denied = format!(
        "{}/idps/callback?error=access_denied&error_description=no&state={state}&iss={}",
        p.down.origin, p.up.origin
    );
    let location = arrive(&p, &denied, None).await.1.unwrap();
    assert!(location.starts_with(FAILURE), "{location}");
    assert_eq!(query_of(&location)["error"], "access_denied");
    // An unknown state goes nowhere.
    let (status, location) = arrive(&p, &format!("{}/idps/callback?code=x&state=forged", p.down.origin), None).await;
    assert_eq!((status, location), (StatusCode::BAD_REQUEST, None));
    // A code the upstream never issued fails at the token endpoint.
    let auth_url = start_intent(&p, &Auth::Pat, SUCCESS, FAILURE).await;
    let state = query_of(&auth_url)["state"].clone();
    let forged = format!("{}/idps/callback?code=forged&state={state}&iss={}", p.down.origin, p.up.origin);
    let location = arrive(&p, &forged, None).await.1.unwrap();
    assert!(location.starts_with(FAILURE) && query_of(&location)["error"] == "access_denied", "{location}");
}

#[tokio::test]
async fn a_browser_started_intent_finishes_only_in_that_browser_and_links_with_proof() {
    let p = pair(json!({"isLinkingAllowed": true}), true).await;
    let success = format!("{}/idp/oidc/success", p.down.origin);
    let failure = format!("{}/idp/oidc/failure", p.down.origin);
    // Ada signs in with her password in the browser first (the account centre).
    let local = p.down.add_user("ada@local.example", true).await;
    let created = p
        .down
        .call::<CreateSession>(
            Form::Connect,
            &Auth::Browser(None),
            json!({"checks": {"user": {"loginName": "ada@local.example"}, "password": {"password": PASSWORD}}}),
        )
        .await;
    let cookie = created.cookie().unwrap();
    let browser = Auth::Browser(Some(cookie.clone()));
    // Started in the browser, finished elsewhere: refused (someone handing her their callback URL gets nothing).
    let callback = upstream_login(&p, &start_intent(&p, &browser, &success, &failure).await).await;
    let location = arrive(&p, &callback, None).await.1.unwrap();
    assert!(location.starts_with(&failure) && query_of(&location)["error"] == "access_denied", "{location}");
    // In the same browser it succeeds; a link needs that intent.
    let callback = upstream_login(&p, &start_intent(&p, &browser, &success, &failure).await).await;
    let location = arrive(&p, &callback, Some(&cookie)).await.1.unwrap();
    assert!(location.starts_with(&success), "{location}");
    let q = query_of(&location);
    let link = json!({"userId": local, "idpLink": {"idpId": p.idp, "userId": p.up_user, "userName": "ada"}});
    // Another browser (a fresh one) cannot use it.
    p.down.call::<api::AddIDPLink>(Form::Rest, &Auth::Browser(None), link.clone()).await.assert_error(
        Form::Rest,
        403,
        "permission_denied",
        "AUTHZ-HKJD33",
    );
    p.down.call::<api::AddIDPLink>(Form::Rest, &browser, link).await.ok();
    // Now the external login signs her in as herself in this browser.
    let check = json!({"user": {"userId": local}, "idpIntent": {"idpIntentId": q["id"], "idpIntentToken": q["token"]}});
    // Her intent's id and token in anyone else's hands (another browser, a login client) sign nobody in: else a
    // link to /idp/…/success with an attacker's finished intent would sign a victim's browser in as the attacker.
    for other in [Auth::Browser(None), Auth::Pat] {
        p.down.call::<CreateSession>(Form::Connect, &other, json!({"checks": check})).await.assert_error(
            Form::Connect,
            403,
            "permission_denied",
            "IDP-Intent-Browser",
        );
    }
    p.down.call::<CreateSession>(Form::Connect, &browser, json!({"checks": check})).await.ok();
    let listed = p.down.call::<api::ListIDPLinks>(Form::Connect, &browser, json!({"userId": local})).await;
    assert_eq!(listed.ok()["result"][0]["userId"], p.up_user.as_str());
}

async fn set_policy(s: &TestServer, change: impl FnOnce(&mut Value)) {
    use gatehouse_api::settings::admin::{GetLoginPolicy, UpdateLoginPolicy};
    let mut policy = s.call::<GetLoginPolicy>(Form::Connect, &Auth::Pat, json!({})).await.ok()["policy"].clone();
    change(&mut policy);
    s.call::<UpdateLoginPolicy>(Form::Connect, &Auth::Pat, policy).await.ok();
}

/// A finished external login of Ada (by the login client); (intent id, token).
async fn external_login(p: &Pair) -> (String, String) {
    let callback = upstream_login(p, &start_intent(p, &Auth::Pat, SUCCESS, FAILURE).await).await;
    let q = query_of(&arrive(p, &callback, None).await.1.unwrap());
    (q["id"].clone(), q["token"].clone())
}

#[tokio::test]
async fn the_login_policy_gates_external_logins_and_intents_expire() {
    let p = pair(json!({"isLinkingAllowed": true}), true).await;
    let local = p.down.add_user("ada@local.example", true).await;
    p.down
        .call::<api::AddIDPLink>(
            Form::Rest,
            &Auth::Pat,
            json!({"userId": local, "idpLink": {"idpId": p.idp, "userId": p.up_user}}),
        )
        .await
        .ok();
    // A session from an external login acts as its user...
    let session = |(id, token): (String, String)| json!({"checks": {"user": {"userId": local}, "idpIntent": {"idpIntentId": id, "idpIntentToken": token}}});
    let acts_as_user = |body: Value| async {
        let a = p.down.call::<CreateSession>(Form::Connect, &Auth::Pat, body).await;
        let token = a.ok()["sessionToken"].as_str().unwrap().to_owned();
        let me = p.down.call::<GetUserByID>(Form::Connect, &Auth::Bearer(token), json!({"userId": local})).await;
        me.status.is_success()
    };
    assert!(acts_as_user(session(external_login(&p).await)).await);
    // ...not when MFA is forced (the user has no second factor yet)...
    set_policy(&p.down, |pol| pol["forceMfa"] = json!(true)).await;
    assert!(!acts_as_user(session(external_login(&p).await)).await, "forceMfa applies to external logins");
    // ...but forceMfaLocalOnly leaves external logins alone, as in ZITADEL.
    set_policy(&p.down, |pol| {
        pol["forceMfa"] = json!(false);
        pol["forceMfaLocalOnly"] = json!(true);
    })
    .await;
    assert!(acts_as_user(session(external_login(&p).await)).await, "forceMfaLocalOnly: no MFA after an IdP login");
    // External logins switched off: the check is refused.
    set_policy(&p.down, |pol| pol["allowExternalIdp"] = json!(false)).await;
    p.down.call::<CreateSession>(Form::Rest, &Auth::Pat, session(external_login(&p).await)).await.assert_error(
        Form::Rest,
        400,
        "failed_precondition",
        "IDP-NotAllowed",
    );
    set_policy(&p.down, |pol| pol["allowExternalIdp"] = json!(true)).await;
    // A finished intent is good for ten minutes.
    let (id, token) = external_login(&p).await;
    p.down.clock.advance(chrono::Duration::minutes(11));
    p.down
        .call::<api::RetrieveIdentityProviderIntent>(
            Form::Connect,
            &Auth::Pat,
            json!({"idpIntentId": id, "idpIntentToken": token}),
        )
        .await
        .assert_error(Form::Connect, 400, "failed_precondition", "IDP-Intent-Expired");
    p.down.call::<CreateSession>(Form::Rest, &Auth::Pat, session((id, token))).await.assert_error(
        Form::Rest,
        400,
        "failed_precondition",
        "IDP-Intent-Expired",
    );
}

#[tokio::test]
async fn a_plain_oauth_provider_logs_in_through_its_user_endpoint() {
    let p = pair(json!({"oauth": {"isAutoCreation": true, "isCreationAllowed": true}}), true).await;
    let auth_url = start_intent(&p, &Auth::Pat, SUCCESS, FAILURE).await;
    let q = query_of(&auth_url);
    assert!(q.contains_key("code_challenge") && !q.contains_key("nonce"), "{auth_url}");
    let callback = upstream_login(&p, &auth_url).await;
    let location = arrive(&p, &callback, None).await.1.unwrap();
    assert!(location.starts_with(SUCCESS), "{location}");
    let q = query_of(&location);
    let r = p
        .down
        .call::<api::RetrieveIdentityProviderIntent>(
            Form::Rest,
            &Auth::Pat,
            json!({"idpIntentId": q["id"], "idpIntentToken": q["token"]}),
        )
        .await;
    let info = &r.ok()["idpInformation"];
    assert_eq!(info["userId"], p.up_user.as_str());
    assert_eq!(info["rawInformation"]["email"], "ada@upstream.example");
    assert!(info["oauth"].get("idToken").is_none(), "OAuth: no ID token is used");
    assert_eq!(r.body["userId"], q["user"].as_str(), "auto-created and linked");
}

#[tokio::test]
async fn self_registration_with_a_proven_identity_takes_the_providers_verified_email() {
    let p = pair(json!({"isCreationAllowed": true}), true).await;
    let success = format!("{}/idp/oidc/success", p.down.origin);
    let failure = format!("{}/idp/oidc/failure", p.down.origin);
    // A fresh browser starts the intent (and gets its cookie with the answer).
    let started = p
        .down
        .call::<api::StartIdentityProviderIntent>(
            Form::Connect,
            &Auth::Browser(None),
            json!({"idpId": p.idp, "urls": {"successUrl": success, "failureUrl": failure}}),
        )
        .await;
    let cookie = started.cookie().unwrap();
    let browser = Auth::Browser(Some(cookie.clone()));
    let callback = upstream_login(&p, started.ok()["authUrl"].as_str().unwrap()).await;
    let q = query_of(&arrive(&p, &callback, Some(&cookie)).await.1.unwrap());
    let retrieved = p
        .down
        .call::<api::RetrieveIdentityProviderIntent>(
            Form::Connect,
            &browser,
            json!({"idpIntentId": q["id"], "idpIntentToken": q["token"]}),
        )
        .await;
    let mut prefill = retrieved.ok()["addHumanUser"].clone();
    assert_eq!(prefill["email"]["isVerified"], true);
    prefill["password"] = json!({"password": PASSWORD});
    // A browser may not claim a verified email on its own...
    let mut other = prefill.clone();
    other["email"]["email"] = json!("someone@else.example");
    p.down.call::<gatehouse_api::user::AddHumanUser>(Form::Rest, &browser, other).await.assert_error(
        Form::Rest,
        403,
        "permission_denied",
        "USER-Register-Fields",
    );
    // ...only for the address the provider verified (as the prefill says; without the flag it is verified too).
    // Another browser cannot register with this identity.
    let mut unflagged = prefill.clone();
    unflagged["email"].as_object_mut().unwrap().remove("isVerified");
    p.down.call::<gatehouse_api::user::AddHumanUser>(Form::Rest, &Auth::Browser(None), unflagged).await.assert_error(
        Form::Rest,
        403,
        "permission_denied",
        "IDP-Link-Unproven",
    );
    let created = p.down.call::<gatehouse_api::user::AddHumanUser>(Form::Rest, &browser, prefill).await;
    let user = created.ok()["userId"].as_str().unwrap().to_owned();
    let got = p.down.call::<GetUserByID>(Form::Rest, &Auth::Pat, json!({"userId": user})).await;
    assert_eq!(got.ok()["user"]["human"]["email"]["isVerified"], true);
    let check = json!({"user": {"userId": user}, "idpIntent": {"idpIntentId": q["id"], "idpIntentToken": q["token"]}});
    p.down.call::<CreateSession>(Form::Connect, &browser, json!({"checks": check})).await.ok();
}
