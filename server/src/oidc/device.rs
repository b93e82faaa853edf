//! Device authorization grant (RFC 8628): the device asks for a user code, the user approves it in the login UI at
//! `/device`, and the device polls the token endpoint meanwhile.

use std::collections::{HashMap, VecDeque};
use std::sync::{Mutex, OnceLock};
use std::time::Instant;

use axum::extract::{Request, State};
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::Duration;
use gatehouse_api::app::OidcGrantType;
use gatehouse_api::object::Empty;
use gatehouse_api::oidc as api;
use rand::Rng;
use serde_json::json;
use sqlx::Row;

use super::service::{ensure_login_ui, session_for};
use super::token::{active_user, authenticate_client, no_store, FormRequest, OAuthError, OAuthResult};
use super::tokens::{self, Grant, Spend, TokenResponse};
use crate::app::{self, AppRecord};
use crate::auth::Caller;
use crate::clock::{from_db, to_db};
use crate::crypto::{random_token, token_hash};
use crate::error::{Error, Result};
use crate::session::login_policy::ensure_login_complete;
use crate::AppState;

pub const GRANT_TYPE: &str = "urn:ietf:params:oauth:grant-type:device_code";
pub const LIFETIME: Duration = Duration::minutes(5);
pub const INTERVAL_SECS: i64 = 5;
/// Consonants only (no vowels: no words), without look-alikes; 20^8 codes.
const USER_CODE_ALPHABET: &[u8] = b"BCDFGHJKLMNPQRSTVWXZ";
/// Wrong user codes the whole instance accepts per minute (security review L2): the per-IP limit alone lets many
/// addresses guess together. At this rate a guesser covers under 0.000002 % of the 20^8 codes in a code's 5 minutes.
pub const WRONG_GUESSES_PER_MINUTE: usize = 60;

/// Wrong user-code guesses of the last minute, per instance (one server process may host several in tests).
fn wrong_guesses() -> &'static Mutex<HashMap<String, VecDeque<Instant>>> {
    static GUESSES: OnceLock<Mutex<HashMap<String, VecDeque<Instant>>>> = OnceLock::new();
    GUESSES.get_or_init(Default::default)
}

/// Whether another guess may be looked up: fewer than [`WRONG_GUESSES_PER_MINUTE`] wrong ones in the last minute.
fn guess_allowed(instance: &str, now: Instant) -> bool {
    let mut all = wrong_guesses().lock().unwrap_or_else(|p| p.into_inner());
    let recent = all.entry(instance.to_owned()).or_default();
    while recent.front().is_some_and(|t| now.duration_since(*t) >= std::time::Duration::from_secs(60)) {
        recent.pop_front();
    }
    recent.len() < WRONG_GUESSES_PER_MINUTE
}

fn record_wrong_guess(instance: &str, now: Instant) {
    let mut all = wrong_guesses().lock().unwrap_or_else(|p| p.into_inner());
    all.entry(instance.to_owned()).or_default().push_back(now);
}

pub fn new_user_code() -> String {
    let mut rng = rand::rngs::OsRng;
    let mut pick = || USER_CODE_ALPHABET[rng.gen_range(0..USER_CODE_ALPHABET.len())] as char;
    let first: String = (0..4).map(|_| pick()).collect();
    let second: String = (0..4).map(|_| pick()).collect();
    format!("{first}-{second}")
}

/// What users type: case and the dash do not matter.
pub fn normalize_user_code(input: &str) -> String {
    let letters: String = input.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_uppercase()).collect();
    if letters.len() == 8 {
        format!("{}-{}", &letters[..4], &letters[4..])
    } else {
        letters
    }
}

