//! `/profile[?sessionId=..]`: who is signed in, their active sessions, and logging out (here or everywhere).

use gatehouse_api::session::{
    DeleteSession, DeleteSessionRequest, ListSessions, ListSessionsRequest, SearchQuery, Session, UserIdQuery,
};
use gatehouse_api::user::User;
use gatehouse_api::ApiError;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::client;
use crate::components::{ActionButton, Card, ErrorBanner, SessionList};
use crate::i18n::{error_message, t, Msg};
use crate::links::{self, param};
use crate::load::Load;
use crate::pages::signedin::{initials, load_signed_in_user, redirect_unless_signed_in, SignedInUser};
use crate::pages::use_query_param;
use crate::sessions;

#[component]
pub fn Profile() -> impl IntoView {
    let session_id = use_query_param(param::SESSION_ID);
    let signed_in = Load::new(move || load_signed_in_user(session_id.get_untracked()));
    redirect_unless_signed_in(signed_in);

    view! {
        <Card title=Msg::ProfileTitle wide=true>
            {signed_in
                .view(|SignedInUser { session_id, user }| {
                    view! {
                        <UserDetails user=user.clone() />
                        <UserSessions user_id=user.user_id current=session_id />
                    }
                })}
        </Card>
    }
}

#[component]
fn UserDetails(user: User) -> impl IntoView {
    let human = user.human.clone().unwrap_or_default();
    let verified = human.email.is_verified;
    view! {
        <div class="profile-header">
            <span class="avatar" aria-hidden="true">
                {initials(&user)}
            </span>
            <p id="profile-name" class="profile-name">
                {user.display_name()}
            </p>
        </div>
        <dl class="details">
            <div>
                <dt>{t(Msg::EmailLabel)}</dt>
                <dd>
                    <span id="profile-email">{human.email.email.clone()}</span>
                    " "
                    <span
                        id="profile-email-status"
                        class="badge"
                        class:badge-success=verified
                        class:badge-warn=!verified
                    >
                        {t(if verified { Msg::Verified } else { Msg::NotVerified })}
                    </span>
                </dd>
            </div>
            <div>
                <dt>{t(Msg::UsernameLabel)}</dt>
                <dd id="profile-username">{user.username.clone()}</dd>
            </div>
        </dl>
    }
}

/// The user's sessions on every device, and the two ways to log out.
#[component]
fn UserSessions(user_id: String, current: String) -> impl IntoView {
    let navigate = use_navigate();
    let sessions = Load::new({
        let user_id = user_id.clone();
        move || user_sessions(user_id.clone())
    });
    let ending_this = RwSignal::new(false);
    let ending_all = RwSignal::new(false);
    let busy = Signal::derive(move || ending_this.get() || ending_all.get());
    let form_error = RwSignal::new(None::<Msg>);

    let current_for_list = current.clone();
    // Ends this browser's session, or (`everywhere`) every session of the user, then shows the signed-out page.
    let end_sessions = move |everywhere: bool| {
        if busy.get_untracked() {
            return;
        }
        let pending = if everywhere { ending_all } else { ending_this };
        pending.set(true);
        form_error.set(None);
        let (navigate, user_id, current) = (navigate.clone(), user_id.clone(), current.clone());
        client::spawn(async move {
            let outcome = if everywhere {
                // Listed afresh: sessions started since this page loaded end too.
                match user_sessions(user_id).await {
                    Ok(list) => end_all(list.into_iter().map(|s| s.id).collect(), &current).await,
                    Err(error) => Err(error),
                }
            } else {
                end_all(vec![current.clone()], &current).await
            };
            match outcome {
                Ok(()) => navigate(&links::signed_out(), Default::default()),
                Err(error) => {
                    pending.set(false);
                    form_error.set(Some(error_message(&error)));
                }
            }
        });
    };
    let log_out = {
        let end_sessions = end_sessions.clone();
        Callback::new(move |()| end_sessions(false))
    };
    let log_out_everywhere = Callback::new(move |()| end_sessions(true));

    view! {
        <section class="section" aria-labelledby="sessions-title">
            <h2 id="sessions-title">{t(Msg::SessionsTitle)}</h2>
            {sessions
                .view(move |list| {
                    let signed_in: Vec<Session> = list.into_iter().filter(sessions::is_signed_in).collect();
                    view! { <SessionList sessions=signed_in current=current_for_list.clone() /> }
                })}
        </section>
        <ErrorBanner error=form_error />
        <div class="actions">
            <ActionButton
                id="logout"
                label=Msg::LogOut
                pending_label=Msg::LoggingOut
                pending=ending_this
                blocked=busy
                on_click=log_out
            />
            <ActionButton
                id="logout-everywhere"
                label=Msg::LogOutEverywhere
                pending_label=Msg::LoggingOut
                pending=ending_all
                blocked=busy
                on_click=log_out_everywhere
                secondary=true
            />
        </div>
    }
}

/// Deletes the sessions `ids`; `last` (this browser's, which authorises the others) goes at the end.
async fn end_all(ids: Vec<String>, last: &str) -> Result<(), ApiError> {
    let (mut ids, this_browser): (Vec<String>, Vec<String>) = ids.into_iter().partition(|id| id != last);
    ids.extend(this_browser);
    if !ids.iter().any(|id| id == last) {
        ids.push(last.to_owned());
    }
    for id in ids {
        client::call::<DeleteSession>(&DeleteSessionRequest { session_id: id, session_token: None }).await?;
    }
    Ok(())
}

/// Every session of the user, on any device (the server lets a signed-in user see their own).
async fn user_sessions(user_id: String) -> Result<Vec<Session>, ApiError> {
    let request = ListSessionsRequest {
        queries: vec![SearchQuery { user_id_query: Some(UserIdQuery { id: user_id }), ..Default::default() }],
        ..Default::default()
    };
    Ok(client::call::<ListSessions>(&request).await?.sessions)
}
