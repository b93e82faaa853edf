//! Chromium's virtual WebAuthn authenticators, through the WebDriver WebAuthn extension
//! (`POST /session/{id}/webauthn/authenticator`, credentials list/remove), sent as raw commands.

use anyhow::{Context, Result};
use fantoccini::wd::WebDriverCompatibleCommand;
use serde_json::{json, Value};

use crate::Browser;

/// What the virtual authenticator is like.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// `internal` (a platform authenticator: Touch ID, Windows Hello) or `usb` (a security key).
    pub transport: &'static str,
    /// Can store discoverable credentials (passkeys).
    pub has_resident_key: bool,
    /// Can verify the user (PIN, biometrics) ...
    pub has_user_verification: bool,
    /// ... and does so successfully.
    pub is_user_verified: bool,
}

impl Options {
    /// A platform authenticator with biometrics: holds passkeys.
    pub const PASSKEY: Options =
        Options { transport: "internal", has_resident_key: true, has_user_verification: true, is_user_verified: true };
    /// A plain USB security key: no resident keys, no user verification.
    pub const SECURITY_KEY: Options =
        Options { transport: "usb", has_resident_key: false, has_user_verification: false, is_user_verified: false };
}

#[derive(Debug)]
struct Raw {
    method: http::Method,
    path: String,
    body: Option<Value>,
}

impl WebDriverCompatibleCommand for Raw {
    fn endpoint(&self, base_url: &url::Url, session_id: Option<&str>) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!("session/{}/{}", session_id.unwrap_or_default(), self.path))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (self.method.clone(), self.body.as_ref().map(Value::to_string))
    }
}

/// One virtual authenticator attached to a browser.
pub struct VirtualAuthenticator<'a> {
    browser: &'a Browser,
    pub id: String,
}

async fn send(browser: &Browser, method: http::Method, path: String, body: Option<Value>) -> Result<Value> {
    let what = format!("{method} {path}");
    browser.client().issue_cmd(Raw { method, path, body }).await.with_context(|| format!("WebDriver {what}"))
}

/// Adds a virtual authenticator (CTAP2) to `browser`; WebAuthn calls in the page then talk to it.
pub async fn virtual_authenticator(browser: &Browser, options: Options) -> Result<VirtualAuthenticator<'_>> {
    let body = json!({
        "protocol": "ctap2",
        "transport": options.transport,
        "hasResidentKey": options.has_resident_key,
        "hasUserVerification": options.has_user_verification,
        "isUserVerified": options.is_user_verified,
        "automaticPresenceSimulation": true,
    });
    let answer = send(browser, http::Method::POST, "webauthn/authenticator".into(), Some(body)).await?;
    let id = answer.as_str().context("authenticator id")?.to_owned();
    Ok(VirtualAuthenticator { browser, id })
}

impl VirtualAuthenticator<'_> {
    /// The credentials the authenticator holds (`credentialId`, `isResidentCredential`, `rpId`, `userHandle`, ...).
    pub async fn credentials(&self) -> Result<Vec<Value>> {
        let path = format!("webauthn/authenticator/{}/credentials", self.id);
        let answer = send(self.browser, http::Method::GET, path, None).await?;
        Ok(answer.as_array().cloned().unwrap_or_default())
    }

    /// Forgets every credential (the passkey was deleted on the device).
    pub async fn remove_all_credentials(&self) -> Result<()> {
        let path = format!("webauthn/authenticator/{}/credentials", self.id);
        send(self.browser, http::Method::DELETE, path, None).await.map(|_| ())
    }

    /// Whether the authenticator verifies the user from now on (false: the user fails the PIN/biometric check).
    pub async fn set_user_verified(&self, verified: bool) -> Result<()> {
        let path = format!("webauthn/authenticator/{}/uv", self.id);
        send(self.browser, http::Method::POST, path, Some(json!({ "isUserVerified": verified }))).await.map(|_| ())
    }

    pub async fn remove(self) -> Result<()> {
        let path = format!("webauthn/authenticator/{}", self.id);
        send(self.browser, http::Method::DELETE, path, None).await.map(|_| ())
    }
}
