//! The authenticator app (TOTP): enrolment, the session check with its error paths, and removal.

use gatehouse_api::mfa::{ListAuthenticationMethodTypes, RegisterTOTP, RemoveTOTP, VerifyTOTPRegistration};
use gatehouse_api::session::{GetSession, SetSession};
use gatehouse_api::user::GetUserByID;
use gatehouse_server::clock::Clock;
use gatehouse_server::mfa::totp::code_at_step;
use serde_json::{json, Value};

use crate::common::*;

pub fn secret_bytes(base32: &str) -> Vec<u8> {
    totp_rs::Secret::Encoded(base32.to_owned()).to_bytes().unwrap()
}

/// The current time step of the server's (test) clock.
pub fn step(s: &TestServer) -> i64 {
    s.clock.now().timestamp().div_euclid(30)
}

/// Registers and verifies TOTP for the user behind `auth`; returns the secret. The code of the current step is
/// used up by the verification.
pub async fn enrol_totp(s: &TestServer, auth: &Auth, user_id: &str) -> Vec<u8> {
    let reg = s.call::<RegisterTOTP>(Form::Connect, auth, json!({"userId": user_id})).await;
    let secret = secret_bytes(reg.ok()["secret"].as_str().unwrap());
    let code = code_at_step(&secret, step(s));
    s.call::<VerifyTOTPRegistration>(Form::Connect, auth, json!({"userId": user_id, "code": code})).await.ok();
    // Logins from now on come after the enrolment (the test clock stands still otherwise).
    s.clock.advance(chrono::Duration::seconds(1));
    secret
}

async fn methods(s: &TestServer, user_id: &str) -> Value {
    s.call::<ListAuthenticationMethodTypes>(Form::Rest, &Auth::Pat, json!({"userId": user_id})).await.ok()
        ["authMethodTypes"]
        .clone()
}

fn totp_check(session_id: &str, code: &str) -> Value {
    json!({"sessionId": session_id, "checks": {"totp": {"code": code}}})
}

#[tokio::test]
async fn register_verify_and_remove_in_both_forms() {
    let s = start().await;
    for (i, form) in FORMS.into_iter().enumerate() {
        let email = format!("tina{i}@example.com");
        let uid = s.add_user(&email, true).await;
        let (_, token) = s.login(&email, PASSWORD).await;
        let me = Auth::Bearer(token);
        let reg = s.call::<RegisterTOTP>(form, &me, json!({"userId": uid})).await;
        let body = reg.ok();
        let secret = body["secret"].as_str().unwrap().to_owned();
        assert_eq!(secret.len(), 32, "160 bits in base32");
        let uri = body["uri"].as_str().unwrap();
        assert!(
            uri.starts_with(&format!("otpauth://totp/localhost:tina{i}%40example.com?algorithm=SHA1&digits=6")),
            "{uri}"
        );
        assert!(uri.ends_with(&format!("&secret={secret}")), "{uri}");
        assert!(body["details"]["sequence"].is_string());
        // Not enrolled until verified.
        assert_eq!(methods(&s, &uid).await, json!(["AUTHENTICATION_METHOD_TYPE_PASSWORD"]));

        let bytes = secret_bytes(&secret);
        let wrong = s.call::<VerifyTOTPRegistration>(form, &me, json!({"userId": uid, "code": "000000"})).await;
        wrong.assert_error(form, 400, "invalid_argument", "GATEHOUSE-TOTP-Invalid");
        let code = code_at_step(&bytes, step(&s));
        s.call::<VerifyTOTPRegistration>(form, &me, json!({"userId": uid, "code": code})).await.ok();
        assert_eq!(
            methods(&s, &uid).await,
            json!(["AUTHENTICATION_METHOD_TYPE_PASSWORD", "AUTHENTICATION_METHOD_TYPE_TOTP"])
        );
        let again = s.call::<RegisterTOTP>(form, &Auth::Pat, json!({"userId": uid})).await;
        again.assert_error(form, 409, "already_exists", "COMMAND-5ckh8");

        // A new password-only session does not act as the user any more: it owes the second factor.
        s.clock.advance(chrono::Duration::seconds(1));
        let (_, password_only) = s.login(&email, PASSWORD).await;
        let removed = s.call::<RemoveTOTP>(form, &Auth::Bearer(password_only), json!({"userId": uid})).await;
        removed.assert_error(form, 403, "permission_denied", "AUTHZ-HKJD33");
        // The enrolling session proved the app with its code, so it still does.
        let removed = s.call::<RemoveTOTP>(form, &me, json!({"userId": uid})).await;
        removed.ok();
        assert_eq!(methods(&s, &uid).await, json!(["AUTHENTICATION_METHOD_TYPE_PASSWORD"]));
        let gone = s.call::<RemoveTOTP>(form, &Auth::Pat, json!({"userId": uid})).await;
        gone.assert_error(form, 404, "not_found", "COMMAND-Hkq2s");
    }
}

