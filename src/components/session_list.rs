use gatehouse_api::json::Timestamp;
use gatehouse_api::session::Session;
use leptos::prelude::*;

use crate::i18n::{browser_on_os, format_ago, format_timestamp, login_on_device, t, Msg};
use crate::user_agent::browser_and_os;

/// Sessions as a list (`ul#session-list > li.session`); `data-current="true"` marks this browser's session.
/// With `on_end`, each session gets its own sign-out button (`button.logout-session`).
#[component]
pub fn SessionList(
    sessions: Vec<Session>,
    /// This browser's session, if it is in the list.
    #[prop(optional)]
    current: Option<String>,
    /// Show whose session it is (the /logout page lists several accounts).
    #[prop(optional)]
    show_user: bool,
    #[prop(optional)] on_end: Option<Callback<String>>,
    /// Show the IP address each session signed in from (the account centre).
    #[prop(optional)]
    show_ip: bool,
    #[prop(into, optional)] busy: Signal<bool>,
) -> impl IntoView {
    if sessions.is_empty() {
        return view! { <p class="muted">{t(Msg::NoSessions)}</p> }.into_any();
    }
    let items = sessions
        .into_iter()
        .map(|session| {
            let is_current = current.as_deref() == Some(session.id.as_str());
            let device = device_name(&session);
            let ip = session.user_agent.as_ref().and_then(|agent| agent.ip.clone()).filter(|_| show_ip);
            let user = session.factors.as_ref().and_then(|factors| factors.user.clone());
            let end_button = on_end.map(|on_end| {
                let id = session.id.clone();
                view! {
                    <button
                        type="button"
                        class="button secondary small logout-session"
                        disabled=move || busy.get()
                        on:click=move |_| on_end.run(id.clone())
                    >
                        {t(Msg::EndSession)}
                    </button>
                }
            });
            view! {
                <li class="session" data-current=is_current.to_string() data-session-id=session.id.clone()>
                    <div class="session-details">
                        <p class="session-title">
                            <span class="session-name">
                                {if show_user {
                                    user.as_ref().map(|user| user.display_name.clone()).unwrap_or_default()
                                } else {
                                    device.clone()
                                }}
                            </span>
                            {is_current.then(|| view! { <span class="badge badge-accent">{t(Msg::ThisBrowser)}</span> })}
                        </p>
                        {show_user
                            .then(|| {
                                let login = user.as_ref().map(|user| user.login_name.clone()).unwrap_or_default();
                                view! { <p class="session-sub muted">{login_on_device(&login, &device)}</p> }
                            })}
                        <dl class="session-times">
                            <SessionTime label=Msg::SessionCreated at=session.creation_date />
                            <SessionTime label=Msg::SessionLastActive at=session.change_date />
                            {ip.map(|ip| view! { <div><dt>{t(Msg::SessionIp)}</dt><dd class="session-ip">{ip}</dd></div> })}
                        </dl>
                    </div>
                    {end_button}
                </li>
            }
        })
        .collect_view();
    view! { <ul id="session-list" class="session-list">{items}</ul> }.into_any()
}

#[component]
fn SessionTime(label: Msg, at: Option<Timestamp>) -> impl IntoView {
    at.map(|at| {
        view! {
            <div>
                <dt>{t(label)}</dt>
                <dd>
                    <time datetime=machine_readable(&at) title=format_timestamp(&at)>{when(label, &at)}</time>
                </dd>
            </div>
        }
    })
}

/// Last activity reads best as "3 minutes ago"; creation as a date (the exact time is in the tooltip either way).
fn when(label: Msg, at: &Timestamp) -> String {
    if label == Msg::SessionLastActive {
        format_ago(at)
    } else {
        format_timestamp(at)
    }
}

/// The `datetime` attribute value (ISO 8601), via the browser rather than chrono's formatter to keep the wasm small.
fn machine_readable(at: &Timestamp) -> String {
    js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at.timestamp_millis() as f64)).to_iso_string().into()
}

/// "Firefox on Linux" from the session's user agent; its raw description when that is not a browser's.
fn device_name(session: &Session) -> String {
    let description = session.user_agent.as_ref().and_then(|agent| agent.description.as_deref()).unwrap_or_default();
    match browser_and_os(description) {
        Some((browser, os)) => browser_on_os(browser, os),
        None if !description.is_empty() => description.to_owned(),
        None => t(Msg::UnknownDevice).to_owned(),
    }
}
