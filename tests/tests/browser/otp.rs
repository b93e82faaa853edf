//! Codes by email as second factor (read from the dev outbox), recovery codes (shown once, used once, then refused)
//! and the /mfa chooser once a user has several factors.

use gatehouse_e2e::prelude::*;

use crate::totp::enrol_totp_from_profile;

/// Waits for the `count`-th sign-in code mail to `to` and returns its code.
async fn sign_in_code(server: &TestServer, to: &str, count: usize) -> Result<String> {
    for _ in 0..100 {
        let codes: Vec<String> = server
            .mails_to(to)?
            .into_iter()
            .filter(|m| m.subject == "Your sign-in code")
            .filter_map(|m| m.code())
            .collect();
        if codes.len() >= count {
            return Ok(codes[count - 1].clone());
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    bail!("no sign-in code mail #{count} to {to}")
}

async fn log_out(browser: &Browser) -> Result<()> {
    browser.goto("/profile").await?;
    browser.click("#logout").await?;
    browser.wait_for_url("/loginname?loggedOut=1").await?;
    Ok(())
}

#[tokio::test]
async fn email_codes_recovery_codes_and_the_chooser() -> Result<()> {
    let server = TestServer::start().await?;
    let api = server.api()?;
    let user = TestUser::new("oona");
    let user_id = api.add_human_user(&user, true).await?;
    let browser = Browser::start(&server).await?;
    browser.login_as(&user.username, &user.password).await?;

    // Turn on codes by email from the profile.
    browser.goto("/profile").await?;
    browser.wait_for_text_eq("#factor-otp-email-status", "Off").await?;
    browser.click("#set-otp-email").await?;
    browser.wait_for_url("/otp/email/set").await?;
    browser.submit().await?;
    browser.wait_for_url("/profile").await?;
    browser.wait_for_text_eq("#factor-otp-email-status", "On").await?;

    // Recovery codes: shown once, ten of them, with copy and download.
    browser.click("#generate-recovery-codes").await?;
    browser.wait_for_count("#recovery-codes li.recovery-code", 10).await?;
    let codes: Vec<String> = {
        let mut out = Vec::new();
        for element in browser.find_all("#recovery-codes li.recovery-code").await? {
            out.push(element.text().await?);
        }
        out
    };
    let download = browser.attr("#download-recovery-codes", "href").await?.unwrap_or_default();
    ensure!(download.starts_with("data:text/plain"), "a .txt download: {download}");
    browser.click("#copy-recovery-codes").await?;
    browser.wait_for_text("#copy-recovery-codes", "Copied").await?;
    browser.screenshot("recovery-codes").await?;

    // Password, then the mailed code (a wrong one first).
    log_out(&browser).await?;
    browser.submit_login(&user.username, &user.password).await?;
    browser.wait_for_url("/otp/email?").await?;
    let code = sign_in_code(&server, &user.email, 1).await?;
    browser.fill("#code", "000000").await?;
    browser.submit().await?;
    browser.wait_for_text(".field-error", "code").await?;
    browser.fill("#code", &code).await?;
    browser.submit().await?;
    browser.wait_for_url("/signedin").await?;

    // With an authenticator app too, the login asks which to use.
    enrol_totp_from_profile(&browser).await?;
    log_out(&browser).await?;
    browser.submit_login(&user.username, &user.password).await?;
    browser.wait_for_url("/mfa?").await?;
    browser.wait_for("#mfa-totp").await?;
    browser.wait_for("#mfa-otp-email").await?;
    browser.screenshot("mfa-chooser").await?;
    browser.click("#mfa-recovery-code").await?;
    browser.wait_for_url("/recovery-code?").await?;
    browser.fill("#recovery-code", &codes[0]).await?;
    browser.submit().await?;
    browser.wait_for_url("/signedin").await?;

    // The same recovery code again is refused.
    log_out(&browser).await?;
    browser.submit_login(&user.username, &user.password).await?;
    browser.wait_for_url("/mfa?").await?;
    browser.click("#mfa-recovery-code").await?;
    browser.wait_for_url("/recovery-code?").await?;
    browser.fill("#recovery-code", &codes[0]).await?;
    browser.submit().await?;
    browser.wait_for_text(".field-error", "already used").await?;
    browser.fill("#recovery-code", &codes[1]).await?;
    browser.submit().await?;
    browser.wait_for_url("/signedin").await?;
    let methods = api.get(&format!("/v2/users/{user_id}/authentication_methods")).await?;
    ensure!(methods.to_string().contains("RECOVERY_CODE"), "{methods}");
    browser.close().await
}

#[tokio::test]
async fn sms_codes_after_the_password() -> Result<()> {
    let server = TestServer::start().await?;
    let api = server.api()?;
    let user = TestUser::new("sami");
    let user_id = api.add_human_user(&user, true).await?;
    let phone = "+41795550123";
    api.post(&format!("/v2/users/{user_id}/phone"), serde_json::json!({"phone": phone, "isVerified": true})).await?;
    let browser = Browser::start(&server).await?;
    browser.login_as(&user.username, &user.password).await?;

    // Turn on codes by SMS from the profile (the number is verified).
    browser.goto("/profile").await?;
    browser.wait_for_text_eq("#factor-otp-sms-status", "Off").await?;
    browser.click("#set-otp-sms").await?;
    browser.wait_for_url("/otp/sms/set").await?;
    browser.submit().await?;
    browser.wait_for_url("/profile").await?;
    browser.wait_for_text_eq("#factor-otp-sms-status", "On").await?;

    // Password, then the code from the SMS: a wrong one is refused next to the field, the sent one signs in.
    log_out(&browser).await?;
    browser.submit_login(&user.username, &user.password).await?;
    browser.wait_for_url("/otp/sms?").await?;
    let sms = server.wait_for_sms(phone, 1).await?;
    let code = sms.code().context("no code in the SMS")?;
    let wrong = if code == "000000" { "111111" } else { "000000" };
    browser.fill("#code", wrong).await?;
    browser.submit().await?;
    browser.wait_for_text(".field-error", "code").await?;
    ensure!(browser.path().await?.starts_with("/otp/sms"), "stays on /otp/sms after a wrong code");
    browser.fill("#code", &code).await?;
    browser.submit().await?;
    browser.wait_for_url("/signedin").await?;
    let sessions = api.sessions_of(&user_id).await?;
    ensure!(
        sessions.iter().any(|s| s["factors"]["otpSms"]["verifiedAt"].is_string()),
        "an SMS-checked session at the server: {sessions:?}"
    );
    ensure!(server.sms_to(phone)?.len() == 1, "one SMS for one login");
    browser.close().await
}
