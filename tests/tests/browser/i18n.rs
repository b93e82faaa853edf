//! Languages as a user meets them: the browser's language (Accept-Language) picks German, an app's `ui_locales` wins
//! over it, the switcher's choice persists across reloads and wins over both, a signed-in user's preferred language
//! applies (and the switcher saves a new one), Arabic is laid out right to left, and dates and relative times are
//! written the locale's way. Expected texts come from the shipped message files, not from copies in the test.

use fantoccini::Locator;
use gatehouse_e2e::prelude::*;
use serde_json::{json, Value};

/// The value of a message in a shipped language file (single-line messages).
fn message(lang: &str, id: &str) -> Result<String> {
    let path = format!("{}/../public/locales/{lang}.ftl", env!("CARGO_MANIFEST_DIR"));
    let source = std::fs::read_to_string(&path).with_context(|| format!("cannot read {path}"))?;
    source
        .lines()
        .find_map(|line| line.strip_prefix(id)?.strip_prefix(" = "))
        .map(|v| v.trim().to_owned())
        .with_context(|| format!("no message {id} in {path}"))
}

async fn script(browser: &Browser, js: &str) -> Result<Value> {
    Ok(browser.client().execute(js, vec![]).await?)
}

/// `<html lang>` and `dir` of the current page.
async fn html_lang_dir(browser: &Browser) -> Result<(String, String)> {
    let v = script(browser, "return [document.documentElement.lang, document.documentElement.dir];").await?;
    Ok((v[0].as_str().unwrap_or_default().to_owned(), v[1].as_str().unwrap_or_default().to_owned()))
}

async fn expect_login_page_in(browser: &Browser, lang: &str) -> Result<()> {
    browser.wait_for_text_eq("h1", &message(lang, "login-name-title")?).await?;
    let (html_lang, _) = html_lang_dir(browser).await?;
    ensure!(html_lang == lang, "<html lang> is {html_lang:?}, expected {lang:?}");
    Ok(())
}

/// An app whose authorize URL carries `ui_locales`; returns the authorize path.
async fn authorize_path(server: &TestServer, ui_locales: &str) -> Result<String> {
    let app = server
        .api()?
        .create_oidc_app(
            "Shop",
            json!({"redirectUris": ["http://127.0.0.1:9/callback"], "developmentMode": true,
                   "grantTypes": ["OIDC_GRANT_TYPE_AUTHORIZATION_CODE"],
                   "applicationType": "OIDC_APP_TYPE_WEB", "authMethodType": "OIDC_AUTH_METHOD_TYPE_BASIC"}),
        )
        .await?;
    Ok(format!(
        "/oauth/v2/authorize?client_id={}&redirect_uri=http%3A%2F%2F127.0.0.1%3A9%2Fcallback&response_type=code\
         &scope=openid&state=s&nonce=n&ui_locales={ui_locales}",
        app.client_id
    ))
}

/// Picks `lang` in the switcher once it lists every shipped language, and waits for the reloaded page in it.
async fn switch_to(browser: &Browser, lang: &str) -> Result<()> {
    browser.wait_for_count("#language-switcher option", 23).await?;
    let select = browser.client().find(Locator::Css("#language-switcher")).await?;
    select.select_by_value(lang).await?;
    browser.wait_for_attr("html", "lang", lang).await?;
    browser.wait_for_text_eq("h1", &message(lang, browser_page_title_id(browser).await?)?).await
}

/// Which title message the current page shows (the tests switch on /loginname and /profile).
async fn browser_page_title_id(browser: &Browser) -> Result<&'static str> {
    Ok(if browser.path().await?.starts_with("/profile") { "profile-title" } else { "login-name-title" })
}

#[tokio::test]
async fn accept_language_picks_german_and_dates_follow_it() -> Result<()> {
    let server = TestServer::start().await?;
    let user = TestUser::new("greta");
    server.api()?.add_human_user(&user, true).await?;
    let browser = Browser::start_with_language(&server, "de-CH,de,en").await?;
    browser.goto("/loginname").await?;
    expect_login_page_in(&browser, "de").await?;
    ensure!(html_lang_dir(&browser).await?.1 == "ltr", "German is left to right");

    browser.login_as(&user.username, &user.password).await?;
    browser.goto("/profile").await?;
    browser.wait_for("#session-list time").await?;
    // German dates: "25.11.2026, 15:40"; last activity in words: "vor 12 Sekunden" / "jetzt".
    let times = browser.find_all("#session-list time").await?;
    let created = times[0].text().await?;
    let date = regex_like_german_date(&created);
    ensure!(date, "creation date {created:?} is not written the German way (dd.mm.yyyy, hh:mm)");
    let last_active = times[1].text().await?;
    ensure!(
        last_active.starts_with("vor ") || last_active == "jetzt",
        "last activity {last_active:?} is not a German relative time"
    );
    browser.close().await
}

/// `dd.mm.yyyy, hh:mm` without a regex crate.
fn regex_like_german_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() >= 17
        && b[2] == b'.'
        && b[5] == b'.'
        && text[..2].bytes().chain(text[3..5].bytes()).chain(text[6..10].bytes()).all(|c| c.is_ascii_digit())
        && text[10..].starts_with(", ")
        && text[12..].contains(':')
}

