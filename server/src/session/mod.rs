//! SessionService: sessions with user and password checks. Browser callers own their sessions through the
//! browser cookie and never receive session tokens.

mod checks;
pub mod factors;
pub mod login_name;
pub mod login_policy;
pub mod store;
mod webauthn_check;

use std::collections::BTreeMap;

use axum::Router;
use chrono::Duration;
use gatehouse_api::json::Bytes;
use gatehouse_api::object::{ListDetails, TimestampQueryMethod};
use gatehouse_api::session::{self as api, Checks, UserAgent};
use serde_json::json;

use crate::auth::{Caller, Principal};
use crate::clock::{from_db, to_db, Timestamp};
use crate::crypto::{random_token, token_hash};
use crate::error::{Error, Result};
use crate::events::{append, Event};
use crate::rpc::rpc;
use crate::user::{self, UserRecord};
use crate::AppState;
pub use checks::{check_password, reaches_lockout};
use store::{NewSession, SessionRecord};

pub fn routes() -> Router<AppState> {
    let r = Router::new();
    let r = rpc::<api::CreateSession, _, _>(r, create_session);
    let r = rpc::<api::SetSession, _, _>(r, set_session);
    let r = rpc::<api::GetSession, _, _>(r, |state, caller, req| async move {
        let session = store::get(&state, &req.session_id).await?;
        authorize(&state, &caller, &session, req.session_token.as_deref(), false).await?;
        Ok(api::GetSessionResponse { session: session.to_api()? })
    });
    let r = rpc::<api::ListSessions, _, _>(r, list_sessions);
    rpc::<api::DeleteSession, _, _>(r, |state, caller, req| async move {
        let session = store::get(&state, &req.session_id).await?;
        authorize(&state, &caller, &session, req.session_token.as_deref(), true).await?;
        let (sequence, at) = terminate(&state, &session.id, caller.user_id(), &default_user_agent(&caller)).await?;
        Ok(api::DeleteSessionResponse { details: details(&state, sequence, at) })
    })
}

fn details(state: &AppState, sequence: u64, at: Timestamp) -> gatehouse_api::object::Details {
    gatehouse_api::object::Details {
        sequence,
        change_date: Some(at),
        resource_owner: state.instance.id.clone(),
        creation_date: None,
    }
}

pub fn email_unverified() -> Error {
    Error::failed_precondition("GATEHOUSE-EmailUnverified", "Email is not verified")
}

fn expiry(now: Timestamp, lifetime: Option<gatehouse_api::json::Duration>) -> Result<Option<Timestamp>> {
    match lifetime {
        None => Ok(None),
        Some(d) if d.is_zero() => Err(Error::invalid("SESSION-Lifetime", "lifetime must be greater than 0s")),
        Some(d) => {
            let d = Duration::from_std(d.0).map_err(|_| Error::invalid("SESSION-Lifetime", "lifetime is too long"))?;
            now.checked_add_signed(d)
                .map(Some)
                .ok_or_else(|| Error::invalid("SESSION-Lifetime", "lifetime is too long"))
        }
    }
}

/// Runs the requested checks. Returns the user now bound to the session (new or existing) and whether a password
/// check passed in this request.
async fn run_checks(
    state: &AppState,
    caller: &Caller,
    existing: Option<UserRecord>,
    checks: Option<&Checks>,
) -> Result<(Option<UserRecord>, bool, bool)> {
    let Some(checks) = checks else { return Ok((existing, false, false)) };
    let mut user = existing;
    let mut user_checked = false;
    if let Some(check) = &checks.user {
        let found = checks::resolve_user(state, caller, check).await?;
        if user.as_ref().is_some_and(|u| u.id != found.id) {
            return Err(Error::invalid("SESSION-UserChange", "The user of a session cannot be changed"));
        }
        user = Some(found);
        user_checked = true;
    }
    let mut password_checked = false;
    if let Some(password) = &checks.password {
        let u = user.as_ref().ok_or_else(|| {
            Error::failed_precondition("COMMAND-x0i0p", "The user must be checked before the password")
        })?;
        checks::check_password(state, caller.ip, u, &password.password).await?;
        password_checked = true;
    }
    Ok((user, user_checked, password_checked))
}

