//! `/logout`: every account signed in on this browser, each with its own sign-out button, and one for all.

use gatehouse_api::session::{DeleteSession, DeleteSessionRequest};
use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::client;
use crate::components::{ActionButton, Card, ErrorBanner, SessionList};
use crate::i18n::{error_message, t, Msg};
use crate::links::{self, param};
use crate::load::Load;
use crate::pages::use_query_param;
use crate::sessions;

#[component]
pub fn Logout() -> impl IntoView {
    let navigate = use_navigate();
    let ended_by_app = use_query_param(param::END_SESSION).get_untracked().is_some();
    let browser_sessions = Load::new(|| async {
        sessions::browser_sessions()
            .await
            .map(|list| list.into_iter().filter(sessions::is_signed_in).collect::<Vec<_>>())
    });
    let pending = RwSignal::new(false);
    let form_error = RwSignal::new(None::<Msg>);

    // Ends the given sessions; afterwards either shows what is left, or (nothing left) the signed-out notice.
    let end_sessions = move |ids: Vec<String>, leave_when_done: bool| {
        if pending.get_untracked() {
            return;
        }
        pending.set(true);
        form_error.set(None);
        let navigate = navigate.clone();
        client::spawn(async move {
            for id in ids {
                let request = DeleteSessionRequest { session_id: id, session_token: None };
                if let Err(error) = client::call::<DeleteSession>(&request).await {
                    form_error.set(Some(error_message(&error)));
                    break;
                }
            }
            pending.set(false);
            if leave_when_done && form_error.get_untracked().is_none() {
                // An app's end_session sent the user here: they end on the "signed out" page, not the sign-in.
                let done = if ended_by_app { links::LOGOUT_DONE.to_owned() } else { links::signed_out() };
                navigate(&done, Default::default());
            } else {
                browser_sessions.reload();
            }
        });
    };
    let end_one = {
        let end_sessions = end_sessions.clone();
        Callback::new(move |id: String| end_sessions(vec![id], false))
    };
    let end_all = Callback::new(move |()| {
        let ids = browser_sessions
            .get_untracked()
            .and_then(Result::ok)
            .map(|list| list.into_iter().map(|s| s.id).collect())
            .unwrap_or_default();
        end_sessions(ids, true)
    });

    view! {
        <Card title=Msg::LogoutTitle>
            <ErrorBanner error=form_error />
            {browser_sessions
                .view(move |list| {
                    if list.is_empty() {
                        return Either::Left(
                    view! {
                        <p class="intro">{t(Msg::NoBrowserSessions)}</p>
                        <a class="button primary" href=links::LOGINNAME>
                            {t(Msg::GoToSignIn)}
                        </a>
                    });
                    }
                    Either::Right(view! {
                        <p class="intro">{t(Msg::LogoutIntro)}</p>
                        <SessionList sessions=list show_user=true on_end=end_one busy=pending />
                        <div class="actions">
                            <ActionButton
                                id="logout-all"
                                label=Msg::LogoutAll
                                pending_label=Msg::LoggingOut
                                pending=pending
                                on_click=end_all
                            />
                        </div>
                    })
                })}
        </Card>
    }
}
