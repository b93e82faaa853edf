//! Signing up with a passkey instead of a password: only the browser that created the password-less account may
//! register its first passkey; second-factor checks wait for a first factor; userless autofill sessions expire and
//! are cleaned up.

use gatehouse_api::session::{CreateSession, GetSession, SetSession};
use gatehouse_api::user::{AddHumanUser, GetUserByID};
use gatehouse_api::webauthn::{RegisterPasskey, VerifyPasskeyRegistration};
use gatehouse_server::clock::Clock;
use serde_json::{json, Value};

use crate::common::*;
use crate::webauthn_soft::{SoftKey, UP, UV};

const REQUIRED: &str = "USER_VERIFICATION_REQUIREMENT_REQUIRED";
const NO_GRANT: &str = "GATEHOUSE-Passkey-SignupGrant";

fn registration(email: &str) -> Value {
    json!({"profile": {"givenName": "Pat", "familyName": "Key"}, "email": {"email": email}})
}

/// Self-registers without a password from a new browser: (user id, that browser's cookie).
async fn sign_up(s: &TestServer, email: &str) -> (String, String) {
    let a = s.call::<AddHumanUser>(Form::Connect, &Auth::Browser(None), registration(email)).await;
    let uid = a.ok()["userId"].as_str().unwrap().to_owned();
    let cookie = a.cookie().expect("self-registration without a password gives the browser its cookie");
    (uid, cookie)
}

async fn start_registration(s: &TestServer, auth: &Auth, uid: &str) -> Answer {
    s.call::<RegisterPasskey>(Form::Rest, auth, json!({"userId": uid, "domain": "localhost"})).await
}

/// A session of `auth`'s browser with only the user checked (what anyone knowing the login name can make).
async fn user_session(s: &TestServer, auth: &Auth, uid: &str) -> (String, Option<String>) {
    let a = s.call::<CreateSession>(Form::Connect, auth, json!({"checks": {"user": {"userId": uid}}})).await;
    (a.ok()["sessionId"].as_str().unwrap().to_owned(), a.cookie())
}

#[tokio::test]
async fn only_the_registering_browser_adds_the_first_passkey() {
    let s = start().await;
    let (uid, cookie) = sign_up(&s, "pia@example.com").await;
    let me = Auth::Browser(Some(cookie.clone()));
    let (sid, _) = user_session(&s, &me, &uid).await;

    // An attacker who knows the login name: a browser of their own with a user-checked session, or no cookie.
    let (_, attacker_cookie) = user_session(&s, &Auth::Browser(None), &uid).await;
    let attacker = Auth::Browser(attacker_cookie);
    for form in FORMS {
        let a = s.call::<RegisterPasskey>(form, &attacker, json!({"userId": uid, "domain": "localhost"})).await;
        a.assert_error(form, 403, "permission_denied", NO_GRANT);
    }
    start_registration(&s, &Auth::Browser(None), &uid).await.assert_error(
        Form::Rest,
        403,
        "permission_denied",
        NO_GRANT,
    );

    // The browser that signed up registers it.
    let a = start_registration(&s, &me, &uid).await;
    let id = a.ok()["passkeyId"].as_str().unwrap().to_owned();
    let (mut key, credential) = SoftKey::create(&a.ok()["publicKeyCredentialCreationOptions"], &s.origin, UP | UV);
    let body = json!({"userId": uid, "passkeyId": id, "publicKeyCredential": credential, "passkeyName": "Laptop"});
    s.call::<VerifyPasskeyRegistration>(Form::Connect, &me, body).await.ok();

    // The grant is spent: a second passkey needs a signed-in session like any other.
    start_registration(&s, &me, &uid).await.assert_error(Form::Rest, 403, "permission_denied", NO_GRANT);

    // The new passkey signs the session in (it is the first factor; the email still waits for verification).
    let challenge = json!({"sessionId": sid,
        "challenges": {"webAuthN": {"domain": "localhost", "userVerificationRequirement": REQUIRED}}});
    let a = s.call::<SetSession>(Form::Connect, &me, challenge).await;
    let options = a.ok()["challenges"]["webAuthN"]["publicKeyCredentialRequestOptions"].clone();
    let check =
        json!({"sessionId": sid, "checks": {"webAuthN": {"credentialAssertionData": key.assert(&options, UP | UV)}}});
    s.call::<SetSession>(Form::Connect, &me, check).await.ok();
    let session = s.call::<GetSession>(Form::Connect, &Auth::Pat, json!({"sessionId": sid})).await;
    assert_eq!(session.ok()["session"]["factors"]["webAuthN"]["userVerified"], true);
}

