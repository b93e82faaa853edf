//! Passkeys and U2F security keys over the API: registration ceremonies, session checks (with and without a
//! username), list/rename/remove, login settings, and the error paths.

use gatehouse_api::session::{CreateSession, GetSession, SetSession};
use gatehouse_api::user::AddHumanUser;
use gatehouse_api::webauthn::{
    ListPasskeys, ListU2F, RegisterPasskey, RegisterU2F, RemovePasskey, RemoveU2F, RenamePasskey,
    VerifyPasskeyRegistration, VerifyU2FRegistration,
};
use reqwest::Method;
use serde_json::{json, Value};

use crate::common::*;
use crate::webauthn_soft::{SoftKey, UP, UV};

const REQUIRED: &str = "USER_VERIFICATION_REQUIREMENT_REQUIRED";
const DISCOURAGED: &str = "USER_VERIFICATION_REQUIREMENT_DISCOURAGED";

async fn register_passkey(s: &TestServer, auth: &Auth, user_id: &str, name: &str) -> (SoftKey, String) {
    let a = s.call::<RegisterPasskey>(Form::Rest, auth, json!({"userId": user_id, "domain": "localhost"})).await;
    let id = a.ok()["passkeyId"].as_str().unwrap().to_owned();
    let options = a.ok()["publicKeyCredentialCreationOptions"].clone();
    let (key, credential) = SoftKey::create(&options, &s.origin, UP | UV);
    let body = json!({"userId": user_id, "passkeyId": id, "publicKeyCredential": credential, "passkeyName": name});
    s.call::<VerifyPasskeyRegistration>(Form::Connect, auth, body).await.ok();
    (key, id)
}

async fn register_u2f(s: &TestServer, user_id: &str, name: &str) -> (SoftKey, String) {
    let a = s.call::<RegisterU2F>(Form::Rest, &Auth::Pat, json!({"userId": user_id, "domain": "localhost"})).await;
    let id = a.ok()["u2fId"].as_str().unwrap().to_owned();
    let options = a.ok()["publicKeyCredentialCreationOptions"].clone();
    let (key, credential) = SoftKey::create(&options, &s.origin, UP);
    let body = json!({"userId": user_id, "u2fId": id, "publicKeyCredential": credential, "tokenName": name});
    s.call::<VerifyU2FRegistration>(Form::Rest, &Auth::Pat, body).await.ok();
    (key, id)
}

fn request_options(answer: &Value) -> Value {
    answer["challenges"]["webAuthN"]["publicKeyCredentialRequestOptions"].clone()
}

/// A session with the user checked and a webAuthN challenge: (session id, request options).
async fn challenged(s: &TestServer, login_name: &str, requirement: &str) -> (String, Value) {
    let a = s
        .call::<CreateSession>(
            Form::Connect,
            &Auth::Pat,
            json!({"checks": {"user": {"loginName": login_name}},
                   "challenges": {"webAuthN": {"domain": "localhost", "userVerificationRequirement": requirement}}}),
        )
        .await;
    (a.ok()["sessionId"].as_str().unwrap().to_owned(), request_options(a.ok()))
}

async fn check(s: &TestServer, form: Form, session_id: &str, assertion: Value) -> Answer {
    let body = json!({"sessionId": session_id, "checks": {"webAuthN": {"credentialAssertionData": assertion}}});
    s.call::<SetSession>(form, &Auth::Pat, body).await
}

async fn factors(s: &TestServer, session_id: &str) -> Value {
    let a = s.call::<GetSession>(Form::Connect, &Auth::Pat, json!({"sessionId": session_id})).await;
    a.ok()["session"]["factors"].clone()
}

async fn passkeys(s: &TestServer, user_id: &str) -> Vec<Value> {
    let a = s.call::<ListPasskeys>(Form::Rest, &Auth::Pat, json!({"userId": user_id})).await;
    a.ok()["result"].as_array().cloned().unwrap_or_default()
}

