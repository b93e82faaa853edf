//! SetPhone, VerifyPhone, ResendPhoneCode, RemovePhone: self-service with SMS codes, admin shortcuts, and every
//! refusal.

use gatehouse_api::mfa::{AddOTPSMS, ListAuthenticationMethodTypes};
use gatehouse_api::session::SetSession;
use gatehouse_api::user::{GetUserByID, RemovePhone, ResendPhoneCode, SetPhone, VerifyPhone};
use reqwest::Method;
use serde_json::{json, Value};

use crate::common::*;

async fn sms(s: &TestServer) -> Vec<Value> {
    let a = s.send(s.request(Method::GET, "/gatehouse/v1/dev/outbox", &Auth::Pat)).await;
    a.ok()["sms"].as_array().cloned().unwrap_or_default()
}

/// The code of the newest SMS to `to`.
async fn sms_code(s: &TestServer, to: &str) -> String {
    let all = sms(s).await;
    let text = all.iter().find(|m| m["to"] == to).expect("an sms to the number")["text"].as_str().unwrap().to_owned();
    text.split("code: ").nth(1).and_then(|rest| rest.split_whitespace().next()).unwrap().to_owned()
}

async fn phone_of(s: &TestServer, uid: &str) -> Value {
    s.call::<GetUserByID>(Form::Rest, &Auth::Pat, json!({"userId": uid})).await.ok()["user"]["human"]["phone"].clone()
}

#[tokio::test]
async fn a_user_adds_verifies_and_removes_their_phone() {
    let s = start().await;
    for (i, form) in FORMS.into_iter().enumerate() {
        let email = format!("pia{i}@example.com");
        let number = format!("+4179123456{i}");
        let uid = s.add_user(&email, true).await;
        let (_, token) = s.login(&email, PASSWORD).await;
        let me = Auth::Bearer(token);

        let bad = s.call::<SetPhone>(form, &me, json!({"userId": uid, "phone": "079 123 45 67"})).await;
        bad.assert_error(form, 400, "invalid_argument", "PHONE-so0wa");
        // Only admins may take the code or skip verification.
        for cheat in [json!({"returnCode": {}}), json!({"isVerified": true})] {
            let mut body = json!({"userId": uid, "phone": number});
            body.as_object_mut().unwrap().extend(cheat.as_object().unwrap().clone());
            s.call::<SetPhone>(form, &me, body).await.assert_error(form, 403, "permission_denied", "AUTHZ-HKJD33");
        }

        let spaced = format!("{} {} {}", &number[..3], &number[3..5], &number[5..]);
        let set = s.call::<SetPhone>(form, &me, json!({"userId": uid, "phone": spaced, "sendCode": {}})).await;
        assert!(set.ok().get("verificationCode").is_none(), "a sent code is not returned");
        assert_eq!(phone_of(&s, &uid).await, json!({"phone": number}), "stored normalised, not verified yet");

        let code = sms_code(&s, &number).await;
        let wrong = s.call::<VerifyPhone>(form, &me, json!({"userId": uid, "verificationCode": "WRONG1"})).await;
        wrong.assert_error(form, 400, "invalid_argument", "COMMAND-Code-Invalid");
        s.call::<VerifyPhone>(form, &me, json!({"userId": uid, "verificationCode": code})).await.ok();
        assert_eq!(phone_of(&s, &uid).await, json!({"phone": number, "isVerified": true}));
        let mails = s.outbox().await;
        assert!(mails.iter().any(|m| m["to"] == email.as_str() && m["subject"] == "Your phone number was changed"));

        let again = s.call::<ResendPhoneCode>(form, &me, json!({"userId": uid})).await;
        again.assert_error(form, 400, "failed_precondition", "COMMAND-PhoneVerified");

        s.call::<RemovePhone>(form, &me, json!({"userId": uid})).await.ok();
        assert_eq!(phone_of(&s, &uid).await, json!({}));
        let gone = s.call::<RemovePhone>(form, &me, json!({"userId": uid})).await;
        gone.assert_error(form, 400, "failed_precondition", "COMMAND-ku6Ah");
    }
}

