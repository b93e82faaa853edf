//! "Confirm it's you". The server refuses sensitive changes (email, phone, sign-in methods, other sessions, account
//! deletion) with [`REAUTH_REQUIRED`] when the session's last password or passkey check is older than its window.
//! [`crate::client`] hands such an answer here instead of to the page: the mounted
//! [`ReauthDialog`](crate::components::ReauthDialog) asks for the password (or a passkey), re-checks the session,
//! and the same request is sent again. The page that made the change stays as it was, with what the user typed.

use std::cell::RefCell;

use gatehouse_api::ApiError;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

pub use gatehouse_api::account::REAUTH_REQUIRED;

thread_local! {
    /// The mounted dialog's "open" switch; `None` while no dialog is mounted.
    static DIALOG: RefCell<Option<RwSignal<bool>>> = const { RefCell::new(None) };
    /// Requests waiting for the dialog's outcome: each promise's `resolve`.
    static WAITING: RefCell<Vec<js_sys::Function>> = const { RefCell::new(Vec::new()) };
}

pub fn is_required(error: &ApiError) -> bool {
    error.id == REAUTH_REQUIRED
}

/// Shows the dialog and waits until the user confirmed (`true`) or cancelled (`false`). Several requests refused at
/// once share one dialog. Without a mounted dialog, `false`: the caller reports the refusal.
pub async fn confirm() -> bool {
    let Some(open) = DIALOG.with(|d| *d.borrow()) else { return false };
    let mut resolve = None;
    let promise = js_sys::Promise::new(&mut |res, _| resolve = Some(res));
    let Some(resolve) = resolve else { return false };
    WAITING.with(|w| w.borrow_mut().push(resolve));
    open.set(true);
    wasm_bindgen_futures::JsFuture::from(promise).await.ok().and_then(|v| v.as_bool()).unwrap_or(false)
}

/// The dialog registers its switch while mounted.
pub fn register(open: RwSignal<bool>) {
    DIALOG.with(|d| *d.borrow_mut() = Some(open));
}

pub fn unregister() {
    DIALOG.with(|d| *d.borrow_mut() = None);
    settle(false);
}

/// Answers every waiting request: `true` sends them again, `false` gives them the refusal.
pub fn settle(confirmed: bool) {
    for resolve in WAITING.with(|w| std::mem::take(&mut *w.borrow_mut())) {
        // Resolving a promise cannot fail in a way we could act on.
        let _ = resolve.call1(&JsValue::NULL, &JsValue::from_bool(confirmed));
    }
}
