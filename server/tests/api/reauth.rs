//! Fresh re-authentication for sensitive changes (security review M5): a session whose last password or passkey
//! check is older than `--reauth-window` (300 s in tests) is refused every sensitive self-service change with
//! `GATEHOUSE-ReauthRequired` until it is checked again with SetSession; other changes, admins and PATs pass.

use gatehouse_api::account::{DeleteOwnAccount, GetAccount};
use gatehouse_api::mfa::{
    AddOTPEmail, AddOTPSMS, GenerateRecoveryCodes, RegisterTOTP, RemoveOTPEmail, RemoveOTPSMS, RemoveRecoveryCodes,
    RemoveTOTP,
};
use gatehouse_api::session::{CreateSession, DeleteSession, SetSession};
use gatehouse_api::user::{GetUserByID, RemovePhone, SetEmail, SetPhone, UpdateHumanUser};
use gatehouse_api::webauthn::{RegisterPasskey, RegisterU2F, RemovePasskey, RemoveU2F};
use serde_json::json;

use crate::webauthn_soft::{SoftKey, UP, UV};

use crate::common::*;

const REAUTH: &str = "GATEHOUSE-ReauthRequired";

/// Signs in as a browser; returns (cookie, session id).
async fn browser_login(s: &TestServer, login: &str) -> (String, String) {
    let body = json!({"checks": {"user": {"loginName": login}, "password": {"password": PASSWORD}}});
    let a = s.call::<CreateSession>(Form::Connect, &Auth::Browser(None), body).await;
    let id = a.ok()["sessionId"].as_str().unwrap().to_owned();
    (a.cookie().unwrap(), id)
}

fn stale(s: &TestServer) {
    s.clock.advance(chrono::Duration::seconds(301));
}

/// Every sensitive self-service call, made for `uid`; `other_session` is the user's session on another device.
async fn sensitive_calls(
    s: &TestServer,
    form: Form,
    me: &Auth,
    uid: &str,
    other_session: &str,
) -> Vec<(&'static str, Answer)> {
    let u = json!({"userId": uid});
    vec![
        ("SetEmail", s.call::<SetEmail>(form, me, json!({"userId": uid, "email": "elsewhere@example.com"})).await),
        ("SetPhone", s.call::<SetPhone>(form, me, json!({"userId": uid, "phone": "+41791112233"})).await),
        (
            "UpdateHumanUser (username)",
            s.call::<UpdateHumanUser>(form, me, json!({"userId": uid, "username": format!("renamed-{uid}")})).await,
        ),
        ("RemovePhone", s.call::<RemovePhone>(form, me, u.clone()).await),
        ("RegisterTOTP", s.call::<RegisterTOTP>(form, me, u.clone()).await),
        ("AddOTPSMS", s.call::<AddOTPSMS>(form, me, u.clone()).await),
        ("RemoveOTPSMS", s.call::<RemoveOTPSMS>(form, me, u.clone()).await),
        ("AddOTPEmail", s.call::<AddOTPEmail>(form, me, u.clone()).await),
        ("RemoveOTPEmail", s.call::<RemoveOTPEmail>(form, me, u.clone()).await),
        ("GenerateRecoveryCodes", s.call::<GenerateRecoveryCodes>(form, me, u.clone()).await),
        ("RegisterPasskey", s.call::<RegisterPasskey>(form, me, u.clone()).await),
        ("RegisterU2F", s.call::<RegisterU2F>(form, me, u.clone()).await),
        ("DeleteSession (other device)", s.call::<DeleteSession>(form, me, json!({"sessionId": other_session})).await),
    ]
}

