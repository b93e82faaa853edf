//! External identity providers in browser tests: a second Gatehouse plays the upstream OpenID provider.
//!
//! The upstream runs as `http://127.0.0.1:PORT` while the server under test stays `http://localhost:PORT`. Both set
//! the host-only cookie `gatehouse_browser` with `Path=/`; cookies are scoped by host, not by port, so on the same
//! host the two servers would overwrite each other's cookie and every hop between them would sign the browser
//! out. Different host names give each its own cookie. (The upstream needs no WebAuthn, which would not accept an
//! IP address as relying party.)

use anyhow::{Context, Result};
use serde_json::{json, Value};

use crate::oidc::OidcApp;
use crate::{Api, TestServer, TestUser};

/// The host the upstream identity provider is reached at (see the module docs).
pub const UPSTREAM_HOST: &str = "127.0.0.1";

/// ZITADEL's callback path for every IdP: the upstream sends the browser back here.
pub const CALLBACK_PATH: &str = "/idps/callback";

/// A second Gatehouse acting as the upstream OpenID provider, with a web app whose redirect URI is the
/// downstream server's IdP callback, and one user who can sign in there.
pub struct Upstream {
    pub server: TestServer,
    pub app: OidcApp,
    pub user: TestUser,
    pub user_id: String,
}

impl Upstream {
    /// Starts the upstream for `downstream` (the server under test) with `user` (email verified) on it.
    pub async fn start(downstream: &TestServer, user: TestUser) -> Result<Self> {
        let server = TestServer::start_on_host(UPSTREAM_HOST).await?;
        let api = server.api()?;
        let user_id = api.add_human_user(&user, true).await?;
        let app = api
            .create_oidc_app(
                "Gatehouse downstream",
                json!({
                    "redirectUris": [downstream.url(CALLBACK_PATH)],
                    "responseTypes": ["OIDC_RESPONSE_TYPE_CODE"],
                    "grantTypes": ["OIDC_GRANT_TYPE_AUTHORIZATION_CODE"],
                    "applicationType": "OIDC_APP_TYPE_WEB",
                    "authMethodType": "OIDC_AUTH_METHOD_TYPE_BASIC",
                    // Plain-http redirect URI on loopback.
                    "developmentMode": true,
                }),
            )
            .await
            .context("upstream: creating the downstream's OIDC app")?;
        Ok(Self { server, app, user, user_id })
    }

    /// The OpenID issuer (the upstream's public URL).
    pub fn issuer(&self) -> &str {
        self.server.base_url()
    }

    /// The Admin API body that configures this upstream as a `generic_oidc` provider named `name`.
    pub fn generic_oidc(&self, name: &str, options: ProviderOptions) -> Value {
        json!({
            "name": name,
            "issuer": self.issuer(),
            "clientId": self.app.client_id,
            "clientSecret": self.app.client_secret.clone().unwrap_or_default(),
            "scopes": ["openid", "profile", "email"],
            "providerOptions": options.to_json(),
            "isIdTokenMapping": false,
            "usePkce": true,
        })
    }
}

/// ZITADEL's `providerOptions` of an IdP.
#[derive(Clone, Copy, Debug, Default)]
pub struct ProviderOptions {
    pub linking_allowed: bool,
    pub creation_allowed: bool,
    pub auto_creation: bool,
    pub auto_update: bool,
    /// `AUTO_LINKING_OPTION_EMAIL` instead of unspecified (no automatic linking).
    pub auto_link_by_email: bool,
}

impl ProviderOptions {
    /// Everything allowed, users created on their first login.
    pub fn auto_create() -> Self {
        Self { linking_allowed: true, creation_allowed: true, auto_creation: true, ..Self::default() }
    }

    /// Linking and creation allowed, nothing automatic: the login UI asks.
    pub fn ask() -> Self {
        Self { linking_allowed: true, creation_allowed: true, ..Self::default() }
    }

