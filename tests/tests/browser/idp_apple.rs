//! Sign in with Apple in the browser, against the mock Apple (`gatehouse_e2e::apple`) on 127.0.0.1: the server
//! under test (on localhost) runs with `--apple-test-base-url`. Apple's page is a plain HTML form that POSTs to our
//! `/idps/callback` from another site, as Apple's does; the browser's SameSite=Lax cookie stays behind on that
//! POST and comes along on the GET the server's 303 turns it into.

use gatehouse_e2e::apple::{MockApple, Person};
use gatehouse_e2e::idp::ProviderOptions;
use gatehouse_e2e::prelude::*;

fn grace() -> Person {
    Person {
        sub: "001234.grace.0815".into(),
        email: "grace.hopper@privaterelay.appleid.com".into(),
        first_name: "Grace".into(),
        last_name: "Hopper".into(),
    }
}

/// A server that runs against the mock Apple and offers it on its login (auto-creation on); with the provider's id.
async fn server_offering_apple() -> Result<(MockApple, TestServer, String)> {
    let apple = MockApple::start(grace()).await;
    let server = TestServer::start_with_args(&["--apple-test-base-url", &apple.base]).await?;
    let api = server.api()?;
    let added = api
        .post("/admin/v1/idps/apple", apple.provider_body("Apple", ProviderOptions::auto_create().to_json()))
        .await?;
    let idp_id = added["id"].as_str().context("id")?.to_owned();
    api.post("/admin/v1/policies/login/idps", serde_json::json!({"idpId": idp_id})).await?;
    Ok((apple, server, idp_id))
}

#[tokio::test]
async fn continue_with_apple_creates_the_user_named_by_apple_and_signs_them_in() -> Result<()> {
    let (apple, server, idp_id) = server_offering_apple().await?;
    let api = server.api()?;

    let browser = Browser::start(&server).await?;
    browser.goto("/loginname").await?;
    let button = format!("#idp-{idp_id}");
    browser.wait_for_text(&button, "Continue with Apple").await?;
    browser.click(&button).await?;

    // Apple's page (another site): its form POSTs code, state and the user JSON to our callback.
    browser.poll_url_prefix(&format!("{}/auth/authorize?", apple.base)).await?;
    browser.wait_for_text("#apple-continue", "Grace Hopper").await?;
    browser.screenshot("apple-mock-authorize").await?;
    browser.click("#apple-continue").await?;

    browser.wait_for_url("/signedin").await?;
    // The name Apple sent only in that first POST's user field.
    browser.wait_for_text_eq("#signedin-user", "Grace Hopper").await?;
    browser.screenshot("apple-signed-in").await?;
    ensure!(apple.refusals().is_empty(), "the mock refused: {:?}", apple.refusals());

    // Stored: one user named from Apple's user field, the address Apple verified, linked to Apple's subject.
    let users = api.users_by_email(&grace().email).await?;
    ensure!(users.len() == 1, "one user for Apple's address: {users:?}");
    let user_id = users[0]["userId"].as_str().context("userId")?.to_owned();
    let user = api.user(&user_id).await?;
    let human = &user["human"];
    ensure!(human["profile"]["givenName"] == "Grace" && human["profile"]["familyName"] == "Hopper", "{user}");
    ensure!(human["profile"]["displayName"] == "Grace Hopper", "{user}");
    ensure!(human["email"]["isVerified"] == true, "Apple's email_verified \"true\": {user}");
    let links = api.idp_links(&user_id).await?;
    ensure!(links.len() == 1 && links[0].0 == idp_id && links[0].1 == grace().sub, "links {links:?}");

    // The account centre shows the name and the linked Apple account.
    browser.goto("/profile").await?;
    // Apple's subjects have dots, so the row is found by its id attribute (a `#id` selector would read classes).
    browser.wait_for_text(&format!("[id=\"idp-link-{idp_id}-{}\"]", grace().sub), "Apple").await?;
    browser.wait_for_text("main", "Hopper").await?;

    // Signed out, Apple again (no user field this time): the same user, through the link.
    browser.goto("/logout").await?;
    browser.click("#logout-all").await.ok();
    browser.goto("/loginname").await?;
    browser.click(&button).await?;
    browser.poll_url_prefix(&format!("{}/auth/authorize?", apple.base)).await?;
    browser.click("#apple-continue").await?;
    browser.wait_for_url("/signedin").await?;
    browser.wait_for_text_eq("#signedin-user", "Grace Hopper").await?;
    ensure!(api.users_by_email(&grace().email).await?.len() == 1, "a second user was created");
    ensure!(apple.tokens_issued() == 2, "two code exchanges, got {}", apple.tokens_issued());
    browser.close().await
}

/// Cancelling on Apple's page: Apple POSTs `error=user_cancelled_authorize` to our callback; the browser lands on
/// the failure page, which says so and leads back to the sign-in. Nobody is created and no code is exchanged.
#[tokio::test]
async fn cancelling_at_apple_explains_it_and_leads_back_to_the_sign_in() -> Result<()> {
    let (apple, server, idp_id) = server_offering_apple().await?;
    let api = server.api()?;

    let browser = Browser::start(&server).await?;
    browser.goto("/loginname").await?;
    browser.click(&format!("#idp-{idp_id}")).await?;
    browser.poll_url_prefix(&format!("{}/auth/authorize?", apple.base)).await?;
    browser.click("#apple-cancel").await?;

    let failure = browser.wait_for_url("/idp/apple/failure?").await?;
    ensure!(failure.contains("error=access_denied"), "Apple's cancel as OAuth's access_denied: {failure}");
    browser.wait_for_text("#idp-failure-message", "cancelled or refused").await?;
    browser.screenshot("apple-cancelled").await?;
    browser.click("#idp-failure-back").await?;
    browser.wait_for_url("/loginname").await?;

    ensure!(api.users_by_email(&grace().email).await?.is_empty(), "cancelling created a user");
    ensure!(apple.tokens_issued() == 0, "a code was exchanged after a cancel");
    ensure!(apple.refusals().is_empty(), "the mock refused: {:?}", apple.refusals());
    browser.close().await
}