pub async fn device_authorization(State(state): State<AppState>, request: Request) -> Response {
    let result = async {
        let form = FormRequest::read(request).await?;
        let app = authenticate_client(&state, &form).await?;
        if !app.settings()?.grant_types.contains(&OidcGrantType::DeviceCode) {
            return Err(OAuthError::new("unauthorized_client", "the client may not use the device code grant"));
        }
        let scopes = super::scopes::parse(form.get("scope").unwrap_or("openid"));
        let device_code = random_token();
        let user_code = new_user_code();
        let now = state.now();
        sqlx::query(
            "INSERT INTO oidc_device_authorizations (id, device_code_hash, user_code, app_id, client_id, scope,
             created_at, expires_at, poll_interval, status) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'pending')",
        )
        // Random: with a session, the id is what approves the request.
        .bind(random_token())
        .bind(token_hash(&device_code))
        .bind(&user_code)
        .bind(&app.id)
        .bind(&app.client_id)
        .bind(scopes.join(" "))
        .bind(to_db(now))
        .bind(to_db(now + LIFETIME))
        .bind(INTERVAL_SECS)
        .execute(&state.db.write)
        .await
        .map_err(Error::from)?;
        let base = super::tokens::issuer(&state);
        Ok::<_, OAuthError>(json!({
            "device_code": device_code,
            "user_code": user_code,
            "verification_uri": format!("{base}/device"),
            "verification_uri_complete": format!("{base}/device?user_code={user_code}"),
            "expires_in": LIFETIME.num_seconds(),
            "interval": INTERVAL_SECS,
        }))
    }
    .await;
    match result {
        Ok(v) => no_store(Json(v).into_response()),
        Err(e) => e.into_response(),
    }
}

/// The token endpoint's device-code branch: pending, slow down, denied, expired, or the tokens (once).
pub async fn poll(state: &AppState, app: &AppRecord, form: &FormRequest) -> OAuthResult<TokenResponse> {
    let code = form.get("device_code").ok_or_else(|| OAuthError::new("invalid_request", "device_code is missing"))?;
    let row = sqlx::query(
        "SELECT id, client_id, scope, expires_at, poll_interval, last_poll_at, status, user_id, session_id, auth_time,
         amr FROM oidc_device_authorizations WHERE device_code_hash = $1",
    )
    .bind(token_hash(code))
    .fetch_optional(&state.db.read)
    .await
    .map_err(Error::from)?;
    let invalid = || OAuthError::new("invalid_grant", "unknown device_code");
    let Some(row) = row else { return Err(invalid()) };
    let get = |name: &str| row.try_get::<Option<String>, _>(name).map_err(Error::from);
    let id: String = row.try_get("id").map_err(Error::from)?;
    if row.try_get::<String, _>("client_id").map_err(Error::from)? != app.client_id {
        return Err(invalid());
    }
    let now = state.now();
    if from_db(&row.try_get::<String, _>("expires_at").map_err(Error::from)?)? <= now {
        return Err(OAuthError::new("expired_token", "the device code has expired; start again"));
    }
    let status: String = row.try_get("status").map_err(Error::from)?;
    match status.as_str() {
        "pending" => {
            let interval: i64 = row.try_get("poll_interval").map_err(Error::from)?;
            let too_soon = match get("last_poll_at")? {
                Some(last) => now.signed_duration_since(from_db(&last)?).num_seconds() < interval,
                None => false,
            };
            let new_interval = if too_soon { interval + 5 } else { interval };
            sqlx::query("UPDATE oidc_device_authorizations SET last_poll_at = $2, poll_interval = $3 WHERE id = $1")
                .bind(&id)
                .bind(to_db(now))
                .bind(new_interval)
                .execute(&state.db.write)
                .await
                .map_err(Error::from)?;
            if too_soon {
                Err(OAuthError::new("slow_down", format!("poll at most every {new_interval} seconds")))
            } else {
                Err(OAuthError::new("authorization_pending", "the user has not answered yet"))
            }
        }
        "denied" => Err(OAuthError::new("access_denied", "the user denied the request")),
        "approved" => {
            let user = active_user(state, &get("user_id")?.unwrap_or_default()).await?;
            let scopes: Vec<String> = row
                .try_get::<String, _>("scope")
                .map_err(Error::from)?
                .split(' ')
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect();
            let refresh = super::scopes::has(&scopes, "offline_access")
                && app.settings()?.grant_types.contains(&OidcGrantType::RefreshToken);
            let grant = Grant {
                grant_id: id.clone(),
                app,
                user: &user,
                session_id: get("session_id")?,
                scopes,
                auth_time: get("auth_time")?.as_deref().map(from_db).transpose()?,
                amr: get("amr")?
                    .as_deref()
                    .map(serde_json::from_str)
                    .transpose()
                    .map_err(Error::from)?
                    .unwrap_or_default(),
                nonce: None,
            };
            tokens::issue(state, &grant, refresh, Spend::Device(&id)).await?.ok_or_else(invalid)
        }
        _ => Err(invalid()),
    }
}