#[tokio::test]
async fn the_session_check_refuses_wrong_reused_and_expired_codes() {
    let s = start().await;
    let uid = s.add_user("otto@example.com", true).await;
    let (_, token) = s.login("otto@example.com", PASSWORD).await;
    let secret = enrol_totp(&s, &Auth::Bearer(token), &uid).await;
    let enrolled_step = step(&s);

    // A password login of a user with TOTP is not the user yet.
    let (sid, token) = s.login("otto@example.com", PASSWORD).await;
    let denied = s.call::<GetUserByID>(Form::Connect, &Auth::Bearer(token), json!({"userId": uid})).await;
    denied.assert_error(Form::Connect, 403, "permission_denied", "AUTHZ-HKJD33");

    for form in FORMS {
        let wrong = s.call::<SetSession>(form, &Auth::Pat, totp_check(&sid, "123456")).await;
        wrong.assert_error(form, 400, "invalid_argument", "GATEHOUSE-TOTP-Invalid");
        let short = s.call::<SetSession>(form, &Auth::Pat, totp_check(&sid, "12345")).await;
        short.assert_error(form, 400, "invalid_argument", "SESSION-TOTP-Length");
        // The code of the step the registration used is spent.
        let replay =
            s.call::<SetSession>(form, &Auth::Pat, totp_check(&sid, &code_at_step(&secret, enrolled_step))).await;
        replay.assert_error(form, 400, "invalid_argument", "GATEHOUSE-TOTP-Reused");
    }
    // Two steps later, a code from two steps ago has expired.
    s.clock.advance(chrono::Duration::seconds(60));
    let expired =
        s.call::<SetSession>(Form::Rest, &Auth::Pat, totp_check(&sid, &code_at_step(&secret, step(&s) - 2))).await;
    expired.assert_error(Form::Rest, 400, "invalid_argument", "GATEHOUSE-TOTP-Invalid");

    let code = code_at_step(&secret, step(&s));
    let ok = s.call::<SetSession>(Form::Connect, &Auth::Pat, totp_check(&sid, &code)).await;
    let token = ok.ok()["sessionToken"].as_str().unwrap().to_owned();
    let session = s.call::<GetSession>(Form::Rest, &Auth::Pat, json!({"sessionId": sid})).await;
    assert!(session.ok()["session"]["factors"]["totp"]["verifiedAt"].is_string());
    // Now the session is the user.
    s.call::<GetUserByID>(Form::Connect, &Auth::Bearer(token), json!({"userId": uid})).await.ok();
    // The same code again (same step) is a replay, also on another session.
    let (other, _) = s.login("otto@example.com", PASSWORD).await;
    let replay = s.call::<SetSession>(Form::Connect, &Auth::Pat, totp_check(&other, &code)).await;
    replay.assert_error(Form::Connect, 400, "invalid_argument", "GATEHOUSE-TOTP-Reused");
    // One step of clock skew ahead is accepted.
    let ahead = code_at_step(&secret, step(&s) + 1);
    s.call::<SetSession>(Form::Connect, &Auth::Pat, totp_check(&other, &ahead)).await.ok();
}

#[tokio::test]
async fn wrong_codes_count_towards_the_lockout_and_without_a_user_nothing_is_checked() {
    let s = start().await;
    let uid = s.add_user("lou@example.com", true).await;
    let (_, token) = s.login("lou@example.com", PASSWORD).await;
    enrol_totp(&s, &Auth::Bearer(token), &uid).await;
    let (sid, _) = s.login("lou@example.com", PASSWORD).await;
    // The default lockout policy allows 5 failed second-factor checks.
    for _ in 0..5 {
        let wrong = s.call::<SetSession>(Form::Connect, &Auth::Pat, totp_check(&sid, "000000")).await;
        wrong.assert_error(Form::Connect, 400, "invalid_argument", "GATEHOUSE-TOTP-Invalid");
    }
    let locked = s.call::<SetSession>(Form::Connect, &Auth::Pat, totp_check(&sid, "000000")).await;
    locked.assert_error(Form::Connect, 400, "failed_precondition", "COMMAND-SFA3t");
    let user = s.call::<GetUserByID>(Form::Connect, &Auth::Pat, json!({"userId": uid})).await;
    assert_eq!(user.ok()["user"]["state"], "USER_STATE_LOCKED");

    let empty = s
        .call::<gatehouse_api::session::CreateSession>(
            Form::Connect,
            &Auth::Pat,
            json!({"checks": {"totp": {"code": "123456"}}}),
        )
        .await;
    empty.assert_error(Form::Connect, 400, "failed_precondition", "COMMAND-x0i0p");
    let malformed =
        s.call::<SetSession>(Form::Connect, &Auth::Pat, json!({"sessionId": sid, "checks": {"totp": {}}})).await;
    malformed.assert_error(Form::Connect, 400, "invalid_argument", "SESSION-Check");
}

#[tokio::test]
async fn only_the_user_and_admins_manage_a_users_authenticator() {
    let s = start().await;
    let uid = s.add_user("ida@example.com", true).await;
    s.add_user("eve@example.com", true).await;
    let (_, eve) = s.login("eve@example.com", PASSWORD).await;
    let a = s.call::<RegisterTOTP>(Form::Rest, &Auth::Bearer(eve.clone()), json!({"userId": uid})).await;
    a.assert_error(Form::Rest, 403, "permission_denied", "AUTHZ-HKJD33");
    let a = s.call::<ListAuthenticationMethodTypes>(Form::Rest, &Auth::Bearer(eve), json!({"userId": uid})).await;
    a.assert_error(Form::Rest, 403, "permission_denied", "AUTHZ-HKJD33");
    let a = s.call::<VerifyTOTPRegistration>(Form::Rest, &Auth::Pat, json!({"userId": uid, "code": "123456"})).await;
    a.assert_error(Form::Rest, 400, "failed_precondition", "COMMAND-8isk2");
    let a = s.call::<RegisterTOTP>(Form::Rest, &Auth::Pat, json!({"userId": "404"})).await;
    a.assert_error(Form::Rest, 404, "not_found", "QUERY-Dfbg2");
}
