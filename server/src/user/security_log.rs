//! The account's security log, read from the event store: every event on the user aggregate (password changes and
//! failed checks, email/phone changes, factors added or removed by any module that appends `user` events), plus the
//! sign-ins and sign-outs, which are session events. New event types show up here by themselves; only "a code was issued" events
//! are left out (the change they lead to is logged on its own).

use gatehouse_api::account::SecurityEvent;
use gatehouse_api::session::UserAgent;
use serde_json::Value;
use sqlx::Row;

use crate::clock::from_db;
use crate::error::Result;
use crate::AppState;

/// The type given to a session event that proved the user's password: a sign-in.
pub const SIGNED_IN: &str = "session.signed_in";
/// The type given to the end of one of the user's sessions (log out, "end this session", an app's end_session),
/// shown with the device and address of the request that ended it.
pub const SIGNED_OUT: &str = "session.signed_out";

pub const DEFAULT_LIMIT: u32 = 50;
pub const MAX_LIMIT: u32 = 200;

/// The newest `limit` security events of `user_id`, newest first.
pub async fn security_events(state: &AppState, user_id: &str, limit: u32) -> Result<Vec<SecurityEvent>> {
    let limit = limit.clamp(1, MAX_LIMIT);
    // Session events do not repeat the user id; the session's `session.created` event names it.
    let rows = sqlx::query(
        "SELECT e.sequence, e.event_type, e.payload, e.created_at, NULL AS session_id FROM events e
           WHERE e.aggregate_type = 'user' AND e.aggregate_id = $1
             AND e.event_type NOT IN ('user.email.code.added', 'user.phone.code.added', 'password.code.added')
         UNION ALL
         SELECT e.sequence, e.event_type, e.payload, e.created_at, e.aggregate_id AS session_id FROM events e
           WHERE e.aggregate_type = 'session'
             AND ((e.event_type IN ('session.created', 'session.updated')
                   AND e.payload LIKE '%\"passwordChecked\":true%')
                  -- Sessions ended with their removed user are told by the removal itself.
                  OR (e.event_type = 'session.terminated' AND e.payload NOT LIKE '%\"reason\":\"user.removed\"%'))
             AND e.aggregate_id IN (SELECT c.aggregate_id FROM events c WHERE c.aggregate_type = 'session'
                                    AND c.event_type = 'session.created' AND c.payload LIKE $2)
         ORDER BY sequence DESC LIMIT $3",
    )
    .bind(user_id)
    .bind(format!("%\"userId\":\"{user_id}\"%"))
    .bind(i64::from(limit))
    .fetch_all(&state.db.read)
    .await?;
    let mut events = Vec::new();
    for row in rows {
        let kind: String = row.try_get("event_type")?;
        let session_id: Option<String> = row.try_get("session_id")?;
        let payload: Value = serde_json::from_str(&row.try_get::<String, _>("payload")?).unwrap_or_default();
        let (kind, agent) = match &session_id {
            Some(_) if kind == "session.terminated" => (SIGNED_OUT.to_owned(), agent_in(&payload, "endedBy")),
            Some(id) => (SIGNED_IN.to_owned(), session_agent(state, id).await?),
            None => (kind, None),
        };
        events.push(SecurityEvent {
            sequence: row.try_get::<i64, _>("sequence")? as u64,
            kind,
            creation_date: Some(from_db(&row.try_get::<String, _>("created_at")?)?),
            ip: agent.as_ref().and_then(|a| a.ip.clone()),
            user_agent: agent.and_then(|a| a.description),
            detail: detail(&payload),
        });
    }
    Ok(events)
}

/// Where a session came from, while the session still exists.
/// The device and address of a session: from its row while it lives, else from the event that ended it (a removed
/// user's sessions record them there, see `remove`).
async fn session_agent(state: &AppState, session_id: &str) -> Result<Option<UserAgent>> {
    let raw: Option<Option<String>> = sqlx::query_scalar("SELECT user_agent FROM sessions WHERE id = $1")
        .bind(session_id)
        .fetch_optional(&state.db.read)
        .await?;
    if let Some(raw) = raw {
        return Ok(raw.and_then(|json| serde_json::from_str(&json).ok()));
    }
    let ended: Option<String> = sqlx::query_scalar(
        "SELECT payload FROM events WHERE aggregate_type = 'session' AND aggregate_id = $1
           AND event_type = 'session.terminated' ORDER BY sequence DESC LIMIT 1",
    )
    .bind(session_id)
    .fetch_optional(&state.db.read)
    .await?;
    Ok(ended.and_then(|p| serde_json::from_str::<Value>(&p).ok()).and_then(|p| agent_in(&p, "userAgent")))
}

/// A device and address stored under `key` of an event payload.
fn agent_in(payload: &Value, key: &str) -> Option<UserAgent> {
    serde_json::from_value(payload.get(key)?.clone()).ok()
}

/// The one fact worth showing from a payload: the new address, number, name, or factor name.
pub fn detail(payload: &Value) -> Option<String> {
    ["email", "phone", "username", "name", "factor"]
        .iter()
        .find_map(|key| payload.get(*key).and_then(Value::as_str))
        .map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn detail_picks_the_meaningful_field() {
        assert_eq!(detail(&json!({"email": "a@b.c"})).as_deref(), Some("a@b.c"));
        assert_eq!(detail(&json!({"phone": "+4179", "x": 1})).as_deref(), Some("+4179"));
        assert_eq!(detail(&json!({"name": "Laptop"})).as_deref(), Some("Laptop"));
        assert_eq!(detail(&json!({"failedAttempts": 2})), None);
    }
}
