//! Back-channel logout delivery (OIDC Back-Channel Logout 1.0), through an outbox.
//!
//! Every ended session, whoever ended it (end_session, the `/logout` page, "log out everywhere", a deleted user), is
//! a `session.terminated` event. A task per server follows the event log from a cursor kept in the database and
//! writes one outbox row per app that holds tokens from that session and registered a `backChannelLogoutUri`; the
//! same task sends due rows (a freshly signed logout token each attempt), retrying failures with exponential backoff
//! ([`FIRST_RETRY`] doubling up to [`MAX_BACKOFF`]) at most [`MAX_ATTEMPTS`] times, each bounded by
//! [`DELIVERY_TIMEOUT`]. Nothing here runs inside a request: logging out never waits for an app. Rows and the cursor
//! survive restarts, so a logout queued before a crash is still delivered after it.

use std::sync::{Arc, Weak};
use std::time::Duration;

use chrono::Duration as Span;
use serde_json::{json, Value};
use sqlx::Row;
use tokio::sync::Semaphore;

use super::{keys, tokens};
use crate::clock::{to_db, Timestamp};
use crate::error::{Error, Result};
use crate::{AppState, Inner};

pub const BACKCHANNEL_EVENT: &str = "http://schemas.openid.net/event/backchannel-logout";
/// How long one POST may take (connect, send, answer).
pub const DELIVERY_TIMEOUT: Duration = Duration::from_secs(5);
/// After this many failed attempts a delivery is given up (logged, kept in the table).
pub const MAX_ATTEMPTS: i64 = 8;
pub const FIRST_RETRY: Span = Span::seconds(2);
pub const MAX_BACKOFF: Span = Span::minutes(10);
const POLL: Duration = Duration::from_millis(300);
const BATCH: i64 = 32;
/// Deliveries under way at once; each takes at most [`DELIVERY_TIMEOUT`], and a slow app never holds up the others.
const MAX_IN_FLIGHT: usize = 64;

/// Wait before attempt `failed + 1`, after `failed` failures (≥ 1): 2 s, 4 s, 8 s … capped at [`MAX_BACKOFF`].
pub fn backoff(failed: i64) -> Span {
    let exponent = u32::try_from((failed - 1).clamp(0, 20)).unwrap_or(20);
    (FIRST_RETRY * 2i32.pow(exponent)).min(MAX_BACKOFF)
}

/// When to try again after the `attempts`-th failure, or `None` when the delivery is given up.
pub fn next_attempt(now: Timestamp, attempts: i64) -> Option<Timestamp> {
    (attempts < MAX_ATTEMPTS).then(|| now + backoff(attempts))
}

/// The logout token for one app and session (OIDC Back-Channel Logout 1.0 §2.4).
pub fn logout_token_claims(state: &AppState, client_id: &str, user_id: &str, sid: &str) -> Value {
    let now = state.now();
    json!({
        "iss": tokens::issuer(state),
        "aud": [client_id],
        "iat": now.timestamp(),
        "exp": (now + Span::minutes(2)).timestamp(),
        "jti": state.new_id(),
        "sub": user_id,
        "sid": sid,
        "events": { BACKCHANNEL_EVENT: {} },
    })
}

/// Places the cursor at the log's end on the first start ever (sessions ended before have nobody to notify), then
/// starts the delivery task. The task holds the server weakly and ends with it.
pub async fn start(state: &AppState) -> Result<()> {
    sqlx::query(
        "INSERT OR IGNORE INTO oidc_backchannel_cursor (id, after_sequence)
         SELECT 1, COALESCE(MAX(sequence), 0) FROM events",
    )
    .execute(&state.db.write)
    .await?;
    let http = reqwest::Client::builder()
        .timeout(DELIVERY_TIMEOUT)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .map_err(|e| Error::internal(format!("back-channel HTTP client: {e}")))?;
    tokio::spawn(run(Arc::downgrade(&state.0), http));
    Ok(())
}

async fn run(weak: Weak<Inner>, http: reqwest::Client) {
    let in_flight = Arc::new(Semaphore::new(MAX_IN_FLIGHT));
    let mut ticks: u64 = 0;
    loop {
        tokio::time::sleep(POLL).await;
        let Some(inner) = weak.upgrade() else { return };
        let state = AppState(inner);
        if let Err(e) = enqueue(&state).await {
            let _logged = e.to_api();
        }
        if let Err(e) = deliver_due(&state, &http, &in_flight).await {
            let _logged = e.to_api();
        }
        ticks += 1;
        // Pruning is a write on the one writer connection: about every five minutes is plenty.
        if ticks % 1000 == 1 {
            if let Err(e) = prune(&state).await {
                let _logged = e.to_api();
            }
        }
    }
}

