//! The append-only event log. Every mutation appends one event in the same transaction as the change; the event's
//! sequence is what the API reports as `details.sequence`.

use serde_json::Value;

use crate::clock::{to_db, Timestamp};
use crate::db::Tx;
use crate::error::Result;

pub struct Event<'a> {
    pub aggregate_type: &'a str,
    pub aggregate_id: &'a str,
    pub event_type: &'a str,
    pub resource_owner: &'a str,
    pub creator: Option<&'a str>,
    pub payload: Value,
}

pub async fn append(tx: &mut Tx, event: Event<'_>, at: Timestamp) -> Result<u64> {
    let sequence: i64 = sqlx::query_scalar(
        "INSERT INTO events (aggregate_type, aggregate_id, event_type, resource_owner, creator, payload, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING sequence",
    )
    .bind(event.aggregate_type)
    .bind(event.aggregate_id)
    .bind(event.event_type)
    .bind(event.resource_owner)
    .bind(event.creator)
    .bind(event.payload.to_string())
    .bind(to_db(at))
    .fetch_one(&mut **tx)
    .await?;
    Ok(sequence as u64)
}
