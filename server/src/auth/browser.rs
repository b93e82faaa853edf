//! The browser cookie: an opaque random id (stored only as its SHA-256) naming the list of sessions this browser
//! owns. Session tokens never reach the browser; owning the session through this cookie replaces them.

use std::sync::Mutex;

use axum::http::{HeaderMap, HeaderValue};
use sqlx::Row;

use crate::clock::{from_db, to_db};
use crate::crypto::{random_token, token_hash};
use crate::db::Tx;
use crate::error::Result;
use crate::AppState;

const MAX_AGE_SECS: u64 = 30 * 24 * 3600;

pub struct Browser {
    /// Hash of a cookie we issued and still know; `None` for a new browser (or a cookie we never issued).
    known_hash: Mutex<Option<String>>,
    /// Raw id of a cookie issued during this request, to be sent in `Set-Cookie`.
    issued: Mutex<Option<String>>,
}

/// A user with a live session in this browser.
#[derive(Clone, Debug)]
pub struct BrowserUser {
    pub user_id: String,
    pub session_id: String,
    /// The session's password factor is within the login policy's password check lifetime.
    pub password_checked: bool,
    /// Password checked, email verified, no password change pending: the user counts as signed in.
    pub signed_in: bool,
}

pub fn cookie_name(state: &AppState) -> &'static str {
    // `__Host-` binds the cookie to this exact origin (Secure, Path=/, no Domain) where browsers honour it: https.
    if state.https {
        "__Host-gatehouse_browser"
    } else {
        "gatehouse_browser"
    }
}

impl Browser {
    pub async fn from_headers(state: &AppState, headers: &HeaderMap) -> Result<Browser> {
        let name = cookie_name(state);
        let raw = headers
            .get_all(axum::http::header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .filter_map(|pair| pair.trim().split_once('='))
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.to_owned());
        let mut known = None;
        if let Some(raw) = raw {
            let hash = token_hash(&raw);
            let exists = sqlx::query("SELECT 1 FROM browsers WHERE id_hash = $1")
                .bind(&hash)
                .fetch_optional(&state.db.read)
                .await?
                .is_some();
            if exists {
                known = Some(hash);
            }
        }
        Ok(Browser { known_hash: Mutex::new(known), issued: Mutex::new(None) })
    }

    pub fn known_hash(&self) -> Option<String> {
        self.known_hash.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// The browser id to record a new session under. A browser without a cookie we issued gets a fresh one: an id
    /// planted by someone else is never adopted (no session fixation).
    pub async fn id_for_new_session(&self, state: &AppState, tx: &mut Tx) -> Result<String> {
        if let Some(hash) = self.known_hash() {
            return Ok(hash);
        }
        let raw = random_token();
        let hash = token_hash(&raw);
        sqlx::query("INSERT INTO browsers (id_hash, created_at) VALUES ($1, $2)")
            .bind(&hash)
            .bind(to_db(state.now()))
            .execute(&mut **tx)
            .await?;
        *self.issued.lock().unwrap_or_else(|p| p.into_inner()) = Some(raw);
        *self.known_hash.lock().unwrap_or_else(|p| p.into_inner()) = Some(hash.clone());
        Ok(hash)
    }

    pub fn set_cookie_header(&self, state: &AppState) -> Option<HeaderValue> {
        let raw = self.issued.lock().unwrap_or_else(|p| p.into_inner()).clone()?;
        let secure = if state.https { "; Secure" } else { "" };
        let value =
            format!("{}={raw}; Path=/; Max-Age={MAX_AGE_SECS}; HttpOnly; SameSite=Lax{secure}", cookie_name(state));
        HeaderValue::from_str(&value).ok()
    }

    /// Ids of the sessions this browser owns.
    pub async fn session_ids(&self, state: &AppState) -> Result<Vec<String>> {
        let Some(hash) = self.known_hash() else { return Ok(Vec::new()) };
        let rows = sqlx::query("SELECT session_id FROM browser_sessions WHERE browser_hash = $1")
            .bind(&hash)
            .fetch_all(&state.db.read)
            .await?;
        rows.iter().map(|r| Ok(r.try_get("session_id")?)).collect()
    }

    pub async fn owns_session(&self, state: &AppState, session_id: &str) -> Result<bool> {
        Ok(self.session_ids(state).await?.iter().any(|id| id == session_id))
    }

    /// Users with a live session in this browser and how far their login got.
    pub async fn users(&self, state: &AppState) -> Result<Vec<BrowserUser>> {
        let Some(hash) = self.known_hash() else { return Ok(Vec::new()) };
        let rows = sqlx::query(
            "SELECT s.id, s.user_id, s.password_checked_at, s.expires_at, u.org_id, u.email_verified,
                    u.password_change_required, u.state
             FROM browser_sessions b JOIN sessions s ON s.id = b.session_id JOIN users u ON u.id = s.user_id
             WHERE b.browser_hash = $1",
        )
        .bind(&hash)
        .fetch_all(&state.db.read)
        .await?;
        let now = state.now();
        let mut users = Vec::new();
        for row in rows {
            if let Some(expires) = row.try_get::<Option<String>, _>("expires_at")? {
                if from_db(&expires)? <= now {
                    continue;
                }
            }
            let org_id: String = row.try_get("org_id")?;
            let lifetime = crate::settings::login_policy(state, &org_id).await?.password_check_lifetime;
            let password_checked = match row.try_get::<Option<String>, _>("password_checked_at")? {
                Some(at) => {
                    let at = from_db(&at)?;
                    now.signed_duration_since(at).num_seconds() < lifetime.as_secs() as i64
                }
                None => false,
            };
            let active = row.try_get::<i64, _>("state")? == 1;
            let email_verified: bool = row.try_get("email_verified")?;
            let change_required: bool = row.try_get("password_change_required")?;
            users.push(BrowserUser {
                user_id: row.try_get("user_id")?,
                session_id: row.try_get("id")?,
                password_checked: password_checked && active,
                signed_in: password_checked && active && email_verified && !change_required,
            });
        }
        Ok(users)
    }

    pub async fn user(&self, state: &AppState, user_id: &str) -> Result<Option<BrowserUser>> {
        let users = self.users(state).await?;
        // Prefer the most advanced session of that user.
        Ok(users.into_iter().filter(|u| u.user_id == user_id).max_by_key(|u| (u.signed_in, u.password_checked)))
    }
}
