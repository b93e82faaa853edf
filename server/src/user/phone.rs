//! The user's phone number: SetPhone, VerifyPhone, ResendPhoneCode, RemovePhone. A number is unusable (for OTP by
//! SMS) until verified with the code sent to it.
//!
//! Codes by SMS as a second factor go to the number the user verified (security review M4). Removing the number
//! removes that factor, as ZITADEL does (its OTP-SMS write model drops the factor on `phone.removed`); changing it
//! to a number not yet verified removes the factor too (stricter than ZITADEL, which keeps texting the new number):
//! the user sets it up again once the new number is verified. Either way a mail tells the user, and the profile
//! warns before the change.

use axum::Router;
use gatehouse_api::user as api;
use serde_json::json;

use super::access::{require, require_no_pending_password_change, require_recent_auth, Access};
use super::notify::{notify_security_change, Change, Factor};
use super::{codes, commands::touch, details, human, too_many_attempts, Delivery, UserRecord};
use crate::auth::Caller;
use crate::error::{Error, Result};
use crate::rpc::rpc;
use crate::sms;
use crate::AppState;

pub fn routes(r: Router<AppState>) -> Router<AppState> {
    let r = rpc::<api::SetPhone, _, _>(r, set_phone);
    let r = rpc::<api::ResendPhoneCode, _, _>(r, resend_phone_code);
    let r = rpc::<api::VerifyPhone, _, _>(r, verify_phone);
    rpc::<api::RemovePhone, _, _>(r, remove_phone)
}

async fn set_phone(state: AppState, caller: Caller, req: api::SetPhoneRequest) -> Result<api::CodeResponse> {
    let user = human(&state, &req.user_id).await?;
    let level = require(&state, &caller, &user, Access::SelfService).await?;
    require_no_pending_password_change(level, &user)?;
    require_recent_auth(&state, &caller, &user).await?;
    let delivery = Delivery::choose(&req.delivery, level)?;
    let phone = sms::normalize_phone(&req.phone)?;
    if delivery == Delivery::Send && level != Access::Admin {
        codes::throttle_send(&state, &user.id, codes::PHONE).await?;
    }
    let changed = set(&state, &user, &phone, delivery == Delivery::AlreadyVerified, caller.user_id()).await?;
    let (sequence, code) = (changed.sequence, changed.code);
    if changed.otp_sms_removed {
        notify_security_change(&state, &user, Change::MethodRemoved(Factor::OtpSms)).await;
    }
    let verification_code = deliver(&state, &phone, code, delivery).await?;
    Ok(api::CodeResponse { details: details(sequence, state.now(), &user.org_id), verification_code })
}

async fn resend_phone_code(
    state: AppState,
    caller: Caller,
    req: api::ResendPhoneCodeRequest,
) -> Result<api::CodeResponse> {
    let user = human(&state, &req.user_id).await?;
    let level = require(&state, &caller, &user, Access::SelfService).await?;
    let delivery = Delivery::choose(&req.delivery, level)?;
    if delivery == Delivery::AlreadyVerified {
        return Err(Error::invalid("USER-oneof", "isVerified is not allowed here"));
    }
    let phone = unverified_phone(&user)?;
    if level != Access::Admin {
        codes::throttle_send(&state, &user.id, codes::PHONE).await?;
    }
    let (sequence, code) = new_code(&state, &user, caller.user_id()).await?;
    let verification_code = deliver(&state, &phone, Some(code), delivery).await?;
    Ok(api::CodeResponse { details: details(sequence, state.now(), &user.org_id), verification_code })
}

async fn verify_phone(state: AppState, caller: Caller, req: api::VerifyPhoneRequest) -> Result<api::DetailsResponse> {
    let user = human(&state, &req.user_id).await?;
    require(&state, &caller, &user, Access::SelfService).await?;
    if !state.limiter.allow(caller.ip, &user.id) {
        return Err(too_many_attempts());
    }
    let sequence = verify(&state, &user, req.verification_code.trim(), caller.user_id()).await?;
    if let Some(phone) = &user.phone {
        notify_security_change(&state, &user, Change::PhoneChanged { new: phone.clone() }).await;
    }
    Ok(api::DetailsResponse { details: details(sequence, state.now(), &user.org_id) })
}

async fn remove_phone(state: AppState, caller: Caller, req: api::UserIdRequest) -> Result<api::DetailsResponse> {
    let user = human(&state, &req.user_id).await?;
    let level = require(&state, &caller, &user, Access::SelfService).await?;
    require_no_pending_password_change(level, &user)?;
    require_recent_auth(&state, &caller, &user).await?;
    let was_verified = user.phone_verified;
    let (sequence, otp_sms_removed) = remove(&state, &user, caller.user_id()).await?;
    if was_verified {
        notify_security_change(&state, &user, Change::PhoneRemoved).await;
    }
    if otp_sms_removed {
        notify_security_change(&state, &user, Change::MethodRemoved(Factor::OtpSms)).await;
    }
    Ok(api::DetailsResponse { details: details(sequence, state.now(), &user.org_id) })
}

/// Texts the code or hands it back (admins only, checked by [`Delivery::choose`]).
async fn deliver(state: &AppState, phone: &str, code: Option<String>, delivery: Delivery) -> Result<Option<String>> {
    let Some(code) = code else { return Ok(None) };
    if delivery == Delivery::Return {
        return Ok(Some(code));
    }
    state.sms.send(sms::verification_sms(phone, &code)).await?;
    Ok(None)
}

fn no_phone() -> Error {
    Error::failed_precondition("COMMAND-ku6Ah", "User has no phone number")
}

