//! The account centre's server side: email change with the old address kept until verified, own username change,
//! security log, data export, and deleting one's own account.

use gatehouse_api::account::{DeleteOwnAccount, ExportUserData, GetAccount, ListSecurityEvents};
use gatehouse_api::session::CreateSession;
use gatehouse_api::user::{GetUserByID, ResendEmailCode, SetEmail, SetPassword, UpdateHumanUser, VerifyEmail};
use serde_json::{json, Value};

use crate::common::*;

async fn user(s: &TestServer, uid: &str) -> Value {
    s.call::<GetUserByID>(Form::Rest, &Auth::Pat, json!({"userId": uid})).await.ok()["user"].clone()
}

/// Signs in as a browser would; returns its cookie.
async fn browser_login(s: &TestServer, login: &str, password: &str) -> String {
    let body = json!({"checks": {"user": {"loginName": login}, "password": {"password": password}}});
    let a = s.call::<CreateSession>(Form::Connect, &Auth::Browser(None), body).await;
    a.ok();
    a.cookie().unwrap()
}

fn mail_subjects(mails: &[Value], to: &str) -> Vec<String> {
    mails.iter().filter(|m| m["to"] == to).map(|m| m["subject"].as_str().unwrap_or_default().to_owned()).collect()
}

#[tokio::test]
async fn email_change_keeps_the_old_address_until_the_new_one_is_verified() {
    let s = start().await;
    for (i, form) in FORMS.into_iter().enumerate() {
        let (old, new) = (format!("old{i}@example.com"), format!("new{i}@example.com"));
        let uid = s.add_user(&old, true).await;
        s.add_user(&format!("taken{i}@example.com"), true).await;
        let me = Auth::Browser(Some(browser_login(&s, &old, PASSWORD).await));

        let taken =
            s.call::<SetEmail>(form, &me, json!({"userId": uid, "email": format!("taken{i}@example.com")})).await;
        taken.assert_error(form, 409, "already_exists", "COMMAND-User-Exists");
        let same = s.call::<SetEmail>(form, &me, json!({"userId": uid, "email": old})).await;
        same.assert_error(form, 400, "invalid_argument", "EMAIL-Same");

        s.call::<SetEmail>(form, &me, json!({"userId": uid, "email": new})).await.ok();
        let u = user(&s, &uid).await;
        assert_eq!(u["human"]["email"], json!({"email": old, "isVerified": true}), "old address still in use");
        let account = s.call::<GetAccount>(form, &me, json!({"userId": uid})).await;
        assert_eq!(account.ok()["pendingEmail"], new.as_str());
        // The old address still signs in.
        browser_login(&s, &old, PASSWORD).await;

        s.call::<ResendEmailCode>(form, &me, json!({"userId": uid})).await.ok();
        let code = s.latest_code(&new).await;
        let wrong = s.call::<VerifyEmail>(form, &me, json!({"userId": uid, "verificationCode": "WRONG1"})).await;
        wrong.assert_error(form, 400, "invalid_argument", "COMMAND-Code-Invalid");
        s.call::<VerifyEmail>(form, &me, json!({"userId": uid, "verificationCode": code})).await.ok();
        let u = user(&s, &uid).await;
        assert_eq!(u["human"]["email"], json!({"email": new, "isVerified": true}));
        let account = s.call::<GetAccount>(form, &me, json!({"userId": uid})).await;
        assert!(account.ok().get("pendingEmail").is_none());
        let mails = s.outbox().await;
        assert!(mail_subjects(&mails, &old).contains(&"Your email address was changed".to_owned()), "old address told");
    }
}

