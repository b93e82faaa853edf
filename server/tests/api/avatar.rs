//! Avatars through ZITADEL's Assets API: upload (multipart `file`), `profile.avatarUrl`, serving, removal, and every
//! refusal in both error forms (REST, and Connect for clients that send `Connect-Protocol-Version`).

use std::io::Cursor;

use gatehouse_api::session::CreateSession;
use gatehouse_api::user::GetUserByID;
use image::{DynamicImage, ImageFormat, Rgba, RgbaImage};
use reqwest::{Method, RequestBuilder};
use serde_json::{json, Value};

use crate::common::*;

fn picture(w: u32, h: u32, format: ImageFormat) -> Vec<u8> {
    let img =
        RgbaImage::from_fn(w, h, |x, _| if x < w / 2 { Rgba([200, 30, 30, 255]) } else { Rgba([30, 30, 200, 255]) });
    let img = match format {
        ImageFormat::Jpeg => DynamicImage::ImageRgb8(DynamicImage::ImageRgba8(img).to_rgb8()),
        _ => DynamicImage::ImageRgba8(img),
    };
    let mut out = Vec::new();
    img.write_to(&mut Cursor::new(&mut out), format).unwrap();
    out
}

fn multipart(rb: RequestBuilder, field: &str, declared_type: &str, data: &[u8]) -> RequestBuilder {
    let boundary = "gatehouse-avatar-boundary";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"me.png\"\r\nContent-Type: {declared_type}\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(data);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    rb.header("content-type", format!("multipart/form-data; boundary={boundary}")).body(body)
}

/// As the SPA sends writes that are not JSON: the CSRF header, and Connect errors asked for.
fn spa(rb: RequestBuilder, form: Form) -> RequestBuilder {
    let rb = rb.header("x-gatehouse-csrf", "1");
    with_form(rb, form)
}

fn with_form(rb: RequestBuilder, form: Form) -> RequestBuilder {
    match form {
        Form::Connect => rb.header("connect-protocol-version", "1"),
        Form::Rest => rb,
    }
}

async fn browser_login(s: &TestServer, login: &str, cookie: Option<String>) -> String {
    let body = json!({"checks": {"user": {"loginName": login}, "password": {"password": PASSWORD}}});
    let a = s.call::<CreateSession>(Form::Connect, &Auth::Browser(cookie.clone()), body).await;
    a.ok();
    a.cookie().or(cookie).unwrap()
}

async fn avatar_url(s: &TestServer, uid: &str) -> Option<String> {
    let a = s.call::<GetUserByID>(Form::Rest, &Auth::Pat, json!({"userId": uid})).await;
    a.ok()["user"]["human"]["profile"]["avatarUrl"].as_str().map(str::to_owned)
}

/// `avatarUrl` is absolute on the public URL (`http://localhost:<port>`); the test client talks to 127.0.0.1.
fn local(s: &TestServer, url: &str) -> String {
    let path = &url[url.find("/assets/").expect("an assets URL")..];
    format!("{}{path}", s.base)
}

