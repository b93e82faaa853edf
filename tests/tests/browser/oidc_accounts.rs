//! Several accounts in one browser: the account chooser (`prompt=select_account`), switching without re-entering
//! secrets, `login_hint`, `prompt=create`, and the device flow approved in the browser.

use std::time::Duration;

use base64::Engine;
use gatehouse_e2e::oidc::{query_params, CallbackListener, OidcApp};
use gatehouse_e2e::prelude::*;
use serde_json::{json, Value};

const VERIFIER: &str = "a-long-enough-pkce-verifier-for-the-browser-tests-0123456789";

fn challenge() -> String {
    use sha2::Digest;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(sha2::Sha256::digest(VERIFIER.as_bytes()))
}

pub(crate) fn authorize_path(app: &OidcApp, redirect: &str, extra: &str) -> String {
    let redirect: String = url::form_urlencoded::byte_serialize(redirect.as_bytes()).collect();
    format!(
        "/oauth/v2/authorize?client_id={}&redirect_uri={redirect}&response_type=code&scope=openid%20profile&state=s1\
         &code_challenge={}&code_challenge_method=S256{extra}",
        app.client_id,
        challenge()
    )
}

pub(crate) async fn exchange(server: &TestServer, app: &OidcApp, redirect: &str, code: &str) -> Result<Value> {
    let form = [
        ("grant_type", "authorization_code"),
        ("code", code),
        ("redirect_uri", redirect),
        ("code_verifier", VERIFIER),
        ("client_id", app.client_id.as_str()),
    ];
    let response = reqwest::Client::new().post(server.url("/oauth/v2/token")).form(&form).send().await?;
    let status = response.status();
    let body: Value = response.json().await?;
    ensure!(status.is_success(), "token exchange: {status} {body}");
    Ok(body)
}

pub(crate) fn subject(tokens: &Value) -> Result<String> {
    let id_token = tokens["id_token"].as_str().context("id_token")?;
    let payload = id_token.split('.').nth(1).context("JWT payload")?;
    let claims: Value = serde_json::from_slice(&base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(payload)?)?;
    Ok(claims["sub"].as_str().unwrap_or_default().to_owned())
}

pub(crate) async fn spa_app(server: &TestServer, redirect: &str) -> Result<OidcApp> {
    server
        .api()?
        .create_oidc_app(
            "Dashboard",
            json!({"redirectUris": [redirect], "developmentMode": true, "applicationType": "OIDC_APP_TYPE_USER_AGENT",
                   "authMethodType": "OIDC_AUTH_METHOD_TYPE_NONE"}),
        )
        .await
}

#[tokio::test]
async fn two_accounts_in_one_browser_switch_through_the_account_chooser() -> Result<()> {
    let server = TestServer::start().await?;
    let api = server.api()?;
    let (ada, bob) = (TestUser::new("ada"), TestUser::new("bob"));
    let ada_id = api.add_human_user(&ada, true).await?;
    let bob_id = api.add_human_user(&bob, true).await?;
    let mut callback = CallbackListener::start("/cb").await?;
    let app = spa_app(&server, &callback.url).await?;
    let browser = Browser::start(&server).await?;

    // Ada signs in; the app gets her code.
    browser.goto(&authorize_path(&app, &callback.url, "")).await?;
    browser.wait_for_url("/loginname?").await?;
    browser.fill("#loginName", &ada.username).await?;
    browser.submit().await?;
    browser.wait_for_url("/password?").await?;
    browser.fill("#password", &ada.password).await?;
    browser.submit().await?;
    browser.skip_optional_mfa_prompt().await?;
    let (target, _) = callback.next(Duration::from_secs(20)).await?;
    ensure!(subject(&exchange(&server, &app, &callback.url, &query_params(&target)["code"]).await?)? == ada_id, "ada");

    // select_account: the chooser lists Ada; "use another account" signs Bob in.
    browser.goto(&authorize_path(&app, &callback.url, "&prompt=select_account")).await?;
    browser.wait_for_url("/accounts?").await?;
    browser.wait_for_count("#account-list li", 1).await?;
    browser.wait_for_text("#account-list", &ada.display_name()).await?;
    browser.click("#use-another-account").await?;
    browser.wait_for_url("/loginname?").await?;
    browser.fill("#loginName", &bob.username).await?;
    browser.submit().await?;
    browser.wait_for_url("/password?").await?;
    browser.fill("#password", &bob.password).await?;
    browser.submit().await?;
    browser.skip_optional_mfa_prompt().await?;
    let (target, _) = callback.next(Duration::from_secs(20)).await?;
    ensure!(subject(&exchange(&server, &app, &callback.url, &query_params(&target)["code"]).await?)? == bob_id, "bob");

    // Both are listed now (avatar initials, name, login name); picking Ada needs no password.
    browser.goto(&authorize_path(&app, &callback.url, "&prompt=select_account")).await?;
    browser.wait_for_url("/accounts?").await?;
    browser.wait_for_count("#account-list li", 2).await?;
    let list = browser.text("#account-list").await?;
    for needle in [ada.display_name(), bob.display_name(), "AT".to_owned(), "BT".to_owned()] {
        ensure!(list.contains(&needle), "chooser lacks {needle:?}: {list}");
    }
    browser.screenshot("oidc-account-chooser").await?;
    let mut picked = None;
    for entry in browser.find_all("#account-list a").await? {
        if entry.text().await?.contains(&ada.display_name()) {
            picked = Some(entry);
        }
    }
    picked.context("Ada's entry")?.click().await?;
    let (target, _) = callback.next(Duration::from_secs(20)).await?;
    ensure!(
        subject(&exchange(&server, &app, &callback.url, &query_params(&target)["code"]).await?)? == ada_id,
        "switched back to ada"
    );
    browser.close().await
}

