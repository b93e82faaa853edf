//! Second factors: the authenticator app (TOTP), one-time codes by email and SMS, recovery codes. Enrolment and
//! removal (UserService), the session checks (see [`check`]), and what a user has enrolled (see [`enrolled`]).

pub mod check;
pub mod enrolled;
pub mod otp;
pub mod recovery;
pub mod totp;

use axum::Router;
use gatehouse_api::mfa as api;
use gatehouse_api::object::ListDetails;
use gatehouse_api::user::DetailsResponse;
use serde_json::json;

use crate::auth::{Caller, Principal};
use crate::error::{Error, Result};
use crate::rpc::rpc;
use crate::session::factors::FactorKind;
use crate::user::access::{require, Access};
use crate::user::{self, UserRecord};
use crate::AppState;
pub use enrolled::Enrolled;

pub fn routes() -> Router<AppState> {
    let r = Router::new();
    let r = rpc::<api::RegisterTOTP, _, _>(r, register_totp);
    let r = rpc::<api::VerifyTOTPRegistration, _, _>(r, verify_totp_registration);
    let r = rpc::<api::RemoveTOTP, _, _>(r, |state, caller, req| async move {
        let (user, level) = self_service(&state, &caller, &req.user_id).await?;
        let Some(stored) = totp::load(&state, &user.id).await? else {
            return Err(Error::not_found("COMMAND-Hkq2s", "No authenticator app is set up for this user"));
        };
        if stored.ready {
            refuse_removing_last(&state, &user, level, Factor::Totp).await?;
        }
        // After the policy refusals: no re-authentication only to be refused.
        crate::user::access::require_recent_auth(&state, &caller, &user).await?;
        let done = remove(&state, &caller, &user, "DELETE FROM user_totp WHERE user_id = $1", "user.human.otp.removed")
            .await?;
        if stored.ready {
            notify(&state, &user, Factor::Totp, false).await;
        }
        Ok(done)
    });
    let r = rpc::<api::AddOTPEmail, _, _>(r, |state, caller, req| async move {
        let (user, _) = sensitive(&state, &caller, &req.user_id).await?;
        if !user.email_verified {
            return Err(Error::failed_precondition("COMMAND-Sg1hz", "The email address must be verified first"));
        }
        let done = otp::enable(&state, &caller, &user, otp::Channel::Email).await?;
        notify(&state, &user, Factor::OtpEmail, true).await;
        Ok(done)
    });
    let r = rpc::<api::RemoveOTPEmail, _, _>(r, |state, caller, req| async move {
        let (user, level) = self_service(&state, &caller, &req.user_id).await?;
        refuse_removing_last(&state, &user, level, Factor::OtpEmail).await?;
        // After the policy refusals: no re-authentication only to be refused.
        crate::user::access::require_recent_auth(&state, &caller, &user).await?;
        let done = otp::disable(&state, &caller, &user, otp::Channel::Email).await?;
        notify(&state, &user, Factor::OtpEmail, false).await;
        Ok(done)
    });
    let r = rpc::<api::AddOTPSMS, _, _>(r, |state, caller, req| async move {
        let (user, _) = sensitive(&state, &caller, &req.user_id).await?;
        let phone_verified = user.to_api()?.human.is_some_and(|h| !h.phone.phone.is_empty() && h.phone.is_verified);
        if !phone_verified {
            return Err(Error::failed_precondition("COMMAND-Sg1hy", "The phone number must be verified first"));
        }
        let done = otp::enable(&state, &caller, &user, otp::Channel::Sms).await?;
        notify(&state, &user, Factor::OtpSms, true).await;
        Ok(done)
    });
    let r = rpc::<api::RemoveOTPSMS, _, _>(r, |state, caller, req| async move {
        let (user, level) = self_service(&state, &caller, &req.user_id).await?;
        refuse_removing_last(&state, &user, level, Factor::OtpSms).await?;
        // After the policy refusals: no re-authentication only to be refused.
        crate::user::access::require_recent_auth(&state, &caller, &user).await?;
        let done = otp::disable(&state, &caller, &user, otp::Channel::Sms).await?;
        notify(&state, &user, Factor::OtpSms, false).await;
        Ok(done)
    });
    let r = rpc::<api::ListAuthenticationMethodTypes, _, _>(r, |state, caller, req| async move {
        let user = user::store::get(&state, &req.user_id).await?;
        // The login asks right after the login name which steps this user has; a browser with any session of
        // the user may know that much (as ZITADEL's login does through its service user).
        require(&state, &caller, &user, Access::BrowserSession).await?;
        let types = enrolled::load(&state, &user).await?.method_types();
        Ok(api::ListAuthenticationMethodTypesResponse {
            details: ListDetails {
                total_result: types.len() as u64,
                processed_sequence: 0,
                timestamp: Some(state.now()),
            },
            auth_method_types: types,
        })
    });
    let r = rpc::<api::GenerateRecoveryCodes, _, _>(r, |state, caller, req| async move {
        let (user, _) = sensitive(&state, &caller, &req.user_id).await?;
        let done = recovery::generate(&state, &caller, &user, req.count).await?;
        notify(&state, &user, Factor::RecoveryCodes, true).await;
        Ok(done)
    });
    let r = rpc::<api::RemoveRecoveryCodes, _, _>(r, |state, caller, req| async move {
        let (user, level) = self_service(&state, &caller, &req.user_id).await?;
        if !enrolled::load(&state, &user).await?.recovery_codes {
            return Err(Error::not_found("COMMAND-Recovery-None", "The user has no recovery codes"));
        }
        refuse_removing_last(&state, &user, level, Factor::RecoveryCodes).await?;
        // After the policy refusals: no re-authentication only to be refused.
        crate::user::access::require_recent_auth(&state, &caller, &user).await?;
        let done = remove(
            &state,
            &caller,
            &user,
            "DELETE FROM recovery_codes WHERE user_id = $1",
            "user.human.recovery_codes.removed",
        )
        .await?;
        notify(&state, &user, Factor::RecoveryCodes, false).await;
        Ok(done)
    });
    rpc::<api::HumanMFAInitSkipped, _, _>(r, |state, caller, req| async move {
        let (user, _) = self_service(&state, &caller, &req.user_id).await?;
        let policy = crate::settings::login_policy(&state, &user.org_id).await?;
        if policy.force_mfa || policy.force_mfa_local_only {
            return Err(Error::failed_precondition(
                "GATEHOUSE-MFA-Forced",
                "The login policy requires a second factor; setting one up cannot be skipped",
            ));
        }
        let now = state.now();
        let mut tx = state.db.begin().await?;
        sqlx::query(
            "INSERT INTO user_mfa_state (user_id, mfa_init_skipped_at) VALUES ($1, $2)
             ON CONFLICT (user_id) DO UPDATE SET mfa_init_skipped_at = excluded.mfa_init_skipped_at",
        )
        .bind(&user.id)
        .bind(crate::clock::to_db(now))
        .execute(&mut *tx)
        .await?;
        let sequence =
            user::commands::touch(&state, &mut tx, &user, "user.human.mfa.init.skipped", caller.user_id(), json!({}))
                .await?;
        tx.commit().await?;
        Ok(DetailsResponse { details: user::details(sequence, now, &user.org_id) })
    })
}

