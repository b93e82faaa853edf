//! Signing up with a passkey instead of a password (ZITADEL's login: registration form without a password, then
//! `/passkey/set`).
//!
//! A user created without a password has no first factor, so no session can act as them, and a session with only a
//! user check is something anyone who knows the login name can make. What may register the first passkey is the
//! browser that created the account: self-registration without a password records a grant naming that browser's
//! cookie. RegisterPasskey accepts it only from that browser, only while the user still has neither a password nor
//! any WebAuthn credential, and only until it expires; the verified passkey spends it. An attacker who learns the
//! login name has another cookie, and an account created by an administrator (or with a password) never has a grant.

use chrono::Duration;

use crate::auth::{Caller, Principal};
use crate::clock::{from_db, to_db};
use crate::db::Tx;
use crate::error::{Error, Result};
use crate::user::UserRecord;
use crate::AppState;

/// How long after self-registration the first passkey may be registered.
pub const GRANT_TTL: Duration = Duration::minutes(15);

/// Records the grant for `user`, just created by `caller` without a password. Only a browser's self-registration
/// gets one; other callers (administrators, API clients) use registration links instead.
pub async fn grant(state: &AppState, caller: &Caller, user: &UserRecord) -> Result<()> {
    let Some(browser) = caller.browser().filter(|_| matches!(caller.principal, Principal::Browser)) else {
        return Ok(());
    };
    if user.password_hash.is_some() || !user.is_human() {
        return Ok(());
    }
    let mut tx = state.db.begin().await?;
    // A browser that never had a session gets its cookie now (sent with this answer).
    let browser_hash = browser.id_for_new_session(state, &mut tx).await?;
    insert(&mut tx, &user.id, &browser_hash, state.now() + GRANT_TTL).await?;
    tx.commit().await?;
    Ok(())
}

async fn insert(tx: &mut Tx, user_id: &str, browser_hash: &str, expires: crate::clock::Timestamp) -> Result<()> {
    sqlx::query(
        "INSERT INTO passkey_signup_grants (user_id, browser_hash, expires_at) VALUES ($1, $2, $3)
         ON CONFLICT (user_id) DO UPDATE SET browser_hash = excluded.browser_hash, expires_at = excluded.expires_at",
    )
    .bind(user_id)
    .bind(browser_hash)
    .bind(to_db(expires))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

pub fn no_grant() -> Error {
    Error::permission_denied(
        "GATEHOUSE-Passkey-SignupGrant",
        "Only the browser that created this account may add its first passkey, within 15 minutes of signing up; \
         further passkeys need a signed-in session",
    )
}

/// Does `caller` hold a live sign-up grant for `user`, who still has no way to sign in?
pub async fn allows(state: &AppState, caller: &Caller, user: &UserRecord) -> Result<bool> {
    let Some(hash) = caller.browser().and_then(|b| b.known_hash()) else { return Ok(false) };
    let row: Option<(String, String)> =
        sqlx::query_as("SELECT browser_hash, expires_at FROM passkey_signup_grants WHERE user_id = $1")
            .bind(&user.id)
            .fetch_optional(&state.db.read)
            .await?;
    let Some((granted_to, expires_at)) = row else { return Ok(false) };
    if !crate::crypto::constant_time_eq(&granted_to, &hash) || state.now() >= from_db(&expires_at)? {
        return Ok(false);
    }
    if user.password_hash.is_some() {
        return Ok(false);
    }
    let credentials: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM webauthn_credentials WHERE user_id = $1 AND state = 'ready'")
            .bind(&user.id)
            .fetch_one(&state.db.read)
            .await?;
    Ok(credentials == 0)
}

/// Spends the grant (the first passkey is registered), inside the transaction that stores it.
pub async fn spend(tx: &mut Tx, user_id: &str) -> Result<()> {
    sqlx::query("DELETE FROM passkey_signup_grants WHERE user_id = $1").bind(user_id).execute(&mut **tx).await?;
    Ok(())
}
