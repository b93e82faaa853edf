//! The second-factor checks of Create/SetSession (`totp`, `otpSms`, `otpEmail`, `recoveryCode`), with rate limits
//! and the lockout policy's `maxOtpAttempts`. Returns the factors that passed; the session code records them in the
//! transaction that updates the session.

use gatehouse_api::mfa::CheckCode;
use gatehouse_api::session::Checks;
use gatehouse_api::user::UserState;
use serde_json::json;

use super::otp::Channel;
use super::{otp, recovery, totp};
use crate::auth::Caller;
use crate::error::{Error, Result};
use crate::session::factors::FactorKind;
use crate::user::{self, UserRecord};
use crate::AppState;

fn code_of(name: &str, value: &serde_json::Value) -> Result<String> {
    let check: CheckCode = serde_json::from_value(value.clone())
        .map_err(|_| Error::invalid("SESSION-Check", format!("The {name} check needs {{\"code\": \"...\"}}")))?;
    if check.code.trim().is_empty() || check.code.len() > 200 {
        return Err(Error::invalid("SESSION-Check", format!("The {name} check needs a code (1 to 200 characters)")));
    }
    Ok(check.code)
}

/// Runs the second-factor checks present in `checks` for `user` on session `session_id` (`None` while creating:
/// code challenges need an existing session).
pub async fn run(
    state: &AppState,
    caller: &Caller,
    user: Option<&UserRecord>,
    session_id: Option<&str>,
    checks: Option<&Checks>,
) -> Result<Vec<FactorKind>> {
    let Some(checks) = checks else { return Ok(Vec::new()) };
    let requested = [
        (FactorKind::Totp, "totp", &checks.totp),
        (FactorKind::OtpSms, "otpSms", &checks.otp_sms),
        (FactorKind::OtpEmail, "otpEmail", &checks.otp_email),
        (FactorKind::RecoveryCode, "recoveryCode", &checks.recovery_code),
    ];
    let any = requested.iter().any(|(_, _, value)| value.is_some());
    if any && user.is_some() && !first_factor_passed(state, session_id, checks).await? {
        return Err(first_factor_missing());
    }
    let mut passed = Vec::new();
    for (kind, name, value) in requested {
        let Some(value) = value else { continue };
        let code = code_of(name, value)?;
        let user = user.ok_or_else(|| {
            Error::failed_precondition("COMMAND-x0i0p", "The user must be checked before a second factor")
        })?;
        if !state.limiter.allow(caller.ip, &user.id) {
            return Err(user::too_many_attempts());
        }
        if user.state() == UserState::Locked {
            return Err(Error::failed_precondition("COMMAND-SFA3t", "User is locked"));
        }
        let outcome = match kind {
            FactorKind::Totp => check_totp(state, user, &code).await,
            FactorKind::OtpSms | FactorKind::OtpEmail => {
                let session_id = session_id.ok_or_else(|| {
                    Error::failed_precondition(
                        "COMMAND-Otp-NoChallenge",
                        "No code was sent for this session; request the otp challenge first",
                    )
                })?;
                let channel = if kind == FactorKind::OtpSms { Channel::Sms } else { Channel::Email };
                otp::check(state, session_id, user, channel, &code).await
            }
            _ => recovery::consume(state, user, &code).await,
        };
        match outcome {
            Ok(()) => {
                reset_failures(state, user).await?;
                passed.push(kind);
            }
            Err(error) => {
                // A wrong guess counts towards the lockout; a malformed or replayed code or a missing challenge is
                // no guess.
                if ["GATEHOUSE-TOTP-Invalid", "COMMAND-Code-Invalid", "GATEHOUSE-Recovery-Invalid"]
                    .iter()
                    .any(|id| error.has_id(id))
                {
                    record_failure(state, user).await?;
                }
                return Err(error);
            }
        }
    }
    Ok(passed)
}

/// A second factor is checked only after a first one, so someone who knows nothing but a login name cannot guess
/// codes and lock the account (each wrong code counts towards `maxOtpAttempts`).
pub fn first_factor_missing() -> Error {
    Error::failed_precondition(
        "GATEHOUSE-SecondFactor-FirstFactorMissing",
        "Check the password, a passkey or an external login on this session before a second factor",
    )
}

