use gatehouse_api::session::{CreateSession, DeleteSession, ListSessions, SetSession};
use gatehouse_api::user::{AddHumanUser, GetUserByID, ListUsers, VerifyEmail};
use reqwest::Method;
use serde_json::json;

use crate::common::*;

fn registration(email: &str) -> serde_json::Value {
    json!({"profile": {"givenName": "Bea", "familyName": "Browser"}, "email": {"email": email}, "password": {"password": PASSWORD}})
}

#[tokio::test]
async fn browser_requests_must_be_same_origin_json() {
    let s = start().await;
    let path = "/zitadel.settings.v2.SettingsService/GetLoginSettings";
    let cases = [("origin", "https://evil.example"), ("sec-fetch-site", "cross-site"), ("sec-fetch-site", "same-site")];
    for (header, value) in cases {
        let a = s.send(s.request(Method::POST, path, &Auth::Anonymous).header(header, value).json(&json!({}))).await;
        a.assert_error(Form::Connect, 401, "unauthenticated", "AUTH-Browser-Origin");
    }
    let form_post = s
        .send(
            s.request(Method::POST, path, &Auth::Anonymous)
                .header("origin", &s.origin)
                .header("content-type", "text/plain")
                .body("{}"),
        )
        .await;
    form_post.assert_error(Form::Connect, 401, "unauthenticated", "AUTH-Browser-CSRF");
    let rest_form_post = s
        .send(
            s.request(Method::POST, "/v2/sessions", &Auth::Anonymous)
                .header("sec-fetch-site", "same-origin")
                .header("content-type", "application/x-www-form-urlencoded")
                .body("a=b"),
        )
        .await;
    rest_form_post.assert_error(Form::Rest, 401, "unauthenticated", "AUTH-Browser-CSRF");
    let good =
        s.send(s.request(Method::POST, path, &Auth::Anonymous).header("origin", &s.origin).json(&json!({}))).await;
    good.ok();
    let get = s
        .send(s.request(Method::GET, "/v2/settings/login", &Auth::Anonymous).header("sec-fetch-site", "same-origin"))
        .await;
    get.ok();
}

