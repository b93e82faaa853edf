//! end_session (with and without id_token_hint) and back-channel logout to a listening app.

use std::time::Duration;

use gatehouse_api::account::ListSecurityEvents;
use gatehouse_api::oidc::CreateCallback;
use gatehouse_api::session::{CreateSession, DeleteSession};
use reqwest::StatusCode;
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::common::*;
use crate::oidc::{
    app_with, exchange, no_redirects, query_of, start_login, userinfo, verify_jwt, VERIFIER, WEB_CALLBACK,
};

/// A back-channel endpoint on loopback: the `logout_token` of each POST it receives.
async fn backchannel_listener() -> (String, tokio::sync::mpsc::UnboundedReceiver<String>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://127.0.0.1:{}/backchannel", listener.local_addr().unwrap().port());
    let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            let mut data = Vec::new();
            let mut buf = [0u8; 4096];
            // Read the head, then as much body as Content-Length says.
            loop {
                let n = stream.read(&mut buf).await.unwrap_or(0);
                if n == 0 {
                    break;
                }
                data.extend_from_slice(&buf[..n]);
                let text = String::from_utf8_lossy(&data).to_string();
                if let Some((head, body)) = text.split_once("\r\n\r\n") {
                    let len = head
                        .lines()
                        .find_map(|l| {
                            l.to_ascii_lowercase()
                                .strip_prefix("content-length:")
                                .map(|v| v.trim().parse::<usize>().unwrap_or(0))
                        })
                        .unwrap_or(0);
                    if body.len() >= len {
                        let token = form_urlencoded::parse(body.as_bytes())
                            .find(|(k, _)| k == "logout_token")
                            .map(|(_, v)| v.into_owned());
                        if let Some(t) = token {
                            let _ = tx.send(t);
                        }
                        break;
                    }
                }
            }
            let _ = stream.write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\nconnection: close\r\n\r\n").await;
        }
    });
    (url, rx)
}

/// The device the app's logout comes from, as the security log should name it.
const END_SESSION_AGENT: &str = "Shop app (logout)";

async fn end_session(
    s: &TestServer,
    params: &[(&str, &str)],
    cookie: Option<&str>,
) -> (StatusCode, Option<String>, String) {
    let mut rb = no_redirects()
        .get(format!("{}/oidc/v1/end_session", s.base))
        .query(params)
        .header("user-agent", END_SESSION_AGENT);
    if let Some(c) = cookie {
        rb = rb.header("cookie", format!("gatehouse_browser={c}"));
    }
    let r = rb.send().await.unwrap();
    let status = r.status();
    let location = r.headers().get("location").map(|v| v.to_str().unwrap().to_owned());
    (status, location, r.text().await.unwrap())
}

