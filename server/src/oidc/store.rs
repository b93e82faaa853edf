//! Stored authorization requests and their codes.

use gatehouse_api::json::Duration;
use gatehouse_api::oidc::AuthRequest;

use crate::clock::from_db;
use crate::error::{Error, Result};
use crate::AppState;

pub struct NewAuthRequest {
    pub id: String,
    pub app_id: String,
    pub client_id: String,
    pub redirect_uri: String,
    pub scope: String,
    pub state: Option<String>,
    pub nonce: Option<String>,
    pub code_challenge: Option<String>,
    pub prompt: String,
    pub ui_locales: String,
    pub login_hint: Option<String>,
    pub max_age: Option<i64>,
    pub hint_user_id: Option<String>,
    pub created_at: String,
    pub expires_at: String,
}

pub async fn insert_auth_request(state: &AppState, r: NewAuthRequest) -> Result<()> {
    sqlx::query(
        "INSERT INTO oidc_auth_requests (id, app_id, client_id, redirect_uri, scope, state, nonce, code_challenge,
         prompt, ui_locales, login_hint, max_age, hint_user_id, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)",
    )
    .bind(&r.id)
    .bind(&r.app_id)
    .bind(&r.client_id)
    .bind(&r.redirect_uri)
    .bind(&r.scope)
    .bind(&r.state)
    .bind(&r.nonce)
    .bind(&r.code_challenge)
    .bind(&r.prompt)
    .bind(&r.ui_locales)
    .bind(&r.login_hint)
    .bind(r.max_age)
    .bind(&r.hint_user_id)
    .bind(&r.created_at)
    .bind(&r.expires_at)
    .execute(&state.db.write)
    .await?;
    Ok(())
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct AuthRequestRecord {
    pub id: String,
    pub app_id: String,
    pub client_id: String,
    pub redirect_uri: String,
    pub scope: String,
    pub state: Option<String>,
    pub nonce: Option<String>,
    pub code_challenge: Option<String>,
    pub prompt: String,
    pub ui_locales: String,
    pub login_hint: Option<String>,
    pub max_age: Option<i64>,
    pub hint_user_id: Option<String>,
    pub created_at: String,
    pub expires_at: String,
    pub session_id: Option<String>,
    pub user_id: Option<String>,
    pub auth_time: Option<String>,
    pub amr: Option<String>,
    pub code_expires_at: Option<String>,
    pub code_used: bool,
    pub completed: bool,
}

const COLUMNS: &str = "id, app_id, client_id, redirect_uri, scope, state, nonce, code_challenge, prompt, ui_locales,
    login_hint, max_age, hint_user_id, created_at, expires_at, session_id, user_id, auth_time, amr, code_expires_at,
    code_used, completed";

impl AuthRequestRecord {
    pub fn scopes(&self) -> Vec<String> {
        self.scope.split(' ').filter(|s| !s.is_empty()).map(str::to_owned).collect()
    }

    pub fn prompts(&self) -> Vec<gatehouse_api::oidc::Prompt> {
        self.prompt.split(' ').filter_map(super::authorize::prompt_from_name).collect()
    }

    pub fn to_api(&self) -> Result<AuthRequest> {
        Ok(AuthRequest {
            id: format!("V2_{}", self.id),
            creation_date: Some(from_db(&self.created_at)?),
            client_id: self.client_id.clone(),
            scope: self.scopes(),
            redirect_uri: self.redirect_uri.clone(),
            prompt: self.prompts(),
            ui_locales: self.ui_locales.split(' ').filter(|s| !s.is_empty()).map(str::to_owned).collect(),
            login_hint: self.login_hint.clone(),
            max_age: self.max_age.map(|s| Duration::from_secs(s as u64)),
            hint_user_id: self.hint_user_id.clone(),
        })
    }
}

pub fn auth_request_not_found() -> Error {
    Error::not_found("OIDC-Fk3k2", "Auth request not found")
}

/// `V2_<id>` (the form the login UI sees) or the bare id.
pub fn strip_prefix(id: &str) -> &str {
    id.strip_prefix("V2_").unwrap_or(id)
}

pub async fn find(state: &AppState, id: &str) -> Result<Option<AuthRequestRecord>> {
    let sql = format!("SELECT {COLUMNS} FROM oidc_auth_requests WHERE id = $1");
    Ok(sqlx::query_as::<_, AuthRequestRecord>(&sql).bind(strip_prefix(id)).fetch_optional(&state.db.read).await?)
}

/// A request still waiting for the login: known, not expired, not yet answered.
pub async fn get_open(state: &AppState, id: &str) -> Result<AuthRequestRecord> {
    if id.is_empty() || id.len() > 200 {
        return Err(Error::invalid("OIDC-Ae3ws", "authRequestId must have 1 to 200 characters"));
    }
    let request = find(state, id).await?.ok_or_else(auth_request_not_found)?;
    if from_db(&request.expires_at)? <= state.now() {
        return Err(Error::not_found("OIDC-Expired", "The auth request has expired; start again from the application"));
    }
    if request.completed {
        return Err(Error::failed_precondition("OIDC-Sf3gt", "The auth request has already been answered"));
    }
    Ok(request)
}

pub async fn find_by_code_hash(state: &AppState, code_hash: &str) -> Result<Option<AuthRequestRecord>> {
    let sql = format!("SELECT {COLUMNS} FROM oidc_auth_requests WHERE code_hash = $1");
    Ok(sqlx::query_as::<_, AuthRequestRecord>(&sql).bind(code_hash).fetch_optional(&state.db.read).await?)
}