#[tokio::test]
async fn the_grant_expires_and_never_covers_other_accounts() {
    let s = start().await;
    let (uid, cookie) = sign_up(&s, "late@example.com").await;
    let me = Auth::Browser(Some(cookie.clone()));
    s.clock.advance(chrono::Duration::minutes(16));
    start_registration(&s, &me, &uid).await.assert_error(Form::Rest, 403, "permission_denied", NO_GRANT);

    // A password-less account made by an administrator: no browser has a grant for it.
    let a = s
        .call::<AddHumanUser>(
            Form::Connect,
            &Auth::Pat,
            json!({"profile": {"givenName": "Ad", "familyName": "Min"}, "email": {"email": "made@example.com", "isVerified": true}}),
        )
        .await;
    let made = a.ok()["userId"].as_str().unwrap().to_owned();
    user_session(&s, &me, &made).await;
    start_registration(&s, &me, &made).await.assert_error(Form::Rest, 403, "permission_denied", NO_GRANT);

    // The grant of one sign-up does not reach another account, even from the same browser.
    let (other, _) = sign_up(&s, "other@example.com").await;
    start_registration(&s, &me, &other).await.assert_error(Form::Rest, 403, "permission_denied", NO_GRANT);
}

#[tokio::test]
async fn second_factor_checks_wait_for_a_first_factor() {
    let s = start().await;
    let uid = s.add_user("sally@example.com", true).await;
    let (_, token) = s.login("sally@example.com", PASSWORD).await;
    crate::mfa_totp::enrol_totp(&s, &Auth::Bearer(token), &uid).await;
    let first = "GATEHOUSE-SecondFactor-FirstFactorMissing";

    // Someone who knows only the login name: a user-checked session, then code guesses of every kind.
    let (sid, _) = user_session(&s, &Auth::Pat, &uid).await;
    for _ in 0..8 {
        for (form, check) in [
            (Form::Connect, json!({"totp": {"code": "000000"}})),
            (Form::Rest, json!({"otpSms": {"code": "000000"}})),
            (Form::Connect, json!({"otpEmail": {"code": "000000"}})),
            (Form::Rest, json!({"recoveryCode": {"code": "AAAA-BBBB"}})),
        ] {
            let a = s.call::<SetSession>(form, &Auth::Pat, json!({"sessionId": sid, "checks": check})).await;
            a.assert_error(form, 400, "failed_precondition", first);
        }
    }
    let created = s
        .call::<CreateSession>(
            Form::Rest,
            &Auth::Pat,
            json!({"checks": {"user": {"loginName": "sally@example.com"}, "totp": {"code": "000000"}}}),
        )
        .await;
    created.assert_error(Form::Rest, 400, "failed_precondition", first);
    // None of it counted towards the lockout (five wrong codes would have locked her).
    let user = s.call::<GetUserByID>(Form::Connect, &Auth::Pat, json!({"userId": uid})).await;
    assert_eq!(user.ok()["user"]["state"], "USER_STATE_ACTIVE");

    // After the password the code is checked: wrong is wrong.
    let pw = json!({"sessionId": sid, "checks": {"password": {"password": PASSWORD}}});
    s.call::<SetSession>(Form::Connect, &Auth::Pat, pw).await.ok();
    let a = s
        .call::<SetSession>(
            Form::Connect,
            &Auth::Pat,
            json!({"sessionId": sid, "checks": {"totp": {"code": "000000"}}}),
        )
        .await;
    a.assert_error(Form::Connect, 400, "invalid_argument", "GATEHOUSE-TOTP-Invalid");
    // In one request with the password, too.
    let both = json!({"checks": {"user": {"loginName": "sally@example.com"}, "password": {"password": PASSWORD},
        "totp": {"code": "000000"}}});
    let a = s.call::<CreateSession>(Form::Rest, &Auth::Pat, both).await;
    a.assert_error(Form::Rest, 400, "invalid_argument", "GATEHOUSE-TOTP-Invalid");
}

