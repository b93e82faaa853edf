//! The static SPA (Trunk's `dist`), the deep-link fallback to `index.html`, and the security headers every answer
//! carries.

use std::path::PathBuf;
use std::sync::RwLock;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use base64::Engine;
use sha2::{Digest, Sha256};
use tower::ServiceExt;
use tower_http::services::ServeDir;

use crate::rpc::{is_api_path, not_found};
use crate::AppState;

const CSP_BASE: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{hashes}; style-src 'self'; \
    img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

pub struct Spa {
    pub dir: PathBuf,
    /// The CSP header value, including hashes of `index.html`'s inline scripts (Trunk's loader). Recomputed
    /// whenever `index.html` is served, so a rebuilt SPA does not need a server restart.
    csp: RwLock<String>,
}

impl Spa {
    pub fn new(dir: PathBuf) -> Self {
        let html = std::fs::read_to_string(dir.join("index.html")).unwrap_or_default();
        Spa { dir, csp: RwLock::new(csp_for(&html)) }
    }

    fn csp(&self) -> String {
        self.csp.read().unwrap_or_else(|p| p.into_inner()).clone()
    }

    fn refresh_csp(&self, html: &str) {
        *self.csp.write().unwrap_or_else(|p| p.into_inner()) = csp_for(html);
    }
}

/// Inline scripts are allowed only by their exact hash: never `'unsafe-inline'`.
pub fn csp_for(index_html: &str) -> String {
    let hashes: String = inline_scripts(index_html)
        .iter()
        .map(|s| {
            format!(" 'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(Sha256::digest(s.as_bytes())))
        })
        .collect();
    CSP_BASE.replace("{hashes}", &hashes)
}

fn inline_scripts(html: &str) -> Vec<&str> {
    let mut scripts = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(tag_end) = after.find('>') else { break };
        let open_tag = &after[..tag_end];
        let body_and_more = &after[tag_end + 1..];
        let Some(close) = body_and_more.find("</script>") else { break };
        if !open_tag.contains("src=") {
            scripts.push(&body_and_more[..close]);
        }
        rest = &body_and_more[close + "</script>".len()..];
    }
    scripts
}

/// Trunk's content-hashed file names (`app-<16+ hex>_bg.wasm`, `style-<hex>.css`) never change content.
pub fn is_hashed_asset(path: &str) -> bool {
    let file = path.rsplit('/').next().unwrap_or(path);
    let stem = file.split('.').next().unwrap_or(file);
    stem.split('-').skip(1).any(|part| {
        let hex: String = part.chars().take_while(char::is_ascii_hexdigit).collect();
        hex.len() >= 16
    })
}

pub async fn fallback(State(state): State<AppState>, request: Request) -> Response {
    let path = request.uri().path().to_owned();
    if is_api_path(&path) {
        return not_found();
    }
    if !matches!(*request.method(), Method::GET | Method::HEAD) {
        return (StatusCode::METHOD_NOT_ALLOWED, "Method Not Allowed").into_response();
    }
    // What the page's branding is resolved from (the request itself goes to ServeDir).
    let headers = request.headers().clone();
    let query = request.uri().query().map(str::to_owned);
    if path == "/" || path == "/index.html" {
        return index(&state, &headers, query.as_deref()).await;
    }
    // `<file>.br` / `<file>.gz` next to an asset (written by the SPA build at maximum compression) are sent as they
    // are; without them the compression layer compresses on the fly, where brotli runs at quality 4 (the login
    // page's wasm: 235 kB at quality 4, about 199 kB at 11).
    let dir = ServeDir::new(&state.spa.dir).precompressed_br().precompressed_gzip();
    let served = match dir.oneshot(request).await {
        Ok(r) => r.map(Body::new),
        Err(never) => match never {},
    };
    if served.status() == StatusCode::NOT_FOUND {
        // Deep links (`/profile`, `/password/change`) are SPA routes; a missing file with an extension stays 404.
        let last = path.rsplit('/').next().unwrap_or("");
        if !last.contains('.') {
            return index(&state, &headers, query.as_deref()).await;
        }
        return served;
    }
    let mut served = served;
    let cache = if is_hashed_asset(&path) { "public, max-age=31536000, immutable" } else { "no-cache" };
    served.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    served
}

/// `index.html` with the resolved org's theme stylesheet linked in its head (see [`crate::branding::head_tags`]) and
/// a preload of the page's messages ([`crate::i18n::preload_tag`]).
async fn index(state: &AppState, headers: &HeaderMap, query: Option<&str>) -> Response {
    match tokio::fs::read_to_string(state.spa.dir.join("index.html")).await {
        Ok(html) => {
            state.spa.refresh_csp(&html);
            // The page's messages are preloaded: the SPA fetches them only once its wasm runs.
            let preload = crate::i18n::preload_tag(query);
            let html = match crate::branding::head_tags(state, headers, query).await {
                Ok(tags) => crate::branding::inject(&html, &format!("{preload}{tags}")),
                Err(e) => {
                    // Unbranded beats unavailable: the page still works with the default colours.
                    tracing::warn!(error = %e, "cannot resolve the branding of the login page");
                    crate::branding::inject(&html, &preload)
                }
            };
            let mut response = html.into_response();
            let headers = response.headers_mut();
            headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
            response
        }
        Err(_) => (
            StatusCode::NOT_FOUND,
            format!("The SPA is not built: no index.html in {} (run `cargo xtask run`)", state.spa.dir.display()),
        )
            .into_response(),
    }
}

pub async fn security_headers(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    // A handler that set a stricter policy of its own (uploaded assets) keeps it.
    if !headers.contains_key(header::CONTENT_SECURITY_POLICY) {
        if let Ok(csp) = HeaderValue::from_str(&state.spa.csp()) {
            headers.insert(header::CONTENT_SECURITY_POLICY, csp);
        }
    }
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    if state.https {
        headers
            .insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static("max-age=31536000; includeSubDomains"));
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csp_hashes_inline_scripts_only() {
        let html = r#"<html><script src="/a.js"></script><script type="module">import x from '/x.js';</script></html>"#;
        let csp = csp_for(html);
        let expected = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(b"import x from '/x.js';"));
        assert!(csp.contains(&format!("'sha256-{expected}'")), "{csp}");
        assert_eq!(csp.matches("sha256-").count(), 1);
        assert!(!csp.contains("unsafe-inline"));
        assert!(csp_for("").starts_with("default-src 'self'; script-src 'self' 'wasm-unsafe-eval';"));
    }

    #[test]
    fn hashed_assets() {
        assert!(is_hashed_asset("/gatehouse-app-3f2a1b4c5d6e7f80_bg.wasm"));
        assert!(is_hashed_asset("/style-0123456789abcdef.css"));
        assert!(!is_hashed_asset("/favicon.ico"));
        assert!(!is_hashed_asset("/index.html"));
    }
}