#[tokio::test]
async fn avatar_is_cropped_served_by_its_hash_and_removed() {
    let s = start().await;
    let uid = s.add_user("pia@example.com", true).await;
    let me = Auth::Browser(Some(browser_login(&s, "pia@example.com", None).await));
    assert_eq!(avatar_url(&s, &uid).await, None);

    // A 640 x 400 JPEG, declared as something else: the bytes decide.
    let jpeg = picture(640, 400, ImageFormat::Jpeg);
    let rb = multipart(s.request(Method::POST, "/assets/v1/users/me/avatar", &me), "file", "text/plain", &jpeg);
    let a = s.send(spa(rb, Form::Connect)).await;
    assert!(a.ok()["details"]["sequence"].is_string());
    let public = avatar_url(&s, &uid).await.expect("avatarUrl after the upload");
    let prefix = format!("{}/assets/v1/users/{uid}/avatar?v=", s.origin);
    assert!(public.starts_with(&prefix), "{public}");
    let url = local(&s, &public);

    // The versioned URL is public and immutable, a PNG without anything to sniff.
    let got = s.client.get(&url).send().await.unwrap();
    assert_eq!(got.status(), 200);
    let h = got.headers().clone();
    assert_eq!(h["content-type"], "image/png");
    assert_eq!(h["x-content-type-options"], "nosniff");
    assert_eq!(h["cache-control"], "public, max-age=31536000, immutable");
    let png = got.bytes().await.unwrap();
    let img = image::load_from_memory_with_format(&png, ImageFormat::Png).unwrap();
    assert_eq!((img.width(), img.height()), (256, 256));
    let gone_in_export = !png.windows(4).any(|w| w == b"eXIf");
    assert!(gone_in_export);

    // Without the version: only for someone who may see the user.
    let path = format!("/assets/v1/users/{uid}/avatar");
    let a = s.send(s.request(Method::GET, &path, &Auth::Anonymous)).await;
    a.assert_error(Form::Rest, 401, "unauthenticated", "AUTH-Browser-Origin");
    let a = s.send(s.request(Method::GET, &path, &Auth::Browser(None))).await;
    a.assert_error(Form::Rest, 403, "permission_denied", "AUTHZ-HKJD33");
    let own = s.send(s.request(Method::GET, &path, &me)).await;
    assert_eq!(own.status, 200);
    assert_eq!(own.headers["cache-control"], "private, no-cache");
    let a = s.send(s.request(Method::GET, &format!("{path}?v={}", "0".repeat(32)), &Auth::Anonymous)).await;
    a.assert_error(Form::Rest, 401, "unauthenticated", "AUTH-Browser-Origin");

    // A new picture gets a new URL; the old version is no longer served to strangers.
    let png2 = picture(100, 300, ImageFormat::Png);
    let rb = multipart(s.request(Method::POST, &path, &Auth::Pat), "file", "image/png", &png2);
    s.send(rb).await.ok();
    let url2 = local(&s, &avatar_url(&s, &uid).await.unwrap());
    assert_ne!(url, url2);
    assert_eq!(s.client.get(&url).send().await.unwrap().status(), 401);
    let small = s.client.get(&url2).send().await.unwrap().bytes().await.unwrap();
    let img = image::load_from_memory(&small).unwrap();
    assert_eq!((img.width(), img.height()), (100, 100), "small pictures are cropped, not scaled up");

    // Removed: gone from the user, and a second removal is refused in both forms.
    for (i, form) in FORMS.into_iter().enumerate() {
        let a = s.send(spa(s.request(Method::DELETE, "/assets/v1/users/me/avatar", &me), form)).await;
        if i == 0 {
            a.ok();
            assert_eq!(avatar_url(&s, &uid).await, None);
            assert_eq!(s.client.get(&url2).send().await.unwrap().status(), 401);
        } else {
            a.assert_error(form, 404, "not_found", "USER-Avatar-None");
        }
    }
    let a = s.send(with_form(s.request(Method::GET, &path, &me), Form::Connect)).await;
    a.assert_error(Form::Connect, 404, "not_found", "USER-Avatar-None");

    // A session token speaks for its own user as `me`.
    let (_, token) = s.login("pia@example.com", PASSWORD).await;
    let rb = multipart(s.request(Method::POST, "/assets/v1/users/me/avatar", &Auth::Bearer(token)), "file", "", &png2);
    s.send(rb).await.ok();
    assert!(avatar_url(&s, &uid).await.is_some());
}