#[tokio::test]
async fn passkey_registration_login_rename_and_removal() {
    let s = start().await;
    let uid = s.add_user("pia@example.com", true).await;
    let (_, token) = s.login("pia@example.com", PASSWORD).await;
    // The user registers for themselves (session token); the options ask for a discoverable, verifying credential.
    let a = s.call::<RegisterPasskey>(Form::Connect, &Auth::Bearer(token.clone()), json!({"userId": uid})).await;
    let pk = &a.ok()["publicKeyCredentialCreationOptions"]["publicKey"];
    assert_eq!(pk["rp"]["id"], "localhost");
    assert_eq!(pk["attestation"], "none");
    assert_eq!(pk["authenticatorSelection"]["userVerification"], "required");
    assert_eq!(pk["authenticatorSelection"]["residentKey"], "required");
    let pending_id = a.ok()["passkeyId"].as_str().unwrap().to_owned();
    assert!(passkeys(&s, &uid).await.is_empty(), "a pending passkey is not listed");
    let (mut key, credential) = SoftKey::create(&a.ok()["publicKeyCredentialCreationOptions"], &s.origin, UP | UV);
    let verify =
        json!({"userId": uid, "passkeyId": pending_id, "publicKeyCredential": credential, "passkeyName": "Laptop"});
    s.call::<VerifyPasskeyRegistration>(Form::Rest, &Auth::Bearer(token.clone()), verify.clone()).await.ok();
    // The ceremony answers once.
    let again = s.call::<VerifyPasskeyRegistration>(Form::Connect, &Auth::Bearer(token.clone()), verify).await;
    again.assert_error(Form::Connect, 400, "failed_precondition", "GATEHOUSE-WebAuthn-NoCeremony");
    let list = passkeys(&s, &uid).await;
    assert_eq!(list.len(), 1);
    assert_eq!(
        (list[0]["name"].as_str(), list[0]["state"].as_str()),
        (Some("Laptop"), Some("AUTH_FACTOR_STATE_READY"))
    );
    assert!(list[0]["creationDate"].is_string() && list[0].get("lastUsedDate").is_none());

    // Log in: user check + challenge listing the passkey, then the assertion.
    let (sid, options) = challenged(&s, "pia@example.com", REQUIRED).await;
    assert_eq!(options["publicKey"]["userVerification"], "required");
    assert_eq!(options["publicKey"]["rpId"], "localhost");
    let allowed = options["publicKey"]["allowCredentials"][0]["id"].as_str().unwrap();
    assert_eq!(crate::webauthn_soft::unb64(allowed), key.credential_id);
    let assertion = key.assert(&options, UP | UV);
    check(&s, Form::Rest, &sid, assertion.clone()).await.ok();
    let f = factors(&s, &sid).await;
    assert_eq!(f["webAuthN"]["userVerified"], true);
    assert!(f["webAuthN"]["verifiedAt"].is_string());
    assert!(passkeys(&s, &uid).await[0]["lastUsedDate"].is_string());
    // The challenge was single use: replaying the assertion finds none.
    check(&s, Form::Connect, &sid, assertion.clone()).await.assert_error(
        Form::Connect,
        400,
        "failed_precondition",
        "COMMAND-O8jjk",
    );
    // A fresh challenge does not accept the old answer, nor a counter that did not move forward.
    let (sid2, options2) = challenged(&s, "pia@example.com", REQUIRED).await;
    check(&s, Form::Rest, &sid2, assertion).await.assert_error(
        Form::Rest,
        400,
        "invalid_argument",
        "GATEHOUSE-WebAuthn-Invalid",
    );
    let (sid3, options3) = challenged(&s, "pia@example.com", REQUIRED).await;
    let stale = key.assert_with_counter(&options3, UP | UV, 1);
    let a = check(&s, Form::Connect, &sid3, stale).await;
    a.assert_error(Form::Connect, 400, "invalid_argument", "GATEHOUSE-WebAuthn-Invalid");
    assert!(a.body["message"].as_str().unwrap().contains("counter"), "{}", a.body);
    let _ = options2;

    // Rename (Gatehouse extension), then remove (the user has a password, so this is not their last way in).
    let id = list[0]["id"].as_str().unwrap().to_owned();
    let rename = json!({"userId": uid, "passkeyId": id, "name": "  Work laptop "});
    s.call::<RenamePasskey>(Form::Rest, &Auth::Bearer(token.clone()), rename).await.ok();
    assert_eq!(passkeys(&s, &uid).await[0]["name"], "Work laptop");
    let empty = json!({"userId": uid, "passkeyId": id, "name": " "});
    s.call::<RenamePasskey>(Form::Connect, &Auth::Pat, empty).await.assert_error(
        Form::Connect,
        400,
        "invalid_argument",
        "GATEHOUSE-WebAuthn-Name",
    );
    let remove = json!({"userId": uid, "passkeyId": id});
    s.call::<RemovePasskey>(Form::Rest, &Auth::Bearer(token.clone()), remove.clone()).await.ok();
    assert!(passkeys(&s, &uid).await.is_empty());
    s.call::<RemovePasskey>(Form::Connect, &Auth::Pat, remove).await.assert_error(
        Form::Connect,
        404,
        "not_found",
        "COMMAND-Dfgh2",
    );
    // The security log has the changes.
    let events: Vec<String> = {
        let db = sqlx::SqlitePool::connect(&format!("sqlite://{}", s.data_dir.join("gatehouse.db").display()))
            .await
            .unwrap();
        sqlx::query_scalar("SELECT event_type FROM events WHERE aggregate_id = $1 AND event_type LIKE 'user.passkey.%'")
            .bind(&uid)
            .fetch_all(&db)
            .await
            .unwrap()
    };
    assert_eq!(events, ["user.passkey.added", "user.passkey.renamed", "user.passkey.removed"]);
}

