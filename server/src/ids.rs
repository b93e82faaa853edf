//! Object ids: decimal strings, time-ordered and unique (like ZITADEL's snowflake ids; clients treat them as opaque).

use std::sync::Mutex;
use std::time::{SystemTime, UNIX_EPOCH};

/// Milliseconds since 2024-01-01 in the high bits, a per-millisecond counter in the low 22 bits.
pub struct IdGenerator {
    last: Mutex<(u64, u64)>,
}

const EPOCH_MS: u64 = 1_704_067_200_000;
const COUNTER_BITS: u32 = 22;

impl Default for IdGenerator {
    fn default() -> Self {
        Self { last: Mutex::new((0, 0)) }
    }
}

impl IdGenerator {
    pub fn next(&self) -> String {
        let now_ms = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_millis() as u64);
        let mut last = self.last.lock().unwrap_or_else(|p| p.into_inner());
        let (mut ms, mut counter) = *last;
        if now_ms > ms {
            ms = now_ms;
            counter = 0;
        } else {
            counter += 1;
            if counter >> COUNTER_BITS != 0 {
                // Counter exhausted within one millisecond (or the clock went back): borrow the next millisecond.
                ms += 1;
                counter = 0;
            }
        }
        *last = (ms, counter);
        (((ms.saturating_sub(EPOCH_MS)) << COUNTER_BITS) | counter).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_decimal_and_increasing() {
        let g = IdGenerator::default();
        let ids: Vec<u64> = (0..10_000).map(|_| g.next().parse().unwrap()).collect();
        assert!(ids.windows(2).all(|w| w[0] < w[1]));
    }
}
