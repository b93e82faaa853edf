//! Gatehouse's hosted login and account app: a Leptos single-page app that talks to the Gatehouse server over
//! same-origin Connect JSON calls. The server keeps every session token to itself; this app only ever sees ids.

mod app;
mod branding;
mod client;
mod components;
mod flow;
mod focus;
mod i18n;
mod links;
mod load;
mod pages;
mod password_rules;
mod reauth;
mod sessions;
mod user_agent;
mod webauthn;

fn main() {
    // Panics show up in the browser console with a Rust backtrace instead of "unreachable executed".
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
