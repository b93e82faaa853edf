//! The login policy matrix, asserted at the server: what a session may do as its user depends on forceMfa,
//! forceMfaLocalOnly, the allowed second factors and the second-factor check lifetime; and the factor list methods.

use gatehouse_api::mfa::{AddOTPEmail, HumanMFAInitSkipped, RegisterTOTP, VerifyTOTPRegistration};
use gatehouse_api::session::{CreateSession, SetSession};
use gatehouse_api::settings::admin::{GetLoginPolicy, UpdateLoginPolicy};
use gatehouse_api::settings::factors::{admin as factors, management as org_factors};
use gatehouse_api::settings::management::AddCustomLoginPolicy;
use gatehouse_api::user::{GetUserByID, UpdateHumanUser};
use gatehouse_server::mfa::totp::code_at_step;
use serde_json::{json, Value};

use crate::common::*;
use crate::mfa_totp::{secret_bytes, step};

async fn set_policy(s: &TestServer, change: impl FnOnce(&mut Value)) {
    let mut policy = s.call::<GetLoginPolicy>(Form::Connect, &Auth::Pat, json!({})).await.ok()["policy"].clone();
    change(&mut policy);
    s.call::<UpdateLoginPolicy>(Form::Connect, &Auth::Pat, policy).await.ok();
}

/// A password login in a fresh browser; returns the browser's auth and the session id.
async fn browser_login(s: &TestServer, login_name: &str) -> (Auth, String) {
    let login = json!({"checks": {"user": {"loginName": login_name}, "password": {"password": PASSWORD}}});
    let a = s.call::<CreateSession>(Form::Connect, &Auth::Browser(None), login).await;
    (Auth::Browser(Some(a.cookie().unwrap())), a.ok()["sessionId"].as_str().unwrap().to_owned())
}

async fn acts_as_user(s: &TestServer, auth: &Auth, user_id: &str) -> bool {
    let a = s.call::<GetUserByID>(Form::Connect, auth, json!({"userId": user_id})).await;
    match a.status.as_u16() {
        200 => true,
        403 => false,
        other => panic!("unexpected {other}: {}", a.body),
    }
}

#[tokio::test]
async fn force_mfa_sends_a_user_without_factors_to_set_one_up_and_nowhere_else() {
    let s = start().await;
    let uid = s.add_user("fay@example.com", true).await;
    let (me, _) = browser_login(&s, "fay@example.com").await;
    assert!(acts_as_user(&s, &me, &uid).await, "MFA not forced, no factor: signed in");
    s.call::<HumanMFAInitSkipped>(Form::Rest, &me, json!({"userId": uid})).await.ok();
    let user = s.call::<GetUserByID>(Form::Connect, &Auth::Pat, json!({"userId": uid})).await;
    assert!(user.ok()["user"]["human"]["mfaInitSkipped"].is_string(), "the skip is recorded: {}", user.body);

    for local_only in [false, true] {
        set_policy(&s, |p| {
            p["forceMfa"] = json!(!local_only);
            p["forceMfaLocalOnly"] = json!(local_only);
        })
        .await;
        let (me, _) = browser_login(&s, "fay@example.com").await;
        assert!(!acts_as_user(&s, &me, &uid).await, "forced (local only: {local_only}): the password is not enough");
        let skip = s.call::<HumanMFAInitSkipped>(Form::Rest, &me, json!({"userId": uid})).await;
        skip.assert_error(Form::Rest, 400, "failed_precondition", "GATEHOUSE-MFA-Forced");
    }
    // ...but it may set a factor up, and proving it finishes the login.
    let (me, _) = browser_login(&s, "fay@example.com").await;
    let reg = s.call::<RegisterTOTP>(Form::Connect, &me, json!({"userId": uid})).await;
    let secret = secret_bytes(reg.ok()["secret"].as_str().unwrap());
    let code = code_at_step(&secret, step(&s));
    s.call::<VerifyTOTPRegistration>(Form::Connect, &me, json!({"userId": uid, "code": code})).await.ok();
    assert!(acts_as_user(&s, &me, &uid).await);
}