struct Pending {
    id: String,
    app_id: String,
    client_id: String,
    scope: String,
}

const DEVICE_NOT_FOUND: &str = "OIDC-DeviceNotFound";

async fn pending(state: &AppState, column: &str, value: &str) -> Result<Pending> {
    let not_found = || Error::not_found(DEVICE_NOT_FOUND, "No pending device authorization with this code");
    let row = sqlx::query(&format!(
        "SELECT id, app_id, client_id, scope, expires_at, status FROM oidc_device_authorizations WHERE {column} = $1"
    ))
    .bind(value)
    .fetch_optional(&state.db.read)
    .await?
    .ok_or_else(not_found)?;
    let status: String = row.try_get("status")?;
    if status != "pending" || from_db(&row.try_get::<String, _>("expires_at")?)? <= state.now() {
        return Err(not_found());
    }
    Ok(Pending {
        id: row.try_get("id")?,
        app_id: row.try_get("app_id")?,
        client_id: row.try_get("client_id")?,
        scope: row.try_get("scope")?,
    })
}

pub async fn get_device_authorization_request(
    state: AppState,
    caller: Caller,
    req: api::GetDeviceAuthorizationRequestRequest,
) -> Result<api::GetDeviceAuthorizationRequestResponse> {
    ensure_login_ui(&caller)?;
    let code = normalize_user_code(&req.user_code);
    if code.len() != 9 {
        return Err(Error::invalid("OIDC-UserCode", "userCode must have 9 characters, like K9LV-3DMQ"));
    }
    // User codes are short: guesses are limited per client IP.
    let bucket = format!("device-code:{}", caller.ip.map(|ip| ip.to_string()).unwrap_or_default());
    if !state.limiter.allow(caller.ip, &bucket) || !guess_allowed(&state.instance.id, Instant::now()) {
        return Err(Error::resource_exhausted("OIDC-TooMany", "Too many attempts; wait a minute"));
    }
    let p = match pending(&state, "user_code", &code).await {
        Err(e) if e.has_id(DEVICE_NOT_FOUND) => {
            record_wrong_guess(&state.instance.id, Instant::now());
            return Err(e);
        }
        other => other?,
    };
    let app = app::find(&state, &p.app_id).await?.ok_or_else(app::app_not_found)?;
    let project = crate::project::find(&state, &app.project_id).await?;
    Ok(api::GetDeviceAuthorizationRequestResponse {
        device_authorization_request: api::DeviceAuthorizationRequest {
            id: p.id,
            client_id: p.client_id,
            scope: p.scope.split(' ').filter(|s| !s.is_empty()).map(str::to_owned).collect(),
            app_name: app.name,
            project_name: project.map(|p| p.name).unwrap_or_default(),
        },
    })
}