fn unverified_phone(user: &UserRecord) -> Result<String> {
    let phone = user.phone.clone().ok_or_else(no_phone)?;
    if user.phone_verified {
        return Err(Error::failed_precondition("COMMAND-PhoneVerified", "Phone number is already verified"));
    }
    Ok(phone)
}

// ---- domain ---------------------------------------------------------------------------------------------------

/// What [`set`] did.
pub struct PhoneSet {
    pub sequence: u64,
    /// A fresh code when the number needs verifying.
    pub code: Option<String>,
    /// The OTP-SMS second factor was removed: it would have texted a number the user has not verified.
    pub otp_sms_removed: bool,
}

/// Whether a phone change removes the OTP-SMS factor: a different number that nobody verified yet.
pub fn drops_otp_sms(current: Option<&str>, new: &str, verified: bool) -> bool {
    !verified && current != Some(new)
}

/// Stores `phone` (normalised), verified or not, with a fresh code when it needs verifying.
pub async fn set(
    state: &AppState,
    user: &UserRecord,
    phone: &str,
    verified: bool,
    creator: Option<&str>,
) -> Result<PhoneSet> {
    let mut tx = state.db.begin().await?;
    let otp_sms_removed = drops_otp_sms(user.phone.as_deref(), phone, verified)
        && remove_otp_sms(state, &mut tx, user, creator, "phone.changed").await?;
    sqlx::query("UPDATE users SET phone = $1, phone_verified = $2 WHERE id = $3")
        .bind(phone)
        .bind(verified)
        .bind(&user.id)
        .execute(&mut *tx)
        .await?;
    let sequence = touch(state, &mut tx, user, "user.phone.changed", creator, json!({ "phone": phone })).await?;
    let code = if verified {
        sqlx::query("DELETE FROM verification_codes WHERE user_id = $1 AND purpose = $2")
            .bind(&user.id)
            .bind(codes::PHONE)
            .execute(&mut *tx)
            .await?;
        None
    } else {
        Some(codes::issue(state, &mut tx, &user.id, codes::PHONE).await?)
    };
    tx.commit().await?;
    Ok(PhoneSet { sequence, code, otp_sms_removed })
}

/// Drops the OTP-SMS factor inside `tx`; whether there was one.
async fn remove_otp_sms(
    state: &AppState,
    tx: &mut crate::db::Tx,
    user: &UserRecord,
    creator: Option<&str>,
    reason: &str,
) -> Result<bool> {
    let kind = crate::mfa::otp::Channel::Sms.kind();
    let removed = sqlx::query("DELETE FROM user_otp WHERE user_id = $1 AND kind = $2")
        .bind(&user.id)
        .bind(kind)
        .execute(&mut **tx)
        .await?
        .rows_affected();
    if removed > 0 {
        let event = format!("user.human.{kind}.removed");
        touch(state, tx, user, &event, creator, json!({ "reason": reason })).await?;
    }
    Ok(removed > 0)
}

pub async fn new_code(state: &AppState, user: &UserRecord, creator: Option<&str>) -> Result<(u64, String)> {
    unverified_phone(user)?;
    let mut tx = state.db.begin().await?;
    let code = codes::issue(state, &mut tx, &user.id, codes::PHONE).await?;
    let sequence = touch(state, &mut tx, user, "user.phone.code.added", creator, json!({})).await?;
    tx.commit().await?;
    Ok((sequence, code))
}

pub async fn verify(state: &AppState, user: &UserRecord, code: &str, creator: Option<&str>) -> Result<u64> {
    let phone = unverified_phone(user)?;
    codes::consume(state, &user.id, codes::PHONE, code).await?;
    let mut tx = state.db.begin().await?;
    // Only the number the code was sent to: a change in between issued a new code anyway.
    sqlx::query("UPDATE users SET phone_verified = 1 WHERE id = $1 AND phone = $2")
        .bind(&user.id)
        .bind(&phone)
        .execute(&mut *tx)
        .await?;
    let sequence = touch(state, &mut tx, user, "user.phone.verified", creator, json!({ "phone": phone })).await?;
    tx.commit().await?;
    Ok(sequence)
}

/// Removes the number, and with it the OTP-SMS factor; returns (sequence, whether that factor was removed).
pub async fn remove(state: &AppState, user: &UserRecord, creator: Option<&str>) -> Result<(u64, bool)> {
    if user.phone.is_none() {
        return Err(no_phone());
    }
    let mut tx = state.db.begin().await?;
    let otp_sms_removed = remove_otp_sms(state, &mut tx, user, creator, "phone.removed").await?;
    sqlx::query("UPDATE users SET phone = NULL, phone_verified = 0 WHERE id = $1")
        .bind(&user.id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM verification_codes WHERE user_id = $1 AND purpose = $2")
        .bind(&user.id)
        .bind(codes::PHONE)
        .execute(&mut *tx)
        .await?;
    let sequence = touch(state, &mut tx, user, "user.phone.removed", creator, json!({})).await?;
    tx.commit().await?;
    Ok((sequence, otp_sms_removed))
}

#[cfg(test)]
mod tests {
    use super::drops_otp_sms;

    #[test]
    fn only_a_new_unverified_number_drops_codes_by_sms() {
        assert!(drops_otp_sms(Some("+41790000000"), "+41791111111", false));
        assert!(drops_otp_sms(None, "+41791111111", false));
        assert!(!drops_otp_sms(Some("+41790000000"), "+41790000000", false), "the same number");
        assert!(!drops_otp_sms(Some("+41790000000"), "+41791111111", true), "an admin vouches for the number");
    }
}
