//! Signing up with a passkey instead of a password (Chromium's virtual authenticator), and `/authenticator/set`,
//! where an account without a way to sign in chooses one.

use gatehouse_e2e::prelude::*;
use gatehouse_e2e::webauthn::{virtual_authenticator, Options};
use serde_json::json;

/// Fills /register's name and email and switches to "Use a passkey instead of a password".
async fn register_without_password(browser: &Browser, user: &TestUser) -> Result<()> {
    browser.goto("/register").await?;
    browser.fill("#givenName", &user.given_name).await?;
    browser.fill("#familyName", &user.family_name).await?;
    browser.fill("#email", &user.email).await?;
    browser.click("#register-with-passkey").await?;
    browser.wait_for_absent("#password").await?;
    browser.wait_for("#register-passkey-hint").await?;
    browser.submit().await?;
    browser.wait_for_url("/passkey/set?").await?;
    Ok(())
}

#[tokio::test]
async fn sign_up_with_a_passkey_then_sign_in_with_it() -> Result<()> {
    let server = TestServer::start().await?;
    let api = server.api()?;
    let browser = Browser::start(&server).await?;
    let authenticator = virtual_authenticator(&browser, Options::PASSKEY).await?;
    let user = TestUser::new("penny");

    register_without_password(&browser, &user).await?;
    let user_id = browser.query_param("userId").await?.context("no userId on /passkey/set")?;
    browser.wait_for_text(".intro", "Your account is created").await?;
    browser.screenshot("passkey-signup").await?;
    browser.submit().await?;
    // The passkey is made, the session signs in with it, and the email is verified next.
    browser.wait_for_url("/verify?").await?;
    // The newest mail is the "passkey added" notice; the verification code is in the first one.
    let code = server.mails_to(&user.email)?.iter().find_map(|m| m.code()).context("no verification code mail")?;
    browser.fill("#code", &code).await?;
    browser.submit().await?;
    browser.wait_for_url("/signedin").await?;
    browser.wait_for_text("#signedin-user", &user.given_name).await?;

    let held = authenticator.credentials().await?;
    ensure!(held.len() == 1 && held[0]["isResidentCredential"] == true, "one discoverable credential: {held:?}");
    let stored = api.user(&user_id).await?;
    ensure!(stored["human"]["passwordChanged"].is_null(), "no password was set: {stored}");
    let methods = api.get(&format!("/v2/users/{user_id}/authentication_methods")).await?;
    ensure!(
        methods["authMethodTypes"] == json!(["AUTHENTICATION_METHOD_TYPE_PASSKEY"]),
        "a passkey and nothing else: {methods}"
    );
    let sessions = api.sessions_of(&user_id).await?;
    ensure!(
        sessions.iter().any(|s| s["factors"]["webAuthN"]["userVerified"] == true),
        "signed in with the passkey at the server: {sessions:?}"
    );

    // Log out; the login name page's autofill offers the passkey and the device accepts: signed in again.
    browser.goto("/profile").await?;
    browser.click("#logout").await?;
    browser.wait_for_url("/signedin").await?;

    // By username: with the device's check failing the autofill stays quiet; the account has no password, so the
    // login name step leads to the passkey page.
    authenticator.set_user_verified(false).await?;
    browser.goto("/profile").await?;
    browser.click("#logout").await?;
    browser.wait_for_url("/loginname?loggedOut=1").await?;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    browser.fill("#loginName", &user.email).await?;
    browser.submit().await?;
    browser.wait_for_url("/passkey?").await?;
    authenticator.set_user_verified(true).await?;
    browser.click("#passkey-button").await?;
    browser.wait_for_url("/signedin").await?;
    browser.wait_for_text("#signedin-user", &user.given_name).await?;
    browser.close().await
}

#[tokio::test]
async fn another_browser_cannot_add_the_first_passkey() -> Result<()> {
    let server = TestServer::start().await?;
    let browser = Browser::start(&server).await?;
    let user = TestUser::new("percy");
    register_without_password(&browser, &user).await?;
    let url = browser.client().current_url().await?;

    // Someone else opens the same /passkey/set URL (it names the user and session) in their own browser.
    let other = Browser::start(&server).await?;
    virtual_authenticator(&other, Options::PASSKEY).await?;
    other.goto(&format!("{}?{}", url.path(), url.query().unwrap_or_default())).await?;
    other.wait_for("#credential-name").await?;
    other.submit().await?;
    other.wait_for_text("#form-error", "Only the browser that created this account").await?;
    other.close().await?;
    browser.close().await
}

#[tokio::test]
async fn authenticator_set_offers_a_password_instead() -> Result<()> {
    let server = TestServer::start().await?;
    let api = server.api()?;
    let browser = Browser::start(&server).await?;
    virtual_authenticator(&browser, Options::PASSKEY).await?;
    let user = TestUser::new("paula");

    register_without_password(&browser, &user).await?;
    let user_id = browser.query_param("userId").await?.context("no userId on /passkey/set")?;
    browser.click("#choose-another-way").await?;
    browser.wait_for_url("/authenticator/set?").await?;
    browser.wait_for("#authenticator-passkey").await?;
    // The (still empty) place for external identity providers is there.
    ensure!(browser.find_all("#authenticator-idps").await?.len() == 1, "no #authenticator-idps slot");
    browser.screenshot("authenticator-set").await?;

    // A password: a code goes to the account's address first.
    let mails_before = server.mails_to(&user.email)?.len();
    browser.click("#authenticator-password").await?;
    browser.wait_for_url("/password/set?").await?;
    let mail = server.wait_for_mail(&user.email, mails_before + 1).await?;
    ensure!(mail.subject == "Reset your password", "unexpected mail: {}", mail.subject);
    let code = mail.code().context("no code in the password mail")?;
    browser.fill("#code", &code).await?;
    browser.fill("#newPassword", &user.password).await?;
    browser.fill("#newPasswordConfirm", &user.password).await?;
    browser.submit().await?;
    browser.wait_for("#password-set-done").await?;
    let methods = api.get(&format!("/v2/users/{user_id}/authentication_methods")).await?;
    ensure!(methods["authMethodTypes"] == json!(["AUTHENTICATION_METHOD_TYPE_PASSWORD"]), "a password now: {methods}");

    // Back on /authenticator/set the passkey is the other choice: it leads to /passkey/set in sign-up mode.
    browser.back().await?;
    browser.wait_for_url("/authenticator/set?").await?;
    browser.click("#authenticator-passkey").await?;
    browser.wait_for_url("/passkey/set?").await?;
    ensure!(browser.query_param("signup").await?.as_deref() == Some("1"), "sign-up mode");
    browser.close().await
}