#[tokio::test]
async fn usernameless_login_finds_the_user_from_the_passkey() {
    let s = start().await;
    let uid = s.add_user("uma@example.com", true).await;
    let (mut key, _) = register_passkey(&s, &Auth::Pat, &uid, "Phone").await;
    // Gatehouse extension: a session without a user may ask for a discoverable (REQUIRED) challenge.
    let a = s
        .call::<CreateSession>(
            Form::Rest,
            &Auth::Pat,
            json!({"challenges": {"webAuthN": {"domain": "localhost", "userVerificationRequirement": REQUIRED}}}),
        )
        .await;
    let sid = a.ok()["sessionId"].as_str().unwrap().to_owned();
    let options = request_options(a.ok());
    assert!(options["publicKey"]["allowCredentials"].as_array().is_none_or(|c| c.is_empty()), "{options}");
    check(&s, Form::Connect, &sid, key.assert(&options, UP | UV)).await.ok();
    let f = factors(&s, &sid).await;
    assert_eq!(f["user"]["id"], uid.as_str());
    assert_eq!(f["webAuthN"]["userVerified"], true);
    // A security-key challenge needs a user first.
    let a = s
        .call::<CreateSession>(
            Form::Connect,
            &Auth::Pat,
            json!({"challenges": {"webAuthN": {"domain": "localhost", "userVerificationRequirement": DISCOURAGED}}}),
        )
        .await;
    a.assert_error(Form::Connect, 400, "failed_precondition", "SESSION-WebAuthN-User");
}

