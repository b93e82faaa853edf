//! Sessions in the database and their wire form.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use gatehouse_api::json::Bytes;
use gatehouse_api::session::{Factors, Session, UserAgent, UserFactor, VerifiedFactor};

use sqlx::Row;
use tokio::sync::{mpsc, oneshot};

use super::factors::CheckedFactor;
use crate::clock::from_db;
use crate::db::{Columns, Db, Tx};
use crate::error::{Error, Result};
use crate::AppState;

pub const SESSION_COLUMNS: &str = "s.id, s.user_id, s.user_checked_at, s.password_checked_at, s.first_factor_at,
    s.creator_id, s.metadata,
    s.user_agent, s.created_at, s.changed_at, s.expires_at, s.sequence, u.username, u.given_name, u.family_name,
    u.display_name, u.org_id AS user_org_id";

#[derive(Clone, Debug)]
pub struct SessionRecord {
    pub id: String,
    pub user_id: Option<String>,
    pub user_checked_at: Option<String>,
    pub password_checked_at: Option<String>,
    /// When the session first passed a first factor (password, passkey, external login); later re-checks leave it.
    pub first_factor_at: Option<String>,
    pub creator_id: Option<String>,
    pub metadata: String,
    pub user_agent: Option<String>,
    pub created_at: String,
    pub changed_at: String,
    pub expires_at: Option<String>,
    pub sequence: i64,
    pub username: Option<String>,
    pub given_name: Option<String>,
    pub family_name: Option<String>,
    pub display_name: Option<String>,
    pub user_org_id: Option<String>,
    /// Checks beyond user and password, loaded by [`find`] and [`all`]: only those made for the session's user.
    pub factors: Vec<CheckedFactor>,
}

/// The checks made for the session's user; a check recorded for anyone else never counts for it.
fn own(mut factors: Vec<CheckedFactor>, user_id: Option<&str>) -> Vec<CheckedFactor> {
    factors.retain(|f| user_id.is_some() && f.user_id.as_deref() == user_id);
    factors
}

impl SessionRecord {
    /// A row selected with [`SESSION_COLUMNS`], without its factors.
    fn read(row: &impl Columns) -> Result<Self> {
        Ok(SessionRecord {
            id: row.column("id")?,
            user_id: row.column("user_id")?,
            user_checked_at: row.column("user_checked_at")?,
            password_checked_at: row.column("password_checked_at")?,
            first_factor_at: row.column("first_factor_at")?,
            creator_id: row.column("creator_id")?,
            metadata: row.column("metadata")?,
            user_agent: row.column("user_agent")?,
            created_at: row.column("created_at")?,
            changed_at: row.column("changed_at")?,
            expires_at: row.column("expires_at")?,
            sequence: row.column("sequence")?,
            username: row.column("username")?,
            given_name: row.column("given_name")?,
            family_name: row.column("family_name")?,
            display_name: row.column("display_name")?,
            user_org_id: row.column("user_org_id")?,
            factors: Vec::new(),
        })
    }

    pub fn is_expired(&self, now: crate::clock::Timestamp) -> Result<bool> {
        Ok(match &self.expires_at {
            Some(e) => from_db(e)? <= now,
            None => false,
        })
    }

    pub fn metadata_map(&self) -> Result<BTreeMap<String, Bytes>> {
        Ok(serde_json::from_str(&self.metadata)?)
    }

    pub fn to_api(&self) -> Result<Session> {
        let user = match (&self.user_id, &self.user_checked_at) {
            (Some(id), Some(at)) => {
                let display = self.display_name.clone().filter(|d| !d.is_empty()).unwrap_or_else(|| {
                    let full = format!(
                        "{} {}",
                        self.given_name.as_deref().unwrap_or_default(),
                        self.family_name.as_deref().unwrap_or_default()
                    );
                    let full = full.trim().to_owned();
                    if full.is_empty() {
                        self.username.clone().unwrap_or_default()
                    } else {
                        full
                    }
                });
                Some(UserFactor {
                    verified_at: Some(from_db(at)?),
                    id: id.clone(),
                    login_name: self.username.clone().unwrap_or_default(),
                    display_name: display,
                    organization_id: self.user_org_id.clone().unwrap_or_default(),
                })
            }
            _ => None,
        };
        let password = self
            .password_checked_at
            .as_deref()
            .map(|at| Ok::<_, Error>(VerifiedFactor { verified_at: Some(from_db(at)?) }))
            .transpose()?;
        let factors = if user.is_some() || password.is_some() || !self.factors.is_empty() {
            let mut factors = Factors { user, password, ..Default::default() };
            super::factors::fill(&mut factors, &self.factors);
            Some(factors)
        } else {
            None
        };
        let user_agent: Option<UserAgent> = self.user_agent.as_deref().map(serde_json::from_str).transpose()?;
        Ok(Session {
            id: self.id.clone(),
            creation_date: Some(from_db(&self.created_at)?),
            change_date: Some(from_db(&self.changed_at)?),
            sequence: self.sequence as u64,
            factors,
            metadata: self.metadata_map()?,
            user_agent,
            expiration_date: self.expires_at.as_deref().map(from_db).transpose()?,
        })
    }
}

