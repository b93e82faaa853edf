//! Regressions from the security review: what a token may do, and that every password check counts.

use gatehouse_api::session::{CreateSession, GetSession};
use gatehouse_api::user::{GetUserByID, PasswordReset, SetEmail, SetPassword};
use reqwest::Method;
use serde_json::json;

use crate::common::*;

async fn set_max_attempts(s: &TestServer, max: u32) {
    let body = json!({"maxPasswordAttempts": max.to_string()});
    s.send(s.request(Method::PUT, "/admin/v1/policies/lockout", &Auth::Pat).json(&body)).await.ok();
}

#[tokio::test]
async fn a_session_with_only_a_user_check_does_not_speak_for_its_user() {
    let s = start().await;
    let uid = s.add_user("victim@example.com", true).await;
    let created = s
        .call::<CreateSession>(Form::Rest, &Auth::Pat, json!({"checks": {"user": {"loginName": "victim@example.com"}}}))
        .await;
    let id = created.ok()["sessionId"].as_str().unwrap().to_owned();
    let token = Auth::Bearer(created.ok()["sessionToken"].as_str().unwrap().to_owned());

    // Its own session is fine to read with its token ...
    s.call::<GetSession>(Form::Rest, &token, json!({"sessionId": id})).await.ok();
    // ... but it cannot read or change the user it named.
    for form in FORMS {
        s.call::<GetUserByID>(form, &token, json!({"userId": uid})).await.assert_error(
            form,
            403,
            "permission_denied",
            "AUTHZ-HKJD33",
        );
        s.call::<SetEmail>(form, &token, json!({"userId": uid, "email": "attacker@example.com"})).await.assert_error(
            form,
            403,
            "permission_denied",
            "AUTHZ-HKJD33",
        );
    }

    // After a password check the same kind of token is the user on themselves.
    let (_, checked) = s.login("victim@example.com", PASSWORD).await;
    s.call::<GetUserByID>(Form::Rest, &Auth::Bearer(checked), json!({"userId": uid})).await.ok();
}

#[tokio::test]
async fn wrong_current_passwords_count_towards_the_lockout() {
    let s = start().await;
    set_max_attempts(&s, 3).await;
    let uid = s.add_user("dora@example.com", true).await;
    let (_, token) = s.login("dora@example.com", PASSWORD).await;
    let token = Auth::Bearer(token);
    let change =
        |current: &str| json!({"userId": uid, "newPassword": {"password": "N3w!password"}, "currentPassword": current});
    for _ in 0..3 {
        s.call::<SetPassword>(Form::Connect, &token, change("wrong")).await.assert_error(
            Form::Connect,
            400,
            "invalid_argument",
            "COMMAND-3M0fs",
        );
    }
    // Locked now: the user's tokens stop working, so the right current password cannot unlock the account by
    // changing it.
    s.call::<SetPassword>(Form::Connect, &token, change(PASSWORD)).await.assert_error(
        Form::Connect,
        401,
        "unauthenticated",
        "AUTH-Ax9Dk",
    );
    let user = s.call::<GetUserByID>(Form::Rest, &Auth::Pat, json!({"userId": uid})).await;
    assert_eq!(user.ok()["user"]["state"], "USER_STATE_LOCKED");
}

#[tokio::test]
async fn only_pat_callers_choose_where_mailed_links_point() {
    let s = start().await;
    let uid = s.add_user("eve@example.com", true).await;
    let (_, token) = s.login("eve@example.com", PASSWORD).await;
    let evil = json!({"userId": uid, "sendLink": {"urlTemplate": "https://evil.example/?c={{.Code}}"}});
    s.call::<PasswordReset>(Form::Rest, &Auth::Bearer(token), evil).await.ok();
    let mail = s.outbox().await.into_iter().next().expect("a reset mail");
    let text = mail["text"].as_str().unwrap_or_default();
    assert!(!text.contains("evil.example"), "a session token chose the link: {text}");
    assert!(text.contains("/password/set?"), "{text}");
}
