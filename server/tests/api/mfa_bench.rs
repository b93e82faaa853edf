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
    let s = start().await;
    let uid = s.add_user("bench@example.com", true).await;
    let (_, token) = s.login("bench@example.com", PASSWORD).await;
    let secret = enrol_totp(&s, &Auth::Bearer(token), &uid).await;
    let (sid, _) = s.login("bench@example.com", PASSWORD).await;
    let requests = 300;
    let mut total = 0.0;
    for _ in 0..requests {
        s.clock.advance(chrono::Duration::seconds(30));
        let body = json!({"sessionId": sid, "checks": {"totp": {"code": code_at_step(&secret, step(&s))}}});
        let started = Instant::now();
        s.call::<SetSession>(Form::Connect, &Auth::Pat, body).await.ok();
        total += started.elapsed().as_secs_f64();
    }
    println!(
        "TOTP check: {pure:.1} µs per code check (judge, 3 steps); {:.0} µs per SetSession with a totp check \
         (HTTP round trip on loopback included, {requests} requests)",
        total * 1e6 / requests as f64
    );
}
