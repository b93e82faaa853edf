//! Mails as the recipient gets them: in their preferred language (English when we have none of theirs), with their
//! organisation's active branding, as plain text plus HTML.

use gatehouse_api::org::AddOrganization;
use gatehouse_api::user::AddHumanUser;
use reqwest::Method;
use serde_json::{json, Value};

use crate::common::*;

async fn add_org(s: &TestServer, name: &str) -> String {
    let a = s.call::<AddOrganization>(Form::Connect, &Auth::Pat, json!({"name": name})).await;
    a.ok()["organizationId"].as_str().unwrap().to_owned()
}

/// A user of `org` who has not verified `email` yet: the server mails them a code.
async fn add_unverified(s: &TestServer, org: &str, email: &str, given: &str, lang: &str) -> String {
    let body = json!({
        "organization": {"orgId": org},
        "profile": {"givenName": given, "familyName": "Tester", "preferredLanguage": lang},
        "email": {"email": email, "sendCode": {}},
    });
    s.call::<AddHumanUser>(Form::Connect, &Auth::Pat, body).await.ok()["userId"].as_str().unwrap().to_owned()
}

const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";

async fn mail_to(s: &TestServer, to: &str) -> Value {
    s.outbox().await.into_iter().find(|m| m["to"] == to).unwrap_or_else(|| panic!("no mail to {to}"))
}

/// The value of `id` in server/locales/<lang>.ftl (single-line messages).
fn ftl(lang: &str, id: &str) -> String {
    let path = format!("{}/locales/{lang}.ftl", env!("CARGO_MANIFEST_DIR"));
    let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    source
        .lines()
        .find_map(|l| l.strip_prefix(id)?.trim_start().strip_prefix('=').map(|v| v.trim().to_owned()))
        .unwrap_or_else(|| panic!("{id} not in {path}"))
}

#[tokio::test]
async fn a_german_user_gets_a_german_verification_mail_in_the_orgs_colours() {
    let s = start().await;
    let org = add_org(&s, "Acme <Tools>").await;
    let path = "/management/v1/policies/label";
    let hdr = |rb: reqwest::RequestBuilder| rb.header("x-zitadel-orgid", &org);
    s.send(hdr(s.request(Method::POST, path, &Auth::Pat)).json(&json!({"primaryColor": "#b91c1c"}))).await.ok();
    let boundary = "mail-test-boundary";
    let mut upload = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"logo.png\"\r\n\
         Content-Type: image/png\r\n\r\n"
    )
    .into_bytes();
    upload.extend_from_slice(PNG);
    upload.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let logo = hdr(s.request(Method::POST, "/assets/v1/org/policy/label/logo", &Auth::Pat))
        .header("content-type", format!("multipart/form-data; boundary={boundary}"))
        .body(upload);
    s.send(logo).await.ok();
    s.send(hdr(s.request(Method::POST, &format!("{path}/_activate"), &Auth::Pat)).json(&json!({}))).await.ok();

    add_unverified(&s, &org, "greta@example.com", "Greta <i>", "de-DE").await;
    let mail = mail_to(&s, "greta@example.com").await;
    assert_eq!(mail["subject"], ftl("de", "mail-verify-subject").as_str());
    assert_ne!(mail["subject"], "Verify your email");
    let text = mail["text"].as_str().unwrap();
    let greeting = ftl("de", "mail-greeting").replace("{ $name }", "Greta <i> Tester");
    assert!(text.starts_with(&greeting), "{text}");
    let code = text.lines().find_map(|l| l.strip_prefix(&format!("{}: ", ftl("de", "mail-code-label"))));
    let code = code.expect("a code line").trim();
    assert!(text.contains("/verify?userId="), "{text}");
    let html = mail["html"].as_str().expect("an HTML part");
    assert!(html.contains("<html lang=\"de\" dir=\"ltr\">"), "{html}");
    assert!(html.contains("background-color:#b91c1c"), "the org's primary colour: {html}");
    assert!(html.contains("Greta &lt;i&gt; Tester") && !html.contains("Greta <i>"), "escaped name: {html}");
    assert!(html.contains("Acme &lt;Tools&gt;") && !html.contains("Acme <Tools>"), "escaped org name: {html}");
    assert!(html.contains(&format!(">{code}</span>")), "{html}");
    let logo = format!("<img src=\"{}/assets/v1/blob/", s.origin);
    assert!(html.contains(&logo), "the org's logo as an absolute URL: {html}");
}

#[tokio::test]
async fn english_and_the_instance_branding_when_the_language_is_unknown() {
    let s = start().await;
    let org = add_org(&s, "Plain").await;
    add_unverified(&s, &org, "kim@example.com", "Kim", "tlh").await;
    let mail = mail_to(&s, "kim@example.com").await;
    assert_eq!(mail["subject"], "Verify your email");
    let text = mail["text"].as_str().unwrap();
    assert!(text.starts_with("Hello Kim Tester,\n\nPlease confirm your email address kim@example.com"), "{text}");
    assert!(text.contains("The code is valid for one hour."), "{text}");
    assert!(text.contains("This mail was sent by Plain"), "{text}");
    let html = mail["html"].as_str().unwrap();
    assert!(html.contains("background-color:#5469d4") && html.contains("<html lang=\"en\""), "{html}");
}

#[tokio::test]
async fn arabic_mails_are_right_to_left() {
    let s = start().await;
    let org = add_org(&s, "Sahara").await;
    add_unverified(&s, &org, "amal@example.com", "Amal", "ar").await;
    let mail = mail_to(&s, "amal@example.com").await;
    assert_eq!(mail["subject"], ftl("ar", "mail-verify-subject").as_str());
    assert!(mail["html"].as_str().unwrap().contains("<html lang=\"ar\" dir=\"rtl\">"));
}

#[tokio::test]
async fn without_a_preferred_language_the_instance_default_applies() {
    let s = start().await;
    let org = add_org(&s, "Defaults").await;
    let set = s.request(Method::PUT, "/admin/v1/languages/default/fr", &Auth::Pat).json(&json!({}));
    s.send(set).await.ok();
    add_unverified(&s, &org, "jean@example.com", "Jean", "").await;
    let mail = mail_to(&s, "jean@example.com").await;
    assert_eq!(mail["subject"], ftl("fr", "mail-verify-subject").as_str());
    // The user's own language still comes first.
    add_unverified(&s, &org, "jan@example.com", "Jan", "nl").await;
    assert_eq!(mail_to(&s, "jan@example.com").await["subject"], ftl("nl", "mail-verify-subject").as_str());
}
