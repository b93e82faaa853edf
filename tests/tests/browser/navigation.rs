//! Story 4 (reload, back, deep links), the dev outbox page, and phone-sized screenshots.

use gatehouse_e2e::prelude::*;

#[tokio::test]
async fn reload_back_button_and_deep_links() -> Result<()> {
    let server = TestServer::start().await?;
    let user = TestUser::new("frank");
    server.api()?.add_human_user(&user, true).await?;
    let browser = Browser::start(&server).await?;

    browser.goto("/loginname").await?;
    browser.fill("#loginName", &user.username).await?;
    browser.submit().await?;
    browser.wait_for_url("/password?").await?;
    ensure!(
        browser.query_param("loginName").await?.as_deref() == Some(user.username.as_str()),
        "/password URL lacks loginName={}",
        user.username
    );

    browser.refresh().await?;
    browser.wait_for("#password").await?;
    browser.wait_for_url("/password?").await?;

    browser.back().await?;
    browser.wait_for_url("/loginname").await?;
    browser.wait_for_value("#loginName", &user.username).await?;

    browser.submit().await?;
    browser.wait_for_url("/password?").await?;
    browser.fill("#password", &user.password).await?;
    browser.submit().await?;
    browser.wait_for_url("/signedin").await?;
    browser.refresh().await?;
    browser.wait_for_text("#signedin-user", &user.given_name).await?;
    browser.goto("/profile").await?;
    browser.refresh().await?;
    browser.wait_for_text("#profile-email", &user.email).await?;

    // Deep links load straight into their page (the server falls back to index.html).
    browser.goto("/register").await?;
    browser.wait_for("#givenName").await?;
    browser.goto("/verify?userId=1&loginName=someone").await?;
    browser.wait_for("#code").await?;
    browser.close().await
}

#[tokio::test]
async fn dev_outbox_page_lists_the_verification_mail() -> Result<()> {
    let server = TestServer::start().await?;
    let user = TestUser::new("gina");
    server.api()?.add_human_user(&user, false).await?;
    server.wait_for_mail(&user.email, 1).await?;
    let browser = Browser::start(&server).await?;

    browser.goto("/dev/outbox").await?;
    browser.wait_for_text("li.mail .mail-to", &user.email).await?;
    let subject = browser.text("li.mail .mail-subject").await?;
    ensure!(!subject.trim().is_empty(), "mail without subject");
    browser.wait_for_text("li.mail pre.mail-body", "Code:").await?;
    browser.close().await
}

#[tokio::test]
async fn screenshots_desktop_and_phone() -> Result<()> {
    let server = TestServer::start().await?;
    let browser = Browser::start(&server).await?;

    browser.goto("/loginname").await?;
    browser.wait_for("#loginName").await?;
    println!("saved {}", browser.screenshot("desktop-loginname").await?.display());

    browser.set_window_size(375, 740).await?;
    for (path, field) in [("/loginname", "#loginName"), ("/register", "#givenName")] {
        browser.goto(path).await?;
        browser.wait_for(field).await?;
        let name = format!("phone{}", path.replace('/', "-"));
        println!("saved {}", browser.screenshot(&name).await?.display());
        let overflow = browser
            .client()
            .execute("return document.documentElement.scrollWidth - window.innerWidth;", vec![])
            .await?;
        if overflow.as_i64().unwrap_or(0) > 0 {
            println!("warning: {path} scrolls sideways by {overflow} px at 375 px wide");
        }
    }
    browser.close().await
}
