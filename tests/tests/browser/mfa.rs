//! The login policy in the browser: a forced MFA sends a user without factors to set one up (no skip), and the
//! optional prompt can be skipped and comes back after mfaInitSkipLifetime.

use std::time::Duration;

use gatehouse_e2e::prelude::*;
use serde_json::{json, Value};

use crate::totp::totp_code;

pub async fn set_login_policy(api: &Api, change: impl FnOnce(&mut Value)) -> Result<()> {
    let mut policy = api.get("/admin/v1/policies/login").await?["policy"].clone();
    change(&mut policy);
    api.put("/admin/v1/policies/login", policy).await?;
    Ok(())
}

#[tokio::test]
async fn forced_mfa_sets_up_an_authenticator_at_login() -> Result<()> {
    let server = TestServer::start().await?;
    let api = server.api()?;
    set_login_policy(&api, |p| p["forceMfa"] = json!(true)).await?;
    let user = TestUser::new("fred");
    let user_id = api.add_human_user(&user, true).await?;
    let browser = Browser::start(&server).await?;
    browser.submit_login(&user.username, &user.password).await?;
    browser.wait_for_url("/mfa/set?").await?;
    ensure!(browser.query_param("force").await?.as_deref() == Some("true"), "forced prompt");
    browser.wait_for("#set-totp").await?;
    ensure!(browser.find_all("#mfa-skip").await?.is_empty(), "no skip when MFA is forced");
    browser.screenshot("mfa-set-forced").await?;
    // The server agrees: the password alone does not open the profile.
    let mfa_set = browser.path().await?;
    browser.goto("/profile").await?;
    browser.wait_for_url("/loginname").await?;
    browser.goto(&mfa_set).await?;

    browser.click("#set-totp").await?;
    browser.wait_for_url("/otp/time-based/set?").await?;
    let secret = browser.text("#totp-secret").await?;
    browser.fill("#code", &totp_code(&secret, 0)?.0).await?;
    browser.submit().await?;
    browser.wait_for_url("/signedin").await?;
    let methods = api.get(&format!("/v2/users/{user_id}/authentication_methods")).await?;
    ensure!(methods.to_string().contains("AUTHENTICATION_METHOD_TYPE_TOTP"), "{methods}");

    // Next time: password, then the code.
    browser.goto("/profile").await?;
    browser.click("#logout").await?;
    browser.wait_for_url("/loginname?loggedOut=1").await?;
    browser.submit_login(&user.username, &user.password).await?;
    browser.wait_for_url("/otp/time-based?").await?;
    browser.fill("#code", &totp_code(&secret, 1)?.0).await?;
    browser.submit().await?;
    browser.wait_for_url("/signedin").await?;
    browser.close().await
}

#[tokio::test]
async fn the_optional_prompt_is_skipped_and_returns_after_its_lifetime() -> Result<()> {
    let server = TestServer::start().await?;
    let api = server.api()?;
    set_login_policy(&api, |p| p["mfaInitSkipLifetime"] = json!("12s")).await?;
    let user = TestUser::new("sky");
    let user_id = api.add_human_user(&user, true).await?;
    let browser = Browser::start(&server).await?;
    browser.submit_login(&user.username, &user.password).await?;
    browser.wait_for_url("/mfa/set?").await?;
    browser.screenshot("mfa-set-optional").await?;
    browser.click("#mfa-skip").await?;
    browser.wait_for_url("/signedin").await?;
    let skipped = api.user(&user_id).await?;
    ensure!(skipped["human"]["mfaInitSkipped"].is_string(), "the skip is stored: {skipped}");

    // Within the lifetime: straight in.
    browser.goto("/profile").await?;
    browser.click("#logout").await?;
    browser.wait_for_url("/loginname?loggedOut=1").await?;
    browser.login_as(&user.username, &user.password).await?;

    // After it: the prompt again.
    tokio::time::sleep(Duration::from_secs(12)).await;
    browser.goto("/profile").await?;
    browser.click("#logout").await?;
    browser.wait_for_url("/loginname?loggedOut=1").await?;
    browser.submit_login(&user.username, &user.password).await?;
    browser.wait_for_url("/mfa/set?").await?;
    browser.wait_for("#mfa-skip").await?;
    browser.close().await
}
