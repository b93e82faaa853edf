//! Headless chromium driven through chromedriver, with waiting helpers that explain failures.

use std::future::Future;
use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{anyhow, Context, Result};
use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{json, Value};
use tempfile::TempDir;

use crate::paths::{artifact_dir, free_port, test_label};
use crate::TestServer;

/// How long a wait helper polls before it fails.
pub const WAIT: Duration = Duration::from_secs(10);
const POLL: Duration = Duration::from_millis(50);
const DRIVER_START: Duration = Duration::from_secs(15);

pub struct Browser {
    client: Client,
    driver: Child,
    base_url: String,
    label: String,
    _profile: TempDir,
}

impl Browser {
    /// Starts chromedriver and a fresh headless chromium (own profile, so no shared cookies).
    pub async fn start(server: &TestServer) -> Result<Self> {
        Self::start_with(server, None).await
    }

    /// As [`Browser::start`], with the browser's UI language and its `Accept-Language` list set to `language`
    /// (`de`, or `de-CH,de,en` in order of preference; chromium adds the q-values), as a user's settings would.
    pub async fn start_with_language(server: &TestServer, language: &str) -> Result<Self> {
        Self::start_with(server, Some(language)).await
    }

    async fn start_with(server: &TestServer, language: Option<&str>) -> Result<Self> {
        let chromedriver = env_or("GATEHOUSE_CHROMEDRIVER", "/usr/bin/chromedriver");
        let chromium = env_or("GATEHOUSE_CHROMIUM", "/usr/bin/chromium");
        let port = free_port()?;
        let label = test_label();
        let log = std::fs::File::create(artifact_dir("e2e-logs")?.join(format!("{label}-chromedriver-{port}.log")))?;
        let driver = Command::new(&chromedriver)
            .arg(format!("--port={port}"))
            // Own process group, so Drop can kill chromedriver together with chromium.
            .process_group(0)
            .stdin(Stdio::null())
            .stdout(log.try_clone()?)
            .stderr(log)
            .spawn()
            .with_context(|| format!("cannot start {chromedriver} (run `cargo xtask test` to install it)"))?;
        let profile = tempfile::Builder::new().prefix("gatehouse-chromium-").tempdir()?;
        let capabilities = json!({
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": chromium,
                "args": [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync",
                    format!("--user-data-dir={}", profile.path().display()),
                    "--window-size=1280,900",
                ],
            },
        });
        let mut capabilities = capabilities;
        if let Some(language) = language {
            let primary = language.split([',', ';']).next().unwrap_or(language);
            let options = &mut capabilities["goog:chromeOptions"];
            if let Some(args) = options["args"].as_array_mut() {
                args.push(json!(format!("--lang={primary}")));
            }
            options["prefs"] = json!({"intl": {"accept_languages": language}});
        }
        let Value::Object(capabilities) = capabilities else { unreachable!("json! object") };