pub fn default_user_agent(caller: &Caller) -> UserAgent {
    UserAgent { ip: caller.ip.map(|ip| ip.to_string()), description: caller.user_agent.clone(), ..Default::default() }
}

/// Creating sessions is the login's job: login clients, IAM owners, and the browser (the SPA is the login).
fn may_create(caller: &Caller) -> Result<()> {
    if caller.is_instance_login_admin() || matches!(caller.principal, Principal::Browser) {
        Ok(())
    } else {
        Err(Error::denied())
    }
}

async fn create_session(
    state: AppState,
    caller: Caller,
    req: api::CreateSessionRequest,
) -> Result<api::CreateSessionResponse> {
    may_create(&caller)?;
    checks::reject_unsupported(req.checks.as_ref(), req.challenges.as_ref())?;
    let now = state.now();
    let expires_at = expiry(now, req.lifetime)?;
    webauthn_check::refuse_on_create(req.checks.as_ref())?;
    let (user, _, password_checked) = run_checks(&state, &caller, None, req.checks.as_ref()).await?;
    let mut second_factors = crate::mfa::check::run(&state, &caller, user.as_ref(), None, req.checks.as_ref()).await?;
    second_factors.extend(checks::idp_intent(&state, &caller, user.as_ref(), req.checks.as_ref()).await?);
    let id = state.new_id();
    let token = random_token();
    let user_agent = req.user_agent.clone().unwrap_or_else(|| default_user_agent(&caller));
    let new = NewSession {
        id: id.clone(),
        token_hash: token_hash(&token),
        user_id: user.as_ref().map(|u| u.id.clone()),
        user_checked_at: user.as_ref().map(|_| to_db(now)),
        password_checked_at: password_checked.then(|| to_db(now)),
        creator_id: caller.user_id().map(str::to_owned),
        metadata: serde_json::to_string(&req.metadata)?,
        user_agent: serde_json::to_string(&user_agent)?,
        created_at: to_db(now),
        expires_at: expires_at.map(to_db),
        event: json!({ "userId": user.as_ref().map(|u| u.id.clone()), "passwordChecked": password_checked })
            .to_string(),
    };
    let sequence = match caller.browser() {
        // The browser's own rows go in the same transaction.
        Some(browser) => {
            let mut tx = state.db.begin().await?;
            let sequence = store::insert_all(&mut tx, &state.instance.id, std::slice::from_ref(&new)).await?[0];
            let browser_id = browser.id_for_new_session(&state, &mut tx).await?;
            sqlx::query("INSERT INTO browser_sessions (browser_hash, session_id, created_at) VALUES ($1, $2, $3)")
                .bind(browser_id)
                .bind(&id)
                .bind(to_db(now))
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
            sequence
        }
        None => state.sessions.create(new).await?,
    };
    if let Some(u) = user.as_ref().filter(|_| !second_factors.is_empty()) {
        // The checks already passed (and consumed their codes); the new session records them.
        let mut tx = state.db.begin().await?;
        for kind in &second_factors {
            factors::record(&mut tx, &id, &u.id, *kind, false, now).await?;
        }
        tx.commit().await?;
    }
    if password_checked && user.as_ref().is_some_and(|u| u.is_human() && !u.email_verified) {
        // The session keeps its password factor (the password was right); the login continues at email
        // verification.
        return Err(email_unverified());
    }
    let web_auth_n = webauthn_check::challenge(&state, &id, user.as_ref(), req.challenges.as_ref()).await?;
    let (otp_sms, otp_email) =
        crate::mfa::otp::challenges(&state, &caller, &id, user.as_ref(), req.challenges.as_ref()).await?;
    Ok(api::CreateSessionResponse {
        details: details(&state, sequence, now),
        session_id: id,
        session_token: if caller.browser().is_some() { String::new() } else { token },
        challenges: Some(api::Challenges { web_auth_n, otp_sms, otp_email }).filter(|c| !c.is_empty()),
    })
}

