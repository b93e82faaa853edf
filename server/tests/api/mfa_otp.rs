//! One-time codes by email as a second factor: enabling it, the session's otpEmail challenge and check with its error
//! paths, returnCode only for login clients, and removing the last factor under a forced MFA.

use gatehouse_api::mfa::{AddOTPEmail, AddOTPSMS, ListAuthenticationMethodTypes, RemoveOTPEmail};
use gatehouse_api::session::{GetSession, SetSession};
use gatehouse_api::settings::admin::UpdateLoginPolicy;
use gatehouse_api::user::GetUserByID;
use serde_json::{json, Value};

use crate::common::*;

fn challenge(session_id: &str, how: Value) -> Value {
    json!({"sessionId": session_id, "challenges": {"otpEmail": how}})
}

fn check(session_id: &str, code: &str) -> Value {
    json!({"sessionId": session_id, "checks": {"otpEmail": {"code": code}}})
}

#[tokio::test]
async fn email_codes_enable_send_check_and_remove() {
    let s = start().await;
    let email = "olga@example.com";
    let uid = s.add_user(email, true).await;
    let (_, token) = s.login(email, PASSWORD).await;
    let me = Auth::Bearer(token);
    for form in FORMS {
        let unverified = s.add_user(&format!("u-{form:?}@example.com"), false).await;
        let a = s.call::<AddOTPEmail>(form, &Auth::Pat, json!({"userId": unverified})).await;
        a.assert_error(form, 400, "failed_precondition", "COMMAND-Sg1hz");
    }
    s.call::<AddOTPEmail>(Form::Rest, &me, json!({"userId": uid})).await.ok();
    let again = s.call::<AddOTPEmail>(Form::Connect, &me, json!({"userId": uid})).await;
    again.assert_error(Form::Connect, 409, "already_exists", "COMMAND-Otp-Exists");
    let methods = s.call::<ListAuthenticationMethodTypes>(Form::Rest, &Auth::Pat, json!({"userId": uid})).await;
    assert_eq!(
        methods.ok()["authMethodTypes"],
        json!(["AUTHENTICATION_METHOD_TYPE_PASSWORD", "AUTHENTICATION_METHOD_TYPE_OTP_EMAIL"])
    );

    // A new login owes the code.
    s.clock.advance(chrono::Duration::seconds(1));
    let (sid, token) = s.login(email, PASSWORD).await;
    let denied = s.call::<GetUserByID>(Form::Connect, &Auth::Bearer(token), json!({"userId": uid})).await;
    denied.assert_error(Form::Connect, 403, "permission_denied", "AUTHZ-HKJD33");
    let none = s.call::<SetSession>(Form::Connect, &Auth::Pat, check(&sid, "123456")).await;
    none.assert_error(Form::Connect, 400, "failed_precondition", "COMMAND-Otp-NoChallenge");
    let sent = s.call::<SetSession>(Form::Rest, &Auth::Pat, challenge(&sid, json!({"sendCode": {}}))).await;
    assert!(sent.ok().get("challenges").is_none(), "a sent code is not in the answer: {}", sent.body);
    let code = s.latest_code(email).await;
    assert_eq!(code.len(), 6);
    let wrong = s.call::<SetSession>(Form::Connect, &Auth::Pat, check(&sid, "000000")).await;
    wrong.assert_error(Form::Connect, 400, "invalid_argument", "COMMAND-Code-Invalid");
    let ok = s.call::<SetSession>(Form::Rest, &Auth::Pat, check(&sid, &code)).await;
    let token = ok.ok()["sessionToken"].as_str().unwrap().to_owned();
    let session = s.call::<GetSession>(Form::Connect, &Auth::Pat, json!({"sessionId": sid})).await;
    assert!(session.ok()["session"]["factors"]["otpEmail"]["verifiedAt"].is_string());
    let verified = Auth::Bearer(token);
    s.call::<GetUserByID>(Form::Connect, &verified, json!({"userId": uid})).await.ok();
    // Single use.
    let reused = s.call::<SetSession>(Form::Connect, &Auth::Pat, check(&sid, &code)).await;
    reused.assert_error(Form::Connect, 400, "failed_precondition", "COMMAND-Otp-NoChallenge");

    // returnCode: the login client gets the code; it expires after five minutes.
    let (sid, _) = s.login(email, PASSWORD).await;
    let back = s.call::<SetSession>(Form::Connect, &Auth::Pat, challenge(&sid, json!({"returnCode": {}}))).await;
    let code = back.ok()["challenges"]["otpEmail"].as_str().unwrap().to_owned();
    s.clock.advance(chrono::Duration::minutes(5));
    let expired = s.call::<SetSession>(Form::Connect, &Auth::Pat, check(&sid, &code)).await;
    expired.assert_error(Form::Connect, 400, "failed_precondition", "COMMAND-Code-Expired");
    let both = s
        .call::<SetSession>(Form::Connect, &Auth::Pat, challenge(&sid, json!({"returnCode": {}, "sendCode": {}})))
        .await;
    both.assert_error(Form::Connect, 400, "invalid_argument", "SESSION-oneof");

    // Under a forced MFA the user may not remove their last second factor; an admin may.
    let mut policy =
        s.call::<gatehouse_api::settings::admin::GetLoginPolicy>(Form::Connect, &Auth::Pat, json!({})).await.ok()
            ["policy"]
            .clone();
    policy["forceMfa"] = json!(true);
    s.call::<UpdateLoginPolicy>(Form::Connect, &Auth::Pat, policy).await.ok();
    let last = s.call::<RemoveOTPEmail>(Form::Rest, &verified, json!({"userId": uid})).await;
    last.assert_error(Form::Rest, 400, "failed_precondition", "GATEHOUSE-MFA-LastFactor");
    s.call::<RemoveOTPEmail>(Form::Rest, &Auth::Pat, json!({"userId": uid})).await.ok();
    let gone = s.call::<RemoveOTPEmail>(Form::Rest, &Auth::Pat, json!({"userId": uid})).await;
    gone.assert_error(Form::Rest, 404, "not_found", "COMMAND-Otp-NotFound");
}

