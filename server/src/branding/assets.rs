//! ZITADEL's Assets API for label policies: logo, icon (light and dark) and font of the instance
//! (`/assets/v1/instance/policy/label/...`) and of an org (`/assets/v1/org/policy/label/...`, org from
//! `x-zitadel-orgid`). Uploads (multipart field `file`) and deletes change the *preview*; `GET` answers the active
//! asset and `GET .../_preview` the preview one. Stored in the database by content hash and served from
//! `/assets/v1/blob/{sha256}` with an immutable cache lifetime.

use axum::extract::{DefaultBodyLimit, Multipart, Path, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use sha2::{Digest, Sha256};

use super::store::{self, AssetRef, Label, Mode, Stage};
use crate::auth::Caller;
use crate::error::{Error, Result};
use crate::settings::{management_org, require_iam_owner};
use crate::AppState;

pub const MAX_IMAGE_BYTES: usize = 1024 * 1024;
pub const MAX_FONT_BYTES: usize = 2 * 1024 * 1024;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    Logo,
    LogoDark,
    Icon,
    IconDark,
    Font,
}

impl Slot {
    pub const ALL: [Slot; 5] = [Slot::Logo, Slot::LogoDark, Slot::Icon, Slot::IconDark, Slot::Font];

    /// The key in the stored policy and the path below `/policy/label/`.
    pub fn key(self) -> &'static str {
        match self {
            Slot::Logo => "logo",
            Slot::LogoDark => "logo/dark",
            Slot::Icon => "icon",
            Slot::IconDark => "icon/dark",
            Slot::Font => "font",
        }
    }

    fn is_font(self) -> bool {
        self == Slot::Font
    }
}

pub fn blob_path(hash: &str) -> String {
    format!("/assets/v1/blob/{hash}")
}

