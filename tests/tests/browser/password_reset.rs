//! Forgot password: the reset mail's link opened in a fresh browser sets a new password only on a click, once.

use gatehouse_e2e::prelude::*;
use reqwest::Method;
use serde_json::json;

const NEW_PASSWORD: &str = "Brand-New-Pass-42!";

#[tokio::test]
async fn forgot_password_link_in_a_fresh_browser_sets_a_new_password() -> Result<()> {
    let server = TestServer::start().await?;
    let api = server.api()?;
    let user = TestUser::new("rita");
    let user_id = api.add_human_user(&user, true).await?;

    // The password step offers the reset; it mails a link and opens /password/set saying so.
    let first = Browser::start(&server).await?;
    first.goto("/loginname").await?;
    first.fill("#loginName", &user.username).await?;
    first.submit().await?;
    first.wait_for_url("/password?").await?;
    first.click("#forgot-password").await?;
    first.wait_for_url("/password/set?").await?;
    first.wait_for_text("#password-set-intro", "We sent you an email").await?;
    let mail = server.wait_for_mail(&user.email, 1).await?;
    ensure!(mail.subject == "Reset your password", "unexpected mail: {}", mail.subject);
    let link = mail.link_containing("/password/set?").context("no /password/set link in the reset mail")?;
    let code = mail.code().context("no code in the reset mail")?;
    ensure!(link.contains(&format!("userId={user_id}")) && link.contains(&format!("code={code}")), "link: {link}");
    first.close().await?;

    // A link scanner opening the page does not use the code up: the page only prefills it.
    let scanner = Browser::start(&server).await?;
    scanner.goto(&link).await?;
    scanner.wait_for_value("#code", &code).await?;
    scanner.close().await?;

    let fresh = Browser::start(&server).await?;
    fresh.goto(&link).await?;
    fresh.wait_for_value("#code", &code).await?;
    fresh.fill("#newPassword", NEW_PASSWORD).await?;
    fresh.fill("#newPasswordConfirm", NEW_PASSWORD).await?;
    fresh.wait_for_count("#password-checklist li[data-met=\"false\"]", 0).await?;
    // A wrong code is refused next to the code field, and the right one still works afterwards.
    fresh.fill("#code", "WRONG1").await?;
    fresh.submit().await?;
    fresh.wait_for_text("#code-error", "not correct").await?;
    fresh.fill("#code", &code).await?;
    fresh.submit().await?;
    fresh.wait_for_text("#password-set-done", "Your password has been changed").await?;

    // Single use: the same code no longer sets a password.
    let (status, answer) = api
        .send(
            Method::POST,
            &format!("/v2/users/{user_id}/password"),
            Some(json!({"newPassword": {"password": "Another-Pass-43!"}, "verificationCode": code})),
        )
        .await?;
    ensure!(status == 400, "reused code answered {status}: {answer}");

    // The user is told, and signs in with the new password (the old one no longer works).
    let notice = server.wait_for_mail(&user.email, 2).await?;
    ensure!(notice.subject == "Your password was changed", "unexpected notification: {}", notice.subject);
    fresh.click("#signin-link").await?;
    fresh.wait_for_url("/loginname").await?;
    fresh.submit_login(&user.username, &user.password).await?;
    fresh.wait_for_text("#password-error", "Wrong password").await?;
    fresh.login_as(&user.username, NEW_PASSWORD).await?;
    fresh.close().await
}