#[tokio::test]
async fn users_change_their_own_profile_and_username_but_nobody_elses() {
    let s = start().await;
    let uid = s.add_user("una@example.com", true).await;
    let other = s.add_user("otto@example.com", true).await;
    let me = Auth::Browser(Some(browser_login(&s, "una@example.com", PASSWORD).await));
    let profile = json!({"givenName": "Una", "familyName": "Nord", "nickName": "u", "displayName": "Una N.",
                         "preferredLanguage": "de", "gender": "GENDER_FEMALE"});
    for form in FORMS {
        let mine = json!({"userId": uid, "username": "una.nord", "profile": profile});
        s.call::<UpdateHumanUser>(form, &me, mine).await.ok();
        let theirs = json!({"userId": other, "profile": profile});
        s.call::<UpdateHumanUser>(form, &me, theirs).await.assert_error(form, 403, "permission_denied", "AUTHZ-HKJD33");
        let taken = json!({"userId": uid, "username": "otto@example.com"});
        s.call::<UpdateHumanUser>(form, &me, taken).await.assert_error(
            form,
            409,
            "already_exists",
            "COMMAND-User-Exists",
        );
        let email = json!({"userId": uid, "email": {"email": "x@example.com", "isVerified": true}});
        let cheat = s.call::<UpdateHumanUser>(form, &me, email).await;
        cheat.assert_error(form, 403, "permission_denied", "USER-Update-Fields");
    }
    let u = user(&s, &uid).await;
    assert_eq!(u["username"], "una.nord");
    assert_eq!(u["human"]["profile"]["displayName"], "Una N.");
    assert_eq!(u["human"]["profile"]["gender"], "GENDER_FEMALE");
    assert_eq!(u["human"]["profile"]["preferredLanguage"], "de");
}

#[tokio::test]
async fn security_log_and_export_show_the_users_own_history() {
    let s = start().await;
    let uid = s.add_user("sam@example.com", true).await;
    s.add_user("sue@example.com", true).await;
    let cookie = browser_login(&s, "sam@example.com", PASSWORD).await;
    let me = Auth::Browser(Some(cookie));
    let wrong = json!({"checks": {"user": {"loginName": "sam@example.com"}, "password": {"password": "nope"}}});
    s.call::<CreateSession>(Form::Connect, &Auth::Pat, wrong).await;
    let change = json!({"userId": uid, "currentPassword": PASSWORD, "newPassword": {"password": "N3w!password"}});
    s.call::<SetPassword>(Form::Connect, &me, change).await.ok();

    for form in FORMS {
        let log = s.call::<ListSecurityEvents>(form, &me, json!({"userId": uid})).await;
        let events = log.ok()["events"].as_array().unwrap().clone();
        let kinds: Vec<&str> = events.iter().map(|e| e["type"].as_str().unwrap()).collect();
        assert_eq!(kinds[0], "password.changed", "newest first: {kinds:?}");
        for expected in ["password.check.failed", "session.signed_in", "user.added"] {
            assert!(kinds.contains(&expected), "{expected} in {kinds:?}");
        }
        let signed_in = events.iter().find(|e| e["type"] == "session.signed_in").unwrap();
        assert_eq!(signed_in["ip"], "127.0.0.1");
        assert!(signed_in["sequence"].is_string(), "int64 as string");

        let export = s.call::<ExportUserData>(form, &me, json!({"userId": uid})).await;
        let export = export.ok();
        assert_eq!(export["user"]["userId"], uid.as_str());
        assert_eq!(export["user"]["human"]["email"]["email"], "sam@example.com");
        assert_eq!(export["sessions"].as_array().unwrap().len(), 1, "the browser's session; failed ones hold no user");
        assert!(export["securityEvents"].as_array().unwrap().len() >= 4);
        assert!(export["authenticators"].is_object());
        let text = export.to_string();
        assert!(!text.contains("argon2") && !text.contains("Hash"), "no secrets in the export: {text}");
    }

    // Nobody reads another user's log or data; not even signed in as someone else.
    let sue = Auth::Browser(Some(browser_login(&s, "sue@example.com", PASSWORD).await));
    for form in FORMS {
        let log = s.call::<ListSecurityEvents>(form, &sue, json!({"userId": uid})).await;
        log.assert_error(form, 403, "permission_denied", "AUTHZ-HKJD33");
        let export = s.call::<ExportUserData>(form, &sue, json!({"userId": uid})).await;
        export.assert_error(form, 403, "permission_denied", "AUTHZ-HKJD33");
        let anon = s.call::<ExportUserData>(form, &Auth::Browser(None), json!({"userId": uid})).await;
        anon.assert_error(form, 403, "permission_denied", "AUTHZ-HKJD33");
    }
}

