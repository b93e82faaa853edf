//! `/profile[?sessionId=..]`: who is signed in, their active sessions, and logging out (here or everywhere).

use gatehouse_api::session::{
    DeleteSession, DeleteSessionRequest, ListSessions, ListSessionsRequest, SearchQuery, Session, UserIdQuery,
};
use gatehouse_api::user::User;
use gatehouse_api::ApiError;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::load::Load;
use crate::client;
use crate::components::{Card, ErrorBanner, SessionList};
use crate::i18n::{error_message, t, Msg};
use crate::links::{self, param};
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
    let pending = RwSignal::new(false);
    let form_error = RwSignal::new(None::<Msg>);

    // Ends `ids` (this browser's session last: it is what authorises ending the others) and leaves.
    let end_sessions = {
        let current = current.clone();
        move |ids: Vec<String>| {
            if pending.get_untracked() {
                return;
            }
            let (mut ids, this_browser): (Vec<String>, Vec<String>) = ids.into_iter().partition(|id| *id != current);
            ids.extend(this_browser);
            pending.set(true);
            form_error.set(None);
            let navigate = navigate.clone();
            client::spawn(async move {
                for id in ids {
                    let request = DeleteSessionRequest { session_id: id, session_token: None };
                    if let Err(error) = client::call::<DeleteSession>(&request).await {
                        pending.set(false);
                        form_error.set(Some(error_message(&error)));
                        return;
                    }
                }
                navigate(&links::signed_out(), Default::default());
            });
        }
    };
    let log_out = {
        let end_sessions = end_sessions.clone();
        let current = current.clone();
        move |_| end_sessions(vec![current.clone()])
    };
    let current_for_list = current.clone();
    let log_out_everywhere = move |_| {
        let mut ids: Vec<String> = sessions
            .get_untracked()
            .and_then(Result::ok)
            .map(|list| list.into_iter().map(|s| s.id).collect())
            .unwrap_or_default();
        if !ids.contains(&current) {
            ids.push(current.clone());
        }
        end_sessions(ids)
    };

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
            <button id="logout" type="button" class="button primary" disabled=move || pending.get() on:click=log_out>
                {move || t(if pending.get() { Msg::LoggingOut } else { Msg::LogOut })}
            </button>
            <button
                id="logout-everywhere"
                type="button"
                class="button secondary"
                disabled=move || pending.get() || sessions.get().is_none()
                on:click=log_out_everywhere
            >
                {t(Msg::LogOutEverywhere)}
            </button>
        </div>
    }
}

/// Every session of the user, on any device (the server lets a signed-in user see their own).
async fn user_sessions(user_id: String) -> Result<Vec<Session>, ApiError> {
    let request = ListSessionsRequest {
        queries: vec![SearchQuery { user_id_query: Some(UserIdQuery { id: user_id }), ..Default::default() }],
        ..Default::default()
    };
    Ok(client::call::<ListSessions>(&request).await?.sessions)
}