#[tokio::test]
async fn a_stale_browser_session_must_confirm_before_sensitive_changes() {
    let s = start().await;
    for (i, form) in FORMS.into_iter().enumerate() {
        let email = format!("rita{i}@example.com");
        let uid = s.add_user(&email, true).await;
        // A verified phone, so that phone and OTP-SMS calls get as far as the gate.
        s.call::<SetPhone>(form, &Auth::Pat, json!({"userId": uid, "phone": "+41790000000", "isVerified": true}))
            .await
            .ok();
        let (cookie, session) = browser_login(&s, &email).await;
        let (_, elsewhere) = browser_login(&s, &email).await;
        let me = Auth::Browser(Some(cookie));
        stale(&s);

        for (name, answer) in sensitive_calls(&s, form, &me, &uid, &elsewhere).await {
            assert_eq!(answer.status.as_u16(), 400, "{name}: {}", answer.body);
            answer.assert_error(form, 400, "failed_precondition", REAUTH);
        }
        // What is not sensitive still works, and nothing was changed.
        assert_eq!(s.call::<GetAccount>(form, &me, json!({"userId": uid})).await.ok()["canDelete"], true);
        s.call::<UpdateHumanUser>(
            form,
            &me,
            json!({"userId": uid, "profile": {"givenName": "Rita", "familyName": "Reauth"}}),
        )
        .await
        .ok();
        let user = s.call::<GetUserByID>(Form::Rest, &Auth::Pat, json!({"userId": uid})).await;
        assert_eq!(user.ok()["user"]["human"]["phone"]["phone"], "+41790000000");

        // A wrong password does not confirm (and counts like any password check).
        let wrong = json!({"sessionId": session, "checks": {"password": {"password": "not-it"}}});
        s.call::<SetSession>(form, &me, wrong).await.assert_error(form, 400, "invalid_argument", "COMMAND-3M0fs");
        let still = s.call::<SetEmail>(form, &me, json!({"userId": uid, "email": "elsewhere@example.com"})).await;
        still.assert_error(form, 400, "failed_precondition", REAUTH);

        // The session checked again: every one of them gets past the gate.
        let right = json!({"sessionId": session, "checks": {"password": {"password": PASSWORD}}});
        s.call::<SetSession>(form, &me, right).await.ok();
        for (name, answer) in sensitive_calls(&s, form, &me, &uid, &elsewhere).await {
            let id = answer.body["details"][0]["id"].as_str().or(answer.body["details"][0]["debug"]["id"].as_str());
            assert_ne!(id, Some(REAUTH), "{name} after the check: {}", answer.body);
        }
        let ended =
            s.call::<gatehouse_api::session::GetSession>(Form::Rest, &Auth::Pat, json!({"sessionId": elsewhere})).await;
        ended.assert_error(Form::Rest, 404, "not_found", "QUERY-SJ42c");
    }
}

#[tokio::test]
async fn session_tokens_are_gated_too_but_admins_and_the_current_password_are_not() {
    let s = start().await;
    let uid = s.add_user("tom@example.com", true).await;
    let (session, token) = s.login("tom@example.com", PASSWORD).await;
    let me = Auth::Bearer(token);
    stale(&s);
    let refused = s.call::<SetEmail>(Form::Rest, &me, json!({"userId": uid, "email": "tom2@example.com"})).await;
    refused.assert_error(Form::Rest, 400, "failed_precondition", REAUTH);
    let refused = s.call::<RegisterTOTP>(Form::Connect, &me, json!({"userId": uid})).await;
    refused.assert_error(Form::Connect, 400, "failed_precondition", REAUTH);

    // An admin's PAT is its own credential.
    s.call::<SetEmail>(Form::Rest, &Auth::Pat, json!({"userId": uid, "email": "tom3@example.com", "isVerified": true}))
        .await
        .ok();

    // The session token's holder checks the password on the session again (the token rotates).
    let a = s
        .call::<SetSession>(
            Form::Connect,
            &Auth::Pat,
            json!({"sessionId": session, "checks": {"password": {"password": PASSWORD}}}),
        )
        .await;
    let token = a.ok()["sessionToken"].as_str().unwrap().to_owned();
    s.call::<RegisterTOTP>(Form::Connect, &Auth::Bearer(token), json!({"userId": uid})).await.ok();

    // The current password in the request is a fresh check of its own.
    stale(&s);
    let (cookie, _) = browser_login(&s, "tom3@example.com").await;
    stale(&s);
    let me = Auth::Browser(Some(cookie));
    let missing = s.call::<DeleteOwnAccount>(Form::Rest, &me, json!({"userId": uid})).await;
    missing.assert_error(Form::Rest, 400, "invalid_argument", "USER-Delete-Password");
    s.call::<DeleteOwnAccount>(Form::Rest, &me, json!({"userId": uid, "currentPassword": PASSWORD})).await.ok();
}

