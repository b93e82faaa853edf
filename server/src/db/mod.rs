//! SQLite through sqlx: one pool for reads ([`ReadPool`]), one single-connection pool for writes; and the hottest
//! point lookups through rusqlite on the calling thread ([`InlineReads`]).
//!
//! SQLite allows one writer at a time; funnelling writes through one connection turns lock contention (and
//! `SQLITE_BUSY` on deferred transactions that upgrade to writes) into plain queueing in the pool. Reads outside a
//! transaction go to the read pool: in WAL mode each such statement sees every commit that finished before it, so a
//! request still reads its own earlier writes. Queries use
//! `$N` placeholders and runtime-checked `sqlx::query`, so the SQL carries over to Postgres.

mod inline;
mod read_pool;

use std::path::Path;
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Sqlite, SqlitePool, Transaction};

use crate::error::Result;
pub use inline::{Columns, InlineReads};
pub use read_pool::ReadPool;

#[derive(Clone)]
pub struct Db {
    pub read: ReadPool,
    pub write: SqlitePool,
    /// The hottest point lookups, run on the calling thread (see [`InlineReads`] for what may go there).
    pub inline: Arc<InlineReads>,
}

pub type Tx = Transaction<'static, Sqlite>;

/// Read connections at most (SQLite in WAL mode lets readers run beside the writer and each other). The lookups
/// every request makes run inline ([`InlineReads`]), so the pool serves the rest.
const READ_CONNECTIONS: usize = 4;

/// Page cache of each read-only connection, in KiB (SQLite's default is 2,000 per connection). The file's pages
/// are in the kernel's page cache anyway; a reader's own copy saves a `pread` per page, and each connection's copy
/// stays resident. Measured with `cargo xtask bench` (idle, after seeding 10,000 users): with this and four instead
/// of eight read connections the anonymous RSS went from 15.5 to 10.7 MB, the whole RSS from 32.8 to 28.0 MB.
pub const READER_CACHE_KIB: u32 = 1024;

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
        // Migrate before the pools open so readers never see a half-built schema. The migrations get a connection of
        // their own with foreign keys off: a table rebuild (SQLite's way to change a constraint, see
        // 0016_org_usernames.sql) drops the old table, which with foreign keys on would cascade into every table
        // that references it.
        let migrating =
            SqlitePoolOptions::new().max_connections(1).connect_with(options.clone().foreign_keys(false)).await?;
        sqlx::migrate!("./migrations").run(&migrating).await?;
        migrating.close().await;
        let write = SqlitePoolOptions::new()
            .max_connections(1)
            .test_before_acquire(false)
            .connect_with(options.clone())
            .await?;
        let reader = options.read_only(true).pragma("cache_size", format!("-{READER_CACHE_KIB}"));
        let read = ReadPool::new(reader, READ_CONNECTIONS);
        let inline = Arc::new(InlineReads::new(path.to_path_buf()));
        Ok(Self { read, write, inline })
    }

    pub async fn begin(&self) -> Result<Tx> {
        Ok(self.write.begin().await?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 0016 rebuilds the users table: rows and everything that references them survive, and the unique username
    /// becomes unique per org.
    #[tokio::test]
    async fn the_users_rebuild_keeps_data_and_references() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        let options = SqliteConnectOptions::from_str(&format!("sqlite://{}", path.display()))
            .unwrap()
            .create_if_missing(true)
            .foreign_keys(false);
        let pool = SqlitePoolOptions::new().max_connections(1).connect_with(options).await.unwrap();
        let all = sqlx::migrate!("./migrations");
        let before: Vec<_> = all.migrations.iter().filter(|m| m.version < 16).cloned().collect();
        let old =
            sqlx::migrate::Migrator { migrations: std::borrow::Cow::Owned(before), ..sqlx::migrate!("./migrations") };
        old.run(&pool).await.unwrap();
        for sql in [
            "INSERT INTO orgs VALUES ('o1', 'A', 'a', 'a.localhost', 1, 't', 't', 1)",
            "INSERT INTO orgs VALUES ('o2', 'B', 'b', 'b.localhost', 1, 't', 't', 1)",
            "INSERT INTO users (id, org_id, kind, username, username_lower, state, email, email_lower, created_at,
               changed_at, sequence, phone_verified, pending_email)
             VALUES ('u1', 'o1', 'human', 'Ada', 'ada', 1, 'ada@x.example', 'ada@x.example', 't', 't', 1, 1, 'n@x.example')",
            "INSERT INTO pats VALUES ('h', 'u1', 't', NULL)",
        ] {
            sqlx::query(sql).execute(&pool).await.unwrap();
        }
        pool.close().await;

        let db = Db::open(&path).await.unwrap();
        let row: (String, String, i64, Option<String>) =
            sqlx::query_as("SELECT username, email, phone_verified, pending_email FROM users WHERE id = 'u1'")
                .fetch_one(&db.read)
                .await
                .unwrap();
        assert_eq!(row, ("Ada".into(), "ada@x.example".into(), 1, Some("n@x.example".into())));
        let pats: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM pats").fetch_one(&db.read).await.unwrap();
        assert_eq!(pats, 1);
        let insert = |id: &'static str, org: &'static str| {
            sqlx::query(
                "INSERT INTO users (id, org_id, kind, username, username_lower, state, created_at, changed_at, sequence)
                 VALUES ($1, $2, 'human', 'ada', 'ada', 1, 't', 't', 1)",
            )
            .bind(id)
            .bind(org)
        };
        insert("u2", "o2").execute(&db.write).await.unwrap();
        assert!(insert("u3", "o1").execute(&db.write).await.is_err(), "unique per org");
        // References still point at the users table, with their cascade.
        sqlx::query("DELETE FROM users WHERE id = 'u1'").execute(&db.write).await.unwrap();
        let pats: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM pats").fetch_one(&db.read).await.unwrap();
        assert_eq!(pats, 0);
    }
}
