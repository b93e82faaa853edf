//! Languages of the login UI: the shipped message files (public/locales/*.ftl, embedded), the language a page gets
//! (see [`resolve`]), the messages endpoint the SPA loads before its first paint, the instance's default language
//! (Admin API) and custom texts per instance and org (SettingsService Get/SetHostedLoginTranslation).

pub mod catalogue;
pub mod negotiate;
pub mod resolve;
pub mod store;
pub mod translations;
pub mod zitadel_keys;

use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use gatehouse_api::i18n::{self as api, admin};
use gatehouse_api::settings::ObjectDetails;
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::auth::Caller;
use crate::error::{Error, Result};
use crate::rpc::rpc;
use crate::settings::require_iam_owner;
use crate::AppState;
use translations::Level;

/// `GET /gatehouse/v1/locale/messages.ftl`: the page's messages in the resolved language.
pub const MESSAGES_PATH: &str = "/gatehouse/v1/locale/messages.ftl";

pub fn routes() -> Router<AppState> {
    let r = Router::new().route(MESSAGES_PATH, get(messages));
    let r = rpc::<admin::GetSupportedLanguages, _, _>(r, |_state, _caller, _req| async move {
        Ok(api::GetSupportedLanguagesResponse { languages: supported_languages() })
    });
    let r = rpc::<admin::GetDefaultLanguage, _, _>(r, |state, caller, _req| async move {
        if !caller.is_instance_login_admin() {
            return Err(Error::denied());
        }
        Ok(api::GetDefaultLanguageResponse { language: default_language(&state).await? })
    });
    let r = rpc::<admin::SetDefaultLanguage, _, _>(r, |state, caller, req| async move {
        require_iam_owner(&caller)?;
        let language = translations::locale(&req.language)?;
        let changed = store::set_default_language(&state, &language, caller.user_id()).await?;
        Ok(api::SetDefaultLanguageResponse {
            details: ObjectDetails {
                sequence: changed.sequence,
                change_date: Some(changed.at),
                resource_owner: state.instance.id.clone(),
                creation_date: None,
            },
        })
    });
    let r = rpc::<api::GetHostedLoginTranslation, _, _>(r, |state, caller, req| async move {
        let level = translations::level(&req.level)?;
        let locale = translations::locale(&req.locale)?;
        authorize(&state, &caller, &level, false).await?;
        let texts = translations::effective(&state, &level, &locale, req.ignore_inheritance).await?;
        let etag = store::etag(&texts);
        let translations = texts.into_iter().map(|(id, text)| (id, Value::String(text))).collect();
        Ok(api::GetHostedLoginTranslationResponse { etag, translations })
    });
    rpc::<api::SetHostedLoginTranslation, _, _>(r, |state, caller, req| async move {
        let level = translations::level(&req.level)?;
        authorize(&state, &caller, &level, true).await?;
        let locale = translations::locale(&req.locale)?;
        // ZITADEL's own keys (`{"loginname": {"title": …}}`) are accepted for the messages that have one.
        let texts = translations::validate(&zitadel_keys::to_message_ids(&req.translations))?;
        let owner = match &level {
            Level::Org(org) => org.clone(),
            _ => state.instance.id.clone(),
        };
        let etag = store::set_texts(&state, &owner, &locale, &texts, caller.user_id()).await?;
        Ok(api::SetHostedLoginTranslationResponse { etag })
    })
}

/// Shipped languages, as GetSupportedLanguages and GetGeneralSettings list them.
pub fn supported_languages() -> Vec<String> {
    catalogue::languages().map(str::to_owned).collect()
}

/// The instance's default language: as set, else English.
pub async fn default_language(state: &AppState) -> Result<String> {
    Ok(store::default_language(state)
        .await?
        .filter(|l| catalogue::is_supported(l))
        .unwrap_or_else(|| catalogue::REFERENCE.to_owned()))
}

/// Reading: anyone the API lets in (the texts are what every login page shows), but an org must exist. Writing:
/// IAM_OWNER for the instance, the org's ORG_OWNER (or IAM_OWNER) for an org; the shipped level is read-only.
async fn authorize(state: &AppState, caller: &Caller, level: &Level, write: bool) -> Result<()> {
    match level {
        Level::System if write => Err(Error::invalid("SETTINGS-Level", "The system's translations are read-only")),
        Level::System => Ok(()),
        Level::Instance if write => require_iam_owner(caller),
        Level::Instance => Ok(()),
        Level::Org(org) => {
            if write && !caller.owns_org(org) {
                return Err(Error::denied());
            }
            if !crate::org::exists(state, org).await? {
                return Err(Error::not_found("ORG-ZMuMa", "Organisation not found"));
            }
            Ok(())
        }
    }
}

#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct MessagesQuery {
    #[serde(default)]
    lang: Option<String>,
    #[serde(default)]
    auth_request: Option<String>,
    #[serde(default)]
    organization: Option<String>,
}