    pub fn to_json(self) -> Value {
        let auto_linking =
            if self.auto_link_by_email { "AUTO_LINKING_OPTION_EMAIL" } else { "AUTO_LINKING_OPTION_UNSPECIFIED" };
        json!({
            "isLinkingAllowed": self.linking_allowed,
            "isCreationAllowed": self.creation_allowed,
            "isAutoCreation": self.auto_creation,
            "isAutoUpdate": self.auto_update,
            "autoLinking": auto_linking,
        })
    }
}

impl Api {
    /// Admin API: adds an instance `generic_oidc` IdP (`body` from [`Upstream::generic_oidc`]) and puts it on the
    /// instance login policy, so the login shows it. Returns its id.
    pub async fn add_instance_generic_oidc_idp(&self, body: Value) -> Result<String> {
        let answer = self.post("/admin/v1/idps/generic_oidc", body).await?;
        let id = answer["id"].as_str().with_context(|| format!("no id in {answer}"))?.to_owned();
        self.post("/admin/v1/policies/login/idps", json!({"idpId": id})).await?;
        Ok(id)
    }

    /// Domain discovery for the default org: its own login policy allows it and offers only the IdP `idp_id`.
    /// Returns the org's primary domain (a login name `x@<domain>` is discovered).
    pub async fn discover_default_org_domain_to(&self, idp_id: &str) -> Result<String> {
        let orgs = self.post("/v2/organizations/_search", json!({"queries": [{"defaultQuery": {}}]})).await?;
        let domain = orgs["result"][0]["primaryDomain"].as_str().context("primaryDomain")?.to_owned();
        self.post(
            "/management/v1/policies/login",
            json!({"allowExternalIdp": true, "allowUsernamePassword": true, "allowDomainDiscovery": true}),
        )
        .await?;
        self.post("/management/v1/policies/login/idps", json!({"idpId": idp_id})).await?;
        Ok(domain)
    }

    /// UserService.ListIDPLinks: the user's links as `(idpId, userId at the IdP, userName at the IdP)`.
    pub async fn idp_links(&self, user_id: &str) -> Result<Vec<(String, String, String)>> {
        let answer = self.post(&format!("/v2/users/{user_id}/links/_search"), json!({})).await?;
        let links = answer["result"].as_array().cloned().unwrap_or_default();
        Ok(links
            .iter()
            .map(|l| {
                let field = |name: &str| l[name].as_str().unwrap_or_default().to_owned();
                (field("idpId"), field("userId"), field("userName"))
            })
            .collect())
    }

    /// UserService.ListUsers by email: the matching users (none, one, or several).
    pub async fn users_by_email(&self, email: &str) -> Result<Vec<Value>> {
        let answer = self.post("/v2/users", json!({"queries": [{"emailQuery": {"emailAddress": email}}]})).await?;
        Ok(answer["result"].as_array().cloned().unwrap_or_default())
    }
}

impl crate::Browser {
    /// On the upstream's login pages (where an IdP button led): login name and password of the upstream's user,
    /// passing its optional second-factor prompt. The upstream then sends the browser back downstream.
    pub async fn sign_in_at_upstream(&self, upstream: &Upstream) -> Result<()> {
        // With the app's auth request (`/loginname?authRequest=…`) or, opened directly, without.
        let at_upstream = format!("{}/loginname", upstream.issuer());
        self.poll_url_prefix(&at_upstream).await?;
        self.fill("#loginName", &upstream.user.username).await?;
        self.submit().await?;
        self.poll_url_prefix(&format!("{}/password?", upstream.issuer())).await?;
        self.fill("#password", &upstream.user.password).await?;
        self.submit().await?;
        self.skip_optional_mfa_prompt().await
    }

    /// Waits until the full current URL starts with `prefix` (for pages on another server than the browser's).
    pub async fn poll_url_prefix(&self, prefix: &str) -> Result<String> {
        let deadline = std::time::Instant::now() + crate::browser::WAIT;
        loop {
            let url = self.client().current_url().await?.to_string();
            if url.starts_with(prefix) {
                return Ok(url);
            }
            if std::time::Instant::now() > deadline {
                self.screenshot("url-timeout").await?;
                anyhow::bail!("timed out waiting for a URL starting with {prefix}; at {url}");
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
    }
}
