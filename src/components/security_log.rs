//! The account centre's security log (`ul#security-log > li.security-event[data-type]`): recent sign-ins and
//! sign-outs (each with its device and address), failed attempts and changes, from the server's event store. Event
//! types this page does not know are shown as they are.

use gatehouse_api::account::{ListSecurityEvents, ListSecurityEventsRequest, SecurityEvent};
use leptos::prelude::*;

use crate::client;
use crate::i18n::{format_timestamp, t, Msg};
use crate::load::Load;
use crate::user_agent::browser_and_os;

#[component]
pub fn SecurityLog(user_id: String) -> impl IntoView {
    let events = Load::new(move || {
        let request = ListSecurityEventsRequest { user_id: user_id.clone(), limit: Some(30) };
        async move { client::call::<ListSecurityEvents>(&request).await.map(|answer| answer.events) }
    });
    events.view(|list| {
        if list.is_empty() {
            return view! { <p class="muted">{t(Msg::SecurityLogEmpty)}</p> }.into_any();
        }
        let items = list.into_iter().map(|event| view! { <EventItem event /> }).collect_view();
        view! { <ul id="security-log" class="security-log">{items}</ul> }.into_any()
    })
}

#[component]
fn EventItem(event: SecurityEvent) -> impl IntoView {
    let label = match event_label(&event.kind) {
        Some(msg) => t(msg).to_owned(),
        None => event.kind.clone(),
    };
    let label = match &event.detail {
        Some(detail) => format!("{label}: {detail}"),
        None => label,
    };
    let device = event.user_agent.as_deref().and_then(browser_and_os).map(|(b, o)| crate::i18n::browser_on_os(b, o));
    let meta: Vec<String> =
        [event.creation_date.as_ref().map(format_timestamp), event.ip.clone(), device].into_iter().flatten().collect();
    view! {
        <li class="security-event" data-type=event.kind.clone()>
            <span class="event-label">{label}</span>
            <span class="event-meta">{meta.join(" · ")}</span>
        </li>
    }
}

/// The message for a stored event type. Factor events of any kind (passkeys, TOTP, OTP, U2F, recovery codes, IdP
/// links) are recognised by their verb, so new ones read sensibly without a change here.
pub fn event_label(kind: &str) -> Option<Msg> {
    Some(match kind {
        "session.signed_in" => Msg::EvSignedIn,
        "session.signed_out" => Msg::EvSignedOut,
        "password.check.failed" => Msg::EvPasswordFailed,
        "password.changed" => Msg::EvPasswordChanged,
        "user.email.changed" => Msg::EvEmailChanged,
        "user.email.change.requested" => Msg::EvEmailChangeRequested,
        "email.verified" => Msg::EvEmailVerified,
        "user.phone.changed" => Msg::EvPhoneChanged,
        "user.phone.verified" => Msg::EvPhoneVerified,
        "user.phone.removed" => Msg::EvPhoneRemoved,
        "user.locked" => Msg::EvUserLocked,
        "user.profile.changed" => Msg::EvProfileChanged,
        "user.username.changed" => Msg::EvUsernameChanged,
        "user.added" => Msg::EvAccountCreated,
        other if is_factor(other) && (other.ends_with(".added") || other.ends_with(".verified")) => Msg::EvFactorAdded,
        other if is_factor(other) && other.ends_with(".removed") => Msg::EvFactorRemoved,
        _ => return None,
    })
}

fn is_factor(kind: &str) -> bool {
    ["passkey", "u2f", "totp", "otp", "recovery", "idp", "webauthn", "mfa"].iter().any(|f| kind.contains(f))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_and_factor_events_get_labels() {
        assert_eq!(event_label("password.changed"), Some(Msg::EvPasswordChanged));
        assert_eq!(event_label("session.signed_out"), Some(Msg::EvSignedOut));
        assert_eq!(event_label("user.passkey.added"), Some(Msg::EvFactorAdded));
        assert_eq!(event_label("user.totp.removed"), Some(Msg::EvFactorRemoved));
        assert_eq!(event_label("something.else"), None);
    }
}
