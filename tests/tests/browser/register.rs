//! Story 1: register with a live password checklist, then verify the email by code or by link.

use std::time::Duration;

use gatehouse_e2e::prelude::*;

fn rule(name: &str) -> String {
    format!("#password-checklist li[data-rule=\"{name}\"]")
}

#[tokio::test]
async fn register_and_verify_with_code() -> Result<()> {
    let server = TestServer::start().await?;
    let browser = Browser::start(&server).await?;
    let user = TestUser::new("ada");

    browser.goto("/register").await?;
    browser.fill("#givenName", &user.given_name).await?;
    browser.fill("#familyName", &user.family_name).await?;
    browser.fill("#email", &user.email).await?;

    // The checklist follows every keystroke.
    for name in ["length", "uppercase", "lowercase", "number", "symbol"] {
        browser.wait_for_attr(&rule(name), "data-met", "false").await?;
    }
    browser.fill("#password", "abc").await?;
    browser.wait_for_attr(&rule("lowercase"), "data-met", "true").await?;
    browser.wait_for_attr(&rule("uppercase"), "data-met", "false").await?;
    browser.wait_for_attr(&rule("length"), "data-met", "false").await?;
    browser.fill("#password", &user.password).await?;
    for name in ["length", "uppercase", "lowercase", "number", "symbol"] {
        browser.wait_for_attr(&rule(name), "data-met", "true").await?;
    }
    browser.fill("#passwordConfirm", "Different-1!").await?;
    browser.wait_for_attr(&rule("match"), "data-met", "false").await?;
    browser.fill("#passwordConfirm", &user.password).await?;
    browser.wait_for_attr(&rule("match"), "data-met", "true").await?;

    browser.submit().await?;
    browser.wait_for_url("/verify?").await?;
    let user_id = browser.query_param("userId").await?.context("no userId on /verify")?;
    ensure!(browser.query_param("loginName").await?.is_some(), "no loginName on /verify");
    ensure!(!server.api()?.email_verified(&user_id).await?, "email verified before the code was entered");

    browser.verify_email(&server, &user.email).await?;
    browser.wait_for_text("#signedin-user", &user.given_name).await?;
    browser.click("#profile-link").await?;
    browser.wait_for_url("/profile").await?;
    browser.wait_for_text_eq("#profile-email-status", "Verified").await?;

    let api = server.api()?;
    ensure!(api.email_verified(&user_id).await?, "GetUserByID: email not verified");
    let listed = api.user_by_email(&user.email).await?;
    ensure!(listed["userId"] == user_id.as_str(), "ListUsers found another user: {listed}");
    ensure!(listed["human"]["email"]["isVerified"] == true, "ListUsers: email not verified: {listed}");
    browser.close().await
}

#[tokio::test]
async fn verify_by_following_the_mailed_link() -> Result<()> {
    let server = TestServer::start().await?;
    let browser = Browser::start(&server).await?;
    let user = TestUser::new("ben");
    let user_id = browser.register(&user).await?;

    let mail = server.wait_for_mail(&user.email, 1).await?;
    let code = mail.code().context("no code in the verification mail")?;
    let link = mail.link_containing("/verify?").context("no /verify link in the mail")?;
    ensure!(link.starts_with(server.base_url()), "link {link} does not use the public URL {}", server.base_url());

    browser.goto(&link).await?;
    browser.wait_for_value("#code", &code).await?;
    // The link only prefills the code: opening it (a mail scanner could) must not verify.
    tokio::time::sleep(Duration::from_secs(1)).await;
    ensure!(browser.path().await?.starts_with("/verify?"), "left /verify without a click");
    ensure!(!server.api()?.email_verified(&user_id).await?, "opening the link verified the email");

    browser.submit().await?;
    browser.wait_for_url("/signedin").await?;
    ensure!(server.api()?.email_verified(&user_id).await?, "email not verified after submitting the code");
    browser.close().await
}