#[tokio::test]
async fn register_verify_login_profile_logout_in_a_browser() {
    let s = start().await;
    let email = "bea@example.com";
    // Self-registration may not pre-verify.
    let mut cheat = registration(email);
    cheat["email"]["isVerified"] = json!(true);
    let a = s.call::<AddHumanUser>(Form::Connect, &Auth::Browser(None), cheat).await;
    a.assert_error(Form::Connect, 403, "permission_denied", "USER-Register-Fields");
    let a = s.call::<AddHumanUser>(Form::Rest, &Auth::Browser(None), registration(email)).await;
    assert_eq!(a.status, 201);
    let uid = a.ok()["userId"].as_str().unwrap().to_owned();
    assert!(a.ok().get("emailCode").is_none());

    // Password right, email unverified: failed_precondition, but the browser now owns a password-checked session.
    let login = json!({"checks": {"user": {"loginName": email}, "password": {"password": PASSWORD}}});
    let a = s.call::<CreateSession>(Form::Connect, &Auth::Browser(None), login.clone()).await;
    a.assert_error(Form::Connect, 400, "failed_precondition", "GATEHOUSE-EmailUnverified");
    let set_cookie = a.headers["set-cookie"].to_str().unwrap().to_owned();
    for flag in ["HttpOnly", "SameSite=Lax", "Path=/", "Max-Age=2592000"] {
        assert!(set_cookie.contains(flag), "{set_cookie}");
    }
    assert!(!set_cookie.contains("Secure"), "plain http loopback");
    let cookie = a.cookie().unwrap();
    let me = Auth::Browser(Some(cookie.clone()));

    // Password-checked in this browser: may read themselves, but not list users or read others.
    let got = s.call::<GetUserByID>(Form::Rest, &me, json!({"userId": uid})).await;
    assert_eq!(got.ok()["user"]["human"]["email"]["email"], email);
    let admin_id = s
        .call::<ListUsers>(Form::Connect, &Auth::Pat, json!({"queries": [{"userNameQuery": {"userName": "admin"}}]}))
        .await
        .ok()["result"][0]["userId"]
        .as_str()
        .unwrap()
        .to_owned();
    s.call::<GetUserByID>(Form::Rest, &me, json!({"userId": admin_id})).await.assert_error(
        Form::Rest,
        403,
        "permission_denied",
        "AUTHZ-HKJD33",
    );
    s.call::<ListUsers>(Form::Rest, &me, json!({})).await.assert_error(
        Form::Rest,
        403,
        "permission_denied",
        "AUTHZ-HKJD33",
    );

    // Verify with the mailed code (the code authorises); then log in for real.
    let code = s.latest_code(email).await;
    let mail = s.outbox().await.into_iter().find(|m| m["to"] == email).unwrap();
    assert!(mail["text"]
        .as_str()
        .unwrap()
        .contains(&format!("{}/verify?userId={uid}&code={code}&loginName=bea%40example.com", s.origin)));
    s.call::<VerifyEmail>(Form::Connect, &me, json!({"userId": uid, "verificationCode": code})).await.ok();
    let a = s.call::<CreateSession>(Form::Rest, &me, login.clone()).await;
    assert_eq!(a.status, 201);
    assert!(a.ok().get("sessionToken").is_none(), "tokens never go to the browser");
    assert_eq!(a.cookie(), Some(cookie.clone()), "the known cookie is kept, with a renewed Max-Age");
    assert!(a.headers["set-cookie"].to_str().unwrap().contains("Max-Age=2592000"));
    let sid = a.ok()["sessionId"].as_str().unwrap().to_owned();
    let set = s.call::<SetSession>(Form::Connect, &me, json!({"sessionId": sid, "lifetime": "600s"})).await;
    assert!(set.ok().get("sessionToken").is_none());

    // A second browser of the same user; the first sees both via userIdQuery and ends them all.
    let other = s.call::<CreateSession>(Form::Connect, &Auth::Browser(None), login.clone()).await;
    let other_cookie = other.cookie().unwrap();
    assert_ne!(other_cookie, cookie);
    let own = s.call::<ListSessions>(Form::Connect, &me, json!({})).await;
    assert_eq!(own.ok()["details"]["totalResult"], "2", "the unverified-email session and the real one");
    let all = s.call::<ListSessions>(Form::Connect, &me, json!({"queries": [{"userIdQuery": {"id": uid}}]})).await;
    let ids: Vec<String> =
        all.ok()["sessions"].as_array().unwrap().iter().map(|x| x["id"].as_str().unwrap().to_owned()).collect();
    assert_eq!(ids.len(), 3);
    for id in &ids {
        s.call::<DeleteSession>(Form::Rest, &me, json!({"sessionId": id})).await.ok();
    }
    let left = s.call::<ListSessions>(Form::Connect, &Auth::Browser(Some(other_cookie)), json!({})).await;
    assert_eq!(left.ok()["details"]["totalResult"], "0");
    // Signed out everywhere: no more access to the profile.
    s.call::<GetUserByID>(Form::Rest, &me, json!({"userId": uid})).await.assert_error(
        Form::Rest,
        403,
        "permission_denied",
        "AUTHZ-HKJD33",
    );
}

#[tokio::test]
async fn foreign_sessions_and_planted_cookies() {
    let s = start().await;
    s.add_user("zed@example.com", true).await;
    let (sid, _) = s.login("zed@example.com", PASSWORD).await;
    let stranger = Auth::Browser(Some("planted-value".into()));
    let a = s.call::<DeleteSession>(Form::Connect, &stranger, json!({"sessionId": sid})).await;
    a.assert_error(Form::Connect, 403, "permission_denied", "AUTHZ-HKJD33");
    let b = s
        .call::<CreateSession>(Form::Connect, &stranger, json!({"checks": {"user": {"loginName": "zed@example.com"}}}))
        .await;
    let issued = b.cookie().expect("a fresh cookie, never the planted one");
    assert_ne!(issued, "planted-value");
}