/// A user without a password confirms with a passkey; deleting the account then needs no password either.
#[tokio::test]
async fn a_passwordless_user_confirms_with_a_passkey() {
    let s = start().await;
    let body = json!({"profile": {"givenName": "Pat", "familyName": "Key"}, "email": {"email": "pk@example.com", "isVerified": true}});
    let uid = s.call::<gatehouse_api::user::AddHumanUser>(Form::Connect, &Auth::Pat, body).await.ok()["userId"]
        .as_str()
        .unwrap()
        .to_owned();
    let a = s.call::<RegisterPasskey>(Form::Rest, &Auth::Pat, json!({"userId": uid, "domain": "localhost"})).await;
    let (mut key, credential) = SoftKey::create(&a.ok()["publicKeyCredentialCreationOptions"], &s.origin, UP | UV);
    let verify = json!({"userId": uid, "passkeyId": a.ok()["passkeyId"], "publicKeyCredential": credential, "passkeyName": "Laptop"});
    s.call::<gatehouse_api::webauthn::VerifyPasskeyRegistration>(Form::Rest, &Auth::Pat, verify).await.ok();

    // Sign in with the passkey in a browser.
    let challenge =
        json!({"domain": "localhost", "userVerificationRequirement": "USER_VERIFICATION_REQUIREMENT_REQUIRED"});
    let a = s
        .call::<CreateSession>(
            Form::Connect,
            &Auth::Browser(None),
            json!({"checks": {"user": {"loginName": "pk@example.com"}}, "challenges": {"webAuthN": challenge}}),
        )
        .await;
    let me = Auth::Browser(Some(a.cookie().unwrap()));
    let session = a.ok()["sessionId"].as_str().unwrap().to_owned();
    let passkey_check = |key: &mut SoftKey, options: &serde_json::Value| json!({"sessionId": session, "checks": {"webAuthN": {"credentialAssertionData": key.assert(options, UP | UV)}}});
    let options = a.ok()["challenges"]["webAuthN"]["publicKeyCredentialRequestOptions"].clone();
    s.call::<SetSession>(Form::Connect, &me, passkey_check(&mut key, &options)).await.ok();
    s.call::<RegisterTOTP>(Form::Connect, &me, json!({"userId": uid})).await.ok();

    stale(&s);
    let refused = s.call::<DeleteOwnAccount>(Form::Connect, &me, json!({"userId": uid})).await;
    refused.assert_error(Form::Connect, 400, "failed_precondition", REAUTH);
    // A security-key style assertion (no user verification) is no first factor and does not confirm.
    let a = s
        .call::<SetSession>(Form::Connect, &me, json!({"sessionId": session, "challenges": {"webAuthN": challenge}}))
        .await;
    let options = a.ok()["challenges"]["webAuthN"]["publicKeyCredentialRequestOptions"].clone();
    let presence_only =
        json!({"sessionId": session, "checks": {"webAuthN": {"credentialAssertionData": key.assert(&options, UP)}}});
    assert!(!s.call::<SetSession>(Form::Connect, &me, presence_only).await.status.is_success());
    let refused = s.call::<DeleteOwnAccount>(Form::Rest, &me, json!({"userId": uid})).await;
    refused.assert_error(Form::Rest, 400, "failed_precondition", REAUTH);

    let a = s
        .call::<SetSession>(Form::Connect, &me, json!({"sessionId": session, "challenges": {"webAuthN": challenge}}))
        .await;
    let options = a.ok()["challenges"]["webAuthN"]["publicKeyCredentialRequestOptions"].clone();
    s.call::<SetSession>(Form::Connect, &me, passkey_check(&mut key, &options)).await.ok();
    s.call::<DeleteOwnAccount>(Form::Rest, &me, json!({"userId": uid})).await.ok();
    let gone = s.call::<GetUserByID>(Form::Rest, &Auth::Pat, json!({"userId": uid})).await;
    gone.assert_error(Form::Rest, 404, "not_found", "QUERY-Dfbg2");
}