#[tokio::test]
async fn only_allowed_factors_count_and_checks_expire_with_their_lifetime() {
    let s = start().await;
    let email = "abe@example.com";
    let uid = s.add_user(email, true).await;
    s.call::<AddOTPEmail>(Form::Connect, &Auth::Pat, json!({"userId": uid})).await.ok();
    s.clock.advance(chrono::Duration::seconds(1));
    let (me, sid) = browser_login(&s, email).await;
    assert!(!acts_as_user(&s, &me, &uid).await, "an enrolled second factor is owed even without forceMfa");

    // Not allowed by the policy: it neither is owed nor counts.
    for form in FORMS {
        let a = s
            .call::<factors::RemoveSecondFactorFromLoginPolicy>(
                form,
                &Auth::Pat,
                json!({"type": "SECOND_FACTOR_TYPE_OTP_EMAIL"}),
            )
            .await;
        a.ok();
        let listed = s.call::<factors::ListLoginPolicySecondFactors>(form, &Auth::Pat, json!({})).await;
        assert!(!listed.ok()["result"].to_string().contains("OTP_EMAIL"), "{}", listed.body);
        let again = s
            .call::<factors::RemoveSecondFactorFromLoginPolicy>(
                form,
                &Auth::Pat,
                json!({"type": "SECOND_FACTOR_TYPE_OTP_EMAIL"}),
            )
            .await;
        again.assert_error(form, 404, "not_found", "Instance-3M9od");
        assert!(acts_as_user(&s, &me, &uid).await);
        s.call::<factors::AddSecondFactorToLoginPolicy>(
            form,
            &Auth::Pat,
            json!({"type": "SECOND_FACTOR_TYPE_OTP_EMAIL"}),
        )
        .await
        .ok();
        assert!(!acts_as_user(&s, &me, &uid).await);
    }
    let dup = s
        .call::<factors::AddSecondFactorToLoginPolicy>(
            Form::Rest,
            &Auth::Pat,
            json!({"type": "SECOND_FACTOR_TYPE_OTP_EMAIL"}),
        )
        .await;
    dup.assert_error(Form::Rest, 409, "already_exists", "Instance-3M0fs");

    // Passing the code makes the session the user until secondFactorCheckLifetime runs out.
    set_policy(&s, |p| p["secondFactorCheckLifetime"] = json!("60s")).await;
    let challenge = json!({"sessionId": sid, "challenges": {"otpEmail": {"sendCode": {}}}});
    s.call::<SetSession>(Form::Connect, &me, challenge).await.ok();
    let code = s.latest_code(email).await;
    let check = json!({"sessionId": sid, "checks": {"otpEmail": {"code": code}}});
    s.call::<SetSession>(Form::Connect, &me, check).await.ok();
    assert!(acts_as_user(&s, &me, &uid).await);
    s.clock.advance(chrono::Duration::seconds(61));
    assert!(!acts_as_user(&s, &me, &uid).await, "the second-factor check expired");
}

#[tokio::test]
async fn factor_list_methods_for_the_instance_and_an_org() {
    let s = start().await;
    for form in FORMS {
        let multi = s.call::<factors::ListLoginPolicyMultiFactors>(form, &Auth::Pat, json!({})).await;
        assert_eq!(multi.ok()["result"], json!(["MULTI_FACTOR_TYPE_U2F_WITH_VERIFICATION"]));
        assert_eq!(multi.ok()["details"]["totalResult"], "1");
    }
    s.call::<factors::RemoveMultiFactorFromLoginPolicy>(
        Form::Rest,
        &Auth::Pat,
        json!({"type": "MULTI_FACTOR_TYPE_U2F_WITH_VERIFICATION"}),
    )
    .await
    .ok();
    let unset = s.call::<factors::AddMultiFactorToLoginPolicy>(Form::Connect, &Auth::Pat, json!({})).await;
    unset.assert_error(Form::Connect, 400, "invalid_argument", "IAM-5m9fs");
    // An org needs its own policy first; then its list is its own.
    let add = json!({"type": "SECOND_FACTOR_TYPE_OTP"});
    let none = s.call::<org_factors::RemoveSecondFactorFromLoginPolicy>(Form::Rest, &Auth::Pat, add.clone()).await;
    none.assert_error(Form::Rest, 404, "not_found", "Org-6Hdk2");
    s.call::<AddCustomLoginPolicy>(
        Form::Connect,
        &Auth::Pat,
        json!({"allowUsernamePassword": true, "secondFactors": ["SECOND_FACTOR_TYPE_U2F"]}),
    )
    .await
    .ok();
    s.call::<org_factors::AddSecondFactorToLoginPolicy>(Form::Rest, &Auth::Pat, add).await.ok();
    let listed = s.call::<org_factors::ListLoginPolicySecondFactors>(Form::Connect, &Auth::Pat, json!({})).await;
    assert_eq!(listed.ok()["result"], json!(["SECOND_FACTOR_TYPE_U2F", "SECOND_FACTOR_TYPE_OTP"]));
    // Only owners write policies.
    s.add_user("nina@example.com", true).await;
    let (_, token) = s.login("nina@example.com", PASSWORD).await;
    let denied = s
        .call::<factors::AddSecondFactorToLoginPolicy>(
            Form::Rest,
            &Auth::Bearer(token),
            json!({"type": "SECOND_FACTOR_TYPE_U2F"}),
        )
        .await;
    denied.assert_error(Form::Rest, 403, "permission_denied", "AUTHZ-HKJD33");
}

