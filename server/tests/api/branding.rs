//! Label policies (preview → activate → active), the theme stylesheet and its injection into the login page, org
//! resolution by query parameter and host name, assets, and legal/support links.

use gatehouse_api::branding::{admin, management};
use gatehouse_api::org::AddOrganization;
use gatehouse_api::settings::{GetBrandingSettings, GetLegalAndSupportSettings};
use reqwest::{Method, RequestBuilder};
use serde_json::{json, Value};

use crate::common::*;

async fn add_org(s: &TestServer, name: &str) -> String {
    let a = s.call::<AddOrganization>(Form::Connect, &Auth::Pat, json!({"name": name})).await;
    a.ok()["organizationId"].as_str().unwrap().to_owned()
}

async fn branding(s: &TestServer, form: Form, org: Option<&str>) -> Value {
    let ctx = match org {
        Some(o) => json!({"ctx": {"orgId": o}}),
        None => json!({}),
    };
    s.call::<GetBrandingSettings>(form, &Auth::Browser(None), ctx).await.ok()["settings"].clone()
}

fn multipart(name: &str, data: &[u8]) -> (String, Vec<u8>) {
    let boundary = "gatehouse-test-boundary";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"upload\"\r\nContent-Type: application/octet-stream\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(data);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

fn upload(rb: RequestBuilder, data: &[u8]) -> RequestBuilder {
    let (content_type, body) = multipart("file", data);
    rb.header("content-type", content_type).body(body)
}

const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";

#[tokio::test]
async fn instance_label_policy_is_previewed_then_activated() {
    let s = start().await;
    for form in FORMS {
        let got = s.call::<admin::GetLabelPolicy>(form, &Auth::Pat, json!({})).await;
        assert_eq!(got.ok()["policy"]["primaryColor"], "#5469d4");
        assert_eq!(got.ok()["policy"]["isDefault"], true);
        assert_eq!(got.ok()["policy"]["themeMode"], "THEME_MODE_AUTO");
    }
    let update = json!({
        "primaryColor": "#0f766e", "backgroundColor": "#ffffff", "warnColor": "#b91c1c", "fontColor": "#111111",
        "primaryColorDark": "#5eead4", "backgroundColorDark": "#042f2e", "warnColorDark": "#fca5a5",
        "fontColorDark": "#f0fdfa", "hideLoginNameSuffix": true, "disableWatermark": true, "themeMode": "THEME_MODE_LIGHT"
    });
    let put = s.call::<admin::UpdateLabelPolicy>(Form::Rest, &Auth::Pat, update).await;
    assert!(put.ok()["details"]["sequence"].is_string());
    // Saved to the preview only: logins still show the active (default) policy.
    let preview = s.call::<admin::GetPreviewLabelPolicy>(Form::Rest, &Auth::Pat, json!({})).await;
    assert_eq!(preview.ok()["policy"]["primaryColor"], "#0f766e");
    assert_eq!(preview.ok()["policy"]["themeMode"], "THEME_MODE_LIGHT");
    let active = s.call::<admin::GetLabelPolicy>(Form::Rest, &Auth::Pat, json!({})).await;
    assert_eq!(active.ok()["policy"]["primaryColor"], "#5469d4");
    assert_eq!(branding(&s, Form::Rest, None).await["lightTheme"]["primaryColor"], "#5469d4");

    let activated = s.call::<admin::ActivateLabelPolicy>(Form::Connect, &Auth::Pat, json!({})).await;
    activated.ok();
    for form in FORMS {
        let b = branding(&s, form, None).await;
        assert_eq!(b["lightTheme"]["primaryColor"], "#0f766e");
        assert_eq!(b["lightTheme"]["fontColor"], "#111111");
        assert_eq!(b["darkTheme"]["backgroundColor"], "#042f2e");
        assert_eq!(b["hideLoginNameSuffix"], true);
        assert_eq!(b["disableWatermark"], true);
        assert_eq!(b["themeMode"], "THEME_MODE_LIGHT");
        assert_eq!(b["resourceOwnerType"], "RESOURCE_OWNER_TYPE_INSTANCE");
    }
    let active = s.call::<admin::GetLabelPolicy>(Form::Rest, &Auth::Pat, json!({})).await;
    assert_eq!(active.ok()["policy"]["warnColorDark"], "#fca5a5");
}

#[tokio::test]
async fn colours_are_validated_and_illegible_pairs_refused() {
    let s = start().await;
    let org = add_org(&s, "Contrast Org").await;
    for form in FORMS {
        let bad = s.call::<admin::UpdateLabelPolicy>(form, &Auth::Pat, json!({"primaryColor": "blue"})).await;
        bad.assert_error(form, 400, "invalid_argument", "POLICY-Label-Color");
        assert!(bad.body["message"].as_str().unwrap().contains("primaryColor"));
        let long = s.call::<admin::UpdateLabelPolicy>(form, &Auth::Pat, json!({"fontColor": "#1234567"})).await;
        long.assert_error(form, 400, "invalid_argument", "POLICY-Label-Color");
        // Grey text on the default light background: 4.2:1.
        let grey = s.call::<admin::UpdateLabelPolicy>(form, &Auth::Pat, json!({"fontColor": "#777"})).await;
        grey.assert_error(form, 400, "invalid_argument", "POLICY-Label-Contrast");
        let message = grey.body["message"].as_str().unwrap();
        assert!(message.contains("fontColor #777777 on backgroundColor #fafafa has a contrast of 4.2"), "{message}");
        let dark = s
            .call::<admin::UpdateLabelPolicy>(
                form,
                &Auth::Pat,
                json!({"backgroundColorDark": "#222222", "fontColorDark": "#333333"}),
            )
            .await;
        dark.assert_error(form, 400, "invalid_argument", "POLICY-Label-Contrast");
        let mgmt = s
            .send(
                s.request(Method::POST, "/management/v1/policies/label", &Auth::Pat)
                    .header("x-zitadel-orgid", &org)
                    .json(&json!({"backgroundColor": "#000", "fontColor": "#111"})),
            )
            .await;
        mgmt.assert_error(Form::Rest, 400, "invalid_argument", "POLICY-Label-Contrast");
    }
    // Nothing of the refused writes was stored.
    let preview = s.call::<admin::GetPreviewLabelPolicy>(Form::Rest, &Auth::Pat, json!({})).await;
    assert_eq!(preview.ok()["policy"]["fontColor"], "#000000");
}

#[tokio::test]
async fn org_label_policy_add_activate_reset() {
    let s = start().await;
    let org = add_org(&s, "Acme").await;
    let hdr = |rb: RequestBuilder| rb.header("x-zitadel-orgid", &org);
    let path = "/management/v1/policies/label";
    let get = s.send(hdr(s.request(Method::GET, path, &Auth::Pat))).await;
    assert_eq!(get.ok()["isDefault"], true);
    assert_eq!(get.ok()["policy"]["primaryColor"], "#5469d4");
    // Nothing to update, activate or reset before an own policy exists.
    let upd = s.send(hdr(s.request(Method::PUT, path, &Auth::Pat)).json(&json!({"primaryColor": "#e11d48"}))).await;
    upd.assert_error(Form::Rest, 404, "not_found", "Org-0K9dq");
    let act = s.send(hdr(s.request(Method::POST, &format!("{path}/_activate"), &Auth::Pat)).json(&json!({}))).await;
    act.assert_error(Form::Rest, 404, "not_found", "Org-0K9dq");
    let del = s.send(hdr(s.request(Method::DELETE, path, &Auth::Pat))).await;
    del.assert_error(Form::Rest, 404, "not_found", "Org-0K9dq");

    let add = s.send(hdr(s.request(Method::POST, path, &Auth::Pat)).json(&json!({"primaryColor": "#e11d48"}))).await;
    add.ok();
    let again = s.send(hdr(s.request(Method::POST, path, &Auth::Pat)).json(&json!({}))).await;
    again.assert_error(Form::Rest, 409, "already_exists", "Org-1W0d3");
    let upd = s
        .send(
            hdr(s.request(Method::PUT, path, &Auth::Pat))
                .json(&json!({"primaryColor": "#be123c", "themeMode": "THEME_MODE_DARK"})),
        )
        .await;
    upd.ok();
    let preview = s.send(hdr(s.request(Method::GET, &format!("{path}/_preview"), &Auth::Pat))).await;
    assert_eq!(preview.ok()["policy"]["primaryColor"], "#be123c");
    assert!(preview.ok().get("isDefault").is_none(), "own policy: isDefault false (omitted)");
    // Added but not activated: the org's logins still show the instance policy.
    assert_eq!(branding(&s, Form::Connect, Some(&org)).await["lightTheme"]["primaryColor"], "#5469d4");
    let act = s.send(hdr(s.request(Method::POST, &format!("{path}/_activate"), &Auth::Pat)).json(&json!({}))).await;
    act.ok();
    for form in FORMS {
        let b = branding(&s, form, Some(&org)).await;
        assert_eq!(b["lightTheme"]["primaryColor"], "#be123c");
        // Unset colours are the defaults.
        assert_eq!(b["lightTheme"]["backgroundColor"], "#fafafa");
        assert_eq!(b["themeMode"], "THEME_MODE_DARK");
        assert_eq!(b["resourceOwnerType"], "RESOURCE_OWNER_TYPE_ORG");
        assert_eq!(branding(&s, form, None).await["lightTheme"]["primaryColor"], "#5469d4");
    }
    let get = s.send(hdr(s.request(Method::GET, path, &Auth::Pat))).await;
    assert!(get.ok().get("isDefault").is_none());
    assert_eq!(get.ok()["policy"]["details"]["resourceOwner"], org.as_str());
    let reset = s.send(hdr(s.request(Method::DELETE, path, &Auth::Pat))).await;
    reset.ok();
    let b = branding(&s, Form::Rest, Some(&org)).await;
    assert_eq!(b["lightTheme"]["primaryColor"], "#5469d4");
    assert_eq!(b["resourceOwnerType"], "RESOURCE_OWNER_TYPE_INSTANCE");
}

#[tokio::test]
async fn only_owners_write_label_policies() {
    let s = start().await;
    s.add_user("user@example.com", true).await;
    let (_, token) = s.login("user@example.com", PASSWORD).await;
    for form in FORMS {
        for auth in [Auth::Browser(None), Auth::Bearer(token.clone())] {
            let put = s.call::<admin::UpdateLabelPolicy>(form, &auth, json!({"primaryColor": "#000"})).await;
            put.assert_error(form, 403, "permission_denied", "AUTHZ-HKJD33");
            let act = s.call::<admin::ActivateLabelPolicy>(form, &auth, json!({})).await;
            act.assert_error(form, 403, "permission_denied", "AUTHZ-HKJD33");
            let add = s.call::<management::AddCustomLabelPolicy>(form, &auth, json!({})).await;
            add.assert_error(form, 403, "permission_denied", "AUTHZ-HKJD33");
        }
    }
    let anon = s.send(s.request(Method::PUT, "/admin/v1/policies/label", &Auth::Anonymous).json(&json!({}))).await;
    assert!(anon.status.is_client_error());
}

/// The `href` of the theme `<link>` in the login page served for `path` with `host`.
async fn page_head(s: &TestServer, path: &str, host: Option<&str>) -> (String, Option<String>) {
    let mut rb = s.client.get(format!("{}{path}", s.base));
    if let Some(h) = host {
        rb = rb.header("host", h);
    }
    let html = rb.send().await.unwrap().text().await.unwrap();
    let href = html.split("<link rel=\"stylesheet\" href=\"").nth(1).unwrap().split('"').next().unwrap();
    let org =
        html.split("<meta name=\"gatehouse-org\" content=\"").nth(1).map(|r| r.split('"').next().unwrap().to_owned());
    assert!(html.find(href).unwrap() < html.find("</head>").unwrap());
    (href.replace("&amp;", "&"), org)
}

#[tokio::test]
async fn login_page_links_the_resolved_orgs_theme() {
    let s = start().await;
    let org = add_org(&s, "Acme").await;
    let hdr = |rb: RequestBuilder| rb.header("x-zitadel-orgid", &org);
    let path = "/management/v1/policies/label";
    s.send(hdr(s.request(Method::POST, path, &Auth::Pat)).json(&json!({"primaryColor": "#e11d48"}))).await.ok();
    s.send(hdr(s.request(Method::POST, &format!("{path}/_activate"), &Auth::Pat)).json(&json!({}))).await.ok();

    // Default: the instance theme, no org named.
    let (default_href, none) = page_head(&s, "/loginname", None).await;
    assert_eq!(none, None);
    assert!(default_href.starts_with("/gatehouse/theme.css?org=&v="), "{default_href}");
    let css = s.client.get(format!("{}{default_href}", s.base)).send().await.unwrap();
    assert_eq!(css.headers()["content-type"], "text/css; charset=utf-8");
    assert_eq!(css.headers()["cache-control"], "public, max-age=31536000, immutable");
    let etag = css.headers()["etag"].to_str().unwrap().to_owned();
    let text = css.text().await.unwrap();
    assert!(text.contains("--gh-primary:#5469d4"), "{text}");
    let again = s
        .client
        .get(format!("{}/gatehouse/theme.css?org=", s.base))
        .header("if-none-match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 304);
    assert_eq!(again.headers()["cache-control"], "no-cache");

    // `?organization=` and the org's domain as host name both select Acme.
    let (by_query, named) = page_head(&s, &format!("/loginname?organization={org}"), None).await;
    assert_eq!(named.as_deref(), Some(org.as_str()));
    let (by_host, named) = page_head(&s, "/password", Some("acme.localhost:1234")).await;
    assert_eq!(named.as_deref(), Some(org.as_str()));
    assert_eq!(by_query, by_host);
    let css = s.client.get(format!("{}{by_query}", s.base)).send().await.unwrap().text().await.unwrap();
    assert!(css.contains("--gh-primary:#e11d48"), "{css}");
    // Unknown orgs and hosts fall back to the instance.
    let (unknown, none) = page_head(&s, "/?organization=nope", Some("other.localhost")).await;
    assert_eq!((unknown, none), (default_href.clone(), None));

    // Activating a new instance theme changes the link (content hash), so no browser keeps the old one.
    s.call::<admin::UpdateLabelPolicy>(Form::Rest, &Auth::Pat, json!({"primaryColor": "#1d4ed8"})).await.ok();
    assert_eq!(page_head(&s, "/", None).await.0, default_href, "preview is not live");
    s.call::<admin::ActivateLabelPolicy>(Form::Rest, &Auth::Pat, json!({})).await.ok();
    let (changed, _) = page_head(&s, "/", None).await;
    assert_ne!(changed, default_href);
    let csp = s.client.get(format!("{}/", s.base)).send().await.unwrap().headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(csp.contains("style-src 'self';") && !csp.contains("unsafe-inline"), "{csp}");
}

#[tokio::test]
async fn auth_request_org_scopes_come_first() {
    let s = start().await;
    let acme = add_org(&s, "Acme").await;
    let other = add_org(&s, "Other").await;
    let client = crate::oidc::web_app(&s).await;
    let by_id_scope = format!("openid urn:zitadel:iam:org:id:{acme}");
    let by_id = crate::oidc::start_login(&s, &client, &[("scope", by_id_scope.as_str())]).await;
    let by_domain =
        crate::oidc::start_login(&s, &client, &[("scope", "openid urn:zitadel:iam:org:domain:primary:acme.localhost")])
            .await;
    let plain = crate::oidc::start_login(&s, &client, &[]).await;
    for request in [&by_id, &by_domain] {
        // The scope wins over a query parameter naming another org.
        let (_, named) = page_head(&s, &format!("/login?authRequest={request}&organization={other}"), None).await;
        assert_eq!(named.as_deref(), Some(acme.as_str()), "{request}");
    }
    // Without an org scope the next hint applies; an unknown auth request is no hint.
    let (_, named) = page_head(&s, &format!("/loginname?authRequest={plain}&organization={other}"), None).await;
    assert_eq!(named.as_deref(), Some(other.as_str()));
    let (_, named) = page_head(&s, "/loginname?authRequest=V2_404", None).await;
    assert_eq!(named, None);
}

#[tokio::test]
async fn assets_upload_preview_activate_and_serve() {
    let s = start().await;
    let logo = "/assets/v1/instance/policy/label/logo";
    let up = s.send(upload(s.request(Method::POST, logo, &Auth::Pat), PNG)).await;
    up.ok();
    // Preview has it, active not yet.
    let preview = s.call::<admin::GetPreviewLabelPolicy>(Form::Rest, &Auth::Pat, json!({})).await;
    let url = preview.ok()["policy"]["logoUrl"].as_str().unwrap().to_owned();
    assert!(url.starts_with(&format!("{}/assets/v1/blob/", s.origin)), "{url}");
    assert!(branding(&s, Form::Rest, None).await["lightTheme"].get("logoUrl").is_none());
    let active = s.send(s.request(Method::GET, logo, &Auth::Pat)).await;
    active.assert_error(Form::Rest, 404, "not_found", "ASSET-2kfRe");
    let got = s.client.get(format!("{}{logo}/_preview", s.base)).bearer_auth(&s.pat).send().await.unwrap();
    assert_eq!(got.headers()["content-type"], "image/png");
    assert_eq!(got.bytes().await.unwrap().as_ref(), PNG);

    s.call::<admin::ActivateLabelPolicy>(Form::Rest, &Auth::Pat, json!({})).await.ok();
    let b = branding(&s, Form::Connect, None).await;
    assert_eq!(b["lightTheme"]["logoUrl"], url.as_str());
    let path = url.strip_prefix(&s.origin).unwrap();
    let served = s.client.get(format!("{}{path}", s.base)).send().await.unwrap();
    assert_eq!(served.headers()["content-type"], "image/png");
    assert_eq!(served.headers()["cache-control"], "public, max-age=31536000, immutable");
    assert_eq!(served.headers()["x-content-type-options"], "nosniff");
    // Opened directly, an asset runs nothing and gets no access to this origin.
    assert_eq!(served.headers()["content-security-policy"], "default-src 'none'; style-src 'unsafe-inline'; sandbox");
    assert_eq!(served.bytes().await.unwrap().as_ref(), PNG);

    // Fonts become part of the theme stylesheet.
    let font = s
        .send(upload(s.request(Method::POST, "/assets/v1/instance/policy/label/font", &Auth::Pat), b"wOF2\0\0\0\0font"))
        .await;
    font.ok();
    s.call::<admin::ActivateLabelPolicy>(Form::Rest, &Auth::Pat, json!({})).await.ok();
    let font_url = branding(&s, Form::Rest, None).await["fontUrl"].as_str().unwrap().to_owned();
    let (href, _) = page_head(&s, "/", None).await;
    let css = s.client.get(format!("{}{href}", s.base)).send().await.unwrap().text().await.unwrap();
    assert!(css.contains(&format!("src:url(\"{}\")", font_url.strip_prefix(&s.origin).unwrap())), "{css}");

    // Removing changes the preview.
    s.send(s.request(Method::DELETE, logo, &Auth::Pat)).await.ok();
    let preview = s.call::<admin::GetPreviewLabelPolicy>(Form::Rest, &Auth::Pat, json!({})).await;
    assert!(preview.ok()["policy"].get("logoUrl").is_none());
    let again = s.send(s.request(Method::DELETE, logo, &Auth::Pat)).await;
    again.assert_error(Form::Rest, 404, "not_found", "ASSET-2kfRe");
}

#[tokio::test]
async fn asset_uploads_are_checked() {
    let s = start().await;
    let post = |path: &str, data: &[u8]| upload(s.request(Method::POST, path, &Auth::Pat), data);
    let logo = "/assets/v1/instance/policy/label/logo/dark";
    let cases: [(&str, &[u8], &str); 6] = [
        (logo, b"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>", "UPLOAD-Svg"),
        (logo, b"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>", "UPLOAD-Svg"),
        (logo, b"<svg><foreignObject/></svg>", "UPLOAD-Svg"),
        (logo, b"<html>not an image</html>", "UPLOAD-Type"),
        ("/assets/v1/instance/policy/label/font", PNG, "UPLOAD-Type"),
        ("/assets/v1/instance/policy/label/icon", b"", "UPLOAD-Empty"),
    ];
    for (path, data, id) in cases {
        let a = s.send(post(path, data)).await;
        a.assert_error(Form::Rest, 400, "invalid_argument", id);
    }
    let mut big = PNG.to_vec();
    big.resize(1024 * 1024 + 1, 0);
    let a = s.send(post("/assets/v1/instance/policy/label/icon", &big)).await;
    a.assert_error(Form::Rest, 400, "invalid_argument", "UPLOAD-Size");
    let (content_type, body) = multipart("other", PNG);
    let a = s
        .send(
            s.request(Method::POST, "/assets/v1/instance/policy/label/icon", &Auth::Pat)
                .header("content-type", content_type)
                .body(body),
        )
        .await;
    a.assert_error(Form::Rest, 400, "invalid_argument", "UPLOAD-3kf8s");
    let safe = s.send(post(logo, b"<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"4\"/></svg>")).await;
    safe.ok();
    // An org needs its own policy before it can have its own logo; only owners upload.
    let org = add_org(&s, "Assets Org").await;
    let a = s.send(post("/assets/v1/org/policy/label/logo", PNG).header("x-zitadel-orgid", &org)).await;
    a.assert_error(Form::Rest, 404, "not_found", "Org-0K9dq");
    let browser = s
        .send(upload(s.request(Method::POST, "/assets/v1/instance/policy/label/logo", &Auth::Browser(None)), PNG))
        .await;
    // The SPA cannot even send a multipart body (browser writes must be JSON, against CSRF).
    browser.assert_error(Form::Rest, 401, "unauthenticated", "AUTH-Browser-CSRF");
    let missing = s.client.get(format!("{}/assets/v1/blob/{}", s.base, "0".repeat(64))).send().await.unwrap();
    assert_eq!(missing.status(), 404);
}

#[tokio::test]
async fn legal_and_support_links_per_org() {
    let s = start().await;
    let org = add_org(&s, "Legal Org").await;
    let links = json!({"tosLink": "https://example.com/tos", "privacyLink": "https://example.com/privacy",
        "helpLink": "https://example.com/help", "supportEmail": "support@example.com",
        "docsLink": "https://docs.example.com", "customLink": "https://status.example.com", "customLinkText": "Status"});
    s.call::<admin::UpdatePrivacyPolicy>(Form::Rest, &Auth::Pat, links).await.ok();
    let got = s.call::<admin::GetPrivacyPolicy>(Form::Connect, &Auth::Pat, json!({})).await;
    assert_eq!(got.ok()["policy"]["privacyLink"], "https://example.com/privacy");
    for form in FORMS {
        let l = s.call::<GetLegalAndSupportSettings>(form, &Auth::Browser(None), json!({"ctx": {"orgId": org}})).await;
        let st = &l.ok()["settings"];
        assert_eq!(st["tosLink"], "https://example.com/tos");
        assert_eq!(st["privacyPolicyLink"], "https://example.com/privacy");
        assert_eq!(st["supportEmail"], "support@example.com");
        assert_eq!(st["customLinkText"], "Status");
        assert_eq!(st["resourceOwnerType"], "RESOURCE_OWNER_TYPE_INSTANCE");
    }
    let hdr = |rb: RequestBuilder| rb.header("x-zitadel-orgid", &org);
    let path = "/management/v1/policies/privacy";
    let add = s
        .send(hdr(s.request(Method::POST, path, &Auth::Pat)).json(&json!({"tosLink": "https://legal.example/tos"})))
        .await;
    add.ok();
    let l = s.call::<GetLegalAndSupportSettings>(Form::Rest, &Auth::Pat, json!({"ctx": {"orgId": org}})).await;
    assert_eq!(l.ok()["settings"]["tosLink"], "https://legal.example/tos");
    assert!(l.ok()["settings"].get("helpLink").is_none());
    assert_eq!(l.ok()["settings"]["resourceOwnerType"], "RESOURCE_OWNER_TYPE_ORG");
    for (body, id) in [
        (json!({"tosLink": "javascript:alert(1)"}), "POLICY-Privacy-Link"),
        (json!({"supportEmail": "not an email"}), "POLICY-Privacy-Email"),
        (json!({"customLink": "https://x.example"}), "POLICY-Privacy-Text"),
    ] {
        let a = s.send(hdr(s.request(Method::PUT, path, &Auth::Pat)).json(&body)).await;
        a.assert_error(Form::Rest, 400, "invalid_argument", id);
        let a = s.call::<admin::UpdatePrivacyPolicy>(Form::Connect, &Auth::Pat, body).await;
        a.assert_error(Form::Connect, 400, "invalid_argument", id);
    }
    s.send(hdr(s.request(Method::DELETE, path, &Auth::Pat))).await.ok();
    let l = s.call::<GetLegalAndSupportSettings>(Form::Rest, &Auth::Pat, json!({"ctx": {"orgId": org}})).await;
    assert_eq!(l.ok()["settings"]["tosLink"], "https://example.com/tos");
    let denied = s.call::<admin::UpdatePrivacyPolicy>(Form::Rest, &Auth::Browser(None), json!({})).await;
    denied.assert_error(Form::Rest, 403, "permission_denied", "AUTHZ-HKJD33");
}
