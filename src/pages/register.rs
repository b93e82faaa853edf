//! `/register`: self-registration with a password, or with a passkey instead ("Use a passkey instead of a
//! password"). Creates the user (the server mails a verification code) and starts a session right away: with the
//! password, then on to `/verify`; without one, with the user check only, then on to `/passkey/set` in sign-up mode,
//! where this browser (and only this one, see the server's `webauthn::signup`) adds the account's first passkey.

use gatehouse_api::session::{CheckPassword, CheckUser, Checks, CreateSession, CreateSessionRequest};
use gatehouse_api::user::{AddHumanUser, AddHumanUserRequest, Password, SetHumanEmail, SetHumanProfile};
use gatehouse_api::Code;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::client;
use crate::components::password_checklist::policy_met;
use crate::components::{use_password_policy, Card, ErrorBanner, PasswordChecklist, SubmitButton, TextField};
use crate::i18n::{error_ids, error_message, t, Msg};
use crate::links;

#[component]
pub fn Register() -> impl IntoView {
    let navigate = use_navigate();
    let policy = use_password_policy();

    let given_name = RwSignal::new(String::new());
    let family_name = RwSignal::new(String::new());
    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let password_confirm = RwSignal::new(String::new());
    let given_name_error = RwSignal::new(None::<Msg>);
    let family_name_error = RwSignal::new(None::<Msg>);
    let email_error = RwSignal::new(None::<Msg>);
    let password_error = RwSignal::new(None::<Msg>);
    let password_confirm_error = RwSignal::new(None::<Msg>);
    let form_error = RwSignal::new(None::<Msg>);
    let pending = RwSignal::new(false);
    // Sign up with a passkey instead of a password: the password fields are hidden and not required.
    let with_passkey = RwSignal::new(false);
    let passkeys_possible = crate::webauthn::supported();

    let password_ok = Memo::new(move |_| password.with(|p| password_confirm.with(|c| policy_met(policy, p, c))));

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if pending.get_untracked() {
            return;
        }
        let given = given_name.get_untracked().trim().to_owned();
        let family = family_name.get_untracked().trim().to_owned();
        let address = email.get_untracked().trim().to_owned();
        let secret = password.get_untracked();

        let mut valid = true;
        let mut require = |ok: bool, error: RwSignal<Option<Msg>>, msg: Msg| {
            if !ok {
                error.set(Some(msg));
                valid = false;
            }
        };
        require(!given.is_empty(), given_name_error, Msg::GivenNameRequired);
        require(!family.is_empty(), family_name_error, Msg::FamilyNameRequired);
        if address.is_empty() {
            require(false, email_error, Msg::EmailRequired);
        } else {
            require(looks_like_email(&address), email_error, Msg::EmailInvalid);
        }
        let passwordless = with_passkey.get_untracked();
        if !passwordless {
            require(password_ok.get_untracked(), password_error, Msg::PasswordPolicyNotMet);
        }
        if !valid {
            return;
        }

        form_error.set(None);
        pending.set(true);
        let navigate = navigate.clone();
        client::spawn(async move {
            let request = AddHumanUserRequest {
                profile: Some(SetHumanProfile { given_name: given, family_name: family, ..Default::default() }),
                // No delivery option: the server mails the verification code (with a link to /verify).
                email: Some(SetHumanEmail { email: address.clone(), ..Default::default() }),
                password: (!passwordless).then(|| Password { password: secret.clone(), change_required: false }),
                ..Default::default()
            };
            let user_id = match client::call::<AddHumanUser>(&request).await {
                Ok(created) => created.user_id,
                Err(error) => {
                    pending.set(false);
                    match error.id.as_str() {
                        error_ids::USER_EXISTS => email_error.set(Some(Msg::EmailTaken)),
                        error_ids::PASSWORD_POLICY => password_error.set(Some(Msg::PasswordPolicyNotMet)),
                        _ if error.code == Code::AlreadyExists => email_error.set(Some(Msg::EmailTaken)),
                        _ => form_error.set(Some(error_message(&error))),
                    }
                    return;
                }
            };
            if passwordless {
                // A session with the user check only: the passkey made next is its first factor.
                let session = CreateSessionRequest {
                    checks: Some(Checks {
                        user: Some(CheckUser { user_id: Some(user_id.clone()), ..Default::default() }),
                        ..Default::default()
                    }),
                    ..Default::default()
                };
                let next = match client::call::<CreateSession>(&session).await {
                    Ok(created) => links::passkey_signup(&user_id, &address, &created.session_id),
                    Err(error) => {
                        pending.set(false);
                        form_error.set(Some(error_message(&error)));
                        return;
                    }
                };
                navigate(&next, Default::default());
                return;
            }
            // Sign in right away, so verifying the email leads straight to the signed-in page. The server answers
            // "email not verified" here, but keeps the session (with its password check) for this browser. If
            // this fails for another reason, /verify still works and sends the user to sign in afterwards.
            let session = CreateSessionRequest {
                checks: Some(Checks {
                    user: Some(CheckUser { user_id: Some(user_id.clone()), ..Default::default() }),
                    password: Some(CheckPassword { password: secret }),
                    ..Default::default()
                }),
                ..Default::default()
            };
            let _ = client::call::<CreateSession>(&session).await;
            navigate(&links::verify(&user_id, &address, false), Default::default());
        });
    };

    view! {
        <Card title=Msg::RegisterTitle>
            <p class="intro">{t(Msg::RegisterIntro)}</p>
            <form on:submit=on_submit novalidate>
                <ErrorBanner error=form_error />
                <div class="field-row">
                    <TextField
                        id="givenName"
                        label=Msg::GivenNameLabel
                        autocomplete="given-name"
                        value=given_name
                        error=given_name_error
                    />
                    <TextField
                        id="familyName"
                        label=Msg::FamilyNameLabel
                        autocomplete="family-name"
                        value=family_name
                        error=family_name_error
                    />
                </div>
                <TextField
                    id="email"
                    label=Msg::EmailLabel
                    input_type="email"
                    autocomplete="email"
                    value=email
                    error=email_error
                />
                <Show when=move || !with_passkey.get()>
                <TextField
                    id="password"
                    label=Msg::PasswordLabel
                    input_type="password"
                    autocomplete="new-password"
                    value=password
                    error=password_error
                />
                <TextField
                    id="passwordConfirm"
                    label=Msg::PasswordConfirmLabel
                    input_type="password"
                    autocomplete="new-password"
                    value=password_confirm
                    error=password_confirm_error
                />
                <PasswordChecklist policy password confirm=password_confirm />
                </Show>
                <Show when=move || with_passkey.get()>
                    <p id="register-passkey-hint" class="hint">{t(Msg::RegisterPasskeyHint)}</p>
                </Show>
                <SubmitButton
                    label=Msg::CreateAccount
                    pending_label=Msg::CreatingAccount
                    pending
                    blocked=Signal::derive(move || !with_passkey.get() && !password_ok.get())
                />
                <Show when=move || passkeys_possible>
                    <p class="alternative">
                        <button
                            id="register-with-passkey"
                            type="button"
                            class="link-button"
                            on:click=move |_| {
                                with_passkey.update(|on| *on = !*on);
                                password_error.set(None);
                            }
                        >
                            {move || {
                                t(
                                    if with_passkey.get() {
                                        Msg::RegisterWithPasswordInstead
                                    } else {
                                        Msg::RegisterWithPasskeyInstead
                                    },
                                )
                            }}
                        </button>
                    </p>
                </Show>
            </form>
            <p class="alternative">
                {t(Msg::HaveAccount)}
                " "
                <a href=links::LOGINNAME id="signin-link">
                    {t(Msg::SignInLink)}
                </a>
            </p>
        </Card>
    }
}

/// A light plausibility check (one `@`, something on both sides, a dot in the domain, no spaces); the server
/// and the verification mail are the real test.
fn looks_like_email(address: &str) -> bool {
    let Some((local, domain)) = address.split_once('@') else { return false };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !address.chars().any(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::looks_like_email;

    #[test]
    fn email_plausibility() {
        for good in ["ada@example.com", "admin@gatehouse.localhost", "a.b+c@sub.example.org"] {
            assert!(looks_like_email(good), "{good}");
        }
        for bad in ["", "ada", "ada@", "@example.com", "ada@example", "a b@example.com", "a@b@c.com", "a@.com"] {
            assert!(!looks_like_email(bad), "{bad}");
        }
    }
}
