//! Microbenchmark (ignored by default): server time per TOTP check. `cargo test -p gatehouse-server --test api
//! --release mfa_bench -- --ignored --nocapture`.

use std::time::Instant;

use gatehouse_api::session::SetSession;
use gatehouse_server::mfa::totp::{code_at_step, judge};
use serde_json::json;

use crate::common::*;
use crate::mfa_totp::{enrol_totp, step};

#[tokio::test]
#[ignore]
async fn totp_check_timing() {
    // The check itself: three HMAC-SHA1 codes compared in constant time.
    let secret = b"12345678901234567890";
    let rounds = 20_000;
    let started = Instant::now();
    for i in 0..rounds {
        std::hint::black_box(judge(secret, "123456", 1_700_000_000 + i, None));
    }
    let pure = started.elapsed().as_secs_f64() * 1e6 / rounds as f64;

    // A whole SetSession with a totp check (decrypt, judge, record the step and the factor), over loopback.
    // The rate limiter allows 30 checks per user and 300 per client address a minute: 10 users, 25 checks each.
    let s = start().await;
    let mut users = Vec::new();
    for i in 0..10 {
        let email = format!("bench{i}@example.com");
        let uid = s.add_user(&email, true).await;
        let (_, token) = s.login(&email, PASSWORD).await;
        let secret = enrol_totp(&s, &Auth::Bearer(token), &uid).await;
        let (sid, _) = s.login(&email, PASSWORD).await;
        users.push((sid, secret));
    }
    let requests = 250;
    let mut total = 0.0;
    for round in 0..25 {
        s.clock.advance(chrono::Duration::seconds(30));
        for (sid, secret) in &users {
            let body = json!({"sessionId": sid, "checks": {"totp": {"code": code_at_step(secret, step(&s))}}});
            let started = Instant::now();
            let a = s.call::<SetSession>(Form::Connect, &Auth::Pat, body).await;
            total += started.elapsed().as_secs_f64();
            assert!(a.status.is_success(), "round {round}: {}", a.body);
        }
    }
    println!(
        "TOTP check: {pure:.1} µs per code check (judge, 3 steps); {:.0} µs per SetSession with a totp check \
         (HTTP round trip on loopback included, {requests} requests)",
        total * 1e6 / requests as f64
    );
}
