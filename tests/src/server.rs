//! The real `gatehouse` binary on a free port with a throwaway data directory.

use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use tempfile::TempDir;

use crate::mail::{self, Mail};
use crate::paths::{artifact_dir, free_port, target_dir, test_label, workspace_root};
use crate::{Api, ADMIN_PASSWORD};

const READY_TIMEOUT: Duration = Duration::from_secs(20);
const MAIL_TIMEOUT: Duration = Duration::from_secs(10);
const POLL: Duration = Duration::from_millis(100);

pub struct TestServer {
    child: Child,
    data: Option<TempDir>,
    base_url: String,
    log_path: PathBuf,
}

impl TestServer {
    /// Starts a server on a fresh database and waits until it answers `GET /healthz`.
    ///
    /// `GATEHOUSE_BIN` and `GATEHOUSE_SPA_DIR` (set by `cargo xtask test`) choose the binary and
    /// the built SPA; without them `target/debug/gatehouse` and `dist/` are used.
    pub async fn start() -> Result<Self> {
        Self::start_on_host("localhost").await
    }

    /// [`TestServer::start`] with the public URL `http://<host>:PORT`. A second server in the same test (e.g. the
    /// upstream identity provider) must use another host than `localhost`, such as `127.0.0.1`: the browser's
    /// cookie is scoped by host, not by port, so two servers on `localhost` would overwrite each other's. Its log
    /// file is named after the host too.
    pub async fn start_on_host(host: &str) -> Result<Self> {
        Self::start_with(host, &[]).await
    }

    /// [`TestServer::start`] with extra command-line flags (e.g. `["--reauth-window", "2"]`).
    pub async fn start_with_args(args: &[&str]) -> Result<Self> {
        Self::start_with("localhost", args).await
    }

    /// The built SPA the servers serve: `GATEHOUSE_SPA_DIR`, else `dist/`.
    pub fn spa_dir() -> PathBuf {
        env_path("GATEHOUSE_SPA_DIR").unwrap_or_else(|| workspace_root().join("dist"))
    }

    /// [`TestServer::start`] serving the SPA from `spa_dir` (for example a copy with files taken away).
    pub async fn start_with_spa(spa_dir: &Path) -> Result<Self> {
        Self::start_serving("localhost", &[], spa_dir.to_owned()).await
    }

    async fn start_with(host: &str, args: &[&str]) -> Result<Self> {
        Self::start_serving(host, args, Self::spa_dir()).await
    }

    async fn start_serving(host: &str, args: &[&str], spa_dir: PathBuf) -> Result<Self> {
        let binary = env_path("GATEHOUSE_BIN").unwrap_or_else(|| target_dir().join("debug").join("gatehouse"));
        if !binary.exists() {
            bail!("{} is missing: run `cargo xtask test` (or `cargo build -p gatehouse-server`)", binary.display());
        }
        if !spa_dir.join("index.html").exists() {
            bail!("{} has no index.html: run `cargo xtask test` (or `trunk build --release`)", spa_dir.display());
        }
        let data = tempfile::Builder::new().prefix("gatehouse-e2e-").tempdir()?;
        let port = free_port()?;
        let base_url = format!("http://{host}:{port}");
        let log_name = if host == "localhost" { test_label() } else { format!("{}-{host}", test_label()) };
        let log_path = artifact_dir("e2e-logs")?.join(format!("{log_name}.log"));
        let log = File::create(&log_path).with_context(|| format!("cannot create {}", log_path.display()))?;

        let mut command = Command::new(&binary);
        // Hermetic: the developer's GATEHOUSE_* settings (SMTP, listen, ...) must not leak in.
        for (key, _) in std::env::vars_os() {
            if key.to_string_lossy().starts_with("GATEHOUSE_") {
                command.env_remove(key);
            }
        }
        command
            .arg("--listen")
            .arg(format!("127.0.0.1:{port}"))
            .arg("--data-dir")
            .arg(data.path())
            .arg("--spa-dir")
            .arg(&spa_dir)
            .arg("--initial-admin-password")
            .arg(ADMIN_PASSWORD)
            .arg("--public-url")
            .arg(&base_url)
            .args(args)
            .stdin(Stdio::null())
            .stdout(log.try_clone()?)
            .stderr(log);
        let child = command.spawn().with_context(|| format!("cannot start {}", binary.display()))?;
        println!("server {base_url}, log {}", log_path.display());

        let mut server = Self { child, data: Some(data), base_url, log_path };
        server.wait_ready().await?;
        Ok(server)
    }

