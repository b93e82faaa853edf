//! Logout started by an app (end_session with and without id_token_hint), and a refused callback with its way
//! forward.

use std::time::Duration;

use gatehouse_e2e::oidc::{query_params, CallbackListener};
use gatehouse_e2e::prelude::*;
use serde_json::json;

use crate::oidc_accounts::{authorize_path, exchange, subject};

async fn sign_in(browser: &Browser, user: &TestUser) -> Result<()> {
    browser.wait_for_url("/loginname?").await?;
    browser.fill("#loginName", &user.username).await?;
    browser.submit().await?;
    browser.wait_for_url("/password?").await?;
    browser.fill("#password", &user.password).await?;
    browser.submit().await?;
    browser.skip_optional_mfa_prompt().await
}

#[tokio::test]
async fn end_session_returns_to_the_app_or_lets_the_user_choose() -> Result<()> {
    let server = TestServer::start().await?;
    let user = TestUser::new("leo");
    server.api()?.add_human_user(&user, true).await?;
    let mut callback = CallbackListener::start("/cb").await?;
    let bye = format!("{}/bye", callback.url.trim_end_matches("/cb"));
    let app = server
        .api()?
        .create_oidc_app(
            "Shop",
            json!({"redirectUris": [callback.url], "postLogoutRedirectUris": [bye], "developmentMode": true,
                   "applicationType": "OIDC_APP_TYPE_USER_AGENT", "authMethodType": "OIDC_AUTH_METHOD_TYPE_NONE"}),
        )
        .await?;
    let browser = Browser::start(&server).await?;
    browser.goto(&authorize_path(&app, &callback.url, "")).await?;
    sign_in(&browser, &user).await?;
    let (target, _) = callback.next(Duration::from_secs(20)).await?;
    let tokens = exchange(&server, &app, &callback.url, &query_params(&target)["code"]).await?;
    let id_token = tokens["id_token"].as_str().context("id_token")?;

    // With the hint: the session ends and the browser returns to the app's registered page with its state.
    let bye_encoded: String = url::form_urlencoded::byte_serialize(bye.as_bytes()).collect();
    browser
        .goto(&format!("/oidc/v1/end_session?id_token_hint={id_token}&post_logout_redirect_uri={bye_encoded}&state=z1"))
        .await?;
    let (target, _) = callback.next(Duration::from_secs(20)).await?;
    ensure!(target == "/bye?state=z1", "returned to {target}");
    browser.goto("/logout").await?;
    browser.wait_for_text("main", "No one is signed in").await?;

    // Without a hint: the user picks on /logout and ends on /logout/done.
    browser.goto(&authorize_path(&app, &callback.url, "")).await?;
    sign_in(&browser, &user).await?;
    callback.next(Duration::from_secs(20)).await?;
    browser.goto("/oidc/v1/end_session").await?;
    browser.wait_for_url("/logout?endSession=1").await?;
    browser.click("#logout-all").await?;
    browser.wait_for_url("/logout/done").await?;
    browser.wait_for("#logout-done").await?;
    browser.close().await
}

#[tokio::test]
async fn a_refused_callback_says_why_and_signing_in_again_finishes_it() -> Result<()> {
    let server = TestServer::start().await?;
    let user = TestUser::new("max");
    let user_id = server.api()?.add_human_user(&user, true).await?;
    let mut callback = CallbackListener::start("/cb").await?;
    let app = crate::oidc_accounts::spa_app(&server, &callback.url).await?;
    let browser = Browser::start(&server).await?;
    browser.goto(&authorize_path(&app, &callback.url, "")).await?;
    sign_in(&browser, &user).await?;
    callback.next(Duration::from_secs(20)).await?;

    // The app wants a sign-in at most 4 s old; the browser's session is older, so the server refuses it.
    tokio::time::sleep(Duration::from_millis(4500)).await;
    browser.goto(&authorize_path(&app, &callback.url, "&max_age=4")).await?;
    browser.wait_for_text("#callback-error", "sign in again").await?;
    browser.click("#callback-action").await?;
    sign_in(&browser, &user).await?;
    let (target, _) = callback.next(Duration::from_secs(20)).await?;
    let tokens = exchange(&server, &app, &callback.url, &query_params(&target)["code"]).await?;
    ensure!(subject(&tokens)? == user_id, "signed in again as the same user");
    browser.close().await
}