#[tokio::test]
async fn deleting_ones_account_needs_the_password_and_no_admin_role() {
    let s = start().await;
    let uid = s.add_user("dora@example.com", true).await;
    s.add_user("dirk@example.com", true).await;
    let me = Auth::Browser(Some(browser_login(&s, "dora@example.com", PASSWORD).await));
    let dirk = Auth::Browser(Some(browser_login(&s, "dirk@example.com", PASSWORD).await));

    let theirs =
        s.call::<DeleteOwnAccount>(Form::Rest, &dirk, json!({"userId": uid, "currentPassword": PASSWORD})).await;
    theirs.assert_error(Form::Rest, 403, "permission_denied", "AUTHZ-HKJD33");
    let admin =
        s.call::<DeleteOwnAccount>(Form::Rest, &Auth::Pat, json!({"userId": uid, "currentPassword": PASSWORD})).await;
    admin.assert_error(Form::Rest, 403, "permission_denied", "AUTHZ-HKJD33");
    let missing = s.call::<DeleteOwnAccount>(Form::Connect, &me, json!({"userId": uid})).await;
    missing.assert_error(Form::Connect, 400, "invalid_argument", "USER-Delete-Password");
    let wrong = s.call::<DeleteOwnAccount>(Form::Connect, &me, json!({"userId": uid, "currentPassword": "nope"})).await;
    wrong.assert_error(Form::Connect, 400, "invalid_argument", "COMMAND-3M0fs");
    assert_eq!(s.call::<GetAccount>(Form::Connect, &me, json!({"userId": uid})).await.ok()["canDelete"], true);

    s.call::<DeleteOwnAccount>(Form::Connect, &me, json!({"userId": uid, "currentPassword": PASSWORD})).await.ok();
    let gone = s.call::<GetUserByID>(Form::Rest, &Auth::Pat, json!({"userId": uid})).await;
    gone.assert_error(Form::Rest, 404, "not_found", "QUERY-Dfbg2");
    let mails = s.outbox().await;
    assert!(mail_subjects(&mails, "dora@example.com").contains(&"Your account was deleted".to_owned()));

    // The seeded admin holds IAM_OWNER: refused even with the right password.
    let (_, admin_token) = s.login("admin", ADMIN_PASSWORD).await;
    let admin_id = s
        .call::<gatehouse_api::user::ListUsers>(
            Form::Connect,
            &Auth::Pat,
            json!({"queries": [{"userNameQuery": {"userName": "admin"}}]}),
        )
        .await
        .ok()["result"][0]["userId"]
        .as_str()
        .unwrap()
        .to_owned();
    let owner = Auth::Bearer(admin_token);
    let refused = s
        .call::<DeleteOwnAccount>(Form::Rest, &owner, json!({"userId": admin_id, "currentPassword": ADMIN_PASSWORD}))
        .await;
    refused.assert_error(Form::Rest, 400, "failed_precondition", "USER-Delete-Admin");
}