        // chromedriver needs a moment to listen; retry the session request until it does.
        let url = format!("http://127.0.0.1:{port}");
        let started = Instant::now();
        let client = loop {
            let attempt =
                ClientBuilder::new(HttpConnector::new()).capabilities(capabilities.clone()).connect(&url).await;
            match attempt {
                Ok(client) => break client,
                Err(e) if started.elapsed() > DRIVER_START => {
                    return Err(anyhow!("cannot open a chromium session via {chromedriver}: {e}"));
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        };
        Ok(Self { client, driver, base_url: server.base_url().to_owned(), label, _profile: profile })
    }

    /// The fantoccini client, for anything the helpers do not cover.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// Opens `path` on the test server (or an absolute URL).
    pub async fn goto(&self, path: &str) -> Result<()> {
        let url = if path.starts_with("http") { path.to_owned() } else { format!("{}{path}", self.base_url) };
        self.client.goto(&url).await.with_context(|| format!("cannot open {url}"))
    }

    /// Path and query of the current page, e.g. `/password?loginName=ada`.
    pub async fn path(&self) -> Result<String> {
        let url = self.client.current_url().await?;
        Ok(match url.query() {
            Some(query) => format!("{}?{query}", url.path()),
            None => url.path().to_owned(),
        })
    }

    /// A query parameter of the current URL.
    pub async fn query_param(&self, name: &str) -> Result<Option<String>> {
        let url = self.client.current_url().await?;
        Ok(url.query_pairs().find(|(k, _)| k == name).map(|(_, v)| v.into_owned()))
    }

    pub async fn back(&self) -> Result<()> {
        Ok(self.client.back().await?)
    }

    pub async fn refresh(&self) -> Result<()> {
        Ok(self.client.refresh().await?)
    }

    /// Resizes the window, e.g. to a phone's 375×740.
    pub async fn set_window_size(&self, width: u32, height: u32) -> Result<()> {
        Ok(self.client.set_window_size(width, height).await?)
    }

    /// All elements matching `css` right now (no waiting).
    pub async fn find_all(&self, css: &str) -> Result<Vec<Element>> {
        Ok(self.client.find_all(Locator::Css(css)).await?)
    }

    /// Waits until an element matching `css` is displayed.
    pub async fn wait_for(&self, css: &str) -> Result<Element> {
        self.poll(&format!("`{css}` to be displayed"), || async {
            let element = self.client.find(Locator::Css(css)).await?;
            Ok(element.is_displayed().await?.then_some(element))
        })
        .await
    }

    /// Waits until no element matches `css`.
    pub async fn wait_for_absent(&self, css: &str) -> Result<()> {
        self.poll(&format!("`{css}` to disappear"), || async { Ok(self.find_all(css).await?.is_empty().then_some(())) })
            .await
    }

    /// Replaces the value of the input `css` with `text`, typing it like a user.
    pub async fn fill(&self, css: &str, text: &str) -> Result<()> {
        let input = self.wait_for(css).await?;
        input.clear().await.with_context(|| format!("cannot clear `{css}`"))?;
        input.send_keys(text).await.with_context(|| format!("cannot type into `{css}`"))?;
        Ok(())
    }

    /// Waits until `css` is displayed and enabled, then clicks it.
    pub async fn click(&self, css: &str) -> Result<()> {
        self.poll(&format!("`{css}` to be clickable"), || async {
            let element = self.client.find(Locator::Css(css)).await?;
            if !element.is_displayed().await? || !element.is_enabled().await? {
                return Ok(None);
            }
            element.click().await?;
            Ok(Some(()))
        })
        .await
    }

    /// Clicks the form's submit button.
    pub async fn submit(&self) -> Result<()> {
        self.click("button[type=submit]").await
    }

    /// The visible text of `css`, once it is displayed.
    pub async fn text(&self, css: &str) -> Result<String> {
        Ok(self.wait_for(css).await?.text().await?)
    }

    /// The current value of the input `css`.
    pub async fn value(&self, css: &str) -> Result<String> {
        Ok(self.wait_for(css).await?.prop("value").await?.unwrap_or_default())
    }

    /// An attribute of `css`, once it is displayed.
    pub async fn attr(&self, css: &str, name: &str) -> Result<Option<String>> {
        Ok(self.wait_for(css).await?.attr(name).await?)
    }

    /// Waits until the current path (with query) starts with `prefix`; returns it.
    pub async fn wait_for_url(&self, prefix: &str) -> Result<String> {
        self.poll(&format!("the URL to start with `{prefix}`"), || async {
            let path = self.path().await?;
            Ok(path.starts_with(prefix).then_some(path))
        })
        .await
    }

    /// Waits until the text of `css` contains `needle` (case-insensitive); returns the text.
    pub async fn wait_for_text(&self, css: &str, needle: &str) -> Result<String> {
        let needle_lower = needle.to_lowercase();
        self.poll(&format!("`{css}` to contain {needle:?}"), || async {
            let text = self.client.find(Locator::Css(css)).await?.text().await?;
            Ok(text.to_lowercase().contains(&needle_lower).then_some(text))
        })
        .await
    }

    /// Waits until the trimmed text of `css` equals `expected`.
    pub async fn wait_for_text_eq(&self, css: &str, expected: &str) -> Result<()> {
        self.poll(&format!("`{css}` to read {expected:?}"), || async {
            let text = self.client.find(Locator::Css(css)).await?.text().await?;
            Ok((text.trim() == expected).then_some(()))
        })
        .await
    }

    /// Waits until the input `css` has the value `expected`.
    pub async fn wait_for_value(&self, css: &str, expected: &str) -> Result<()> {
        self.poll(&format!("`{css}` to have the value {expected:?}"), || async {
            let value = self.client.find(Locator::Css(css)).await?.prop("value").await?;
            Ok((value.as_deref() == Some(expected)).then_some(()))
        })
        .await
    }

    /// Waits until exactly `count` elements match `css`.
    pub async fn wait_for_count(&self, css: &str, count: usize) -> Result<()> {
        self.poll(&format!("{count} element(s) matching `{css}`"), || async {
            Ok((self.find_all(css).await?.len() == count).then_some(()))
        })
        .await
    }

    /// Waits until attribute `name` of `css` equals `value`.
    pub async fn wait_for_attr(&self, css: &str, name: &str, value: &str) -> Result<()> {
        self.poll(&format!("`{css}` to have {name}={value:?}"), || async {
            let element = self.client.find(Locator::Css(css)).await?;
            Ok((element.attr(name).await?.as_deref() == Some(value)).then_some(()))
        })
        .await
    }

    /// Saves a PNG of the viewport as `target/e2e-screenshots/<test>-<name>.png`.
    pub async fn screenshot(&self, name: &str) -> Result<PathBuf> {
        let png = self.client.screenshot().await?;
        let path = artifact_dir("e2e-screenshots")?.join(format!("{}-{name}.png", self.label));
        std::fs::write(&path, png).with_context(|| format!("cannot write {}", path.display()))?;
        Ok(path)
    }

    /// Runs `check` every 50 ms until it yields a value; after [`WAIT`] fails with the page's
    /// URL, its `<main>` markup, the last error and a screenshot.
    async fn poll<T, F, Fut>(&self, what: &str, mut check: F) -> Result<T>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<Option<T>>>,
    {
        let started = Instant::now();
        let mut last_error = None;
        loop {
            match check().await {
                Ok(Some(value)) => return Ok(value),
                Ok(None) => {}
                Err(e) => last_error = Some(e),
            }
            if started.elapsed() > WAIT {
                return Err(self.timeout_error(what, last_error).await);
            }
            tokio::time::sleep(POLL).await;
        }
    }

    async fn timeout_error(&self, what: &str, last_error: Option<anyhow::Error>) -> anyhow::Error {
        let url = self.client.current_url().await.map(|u| u.to_string()).unwrap_or_default();
        let markup = self
            .client
            .execute(
                "const el = document.querySelector('main') || document.body || document.documentElement;\
                 return el ? el.outerHTML.slice(0, 3000) : '';",
                vec![],
            )
            .await
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        let shot =
            self.screenshot("failure").await.map_or_else(|e| format!("failed: {e}"), |p| p.display().to_string());
        let cause = last_error.map(|e| format!("\nlast error: {e:#}")).unwrap_or_default();
        anyhow!("timed out after {WAIT:?} waiting for {what}\nurl: {url}\nscreenshot: {shot}{cause}\npage: {markup}")
    }

    /// Ends the WebDriver session (chromium quits) and stops chromedriver.
    pub async fn close(self) -> Result<()> {
        self.client.clone().close().await.context("cannot close the browser session")
        // Drop stops chromedriver.
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // SAFETY: kill(2) with a negative pid signals the process group we created at spawn;
        // it has no memory-safety preconditions.
        unsafe {
            libc::kill(-(self.driver.id() as libc::pid_t), libc::SIGKILL);
        }
        let _ = self.driver.wait();
    }
}

fn env_or(name: &str, default: &str) -> String {
    std::env::var(name).ok().filter(|v| !v.is_empty()).unwrap_or_else(|| default.to_owned())
}
