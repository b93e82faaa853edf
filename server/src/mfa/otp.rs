//! One-time codes by email or SMS as a second factor: enabled per user (verified address/number required), sent
//! for a session's `otpEmail` / `otpSms` challenge, checked once by that same session.
//!
//! Codes are 6 digits, stored as keyed hashes bound to the session and channel, valid five minutes, void after five
//! wrong guesses; a new challenge replaces the previous code.

use chrono::Duration;
use rand::rngs::OsRng;
use rand::Rng;
use serde_json::json;
use sqlx::Row;

use crate::auth::Caller;
use crate::clock::{from_db, to_db, Timestamp};
use crate::crypto::{code_hash, constant_time_eq};
use crate::error::{Error, Result};
use crate::user::codes::{expired_code, invalid_code, MAX_FAILED_ATTEMPTS};
use crate::user::{self, UserRecord};
use crate::AppState;
use gatehouse_api::session::RequestChallenges;
use gatehouse_api::user::DetailsResponse;

pub const VALIDITY: Duration = Duration::minutes(5);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Channel {
    Email,
    Sms,
}

impl Channel {
    pub fn kind(self) -> &'static str {
        match self {
            Channel::Email => "otp_email",
            Channel::Sms => "otp_sms",
        }
    }
}

pub async fn enable(state: &AppState, caller: &Caller, user: &UserRecord, channel: Channel) -> Result<DetailsResponse> {
    let now = state.now();
    let mut tx = state.db.begin().await?;
    let added = sqlx::query(
        "INSERT INTO user_otp (user_id, kind, created_at) VALUES ($1, $2, $3) ON CONFLICT (user_id, kind) DO NOTHING",
    )
    .bind(&user.id)
    .bind(channel.kind())
    .bind(to_db(now))
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if added == 0 {
        return Err(Error::already_exists("COMMAND-Otp-Exists", "This second factor is already set up"));
    }
    let event = format!("user.human.{}.added", channel.kind());
    let sequence = user::commands::touch(state, &mut tx, user, &event, caller.user_id(), json!({})).await?;
    tx.commit().await?;
    Ok(DetailsResponse { details: user::details(sequence, now, &user.org_id) })
}

pub async fn disable(
    state: &AppState,
    caller: &Caller,
    user: &UserRecord,
    channel: Channel,
) -> Result<DetailsResponse> {
    let now = state.now();
    let mut tx = state.db.begin().await?;
    let removed = sqlx::query("DELETE FROM user_otp WHERE user_id = $1 AND kind = $2")
        .bind(&user.id)
        .bind(channel.kind())
        .execute(&mut *tx)
        .await?
        .rows_affected();
    if removed == 0 {
        return Err(Error::not_found("COMMAND-Otp-NotFound", "This second factor is not set up"));
    }
    let event = format!("user.human.{}.removed", channel.kind());
    let sequence = user::commands::touch(state, &mut tx, user, &event, caller.user_id(), json!({})).await?;
    tx.commit().await?;
    Ok(DetailsResponse { details: user::details(sequence, now, &user.org_id) })
}

pub async fn is_enabled(state: &AppState, user_id: &str, channel: Channel) -> Result<bool> {
    Ok(sqlx::query("SELECT 1 FROM user_otp WHERE user_id = $1 AND kind = $2")
        .bind(user_id)
        .bind(channel.kind())
        .fetch_optional(&state.db.read)
        .await?
        .is_some())
}

fn random_digits() -> String {
    let mut rng = OsRng;
    (0..6).map(|_| char::from(b'0' + rng.gen_range(0..10u8))).collect()
}

fn purpose(session_id: &str, channel: Channel) -> String {
    format!("{}:{session_id}", channel.kind())
}

/// Issues a code for the session's challenge and returns it (plain): the caller sends it or hands it back.
pub async fn issue(state: &AppState, session_id: &str, user: &UserRecord, channel: Channel) -> Result<String> {
    if !is_enabled(state, &user.id, channel).await? {
        return Err(Error::failed_precondition(
            "COMMAND-Otp-NotReady",
            "This one-time code second factor is not set up for the user",
        ));
    }
    let code = random_digits();
    let now = state.now();
    sqlx::query(
        "INSERT INTO session_otp_challenges (session_id, kind, code_hash, expires_at, failed_attempts)
         VALUES ($1, $2, $3, $4, 0)
         ON CONFLICT (session_id, kind) DO UPDATE SET code_hash = excluded.code_hash,
           expires_at = excluded.expires_at, failed_attempts = 0",
    )
    .bind(session_id)
    .bind(channel.kind())
    .bind(code_hash(&state.instance.code_key, &user.id, &purpose(session_id, channel), &code))
    .bind(to_db(now + VALIDITY))
    .execute(&state.db.write)
    .await?;
    Ok(code)
}

/// Sends a code by the channel's transport.
pub async fn send(state: &AppState, user: &UserRecord, channel: Channel, code: &str) -> Result<()> {
    match channel {
        Channel::Email => {
            let Some(email) = user.email.as_deref() else {
                return Err(Error::failed_precondition("COMMAND-Otp-NoEmail", "The user has no email address"));
            };
            let template = crate::mail::Template::Otp { code: code.to_owned(), minutes: VALIDITY.num_minutes() };
            crate::mail::send(state, user, email, template).await
        }
        Channel::Sms => {
            let Some(phone) = user.phone.as_deref() else {
                return Err(Error::failed_precondition("COMMAND-Otp-NoPhone", "The user has no phone number"));
            };
            let text = format!("Your sign-in code: {code}. Valid 5 minutes.");
            state.sms.send(crate::sms::Sms { to: phone.to_owned(), text }).await
        }
    }
}

