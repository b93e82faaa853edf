//! `/device/consent?authRequest=device_<code>`: which app asks for what; allow or deny. Needs a signed-in account
//! on this browser (else the sign-in runs first and returns here through `/signedin`).

use gatehouse_api::object::Empty;
use gatehouse_api::oidc::{
    AuthorizeOrDenyDeviceAuthorization, AuthorizeOrDenyDeviceAuthorizationRequest, DeviceAuthorizationRequest,
    GetDeviceAuthorizationRequest, GetDeviceAuthorizationRequestRequest, SessionRef,
};
use leptos::prelude::*;

use super::device::DEVICE_PREFIX;
use super::signedin::{load_signed_in_user, redirect_unless_signed_in, SignedInUser};
use crate::client;
use crate::components::{ActionButton, Card, ErrorBanner};
use crate::i18n::{error_message, t, Msg};
use crate::links::param;
use crate::load::Load;
use crate::pages::use_query_param;

#[derive(Clone)]
struct Consent {
    request: DeviceAuthorizationRequest,
    session_id: String,
}

#[component]
pub fn DeviceConsent() -> impl IntoView {
    let auth_request = use_query_param(param::AUTH_REQUEST);
    let session_id = use_query_param(param::SESSION_ID);
    let user_code =
        auth_request.get_untracked().and_then(|r| r.strip_prefix(DEVICE_PREFIX).map(str::to_owned)).unwrap_or_default();
    let signed_in = Load::new(move || load_signed_in_user(session_id.get_untracked()));
    redirect_unless_signed_in(signed_in);
    let consent = Load::new(move || {
        let user_code = user_code.clone();
        async move {
            let SignedInUser { session_id, .. } = load_signed_in_user(session_id.get_untracked()).await?;
            let request = GetDeviceAuthorizationRequestRequest { user_code };
            let answer = client::call::<GetDeviceAuthorizationRequest>(&request).await?;
            Ok(Consent { request: answer.device_authorization_request, session_id })
        }
    });
    let pending = RwSignal::new(false);
    let form_error = RwSignal::new(None::<Msg>);
    let outcome = RwSignal::new(None::<Msg>);
    let answer = move |allow: bool| {
        let Some(Ok(Consent { request, session_id })) = consent.get_untracked() else { return };
        pending.set(true);
        form_error.set(None);
        client::spawn(async move {
            let body = AuthorizeOrDenyDeviceAuthorizationRequest {
                device_authorization_id: request.id,
                session: allow.then(|| SessionRef { session_id, session_token: String::new() }),
                deny: (!allow).then_some(Empty {}),
            };
            match client::call::<AuthorizeOrDenyDeviceAuthorization>(&body).await {
                Ok(_) => outcome.set(Some(if allow { Msg::DeviceApproved } else { Msg::DeviceDenied })),
                Err(error) => form_error.set(Some(error_message(&error))),
            }
            pending.set(false);
        });
    };
    let allow = Callback::new(move |()| answer(true));
    let deny = Callback::new(move |()| answer(false));
    view! {
        <Card title=Msg::DeviceConsentTitle>
            <ErrorBanner error=form_error />
            {move || match outcome.get() {
                Some(done) => view! { <p id="device-outcome" class="banner" role="status">{t(done)}</p> }.into_any(),
                None => consent
                    .view(move |Consent { request, .. }| {
                        let scopes = request.scope.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view();
                        view! {
                            <p class="intro">
                                <strong id="device-app">{request.app_name.clone()}</strong>
                                " "
                                {t(Msg::DeviceConsentIntro)}
                            </p>
                            <p class="muted">{t(Msg::DeviceScopes)}</p>
                            <ul id="device-scopes">{scopes}</ul>
                            <div class="actions">
                                <ActionButton id="device-allow" label=Msg::Allow pending_label=Msg::Saving pending on_click=allow />
                                <ActionButton id="device-deny" label=Msg::Deny pending_label=Msg::Saving pending on_click=deny secondary=true />
                            </div>
                        }
                    })
                    .into_any(),
            }}
        </Card>
    }
}