/// Has the session passed a first factor? Checks earlier in the same request ran first and returned an error had
/// they failed, so a password or webAuthN check present in `checks` has passed; otherwise the stored session
/// must hold a password check, a user-verified WebAuthn check (passkey) or an external login.
async fn first_factor_passed(state: &AppState, session_id: Option<&str>, checks: &Checks) -> Result<bool> {
    if checks.password.is_some() || checks.web_auth_n.is_some() {
        return Ok(true);
    }
    let Some(session_id) = session_id else { return Ok(false) };
    let Some(session) = crate::session::store::find(state, session_id).await? else { return Ok(false) };
    Ok(stored_first_factor(&session))
}

fn stored_first_factor(session: &crate::session::store::SessionRecord) -> bool {
    session.password_checked_at.is_some()
        || session.factors.iter().any(|f| match f.kind {
            FactorKind::WebAuthn => f.user_verified,
            FactorKind::Intent => true,
            _ => false,
        })
}

async fn check_totp(state: &AppState, user: &UserRecord, code: &str) -> Result<()> {
    if code.len() != totp::DIGITS {
        return Err(Error::invalid("SESSION-TOTP-Length", "The code has 6 digits"));
    }
    let stored = totp::load(state, &user.id).await?.filter(|t| t.ready).ok_or_else(totp::not_registered)?;
    match totp::judge(&stored.secret, code, state.now().timestamp(), stored.last_step) {
        totp::Verdict::Valid { step } => {
            let mut tx = state.db.begin().await?;
            let won = totp::accept_step(&mut tx, &user.id, step, None).await?;
            tx.commit().await?;
            if won {
                Ok(())
            } else {
                Err(totp::reused_code())
            }
        }
        totp::Verdict::Reused => Err(totp::reused_code()),
        totp::Verdict::Wrong => Err(totp::invalid_code()),
    }
}

async fn reset_failures(state: &AppState, user: &UserRecord) -> Result<()> {
    sqlx::query("UPDATE user_mfa_state SET failed_otp_attempts = 0 WHERE user_id = $1 AND failed_otp_attempts > 0")
        .bind(&user.id)
        .execute(&state.db.write)
        .await?;
    Ok(())
}

/// Counts a failed second-factor check; reaching the lockout policy's `maxOtpAttempts` locks the user.
async fn record_failure(state: &AppState, user: &UserRecord) -> Result<()> {
    let max = crate::settings::lockout(state, &user.org_id).await?.max_otp_attempts;
    let mut tx = state.db.begin().await?;
    let failures: i64 = sqlx::query_scalar(
        "INSERT INTO user_mfa_state (user_id, failed_otp_attempts) VALUES ($1, 1)
         ON CONFLICT (user_id) DO UPDATE SET failed_otp_attempts = user_mfa_state.failed_otp_attempts + 1
         RETURNING failed_otp_attempts",
    )
    .bind(&user.id)
    .fetch_one(&mut *tx)
    .await?;
    user::commands::touch(
        state,
        &mut tx,
        user,
        "user.human.mfa.check.failed",
        None,
        json!({ "failedAttempts": failures }),
    )
    .await?;
    let locked = crate::session::reaches_lockout(failures, max);
    if locked {
        sqlx::query("UPDATE users SET state = $1 WHERE id = $2")
            .bind(i64::from(UserState::Locked.number()))
            .bind(&user.id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("UPDATE user_mfa_state SET failed_otp_attempts = 0 WHERE user_id = $1")
            .bind(&user.id)
            .execute(&mut *tx)
            .await?;
        user::commands::touch(state, &mut tx, user, "user.locked", None, json!({ "failedOtpAttempts": failures }))
            .await?;
        tracing::warn!(user_id = %user.id, failures, "user locked after failed second-factor checks");
    }
    tx.commit().await?;
    if locked {
        state.pat_cache.invalidate();
    }
    Ok(())
}
