//! Logging in with an organisation in context: the org's label policy may hide the `@org-domain` suffix of login
//! names on the login pages (hideLoginNameSuffix).

use gatehouse_e2e::prelude::*;
use reqwest::Method;
use serde_json::{json, Value};

async fn org_call(server: &TestServer, org: &str, method: Method, path: &str, body: Value) -> Result<Value> {
    let response = reqwest::Client::new()
        .request(method.clone(), server.url(path))
        .bearer_auth(server.admin_pat()?)
        .header("x-zitadel-orgid", org)
        .json(&body)
        .send()
        .await?;
    let status = response.status();
    let text = response.text().await?;
    ensure!(status.is_success(), "{method} {path}: {status} {text}");
    Ok(serde_json::from_str(&text).unwrap_or(Value::Null))
}

/// An org named `name` (domain `<name>.localhost`) whose active label policy sets hideLoginNameSuffix to `hide`.
async fn org(server: &TestServer, name: &str, hide: bool) -> Result<String> {
    let org = server.api()?.post("/v2/organizations", json!({"name": name})).await?;
    let org = org["organizationId"].as_str().context("organizationId")?.to_owned();
    let label = json!({"hideLoginNameSuffix": hide});
    org_call(server, &org, Method::POST, "/management/v1/policies/label", label).await?;
    org_call(server, &org, Method::POST, "/management/v1/policies/label/_activate", json!({})).await?;
    Ok(org)
}

/// A user of `org` with a password.
async fn member(server: &TestServer, org: &str, user: &TestUser) -> Result<()> {
    server
        .api()?
        .post(
            "/v2/users/human",
            json!({
                "organization": {"orgId": org},
                "username": user.username,
                "profile": {"givenName": user.given_name, "familyName": user.family_name},
                "email": {"email": user.email, "isVerified": true},
                "password": {"password": user.password, "changeRequired": false},
            }),
        )
        .await?;
    Ok(())
}

#[tokio::test]
async fn login_pages_hide_the_org_suffix_when_the_branding_says_so() -> Result<()> {
    let server = TestServer::start().await?;
    let hidden = org(&server, "Acme", true).await?;
    let shown = org(&server, "Globex", false).await?;
    let ada = TestUser::new("ada");
    member(&server, &hidden, &ada).await?;
    let bob = TestUser::new("bob");
    member(&server, &shown, &bob).await?;
    let browser = Browser::start(&server).await?;

    // Acme hides its suffix: the full login name typed, the username shown.
    browser.goto(&format!("/loginname?organization={hidden}")).await?;
    browser.fill("#loginName", "ada@acme.localhost").await?;
    browser.submit().await?;
    browser.wait_for_url("/password?").await?;
    browser.wait_for_text_eq(".identity-name", "ada").await?;
    browser.screenshot("suffix-hidden").await?;
    browser.fill("#password", &ada.password).await?;
    browser.submit().await?;
    browser.wait_for_url("/signedin").await?;

    // Globex shows it.
    browser.goto(&format!("/loginname?organization={shown}")).await?;
    browser.fill("#loginName", "bob@globex.localhost").await?;
    browser.submit().await?;
    browser.wait_for_url("/password?").await?;
    browser.wait_for_text_eq(".identity-name", "bob@globex.localhost").await?;

    // Without the org in context the login name is shown as typed.
    browser.goto("/loginname").await?;
    browser.fill("#loginName", "ada@acme.localhost").await?;
    browser.submit().await?;
    browser.wait_for_url("/password?").await?;
    browser.wait_for_text_eq(".identity-name", "ada@acme.localhost").await?;
    browser.close().await
}

/// `/oauth/v2/authorize` for a web app of the default org asking for `scope` (the callback listener is the app).
async fn authorize_url(server: &TestServer, callback: &str, scope: &str) -> Result<String> {
    let app = server
        .api()?
        .create_oidc_app(
            "Shop",
            json!({"redirectUris": [callback], "developmentMode": true,
                   "grantTypes": ["OIDC_GRANT_TYPE_AUTHORIZATION_CODE"],
                   "applicationType": "OIDC_APP_TYPE_WEB", "authMethodType": "OIDC_AUTH_METHOD_TYPE_BASIC"}),
        )
        .await?;
    let enc = |s: &str| url::form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
    Ok(format!(
        "/oauth/v2/authorize?client_id={}&redirect_uri={}&response_type=code&scope={}&state=s1",
        enc(&app.client_id),
        enc(callback),
        enc(scope)
    ))
}

