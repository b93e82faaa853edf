//! Removing a user the way ZITADEL does (DeleteUser, and DeleteOwnAccount): the user disappears from every query
//! and their username and email address are free for a new account at once, while the event store keeps their
//! history. ZITADEL drops the user from its read models on `user.removed` and keeps the events; here the `users`
//! row (and what hangs off it: sessions, codes, authenticators, tokens, roles, avatar) is deleted, and the events
//! written on the way out carry what the rows held, so the security log and any audit of the events still say who
//! the account was, where it was signed in, and who removed it.

use serde_json::{json, Value};

use super::store::UserRecord;
use crate::error::Result;
use crate::events::{append, Event};
use crate::AppState;

/// The event the removal is recorded under; the security log of a removed user is found through it.
pub const REMOVED: &str = "user.removed";

pub async fn remove(state: &AppState, user: &UserRecord, creator: Option<&str>) -> Result<u64> {
    let now = state.now();
    let mut tx = state.db.begin().await?;
    let sessions: Vec<(String, Option<String>)> =
        sqlx::query_as("SELECT id, user_agent FROM sessions WHERE user_id = $1")
            .bind(&user.id)
            .fetch_all(&mut *tx)
            .await?;
    for (session_id, agent) in &sessions {
        // The session row goes with the user: its device and address live on in the event.
        let agent: Value = agent.as_deref().and_then(|a| serde_json::from_str(a).ok()).unwrap_or(Value::Null);
        let payload = json!({ "reason": REMOVED, "userId": user.id, "userAgent": agent });
        crate::session::record_terminated(state, &mut tx, session_id, creator, payload, now).await?;
    }
    let sequence = append(
        &mut tx,
        Event {
            aggregate_type: "user",
            aggregate_id: &user.id,
            event_type: REMOVED,
            resource_owner: &user.org_id,
            creator,
            payload: removed_payload(user),
        },
        now,
    )
    .await?;
    sqlx::query("DELETE FROM users WHERE id = $1").bind(&user.id).execute(&mut *tx).await?;
    tx.commit().await?;
    state.pat_cache.invalidate();
    Ok(sequence)
}

/// Who the account was, for whoever reads the events later (the read models no longer know).
pub fn removed_payload(user: &UserRecord) -> Value {
    json!({
        "username": user.username,
        "loginNames": user.login_names(),
        "email": user.email,
        "displayName": user.display_name(),
        "kind": user.kind,
    })
}

/// The org a removed user belonged to, from their `user.removed` event: admins of that org may still read the
/// removed user's security log.
pub async fn removed_from(state: &AppState, user_id: &str) -> Result<Option<String>> {
    Ok(sqlx::query_scalar(
        "SELECT resource_owner FROM events WHERE aggregate_type = 'user' AND aggregate_id = $1 AND event_type = $2
         ORDER BY sequence DESC LIMIT 1",
    )
    .bind(user_id)
    .bind(REMOVED)
    .fetch_optional(&state.db.read)
    .await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_removal_event_names_the_account() {
        let payload = removed_payload(&super::super::store::sample("ada", "ada@example.com"));
        assert_eq!(payload["username"], "ada");
        assert_eq!(payload["email"], "ada@example.com");
        assert_eq!(payload["loginNames"], json!(["ada", "ada@acme.localhost"]));
        assert_eq!(payload["displayName"], "Ada Lovelace");
    }
}
