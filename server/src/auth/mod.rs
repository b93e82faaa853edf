//! Who is calling: an API client with a bearer token (PAT → that user's roles; session token → that user on
//! themselves), or the SPA in a browser (no token; same-origin checked; its sessions found through a cookie).

pub mod browser;

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::{header, Method};
use sqlx::Row;

use crate::clock::{from_db, to_db};
use crate::crypto::token_hash;
use crate::error::{Error, Result};
use crate::AppState;

pub use browser::Browser;

pub const IAM_OWNER: &str = "IAM_OWNER";
pub const IAM_LOGIN_CLIENT: &str = "IAM_LOGIN_CLIENT";
pub const ORG_OWNER: &str = "ORG_OWNER";

pub struct Caller {
    pub principal: Principal,
    pub ip: Option<IpAddr>,
    /// `x-zitadel-orgid`: the org a Management API call is about.
    pub org_header: Option<String>,
    /// The `User-Agent` header, recorded on sessions the caller creates.
    pub user_agent: Option<String>,
    pub browser: Option<Arc<Browser>>,
}

pub enum Principal {
    /// Bearer personal access token: the token's user with all of their role grants.
    Member(Member),
    /// Bearer session token: the session's user, acting only on themselves, and only once the session holds a
    /// password check within its lifetime. Before that (a session with just a user check, which anyone can create
    /// for any login name) the token speaks for its own session alone: otherwise its holder could change the email
    /// and reset the password of whoever they named.
    /// `password_checked`: the session may act as its user (`login_policy::acts_as_user`), not only a fresh password.
    SessionUser { user_id: String, org_id: String, session_id: String, password_checked: bool },
    /// The SPA: no token; acts as the login UI and as users signed in within this browser.
    Browser,
}

pub struct Member {
    pub user_id: String,
    pub org_id: String,
    /// (org id or "" for the instance, role)
    pub grants: Vec<(String, String)>,
}

impl Caller {
    fn has_instance_role(&self, role: &str) -> bool {
        matches!(&self.principal, Principal::Member(m) if m.grants.iter().any(|(org, r)| org.is_empty() && r == role))
    }

    pub fn is_iam_owner(&self) -> bool {
        self.has_instance_role(IAM_OWNER)
    }

    /// IAM_OWNER or IAM_LOGIN_CLIENT: may read and write users and sessions instance-wide.
    pub fn is_instance_login_admin(&self) -> bool {
        self.is_iam_owner() || self.has_instance_role(IAM_LOGIN_CLIENT)
    }

    /// IAM_OWNER, or ORG_OWNER of `org_id`.
    pub fn owns_org(&self, org_id: &str) -> bool {
        self.is_iam_owner()
            || matches!(&self.principal, Principal::Member(m) if m.grants.iter().any(|(org, r)| org == org_id && r == ORG_OWNER))
    }

    /// Orgs this caller owns (ORG_OWNER grants).
    pub fn owned_orgs(&self) -> Vec<String> {
        match &self.principal {
            Principal::Member(m) => m
                .grants
                .iter()
                .filter(|(org, r)| !org.is_empty() && r == ORG_OWNER)
                .map(|(org, _)| org.clone())
                .collect(),
            _ => Vec::new(),
        }
    }

    /// The orgs a listing may show this caller: all (`None`) for IAM_OWNER / IAM_LOGIN_CLIENT, else the orgs they
    /// own; nobody else may list.
    pub fn listing_scope(&self) -> Result<Option<Vec<String>>> {
        if self.is_instance_login_admin() {
            return Ok(None);
        }
        let owned = self.owned_orgs();
        if owned.is_empty() {
            return Err(Error::denied());
        }
        Ok(Some(owned))
    }

    /// The user behind a bearer token (PAT or session token).
    pub fn user_id(&self) -> Option<&str> {
        match &self.principal {
            Principal::Member(m) => Some(&m.user_id),
            Principal::SessionUser { user_id, password_checked: true, .. } => Some(user_id),
            Principal::SessionUser { .. } => None,
            Principal::Browser => None,
        }
    }

    pub fn home_org(&self) -> Option<&str> {
        match &self.principal {
            Principal::Member(m) => Some(&m.org_id),
            Principal::SessionUser { org_id, .. } => Some(org_id),
            Principal::Browser => None,
        }
    }

