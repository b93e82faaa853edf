//! User mutations as plain domain functions: each validates, writes in one transaction with its event, and
//! returns what the API reports. Mail is sent by the caller after commit.

use gatehouse_api::user::{AddHumanUserRequest, SetHumanProfile, UserState};
use serde_json::json;

use super::codes;
use super::store::{self, UserRecord};
use crate::clock::to_db;
use crate::crypto;
use crate::error::{Error, Result};
use crate::events::{append, Event};
use crate::settings;
use crate::AppState;

pub fn user_exists() -> Error {
    Error::already_exists("COMMAND-User-Exists", "A user with this email or username already exists")
}

pub fn validate_email(email: &str) -> Result<String> {
    let email = email.trim();
    let valid = email.len() <= 200
        && !email.chars().any(char::is_whitespace)
        && email
            .split_once('@')
            .is_some_and(|(local, domain)| !local.is_empty() && !domain.is_empty() && !domain.contains('@'));
    if valid {
        Ok(email.to_owned())
    } else {
        Err(Error::invalid("EMAIL-599BI", "Email is invalid"))
    }
}

fn validate_profile(profile: &SetHumanProfile) -> Result<()> {
    if profile.given_name.trim().is_empty() || profile.family_name.trim().is_empty() {
        return Err(Error::invalid("USER-UCej2", "Given name and family name are required"));
    }
    if profile.given_name.len() > 200 || profile.family_name.len() > 200 {
        return Err(Error::invalid("USER-UCej3", "Names must be at most 200 characters"));
    }
    Ok(())
}

pub struct Added {
    pub user: UserRecord,
    /// The email verification code, when the address still needs verifying.
    pub email_code: Option<String>,
}

pub async fn add_human(
    state: &AppState,
    org_id: &str,
    req: &AddHumanUserRequest,
    creator: Option<&str>,
) -> Result<Added> {
    let profile = req.profile.as_ref().ok_or_else(|| Error::invalid("USER-4hP2k", "profile is required"))?;
    validate_profile(profile)?;
    let email_req = req.email.as_ref().ok_or_else(|| Error::invalid("USER-4hP2l", "email is required"))?;
    let email = validate_email(&email_req.email)?;
    let username = req.username.clone().filter(|u| !u.trim().is_empty()).unwrap_or_else(|| email.clone());
    let username = username.trim().to_owned();
    if username.len() > 200 {
        return Err(Error::invalid("USER-UName", "Username must be at most 200 characters"));
    }
    let (password_hash, change_required) = match (&req.password, &req.hashed_password) {
        (Some(_), Some(_)) => return Err(Error::invalid("USER-oneof", "Set either password or hashedPassword")),
        (Some(p), None) => {
            settings::check_complexity(&settings::password_complexity(state, org_id).await?, &p.password)?;
            (Some(crypto::hash_password(p.password.clone()).await?), p.change_required)
        }
        (None, Some(h)) => {
            if !crypto::is_supported_hash(&h.hash) {
                return Err(Error::invalid("USER-Hash", "hashedPassword must be an argon2 PHC string"));
            }
            (Some(h.hash.clone()), h.change_required)
        }
        (None, None) => (None, false),
    };
    let taken = |value| crate::session::login_name::taken(state, value, None, org_id);
    if taken(&username).await? || taken(&email).await? {
        return Err(user_exists());
    }
    let id = match req.user_id.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        Some(custom) => {
            if store::find(state, custom).await?.is_some() {
                return Err(user_exists());
            }
            custom.to_owned()
        }
        None => state.new_id(),
    };
    let verified = email_req.delivery.is_verified == Some(true);
    // A phone given at creation is stored in E.164; only `isVerified` (admins, checked by the handler) makes it
    // verified, otherwise the user verifies it later with ResendPhoneCode/VerifyPhone.
    let phone = match req.phone.as_ref().map(|p| p.phone.trim()).filter(|p| !p.is_empty()) {
        Some(number) => Some(crate::sms::normalize_phone(number)?),
        None => None,
    };
    let phone_verified = phone.is_some() && req.phone.as_ref().is_some_and(|p| p.delivery.is_verified == Some(true));
    let metadata: serde_json::Map<String, serde_json::Value> =
        req.metadata.iter().map(|m| (m.key.clone(), serde_json::to_value(&m.value).unwrap_or_default())).collect();
    let now = state.now();
    let mut tx = state.db.begin().await?;
    let sequence = append(
        &mut tx,
        Event {
            aggregate_type: "user",
            aggregate_id: &id,
            event_type: "user.added",
            resource_owner: org_id,
            creator,
            payload: json!({ "username": username, "email": email }),
        },
        now,
    )
    .await?;
    let inserted = sqlx::query(
        "INSERT INTO users (id, org_id, kind, username, username_lower, state, given_name, family_name, nick_name,
           display_name, preferred_language, gender, email, email_lower, email_verified, phone, password_hash,
           password_change_required, password_changed_at, metadata, created_at, changed_at, sequence, phone_verified)
         VALUES ($1, $2, 'human', $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $20, $21, $22)",
    )
    .bind(&id)
    .bind(org_id)
    .bind(&username)
    .bind(username.to_lowercase())
    .bind(i64::from(UserState::Active.number()))
    .bind(profile.given_name.trim())
    .bind(profile.family_name.trim())
    .bind(&profile.nick_name)
    .bind(&profile.display_name)
    .bind(&profile.preferred_language)
    .bind(profile.gender.map(|g| i64::from(g.number())))
    .bind(&email)
    .bind(email.to_lowercase())
    .bind(verified)
    .bind(&phone)
    .bind(&password_hash)
    .bind(change_required)
    .bind(password_hash.as_ref().map(|_| to_db(now)))
    .bind(serde_json::Value::Object(metadata).to_string())
    .bind(to_db(now))
    .bind(sequence as i64)
    .bind(phone_verified)
    .execute(&mut *tx)
    .await;
    if let Err(sqlx::Error::Database(db)) = &inserted {
        if db.is_unique_violation() {
            return Err(user_exists());
        }
    }
    inserted?;
    let email_code = if verified { None } else { Some(codes::issue(state, &mut tx, &id, codes::EMAIL).await?) };
    tx.commit().await?;
    Ok(Added { user: store::get(state, &id).await?, email_code })
}

