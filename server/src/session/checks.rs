//! The user and password checks of Create/SetSession, with lockout.

use gatehouse_api::session::{CheckUser, Checks, RequestChallenges};
use gatehouse_api::user::UserState;
use serde_json::json;

use crate::error::{Error, Result};
use crate::user::{self, commands::touch, store, UserRecord};
use crate::AppState;

/// Checks this server does not implement are refused loudly, never silently skipped.
pub fn reject_unsupported(checks: Option<&Checks>, challenges: Option<&RequestChallenges>) -> Result<()> {
    if let Some(c) = checks {
        // Every check kind is implemented now (idpIntent: `idp_intent` below); kept for the next one.
        let unsupported: [(&str, bool); 0] = [];
        let _ = c;
        if let Some((name, _)) = unsupported.iter().find(|(_, set)| *set) {
            return Err(Error::unimplemented(
                "GATEHOUSE-CheckUnsupported",
                format!("The {name} check is not supported yet; use the user and password checks"),
            ));
        }
    }
    // Every challenge kind (webAuthN, otpSms, otpEmail) is implemented.
    let _ = challenges;
    Ok(())
}

/// The `idpIntent` check: an external login (see `crate::idp::intent::check_for_session`), recorded as the
/// session's `intent` factor, a first factor in the login policy gate.
pub async fn idp_intent(
    state: &AppState,
    caller: &crate::auth::Caller,
    user: Option<&UserRecord>,
    checks: Option<&Checks>,
) -> Result<Option<super::factors::FactorKind>> {
    match checks.and_then(|c| c.idp_intent.as_ref()) {
        Some(check) => Ok(Some(crate::idp::intent::check_for_session(state, caller, user, check).await?)),
        None => Ok(None),
    }
}

/// The user of the user check. A login name is resolved in the org of the login first (`x-zitadel-orgid`, which
/// the SPA sets to the org its page was resolved for), see [`super::login_name`].
pub async fn resolve_user(state: &AppState, caller: &crate::auth::Caller, check: &CheckUser) -> Result<UserRecord> {
    let user = match (&check.user_id, &check.login_name) {
        (Some(_), Some(_)) => return Err(Error::invalid("SESSION-oneof", "Set either userId or loginName")),
        (Some(id), None) => store::find(state, id).await?,
        (None, Some(name)) => super::login_name::find(state, name, caller.org_header.as_deref()).await?,
        (None, None) => return Err(Error::invalid("SESSION-UserCheck", "The user check needs userId or loginName")),
    };
    let user = user.ok_or_else(store::user_not_found)?;
    // A locked user still passes the user check: the password step is where the lock is reported.
    if user.state() == UserState::Inactive {
        return Err(Error::failed_precondition("COMMAND-vgDIu", "User is inactive"));
    }
    Ok(user)
}

pub fn user_locked() -> Error {
    Error::failed_precondition("COMMAND-SFA3t", "User is locked")
}

pub fn wrong_password() -> Error {
    Error::invalid("COMMAND-3M0fs", "Password is invalid")
}

/// Verifies the password. Failures count towards the lockout policy; reaching the maximum locks the user, and a
/// locked user is refused even with the right password. Success resets the count.
pub async fn check_password(
    state: &AppState,
    ip: Option<std::net::IpAddr>,
    user: &UserRecord,
    password: &str,
) -> Result<()> {
    if !state.limiter.allow(ip, &user.id) {
        return Err(user::too_many_attempts());
    }
    match user.state() {
        UserState::Locked => return Err(user_locked()),
        UserState::Inactive => return Err(Error::failed_precondition("COMMAND-vgDIu", "User is inactive")),
        _ => {}
    }
    if crate::crypto::verify_password(password.to_owned(), user.password_hash.clone()).await? {
        // Parallel guesses all passed the lock test above before waiting for argon2; one that finishes after the
        // lockout landed must not succeed. The reset happens only while the user is still active, and only when
        // there is a count to reset: most logins then cost no write here.
        let now = state.db.inline.read(|connection| {
            let mut statement =
                connection.prepare_cached("SELECT state, failed_password_attempts FROM users WHERE id = $1")?;
            let row = statement.query_row([&user.id], |row| Ok((row.get::<_, i64>(0)?, row.get::<_, i64>(1)?)));
            Ok(rusqlite::OptionalExtension::optional(row)?)
        })?;
        // Deleted while argon2 ran.
        let (now_state, failures) = now.ok_or_else(store::user_not_found)?;
        if now_state != i64::from(UserState::Active.number()) {
            return Err(user_locked());
        }
        if failures == 0 {
            return Ok(());
        }
        let still_active: Option<String> = sqlx::query_scalar(
            "UPDATE users SET failed_password_attempts = 0 WHERE id = $1 AND state = $2 RETURNING id",
        )
        .bind(&user.id)
        .bind(i64::from(UserState::Active.number()))
        .fetch_optional(&state.db.write)
        .await?;
        return match still_active {
            Some(_) => Ok(()),
            None => Err(user_locked()),
        };
    }
    record_failure(state, user).await?;
    Err(wrong_password())
}

/// Whether `failures` failed attempts lock a user under a policy allowing `max` (0 = never).
pub fn reaches_lockout(failures: i64, max: u64) -> bool {
    max > 0 && failures >= max as i64
}

async fn record_failure(state: &AppState, user: &UserRecord) -> Result<()> {
    let max = crate::settings::lockout(state, &user.org_id).await?.max_password_attempts;
    let mut tx = state.db.begin().await?;
    let failures: i64 = sqlx::query_scalar(
        "UPDATE users SET failed_password_attempts = failed_password_attempts + 1 WHERE id = $1
         RETURNING failed_password_attempts",
    )
    .bind(&user.id)
    .fetch_one(&mut *tx)
    .await?;
    touch(state, &mut tx, user, "password.check.failed", None, json!({ "failedAttempts": failures })).await?;
    let locked = reaches_lockout(failures, max);
    if locked {
        sqlx::query("UPDATE users SET state = $1 WHERE id = $2")
            .bind(i64::from(UserState::Locked.number()))
            .bind(&user.id)
            .execute(&mut *tx)
            .await?;
        touch(state, &mut tx, user, "user.locked", None, json!({ "failedAttempts": failures })).await?;
        tracing::warn!(user_id = %user.id, failures, "user locked after failed password checks");
    }
    tx.commit().await?;
    if locked {
        // The user may own a PAT; a locked user's tokens stop working at once.
        state.pat_cache.invalidate();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lockout_threshold() {
        assert!(!reaches_lockout(4, 5));
        assert!(reaches_lockout(5, 5));
        assert!(!reaches_lockout(100, 0), "0 disables lockout");
    }

    #[test]
    fn every_check_is_supported() {
        let checks: Checks = serde_json::from_value(json!({"idpIntent": {"idpIntentId": "1"}})).unwrap();
        assert!(reject_unsupported(Some(&checks), None).is_ok());
        assert!(reject_unsupported(None, Some(&RequestChallenges::default())).is_ok());
    }
}
