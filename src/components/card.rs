use leptos::html::H1;
use leptos::prelude::*;

use crate::components::BrandLogo;
use crate::i18n::{page_title, t, Msg};

/// The page's one `<main>` card (`#main-content`, the skip link's target) with its `<h1>`. Sets the tab title and,
/// for screen-reader and keyboard users, moves focus to the heading when the page opens after a navigation (a
/// route change is silent otherwise). On the app's first page, pages whose first job is typing into a field
/// pass `focus_heading=false` and focus that field instead.
#[component]
pub fn Card(
    title: Msg,
    #[prop(default = true)] focus_heading: bool,
    /// Room for lists (sessions, mail) instead of a single narrow form.
    #[prop(optional)]
    wide: bool,
    children: Children,
) -> impl IntoView {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(&page_title(title));
    }
    let heading = NodeRef::<H1>::new();
    let page = crate::focus::page_opened();
    if focus_heading || page.navigated {
        Effect::new(move || {
            if let Some(heading) = heading.get() {
                // Focus can only fail for detached nodes; then there is nothing to announce anyway.
                let _ = heading.focus();
            }
        });
    }
    view! {
        <main id="main-content" class="card" class:card-wide=wide>
            <BrandLogo />
            <h1 id="page-title" tabindex="-1" node_ref=heading>
                {t(title)}
            </h1>
            {children()}
        </main>
    }
}
