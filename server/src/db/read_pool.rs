//! The read connections, pooled without sqlx's `Pool`.
//!
//! sqlx runs every SQLite connection on a worker thread of its own, so each statement is a round trip between the
//! async task and that thread. Its `Pool` adds a second one: a connection handed back after a query is pinged
//! before it counts as idle again (`PoolConnection::return_to_pool`), a guard for drivers whose connections can be
//! left mid-protocol by a cancelled query. Profiled under the bench's GetSession load, those worker round trips and
//! the kernel's wake-ups for them took more of the server's CPU than anything else, the SQLite work itself a few
//! percent. A SQLite worker runs its commands in order, and one whose caller went away stops at its next row and
//! resets its statement before the next command, so a read connection can be reused at once: this pool does exactly
//! that. (The reads here are short lookups; a long one cancelled before its first row would hold up the next query
//! on its connection until it finishes, where sqlx's pool would have held the connection back instead.)
//! Writes stay on sqlx's single-connection `Pool` (`Db::write`), where one ping per transaction costs little.

use std::sync::{Arc, Mutex};

use futures_util::future::BoxFuture;
use futures_util::stream::{self, BoxStream, StreamExt};
use sqlx::sqlite::{SqliteConnectOptions, SqliteQueryResult, SqliteRow, SqliteStatement, SqliteTypeInfo};
use sqlx::{ConnectOptions, Describe, Either, Execute, Executor, Sqlite, SqliteConnection};
use tokio::sync::{Semaphore, SemaphorePermit};

#[derive(Clone)]
pub struct ReadPool(Arc<Shared>);

struct Shared {
    options: SqliteConnectOptions,
    /// Connections not in use; at most `capacity` exist, opened on demand.
    idle: Mutex<Vec<SqliteConnection>>,
    /// One permit per connection that may exist.
    permits: Semaphore,
}

impl std::fmt::Debug for ReadPool {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReadPool").field("available", &self.0.permits.available_permits()).finish()
    }
}

/// A connection on loan; it goes back to the idle list when dropped, also when the query using it was cancelled.
struct Lease<'p> {
    pool: &'p Shared,
    connection: Option<SqliteConnection>,
    _permit: SemaphorePermit<'p>,
}

impl Lease<'_> {
    fn connection(&mut self) -> &mut SqliteConnection {
        self.connection.as_mut().expect("a lease holds its connection until dropped")
    }
}

impl Drop for Lease<'_> {
    fn drop(&mut self) {
        if let (Some(connection), Ok(mut idle)) = (self.connection.take(), self.pool.idle.lock()) {
            idle.push(connection);
        }
    }
}

impl ReadPool {
    pub fn new(options: SqliteConnectOptions, capacity: usize) -> Self {
        let idle = Mutex::new(Vec::with_capacity(capacity));
        ReadPool(Arc::new(Shared { options, idle, permits: Semaphore::new(capacity) }))
    }

    async fn lease(&self) -> Result<Lease<'_>, sqlx::Error> {
        let shared = &*self.0;
        let permit = shared.permits.acquire().await.map_err(|_| sqlx::Error::PoolClosed)?;
        let idle = shared.idle.lock().ok().and_then(|mut idle| idle.pop());
        let connection = match idle {
            Some(connection) => connection,
            None => shared.options.connect().await?,
        };
        Ok(Lease { pool: shared, connection: Some(connection), _permit: permit })
    }
}

impl<'p> Executor<'p> for &'p ReadPool {
    type Database = Sqlite;

    /// Collects the results before handing them on: the stream would otherwise borrow the lease it owns.
    fn fetch_many<'e, 'q: 'e, E>(
        self,
        query: E,
    ) -> BoxStream<'e, Result<Either<SqliteQueryResult, SqliteRow>, sqlx::Error>>
    where
        'p: 'e,
        E: 'q + Execute<'q, Sqlite>,
    {
        let results = async move {
            let mut lease = match self.lease().await {
                Ok(lease) => lease,
                Err(e) => return vec![Err(e)],
            };
            lease.connection().fetch_many(query).collect::<Vec<_>>().await
        };
        stream::once(results).flat_map(stream::iter).boxed()
    }

    fn fetch_optional<'e, 'q: 'e, E>(self, query: E) -> BoxFuture<'e, Result<Option<SqliteRow>, sqlx::Error>>
    where
        'p: 'e,
        E: 'q + Execute<'q, Sqlite>,
    {
        Box::pin(async move { self.lease().await?.connection().fetch_optional(query).await })
    }

    fn prepare_with<'e, 'q: 'e>(
        self,
        sql: &'q str,
        parameters: &'e [SqliteTypeInfo],
    ) -> BoxFuture<'e, Result<SqliteStatement<'q>, sqlx::Error>>
    where
        'p: 'e,
    {
        Box::pin(async move { self.lease().await?.connection().prepare_with(sql, parameters).await })
    }

    fn describe<'e, 'q: 'e>(self, sql: &'q str) -> BoxFuture<'e, Result<Describe<Sqlite>, sqlx::Error>>
    where
        'p: 'e,
    {
        Box::pin(async move { self.lease().await?.connection().describe(sql).await })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[tokio::test]
    async fn reuses_connections_and_survives_cancelled_queries() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        let options = SqliteConnectOptions::from_str(&format!("sqlite://{}", path.display())).unwrap();
        let setup = options.clone().create_if_missing(true).connect().await;
        let mut setup = setup.unwrap();
        sqlx::query("CREATE TABLE t (n INTEGER)").execute(&mut setup).await.unwrap();
        sqlx::query("WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 50000) INSERT INTO t SELECT n FROM c")
            .execute(&mut setup)
            .await
            .unwrap();
        let pool = ReadPool::new(options.read_only(true), 2);

        let tasks: Vec<_> = (1..=20i64)
            .map(|n| {
                let pool = pool.clone();
                tokio::spawn(async move {
                    let row: (i64,) =
                        sqlx::query_as("SELECT n FROM t WHERE n = $1").bind(n).fetch_one(&pool).await.unwrap();
                    row.0
                })
            })
            .collect();
        for (n, task) in (1..=20i64).zip(tasks) {
            assert_eq!(task.await.unwrap(), n);
        }
        assert!(pool.0.idle.lock().unwrap().len() <= 2, "never more connections than its capacity");

        // A long read dropped half-way gives its connection back; the next query on it answers correctly.
        let slow = sqlx::query_scalar::<_, i64>("SELECT a.n * b.n FROM t a, t b").fetch_all(&pool);
        assert!(tokio::time::timeout(std::time::Duration::from_millis(20), slow).await.is_err());
        for _ in 0..4 {
            let all: Vec<(i64,)> =
                sqlx::query_as("SELECT n FROM t WHERE n <= 3 ORDER BY n").fetch_all(&pool).await.unwrap();
            assert_eq!(all, vec![(1,), (2,), (3,)]);
        }
        assert_eq!(pool.0.permits.available_permits(), 2);
    }
}
