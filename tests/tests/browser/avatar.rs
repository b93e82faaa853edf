//! The profile picture: chosen with the file input (a real PNG from disk), previewed, saved, shown on the profile
//! and in the account chooser, refused in the user's words when too large or not a picture, then removed.

use std::io::Cursor;

use gatehouse_e2e::prelude::*;
use image::{ImageFormat, Rgba, RgbaImage};

/// A 600 x 300 picture: its centred square (x 150..450) green, a red strip left of it and a blue one right of it,
/// so a picture squashed instead of cropped would show red and blue edges.
fn landscape_png() -> Vec<u8> {
    let img = RgbaImage::from_fn(600, 300, |x, _| match x {
        0..150 => Rgba([220, 20, 20, 255]),
        150..450 => Rgba([20, 180, 20, 255]),
        _ => Rgba([20, 20, 220, 255]),
    });
    let mut png = Vec::new();
    img.write_to(&mut Cursor::new(&mut png), ImageFormat::Png).expect("encode png");
    png
}

async fn natural_width(browser: &Browser, css: &str) -> Result<u64> {
    let script = format!("const i = document.querySelector('{css}'); return i && i.complete ? i.naturalWidth : 0;");
    Ok(browser.client().execute(&script, vec![]).await?.as_u64().unwrap_or(0))
}

async fn wait_loaded(browser: &Browser, css: &str) -> Result<u64> {
    for _ in 0..100 {
        let width = natural_width(browser, css).await?;
        if width > 0 {
            return Ok(width);
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    browser.wait_for("#never-there-picture-did-not-load").await?;
    unreachable!()
}

#[tokio::test]
async fn avatar_upload_preview_accounts_and_removal() -> Result<()> {
    let server = TestServer::start().await?;
    let api = server.api()?;
    let user = TestUser::new("pia");
    let user_id = api.add_human_user(&user, true).await?;
    let dir = tempfile::tempdir()?;
    let png_path = dir.path().join("holiday.png");
    std::fs::write(&png_path, landscape_png())?;
    let big_path = dir.path().join("huge.png");
    std::fs::write(&big_path, vec![0u8; 6 * 1024 * 1024])?;
    let text_path = dir.path().join("notes.png");
    std::fs::write(&text_path, "these are my notes, not a picture")?;

    let browser = Browser::start(&server).await?;
    browser.login_as(&user.username, &user.password).await?;
    browser.goto("/profile").await?;
    // No picture yet: initials.
    browser.wait_for_text_eq("span#profile-avatar", "PT").await?;
    browser.wait_for("span#avatar-current").await?;
    ensure!(browser.find_all("#avatar-remove").await?.is_empty(), "nothing to remove yet");

    // Too large: refused in the page, next to the input, before anything is sent.
    browser.wait_for("#avatar-file").await?.send_keys(&big_path.display().to_string()).await?;
    browser.wait_for_text("#avatar-error", "too large").await?;
    browser.wait_for_attr("#avatar-file", "aria-invalid", "true").await?;
    ensure!(browser.find_all("#avatar-save").await?.is_empty(), "no save for a refused file");

    // Not a picture (named .png): the server sniffs it and refuses.
    browser.wait_for("#avatar-file").await?.send_keys(&text_path.display().to_string()).await?;
    browser.wait_for_absent("#avatar-error").await?;
    browser.click("#avatar-save").await?;
    browser.wait_for_text("#avatar-error", "not a picture").await?;
    browser.click("#avatar-cancel").await?;
    browser.wait_for_absent("#avatar-save").await?;

    // The real picture: previewed from the file, then saved.
    browser.wait_for("#avatar-file").await?.send_keys(&png_path.display().to_string()).await?;
    let preview = browser.attr("img#avatar-current", "src").await?.unwrap_or_default();
    ensure!(
        preview.starts_with("data:image/png;base64,"),
        "the preview shows the chosen file: {}",
        &preview[..preview.len().min(40)]
    );
    ensure!(wait_loaded(&browser, "img#avatar-current").await? == 600, "the preview is the file as chosen");
    browser.screenshot("avatar-preview").await?;
    browser.click("#avatar-save").await?;
    browser.wait_for_text("#avatar-status", "saved").await?;
    browser.wait_for_absent("#avatar-error").await?;
    let stored = api.user(&user_id).await?;
    let url = stored["human"]["profile"]["avatarUrl"].as_str().unwrap_or_default().to_owned();
    ensure!(url.contains(&format!("/assets/v1/users/{user_id}/avatar?v=")), "avatarUrl: {stored}");
    browser.wait_for_attr("img#profile-avatar", "src", &url).await?;
    ensure!(wait_loaded(&browser, "img#profile-avatar").await? == 256, "the server's square, 256 px");
    // The stored square is the centred square of the picture: green from edge to edge.
    let png = reqwest::get(&url).await?.bytes().await?;
    let stored_img = image::load_from_memory_with_format(&png, ImageFormat::Png)?.to_rgba8();
    ensure!(stored_img.dimensions() == (256, 256));
    for x in [0, 128, 255] {
        let [r, g, b, _] = stored_img.get_pixel(x, 128).0;
        ensure!(g > 150 && r < 60 && b < 60, "pixel {x} is {r},{g},{b}: not the centred square");
    }
    browser.screenshot("avatar-saved").await?;
    // Reloaded, the page still shows it.
    browser.refresh().await?;
    ensure!(wait_loaded(&browser, "img#profile-avatar").await? == 256);
    browser.wait_for("#avatar-remove").await?;

    // The account chooser shows it too.
    browser.goto("/accounts").await?;
    let chooser = "#account-list img.avatar";
    browser.wait_for(chooser).await?;
    ensure!(wait_loaded(&browser, chooser).await? == 256, "the chooser's picture loaded");
    browser.screenshot("avatar-accounts").await?;

    // Removed: initials again, on the profile and in the chooser.
    browser.goto("/profile").await?;
    browser.click("#avatar-remove").await?;
    browser.wait_for_text("#avatar-status", "removed").await?;
    browser.wait_for_text_eq("span#profile-avatar", "PT").await?;
    let stored = api.user(&user_id).await?;
    ensure!(stored["human"]["profile"]["avatarUrl"].is_null(), "avatarUrl after removal: {stored}");
    browser.goto("/accounts").await?;
    browser.wait_for("#account-list span.avatar").await?;
    ensure!(browser.find_all(chooser).await?.is_empty(), "no picture left in the chooser");
    browser.close().await
}
