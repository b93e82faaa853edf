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
