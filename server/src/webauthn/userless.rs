//! Sessions without a user, made for a discoverable passkey challenge: the login name page makes one on every load
//! where the browser offers passkey autofill, and most are never answered. Each lives only as long as its
//! challenge ([`super::CEREMONY_TTL`]); expired ones are deleted whenever the next one is made, so their number
//! stays bounded by the rate of page loads within one lifetime. A passkey that binds a user gives the session back
//! the expiry it had before.

use chrono::Duration;

use crate::clock::{to_db, Timestamp};
use crate::db::Tx;
use crate::error::Result;
use crate::AppState;

fn lifetime() -> Duration {
    Duration::from_std(super::CEREMONY_TTL).unwrap_or(Duration::minutes(5))
}

/// Gives the userless session `session_id` the challenge's short lifetime (never a longer one than it had), and
/// deletes userless sessions whose short lifetime is over.
pub async fn shorten(state: &AppState, session_id: &str) -> Result<()> {
    let now = state.now();
    let short = to_db(now + lifetime());
    let mut tx = state.db.begin().await?;
    sqlx::query(
        "INSERT INTO userless_sessions (session_id, previous_expires_at, short_expires_at)
         SELECT id, expires_at, CASE WHEN expires_at IS NOT NULL AND expires_at < $2 THEN expires_at ELSE $2 END
         FROM sessions WHERE id = $1 AND user_id IS NULL
         ON CONFLICT (session_id) DO UPDATE SET short_expires_at = excluded.short_expires_at",
    )
    .bind(session_id)
    .bind(&short)
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "UPDATE sessions SET expires_at = (SELECT short_expires_at FROM userless_sessions WHERE session_id = $1)
         WHERE id = $1 AND user_id IS NULL",
    )
    .bind(session_id)
    .execute(&mut *tx)
    .await?;
    purge(&mut tx, now).await?;
    tx.commit().await?;
    Ok(())
}

/// Deletes the userless sessions that expired before `now` (with their browser links and challenges, by cascade).
/// Returns how many.
pub async fn purge(tx: &mut Tx, now: Timestamp) -> Result<u64> {
    let deleted = sqlx::query(
        "DELETE FROM sessions WHERE user_id IS NULL AND id IN
           (SELECT session_id FROM userless_sessions WHERE short_expires_at <= $1)",
    )
    .bind(to_db(now))
    .execute(&mut **tx)
    .await?
    .rows_affected();
    // Rows whose session got a user (or was deleted otherwise) and whose lifetime is over are no longer needed.
    sqlx::query("DELETE FROM userless_sessions WHERE short_expires_at <= $1")
        .bind(to_db(now))
        .execute(&mut **tx)
        .await?;
    if deleted > 0 {
        tracing::debug!(deleted, "expired userless passkey sessions deleted");
    }
    Ok(deleted)
}

/// The session just got its user from a passkey: it gets back the expiry it had before it was shortened, unless
/// this request set another one.
pub async fn restore(tx: &mut Tx, session_id: &str) -> Result<()> {
    sqlx::query(
        "UPDATE sessions SET expires_at = (SELECT previous_expires_at FROM userless_sessions WHERE session_id = $1)
         WHERE id = $1 AND expires_at = (SELECT short_expires_at FROM userless_sessions WHERE session_id = $1)",
    )
    .bind(session_id)
    .execute(&mut **tx)
    .await?;
    sqlx::query("DELETE FROM userless_sessions WHERE session_id = $1").bind(session_id).execute(&mut **tx).await?;
    Ok(())
}