/// The SPA's messages: the resolved language's shipped file with the resolved org's custom texts. Private and
/// revalidated (the answer depends on cookies and headers, as `Vary` says), with an ETag so a reload costs a 304.
async fn messages(State(state): State<AppState>, Query(q): Query<MessagesQuery>, headers: HeaderMap) -> Response {
    match messages_body(&state, &q, &headers).await {
        Ok((lang, source, body)) => {
            let etag = format!("\"{}\"", hex16(&body));
            let fresh = headers.get(header::IF_NONE_MATCH).and_then(|v| v.to_str().ok()) == Some(etag.as_str());
            let mut response = if fresh { StatusCode::NOT_MODIFIED.into_response() } else { body.into_response() };
            let h = response.headers_mut();
            h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"));
            h.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-cache"));
            h.insert(header::VARY, HeaderValue::from_static("Accept-Language, Cookie"));
            for (name, value) in [
                (header::CONTENT_LANGUAGE.as_str(), lang.as_str()),
                ("gatehouse-locale-source", source.name()),
                (header::ETAG.as_str(), etag.as_str()),
            ] {
                if let (Ok(name), Ok(value)) = (header::HeaderName::try_from(name), HeaderValue::from_str(value)) {
                    h.insert(name, value);
                }
            }
            response
        }
        Err(e) => e.into_response(),
    }
}

async fn messages_body(
    state: &AppState,
    q: &MessagesQuery,
    headers: &HeaderMap,
) -> Result<(String, resolve::Source, String)> {
    let hints = resolve::Hints { lang: q.lang.as_deref(), auth_request: q.auth_request.as_deref() };
    let (lang, source) = resolve::resolve(state, &hints, headers).await?;
    let shipped = catalogue::file(&lang).ok_or_else(|| Error::internal(format!("no message file for {lang}")))?;
    let scopes = match q.auth_request.as_deref() {
        Some(id) if !id.is_empty() && id.len() <= 200 => crate::branding::resolve::auth_request_scopes(state, id).await,
        _ => Vec::new(),
    };
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
    let org_hints = crate::branding::OrgHints { scopes: &scopes, organization: q.organization.as_deref(), host };
    let org = crate::branding::resolve_org(state, &org_hints).await?;
    let overrides = translations::overrides(state, org.as_deref(), &lang).await?;
    Ok((lang, source, translations::with_overrides(shipped, &overrides)))
}

fn hex16(text: &str) -> String {
    Sha256::digest(text.as_bytes()).iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// The messages URL the SPA will fetch for a page loaded with `page_query`, built exactly as the SPA builds it
/// (`src/locale.rs` `messages_url`: `lang`, `authRequest`, `organization`, first value of each, empty ones left out,
/// values as `encodeURIComponent` writes them), so a preload of it is the very request the SPA makes.
pub fn messages_url(page_query: Option<&str>) -> String {
    let mut query = Vec::new();
    for name in ["lang", "authRequest", "organization"] {
        let value = page_query
            .and_then(|q| form_urlencoded::parse(q.as_bytes()).find(|(k, _)| k == name).map(|(_, v)| v.into_owned()));
        if let Some(value) = value.filter(|v| !v.is_empty()) {
            query.push(format!("{name}={}", encode_uri_component(&value)));
        }
    }
    if query.is_empty() {
        MESSAGES_PATH.to_owned()
    } else {
        format!("{MESSAGES_PATH}?{}", query.join("&"))
    }
}

/// `<link rel="preload">` of the page's messages, so their download overlaps the wasm's instead of starting after
/// it. `as="fetch"` with `crossorigin` (anonymous: credentials "same-origin") matches the SPA's plain same-origin
/// `fetch`, which the browser then answers from the preload; a mismatch would show as a second request.
pub fn preload_tag(page_query: Option<&str>) -> String {
    let href = messages_url(page_query).replace('&', "&amp;");
    format!("<link rel=\"preload\" href=\"{href}\" as=\"fetch\" crossorigin>")
}

/// JavaScript's `encodeURIComponent`: everything but `A-Z a-z 0-9 - _ . ! ~ * ' ( )` percent-encoded as UTF-8.
fn encode_uri_component(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod preload_tests {
    use super::*;

    #[test]
    fn the_preloaded_url_is_the_one_the_spa_fetches() {
        assert_eq!(messages_url(None), MESSAGES_PATH);
        assert_eq!(messages_url(Some("x=1&lang=")), MESSAGES_PATH);
        // Order as the SPA writes it, whatever the page's order; first value wins; '+' is a space.
        assert_eq!(
            messages_url(Some("organization=o+1&authRequest=V2_9&lang=de&lang=fr")),
            format!("{MESSAGES_PATH}?lang=de&authRequest=V2_9&organization=o%201")
        );
        assert_eq!(encode_uri_component("a~b*(c)'!é/?&="), "a~b*(c)'!%C3%A9%2F%3F%26%3D");
        assert_eq!(
            preload_tag(Some("lang=ar&organization=7")),
            format!(
                "<link rel=\"preload\" href=\"{MESSAGES_PATH}?lang=ar&amp;organization=7\" as=\"fetch\" crossorigin>"
            )
        );
    }
}
