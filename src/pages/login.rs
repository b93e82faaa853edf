//! `/login?authRequest=V2_<id>`: where an app's sign-in arrives. Reads the app's request, then goes where its
//! `prompt` and `login_hint` say: the registration, the account chooser, the login name step, or straight back to
//! the app with a session this browser already has. Every link from here carries `authRequest`
//! ([`links::with_query`]), so whichever way the user signs in ends at `/signedin`, which answers the app.

use gatehouse_api::oidc::{AuthRequest, GetAuthRequest, GetAuthRequestRequest, Prompt};
use gatehouse_api::session::{CheckUser, Checks, CreateSession, CreateSessionRequest, Session};
use gatehouse_api::ApiError;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::client;
use crate::components::Card;
use crate::i18n::{t, Msg};
use crate::links::{self, param};
use crate::load::Load;
use crate::pages::use_query_param;
use crate::sessions;

#[derive(Clone)]
struct Arrival {
    request: AuthRequest,
    sessions: Vec<Session>,
}

async fn load(id: Option<String>) -> Result<Arrival, ApiError> {
    let request = client::call::<GetAuthRequest>(&GetAuthRequestRequest { auth_request_id: id.unwrap_or_default() })
        .await?
        .auth_request;
    let sessions = sessions::browser_sessions().await?.into_iter().filter(sessions::is_signed_in).collect();
    Ok(Arrival { request, sessions })
}

/// Where the request sends the user (a path with query; `authRequest` is carried by `with_query`).
fn next_step(arrival: &Arrival) -> Next {
    let request = &arrival.request;
    let prompts = &request.prompt;
    let hint = request.login_hint.clone().unwrap_or_default();
    if prompts.contains(&Prompt::Create) {
        return Next::Go(links::with_query(links::REGISTER, &[]));
    }
    if prompts.contains(&Prompt::SelectAccount) {
        return Next::Go(links::with_query(links::ACCOUNTS, &[]));
    }
    let reuse = !prompts.contains(&Prompt::Login) && request.max_age.is_none_or(|age| !age.0.is_zero());
    if reuse {
        let hinted: Vec<&Session> = arrival
            .sessions
            .iter()
            .filter(|s| request.hint_user_id.as_deref().is_none_or(|id| sessions::user_id(s) == Some(id)))
            .filter(|s| hint.is_empty() || session_login_name(s).is_some_and(|n| n.eq_ignore_ascii_case(&hint)))
            .collect();
        match hinted.as_slice() {
            [only] => return Next::Go(links::signedin(&only.id)),
            [_, _, ..] => return Next::Go(links::with_query(links::ACCOUNTS, &[])),
            [] => {}
        }
    }
    if hint.is_empty() {
        Next::Go(links::with_query(links::LOGINNAME, &[]))
    } else {
        Next::CheckHint(hint)
    }
}

fn session_login_name(session: &Session) -> Option<&str> {
    session.factors.as_ref()?.user.as_ref().map(|u| u.login_name.as_str())
}

enum Next {
    Go(String),
    /// A login hint: start the session for it and skip the login name step when the user exists.
    CheckHint(String),
}

#[component]
pub fn Login() -> impl IntoView {
    let navigate = use_navigate();
    let auth_request = use_query_param(param::AUTH_REQUEST);
    let arrival = Load::new(move || load(auth_request.get_untracked()));
    Effect::new(move || {
        let Some(Ok(arrival)) = arrival.get() else { return };
        let navigate = navigate.clone();
        let replace = NavigateOptions { replace: true, ..Default::default() };
        match next_step(&arrival) {
            Next::Go(path) => navigate(&path, replace),
            Next::CheckHint(hint) => client::spawn(async move {
                let request = CreateSessionRequest {
                    checks: Some(Checks {
                        user: Some(CheckUser { login_name: Some(hint.clone()), ..Default::default() }),
                        ..Default::default()
                    }),
                    ..Default::default()
                };
                let path = match client::call::<CreateSession>(&request).await {
                    Ok(created) => {
                        // "Back" from the password step shows the login name step, prefilled.
                        links::remember_current_url(&links::loginname(&hint));
                        links::password(&hint, &created.session_id)
                    }
                    Err(_) => links::loginname(&hint),
                };
                navigate(&path, NavigateOptions { replace: false, ..Default::default() });
            }),
        }
    });

    view! {
        <Card title=Msg::AppLoginTitle>
            {move || match arrival.get() {
                Some(Err(error)) if matches!(error.code, gatehouse_api::Code::NotFound | gatehouse_api::Code::FailedPrecondition | gatehouse_api::Code::InvalidArgument) => {
                    view! {
                        <p id="auth-request-error" class="banner banner-error" role="alert">
                            {t(Msg::AuthRequestGone)}
                        </p>
                    }
                        .into_any()
                }
                _ => arrival.view_labelled(Msg::AppLoginLoading, Msg::LoadFailed, |_| ()).into_any(),
            }}
        </Card>
    }
}