#[tokio::test]
async fn unknown_credentials_wrong_domains_and_expired_challenges_are_refused() {
    let s = start().await;
    let uid = s.add_user("eli@example.com", true).await;
    let other = s.add_user("oto@example.com", true).await;
    let (mut key, _) = register_passkey(&s, &Auth::Pat, &uid, "Key").await;
    let (mut stranger, _) = register_passkey(&s, &Auth::Pat, &other, "Other").await;
    // Another account's passkey does not log in as this user.
    let (sid, options) = challenged(&s, "eli@example.com", REQUIRED).await;
    check(&s, Form::Rest, &sid, stranger.assert(&options, UP | UV)).await.assert_error(
        Form::Rest,
        400,
        "invalid_argument",
        "GATEHOUSE-WebAuthn-Unknown",
    );
    // Without user verification a passkey check fails.
    let (sid, options) = challenged(&s, "eli@example.com", REQUIRED).await;
    let a = check(&s, Form::Connect, &sid, key.assert(&options, UP)).await;
    a.assert_error(Form::Connect, 400, "invalid_argument", "GATEHOUSE-WebAuthn-Invalid");
    // Only our relying party id; a requirement must be given.
    for (domain, requirement, id) in [
        ("evil.example", REQUIRED, "GATEHOUSE-WebAuthn-Domain"),
        ("localhost", "USER_VERIFICATION_REQUIREMENT_UNSPECIFIED", "SESSION-WebAuthN-UV"),
    ] {
        let body = json!({"checks": {"user": {"userId": uid}},
            "challenges": {"webAuthN": {"domain": domain, "userVerificationRequirement": requirement}}});
        s.call::<CreateSession>(Form::Rest, &Auth::Pat, body).await.assert_error(
            Form::Rest,
            400,
            "invalid_argument",
            id,
        );
    }
    let a = s.call::<RegisterPasskey>(Form::Rest, &Auth::Pat, json!({"userId": uid, "domain": "evil.example"})).await;
    a.assert_error(Form::Rest, 400, "invalid_argument", "GATEHOUSE-WebAuthn-Domain");
    // A check in CreateSession has no challenge to answer.
    let body = json!({"checks": {"user": {"userId": uid}, "webAuthN": {"credentialAssertionData": {}}}});
    s.call::<CreateSession>(Form::Connect, &Auth::Pat, body).await.assert_error(
        Form::Connect,
        400,
        "failed_precondition",
        "COMMAND-O8jjk",
    );
    // Garbage is an invalid argument, not a server error.
    let (sid, _) = challenged(&s, "eli@example.com", REQUIRED).await;
    check(&s, Form::Rest, &sid, json!({"id": 5})).await.assert_error(
        Form::Rest,
        400,
        "invalid_argument",
        "GATEHOUSE-WebAuthn-Credential",
    );
    // The challenge expires with the ceremony timeout.
    let (sid, options) = challenged(&s, "eli@example.com", REQUIRED).await;
    s.clock.advance(chrono::Duration::minutes(6));
    check(&s, Form::Connect, &sid, key.assert(&options, UP | UV)).await.assert_error(
        Form::Connect,
        400,
        "failed_precondition",
        "GATEHOUSE-WebAuthn-Expired",
    );
    // So does a registration ceremony.
    let a = s.call::<RegisterPasskey>(Form::Rest, &Auth::Pat, json!({"userId": uid})).await;
    let id = a.ok()["passkeyId"].as_str().unwrap().to_owned();
    let (_, credential) = SoftKey::create(&a.ok()["publicKeyCredentialCreationOptions"], &s.origin, UP | UV);
    s.clock.advance(chrono::Duration::minutes(6));
    let body = json!({"userId": uid, "passkeyId": id, "publicKeyCredential": credential, "passkeyName": "Late"});
    s.call::<VerifyPasskeyRegistration>(Form::Rest, &Auth::Pat, body).await.assert_error(
        Form::Rest,
        400,
        "failed_precondition",
        "GATEHOUSE-WebAuthn-Expired",
    );
}

#[tokio::test]
async fn passkeys_not_allowed_refuses_registration_and_login() {
    let s = start().await;
    let uid = s.add_user("nat@example.com", true).await;
    let (mut key, _) = register_passkey(&s, &Auth::Pat, &uid, "Key").await;
    let (sid, options) = challenged(&s, "nat@example.com", REQUIRED).await;
    let policy = json!({"allowUsernamePassword": true, "allowRegister": true, "passwordlessType": "PASSWORDLESS_TYPE_NOT_ALLOWED",
        "passwordCheckLifetime": "864000s", "multiFactorCheckLifetime": "43200s", "secondFactorCheckLifetime": "64800s"});
    s.send(s.request(Method::PUT, "/admin/v1/policies/login", &Auth::Pat).json(&policy)).await.ok();
    let id = "GATEHOUSE-Passkeys-NotAllowed";
    s.call::<RegisterPasskey>(Form::Rest, &Auth::Pat, json!({"userId": uid})).await.assert_error(
        Form::Rest,
        400,
        "failed_precondition",
        id,
    );
    // Nor may anyone sign up without a password: the account would have no way in.
    let signup = json!({"profile": {"givenName": "No", "familyName": "Way"}, "email": {"email": "noway@example.com"}});
    s.call::<AddHumanUser>(Form::Connect, &Auth::Browser(None), signup.clone()).await.assert_error(
        Form::Connect,
        400,
        "failed_precondition",
        id,
    );
    let mut with_password = signup;
    with_password["password"] = json!({"password": PASSWORD});
    s.call::<AddHumanUser>(Form::Connect, &Auth::Browser(None), with_password).await.ok();
    // A challenge issued before the change is not honoured after it.
    check(&s, Form::Connect, &sid, key.assert(&options, UP | UV)).await.assert_error(
        Form::Connect,
        400,
        "failed_precondition",
        id,
    );
    let body = json!({"checks": {"user": {"userId": uid}},
        "challenges": {"webAuthN": {"domain": "localhost", "userVerificationRequirement": REQUIRED}}});
    s.call::<CreateSession>(Form::Rest, &Auth::Pat, body).await.assert_error(
        Form::Rest,
        400,
        "failed_precondition",
        id,
    );
}