/// Turns `session.terminated` events after the cursor into outbox rows and moves the cursor, in one transaction.
async fn enqueue(state: &AppState) -> Result<()> {
    let after: i64 = sqlx::query_scalar("SELECT after_sequence FROM oidc_backchannel_cursor WHERE id = 1")
        .fetch_one(&state.db.read)
        .await?;
    let events = sqlx::query(
        "SELECT sequence, aggregate_id FROM events WHERE event_type = 'session.terminated' AND sequence > $1
         ORDER BY sequence LIMIT 100",
    )
    .bind(after)
    .fetch_all(&state.db.read)
    .await?;
    let Some(last) = events.last().map(|r| r.try_get::<i64, _>("sequence")).transpose()? else { return Ok(()) };
    let now = to_db(state.now());
    let mut tx = state.db.begin().await?;
    // Another server on this database may have moved the cursor meanwhile: then it queued these, not us.
    let moved =
        sqlx::query("UPDATE oidc_backchannel_cursor SET after_sequence = $1 WHERE id = 1 AND after_sequence = $2")
            .bind(last)
            .bind(after)
            .execute(&mut *tx)
            .await?;
    if moved.rows_affected() != 1 {
        return Ok(());
    }
    for event in &events {
        let sid: String = event.try_get("aggregate_id")?;
        let targets = sqlx::query(
            "SELECT DISTINCT t.app_id, t.client_id, t.user_id, a.settings FROM oidc_tokens t JOIN apps a ON a.id = t.app_id
             WHERE t.session_id = $1",
        )
        .bind(&sid)
        .fetch_all(&mut *tx)
        .await?;
        for target in targets {
            let settings: gatehouse_api::app::OidcSettings =
                serde_json::from_str(&target.try_get::<String, _>("settings")?)?;
            if settings.back_channel_logout_uri.is_empty() {
                continue;
            }
            sqlx::query(
                "INSERT OR IGNORE INTO oidc_backchannel_outbox
                 (id, app_id, client_id, user_id, session_id, uri, next_attempt_at, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $7)",
            )
            .bind(state.new_id())
            .bind(target.try_get::<String, _>("app_id")?)
            .bind(target.try_get::<String, _>("client_id")?)
            .bind(target.try_get::<String, _>("user_id")?)
            .bind(&sid)
            .bind(&settings.back_channel_logout_uri)
            .bind(&now)
            .execute(&mut *tx)
            .await?;
        }
    }
    tx.commit().await?;
    Ok(())
}

/// How long finished rows (delivered or given up) stay, for operators looking into a failed logout.
pub const KEEP_FINISHED: Span = Span::days(7);

async fn prune(state: &AppState) -> Result<()> {
    sqlx::query(
        "DELETE FROM oidc_backchannel_outbox WHERE created_at < $1 AND (delivered_at IS NOT NULL OR attempts >= $2)",
    )
    .bind(to_db(state.now() - KEEP_FINISHED))
    .bind(MAX_ATTEMPTS)
    .execute(&state.db.write)
    .await?;
    Ok(())
}

struct Delivery {
    id: String,
    client_id: String,
    user_id: String,
    session_id: String,
    uri: String,
    attempts: i64,
}

/// Starts sending the due rows, each in its own task (not awaited here). Each row is leased first (its next attempt
/// moved past the timeout), so a second server on the same database, or the next poll, does not send it twice.
async fn deliver_due(state: &AppState, http: &reqwest::Client, in_flight: &Arc<Semaphore>) -> Result<()> {
    let now = state.now();
    let rows = sqlx::query(
        "SELECT id, client_id, user_id, session_id, uri, attempts, next_attempt_at FROM oidc_backchannel_outbox
         WHERE delivered_at IS NULL AND attempts < $1 AND next_attempt_at <= $2 ORDER BY next_attempt_at LIMIT $3",
    )
    .bind(MAX_ATTEMPTS)
    .bind(to_db(now))
    .bind(BATCH)
    .fetch_all(&state.db.read)
    .await?;
    let lease = to_db(now + Span::from_std(DELIVERY_TIMEOUT).unwrap_or(Span::seconds(5)) + Span::seconds(30));
    for row in rows {
        let Ok(permit) = in_flight.clone().try_acquire_owned() else { break };
        let leased = sqlx::query(
            "UPDATE oidc_backchannel_outbox SET next_attempt_at = $1 WHERE id = $2 AND next_attempt_at = $3
             AND delivered_at IS NULL",
        )
        .bind(&lease)
        .bind(row.try_get::<String, _>("id")?)
        .bind(row.try_get::<String, _>("next_attempt_at")?)
        .execute(&state.db.write)
        .await?;
        if leased.rows_affected() != 1 {
            continue;
        }
        let delivery = Delivery {
            id: row.try_get("id")?,
            client_id: row.try_get("client_id")?,
            user_id: row.try_get("user_id")?,
            session_id: row.try_get("session_id")?,
            uri: row.try_get("uri")?,
            attempts: row.try_get("attempts")?,
        };
        let (state, http) = (state.clone(), http.clone());
        tokio::spawn(async move {
            let outcome = send(&state, &http, &delivery).await;
            if let Err(e) = record(&state, &delivery, outcome).await {
                let _logged = e.to_api();
            }
            drop(permit);
        });
    }
    Ok(())
}

