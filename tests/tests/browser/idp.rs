//! External identity providers: a second Gatehouse (the upstream, on 127.0.0.1) is the OpenID provider of the
//! server under test (on localhost).

use std::time::{Duration, Instant};

use gatehouse_e2e::idp::{ProviderOptions, Upstream, UPSTREAM_HOST};
use gatehouse_e2e::oidc::{query_params, CallbackListener};
use gatehouse_e2e::prelude::*;
use serde_json::json;

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

/// The server under test with the upstream configured as an instance IdP named "Upstream SSO"; returns its id.
async fn with_upstream_idp(server: &TestServer, upstream: &Upstream, options: ProviderOptions) -> Result<String> {
    server.api()?.add_instance_generic_oidc_idp(upstream.generic_oidc(IDP_NAME, options)).await
}

const IDP_NAME: &str = "Upstream SSO";

/// From /loginname: the provider's button, then the upstream's login pages.
async fn continue_with_upstream(browser: &Browser, upstream: &Upstream, idp_id: &str) -> Result<()> {
    let button = format!("#idp-{idp_id}");
    browser.wait_for_text(&button, &format!("Continue with {IDP_NAME}")).await?;
    browser.click(&button).await?;
    browser.sign_in_at_upstream(upstream).await
}

/// Screenshots of the current page in light and dark mode, wide and phone-sized, each audited by axe and checked
/// for sideways scrolling; the window is left as it was (wide, light).
async fn look_at_it_everywhere(browser: &Browser, name: &str) -> Result<()> {
    for (scheme, width, height) in [("light", 1280, 900), ("dark", 1280, 900), ("dark", 375, 740), ("light", 375, 740)]
    {
        browser.emulate_media(scheme, false).await?;
        browser.set_window_size(width, height).await?;
        browser.screenshot(&format!("{name}-{scheme}-{width}")).await?;
        browser.audit_accessibility().await.with_context(|| format!("{name}, {scheme}, {width} px"))?;
        let overflow = browser.horizontal_overflow().await?;
        ensure!(
            overflow <= 0,
            "{name} scrolls sideways by {overflow} px at {width} px: {:?}",
            browser.overflowing_elements().await?
        );
    }
    browser.emulate_media("light", false).await?;
    browser.set_window_size(1280, 900).await
}

/// The single user with `email` on `server`, and their id.
async fn only_user_with_email(server: &TestServer, email: &str) -> Result<String> {
    let users = server.api()?.users_by_email(email).await?;
    ensure!(users.len() == 1, "expected one user with {email}, found {users:?}");
    users[0]["userId"].as_str().map(str::to_owned).context("userId")
}

#[tokio::test]
async fn first_sign_in_with_the_upstream_creates_the_user_with_the_link() -> Result<()> {
    let server = TestServer::start().await?;
    let upstream = Upstream::start(&server, TestUser::new("uma")).await?;
    let idp_id = with_upstream_idp(&server, &upstream, ProviderOptions::auto_create()).await?;
    let browser = Browser::start(&server).await?;

    browser.goto("/loginname").await?;
    browser.wait_for(&format!("#idp-{idp_id} svg.idp-icon")).await?;
    look_at_it_everywhere(&browser, "loginname-with-idp").await?;
    continue_with_upstream(&browser, &upstream, &idp_id).await?;
    browser.wait_for_url("/signedin").await?;
    browser.wait_for_text("#signedin-user", &upstream.user.given_name).await?;

    // Stored: one new user from the upstream's claims, linked to the upstream identity.
    let user_id = only_user_with_email(&server, &upstream.user.email).await?;
    let user = server.api()?.user(&user_id).await?;
    ensure!(
        user["human"]["profile"]["familyName"] == upstream.user.family_name.as_str(),
        "profile from claims: {user}"
    );
    ensure!(user["human"]["email"]["isVerified"] == true, "the upstream verified the email: {user}");
    let links = server.api()?.idp_links(&user_id).await?;
    ensure!(links.len() == 1 && links[0].0 == idp_id && links[0].1 == upstream.user_id, "links {links:?}");

    // The account centre lists it; removing the only way to sign in is refused, with the reason.
    browser.goto("/profile").await?;
    let row = format!("#idp-link-{idp_id}-{}", upstream.user_id);
    browser.wait_for_text(&row, IDP_NAME).await?;
    look_at_it_everywhere(&browser, "profile-linked-accounts").await?;
    browser.click(&format!("{row}-remove")).await?;
    browser.wait_for_text("#section-security #form-error", "only way to sign in").await?;
    ensure!(server.api()?.idp_links(&user_id).await?.len() == 1, "the last link was removed");
    // "Link another account" does not offer the provider already linked (given the time to load the providers).
    tokio::time::sleep(Duration::from_secs(1)).await;
    browser.wait_for_absent(&format!("#section-security #idp-{idp_id}")).await?;

    // Signing in again uses the link: no second user.
    browser.goto("/logout").await?;
    browser.click("#logout-all").await.ok();
    browser.goto("/loginname").await?;
    let button = format!("#idp-{idp_id}");
    browser.click(&button).await?;
    // Still signed in at the upstream: it answers at once.
    browser.wait_for_url("/signedin").await?;
    only_user_with_email(&server, &upstream.user.email).await?;

    // Typing the address instead of pressing the button: this user has no password, so the login name step sends
    // them to their provider (not to set up a password or passkey).
    browser.goto("/logout").await?;
    browser.click("#logout-all").await.ok();
    browser.goto("/loginname").await?;
    browser.fill("#loginName", &upstream.user.email).await?;
    browser.submit().await?;
    browser.wait_for_url("/signedin").await?;
    browser.wait_for_text("#signedin-user", &upstream.user.given_name).await?;
    only_user_with_email(&server, &upstream.user.email).await?;
    browser.close().await
}