pub async fn authorize_or_deny(
    state: AppState,
    caller: Caller,
    req: api::AuthorizeOrDenyDeviceAuthorizationRequest,
) -> Result<Empty> {
    ensure_login_ui(&caller)?;
    let p = pending(&state, "id", &req.device_authorization_id).await?;
    let update = match (req.session, req.deny) {
        (Some(session), None) => {
            let session = session_for(&state, &caller, &session).await?;
            ensure_login_complete(&state, &session).await?;
            // The app's org scope binds the device login too (security review L2), as it does CreateCallback.
            let user_id = session.user_id.clone().unwrap_or_default();
            let user = crate::user::store::get(&state, &user_id).await?;
            if !in_org_scope(&super::scopes::parse(&p.scope), &user) {
                return Err(Error::permission_denied(
                    "OIDC-OrgScope",
                    "This application only accepts users of another organization",
                ));
            }
            let (amr, auth_time) = tokens::authentication(&session)?;
            sqlx::query(
                "UPDATE oidc_device_authorizations SET status = 'approved', user_id = $2, session_id = $3,
                 auth_time = $4, amr = $5 WHERE id = $1 AND status = 'pending'",
            )
            .bind(&p.id)
            .bind(&session.user_id)
            .bind(&session.id)
            .bind(auth_time.map(to_db))
            .bind(serde_json::to_string(&amr)?)
            .execute(&state.db.write)
            .await?
        }
        (None, Some(_)) => {
            sqlx::query("UPDATE oidc_device_authorizations SET status = 'denied' WHERE id = $1 AND status = 'pending'")
                .bind(&p.id)
                .execute(&state.db.write)
                .await?
        }
        _ => return Err(Error::invalid("OIDC-Ae8fd", "set exactly one of session or deny")),
    };
    if update.rows_affected() != 1 {
        return Err(Error::failed_precondition("OIDC-DeviceAnswered", "The device authorization was already answered"));
    }
    Ok(Empty {})
}

/// Whether `user` may answer a request with these scopes: no org scope, or the user's org by id or primary domain.
fn in_org_scope(scopes: &[String], user: &crate::user::UserRecord) -> bool {
    match super::scopes::org_scope(scopes) {
        Some(super::scopes::OrgScope::Id(id)) => id == user.org_id,
        Some(super::scopes::OrgScope::Domain(d)) => d == user.primary_domain.to_lowercase(),
        None => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrong_guesses_are_limited_per_instance_and_minute() {
        let start = Instant::now();
        let instance = "guess-test-instance";
        for _ in 0..WRONG_GUESSES_PER_MINUTE {
            assert!(guess_allowed(instance, start));
            record_wrong_guess(instance, start);
        }
        assert!(!guess_allowed(instance, start));
        assert!(guess_allowed("another-instance", start));
        assert!(guess_allowed(instance, start + std::time::Duration::from_secs(60)), "a minute later");
    }

    #[test]
    fn org_scopes_bind_the_device_login() {
        let mut user = crate::user::store::sample("ada", "ada@example.com");
        user.org_id = "o1".into();
        user.primary_domain = "acme.example".into();
        let scopes = |s: &str| vec!["openid".to_owned(), s.to_owned()];
        assert!(in_org_scope(&scopes("urn:zitadel:iam:org:id:o1"), &user));
        assert!(!in_org_scope(&scopes("urn:zitadel:iam:org:id:o2"), &user));
        assert!(in_org_scope(&scopes("urn:zitadel:iam:org:domain:primary:ACME.example"), &user));
        assert!(!in_org_scope(&scopes("urn:zitadel:iam:org:domain:primary:other.example"), &user));
        assert!(in_org_scope(&scopes("profile"), &user));
    }

    #[test]
    fn user_codes_are_nine_characters_and_normalize() {
        let code = new_user_code();
        assert_eq!(code.len(), 9);
        assert_eq!(&code[4..5], "-");
        assert_eq!(normalize_user_code("bcdf ghjk"), "BCDF-GHJK");
        assert_eq!(normalize_user_code("BCDF-GHJK"), "BCDF-GHJK");
        assert_eq!(normalize_user_code("abc"), "ABC");
    }
}