#[tokio::test]
async fn the_last_passkey_of_a_passwordless_user_stays() {
    let s = start().await;
    let a = s
        .call::<gatehouse_api::user::AddHumanUser>(
            Form::Connect,
            &Auth::Pat,
            json!({"profile": {"givenName": "No", "familyName": "Password"}, "email": {"email": "np@example.com", "isVerified": true}}),
        )
        .await;
    let uid = a.ok()["userId"].as_str().unwrap().to_owned();
    let (_, _) = register_passkey(&s, &Auth::Pat, &uid, "Only").await;
    let (_, _) = register_passkey(&s, &Auth::Pat, &uid, "Spare").await;
    let list = passkeys(&s, &uid).await;
    assert_eq!(list.len(), 2);
    let remove = |id: &Value| json!({"userId": uid, "passkeyId": id});
    s.call::<RemovePasskey>(Form::Rest, &Auth::Pat, remove(&list[1]["id"])).await.ok();
    let a = s.call::<RemovePasskey>(Form::Connect, &Auth::Pat, remove(&list[0]["id"])).await;
    a.assert_error(Form::Connect, 400, "failed_precondition", "GATEHOUSE-WebAuthn-LastFactor");
    assert!(a.body["message"].as_str().unwrap().contains("only way to sign in"));
}

#[tokio::test]
async fn u2f_after_a_password_is_a_second_factor() {
    let s = start().await;
    let uid = s.add_user("ulf@example.com", true).await;
    let a = s.call::<RegisterU2F>(Form::Connect, &Auth::Pat, json!({"userId": uid})).await;
    let selection = &a.ok()["publicKeyCredentialCreationOptions"]["publicKey"]["authenticatorSelection"];
    assert_eq!(selection["userVerification"], "discouraged");
    assert_eq!(selection["residentKey"], "discouraged");
    let (mut key, u2f_id) = register_u2f(&s, &uid, "YubiKey").await;
    let keys = s.call::<ListU2F>(Form::Rest, &Auth::Pat, json!({"userId": uid})).await;
    assert_eq!(keys.ok()["result"][0]["name"], "YubiKey");
    // Password first, then the key (no user verification).
    let a = s
        .call::<CreateSession>(
            Form::Rest,
            &Auth::Pat,
            json!({"checks": {"user": {"loginName": "ulf@example.com"}, "password": {"password": PASSWORD}},
                   "challenges": {"webAuthN": {"domain": "localhost", "userVerificationRequirement": DISCOURAGED}}}),
        )
        .await;
    let sid = a.ok()["sessionId"].as_str().unwrap().to_owned();
    let options = request_options(a.ok());
    assert_eq!(options["publicKey"]["userVerification"], "discouraged");
    check(&s, Form::Rest, &sid, key.assert(&options, UP)).await.ok();
    let f = factors(&s, &sid).await;
    assert_eq!(f["webAuthN"]["userVerified"], false);
    assert!(f["password"]["verifiedAt"].is_string());
    // A key that verifies its user (a PIN) is still only a second factor: without a password nothing is signed in.
    let a = s
        .call::<CreateSession>(
            Form::Rest,
            &Auth::Pat,
            json!({"checks": {"user": {"loginName": "ulf@example.com"}},
                   "challenges": {"webAuthN": {"domain": "localhost", "userVerificationRequirement": DISCOURAGED}}}),
        )
        .await;
    let no_password = a.ok()["sessionId"].as_str().unwrap().to_owned();
    check(&s, Form::Rest, &no_password, key.assert(&request_options(a.ok()), UP | UV)).await.ok();
    assert_eq!(factors(&s, &no_password).await["webAuthN"]["userVerified"], false);
    // A security key is not a passkey: a passkey challenge for this user finds none.
    let body = json!({"checks": {"user": {"userId": uid}},
        "challenges": {"webAuthN": {"domain": "localhost", "userVerificationRequirement": REQUIRED}}});
    s.call::<CreateSession>(Form::Connect, &Auth::Pat, body).await.assert_error(
        Form::Connect,
        400,
        "failed_precondition",
        "GATEHOUSE-WebAuthn-NoPasskey",
    );
    // Forced MFA: the only second factor cannot be removed.
    let policy =
        json!({"allowUsernamePassword": true, "forceMfa": true, "passwordlessType": "PASSWORDLESS_TYPE_ALLOWED"});
    s.send(s.request(Method::PUT, "/admin/v1/policies/login", &Auth::Pat).json(&policy)).await.ok();
    let remove = json!({"userId": uid, "u2fId": u2f_id});
    let a = s.call::<RemoveU2F>(Form::Rest, &Auth::Pat, remove.clone()).await;
    a.assert_error(Form::Rest, 400, "failed_precondition", "GATEHOUSE-WebAuthn-LastFactor");
    let policy = json!({"allowUsernamePassword": true, "passwordlessType": "PASSWORDLESS_TYPE_ALLOWED"});
    s.send(s.request(Method::PUT, "/admin/v1/policies/login", &Auth::Pat).json(&policy)).await.ok();
    s.call::<RemoveU2F>(Form::Connect, &Auth::Pat, remove).await.ok();
    let keys = s.call::<ListU2F>(Form::Rest, &Auth::Pat, json!({"userId": uid})).await;
    assert!(keys.ok()["result"].as_array().is_none_or(|r| r.is_empty()));
}