/// The login name step, then the password step, ending signed in (or back in the app).
async fn sign_in(browser: &Browser, login_name: &str, password: &str) -> Result<()> {
    browser.fill("#loginName", login_name).await?;
    browser.submit().await?;
    browser.wait_for_url("/password?").await?;
    browser.fill("#password", password).await?;
    browser.submit().await?;
    Ok(())
}

#[tokio::test]
async fn the_same_username_in_two_orgs_is_told_apart_by_the_org_context() -> Result<()> {
    let server = TestServer::start().await?;
    // ZITADEL's domain policy: usernames unique per org, login names `username@<org domain>`.
    server.api()?.put("/admin/v1/policies/domain", json!({"userLoginMustBeDomain": true})).await?;
    let acme = org(&server, "Acme", false).await?;
    let globex = org(&server, "Globex", false).await?;
    // Two people called ada, one address between them, each with their own password: a password that works proves
    // which of the two the login picked.
    let acme_ada = TestUser { password: "Acme-Ada-pw-1!".into(), ..TestUser::new("ada") };
    let globex_ada = TestUser { password: "Globex-Ada-pw-2!".into(), ..TestUser::new("ada") };
    member(&server, &acme, &acme_ada).await?;
    member(&server, &globex, &globex_ada).await?;
    let port = url::Url::parse(server.base_url())?.port().context("port")?;

    // 1. The app asks for Acme by scope: "ada" is Acme's ada.
    let mut app = gatehouse_e2e::oidc::CallbackListener::start("/callback").await?;
    let url = authorize_url(&server, &app.url, &format!("openid urn:zitadel:iam:org:id:{acme}")).await?;
    let browser = Browser::start(&server).await?;
    browser.goto(&url).await?;
    browser.wait_for_url("/loginname?").await?;
    sign_in(&browser, "ada", &acme_ada.password).await?;
    browser.skip_optional_mfa_prompt().await?;
    let (target, _) = app.next(std::time::Duration::from_secs(20)).await?;
    ensure!(target.contains("code="), "the app got {target}");
    browser.close().await?;

    // 2. No org in context: the bare name fits both, and the page asks for the full login name next to the field.
    let browser = Browser::start(&server).await?;
    browser.goto("/loginname").await?;
    browser.fill("#loginName", "ada").await?;
    browser.submit().await?;
    browser.wait_for_text("#loginName-error", "full login name").await?;
    ensure!(browser.attr("#loginName", "aria-invalid").await?.as_deref() == Some("true"), "field not marked invalid");
    let main = browser.text("main").await?;
    ensure!(!main.to_lowercase().contains("multiple users"), "raw error shown: {main}");
    ensure!(browser.path().await? == "/loginname", "left the login name step");
    browser.screenshot("org-login-ambiguous").await?;
    // The shared email address is ambiguous the same way; the full login name is not.
    browser.fill("#loginName", &acme_ada.email).await?;
    browser.submit().await?;
    browser.wait_for_text("#loginName-error", "full login name").await?;
    sign_in(&browser, "ada@globex.localhost", &globex_ada.password).await?;
    browser.wait_for_url("/signedin").await?;

    // 3. `?organization=`: Globex's page means Globex's ada (Acme's password is wrong here).
    browser.goto(&format!("/loginname?organization={globex}")).await?;
    sign_in(&browser, "ada", &acme_ada.password).await?;
    browser.wait_for("#password-error").await?;
    browser.fill("#password", &globex_ada.password).await?;
    browser.submit().await?;
    browser.wait_for_url("/signedin").await?;

    // 4. The host name: on acme.localhost, "ada" is Acme's.
    browser.goto(&format!("http://acme.localhost:{port}/loginname")).await?;
    sign_in(&browser, "ada", &acme_ada.password).await?;
    browser.wait_for_url("/signedin").await?;
    browser.close().await
}
