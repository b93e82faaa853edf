//! The instance's default language and the custom UI texts (tables of migration 0011).

use std::collections::BTreeMap;

use serde_json::json;
use sha2::{Digest, Sha256};
use sqlx::Row;

use crate::clock::{from_db, to_db, Timestamp};
use crate::error::Result;
use crate::events::{append, Event};
use crate::AppState;

/// Message id -> custom text (a Fluent pattern).
pub type Texts = BTreeMap<String, String>;

/// The default language set with SetDefaultLanguage, `None` when never set.
pub async fn default_language(state: &AppState) -> Result<Option<String>> {
    Ok(sqlx::query_scalar("SELECT default_language FROM instance_languages WHERE instance_id = $1")
        .bind(&state.instance.id)
        .fetch_optional(&state.db.read)
        .await?)
}

pub struct Changed {
    pub sequence: u64,
    pub at: Timestamp,
}

pub async fn set_default_language(state: &AppState, language: &str, creator: Option<&str>) -> Result<Changed> {
    let at = state.now();
    let owner = state.instance.id.as_str();
    let mut tx = state.db.begin().await?;
    let event = Event {
        aggregate_type: "instance",
        aggregate_id: owner,
        event_type: "instance.default.language.set",
        resource_owner: owner,
        creator,
        payload: json!({ "language": language }),
    };
    let sequence = append(&mut tx, event, at).await?;
    sqlx::query(
        "INSERT INTO instance_languages (instance_id, default_language, changed_at, sequence) VALUES ($1, $2, $3, $4)
         ON CONFLICT (instance_id) DO UPDATE SET default_language = $2, changed_at = $3, sequence = $4",
    )
    .bind(owner)
    .bind(language)
    .bind(to_db(at))
    .bind(sequence as i64)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(Changed { sequence, at })
}

/// When the default language was last set (for GetDefaultLanguage's details).
pub async fn default_language_changed(state: &AppState) -> Result<Option<Changed>> {
    let row = sqlx::query("SELECT changed_at, sequence FROM instance_languages WHERE instance_id = $1")
        .bind(&state.instance.id)
        .fetch_optional(&state.db.read)
        .await?;
    row.map(|r| {
        let at: String = r.try_get("changed_at")?;
        let sequence: i64 = r.try_get("sequence")?;
        Ok(Changed { sequence: sequence as u64, at: from_db(&at)? })
    })
    .transpose()
}

/// An owner's own custom texts for a locale (empty when none).
pub async fn texts(state: &AppState, owner: &str, locale: &str) -> Result<Texts> {
    let stored: Option<String> =
        sqlx::query_scalar("SELECT translations FROM hosted_login_translations WHERE owner_id = $1 AND locale = $2")
            .bind(owner)
            .bind(locale)
            .fetch_optional(&state.db.read)
            .await?;
    Ok(match stored {
        Some(json) => serde_json::from_str(&json)?,
        None => Texts::new(),
    })
}

/// Replaces an owner's custom texts for a locale (an empty set removes them); returns the new etag.
pub async fn set_texts(
    state: &AppState,
    owner: &str,
    locale: &str,
    texts: &Texts,
    creator: Option<&str>,
) -> Result<String> {
    let at = state.now();
    let json = serde_json::to_string(texts)?;
    let etag = etag(texts);
    let mut tx = state.db.begin().await?;
    let event = Event {
        aggregate_type: "hosted_login_translation",
        aggregate_id: owner,
        event_type: "hosted_login_translation.set",
        resource_owner: owner,
        creator,
        payload: json!({ "locale": locale, "ids": texts.keys().collect::<Vec<_>>() }),
    };
    append(&mut tx, event, at).await?;
    if texts.is_empty() {
        sqlx::query("DELETE FROM hosted_login_translations WHERE owner_id = $1 AND locale = $2")
            .bind(owner)
            .bind(locale)
            .execute(&mut *tx)
            .await?;
    } else {
        sqlx::query(
            "INSERT INTO hosted_login_translations (owner_id, locale, translations, etag, changed_at)
             VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (owner_id, locale) DO UPDATE SET translations = $3, etag = $4, changed_at = $5",
        )
        .bind(owner)
        .bind(locale)
        .bind(&json)
        .bind(&etag)
        .bind(to_db(at))
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(etag)
}

/// A content hash of a set of texts: same texts, same etag (16 hex digits).
pub fn etag(texts: &Texts) -> String {
    let json = serde_json::to_string(texts).unwrap_or_default();
    Sha256::digest(json.as_bytes()).iter().take(8).map(|b| format!("{b:02x}")).collect()
}
