//! `/signedin?sessionId=..`: the landing page after a successful sign-in.

use gatehouse_api::user::{GetUserByID, GetUserByIdRequest, User};
use gatehouse_api::{ApiError, Code};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::client;
use crate::components::{Card, LoadFailed, Loading};
use crate::i18n::{t, Msg};
use crate::links::{self, param};
use crate::pages::use_query_param;
use crate::sessions;

/// What the signed-in pages load first: this browser's signed-in session and its user.
#[derive(Clone)]
pub struct SignedInUser {
    pub session_id: String,
    pub user: User,
}

/// Loads the signed-in session (`preferred` if it is one of this browser's, else the most recent) and its user.
/// `Ok(None)`: nobody is signed in here.
pub async fn load_signed_in_user(preferred: Option<String>) -> Result<Option<SignedInUser>, ApiError> {
    let sessions = sessions::browser_sessions().await?;
    let Some(session) = sessions::pick_signed_in(sessions, preferred.as_deref()) else { return Ok(None) };
    let Some(user_id) = sessions::user_id(&session).map(str::to_owned) else { return Ok(None) };
    match client::call::<GetUserByID>(&GetUserByIdRequest { user_id }).await {
        Ok(answer) => Ok(Some(SignedInUser { session_id: session.id, user: answer.user })),
        // The session no longer grants access (ended elsewhere, expired): treat as signed out.
        Err(error) if matches!(error.code, Code::PermissionDenied | Code::Unauthenticated | Code::NotFound) => {
            Ok(None)
        }
        Err(error) => Err(error),
    }
}

/// Sends the visitor to sign in when nobody is signed in, or to the forced password change when that is pending.
pub fn redirect_if_signed_out(
    navigate: &impl Fn(&str, NavigateOptions),
    loaded: Option<Result<Option<SignedInUser>, ApiError>>,
) {
    let replace = NavigateOptions { replace: true, ..Default::default() };
    match loaded {
        Some(Ok(None)) => navigate(links::LOGINNAME, replace),
        Some(Ok(Some(signed_in))) if needs_password_change(&signed_in.user) => {
            let login = signed_in.user.preferred_login_name.clone();
            navigate(&links::password_change(&login, &signed_in.session_id), replace)
        }
        _ => {}
    }
}

pub fn needs_password_change(user: &User) -> bool {
    user.human.as_ref().is_some_and(|human| human.password_change_required)
}

#[component]
pub fn SignedIn() -> impl IntoView {
    let session_id = use_query_param(param::SESSION_ID);
    let signed_in = LocalResource::new(move || load_signed_in_user(session_id.get()));
    let navigate = use_navigate();
    Effect::new(move || redirect_if_signed_out(&navigate, signed_in.get()));

    view! {
        <Card title=Msg::SignedInTitle>
            {move || match signed_in.get() {
                None | Some(Ok(None)) => view! { <Loading /> }.into_any(),
                Some(Err(error)) => {
                    view! { <LoadFailed error on_retry=Callback::new(move |_| signed_in.refetch()) /> }.into_any()
                }
                Some(Ok(Some(SignedInUser { session_id, user }))) => {
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
                        .into_any()
                }
            }}
        </Card>
    }
}

/// Up to two letters for the avatar circle.
pub fn initials(user: &User) -> String {
    user.display_name().split_whitespace().filter_map(|word| word.chars().next()).take(2).collect::<String>().to_uppercase()
}
