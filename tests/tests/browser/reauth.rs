//! "Confirm it's you": with a short re-authentication window (2 s), a sensitive change on /profile opens the dialog
//! in place; the password re-checks the session and the change goes through with what the user typed, a cancel
//! leaves everything as it was.

use std::time::Duration;

use gatehouse_e2e::prelude::*;

const WINDOW: Duration = Duration::from_secs(3);

#[tokio::test]
async fn reauth_dialog_confirms_before_email_change_and_ending_other_sessions() -> Result<()> {
    let server = TestServer::start_with_args(&["--reauth-window", "2"]).await?;
    let api = server.api()?;
    let user = TestUser::new("rhea");
    let user_id = api.add_human_user(&user, true).await?;
    let browser = Browser::start(&server).await?;
    let other = Browser::start(&server).await?;
    browser.login_as(&user.username, &user.password).await?;
    other.login_as(&user.username, &user.password).await?;
    browser.goto("/profile").await?;
    browser.wait_for_count("ul#session-list > li.session", 2).await?;

    // The email change after the window: the dialog asks for the password, the typed address stays.
    browser.click("#change-email").await?;
    browser.fill("#newEmail", "rhea.new@example.org").await?;
    tokio::time::sleep(WINDOW).await;
    browser.click("#email-form button[type=submit]").await?;
    browser.wait_for("#reauth-dialog[role=dialog][aria-modal=true]").await?;
    browser.wait_for_text("#reauth-title", "Confirm it's you").await?;
    browser.wait_for_text("#reauth-login-name", &user.username).await?;
    browser.screenshot("reauth-dialog").await?;
    browser.fill("#reauth-password", "not-my-password").await?;
    browser.click("#reauth-form button[type=submit]").await?;
    browser.wait_for_text("#reauth-password-error", "Wrong password").await?;
    ensure!(browser.value("#newEmail").await? == "rhea.new@example.org", "the typed address was lost");
    browser.fill("#reauth-password", &user.password).await?;
    browser.click("#reauth-form button[type=submit]").await?;
    browser.wait_for_absent("#reauth-dialog").await?;
    // The refused request went again by itself.
    browser.wait_for_text("#email-pending", "rhea.new@example.org").await?;
    server.wait_for_mail("rhea.new@example.org", 1).await?;

    // Ending the other sessions after the window: cancelling changes nothing and says why.
    tokio::time::sleep(WINDOW).await;
    browser.click("#end-other-sessions").await?;
    browser.wait_for("#reauth-dialog").await?;
    browser.click("#reauth-cancel").await?;
    browser.wait_for_absent("#reauth-dialog").await?;
    browser.wait_for_text("#form-error", "Confirm it's you").await?;
    ensure!(api.sessions_of(&user_id).await?.len() == 2, "a cancelled confirmation must not end sessions");
    browser.click("#end-other-sessions").await?;
    browser.fill("#reauth-password", &user.password).await?;
    browser.click("#reauth-form button[type=submit]").await?;
    browser.wait_for_absent("#reauth-dialog").await?;
    browser.wait_for_count("ul#session-list > li.session", 1).await?;
    ensure!(api.sessions_of(&user_id).await?.len() == 1, "the other session should be gone");
    other.goto("/profile").await?;
    other.wait_for_url("/loginname").await?;
    other.close().await?;
    browser.close().await
}

/// A user with an authenticator app signs in with password and code; past the window the dialog asks only for the
/// password, and the change goes through without another code: the session's TOTP check still counts for its own
/// lifetime (secondFactorCheckLifetime), a password re-check does not void it.
#[tokio::test]
async fn reauth_with_the_password_keeps_the_second_factor_of_a_totp_user() -> Result<()> {
    let server = TestServer::start_with_args(&["--reauth-window", "2"]).await?;
    let api = server.api()?;
    let user = TestUser::new("tara");
    let user_id = api.add_human_user(&user, true).await?;
    let registered = api.post(&format!("/v2/users/{user_id}/totp"), serde_json::json!({})).await?;
    let secret = registered["secret"].as_str().context("no secret")?.to_owned();
    let verify = serde_json::json!({"code": crate::totp::totp_code(&secret, 0)?.0});
    api.post(&format!("/v2/users/{user_id}/totp/verify"), verify).await?;
    tokio::time::sleep(Duration::from_millis(20)).await;

    let browser = Browser::start(&server).await?;
    browser.submit_login(&user.username, &user.password).await?;
    browser.wait_for_url("/otp/time-based?").await?;
    // The set-up spent this step's code; the next step's is inside the accepted window.
    browser.fill("#code", &crate::totp::totp_code(&secret, 1)?.0).await?;
    browser.submit().await?;
    browser.wait_for_url("/signedin").await?;
    browser.goto("/profile").await?;
    browser.wait_for_text_eq("#factor-totp-status", "On").await?;

    browser.click("#change-email").await?;
    browser.fill("#newEmail", "tara.new@example.org").await?;
    tokio::time::sleep(WINDOW).await;
    browser.click("#email-form button[type=submit]").await?;
    browser.wait_for("#reauth-dialog #reauth-password").await?;
    ensure!(browser.find_all("#reauth-dialog #code").await?.is_empty(), "the dialog asks for the password only");
    browser.fill("#reauth-password", &user.password).await?;
    browser.click("#reauth-form button[type=submit]").await?;
    browser.wait_for_absent("#reauth-dialog").await?;
    // The change went through, on the profile, with no code asked for.
    browser.wait_for_text("#email-pending", "tara.new@example.org").await?;
    server.wait_for_mail("tara.new@example.org", 1).await?;
    ensure!(browser.path().await?.starts_with("/profile"), "still on the profile: {}", browser.path().await?);
    // Still signed in as far as the server is concerned: a reload stays on the profile.
    browser.goto("/profile").await?;
    browser.wait_for_text_eq("#factor-totp-status", "On").await?;
    ensure!(browser.path().await?.starts_with("/profile"), "signed out after the re-check: {}", browser.path().await?);
    browser.close().await
}
