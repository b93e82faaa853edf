//! Passkeys in the browser, with Chromium's virtual authenticator: register from the profile, sign in by username
//! and with the "Sign in with a passkey" button (no username), rename and remove; the errors a user meets.

use gatehouse_e2e::prelude::*;
use gatehouse_e2e::webauthn::{virtual_authenticator, Options};
use serde_json::json;

const ROWS: &str = "ul#passkey-list > li.credential-row";

/// Signs in with the password, skipping the optional "add a second factor" prompt.
pub async fn sign_in_with_password(browser: &Browser, user: &TestUser) -> Result<()> {
    browser.submit_login(&user.username, &user.password).await?;
    let started = std::time::Instant::now();
    loop {
        let path = browser.path().await?;
        if path.starts_with("/signedin") {
            return Ok(());
        }
        if path.starts_with("/mfa/set") {
            browser.click("#mfa-skip").await?;
        }
        ensure!(started.elapsed().as_secs() < 10, "no /signedin after the password, at {path}");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

/// Signs in with the password and adds a passkey named `name` from the profile.
async fn add_passkey_from_profile(browser: &Browser, user: &TestUser, name: &str) -> Result<()> {
    sign_in_with_password(browser, user).await?;
    browser.goto("/profile").await?;
    browser.click("#passkey-add").await?;
    browser.wait_for_url("/passkey/set").await?;
    browser.fill("#credential-name", name).await?;
    browser.submit().await?;
    browser.wait_for_text("#status", "Passkey added").await?;
    browser.click("#back-to-profile").await?;
    browser.wait_for_url("/profile").await?;
    browser.wait_for_count(ROWS, 1).await?;
    Ok(())
}

async fn log_out(browser: &Browser) -> Result<()> {
    browser.goto("/profile").await?;
    browser.click("#logout").await?;
    browser.wait_for_url("/loginname?loggedOut=1").await?;
    Ok(())
}

/// Logs out while the authenticator fails user verification, so the login name page's autofill request fails
/// quietly and the page waits for the user.
async fn log_out_without_autofill(
    browser: &Browser,
    authenticator: &gatehouse_e2e::webauthn::VirtualAuthenticator<'_>,
) -> Result<()> {
    authenticator.set_user_verified(false).await?;
    log_out(browser).await?;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    ensure!(browser.path().await?.starts_with("/loginname"), "the failed autofill leaves the user on /loginname");
    Ok(())
}

#[tokio::test]
async fn passkey_from_the_profile_then_sign_in_by_username_and_by_button() -> Result<()> {
    let server = TestServer::start().await?;
    let api = server.api()?;
    let user = TestUser::new("piper");
    let user_id = api.add_human_user(&user, true).await?;
    let browser = Browser::start(&server).await?;
    let authenticator = virtual_authenticator(&browser, Options::PASSKEY).await?;

    add_passkey_from_profile(&browser, &user, "My laptop").await?;
    browser.wait_for_text(ROWS, "My laptop").await?;
    browser.wait_for_text(ROWS, "Never used").await?;
    let held = authenticator.credentials().await?;
    ensure!(held.len() == 1 && held[0]["isResidentCredential"] == true, "a discoverable credential: {held:?}");

    // Autofill (conditional mediation): on the login name page the browser offers the passkey by itself; the
    // virtual authenticator accepts at once, so the user is signed in without typing anything.
    log_out(&browser).await?;
    browser.wait_for_url("/signedin").await?;

    // By username: with the device's check failing, the autofill stays quiet; the password page offers the passkey.
    log_out_without_autofill(&browser, &authenticator).await?;
    browser.fill("#loginName", &user.username).await?;
    browser.submit().await?;
    browser.wait_for_url("/password?").await?;
    authenticator.set_user_verified(true).await?;
    browser.click("#passkey-instead-link").await?;
    browser.wait_for_url("/passkey?").await?;
    browser.click("#passkey-button").await?;
    browser.wait_for_url("/signedin").await?;

    // Without a username: the button on the login name page.
    log_out_without_autofill(&browser, &authenticator).await?;
    authenticator.set_user_verified(true).await?;
    browser.click("#passkey-signin").await?;
    browser.wait_for_url("/signedin").await?;
    browser.goto("/profile").await?;
    browser.wait_for_text("#profile-username", &user.username).await?;
    browser.wait_for_text(ROWS, "Last used").await?;
    let sessions = api.sessions_of(&user_id).await?;
    ensure!(
        sessions.iter().any(|s| s["factors"]["webAuthN"]["userVerified"] == true),
        "a passkey session at the server: {sessions:?}"
    );

    // Rename, then remove.
    browser.click(&format!("{ROWS} .rename-button")).await?;
    browser.fill("#passkey-rename-input", "Work laptop").await?;
    browser.click(".rename-save").await?;
    browser.wait_for_text(&format!("{ROWS} .credential-name"), "Work laptop").await?;
    browser.click(&format!("{ROWS} .remove-button")).await?;
    browser.wait_for("#passkeys-empty").await?;
    let listed = api.post(&format!("/v2/users/{user_id}/passkeys/_search"), json!({})).await?;
    ensure!(listed["result"].as_array().is_none_or(|r| r.is_empty()), "removed at the server: {listed}");
    browser.close().await
}

#[tokio::test]
async fn a_cancelled_prompt_and_an_unregistered_passkey_are_explained() -> Result<()> {
    let server = TestServer::start().await?;
    let api = server.api()?;
    let user = TestUser::new("quinn");
    let user_id = api.add_human_user(&user, true).await?;
    let browser = Browser::start(&server).await?;
    let authenticator = virtual_authenticator(&browser, Options::PASSKEY).await?;
    add_passkey_from_profile(&browser, &user, "Phone").await?;
    // The virtual authenticator answers the autofill request at once: with user verification on, it would sign
    // the user in before the button is pressed.
    log_out_without_autofill(&browser, &authenticator).await?;

    // The user fails (or cancels) the device's check: the page says so and stays usable.
    browser.click("#passkey-signin").await?;
    browser.wait_for_text("#passkey-error", "cancelled or timed out").await?;
    ensure!(browser.path().await?.starts_with("/loginname"), "stays on the login name page");

    // The passkey was removed from the account but not from the device.
    authenticator.set_user_verified(true).await?;
    let listed = api.post(&format!("/v2/users/{user_id}/passkeys/_search"), json!({})).await?;
    let id = listed["result"][0]["id"].as_str().context("passkey id")?.to_owned();
    api.send(reqwest::Method::DELETE, &format!("/v2/users/{user_id}/passkeys/{id}"), None).await?;
    browser.click("#passkey-signin").await?;
    browser.wait_for_text("#passkey-error", "not registered for this account").await?;
    browser.close().await
}

#[tokio::test]
async fn without_username_password_login_the_login_name_leads_to_the_passkey() -> Result<()> {
    let server = TestServer::start().await?;
    let api = server.api()?;
    let user = TestUser::new("rhea");
    api.add_human_user(&user, true).await?;
    let browser = Browser::start(&server).await?;
    let authenticator = virtual_authenticator(&browser, Options::PASSKEY).await?;
    add_passkey_from_profile(&browser, &user, "Laptop").await?;
    log_out_without_autofill(&browser, &authenticator).await?;
    api.put(
        "/admin/v1/policies/login",
        json!({"allowUsernamePassword": false, "allowRegister": true, "passwordlessType": "PASSWORDLESS_TYPE_ALLOWED"}),
    )
    .await?;
    browser.fill("#loginName", &user.username).await?;
    browser.submit().await?;
    browser.wait_for_url("/passkey?").await?;
    authenticator.set_user_verified(true).await?;
    browser.click("#passkey-button").await?;
    browser.wait_for_url("/signedin").await?;
    browser.close().await
}