/// The absolute URL of `slot` in `label` (as ZITADEL answers asset URLs), or empty.
pub fn url(state: &AppState, label: &Label, slot: Slot) -> String {
    label.assets.get(slot.key()).map_or_else(String::new, |a| {
        format!("{}{}", state.public_url.as_str().trim_end_matches('/'), blob_path(&a.hash))
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Owner {
    Instance,
    Org,
}

pub fn routes(r: Router<AppState>) -> Router<AppState> {
    let mut r = r.route("/assets/v1/blob/{hash}", get(blob));
    for (owner, prefix) in [(Owner::Instance, "/assets/v1/instance"), (Owner::Org, "/assets/v1/org")] {
        for slot in Slot::ALL {
            let path = format!("{prefix}/policy/label/{}", slot.key());
            let upload_route = move |State(state): State<AppState>, caller: Result<Caller>, form: Multipart| async move {
                respond(async { upload(&state, caller?, owner, slot, form).await }.await)
            };
            let remove_route = move |State(state): State<AppState>, caller: Result<Caller>| async move {
                respond(async { remove(&state, caller?, owner, slot).await }.await)
            };
            let get_route = move |State(state): State<AppState>, caller: Result<Caller>| async move {
                download(&state, caller, owner, slot, Stage::Active).await.unwrap_or_else(IntoResponse::into_response)
            };
            let preview_route = move |State(state): State<AppState>, caller: Result<Caller>| async move {
                download(&state, caller, owner, slot, Stage::Preview).await.unwrap_or_else(IntoResponse::into_response)
            };
            let limit = if slot.is_font() { MAX_FONT_BYTES } else { MAX_IMAGE_BYTES };
            r = r
                .route(
                    &path,
                    get(get_route)
                        .post(upload_route)
                        .delete(remove_route)
                        .layer(DefaultBodyLimit::max(limit + 64 * 1024)),
                )
                .route(&format!("{path}/_preview"), get(preview_route));
        }
    }
    r
}

fn respond(result: Result<store::Written>) -> Response {
    match result {
        Ok(w) => {
            let body = serde_json::json!({"details": {
                "sequence": w.sequence.to_string(),
                "changeDate": w.at,
                "resourceOwner": w.owner_id,
            }});
            let mut response = Json(body).into_response();
            response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            response
        }
        Err(e) => e.into_response(),
    }
}

/// The owner id and how a preview change treats a missing org policy.
async fn owner_of(state: &AppState, caller: &Caller, owner: Owner) -> Result<(String, Mode)> {
    match owner {
        Owner::Instance => {
            require_iam_owner(caller)?;
            Ok((state.instance.id.clone(), Mode::Instance))
        }
        Owner::Org => Ok((management_org(state, caller).await?, Mode::Custom)),
    }
}

async fn upload(
    state: &AppState,
    caller: Caller,
    owner: Owner,
    slot: Slot,
    mut form: Multipart,
) -> Result<store::Written> {
    let (owner_id, mode) = owner_of(state, &caller, owner).await?;
    let mut data = None;
    while let Some(field) = form.next_field().await.map_err(bad_upload)? {
        if field.name() == Some("file") {
            data = Some(field.bytes().await.map_err(bad_upload)?);
            break;
        }
    }
    let data = data.ok_or_else(|| Error::invalid("UPLOAD-3kf8s", "The upload needs a multipart field named file"))?;
    let content_type = check(slot, &data)?;
    let hash: String = Sha256::digest(&data).iter().map(|b| format!("{b:02x}")).collect();
    store::put_blob(state, &hash, content_type, &data).await?;
    let asset = AssetRef { hash, content_type: content_type.to_owned() };
    store::change_preview(state, &owner_id, mode, caller.user_id(), "label_policy.asset.added", |label| {
        label.assets.insert(slot.key().to_owned(), asset);
    })
    .await
}

pub fn bad_upload(e: axum::extract::multipart::MultipartError) -> Error {
    if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
        return Error::invalid("UPLOAD-Size", "The file is too large");
    }
    Error::invalid("UPLOAD-3kf8s", format!("The upload is not valid multipart/form-data: {}", e.body_text()))
}

async fn remove(state: &AppState, caller: Caller, owner: Owner, slot: Slot) -> Result<store::Written> {
    let (owner_id, mode) = owner_of(state, &caller, owner).await?;
    let preview = store::effective(state, Some(&owner_id), Stage::Preview).await?;
    if preview.owner_id == owner_id && !preview.label.assets.contains_key(slot.key()) {
        return Err(Error::not_found("ASSET-2kfRe", format!("The label policy has no {}", slot.key())));
    }
    store::change_preview(state, &owner_id, mode, caller.user_id(), "label_policy.asset.removed", |label| {
        label.assets.remove(slot.key());
    })
    .await
}

async fn download(
    state: &AppState,
    caller: Result<Caller>,
    owner: Owner,
    slot: Slot,
    stage: Stage,
) -> Result<Response> {
    let (owner_id, _) = owner_of(state, &caller?, owner).await?;
    let found = store::effective(state, Some(&owner_id), stage).await?;
    let asset = found.label.assets.get(slot.key()).ok_or_else(|| no_asset(slot))?;
    let (content_type, data) = store::blob(state, &asset.hash).await?.ok_or_else(|| no_asset(slot))?;
    Ok(asset_response(&content_type, data, "private, no-cache", &asset.hash))
}

fn no_asset(slot: Slot) -> Error {
    Error::not_found("ASSET-2kfRe", format!("The label policy has no {}", slot.key()))
}

/// `GET /assets/v1/blob/{sha256}`: public (the login shows it before anyone signs in) and immutable.
async fn blob(State(state): State<AppState>, Path(hash): Path<String>) -> Response {
    if hash.len() != 64 || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Error::not_found("ASSET-2kfRe", "No such asset").into_response();
    }
    match store::blob(&state, &hash).await {
        Ok(Some((content_type, data))) => {
            asset_response(&content_type, data, "public, max-age=31536000, immutable", &hash)
        }
        Ok(None) => Error::not_found("ASSET-2kfRe", "No such asset").into_response(),
        Err(e) => e.into_response(),
    }
}

const ASSET_CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

fn asset_response(content_type: &str, data: Vec<u8>, cache: &'static str, hash: &str) -> Response {
    let mut response = data.into_response();
    let h = response.headers_mut();
    if let Ok(v) = HeaderValue::from_str(content_type) {
        h.insert(header::CONTENT_TYPE, v);
    }
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    // Opened directly, an asset is a document of this origin: it may not run anything, sniff into something
    // else, or reach this origin's API (sandbox gives it an opaque origin), whatever got past the upload checks.
    h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(ASSET_CSP));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    if let Ok(v) = HeaderValue::from_str(&format!("\"{hash}\"")) {
        h.insert(header::ETAG, v);
    }
    response
}