pub fn session_not_found() -> Error {
    Error::not_found("QUERY-SJ42c", "Session could not be found")
}

/// The session with its user's names and its checked factors. One query, not one for the session and one for its
/// factors, and run inline ([`crate::db::InlineReads`]): every session-authenticated request and GetSession starts
/// here, and a round trip to a sqlx connection's worker thread cost more than the lookup (measured under load: the
/// second query alone was about a fifth of GetSession's CPU time). The session's columns repeat once per factor
/// row; most sessions have none or one.
pub async fn find(state: &AppState, session_id: &str) -> Result<Option<SessionRecord>> {
    static SQL: LazyLock<String> = LazyLock::new(|| {
        format!(
            "SELECT {SESSION_COLUMNS}, {} FROM sessions s LEFT JOIN users u ON u.id = s.user_id
             LEFT JOIN session_factors f ON f.session_id = s.id WHERE s.id = $1",
            super::factors::JOINED_COLUMNS
        )
    });
    state.db.inline.read(|connection| {
        let mut statement = connection.prepare_cached(&SQL)?;
        let mut rows = statement.query([session_id])?;
        let mut found: Option<SessionRecord> = None;
        let mut factors = Vec::new();
        while let Some(row) = rows.next()? {
            if found.is_none() {
                found = Some(SessionRecord::read(row)?);
            }
            factors.extend(super::factors::parse_joined(row)?);
        }
        Ok(found.map(|mut session| {
            session.factors = own(factors, session.user_id.as_deref());
            session
        }))
    })
}

pub async fn get(state: &AppState, session_id: &str) -> Result<SessionRecord> {
    find(state, session_id).await?.ok_or_else(session_not_found)
}

pub async fn all(state: &AppState) -> Result<Vec<SessionRecord>> {
    let sql = format!("SELECT {SESSION_COLUMNS} FROM sessions s LEFT JOIN users u ON u.id = s.user_id ORDER BY s.id");
    let rows = sqlx::query(&sql).fetch_all(&state.db.read).await?;
    let mut sessions = rows.iter().map(SessionRecord::read).collect::<Result<Vec<_>>>()?;
    let mut factors = super::factors::load_all(state).await?;
    for session in &mut sessions {
        session.factors = own(factors.remove(&session.id).unwrap_or_default(), session.user_id.as_deref());
    }
    Ok(sessions)
}

pub async fn token_matches(state: &AppState, session_id: &str, token: &str) -> Result<bool> {
    let row = sqlx::query("SELECT 1 FROM sessions WHERE id = $1 AND token_hash = $2")
        .bind(session_id)
        .bind(crate::crypto::token_hash(token))
        .fetch_optional(&state.db.read)
        .await?;
    Ok(row.is_some())
}

/// A session row and its `session.created` event, as CreateSession writes them (timestamps in database form).
pub struct NewSession {
    pub id: String,
    pub token_hash: String,
    pub user_id: Option<String>,
    pub user_checked_at: Option<String>,
    pub password_checked_at: Option<String>,
    pub creator_id: Option<String>,
    pub metadata: String,
    pub user_agent: String,
    pub created_at: String,
    pub expires_at: Option<String>,
    /// The event's JSON payload.
    pub event: String,
}

