//! OIDC helpers: registering an app through the API, a loopback listener standing in for an app's redirect URI,
//! and an HTTP client for the `openidconnect` relying party.

use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

use crate::Api;

/// A registered OIDC application.
#[derive(Clone, Debug)]
pub struct OidcApp {
    pub client_id: String,
    pub client_secret: Option<String>,
    pub project_id: String,
}

impl Api {
    /// The default organization's id.
    pub async fn default_org_id(&self) -> Result<String> {
        let answer = self.post("/v2/organizations/_search", json!({"queries": [{"defaultQuery": {}}]})).await?;
        answer["result"][0]["id"].as_str().map(str::to_owned).context("no default organization")
    }

    /// Creates a project in the default org and an OIDC application in it with `oidc` as its configuration.
    pub async fn create_oidc_app(&self, name: &str, oidc: Value) -> Result<OidcApp> {
        let org = self.default_org_id().await?;
        let project =
            self.post("/v2/projects", json!({"organizationId": org, "name": format!("{name} project")})).await?;
        let project_id = project["projectId"].as_str().context("projectId")?.to_owned();
        let app = self
            .post("/v2/applications", json!({"projectId": project_id, "name": name, "oidcConfiguration": oidc}))
            .await?;
        let config = &app["oidcConfiguration"];
        Ok(OidcApp {
            client_id: config["clientId"].as_str().context("clientId")?.to_owned(),
            client_secret: config["clientSecret"].as_str().map(str::to_owned),
            project_id,
        })
    }
}

/// An app's redirect URI on loopback: answers every request with a small page and records the requested paths.
pub struct CallbackListener {
    pub url: String,
    received: tokio::sync::mpsc::UnboundedReceiver<(String, Instant)>,
    task: tokio::task::JoinHandle<()>,
}

impl CallbackListener {
    /// Listens on `127.0.0.1:<free port>`; `path` is appended to form [`CallbackListener::url`].
    pub async fn start(path: &str) -> Result<Self> {
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let url = format!("http://127.0.0.1:{}{path}", listener.local_addr()?.port());
        let (tx, received) = tokio::sync::mpsc::unbounded_channel();
        let task = tokio::spawn(async move {
            while let Ok((mut stream, _)) = listener.accept().await {
                let tx = tx.clone();
                tokio::spawn(async move {
                    let mut buf = vec![0u8; 8192];
                    let n = stream.read(&mut buf).await.unwrap_or(0);
                    let request = String::from_utf8_lossy(&buf[..n]).to_string();
                    let target = request.split_whitespace().nth(1).unwrap_or("").to_owned();
                    let _ = tx.send((target, Instant::now()));
                    let body = "<!doctype html><title>App</title><p id=\"app-callback\">back in the app</p>";
                    let response = format!(
                        "HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                        body.len()
                    );
                    let _ = stream.write_all(response.as_bytes()).await;
                });
            }
        });
        Ok(Self { url, received, task })
    }

    /// The next request's path and query (ignoring `/favicon.ico`), and when it arrived.
    pub async fn next(&mut self, timeout: Duration) -> Result<(String, Instant)> {
        let deadline = Instant::now() + timeout;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match tokio::time::timeout(left, self.received.recv()).await {
                Ok(Some((target, at))) if !target.starts_with("/favicon") => return Ok((target, at)),
                Ok(Some(_)) => continue,
                Ok(None) => bail!("callback listener stopped"),
                Err(_) => bail!("no request reached the app's callback within {timeout:?}"),
            }
        }
    }
}

impl Drop for CallbackListener {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// The relying party's HTTP client: no redirects (the `openidconnect` crate's SSRF advice).
pub fn rp_http_client() -> Result<openidconnect::reqwest::Client> {
    Ok(openidconnect::reqwest::ClientBuilder::new()
        .redirect(openidconnect::reqwest::redirect::Policy::none())
        .build()?)
}

/// Query parameters of a URL or of a `path?query`.
pub fn query_params(url: &str) -> std::collections::HashMap<String, String> {
    let query = url.split_once('?').map(|(_, q)| q).unwrap_or("");
    url::form_urlencoded::parse(query.as_bytes()).into_owned().collect()
}

impl crate::Browser {
    /// After the password step: passes the optional "add a second factor" prompt (skipping it) when the login
    /// policy shows it, so a test can continue to wherever the login ends (`/signedin`, the app).
    pub async fn skip_optional_mfa_prompt(&self) -> Result<()> {
        let deadline = Instant::now() + Duration::from_secs(15);
        while Instant::now() < deadline {
            let path = self.path().await.unwrap_or_default();
            if path.starts_with("/mfa/set") {
                self.wait_for("#mfa-skip").await?;
                return self.click("#mfa-skip").await;
            }
            if !path.starts_with("/password") {
                return Ok(());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        bail!("still on the password step after 15 s: {}", self.path().await.unwrap_or_default())
    }
}
