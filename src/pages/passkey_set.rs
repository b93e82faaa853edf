//! `/passkey/set` and `/u2f/set`: register a passkey (for signing in without a password) or a security key (the
//! second factor after the password). The signed-in user registers from the profile (`?sessionId=..`); a passkey
//! registration link (`?userId=..&codeId=..&code=..`, from CreatePasskeyRegistrationLink) works without a session.
//! Right after signing up without a password (`?userId=..&loginName=..&sessionId=..&signup=1`) the browser that
//! created the account adds its first passkey, signs the session in with it, and goes on to verify the email.

use gatehouse_api::session::UserVerificationRequirement;
use gatehouse_api::webauthn::{
    PasskeyRegistrationCode, RegisterPasskey, RegisterPasskeyRequest, RegisterU2F, RegisterU2FRequest,
    VerifyPasskeyRegistration, VerifyPasskeyRegistrationRequest, VerifyU2FRegistration, VerifyU2FRegistrationRequest,
};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::client;
use crate::components::{Card, ErrorBanner, StatusMessage, SubmitButton, TextField};
use crate::i18n::{t, Msg};
use crate::links::{self, param};
use crate::pages::passkey::Problem;
use crate::pages::signedin::load_signed_in_user;
use crate::pages::use_query_param;
use crate::webauthn;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Passkey,
    U2f,
}

#[component]
pub fn PasskeySet() -> impl IntoView {
    view! { <CredentialSet kind=Kind::Passkey /> }
}

#[component]
pub fn U2fSet() -> impl IntoView {
    view! { <CredentialSet kind=Kind::U2f /> }
}

fn domain() -> String {
    web_sys::window().and_then(|w| w.location().hostname().ok()).unwrap_or_default()
}

/// "Chrome on Linux", to name the new credential after the device by default.
fn device_name() -> String {
    let agent = web_sys::window().and_then(|w| w.navigator().user_agent().ok()).unwrap_or_default();
    match crate::user_agent::browser_and_os(&agent) {
        Some((browser, os)) => format!("{browser} on {os}"),
        None => String::new(),
    }
}

async fn register(
    kind: Kind,
    user_id: String,
    code: Option<PasskeyRegistrationCode>,
    name: String,
) -> Result<(), Problem> {
    match kind {
        Kind::Passkey => {
            let started = client::call::<RegisterPasskey>(&RegisterPasskeyRequest {
                user_id: user_id.clone(),
                code,
                domain: domain(),
                ..Default::default()
            })
            .await?;
            let credential =
                webauthn::create(&started.public_key_credential_creation_options).await.map_err(Problem::Browser)?;
            client::call::<VerifyPasskeyRegistration>(&VerifyPasskeyRegistrationRequest {
                user_id,
                passkey_id: started.passkey_id,
                public_key_credential: credential,
                passkey_name: name,
            })
            .await?;
        }
        Kind::U2f => {
            let started =
                client::call::<RegisterU2F>(&RegisterU2FRequest { user_id: user_id.clone(), domain: domain() }).await?;
            let credential =
                webauthn::create(&started.public_key_credential_creation_options).await.map_err(Problem::Browser)?;
            client::call::<VerifyU2FRegistration>(&VerifyU2FRegistrationRequest {
                user_id,
                u2f_id: started.u2f_id,
                public_key_credential: credential,
                token_name: name,
            })
            .await?;
        }
    }
    Ok(())
}

/// The first passkey of an account this browser just created without a password, then the session's sign-in with it.
async fn sign_up(user_id: String, session_id: String, name: String) -> Result<(), Problem> {
    register(Kind::Passkey, user_id, None, name).await?;
    crate::pages::passkey::assert_on_session(&session_id, UserVerificationRequirement::Required).await
}

