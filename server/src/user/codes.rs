//! One-time codes (email verification, password reset): 6 characters, stored keyed-hashed, valid one hour, at
//! most five wrong guesses before the code is void.

use chrono::Duration;
use sqlx::Row;

use crate::clock::{from_db, to_db, Timestamp};
use crate::crypto::{code_hash, constant_time_eq, random_code};
use crate::db::Tx;
use crate::error::{Error, Result};
use crate::AppState;

pub const EMAIL: &str = "email";
pub const PASSWORD: &str = "password";
pub const PHONE: &str = "phone";
pub const VALIDITY: Duration = Duration::hours(1);
pub const MAX_FAILED_ATTEMPTS: i64 = 5;

/// Replaces any live code of this purpose with a new one and returns it (plain, to mail or return).
pub async fn issue(state: &AppState, tx: &mut Tx, user_id: &str, purpose: &str) -> Result<String> {
    let code = random_code();
    let now = state.now();
    sqlx::query(
        "INSERT INTO verification_codes (user_id, purpose, code_hash, expires_at, failed_attempts, created_at)
         VALUES ($1, $2, $3, $4, 0, $5)
         ON CONFLICT (user_id, purpose) DO UPDATE SET code_hash = excluded.code_hash, expires_at = excluded.expires_at,
         failed_attempts = 0, created_at = excluded.created_at",
    )
    .bind(user_id)
    .bind(purpose)
    .bind(code_hash(&state.instance.code_key, user_id, purpose, &code))
    .bind(to_db(now + VALIDITY))
    .bind(to_db(now))
    .execute(&mut **tx)
    .await?;
    Ok(code)
}

pub fn invalid_code() -> Error {
    Error::invalid("COMMAND-Code-Invalid", "Verification code is invalid")
}

pub fn expired_code() -> Error {
    Error::failed_precondition("COMMAND-Code-Expired", "Verification code has expired")
}

/// What checking a code against the stored one means, decided without I/O so it is unit-tested directly.
#[derive(Debug, PartialEq, Eq)]
pub enum Verdict {
    Valid,
    Expired,
    Wrong { void_now: bool },
}

pub fn judge(
    stored_hash: &str,
    expires_at: Timestamp,
    failed_attempts: i64,
    presented_hash: &str,
    now: Timestamp,
) -> Verdict {
    if now >= expires_at {
        return Verdict::Expired;
    }
    if constant_time_eq(stored_hash, presented_hash) {
        Verdict::Valid
    } else {
        Verdict::Wrong { void_now: failed_attempts + 1 >= MAX_FAILED_ATTEMPTS }
    }
}

/// Consumes the code when it matches. Runs in its own transaction that is committed whatever the verdict, so wrong
/// guesses stay counted (and void the code at the limit) even though the call then fails.
pub async fn consume(state: &AppState, user_id: &str, purpose: &str, presented: &str) -> Result<()> {
    let mut tx = state.db.begin().await?;
    let verdict = check(state, &mut tx, user_id, purpose, presented).await;
    tx.commit().await?;
    verdict
}

async fn check(state: &AppState, tx: &mut Tx, user_id: &str, purpose: &str, presented: &str) -> Result<()> {
    let row = sqlx::query(
        "SELECT code_hash, expires_at, failed_attempts FROM verification_codes WHERE user_id = $1 AND purpose = $2",
    )
    .bind(user_id)
    .bind(purpose)
    .fetch_optional(&mut **tx)
    .await?;
    let Some(row) = row else { return Err(invalid_code()) };
    let stored: String = row.try_get("code_hash")?;
    let expires_at = from_db(&row.try_get::<String, _>("expires_at")?)?;
    let failed: i64 = row.try_get("failed_attempts")?;
    let presented_hash = code_hash(&state.instance.code_key, user_id, purpose, presented);
    match judge(&stored, expires_at, failed, &presented_hash, state.now()) {
        Verdict::Valid => {
            sqlx::query("DELETE FROM verification_codes WHERE user_id = $1 AND purpose = $2")
                .bind(user_id)
                .bind(purpose)
                .execute(&mut **tx)
                .await?;
            Ok(())
        }
        Verdict::Expired => Err(expired_code()),
        Verdict::Wrong { void_now } => {
            let sql = if void_now {
                "DELETE FROM verification_codes WHERE user_id = $1 AND purpose = $2"
            } else {
                "UPDATE verification_codes SET failed_attempts = failed_attempts + 1 WHERE user_id = $1 AND purpose = $2"
            };
            sqlx::query(sql).bind(user_id).bind(purpose).execute(&mut **tx).await?;
            Err(invalid_code())
        }
    }
}

/// Codes a user may have sent at their own request per purpose within [`SEND_WINDOW`] (resend throttle).
pub const MAX_SENDS: i64 = 5;
pub const SEND_WINDOW: Duration = Duration::minutes(10);

pub fn too_many_sends() -> Error {
    Error::resource_exhausted("GATEHOUSE-Code-Sends", "Too many codes sent; wait a few minutes before asking again")
}

/// Records one self-service code send, refusing it when [`MAX_SENDS`] were already sent within [`SEND_WINDOW`].
/// Admin calls are not throttled here (they are audited and rate-limited by their own credentials).
pub async fn throttle_send(state: &AppState, user_id: &str, purpose: &str) -> Result<()> {
    let now = state.now();
    let since = to_db(now - SEND_WINDOW);
    let mut tx = state.db.begin().await?;
    sqlx::query("DELETE FROM code_sends WHERE user_id = $1 AND purpose = $2 AND sent_at < $3")
        .bind(user_id)
        .bind(purpose)
        .bind(&since)
        .execute(&mut *tx)
        .await?;
    let recent: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM code_sends WHERE user_id = $1 AND purpose = $2")
        .bind(user_id)
        .bind(purpose)
        .fetch_one(&mut *tx)
        .await?;
    if recent >= MAX_SENDS {
        return Err(too_many_sends());
    }
    sqlx::query("INSERT INTO code_sends (user_id, purpose, sent_at) VALUES ($1, $2, $3)")
        .bind(user_id)
        .bind(purpose)
        .bind(to_db(now))
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::{Clock, TestClock};

    #[test]
    fn codes_expire_after_an_hour_and_void_after_five_misses() {
        let clock = TestClock::new(chrono::Utc::now());
        let issued = clock.now();
        let expires = issued + VALIDITY;
        assert_eq!(judge("h", expires, 0, "h", clock.now()), Verdict::Valid);
        assert_eq!(judge("h", expires, 0, "x", clock.now()), Verdict::Wrong { void_now: false });
        assert_eq!(judge("h", expires, 4, "x", clock.now()), Verdict::Wrong { void_now: true });
        clock.advance(Duration::minutes(59));
        assert_eq!(judge("h", expires, 0, "h", clock.now()), Verdict::Valid);
        clock.advance(Duration::minutes(1));
        assert_eq!(judge("h", expires, 0, "h", clock.now()), Verdict::Expired);
    }
}