async fn set_session(state: AppState, caller: Caller, req: api::SetSessionRequest) -> Result<api::SetSessionResponse> {
    let session = store::get(&state, &req.session_id).await?;
    authorize(&state, &caller, &session, None, false).await?;
    let now = state.now();
    if session.is_expired(now)? {
        return Err(Error::failed_precondition("SESSION-Expired", "Session has expired"));
    }
    checks::reject_unsupported(req.checks.as_ref(), req.challenges.as_ref())?;
    let existing = match &session.user_id {
        Some(id) => Some(user::store::get(&state, id).await?),
        None => None,
    };
    let (user, user_checked, password_checked) = run_checks(&state, &caller, existing, req.checks.as_ref()).await?;
    let webauthn = webauthn_check::verify(&state, &caller, &session.id, user.as_ref(), req.checks.as_ref()).await?;
    let (user, user_checked) = webauthn_check::bind_user(user, user_checked, webauthn.as_ref());
    let mut second_factors =
        crate::mfa::check::run(&state, &caller, user.as_ref(), Some(&session.id), req.checks.as_ref()).await?;
    second_factors.extend(checks::idp_intent(&state, &caller, user.as_ref(), req.checks.as_ref()).await?);
    let mut metadata: BTreeMap<String, Bytes> = session.metadata_map()?;
    for (key, value) in &req.metadata {
        // As in ZITADEL: an empty value deletes the key.
        if value.0.is_empty() {
            metadata.remove(key);
        } else {
            metadata.insert(key.clone(), value.clone());
        }
    }
    let expires_at = match req.lifetime {
        Some(_) => expiry(now, req.lifetime)?.map(to_db),
        None => session.expires_at.clone(),
    };
    // Every update rotates the token: a token seen before this change no longer works.
    let token = random_token();
    let mut tx = state.db.begin().await?;
    let sequence = append(
        &mut tx,
        Event {
            aggregate_type: "session",
            aggregate_id: &session.id,
            event_type: "session.updated",
            resource_owner: &state.instance.id,
            creator: caller.user_id(),
            payload: json!({ "userChecked": user_checked, "passwordChecked": password_checked }),
        },
        now,
    )
    .await?;
    sqlx::query(
        "UPDATE sessions SET token_hash = $1, user_id = $2,
           user_checked_at = CASE WHEN $3 THEN $4 ELSE user_checked_at END,
           password_checked_at = CASE WHEN $5 THEN $4 ELSE password_checked_at END,
           first_factor_at = CASE WHEN $5 THEN COALESCE(first_factor_at, $4) ELSE first_factor_at END,
           metadata = $6, expires_at = $7, changed_at = $4, sequence = $8
         WHERE id = $9",
    )
    .bind(token_hash(&token))
    .bind(user.as_ref().map(|u| u.id.clone()))
    .bind(user_checked)
    .bind(to_db(now))
    .bind(password_checked)
    .bind(serde_json::to_string(&metadata)?)
    .bind(expires_at)
    .bind(sequence as i64)
    .bind(&session.id)
    .execute(&mut *tx)
    .await?;
    if let Some(verified) = &webauthn {
        crate::webauthn::assertion::record(&mut tx, &session.id, verified, now).await?;
    }
    if let Some(u) = &user {
        for kind in &second_factors {
            factors::record(&mut tx, &session.id, &u.id, *kind, false, now).await?;
        }
    }
    tx.commit().await?;
    if password_checked && user.as_ref().is_some_and(|u| u.is_human() && !u.email_verified) {
        return Err(email_unverified());
    }
    let web_auth_n = webauthn_check::challenge(&state, &session.id, user.as_ref(), req.challenges.as_ref()).await?;
    let (otp_sms, otp_email) =
        crate::mfa::otp::challenges(&state, &caller, &session.id, user.as_ref(), req.challenges.as_ref()).await?;
    Ok(api::SetSessionResponse {
        details: details(&state, sequence, now),
        session_token: if caller.browser().is_some() { String::new() } else { token },
        challenges: Some(api::Challenges { web_auth_n, otp_sms, otp_email }).filter(|c| !c.is_empty()),
    })
}

