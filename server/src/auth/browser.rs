//! The browser cookie: an opaque random id (stored only as its SHA-256) naming the list of sessions this browser
//! owns. Session tokens never reach the browser; owning the session through this cookie replaces them.

use std::sync::Mutex;

use axum::http::{HeaderMap, HeaderValue};
use sqlx::Row;

use crate::clock::to_db;
use crate::crypto::{random_token, token_hash};
use crate::db::Tx;
use crate::error::Result;
use crate::AppState;

const MAX_AGE_SECS: u64 = 30 * 24 * 3600;

pub struct Browser {
    /// Hash of a cookie we issued and still know; `None` for a new browser (or a cookie we never issued).
    known_hash: Mutex<Option<String>>,
    /// The raw id the request presented, when it is one we know.
    presented: Option<String>,
    /// Raw id of a cookie issued (or renewed) during this request, to be sent in `Set-Cookie`.
    issued: Mutex<Option<String>>,
}

/// A user with a live session in this browser.
#[derive(Clone, Debug)]
pub struct BrowserUser {
    pub user_id: String,
    pub session_id: String,
    /// The session may act as its user on themselves: a fresh first factor, and nothing missing but what the user
    /// does as themselves (change the password, verify the email, set up a required second factor); see
    /// `login_policy::acts_as_user`. A session that still owes an enrolled second factor does not.
    pub password_checked: bool,
    /// The session may set up second factors (`login_policy::may_enrol`): as above, or a forced MFA waits for the
    /// user's first second factor.
    pub may_enrol: bool,
    /// The session passes the login policy gate (`login_policy::evaluate`): the user counts as signed in.
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
        let mut presented = None;
        if let Some(raw) = raw {
            let hash = token_hash(&raw);
            let exists = sqlx::query("SELECT 1 FROM browsers WHERE id_hash = $1")
                .bind(&hash)
                .fetch_optional(&state.db.read)
                .await?
                .is_some();
            if exists {
                known = Some(hash);
                presented = Some(raw);
            }
        }
        Ok(Browser { known_hash: Mutex::new(known), presented, issued: Mutex::new(None) })
    }

    pub fn known_hash(&self) -> Option<String> {
        self.known_hash.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// The browser id to record a new session under. A browser without a cookie we issued gets a fresh one: an id
    /// planted by someone else is never adopted (no session fixation). A known cookie is sent again with a fresh
    /// Max-Age, so a browser that keeps signing in keeps its account list instead of losing it 30 days after the
    /// first login.
    pub async fn id_for_new_session(&self, state: &AppState, tx: &mut Tx) -> Result<String> {
        if let Some(hash) = self.known_hash() {
            if let Some(raw) = &self.presented {
                *self.issued.lock().unwrap_or_else(|p| p.into_inner()) = Some(raw.clone());
            }
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

    /// Users with a live session in this browser and how far their login got, judged by the same gate that
    /// finishes logins for apps (`login_policy`), so the browser never counts a session as signed in that an app
    /// would refuse.
    pub async fn users(&self, state: &AppState) -> Result<Vec<BrowserUser>> {
        let mut users = Vec::new();
        for session_id in self.session_ids(state).await? {
            let Some(session) = crate::session::store::find(state, &session_id).await? else { continue };
            let Some(user_id) = session.user_id.clone() else { continue };
            if session.is_expired(state.now())? {
                continue;
            }
            let outcome = crate::session::login_policy::outcome(state, &session).await?;
            users.push(BrowserUser {
                user_id,
                session_id,
                password_checked: crate::session::login_policy::acts_as_user(outcome),
                may_enrol: crate::session::login_policy::may_enrol(outcome),
                signed_in: outcome.is_ok(),
            });
        }
        Ok(users)
    }

    pub async fn user(&self, state: &AppState, user_id: &str) -> Result<Option<BrowserUser>> {
        let users = self.users(state).await?;
        // Prefer the most advanced session of that user.
        Ok(users
            .into_iter()
            .filter(|u| u.user_id == user_id)
            .max_by_key(|u| (u.signed_in, u.password_checked, u.may_enrol)))
    }
}