#[tokio::test]
async fn an_existing_account_is_linked_after_its_password_and_signs_in_through_the_link() -> Result<()> {
    let server = TestServer::start().await?;
    let lena = TestUser::new("lena");
    let lena_id = server.api()?.add_human_user(&lena, true).await?;
    let upstream = Upstream::start(&server, TestUser::new("uma")).await?;
    let idp_id = with_upstream_idp(&server, &upstream, ProviderOptions::ask()).await?;
    let browser = Browser::start(&server).await?;

    browser.goto("/loginname").await?;
    continue_with_upstream(&browser, &upstream, &idp_id).await?;
    // No account has this identity: the page offers registration (filled in from the claims) and linking.
    browser.wait_for_url("/idp/oidc/success?").await?;
    browser.wait_for_value("#idp-givenName", &upstream.user.given_name).await?;
    browser.wait_for_value("#idp-email", &upstream.user.email).await?;
    browser.screenshot("idp-success-choose").await?;
    look_at_it_everywhere(&browser, "idp-success-choose").await?;

    // A wrong password is refused next to the field and links nothing.
    browser.fill("#idp-link-loginName", &lena.username).await?;
    browser.fill("#idp-link-password", "Wrong-Passw0rd!").await?;
    browser.click("#idp-link-submit").await?;
    browser.wait_for("#idp-link-password-error").await?;
    ensure!(server.api()?.idp_links(&lena_id).await?.is_empty(), "linked after a wrong password");

    browser.fill("#idp-link-password", &lena.password).await?;
    browser.click("#idp-link-submit").await?;
    browser.wait_for_url("/signedin").await?;
    browser.wait_for_text("#signedin-user", &lena.given_name).await?;
    let links = server.api()?.idp_links(&lena_id).await?;
    ensure!(links.len() == 1 && links[0].0 == idp_id && links[0].1 == upstream.user_id, "links {links:?}");
    ensure!(server.api()?.users_by_email(&upstream.user.email).await?.is_empty(), "a user was created as well");

    // Later: the provider alone signs lena in.
    browser.goto("/logout").await?;
    browser.click("#logout-all").await?;
    browser.wait_for_url("/logout/done").await.ok();
    browser.goto("/loginname").await?;
    browser.click(&format!("#idp-{idp_id}")).await?;
    browser.wait_for_url("/signedin").await?;
    browser.wait_for_text("#signedin-user", &lena.given_name).await?;

    // The account centre removes the link (lena still has her password).
    browser.goto("/profile").await?;
    let row = format!("#idp-link-{idp_id}-{}", upstream.user_id);
    browser.click(&format!("{row}-remove")).await?;
    browser.wait_for("#linked-accounts-empty").await?;
    ensure!(server.api()?.idp_links(&lena_id).await?.is_empty(), "the link is still stored");
    browser.close().await
}

#[tokio::test]
async fn a_signed_in_user_links_another_account_from_the_account_centre() -> Result<()> {
    let server = TestServer::start().await?;
    let lena = TestUser::new("lena");
    let lena_id = server.api()?.add_human_user(&lena, true).await?;
    let upstream = Upstream::start(&server, TestUser::new("uma")).await?;
    let idp_id = with_upstream_idp(&server, &upstream, ProviderOptions::ask()).await?;
    let browser = Browser::start(&server).await?;
    browser.login_as(&lena.username, &lena.password).await?;

    browser.goto("/profile").await?;
    browser.wait_for("#linked-accounts-empty").await?;
    browser.wait_for_text("#idp-buttons-title", "Link another account").await?;
    browser.click(&format!("#section-security #idp-{idp_id}")).await?;
    browser.sign_in_at_upstream(&upstream).await?;
    browser.wait_for_text("#idp-linked", IDP_NAME).await?;
    browser.click("#idp-back-to-profile").await?;
    browser.wait_for_text(&format!("#idp-link-{idp_id}-{}", upstream.user_id), IDP_NAME).await?;
    let links = server.api()?.idp_links(&lena_id).await?;
    ensure!(links.len() == 1 && links[0].1 == upstream.user_id, "links {links:?}");
    // The only provider is linked now: nothing left to offer under "Link another account".
    tokio::time::sleep(Duration::from_secs(1)).await;
    browser.wait_for_absent(&format!("#section-security #idp-{idp_id}")).await?;
    browser.wait_for_absent("#idp-buttons-title").await?;
    browser.close().await
}