#[tokio::test]
async fn an_apps_ui_locales_win_over_the_browser_language() -> Result<()> {
    let server = TestServer::start().await?;
    let path = authorize_path(&server, "xx fr-CA de").await?;
    let browser = Browser::start_with_language(&server, "de").await?;
    browser.goto(&path).await?;
    browser.wait_for_url("/loginname?").await?;
    expect_login_page_in(&browser, "fr").await?;
    browser.close().await
}

#[tokio::test]
async fn the_switchers_choice_persists_and_wins() -> Result<()> {
    let server = TestServer::start().await?;
    let path = authorize_path(&server, "fr").await?;
    let browser = Browser::start_with_language(&server, "it").await?;
    browser.goto(&path).await?;
    browser.wait_for_url("/loginname?").await?;
    expect_login_page_in(&browser, "fr").await?;
    browser.wait_for_count("#language-switcher option", 23).await?;
    let arabic = browser.text("#language-switcher option[value=ar]").await?;
    ensure!(arabic == "العربية", "languages are listed by their own names, got {arabic:?}");
    let label = browser.text("label[for=language-switcher]").await?;
    ensure!(
        label == message("fr", "language-switcher-label")?,
        "the switcher's label is in the page's language: {label:?}"
    );

    switch_to(&browser, "de").await?;
    ensure!(browser.query_param("authRequest").await?.is_some(), "the reload kept the app's request");
    let cookie = browser.client().get_named_cookie("gatehouse_locale").await?;
    ensure!(cookie.value() == "de", "cookie {cookie:?}");
    // It persists: reload, a fresh start of the login, another page.
    browser.refresh().await?;
    expect_login_page_in(&browser, "de").await?;
    browser.goto(&path).await?;
    browser.wait_for_url("/loginname?").await?;
    expect_login_page_in(&browser, "de").await?;
    browser.goto("/register").await?;
    browser.wait_for_text_eq("h1", &message("de", "register-title")?).await?;
    // A `lang` parameter still forces one page, and the switcher drops it when used.
    browser.goto("/loginname?lang=sv").await?;
    expect_login_page_in(&browser, "sv").await?;
    switch_to(&browser, "pl").await?;
    ensure!(browser.query_param("lang").await?.is_none(), "lang parameter left in the URL");
    browser.close().await
}

#[tokio::test]
async fn a_signed_in_users_preferred_language_applies_and_the_switcher_saves_it() -> Result<()> {
    let server = TestServer::start().await?;
    let api = server.api()?;
    let user = TestUser::new("ivo");
    let answer = api
        .post(
            "/v2/users/human",
            json!({"username": user.username,
                   "profile": {"givenName": user.given_name, "familyName": user.family_name, "preferredLanguage": "it"},
                   "email": {"email": user.email, "isVerified": true},
                   "password": {"password": user.password, "changeRequired": false}}),
        )
        .await?;
    let user_id = answer["userId"].as_str().context("userId")?.to_owned();
    let browser = Browser::start_with_language(&server, "en-US").await?;
    browser.goto("/loginname").await?;
    expect_login_page_in(&browser, "en").await?;
    browser.login_as(&user.username, &user.password).await?;
    // Known now: every page loaded from here on is in Italian.
    browser.goto("/profile").await?;
    browser.wait_for_text_eq("h1", &message("it", "profile-title")?).await?;
    ensure!(html_lang_dir(&browser).await?.0 == "it", "profile not in Italian");

    switch_to(&browser, "nl").await?;
    let stored = api.user(&user_id).await?;
    let preferred = &stored["human"]["profile"]["preferredLanguage"];
    ensure!(preferred == "nl", "preferredLanguage is {preferred}, expected nl");
    browser.close().await
}

#[tokio::test]
async fn arabic_is_laid_out_right_to_left() -> Result<()> {
    let server = TestServer::start().await?;
    let browser = Browser::start(&server).await?;
    browser.goto("/loginname?lang=ar").await?;
    expect_login_page_in(&browser, "ar").await?;
    let (_, dir) = html_lang_dir(&browser).await?;
    ensure!(dir == "rtl", "dir is {dir:?}");
    // The layout follows: the form's text runs from the right, the label's text ends at the input's right edge.
    let layout = script(
        &browser,
        "const range = document.createRange();
         range.selectNodeContents(document.querySelector('label[for=loginName]'));
         const label = range.getBoundingClientRect();
         const input = document.getElementById('loginName').getBoundingClientRect();
         const style = getComputedStyle(document.querySelector('main'));
         return [style.direction, label.left, label.right, input.left, input.right];",
    )
    .await?;
    let n = |i: usize| layout[i].as_f64().unwrap_or(f64::NAN);
    ensure!(layout[0] == "rtl", "computed direction of <main> is {}", layout[0]);
    ensure!((n(2) - n(4)).abs() <= 2.0, "label ends at {} but the input at {}: not right-aligned", n(2), n(4));
    ensure!(n(1) > n(3) + 20.0, "label starts at {}, input at {}: the label is not on the right", n(1), n(3));
    browser.screenshot("i18n-arabic-loginname").await?;
    // Hebrew too; and back to a left-to-right language.
    browser.goto("/loginname?lang=he").await?;
    expect_login_page_in(&browser, "he").await?;
    ensure!(html_lang_dir(&browser).await?.1 == "rtl", "Hebrew is right to left");
    browser.goto("/loginname?lang=de").await?;
    expect_login_page_in(&browser, "de").await?;
    ensure!(html_lang_dir(&browser).await?.1 == "ltr", "German is left to right");
    browser.close().await
}
