//! Branding as a user sees it: the org chosen by the `organization` parameter and by the host name the browser
//! came to (`acme.localhost`, which chromium resolves to loopback), else the instance default; colours applied
//! from the first paint, the org's logo and its legal links; a forced dark theme; a phone-sized viewport.

use fantoccini::wd::WebDriverCompatibleCommand;
use gatehouse_e2e::prelude::*;
use reqwest::Method;
use serde_json::{json, Value};

/// Acme's logo: a rose word mark, as an SVG (checked for scripts on upload, shown through `<img>`).
const LOGO: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" width="120" height="32" viewBox="0 0 120 32"><rect width="32" height="32" rx="6" fill="#be123c"/><text x="40" y="23" font-family="sans-serif" font-size="20" font-weight="700" fill="#be123c">ACME</text></svg>"##;

/// Acme's brand: rose buttons on a pale rose page.
const ACME_PRIMARY: &str = "rgb(190, 18, 60)";
const ACME_BACKGROUND: &str = "rgb(255, 241, 242)";
const DEFAULT_PRIMARY: &str = "rgb(84, 105, 212)";

async fn org_call(server: &TestServer, org: &str, method: Method, path: &str, body: Value) -> Result<Value> {
    let response = reqwest::Client::new()
        .request(method.clone(), server.url(path))
        .bearer_auth(server.admin_pat()?)
        .header("x-zitadel-orgid", org)
        .json(&body)
        .send()
        .await?;
    let status = response.status();
    let text = response.text().await?;
    ensure!(status.is_success(), "{method} {path}: {status} {text}");
    Ok(serde_json::from_str(&text).unwrap_or(Value::Null))
}

async fn upload_logo(server: &TestServer, org: &str) -> Result<()> {
    upload(server, org, "logo", LOGO).await
}

async fn upload(server: &TestServer, org: &str, slot: &str, svg: &str) -> Result<()> {
    let boundary = "e2e-boundary";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"logo.svg\"\r\nContent-Type: image/svg+xml\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(svg.as_bytes());
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let response = reqwest::Client::new()
        .post(server.url(&format!("/assets/v1/org/policy/label/{slot}")))
        .bearer_auth(server.admin_pat()?)
        .header("x-zitadel-orgid", org)
        .header("content-type", format!("multipart/form-data; boundary={boundary}"))
        .body(body)
        .send()
        .await?;
    ensure!(response.status().is_success(), "logo upload: {}", response.text().await?);
    Ok(())
}

/// An org "Acme" (generated domain `acme.localhost`) with its own activated label policy, logo and legal links.
pub(crate) async fn acme(server: &TestServer, theme_mode: &str) -> Result<String> {
    let api = server.api()?;
    let org = api.post("/v2/organizations", json!({"name": "Acme"})).await?;
    let org = org["organizationId"].as_str().context("organizationId")?.to_owned();
    let label = json!({
        "primaryColor": "#be123c", "backgroundColor": "#fff1f2", "fontColor": "#1f2937", "warnColor": "#b91c1c",
        "primaryColorDark": "#fb7185", "backgroundColorDark": "#1c0a0f", "fontColorDark": "#ffe4e6",
        "themeMode": theme_mode,
    });
    org_call(server, &org, Method::POST, "/management/v1/policies/label", label).await?;
    upload_logo(server, &org).await?;
    org_call(server, &org, Method::POST, "/management/v1/policies/label/_activate", json!({})).await?;
    let legal = json!({"tosLink": "https://acme.example/terms", "privacyLink": "https://acme.example/privacy",
        "supportEmail": "help@acme.example"});
    org_call(server, &org, Method::POST, "/management/v1/policies/privacy", legal).await?;
    Ok(org)
}

async fn css(browser: &Browser, selector: &str, property: &str) -> Result<String> {
    let value = browser
        .client()
        .execute(
            "return getComputedStyle(document.querySelector(arguments[0])).getPropertyValue(arguments[1]);",
            vec![json!(selector), json!(property)],
        )
        .await?;
    Ok(value.as_str().unwrap_or_default().trim().to_owned())
}

