//! Sessions in the database and their wire form.

use std::collections::BTreeMap;

use gatehouse_api::json::Bytes;
use gatehouse_api::session::{Factors, Session, UserAgent, UserFactor, VerifiedFactor};

use crate::clock::from_db;
use crate::error::{Error, Result};
use crate::AppState;

pub const SESSION_COLUMNS: &str = "s.id, s.user_id, s.user_checked_at, s.password_checked_at, s.creator_id, s.metadata,
    s.user_agent, s.created_at, s.changed_at, s.expires_at, s.sequence, u.username, u.given_name, u.family_name,
    u.display_name, u.org_id AS user_org_id";

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct SessionRecord {
    pub id: String,
    pub user_id: Option<String>,
    pub user_checked_at: Option<String>,
    pub password_checked_at: Option<String>,
    pub creator_id: Option<String>,
    pub metadata: String,
    pub user_agent: Option<String>,
    pub created_at: String,
    pub changed_at: String,
    pub expires_at: Option<String>,
    pub sequence: i64,
    pub username: Option<String>,
    pub given_name: Option<String>,
    pub family_name: Option<String>,
    pub display_name: Option<String>,
    pub user_org_id: Option<String>,
}

impl SessionRecord {
    pub fn is_expired(&self, now: crate::clock::Timestamp) -> Result<bool> {
        Ok(match &self.expires_at {
            Some(e) => from_db(e)? <= now,
            None => false,
        })
    }

    pub fn metadata_map(&self) -> Result<BTreeMap<String, Bytes>> {
        Ok(serde_json::from_str(&self.metadata)?)
    }

    pub fn to_api(&self) -> Result<Session> {
        let user = match (&self.user_id, &self.user_checked_at) {
            (Some(id), Some(at)) => {
                let display = self.display_name.clone().filter(|d| !d.is_empty()).unwrap_or_else(|| {
                    let full = format!(
                        "{} {}",
                        self.given_name.as_deref().unwrap_or_default(),
                        self.family_name.as_deref().unwrap_or_default()
                    );
                    let full = full.trim().to_owned();
                    if full.is_empty() {
                        self.username.clone().unwrap_or_default()
                    } else {
                        full
                    }
                });
                Some(UserFactor {
                    verified_at: Some(from_db(at)?),
                    id: id.clone(),
                    login_name: self.username.clone().unwrap_or_default(),
                    display_name: display,
                    organization_id: self.user_org_id.clone().unwrap_or_default(),
                })
            }
            _ => None,
        };
        let password = self
            .password_checked_at
            .as_deref()
            .map(|at| Ok::<_, Error>(VerifiedFactor { verified_at: Some(from_db(at)?) }))
            .transpose()?;
        let factors = if user.is_some() || password.is_some() {
            Some(Factors { user, password, ..Default::default() })
        } else {
            None
        };
        let user_agent: Option<UserAgent> = self.user_agent.as_deref().map(serde_json::from_str).transpose()?;
        Ok(Session {
            id: self.id.clone(),
            creation_date: Some(from_db(&self.created_at)?),
            change_date: Some(from_db(&self.changed_at)?),
            sequence: self.sequence as u64,
            factors,
            metadata: self.metadata_map()?,
            user_agent,
            expiration_date: self.expires_at.as_deref().map(from_db).transpose()?,
        })
    }
}

pub fn session_not_found() -> Error {
    Error::not_found("QUERY-SJ42c", "Session could not be found")
}

pub async fn find(state: &AppState, session_id: &str) -> Result<Option<SessionRecord>> {
    let sql = format!("SELECT {SESSION_COLUMNS} FROM sessions s LEFT JOIN users u ON u.id = s.user_id WHERE s.id = $1");
    Ok(sqlx::query_as::<_, SessionRecord>(&sql).bind(session_id).fetch_optional(&state.db.read).await?)
}

pub async fn get(state: &AppState, session_id: &str) -> Result<SessionRecord> {
    find(state, session_id).await?.ok_or_else(session_not_found)
}

pub async fn all(state: &AppState) -> Result<Vec<SessionRecord>> {
    let sql = format!("SELECT {SESSION_COLUMNS} FROM sessions s LEFT JOIN users u ON u.id = s.user_id ORDER BY s.id");
    Ok(sqlx::query_as::<_, SessionRecord>(&sql).fetch_all(&state.db.read).await?)
}

pub async fn token_matches(state: &AppState, session_id: &str, token: &str) -> Result<bool> {
    let row = sqlx::query("SELECT 1 FROM sessions WHERE id = $1 AND token_hash = $2")
        .bind(session_id)
        .bind(crate::crypto::token_hash(token))
        .fetch_optional(&state.db.read)
        .await?;
    Ok(row.is_some())
}
