//! Story 3: the profile page, log out, log out everywhere.

use gatehouse_e2e::prelude::*;

const SESSIONS: &str = "ul#session-list > li.session";
const CURRENT_SESSION: &str = "ul#session-list > li.session[data-current=\"true\"]";

#[tokio::test]
async fn profile_logout_and_logout_everywhere() -> Result<()> {
    let server = TestServer::start().await?;
    let api = server.api()?;
    let user = TestUser::new("erin");
    let user_id = api.add_human_user(&user, true).await?;

    let first = Browser::start(&server).await?;
    first.login_as(&user.username, &user.password).await?;
    first.click("#profile-link").await?;
    first.wait_for_url("/profile").await?;
    first.wait_for_text("#profile-name", &user.display_name()).await?;
    first.wait_for_text("#profile-email", &user.email).await?;
    first.wait_for_text_eq("#profile-email-status", "Verified").await?;
    first.wait_for_text("#profile-username", &user.username).await?;
    first.wait_for_count(SESSIONS, 1).await?;
    first.wait_for_count(CURRENT_SESSION, 1).await?;

    // A second browser signs in as the same user: both see two sessions, one marked current.
    let second = Browser::start(&server).await?;
    second.login_as(&user.email, &user.password).await?;
    second.goto("/profile").await?;
    second.wait_for_count(SESSIONS, 2).await?;
    second.wait_for_count(CURRENT_SESSION, 1).await?;
    first.refresh().await?;
    first.wait_for_count(SESSIONS, 2).await?;
    first.wait_for_count(CURRENT_SESSION, 1).await?;

    // Log out ends only this browser's session.
    first.click("#logout").await?;
    first.wait_for_url("/loginname?loggedOut=1").await?;
    first.wait_for_text("#status", "signed out").await?;
    first.goto("/profile").await?;
    first.wait_for_url("/loginname").await?;
    second.refresh().await?;
    second.wait_for_count(SESSIONS, 1).await?;
    ensure!(api.sessions_of(&user_id).await?.len() == 1, "expected 1 session left after log out");

    // Log out everywhere ends the other browser's session too.
    first.login_as(&user.username, &user.password).await?;
    second.refresh().await?;
    second.wait_for_count(SESSIONS, 2).await?;
    second.click("#logout-everywhere").await?;
    second.wait_for_url("/loginname?loggedOut=1").await?;
    first.goto("/profile").await?;
    first.wait_for_url("/loginname").await?;
    let left = api.sessions_of(&user_id).await?;
    ensure!(left.is_empty(), "sessions left after log out everywhere: {left:?}");

    first.close().await?;
    second.close().await
}

#[tokio::test]
async fn logout_page_ends_chosen_sessions_of_this_browser() -> Result<()> {
    let server = TestServer::start().await?;
    let api = server.api()?;
    let (hana, ivan) = (TestUser::new("hana"), TestUser::new("ivan"));
    let hana_id = api.add_human_user(&hana, true).await?;
    let ivan_id = api.add_human_user(&ivan, true).await?;

    // Two accounts signed in on one browser.
    let browser = Browser::start(&server).await?;
    browser.login_as(&hana.username, &hana.password).await?;
    browser.login_as(&ivan.username, &ivan.password).await?;

    browser.goto("/logout").await?;
    browser.wait_for_count("li.session", 2).await?;
    browser.click("li.session button.logout-session").await?;
    browser.wait_for_count("li.session", 1).await?;
    let left = api.sessions_of(&hana_id).await?.len() + api.sessions_of(&ivan_id).await?.len();
    ensure!(left == 1, "expected 1 session after ending one, found {left}");

    browser.click("#logout-all").await?;
    browser.wait_for_url("/loginname?loggedOut=1").await?;
    let left = api.sessions_of(&hana_id).await?.len() + api.sessions_of(&ivan_id).await?.len();
    ensure!(left == 0, "expected no sessions after log out of all, found {left}");
    browser.close().await
}
