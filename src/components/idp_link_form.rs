//! "Already have an account?" after a first sign-in with an external provider: the user proves they own an
//! existing account (login name and password), the provider's identity is linked to it, and the login goes on
//! as after any password (second factor, the app). Nothing is linked on the provider's word alone.

use gatehouse_api::idp::{AddIDPLink, AddIdpLinkRequest};
use gatehouse_api::session::{CheckPassword, CheckUser, Checks, CreateSession, CreateSessionRequest};
use gatehouse_api::{ApiError, Code};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::components::{ErrorBanner, TextField};
use crate::i18n::{error_ids, error_message, idp_link_intro, t, Msg};
use crate::pages::idp_success::Choice;
use crate::{client, flow};

/// Which field an error of the sign-in belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Field {
    LoginName,
    Password,
    Form,
}

fn field_of(error: &ApiError) -> Field {
    match error.id.as_str() {
        error_ids::USER_NOT_FOUND => Field::LoginName,
        error_ids::WRONG_PASSWORD | error_ids::USER_LOCKED => Field::Password,
        _ if error.code == Code::NotFound => Field::LoginName,
        _ if error.code == Code::ResourceExhausted => Field::Password,
        _ => Field::Form,
    }
}

/// Signs in with the password, links the identity to that user, and answers the login's next page.
async fn sign_in_and_link(login_name: String, password: String, choice: &Choice) -> Result<String, ApiError> {
    let request = CreateSessionRequest {
        checks: Some(Checks {
            user: Some(CheckUser { login_name: Some(login_name), user_id: None }),
            password: Some(CheckPassword { password }),
            ..Default::default()
        }),
        ..Default::default()
    };
    let session_id = client::call::<CreateSession>(&request).await?.session_id;
    let login = flow::load(&session_id).await?;
    let link = AddIdpLinkRequest { user_id: login.user_id.clone(), idp_link: Some(choice.link.clone()) };
    client::call::<AddIDPLink>(&link).await?;
    flow::next_after_first_factor(&login).await
}

#[component]
pub fn IdpLinkForm(
    choice: Choice,
    /// Under its own heading (when the page also offers registration).
    heading: bool,
) -> impl IntoView {
    let navigate = use_navigate();
    let login_name = RwSignal::new(choice.suggested_login.clone());
    let password = RwSignal::new(String::new());
    let login_name_error = RwSignal::new(None::<Msg>);
    let password_error = RwSignal::new(None::<Msg>);
    let form_error = RwSignal::new(None::<Msg>);
    let pending = RwSignal::new(false);
    let intro = idp_link_intro(&choice.provider);

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if pending.get_untracked() {
            return;
        }
        let name = login_name.get_untracked().trim().to_owned();
        let secret = password.get_untracked();
        if name.is_empty() {
            login_name_error.set(Some(Msg::LoginNameRequired));
        }
        if secret.is_empty() {
            password_error.set(Some(Msg::PasswordRequired));
        }
        if name.is_empty() || secret.is_empty() {
            return;
        }
        form_error.set(None);
        pending.set(true);
        let (navigate, choice) = (navigate.clone(), choice.clone());
        client::spawn(async move {
            match sign_in_and_link(name, secret, &choice).await {
                Ok(href) => navigate(&href, NavigateOptions { replace: true, ..Default::default() }),
                Err(error) => {
                    pending.set(false);
                    let msg = error_message(&error);
                    match field_of(&error) {
                        Field::LoginName => login_name_error.set(Some(Msg::UserNotFound)),
                        Field::Password => password_error.set(Some(msg)),
                        Field::Form if error.code == Code::AlreadyExists => {
                            form_error.set(Some(Msg::IdpLinkedElsewhere))
                        }
                        Field::Form => form_error.set(Some(msg)),
                    }
                }
            }
        });
    };

    view! {
        <section class="idp-link" aria-labelledby=heading.then_some("idp-link-title")>
            {heading.then(|| view! { <h2 id="idp-link-title">{t(Msg::IdpLinkTitle)}</h2> })}
            <form id="idp-link-form" on:submit=on_submit novalidate>
                <p class="intro">{intro}</p>
                <ErrorBanner error=form_error />
                <TextField
                    id="idp-link-loginName"
                    label=Msg::LoginNameLabel
                    autocomplete="username"
                    value=login_name
                    error=login_name_error
                />
                <TextField
                    id="idp-link-password"
                    label=Msg::PasswordLabel
                    autocomplete="current-password"
                    input_type="password"
                    value=password
                    error=password_error
                />
                <button
                    type="submit"
                    id="idp-link-submit"
                    class="button"
                    class=(["primary"], !heading)
                    class=(["secondary"], heading)
                    disabled=move || pending.get()
                    aria-busy=move || pending.get().to_string()
                >
                    <span class="when-idle">{t(Msg::IdpLinkSubmit)}</span>
                    <span class="when-busy">
                        <span class="spinner" aria-hidden="true"></span>
                        {t(Msg::SigningIn)}
                    </span>
                </button>
            </form>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sign_in_errors_go_next_to_their_field() {
        let wrong = ApiError::new(Code::InvalidArgument, error_ids::WRONG_PASSWORD, "x");
        assert_eq!(field_of(&wrong), Field::Password);
        assert_eq!(field_of(&ApiError::new(Code::NotFound, error_ids::USER_NOT_FOUND, "x")), Field::LoginName);
        assert_eq!(field_of(&ApiError::new(Code::ResourceExhausted, "", "slow")), Field::Password);
        assert_eq!(field_of(&ApiError::new(Code::PermissionDenied, "", "no")), Field::Form);
    }
}
