//! The user's phone number: SetPhone, VerifyPhone, ResendPhoneCode, RemovePhone. A number is unusable (for OTP by
//! SMS) until verified with the code sent to it.

use axum::Router;
use gatehouse_api::user as api;
use serde_json::json;

use super::access::{require, require_no_pending_password_change, require_recent_auth, Access};
use super::notify::{notify_security_change, Change};
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
    let (sequence, code) = set(&state, &user, &phone, delivery == Delivery::AlreadyVerified, caller.user_id()).await?;
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
    let sequence = remove(&state, &user, caller.user_id()).await?;
    if was_verified {
        notify_security_change(&state, &user, Change::PhoneRemoved).await;
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

/// Stores `phone` (normalised), verified or not; returns a fresh code when it needs verifying.
pub async fn set(
    state: &AppState,
    user: &UserRecord,
    phone: &str,
    verified: bool,
    creator: Option<&str>,
) -> Result<(u64, Option<String>)> {
    let mut tx = state.db.begin().await?;
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
    Ok((sequence, code))
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

pub async fn remove(state: &AppState, user: &UserRecord, creator: Option<&str>) -> Result<u64> {
    if user.phone.is_none() {
        return Err(no_phone());
    }
    let mut tx = state.db.begin().await?;
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
    Ok(sequence)
}