/// A human user the caller may manage second factors of: themselves (also while a forced MFA waits for their
/// first factor), or as an admin. A pending password change comes first.
async fn self_service(state: &AppState, caller: &Caller, user_id: &str) -> Result<(UserRecord, Access)> {
    let user = user::store::get(state, user_id).await?;
    let level = require(state, caller, &user, Access::Enrol).await?;
    if !user.is_human() {
        return Err(Error::failed_precondition("USER-Human", "User is not a human user"));
    }
    if level != Access::Admin && user.password_change_required {
        return Err(Error::failed_precondition("COMMAND-PwChange", "Password change required"));
    }
    Ok((user, level))
}

/// [`self_service`] for adding or removing a factor: also a recent first-factor check
/// (`user::access::require_recent_auth`).
async fn sensitive(state: &AppState, caller: &Caller, user_id: &str) -> Result<(UserRecord, Access)> {
    let (user, level) = self_service(state, caller, user_id).await?;
    crate::user::access::require_recent_auth(state, caller, &user).await?;
    Ok((user, level))
}

/// The security notice for a second factor set up (`added`) or removed, as passkeys and phone changes send theirs.
async fn notify(state: &AppState, user: &UserRecord, factor: Factor, added: bool) {
    use crate::user::notify::{notify_security_change, Change, Factor as Named};
    let named = match factor {
        Factor::Totp => Named::Totp,
        Factor::OtpEmail => Named::OtpEmail,
        Factor::OtpSms => Named::OtpSms,
        Factor::RecoveryCodes => Named::RecoveryCodes,
    };
    let change = if added { Change::MethodAdded(named) } else { Change::MethodRemoved(named) };
    notify_security_change(state, user, change).await;
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Factor {
    Totp,
    OtpEmail,
    OtpSms,
    RecoveryCodes,
}

/// When the login policy forces MFA, users may not remove their last second factor themselves (they could not log
/// in any more without setting up another one first). Admins may: that is how a lost device is reset.
async fn refuse_removing_last(state: &AppState, user: &UserRecord, level: Access, factor: Factor) -> Result<()> {
    if level == Access::Admin {
        return Ok(());
    }
    let policy = crate::settings::login_policy(state, &user.org_id).await?;
    if !(policy.force_mfa || policy.force_mfa_local_only) {
        return Ok(());
    }
    let enrolled = enrolled::load(state, user).await?;
    if enrolled.second_factor_count_without(factor) == 0 {
        return Err(Error::failed_precondition(
            "GATEHOUSE-MFA-LastFactor",
            "The login policy requires a second factor: set up another one before removing this one",
        ));
    }
    Ok(())
}

/// The caller's own session of `user` (a browser's or a session token's) and whether it is a finished login.
async fn caller_session(state: &AppState, caller: &Caller, user: &UserRecord) -> Result<Option<(String, bool)>> {
    match &caller.principal {
        Principal::SessionUser { session_id, user_id, .. } if *user_id == user.id => {
            let Some(session) = crate::session::store::find(state, session_id).await? else { return Ok(None) };
            let complete = crate::session::login_policy::outcome(state, &session).await?.is_ok();
            Ok(Some((session_id.clone(), complete)))
        }
        Principal::Browser => match caller.browser() {
            Some(browser) => Ok(browser.user(state, &user.id).await?.map(|u| (u.session_id, u.signed_in))),
            None => Ok(None),
        },
        _ => Ok(None),
    }
}

/// Records `kind` as passed on `session_id`: the enrolment just proved the factor (TOTP verification). (A factor
/// added by a finished login does not sign it out anyway: see `login_policy::UserFacts::enrolled_at`.)
async fn credit(state: &AppState, session_id: &str, user: &UserRecord, kind: FactorKind) -> Result<()> {
    let mut tx = state.db.begin().await?;
    crate::session::factors::record(&mut tx, session_id, &user.id, kind, false, state.now()).await?;
    tx.commit().await?;
    Ok(())
}

async fn remove(
    state: &AppState,
    caller: &Caller,
    user: &UserRecord,
    delete_sql: &str,
    event: &str,
) -> Result<DetailsResponse> {
    let now = state.now();
    let mut tx = state.db.begin().await?;
    sqlx::query(delete_sql).bind(&user.id).execute(&mut *tx).await?;
    let sequence = user::commands::touch(state, &mut tx, user, event, caller.user_id(), json!({})).await?;
    tx.commit().await?;
    Ok(DetailsResponse { details: user::details(sequence, now, &user.org_id) })
}

async fn register_totp(
    state: AppState,
    caller: Caller,
    req: gatehouse_api::user::UserIdRequest,
) -> Result<api::RegisterTotpResponse> {
    let (user, _) = sensitive(&state, &caller, &req.user_id).await?;
    if totp::load(&state, &user.id).await?.is_some_and(|t| t.ready) {
        return Err(Error::already_exists("COMMAND-5ckh8", "An authenticator app is already set up"));
    }
    let secret = totp::new_secret();
    let now = state.now();
    let mut tx = state.db.begin().await?;
    totp::store_pending(&state, &mut tx, &user.id, &secret, now).await?;
    let sequence =
        user::commands::touch(&state, &mut tx, &user, "user.human.otp.added", caller.user_id(), json!({})).await?;
    tx.commit().await?;
    let issuer = state.public_url.host_str().unwrap_or("gatehouse").to_owned();
    Ok(api::RegisterTotpResponse {
        details: user::details(sequence, now, &user.org_id),
        uri: totp::uri(&issuer, &user.username, &secret),
        secret: totp::base32(&secret),
    })
}

async fn verify_totp_registration(
    state: AppState,
    caller: Caller,
    req: api::VerifyTotpRegistrationRequest,
) -> Result<DetailsResponse> {
    let (user, _) = self_service(&state, &caller, &req.user_id).await?;
    if !state.limiter.allow(caller.ip, &user.id) {
        return Err(user::too_many_attempts());
    }
    let stored = totp::load(&state, &user.id).await?.ok_or_else(totp::not_registered)?;
    if stored.ready {
        return Err(Error::already_exists("COMMAND-qx4ls", "The authenticator app is already verified"));
    }
    let now = state.now();
    match totp::judge(&stored.secret, &req.code, now.timestamp(), stored.last_step) {
        totp::Verdict::Valid { step } => {
            let mut tx = state.db.begin().await?;
            if !totp::accept_step(&mut tx, &user.id, step, Some(now)).await? {
                return Err(totp::reused_code());
            }
            let sequence =
                user::commands::touch(&state, &mut tx, &user, "user.human.otp.verified", caller.user_id(), json!({}))
                    .await?;
            tx.commit().await?;
            // The code just proved the app on the caller's own session: it counts as that session's TOTP check.
            if let Some((session_id, _)) = caller_session(&state, &caller, &user).await? {
                credit(&state, &session_id, &user, FactorKind::Totp).await?;
            }
            notify(&state, &user, Factor::Totp, true).await;
            Ok(DetailsResponse { details: user::details(sequence, now, &user.org_id) })
        }
        totp::Verdict::Reused => Err(totp::reused_code()),
        totp::Verdict::Wrong => Err(totp::invalid_code()),
    }
}