async fn session_count(s: &TestServer) -> usize {
    let a = s.call::<gatehouse_api::session::ListSessions>(Form::Connect, &Auth::Pat, json!({})).await;
    a.ok()["sessions"].as_array().map_or(0, Vec::len)
}

#[tokio::test]
async fn userless_autofill_sessions_expire_and_are_cleaned_up() {
    let s = start().await;
    let uid = s.add_user("ula@example.com", true).await;
    let a = start_registration(&s, &Auth::Pat, &uid).await;
    let id = a.ok()["passkeyId"].as_str().unwrap().to_owned();
    let (mut key, credential) = SoftKey::create(&a.ok()["publicKeyCredentialCreationOptions"], &s.origin, UP | UV);
    let body = json!({"userId": uid, "passkeyId": id, "publicKeyCredential": credential, "passkeyName": "Phone"});
    s.call::<VerifyPasskeyRegistration>(Form::Connect, &Auth::Pat, body).await.ok();

    let autofill =
        json!({"challenges": {"webAuthN": {"domain": "localhost", "userVerificationRequirement": REQUIRED}}});
    let before = session_count(&s).await;
    // Three page loads, nobody picks a passkey.
    let mut abandoned = Vec::new();
    for _ in 0..3 {
        let a = s.call::<CreateSession>(Form::Connect, &Auth::Browser(None), autofill.clone()).await;
        abandoned.push(a.ok()["sessionId"].as_str().unwrap().to_owned());
    }
    let got = s.call::<GetSession>(Form::Connect, &Auth::Pat, json!({"sessionId": abandoned[0]})).await;
    let expires = got.ok()["session"]["expirationDate"].as_str().expect("a userless session expires").to_owned();
    let expires = chrono::DateTime::parse_from_rfc3339(&expires).unwrap();
    let left = expires.signed_duration_since(s.clock.now());
    assert!(left <= chrono::Duration::minutes(5) && left > chrono::Duration::minutes(4), "{left}");
    assert_eq!(session_count(&s).await, before + 3);

    // Past their lifetime they are refused, and the next autofill session's creation deletes them.
    s.clock.advance(chrono::Duration::minutes(6));
    let stale = json!({"sessionId": abandoned[1], "challenges": {"webAuthN": {"domain": "localhost", "userVerificationRequirement": REQUIRED}}});
    s.call::<SetSession>(Form::Connect, &Auth::Pat, stale).await.assert_error(
        Form::Connect,
        400,
        "failed_precondition",
        "SESSION-Expired",
    );
    let a = s.call::<CreateSession>(Form::Rest, &Auth::Pat, autofill.clone()).await;
    let fresh = a.ok()["sessionId"].as_str().unwrap().to_owned();
    let options = a.ok()["challenges"]["webAuthN"]["publicKeyCredentialRequestOptions"].clone();
    assert_eq!(session_count(&s).await, before + 1, "the three abandoned sessions are gone");
    let gone = s.call::<GetSession>(Form::Connect, &Auth::Pat, json!({"sessionId": abandoned[2]})).await;
    assert_eq!(gone.status.as_u16(), 404, "{}", gone.body);

    // A passkey that binds a user gives the session back its normal (unlimited) lifetime.
    let check =
        json!({"sessionId": fresh, "checks": {"webAuthN": {"credentialAssertionData": key.assert(&options, UP | UV)}}});
    s.call::<SetSession>(Form::Connect, &Auth::Pat, check).await.ok();
    let got = s.call::<GetSession>(Form::Connect, &Auth::Pat, json!({"sessionId": fresh})).await;
    assert!(got.ok()["session"]["expirationDate"].is_null(), "{}", got.body);
    s.clock.advance(chrono::Duration::minutes(10));
    s.call::<CreateSession>(Form::Rest, &Auth::Pat, autofill).await.ok();
    s.call::<GetSession>(Form::Connect, &Auth::Pat, json!({"sessionId": fresh})).await.ok();
}