/// Each factor's check counts for its own lifetime: a session that passed password and TOTP and later confirms
/// with the password alone (the "Confirm it's you" dialog) is still signed in and owes no second TOTP, until the
/// TOTP check is older than secondFactorCheckLifetime; then it owes it again.
#[tokio::test]
async fn a_later_password_recheck_keeps_a_fresh_second_factor() {
    let s = start().await;
    let email = "freya@example.com";
    let uid = s.add_user(email, true).await;
    let (_, token) = s.login(email, PASSWORD).await;
    let secret = crate::mfa_totp::enrol_totp(&s, &Auth::Bearer(token), &uid).await;
    set_policy(&s, |p| p["secondFactorCheckLifetime"] = json!("3600s")).await;

    for form in FORMS {
        // The enrolment (or the last round) spent the current step's code.
        s.clock.advance(chrono::Duration::seconds(30));
        let (me, sid) = browser_login(&s, email).await;
        assert!(!acts_as_user(&s, &me, &uid).await, "the password alone owes the TOTP");
        let totp = json!({"sessionId": sid, "checks": {"totp": {"code": code_at_step(&secret, step(&s))}}});
        s.call::<SetSession>(form, &me, totp).await.ok();
        assert!(acts_as_user(&s, &me, &uid).await);

        // Past the re-authentication window (300 s in tests) a sensitive change asks to confirm...
        s.clock.advance(chrono::Duration::seconds(301));
        let change = json!({"userId": uid, "profile": {"givenName": "Freya", "familyName": "Fresh"}, "username": format!("freya-{}", step(&s))});
        let refused = s.call::<UpdateHumanUser>(form, &me, change.clone()).await;
        refused.assert_error(form, 400, "failed_precondition", "GATEHOUSE-ReauthRequired");
        // ...the password alone confirms it, and the TOTP check (5 minutes old) still counts.
        let password = json!({"sessionId": sid, "checks": {"password": {"password": PASSWORD}}});
        s.call::<SetSession>(form, &me, password.clone()).await.ok();
        assert!(acts_as_user(&s, &me, &uid).await, "no second TOTP after a password re-check");
        s.call::<UpdateHumanUser>(form, &me, change).await.ok();

        // Once the TOTP check is older than its lifetime, a new password check owes it again.
        s.clock.advance(chrono::Duration::seconds(3600));
        s.call::<SetSession>(form, &me, password).await.ok();
        assert!(!acts_as_user(&s, &me, &uid).await, "the TOTP check expired");
        let totp = json!({"sessionId": sid, "checks": {"totp": {"code": code_at_step(&secret, step(&s))}}});
        s.call::<SetSession>(form, &me, totp).await.ok();
        assert!(acts_as_user(&s, &me, &uid).await);
    }
}

/// A factor the session's user enrolled during the session (here codes by email, which the enrolment does not
/// check) does not make a later password re-check owe it, while the enrolment is younger than
/// secondFactorCheckLifetime; a new login owes it at once.
#[tokio::test]
async fn a_factor_enrolled_during_the_session_survives_a_password_recheck() {
    let s = start().await;
    let email = "enzo@example.com";
    let uid = s.add_user(email, true).await;
    set_policy(&s, |p| p["secondFactorCheckLifetime"] = json!("3600s")).await;
    let (me, sid) = browser_login(&s, email).await;
    s.clock.advance(chrono::Duration::seconds(1));
    s.call::<AddOTPEmail>(Form::Rest, &me, json!({"userId": uid})).await.ok();
    assert!(acts_as_user(&s, &me, &uid).await, "adding a factor does not sign its user out");
    s.clock.advance(chrono::Duration::seconds(301));
    let password = json!({"sessionId": sid, "checks": {"password": {"password": PASSWORD}}});
    s.call::<SetSession>(Form::Connect, &me, password.clone()).await.ok();
    assert!(acts_as_user(&s, &me, &uid).await, "the password re-check does not owe the new factor");
    s.call::<UpdateHumanUser>(Form::Connect, &me, json!({"userId": uid, "username": "enzo-renamed"})).await.ok();
    let (fresh_login, _) = browser_login(&s, "enzo-renamed").await;
    assert!(!acts_as_user(&s, &fresh_login, &uid).await, "a new login owes it");
    s.clock.advance(chrono::Duration::seconds(3600));
    s.call::<SetSession>(Form::Connect, &me, password).await.ok();
    assert!(!acts_as_user(&s, &me, &uid).await, "past the lifetime the enrolment no longer stands for a check");
}
