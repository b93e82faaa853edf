//! Recovery codes: a set of single-use codes that stand in for a lost second factor. Shown once when generated,
//! stored only as keyed hashes; generating again replaces the whole set.

use rand::rngs::OsRng;
use rand::Rng;
use serde_json::json;
use sqlx::Row;

use crate::auth::Caller;
use crate::clock::to_db;
use crate::crypto::{code_hash, constant_time_eq};
use crate::error::{Error, Result};
use crate::user::{self, UserRecord};
use crate::AppState;
use gatehouse_api::mfa::GenerateRecoveryCodesResponse;

const PURPOSE: &str = "recovery_code";
/// Same alphabet as other codes (no 0/O, 1/I/L): codes are typed from paper.
const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
pub const MAX_COUNT: i32 = 50;

pub fn invalid_code() -> Error {
    Error::invalid("GATEHOUSE-Recovery-Invalid", "This recovery code is not valid")
}

pub fn used_code() -> Error {
    Error::invalid("GATEHOUSE-Recovery-Used", "This recovery code was already used")
}

/// `XXXXX-XXXXX`: 10 characters of a 31-letter alphabet, about 49 bits.
fn random_code() -> String {
    let mut rng = OsRng;
    let mut half = || (0..5).map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char).collect::<String>();
    format!("{}-{}", half(), half())
}

fn hash(state: &AppState, user_id: &str, code: &str) -> String {
    code_hash(&state.instance.code_key, user_id, PURPOSE, code.trim())
}

pub async fn generate(
    state: &AppState,
    caller: &Caller,
    user: &UserRecord,
    count: i32,
) -> Result<GenerateRecoveryCodesResponse> {
    if !(1..=MAX_COUNT).contains(&count) {
        return Err(Error::invalid("USER-Recovery-Count", format!("count must be between 1 and {MAX_COUNT}")));
    }
    let enrolled = super::enrolled::load(state, user).await?;
    if enrolled.second_factor_count_without(super::Factor::RecoveryCodes) == 0 {
        return Err(Error::failed_precondition(
            "GATEHOUSE-Recovery-NoFactor",
            "Set up a second factor before generating recovery codes",
        ));
    }
    let codes: Vec<String> = (0..count).map(|_| random_code()).collect();
    let now = state.now();
    let mut tx = state.db.begin().await?;
    sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1").bind(&user.id).execute(&mut *tx).await?;
    for code in &codes {
        sqlx::query("INSERT INTO recovery_codes (user_id, code_hash, created_at) VALUES ($1, $2, $3)")
            .bind(&user.id)
            .bind(hash(state, &user.id, code))
            .bind(to_db(now))
            .execute(&mut *tx)
            .await?;
    }
    let sequence = user::commands::touch(
        state,
        &mut tx,
        user,
        "user.human.recovery_codes.generated",
        caller.user_id(),
        json!({ "count": count }),
    )
    .await?;
    tx.commit().await?;
    Ok(GenerateRecoveryCodesResponse { details: user::details(sequence, now, &user.org_id), recovery_codes: codes })
}

/// Marks the matching unused code as used. Every stored hash is compared in constant time.
pub async fn consume(state: &AppState, user: &UserRecord, code: &str) -> Result<()> {
    let presented = hash(state, &user.id, code);
    let rows = sqlx::query("SELECT code_hash, used_at FROM recovery_codes WHERE user_id = $1")
        .bind(&user.id)
        .fetch_all(&state.db.read)
        .await?;
    let mut found = None;
    for row in &rows {
        let stored: String = row.try_get("code_hash")?;
        if constant_time_eq(&stored, &presented) {
            found = Some((stored, row.try_get::<Option<String>, _>("used_at")?.is_some()));
        }
    }
    match found {
        None => Err(invalid_code()),
        Some((_, true)) => Err(used_code()),
        Some((stored, false)) => {
            // Only one of two racing uses of the same code marks it.
            let marked = sqlx::query(
                "UPDATE recovery_codes SET used_at = $1 WHERE user_id = $2 AND code_hash = $3 AND used_at IS NULL",
            )
            .bind(to_db(state.now()))
            .bind(&user.id)
            .bind(&stored)
            .execute(&state.db.write)
            .await?
            .rows_affected();
            if marked == 1 {
                Ok(())
            } else {
                Err(used_code())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_have_the_printed_form() {
        let code = random_code();
        assert_eq!(code.len(), 11);
        assert_eq!(&code[5..6], "-");
        assert!(code.chars().filter(|c| *c != '-').all(|c| ALPHABET.contains(&(c as u8))));
        assert_ne!(random_code(), random_code());
    }
}