/// The content type `data` really is, if `slot` accepts it. The type is sniffed from the bytes, never taken from
/// the upload's headers.
pub fn check(slot: Slot, data: &[u8]) -> Result<&'static str> {
    if data.is_empty() {
        return Err(Error::invalid("UPLOAD-Empty", "The file is empty"));
    }
    let limit = if slot.is_font() { MAX_FONT_BYTES } else { MAX_IMAGE_BYTES };
    if data.len() > limit {
        return Err(Error::invalid("UPLOAD-Size", format!("The file is larger than {} KiB", limit / 1024)));
    }
    if slot.is_font() {
        return font_type(data)
            .ok_or_else(|| Error::invalid("UPLOAD-Type", "A font must be WOFF, WOFF2, TrueType or OpenType"));
    }
    if let Some(t) = image_type(data) {
        return Ok(t);
    }
    if looks_like_svg(data) {
        svg_is_safe(data)?;
        return Ok("image/svg+xml");
    }
    Err(Error::invalid("UPLOAD-Type", "An image must be PNG, JPEG, GIF, WebP or SVG"))
}

fn image_type(d: &[u8]) -> Option<&'static str> {
    if d.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if d.starts_with(&[0xff, 0xd8, 0xff]) {
        Some("image/jpeg")
    } else if d.starts_with(b"GIF87a") || d.starts_with(b"GIF89a") {
        Some("image/gif")
    } else if d.len() >= 12 && &d[0..4] == b"RIFF" && &d[8..12] == b"WEBP" {
        Some("image/webp")
    } else {
        None
    }
}

fn font_type(d: &[u8]) -> Option<&'static str> {
    if d.starts_with(b"wOFF") {
        Some("font/woff")
    } else if d.starts_with(b"wOF2") {
        Some("font/woff2")
    } else if d.starts_with(&[0, 1, 0, 0]) || d.starts_with(b"true") {
        Some("font/ttf")
    } else if d.starts_with(b"OTTO") {
        Some("font/otf")
    } else {
        None
    }
}

fn looks_like_svg(d: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(d) else { return false };
    let text = text.trim_start_matches('\u{feff}').trim_start();
    (text.starts_with('<')) && text.to_ascii_lowercase().contains("<svg")
}

/// An SVG logo is shown with `<img>`, where scripts do not run, but the same URL opened directly is a document:
/// anything that can run code or pull in other content is refused (scripts, event handler attributes, foreign
/// objects, embedded documents, entity declarations, links other than fragment or image data URLs).
pub fn svg_is_safe(d: &[u8]) -> Result<()> {
    let text = String::from_utf8_lossy(d).to_ascii_lowercase();
    let refuse = |what: &str| Err(Error::invalid("UPLOAD-Svg", format!("SVG images must not contain {what}")));
    for (needle, what) in [
        ("<!entity", "entity declarations"),
        ("<!doctype", "document type declarations"),
        ("javascript:", "javascript: links"),
        // Character references could spell `javascript:` or an element name past the checks below.
        ("&#", "character references"),
    ] {
        if text.contains(needle) {
            return refuse(what);
        }
    }
    // Element names are compared without their namespace prefix: `<x:script xmlns:x="…svg">` is a script too.
    for name in element_names(&text) {
        let local = name.rsplit(':').next().unwrap_or(name);
        let what = match local {
            "script" => "scripts",
            "foreignobject" => "foreign objects",
            "iframe" | "embed" | "object" => "embedded documents",
            "handler" | "listener" => "event handlers",
            "set" | "animate" | "animatemotion" | "animatetransform" => "animations that change attributes",
            _ => continue,
        };
        return refuse(what);
    }
    if has_event_attribute(&text) {
        return refuse("event handler attributes");
    }
    let mut rest = text.as_str();
    while let Some(at) = rest.find("href") {
        let after = rest[at + 4..].trim_start();
        if let Some(value) = after.strip_prefix('=') {
            let value = value.trim_start().trim_start_matches(['"', '\'']).trim_start();
            if !(value.starts_with('#') || value.starts_with("data:image/png") || value.starts_with("data:image/jpeg"))
            {
                return refuse("links to other documents");
            }
        }
        rest = &rest[at + 4..];
    }
    Ok(())
}

/// ` onload=`, `/onclick =` and the like: an attribute whose name starts with `on` after whitespace or `/`.
/// The names of the elements opened or closed in `text` (lowercase), with any namespace prefix still on.
fn element_names(text: &str) -> impl Iterator<Item = &str> {
    text.split('<').skip(1).filter_map(|tag| {
        let tag = tag.strip_prefix('/').unwrap_or(tag);
        let end =
            tag.find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, ':' | '_' | '-' | '.'))).unwrap_or(tag.len());
        (end > 0).then(|| &tag[..end])
    })
}

