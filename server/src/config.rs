//! Command-line flags; every flag can also be set through its `GATEHOUSE_*` environment variable.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Parser, ValueEnum};

#[derive(Clone, Debug, Parser)]
#[command(
    name = "gatehouse",
    version,
    about = "Gatehouse: an identity server speaking ZITADEL's v2 API, with its login SPA"
)]
pub struct Config {
    /// Address and port to listen on. The dev mail outbox is only allowed on a loopback address.
    #[arg(long, env = "GATEHOUSE_LISTEN", default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,

    /// Directory for the SQLite database (`gatehouse.db`), the dev mail outbox and the initial credentials
    /// (`admin.pat`, `admin-initial-password`). Created if missing.
    #[arg(long, env = "GATEHOUSE_DATA_DIR", default_value = "./data")]
    pub data_dir: PathBuf,

    /// The URL browsers use to reach this server (scheme, host, port). Browser requests must come from this origin;
    /// links in mails point here; an https URL makes the browser cookie `__Host-` prefixed and `Secure`.
    /// Default: `http://localhost:<listen port>`.
    #[arg(long, env = "GATEHOUSE_PUBLIC_URL")]
    pub public_url: Option<url::Url>,

    /// Directory with the built SPA (Trunk's `dist`). Unknown non-API paths fall back to its `index.html`.
    #[arg(long, env = "GATEHOUSE_SPA_DIR", default_value = "./dist")]
    pub spa_dir: PathBuf,

    /// Password of the seeded `admin` user, used only when seeding an empty database. Unset: a random one is
    /// generated, logged once and written to `<data dir>/admin-initial-password` (mode 0600). Either way the admin
    /// must change it at first login.
    #[arg(long, env = "GATEHOUSE_INITIAL_ADMIN_PASSWORD", hide_env_values = true)]
    pub initial_admin_password: Option<String>,

    /// SMTP server for outgoing mail: `smtps://user:pass@host:465` (implicit TLS) or
    /// `smtp://user:pass@host:587?tls=required` (STARTTLS); plain `smtp://host:25` only for local relays.
    /// Unset: mails are written as `.eml` files to `<data dir>/outbox/` (allowed only when listening on loopback).
    #[arg(long, env = "GATEHOUSE_SMTP_URL", hide_env_values = true)]
    pub smtp_url: Option<String>,

    /// Sender address of outgoing mail.
    #[arg(long, env = "GATEHOUSE_MAIL_FROM", default_value = "Gatehouse <no-reply@gatehouse.localhost>")]
    pub mail_from: String,

    /// Password and code checks allowed per client IP per minute (sliding window); more answer
    /// `resource_exhausted`. 0 disables the per-IP limit (load tests from one address).
    #[arg(long, env = "GATEHOUSE_RATE_LIMIT_PER_IP", default_value_t = 300)]
    pub rate_limit_per_ip: usize,

    /// Password and code checks allowed per user per minute, on top of the lockout policy. 0 disables it.
    #[arg(long, env = "GATEHOUSE_RATE_LIMIT_PER_USER", default_value_t = 30)]
    pub rate_limit_per_user: usize,

    /// Log line format on stdout. The level is taken from `RUST_LOG` (default `info`).
    #[arg(long, env = "GATEHOUSE_LOG_FORMAT", value_enum, default_value = "text")]
    pub log_format: LogFormat,

    /// Seconds since the last password or passkey check within which a signed-in user may make sensitive changes
    /// (email, phone, sign-in methods, IdP links, ending other sessions, deleting the account); older sessions are
    /// asked to confirm it is them first (`GATEHOUSE-ReauthRequired`).
    #[arg(long, env = "GATEHOUSE_REAUTH_WINDOW", default_value_t = 300, value_parser = clap::value_parser!(u64).range(1..=86_400))]
    pub reauth_window: u64,

    /// Test mode of organisation domain verification (off by default; never in production): `.localhost`
    /// domains are checked against this server itself (the HTTP file on its own port, DNS TXT records from a
    /// resolver on 127.0.0.1:<its port>), and challenge URLs may resolve to loopback or private addresses.
    #[arg(long, env = "GATEHOUSE_DOMAIN_VERIFICATION_TEST_MODE")]
    pub domain_verification_test_mode: bool,

    /// For tests only: Sign in with Apple talks to this base URL (`/auth/authorize`, `/auth/token`, `/auth/keys`,
    /// and it is the ID tokens' expected issuer) instead of `https://appleid.apple.com`, so a test suite can play
    /// Apple. Must be a loopback URL (`http://127.0.0.1:<port>`, `localhost`); anything else refuses to start.
    #[arg(long, env = "GATEHOUSE_APPLE_TEST_BASE_URL")]
    pub apple_test_base_url: Option<url::Url>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

impl Config {
    /// A configuration for tests and embedding: loopback, given data dir, dev outbox.
    pub fn for_data_dir(data_dir: impl Into<PathBuf>) -> Self {
        Self {
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
            data_dir: data_dir.into(),
            public_url: None,
            spa_dir: PathBuf::from("./dist"),
            initial_admin_password: None,
            smtp_url: None,
            mail_from: "Gatehouse <no-reply@gatehouse.localhost>".into(),
            rate_limit_per_ip: 300,
            rate_limit_per_user: 30,
            log_format: LogFormat::Text,
            reauth_window: 300,
            domain_verification_test_mode: false,
            apple_test_base_url: None,
        }
    }

    /// The public URL, defaulting to `http://localhost:<port actually bound>`. Called once at start-up.
    pub fn public_url_for(&self, bound: SocketAddr) -> url::Url {
        match &self.public_url {
            Some(u) => u.clone(),
            None => url::Url::parse(&format!("http://localhost:{}", bound.port())).expect("localhost URL parses"),
        }
    }
}
