//! The active language: its Fluent messages (fetched once, before the app mounts, from the server, which picks the
//! language: see server/src/i18n), `<html lang dir>`, and locale-aware numbers, dates and relative times through the
//! browser's `Intl` (no CLDR tables in the wasm).

use std::cell::{Cell, RefCell};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use gloo_net::http::Request;
use wasm_bindgen::{JsCast, JsValue};

/// The messages endpoint (server/src/i18n/mod.rs, `MESSAGES_PATH`).
const MESSAGES_PATH: &str = "/gatehouse/v1/locale/messages.ftl";
/// The cookie the language switcher sets; the server reads it (`resolve::LOCALE_COOKIE`).
pub const LOCALE_COOKIE: &str = "gatehouse_locale";
/// The query parameter that forces a language for one page load.
pub const LANG_PARAM: &str = "lang";

/// Every language the login ships, by its own name (endonyms are the same in every UI language). The switcher
/// shows those the server lists (GetGeneralSettings), i.e. those with a message file.
pub const LANGUAGES: [(&str, &str); 23] = [
    ("ar", "العربية"),
    ("bg", "Български"),
    ("cs", "Čeština"),
    ("de", "Deutsch"),
    ("en", "English"),
    ("es", "Español"),
    ("fr", "Français"),
    ("he", "עברית"),
    ("hu", "Magyar"),
    ("id", "Bahasa Indonesia"),
    ("it", "Italiano"),
    ("ja", "日本語"),
    ("ko", "한국어"),
    ("mk", "Македонски"),
    ("nl", "Nederlands"),
    ("pl", "Polski"),
    ("pt", "Português"),
    ("ro", "Română"),
    ("ru", "Русский"),
    ("sv", "Svenska"),
    ("tr", "Türkçe"),
    ("uk", "Українська"),
    ("zh", "中文"),
];

thread_local! {
    static BUNDLE: RefCell<Option<FluentBundle<FluentResource>>> = const { RefCell::new(None) };
    static LANG: Cell<&'static str> = const { Cell::new("en") };
}

/// The active language's code (`de`).
pub fn lang() -> &'static str {
    LANG.with(Cell::get)
}

/// Arabic and Hebrew are written right to left.
pub fn is_rtl(lang: &str) -> bool {
    matches!(lang, "ar" | "he")
}

/// The endonym of a language code.
pub fn native_name(code: &str) -> Option<&'static str> {
    LANGUAGES.iter().find(|(c, _)| *c == code).map(|(_, name)| *name)
}

/// Fetches the page's messages (the server resolves the language from `lang`, the cookie, the app's
/// `ui_locales`, the signed-in user, `Accept-Language` and the instance default) and makes them active. A failed
/// load leaves the message ids showing rather than no page at all.
pub async fn load() {
    let url = messages_url();
    let answer = match Request::get(&url).send().await {
        Ok(response) if response.ok() => {
            let lang = response.headers().get("content-language").unwrap_or_else(|| "en".to_owned());
            response.text().await.ok().map(|text| (lang, text))
        }
        _ => None,
    };
    match answer {
        Some((lang, text)) => activate(&lang, text),
        None => web_sys::console::warn_1(&"The UI messages could not be loaded".into()),
    }
}

/// `MESSAGES_PATH` with the page's own hints: a forced `lang`, the app's `authRequest` (its `ui_locales` and org),
/// the `organization` (whose custom texts apply).
fn messages_url() -> String {
    let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok();
    let mut query = Vec::new();
    for name in [LANG_PARAM, "authRequest", "organization"] {
        if let Some(value) = params.as_ref().and_then(|p| p.get(name)).filter(|v| !v.is_empty()) {
            query.push(format!("{name}={}", String::from(js_sys::encode_uri_component(&value))));
        }
    }
    if query.is_empty() {
        MESSAGES_PATH.to_owned()
    } else {
        format!("{MESSAGES_PATH}?{}", query.join("&"))
    }
}

/// Makes `source` (Fluent) the active messages in `lang`, and sets `<html lang dir>`.
pub fn activate(lang: &str, source: String) {
    let code: &'static str = LANGUAGES.iter().map(|(c, _)| *c).find(|c| *c == lang).unwrap_or("en");
    LANG.with(|l| l.set(code));
    BUNDLE.with(|b| *b.borrow_mut() = Some(bundle(code, source)));
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", code);
        let _ = root.set_attribute("dir", if is_rtl(code) { "rtl" } else { "ltr" });
    }
}

fn bundle(lang: &str, source: String) -> FluentBundle<FluentResource> {
    let langid = lang.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![langid]);
    // No Unicode isolation marks around variables: names and addresses are plain text here, the page's `dir`
    // handles the direction, and tests and screen readers see the text as written.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(format_value));
    // The server appends an org's custom texts after the shipped messages; later definitions win.
    let resource = FluentResource::try_new(source).unwrap_or_else(|(partial, _errors)| partial);
    bundle.add_resource_overriding(resource);
    bundle
}

/// Numbers in messages as the locale writes them (`1 234`, Arabic-Indic digits); other values as Fluent does.
fn format_value<M>(value: &FluentValue, _memoizer: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) if cfg!(target_arch = "wasm32") => Some(format_number(n.value)),
        _ => None,
    }
}