#[component]
fn CredentialSet(kind: Kind) -> impl IntoView {
    let session_id = use_query_param(param::SESSION_ID);
    let link_user = use_query_param(param::USER_ID);
    let code_id = use_query_param("codeId");
    let code = use_query_param(param::CODE);
    let signup = use_query_param(param::SIGNUP);
    let login_name = use_query_param(param::LOGIN_NAME);
    let navigate = use_navigate();
    let (title, intro, label, create, done) = match kind {
        Kind::Passkey => {
            (Msg::PasskeySetTitle, Msg::PasskeySetIntro, Msg::PasskeyNameLabel, Msg::PasskeyCreate, Msg::PasskeyAdded)
        }
        Kind::U2f => (Msg::U2fSetTitle, Msg::U2fSetIntro, Msg::U2fNameLabel, Msg::U2fCreate, Msg::U2fAdded),
    };
    let name = RwSignal::new(device_name());
    let name_error = RwSignal::new(None::<Msg>);
    let error = RwSignal::new(None::<Msg>);
    let status = RwSignal::new(None::<Msg>);
    let pending = RwSignal::new(false);
    let finished_session = RwSignal::new(None::<String>);
    if !webauthn::supported() {
        error.set(Some(Msg::WebAuthnUnsupported));
    }

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if pending.get_untracked() {
            return;
        }
        let chosen = name.get_untracked().trim().to_owned();
        if chosen.is_empty() {
            name_error.set(Some(Msg::NameRequired));
            return;
        }
        name_error.set(None);
        error.set(None);
        status.set(None);
        pending.set(true);
        let link = match (link_user.get_untracked(), code_id.get_untracked(), code.get_untracked()) {
            (Some(user), Some(id), Some(code)) => Some((user, PasskeyRegistrationCode { id, code })),
            _ => None,
        };
        let preferred = session_id.get_untracked();
        if kind == Kind::Passkey && signup.get_untracked().is_some() {
            let (user, login) = (link_user.get_untracked().unwrap_or_default(), login_name.get_untracked());
            let navigate = navigate.clone();
            client::spawn(async move {
                let outcome = sign_up(user.clone(), preferred.unwrap_or_default(), chosen).await;
                match outcome {
                    Ok(()) => navigate(&links::verify(&user, &login.unwrap_or_default(), false), Default::default()),
                    Err(problem) => {
                        pending.set(false);
                        error.set(Some(problem.message()));
                    }
                }
            });
            return;
        }
        client::spawn(async move {
            let outcome = async {
                let (user_id, code, session) = match link {
                    Some((user, code)) => (user, Some(code), None),
                    None => {
                        let signed_in = load_signed_in_user(preferred).await?;
                        (signed_in.user.user_id, None, Some(signed_in.session_id))
                    }
                };
                register(kind, user_id, code, chosen).await?;
                Ok::<_, Problem>(session)
            }
            .await;
            pending.set(false);
            match outcome {
                Ok(session) => {
                    status.set(Some(done));
                    finished_session.set(Some(session.unwrap_or_default()));
                }
                Err(problem) => error.set(Some(problem.message())),
            }
        });
    };

    let other_way_href = move || {
        links::authenticator_set(
            &link_user.get().unwrap_or_default(),
            &login_name.get().unwrap_or_default(),
            &session_id.get().unwrap_or_default(),
        )
    };
    let back_href = move || match finished_session.get().filter(|s| !s.is_empty()).or(session_id.get()) {
        Some(id) => links::profile(&id),
        None => links::with_query(links::LOGINNAME, &[]),
    };
    view! {
        <Card title=title>
            <StatusMessage status=status />
            <p class="intro">
                {move || t(if signup.get().is_some() && kind == Kind::Passkey { Msg::PasskeySignupIntro } else { intro })}
            </p>
            <form on:submit=on_submit novalidate>
                <ErrorBanner error=error />
                <TextField id="credential-name" label=label autocomplete="off" value=name error=name_error />
                <SubmitButton label=create pending_label=Msg::PasskeyCreating pending />
            </form>
            <p class="alternative">
                {move || {
                    if signup.get().is_some() {
                        view! {
                            <a id="choose-another-way" href=other_way_href>
                                {t(Msg::ChooseAnotherWay)}
                            </a>
                        }
                            .into_any()
                    } else {
                        view! {
                            <a id="back-to-profile" href=back_href>
                                {move || {
                                    t(if finished_session.get().is_some() { Msg::BackToProfile } else { Msg::NotNow })
                                }}
                            </a>
                        }
                            .into_any()
                    }
                }}
            </p>
        </Card>
    }
}
