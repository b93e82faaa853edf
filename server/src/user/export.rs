//! "Download my data": one JSON document with what the server holds about a user. Secrets (password hash, token
//! and code hashes, key material) are never part of it.

use serde_json::{json, Map, Value};
use sqlx::{Column, Row, TypeInfo, ValueRef};

use super::security_log::{security_events, MAX_LIMIT};
use super::store::UserRecord;
use crate::error::Result;
use crate::AppState;

/// Tables read elsewhere in the export, or that hold only secrets or bookkeeping.
const NOT_AUTHENTICATORS: [&str; 10] = [
    "users",
    "sessions",
    "pats",
    "user_roles",
    "verification_codes",
    "browser_sessions",
    "code_sends",
    "user_avatars",
    "events",
    "instance",
];

/// Column names that hold secrets or key material; left out of authenticator rows.
const SECRET_MARKERS: [&str; 8] = ["secret", "hash", "key", "token", "code", "challenge", "credential", "password"];

pub async fn export(state: &AppState, user: &UserRecord) -> Result<Value> {
    let sessions = sessions(state, &user.id).await?;
    Ok(json!({
        "exportedAt": state.now(),
        "user": user.to_wire(state)?,
        "authenticators": authenticators(state, &user.id).await?,
        "sessions": sessions,
        "securityEvents": security_events(state, &user.id, MAX_LIMIT).await?,
    }))
}

async fn sessions(state: &AppState, user_id: &str) -> Result<Vec<Value>> {
    let rows = sqlx::query(
        "SELECT id, user_agent, created_at, changed_at, expires_at FROM sessions WHERE user_id = $1 ORDER BY created_at",
    )
    .bind(user_id)
    .fetch_all(&state.db.read)
    .await?;
    rows.iter()
        .map(|r| {
            let agent: Option<String> = r.try_get("user_agent")?;
            let agent: Value = agent.and_then(|a| serde_json::from_str(&a).ok()).unwrap_or(Value::Null);
            Ok(json!({
                "id": r.try_get::<String, _>("id")?,
                "userAgent": agent,
                "creationDate": r.try_get::<String, _>("created_at")?,
                "changeDate": r.try_get::<String, _>("changed_at")?,
                "expirationDate": r.try_get::<Option<String>, _>("expires_at")?,
            }))
        })
        .collect()
}

/// Every other table with a `user_id` column is some authenticator or link of the user's (passkeys, TOTP, OTP,
/// recovery codes, IdP links, whatever later modules add): its rows, minus secret-looking columns. Reading the
/// schema keeps the export complete without this module knowing every feature's tables (SQLite's catalogue).
async fn authenticators(state: &AppState, user_id: &str) -> Result<Map<String, Value>> {
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT m.name FROM sqlite_master m WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '_sqlx%'
         AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) p WHERE p.name = 'user_id') ORDER BY m.name",
    )
    .fetch_all(&state.db.read)
    .await?;
    let mut out = Map::new();
    for table in tables.into_iter().filter(|t| !NOT_AUTHENTICATORS.contains(&t.as_str())) {
        // The name comes from the catalogue, not from input; quote it anyway.
        let sql = format!("SELECT * FROM \"{}\" WHERE user_id = $1", table.replace('"', "\"\""));
        let rows = sqlx::query(&sql).bind(user_id).fetch_all(&state.db.read).await?;
        let rows: Vec<Value> = rows.iter().map(public_columns).collect();
        out.insert(table, Value::Array(rows));
    }
    Ok(out)
}

fn is_secret(column: &str) -> bool {
    let column = column.to_ascii_lowercase();
    SECRET_MARKERS.iter().any(|m| column.contains(m))
}

fn public_columns(row: &sqlx::sqlite::SqliteRow) -> Value {
    let mut obj = Map::new();
    for column in row.columns() {
        let name = column.name();
        if is_secret(name) || name == "user_id" {
            continue;
        }
        let Ok(raw) = row.try_get_raw(column.ordinal()) else { continue };
        let value = if raw.is_null() {
            Value::Null
        } else {
            match raw.type_info().name() {
                "INTEGER" | "BIGINT" | "BOOLEAN" => {
                    row.try_get::<i64, _>(column.ordinal()).map(Value::from).unwrap_or(Value::Null)
                }
                "REAL" => row.try_get::<f64, _>(column.ordinal()).map(Value::from).unwrap_or(Value::Null),
                "BLOB" => Value::String("(binary)".into()),
                _ => row.try_get::<String, _>(column.ordinal()).map(Value::from).unwrap_or(Value::Null),
            }
        };
        obj.insert(name.to_owned(), value);
    }
    Value::Object(obj)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_columns_are_recognised() {
        for secret in
            ["secret", "totp_secret", "public_key", "code_hash", "token_hash", "credential_id", "password_hash"]
        {
            assert!(is_secret(secret), "{secret}");
        }
        for public in ["id", "name", "created_at", "state", "idp_id", "external_user_name"] {
            assert!(!is_secret(public), "{public}");
        }
    }
}