/// The formatted value of message `id` with `args`; `None` if the active messages lack it.
pub fn format(id: &str, args: Option<&FluentArgs>) -> Option<String> {
    ensure_loaded();
    BUNDLE.with(|b| {
        let bundle = b.borrow();
        let bundle = bundle.as_ref()?;
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        Some(bundle.format_pattern(pattern, args, &mut errors).into_owned())
    })
}

/// Native unit tests have no server: they read the English file directly.
#[cfg(test)]
fn ensure_loaded() {
    if BUNDLE.with(|b| b.borrow().is_none()) {
        BUNDLE.with(|b| *b.borrow_mut() = Some(bundle("en", include_str!("../public/locales/en.ftl").to_owned())));
    }
}

#[cfg(not(test))]
fn ensure_loaded() {}

// ---- Intl: numbers, dates, relative times ------------------------------------------------------------------------

/// `new Intl.<class>(lang, options).<method>(args…)` as a string; `None` where the browser lacks it.
fn intl(class: &str, options: &[(&str, JsValue)], method: &str, args: &[JsValue]) -> Option<String> {
    let constructor: js_sys::Function =
        js_sys::Reflect::get(&js_sys::Reflect::get(&js_sys::global(), &"Intl".into()).ok()?, &class.into())
            .ok()?
            .dyn_into()
            .ok()?;
    let opts = js_sys::Object::new();
    for (key, value) in options {
        js_sys::Reflect::set(&opts, &(*key).into(), value).ok()?;
    }
    let formatter = js_sys::Reflect::construct(&constructor, &js_sys::Array::of2(&lang().into(), &opts)).ok()?;
    let function: js_sys::Function = js_sys::Reflect::get(&formatter, &method.into()).ok()?.dyn_into().ok()?;
    let arguments: js_sys::Array = args.iter().collect();
    function.apply(&formatter, &arguments).ok()?.as_string()
}

/// A number as the active locale writes it.
pub fn format_number(n: f64) -> String {
    intl("NumberFormat", &[], "format", &[n.into()]).unwrap_or_else(|| n.to_string())
}

/// A moment in the active locale: medium date, short time, in the reader's time zone.
pub fn format_date(millis: f64) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(millis));
    let options = [("dateStyle", "medium".into()), ("timeStyle", "short".into())];
    intl("DateTimeFormat", &options, "format", &[date.into()]).unwrap_or_default()
}

/// "3 minutes ago", "yesterday", "in 2 hours" in the active locale, relative to now.
pub fn format_relative(millis: f64) -> String {
    let (value, unit) = relative_unit((millis - js_sys::Date::now()) / 1000.0);
    intl("RelativeTimeFormat", &[("numeric", "auto".into())], "format", &[value.into(), unit.into()])
        .unwrap_or_else(|| format_date(millis))
}

/// The largest unit that fits a signed number of seconds, and the rounded count of it.
pub fn relative_unit(seconds: f64) -> (f64, &'static str) {
    const UNITS: [(f64, &str); 6] = [
        (31_536_000.0, "year"),
        (2_592_000.0, "month"),
        (604_800.0, "week"),
        (86_400.0, "day"),
        (3_600.0, "hour"),
        (60.0, "minute"),
    ];
    for (size, unit) in UNITS {
        if seconds.abs() >= size {
            return ((seconds / size).round(), unit);
        }
    }
    (seconds.round(), "second")
}

// ---- the switcher's choice ----------------------------------------------------------------------------------------

/// Remembers `code` for this browser (a year; readable by the page: a language is no secret).
pub fn remember(code: &str) {
    let secure = web_sys::window().and_then(|w| w.location().protocol().ok()).is_some_and(|p| p == "https:");
    let cookie = format!(
        "{LOCALE_COOKIE}={code}; Path=/; Max-Age=31536000; SameSite=Lax{}",
        if secure { "; Secure" } else { "" }
    );
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        let _ = js_sys::Reflect::set(&document, &"cookie".into(), &cookie.into());
    }
}

/// Reloads the page without a forced `lang` (which would win over the choice just made).
pub fn reload_without_lang_param() {
    let Some(window) = web_sys::window() else { return };
    let location = window.location();
    let Ok(href) = location.href() else { return };
    let Ok(url) = web_sys::Url::new(&href) else { return };
    url.search_params().delete(LANG_PARAM);
    let _ = location.replace(&url.href());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_units() {
        assert_eq!(relative_unit(-180.0), (-3.0, "minute"));
        assert_eq!(relative_unit(-30.0), (-30.0, "second"));
        assert_eq!(relative_unit(-90_000.0), (-1.0, "day"));
        assert_eq!(relative_unit(7_200.0), (2.0, "hour"));
        assert_eq!(relative_unit(-40_000_000.0), (-1.0, "year"));
    }

    #[test]
    fn languages_are_sorted_and_named() {
        assert!(LANGUAGES.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(native_name("de"), Some("Deutsch"));
        assert!(is_rtl("ar") && is_rtl("he") && !is_rtl("de"));
    }
}