/// Takes the screenshot `name` and checks it against the computed styles: the pixels of the page background and of
/// the submit button (beside its label) must be the colours CSS says they are, so what a user sees is the brand
/// and not only what the style sheet claims.
async fn screenshot_matches_styles(browser: &Browser, name: &str) -> Result<()> {
    let path = browser.screenshot(name).await?;
    let shot = image::open(&path)?.to_rgba8();
    let geometry = browser
        .client()
        .execute(
            "const b = document.querySelector('button[type=submit]').getBoundingClientRect();
             const r = window.devicePixelRatio;
             return [Math.round((b.left + 4) * r), Math.round((b.top + b.height / 2) * r), Math.round(2 * r), Math.round(2 * r)];",
            vec![],
        )
        .await?;
    let at = |i: usize| geometry[i].as_u64().unwrap_or(0) as u32;
    let checks = [
        ("button", (at(0), at(1)), css(browser, "button[type=submit]", "background-color").await?),
        ("page", (at(2), at(3)), css(browser, "body", "background-color").await?),
    ];
    for (what, (x, y), expected) in checks {
        ensure!(x < shot.width() && y < shot.height(), "{name}: {what} pixel ({x}, {y}) outside the screenshot");
        let p = shot.get_pixel(x, y).0;
        let seen = format!("rgb({}, {}, {})", p[0], p[1], p[2]);
        ensure!(seen == expected, "{name}: the {what} shows {seen} at ({x}, {y}) but its computed style is {expected}");
    }
    Ok(())
}

/// The submit button's background once the page has rendered.
async fn button_colour(browser: &Browser) -> Result<String> {
    browser.wait_for("#loginName").await?;
    css(browser, "button[type=submit]", "background-color").await
}

#[tokio::test]
async fn branding_follows_query_parameter_host_name_and_default() -> Result<()> {
    let server = TestServer::start().await?;
    let org = acme(&server, "THEME_MODE_LIGHT").await?;
    let browser = Browser::start(&server).await?;

    // Default: the instance's colours, Gatehouse's mark, no legal links (none set), the watermark.
    browser.goto("/loginname").await?;
    ensure!(button_colour(&browser).await? == DEFAULT_PRIMARY, "default primary");
    browser.wait_for("#brand-default").await?;
    browser.wait_for("#watermark").await?;
    ensure!(browser.find_all("#legal-tos").await?.is_empty(), "no legal links by default");
    screenshot_matches_styles(&browser, "default").await?;

    // `?organization=`: Acme's colours, logo and links.
    browser.goto(&format!("/loginname?organization={org}")).await?;
    ensure!(button_colour(&browser).await? == ACME_PRIMARY, "primary by query parameter");
    ensure!(css(&browser, "body", "background-color").await? == ACME_BACKGROUND, "background by query");
    // The button text colour was derived server-side for contrast: white on rose.
    ensure!(css(&browser, "button[type=submit]", "color").await? == "rgb(255, 255, 255)", "on-primary");
    let logo = browser.wait_for("#brand-logo").await?;
    let src = logo.attr("src").await?.unwrap_or_default();
    ensure!(src.starts_with("/assets/v1/blob/"), "logo src {src}");
    ensure!(
        browser.client().execute("return document.querySelector('#brand-logo').naturalWidth;", vec![]).await?
            == json!(120),
        "the logo loads (same origin, allowed by the CSP)"
    );
    browser.wait_for_attr("#legal-tos", "href", "https://acme.example/terms").await?;
    browser.wait_for_attr("#legal-support", "href", "mailto:help@acme.example").await?;
    screenshot_matches_styles(&browser, "acme-by-query").await?;

    // The organization parameter travels with the flow, and so does the brand.
    let user = TestUser::new("ada");
    server.api()?.add_human_user(&user, true).await?;
    browser.fill("#loginName", &user.username).await?;
    browser.submit().await?;
    browser.wait_for_url("/password?").await?;
    ensure!(browser.query_param("organization").await?.as_deref() == Some(org.as_str()), "organization carried");
    browser.refresh().await?;
    browser.wait_for("#password").await?;
    ensure!(css(&browser, "button[type=submit]", "background-color").await? == ACME_PRIMARY, "brand after reload");

    // The host name: Acme's domain, no parameter.
    let port = server.base_url().rsplit(':').next().context("port")?.to_owned();
    browser.goto(&format!("http://acme.localhost:{port}/loginname")).await?;
    ensure!(button_colour(&browser).await? == ACME_PRIMARY, "primary by host name");
    browser.wait_for("#brand-logo").await?;
    browser.wait_for_attr("#legal-privacy", "href", "https://acme.example/privacy").await?;
    screenshot_matches_styles(&browser, "acme-by-host").await?;

    // Phone-sized.
    browser.set_window_size(375, 740).await?;
    browser.goto(&format!("/register?organization={org}")).await?;
    browser.wait_for("#legal-tos").await?;
    ensure!(css(&browser, "body", "background-color").await? == ACME_BACKGROUND, "register page branded");
    browser.screenshot("acme-register-phone").await?;
    browser.close().await
}

