//! External identity providers: a second Gatehouse (the upstream, on 127.0.0.1) is the OpenID provider of the
//! server under test (on localhost).

use gatehouse_e2e::idp::{Upstream, UPSTREAM_HOST};
use gatehouse_e2e::prelude::*;

/// The harness's premise: one browser signed in at both servers keeps both sign-ins (their cookies live on
/// different hosts).
#[tokio::test]
async fn the_upstream_and_the_server_keep_their_own_sign_in_in_one_browser() -> Result<()> {
    let server = TestServer::start().await?;
    let local = TestUser::new("lena");
    server.api()?.add_human_user(&local, true).await?;
    let upstream = Upstream::start(&server, TestUser::new("uma")).await?;
    ensure!(upstream.issuer().starts_with(&format!("http://{UPSTREAM_HOST}:")), "upstream at {}", upstream.issuer());

    let browser = Browser::start(&server).await?;
    browser.login_as(&local.username, &local.password).await?;
    browser.goto(&upstream.server.url("/loginname")).await?;
    browser.sign_in_at_upstream(&upstream).await?;
    browser.poll_url_prefix(&upstream.server.url("/signedin")).await?;
    browser.wait_for_text("#signedin-user", &upstream.user.given_name).await?;

    // Back on the server under test: still signed in as the local user.
    browser.goto("/signedin").await?;
    browser.wait_for_text("#signedin-user", &local.given_name).await?;
    browser.goto(&upstream.server.url("/signedin")).await?;
    browser.wait_for_text("#signedin-user", &upstream.user.given_name).await?;
    browser.close().await
}