/// May this caller read/change/delete this session? Login clients may; so may whoever holds its token, the
/// session's own user, its creator, and the browser that owns it. For deletion a browser may also end any session
/// of a user signed in there ("log out everywhere").
async fn authorize(
    state: &AppState,
    caller: &Caller,
    session: &SessionRecord,
    token: Option<&str>,
    deleting: bool,
) -> Result<()> {
    if caller.is_instance_login_admin() {
        return Ok(());
    }
    if let Some(token) = token.filter(|t| !t.is_empty()) {
        if store::token_matches(state, &session.id, token).await? {
            return Ok(());
        }
    }
    if matches!(&caller.principal, Principal::SessionUser { session_id, .. } if *session_id == session.id) {
        return Ok(());
    }
    if let Some(me) = caller.user_id() {
        if session.user_id.as_deref() == Some(me) || session.creator_id.as_deref() == Some(me) {
            return Ok(());
        }
    }
    if let Some(browser) = caller.browser() {
        if browser.owns_session(state, &session.id).await? {
            return Ok(());
        }
        if deleting {
            if let Some(user_id) = &session.user_id {
                if browser.user(state, user_id).await?.is_some_and(|u| u.signed_in) {
                    // Ending the user's sessions elsewhere is a sensitive change.
                    let user = user::store::get(state, user_id).await?;
                    return crate::user::access::require_recent_auth(state, caller, &user).await;
                }
            }
        }
    }
    Err(Error::denied())
}

/// Ends a session (log out). The event keeps the session's own device and address (its sign-in entries in the
/// security log outlive the row) and those of the request that ended it, `ended_by` (the sign-out entry).
pub async fn terminate(
    state: &AppState,
    session_id: &str,
    creator: Option<&str>,
    ended_by: &UserAgent,
) -> Result<(u64, Timestamp)> {
    let now = state.now();
    let mut tx = state.db.begin().await?;
    let agent: Option<Option<String>> = sqlx::query_scalar("SELECT user_agent FROM sessions WHERE id = $1")
        .bind(session_id)
        .fetch_optional(&mut *tx)
        .await?;
    let agent: serde_json::Value =
        agent.flatten().and_then(|a| serde_json::from_str(&a).ok()).unwrap_or(serde_json::Value::Null);
    let payload = json!({ "userAgent": agent, "endedBy": ended_by });
    let sequence = record_terminated(state, &mut tx, session_id, creator, payload, now).await?;
    sqlx::query("DELETE FROM sessions WHERE id = $1").bind(session_id).execute(&mut *tx).await?;
    tx.commit().await?;
    Ok((sequence, now))
}

/// Appends the `session.terminated` event of a session ended inside `tx` (by logout, or with its user) and revokes
/// every OIDC token issued from it, refresh tokens included: "log out" and "log out everywhere" must also end
/// what a thief copied out of an app, not only the apps' back-channel notice.
pub async fn record_terminated(
    state: &AppState,
    tx: &mut crate::db::Tx,
    session_id: &str,
    creator: Option<&str>,
    payload: serde_json::Value,
    now: Timestamp,
) -> Result<u64> {
    let event = Event {
        aggregate_type: "session",
        aggregate_id: session_id,
        event_type: "session.terminated",
        resource_owner: &state.instance.id,
        creator,
        payload,
    };
    sqlx::query("UPDATE oidc_tokens SET revoked = 1 WHERE session_id = $1").bind(session_id).execute(&mut **tx).await?;
    append(tx, event, now).await
}