#[tokio::test]
async fn login_hint_skips_the_login_name_and_prompt_create_opens_registration() -> Result<()> {
    let server = TestServer::start().await?;
    let user = TestUser::new("hint");
    server.api()?.add_human_user(&user, true).await?;
    let callback = CallbackListener::start("/cb").await?;
    let app = spa_app(&server, &callback.url).await?;
    let browser = Browser::start(&server).await?;
    browser.goto(&authorize_path(&app, &callback.url, "&login_hint=hint%40example.com")).await?;
    browser.wait_for_url("/password?").await?;
    ensure!(browser.query_param("authRequest").await?.is_some(), "authRequest carried");
    browser.goto(&authorize_path(&app, &callback.url, "&prompt=create")).await?;
    browser.wait_for_url("/register?").await?;
    ensure!(browser.query_param("authRequest").await?.is_some(), "authRequest carried to /register");
    browser.close().await
}

#[tokio::test]
async fn a_device_is_approved_in_the_browser() -> Result<()> {
    let server = TestServer::start().await?;
    let user = TestUser::new("tv");
    let user_id = server.api()?.add_human_user(&user, true).await?;
    let app = server
        .api()?
        .create_oidc_app(
            "Living room TV",
            json!({"applicationType": "OIDC_APP_TYPE_NATIVE", "authMethodType": "OIDC_AUTH_METHOD_TYPE_NONE",
                   "grantTypes": ["OIDC_GRANT_TYPE_DEVICE_CODE"]}),
        )
        .await?;
    let http = reqwest::Client::new();
    let started: Value = http
        .post(server.url("/oauth/v2/device_authorization"))
        .form(&[("client_id", app.client_id.as_str()), ("scope", "openid email")])
        .send()
        .await?
        .json()
        .await?;
    let device_code = started["device_code"].as_str().context("device_code")?.to_owned();
    let poll = || async {
        let form = [
            ("grant_type", "urn:ietf:params:oauth:grant-type:device_code"),
            ("device_code", device_code.as_str()),
            ("client_id", app.client_id.as_str()),
        ];
        let body: Value = http.post(server.url("/oauth/v2/token")).form(&form).send().await?.json().await?;
        anyhow::Ok(body)
    };
    ensure!(poll().await?["error"] == "authorization_pending", "pending before approval");

    let browser = Browser::start(&server).await?;
    browser.goto(started["verification_uri_complete"].as_str().context("verification_uri_complete")?).await?;
    browser.wait_for_value("#userCode", started["user_code"].as_str().unwrap_or_default()).await?;
    browser.submit().await?;
    browser.wait_for_url("/loginname?").await?;
    browser.fill("#loginName", &user.username).await?;
    browser.submit().await?;
    browser.wait_for_url("/password?").await?;
    browser.fill("#password", &user.password).await?;
    browser.submit().await?;
    browser.skip_optional_mfa_prompt().await?;
    browser.wait_for_url("/device/consent?").await?;
    browser.wait_for_text("#device-app", "Living room TV").await?;
    browser.wait_for_text("#device-scopes", "email").await?;
    browser.click("#device-allow").await?;
    browser.wait_for("#device-outcome").await?;
    tokio::time::sleep(Duration::from_secs(5)).await;
    let tokens = poll().await?;
    ensure!(tokens["access_token"].is_string(), "tokens after approval: {tokens}");
    ensure!(subject(&tokens)? == user_id, "device tokens are the user's");
    browser.close().await
}