fn has_event_attribute(text: &str) -> bool {
    let bytes = text.as_bytes();
    for i in 1..bytes.len().saturating_sub(2) {
        let before = bytes[i - 1];
        if !(before.is_ascii_whitespace() || before == b'/' || before == b':') || &bytes[i..i + 2] != b"on" {
            continue;
        }
        let mut j = i + 2;
        while j < bytes.len() && (bytes[j].is_ascii_alphanumeric() || bytes[j] == b'-' || bytes[j] == b'_') {
            j += 1;
        }
        while j < bytes.len() && bytes[j].is_ascii_whitespace() {
            j += 1;
        }
        if j > i + 2 && j < bytes.len() && bytes[j] == b'=' {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    const SVG: &str = r##"<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><defs><linearGradient id="g"/></defs><rect width="10" height="10" fill="url(#g)"/><use href="#g"/><text>only on weekdays</text></svg>"##;

    #[test]
    fn sniffs_types_and_ignores_the_name() {
        assert_eq!(check(Slot::Logo, b"\x89PNG\r\n\x1a\nrest").unwrap(), "image/png");
        assert_eq!(check(Slot::IconDark, &[0xff, 0xd8, 0xff, 0xe0]).unwrap(), "image/jpeg");
        assert_eq!(check(Slot::Logo, b"GIF89a..").unwrap(), "image/gif");
        assert_eq!(check(Slot::Logo, b"RIFF\0\0\0\0WEBPVP8 ").unwrap(), "image/webp");
        assert_eq!(check(Slot::Logo, SVG.as_bytes()).unwrap(), "image/svg+xml");
        assert_eq!(check(Slot::Font, b"wOF2....").unwrap(), "font/woff2");
        assert_eq!(check(Slot::Font, b"wOFF....").unwrap(), "font/woff");
        assert_eq!(check(Slot::Font, &[0, 1, 0, 0, 0, 9]).unwrap(), "font/ttf");
        assert!(check(Slot::Font, b"\x89PNG\r\n\x1a\n").unwrap_err().has_id("UPLOAD-Type"));
        assert!(check(Slot::Logo, b"wOF2....").unwrap_err().has_id("UPLOAD-Type"));
        assert!(check(Slot::Logo, b"<html><body>hi</body></html>").unwrap_err().has_id("UPLOAD-Type"));
        assert!(check(Slot::Logo, b"").unwrap_err().has_id("UPLOAD-Empty"));
        let big = vec![0u8; MAX_IMAGE_BYTES + 1];
        assert!(check(Slot::Logo, &big).unwrap_err().has_id("UPLOAD-Size"));
    }

    #[test]
    fn refuses_active_svg() {
        let bad = [
            r#"<svg><script>alert(1)</script></svg>"#,
            r#"<svg><SCRIPT href="x.js"/></svg>"#,
            r#"<svg onload="alert(1)"></svg>"#,
            r#"<svg><rect/onclick = "x"/></svg>"#,
            r#"<svg><foreignObject><div/></foreignObject></svg>"#,
            r#"<svg><a href="javascript:alert(1)">x</a></svg>"#,
            r#"<svg><image href="https://evil.example/x.png"/></svg>"#,
            r#"<svg><use xlink:href = 'other.svg#a'/></svg>"#,
            r#"<!DOCTYPE svg [<!ENTITY x "y">]><svg>&x;</svg>"#,
            r#"<svg><iframe src="/"/></svg>"#,
            r#"<svg><set attributeName="href" to="javascript:x"/></svg>"#,
            // Namespace prefixes, whitespace variants and character references must not hide any of the above.
            r#"<svg xmlns="http://www.w3.org/2000/svg"><x:script xmlns:x="http://www.w3.org/2000/svg">a()</x:script></svg>"#,
            r#"<svg><h:iframe xmlns:h="http://www.w3.org/1999/xhtml" src="/"/></svg>"#,
            r#"<svg><x:foreignObject/></svg>"#,
            "<svg><set\tattributeName=\"href\" to=\"x\"/></svg>",
            r#"<svg><a href="&#106;avascript:alert(1)">x</a></svg>"#,
            r#"<svg x:onload="a()"></svg>"#,
        ];
        for svg in bad {
            let e = check(Slot::Logo, svg.as_bytes()).unwrap_err();
            assert!(e.has_id("UPLOAD-Svg"), "{svg}");
        }
        assert!(svg_is_safe(SVG.as_bytes()).is_ok());
    }
}