#[tokio::test]
async fn end_session_with_a_hint_ends_the_session_and_notifies_the_back_channel() {
    let s = start().await;
    let (backchannel, mut received) = backchannel_listener().await;
    let client = app_with(
        &s,
        json!({"redirectUris": [WEB_CALLBACK], "postLogoutRedirectUris": ["https://shop.example.com/bye"],
               "authMethodType": "OIDC_AUTH_METHOD_TYPE_BASIC", "developmentMode": true, "backChannelLogoutUri": backchannel}),
    )
    .await;
    let user_id = s.add_user("out@example.com", true).await;
    let login = json!({"checks": {"user": {"loginName": "out@example.com"}, "password": {"password": PASSWORD}}});
    let a = s.call::<CreateSession>(Form::Connect, &Auth::Browser(None), login).await;
    let cookie = a.cookie().unwrap();
    let session_id = a.ok()["sessionId"].as_str().unwrap().to_owned();
    let auth_request = start_login(&s, &client, &[]).await;
    let body = json!({"authRequestId": auth_request, "session": {"sessionId": session_id}});
    let a = s.call::<CreateCallback>(Form::Connect, &Auth::Browser(Some(cookie.clone())), body).await;
    let code = query_of(a.ok()["callbackUrl"].as_str().unwrap())["code"].clone();
    let (_, tokens) = exchange(&s, &client, &code, VERIFIER).await;
    let id_token = tokens["id_token"].as_str().unwrap();

    // An unregistered return address: error page, no redirect, session kept.
    let (status, location, body) = end_session(
        &s,
        &[("id_token_hint", id_token), ("post_logout_redirect_uri", "https://evil.example/")],
        Some(&cookie),
    )
    .await;
    assert_eq!((status, location), (StatusCode::BAD_REQUEST, None), "{body}");
    let (status, _, _) = end_session(&s, &[("id_token_hint", "not.a.jwt")], Some(&cookie)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);

    let (status, location, _) = end_session(
        &s,
        &[("id_token_hint", id_token), ("post_logout_redirect_uri", "https://shop.example.com/bye"), ("state", "s9")],
        Some(&cookie),
    )
    .await;
    assert_eq!(status, StatusCode::FOUND);
    assert_eq!(location.as_deref(), Some("https://shop.example.com/bye?state=s9"));
    let gone = s.call::<DeleteSession>(Form::Connect, &Auth::Pat, json!({"sessionId": session_id})).await;
    assert_eq!(gone.status.as_u16(), 404, "the session ended: {}", gone.body);
    // The tokens issued from it ended with it.
    let (status, _) = userinfo(&s, tokens["access_token"].as_str().unwrap()).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    // The user's security log names the device and address the logout came from.
    let log = s.call::<ListSecurityEvents>(Form::Rest, &Auth::Pat, json!({"userId": user_id})).await;
    let events = log.ok()["events"].as_array().unwrap().clone();
    let signed_out = events.iter().find(|e| e["type"] == "session.signed_out").expect("a sign-out entry");
    assert_eq!(signed_out["userAgent"], END_SESSION_AGENT, "{events:?}");
    assert_eq!(signed_out["ip"], "127.0.0.1", "{events:?}");

    let token =
        tokio::time::timeout(Duration::from_secs(10), received.recv()).await.expect("a back-channel logout").unwrap();
    let claims: Value = verify_jwt(&s, &token).await;
    assert_eq!(claims["sid"], session_id.as_str());
    assert_eq!(claims["sub"], user_id.as_str());
    assert_eq!(claims["aud"], json!([client.client_id]));
    assert_eq!(claims["events"], json!({"http://schemas.openid.net/event/backchannel-logout": {}}));
    assert!(claims.get("nonce").is_none());
    let header: Value = serde_json::from_slice(
        &base64::Engine::decode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, token.split('.').next().unwrap())
            .unwrap(),
    )
    .unwrap();
    assert_eq!(header["typ"], "logout+jwt");

    // Security review L5: a token we signed that is not an ID token (here the logout token) is no hint.
    let other = s
        .call::<CreateSession>(
            Form::Connect,
            &Auth::Browser(Some(cookie.clone())),
            json!({"checks": {"user": {"loginName": "out@example.com"}, "password": {"password": PASSWORD}}}),
        )
        .await;
    other.ok();
    let (status, location, body) = end_session(
        &s,
        &[("id_token_hint", token.as_str()), ("post_logout_redirect_uri", "https://shop.example.com/bye")],
        Some(&cookie),
    )
    .await;
    assert_eq!((status, location), (StatusCode::BAD_REQUEST, None), "{body}");
    assert!(body.contains("invalid id_token_hint"), "{body}");
    // An expired ID token of ours still is one (RP-initiated logout allows it).
    s.clock.advance(chrono::Duration::hours(13));
    let (status, location, body) = end_session(
        &s,
        &[("id_token_hint", id_token), ("post_logout_redirect_uri", "https://shop.example.com/bye")],
        Some(&cookie),
    )
    .await;
    assert_eq!((status, location.as_deref()), (StatusCode::FOUND, Some("https://shop.example.com/bye")), "{body}");
}

#[tokio::test]
async fn end_session_without_a_hint_lets_the_user_choose_and_other_logouts_reach_the_back_channel() {
    let s = start().await;
    let (backchannel, mut received) = backchannel_listener().await;
    let client = app_with(
        &s,
        json!({"redirectUris": [WEB_CALLBACK], "authMethodType": "OIDC_AUTH_METHOD_TYPE_BASIC", "developmentMode": true,
               "backChannelLogoutUri": backchannel}),
    )
    .await;
    let (status, location, _) = end_session(&s, &[], None).await;
    assert_eq!((status, location.as_deref()), (StatusCode::FOUND, Some("/logout?endSession=1")));
    // No hint and no client: a return address cannot be checked, so it is refused.
    let (status, location, _) =
        end_session(&s, &[("post_logout_redirect_uri", "https://shop.example.com/bye")], None).await;
    assert_eq!((status, location), (StatusCode::BAD_REQUEST, None));

    // A session ended by the login client's DeleteSession (as the /logout page does) also reaches the app.
    s.add_user("two@example.com", true).await;
    let session = s.login("two@example.com", PASSWORD).await;
    let code = crate::oidc::callback_code(&s, &start_login(&s, &client, &[]).await, &session).await;
    assert_eq!(exchange(&s, &client, &code, VERIFIER).await.0, StatusCode::OK);
    s.call::<DeleteSession>(Form::Connect, &Auth::Pat, json!({"sessionId": session.0})).await.ok();
    let token =
        tokio::time::timeout(Duration::from_secs(10), received.recv()).await.expect("a back-channel logout").unwrap();
    assert_eq!(verify_jwt(&s, &token).await["sid"], session.0.as_str());
}
