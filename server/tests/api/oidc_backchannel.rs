//! Back-channel logout through the outbox: a failing app is retried with backoff, also after a restart; an app that
//! never answers costs one bounded attempt and never the logout itself; attempts are bounded.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use gatehouse_api::session::DeleteSession;
use reqwest::StatusCode;
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::common::*;
use crate::oidc::{app_with, callback_code, exchange, start_login, verify_jwt, Client, VERIFIER, WEB_CALLBACK};

enum Behaviour {
    /// Answers 503 to the first `n` requests, then 200.
    FailFirst(usize),
    /// Reads the request and never answers.
    Hang,
}

/// A back-channel endpoint on loopback: its URL, the tokens it accepted (200) and how many requests it saw.
async fn listener(behaviour: Behaviour) -> (String, tokio::sync::mpsc::UnboundedReceiver<String>, Arc<AtomicUsize>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://127.0.0.1:{}/backchannel", listener.local_addr().unwrap().port());
    let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
    let seen = Arc::new(AtomicUsize::new(0));
    let counter = seen.clone();
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            let n = counter.fetch_add(1, Ordering::SeqCst);
            let tx = tx.clone();
            let hang = matches!(behaviour, Behaviour::Hang);
            let fail = matches!(behaviour, Behaviour::FailFirst(k) if n < k);
            tokio::spawn(async move {
                let mut data = Vec::new();
                let mut buf = [0u8; 4096];
                let token = loop {
                    let read = stream.read(&mut buf).await.unwrap_or(0);
                    if read == 0 {
                        break None;
                    }
                    data.extend_from_slice(&buf[..read]);
                    let text = String::from_utf8_lossy(&data).to_string();
                    if let Some((head, body)) = text.split_once("\r\n\r\n") {
                        let len = head
                            .lines()
                            .find_map(|l| {
                                l.to_ascii_lowercase()
                                    .strip_prefix("content-length:")
                                    .map(|v| v.trim().parse().unwrap_or(0))
                            })
                            .unwrap_or(0usize);
                        if body.len() >= len {
                            break form_urlencoded::parse(body.as_bytes())
                                .find(|(k, _)| k == "logout_token")
                                .map(|(_, v)| v.into_owned());
                        }
                    }
                };
                if hang {
                    tokio::time::sleep(Duration::from_secs(3600)).await;
                    return;
                }
                let status = if fail { "503 Service Unavailable" } else { "200 OK" };
                let _ = stream
                    .write_all(
                        format!("HTTP/1.1 {status}\r\ncontent-length: 0\r\nconnection: close\r\n\r\n").as_bytes(),
                    )
                    .await;
                if let (false, Some(t)) = (fail, token) {
                    let _ = tx.send(t);
                }
            });
        }
    });
    (url, rx, seen)
}

/// The outbox rows as (attempts, last_error, delivered).
async fn outbox(s: &TestServer) -> Vec<(i64, Option<String>, bool)> {
    let url = format!("sqlite://{}?mode=ro", s.data_dir.join("gatehouse.db").display());
    let pool = sqlx::SqlitePool::connect(&url).await.unwrap();
    let rows: Vec<(i64, Option<String>, Option<String>)> =
        sqlx::query_as("SELECT attempts, last_error, delivered_at FROM oidc_backchannel_outbox ORDER BY created_at")
            .fetch_all(&pool)
            .await
            .unwrap();
    pool.close().await;
    rows.into_iter().map(|(a, e, d)| (a, e, d.is_some())).collect()
}