/// Bumps the user's sequence/changeDate and appends the event, inside `tx`.
pub async fn touch(
    state: &AppState,
    tx: &mut crate::db::Tx,
    user: &UserRecord,
    event_type: &str,
    creator: Option<&str>,
    payload: serde_json::Value,
) -> Result<u64> {
    let now = state.now();
    let sequence = append(
        tx,
        Event {
            aggregate_type: "user",
            aggregate_id: &user.id,
            event_type,
            resource_owner: &user.org_id,
            creator,
            payload,
        },
        now,
    )
    .await?;
    sqlx::query("UPDATE users SET changed_at = $1, sequence = $2 WHERE id = $3")
        .bind(to_db(now))
        .bind(sequence as i64)
        .bind(&user.id)
        .execute(&mut **tx)
        .await?;
    Ok(sequence)
}

pub async fn update_profile(
    state: &AppState,
    user: &UserRecord,
    profile: &SetHumanProfile,
    creator: Option<&str>,
) -> Result<()> {
    validate_profile(profile)?;
    let mut tx = state.db.begin().await?;
    sqlx::query(
        "UPDATE users SET given_name = $1, family_name = $2, nick_name = $3, display_name = $4, preferred_language = $5,
         gender = $6 WHERE id = $7",
    )
    .bind(profile.given_name.trim())
    .bind(profile.family_name.trim())
    .bind(&profile.nick_name)
    .bind(&profile.display_name)
    .bind(&profile.preferred_language)
    .bind(profile.gender.map(|g| i64::from(g.number())))
    .bind(&user.id)
    .execute(&mut *tx)
    .await?;
    touch(state, &mut tx, user, "user.profile.changed", creator, json!({})).await?;
    tx.commit().await?;
    Ok(())
}

pub async fn change_username(state: &AppState, user: &UserRecord, username: &str, creator: Option<&str>) -> Result<()> {
    let username = username.trim();
    if username.is_empty() || username.len() > 200 {
        return Err(Error::invalid("USER-UName", "Username must be 1 to 200 characters"));
    }
    if crate::session::login_name::taken(state, username, Some(&user.id), &user.org_id).await? {
        return Err(user_exists());
    }
    let mut tx = state.db.begin().await?;
    sqlx::query("UPDATE users SET username = $1, username_lower = $2 WHERE id = $3")
        .bind(username)
        .bind(username.to_lowercase())
        .bind(&user.id)
        .execute(&mut *tx)
        .await?;
    touch(state, &mut tx, user, "user.username.changed", creator, json!({ "username": username })).await?;
    tx.commit().await?;
    Ok(())
}

