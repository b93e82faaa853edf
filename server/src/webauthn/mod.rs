//! WebAuthn: passkeys (discoverable, user-verifying credentials that log in without a password) and U2F security
//! keys (a second factor after the password), over webauthn-rs.
//!
//! The relying party is the host the page is on: the host of `--public-url`, or an organization's generated or
//! verified domain ([`rp`]), each with its one origin, so a credential made here cannot be used by another site. Ceremony state (the challenge) never leaves the server: a
//! registration's lives in its pending `webauthn_credentials` row, an assertion's in `webauthn_challenges` under the
//! session that asked; both are single use and expire after [`CEREMONY_TTL`].

pub mod assertion;
pub mod credentials;
mod registration;
pub mod rp;
pub mod signup;
pub mod userless;

use std::time::Duration;

use axum::Router;
use webauthn_rs::prelude::{Url, Webauthn, WebauthnBuilder, WebauthnError};

use crate::error::{Error, Result};
use crate::AppState;

pub use credentials::Kind;

/// How long the browser's dialog may stay open, and how long the server keeps the challenge.
pub const CEREMONY_TTL: Duration = Duration::from_secs(300);

pub fn routes() -> Router<AppState> {
    registration::routes(Router::new())
}

/// A relying party for `rp_id` at `origin`.
pub fn build(rp_id: &str, origin: &Url) -> Result<Webauthn> {
    WebauthnBuilder::new(rp_id, origin)
        // Security keys are the second factor after a password: presence only, as U2F (passkeys are unaffected).
        .and_then(|b| {
            b.rp_name("Gatehouse").timeout(CEREMONY_TTL).danger_set_user_presence_only_security_keys(true).build()
        })
        .map_err(|e| Error::internal(format!("WebAuthn relying party for {rp_id}: {e}")))
}

pub fn rp_id(state: &AppState) -> Result<&str> {
    state.public_url.host_str().ok_or_else(|| Error::internal("the public URL has no host"))
}

/// A failed ceremony, told in words a user can act on; the library's detail goes to the log.
pub fn ceremony_failed(e: WebauthnError) -> Error {
    tracing::info!(error = %e, "WebAuthn ceremony refused");
    let message = match e {
        WebauthnError::InvalidRPOrigin | WebauthnError::InvalidRPIDHash => {
            "The credential was made for another site".to_owned()
        }
        WebauthnError::UserNotVerified => "The authenticator did not verify the user (PIN or biometrics)".to_owned(),
        WebauthnError::CredentialPossibleCompromise => {
            "The authenticator's signature counter went backwards; it may have been cloned".to_owned()
        }
        WebauthnError::MismatchedChallenge => "The response does not answer this challenge".to_owned(),
        other => format!("The authenticator's response could not be verified ({other})"),
    };
    Error::invalid("GATEHOUSE-WebAuthn-Invalid", message)
}

pub fn passkeys_not_allowed() -> Error {
    Error::failed_precondition("GATEHOUSE-Passkeys-NotAllowed", "Passkeys are not allowed by the login settings")
}

/// The login settings of `org_id` allow passkeys (`passkeysType`).
pub async fn ensure_passkeys_allowed(state: &AppState, org_id: &str) -> Result<()> {
    let policy = crate::settings::login_policy(state, org_id).await?;
    if policy.passwordless_type == gatehouse_api::settings::PasswordlessType::Allowed {
        Ok(())
    } else {
        Err(passkeys_not_allowed())
    }
}