/// Waits (up to `within`) until the single outbox row satisfies `done`; returns it.
async fn wait_for(
    s: &TestServer,
    within: Duration,
    done: impl Fn(&(i64, Option<String>, bool)) -> bool,
) -> (i64, Option<String>, bool) {
    let until = Instant::now() + within;
    loop {
        let rows = outbox(s).await;
        if let Some(row) = rows.first().filter(|r| done(r)) {
            return row.clone();
        }
        assert!(Instant::now() < until, "outbox never got there: {rows:?}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// A user signed in to `client` (tokens issued from the session), then logged out through the API; returns the
/// session id and how long the logout took.
async fn sign_in_and_out(s: &TestServer, client: &Client, email: &str) -> (String, Duration) {
    s.add_user(email, true).await;
    let session = s.login(email, PASSWORD).await;
    let code = callback_code(s, &start_login(s, client, &[]).await, &session).await;
    assert_eq!(exchange(s, client, &code, VERIFIER).await.0, StatusCode::OK);
    let started = Instant::now();
    s.call::<DeleteSession>(Form::Connect, &Auth::Pat, json!({"sessionId": session.0})).await.ok();
    (session.0, started.elapsed())
}

fn app_config(uri: &str) -> serde_json::Value {
    json!({"redirectUris": [WEB_CALLBACK], "authMethodType": "OIDC_AUTH_METHOD_TYPE_BASIC", "developmentMode": true,
           "backChannelLogoutUri": uri})
}

#[tokio::test]
async fn a_failed_back_channel_logout_is_retried_with_backoff_and_survives_a_restart() {
    let s = start().await;
    let (uri, mut received, seen) = listener(Behaviour::FailFirst(2)).await;
    let client = app_with(&s, app_config(&uri)).await;
    let (sid, took) = sign_in_and_out(&s, &client, "retry@example.com").await;
    assert!(took < Duration::from_secs(1), "the logout does not wait for the app: {took:?}");
    let first = wait_for(&s, Duration::from_secs(10), |r| r.0 == 1).await;
    assert_eq!(first, (1, Some("HTTP 503".into()), false));
    // Not retried before the backoff has passed (the server's clock stands still here).
    tokio::time::sleep(Duration::from_millis(1000)).await;
    assert_eq!(seen.load(Ordering::SeqCst), 1);

    // The server goes down with the delivery pending; the next one picks it up.
    let s = s.restart().await;
    s.clock.advance(chrono::Duration::seconds(3));
    let second = wait_for(&s, Duration::from_secs(10), |r| r.0 == 2).await;
    assert_eq!(second, (2, Some("HTTP 503".into()), false), "second failure, backoff doubles");
    s.clock.advance(chrono::Duration::seconds(3));
    tokio::time::sleep(Duration::from_millis(1000)).await;
    assert_eq!(seen.load(Ordering::SeqCst), 2, "4 s after the second failure, not 3");
    s.clock.advance(chrono::Duration::seconds(2));
    let token = tokio::time::timeout(Duration::from_secs(10), received.recv()).await.expect("delivered").unwrap();
    assert_eq!(verify_jwt(&s, &token).await["sid"], sid.as_str());
    assert_eq!(wait_for(&s, Duration::from_secs(5), |r| r.2).await, (3, None, true));
    tokio::time::sleep(Duration::from_millis(1000)).await;
    assert_eq!(seen.load(Ordering::SeqCst), 3, "delivered once, then left alone");
}

#[tokio::test]
async fn an_app_that_never_answers_costs_one_bounded_attempt_not_the_logout() {
    let s = start().await;
    let (uri, _received, seen) = listener(Behaviour::Hang).await;
    let client = app_with(&s, app_config(&uri)).await;
    let started = Instant::now();
    let (_, took) = sign_in_and_out(&s, &client, "hang@example.com").await;
    assert!(took < Duration::from_secs(1), "the logout does not wait for the app: {took:?}");
    let row = wait_for(&s, Duration::from_secs(12), |r| r.0 == 1).await;
    let waited = started.elapsed();
    assert_eq!(row, (1, Some("no answer within 5 s".into()), false));
    assert!(waited >= Duration::from_secs(5) && waited < Duration::from_secs(11), "{waited:?}");
    assert_eq!(seen.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn a_back_channel_that_keeps_failing_is_given_up_after_a_bounded_number_of_attempts() {
    let s = start().await;
    // A port nobody listens on: each attempt is refused at once.
    let closed = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let uri = format!("http://127.0.0.1:{}/backchannel", closed.local_addr().unwrap().port());
    drop(closed);
    let client = app_with(&s, app_config(&uri)).await;
    sign_in_and_out(&s, &client, "gone@example.com").await;
    for attempt in 1..=8 {
        let row = wait_for(&s, Duration::from_secs(10), |r| r.0 == attempt).await;
        assert!(row.1.as_deref().is_some_and(|e| e.starts_with("not delivered")), "{row:?}");
        s.clock.advance(chrono::Duration::minutes(11));
    }
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let rows = outbox(&s).await;
    assert_eq!(rows.len(), 1);
    assert_eq!((rows[0].0, rows[0].2), (8, false), "given up after 8 attempts: {rows:?}");
}
