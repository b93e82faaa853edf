//! The account centre on /profile: profile, email change, phone, password, sessions, security log, data export
//! and account deletion, as a user does them.

use std::time::{Duration, Instant};

use fantoccini::Locator;
use gatehouse_e2e::prelude::*;
use serde_json::Value;

const NEW_PASSWORD: &str = "Fresh-Account-Pass-7!";

/// The code of the newest SMS to `to` in the dev outbox (`<data>/outbox/sms/*.txt`: `To: ..`, blank line, text).
async fn sms_code(server: &TestServer, to: &str) -> Result<String> {
    let dir = server.data_dir().join("outbox").join("sms");
    let started = Instant::now();
    loop {
        let mut texts: Vec<(String, String)> = std::fs::read_dir(&dir)
            .map(|entries| {
                entries
                    .filter_map(|e| e.ok())
                    .filter_map(|e| {
                        let name = e.file_name().to_string_lossy().into_owned();
                        std::fs::read_to_string(e.path()).ok().map(|text| (name, text))
                    })
                    .collect()
            })
            .unwrap_or_default();
        texts.sort();
        let code =
            texts.iter().rev().filter(|(_, text)| text.starts_with(&format!("To: {to}\n"))).find_map(|(_, text)| {
                text.split("code: ").nth(1).and_then(|rest| rest.split_whitespace().next()).map(str::to_owned)
            });
        if let Some(code) = code {
            return Ok(code);
        }
        ensure!(started.elapsed() < Duration::from_secs(10), "no sms to {to} in {}", dir.display());
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

fn subjects(server: &TestServer, to: &str) -> Result<Vec<String>> {
    Ok(server.mails_to(to)?.into_iter().map(|m| m.subject).collect())
}

#[tokio::test]
async fn account_centre_edits_profile_email_phone_and_password() -> Result<()> {
    let server = TestServer::start().await?;
    let api = server.api()?;
    let user = TestUser::new("ursula");
    let user_id = api.add_human_user(&user, true).await?;
    let browser = Browser::start(&server).await?;
    browser.login_as(&user.username, &user.password).await?;
    browser.goto("/profile").await?;
    for section in ["profile", "email", "phone", "password", "sessions", "security", "danger"] {
        browser.wait_for(&format!("section#section-{section} h2")).await?;
    }

    // Profile: names, username, language and gender.
    browser.fill("#displayName", "Ursa Major").await?;
    browser.fill("#username", "ursa").await?;
    browser.client().find(Locator::Css("#gender")).await?.select_by_value("GENDER_FEMALE").await?;
    browser.client().find(Locator::Css("#preferredLanguage")).await?.select_by_value("de").await?;
    browser.click("#profile-form button[type=submit]").await?;
    browser.wait_for_text("#profile-saved", "saved").await?;
    let stored = api.user(&user_id).await?;
    ensure!(stored["username"] == "ursa", "username not stored: {stored}");
    let profile = &stored["human"]["profile"];
    ensure!(profile["displayName"] == "Ursa Major" && profile["gender"] == "GENDER_FEMALE", "{profile}");
    ensure!(profile["preferredLanguage"] == "de", "{profile}");
    browser.refresh().await?;
    browser.wait_for_text_eq("#profile-name", "Ursa Major").await?;
    // The account's language now applies to its pages, until the language switcher says otherwise.
    browser.wait_for_text_eq("#page-title", "Ihr Profil").await?;
    // The switcher comes in a chunk right after the page's first paint.
    browser.wait_for("#language-switcher").await?.select_by_value("en").await?;
    browser.wait_for_text_eq("#page-title", "Your profile").await?;

    // Email: the old address stays until the new one's code is entered.
    browser.click("#change-email").await?;
    browser.fill("#newEmail", "ursa@example.org").await?;
    browser.click("#email-form button[type=submit]").await?;
    browser.wait_for_text("#email-pending", "ursa@example.org").await?;
    browser.wait_for_text_eq("#profile-email", &user.email).await?;
    let code = server.verification_code_for("ursa@example.org").await?;
    browser.fill("#emailCode", "WRONG1").await?;
    browser.click("#email-verify-form button[type=submit]").await?;
    browser.wait_for_text("#emailCode-error", "not correct").await?;
    browser.fill("#emailCode", &code).await?;
    browser.click("#email-verify-form button[type=submit]").await?;
    browser.wait_for_text_eq("#profile-email", "ursa@example.org").await?;
    browser.wait_for_text_eq("#profile-email-status", "Verified").await?;
    browser.wait_for_absent("#email-pending").await?;
    ensure!(subjects(&server, &user.email)?.contains(&"Your email address was changed".into()), "old address not told");

    // Phone: add, a wrong number is refused next to the field, verify by SMS code, remove.
    browser.click("#edit-phone").await?;
    browser.fill("#phone", "079 555 12 34").await?;
    browser.click("#phone-form button[type=submit]").await?;
    browser.wait_for_text("#phone-error", "international form").await?;
    browser.fill("#phone", "+41 79 555 12 34").await?;
    browser.click("#phone-form button[type=submit]").await?;
    browser.wait_for_text("#phone-code-sent", "+41795551234").await?;
    browser.wait_for_text_eq("#profile-phone-status", "Not verified").await?;
    let code = sms_code(&server, "+41795551234").await?;
    // The dev outbox page lists text messages beside the mail.
    let outbox = Browser::start(&server).await?;
    outbox.goto("/dev/outbox").await?;
    outbox.wait_for_text("li.sms .mail-to", "+41795551234").await?;
    outbox.wait_for_text("li.sms .mail-body", &code).await?;
    outbox.close().await?;
    browser.fill("#phoneCode", &code).await?;
    browser.click("#phone-verify-form button[type=submit]").await?;
    browser.wait_for_text_eq("#profile-phone-status", "Verified").await?;
    let phone = &api.user(&user_id).await?["human"]["phone"];
    ensure!(phone["phone"] == "+41795551234" && phone["isVerified"] == true, "{phone}");
    browser.click("#remove-phone").await?;
    browser.wait_for_text("#profile-phone", "No phone number").await?;

    // Password: current one required, then the new one with its checklist.
    browser.fill("#currentPassword", "not-my-password").await?;
    browser.fill("#newPassword", NEW_PASSWORD).await?;
    browser.fill("#newPasswordConfirm", NEW_PASSWORD).await?;
    browser.click("#password-form button[type=submit]").await?;
    browser.wait_for_text("#currentPassword-error", "Wrong password").await?;
    browser.fill("#currentPassword", &user.password).await?;
    browser.click("#password-form button[type=submit]").await?;
    browser.wait_for_text("#password-changed", "changed").await?;
    server.wait_for_mail("ursa@example.org", 2).await?;
    ensure!(subjects(&server, "ursa@example.org")?.contains(&"Your password was changed".into()), "no password notice");

    // The security log shows it all, newest first, from the server's event store.
    browser.refresh().await?;
    browser.wait_for("li.security-event[data-type=\"password.changed\"]").await?;
    for kind in ["password.check.failed", "user.email.changed", "user.phone.verified", "session.signed_in"] {
        browser.wait_for(&format!("li.security-event[data-type=\"{kind}\"]")).await?;
    }
    browser.wait_for_text("#security-log li:first-child", "Password changed").await?;

    // Signing in and out on another browser: the sign-out is logged with the device and address of the request
    // that ended the session, and the sign-in keeps its own after the session is gone.
    let other = Browser::start(&server).await?;
    other.login_as("ursa", NEW_PASSWORD).await?;
    other.goto("/profile").await?;
    other.click("#logout").await?;
    other.wait_for_url("/loginname?loggedOut=1").await?;
    other.close().await?;
    browser.refresh().await?;
    let signed_out = "#security-log li:first-child[data-type=\"session.signed_out\"]";
    browser.wait_for_text(signed_out, "Signed out").await?;
    let meta = browser.text(&format!("{signed_out} .event-meta")).await?;
    ensure!(meta.contains("127.0.0.1") && meta.contains("Chrome on Linux"), "where it ended: {meta:?}");
    let sign_ins = browser.find_all("li.security-event[data-type=\"session.signed_in\"] .event-meta").await?;
    ensure!(sign_ins.len() == 2, "both sign-ins listed, got {}", sign_ins.len());
    for entry in sign_ins {
        let meta = entry.text().await?;
        ensure!(meta.contains("127.0.0.1") && meta.contains("Chrome on Linux"), "a sign-in lost its device: {meta:?}");
    }
    browser.screenshot("account-centre").await?;
    browser.close().await
}

#[tokio::test]
async fn account_sessions_end_others_seen_from_the_other_browser() -> Result<()> {
    let server = TestServer::start().await?;
    let api = server.api()?;
    let user = TestUser::new("selma");
    let user_id = api.add_human_user(&user, true).await?;
    let first = Browser::start(&server).await?;
    let second = Browser::start(&server).await?;
    first.login_as(&user.username, &user.password).await?;
    second.login_as(&user.username, &user.password).await?;
    first.goto("/profile").await?;
    first.wait_for_count("ul#session-list > li.session", 2).await?;
    first.wait_for_text("li.session[data-current=\"true\"] .session-ip", "127.0.0.1").await?;

    first.click("#end-other-sessions").await?;
    first.wait_for_count("ul#session-list > li.session", 1).await?;
    first.wait_for_count("ul#session-list > li.session[data-current=\"true\"]", 1).await?;
    ensure!(api.sessions_of(&user_id).await?.len() == 1, "the other session should be gone");
    second.goto("/profile").await?;
    second.wait_for_url("/loginname").await?;

    // Ending one session from the list, the other browser again.
    second.login_as(&user.username, &user.password).await?;
    first.refresh().await?;
    first.wait_for_count("ul#session-list > li.session", 2).await?;
    first.click("li.session[data-current=\"false\"] button.logout-session").await?;
    first.wait_for_count("ul#session-list > li.session", 1).await?;
    second.goto("/profile").await?;
    second.wait_for_url("/loginname").await?;
    first.close().await?;
    second.close().await
}

#[tokio::test]
async fn account_data_export_and_deletion() -> Result<()> {
    let server = TestServer::start().await?;
    let api = server.api()?;
    let user = TestUser::new("dagny");
    let user_id = api.add_human_user(&user, true).await?;
    let browser = Browser::start(&server).await?;
    browser.login_as(&user.username, &user.password).await?;
    browser.goto("/profile").await?;

    // The export is fetched by the page and offered as a file; its contents are what the server holds.
    browser.click("#download-data").await?;
    browser.wait_for("a#download-data-file").await?;
    let script = "const a = document.querySelector('#download-data-file'); \
                  return decodeURIComponent(a.href.slice(a.href.indexOf(',') + 1));";
    let json = browser.client().execute(script, vec![]).await?;
    let data: Value = serde_json::from_str(json.as_str().context("export is not text")?)?;
    ensure!(data["user"]["userId"] == user_id.as_str(), "export user: {}", data["user"]);
    ensure!(data["user"]["human"]["email"]["email"] == user.email.as_str(), "{}", data["user"]);
    ensure!(data["sessions"].as_array().map(Vec::len) == Some(1), "sessions: {}", data["sessions"]);
    let kinds: Vec<&str> =
        data["securityEvents"].as_array().context("no events")?.iter().filter_map(|e| e["type"].as_str()).collect();
    ensure!(kinds.contains(&"session.signed_in") && kinds.contains(&"user.added"), "events: {kinds:?}");
    ensure!(data["authenticators"].is_object(), "authenticators: {}", data["authenticators"]);
    ensure!(!json.as_str().unwrap_or_default().contains("argon2"), "no password hash in the export");

    // Deleting needs the password again.
    browser.click("#delete-account").await?;
    browser.fill("#deletePassword", "wrong-password").await?;
    browser.click("#delete-account-confirm").await?;
    browser.wait_for_text("#deletePassword-error", "Wrong password").await?;
    browser.fill("#deletePassword", &user.password).await?;
    browser.click("#delete-account-confirm").await?;
    browser.wait_for_url("/loginname?loggedOut=1").await?;
    let (status, _) = api.send(reqwest::Method::GET, &format!("/v2/users/{user_id}"), None).await?;
    ensure!(status == 404, "deleted user still answers {status}");
    ensure!(subjects(&server, &user.email)?.contains(&"Your account was deleted".into()), "no deletion notice");
    browser.goto("/loginname").await?;
    browser.fill("#loginName", &user.username).await?;
    browser.submit().await?;
    browser.wait_for_text("#loginName-error", "couldn't find").await?;
    browser.close().await
}

/// The rest of the profile and contact details: given, family and nick name, a username change (with its notice),
/// resending the email code until the limit says to wait (in words, next to the code field), changing a verified
/// phone number (verified again by SMS, with its notice) and removing it (with its notice).
#[tokio::test]
async fn account_centre_names_resend_limit_and_phone_change() -> Result<()> {
    let server = TestServer::start().await?;
    let api = server.api()?;
    let user = TestUser::new("ulla");
    let user_id = api.add_human_user(&user, true).await?;
    let browser = Browser::start(&server).await?;
    browser.login_as(&user.username, &user.password).await?;
    browser.goto("/profile").await?;

    browser.fill("#givenName", "Ulrike").await?;
    browser.fill("#familyName", "Berg").await?;
    browser.fill("#nickName", "Ulli").await?;
    browser.fill("#displayName", "Ulrike Berg").await?;
    browser.fill("#username", "ulli").await?;
    browser.click("#profile-form button[type=submit]").await?;
    browser.wait_for_text("#profile-saved", "saved").await?;
    let profile = api.user(&user_id).await?["human"]["profile"].clone();
    ensure!(profile["givenName"] == "Ulrike" && profile["familyName"] == "Berg", "{profile}");
    ensure!(profile["nickName"] == "Ulli", "{profile}");
    browser.refresh().await?;
    browser.wait_for_text_eq("#profile-name", "Ulrike Berg").await?;
    browser.wait_for_text_eq("#profile-username", "ulli").await?;
    browser.wait_for_value("#nickName", "Ulli").await?;
    server.wait_for_mail(&user.email, 1).await?;
    ensure!(subjects(&server, &user.email)?.contains(&"Your username was changed".into()), "no username notice");

    // Email change, then "send a new code" until the limit: 5 codes in 10 minutes, the request's included.
    let new_address = "ulli@example.org";
    browser.click("#change-email").await?;
    browser.fill("#newEmail", new_address).await?;
    browser.click("#email-form button[type=submit]").await?;
    browser.wait_for_text("#email-pending", new_address).await?;
    server.wait_for_mail(new_address, 1).await?;
    for sent in 2..=5 {
        browser.click("#resend-email-code").await?;
        server.wait_for_mail(new_address, sent).await?;
    }
    browser.wait_for("#email-code-resent").await?;
    browser.click("#resend-email-code").await?;
    browser.wait_for_text("#emailCode-error", "too many codes").await?;
    tokio::time::sleep(Duration::from_millis(300)).await;
    ensure!(server.mails_to(new_address)?.len() == 5, "the refused resend sent no mail");
    // The newest code is the one that counts.
    let code = server.verification_code_for(new_address).await?;
    browser.fill("#emailCode", &code).await?;
    browser.click("#email-verify-form button[type=submit]").await?;
    browser.wait_for_text_eq("#profile-email", new_address).await?;

    // Phone: add and verify, then change the verified number: the new one is verified by its own SMS.
    browser.click("#edit-phone").await?;
    browser.fill("#phone", "+41 79 555 12 34").await?;
    browser.click("#phone-form button[type=submit]").await?;
    let code = sms_code(&server, "+41795551234").await?;
    browser.fill("#phoneCode", &code).await?;
    browser.click("#phone-verify-form button[type=submit]").await?;
    browser.wait_for_text_eq("#profile-phone-status", "Verified").await?;
    let notices_before = server.mails_to(new_address)?.len();
    browser.click("#edit-phone").await?;
    browser.fill("#phone", "+41 79 555 98 76").await?;
    browser.click("#phone-form button[type=submit]").await?;
    browser.wait_for_text("#phone-code-sent", "+41795559876").await?;
    browser.wait_for_text_eq("#profile-phone-status", "Not verified").await?;
    let code = sms_code(&server, "+41795559876").await?;
    browser.fill("#phoneCode", &code).await?;
    browser.click("#phone-verify-form button[type=submit]").await?;
    browser.wait_for_text_eq("#profile-phone-status", "Verified").await?;
    browser.wait_for_text_eq("#profile-phone", "+41795559876").await?;
    server.wait_for_mail(new_address, notices_before + 1).await?;
    ensure!(subjects(&server, new_address)?.contains(&"Your phone number was changed".into()), "no phone notice");
    browser.click("#remove-phone").await?;
    browser.wait_for_text("#profile-phone", "No phone number").await?;
    server.wait_for_mail(new_address, notices_before + 2).await?;
    let phone = &api.user(&user_id).await?["human"]["phone"];
    ensure!(phone["phone"].as_str().unwrap_or_default().is_empty(), "{phone}");
    browser.close().await
}

/// The org's account policy forbids deleting one's own account: an admin sets it through the API; the signed-in
/// user, browsing in German, sees why in their language instead of the button, and a request the page's own
/// session sends straight to the API is refused in ZITADEL's error shape. The account stays.
#[tokio::test]
async fn deletion_forbidden_by_the_orgs_policy_is_explained_and_refused() -> Result<()> {
    let server = TestServer::start().await?;
    let api = server.api()?;
    let user = TestUser::new("dagmar");
    let user_id = api.add_human_user(&user, true).await?;
    let org = api.user(&user_id).await?["details"]["resourceOwner"].as_str().context("no org")?.to_owned();
    let path = format!("/gatehouse/v1/orgs/{org}/account_policy");
    let set = api.put(&path, serde_json::json!({"allowSelfDeletion": false})).await?;
    ensure!(set["policy"]["allowSelfDeletion"] == false, "the policy was not set: {set}");

    let browser = Browser::start_with_language(&server, "de").await?;
    browser.login_as(&user.username, &user.password).await?;
    browser.goto("/profile").await?;
    browser.wait_for_text("#delete-forbidden", "Die Richtlinie Ihrer Organisation erlaubt nicht").await?;
    ensure!(browser.find_all("#delete-account").await?.is_empty(), "the delete button is still offered");
    browser.screenshot("account-delete-forbidden-de").await?;

    let answer = browser
        .client()
        .execute_async(
            "const [userId, password, done] = arguments;
             fetch(`/gatehouse/v1/users/${userId}/delete`, {method: 'POST',
                   headers: {'content-type': 'application/json'}, body: JSON.stringify({currentPassword: password})})
               .then(async r => done({status: r.status, body: await r.json()}), e => done({error: String(e)}));",
            vec![serde_json::json!(user_id), serde_json::json!(user.password)],
        )
        .await?;
    ensure!(answer["status"] == 400, "refused with 400: {answer}");
    let body = &answer["body"];
    ensure!(body["code"] == 9, "FAILED_PRECONDITION: {body}");
    ensure!(body["message"].as_str().is_some_and(|m| m.ends_with("(USER-Delete-Policy)")), "message: {body}");
    ensure!(
        body["details"][0]["@type"] == "type.googleapis.com/zitadel.v1.ErrorDetail"
            && body["details"][0]["id"] == "USER-Delete-Policy",
        "details: {body}"
    );
    ensure!(api.user(&user_id).await?["userId"] == user_id.as_str(), "the account must stay");
    browser.close().await
}