#[tokio::test]
async fn avatar_refusals_in_both_forms() {
    let s = start().await;
    let uid = s.add_user("rex@example.com", true).await;
    let other = s.add_user("ora@example.com", true).await;
    let cookie = browser_login(&s, "rex@example.com", None).await;
    let me = Auth::Browser(Some(cookie.clone()));
    let png = picture(40, 40, ImageFormat::Png);
    let mut too_big = png.clone();
    too_big.resize(5 * 1024 * 1024 + 1, 0);
    let mut over_body_limit = png.clone();
    over_body_limit.resize(6 * 1024 * 1024, 0);
    let svg = br#"<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"><rect width="9" height="9"/></svg>"#;
    let up = "/assets/v1/users/me/avatar";
    let own = format!("/assets/v1/users/{uid}/avatar");
    for form in FORMS {
        let post = |auth: &Auth, data: &[u8]| multipart(s.request(Method::POST, up, auth), "file", "image/png", data);
        let cases: Vec<(RequestBuilder, u16, &str, &str)> = vec![
            (spa(post(&me, b"just some text"), form), 400, "invalid_argument", "UPLOAD-Type"),
            (spa(post(&me, svg), form), 400, "invalid_argument", "UPLOAD-Type"),
            (spa(post(&me, b"\x89PNG\r\n\x1a\nnot really a png"), form), 400, "invalid_argument", "UPLOAD-Decode"),
            (spa(post(&me, b""), form), 400, "invalid_argument", "UPLOAD-Empty"),
            (spa(post(&me, &too_big), form), 400, "invalid_argument", "UPLOAD-Size"),
            (spa(post(&me, &over_body_limit), form), 400, "invalid_argument", "UPLOAD-Size"),
            (
                spa(multipart(s.request(Method::POST, up, &me), "picture", "image/png", &png), form),
                400,
                "invalid_argument",
                "UPLOAD-3kf8s",
            ),
            (
                with_form(s.request(Method::POST, &own, &Auth::Pat).json(&json!({"file": "x"})), form),
                400,
                "invalid_argument",
                "UPLOAD-3kf8s",
            ),
            // The browser forgot the CSRF header: a cross-site form could have sent this.
            (with_form(post(&me, &png), form), 401, "unauthenticated", "AUTH-Browser-CSRF"),
            (with_form(post(&Auth::Anonymous, &png), form), 401, "unauthenticated", "AUTH-Browser-Origin"),
            // A browser where nobody is signed in, and one acting on another user.
            (spa(post(&Auth::Browser(None), &png), form), 401, "unauthenticated", "AUTH-Browser-NoUser"),
            (
                spa(
                    multipart(
                        s.request(Method::POST, &format!("/assets/v1/users/{other}/avatar"), &me),
                        "file",
                        "image/png",
                        &png,
                    ),
                    form,
                ),
                403,
                "permission_denied",
                "AUTHZ-HKJD33",
            ),
            // The login client's PAT belongs to a machine user; an unknown id is not found.
            (with_form(post(&Auth::Pat, &png), form), 400, "invalid_argument", "USER-Avatar-Machine"),
            (
                with_form(
                    multipart(s.request(Method::POST, "/assets/v1/users/404/avatar", &Auth::Pat), "file", "", &png),
                    form,
                ),
                404,
                "not_found",
                "QUERY-Dfbg2",
            ),
            (
                with_form(s.request(Method::DELETE, up, &Auth::Anonymous), form),
                401,
                "unauthenticated",
                "AUTH-Browser-Origin",
            ),
            (
                spa(s.request(Method::DELETE, &format!("/assets/v1/users/{other}/avatar"), &me), form),
                403,
                "permission_denied",
                "AUTHZ-HKJD33",
            ),
        ];
        for (i, (rb, status, code, id)) in cases.into_iter().enumerate() {
            let a = s.send(rb).await;
            assert_eq!(a.status.as_u16(), status, "case {i} ({form:?}): {}", a.body);
            a.assert_error(form, status, code, id);
        }
    }
    assert_eq!(avatar_url(&s, &uid).await, None, "nothing was stored");

    // Two accounts in one browser: `me` is ambiguous, the user id path is not.
    let both = Auth::Browser(Some(browser_login(&s, "ora@example.com", Some(cookie)).await));
    for form in FORMS {
        let a = s.send(spa(multipart(s.request(Method::POST, up, &both), "file", "image/png", &png), form)).await;
        a.assert_error(form, 400, "invalid_argument", "USER-Avatar-Which");
    }
    let path = format!("/assets/v1/users/{other}/avatar");
    s.send(spa(multipart(s.request(Method::POST, &path, &both), "file", "image/png", &png), Form::Connect)).await.ok();
    assert!(avatar_url(&s, &other).await.is_some());
    let value: Value = s.send(s.request(Method::GET, &path, &both)).await.body;
    assert!(!value.is_null());
}
