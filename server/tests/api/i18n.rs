//! Languages: the messages endpoint's resolution order (lang parameter, switcher cookie, the app's ui_locales, the
//! signed-in user's preferred language, Accept-Language, instance default, English), the Admin API's default and
//! supported languages, and custom texts (Get/SetHostedLoginTranslation) with every error path.

use gatehouse_api::i18n::{admin, GetHostedLoginTranslation, SetHostedLoginTranslation};
use gatehouse_api::org::AddOrganization;
use gatehouse_api::session::CreateSession;
use gatehouse_api::settings::GetGeneralSettings;
use gatehouse_api::user::AddHumanUser;
use serde_json::json;

use crate::common::*;
use crate::oidc::{start_login, web_app};

const MESSAGES: &str = "/gatehouse/v1/locale/messages.ftl";

struct Served {
    status: u16,
    lang: String,
    source: String,
    body: String,
    headers: reqwest::header::HeaderMap,
}

/// GET the messages with optional query, cookie header and Accept-Language.
async fn messages(s: &TestServer, query: &str, cookie: Option<&str>, accept: Option<&str>) -> Served {
    let mut rb = s.client.get(format!("{}{MESSAGES}{query}", s.base));
    if let Some(c) = cookie {
        rb = rb.header("cookie", c);
    }
    if let Some(a) = accept {
        rb = rb.header("accept-language", a);
    }
    let r = rb.send().await.unwrap();
    let headers = r.headers().clone();
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
    Served {
        status: r.status().as_u16(),
        lang: header("content-language"),
        source: header("gatehouse-locale-source"),
        body: r.text().await.unwrap(),
        headers,
    }
}

/// The value of message `id` in a served file (last definition wins, as in the SPA).
fn message<'a>(body: &'a str, id: &str) -> Option<&'a str> {
    body.lines().filter_map(|l| l.strip_prefix(id)?.strip_prefix(" = ")).next_back()
}

#[tokio::test]
async fn messages_follow_the_resolution_order() {
    let s = start().await;
    // Nothing known: English.
    let en = messages(&s, "", None, None).await;
    assert_eq!((en.status, en.lang.as_str(), en.source.as_str()), (200, "en", "fallback"));
    assert_eq!(message(&en.body, "login-name-title"), Some("Sign in"));
    assert!(en.headers["content-type"].to_str().unwrap().starts_with("text/plain"));
    assert_eq!(en.headers["vary"], "Accept-Language, Cookie");
    assert_eq!(en.headers["cache-control"], "private, no-cache");

    // Accept-Language with q-values and a regional variant: de-CH matches de.
    let de = messages(&s, "", None, Some("fr;q=0.5, de-CH;q=0.9, xx")).await;
    assert_eq!((de.lang.as_str(), de.source.as_str()), ("de", "accept-language"));
    assert_ne!(message(&de.body, "login-name-title"), Some("Sign in"));
    let zero = messages(&s, "", None, Some("de;q=0, xx")).await;
    assert_eq!(zero.lang, "en", "q=0 means 'not this language'");

    // The instance default comes after Accept-Language.
    let set = s.call::<admin::SetDefaultLanguage>(Form::Rest, &Auth::Pat, json!({"language": "fr"})).await;
    assert!(set.ok()["details"]["sequence"].is_string());
    assert_eq!(messages(&s, "", None, None).await.source, "instance-default");
    assert_eq!(messages(&s, "", None, None).await.lang, "fr");
    assert_eq!(messages(&s, "", None, Some("de")).await.lang, "de");

    // The signed-in user's preferred language beats Accept-Language.
    let user = s
        .call::<AddHumanUser>(
            Form::Connect,
            &Auth::Pat,
            json!({"username": "ines", "profile": {"givenName": "Ines", "familyName": "Ito", "preferredLanguage": "it-IT"},
                   "email": {"email": "ines@example.com", "isVerified": true}, "password": {"password": PASSWORD}}),
        )
        .await;
    user.ok();
    let login = json!({"checks": {"user": {"loginName": "ines"}, "password": {"password": PASSWORD}}});
    let session = s.call::<CreateSession>(Form::Connect, &Auth::Browser(None), login).await;
    let browser = format!("gatehouse_browser={}", session.cookie().expect("a browser cookie"));
    let it = messages(&s, "", Some(&browser), Some("de")).await;
    assert_eq!((it.lang.as_str(), it.source.as_str()), ("it", "user"));

    // The app's ui_locales beat the user; the first supported one is taken.
    let app = web_app(&s).await;
    let auth_request = start_login(&s, &app, &[("ui_locales", "xx-YY es-MX ja")]).await;
    let es = messages(&s, &format!("?authRequest={auth_request}"), Some(&browser), Some("de")).await;
    assert_eq!((es.lang.as_str(), es.source.as_str()), ("es", "ui_locales"));

    // The switcher's cookie beats the app, the lang parameter beats everything; unknown values are skipped.
    let cookie = format!("{browser}; gatehouse_locale=pl");
    let pl = messages(&s, &format!("?authRequest={auth_request}"), Some(&cookie), Some("de")).await;
    assert_eq!((pl.lang.as_str(), pl.source.as_str()), ("pl", "cookie"));
    let ar = messages(&s, &format!("?lang=ar&authRequest={auth_request}"), Some(&cookie), Some("de")).await;
    assert_eq!((ar.lang.as_str(), ar.source.as_str()), ("ar", "parameter"));
    let bogus = messages(&s, "?lang=xx", Some("gatehouse_locale=../../etc"), Some("de")).await;
    assert_eq!((bogus.lang.as_str(), bogus.source.as_str()), ("de", "accept-language"));
}

