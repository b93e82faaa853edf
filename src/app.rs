//! The route table. Route names follow ZITADEL's login so links from ZITADEL-style set-ups keep working. The pages
//! of `Lazy` routes load on first use (see [`crate::lazy`]).

use leptos::prelude::*;
use leptos_router::components::{FlatRoutes, Route, Router};
use leptos_router::hooks::use_navigate;
use leptos_router::{path, Lazy, NavigateOptions};

use crate::pages::{loginname::LoginName, not_found::NotFound};
use crate::{lazy, links};

#[component]
pub fn App() -> impl IntoView {
    crate::branding::provide_brand();
    view! {
        <Router>
            <crate::focus::SkipLink />
            <div class="page">
                <FlatRoutes fallback=NotFound>
                    <Route path=path!("/") view=Root />
                    <Route path=path!("/login") view={Lazy::<lazy::LoginRoute>::new()} />
                    <Route path=path!("/accounts") view={Lazy::<lazy::AccountsRoute>::new()} />
                    <Route path=path!("/device") view={Lazy::<lazy::DeviceRoute>::new()} />
                    <Route path=path!("/device/consent") view={Lazy::<lazy::DeviceConsentRoute>::new()} />
                    <Route path=path!("/loginname") view=LoginName />
                    <Route path=path!("/idp/:provider/success") view={Lazy::<lazy::IdpSuccessRoute>::new()} />
                    <Route path=path!("/idp/:provider/failure") view={Lazy::<lazy::IdpFailureRoute>::new()} />
                    <Route path=path!("/password") view={Lazy::<lazy::PasswordRoute>::new()} />
                    <Route path=path!("/password/change") view={Lazy::<lazy::PasswordChangeRoute>::new()} />
                    <Route path=path!("/password/set") view={Lazy::<lazy::PasswordSetRoute>::new()} />
                    <Route path=path!("/register") view={Lazy::<lazy::RegisterRoute>::new()} />
                    <Route path=path!("/verify") view={Lazy::<lazy::VerifyRoute>::new()} />
                    <Route path=path!("/signedin") view={Lazy::<lazy::SignedInRoute>::new()} />
                    <Route path=path!("/profile") view={Lazy::<lazy::ProfileRoute>::new()} />
                    <Route path=path!("/logout") view={Lazy::<lazy::LogoutRoute>::new()} />
                    <Route path=path!("/logout/done") view={Lazy::<lazy::LogoutDoneRoute>::new()} />
                    <Route path=path!("/mfa") view={Lazy::<lazy::MfaRoute>::new()} />
                    <Route path=path!("/mfa/set") view={Lazy::<lazy::MfaSetRoute>::new()} />
                    <Route path=path!("/otp/time-based") view={Lazy::<lazy::OtpTotpRoute>::new()} />
                    <Route path=path!("/otp/sms") view={Lazy::<lazy::OtpSmsRoute>::new()} />
                    <Route path=path!("/otp/email") view={Lazy::<lazy::OtpEmailRoute>::new()} />
                    <Route path=path!("/otp/time-based/set") view={Lazy::<lazy::OtpTotpSetRoute>::new()} />
                    <Route path=path!("/otp/sms/set") view={Lazy::<lazy::OtpSmsSetRoute>::new()} />
                    <Route path=path!("/otp/email/set") view={Lazy::<lazy::OtpEmailSetRoute>::new()} />
                    <Route path=path!("/recovery-code") view={Lazy::<lazy::RecoveryCodeRoute>::new()} />
                    <Route path=path!("/passkey") view={Lazy::<lazy::PasskeyRoute>::new()} />
                    <Route path=path!("/passkey/set") view={Lazy::<lazy::PasskeySetRoute>::new()} />
                    <Route path=path!("/authenticator/set") view={Lazy::<lazy::AuthenticatorSetRoute>::new()} />
                    <Route path=path!("/u2f") view={Lazy::<lazy::U2fRoute>::new()} />
                    <Route path=path!("/u2f/set") view={Lazy::<lazy::U2fSetRoute>::new()} />
                    <Route path=path!("/dev/outbox") view={Lazy::<lazy::DevOutboxRoute>::new()} />
                </FlatRoutes>
                <crate::components::LegalFooter />
                {crate::lazy::language_switcher()}
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