async fn list_sessions(
    state: AppState,
    caller: Caller,
    req: api::ListSessionsRequest,
) -> Result<api::ListSessionsResponse> {
    let all = store::all(&state).await?;
    let visible: Vec<SessionRecord> = if caller.is_instance_login_admin() {
        all
    } else if let Some(browser) = caller.browser() {
        let own = browser.session_ids(&state).await?;
        // Sessions of a user signed in here are visible when asked for by user id (the profile's session list).
        let mut signed_in_users = Vec::new();
        for q in &req.queries {
            if let Some(u) = &q.user_id_query {
                if browser.user(&state, &u.id).await?.is_some_and(|b| b.signed_in) {
                    signed_in_users.push(u.id.clone());
                }
            }
        }
        all.into_iter()
            .filter(|s| own.contains(&s.id) || s.user_id.as_ref().is_some_and(|u| signed_in_users.contains(u)))
            .collect()
    } else {
        let me = caller.user_id().unwrap_or_default().to_owned();
        let owned_orgs = caller.owned_orgs();
        all.into_iter()
            .filter(|s| {
                s.user_id.as_deref() == Some(me.as_str())
                    || s.creator_id.as_deref() == Some(me.as_str())
                    || s.user_org_id.as_ref().is_some_and(|o| owned_orgs.contains(o))
            })
            .collect()
    };
    let me = caller.user_id().map(str::to_owned);
    let mut matching = Vec::new();
    for s in visible {
        if session_matches(&s, &req.queries, me.as_deref())? {
            matching.push(s);
        }
    }
    if !req.query.as_ref().is_some_and(|q| q.asc) {
        matching.reverse();
    }
    let total = matching.len() as u64;
    let offset = req.query.as_ref().map_or(0, |q| q.offset as usize);
    let limit = req.query.as_ref().map_or(0, |q| q.limit as usize);
    let limit = if limit == 0 { 1000 } else { limit.min(1000) };
    let sessions = matching.iter().skip(offset).take(limit).map(SessionRecord::to_api).collect::<Result<Vec<_>>>()?;
    Ok(api::ListSessionsResponse {
        details: ListDetails { total_result: total, processed_sequence: 0, timestamp: Some(state.now()) },
        sessions,
    })
}

fn session_matches(s: &SessionRecord, queries: &[api::SearchQuery], me: Option<&str>) -> Result<bool> {
    for q in queries {
        if let Some(ids) = &q.ids_query {
            if !ids.ids.contains(&s.id) {
                return Ok(false);
            }
        }
        if let Some(u) = &q.user_id_query {
            if s.user_id.as_deref() != Some(u.id.as_str()) {
                return Ok(false);
            }
        }
        if let Some(c) = &q.creation_date_query {
            let created = from_db(&s.created_at)?;
            let ok = match c.method {
                TimestampQueryMethod::Equals => created == c.creation_date,
                TimestampQueryMethod::Greater => created > c.creation_date,
                TimestampQueryMethod::GreaterOrEquals => created >= c.creation_date,
                TimestampQueryMethod::Less => created < c.creation_date,
                TimestampQueryMethod::LessOrEquals => created <= c.creation_date,
            };
            if !ok {
                return Ok(false);
            }
        }
        if let Some(c) = &q.creator_query {
            let wanted = c.get("id").and_then(|v| v.as_str()).map(str::to_owned).or_else(|| me.map(str::to_owned));
            if s.creator_id.is_none() || s.creator_id != wanted {
                return Ok(false);
            }
        }
        if q.user_agent_query.is_some() || q.expiration_date_query.is_some() {
            return Err(Error::unimplemented(
                "GATEHOUSE-QueryUnsupported",
                "userAgentQuery and expirationDateQuery are not supported yet",
            ));
        }
    }
    Ok(true)
}