#[tokio::test]
async fn messages_revalidate_with_their_etag() {
    let s = start().await;
    let first = messages(&s, "?lang=de", None, None).await;
    let etag = first.headers["etag"].to_str().unwrap().to_owned();
    let again =
        s.client.get(format!("{}{MESSAGES}?lang=de", s.base)).header("if-none-match", &etag).send().await.unwrap();
    assert_eq!(again.status().as_u16(), 304);
    let other =
        s.client.get(format!("{}{MESSAGES}?lang=fr", s.base)).header("if-none-match", &etag).send().await.unwrap();
    assert_eq!(other.status().as_u16(), 200);
}

#[tokio::test]
async fn languages_through_the_admin_api_and_general_settings() {
    let s = start().await;
    for form in FORMS {
        let supported = s.call::<admin::GetSupportedLanguages>(form, &Auth::Pat, json!({})).await;
        let languages: Vec<&str> =
            supported.ok()["languages"].as_array().unwrap().iter().map(|l| l.as_str().unwrap()).collect();
        for lang in ["en", "de", "ar", "he"] {
            assert!(languages.contains(&lang), "{languages:?}");
        }
        let default = s.call::<admin::GetDefaultLanguage>(form, &Auth::Pat, json!({})).await;
        assert_eq!(default.ok()["language"], "en");
    }
    let set = s.call::<admin::SetDefaultLanguage>(Form::Connect, &Auth::Pat, json!({"language": "de-AT"})).await;
    assert_eq!(set.ok()["details"]["resourceOwner"].as_str().map(str::is_empty), Some(false));
    let default = s.call::<admin::GetDefaultLanguage>(Form::Rest, &Auth::Pat, json!({})).await;
    assert_eq!(default.ok()["language"], "de");
    let general = s.call::<GetGeneralSettings>(Form::Rest, &Auth::Browser(None), json!({})).await;
    assert_eq!(general.ok()["defaultLanguage"], "de");
    assert!(general.ok()["supportedLanguages"].as_array().unwrap().len() >= 23);

    for form in FORMS {
        let unknown = s.call::<admin::SetDefaultLanguage>(form, &Auth::Pat, json!({"language": "xx"})).await;
        unknown.assert_error(form, 400, "invalid_argument", "LANG-lg4kd");
        // (Over REST an empty language is a different path: /admin/v1/languages/default/ is not a route.)
        if form == Form::Connect {
            let empty = s.call::<admin::SetDefaultLanguage>(form, &Auth::Pat, json!({"language": ""})).await;
            empty.assert_error(form, 400, "invalid_argument", "LANG-3M9f2");
        }
        let browser = s.call::<admin::SetDefaultLanguage>(form, &Auth::Browser(None), json!({"language": "fr"})).await;
        assert_eq!(browser.status.as_u16(), 403, "{}", browser.body);
        let read = s.call::<admin::GetDefaultLanguage>(form, &Auth::Browser(None), json!({})).await;
        assert_eq!(read.status.as_u16(), 403, "{}", read.body);
    }
}

