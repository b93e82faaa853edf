//! The `webauthn_credentials` table: one row per passkey or security key, 'pending' while its registration
//! ceremony runs, 'ready' once the attestation verified.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use sqlx::Row;
use webauthn_rs::prelude::{Credential, Uuid};

use crate::clock::{from_db, to_db, Timestamp};
use crate::db::Tx;
use crate::error::{Error, Result};
use crate::AppState;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Passkey,
    U2f,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Passkey => "passkey",
            Kind::U2f => "u2f",
        }
    }

    fn parse(s: &str) -> Result<Kind> {
        match s {
            "passkey" => Ok(Kind::Passkey),
            "u2f" => Ok(Kind::U2f),
            other => Err(Error::internal(format!("unknown WebAuthn credential kind {other:?}"))),
        }
    }

    /// What the user calls it, in messages and security mails.
    pub fn noun(self) -> &'static str {
        match self {
            Kind::Passkey => "passkey",
            Kind::U2f => "security key",
        }
    }
}

/// A ready credential.
#[derive(Clone, Debug)]
pub struct Stored {
    pub id: String,
    pub user_id: String,
    pub kind: Kind,
    pub name: String,
    pub credential: Credential,
    pub user_handle: String,
    pub sign_count: u32,
    pub created_at: Timestamp,
    pub last_used_at: Option<Timestamp>,
    /// The host it was made on (`None`: the public host, for credentials from before per-host relying parties).
    pub rp_id: Option<String>,
}

const COLUMNS: &str = "id, user_id, kind, name, credential, user_handle, sign_count, created_at, last_used_at, rp_id";

fn from_row(row: &sqlx::sqlite::SqliteRow) -> Result<Stored> {
    let credential: String = row.try_get("credential")?;
    Ok(Stored {
        id: row.try_get("id")?,
        user_id: row.try_get("user_id")?,
        kind: Kind::parse(&row.try_get::<String, _>("kind")?)?,
        name: row.try_get("name")?,
        credential: serde_json::from_str(&credential)?,
        user_handle: row.try_get("user_handle")?,
        sign_count: u32::try_from(row.try_get::<i64, _>("sign_count")?).unwrap_or(u32::MAX),
        created_at: from_db(&row.try_get::<String, _>("created_at")?)?,
        last_used_at: row.try_get::<Option<String>, _>("last_used_at")?.as_deref().map(from_db).transpose()?,
        rp_id: row.try_get("rp_id")?,
    })
}

pub fn encode_id(raw: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(raw)
}

/// The user's ready credentials of `kind` (all kinds with `None`), oldest first.
pub async fn list(state: &AppState, user_id: &str, kind: Option<Kind>) -> Result<Vec<Stored>> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM webauthn_credentials WHERE user_id = $1 AND state = 'ready'
           AND ($2 IS NULL OR kind = $2) ORDER BY created_at, id"
    ))
    .bind(user_id)
    .bind(kind.map(Kind::as_str))
    .fetch_all(&state.db.read)
    .await?;
    rows.iter().map(from_row).collect()
}

pub async fn find_by_credential_id(state: &AppState, credential_id: &[u8]) -> Result<Option<Stored>> {
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM webauthn_credentials WHERE credential_id = $1 AND state = 'ready'"
    ))
    .bind(encode_id(credential_id))
    .fetch_optional(&state.db.read)
    .await?;
    row.as_ref().map(from_row).transpose()
}

pub fn not_found(kind: Kind) -> Error {
    match kind {
        Kind::Passkey => Error::not_found("COMMAND-Dfgh2", "Passkey not found"),
        Kind::U2f => Error::not_found("COMMAND-Dfgh3", "Security key not found"),
    }
}

pub async fn get_ready(state: &AppState, user_id: &str, id: &str, kind: Kind) -> Result<Stored> {
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM webauthn_credentials WHERE id = $1 AND user_id = $2 AND kind = $3 AND state = 'ready'"
    ))
    .bind(id)
    .bind(user_id)
    .bind(kind.as_str())
    .fetch_optional(&state.db.read)
    .await?;
    row.as_ref().map(from_row).transpose()?.ok_or_else(|| not_found(kind))
}

/// The WebAuthn user handle of `user_id`: the one their credentials already carry, else a new random one (random,
/// not derived from the user id, so the handle tells an authenticator nothing about the account).
pub async fn user_handle(state: &AppState, user_id: &str) -> Result<Uuid> {
    let existing: Option<String> = sqlx::query_scalar(
        "SELECT user_handle FROM webauthn_credentials WHERE user_id = $1 ORDER BY created_at LIMIT 1",
    )
    .bind(user_id)
    .fetch_optional(&state.db.read)
    .await?;
    match existing {
        Some(h) => Uuid::parse_str(&h).map_err(|e| Error::internal(format!("stored user handle: {e}"))),
        None => Ok(Uuid::new_v4()),
    }
}

pub struct Pending<'a> {
    pub id: &'a str,
    pub user_id: &'a str,
    pub kind: Kind,
    pub user_handle: Uuid,
    pub ceremony: String,
    pub now: Timestamp,
}

