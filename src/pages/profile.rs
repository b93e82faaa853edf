//! `/profile[?sessionId=..]`: the account centre. One page in sections (Profile, Email, Phone, Password, Sessions,
//! Security, Danger zone), each a component that talks to the server itself; the server checks every change.

use gatehouse_api::account::{GetAccount, GetAccountResponse};
use gatehouse_api::session::{
    DeleteSession, DeleteSessionRequest, ListSessions, ListSessionsRequest, SearchQuery, Session, UserIdQuery,
};
use gatehouse_api::user::{User, UserIdRequest};
use gatehouse_api::ApiError;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::client;
use crate::components::{
    ActionButton, Avatar, AvatarSettings, Card, DataExport, DeleteAccount, EmailSettings, ErrorBanner, PasswordForm,
    PhoneSettings, ProfileForm, SecurityLog, SessionList,
};
use crate::i18n::{error_message, t, Msg};
use crate::links::{self, param};
use crate::load::Load;
use crate::pages::signedin::{load_signed_in_user, redirect_unless_signed_in, SignedInUser};
use crate::pages::use_query_param;
use crate::sessions;

/// The signed-in user with what the account centre adds (pending email, whether deletion is allowed).
#[derive(Clone)]
struct Account {
    signed_in: SignedInUser,
    extra: GetAccountResponse,
}

async fn load_account(preferred: Option<String>) -> Result<Account, ApiError> {
    let signed_in = load_signed_in_user(preferred).await?;
    let request = UserIdRequest { user_id: signed_in.user.user_id.clone() };
    let extra = client::call::<GetAccount>(&request).await?;
    Ok(Account { signed_in, extra })
}

#[component]
pub fn Profile() -> impl IntoView {
    let session_id = use_query_param(param::SESSION_ID);
    let signed_in = Load::new(move || load_signed_in_user(session_id.get_untracked()));
    redirect_unless_signed_in(signed_in);
    let account = Load::new(move || load_account(session_id.get_untracked()));
    // After a change: load the user again, so every section shows what the server now holds.
    let reload = Callback::new(move |()| account.reload());

    view! {
        <Card title=Msg::ProfileTitle wide=true>
            {account
                .view(move |Account { signed_in: SignedInUser { session_id, user }, extra }| {
                    // Each section's children are their own closure: give each its own copies.
                    let id = user.user_id.clone();
                    let idp_org = user.details.resource_owner.clone();
                    let (header_user, profile_user, email_user, phone_user) =
                        (user.clone(), user.clone(), user.clone(), user);
                    let (password_id, sessions_id, log_id, export_id, delete_id) =
                        (id.clone(), id.clone(), id.clone(), id.clone(), id);
                    let pending_email = extra.pending_email.clone();
                    // The picture, shared by the header and the picture settings (which change it).
                    let avatar = RwSignal::new(header_user.human.as_ref().and_then(|h| h.profile.avatar_url.clone()));
                    let (avatar_id, avatar_name) = (header_user.user_id.clone(), header_user.display_name());
                    let can_delete = extra.can_delete;
                    let delete_refusal = extra.delete_refusal.clone();
                    view! {
                        <UserHeader user=header_user avatar />
                        <Section id="section-profile" title=Msg::SectionProfile>
                            <AvatarSettings user_id=avatar_id name=avatar_name url=avatar />
                            <ProfileForm user=profile_user />
                        </Section>
                        <Section id="section-email" title=Msg::SectionEmail>
                            <EmailSettings user=email_user pending=pending_email on_changed=reload />
                        </Section>
                        <Section id="section-phone" title=Msg::SectionPhone>
                            <PhoneSettings user=phone_user on_changed=reload />
                        </Section>
                        <Section id="section-password" title=Msg::SectionPassword>
                            <PasswordForm user_id=password_id />
                        </Section>
                        <Section id="section-sessions" title=Msg::SessionsTitle>
                            <UserSessions user_id=sessions_id current=session_id />
                        </Section>
                        <Section id="section-security" title=Msg::SectionSecurity>
                            <h3 id="sign-in-methods-title">{t(Msg::SignInMethodsTitle)}</h3>
                            <crate::components::SecondFactorList user_id=log_id.clone() />
                            <crate::components::PasskeyList user_id=log_id.clone() />
                            <crate::components::SecurityKeyList user_id=log_id.clone() />
                            <crate::components::IdpLinks user_id=log_id.clone() org_id=idp_org.clone() />
                            // Authenticator management (passkeys, U2F, TOTP, OTP, recovery codes) goes here, one
                            // component each, e.g. <PasskeyList user_id=... />.
                            <h3 id="security-log-title">{t(Msg::SecurityLogTitle)}</h3>
                            <SecurityLog user_id=log_id />
                        </Section>
                        <Section id="section-danger" title=Msg::SectionDangerZone danger=true>
                            <DataExport user_id=export_id />
                            <DeleteAccount user_id=delete_id can_delete refusal=delete_refusal />
                        </Section>
                    }
                })}
        </Card>
    }
}

