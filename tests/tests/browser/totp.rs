//! The authenticator app: set up from the profile (the secret read off the page, codes computed here), then a login
//! with password and code, with a wrong and a reused code on the way, then removal.

use std::time::{SystemTime, UNIX_EPOCH};

use gatehouse_e2e::prelude::*;
use totp_rs::{Algorithm, Secret, TOTP};

/// The 6-digit code of `secret` (base32, as the page shows it) `steps_ahead` 30-second steps from now.
pub fn totp_code(secret: &str, steps_ahead: i64) -> Result<(String, i64)> {
    let bytes = Secret::Encoded(secret.trim().to_owned()).to_bytes().map_err(|e| anyhow::anyhow!("{e:?}"))?;
    let now = SystemTime::now().duration_since(UNIX_EPOCH)?.as_secs() as i64;
    let step = now / 30 + steps_ahead;
    Ok((TOTP::new_unchecked(Algorithm::SHA1, 6, 0, 30, bytes).generate((step * 30) as u64), step))
}

/// On the profile: set up the authenticator app; returns the secret shown.
pub async fn enrol_totp_from_profile(browser: &Browser) -> Result<String> {
    Ok(enrol_totp(browser).await?.0)
}

/// [`enrol_totp_from_profile`], also returning the code that finished the set-up (spent from then on).
async fn enrol_totp(browser: &Browser) -> Result<(String, String)> {
    browser.goto("/profile").await?;
    browser.wait_for_text_eq("#factor-totp-status", "Off").await?;
    browser.click("#set-totp").await?;
    browser.wait_for_url("/otp/time-based/set").await?;
    browser.wait_for("#qr-code svg").await?;
    let secret = browser.text("#totp-secret").await?;
    ensure!(secret.len() == 32, "a 160-bit base32 secret on the page, got {secret:?}");
    browser.fill("#code", "000000").await?;
    browser.submit().await?;
    browser.wait_for_text(".field-error", "wrong or has expired").await?;
    let (code, _) = totp_code(&secret, 0)?;
    browser.fill("#code", &code).await?;
    browser.submit().await?;
    browser.wait_for_url("/profile").await?;
    browser.wait_for_text_eq("#factor-totp-status", "On").await?;
    Ok((secret, code))
}

#[tokio::test]
async fn totp_set_up_then_login_with_code_then_removed() -> Result<()> {
    let server = TestServer::start().await?;
    let api = server.api()?;
    let user = TestUser::new("theo");
    let user_id = api.add_human_user(&user, true).await?;
    let browser = Browser::start(&server).await?;
    browser.login_as(&user.username, &user.password).await?;
    let (secret, used) = enrol_totp(&browser).await?;
    // Setting up a sign-in method is a change the user is told about by mail, like removing it (below).
    let added = server.wait_for_mail(&user.email, 1).await?;
    ensure!(added.subject == "A sign-in method was added to your account", "added notice: {}", added.subject);
    ensure!(added.body.contains("An authenticator app"), "the notice names the method: {}", added.body);
    let methods = api.get(&format!("/v2/users/{user_id}/authentication_methods")).await?;
    ensure!(
        methods["authMethodTypes"].to_string().contains("AUTHENTICATION_METHOD_TYPE_TOTP"),
        "the server lists TOTP: {methods}"
    );
    browser.screenshot("totp-profile").await?;
    // A second app is not set up over the first: the page says why.
    browser.goto("/otp/time-based/set").await?;
    browser.wait_for_text(".load-failed", "already set up").await?;
    browser.goto("/profile").await?;

    browser.click("#logout").await?;
    browser.wait_for_url("/loginname?loggedOut=1").await?;
    browser.submit_login(&user.username, &user.password).await?;
    browser.wait_for_url("/otp/time-based?").await?;
    // The password alone is not a login: the profile sends this browser back to sign in.
    let otp_url = browser.path().await?;
    browser.goto("/profile").await?;
    browser.wait_for_url("/loginname").await?;
    browser.goto(&otp_url).await?;
    browser.fill("#code", "123456").await?;
    browser.submit().await?;
    browser.wait_for_text(".field-error", "wrong or has expired").await?;
    // The code that finished the set-up is spent, even while its step is still inside the ±1 window (taking the
    // current step's code instead would flake whenever a 30-second boundary passed since the set-up).
    browser.fill("#code", &used).await?;
    browser.submit().await?;
    browser.wait_for_text(".field-error", "already used").await?;
    browser.screenshot("totp-login-reused").await?;
    let (next, _) = totp_code(&secret, 1)?;
    browser.fill("#code", &next).await?;
    browser.submit().await?;
    browser.wait_for_url("/signedin").await?;

    browser.goto("/profile").await?;
    browser.wait_for_text_eq("#factor-totp-status", "On").await?;
    browser.click("#remove-totp").await?;
    browser.wait_for_text_eq("#factor-totp-status", "Off").await?;
    let removed = server.wait_for_mail(&user.email, 2).await?;
    ensure!(removed.subject == "A sign-in method was removed from your account", "removed notice: {}", removed.subject);
    let methods = api.get(&format!("/v2/users/{user_id}/authentication_methods")).await?;
    ensure!(!methods["authMethodTypes"].to_string().contains("TOTP"), "TOTP removed at the server: {methods}");
    browser.close().await
}

#[tokio::test]
async fn too_many_wrong_codes_lock_the_account_and_say_so() -> Result<()> {
    let server = TestServer::start().await?;
    let api = server.api()?;
    let user = TestUser::new("lena");
    let user_id = api.add_human_user(&user, true).await?;
    // Set up through the API as an admin (the secret comes back; the code is computed here).
    let registered = api.post(&format!("/v2/users/{user_id}/totp"), serde_json::json!({})).await?;
    let secret = registered["secret"].as_str().context("no secret")?.to_owned();
    let verify = serde_json::json!({"code": totp_code(&secret, 0)?.0});
    api.post(&format!("/v2/users/{user_id}/totp/verify"), verify).await?;
    tokio::time::sleep(std::time::Duration::from_millis(20)).await;

    let browser = Browser::start(&server).await?;
    browser.submit_login(&user.username, &user.password).await?;
    browser.wait_for_url("/otp/time-based?").await?;
    // The lockout policy allows 5 failed second-factor checks.
    for _ in 0..5 {
        browser.fill("#code", "000000").await?;
        browser.submit().await?;
        browser.wait_for_text(".field-error", "wrong or has expired").await?;
    }
    browser.fill("#code", &totp_code(&secret, 1)?.0).await?;
    browser.submit().await?;
    browser.wait_for_text(".field-error", "locked").await?;
    browser.screenshot("totp-locked").await?;
    let state = api.user(&user_id).await?;
    ensure!(state["state"] == "USER_STATE_LOCKED", "locked at the server: {state}");
    browser.close().await
}
