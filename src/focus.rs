//! Where keyboard and screen-reader focus goes when the page changes under the user: to the new step's heading
//! after a navigation, to the first field in error after a failed submit. Without this a route change or an
//! error is silent, and focus is left on a button that may no longer exist.

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// How many pages (cards) have opened since the app started. The first page may focus a field (someone who
/// opens the login types their name straight away); every later one is a navigation and focuses its heading.
static PAGES_OPENED: AtomicUsize = AtomicUsize::new(0);

/// Given to a page's fields by its card.
#[derive(Clone, Copy)]
pub struct PageFocus {
    /// The page opened by navigating from another page (not the app's first page).
    pub navigated: bool,
    /// True while the page renders for the first time; fields created later (a form the user opened) may
    /// always take focus.
    opening: StoredValue<bool>,
}

/// Called once per opened page (by `Card`), during its first render.
pub fn page_opened() -> PageFocus {
    let navigated = PAGES_OPENED.fetch_add(1, Ordering::Relaxed) > 0;
    let opening = StoredValue::new(true);
    // Effects run after the render, so fields created by it still see `opening`.
    Effect::new(move || opening.set_value(false));
    let focus = PageFocus { navigated, opening };
    provide_context(focus);
    focus
}

/// Whether a field that asks for autofocus may take it. Not while a page reached by navigation opens: then
/// the heading has focus, so the change of page is announced. A field that appears later (the user opened a
/// form) or on the app's first page may.
pub fn may_autofocus() -> bool {
    use_context::<PageFocus>().is_none_or(|p| !p.navigated || !p.opening.get_value())
}

/// After the current render: focuses the first field marked `aria-invalid="true"` in the form around `inside`
/// (or `inside` itself when it is not in a form), so a failed submit takes the user to what needs fixing.
pub fn focus_first_error(inside: web_sys::HtmlElement) {
    request_animation_frame(move || {
        let first = inside
            .closest("form")
            .ok()
            .flatten()
            .and_then(|form| form.query_selector("[aria-invalid=\"true\"]").ok().flatten())
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
        match first {
            Some(field) => focus_unless_focused(&field),
            None if inside.get_attribute("aria-invalid").as_deref() == Some("true") => focus_unless_focused(&inside),
            None => {}
        }
    });
}

/// After the current render: focuses a form-level error (`tabindex="-1"`) when no field of its form is in
/// error, so the user hears and sees why the submit failed.
pub fn focus_form_error(banner: web_sys::HtmlElement) {
    request_animation_frame(move || {
        let field_in_error = banner
            .closest("form")
            .ok()
            .flatten()
            .and_then(|form| form.query_selector("[aria-invalid=\"true\"]").ok().flatten())
            .is_some();
        if !field_in_error && banner.is_connected() {
            focus_unless_focused(&banner);
        }
    });
}

fn focus_unless_focused(element: &web_sys::HtmlElement) {
    let active = web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element());
    if active.as_ref() != Some(element.unchecked_ref()) {
        // Fails only for detached nodes; nothing to focus then.
        let _ = element.focus();
    }
}

/// "Skip to main content": the first thing Tab reaches, shown only while focused. It moves focus to the page's
/// heading (the start of `<main>`), past whatever the page puts before it (language switcher, logo).
#[component]
pub fn SkipLink() -> impl IntoView {
    let skip = move |ev: leptos::ev::MouseEvent| {
        // Handled here rather than by the browser's fragment navigation, which the router would treat as a route.
        ev.prevent_default();
        let document = web_sys::window().and_then(|w| w.document());
        let target = document
            .and_then(|d| d.get_element_by_id("page-title").or_else(|| d.get_element_by_id("main-content")))
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(target) = target {
            let _ = target.focus();
        }
    };
    view! {
        <a id="skip-link" class="skip-link" href="#main-content" on:click=skip>
            {crate::i18n::t(crate::i18n::Msg::SkipToContent)}
        </a>
    }
}