#[tokio::test]
async fn custom_texts_override_messages_per_instance_and_org() {
    let s = start().await;
    let org = s.call::<AddOrganization>(Form::Connect, &Auth::Pat, json!({"name": "Acme"})).await;
    let org = org.ok()["organizationId"].as_str().unwrap().to_owned();

    let instance = json!({"instance": true, "locale": "en", "translations": {"login-name-title": "Welcome back"}});
    let a = s.call::<SetHostedLoginTranslation>(Form::Rest, &Auth::Pat, instance).await;
    let instance_etag = a.ok()["etag"].as_str().unwrap().to_owned();
    let org_texts = json!({"organizationId": org, "locale": "en-GB",
        "translations": {"login-name-intro": "Sign in to Acme.", "verify-intro": "Acme sent a code to { $email }."}});
    s.call::<SetHostedLoginTranslation>(Form::Connect, &Auth::Pat, org_texts).await.ok();

    // Served: the instance's text everywhere, the org's where the org is resolved (here by `organization`).
    let plain = messages(&s, "?lang=en", None, None).await;
    assert_eq!(message(&plain.body, "login-name-title"), Some("Welcome back"));
    assert_eq!(message(&plain.body, "login-name-intro"), Some("Enter your username or email address to continue."));
    let acme = messages(&s, &format!("?lang=en&organization={org}"), None, None).await;
    assert_eq!(message(&acme.body, "login-name-title"), Some("Welcome back"));
    assert_eq!(message(&acme.body, "login-name-intro"), Some("Sign in to Acme."));
    assert_eq!(message(&acme.body, "verify-intro"), Some("Acme sent a code to { $email }."));
    // Other languages keep their own texts.
    let de = messages(&s, &format!("?lang=de&organization={org}"), None, None).await;
    assert_ne!(message(&de.body, "login-name-intro"), Some("Sign in to Acme."));

    for form in FORMS {
        // With inheritance: shipped + instance + org; without: the level's own.
        let all = json!({"organizationId": org, "locale": "en"});
        let got = s.call::<GetHostedLoginTranslation>(form, &Auth::Pat, all).await;
        let t = &got.ok()["translations"];
        assert_eq!(t["login-name-title"], "Welcome back");
        assert_eq!(t["login-name-intro"], "Sign in to Acme.");
        assert_eq!(t["password-title"], "Enter your password");
        let own = json!({"organizationId": org, "locale": "en", "ignoreInheritance": true});
        let got = s.call::<GetHostedLoginTranslation>(form, &Auth::Pat, own).await;
        assert_eq!(got.ok()["translations"].as_object().unwrap().len(), 2);
        let instance_own = json!({"instance": true, "locale": "en", "ignoreInheritance": true});
        let got = s.call::<GetHostedLoginTranslation>(form, &Auth::Pat, instance_own).await;
        assert_eq!(got.ok()["etag"], instance_etag.as_str());
        assert_eq!(got.ok()["translations"], json!({"login-name-title": "Welcome back"}));
        let system = json!({"system": true, "locale": "de"});
        let got = s.call::<GetHostedLoginTranslation>(form, &Auth::Browser(None), system).await;
        assert!(got.ok()["translations"].as_object().unwrap().len() > 300);
    }

    // An empty set removes the instance's texts.
    let clear = json!({"instance": true, "locale": "en", "translations": {}});
    s.call::<SetHostedLoginTranslation>(Form::Connect, &Auth::Pat, clear).await.ok();
    let plain = messages(&s, "?lang=en", None, None).await;
    assert_eq!(message(&plain.body, "login-name-title"), Some("Sign in"));
}

