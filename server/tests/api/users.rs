use gatehouse_api::user::*;
use serde_json::json;

use crate::common::*;

fn new_user(email: &str) -> serde_json::Value {
    json!({"profile": {"givenName": "Ada", "familyName": "Lovelace"}, "email": {"email": email}, "password": {"password": PASSWORD}})
}

#[tokio::test]
async fn add_get_list_update_delete() {
    let s = start().await;
    for (i, form) in FORMS.into_iter().enumerate() {
        let email = format!("ada{i}@example.com");
        let a = s.call::<AddHumanUser>(form, &Auth::Pat, new_user(&email)).await;
        assert_eq!(a.status.as_u16(), if form == Form::Rest { 201 } else { 200 });
        let uid = a.ok()["userId"].as_str().unwrap().to_owned();
        assert!(a.ok().get("emailCode").is_none(), "sent, not returned");
        assert!(s.outbox().await.iter().any(|m| m["to"] == email.as_str() && m["subject"] == "Verify your email"));

        let dup = s.call::<AddHumanUser>(form, &Auth::Pat, new_user(&email.to_uppercase())).await;
        dup.assert_error(form, 409, "already_exists", "COMMAND-User-Exists");

        let got = s.call::<GetUserByID>(form, &Auth::Pat, json!({"userId": uid})).await;
        let user = &got.ok()["user"];
        assert_eq!(user["username"], email.as_str());
        assert_eq!(user["state"], "USER_STATE_ACTIVE");
        assert_eq!(user["human"]["email"]["email"], email.as_str());
        assert!(user["human"]["email"].get("isVerified").is_none(), "false is omitted");
        assert_eq!(user["loginNames"][1], format!("{email}@gatehouse.localhost"));

        let list = s
            .call::<ListUsers>(
                form,
                &Auth::Pat,
                json!({"queries": [{"orQuery": {"queries": [{"emailQuery": {"emailAddress": email}}, {"userNameQuery": {"userName": "nobody"}}]}}],
                       "query": {"limit": 10, "offset": "0"}}),
            )
            .await;
        assert_eq!(list.ok()["details"]["totalResult"], "1");
        assert_eq!(list.ok()["result"][0]["userId"], uid.as_str());

        let upd = s
            .call::<UpdateHumanUser>(
                form,
                &Auth::Pat,
                json!({"userId": uid, "profile": {"givenName": "Augusta", "familyName": "King"}}),
            )
            .await;
        upd.ok();
        let got = s.call::<GetUserByID>(form, &Auth::Pat, json!({"userId": uid})).await;
        assert_eq!(got.ok()["user"]["human"]["profile"]["displayName"], "Augusta King");

        let session = s
            .call::<gatehouse_api::session::CreateSession>(
                Form::Connect,
                &Auth::Pat,
                json!({"checks": {"user": {"userId": uid}}}),
            )
            .await;
        let sid = session.ok()["sessionId"].as_str().unwrap().to_owned();
        let del = s.call::<DeleteUser>(form, &Auth::Pat, json!({"userId": uid})).await;
        del.ok();
        let gone = s.call::<GetUserByID>(form, &Auth::Pat, json!({"userId": uid})).await;
        gone.assert_error(form, 404, "not_found", "QUERY-Dfbg2");
        let session = s.call::<gatehouse_api::session::GetSession>(form, &Auth::Pat, json!({"sessionId": sid})).await;
        session.assert_error(form, 404, "not_found", "QUERY-SJ42c");
    }
}

#[tokio::test]
async fn password_complexity_is_enforced() {
    let s = start().await;
    for form in FORMS {
        let mut body = new_user("weak@example.com");
        body["password"]["password"] = json!("short");
        let a = s.call::<AddHumanUser>(form, &Auth::Pat, body).await;
        a.assert_error(form, 400, "invalid_argument", "COMMAND-Policy-Password");
        assert!(a.body["message"].as_str().unwrap().contains("a symbol"));
    }
}

