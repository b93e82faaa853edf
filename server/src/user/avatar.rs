//! Avatars, the ZITADEL way: the Assets API `POST /assets/v1/users/me/avatar` (multipart field `file`),
//! `GET /assets/v1/users/{userId}/avatar`, `DELETE /assets/v1/users/me/avatar`, and `profile.avatarUrl` in v2 user
//! answers. Gatehouse also accepts a user id in place of `me` for writes: a browser may have several accounts signed
//! in, and admins manage the users of their orgs.
//!
//! An upload is never stored as sent: its type is sniffed from the bytes (PNG, JPEG, GIF, WebP; never SVG), it is
//! decoded within size limits, cropped to a centred square, scaled down to [`SIZE`] px and re-encoded as PNG, so only
//! pixels survive (no EXIF/GPS or other metadata, nothing a browser could sniff into a script).

use std::io::Cursor;

use axum::extract::multipart::MultipartRejection;
use axum::extract::{DefaultBodyLimit, Multipart, Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};
use serde_json::json;
use sha2::{Digest, Sha256};

use super::access::{require, Access};
use super::{commands, store, UserRecord};
use crate::auth::{Caller, Principal};
use crate::clock::to_db;
use crate::error::{Error, Result};
use crate::rpc::{error_response, Form};
use crate::AppState;

/// The largest upload accepted (a phone photo fits).
pub const MAX_UPLOAD_BYTES: usize = 5 * 1024 * 1024;
/// Side of the stored square, in pixels; smaller squares stay as they are.
pub const SIZE: u32 = 256;
/// Larger images are refused before their pixels are allocated (a small file can claim huge dimensions).
const MAX_SIDE: u32 = 8192;
const MAX_DECODE_BYTES: u64 = 192 * 1024 * 1024;

pub fn routes(r: Router<AppState>) -> Router<AppState> {
    r.route(
        "/assets/v1/users/{user}/avatar",
        get(download).post(upload).delete(remove).layer(DefaultBodyLimit::max(MAX_UPLOAD_BYTES + 64 * 1024)),
    )
}

/// The URL v2 user answers carry: versioned by the picture's hash, so it can be cached for good.
pub fn url(state: &AppState, user: &UserRecord) -> Option<String> {
    let hash = user.avatar_hash.as_deref().filter(|h| !h.is_empty())?;
    let base = state.public_url.as_str().trim_end_matches('/');
    Some(format!("{base}/assets/v1/users/{}/avatar?v={}", user.id, &hash[..hash.len().min(32)]))
}

/// The image format the bytes really are, if it is one we take. The declared type and file name are ignored.
pub fn sniff(data: &[u8]) -> Result<ImageFormat> {
    if data.is_empty() {
        return Err(Error::invalid("UPLOAD-Empty", "The file is empty"));
    }
    if data.len() > MAX_UPLOAD_BYTES {
        return Err(too_large());
    }
    if data.starts_with(b"\x89PNG\r\n\x1a\n") {
        Ok(ImageFormat::Png)
    } else if data.starts_with(&[0xff, 0xd8, 0xff]) {
        Ok(ImageFormat::Jpeg)
    } else if data.starts_with(b"GIF87a") || data.starts_with(b"GIF89a") {
        Ok(ImageFormat::Gif)
    } else if data.len() >= 12 && &data[0..4] == b"RIFF" && &data[8..12] == b"WEBP" {
        Ok(ImageFormat::WebP)
    } else {
        Err(Error::invalid("UPLOAD-Type", "A picture must be a PNG, JPEG, GIF or WebP image"))
    }
}

fn too_large() -> Error {
    Error::invalid("UPLOAD-Size", format!("The picture is larger than {} MiB", MAX_UPLOAD_BYTES / (1024 * 1024)))
}

fn unreadable() -> Error {
    Error::invalid("UPLOAD-Decode", "The picture could not be read")
}