#[tokio::test]
async fn custom_texts_are_validated() {
    let s = start().await;
    let cases = [
        ((json!({"locale": "en", "translations": {}})), 400, "invalid_argument", "SETTINGS-Level"),
        ((json!({"instance": true, "organizationId": "1", "locale": "en"})), 400, "invalid_argument", "SETTINGS-Level"),
        ((json!({"system": true, "locale": "en", "translations": {}})), 400, "invalid_argument", "SETTINGS-Level"),
        ((json!({"instance": true, "locale": "xx", "translations": {}})), 400, "invalid_argument", "LANG-lg4kd"),
        ((json!({"instance": true, "locale": "", "translations": {}})), 400, "invalid_argument", "LANG-3M9f2"),
        (
            (json!({"instance": true, "locale": "en", "translations": {"no-such-id": "x"}})),
            400,
            "invalid_argument",
            "GATEHOUSE-I18n-UnknownId",
        ),
        (
            (json!({"instance": true, "locale": "en", "translations": {"login-name-title": {"nested": "x"}}})),
            400,
            "invalid_argument",
            "GATEHOUSE-I18n-NotText",
        ),
        (
            (json!({"instance": true, "locale": "en", "translations": {"login-name-title": ""}})),
            400,
            "invalid_argument",
            "GATEHOUSE-I18n-Empty",
        ),
        (
            (json!({"instance": true, "locale": "en", "translations": {"login-name-title": "x".repeat(501)}})),
            400,
            "invalid_argument",
            "GATEHOUSE-I18n-TooLong",
        ),
        (
            (json!({"instance": true, "locale": "en", "translations": {"login-name-title": "Hi {"}})),
            400,
            "invalid_argument",
            "GATEHOUSE-I18n-Pattern",
        ),
        (
            (json!({"instance": true, "locale": "en", "translations": {"login-name-title": "a\npassword-title = b"}})),
            400,
            "invalid_argument",
            "GATEHOUSE-I18n-Pattern",
        ),
        (
            (json!({"instance": true, "locale": "en", "translations": {"verify-intro": "Sent to { $phone }"}})),
            400,
            "invalid_argument",
            "GATEHOUSE-I18n-Variable",
        ),
        ((json!({"organizationId": "404", "locale": "en", "translations": {}})), 404, "not_found", "ORG-ZMuMa"),
    ];
    for form in FORMS {
        for (body, status, code, id) in &cases {
            let a = s.call::<SetHostedLoginTranslation>(form, &Auth::Pat, body.clone()).await;
            a.assert_error(form, *status, code, id);
        }
        let get = s.call::<GetHostedLoginTranslation>(form, &Auth::Pat, json!({"locale": "en"})).await;
        get.assert_error(form, 400, "invalid_argument", "SETTINGS-Level");
        let get =
            s.call::<GetHostedLoginTranslation>(form, &Auth::Pat, json!({"instance": true, "locale": "xx"})).await;
        get.assert_error(form, 400, "invalid_argument", "LANG-lg4kd");
        let get = s
            .call::<GetHostedLoginTranslation>(form, &Auth::Pat, json!({"organizationId": "404", "locale": "en"}))
            .await;
        get.assert_error(form, 404, "not_found", "ORG-ZMuMa");
        // Only admins write: the login UI (browser) and an org owner of another org may not.
        let texts = json!({"instance": true, "locale": "en", "translations": {"login-name-title": "Hi"}});
        let a = s.call::<SetHostedLoginTranslation>(form, &Auth::Browser(None), texts).await;
        assert_eq!(a.status.as_u16(), 403, "{}", a.body);
    }
    // Nothing was stored by the refused calls.
    let got = s
        .call::<GetHostedLoginTranslation>(
            Form::Rest,
            &Auth::Pat,
            json!({"instance": true, "locale": "en", "ignoreInheritance": true}),
        )
        .await;
    assert_eq!(got.ok()["translations"], json!({}));
}

#[tokio::test]
async fn zitadel_login_texts_carry_over_to_their_messages() {
    let s = start().await;
    let org = s.call::<AddOrganization>(Form::Connect, &Auth::Pat, json!({"name": "Acme"})).await;
    let org = org.ok()["organizationId"].as_str().unwrap().to_owned();
    // A piece of ZITADEL's login locale file (apps/login/locales/de.json) as its SetHostedLoginTranslation takes it:
    // mapped keys become our messages, keys without a counterpart (LDAP, `{user}` in signedin.title) are left out.
    let zitadel = json!({
        "loginname": {"title": "Willkommen zurück!", "description": "Geben Sie Ihre Anmeldedaten ein.",
                      "required": {"loginName": "Dieses Feld ist erforderlich"}},
        "password": {"verify": {"title": "Passwort", "resetPassword": "Passwort zurücksetzen"}},
        "ldap": {"title": "LDAP-Anmeldung"},
        "signedin": {"title": "Willkommen {user}!"},
        "device.request.deny": "Ablehnen",
    });
    for form in FORMS {
        let body = json!({"organizationId": org, "locale": "de", "translations": zitadel});
        s.call::<SetHostedLoginTranslation>(form, &Auth::Pat, body).await.ok();
        let own = json!({"organizationId": org, "locale": "de", "ignoreInheritance": true});
        let got = s.call::<GetHostedLoginTranslation>(form, &Auth::Pat, own).await;
        assert_eq!(
            got.ok()["translations"],
            json!({"login-name-title": "Willkommen zurück!", "login-name-intro": "Geben Sie Ihre Anmeldedaten ein.",
                   "login-name-required": "Dieses Feld ist erforderlich", "password-title": "Passwort",
                   "forgot-password": "Passwort zurücksetzen", "deny": "Ablehnen"})
        );
    }
    let served = messages(&s, &format!("?lang=de&organization={org}"), None, None).await;
    assert_eq!(message(&served.body, "login-name-title"), Some("Willkommen zurück!"));
    assert_eq!(message(&served.body, "forgot-password"), Some("Passwort zurücksetzen"));

    // Outside ZITADEL's sections a key is still unknown, nested or dotted.
    for unknown in [json!({"shop": {"title": "x"}}), json!({"shop.title": "x"})] {
        let body = json!({"organizationId": org, "locale": "de", "translations": unknown});
        let a = s.call::<SetHostedLoginTranslation>(Form::Connect, &Auth::Pat, body).await;
        a.assert_error(Form::Connect, 400, "invalid_argument", "GATEHOUSE-I18n-UnknownId");
    }
}