#[tokio::test]
async fn only_the_user_or_an_admin_manages_passkeys() {
    let s = start().await;
    let uid = s.add_user("own@example.com", true).await;
    s.add_user("mal@example.com", true).await;
    let (_, mallory) = s.login("mal@example.com", PASSWORD).await;
    let auth = Auth::Bearer(mallory);
    for a in [
        s.call::<RegisterPasskey>(Form::Rest, &auth, json!({"userId": uid})).await,
        s.call::<ListPasskeys>(Form::Rest, &auth, json!({"userId": uid})).await,
        s.call::<RegisterU2F>(Form::Rest, &auth, json!({"userId": uid})).await,
    ] {
        a.assert_error(Form::Rest, 403, "permission_denied", "AUTHZ-HKJD33");
    }
    let a = s.call::<RegisterPasskey>(Form::Connect, &Auth::Browser(None), json!({"userId": uid})).await;
    a.assert_error(Form::Connect, 403, "permission_denied", "AUTHZ-HKJD33");
}

/// Server time per passkey assertion verification (`cargo test -p gatehouse-server --test api
/// passkey_assertion_microbenchmark -- --ignored --nocapture`, add `--release` for the real number): the
/// library's verification (clientData, rp id hash, flags, P-256 signature, counter) plus the ceremony state
/// decoding the server does per check, without HTTP or database.
#[test]
#[ignore]
fn passkey_assertion_microbenchmark() {
    use webauthn_rs::prelude::{PasskeyAuthentication, PublicKeyCredential, RegisterPublicKeyCredential, Url, Uuid};
    let origin = Url::parse("http://localhost:8080").unwrap();
    let rp = webauthn_rs::WebauthnBuilder::new("localhost", &origin).unwrap().build().unwrap();
    let (ccr, reg) = rp.start_passkey_registration(Uuid::new_v4(), "bench", "Bench", None).unwrap();
    let (mut key, credential) =
        SoftKey::create(&serde_json::to_value(ccr).unwrap(), origin.as_str().trim_end_matches('/'), UP | UV);
    let credential: RegisterPublicKeyCredential = serde_json::from_value(credential).unwrap();
    let passkey = rp.finish_passkey_registration(&credential, &reg).unwrap();
    let rounds = 200;
    let mut total = std::time::Duration::ZERO;
    for _ in 0..rounds {
        let (rcr, ast) = rp.start_passkey_authentication(std::slice::from_ref(&passkey)).unwrap();
        let stored = serde_json::to_string(&ast).unwrap();
        let response: PublicKeyCredential =
            serde_json::from_value(key.assert(&serde_json::to_value(rcr).unwrap(), UP | UV)).unwrap();
        let started = std::time::Instant::now();
        let ast: PasskeyAuthentication = serde_json::from_str(&stored).unwrap();
        let result = rp.finish_passkey_authentication(&response, &ast).unwrap();
        total += started.elapsed();
        assert!(result.user_verified());
    }
    println!(
        "passkey assertion verification: {:.1} µs per check ({rounds} rounds)",
        total.as_micros() as f64 / rounds as f64
    );
}