#[tokio::test]
async fn others_are_refused_and_admins_may_shortcut() {
    let s = start().await;
    let alice = s.add_user("alice@example.com", true).await;
    let bob = s.add_user("bob@example.com", true).await;
    let (_, bob_token) = s.login("bob@example.com", PASSWORD).await;
    let as_bob = Auth::Bearer(bob_token);
    for form in FORMS {
        let body = json!({"userId": alice, "phone": "+41791111111"});
        s.call::<SetPhone>(form, &as_bob, body).await.assert_error(form, 403, "permission_denied", "AUTHZ-HKJD33");
        let verify = json!({"userId": alice, "verificationCode": "ABCDEF"});
        s.call::<VerifyPhone>(form, &as_bob, verify).await.assert_error(form, 403, "permission_denied", "AUTHZ-HKJD33");
        let remove = s.call::<RemovePhone>(form, &as_bob, json!({"userId": alice})).await;
        remove.assert_error(form, 403, "permission_denied", "AUTHZ-HKJD33");
        let anonymous =
            s.call::<SetPhone>(form, &Auth::Browser(None), json!({"userId": alice, "phone": "+41791111111"})).await;
        anonymous.assert_error(form, 403, "permission_denied", "AUTHZ-HKJD33");
    }

    // The login client may set a verified number, or take the code (which expires after an hour).
    let set = json!({"userId": alice, "phone": "+41792222222", "isVerified": true});
    s.call::<SetPhone>(Form::Rest, &Auth::Pat, set).await.ok();
    assert_eq!(phone_of(&s, &alice).await, json!({"phone": "+41792222222", "isVerified": true}));
    let returned = s
        .call::<SetPhone>(Form::Connect, &Auth::Pat, json!({"userId": bob, "phone": "+41793333333", "returnCode": {}}))
        .await;
    let code = returned.ok()["verificationCode"].as_str().unwrap().to_owned();
    assert!(sms(&s).await.is_empty(), "a returned code is not texted");
    s.clock.advance(chrono::Duration::minutes(61));
    let expired =
        s.call::<VerifyPhone>(Form::Connect, &Auth::Pat, json!({"userId": bob, "verificationCode": code})).await;
    expired.assert_error(Form::Connect, 400, "failed_precondition", "COMMAND-Code-Expired");
    let resent = s.call::<ResendPhoneCode>(Form::Rest, &Auth::Pat, json!({"userId": bob, "returnCode": {}})).await;
    let code = resent.ok()["verificationCode"].as_str().unwrap().to_owned();
    s.call::<VerifyPhone>(Form::Rest, &Auth::Pat, json!({"userId": bob, "verificationCode": code})).await.ok();
    assert_eq!(phone_of(&s, &bob).await["isVerified"], true);
}

#[tokio::test]
async fn self_service_code_sends_are_throttled() {
    let s = start().await;
    let uid = s.add_user("tom@example.com", true).await;
    let (_, token) = s.login("tom@example.com", PASSWORD).await;
    let me = Auth::Bearer(token);
    s.call::<SetPhone>(Form::Connect, &me, json!({"userId": uid, "phone": "+41794444444"})).await.ok();
    for _ in 1..5 {
        s.call::<ResendPhoneCode>(Form::Connect, &me, json!({"userId": uid})).await.ok();
    }
    let sixth = s.call::<ResendPhoneCode>(Form::Rest, &me, json!({"userId": uid})).await;
    sixth.assert_error(Form::Rest, 429, "resource_exhausted", "GATEHOUSE-Code-Sends");
    assert_eq!(sms(&s).await.len(), 5);
    s.clock.advance(chrono::Duration::minutes(11));
    s.call::<ResendPhoneCode>(Form::Rest, &me, json!({"userId": uid})).await.ok();
}

#[tokio::test]
async fn a_phone_given_at_creation_is_normalised_and_verified_only_by_admins() {
    let s = start().await;
    let body = json!({"profile": {"givenName": "Vic", "familyName": "Tor"}, "email": {"email": "vic@example.com", "isVerified": true},
                      "phone": {"phone": "+41 79 666 77 88", "isVerified": true}, "password": {"password": PASSWORD}});
    let a = s.call::<gatehouse_api::user::AddHumanUser>(Form::Rest, &Auth::Pat, body).await;
    let uid = a.ok()["userId"].as_str().unwrap().to_owned();
    assert_eq!(phone_of(&s, &uid).await, json!({"phone": "+41796667788", "isVerified": true}));
    // Self-registration may not claim a verified phone.
    let body = json!({"profile": {"givenName": "Eve", "familyName": "Il"}, "email": {"email": "eve@example.com"},
                      "phone": {"phone": "+41796667789", "isVerified": true}, "password": {"password": PASSWORD}});
    let a = s.call::<gatehouse_api::user::AddHumanUser>(Form::Connect, &Auth::Browser(None), body).await;
    a.assert_error(Form::Connect, 403, "permission_denied", "USER-Register-Fields");
}

