//! `/u2f?loginName=..&sessionId=..`: the security key as second factor, after the password.

use gatehouse_api::session::UserVerificationRequirement;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::client;
use crate::components::{ActionButton, Card, ErrorBanner};
use crate::i18n::{t, Msg};
use crate::links::{self, param};
use crate::pages::passkey::{assert_on_session, Problem};
use crate::pages::use_query_param;
use crate::webauthn;

#[component]
pub fn U2f() -> impl IntoView {
    let navigate = use_navigate();
    let login_name = use_query_param(param::LOGIN_NAME);
    let session_id = use_query_param(param::SESSION_ID);
    let error = RwSignal::new(None::<Msg>);
    let pending = RwSignal::new(false);
    let supported = webauthn::supported();
    if !supported {
        error.set(Some(Msg::WebAuthnUnsupported));
    }
    Effect::new({
        let navigate = navigate.clone();
        move || {
            if session_id.get().is_none() {
                navigate(&links::with_query(links::LOGINNAME, &[]), Default::default());
            }
        }
    });
    let on_click = Callback::new(move |()| {
        let Some(id) = session_id.get_untracked() else { return };
        if pending.get_untracked() {
            return;
        }
        error.set(None);
        pending.set(true);
        let navigate = navigate.clone();
        client::spawn(async move {
            let next = match assert_on_session(&id, UserVerificationRequirement::Discouraged).await {
                Ok(()) => crate::flow::after_second_factor(&id).await.map_err(Problem::Api),
                Err(problem) => Err(problem),
            };
            match next {
                Ok(href) => navigate(&href, Default::default()),
                Err(problem) => {
                    pending.set(false);
                    error.set(Some(problem.message()));
                }
            }
        });
    });
    let other_href = links::with_query(
        crate::flow::MFA,
        &[
            (param::LOGIN_NAME, &login_name.get_untracked().unwrap_or_default()),
            (param::SESSION_ID, &session_id.get_untracked().unwrap_or_default()),
        ],
    );
    view! {
        <Card title=Msg::U2fTitle focus_heading=false>
            <p class="identity">
                <span class="identity-name">
                    {move || crate::branding::shown_login_name(&login_name.get_untracked().unwrap_or_default())}
                </span>
            </p>
            <p class="intro">{t(Msg::U2fIntro)}</p>
            <ErrorBanner error=error />
            <ActionButton
                id="u2f-button"
                label=Msg::U2fUse
                pending_label=Msg::U2fWaiting
                pending
                blocked=Signal::stored(!supported)
                on_click
            />
            <p class="alternative">
                <a id="other-factor-link" href=other_href>
                    {t(Msg::OtherMethod)}
                </a>
            </p>
        </Card>
    }
}
