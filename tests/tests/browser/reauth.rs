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