#[tokio::test]
async fn email_codes_verify_and_expire() {
    let s = start().await;
    for form in FORMS {
        let email = format!("code-{form:?}@example.com").to_lowercase();
        let mut body = new_user(&email);
        body["email"]["returnCode"] = json!({});
        let a = s.call::<AddHumanUser>(form, &Auth::Pat, body).await;
        let uid = a.ok()["userId"].as_str().unwrap().to_owned();
        let code = a.ok()["emailCode"].as_str().unwrap().to_owned();
        assert_eq!(code.len(), 6);

        let wrong = s.call::<VerifyEmail>(form, &Auth::Pat, json!({"userId": uid, "verificationCode": "WRONG1"})).await;
        wrong.assert_error(form, 400, "invalid_argument", "COMMAND-Code-Invalid");
        let ok = s
            .call::<VerifyEmail>(form, &Auth::Pat, json!({"userId": uid, "verificationCode": code.to_lowercase()}))
            .await;
        ok.ok();
        let got = s.call::<GetUserByID>(form, &Auth::Pat, json!({"userId": uid})).await;
        assert_eq!(got.ok()["user"]["human"]["email"]["isVerified"], true);

        // SetEmail: unverified again until the new code is entered; the code expires after an hour.
        let set = s
            .call::<SetEmail>(
                form,
                &Auth::Pat,
                json!({"userId": uid, "email": format!("new-{email}"), "returnCode": {}}),
            )
            .await;
        let code = set.ok()["verificationCode"].as_str().unwrap().to_owned();
        s.clock.advance(chrono::Duration::minutes(61));
        let expired = s.call::<VerifyEmail>(form, &Auth::Pat, json!({"userId": uid, "verificationCode": code})).await;
        expired.assert_error(form, 400, "failed_precondition", "COMMAND-Code-Expired");

        let resend = s.call::<ResendEmailCode>(form, &Auth::Pat, json!({"userId": uid})).await;
        resend.ok();
        let mailed = s.latest_code(&format!("new-{email}")).await;
        let send = s.call::<SendEmailCode>(form, &Auth::Pat, json!({"userId": uid, "returnCode": {}})).await;
        let returned = send.ok()["verificationCode"].as_str().unwrap().to_owned();
        assert_ne!(mailed, returned, "a new code replaces the old one");
        s.call::<VerifyEmail>(form, &Auth::Pat, json!({"userId": uid, "verificationCode": returned})).await.ok();
    }
}

#[tokio::test]
async fn five_wrong_codes_void_the_code() {
    let s = start().await;
    let mut body = new_user("void@example.com");
    body["email"]["returnCode"] = json!({});
    let a = s.call::<AddHumanUser>(Form::Connect, &Auth::Pat, body).await;
    let uid = a.ok()["userId"].as_str().unwrap().to_owned();
    let code = a.ok()["emailCode"].as_str().unwrap().to_owned();
    for _ in 0..5 {
        s.call::<VerifyEmail>(Form::Connect, &Auth::Pat, json!({"userId": uid, "verificationCode": "WRONG1"})).await;
    }
    let late = s.call::<VerifyEmail>(Form::Connect, &Auth::Pat, json!({"userId": uid, "verificationCode": code})).await;
    late.assert_error(Form::Connect, 400, "invalid_argument", "COMMAND-Code-Invalid");
}

#[tokio::test]
async fn set_password_and_reset() {
    let s = start().await;
    let uid = s.add_user("pw@example.com", true).await;
    let (_, token) = s.login("pw@example.com", PASSWORD).await;
    for form in FORMS {
        // The user themselves, with the current password.
        let wrong = s
            .call::<SetPassword>(
                form,
                &Auth::Bearer(token.clone()),
                json!({"userId": uid, "currentPassword": "nope", "newPassword": {"password": "An0ther!pw"}}),
            )
            .await;
        wrong.assert_error(form, 400, "invalid_argument", "COMMAND-3M0fs");
        let without = s
            .call::<SetPassword>(
                form,
                &Auth::Bearer(token.clone()),
                json!({"userId": uid, "newPassword": {"password": "An0ther!pw"}}),
            )
            .await;
        without.assert_error(form, 403, "permission_denied", "AUTHZ-HKJD33");
        let ok = s
            .call::<SetPassword>(
                form,
                &Auth::Bearer(token.clone()),
                json!({"userId": uid, "currentPassword": PASSWORD, "newPassword": {"password": PASSWORD}}),
            )
            .await;
        ok.ok();

        // Reset: the code authorises.
        let reset = s.call::<PasswordReset>(form, &Auth::Pat, json!({"userId": uid, "returnCode": {}})).await;
        let code = reset.ok()["verificationCode"].as_str().unwrap().to_owned();
        let set = s
            .call::<SetPassword>(form, &Auth::Pat, json!({"userId": uid, "verificationCode": code, "newPassword": {"password": PASSWORD, "changeRequired": true}}))
            .await;
        set.ok();
        let user = s.call::<GetUserByID>(form, &Auth::Pat, json!({"userId": uid})).await;
        assert!(user.ok()["user"]["human"].get("passwordChangeRequired").is_none(), "the user chose it themselves");

        let link = s.call::<PasswordReset>(form, &Auth::Pat, json!({"userId": uid, "sendLink": {}})).await;
        assert!(link.ok().get("verificationCode").is_none());
        let mail = s.outbox().await.into_iter().find(|m| m["subject"] == "Reset your password").unwrap();
        assert!(mail["text"].as_str().unwrap().contains(&format!("/password/set?userId={uid}&code=")));
    }
}
