//! The registration and login story with the keyboard only: Tab, Shift+Tab, Enter, Space and typing, sent as
//! WebDriver key actions (no clicks, no element-targeted typing). After every step focus must be where a keyboard
//! or screen-reader user needs it (the new page's heading, or the first field in error) and visibly drawn.

use fantoccini::key::Key;
use gatehouse_e2e::a11y::Focus;
use gatehouse_e2e::prelude::*;

const TAB: char = '\u{e004}';
const ENTER: char = '\u{e007}';
const SPACE: char = '\u{e00d}';
const CONTROL: char = '\u{e009}';

/// Tabs to the field `#id`, checks its focus ring, replaces its text with `text`.
async fn tab_and_type(browser: &Browser, id: &str, text: &str) -> Result<()> {
    let focus = browser.tab_to(id, 12).await?;
    ensure_visible(&focus)?;
    select_all(browser).await?;
    browser.type_text(text).await
}

/// Ctrl+A, so the next typing replaces the field's text.
async fn select_all(browser: &Browser) -> Result<()> {
    use fantoccini::actions::{InputSource, KeyAction, KeyActions};
    let actions = KeyActions::new("keyboard".to_owned())
        .then(KeyAction::Down { value: CONTROL })
        .then(KeyAction::Down { value: 'a' })
        .then(KeyAction::Up { value: 'a' })
        .then(KeyAction::Up { value: CONTROL });
    Ok(browser.client().perform_actions(actions).await?)
}

fn ensure_visible(focus: &Focus) -> Result<()> {
    ensure!(focus.focus_visible, "#{} has focus but does not match :focus-visible", focus.id);
    ensure!(
        focus.is_indicated(),
        "#{} shows no focus indicator (outline {:?}, box-shadow {:?})",
        focus.id,
        focus.outline,
        focus.box_shadow
    );
    Ok(())
}

/// After a navigation: the new page's heading has focus, so its title is announced.
async fn expect_heading_focus(browser: &Browser, path: &str) -> Result<()> {
    browser.wait_for_url(path).await?;
    browser.wait_for_focus("page-title").await.with_context(|| format!("focus after opening {path}"))?;
    Ok(())
}

/// Every element the page offers to Tab is reached by Tab, and focus leaves the page at the end (no trap).
async fn ensure_no_keyboard_trap(browser: &Browser) -> Result<()> {
    let tabbable = browser
        .client()
        .execute(
            "return [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')]\
               .filter(el => el.tabIndex >= 0 && !el.disabled && el.getClientRects().length > 0\
                 && getComputedStyle(el).visibility !== 'hidden').length;",
            vec![],
        )
        .await?
        .as_u64()
        .context("tabbable count")? as usize;
    // Start at the top: the skip link, the first stop of every page.
    browser.client().execute("document.getElementById('skip-link').focus();", vec![]).await?;
    let mut seen = vec!["a#skip-link".to_owned()];
    for _ in 0..tabbable + 3 {
        browser.press(&[TAB]).await?;
        let focus = browser.focused().await?;
        if focus.tag == "body" || focus.tag == "html" {
            break;
        }
        let name = format!("{}#{}", focus.tag, focus.id);
        // Headless chromium has no browser UI to tab into: after the last element focus wraps to the first.
        if name == seen[0] && seen.len() >= tabbable {
            break;
        }
        if seen.contains(&name) && !focus.id.is_empty() {
            bail!("keyboard trap: Tab came back to {name} after {seen:?}");
        }
        seen.push(name);
    }
    ensure!(
        seen.len() >= tabbable,
        "Tab reached {} of {tabbable} focusable elements before leaving the page: {seen:?}",
        seen.len()
    );
    Ok(())
}

#[tokio::test]
async fn register_verify_log_out_and_log_in_with_the_keyboard_only() -> Result<()> {
    let started = std::time::Instant::now();
    let server = TestServer::start().await?;
    let user = TestUser::new("kim");
    let browser = Browser::start(&server).await?;

    // Registration: the first page's heading has focus; every field is reached with Tab.
    browser.goto("/register").await?;
    browser.wait_for_focus("page-title").await?;
    ensure_no_keyboard_trap(&browser).await?;
    browser.goto("/register").await?;
    browser.wait_for_focus("page-title").await?;
    tab_and_type(&browser, "givenName", &user.given_name).await?;
    tab_and_type(&browser, "familyName", &user.family_name).await?;
    tab_and_type(&browser, "email", "kim-at-example").await?;
    tab_and_type(&browser, "password", &user.password).await?;
    tab_and_type(&browser, "passwordConfirm", &user.password).await?;
    // Shift+Tab goes back a field and Tab forward again.
    browser.press_shift_tab().await?;
    ensure!(browser.focused().await?.id == "password", "Shift+Tab from the confirmation reaches the password");
    browser.press(&[TAB]).await?;

    // Enter submits; the address is refused and focus lands on it, described by its error.
    browser.press(&[ENTER]).await?;
    let focus = browser.wait_for_focus("email").await.context("focus after a failed submit")?;
    ensure_visible(&focus)?;
    browser.wait_for_attr("#email", "aria-invalid", "true").await?;
    browser.wait_for_attr("#email", "aria-describedby", "email-error").await?;
    browser.wait_for("#email-error").await?;
    select_all(&browser).await?;
    browser.type_text(&user.email).await?;
    browser.press(&[ENTER]).await?;

    // Verification: the code from the mail, typed into the field Tab reaches.
    expect_heading_focus(&browser, "/verify?").await?;
    let code = server.verification_code_for(&user.email).await?;
    tab_and_type(&browser, "code", &code).await?;
    browser.press(&[ENTER]).await?;
    expect_heading_focus(&browser, "/signedin").await?;
    browser.wait_for_text("#signedin-user", &user.given_name).await?;

    // To the profile (Enter on a link), then log out (Space on a button).
    let focus = browser.tab_to("profile-link", 10).await?;
    ensure_visible(&focus)?;
    browser.press(&[ENTER]).await?;
    expect_heading_focus(&browser, "/profile").await?;
    browser.wait_for_text("#profile-username", &user.username).await?;
    let focus = browser.tab_to("logout", 60).await?;
    ensure_visible(&focus)?;
    browser.press(&[SPACE]).await?;
    expect_heading_focus(&browser, "/loginname?loggedOut=1").await?;

    // Log in: username, a wrong password (focus lands on the field with its error), the right one.
    // Self-registered users sign in with their email address (it is their username).
    tab_and_type(&browser, "loginName", &user.email).await?;
    browser.press(&[ENTER]).await?;
    expect_heading_focus(&browser, "/password?").await?;
    tab_and_type(&browser, "password", "not-the-password").await?;
    browser.press(&[ENTER]).await?;
    browser.wait_for("#password-error").await?;
    let focus = browser.wait_for_focus("password").await.context("focus after a wrong password")?;
    ensure_visible(&focus)?;
    browser.wait_for_attr("#password", "aria-invalid", "true").await?;
    select_all(&browser).await?;
    browser.type_text(&user.password).await?;
    browser.press(&[Key::Enter.into()]).await?;
    expect_heading_focus(&browser, "/signedin").await?;
    browser.tab_to("profile-link", 10).await?;
    browser.press(&[ENTER]).await?;
    expect_heading_focus(&browser, "/profile").await?;
    browser.wait_for_text("#profile-username", &user.username).await?;
    ensure_no_keyboard_trap(&browser).await?;
    println!("keyboard story in {:.1} s", started.elapsed().as_secs_f64());
    browser.close().await
}