/// Inserts `sessions` and their `session.created` events in `tx`; returns the event sequence of each session, in
/// order.
pub async fn insert_all(tx: &mut Tx, resource_owner: &str, sessions: &[NewSession]) -> Result<Vec<u64>> {
    let sql = insert_sql(sessions.len());
    let rows = bind_insert(sqlx::query(&sql), resource_owner, sessions).fetch_all(&mut **tx).await?;
    sequences_in_order(&rows, sessions)
}

/// Two multi-row statements, sent as one query (one round trip to the connection's worker): the events, then the
/// sessions, each of which reads its event's sequence back by its session id (`events_aggregate` index).
/// Parameters: `$1` the resource owner, then eleven per session.
fn insert_sql(count: usize) -> String {
    let mut events = String::from(
        "INSERT INTO events (aggregate_type, aggregate_id, event_type, resource_owner, creator, payload, created_at) VALUES ",
    );
    let mut sessions = String::from(
        "INSERT INTO sessions (id, token_hash, user_id, user_checked_at, password_checked_at, creator_id, metadata,
           user_agent, created_at, changed_at, expires_at, sequence, first_factor_at) VALUES ",
    );
    for i in 0..count {
        let comma = if i == 0 { "" } else { ", " };
        let p = |k: usize| format!("${}", 2 + i * 11 + k);
        let (id, creator, payload, created) = (p(0), p(1), p(2), p(3));
        events.push_str(&format!("{comma}('session', {id}, 'session.created', $1, {creator}, {payload}, {created})"));
        // created_at and changed_at share one parameter; so do password_checked_at and first_factor_at (a new
        // session's only possible first factor in the row is its password).
        sessions.push_str(&format!(
            "{comma}({id}, {}, {}, {}, {pw}, {creator}, {}, {}, {created}, {created}, {},
              (SELECT e.sequence FROM events e WHERE e.aggregate_id = {id} AND e.event_type = 'session.created'), {pw})",
            p(4),
            p(5),
            p(6),
            p(8),
            p(9),
            p(10),
            pw = p(7),
        ));
    }
    // RETURNING rows come in no guaranteed order: [`sequences_in_order`] matches them up by id.
    format!("{events}; {sessions} RETURNING id, sequence")
}

fn bind_insert<'q>(
    query: sqlx::query::Query<'q, sqlx::Sqlite, sqlx::sqlite::SqliteArguments<'q>>,
    resource_owner: &'q str,
    sessions: &'q [NewSession],
) -> sqlx::query::Query<'q, sqlx::Sqlite, sqlx::sqlite::SqliteArguments<'q>> {
    let mut query = query.bind(resource_owner);
    for s in sessions {
        query = query
            .bind(&s.id)
            .bind(&s.creator_id)
            .bind(&s.event)
            .bind(&s.created_at)
            .bind(&s.token_hash)
            .bind(&s.user_id)
            .bind(&s.user_checked_at)
            .bind(&s.password_checked_at)
            .bind(&s.metadata)
            .bind(&s.user_agent)
            .bind(&s.expires_at);
    }
    query
}

fn sequences_in_order(rows: &[sqlx::sqlite::SqliteRow], sessions: &[NewSession]) -> Result<Vec<u64>> {
    sessions
        .iter()
        .map(|s| {
            let row = rows
                .iter()
                .find(|r| r.try_get::<&str, _>("id").is_ok_and(|id| id == s.id))
                .ok_or_else(|| Error::internal("an inserted session returned no sequence"))?;
            Ok(row.try_get::<i64, _>("sequence")? as u64)
        })
        .collect()
}

/// Group commit for CreateSession, the write a login performs most. Requests hand their session to one task that
/// writes everything queued meanwhile in one transaction, sent to the single write connection as one query
/// ([`write_batch`]): under load the sessions that arrive while one batch commits form the next batch. Alone, a
/// session is written the same way, in a transaction of its own.
#[derive(Clone)]
pub struct SessionWriter {
    jobs: mpsc::Sender<(NewSession, oneshot::Sender<Result<u64>>)>,
}

/// Sessions per transaction at most. Not more: sqlx looks up every parameter's name with
/// `sqlite3_bind_parameter_name`, a linear scan, so binding costs grow with the square of the row count (at 128
/// rows, 7% of the server's CPU went there).
const MAX_BATCH: usize = 32;

