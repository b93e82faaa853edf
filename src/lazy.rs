//! Pages that load on first use. Only the sign-in start (`/`, `/loginname`) is in the app's main wasm,
//! so the login page's first load stays small; every other page sits behind a `#[wasm_split]` point and comes in
//! its own chunk the first time the router needs it. `cargo xtask` splits the wasm at these points (between cargo
//! and wasm-bindgen) and on other targets the split functions are plain calls.
//!
//! A chunk that fails to load (offline, a deploy swapped the files) shows the page-load error with a way to try
//! again, never a blank page: the split points are `fallible`, so a failed load is an `Err`, not a panic.
//!
//! The login page itself keeps only what its first paint needs: its extra ways in (passkey button and autofill,
//! identity provider buttons) come right after in the small `extras` chunk, what happens after "Continue" comes with
//! the `signin` chunk that the next page needs anyway, the language switcher at the foot of every page comes with
//! the `extras` too, as does the loading of the org's logo and legal links (its colours are in the server's theme
//! stylesheet), and the "confirm it's you" dialog loads when it first opens (see the parts below).

use std::future::Future;
use std::pin::Pin;

use gatehouse_api::{ApiError, Code};
use leptos::prelude::*;
use leptos_router::LazyRoute;
use send_wrapper::SendWrapper;
use wasm_split_helpers::{wasm_split, SplitLoaderError};

use crate::components::{Card, LoadFailed};
use crate::i18n::Msg;
use crate::pages::{
    accounts::Accounts, authenticator_set::AuthenticatorSet, dev_outbox::DevOutbox, device::Device,
    device_consent::DeviceConsent, idp::IdpFailure, idp_success::IdpSuccess, login::Login, logout::Logout,
    logout_done::LogoutDone, mfa::Mfa, mfa::MfaSet, otp::OtpEmail, otp::OtpSms, otp::OtpTotp, otp_set::OtpEmailSet,
    otp_set::OtpSmsSet, otp_set::OtpTotpSet, passkey::Passkey, passkey_set::PasskeySet, passkey_set::U2fSet,
    password::Password, password_change::PasswordChange, password_set::PasswordSet, profile::Profile,
    recovery_code::RecoveryCode, register::Register, signedin::SignedIn, u2f::U2f, verify::Verify,
};

/// `Route` type => split function, chunk, page component. Two chunks: every step of signing in (and registering)
/// after the login name, and the account centre with its enrolment pages. Fewer, larger chunks keep a journey to
/// one or two fetches: the splitter puts code that both use into a shared chunk fetched alongside, and every
/// further chunk would multiply those shared pieces (seven chunks made 33 shared ones).
macro_rules! lazy_pages {
    ($($route:ident => $split:ident in $chunk:ident: $page:ident;)*) => {$(
        pub struct $route;

        #[wasm_split($chunk, fallible)]
        fn $split() -> Result<AnyView, SplitLoaderError> {
            Ok(view! { <$page /> }.into_any())
        }

        impl LazyRoute for $route {
            fn data() -> Self {
                $route
            }

            async fn view(_: Self) -> AnyView {
                $split().await.unwrap_or_else(|_| chunk_failed())
            }
        }
    )*};
}

lazy_pages! {
    LoginRoute => login_page in signin: Login;
    PasswordRoute => password_page in signin: Password;
    PasswordChangeRoute => password_change_page in signin: PasswordChange;
    PasswordSetRoute => password_set_page in signin: PasswordSet;
    MfaRoute => mfa_page in signin: Mfa;
    OtpTotpRoute => otp_totp_page in signin: OtpTotp;
    OtpSmsRoute => otp_sms_page in signin: OtpSms;
    OtpEmailRoute => otp_email_page in signin: OtpEmail;
    RecoveryCodeRoute => recovery_code_page in signin: RecoveryCode;
    PasskeyRoute => passkey_page in signin: Passkey;
    U2fRoute => u2f_page in signin: U2f;
    SignedInRoute => signedin_page in signin: SignedIn;
    AccountsRoute => accounts_page in signin: Accounts;
    LogoutRoute => logout_page in signin: Logout;
    LogoutDoneRoute => logout_done_page in signin: LogoutDone;
    MfaSetRoute => mfa_set_page in account: MfaSet;
    OtpTotpSetRoute => otp_totp_set_page in account: OtpTotpSet;
    OtpSmsSetRoute => otp_sms_set_page in account: OtpSmsSet;
    OtpEmailSetRoute => otp_email_set_page in account: OtpEmailSet;
    PasskeySetRoute => passkey_set_page in account: PasskeySet;
    U2fSetRoute => u2f_set_page in account: U2fSet;
    AuthenticatorSetRoute => authenticator_set_page in account: AuthenticatorSet;
    RegisterRoute => register_page in signin: Register;
    VerifyRoute => verify_page in signin: Verify;
    ProfileRoute => profile_page in account: Profile;
    IdpSuccessRoute => idp_success_page in signin: IdpSuccess;
    IdpFailureRoute => idp_failure_page in signin: IdpFailure;
    DeviceRoute => device_page in signin: Device;
    DeviceConsentRoute => device_consent_page in signin: DeviceConsent;
    DevOutboxRoute => dev_outbox_page in account: DevOutbox;
}

/// Work that runs in a chunk: the future the split function hands back.
pub type Task<T> = Pin<Box<dyn Future<Output = T>>>;

