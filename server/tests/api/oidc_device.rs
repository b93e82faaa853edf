//! Device authorization grant (RFC 8628): polling answers, approval, denial, expiry.

use gatehouse_api::oidc::{AuthorizeOrDenyDeviceAuthorization, GetDeviceAuthorizationRequest};
use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::common::*;
use crate::oidc::{post_form, userinfo, verify_jwt, web_app, Client};

const GRANT: &str = "urn:ietf:params:oauth:grant-type:device_code";

async fn start_device(s: &TestServer, client: &Client) -> Value {
    let (status, body) =
        post_form(s, "/oauth/v2/device_authorization", client, &[("scope", "openid email offline_access")]).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    body
}

async fn poll(s: &TestServer, client: &Client, device_code: &str) -> (StatusCode, Value) {
    post_form(s, "/oauth/v2/token", client, &[("grant_type", GRANT), ("device_code", device_code)]).await
}

#[tokio::test]
async fn a_device_polls_until_the_user_approves() {
    let s = start().await;
    let client = web_app(&s).await;
    let user_id = s.add_user("tv@example.com", true).await;
    let started = start_device(&s, &client).await;
    let user_code = started["user_code"].as_str().unwrap().to_owned();
    let device_code = started["device_code"].as_str().unwrap().to_owned();
    assert_eq!(user_code.len(), 9);
    assert_eq!(started["verification_uri"], format!("{}/device", s.origin));
    assert_eq!(started["verification_uri_complete"], format!("{}/device?user_code={user_code}", s.origin));
    assert_eq!((started["expires_in"].as_i64(), started["interval"].as_i64()), (Some(300), Some(5)));

    let (_, pending) = poll(&s, &client, &device_code).await;
    assert_eq!(pending["error"], "authorization_pending");
    let (_, fast) = poll(&s, &client, &device_code).await;
    assert_eq!(fast["error"], "slow_down", "polling faster than the interval");

    for form in FORMS {
        let lower = user_code.to_lowercase().replace('-', "");
        let a = s.call::<GetDeviceAuthorizationRequest>(form, &Auth::Pat, json!({"userCode": lower})).await;
        let request = &a.ok()["deviceAuthorizationRequest"];
        assert_eq!(request["clientId"], client.client_id.as_str());
        assert_eq!(request["appName"], "Web shop");
        assert_eq!(request["projectName"], "Shop");
        assert_eq!(request["scope"], json!(["openid", "email", "offline_access"]));
        let bad = s.call::<GetDeviceAuthorizationRequest>(form, &Auth::Pat, json!({"userCode": "BCDF-GHJK"})).await;
        bad.assert_error(form, 404, "not_found", "OIDC-DeviceNotFound");
    }
    let id =
        s.call::<GetDeviceAuthorizationRequest>(Form::Connect, &Auth::Pat, json!({"userCode": user_code})).await.ok()
            ["deviceAuthorizationRequest"]["id"]
            .as_str()
            .unwrap()
            .to_owned();
    let session = s.login("tv@example.com", PASSWORD).await;
    let body = json!({"deviceAuthorizationId": id, "session": {"sessionId": session.0, "sessionToken": "wrong"}});
    s.call::<AuthorizeOrDenyDeviceAuthorization>(Form::Connect, &Auth::Pat, body).await.assert_error(
        Form::Connect,
        403,
        "permission_denied",
        "OIDC-Sfw3r",
    );
    // REST, as ZITADEL: POST /v2/oidc/device_authorization/{device_authorization_id}.
    let rest_body = json!({"session": {"sessionId": session.0, "sessionToken": session.1}});
    let path = format!("/v2/oidc/device_authorization/{id}");
    s.send(s.request(reqwest::Method::POST, &path, &Auth::Pat).json(&rest_body)).await.ok();
    let body = json!({"deviceAuthorizationId": id, "session": {"sessionId": session.0, "sessionToken": session.1}});
    s.call::<AuthorizeOrDenyDeviceAuthorization>(Form::Connect, &Auth::Pat, body).await.assert_error(
        Form::Connect,
        404,
        "not_found",
        "OIDC-DeviceNotFound",
    );

    s.clock.advance(chrono::Duration::seconds(20));
    let (status, tokens) = poll(&s, &client, &device_code).await;
    assert_eq!(status, StatusCode::OK, "{tokens}");
    assert_eq!(verify_jwt(&s, tokens["id_token"].as_str().unwrap()).await["sub"], user_id.as_str());
    assert!(tokens["refresh_token"].is_string());
    assert_eq!(userinfo(&s, tokens["access_token"].as_str().unwrap()).await.1["email"], "tv@example.com");
    let (_, again) = poll(&s, &client, &device_code).await;
    assert_eq!(again["error"], "invalid_grant", "a device code gives tokens once");
}

