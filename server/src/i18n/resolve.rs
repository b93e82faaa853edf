//! Which language a page gets, in the order the login asks for: an explicit choice (`lang` parameter, then the
//! switcher's `gatehouse_locale` cookie), the app's `ui_locales`, the preferred language of the user signed in on
//! this browser, `Accept-Language`, the instance default, English.

use axum::http::{header, HeaderMap};

use super::catalogue;
use super::negotiate::{accept_language, first_match, match_tag};
use crate::auth::browser::Browser;
use crate::clock::to_db;
use crate::error::Result;
use crate::AppState;

/// The cookie the language switcher sets (readable by the page: a language is no secret).
pub const LOCALE_COOKIE: &str = "gatehouse_locale";

/// Where the chosen language came from (answered in a header, so tests and operators can see why).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Parameter,
    Cookie,
    AuthRequest,
    User,
    AcceptLanguage,
    InstanceDefault,
    Fallback,
}

impl Source {
    pub fn name(self) -> &'static str {
        match self {
            Source::Parameter => "parameter",
            Source::Cookie => "cookie",
            Source::AuthRequest => "ui_locales",
            Source::User => "user",
            Source::AcceptLanguage => "accept-language",
            Source::InstanceDefault => "instance-default",
            Source::Fallback => "fallback",
        }
    }
}

/// What a page request tells about its language.
#[derive(Debug, Default)]
pub struct Hints<'a> {
    pub lang: Option<&'a str>,
    pub auth_request: Option<&'a str>,
}

pub async fn resolve(state: &AppState, hints: &Hints<'_>, headers: &HeaderMap) -> Result<(String, Source)> {
    let supported = |lang: &str| catalogue::is_supported(lang);
    if let Some(lang) = hints.lang.and_then(|l| match_tag(l, &supported)) {
        return Ok((lang, Source::Parameter));
    }
    if let Some(lang) = cookie(headers, LOCALE_COOKIE).and_then(|c| match_tag(&c, &supported)) {
        return Ok((lang, Source::Cookie));
    }
    if let Some(id) = hints.auth_request.filter(|id| !id.is_empty() && id.len() <= 200) {
        if let Some(request) = crate::oidc::store::find(state, id).await? {
            if let Some(lang) = first_match(request.ui_locales.split(' '), &supported) {
                return Ok((lang, Source::AuthRequest));
            }
        }
    }
    if let Some(preferred) = browser_user_language(state, headers).await? {
        if let Some(lang) = match_tag(&preferred, &supported) {
            return Ok((lang, Source::User));
        }
    }
    let accept = headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).unwrap_or("");
    if let Some(lang) = accept_language(accept, &supported) {
        return Ok((lang, Source::AcceptLanguage));
    }
    if let Some(lang) = super::store::default_language(state).await?.filter(|l| supported(l)) {
        return Ok((lang, Source::InstanceDefault));
    }
    Ok((catalogue::REFERENCE.to_owned(), Source::Fallback))
}

/// The preferred language of the user of this browser's most recently active live session, if they set one.
async fn browser_user_language(state: &AppState, headers: &HeaderMap) -> Result<Option<String>> {
    let browser = Browser::from_headers(state, headers).await?;
    let Some(hash) = browser.known_hash() else { return Ok(None) };
    let language: Option<Option<String>> = sqlx::query_scalar(
        "SELECT u.preferred_language FROM browser_sessions b
         JOIN sessions s ON s.id = b.session_id JOIN users u ON u.id = s.user_id
         WHERE b.browser_hash = $1 AND (s.expires_at IS NULL OR s.expires_at > $2)
         ORDER BY s.changed_at DESC LIMIT 1",
    )
    .bind(&hash)
    .bind(to_db(state.now()))
    .fetch_optional(&state.db.read)
    .await?;
    Ok(language.flatten().filter(|l| !l.trim().is_empty()))
}

pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.trim().to_owned())
}
