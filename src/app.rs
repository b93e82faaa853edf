//! The route table. Route names follow ZITADEL's login so links from ZITADEL-style set-ups keep working.

use leptos::prelude::*;
use leptos_router::components::{FlatRoutes, Route, Router};
use leptos_router::hooks::use_navigate;
use leptos_router::{path, NavigateOptions};

use crate::links;
use crate::pages::{
    dev_outbox::DevOutbox, loginname::LoginName, logout::Logout, not_found::NotFound, password::Password,
    password_change::PasswordChange, password_set::PasswordSet, profile::Profile, register::Register, signedin::SignedIn, verify::Verify,
};

#[component]
pub fn App() -> impl IntoView {
    crate::branding::provide_brand();
    view! {
        <Router>
            <crate::focus::SkipLink />
            <div class="page">
                <FlatRoutes fallback=NotFound>
                    <Route path=path!("/") view=Root />
                    <Route path=path!("/login") view=crate::pages::login::Login />
                    <Route path=path!("/accounts") view=crate::pages::accounts::Accounts />
                    <Route path=path!("/device") view=crate::pages::device::Device />
                    <Route path=path!("/device/consent") view=crate::pages::device_consent::DeviceConsent />
                    <Route path=path!("/loginname") view=LoginName />
                    <Route path=path!("/idp/:provider/success") view=crate::pages::idp_success::IdpSuccess />
                    <Route path=path!("/idp/:provider/failure") view=crate::pages::idp::IdpFailure />
                    <Route path=path!("/password") view=Password />
                    <Route path=path!("/password/change") view=PasswordChange />
                    <Route path=path!("/password/set") view=PasswordSet />
                    <Route path=path!("/register") view=Register />
                    <Route path=path!("/verify") view=Verify />
                    <Route path=path!("/signedin") view=SignedIn />
                    <Route path=path!("/profile") view=Profile />
                    <Route path=path!("/logout") view=Logout />
                    <Route path=path!("/logout/done") view=crate::pages::logout_done::LogoutDone />
                    <Route path=path!("/mfa") view=crate::pages::mfa::Mfa />
                    <Route path=path!("/mfa/set") view=crate::pages::mfa::MfaSet />
                    <Route path=path!("/otp/time-based") view=crate::pages::otp::OtpTotp />
                    <Route path=path!("/otp/sms") view=crate::pages::otp::OtpSms />
                    <Route path=path!("/otp/email") view=crate::pages::otp::OtpEmail />
                    <Route path=path!("/otp/time-based/set") view=crate::pages::otp_set::OtpTotpSet />
                    <Route path=path!("/otp/sms/set") view=crate::pages::otp_set::OtpSmsSet />
                    <Route path=path!("/otp/email/set") view=crate::pages::otp_set::OtpEmailSet />
                    <Route path=path!("/recovery-code") view=crate::pages::recovery_code::RecoveryCode />
                    <Route path=path!("/passkey") view=crate::pages::passkey::Passkey />
                    <Route path=path!("/passkey/set") view=crate::pages::passkey_set::PasskeySet />
                    <Route
                        path=path!("/authenticator/set")
                        view=crate::pages::authenticator_set::AuthenticatorSet
                    />
                    <Route path=path!("/u2f") view=crate::pages::u2f::U2f />
                    <Route path=path!("/u2f/set") view=crate::pages::passkey_set::U2fSet />
                    <Route path=path!("/dev/outbox") view=DevOutbox />
                </FlatRoutes>
                <crate::components::LegalFooter />
                <crate::components::LanguageSwitcher />
                <crate::components::ReauthDialog />
            </div>
        </Router>
    }
}

/// `/` has no page of its own: it is where signing in starts. (A two-line stand-in for `<Redirect>`, which
/// brings URL resolution code the app does not otherwise need.)
#[component]
fn Root() -> impl IntoView {
    let navigate = use_navigate();
    Effect::new(move || navigate(links::LOGINNAME, NavigateOptions { replace: true, ..Default::default() }));
}