#[tokio::test]
async fn denied_and_expired_device_requests_end_polling() {
    let s = start().await;
    let client = web_app(&s).await;
    let started = start_device(&s, &client).await;
    let code = started["user_code"].as_str().unwrap();
    let id = s
        .call::<GetDeviceAuthorizationRequest>(Form::Connect, &Auth::Browser(None), json!({"userCode": code}))
        .await
        .ok()["deviceAuthorizationRequest"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    s.call::<AuthorizeOrDenyDeviceAuthorization>(
        Form::Connect,
        &Auth::Browser(None),
        json!({"deviceAuthorizationId": id, "deny": {}}),
    )
    .await
    .ok();
    let (_, denied) = poll(&s, &client, started["device_code"].as_str().unwrap()).await;
    assert_eq!(denied["error"], "access_denied");

    let started = start_device(&s, &client).await;
    s.clock.advance(chrono::Duration::minutes(6));
    let (_, expired) = poll(&s, &client, started["device_code"].as_str().unwrap()).await;
    assert_eq!(expired["error"], "expired_token");
    // An app without the device grant may not start one.
    let other = crate::oidc::app_with(
        &s,
        json!({"redirectUris": ["https://a.example.com/"], "authMethodType": "OIDC_AUTH_METHOD_TYPE_BASIC"}),
    )
    .await;
    let (status, body) = post_form(&s, "/oauth/v2/device_authorization", &other, &[("scope", "openid")]).await;
    assert_eq!((status, body["error"].as_str()), (StatusCode::BAD_REQUEST, Some("unauthorized_client")));
}

/// Security review L2: the app's org scope binds the device login as it binds CreateCallback.
#[tokio::test]
async fn a_device_request_for_another_org_refuses_the_user() {
    let s = start().await;
    let client = web_app(&s).await;
    let user_id = s.add_user("org-tv@example.com", true).await;
    let user = s.call::<gatehouse_api::user::GetUserByID>(Form::Rest, &Auth::Pat, json!({"userId": user_id})).await;
    let org_id = user.ok()["details"]["resourceOwner"].as_str().unwrap().to_owned();
    let session = s.login("org-tv@example.com", PASSWORD).await;
    for (org, allowed) in [("123456789", false), (org_id.as_str(), true)] {
        let scope = format!("openid urn:zitadel:iam:org:id:{org}");
        let (status, started) =
            post_form(&s, "/oauth/v2/device_authorization", &client, &[("scope", scope.as_str())]).await;
        assert_eq!(status, StatusCode::OK, "{started}");
        let user_code = started["user_code"].as_str().unwrap();
        let a = s.call::<GetDeviceAuthorizationRequest>(Form::Rest, &Auth::Pat, json!({"userCode": user_code})).await;
        let id = a.ok()["deviceAuthorizationRequest"]["id"].as_str().unwrap().to_owned();
        let body = json!({"deviceAuthorizationId": id, "session": {"sessionId": session.0, "sessionToken": session.1}});
        let answer = s.call::<AuthorizeOrDenyDeviceAuthorization>(Form::Connect, &Auth::Pat, body).await;
        if allowed {
            answer.ok();
        } else {
            answer.assert_error(Form::Connect, 403, "permission_denied", "OIDC-OrgScope");
            let (_, pending) = poll(&s, &client, started["device_code"].as_str().unwrap()).await;
            assert_eq!(pending["error"], "authorization_pending", "still unanswered");
        }
    }
}
