//! Pages that load on first use. Only the sign-in start (`/`, `/loginname`) is in the app's main wasm,
//! so the login page's first load stays small; every other page sits behind a `#[wasm_split]` point and comes in
//! its own chunk the first time the router needs it. `cargo xtask` splits the wasm at these points (between cargo
//! and wasm-bindgen) and on other targets the split functions are plain calls.
//!
//! A chunk that fails to load (offline, a deploy swapped the files) shows the page-load error with a way to try
//! again, never a blank page: the split points are `fallible`, so a failed load is an `Err`, not a panic.

use gatehouse_api::{ApiError, Code};
use leptos::prelude::*;
use leptos_router::LazyRoute;
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

/// In place of a page whose chunk did not load: the load error and a retry, which reloads the page (the failed
/// fetch is not cached, so the reload fetches the chunk afresh).
fn chunk_failed() -> AnyView {
    let error = ApiError::new(Code::Unavailable, "", "a page chunk could not be loaded");
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
