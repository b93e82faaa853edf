//! Apps signing their users in through Gatehouse: a real relying party (the `openidconnect` crate) drives the
//! protocol while chromium logs in through the SPA.

use std::time::{Duration, Instant};

use gatehouse_e2e::oidc::{query_params, rp_http_client, CallbackListener};
use gatehouse_e2e::prelude::*;
use openidconnect::core::{CoreAuthenticationFlow, CoreClient, CoreProviderMetadata, CoreUserInfoClaims};
use openidconnect::{
    AuthType, AuthorizationCode, ClientId, ClientSecret, CsrfToken, IssuerUrl, Nonce, OAuth2TokenResponse,
    PkceCodeChallenge, RedirectUrl, Scope, TokenResponse,
};
use serde_json::json;

async fn discover(server: &TestServer) -> Result<CoreProviderMetadata> {
    let issuer = IssuerUrl::new(server.base_url().to_owned())?;
    CoreProviderMetadata::discover_async(issuer, &rp_http_client()?).await.context("OIDC discovery")
}

/// Login name and password on the SPA's pages (after the app sent the browser to the authorize endpoint).
async fn sign_in_on_spa(browser: &Browser, user: &TestUser) -> Result<()> {
    browser.wait_for_url("/loginname?").await?;
    ensure!(browser.query_param("authRequest").await?.is_some_and(|r| r.starts_with("V2_")), "authRequest lost");
    browser.fill("#loginName", &user.username).await?;
    browser.submit().await?;
    browser.wait_for_url("/password?").await?;
    ensure!(browser.query_param("authRequest").await?.is_some(), "authRequest not carried to /password");
    browser.fill("#password", &user.password).await?;
    browser.submit().await?;
    browser.skip_optional_mfa_prompt().await
}

#[tokio::test]
async fn a_web_app_signs_a_user_in_with_the_code_flow() -> Result<()> {
    let server = TestServer::start().await?;
    let api = server.api()?;
    let user = TestUser::new("ada");
    let user_id = api.add_human_user(&user, true).await?;
    let mut app_callback = CallbackListener::start("/callback").await?;
    let app = api
        .create_oidc_app(
            "Web shop",
            json!({"redirectUris": [app_callback.url], "developmentMode": true,
                   "grantTypes": ["OIDC_GRANT_TYPE_AUTHORIZATION_CODE", "OIDC_GRANT_TYPE_REFRESH_TOKEN"],
                   "applicationType": "OIDC_APP_TYPE_WEB", "authMethodType": "OIDC_AUTH_METHOD_TYPE_BASIC"}),
        )
        .await?;

    let http = rp_http_client()?;
    let client = CoreClient::from_provider_metadata(
        discover(&server).await?,
        ClientId::new(app.client_id.clone()),
        app.client_secret.clone().map(ClientSecret::new),
    )
    .set_redirect_uri(RedirectUrl::new(app_callback.url.clone())?);
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let (authorize_url, csrf, nonce) = client
        .authorize_url(CoreAuthenticationFlow::AuthorizationCode, CsrfToken::new_random, Nonce::new_random)
        .add_scope(Scope::new("profile".into()))
        .add_scope(Scope::new("email".into()))
        .add_scope(Scope::new("offline_access".into()))
        .set_pkce_challenge(challenge)
        .url();

    let browser = Browser::start(&server).await?;
    let started = Instant::now();
    browser.goto(authorize_url.as_str()).await?;
    sign_in_on_spa(&browser, &user).await?;
    let (target, arrived) = app_callback.next(Duration::from_secs(20)).await?;
    println!("authorize -> app callback (password login in chromium): {:?}", arrived - started);
    let params = query_params(&target);
    ensure!(params.get("state") == Some(csrf.secret()), "state {params:?} != {}", csrf.secret());
    browser.wait_for_text("#app-callback", "back in the app").await?;

    let tokens = client
        .exchange_code(AuthorizationCode::new(params["code"].clone()))?
        .set_pkce_verifier(verifier)
        .request_async(&http)
        .await
        .context("code exchange")?;
    let id_token = tokens.id_token().context("no ID token")?;
    let claims = id_token.claims(&client.id_token_verifier(), &nonce).context("ID token validation")?;
    ensure!(claims.subject().as_str() == user_id, "sub {} != {user_id}", claims.subject().as_str());
    ensure!(claims.email().map(|e| e.as_str()) == Some(user.email.as_str()), "email claim");
    ensure!(claims.email_verified() == Some(true), "email_verified");
    ensure!(claims.preferred_username().map(|u| u.as_str()) == Some(user.username.as_str()), "preferred_username");
    ensure!(claims.auth_time().is_some(), "auth_time");
    let amr: Vec<String> = claims.auth_method_refs().into_iter().flatten().map(|m| m.as_str().to_owned()).collect();
    ensure!(amr == ["pwd"], "amr {amr:?}");

    let info: CoreUserInfoClaims =
        client.user_info(tokens.access_token().clone(), None)?.request_async(&http).await.context("userinfo")?;
    ensure!(info.subject().as_str() == user_id, "userinfo sub");
    ensure!(info.email().map(|e| e.as_str()) == Some(user.email.as_str()), "userinfo email");

    let refresh = tokens.refresh_token().context("offline_access gives a refresh token")?;
    let refreshed = client.exchange_refresh_token(refresh)?.request_async(&http).await.context("refresh")?;
    ensure!(refreshed.refresh_token().is_some_and(|r| r.secret() != refresh.secret()), "refresh tokens rotate");
    ensure!(client.exchange_refresh_token(refresh)?.request_async(&http).await.is_err(), "a rotated token is dead");
    browser.close().await
}

