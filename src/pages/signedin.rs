//! `/signedin?sessionId=..`: the landing page after a successful sign-in.

use gatehouse_api::user::{GetUserByID, GetUserByIdRequest, User};
use gatehouse_api::{ApiError, Code};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::client;
use crate::components::Card;
use crate::i18n::{t, Msg};
use crate::links::{self, param};
use crate::load::{self, Load};
use crate::pages::use_query_param;
use crate::sessions;

/// What the signed-in pages load first: this browser's signed-in session and its user.
#[derive(Clone)]
pub struct SignedInUser {
    pub session_id: String,
    pub user: User,
}

/// Loads the signed-in session (`preferred` if it is one of this browser's, else the most recent) and its user.
/// Nobody signed in is the error [`load::SIGNED_OUT`].
pub async fn load_signed_in_user(preferred: Option<String>) -> Result<SignedInUser, ApiError> {
    let sessions = sessions::browser_sessions().await?;
    let session = sessions::pick_signed_in(sessions, preferred.as_deref()).ok_or_else(load::signed_out)?;
    let user_id = sessions::user_id(&session).ok_or_else(load::signed_out)?.to_owned();
    match client::call::<GetUserByID>(&GetUserByIdRequest { user_id }).await {
        Ok(answer) => Ok(SignedInUser { session_id: session.id, user: answer.user }),
        // The session no longer grants access (ended elsewhere, expired): that is signed out.
        Err(error) if matches!(error.code, Code::PermissionDenied | Code::Unauthenticated | Code::NotFound) => {
            Err(load::signed_out())
        }
        Err(error) => Err(error),
    }
}

/// Sends the visitor to sign in when nobody is signed in, or to the forced password change when that is pending.
pub fn redirect_unless_signed_in(signed_in: Load<SignedInUser>) {
    let navigate = use_navigate();
    Effect::new(move || {
        let replace = NavigateOptions { replace: true, ..Default::default() };
        match signed_in.get() {
            Some(Err(error)) if error.id == load::SIGNED_OUT => navigate(links::LOGINNAME, replace),
            Some(Ok(SignedInUser { session_id, user })) if needs_password_change(&user) => {
                navigate(&links::password_change(&user.preferred_login_name, &session_id), replace)
            }
            _ => {}
        }
    });
}

fn needs_password_change(user: &User) -> bool {
    user.human.as_ref().is_some_and(|human| human.password_change_required)
}

#[component]
pub fn SignedIn() -> impl IntoView {
    let session_id = use_query_param(param::SESSION_ID);
    let signed_in = Load::new(move || load_signed_in_user(session_id.get_untracked()));
    redirect_unless_signed_in(signed_in);

    view! {
        <Card title=Msg::SignedInTitle>
            {signed_in
                .view(|SignedInUser { session_id, user }| {
                    view! {
                        <div class="signed-in">
                            <span class="avatar" aria-hidden="true">
                                {initials(&user)}
                            </span>
                            <p class="muted">{t(Msg::SignedInAs)}</p>
                            <p id="signedin-user" class="signed-in-name">
                                {user.display_name()}
                            </p>
                            <p class="muted">{user.preferred_login_name.clone()}</p>
                        </div>
                        <a id="profile-link" class="button primary" href=links::profile(&session_id)>
                            {t(Msg::ProfileLink)}
                        </a>
                    }
                })}
        </Card>
    }
}

/// Up to two initials for the avatar circle.
pub fn initials(user: &User) -> String {
    user.display_name().split(' ').filter_map(|word| word.chars().next()).take(2).collect()
}