#[tokio::test]
async fn a_browser_cannot_take_the_code_instead_of_receiving_it() {
    let s = start().await;
    let email = "bo@example.com";
    s.add_user(email, true).await;
    let uid = s.call::<gatehouse_api::user::ListUsers>(Form::Connect, &Auth::Pat, json!({})).await;
    let uid = uid.ok()["result"].as_array().unwrap().iter().find(|u| u["username"] == email).unwrap()["userId"]
        .as_str()
        .unwrap()
        .to_owned();
    s.call::<AddOTPEmail>(Form::Connect, &Auth::Pat, json!({"userId": uid})).await.ok();
    let login = json!({"checks": {"user": {"loginName": email}, "password": {"password": PASSWORD}}});
    let a = s.call::<gatehouse_api::session::CreateSession>(Form::Connect, &Auth::Browser(None), login).await;
    let sid = a.ok()["sessionId"].as_str().unwrap().to_owned();
    let browser = Auth::Browser(Some(a.cookie().unwrap()));
    let taken = s.call::<SetSession>(Form::Connect, &browser, challenge(&sid, json!({"returnCode": {}}))).await;
    taken.assert_error(Form::Connect, 403, "permission_denied", "AUTHZ-HKJD33");
    let sent = s.call::<SetSession>(Form::Connect, &browser, challenge(&sid, json!({}))).await;
    sent.ok();
    let code = s.latest_code(email).await;
    s.call::<SetSession>(Form::Connect, &browser, check(&sid, &code)).await.ok();
    s.call::<GetUserByID>(Form::Connect, &browser, json!({"userId": uid})).await.ok();
}

#[tokio::test]
async fn sms_codes_need_a_verified_number_and_arrive_by_sms() {
    let s = start().await;
    let email = "sam@example.com";
    let number = "+41791112233";
    let uid = s.add_user(email, true).await;
    let none = s.call::<AddOTPSMS>(Form::Rest, &Auth::Pat, json!({"userId": uid})).await;
    none.assert_error(Form::Rest, 400, "failed_precondition", "COMMAND-Sg1hy");
    let set = json!({"userId": uid, "phone": number, "isVerified": true});
    s.call::<gatehouse_api::user::SetPhone>(Form::Connect, &Auth::Pat, set).await.ok();
    s.call::<AddOTPSMS>(Form::Rest, &Auth::Pat, json!({"userId": uid})).await.ok();
    s.clock.advance(chrono::Duration::seconds(1));
    let (sid, _) = s.login(email, PASSWORD).await;
    let sms_challenge = json!({"sessionId": sid, "challenges": {"otpSms": {}}});
    s.call::<SetSession>(Form::Connect, &Auth::Pat, sms_challenge).await.ok();
    let outbox = s.send(s.request(reqwest::Method::GET, "/gatehouse/v1/dev/outbox", &Auth::Pat)).await;
    let sms = outbox.ok()["sms"].as_array().unwrap().iter().rev().find(|m| m["to"] == number).unwrap().clone();
    let text = sms["text"].as_str().unwrap();
    let code: String = text.split(|c: char| !c.is_ascii_digit()).find(|w| w.len() == 6).unwrap().to_owned();
    let wrong = s
        .call::<SetSession>(
            Form::Connect,
            &Auth::Pat,
            json!({"sessionId": sid, "checks": {"otpSms": {"code": "000000"}}}),
        )
        .await;
    wrong.assert_error(Form::Connect, 400, "invalid_argument", "COMMAND-Code-Invalid");
    let ok = s
        .call::<SetSession>(Form::Connect, &Auth::Pat, json!({"sessionId": sid, "checks": {"otpSms": {"code": code}}}))
        .await;
    ok.ok();
    let session = s.call::<GetSession>(Form::Rest, &Auth::Pat, json!({"sessionId": sid})).await;
    assert!(session.ok()["session"]["factors"]["otpSms"]["verifiedAt"].is_string());
    s.call::<gatehouse_api::mfa::RemoveOTPSMS>(Form::Rest, &Auth::Pat, json!({"userId": uid})).await.ok();
}
