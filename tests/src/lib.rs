//! Harness for Gatehouse's browser tests.
//!
//! Each test starts its own [`TestServer`] (the real `gatehouse` binary on a free port with a temp
//! data dir, serving the built SPA) and one or more [`Browser`]s (headless chromium through
//! chromedriver). Helpers read what the server stored: the dev outbox ([`Mail`]) and the REST API
//! as the admin service user ([`Api`]).
//!
//! Artifacts survive the run under `target/`: server logs in `e2e-logs/`, screenshots (taken
//! automatically when a wait times out) in `e2e-screenshots/`.

pub mod a11y;
mod api;
pub mod apple;
mod browser;
mod flows;
pub mod idp;
mod mail;
pub mod oidc;
mod paths;
mod server;
pub mod sms;
pub mod webauthn;

pub use api::Api;
pub use browser::Browser;
pub use flows::TestUser;
pub use mail::Mail;
pub use server::TestServer;

/// The initial admin password every test server is seeded with.
pub const ADMIN_PASSWORD: &str = "Initial-Adm1n-Pass!";

/// A password that satisfies the default complexity policy.
pub const PASSWORD: &str = "Corr3ct-Horse-Battery!";

/// Everything a test file needs.
pub mod prelude {
    pub use super::{Api, Browser, Mail, TestServer, TestUser, ADMIN_PASSWORD, PASSWORD};
    pub use anyhow::{bail, ensure, Context, Result};
}