#[tokio::test]
async fn the_upstream_refusing_shows_the_failure_page_and_the_way_back() -> Result<()> {
    let server = TestServer::start().await?;
    let upstream = Upstream::start(&server, TestUser::new("uma")).await?;
    let idp_id = with_upstream_idp(&server, &upstream, ProviderOptions::auto_create()).await?;
    let browser = Browser::start(&server).await?;

    browser.goto("/loginname").await?;
    browser.click(&format!("#idp-{idp_id}")).await?;
    let at_upstream = browser.poll_url_prefix(&upstream.server.url("/loginname?")).await?;
    // The upstream's login answers the request with access_denied (as a login UI does when the user cancels).
    let auth_request =
        gatehouse_e2e::oidc::query_params(&at_upstream).remove("authRequest").context("authRequest at the upstream")?;
    let id = auth_request.trim_start_matches("V2_");
    let answer = upstream
        .server
        .api()?
        .post(
            &format!("/v2/oidc/auth_requests/{id}"),
            json!({"error": {"error": "ERROR_REASON_ACCESS_DENIED", "errorDescription": "the user cancelled"}}),
        )
        .await?;
    let callback = answer["callbackUrl"].as_str().context("callbackUrl")?;
    ensure!(callback.starts_with(&server.url("/idps/callback")), "callback {callback}");
    browser.goto(callback).await?;

    browser.wait_for_url("/idp/oidc/failure?").await?;
    browser.wait_for_text("#idp-failure-message", "cancelled or refused").await?;
    look_at_it_everywhere(&browser, "idp-failure").await?;
    ensure!(server.api()?.users_by_email(&upstream.user.email).await?.is_empty(), "a user was created");
    browser.click("#idp-failure-back").await?;
    browser.wait_for_url("/loginname").await?;
    browser.wait_for(&format!("#idp-{idp_id}")).await?;
    browser.close().await
}

#[tokio::test]
async fn an_app_signs_a_user_in_through_the_upstream_and_gets_its_code() -> Result<()> {
    let server = TestServer::start().await?;
    let upstream = Upstream::start(&server, TestUser::new("uma")).await?;
    let idp_id = with_upstream_idp(&server, &upstream, ProviderOptions::auto_create()).await?;
    let mut app_callback = CallbackListener::start("/callback").await?;
    let app = server
        .api()?
        .create_oidc_app(
            "Web shop",
            json!({"redirectUris": [app_callback.url], "developmentMode": true,
                   "grantTypes": ["OIDC_GRANT_TYPE_AUTHORIZATION_CODE"],
                   "applicationType": "OIDC_APP_TYPE_WEB", "authMethodType": "OIDC_AUTH_METHOD_TYPE_BASIC"}),
        )
        .await?;
    let browser = Browser::start(&server).await?;
    let authorize = format!(
        "/oauth/v2/authorize?client_id={}&redirect_uri={}&response_type=code&scope=openid%20email&state=s-42&nonce=n-1",
        app.client_id,
        url::form_urlencoded::byte_serialize(app_callback.url.as_bytes()).collect::<String>()
    );
    let started = Instant::now();
    browser.goto(&authorize).await?;
    browser.wait_for_url("/loginname?").await?;
    continue_with_upstream(&browser, &upstream, &idp_id).await?;
    let (target, arrived) = app_callback.next(Duration::from_secs(30)).await?;
    println!("authorize -> upstream sign-in -> app callback: {:?}", arrived - started);
    let params = query_params(&target);
    ensure!(params.get("state").map(String::as_str) == Some("s-42"), "state in {target}");
    ensure!(params.get("code").is_some_and(|c| !c.is_empty()), "no code in {target}");
    only_user_with_email(&server, &upstream.user.email).await?;
    browser.close().await
}

#[tokio::test]
async fn an_email_of_an_org_with_domain_discovery_goes_to_its_provider() -> Result<()> {
    let server = TestServer::start().await?;
    let upstream = Upstream::start(&server, TestUser::new("uma")).await?;
    let api = server.api()?;
    let idp_id =
        api.add_instance_generic_oidc_idp(upstream.generic_oidc(IDP_NAME, ProviderOptions::auto_create())).await?;
    let domain = api.discover_default_org_domain_to(&idp_id).await?;
    let browser = Browser::start(&server).await?;

    browser.goto("/loginname").await?;
    browser.fill("#loginName", &format!("uma@{domain}")).await?;
    browser.submit().await?;
    // No password step: straight to the org's provider.
    browser.sign_in_at_upstream(&upstream).await?;
    browser.wait_for_url("/signedin").await?;
    browser.wait_for_text("#signedin-user", &upstream.user.given_name).await?;
    only_user_with_email(&server, &upstream.user.email).await?;

    // Another domain is not discovered: the usual password step (for a user who has a password).
    let local = TestUser::new("lena");
    api.add_human_user(&local, true).await?;
    browser.goto("/loginname").await?;
    browser.fill("#loginName", &local.email).await?;
    browser.submit().await?;
    browser.wait_for_url("/password?").await?;
    browser.close().await
}