#[tokio::test]
async fn theme_mode_dark_and_colours_before_first_paint() -> Result<()> {
    let server = TestServer::start().await?;
    let org = acme(&server, "THEME_MODE_DARK").await?;
    let browser = Browser::start(&server).await?;

    browser.goto(&format!("/loginname?organization={org}")).await?;
    browser.wait_for("#loginName").await?;
    ensure!(css(&browser, "body", "background-color").await? == "rgb(28, 10, 15)", "dark background");
    ensure!(css(&browser, "body", "color").await? == "rgb(255, 228, 230)", "dark font");
    ensure!(css(&browser, "button[type=submit]", "background-color").await? == "rgb(251, 113, 133)", "dark primary");
    // Light pink button: dark text for contrast.
    ensure!(css(&browser, "button[type=submit]", "color").await? == "rgb(0, 0, 0)", "on-primary in dark");
    ensure!(css(&browser, ":root", "color-scheme").await? == "dark", "form controls follow");
    browser.screenshot("acme-dark").await?;

    // Before first paint: the theme is a stylesheet in the served head, so the body's colour is right as soon as
    // the document is parsed, before the app's wasm has run.
    let html = reqwest::get(server.url(&format!("/loginname?organization={org}"))).await?.text().await?;
    let head = html.split("</head>").next().unwrap_or_default();
    ensure!(head.contains("<link rel=\"stylesheet\" href=\"/gatehouse/theme.css?org="), "theme linked in head: {head}");
    ensure!(head.contains(&format!("<meta name=\"gatehouse-org\" content=\"{org}\">")), "org named for the SPA");
    let timing = browser
        .client()
        .execute(
            "const theme = performance.getEntriesByType('resource').find(r => r.name.includes('/gatehouse/theme.css'));\
             const paint = performance.getEntriesByType('paint').find(p => p.name === 'first-paint');\
             return [theme ? theme.responseEnd : -1, paint ? paint.startTime : -1];",
            vec![],
        )
        .await?;
    let (theme_loaded, first_paint) = (timing[0].as_f64().unwrap_or(-1.0), timing[1].as_f64().unwrap_or(-1.0));
    println!("theme.css loaded at {theme_loaded:.1} ms, first paint at {first_paint:.1} ms");
    ensure!(theme_loaded >= 0.0 && first_paint >= 0.0, "timings {timing}");
    ensure!(theme_loaded <= first_paint, "theme loaded ({theme_loaded} ms) after first paint ({first_paint} ms)");
    browser.set_window_size(375, 740).await?;
    browser.screenshot("acme-dark-phone").await?;

    // Measured, not asserted: first paint (the page background) and first contentful paint (the card, once the
    // wasm ran) of the unbranded default and of Acme's page, median of five fresh loads each.
    for (label, path) in [("default", "/loginname".to_owned()), ("acme", format!("/loginname?organization={org}"))] {
        let mut paints = Vec::new();
        for _ in 0..5 {
            browser.client().goto("about:blank").await?;
            browser.goto(&path).await?;
            browser.wait_for("#loginName").await?;
            let t = browser
                .client()
                .execute(
                    "const p = n => (performance.getEntriesByType('paint').find(e => e.name === n) || {}).startTime || -1;\
                     return [p('first-paint'), p('first-contentful-paint')];",
                    vec![],
                )
                .await?;
            paints.push((t[0].as_f64().unwrap_or(-1.0), t[1].as_f64().unwrap_or(-1.0)));
        }
        paints.sort_by(|a, b| a.1.total_cmp(&b.1));
        let (fp, fcp) = paints[2];
        println!("{label}: first paint {fp:.0} ms, first contentful paint {fcp:.0} ms (median of 5)");
    }
    browser.close().await
}

/// A Chrome DevTools command through chromedriver (`POST /session/{id}/goog/cdp/execute`).
#[derive(Debug)]
struct Cdp(Value);

impl WebDriverCompatibleCommand for Cdp {
    fn endpoint(&self, base_url: &url::Url, session_id: Option<&str>) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!("session/{}/goog/cdp/execute", session_id.unwrap_or_default()))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.0.to_string()))
    }
}

/// Makes the page see `prefers-color-scheme: dark`, as on a system in dark mode.
async fn emulate_dark_system(browser: &Browser) -> Result<()> {
    let features = json!([{"name": "prefers-color-scheme", "value": "dark"}]);
    let command = json!({"cmd": "Emulation.setEmulatedMedia", "params": {"features": features}});
    browser.client().issue_cmd(Cdp(command)).await.context("emulate dark mode")?;
    Ok(())
}

