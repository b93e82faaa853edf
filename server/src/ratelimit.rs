//! A small in-memory sliding-window limiter for credential checks (passwords, codes), per user and per client IP.
//! It slows online guessing across many accounts from one address, which per-user lockout alone does not.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub struct RateLimiter {
    window: Duration,
    per_ip: usize,
    per_user: usize,
    hits: Mutex<HashMap<String, VecDeque<Instant>>>,
}

impl RateLimiter {
    pub fn new(window: Duration, per_ip: usize, per_user: usize) -> Self {
        Self { window, per_ip, per_user, hits: Mutex::new(HashMap::new()) }
    }

    /// Records one attempt; false when the IP or the user is over its limit.
    pub fn allow(&self, ip: Option<std::net::IpAddr>, user_id: &str) -> bool {
        let now = Instant::now();
        let mut hits = self.hits.lock().unwrap_or_else(|p| p.into_inner());
        if hits.len() > 50_000 {
            hits.retain(|_, q| q.back().is_some_and(|t| now.duration_since(*t) < self.window));
        }
        let mut keys = Vec::new();
        if self.per_user > 0 {
            keys.push((format!("user:{user_id}"), self.per_user));
        }
        if let (Some(ip), true) = (ip, self.per_ip > 0) {
            keys.push((format!("ip:{ip}"), self.per_ip));
        }
        let mut allowed = true;
        for (key, limit) in &keys {
            let q = hits.entry(key.clone()).or_default();
            while q.front().is_some_and(|t| now.duration_since(*t) >= self.window) {
                q.pop_front();
            }
            if q.len() >= *limit {
                allowed = false;
            }
        }
        if allowed {
            for (key, _) in keys {
                hits.entry(key).or_default().push_back(now);
            }
        }
        allowed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_per_user_and_per_ip() {
        let l = RateLimiter::new(Duration::from_secs(60), 3, 2);
        let ip = Some("10.0.0.1".parse().unwrap());
        assert!(l.allow(ip, "a"));
        assert!(l.allow(ip, "a"));
        assert!(!l.allow(ip, "a"), "user limit");
        assert!(l.allow(ip, "b"));
        assert!(!l.allow(ip, "c"), "ip limit");
        assert!(l.allow(Some("10.0.0.2".parse().unwrap()), "c"));
        let off = RateLimiter::new(Duration::from_secs(60), 0, 0);
        assert!((0..100).all(|_| off.allow(ip, "a")));
    }
}