/// DeleteUser as ZITADEL does it: the user is gone from every query and their login names are free again, while
/// their history stays in the event store: admins still read the removed user's security log, with the removal
/// (who the account was) and where it had signed in.
#[tokio::test]
async fn removed_users_free_their_login_name_and_keep_their_history() {
    use gatehouse_api::account::ListSecurityEvents;
    use gatehouse_api::session::GetSession;
    use gatehouse_api::user::{AddHumanUser, DeleteUser, ListUsers};
    let s = start().await;
    for (i, form) in FORMS.into_iter().enumerate() {
        let email = format!("gone{i}@example.com");
        let uid = s.add_user(&email, true).await;
        let body = json!({"checks": {"user": {"loginName": email}, "password": {"password": PASSWORD}},
            "userAgent": {"ip": "192.0.2.7", "description": "Gone's laptop"}});
        let session = s.call::<CreateSession>(form, &Auth::Pat, body).await;
        let session_id = session.ok()["sessionId"].as_str().unwrap().to_owned();
        let cookie = browser_login(&s, &email, PASSWORD).await;

        s.call::<DeleteUser>(form, &Auth::Pat, json!({"userId": uid})).await.ok();

        // Gone from the queries, and its sessions with it.
        let a = s.call::<GetUserByID>(form, &Auth::Pat, json!({"userId": uid})).await;
        a.assert_error(form, 404, "not_found", "QUERY-Dfbg2");
        let listed = s.call::<ListUsers>(form, &Auth::Pat, json!({})).await;
        assert!(!listed.ok()["result"].as_array().unwrap().iter().any(|u| u["userId"] == uid.as_str()));
        let a = s.call::<GetSession>(form, &Auth::Pat, json!({"sessionId": session_id})).await;
        assert_eq!(a.status, 404, "{}", a.body);
        let a = s.call::<DeleteUser>(form, &Auth::Pat, json!({"userId": uid})).await;
        a.assert_error(form, 404, "not_found", "QUERY-Dfbg2");

        // The username and address are free for a new account.
        let again = s
            .call::<AddHumanUser>(
                form,
                &Auth::Pat,
                json!({"username": email, "profile": {"givenName": "New", "familyName": "Owner"},
                       "email": {"email": email, "isVerified": true}, "password": {"password": PASSWORD}}),
            )
            .await;
        let new_id = again.ok()["userId"].as_str().unwrap().to_owned();
        assert_ne!(new_id, uid);
        s.login(&email, PASSWORD).await;

        // The history stays: the removal names the account, the sign-in keeps its device and address.
        let log = s.call::<ListSecurityEvents>(form, &Auth::Pat, json!({"userId": uid})).await;
        let events = log.ok()["events"].as_array().unwrap().clone();
        let kinds: Vec<&str> = events.iter().map(|e| e["type"].as_str().unwrap()).collect();
        assert_eq!(kinds.first(), Some(&"user.removed"), "{kinds:?}");
        assert!(kinds.contains(&"user.added"), "{kinds:?}");
        assert_eq!(events[0]["detail"], email.as_str());
        let signed_in = events.iter().find(|e| e["userAgent"] == "Gone's laptop").expect("the sign-in with its device");
        assert_eq!(signed_in["ip"], "192.0.2.7");
        // Only admins read it: the browser that was signed in as the removed user gets nothing.
        let a = s.call::<ListSecurityEvents>(form, &Auth::Browser(Some(cookie)), json!({"userId": uid})).await;
        a.assert_error(form, 404, "not_found", "QUERY-Dfbg2");
        // The new account's log starts afresh.
        let fresh = s.call::<ListSecurityEvents>(form, &Auth::Pat, json!({"userId": new_id})).await;
        assert!(!fresh.ok()["events"].as_array().unwrap().iter().any(|e| e["type"] == "user.removed"));
    }
}

/// A logout keeps the where: the sign-out entry names the device and address of the request that ended the session
/// (here the laptop ends the phone's session from the account centre, then its own), and each sign-in entry keeps
/// its own device and address after its session is gone.
#[tokio::test]
async fn sign_outs_keep_device_and_address_in_the_security_log() {
    use gatehouse_api::rpc::Rpc;
    use gatehouse_api::session::DeleteSession;
    let s = start().await;
    let uid = s.add_user("lia@example.com", true).await;
    let as_device = |auth: &Auth, path: String, agent: &str, body: Value| {
        s.request(reqwest::Method::POST, &path, auth).header("user-agent", agent).json(&body)
    };
    let login = json!({"checks": {"user": {"loginName": "lia@example.com"}, "password": {"password": PASSWORD}}});
    let mut signed_in = Vec::new();
    for agent in ["Lia's laptop", "Lia's phone"] {
        let a = s.send(as_device(&Auth::Browser(None), CreateSession::connect_path(), agent, login.clone())).await;
        signed_in.push((a.cookie().unwrap(), a.ok()["sessionId"].as_str().unwrap().to_owned()));
    }
    let laptop = Auth::Browser(Some(signed_in[0].0.clone()));
    for (_, session_id) in [&signed_in[1], &signed_in[0]] {
        let end = json!({"sessionId": session_id});
        s.send(as_device(&laptop, DeleteSession::connect_path(), "Lia's laptop", end)).await.ok();
    }

    for form in FORMS {
        let log = s.call::<ListSecurityEvents>(form, &Auth::Pat, json!({"userId": uid})).await;
        let events = log.ok()["events"].as_array().unwrap().clone();
        let of = |kind: &str| -> Vec<(String, String)> {
            events
                .iter()
                .filter(|e| e["type"] == kind)
                .map(|e| {
                    (e["userAgent"].as_str().unwrap_or("-").to_owned(), e["ip"].as_str().unwrap_or("-").to_owned())
                })
                .collect()
        };
        let laptop = ("Lia's laptop".to_owned(), "127.0.0.1".to_owned());
        let phone = ("Lia's phone".to_owned(), "127.0.0.1".to_owned());
        assert_eq!(of("session.signed_out"), vec![laptop.clone(), laptop.clone()], "newest first: {events:?}");
        assert_eq!(of("session.signed_in"), vec![phone, laptop], "the sessions are gone, their devices stay");
        assert_eq!(events[0]["type"], "session.signed_out", "{events:?}");
    }
}

