//! Time is injected so lockout, code expiry and session lifetimes are tested without sleeping.

use std::sync::Mutex;

use chrono::{DateTime, Utc};

pub type Timestamp = DateTime<Utc>;

pub trait Clock: Send + Sync + 'static {
    fn now(&self) -> Timestamp;
}

pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Timestamp {
        Utc::now()
    }
}

/// A clock that only moves when told to.
pub struct TestClock(Mutex<Timestamp>);

impl TestClock {
    pub fn new(start: Timestamp) -> Self {
        Self(Mutex::new(start))
    }

    pub fn advance(&self, by: chrono::Duration) {
        let mut now = self.0.lock().unwrap_or_else(|p| p.into_inner());
        *now += by;
    }
}

impl Clock for TestClock {
    fn now(&self) -> Timestamp {
        *self.0.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// Timestamps are stored as fixed-width RFC 3339 text (microseconds, `Z`), so text order is time order in SQL on
/// SQLite and Postgres alike.
pub fn to_db(t: Timestamp) -> String {
    t.format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string()
}

pub fn from_db(s: &str) -> crate::error::Result<Timestamp> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| crate::error::Error::internal(format!("bad timestamp {s:?} in database: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn db_format_sorts_like_time_and_round_trips() {
        let a = Utc::now();
        let b = a + chrono::Duration::microseconds(1);
        assert!(to_db(a) < to_db(b));
        let back = from_db(&to_db(a)).unwrap();
        assert_eq!(back.timestamp_micros(), a.timestamp_micros());
    }
}
