//! The `webAuthN` check and challenge of Create/SetSession, as thin glue over [`crate::webauthn::assertion`].

use gatehouse_api::session::{Checks, RequestChallenges, WebAuthNChallenge};

use crate::auth::Caller;
use crate::error::{Error, Result};
use crate::user::UserRecord;
use crate::webauthn::assertion::{self, Verified};
use crate::AppState;

/// A new session cannot answer a challenge: the challenge is issued to an existing session.
pub fn refuse_on_create(checks: Option<&Checks>) -> Result<()> {
    if checks.is_some_and(|c| c.web_auth_n.is_some()) {
        return Err(Error::failed_precondition(
            "COMMAND-O8jjk",
            "The webAuthN check needs a webAuthN challenge issued to this session first (SetSession)",
        ));
    }
    Ok(())
}

/// Runs the `webAuthN` check when present. A usernameless (discoverable) check also names the user.
pub async fn verify(
    state: &AppState,
    caller: &Caller,
    session_id: &str,
    user: Option<&UserRecord>,
    checks: Option<&Checks>,
) -> Result<Option<Verified>> {
    let Some(check) = checks.and_then(|c| c.web_auth_n.as_ref()) else { return Ok(None) };
    assertion::verify(state, caller, session_id, user, check).await.map(Some)
}

/// The session's user after the checks: a passkey found without a username binds its owner, as a user check would.
pub fn bind_user(
    user: Option<UserRecord>,
    user_checked: bool,
    verified: Option<&Verified>,
) -> (Option<UserRecord>, bool) {
    match (user, verified) {
        (None, Some(v)) => (Some(v.user.clone()), true),
        (user, _) => (user, user_checked),
    }
}

/// Issues the `webAuthN` challenge when requested.
pub async fn challenge(
    state: &AppState,
    session_id: &str,
    user: Option<&UserRecord>,
    challenges: Option<&RequestChallenges>,
) -> Result<Option<WebAuthNChallenge>> {
    let Some(req) = challenges.and_then(|c| c.web_auth_n.as_ref()) else { return Ok(None) };
    let challenge = assertion::challenge(state, session_id, user, req).await?;
    if user.is_none() {
        // A discoverable challenge on a session without a user (autofill): short-lived, cleaned up.
        crate::webauthn::userless::shorten(state, session_id).await?;
    }
    Ok(Some(challenge))
}
