//! `/authenticator/set?userId=..&loginName=..&sessionId=..[&signup=1]`: choose how to secure an account that has no
//! way to sign in yet (right after signing up without a password): a passkey, a password, or (when the IdP
//! engineer's part lands) an external identity provider.
//!
//! Passkey leads to `/passkey/set` in sign-up mode. Password mails a code to the account's address (the reset
//! flow): only whoever reads that mailbox can set the first password, so this page grants nothing by itself.

use gatehouse_api::session::{GetSession, GetSessionRequest};
use gatehouse_api::settings::{GetLoginSettings, PasskeysType, SettingsRequest};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::client;
use crate::components::{ActionButton, Card, ErrorBanner};
use crate::i18n::{error_message, t, Msg};
use crate::links::{self, param};
use crate::pages::use_query_param;
use crate::webauthn;

/// One way to secure the account: a button with a line saying what it means.
#[component]
fn AuthenticatorChoice(
    id: &'static str,
    label: Msg,
    hint: Msg,
    #[prop(into)] pending: Signal<bool>,
    #[prop(into, optional)] blocked: Signal<bool>,
    on_click: Callback<()>,
) -> impl IntoView {
    view! {
        <li class="authenticator-choice">
            <ActionButton id label pending_label=label pending blocked on_click secondary=true />
            <p class="hint">{t(hint)}</p>
        </li>
    }
}

/// Where external identity providers will be offered (the IdP engineer's `GetActiveIdentityProviders` buttons);
/// empty until then, so the page already has its place in the DOM (`#authenticator-idps`).
#[component]
fn IdpChoices() -> impl IntoView {
    view! { <div id="authenticator-idps" class="authenticator-idps"></div> }
}

#[component]
pub fn AuthenticatorSet() -> impl IntoView {
    let navigate = use_navigate();
    let user_id = use_query_param(param::USER_ID);
    let login_name = use_query_param(param::LOGIN_NAME);
    let session_id = use_query_param(param::SESSION_ID);
    let error = RwSignal::new(None::<Msg>);
    let pending = RwSignal::new(false);
    let passkeys_allowed = RwSignal::new(true);
    let supported = webauthn::supported();

    // Passkeys may be off in the login settings; the server refuses them then, the page says so up front.
    client::spawn(async move {
        if let Ok(answer) = client::call::<GetLoginSettings>(&SettingsRequest { ctx: None }).await {
            passkeys_allowed.set(answer.settings.passkeys_type == PasskeysType::Allowed);
        }
    });

    let choose_passkey = {
        let navigate = navigate.clone();
        Callback::new(move |()| {
            let (user, login, session) =
                (user_id.get_untracked(), login_name.get_untracked(), session_id.get_untracked());
            navigate(
                &links::passkey_signup(
                    &user.unwrap_or_default(),
                    &login.unwrap_or_default(),
                    &session.unwrap_or_default(),
                ),
                Default::default(),
            );
        })
    };
    let choose_password = Callback::new(move |()| {
        if pending.get_untracked() {
            return;
        }
        error.set(None);
        pending.set(true);
        let (user, login, session) = (user_id.get_untracked(), login_name.get_untracked(), session_id.get_untracked());
        let navigate = navigate.clone();
        client::spawn(async move {
            match send_password_code(user, session).await {
                Ok(user) => navigate(&links::password_set(&user, &login.unwrap_or_default(), true), Default::default()),
                Err(e) => {
                    pending.set(false);
                    error.set(Some(error_message(&e)));
                }
            }
        });
    });

    let passkey_blocked = Signal::derive(move || !supported || !passkeys_allowed.get());
    view! {
        <Card title=Msg::AuthenticatorSetTitle>
            <p class="intro">{t(Msg::AuthenticatorSetIntro)}</p>
            <ErrorBanner error />
            <ul class="authenticator-choices">
                <AuthenticatorChoice
                    id="authenticator-passkey"
                    label=Msg::AuthenticatorPasskey
                    hint=Msg::AuthenticatorPasskeyHint
                    pending
                    blocked=passkey_blocked
                    on_click=choose_passkey
                />
                <AuthenticatorChoice
                    id="authenticator-password"
                    label=Msg::AuthenticatorPassword
                    hint=Msg::AuthenticatorPasswordHint
                    pending
                    on_click=choose_password
                />
            </ul>
            <Show when=move || passkey_blocked.get()>
                <p id="authenticator-passkey-unavailable" class="hint">
                    {move || t(if supported { Msg::PasskeysNotAllowed } else { Msg::WebAuthnUnsupported })}
                </p>
            </Show>
            <IdpChoices />
        </Card>
    }
}

/// Mails the account a code to set its first password (ZITADEL's password reset); the user id, taken from the
/// session when the URL has none.
async fn send_password_code(
    user_id: Option<String>,
    session_id: Option<String>,
) -> Result<String, gatehouse_api::ApiError> {
    let user_id = match (user_id, session_id) {
        (Some(id), _) => id,
        (None, Some(session)) => {
            let request = GetSessionRequest { session_id: session, session_token: None };
            let answer = client::call::<GetSession>(&request).await?;
            crate::flow::session_user(&answer.session).map(|(id, _, _)| id).unwrap_or_default()
        }
        (None, None) => String::new(),
    };
    crate::components::forgot_password_link::send_reset_link(user_id).await
}