#[tokio::test]
async fn admin_must_change_the_initial_password() {
    let s = start().await;
    let a = s
        .call::<CreateSession>(
            Form::Connect,
            &Auth::Browser(None),
            json!({"checks": {"user": {"loginName": "admin"}, "password": {"password": ADMIN_PASSWORD}}}),
        )
        .await;
    let me = Auth::Browser(Some(a.cookie().unwrap()));
    let admin_id = a.ok()["sessionId"].as_str().map(|_| ()).and(None::<String>);
    let _ = admin_id;
    let sessions = s.call::<ListSessions>(Form::Connect, &me, json!({})).await;
    let uid = sessions.ok()["sessions"][0]["factors"]["user"]["id"].as_str().unwrap().to_owned();
    let user = s.call::<GetUserByID>(Form::Connect, &me, json!({"userId": uid})).await;
    assert_eq!(user.ok()["user"]["human"]["passwordChangeRequired"], true);
    let upd = s
        .call::<gatehouse_api::user::UpdateHumanUser>(
            Form::Connect,
            &me,
            json!({"userId": uid, "profile": {"givenName": "A", "familyName": "B"}}),
        )
        .await;
    upd.assert_error(Form::Connect, 400, "failed_precondition", "COMMAND-PwChange");
    let change = s
        .call::<gatehouse_api::user::SetPassword>(
            Form::Connect,
            &me,
            json!({"userId": uid, "currentPassword": ADMIN_PASSWORD, "newPassword": {"password": "Brand!New1pw"}}),
        )
        .await;
    change.ok();
    let user = s.call::<GetUserByID>(Form::Connect, &me, json!({"userId": uid})).await;
    assert!(user.ok()["user"]["human"].get("passwordChangeRequired").is_none());
}

#[tokio::test]
async fn spa_is_served_with_fallback_and_headers() {
    let s = start().await;
    for path in ["/", "/profile", "/password/change?loginName=x"] {
        let a = s.send(s.request(Method::GET, path, &Auth::Anonymous)).await;
        assert_eq!(a.status, 200, "{path}");
        // index.html as built, plus what the server links in before `</head>`: the theme stylesheet (branding) and
        // the preload of the page's messages (i18n).
        let body = without_tag(a.body.as_str().unwrap(), "<link rel=\"stylesheet\" href=\"/gatehouse/theme.css?");
        let body = without_tag(&body, "<link rel=\"preload\" href=\"/gatehouse/v1/locale/messages.ftl");
        assert_eq!(body, INDEX_HTML);
        assert_eq!(a.headers["cache-control"], "no-cache");
        let csp = a.headers["content-security-policy"].to_str().unwrap();
        assert!(csp.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-"), "{csp}");
        assert!(!csp.contains("unsafe-inline"));
        assert_eq!(a.headers["x-content-type-options"], "nosniff");
        assert_eq!(a.headers["x-frame-options"], "DENY");
        assert_eq!(a.headers["referrer-policy"], "no-referrer");
        assert!(a.headers.get("strict-transport-security").is_none());
    }
    let asset = s
        .send(s.request(Method::GET, "/app-0123456789abcdef.js", &Auth::Anonymous).header("accept-encoding", "gzip"))
        .await;
    assert_eq!(asset.status, 200);
    assert_eq!(asset.headers["cache-control"], "public, max-age=31536000, immutable");
    assert_eq!(asset.headers["content-encoding"], "gzip");
    // A precompressed copy written by the SPA build is sent as it is, to clients that accept it.
    let dist = s.data_dir.parent().unwrap().join("dist");
    std::fs::write(dist.join("app-0123456789abcdef.js.br"), b"precompressed br bytes").unwrap();
    let get = |encoding: &'static str| {
        s.request(Method::GET, "/app-0123456789abcdef.js", &Auth::Anonymous).header("accept-encoding", encoding).send()
    };
    let br = get("br, gzip").await.unwrap();
    assert_eq!(br.headers()["content-encoding"], "br");
    assert_eq!(br.headers()["cache-control"], "public, max-age=31536000, immutable");
    assert_eq!(br.bytes().await.unwrap().as_ref(), b"precompressed br bytes");
    let gzip = get("gzip").await.unwrap();
    assert_eq!(gzip.headers()["content-encoding"], "gzip", "no .gz copy: compressed on the fly");
    let missing = s.send(s.request(Method::GET, "/missing.js", &Auth::Anonymous)).await;
    assert_eq!(missing.status, 404);
    let outbox = s.send(s.request(Method::GET, "/gatehouse/v1/dev/outbox", &Auth::Anonymous)).await;
    outbox.assert_error(Form::Rest, 401, "unauthenticated", "AUTH-Browser-Origin");
}

/// `html` without the one tag that starts with `prefix` (which must be there).
fn without_tag(html: &str, prefix: &str) -> String {
    let start = html.find(prefix).unwrap_or_else(|| panic!("no {prefix} in {html}"));
    let end = start + html[start..].find('>').expect("tag end") + 1;
    format!("{}{}", &html[..start], &html[end..])
}