/// Sniff, decode (the first frame of an animation; turned upright by its EXIF orientation), crop to the centred
/// square, scale down to [`SIZE`], encode as PNG. CPU-bound: call it off the async executor.
pub fn process(data: &[u8]) -> Result<Vec<u8>> {
    let format = sniff(data)?;
    let mut reader = ImageReader::with_format(Cursor::new(data), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(|_| unreadable())?;
    let orientation = decoder.orientation().map_err(|_| unreadable())?;
    let mut img = DynamicImage::from_decoder(decoder).map_err(|_| unreadable())?;
    img.apply_orientation(orientation);
    let img = square(img);
    let mut png = Vec::new();
    DynamicImage::ImageRgba8(img.to_rgba8())
        .write_to(&mut Cursor::new(&mut png), ImageFormat::Png)
        .map_err(|e| Error::internal(format!("avatar encoding: {e}")))?;
    Ok(png)
}

/// The centred square of `img`, at most [`SIZE`] px on a side.
pub fn square(img: DynamicImage) -> DynamicImage {
    let (w, h) = (img.width(), img.height());
    let side = w.min(h);
    let cropped = img.crop_imm((w - side) / 2, (h - side) / 2, side, side);
    if side > SIZE {
        cropped.resize_exact(SIZE, SIZE, image::imageops::FilterType::Lanczos3)
    } else {
        cropped
    }
}

pub fn hash_hex(data: &[u8]) -> String {
    Sha256::digest(data).iter().map(|b| format!("{b:02x}")).collect()
}

/// Connect-style error bodies for clients that speak Connect (the SPA), REST ones for everyone else.
fn form(headers: &HeaderMap) -> Form {
    if headers.contains_key("connect-protocol-version") {
        Form::Connect
    } else {
        Form::Rest
    }
}

fn answer(headers: &HeaderMap, result: Result<Response>) -> Response {
    let mut response = result.unwrap_or_else(|e| error_response(form(headers), &e.to_api()));
    response.headers_mut().entry(header::CACHE_CONTROL).or_insert(HeaderValue::from_static("no-store"));
    response
}

/// `me` is the caller's own account: the token's user, or the one account signed in on this browser.
async fn target(state: &AppState, caller: &Caller, who: &str) -> Result<UserRecord> {
    let id = if who == "me" {
        match (caller.user_id(), &caller.principal) {
            (Some(id), _) => id.to_owned(),
            (None, Principal::Browser) => only_browser_user(state, caller).await?,
            (None, _) => return Err(Error::unauthenticated("AUTH-Ax9Dk", "Token is invalid or expired")),
        }
    } else {
        who.to_owned()
    };
    let user = store::get(state, &id).await?;
    if !user.is_human() {
        return Err(Error::invalid("USER-Avatar-Machine", "Only human users have avatars"));
    }
    Ok(user)
}

async fn only_browser_user(state: &AppState, caller: &Caller) -> Result<String> {
    let Some(browser) = caller.browser() else { return Err(Error::denied()) };
    let mut ids: Vec<String> =
        browser.users(state).await?.into_iter().filter(|u| u.password_checked).map(|u| u.user_id).collect();
    ids.sort();
    ids.dedup();
    match ids.len() {
        0 => Err(Error::unauthenticated("AUTH-Browser-NoUser", "No account is signed in on this browser")),
        1 => Ok(ids.remove(0)),
        _ => Err(Error::invalid(
            "USER-Avatar-Which",
            "Several accounts are signed in on this browser: use /assets/v1/users/{userId}/avatar",
        )),
    }
}

async fn upload(
    State(state): State<AppState>,
    Path(who): Path<String>,
    headers: HeaderMap,
    caller: Result<Caller>,
    form: Result<Multipart, MultipartRejection>,
) -> Response {
    let result = async {
        let caller = caller?;
        let user = target(&state, &caller, &who).await?;
        require(&state, &caller, &user, Access::SelfService).await?;
        let mut form = form.map_err(|e| {
            Error::invalid("UPLOAD-3kf8s", format!("The upload must be multipart/form-data: {}", e.body_text()))
        })?;
        let mut data = None;
        while let Some(field) = form.next_field().await.map_err(crate::branding::assets::bad_upload)? {
            if field.name() == Some("file") {
                data = Some(field.bytes().await.map_err(crate::branding::assets::bad_upload)?);
                break;
            }
        }
        let data =
            data.ok_or_else(|| Error::invalid("UPLOAD-3kf8s", "The upload needs a multipart field named file"))?;
        let png = tokio::task::spawn_blocking(move || process(&data)).await??;
        let sequence = store_avatar(&state, &user, &png, caller.user_id()).await?;
        Ok(written(&state, &user, sequence))
    }
    .await;
    answer(&headers, result)
}

fn written(state: &AppState, user: &UserRecord, sequence: u64) -> Response {
    Json(json!({"details": {
        "sequence": sequence.to_string(),
        "changeDate": state.now(),
        "resourceOwner": user.org_id,
    }}))
    .into_response()
}

async fn store_avatar(state: &AppState, user: &UserRecord, png: &[u8], creator: Option<&str>) -> Result<u64> {
    let hash = hash_hex(png);
    let mut tx = state.db.begin().await?;
    sqlx::query(
        "INSERT INTO user_avatars (user_id, content_type, image, changed_at, hash) VALUES ($1, 'image/png', $2, $3, $4)
         ON CONFLICT (user_id) DO UPDATE SET content_type = excluded.content_type, image = excluded.image,
           changed_at = excluded.changed_at, hash = excluded.hash",
    )
    .bind(&user.id)
    .bind(png)
    .bind(to_db(state.now()))
    .bind(&hash)
    .execute(&mut *tx)
    .await?;
    let sequence = commands::touch(state, &mut tx, user, "user.human.avatar.added", creator, json!({})).await?;
    tx.commit().await?;
    Ok(sequence)
}

async fn remove(
    State(state): State<AppState>,
    Path(who): Path<String>,
    headers: HeaderMap,
    caller: Result<Caller>,
) -> Response {
    let result = async {
        let caller = caller?;
        let user = target(&state, &caller, &who).await?;
        require(&state, &caller, &user, Access::SelfService).await?;
        let mut tx = state.db.begin().await?;
        let removed =
            sqlx::query("DELETE FROM user_avatars WHERE user_id = $1").bind(&user.id).execute(&mut *tx).await?;
        if removed.rows_affected() == 0 {
            return Err(no_avatar());
        }
        let sequence =
            commands::touch(&state, &mut tx, &user, "user.human.avatar.removed", caller.user_id(), json!({})).await?;
        tx.commit().await?;
        Ok(written(&state, &user, sequence))
    }
    .await;
    answer(&headers, result)
}

fn no_avatar() -> Error {
    Error::not_found("USER-Avatar-None", "The user has no avatar")
}

#[derive(serde::Deserialize)]
struct Version {
    v: Option<String>,
}

/// A URL with the current version (`?v=`, from `avatarUrl`) is public and immutable: only someone who could read the
/// user was given it, as with ZITADEL's asset URLs, and the login's account chooser shows it in `<img>`. Without
/// it, the caller must be allowed to see the user (a browser with a session of theirs, the user, an admin).
async fn download(
    State(state): State<AppState>,
    Path(who): Path<String>,
    Query(version): Query<Version>,
    headers: HeaderMap,
    caller: Result<Caller>,
) -> Response {
    let result = async {
        if let Some(v) = version.v.filter(|v| !v.is_empty() && who != "me") {
            if let Some((hash, data)) = read(&state, &who).await? {
                if crate::crypto::constant_time_eq(&hash[..hash.len().min(v.len())], &v) && v.len() >= 16 {
                    return Ok(picture(data, "public, max-age=31536000, immutable", &hash));
                }
            }
        }
        let caller = caller?;
        let user = target(&state, &caller, &who).await?;
        require(&state, &caller, &user, Access::BrowserSession).await?;
        let (hash, data) = read(&state, &user.id).await?.ok_or_else(no_avatar)?;
        Ok(picture(data, "private, no-cache", &hash))
    }
    .await;
    answer(&headers, result)
}

async fn read(state: &AppState, user_id: &str) -> Result<Option<(String, Vec<u8>)>> {
    let row: Option<(String, Vec<u8>)> = sqlx::query_as("SELECT hash, image FROM user_avatars WHERE user_id = $1")
        .bind(user_id)
        .fetch_optional(&state.db.read)
        .await?;
    Ok(row)
}

fn picture(data: Vec<u8>, cache: &'static str, hash: &str) -> Response {
    let mut response = data.into_response();
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("image/png"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static("default-src 'none'; sandbox"));
    if let Ok(v) = HeaderValue::from_str(&format!("\"{hash}\"")) {
        h.insert(header::ETAG, v);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{Rgba, RgbaImage};

    fn encode(img: RgbaImage, format: ImageFormat) -> Vec<u8> {
        let mut out = Vec::new();
        let img = if format == ImageFormat::Jpeg {
            DynamicImage::ImageRgb8(DynamicImage::ImageRgba8(img).to_rgb8())
        } else {
            DynamicImage::ImageRgba8(img)
        };
        img.write_to(&mut Cursor::new(&mut out), format).unwrap();
        out
    }

    /// Left third red, middle green, right third blue: the centred square must be all green-ish.
    fn stripes(w: u32, h: u32) -> RgbaImage {
        RgbaImage::from_fn(w, h, |x, _| match x * 3 / w {
            0 => Rgba([255, 0, 0, 255]),
            1 => Rgba([0, 255, 0, 255]),
            _ => Rgba([0, 0, 255, 255]),
        })
    }

    fn decode(png: &[u8]) -> RgbaImage {
        assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"));
        image::load_from_memory_with_format(png, ImageFormat::Png).unwrap().to_rgba8()
    }

    #[test]
    fn crops_the_centred_square_and_scales_down() {
        let out = decode(&process(&encode(stripes(900, 300), ImageFormat::Png)).unwrap());
        assert_eq!(out.dimensions(), (SIZE, SIZE));
        for x in [0, SIZE / 2, SIZE - 1] {
            assert_eq!(out.get_pixel(x, SIZE / 2).0[1], 255, "the middle stripe, column {x}");
        }
        // Portrait: the middle rows.
        let tall = RgbaImage::from_fn(40, 120, |_, y| {
            if (40..80).contains(&y) {
                Rgba([9, 9, 9, 255])
            } else {
                Rgba([200, 0, 0, 255])
            }
        });
        let out = decode(&process(&encode(tall, ImageFormat::Png)).unwrap());
        assert_eq!(out.dimensions(), (40, 40), "small squares are not scaled up");
        assert_eq!(out.get_pixel(0, 0).0, [9, 9, 9, 255]);
    }

    #[test]
    fn takes_jpeg_gif_and_webp_and_answers_png() {
        for format in [ImageFormat::Jpeg, ImageFormat::Gif, ImageFormat::WebP] {
            let out = decode(&process(&encode(stripes(600, 600), format)).unwrap());
            assert_eq!(out.dimensions(), (SIZE, SIZE), "{format:?}");
        }
    }

    #[test]
    fn strips_metadata() {
        // A JPEG with an EXIF segment (APP1) carrying a GPS-ish marker: the PNG written keeps only pixels.
        let jpeg = encode(stripes(64, 64), ImageFormat::Jpeg);
        let mut with_exif = jpeg[..2].to_vec();
        let exif = b"Exif\0\0MM\0*\0\0\0\x08\0\0GPSLatitude=47.3769";
        with_exif.extend_from_slice(&[0xff, 0xe1]);
        with_exif.extend_from_slice(&((exif.len() + 2) as u16).to_be_bytes());
        with_exif.extend_from_slice(exif);
        with_exif.extend_from_slice(&jpeg[2..]);
        let png = process(&with_exif).unwrap();
        assert!(!png.windows(11).any(|w| w == b"GPSLatitude"));
        assert!(!png.windows(4).any(|w| w == b"eXIf" || w == b"tEXt" || w == b"iTXt" || w == b"zTXt"));
    }

    #[test]
    fn refuses_what_is_not_a_picture() {
        let svg =
            br#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>"#;
        assert!(process(svg).unwrap_err().has_id("UPLOAD-Type"));
        assert!(process(b"<html>hi</html>").unwrap_err().has_id("UPLOAD-Type"));
        assert!(process(b"").unwrap_err().has_id("UPLOAD-Empty"));
        // The right magic bytes on something that is not a PNG.
        assert!(process(b"\x89PNG\r\n\x1a\nnot really").unwrap_err().has_id("UPLOAD-Decode"));
        let big = vec![0xffu8; MAX_UPLOAD_BYTES + 1];
        assert!(process(&big).unwrap_err().has_id("UPLOAD-Size"));
    }

    #[test]
    fn refuses_huge_dimensions_before_decoding() {
        // A valid PNG header claiming 20000 x 20000 pixels: refused by the limits, not allocated.
        let mut png = encode(RgbaImage::new(1, 1), ImageFormat::Png);
        png[16..20].copy_from_slice(&20000u32.to_be_bytes());
        png[20..24].copy_from_slice(&20000u32.to_be_bytes());
        // Fix the IHDR CRC so the decoder gets as far as the dimensions.
        let crc = crc32(&png[12..29]);
        png[29..33].copy_from_slice(&crc.to_be_bytes());
        assert!(process(&png).unwrap_err().has_id("UPLOAD-Decode"));
    }

    fn crc32(data: &[u8]) -> u32 {
        let mut crc = 0xffff_ffffu32;
        for &b in data {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = if crc & 1 == 1 { (crc >> 1) ^ 0xedb8_8320 } else { crc >> 1 };
            }
        }
        !crc
    }
}