#[tokio::test]
async fn a_native_app_gets_its_code_at_a_custom_scheme() -> Result<()> {
    let server = TestServer::start().await?;
    let api = server.api()?;
    let user = TestUser::new("nat");
    let user_id = api.add_human_user(&user, true).await?;
    let redirect = "com.example.gatehouse:/callback";
    let app = api
        .create_oidc_app(
            "Mobile",
            json!({"redirectUris": [redirect], "applicationType": "OIDC_APP_TYPE_NATIVE",
                   "authMethodType": "OIDC_AUTH_METHOD_TYPE_NONE"}),
        )
        .await?;
    ensure!(app.client_secret.is_none(), "a native app is a public client");
    let http = rp_http_client()?;
    let client = CoreClient::from_provider_metadata(discover(&server).await?, ClientId::new(app.client_id), None)
        .set_auth_type(AuthType::RequestBody)
        .set_redirect_uri(RedirectUrl::new(redirect.to_owned())?);
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let (authorize_url, csrf, nonce) = client
        .authorize_url(CoreAuthenticationFlow::AuthorizationCode, CsrfToken::new_random, Nonce::new_random)
        .set_pkce_challenge(challenge)
        .url();

    let browser = Browser::start(&server).await?;
    browser.goto(authorize_url.as_str()).await?;
    sign_in_on_spa(&browser, &user).await?;
    // The SPA leaves with location.replace; the custom scheme goes nowhere in a test browser, so read the URL it
    // went to from the "return to the application" link instead of following it.
    let link = browser.wait_for("#return-to-app").await?;
    let href = link.attr("href").await?.context("#return-to-app without href")?;
    ensure!(href.starts_with(&format!("{redirect}?code=")), "final redirect {href}");
    let params = query_params(&href);
    ensure!(params.get("state") == Some(csrf.secret()), "state");

    let tokens = client
        .exchange_code(AuthorizationCode::new(params["code"].clone()))?
        .set_pkce_verifier(verifier)
        .request_async(&http)
        .await
        .context("code exchange as a public client")?;
    let claims = tokens.id_token().context("ID token")?.claims(&client.id_token_verifier(), &nonce)?;
    ensure!(claims.subject().as_str() == user_id, "sub");
    browser.close().await
}

#[tokio::test]
async fn an_unregistered_redirect_uri_shows_an_error_page_and_goes_nowhere() -> Result<()> {
    let server = TestServer::start().await?;
    let app = server
        .api()?
        .create_oidc_app(
            "Strict",
            json!({"redirectUris": ["https://app.example.com/cb"], "authMethodType": "OIDC_AUTH_METHOD_TYPE_NONE",
            "applicationType": "OIDC_APP_TYPE_USER_AGENT"}),
        )
        .await?;
    let browser = Browser::start(&server).await?;
    browser
        .goto(&format!(
            "/oauth/v2/authorize?client_id={}&redirect_uri=https%3A%2F%2Fevil.example%2Fcb&response_type=code&scope=openid",
            app.client_id
        ))
        .await?;
    browser.wait_for_text("#oidc-error-message", "not registered").await?;
    ensure!(browser.client().current_url().await?.as_str().starts_with(server.base_url()), "left Gatehouse");
    browser.close().await
}