impl SessionWriter {
    /// Starts the writer task; it ends when the last `SessionWriter` clone is dropped.
    pub fn start(db: Db, resource_owner: String) -> Self {
        let (jobs, mut queue) = mpsc::channel::<(NewSession, oneshot::Sender<Result<u64>>)>(4 * MAX_BATCH);
        tokio::spawn(async move {
            let mut batch = Vec::with_capacity(MAX_BATCH);
            while queue.recv_many(&mut batch, MAX_BATCH).await > 0 {
                let (sessions, replies): (Vec<NewSession>, Vec<_>) = batch.drain(..).unzip();
                match write_batch(&db, &resource_owner, &sessions).await {
                    Ok(sequences) => {
                        for (reply, sequence) in replies.into_iter().zip(sequences) {
                            let _ = reply.send(Ok(sequence));
                        }
                    }
                    Err(e) => {
                        let message = format!("writing {} new sessions: {e}", sessions.len());
                        for reply in replies {
                            let _ = reply.send(Err(Error::internal(message.clone())));
                        }
                    }
                }
            }
        });
        SessionWriter { jobs }
    }

    /// Writes the session and its event; returns the event's sequence once committed.
    pub async fn create(&self, session: NewSession) -> Result<u64> {
        let (reply, answer) = oneshot::channel();
        let stopped = || Error::internal("the session writer has stopped");
        self.jobs.send((session, reply)).await.map_err(|_| stopped())?;
        answer.await.map_err(|_| stopped())?
    }
}

/// One batch, committed, in a single round trip to the write connection: the transaction's BEGIN and COMMIT travel
/// in the same query as the inserts (through sqlx's `Transaction` they would be two more). sqlx does not know of
/// this transaction, so a failure rolls it back here before the connection goes back to the pool.
async fn write_batch(db: &Db, resource_owner: &str, sessions: &[NewSession]) -> Result<Vec<u64>> {
    let mut connection = db.write.acquire().await?;
    let sql = format!("BEGIN IMMEDIATE; {}; COMMIT", insert_sql(sessions.len()));
    match bind_insert(sqlx::query(&sql), resource_owner, sessions).fetch_all(&mut *connection).await {
        Ok(rows) => sequences_in_order(&rows, sessions),
        Err(e) => {
            // Fails harmlessly when the error came from BEGIN itself or COMMIT already ended the transaction.
            let _ = sqlx::query("ROLLBACK").execute(&mut *connection).await;
            Err(e.into())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn new_session(i: usize) -> NewSession {
        NewSession {
            id: format!("s{i}"),
            token_hash: format!("t{i}"),
            user_id: None,
            user_checked_at: None,
            password_checked_at: None,
            creator_id: Some("creator".into()),
            metadata: "{}".into(),
            user_agent: "{}".into(),
            created_at: "2024-01-01T00:00:00.000000Z".into(),
            expires_at: None,
            event: format!("{{\"n\":{i}}}"),
        }
    }

    #[tokio::test]
    async fn concurrent_creates_are_batched_with_their_own_sequences() {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(&dir.path().join("t.db")).await.unwrap();
        let writer = SessionWriter::start(db.clone(), "instance".into());
        let tasks: Vec<_> = (0..300)
            .map(|i| {
                let writer = writer.clone();
                tokio::spawn(async move { (i, writer.create(new_session(i)).await.unwrap()) })
            })
            .collect();
        let mut sequences = Vec::new();
        for task in tasks {
            let (i, sequence) = task.await.unwrap();
            // Each session row carries the sequence of its own event.
            let (stored, event_id): (i64, String) = sqlx::query_as(
                "SELECT s.sequence, e.aggregate_id FROM sessions s JOIN events e ON e.sequence = s.sequence
                 WHERE s.id = $1 AND e.event_type = 'session.created' AND e.payload = $2",
            )
            .bind(format!("s{i}"))
            .bind(format!("{{\"n\":{i}}}"))
            .fetch_one(&db.read)
            .await
            .unwrap();
            assert_eq!((stored as u64, event_id), (sequence, format!("s{i}")));
            sequences.push(sequence);
        }
        sequences.sort_unstable();
        sequences.dedup();
        assert_eq!(sequences.len(), 300);
        // A failing batch answers every session in it with an error, and the writer keeps going.
        let duplicate = writer.create(new_session(7)).await;
        assert!(duplicate.is_err());
        assert!(writer.create(new_session(300)).await.is_ok());
    }
}