#[tokio::test]
async fn auto_theme_follows_the_system_dark_mode() -> Result<()> {
    let server = TestServer::start().await?;
    let org = acme(&server, "THEME_MODE_AUTO").await?;
    let dark_logo = LOGO.replace("#be123c", "#fb7185");
    upload(&server, &org, "logo/dark", &dark_logo).await?;
    org_call(&server, &org, Method::POST, "/management/v1/policies/label/_activate", json!({})).await?;
    let browser = Browser::start(&server).await?;
    emulate_dark_system(&browser).await?;

    // The instance default in dark mode: ZITADEL's dark colours.
    browser.goto("/loginname").await?;
    ensure!(button_colour(&browser).await? == "rgb(32, 115, 196)", "default dark primary");
    ensure!(css(&browser, "body", "background-color").await? == "rgb(17, 24, 39)", "default dark background");
    browser.screenshot("default-dark").await?;

    // Acme in auto mode on a dark system: its dark colours and its dark logo.
    browser.goto(&format!("/loginname?organization={org}")).await?;
    ensure!(button_colour(&browser).await? == "rgb(251, 113, 133)", "acme dark primary");
    ensure!(css(&browser, "body", "background-color").await? == "rgb(28, 10, 15)", "acme dark background");
    browser.wait_for("#brand-logo").await?;
    let sources = browser
        .client()
        .execute(
            "const img = document.querySelector('#brand-logo');\
             const dark = document.querySelector('picture source[media=\"(prefers-color-scheme: dark)\"]');\
             return [img.currentSrc, dark ? dark.srcset : '', img.getAttribute('src')];",
            vec![],
        )
        .await?;
    let (current, dark, light) = (sources[0].as_str(), sources[1].as_str(), sources[2].as_str());
    ensure!(dark.is_some_and(|d| d.starts_with("/assets/v1/blob/")), "dark source {sources}");
    ensure!(dark != light, "two logos {sources}");
    ensure!(current.is_some_and(|c| c.ends_with(dark.unwrap_or("-"))), "the dark logo is shown: {sources}");
    browser.screenshot("acme-auto-dark").await?;
    browser.close().await
}

/// `/oauth/v2/authorize` of a web app asking for `scope` (its redirect URI never gets called here).
async fn authorize_with_scope(server: &TestServer, scope: &str) -> Result<String> {
    let callback = "http://127.0.0.1:9/cb";
    let config = json!({"redirectUris": [callback], "developmentMode": true,
        "grantTypes": ["OIDC_GRANT_TYPE_AUTHORIZATION_CODE"], "applicationType": "OIDC_APP_TYPE_WEB",
        "authMethodType": "OIDC_AUTH_METHOD_TYPE_BASIC"});
    let app = server.api()?.create_oidc_app("Shop", config).await?;
    let enc = |s: &str| url::form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
    Ok(format!(
        "/oauth/v2/authorize?client_id={}&redirect_uri={}&response_type=code&scope={}&state=s1",
        enc(&app.client_id),
        enc(callback),
        enc(scope)
    ))
}

#[tokio::test]
async fn branding_follows_the_apps_org_scopes() -> Result<()> {
    let server = TestServer::start().await?;
    let org = acme(&server, "THEME_MODE_LIGHT").await?;
    // The brand font too: a real TrueType file, uploaded, then activated with the rest.
    let font = std::fs::read("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")?;
    let boundary = "e2e-boundary";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"brand.ttf\"\r\nContent-Type: font/ttf\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(&font);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let response = reqwest::Client::new()
        .post(server.url("/assets/v1/org/policy/label/font"))
        .bearer_auth(server.admin_pat()?)
        .header("x-zitadel-orgid", &org)
        .header("content-type", format!("multipart/form-data; boundary={boundary}"))
        .body(body)
        .send()
        .await?;
    ensure!(response.status().is_success(), "font upload: {}", response.text().await?);
    org_call(&server, &org, Method::POST, "/management/v1/policies/label/_activate", json!({})).await?;
    let browser = Browser::start(&server).await?;
    for (name, scope) in [
        ("acme-by-scope-id", format!("openid urn:zitadel:iam:org:id:{org}")),
        ("acme-by-scope-domain", "openid urn:zitadel:iam:org:domain:primary:acme.localhost".to_owned()),
    ] {
        browser.goto(&authorize_with_scope(&server, &scope).await?).await?;
        browser.wait_for_url("/loginname?").await?;
        ensure!(browser.query_param("authRequest").await?.is_some(), "{name}: the auth request is carried");
        ensure!(button_colour(&browser).await? == ACME_PRIMARY, "{name}: primary");
        ensure!(css(&browser, "body", "background-color").await? == ACME_BACKGROUND, "{name}: background");
        browser.wait_for("#brand-logo").await?;
        browser.wait_for_attr("#legal-tos", "href", "https://acme.example/terms").await?;
        let font = browser
            .client()
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 document.fonts.ready.then(() => done([getComputedStyle(document.body).fontFamily,
                   [...document.fonts].some(f => f.family.includes('GatehouseBrand') && f.status === 'loaded')]));",
                vec![],
            )
            .await?;
        ensure!(font[0].as_str().is_some_and(|f| f.starts_with("GatehouseBrand")), "{name}: font-family {font}");
        ensure!(font[1] == json!(true), "{name}: the brand font did not load");
        screenshot_matches_styles(&browser, name).await?;
    }
    browser.close().await
}