/// The `otpSms` / `otpEmail` challenges of Create/SetSession: issue a code for the session and send it, or (login
/// clients and admins only, never a browser or a session token) return it. Returns (SMS code, email code) to answer.
pub async fn challenges(
    state: &AppState,
    caller: &Caller,
    session_id: &str,
    user: Option<&UserRecord>,
    requested: Option<&RequestChallenges>,
) -> Result<(Option<String>, Option<String>)> {
    let Some(requested) = requested else { return Ok((None, None)) };
    let wanted = [
        (Channel::Sms, requested.otp_sms.as_ref().map(|c| c.return_code)),
        (Channel::Email, requested.otp_email.as_ref().map(|c| c.return_code.is_some())),
    ];
    let mut answers = (None, None);
    for (channel, return_code) in wanted {
        let Some(return_code) = return_code else { continue };
        if requested.otp_email.as_ref().is_some_and(|c| c.send_code.is_some() && c.return_code.is_some()) {
            return Err(Error::invalid("SESSION-oneof", "Set either sendCode or returnCode"));
        }
        let user = user.ok_or_else(|| {
            Error::failed_precondition("COMMAND-x0i0p", "The user must be checked before a code can be sent")
        })?;
        let admin = caller.is_instance_login_admin() || caller.owns_org(&user.org_id);
        if return_code && !admin {
            // Whoever receives the code passes the check: only the login service itself may take it.
            return Err(Error::denied());
        }
        if !admin {
            crate::user::codes::throttle_send(state, &user.id, channel.kind()).await?;
        }
        let code = issue(state, session_id, user, channel).await?;
        let answer = if return_code {
            Some(code)
        } else {
            send(state, user, channel, &code).await?;
            None
        };
        match channel {
            Channel::Sms => answers.0 = answer,
            Channel::Email => answers.1 = answer,
        }
    }
    Ok(answers)
}

/// What checking a presented code means, decided without I/O.
#[derive(Debug, PartialEq, Eq)]
pub enum Verdict {
    Valid,
    Expired,
    Wrong { void_now: bool },
}

pub fn judge(stored: &str, expires_at: Timestamp, failed: i64, presented: &str, now: Timestamp) -> Verdict {
    if now >= expires_at {
        Verdict::Expired
    } else if constant_time_eq(stored, presented) {
        Verdict::Valid
    } else {
        Verdict::Wrong { void_now: failed + 1 >= MAX_FAILED_ATTEMPTS }
    }
}

/// Consumes the session's code when it matches; wrong guesses are counted (committed even though the call fails).
pub async fn check(state: &AppState, session_id: &str, user: &UserRecord, channel: Channel, code: &str) -> Result<()> {
    let mut tx = state.db.begin().await?;
    let row = sqlx::query(
        "SELECT code_hash, expires_at, failed_attempts FROM session_otp_challenges WHERE session_id = $1 AND kind = $2",
    )
    .bind(session_id)
    .bind(channel.kind())
    .fetch_optional(&mut *tx)
    .await?;
    let Some(row) = row else {
        return Err(Error::failed_precondition(
            "COMMAND-Otp-NoChallenge",
            "No code was sent for this session; request the otp challenge first",
        ));
    };
    let presented = code_hash(&state.instance.code_key, &user.id, &purpose(session_id, channel), code);
    let verdict = judge(
        &row.try_get::<String, _>("code_hash")?,
        from_db(&row.try_get::<String, _>("expires_at")?)?,
        row.try_get("failed_attempts")?,
        &presented,
        state.now(),
    );
    let (sql, result) = match verdict {
        Verdict::Valid => ("DELETE FROM session_otp_challenges WHERE session_id = $1 AND kind = $2", Ok(())),
        Verdict::Expired => ("DELETE FROM session_otp_challenges WHERE session_id = $1 AND kind = $2", Err(expired_code())),
        Verdict::Wrong { void_now: true } => {
            ("DELETE FROM session_otp_challenges WHERE session_id = $1 AND kind = $2", Err(invalid_code()))
        }
        Verdict::Wrong { void_now: false } => (
            "UPDATE session_otp_challenges SET failed_attempts = failed_attempts + 1 WHERE session_id = $1 AND kind = $2",
            Err(invalid_code()),
        ),
    };
    sqlx::query(sql).bind(session_id).bind(channel.kind()).execute(&mut *tx).await?;
    tx.commit().await?;
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_six_digits_expire_and_void_after_five_misses() {
        let code = random_digits();
        assert_eq!(code.len(), 6);
        assert!(code.chars().all(|c| c.is_ascii_digit()));
        let now = chrono::DateTime::from_timestamp(1_700_000_000, 0).unwrap();
        let expires = now + VALIDITY;
        assert_eq!(judge("h", expires, 0, "h", now), Verdict::Valid);
        assert_eq!(judge("h", expires, 0, "x", now), Verdict::Wrong { void_now: false });
        assert_eq!(judge("h", expires, 4, "x", now), Verdict::Wrong { void_now: true });
        assert_eq!(judge("h", expires, 0, "h", expires), Verdict::Expired);
    }
}