/// One section of the account centre: `section#<id>` with its heading.
#[component]
fn Section(id: &'static str, title: Msg, #[prop(optional)] danger: bool, children: Children) -> impl IntoView {
    let heading = format!("{id}-title");
    let labelled_by = heading.clone();
    view! {
        <section id=id class="account-section" class:danger-zone=danger aria-labelledby=labelled_by>
            <h2 id=heading>{t(title)}</h2>
            {children()}
        </section>
    }
}

#[component]
fn UserHeader(user: User, avatar: RwSignal<Option<String>>) -> impl IntoView {
    view! {
        <div class="profile-header">
            <Avatar url=avatar name=user.display_name() id="profile-avatar" />
            <div>
                <p id="profile-name" class="profile-name">
                    {user.display_name()}
                </p>
                <p id="profile-username" class="muted">
                    {user.username.clone()}
                </p>
            </div>
        </div>
    }
}

/// The user's sessions on every device: end one, all others, this one, or all.
#[component]
fn UserSessions(user_id: String, current: String) -> impl IntoView {
    let navigate = use_navigate();
    let sessions = Load::new({
        let user_id = user_id.clone();
        move || user_sessions(user_id.clone())
    });
    let ending_this = RwSignal::new(false);
    let ending_all = RwSignal::new(false);
    let ending_others = RwSignal::new(false);
    let busy = Signal::derive(move || ending_this.get() || ending_all.get() || ending_others.get());
    let form_error = RwSignal::new(None::<Msg>);

    let current_for_list = current.clone();
    // Ends this browser's session, or (`everywhere`) every session of the user, then shows the signed-out page.
    let end_sessions = {
        let (navigate, user_id, current) = (navigate.clone(), user_id.clone(), current.clone());
        move |everywhere: bool| {
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
                        Ok(list) => end_all(list.into_iter().map(|s| s.id).collect(), Some(&current)).await,
                        Err(error) => Err(error),
                    }
                } else {
                    end_all(vec![current.clone()], Some(&current)).await
                };
                match outcome {
                    Ok(()) => navigate(&links::signed_out(), Default::default()),
                    Err(error) => {
                        pending.set(false);
                        form_error.set(Some(error_message(&error)));
                    }
                }
            });
        }
    };
    let log_out = {
        let end_sessions = end_sessions.clone();
        Callback::new(move |()| end_sessions(false))
    };
    let log_out_everywhere = {
        let end_sessions = end_sessions.clone();
        Callback::new(move |()| end_sessions(true))
    };
    // Every other session; this one stays signed in.
    let end_others = {
        let (user_id, current) = (user_id.clone(), current.clone());
        Callback::new(move |()| {
            if busy.get_untracked() {
                return;
            }
            ending_others.set(true);
            form_error.set(None);
            let (user_id, current) = (user_id.clone(), current.clone());
            client::spawn(async move {
                let outcome = match user_sessions(user_id).await {
                    Ok(list) => {
                        end_all(list.into_iter().map(|s| s.id).filter(|id| *id != current).collect(), None).await
                    }
                    Err(error) => Err(error),
                };
                ending_others.set(false);
                if let Err(error) = outcome {
                    form_error.set(Some(error_message(&error)));
                }
                sessions.reload();
            });
        })
    };
    // One session from the list; ending this browser's own is logging out.
    let end_one = {
        let current = current.clone();
        Callback::new(move |id: String| {
            if id == current {
                log_out.run(());
                return;
            }
            form_error.set(None);
            client::spawn(async move {
                if let Err(error) = end_all(vec![id], None).await {
                    form_error.set(Some(error_message(&error)));
                }
                sessions.reload();
            });
        })
    };

    view! {
        {sessions
            .view(move |list| {
                let signed_in: Vec<Session> = list.into_iter().filter(sessions::is_signed_in).collect();
                view! { <SessionList sessions=signed_in current=current_for_list.clone() on_end=end_one busy show_ip=true /> }
            })}
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
                id="end-other-sessions"
                label=Msg::EndOtherSessions
                pending_label=Msg::LoggingOut
                pending=ending_others
                blocked=busy
                on_click=end_others
                secondary=true
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
async fn end_all(ids: Vec<String>, last: Option<&str>) -> Result<(), ApiError> {
    let (mut ids, this_browser): (Vec<String>, Vec<String>) = ids.into_iter().partition(|id| Some(id.as_str()) != last);
    ids.extend(this_browser);
    if let Some(last) = last.filter(|last| !ids.iter().any(|id| id == last)) {
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