#[tokio::test]
async fn passkeys_follow_the_host_the_public_one_or_an_orgs_verified_domain() {
    let s = start().await;
    // "Acme" gets the verified domain acme.localhost; login.acme.localhost is added but never verified.
    let a = s.call::<gatehouse_api::org::AddOrganization>(Form::Connect, &Auth::Pat, json!({"name": "Acme"})).await;
    let org = a.ok()["organizationId"].as_str().unwrap().to_owned();
    let unverified = json!({"organizationId": org, "domain": "login.acme.localhost"});
    s.call::<gatehouse_api::org_domain::AddOrganizationDomain>(Form::Rest, &Auth::Pat, unverified).await.ok();
    let uid = s.add_user("hana@example.com", true).await;
    let acme_origin = s.origin.replacen("localhost", "acme.localhost", 1);

    // A passkey made on acme.localhost belongs to that host.
    let a = s.call::<RegisterPasskey>(Form::Rest, &Auth::Pat, json!({"userId": uid, "domain": "acme.localhost"})).await;
    let options = a.ok()["publicKeyCredentialCreationOptions"].clone();
    assert_eq!(options["publicKey"]["rp"]["id"], "acme.localhost");
    let id = a.ok()["passkeyId"].as_str().unwrap().to_owned();
    let (mut key, credential) = SoftKey::create(&options, &acme_origin, UP | UV);
    let body = json!({"userId": uid, "passkeyId": id, "publicKeyCredential": credential, "passkeyName": "Acme"});
    s.call::<VerifyPasskeyRegistration>(Form::Connect, &Auth::Pat, body).await.ok();

    let challenge = |domain: &str| {
        json!({"checks": {"user": {"userId": uid}},
               "challenges": {"webAuthN": {"domain": domain, "userVerificationRequirement": REQUIRED}}})
    };
    // It signs in there.
    let a = s.call::<CreateSession>(Form::Connect, &Auth::Pat, challenge("acme.localhost")).await;
    let sid = a.ok()["sessionId"].as_str().unwrap().to_owned();
    let options = a.ok()["challenges"]["webAuthN"]["publicKeyCredentialRequestOptions"].clone();
    assert_eq!(options["publicKey"]["rpId"], "acme.localhost");
    let check =
        json!({"sessionId": sid, "checks": {"webAuthN": {"credentialAssertionData": key.assert(&options, UP | UV)}}});
    s.call::<SetSession>(Form::Connect, &Auth::Pat, check).await.ok();

    // On the public host the user has no passkey of that host; a discoverable answer with it is refused by name.
    let a = s.call::<CreateSession>(Form::Rest, &Auth::Pat, challenge("localhost")).await;
    a.assert_error(Form::Rest, 400, "failed_precondition", "GATEHOUSE-WebAuthn-NoPasskey");
    let userless =
        json!({"challenges": {"webAuthN": {"domain": "localhost", "userVerificationRequirement": REQUIRED}}});
    let a = s.call::<CreateSession>(Form::Connect, &Auth::Pat, userless).await;
    let sid = a.ok()["sessionId"].as_str().unwrap().to_owned();
    let options = a.ok()["challenges"]["webAuthN"]["publicKeyCredentialRequestOptions"].clone();
    let check =
        json!({"sessionId": sid, "checks": {"webAuthN": {"credentialAssertionData": key.assert(&options, UP | UV)}}});
    let a = s.call::<SetSession>(Form::Connect, &Auth::Pat, check).await;
    a.assert_error(Form::Connect, 400, "invalid_argument", "GATEHOUSE-WebAuthn-OtherHost");

    // Hosts that are neither the public one nor a verified org domain get no relying party.
    for (form, domain) in [(Form::Rest, "evil.localhost"), (Form::Connect, "login.acme.localhost")] {
        let a = s.call::<RegisterPasskey>(form, &Auth::Pat, json!({"userId": uid, "domain": domain})).await;
        a.assert_error(form, 400, "invalid_argument", "GATEHOUSE-WebAuthn-Domain");
        let a = s.call::<CreateSession>(form, &Auth::Pat, challenge(domain)).await;
        a.assert_error(form, 400, "invalid_argument", "GATEHOUSE-WebAuthn-Domain");
    }
}