    pub fn browser(&self) -> Option<&Browser> {
        self.browser.as_deref()
    }
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self> {
        let ip = parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip());
        let org_header = parts
            .headers
            .get("x-zitadel-orgid")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
            .filter(|s| !s.is_empty());
        let user_agent = parts.headers.get(header::USER_AGENT).and_then(|v| v.to_str().ok()).map(str::to_owned);
        if let Some(value) = parts.headers.get(header::AUTHORIZATION) {
            let token = value
                .to_str()
                .ok()
                .and_then(|v| v.strip_prefix("Bearer ").or_else(|| v.strip_prefix("bearer ")))
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .ok_or_else(|| Error::unauthenticated("AUTH-7fs1e", "Invalid authorization header"))?;
            let principal = resolve_bearer(state, token).await?;
            return Ok(Caller { principal, ip, org_header, user_agent, browser: None });
        }
        check_browser_request(parts, state)?;
        let browser = Browser::from_headers(state, &parts.headers).await?;
        Ok(Caller { principal: Principal::Browser, ip, org_header, user_agent, browser: Some(Arc::new(browser)) })
    }
}

fn invalid_token() -> Error {
    Error::unauthenticated("AUTH-Ax9Dk", "Token is invalid or expired")
}

/// Resolved personal access tokens, so a login client's calls do not each look up its token and grants (measured
/// with `cargo xtask bench`: GetSession went from 193 to 102 µs of server CPU per request, CreateSession from 307 to
/// 230).
///
/// Invariant: every change to what [`resolve_bearer`] reads for a PAT (the `pats` row, the user's existence, state or
/// org, the user's `user_roles`) calls [`PatCache::invalidate`] after it commits. Today: deleting a user, locking a
/// user, granting roles. A generation number keeps a lookup that raced with such a change from caching its stale
/// answer, and entries expire after [`PAT_CACHE_TTL`] in any case, bounding the effect of a missed invalidation.
/// Session tokens are never cached: they rotate and end with their session.
#[derive(Default)]
pub struct PatCache {
    inner: std::sync::Mutex<PatCacheInner>,
}

#[derive(Default)]
struct PatCacheInner {
    generation: u64,
    entries: HashMap<String, CachedPat>,
}

struct CachedPat {
    user_id: String,
    org_id: String,
    grants: Vec<(String, String)>,
    expires_at: Option<String>,
    cached_at: Instant,
}

pub const PAT_CACHE_TTL: Duration = Duration::from_secs(5);

impl PatCache {
    /// Forgets every resolved token; see the invariant on [`PatCache`].
    pub fn invalidate(&self) {
        let mut inner = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        inner.generation += 1;
        inner.entries.clear();
    }

    fn generation(&self) -> u64 {
        self.inner.lock().unwrap_or_else(|p| p.into_inner()).generation
    }

    /// The cached principal for a token hash, unless stale or past the token's expiry (`now` in database form).
    fn get(&self, hash: &str, now: &str) -> Option<Principal> {
        let inner = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        let pat = inner.entries.get(hash)?;
        let live = pat.cached_at.elapsed() < PAT_CACHE_TTL && pat.expires_at.as_deref().is_none_or(|e| e > now);
        live.then(|| {
            Principal::Member(Member {
                user_id: pat.user_id.clone(),
                org_id: pat.org_id.clone(),
                grants: pat.grants.clone(),
            })
        })
    }

    /// Caches a lookup made at `generation`, unless something was invalidated since.
    fn put(&self, generation: u64, hash: String, pat: CachedPat) {
        let mut inner = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        if inner.generation == generation {
            // Only valid tokens get here, so the map stays as small as the number of PATs in use.
            inner.entries.insert(hash, pat);
        }
    }
}