pub async fn insert_pending(tx: &mut Tx, p: Pending<'_>) -> Result<()> {
    let expires = p.now + chrono::Duration::from_std(super::CEREMONY_TTL).unwrap_or(chrono::Duration::minutes(5));
    // Abandoned ceremonies of this user are dropped, so pending rows cannot pile up.
    sqlx::query(
        "DELETE FROM webauthn_credentials WHERE user_id = $1 AND state = 'pending' AND ceremony_expires_at < $2",
    )
    .bind(p.user_id)
    .bind(to_db(p.now))
    .execute(&mut **tx)
    .await?;
    sqlx::query(
        "INSERT INTO webauthn_credentials (id, user_id, kind, user_handle, created_at, state, ceremony, ceremony_expires_at)
         VALUES ($1, $2, $3, $4, $5, 'pending', $6, $7)",
    )
    .bind(p.id)
    .bind(p.user_id)
    .bind(p.kind.as_str())
    .bind(p.user_handle.to_string())
    .bind(to_db(p.now))
    .bind(p.ceremony)
    .bind(to_db(expires))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Takes the registration ceremony of a pending credential: it can be answered once, and only before it expires.
pub async fn take_ceremony(state: &AppState, user_id: &str, id: &str, kind: Kind) -> Result<String> {
    // SQLite's RETURNING shows the updated row, so read, then clear, inside one write transaction.
    let mut tx = state.db.begin().await?;
    let row = sqlx::query(
        "SELECT ceremony, ceremony_expires_at FROM webauthn_credentials
         WHERE id = $1 AND user_id = $2 AND kind = $3 AND state = 'pending' AND ceremony IS NOT NULL",
    )
    .bind(id)
    .bind(user_id)
    .bind(kind.as_str())
    .fetch_optional(&mut *tx)
    .await?;
    sqlx::query("UPDATE webauthn_credentials SET ceremony = NULL WHERE id = $1").bind(id).execute(&mut *tx).await?;
    tx.commit().await?;
    let Some(row) = row else {
        return Err(Error::failed_precondition(
            "GATEHOUSE-WebAuthn-NoCeremony",
            format!("No {} registration is waiting under this id; start the registration again", kind.noun()),
        ));
    };
    let expires = from_db(&row.try_get::<String, _>("ceremony_expires_at")?)?;
    if state.now() >= expires {
        return Err(Error::failed_precondition(
            "GATEHOUSE-WebAuthn-Expired",
            format!("The {} registration timed out; start it again", kind.noun()),
        ));
    }
    Ok(row.try_get("ceremony")?)
}

/// Turns a pending row into a ready credential.
pub async fn make_ready(tx: &mut Tx, id: &str, name: &str, credential: &Credential) -> Result<()> {
    let done = sqlx::query(
        "UPDATE webauthn_credentials SET state = 'ready', name = $1, credential = $2, credential_id = $3,
           sign_count = $4, backup_eligible = $5, backup_state = $6, ceremony_expires_at = NULL
         WHERE id = $7 AND state = 'pending'",
    )
    .bind(name)
    .bind(serde_json::to_string(credential)?)
    .bind(encode_id(credential.cred_id.as_ref()))
    .bind(i64::from(credential.counter))
    .bind(credential.backup_eligible)
    .bind(credential.backup_state)
    .bind(id)
    .execute(&mut **tx)
    .await;
    match done {
        Ok(_) => Ok(()),
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
            Err(Error::already_exists("GATEHOUSE-WebAuthn-Registered", "This authenticator is already registered"))
        }
        Err(e) => Err(e.into()),
    }
}

/// Stores what an assertion taught about the credential: counter, backup state, last use.
pub async fn record_use(tx: &mut Tx, stored: &Stored, credential: &Credential, at: Timestamp) -> Result<()> {
    sqlx::query(
        "UPDATE webauthn_credentials SET credential = $1, sign_count = $2, backup_eligible = $3, backup_state = $4,
           last_used_at = $5 WHERE id = $6",
    )
    .bind(serde_json::to_string(credential)?)
    .bind(i64::from(credential.counter))
    .bind(credential.backup_eligible)
    .bind(credential.backup_state)
    .bind(to_db(at))
    .bind(&stored.id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

pub async fn rename(tx: &mut Tx, id: &str, name: &str) -> Result<()> {
    sqlx::query("UPDATE webauthn_credentials SET name = $1 WHERE id = $2")
        .bind(name)
        .bind(id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

pub async fn delete(tx: &mut Tx, id: &str) -> Result<()> {
    sqlx::query("DELETE FROM webauthn_credentials WHERE id = $1").bind(id).execute(&mut **tx).await?;
    Ok(())
}

/// A credential name: trimmed, 1 to 200 characters.
pub fn valid_name(name: &str, kind: Kind) -> Result<String> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 200 {
        return Err(Error::invalid(
            "GATEHOUSE-WebAuthn-Name",
            format!("Give the {} a name of 1 to 200 characters", kind.noun()),
        ));
    }
    Ok(name.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_and_bounded() {
        assert_eq!(valid_name("  Laptop ", Kind::Passkey).unwrap(), "Laptop");
        assert!(valid_name("   ", Kind::Passkey).is_err());
        assert!(valid_name(&"x".repeat(201), Kind::U2f).unwrap_err().to_string().contains("security key"));
    }
}