/// One POST of a freshly signed logout token; `Err` carries what went wrong, for the table and the log.
async fn send(state: &AppState, http: &reqwest::Client, d: &Delivery) -> std::result::Result<(), String> {
    let claims = logout_token_claims(state, &d.client_id, &d.user_id, &d.session_id);
    let token = keys::sign(state, "logout+jwt", &claims).await.map_err(|e| e.to_api().message)?;
    match http.post(&d.uri).form(&[("logout_token", token)]).send().await {
        Ok(r) if r.status().is_success() => Ok(()),
        Ok(r) => Err(format!("HTTP {}", r.status().as_u16())),
        Err(e) if e.is_timeout() => Err(format!("no answer within {} s", DELIVERY_TIMEOUT.as_secs())),
        Err(e) => Err(format!("not delivered: {e}")),
    }
}

async fn record(state: &AppState, d: &Delivery, outcome: std::result::Result<(), String>) -> Result<()> {
    let now = state.now();
    let attempts = d.attempts + 1;
    match outcome {
        Ok(()) => {
            tracing::info!(client_id = %d.client_id, sid = %d.session_id, attempts, "back-channel logout delivered");
            sqlx::query(
                "UPDATE oidc_backchannel_outbox SET attempts = $2, delivered_at = $3, last_error = NULL WHERE id = $1",
            )
            .bind(&d.id)
            .bind(attempts)
            .bind(to_db(now))
            .execute(&state.db.write)
            .await?;
        }
        Err(error) => {
            let next = next_attempt(now, attempts);
            match next {
                Some(at) => {
                    tracing::warn!(client_id = %d.client_id, sid = %d.session_id, attempts, %error, retry_at = %at,
                    "back-channel logout failed; will retry")
                }
                None => tracing::warn!(client_id = %d.client_id, sid = %d.session_id, attempts, %error,
                    "back-channel logout failed; given up"),
            }
            // A given-up row keeps its last time; `attempts` = MAX_ATTEMPTS keeps it out of the due query.
            sqlx::query(
                "UPDATE oidc_backchannel_outbox SET attempts = $2, last_error = $3, next_attempt_at = $4 WHERE id = $1",
            )
            .bind(&d.id)
            .bind(attempts)
            .bind(&error)
            .bind(to_db(next.unwrap_or(now)))
            .execute(&state.db.write)
            .await?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_from_two_seconds_and_is_capped() {
        assert_eq!(backoff(1), Span::seconds(2));
        assert_eq!(backoff(2), Span::seconds(4));
        assert_eq!(backoff(5), Span::seconds(32));
        assert_eq!(backoff(9), Span::seconds(512));
        assert_eq!(backoff(10), MAX_BACKOFF);
        assert_eq!(backoff(1000), MAX_BACKOFF, "no overflow");
    }

    #[test]
    fn deliveries_are_given_up_after_the_last_attempt() {
        let now = chrono::Utc::now();
        assert_eq!(next_attempt(now, 1), Some(now + Span::seconds(2)));
        assert_eq!(next_attempt(now, MAX_ATTEMPTS - 1), Some(now + backoff(MAX_ATTEMPTS - 1)));
        assert_eq!(next_attempt(now, MAX_ATTEMPTS), None);
        // The whole schedule stays bounded: about four minutes of retries.
        let total: Span = (1..MAX_ATTEMPTS).map(backoff).sum();
        assert!(total < Span::minutes(5), "{total}");
    }
}