/// The org's account policy may forbid deleting one's own account: owners set it through the AccountService, the
/// account overview says so and why, and DeleteOwnAccount refuses (in ZITADEL's error shape) until it allows it.
#[tokio::test]
async fn the_orgs_account_policy_may_forbid_deleting_ones_account() {
    use gatehouse_api::account::{GetAccountPolicy, SetAccountPolicy};
    let s = start().await;
    let uid = s.add_user("polly@example.com", true).await;
    let org = user(&s, &uid).await["details"]["resourceOwner"].as_str().unwrap().to_owned();
    let me = Auth::Browser(Some(browser_login(&s, "polly@example.com", PASSWORD).await));
    let policy = s.call::<GetAccountPolicy>(Form::Rest, &Auth::Pat, json!({"orgId": org})).await;
    assert_eq!(policy.ok()["policy"], json!({"allowSelfDeletion": true, "isDefault": true}));

    for form in FORMS {
        let forbid = json!({"orgId": org, "allowSelfDeletion": false});
        // Only the org's (or the instance's) owners set it.
        let denied = s.call::<SetAccountPolicy>(form, &me, forbid.clone()).await;
        denied.assert_error(form, 403, "permission_denied", "AUTHZ-HKJD33");
        let set = s.call::<SetAccountPolicy>(form, &Auth::Pat, forbid).await;
        assert_eq!(set.ok()["policy"], json!({"allowSelfDeletion": false, "isDefault": false}));
        assert!(set.ok()["details"]["sequence"].is_string());
        let unknown =
            s.call::<SetAccountPolicy>(form, &Auth::Pat, json!({"orgId": "404", "allowSelfDeletion": true})).await;
        unknown.assert_error(form, 404, "not_found", "ORG-ZMuMa");
        let empty = s.call::<SetAccountPolicy>(form, &Auth::Pat, json!({"orgId": org})).await;
        empty.assert_error(form, 400, "invalid_argument", "ORG-Policy-Empty");

        let account = s.call::<GetAccount>(form, &me, json!({"userId": uid})).await;
        assert_eq!(account.ok()["canDelete"], false);
        assert_eq!(account.ok()["deleteRefusal"], "USER-Delete-Policy");
        let refused = s.call::<DeleteOwnAccount>(form, &me, json!({"userId": uid, "currentPassword": PASSWORD})).await;
        refused.assert_error(form, 400, "failed_precondition", "USER-Delete-Policy");
        s.call::<GetUserByID>(form, &Auth::Pat, json!({"userId": uid})).await.ok();
    }
    let allow = json!({"orgId": org, "allowSelfDeletion": true});
    s.call::<SetAccountPolicy>(Form::Connect, &Auth::Pat, allow).await.ok();
    let account = s.call::<GetAccount>(Form::Rest, &me, json!({"userId": uid})).await;
    assert_eq!(account.ok()["canDelete"], true);
    assert!(account.ok().get("deleteRefusal").is_none(), "{}", account.body);
    s.call::<DeleteOwnAccount>(Form::Rest, &me, json!({"userId": uid, "currentPassword": PASSWORD})).await.ok();
}
