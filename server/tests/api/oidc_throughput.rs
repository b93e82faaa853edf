//! A small, bounded measurement of the token endpoint on loopback: code exchanges (PKCE check, three token rows,
//! an RS256 ID token) from 8 concurrent clients. Prints the rate; asserts only that every exchange succeeded.

use std::time::Instant;

use reqwest::StatusCode;

use crate::common::*;
use crate::oidc::{callback_code, exchange, start_login, web_app, VERIFIER};

const EXCHANGES: usize = 200;
const CONCURRENCY: usize = 8;

// Two worker threads: the server shares the test's runtime, and the machine has two cores.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn token_endpoint_throughput_on_loopback() {
    let s = start().await;
    let client = web_app(&s).await;
    s.add_user("bench@example.com", true).await;
    let session = s.login("bench@example.com", PASSWORD).await;
    let mut codes = Vec::with_capacity(EXCHANGES);
    for _ in 0..EXCHANGES {
        codes.push(callback_code(&s, &start_login(&s, &client, &[]).await, &session).await);
    }
    let s = std::sync::Arc::new(s);
    let client = std::sync::Arc::new(client);
    let chunks: Vec<Vec<String>> = codes.chunks(EXCHANGES / CONCURRENCY).map(|c| c.to_vec()).collect();
    let started = Instant::now();
    let tasks: Vec<_> = chunks
        .into_iter()
        .map(|chunk| {
            let (s, client) = (s.clone(), client.clone());
            tokio::spawn(async move {
                for code in chunk {
                    let (status, body) = exchange(&s, &client, &code, VERIFIER).await;
                    assert_eq!(status, StatusCode::OK, "{body}");
                }
            })
        })
        .collect();
    for task in tasks {
        task.await.unwrap();
    }
    let elapsed = started.elapsed();
    println!(
        "token endpoint: {EXCHANGES} code exchanges, {CONCURRENCY} clients, {:.0} ms, {:.0} req/s ({} build)",
        elapsed.as_secs_f64() * 1000.0,
        EXCHANGES as f64 / elapsed.as_secs_f64(),
        if cfg!(debug_assertions) { "debug" } else { "release" }
    );
}