/// Sets a new address (unverified unless `verified`) and returns a fresh code when it needs verifying.
pub async fn set_email(
    state: &AppState,
    user: &UserRecord,
    email: &str,
    verified: bool,
    creator: Option<&str>,
) -> Result<(u64, Option<String>)> {
    let email = validate_email(email)?;
    if crate::session::login_name::taken(state, &email, Some(&user.id), &user.org_id).await? {
        return Err(user_exists());
    }
    let mut tx = state.db.begin().await?;
    sqlx::query("UPDATE users SET email = $1, email_lower = $2, email_verified = $3 WHERE id = $4")
        .bind(&email)
        .bind(email.to_lowercase())
        .bind(verified)
        .bind(&user.id)
        .execute(&mut *tx)
        .await?;
    let sequence = touch(state, &mut tx, user, "user.email.changed", creator, json!({ "email": email })).await?;
    let code = if verified { None } else { Some(codes::issue(state, &mut tx, &user.id, codes::EMAIL).await?) };
    tx.commit().await?;
    Ok((sequence, code))
}

/// A new code for the current, still unverified address.
pub async fn new_email_code(state: &AppState, user: &UserRecord, creator: Option<&str>) -> Result<(u64, String)> {
    if user.email.is_none() {
        return Err(Error::failed_precondition("EMAIL-5w5ilin", "User has no email address"));
    }
    if user.email_verified {
        return Err(Error::failed_precondition("EMAIL-Verified", "Email is already verified"));
    }
    let mut tx = state.db.begin().await?;
    let code = codes::issue(state, &mut tx, &user.id, codes::EMAIL).await?;
    let sequence = touch(state, &mut tx, user, "user.email.code.added", creator, json!({})).await?;
    tx.commit().await?;
    Ok((sequence, code))
}

pub async fn verify_email(state: &AppState, user: &UserRecord, code: &str, creator: Option<&str>) -> Result<u64> {
    codes::consume(state, &user.id, codes::EMAIL, code).await?;
    let mut tx = state.db.begin().await?;
    sqlx::query("UPDATE users SET email_verified = 1 WHERE id = $1").bind(&user.id).execute(&mut *tx).await?;
    let sequence = touch(state, &mut tx, user, "email.verified", creator, json!({})).await?;
    tx.commit().await?;
    Ok(sequence)
}

/// Stores a new password (complexity-checked), clears any lockout.
pub async fn set_password(
    state: &AppState,
    user: &UserRecord,
    password: &str,
    change_required: bool,
    creator: Option<&str>,
) -> Result<u64> {
    settings::check_complexity(&settings::password_complexity(state, &user.org_id).await?, password)?;
    let hash = crypto::hash_password(password.to_owned()).await?;
    let now = state.now();
    let mut tx = state.db.begin().await?;
    // A new password ends a lockout: the lock protected the old secret.
    sqlx::query(
        "UPDATE users SET password_hash = $1, password_change_required = $2, password_changed_at = $3,
         failed_password_attempts = 0, state = CASE WHEN state = $4 THEN $5 ELSE state END WHERE id = $6",
    )
    .bind(&hash)
    .bind(change_required)
    .bind(to_db(now))
    .bind(i64::from(UserState::Locked.number()))
    .bind(i64::from(UserState::Active.number()))
    .bind(&user.id)
    .execute(&mut *tx)
    .await?;
    let sequence =
        touch(state, &mut tx, user, "password.changed", creator, json!({ "changeRequired": change_required })).await?;
    tx.commit().await?;
    Ok(sequence)
}

pub async fn new_password_code(state: &AppState, user: &UserRecord, creator: Option<&str>) -> Result<(u64, String)> {
    let mut tx = state.db.begin().await?;
    let code = codes::issue(state, &mut tx, &user.id, codes::PASSWORD).await?;
    let sequence = touch(state, &mut tx, user, "password.code.added", creator, json!({})).await?;
    tx.commit().await?;
    Ok((sequence, code))
}