    async fn wait_ready(&mut self) -> Result<()> {
        let http = reqwest::Client::new();
        let url = format!("{}/healthz", self.base_url);
        let started = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait()? {
                bail!("gatehouse exited during start-up ({status}):\n{}", self.log_tail());
            }
            if let Ok(response) = http.get(&url).send().await {
                if response.status().is_success() {
                    return Ok(());
                }
            }
            if started.elapsed() > READY_TIMEOUT {
                bail!("{url} not ready after {READY_TIMEOUT:?}:\n{}", self.log_tail());
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// `http://localhost:PORT` (the public URL the server was started with; see [`TestServer::start_on_host`]).
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base_url)
    }

    pub fn data_dir(&self) -> &Path {
        self.data.as_ref().map_or(Path::new(""), |d| d.path())
    }

    /// The admin service user's personal access token, written by the server at seed time.
    pub fn admin_pat(&self) -> Result<String> {
        let path = self.data_dir().join("admin.pat");
        let pat = fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))?;
        Ok(pat.trim().to_owned())
    }

    /// A REST client authenticated as the admin service user.
    pub fn api(&self) -> Result<Api> {
        Ok(Api::new(&self.base_url, &self.admin_pat()?))
    }

    /// Every mail in the dev outbox, oldest first.
    pub fn outbox(&self) -> Result<Vec<Mail>> {
        mail::read_outbox(&self.data_dir().join("outbox"))
    }

    /// Mails addressed to `to` (case-insensitive), oldest first.
    pub fn mails_to(&self, to: &str) -> Result<Vec<Mail>> {
        Ok(self.outbox()?.into_iter().filter(|m| m.to.eq_ignore_ascii_case(to)).collect())
    }

    /// Waits until at least `count` mails to `to` exist and returns the newest.
    pub async fn wait_for_mail(&self, to: &str, count: usize) -> Result<Mail> {
        let started = Instant::now();
        loop {
            let mut mails = self.mails_to(to)?;
            if mails.len() >= count {
                return mails.pop().context("no mail");
            }
            if started.elapsed() > MAIL_TIMEOUT {
                let all: Vec<_> = self.outbox()?.iter().map(|m| format!("{} / {}", m.to, m.subject)).collect();
                bail!("expected {count} mail(s) to {to}, found {} (outbox: {all:?})", mails.len());
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// The code from the newest mail to `email` (the `Code: XXXXXX` line), waiting for it to arrive.
    pub async fn verification_code_for(&self, email: &str) -> Result<String> {
        let mail = self.wait_for_mail(email, 1).await?;
        mail.code().with_context(|| format!("no `Code:` line in mail to {email}:\n{}", mail.body))
    }

    /// The server's log so far (last lines), for error messages.
    pub fn log_tail(&self) -> String {
        let log = fs::read_to_string(&self.log_path).unwrap_or_default();
        let lines: Vec<&str> = log.lines().collect();
        lines[lines.len().saturating_sub(40)..].join("\n")
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        if std::thread::panicking() {
            // Keep the database and outbox of a failed test for inspection.
            if let Some(data) = self.data.take() {
                eprintln!("kept data dir {} (log {})", data.keep().display(), self.log_path.display());
            }
        }
    }
}

fn env_path(name: &str) -> Option<PathBuf> {
    std::env::var_os(name).filter(|v| !v.is_empty()).map(PathBuf::from)
}
