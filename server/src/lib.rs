//! Gatehouse server: the ZITADEL v2 API (REST and Connect) over SQLite, the browser session mode for the SPA,
//! and the static SPA itself.

pub mod app;
pub mod auth;
pub mod branding;
pub mod clock;
pub mod config;
pub mod crypto;
pub mod db;
pub mod error;
pub mod events;
pub mod i18n;
pub mod idp;
pub mod ids;
pub mod mail;
pub mod mfa;
pub mod oidc;
pub mod org;
pub mod project;
pub mod ratelimit;
pub mod rpc;
pub mod seed;
pub mod session;
pub mod settings;
pub mod sms;
pub mod spa;
pub mod user;
pub mod webauthn;

use std::net::SocketAddr;
use std::ops::Deref;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use tokio::net::TcpListener;

use crate::clock::{Clock, SystemClock};
use crate::config::Config;
use crate::db::Db;
use crate::error::{Error, Result};
use crate::mail::Mailer;

/// What every handler and domain function gets: database, clock, ids, mail transport and instance facts.
#[derive(Clone)]
pub struct AppState(Arc<Inner>);

pub struct Inner {
    pub db: Db,
    pub clock: Arc<dyn Clock>,
    pub ids: ids::IdGenerator,
    pub mailer: Arc<dyn Mailer>,
    /// SMS transport (the dev outbox beside the mail outbox, or none configured).
    pub sms: Arc<dyn sms::SmsSender>,
    /// Set when the dev outbox is the mail transport (enables `GET /gatehouse/v1/dev/outbox`).
    pub outbox_dir: Option<std::path::PathBuf>,
    pub public_url: url::Url,
    /// `scheme://host[:port]` of the public URL, compared with browsers' `Origin`.
    pub public_origin: String,
    pub https: bool,
    pub instance: seed::Instance,
    pub limiter: ratelimit::RateLimiter,
    pub spa: spa::Spa,
    /// Writes CreateSession's sessions in batches (group commit).
    pub sessions: session::store::SessionWriter,
    /// Resolved personal access tokens; see its invariant.
    pub pat_cache: auth::PatCache,
    /// Seals IdP client secrets and intent data; kept in the data dir, see its invariant.
    pub idp_key: idp::secrets::SecretKey,
    /// Seals the OIDC signing keys at rest (`<data dir>/oidc.key`, same sealing code as `idp_key`).
    pub oidc_key: idp::secrets::SecretKey,
    /// How recent a first-factor check sensitive self-service changes need (`user::access::require_recent_auth`).
    pub reauth_window: Duration,
    /// `--domain-verification-test-mode` (see `org::domains`).
    pub domain_test_mode: bool,
    /// Where Sign in with Apple is reached: Apple, or a test's stand-in (`--apple-test-base-url`, loopback only).
    pub apple_base: String,
}

impl Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

impl AppState {
    pub fn now(&self) -> clock::Timestamp {
        self.clock.now()
    }

    pub fn new_id(&self) -> String {
        self.ids.next()
    }
}

/// Builds the application for a listener bound to `bound`: opens and migrates the database, seeds it when empty,
/// chooses the mail transport.
pub struct App {
    pub state: AppState,
}

impl App {
    pub async fn build(config: &Config, bound: SocketAddr) -> Result<App> {
        Self::build_with_clock(config, bound, Arc::new(SystemClock)).await
    }

    pub async fn build_with_clock(config: &Config, bound: SocketAddr, clock: Arc<dyn Clock>) -> Result<App> {
        std::fs::create_dir_all(&config.data_dir)?;
        let apple_base = idp::apple::base_url(config.apple_test_base_url.as_ref())?;
        let db = Db::open(&config.data_dir.join("gatehouse.db")).await?;
        let public_url = config.public_url_for(bound);
        let (mailer, outbox_dir) = mail::from_config(config, bound)?;
        let ids = ids::IdGenerator::default();
        let instance = seed::seed_if_empty(&db, config, &ids, clock.as_ref(), &public_url).await?;
        let public_origin = public_url.origin().ascii_serialization();
        let sessions = session::store::SessionWriter::start(db.clone(), instance.id.clone());
        let state = AppState(Arc::new(Inner {
            db,
            clock,
            ids,
            mailer,
            sms: sms::from_mail_outbox(outbox_dir.as_deref()),
            outbox_dir,
            https: public_url.scheme() == "https",
            public_origin,
            public_url,
            instance,
            limiter: ratelimit::RateLimiter::new(
                Duration::from_secs(60),
                config.rate_limit_per_ip,
                config.rate_limit_per_user,
            ),
            spa: spa::Spa::new(config.spa_dir.clone()),
            sessions,
            pat_cache: auth::PatCache::default(),
            idp_key: idp::secrets::SecretKey::load_or_create(&config.data_dir)?,
            oidc_key: idp::secrets::SecretKey::load_or_create_file(&config.data_dir, oidc::keys::KEY_FILE)?,
            reauth_window: Duration::from_secs(config.reauth_window),
            domain_test_mode: config.domain_verification_test_mode,
            apple_base,
        }));
        // Signing keys written before they were sealed are sealed now, before anything signs with them.
        oidc::keys::seal_plaintext_keys(&state.db, &state.oidc_key).await?;
        // Back-channel logouts queued before a restart are delivered without waiting for new OIDC traffic.
        oidc::backchannel::start(&state).await?;
        Ok(App { state })
    }

    pub fn router(&self) -> Router {
        let api = Router::new()
            .merge(session::routes())
            .merge(user::routes())
            .merge(mfa::routes())
            .merge(webauthn::routes())
            .merge(settings::routes())
            .merge(branding::routes())
            .merge(i18n::routes())
            .merge(org::routes())
            .merge(project::routes())
            .merge(app::routes())
            .merge(oidc::routes())
            .merge(idp::routes())
            .merge(mail::routes());
        rpc::finish(api, self.state.clone())
    }
}

/// Serves until SIGINT/SIGTERM (or `shutdown` resolves), then drains open requests.
pub async fn serve(
    app: App,
    listener: TcpListener,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> Result<()> {
    let router = app.router();
    axum::serve(listener, router.into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(shutdown)
        .await
        .map_err(Error::from)
}

/// Resolves on SIGINT or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(e) = tokio::signal::ctrl_c().await {
            tracing::warn!(error = %e, "cannot listen for SIGINT");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(e) => {
                tracing::warn!(error = %e, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
    tracing::info!("shutting down");
}
