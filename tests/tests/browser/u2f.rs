//! A security key (U2F over WebAuthn) as second factor: register from the profile, sign in with password + key,
//! remove it; with Chromium's virtual USB authenticator.

use gatehouse_e2e::prelude::*;
use gatehouse_e2e::webauthn::{virtual_authenticator, Options};

const ROWS: &str = "ul#security-key-list > li.credential-row";

#[tokio::test]
async fn security_key_after_the_password_then_removed() -> Result<()> {
    let server = TestServer::start().await?;
    let api = server.api()?;
    let user = TestUser::new("ursula");
    api.add_human_user(&user, true).await?;
    let browser = Browser::start(&server).await?;
    let authenticator = virtual_authenticator(&browser, Options::SECURITY_KEY).await?;

    crate::passkey::sign_in_with_password(&browser, &user).await?;
    browser.goto("/profile").await?;
    browser.click("#security-key-add").await?;
    browser.wait_for_url("/u2f/set").await?;
    browser.fill("#credential-name", "YubiKey").await?;
    browser.submit().await?;
    browser.wait_for_text("#status", "Security key added").await?;
    let held = authenticator.credentials().await?;
    ensure!(held.len() == 1 && held[0]["isResidentCredential"] == false, "a non-discoverable credential: {held:?}");
    browser.click("#back-to-profile").await?;
    browser.wait_for_count(ROWS, 1).await?;
    browser.wait_for_text(ROWS, "YubiKey").await?;

    browser.click("#logout").await?;
    browser.wait_for_url("/loginname?loggedOut=1").await?;
    browser.submit_login(&user.username, &user.password).await?;
    browser.wait_for_url("/u2f?").await?;
    browser.click("#u2f-button").await?;
    browser.wait_for_url("/signedin").await?;

    browser.goto("/profile").await?;
    browser.wait_for_text(ROWS, "Last used").await?;
    browser.click(&format!("{ROWS} .remove-button")).await?;
    browser.wait_for("#security-keys-empty").await?;
    browser.close().await
}
