//! Self-service email change: the new address waits in `pending_email` with a code mailed to it, and the old,
//! verified address stays the login email until that code is entered. (An admin's SetEmail replaces the address
//! at once, as ZITADEL does.)

use serde_json::json;

use super::codes;
use super::commands::{touch, user_exists, validate_email};
use super::store::UserRecord;
use crate::error::{Error, Result};
use crate::AppState;

/// Whether a SetEmail by this caller keeps the old address until the new one is verified.
pub fn keeps_old_address(by_admin: bool, user: &UserRecord) -> bool {
    !by_admin && user.email_verified && user.email.is_some()
}

/// Stores `email` as pending and returns the code to mail to it.
pub async fn request_email_change(
    state: &AppState,
    user: &UserRecord,
    email: &str,
    creator: Option<&str>,
) -> Result<(u64, String)> {
    let email = validate_email(email)?;
    if user.email.as_deref().is_some_and(|current| current.eq_ignore_ascii_case(&email)) {
        return Err(Error::invalid("EMAIL-Same", "This is already your email address"));
    }
    if crate::session::login_name::taken(state, &email, Some(&user.id), &user.org_id).await? {
        return Err(user_exists());
    }
    let mut tx = state.db.begin().await?;
    sqlx::query("UPDATE users SET pending_email = $1 WHERE id = $2")
        .bind(&email)
        .bind(&user.id)
        .execute(&mut *tx)
        .await?;
    let sequence =
        touch(state, &mut tx, user, "user.email.change.requested", creator, json!({ "email": email })).await?;
    let code = codes::issue(state, &mut tx, &user.id, codes::EMAIL).await?;
    tx.commit().await?;
    Ok((sequence, code))
}

/// A fresh code for the pending address.
pub async fn new_pending_code(state: &AppState, user: &UserRecord, creator: Option<&str>) -> Result<(u64, String)> {
    let mut tx = state.db.begin().await?;
    let code = codes::issue(state, &mut tx, &user.id, codes::EMAIL).await?;
    let sequence = touch(state, &mut tx, user, "user.email.code.added", creator, json!({})).await?;
    tx.commit().await?;
    Ok((sequence, code))
}

/// Consumes the code and makes the pending address the (verified) login email.
pub async fn confirm_email_change(
    state: &AppState,
    user: &UserRecord,
    pending: &str,
    code: &str,
    creator: Option<&str>,
) -> Result<u64> {
    codes::consume(state, &user.id, codes::EMAIL, code).await?;
    // Someone may have taken the address while the code was on its way.
    if crate::session::login_name::taken(state, pending, Some(&user.id), &user.org_id).await? {
        return Err(user_exists());
    }
    let mut tx = state.db.begin().await?;
    sqlx::query(
        "UPDATE users SET email = $1, email_lower = $2, email_verified = 1, pending_email = NULL WHERE id = $3",
    )
    .bind(pending)
    .bind(pending.to_lowercase())
    .bind(&user.id)
    .execute(&mut *tx)
    .await?;
    touch(state, &mut tx, user, "user.email.changed", creator, json!({ "email": pending })).await?;
    let sequence = touch(state, &mut tx, user, "email.verified", creator, json!({})).await?;
    tx.commit().await?;
    Ok(sequence)
}

/// Forgets a pending change (the code dies with it).
pub async fn cancel_email_change(state: &AppState, user: &UserRecord, creator: Option<&str>) -> Result<u64> {
    let mut tx = state.db.begin().await?;
    sqlx::query("UPDATE users SET pending_email = NULL WHERE id = $1").bind(&user.id).execute(&mut *tx).await?;
    sqlx::query("DELETE FROM verification_codes WHERE user_id = $1 AND purpose = $2")
        .bind(&user.id)
        .bind(codes::EMAIL)
        .execute(&mut *tx)
        .await?;
    let sequence = touch(state, &mut tx, user, "user.email.change.cancelled", creator, json!({})).await?;
    tx.commit().await?;
    Ok(sequence)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::user::store::sample;

    #[test]
    fn only_a_users_own_change_of_a_verified_address_waits() {
        let mut user = sample("ada", "ada@example.com");
        assert!(!keeps_old_address(false, &user), "unverified: replaced at once");
        user.email_verified = true;
        assert!(keeps_old_address(false, &user));
        assert!(!keeps_old_address(true, &user), "admins replace at once, as in ZITADEL");
    }
}