/// Registers a WebAuthn credential for `uid` through the PAT; returns its id.
async fn soft_credential(s: &TestServer, uid: &str, passkey: bool) -> String {
    let (start, id_field) = if passkey {
        (s.call::<RegisterPasskey>(Form::Rest, &Auth::Pat, json!({"userId": uid})).await, "passkeyId")
    } else {
        (s.call::<RegisterU2F>(Form::Rest, &Auth::Pat, json!({"userId": uid})).await, "u2fId")
    };
    let id = start.ok()[id_field].as_str().unwrap().to_owned();
    let flags = if passkey { UP | UV } else { UP };
    let (_, credential) = SoftKey::create(&start.ok()["publicKeyCredentialCreationOptions"], &s.origin, flags);
    if passkey {
        let body = json!({"userId": uid, "passkeyId": id, "publicKeyCredential": credential, "passkeyName": "Key"});
        s.call::<gatehouse_api::webauthn::VerifyPasskeyRegistration>(Form::Rest, &Auth::Pat, body).await.ok();
    } else {
        let body = json!({"userId": uid, "u2fId": id, "publicKeyCredential": credential, "tokenName": "Key"});
        s.call::<gatehouse_api::webauthn::VerifyU2FRegistration>(Form::Rest, &Auth::Pat, body).await.ok();
    }
    id
}

/// Removing a sign-in method the user has is gated too (after the refusals that need no password: not found, last
/// factor under a forced MFA).
#[tokio::test]
async fn removing_sign_in_methods_needs_a_recent_sign_in() {
    let s = start().await;
    let uid = s.add_user("remy@example.com", true).await;
    let (cookie, _) = browser_login(&s, "remy@example.com").await;
    let me = Auth::Browser(Some(cookie));
    // Set up by an admin after this browser signed in (so they do not bind its session).
    s.call::<RegisterTOTP>(Form::Rest, &Auth::Pat, json!({"userId": uid})).await.ok();
    let passkey = soft_credential(&s, &uid, true).await;
    let u2f = soft_credential(&s, &uid, false).await;
    s.call::<GenerateRecoveryCodes>(Form::Rest, &Auth::Pat, json!({"userId": uid, "count": 10})).await.ok();
    let absent = s.call::<RemovePasskey>(Form::Rest, &me, json!({"userId": uid, "passkeyId": "123"})).await;
    absent.assert_error(Form::Rest, 404, "not_found", "COMMAND-Dfgh2");
    stale(&s);
    for form in FORMS {
        let u = json!({"userId": uid});
        for (name, answer) in [
            ("RemoveTOTP", s.call::<RemoveTOTP>(form, &me, u.clone()).await),
            ("RemoveRecoveryCodes", s.call::<RemoveRecoveryCodes>(form, &me, u.clone()).await),
            ("RemovePasskey", s.call::<RemovePasskey>(form, &me, json!({"userId": uid, "passkeyId": passkey})).await),
            ("RemoveU2F", s.call::<RemoveU2F>(form, &me, json!({"userId": uid, "u2fId": u2f})).await),
        ] {
            assert_eq!(answer.status.as_u16(), 400, "{name}: {}", answer.body);
            answer.assert_error(form, 400, "failed_precondition", REAUTH);
        }
    }
    // Nothing was removed.
    let methods = s
        .call::<gatehouse_api::mfa::ListAuthenticationMethodTypes>(Form::Rest, &Auth::Pat, json!({"userId": uid}))
        .await;
    let methods = methods.ok()["authMethodTypes"].to_string();
    for kind in ["PASSKEY", "U2F", "RECOVERY_CODE"] {
        assert!(methods.contains(kind), "{kind} in {methods}");
    }
}
