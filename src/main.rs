//! Gatehouse's hosted login and account app: a Leptos single-page app that talks to the Gatehouse server over
//! same-origin Connect JSON calls. The server keeps every session token to itself; this app only ever sees ids.

mod app;
mod branding;
mod client;
mod components;
mod flow;
mod focus;
mod i18n;
mod lazy;
mod links;
mod load;
mod locale;
mod pages;
mod password_rules;
mod reauth;
mod sessions;
mod user_agent;
mod webauthn;

fn main() {
    // Panics show up in the browser console with a Rust backtrace instead of "unreachable executed".
    console_error_panic_hook::set_once();
    // The messages of the page's language come first (one request; the server picks the language), so the first
    // paint is already in it. The theme stylesheet is linked into index.html by the server and loads meanwhile.
    wasm_bindgen_futures::spawn_local(async {
        locale::load().await;
        leptos::mount::mount_to_body(app::App);
    });
}
