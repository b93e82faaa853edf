//! Pages outside the sign-in start come in wasm chunks on first use (src/lazy.rs): a chunk that cannot be fetched
//! shows the page-load error with a retry, not a blank page, and the sign-in start still works without any chunk.

use std::fs;
use std::path::Path;

use gatehouse_e2e::prelude::*;

/// Copies the built SPA into `to`, leaving out every wasm chunk (all wasm files but the main module's `_bg.wasm`,
/// with their precompressed copies).
fn copy_without_chunks(from: &Path, to: &Path) -> Result<usize> {
    let mut left_out = 0;
    for entry in fs::read_dir(from).with_context(|| format!("cannot read {}", from.display()))? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if entry.file_type()?.is_dir() {
            fs::create_dir_all(to.join(&name))?;
            left_out += copy_without_chunks(&entry.path(), &to.join(&name))?;
        } else if name.contains(".wasm") && !name.contains("_bg.wasm") {
            left_out += 1;
        } else {
            fs::copy(entry.path(), to.join(&name))?;
        }
    }
    Ok(left_out)
}

#[tokio::test]
async fn missing_page_chunk_shows_the_load_error() -> Result<()> {
    let spa = tempfile::Builder::new().prefix("gatehouse-spa-no-chunks-").tempdir()?;
    let left_out = copy_without_chunks(&TestServer::spa_dir(), spa.path())?;
    ensure!(left_out > 0, "the built SPA has no wasm chunks: is it split (cargo xtask test builds it so)?");
    let server = TestServer::start_with_spa(spa.path()).await?;
    let browser = Browser::start(&server).await?;

    // The login name step is in the main module.
    browser.goto("/loginname").await?;
    browser.wait_for("#loginName").await?;

    // Registration is not: its chunk is gone, so the page says so and offers to try again.
    browser.click("#register-link").await?;
    browser.wait_for_text(".load-failed[role=alert]", "could not be loaded").await?;
    browser.wait_for_text("#page-title", "could not be loaded").await?;
    browser.wait_for(".load-failed button").await?;

    // A deep link to a lazy page fails the same way.
    browser.goto("/profile").await?;
    browser.wait_for_text(".load-failed[role=alert]", "could not be loaded").await?;
    browser.close().await
}