async fn methods(s: &TestServer, uid: &str) -> String {
    let a = s.call::<ListAuthenticationMethodTypes>(Form::Rest, &Auth::Pat, json!({"userId": uid})).await;
    a.ok()["authMethodTypes"].to_string()
}

/// Mails to `to` saying codes by SMS were removed.
async fn removed_mails(s: &TestServer, to: &str) -> usize {
    let mails = s.outbox().await;
    mails
        .iter()
        .filter(|m| m["to"] == to)
        .filter(|m| m["subject"] == "A sign-in method was removed from your account")
        .filter(|m| m["text"].as_str().unwrap_or_default().contains("Sign-in codes by SMS"))
        .count()
}

/// Security review M4: codes by SMS never go to a number the user has not verified. Changing the number to a new,
/// unverified one or removing it removes the OTP-SMS factor (mail to the user); the same number again, or a number
/// an admin marks verified, keeps it.
#[tokio::test]
async fn a_new_or_removed_number_ends_codes_by_sms() {
    let s = start().await;
    let uid = s.add_user("olga@example.com", true).await;
    let enrol = |number: &'static str| {
        let uid = uid.clone();
        let s = &s;
        async move {
            let body = json!({"userId": uid, "phone": number, "isVerified": true});
            s.call::<SetPhone>(Form::Connect, &Auth::Pat, body).await.ok();
            s.call::<AddOTPSMS>(Form::Connect, &Auth::Pat, json!({"userId": uid})).await.ok();
        }
    };
    enrol("+41795550000").await;
    // An OTP-SMS user signs in with a code after the password; the session token then acts as them.
    let (sid, _) = s.login("olga@example.com", PASSWORD).await;
    let challenge = json!({"sessionId": sid, "challenges": {"otpSms": {"returnCode": true}}});
    let code = s.call::<SetSession>(Form::Connect, &Auth::Pat, challenge).await.ok()["challenges"]["otpSms"]
        .as_str()
        .unwrap()
        .to_owned();
    let a = s
        .call::<SetSession>(Form::Connect, &Auth::Pat, json!({"sessionId": sid, "checks": {"otpSms": {"code": code}}}))
        .await;
    let me = Auth::Bearer(a.ok()["sessionToken"].as_str().unwrap().to_owned());
    assert!(methods(&s, &uid).await.contains("OTP_SMS"));

    // The same number again (unverified until the new code): the factor stays.
    s.call::<SetPhone>(Form::Rest, &me, json!({"userId": uid, "phone": "+41795550000"})).await.ok();
    assert!(methods(&s, &uid).await.contains("OTP_SMS"));
    assert_eq!(removed_mails(&s, "olga@example.com").await, 0);
    // A new number: the factor goes, the user is told, and it cannot come back before the number is verified.
    s.call::<SetPhone>(Form::Rest, &me, json!({"userId": uid, "phone": "+41795551111"})).await.ok();
    assert!(!methods(&s, &uid).await.contains("OTP_SMS"), "{}", methods(&s, &uid).await);
    assert_eq!(removed_mails(&s, "olga@example.com").await, 1);
    let again = s.call::<AddOTPSMS>(Form::Connect, &me, json!({"userId": uid})).await;
    again.assert_error(Form::Connect, 400, "failed_precondition", "COMMAND-Sg1hy");
    let challenge = json!({"sessionId": sid, "challenges": {"otpSms": {"returnCode": true}}});
    let no_factor = s.call::<SetSession>(Form::Connect, &Auth::Pat, challenge).await;
    assert!(!no_factor.status.is_success(), "no code for a removed factor: {}", no_factor.body);

    // Removing the number removes the factor too (as ZITADEL does).
    enrol("+41795552222").await;
    s.call::<RemovePhone>(Form::Connect, &Auth::Pat, json!({"userId": uid})).await.ok();
    assert!(!methods(&s, &uid).await.contains("OTP_SMS"));
    assert_eq!(removed_mails(&s, "olga@example.com").await, 2);
    // An admin setting a number as verified keeps the factor.
    enrol("+41795553333").await;
    s.call::<SetPhone>(Form::Connect, &Auth::Pat, json!({"userId": uid, "phone": "+41795554444", "isVerified": true}))
        .await
        .ok();
    assert!(methods(&s, &uid).await.contains("OTP_SMS"));
    assert_eq!(removed_mails(&s, "olga@example.com").await, 2);
}