/// A part of a page that comes in a chunk: nothing until the chunk is there, then the part. A failed load leaves
/// the part out (these parts are extra ways in; the page works without them). The view is built when the chunk has
/// arrived, under the owner of the place it appears in (Suspend polls in that owner), so it can use the router's
/// hooks and is cleaned up with the page.
fn lazy_part(load: impl Future<Output = Result<AnyView, SplitLoaderError>> + 'static) -> AnyView {
    lazy_part_or(load, || ())
}

/// [`lazy_part`] that runs `failed` when the chunk does not load.
fn lazy_part_or(
    load: impl Future<Output = Result<AnyView, SplitLoaderError>> + 'static,
    failed: impl FnOnce() + 'static,
) -> AnyView {
    // The split function's future is not `Send`; in the browser everything runs on one thread anyway.
    let part = SendWrapper::new(async move {
        load.await.unwrap_or_else(|_| {
            failed();
            ().into_any()
        })
    });
    Suspend::new(part).into_any()
}

#[wasm_split(extras, fallible)]
fn passkey_sign_in_part() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <crate::pages::passkey::PasskeySignIn /> }.into_any())
}

/// `/loginname`'s passkey button and the passkeys offered in the username field's autofill.
pub fn passkey_sign_in() -> AnyView {
    lazy_part(passkey_sign_in_part())
}

#[wasm_split(extras, fallible)]
fn login_idp_buttons_part() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <crate::components::IdpButtons separator=true /> }.into_any())
}

/// `/loginname`'s identity provider buttons (under an "or" line).
pub fn login_idp_buttons() -> AnyView {
    lazy_part(login_idp_buttons_part())
}

#[wasm_split(account, fallible)]
fn reauth_dialog_part(open: RwSignal<bool>) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <crate::components::reauth_dialog::ReauthDialogBody open /> }.into_any())
}

/// The "confirm it's you" dialog, loaded when it first opens (only sensitive changes of the account centre need it).
/// Should it not load, the waiting request gets its refusal, as if the user had cancelled.
pub fn reauth_dialog(open: RwSignal<bool>) -> AnyView {
    lazy_part_or(reauth_dialog_part(open), move || {
        open.set(false);
        crate::reauth::settle(false);
    })
}

#[wasm_split(signin, fallible)]
fn login_name_next_step(name: String) -> Result<Task<crate::pages::loginname::Next>, SplitLoaderError> {
    Ok(Box::pin(crate::pages::loginname::next_step(name)))
}

/// What follows "Continue" on `/loginname` (in the `signin` chunk, which the next page needs anyway).
pub async fn login_name_next(name: String) -> crate::pages::loginname::Next {
    match login_name_next_step(name).await {
        Ok(task) => task.await,
        Err(_) => crate::pages::loginname::Next::FormError(crate::i18n::error_message(&chunk_error())),
    }
}

#[wasm_split(extras, fallible)]
fn language_switcher_part() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <crate::components::LanguageSwitcher /> }.into_any())
}

/// The language switcher at the foot of every page, right after the page's first paint (which is already in the
/// language the server picked).
pub fn language_switcher() -> AnyView {
    lazy_part(language_switcher_part())
}

#[wasm_split(extras, fallible)]
fn load_brand_now(brand: crate::branding::Brand) -> Result<(), SplitLoaderError> {
    crate::branding::load(brand);
    Ok(())
}

/// Loads the org's logos and legal links (the colours are in the server's theme stylesheet, already applied).
pub async fn load_brand(brand: crate::branding::Brand) {
    if load_brand_now(brand).await.is_err() {
        crate::branding::load_failed(brand);
    }
}

#[wasm_split(signin, fallible)]
fn after_first_factor_task(session_id: String) -> Result<Task<Result<String, ApiError>>, SplitLoaderError> {
    Ok(Box::pin(async move { crate::flow::after_first_factor(&session_id).await }))
}

/// [`crate::flow::after_first_factor`] for the login page's passkey sign-in, which is in the `extras` chunk: the
/// flow and what it loads stay with the pages after the login name.
pub async fn after_first_factor(session_id: String) -> Result<String, ApiError> {
    match after_first_factor_task(session_id).await {
        Ok(task) => task.await,
        Err(_) => Err(chunk_error()),
    }
}

#[wasm_split(signin, fallible)]
fn save_language_task(code: String) -> Result<Task<()>, SplitLoaderError> {
    Ok(Box::pin(crate::components::language_switcher::save_for_signed_in_user(code)))
}

/// Saves a language choice as the signed-in user's preferred language (best effort, like the saving itself). In
/// the `signin` chunk, with the session and user calls it makes: the switcher itself stays small.
pub async fn save_language(code: String) {
    if let Ok(task) = save_language_task(code).await {
        task.await;
    }
}

fn chunk_error() -> ApiError {
    ApiError::new(Code::Unavailable, "", "a page chunk could not be loaded")
}

/// In place of a page whose chunk did not load: the load error and a retry, which reloads the page (the failed
/// fetch is not cached, so the reload fetches the chunk afresh).
fn chunk_failed() -> AnyView {
    let error = chunk_error();
    let retry = Callback::new(|()| {
        if let Some(window) = web_sys::window() {
            // Reload only fails when the page is being torn down anyway.
            let _ = window.location().reload();
        }
    });
    view! {
        <Card title=Msg::LoadFailed>
            <LoadFailed error on_retry=retry />
        </Card>
    }
    .into_any()
}
