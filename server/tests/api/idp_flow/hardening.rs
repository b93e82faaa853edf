//! The IdP mix-up defence (RFC 9207 `iss` on every answer at the shared `/idps/callback`), the limit on starting
//! intents, and what provider configuration refuses (plain http, Azure multi-tenant addresses taken as verified).

use std::sync::{Arc, Mutex};

use super::*;

/// A provider an attacker configured on this instance: its token endpoint records every code it is sent.
async fn evil_provider(down: &TestServer) -> (String, Arc<Mutex<Vec<String>>>) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let record = seen.clone();
    let app = axum::Router::new().route(
        "/token",
        axum::routing::post(move |body: String| {
            let record = record.clone();
            async move {
                record.lock().unwrap().push(body);
                (axum::http::StatusCode::BAD_REQUEST, r#"{"error":"invalid_grant"}"#)
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let evil = format!("http://127.0.0.1:{}", listener.local_addr().unwrap().port());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    let a = down
        .call::<admin::AddGenericOAuthProvider>(
            Form::Rest,
            &Auth::Pat,
            json!({"name": "Evil", "clientId": "evil", "clientSecret": "s", "idAttribute": "sub",
                   "authorizationEndpoint": format!("{evil}/authorize"), "tokenEndpoint": format!("{evil}/token"),
                   "userEndpoint": format!("{evil}/user")}),
        )
        .await;
    (a.ok()["id"].as_str().unwrap().to_owned(), seen)
}

/// `url` with query parameter `key` replaced by `value` (or removed).
fn set_param(url: &str, key: &str, value: Option<&str>) -> String {
    let mut u = url::Url::parse(url).unwrap();
    let kept: Vec<(String, String)> =
        u.query_pairs().filter(|(k, _)| k != key).map(|(k, v)| (k.into_owned(), v.into_owned())).collect();
    {
        let mut q = u.query_pairs_mut();
        q.clear();
        for (k, v) in &kept {
            q.append_pair(k, v);
        }
        if let Some(v) = value {
            q.append_pair(key, v);
        }
    }
    u.into()
}

async fn start_for(p: &Pair, idp: &str) -> String {
    let a = p
        .down
        .call::<api::StartIdentityProviderIntent>(
            Form::Rest,
            &Auth::Pat,
            json!({"idpId": idp, "urls": {"successUrl": SUCCESS, "failureUrl": FAILURE}}),
        )
        .await;
    a.ok()["authUrl"].as_str().unwrap().to_owned()
}

fn failed_with(location: Option<String>, error: &str) {
    let location = location.unwrap();
    assert!(location.starts_with(FAILURE), "{location}");
    assert_eq!(query_of(&location)["error"], error, "{location}");
}

#[tokio::test]
async fn gatehouse_names_itself_in_every_authorization_answer() {
    let p = pair(json!({}), true).await;
    let doc: Value =
        reqwest::get(format!("{}/.well-known/openid-configuration", p.up.base)).await.unwrap().json().await.unwrap();
    assert_eq!(doc["authorization_response_iss_parameter_supported"], true);
    let auth_url = start_intent(&p, &Auth::Pat, SUCCESS, FAILURE).await;
    // An error answer names it too.
    let r = no_redirects().get(set_param(&auth_url, "response_type", Some("token"))).send().await.unwrap();
    let q = query_of(r.headers()["location"].to_str().unwrap());
    assert_eq!((q["error"].as_str(), q["iss"].as_str()), ("unsupported_response_type", p.up.origin.as_str()));
    assert_eq!(q["state"], query_of(&auth_url)["state"]);
    let callback = upstream_login(&p, &auth_url).await;
    assert_eq!(query_of(&callback)["iss"], p.up.origin);
}

#[tokio::test]
async fn a_code_relayed_into_another_providers_intent_never_reaches_that_provider() {
    let p = pair(json!({"isLinkingAllowed": true, "isCreationAllowed": true}), true).await;
    let (evil, seen) = evil_provider(&p.down).await;
    // The victim starts a login with the evil provider; its authorization endpoint sends the browser on to the
    // honest provider as this server's client there (an authorization URL of its own intent), keeping the victim's
    // state. The honest provider answers at the one callback with a code, the evil intent's state and its iss.
    let victim_state = query_of(&start_for(&p, &evil).await)["state"].clone();
    let relayed = set_param(&start_intent(&p, &Auth::Pat, SUCCESS, FAILURE).await, "state", Some(&victim_state));
    let callback = upstream_login(&p, &relayed).await;
    let (status, location) = arrive(&p, &callback, None).await;
    assert_eq!(status, StatusCode::FOUND);
    failed_with(location, "access_denied");
    assert!(seen.lock().unwrap().is_empty(), "the honest provider's code went to the evil token endpoint");

    // A provider that does not send iss cannot be told apart: the same relay without it reaches the evil endpoint
    // (what the check above prevents, and why providers should send iss).
    let victim_state = query_of(&start_for(&p, &evil).await)["state"].clone();
    let relayed = set_param(&start_intent(&p, &Auth::Pat, SUCCESS, FAILURE).await, "state", Some(&victim_state));
    let callback = set_param(&upstream_login(&p, &relayed).await, "iss", None);
    let code = query_of(&callback)["code"].clone();
    failed_with(arrive(&p, &callback, None).await.1, "access_denied");
    let seen = seen.lock().unwrap().clone();
    assert_eq!(seen.len(), 1);
    assert!(seen[0].contains(&format!("code={code}")), "{seen:?}");

    // A code injected into another intent of the right provider is redeemed with that intent's PKCE verifier,
    // which is not the one it was issued for: the provider refuses it.
    let first = start_intent(&p, &Auth::Pat, SUCCESS, FAILURE).await;
    let other_state = query_of(&start_intent(&p, &Auth::Pat, SUCCESS, FAILURE).await)["state"].clone();
    let callback = upstream_login(&p, &first).await;
    let injected = set_param(&callback, "state", Some(&other_state));
    failed_with(arrive(&p, &injected, None).await.1, "access_denied");
}

#[tokio::test]
async fn an_answer_without_the_iss_its_provider_promises_or_with_another_is_refused() {
    let p = pair(json!({"isLinkingAllowed": true, "isCreationAllowed": true}), true).await;
    let callback = upstream_login(&p, &start_intent(&p, &Auth::Pat, SUCCESS, FAILURE).await).await;
    failed_with(arrive(&p, &set_param(&callback, "iss", None), None).await.1, "access_denied");
    let callback = upstream_login(&p, &start_intent(&p, &Auth::Pat, SUCCESS, FAILURE).await).await;
    let other = set_param(&callback, "iss", Some("http://localhost:1"));
    failed_with(arrive(&p, &other, None).await.1, "access_denied");
    // The answer as the provider sent it goes through.
    let callback = upstream_login(&p, &start_intent(&p, &Auth::Pat, SUCCESS, FAILURE).await).await;
    let location = arrive(&p, &callback, None).await.1.unwrap();
    assert!(location.starts_with(SUCCESS), "{location}");
}

#[tokio::test]
async fn starting_intents_is_limited_per_address() {
    let p = pair(json!({}), true).await;
    let body = json!({"idpId": p.idp, "urls": {"successUrl": format!("{}/idp/oidc/success", p.down.origin),
                      "failureUrl": format!("{}/idp/oidc/failure", p.down.origin)}});
    for _ in 0..60 {
        p.down.call::<api::StartIdentityProviderIntent>(Form::Connect, &Auth::Browser(None), body.clone()).await.ok();
    }
    for form in FORMS {
        p.down.call::<api::StartIdentityProviderIntent>(form, &Auth::Browser(None), body.clone()).await.assert_error(
            form,
            429,
            "resource_exhausted",
            "GATEHOUSE-RateLimit",
        );
    }
    // A login client has a budget of its own.
    p.down.call::<api::StartIdentityProviderIntent>(Form::Rest, &Auth::Pat, body).await.ok();
}

#[tokio::test]
async fn configuration_refuses_plain_http_and_untrustworthy_azure_emails() {
    let s = start_with(|c| c.domain_verification_test_mode = false).await;
    let oidc = |issuer: &str| json!({"name": "U", "issuer": issuer, "clientId": "c", "clientSecret": "s"});
    for form in FORMS {
        s.call::<admin::AddGenericOIDCProvider>(form, &Auth::Pat, oidc("http://idp.example.com")).await.assert_error(
            form,
            400,
            "invalid_argument",
            "IDP-Https",
        );
        s.call::<admin::AddGenericOAuthProvider>(
            form,
            &Auth::Pat,
            json!({"name": "O", "clientId": "c", "clientSecret": "s", "idAttribute": "id",
                   "authorizationEndpoint": "https://o.example/authorize", "tokenEndpoint": "http://o.example/token",
                   "userEndpoint": "https://o.example/user"}),
        )
        .await
        .assert_error(form, 400, "invalid_argument", "IDP-Https");
        let azure = json!({"name": "Azure", "clientId": "a", "clientSecret": "s", "emailVerified": true,
                           "tenant": {"tenantType": "AZURE_AD_TENANT_TYPE_ORGANISATIONS"}});
        s.call::<admin::AddAzureADProvider>(form, &Auth::Pat, azure).await.assert_error(
            form,
            400,
            "invalid_argument",
            "IDP-AzureEmail",
        );
    }
    s.call::<admin::AddGenericOIDCProvider>(Form::Rest, &Auth::Pat, oidc("http://localhost:9")).await.ok();
    s.call::<admin::AddGenericOIDCProvider>(Form::Rest, &Auth::Pat, oidc("https://idp.example.com")).await.ok();
    let single = json!({"name": "Azure", "clientId": "a", "clientSecret": "s", "emailVerified": true,
                        "tenant": {"tenantId": "contoso.onmicrosoft.com"}});
    s.call::<admin::AddAzureADProvider>(Form::Rest, &Auth::Pat, single).await.ok();
    // The test mode (every other test server) takes plain http anywhere.
    let test_mode = start().await;
    test_mode.call::<admin::AddGenericOIDCProvider>(Form::Rest, &Auth::Pat, oidc("http://idp.example.com")).await.ok();
}

#[tokio::test]
async fn a_user_who_signs_in_only_through_a_provider_is_sent_there_from_the_login_name() {
    let p = pair(json!({"isCreationAllowed": true, "isAutoCreation": true}), true).await;
    let callback = upstream_login(&p, &start_intent(&p, &Auth::Pat, SUCCESS, FAILURE).await).await;
    let user = query_of(&arrive(&p, &callback, None).await.1.unwrap())["user"].clone();
    let methods = p
        .down
        .call::<gatehouse_api::mfa::ListAuthenticationMethodTypes>(Form::Rest, &Auth::Pat, json!({"userId": user}))
        .await;
    assert_eq!(methods.ok()["authMethodTypes"], json!(["AUTHENTICATION_METHOD_TYPE_IDP"]));
    let discover = |form| {
        p.down.call::<api::DiscoverLoginDomain>(
            form,
            &Auth::Browser(None),
            json!({"loginName": "ada@upstream.example"}),
        )
    };
    for form in FORMS {
        let found = discover(form).await;
        assert_eq!(found.ok()["idp"]["id"], p.idp.as_str(), "{}", found.body);
        assert!(found.ok()["organizationId"].as_str().is_some_and(|o| !o.is_empty()));
    }
    // With a password as well, the login name step goes on to it as for anyone.
    p.down
        .call::<gatehouse_api::user::SetPassword>(
            Form::Rest,
            &Auth::Pat,
            json!({"userId": user, "newPassword": {"password": PASSWORD}}),
        )
        .await
        .ok();
    assert!(discover(Form::Rest).await.ok().get("idp").is_none());
}
