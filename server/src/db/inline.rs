//! Point reads on the calling thread, through rusqlite.
//!
//! sqlx runs each SQLite connection on a worker thread of its own, so every statement is a round trip between the
//! async task and that thread: a channel send, a wake-up of the worker, and one back for the rows. For a lookup of
//! one row by its key that round trip costs more than the lookup itself (SQLite reads a few pages from its cache in
//! a few microseconds). The lookups every login request makes go here instead and run synchronously on the task's
//! own thread.
//!
//! Invariant: only bounded reads come here, by primary key or a unique index, returning a handful of rows. The
//! executor thread is blocked while they run, exactly as it is while a handler parses JSON; a scan or a long query
//! would stall every task on that thread and belongs on [`super::ReadPool`].
//!
//! The connections are read-only (`SQLITE_OPEN_READ_ONLY`). In WAL mode a reader never waits for the writer, and
//! each statement sees every transaction committed before it started, as on the read pool. A connection is taken
//! for the duration of one synchronous call and never held across an `.await`, so there are never more of them
//! than threads that call at once (the runtime's workers and its blocking threads).

use std::path::PathBuf;
use std::sync::Mutex;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};
use sqlx::sqlite::SqliteRow;
use sqlx::{Row, Sqlite};

use crate::error::{Error, Result};

/// Statements kept prepared per connection (the hot lookups are few).
const STATEMENT_CACHE: usize = 16;

pub struct InlineReads {
    path: PathBuf,
    idle: Mutex<Vec<Connection>>,
}

impl std::fmt::Debug for InlineReads {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("InlineReads").field("path", &self.path).finish()
    }
}

impl InlineReads {
    pub fn new(path: PathBuf) -> Self {
        InlineReads { path, idle: Mutex::new(Vec::new()) }
    }

    /// Runs `read` on an idle connection (opened on first use). See the module's invariant on what may run here.
    pub fn read<T>(&self, read: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let idle = self.idle.lock().unwrap_or_else(|p| p.into_inner()).pop();
        let connection = match idle {
            Some(connection) => connection,
            None => self.open()?,
        };
        let result = read(&connection);
        self.idle.lock().unwrap_or_else(|p| p.into_inner()).push(connection);
        result
    }

    fn open(&self) -> Result<Connection> {
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let connection = Connection::open_with_flags(&self.path, flags)?;
        // Readers in WAL mode are only kept waiting while a crashed writer's WAL index is rebuilt.
        connection.busy_timeout(Duration::from_secs(1))?;
        connection.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
        connection.pragma_update(None, "cache_size", -i64::from(super::READER_CACHE_KIB))?;
        Ok(connection)
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        Error::internal(format!("database: {e}"))
    }
}

/// A result row of either driver, read by column name: one mapping per record type serves queries run through
/// sqlx and through [`InlineReads`].
pub trait Columns {
    fn column<T: Column>(&self, name: &str) -> Result<T>;
}

/// A value both drivers can decode.
pub trait Column: rusqlite::types::FromSql + for<'r> sqlx::Decode<'r, Sqlite> + sqlx::Type<Sqlite> {}

impl<T: rusqlite::types::FromSql + for<'r> sqlx::Decode<'r, Sqlite> + sqlx::Type<Sqlite>> Column for T {}

impl Columns for SqliteRow {
    fn column<T: Column>(&self, name: &str) -> Result<T> {
        Ok(self.try_get(name)?)
    }
}

impl Columns for rusqlite::Row<'_> {
    fn column<T: Column>(&self, name: &str) -> Result<T> {
        Ok(self.get(name)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    use sqlx::sqlite::SqliteConnectOptions;
    use sqlx::ConnectOptions;

    #[tokio::test]
    async fn reads_what_sqlx_committed_through_the_same_column_mapping() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        let options = SqliteConnectOptions::from_str(&format!("sqlite://{}", path.display())).unwrap();
        let mut writer =
            options.create_if_missing(true).journal_mode(sqlx::sqlite::SqliteJournalMode::Wal).connect().await.unwrap();
        sqlx::query("CREATE TABLE t (id TEXT PRIMARY KEY, n INTEGER NOT NULL, note TEXT, flag BOOLEAN NOT NULL)")
            .execute(&mut writer)
            .await
            .unwrap();
        let reads = InlineReads::new(path);
        let row = |id: &'static str| {
            reads.read(move |c| {
                let mut statement = c.prepare_cached("SELECT n, note, flag FROM t WHERE id = ?1")?;
                let mut rows = statement.query([id])?;
                match rows.next()? {
                    Some(row) => Ok(Some(decode(row)?)),
                    None => Ok(None),
                }
            })
        };
        assert_eq!(row("a").unwrap(), None);
        sqlx::query("INSERT INTO t VALUES ('a', 7, NULL, 1)").execute(&mut writer).await.unwrap();
        assert_eq!(row("a").unwrap(), Some((7, None, true)), "a committed write is seen by the next read");

        let via_sqlx = sqlx::query("SELECT n, note, flag FROM t WHERE id = 'a'").fetch_one(&mut writer).await.unwrap();
        assert_eq!(decode(&via_sqlx).unwrap(), (7, None, true));

        let refused = reads.read(|c| Ok(c.execute("INSERT INTO t VALUES ('b', 1, NULL, 0)", [])?));
        assert!(refused.is_err(), "inline connections are read-only");
        assert_eq!(reads.idle.lock().unwrap().len(), 1, "one caller at a time needs one connection");
    }

    fn decode(row: &impl Columns) -> Result<(i64, Option<String>, bool)> {
        Ok((row.column("n")?, row.column("note")?, row.column("flag")?))
    }
}
