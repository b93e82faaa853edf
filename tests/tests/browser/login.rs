//! Story 2: log in, and each failure gives a clear message in place.

use gatehouse_e2e::prelude::*;
use serde_json::json;

#[tokio::test]
async fn login_with_unknown_user_wrong_password_then_success() -> Result<()> {
    let server = TestServer::start().await?;
    let user = TestUser::new("bob");
    server.api()?.add_human_user(&user, true).await?;
    let browser = Browser::start(&server).await?;

    browser.goto("/loginname").await?;
    browser.fill("#loginName", "nobody@example.com").await?;
    browser.submit().await?;
    browser.wait_for("#loginName-error").await?;
    ensure!(browser.path().await?.starts_with("/loginname"), "unknown user left /loginname");

    browser.submit_login(&user.username, "Wrong-Passw0rd!").await?;
    browser.wait_for("#password-error").await?;
    ensure!(browser.path().await?.starts_with("/password"), "wrong password left /password");

    // Same page, right password; the login name also matches the email, case-insensitively.
    browser.submit_login("Bob@Example.COM", &user.password).await?;
    browser.wait_for_url("/signedin").await?;
    browser.wait_for_text("#signedin-user", &user.given_name).await?;
    browser.close().await
}

/// With ignoreUnknownUsernames the login never says which names exist: an unknown name goes on to the password
/// step, and both it and a wrong password for a real user get the same message.
#[tokio::test]
async fn ignore_unknown_usernames_hides_which_names_exist() -> Result<()> {
    let server = TestServer::start().await?;
    let api = server.api()?;
    crate::mfa::set_login_policy(&api, |p| p["ignoreUnknownUsernames"] = json!(true)).await?;
    let user = TestUser::new("nina");
    api.add_human_user(&user, true).await?;
    let browser = Browser::start(&server).await?;

    browser.submit_login("nobody@example.com", "Wrong-Passw0rd!").await?;
    let unknown = browser.wait_for_text("#password-error", "username or password").await?;
    ensure!(browser.path().await?.starts_with("/password"), "the unknown name reached the password step");
    browser.submit_login(&user.username, "Wrong-Passw0rd!").await?;
    let wrong = browser.wait_for_text("#password-error", "username or password").await?;
    ensure!(unknown == wrong, "the same message for both: {unknown:?} vs {wrong:?}");
    browser.submit_login(&user.username, &user.password).await?;
    browser.wait_for_url("/signedin").await?;
    browser.close().await
}

#[tokio::test]
async fn lockout_after_max_password_attempts_is_enforced_by_the_server() -> Result<()> {
    let server = TestServer::start().await?;
    let api = server.api()?;
    api.set_max_password_attempts(3).await?;
    let user = TestUser::new("carol");
    let user_id = api.add_human_user(&user, true).await?;
    let browser = Browser::start(&server).await?;

    for attempt in 1..=3 {
        browser.submit_login(&user.username, "Wrong-Passw0rd!").await?;
        browser.wait_for("#password-error").await.with_context(|| format!("wrong password, attempt {attempt}"))?;
    }

    // Now even the right password is refused, in the browser ...
    browser.goto(&format!("/password?loginName={}", user.username)).await?;
    browser.fill("#password", &user.password).await?;
    browser.submit().await?;
    browser.wait_for_text("#password-error", "locked").await?;
    ensure!(!browser.path().await?.starts_with("/signedin"), "a locked user signed in");

    // ... and by the server itself, whoever asks.
    let user_state = api.user(&user_id).await?["state"].clone();
    ensure!(user_state == "USER_STATE_LOCKED", "user state is {user_state}, expected USER_STATE_LOCKED");
    let (status, answer) = api
        .send(
            reqwest::Method::POST,
            "/v2/sessions",
            Some(json!({"checks": {"user": {"loginName": user.username}, "password": {"password": user.password}}})),
        )
        .await?;
    ensure!(!status.is_success(), "CreateSession with the right password succeeded for a locked user: {answer}");
    ensure!(answer.to_string().contains("COMMAND-SFA3t"), "expected error id COMMAND-SFA3t, got {status} {answer}");
    browser.close().await
}

#[tokio::test]
async fn unverified_email_is_offered_verification() -> Result<()> {
    let server = TestServer::start().await?;
    let user = TestUser::new("dave");
    let user_id = server.api()?.add_human_user(&user, false).await?;
    // AddHumanUser without a code option sends the default verification mail.
    server.wait_for_mail(&user.email, 1).await?;
    let browser = Browser::start(&server).await?;

    browser.submit_login(&user.username, &user.password).await?;
    browser.wait_for_text("#password-error", "verify").await?;
    let href = browser.attr("#verify-link", "href").await?.unwrap_or_default();
    for part in ["/verify?", "userId=", "send=true"] {
        ensure!(href.contains(part), "#verify-link href {href:?} lacks {part:?}");
    }

    // send=true mails a fresh code; that one verifies.
    browser.click("#verify-link").await?;
    browser.wait_for_url("/verify?").await?;
    let mail = server.wait_for_mail(&user.email, 2).await?;
    browser.fill("#code", &mail.code().context("no code in the resent mail")?).await?;
    browser.submit().await?;
    browser.wait_for_url("/signedin").await?;
    ensure!(server.api()?.email_verified(&user_id).await?, "email not verified");
    browser.close().await
}

#[tokio::test]
async fn admin_first_login_must_change_the_initial_password() -> Result<()> {
    let server = TestServer::start().await?;
    let new_password = "Brand-New-Adm1n!";
    let browser = Browser::start(&server).await?;

    browser.submit_login("admin", ADMIN_PASSWORD).await?;
    browser.wait_for_url("/password/change").await?;
    browser.fill("#currentPassword", ADMIN_PASSWORD).await?;
    browser.fill("#newPassword", new_password).await?;
    browser.fill("#newPasswordConfirm", new_password).await?;
    browser.wait_for_attr("#password-checklist li[data-rule=\"match\"]", "data-met", "true").await?;
    browser.submit().await?;
    browser.wait_for_url("/signedin").await?;
    browser.close().await?;

    let admin = server.api()?.user_by_email("admin@gatehouse.localhost").await?;
    ensure!(
        admin["human"]["passwordChangeRequired"] != true,
        "passwordChangeRequired still set after the change: {admin}"
    );
    // A fresh browser: the new password works without another forced change.
    let browser = Browser::start(&server).await?;
    browser.login_as("admin", new_password).await?;
    browser.close().await
}
