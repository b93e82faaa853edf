//! SQLite through sqlx: one pool for reads, one single-connection pool for writes.
//!
//! SQLite allows one writer at a time; funnelling writes through one connection turns lock contention (and
//! `SQLITE_BUSY` on deferred transactions that upgrade to writes) into plain queueing in the pool. Reads outside a
//! transaction go to the read pool: in WAL mode each such statement sees every commit that finished before it, so a
//! request still reads its own earlier writes. Queries use
//! `$N` placeholders and runtime-checked `sqlx::query`, so the SQL carries over to Postgres.

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Sqlite, SqlitePool, Transaction};

use crate::error::Result;

#[derive(Clone)]
pub struct Db {
    pub read: SqlitePool,
    pub write: SqlitePool,
}

pub type Tx = Transaction<'static, Sqlite>;

impl Db {
    pub async fn open(path: &Path) -> Result<Self> {
        let options = SqliteConnectOptions::from_str(&format!("sqlite://{}", path.display()))?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10));
        // No `test_before_acquire`: the database is a local file, a connection cannot go stale, and sqlx's ping is a
        // round trip to the connection's worker thread on every acquire (measured: about a third of the wake-ups under
        // load).
        let write = SqlitePoolOptions::new()
            .max_connections(1)
            .test_before_acquire(false)
            .connect_with(options.clone())
            .await?;
        // Migrate before the read pool opens so readers never see a half-built schema.
        sqlx::migrate!("./migrations").run(&write).await?;
        let read = SqlitePoolOptions::new()
            .max_connections(8)
            .test_before_acquire(false)
            .connect_with(options.read_only(true))
            .await?;
        Ok(Self { read, write })
    }

    pub async fn begin(&self) -> Result<Tx> {
        Ok(self.write.begin().await?)
    }
}