async fn resolve_bearer(state: &AppState, token: &str) -> Result<Principal> {
    let hash = token_hash(token);
    let now = to_db(state.now());
    if let Some(principal) = state.pat_cache.get(&hash, &now) {
        return Ok(principal);
    }
    let generation = state.pat_cache.generation();
    // One query for the token, its user and their grants (a LEFT JOIN: a PAT user may have no grants).
    let rows = sqlx::query(
        "SELECT p.user_id, u.org_id, p.expires_at, r.org_id AS grant_org, r.role FROM pats p JOIN users u ON u.id = p.user_id
         LEFT JOIN user_roles r ON r.user_id = p.user_id
         WHERE p.token_hash = $1 AND (p.expires_at IS NULL OR p.expires_at > $2) AND u.state = 1",
    )
    .bind(&hash)
    .bind(&now)
    .fetch_all(&state.db.read)
    .await?;
    if let Some(first) = rows.first() {
        let user_id: String = first.try_get("user_id")?;
        let org_id: String = first.try_get("org_id")?;
        let mut grants = Vec::with_capacity(rows.len());
        for row in &rows {
            if let Some(role) = row.try_get::<Option<String>, _>("role")? {
                grants.push((row.try_get::<Option<String>, _>("grant_org")?.unwrap_or_default(), role));
            }
        }
        let cached = CachedPat {
            user_id: user_id.clone(),
            org_id: org_id.clone(),
            grants: grants.clone(),
            expires_at: first.try_get("expires_at")?,
            cached_at: Instant::now(),
        };
        state.pat_cache.put(generation, hash, cached);
        return Ok(Principal::Member(Member { user_id, org_id, grants }));
    }
    let session = sqlx::query(
        "SELECT s.id, s.user_id, s.expires_at, s.password_checked_at, u.org_id FROM sessions s
         JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1 AND u.state = 1",
    )
    .bind(&hash)
    .fetch_optional(&state.db.read)
    .await?;
    let Some(row) = session else { return Err(invalid_token()) };
    let now = state.now();
    if let Some(expires) = row.try_get::<Option<String>, _>("expires_at")? {
        if from_db(&expires)? <= now {
            return Err(invalid_token());
        }
    }
    let org_id: String = row.try_get("org_id")?;
    let session_id: String = row.try_get("id")?;
    // The same gate as the browser's signed-in state: a fresh first factor, and no enrolled second factor owed.
    let password_checked = match crate::session::store::find(state, &session_id).await? {
        Some(session) => {
            crate::session::login_policy::acts_as_user(crate::session::login_policy::outcome(state, &session).await?)
        }
        None => false,
    };
    Ok(Principal::SessionUser { user_id: row.try_get("user_id")?, org_id, session_id, password_checked })
}

/// The header (value `1`) that lets the SPA send non-JSON writes such as avatar uploads.
pub const CSRF_HEADER: &str = "x-gatehouse-csrf";

/// Token-less requests are the SPA's: they must come from our own origin (no other site can drive them, and a
/// cross-site page cannot read answers), and unsafe ones must be JSON or carry [`CSRF_HEADER`], which a cross-site
/// HTML form cannot send without a CORS preflight we never grant.
fn check_browser_request(parts: &Parts, state: &AppState) -> Result<()> {
    let header_str = |name: &str| parts.headers.get(name).and_then(|v| v.to_str().ok());
    let same_origin = match header_str("sec-fetch-site") {
        Some(site) => site == "same-origin",
        None => header_str("origin") == Some(state.public_origin.as_str()),
    };
    if !same_origin {
        return Err(Error::unauthenticated(
            "AUTH-Browser-Origin",
            "Requests without a token must come from the login UI's own origin",
        ));
    }
    if !matches!(parts.method, Method::GET | Method::HEAD | Method::OPTIONS) {
        let json = header_str("content-type")
            .and_then(|ct| ct.split(';').next())
            .is_some_and(|ct| ct.trim().eq_ignore_ascii_case("application/json"));
        // Uploads (multipart) carry a custom header instead: like a JSON body, no cross-site form can send it
        // without the preflight.
        let custom_header = header_str(CSRF_HEADER) == Some("1");
        if !json && !custom_header {
            return Err(Error::unauthenticated(
                "AUTH-Browser-CSRF",
                "Browser requests must send Content-Type: application/json",
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pat(expires_at: Option<&str>) -> CachedPat {
        CachedPat {
            user_id: "u".into(),
            org_id: "o".into(),
            grants: vec![(String::new(), IAM_OWNER.into())],
            expires_at: expires_at.map(str::to_owned),
            cached_at: Instant::now(),
        }
    }

    #[test]
    fn pat_cache_drops_raced_lookups_invalidated_and_expired_entries() {
        let cache = PatCache::default();
        let now = "2024-01-01T00:00:00.000000Z";
        let before = cache.generation();
        cache.invalidate();
        cache.put(before, "raced".into(), pat(None));
        assert!(cache.get("raced", now).is_none(), "a lookup that started before an invalidation is not cached");
        cache.put(cache.generation(), "h".into(), pat(None));
        assert!(matches!(cache.get("h", now), Some(Principal::Member(m)) if m.user_id == "u" && m.grants.len() == 1));
        cache.invalidate();
        assert!(cache.get("h", now).is_none());
        cache.put(cache.generation(), "e".into(), pat(Some("2024-01-01T00:00:01.000000Z")));
        assert!(cache.get("e", now).is_some());
        assert!(cache.get("e", "2024-01-01T00:00:01.000000Z").is_none(), "past the token's expiry");
    }
}
