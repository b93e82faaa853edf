//! Every user-facing text of the app, in one place, and the mapping from API errors to friendly messages.
//!
//! Components keep a [`Msg`] (not a string) in their signals and render it with [`t`]. The texts live in Fluent
//! files, one per language (public/locales/<lang>.ftl; English, en.ftl, is the reference): a message's id is its
//! variant name in kebab case (`LoginNameTitle` -> `login-name-title`), and the functions below with parameters
//! format the messages that have `{ $variables }`. Only the active language is loaded (see [`crate::locale`]).

use gatehouse_api::{ApiError, Code};
use std::cell::RefCell;

use fluent_bundle::FluentValue;

use gatehouse_api::json::Timestamp;

use crate::locale;

/// A user-facing message without parameters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(test, derive(strum::EnumIter))]
pub enum Msg {
    // Shared
    AppName,
    SkipToContent,
    // Branding and legal footer
    BrandLogoAlt,
    LegalNavLabel,
    LegalTos,
    LegalPrivacy,
    LegalHelp,
    LegalDocs,
    LegalSupport,
    PoweredBy,
    /// The language switcher under every page.
    LanguageSwitcherLabel,
    Loading,
    LoadFailed,
    Retry,
    NetworkError,
    Unexpected,
    ServerError,
    NotAllowed,
    SessionExpired,
    TooManyAttempts,
    InvalidInput,
    // /loginname
    LoginNameTitle,
    LoginNameIntro,
    LoginNameLabel,
    LoginNameRequired,
    UserNotFound,
    Continue,
    Checking,
    NoAccountYet,
    CreateAccountLink,
    SignedOut,
    EmailVerifiedSignIn,
    // External identity providers (buttons on /loginname, /idp/{provider}/success and /failure, linked accounts)
    IdpOr,
    IdpRedirecting,
    IdpSigningIn,
    IdpLinkIncomplete,
    IdpIntentInvalid,
    IdpRegisterTitle,
    IdpLinkTitle,
    IdpLinkSubmit,
    IdpNoAccountTitle,
    IdpLinkedTitle,
    IdpLinkedElsewhere,
    IdpFailureTitle,
    IdpDenied,
    IdpFailed,
    IdpLinkFailed,
    BackToSignIn,
    LinkedAccountsTitle,
    LinkedAccountsEmpty,
    LinkAnotherAccount,
    IdpLastLoginMethod,
    UsernameInvalid,
    // /password
    PasswordTitle,
    NotYou,
    PasswordLabel,
    PasswordRequired,
    SignIn,
    SigningIn,
    WrongPassword,
    UserLocked,
    EmailUnverified,
    VerifyEmailLink,
    PasswordChangeRequired,
    LoginNameOrPasswordWrong,
    // /password/change
    PasswordChangeTitle,
    PasswordChangeIntro,
    CurrentPasswordLabel,
    CurrentPasswordRequired,
    NewPasswordLabel,
    NewPasswordConfirmLabel,
    ChangePassword,
    Saving,
    PasswordPolicyNotMet,
    SamePassword,
    // /register
    RegisterTitle,
    RegisterIntro,
    GivenNameLabel,
    GivenNameRequired,
    FamilyNameLabel,
    FamilyNameRequired,
    EmailLabel,
    EmailRequired,
    EmailInvalid,
    EmailTaken,
    PasswordConfirmLabel,
    CreateAccount,
    CreatingAccount,
    HaveAccount,
    SignInLink,
    // Password checklist
    ChecklistTitle,
    RuleUppercase,
    RuleLowercase,
    RuleNumber,
    RuleSymbol,
    RuleMatch,
    RuleMet,
    RuleNotMet,
    PolicyLoading,
    PolicyLoadFailed,
    // /verify
    VerifyTitle,
    VerifyIntroGeneric,
    CodeLabel,
    CodeRequired,
    CodeInvalid,
    CodeExpired,
    Verify,
    Verifying,
    Resend,
    Sending,
    CodeSent,
    VerifyLinkIncomplete,
    VerifyUserUnknown,
    // /signedin
    SignedInTitle,
    SignedInAs,
    ProfileLink,
    // /profile
    ProfileTitle,
    UsernameLabel,
    Verified,
    NotVerified,
    SessionsTitle,
    ThisBrowser,
    UnknownDevice,
    SessionCreated,
    SessionLastActive,
    NoSessions,
    LogOut,
    LogOutEverywhere,
    LoggingOut,
    // /logout
    LogoutTitle,
    LogoutIntro,
    EndSession,
    LogoutAll,
    NoBrowserSessions,
    // /dev/outbox
    OutboxTitle,
    OutboxIntro,
    OutboxEmpty,
    OutboxDisabled,
    Refresh,
    MailTo,
    MailDate,
    // Second factors (authenticator app, codes by email/SMS, recovery codes, /mfa, /mfa/set)
    TotpTitle,
    TotpIntro,
    OtpSmsTitle,
    OtpSmsIntro,
    OtpEmailTitle,
    OtpEmailIntro,
    OtherMethod,
    UseRecoveryCode,
    TotpSetTitle,
    TotpSetIntro,
    TotpSecretLabel,
    OtpSmsSetTitle,
    OtpSmsSetIntro,
    OtpEmailSetTitle,
    OtpEmailSetIntro,
    TurnOn,
    MfaTitle,
    MfaIntro,
    MfaSetTitle,
    MfaSetIntro,
    MfaSetForcedIntro,
    Skip,
    AuthenticatorApp,
    SmsCodes,
    EmailCodes,
    SecurityKey,
    RecoveryCodesName,
    RecoveryCodeTitle,
    RecoveryCodeIntro,
    RecoveryCodeLabel,
    SecondFactorsTitle,
    FactorOn,
    FactorOff,
    FactorRemove,
    FactorRemoving,
    SetUp,
    Generate,
    Regenerate,
    RecoveryNeedsFactor,
    RecoveryCodesShownOnce,
    Copy,
    Copied,
    Download,
    TotpInvalid,
    TotpReused,
    TotpAlreadySetUp,
    RecoveryInvalid,
    RecoveryUsed,
    LastFactorRefused,
    MfaForced,
    OtpNotSetUp,
    OtpNeedsVerifiedEmail,
    OtpNeedsVerifiedPhone,
    OtpNoChallenge,
    SecondFactorLocked,
    // Fallback route
    NotFoundTitle,
    NotFoundBody,
    GoToSignIn,
    // App sign-in (/login, /accounts, /signedin with an app's request, /device, /logout/done)
    AppLoginTitle,
    AppLoginLoading,
    AuthRequestGone,
    AccountsTitle,
    AccountsIntro,
    UseAnotherAccount,
    ReturningToApp,
    ReturnToApp,
    CallbackFailedTitle,
    CallbackReauthenticate,
    CallbackSecondFactor,
    CallbackWrongOrganization,
    CallbackAlreadyAnswered,
    SignInAgain,
    DeviceTitle,
    DeviceIntro,
    DeviceCodeLabel,
    DeviceCodeRequired,
    DeviceCodeUnknown,
    DeviceConsentTitle,
    DeviceConsentIntro,
    DeviceScopes,
    Allow,
    Deny,
    DeviceApproved,
    DeviceDenied,
    LogoutDoneTitle,
    LogoutDoneBody,
    // Account centre (/password/set, /profile sections)
    ForgotPassword,
    PasswordSetTitle,
    PasswordSetIntro,
    PasswordResetSent,
    SetNewPassword,
    PasswordSetDone,
    PasswordLinkIncomplete,
    SectionProfile,
    SectionEmail,
    SectionPhone,
    SectionPassword,
    SectionSecurity,
    SectionDangerZone,
    NickNameLabel,
    DisplayNameLabel,
    LanguageLabel,
    GenderLabel,
    GenderUnspecified,
    GenderFemale,
    GenderMale,
    GenderDiverse,
    Save,
    Saved,
    Cancel,
    UsernameRequired,
    UsernameTaken,
    ChangeEmail,
    NewEmailLabel,
    SendCode,
    EmailSame,
    PhoneLabel,
    PhoneNone,
    AddPhone,
    ChangePhone,
    RemovePhone,
    PhoneInvalid,
    PhoneCodeLabel,
    NoSmsProvider,
    PasswordChanged,
    EndOtherSessions,
    SessionIp,
    SignInMethodsTitle,
    SecurityLogTitle,
    SecurityLogEmpty,
    EvSignedIn,
    EvPasswordFailed,
    EvPasswordChanged,
    EvEmailChanged,
    EvEmailChangeRequested,
    EvEmailVerified,
    EvPhoneChanged,
    EvPhoneVerified,
    EvPhoneRemoved,
    EvUserLocked,
    EvProfileChanged,
    EvUsernameChanged,
    EvAccountCreated,
    EvFactorAdded,
    EvFactorRemoved,
    DownloadData,
    DownloadDataIntro,
    DeleteAccount,
    DeleteAccountIntro,
    DeleteAccountConfirm,
    Deleting,
    DeleteForbidden,
    OutboxSmsTitle,
    // Passkeys and security keys (WebAuthn)
    WebAuthnUnsupported,
    WebAuthnCancelled,
    WebAuthnAlreadyRegistered,
    WebAuthnFailed,
    WebAuthnUnknownCredential,
    WebAuthnExpired,
    PasskeysNotAllowed,
    WebAuthnLastFactor,
    SignInWithPasskey,
    PasskeyTitle,
    PasskeyIntro,
    PasskeyUse,
    PasskeyWaiting,
    UsePasswordInstead,
    PasskeySetTitle,
    PasskeySetIntro,
    PasskeySignupIntro,
    ChooseAnotherWay,
    RegisterWithPasskeyInstead,
    RegisterWithPasswordInstead,
    RegisterPasskeyHint,
    AuthenticatorSetTitle,
    AuthenticatorSetIntro,
    AuthenticatorPasskey,
    AuthenticatorPasskeyHint,
    AuthenticatorPassword,
    AuthenticatorPasswordHint,
    PasskeySignupGrant,
    SecondFactorBeforeFirst,
    PasskeysUnavailableHere,
    PasskeyOtherHost,
    PasskeyNameLabel,
    PasskeyCreate,
    PasskeyCreating,
    PasskeyAdded,
    NotNow,
    BackToProfile,
    U2fTitle,
    U2fIntro,
    U2fUse,
    U2fWaiting,
    U2fSetTitle,
    U2fSetIntro,
    U2fNameLabel,
    U2fCreate,
    U2fAdded,
    Passkeys,
    PasskeysEmpty,
    PasskeyAdd,
    SecurityKeys,
    SecurityKeysEmpty,
    SecurityKeyAdd,
    Rename,
    Remove,
    AddedOn,
    LastUsed,
    NeverUsed,
    NameRequired,
    ReauthTitle,
    ReauthIntro,
    ReauthIntroPasskey,
    ReauthConfirm,
    ReauthChecking,
    ReauthWithPasskey,
    ReauthRequired,
    PhoneOtpSmsWarning,
    // Account centre: profile picture, code resend limit
    AvatarTitle,
    AvatarChoose,
    AvatarHint,
    AvatarSave,
    AvatarRemove,
    AvatarTooBig,
    AvatarNotImage,
    AvatarSaved,
    AvatarRemoved,
    TooManyCodes,
    // Org-scoped login: a bare name or address that fits users of several orgs
    LoginNameAmbiguous,
    // Security log: a session ended, with the device and address that ended it
    EvSignedOut,
    // Account centre: deleting one's own account forbidden by the org's account policy
    DeleteForbiddenPolicy,
}

/// The text of `msg` in the active language. Formatted once per message and kept for the page's life (a page
/// load has one language; switching reloads), so components keep plain `&'static str`s: at most one leaked
/// string per variant. A message missing from the file shows its id, which the completeness test prevents.
pub fn t(msg: Msg) -> &'static str {
    thread_local! {
        static TEXTS: RefCell<Vec<Option<&'static str>>> = const { RefCell::new(Vec::new()) };
    }
    let index = msg as usize;
    if let Some(text) = TEXTS.with(|texts| texts.borrow().get(index).copied().flatten()) {
        return text;
    }
    let id = msg_id(msg);
    let text: &'static str = Box::leak(locale::format(&id, None).unwrap_or(id).into_boxed_str());
    TEXTS.with(|texts| {
        let mut texts = texts.borrow_mut();
        if texts.len() <= index {
            texts.resize(index + 1, None);
        }
        texts[index] = Some(text);
    });
    text
}

/// The Fluent id of a message: its variant name in kebab case (`U2fSetTitle` -> `u2f-set-title`).
pub fn msg_id(msg: Msg) -> String {
    let name = format!("{msg:?}");
    let mut id = String::with_capacity(name.len() + 4);
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            id.push('-');
        }
        id.push(c.to_ascii_lowercase());
    }
    id
}

/// The browser tab's title for a page.
pub fn page_title(page: Msg) -> String {
    fmt("page-title", &[("page", t(page).into()), ("app", t(Msg::AppName).into())])
}

/// Checklist rule: minimum length.
pub fn rule_length(min_length: u64) -> String {
    fmt("rule-length", &[("min_length", min_length.into())])
}

/// A session's device, e.g. "Firefox on Linux".
pub fn browser_on_os(browser: &str, os: &str) -> String {
    fmt("browser-on-os", &[("browser", browser.into()), ("os", os.into())])
}

/// The second line of a session on /logout: whose login, on which device.
pub fn login_on_device(login_name: &str, device: &str) -> String {
    fmt("login-on-device", &[("login_name", login_name.into()), ("device", device.into())])
}

/// /verify introduction when we know the address.
pub fn verify_intro(email: &str) -> String {
    fmt("verify-intro", &[("email", email.into())])
}

/// The resend button while it cools down.
pub fn resend_in(seconds: u32) -> String {
    fmt("resend-in", &[("seconds", seconds.into())])
}

/// The account centre's note about a pending email change.
pub fn email_pending(email: &str) -> String {
    fmt("email-pending", &[("email", email.into())])
}

/// The account centre's note after a code went out by SMS.
pub fn sms_sent(phone: &str) -> String {
    fmt("sms-sent", &[("phone", phone.into())])
}

/// The button of an identity provider on the login page.
pub fn idp_continue_with(provider: &str) -> String {
    fmt("idp-continue-with", &[("provider", provider.into())])
}

/// /idp/…/success: the registration form's introduction.
pub fn idp_register_intro(provider: &str) -> String {
    fmt("idp-register-intro", &[("provider", provider.into())])
}

/// /idp/…/success: linking to an existing account.
pub fn idp_link_intro(provider: &str) -> String {
    fmt("idp-link-intro", &[("provider", provider.into())])
}

/// /idp/…/success: neither linked nor allowed to create or link.
pub fn idp_no_account(provider: &str) -> String {
    fmt("idp-no-account", &[("provider", provider.into())])
}

/// /idp/…/success after linking from the account centre.
pub fn idp_linked(provider: &str) -> String {
    fmt("idp-linked", &[("provider", provider.into())])
}

/// A message with variables, formatted in the active language (numbers through `Intl.NumberFormat`).
fn fmt(id: &str, args: &[(&'static str, FluentValue<'_>)]) -> String {
    #[cfg(test)]
    tests::ASKED.with(|asked| asked.borrow_mut().insert(id.to_owned()));
    let mut fluent_args = fluent_bundle::FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    locale::format(id, Some(&fluent_args)).unwrap_or_else(|| id.to_owned())
}

/// Stable error ids (ZITADEL's, plus Gatehouse's own) that get a message of their own.
pub mod error_ids {
    pub const WRONG_PASSWORD: &str = "COMMAND-3M0fs";
    pub const USER_LOCKED: &str = "COMMAND-SFA3t";
    pub const USER_NOT_FOUND: &str = "QUERY-Dfbg2";
    /// server/src/session/login_name.rs `AMBIGUOUS`.
    pub const LOGIN_NAME_AMBIGUOUS: &str = "GATEHOUSE-LoginNameAmbiguous";
    pub const EMAIL_UNVERIFIED: &str = "GATEHOUSE-EmailUnverified";
    pub const PASSWORD_CHANGE_REQUIRED: &str = "COMMAND-PwChange";
    pub const CODE_INVALID: &str = "COMMAND-Code-Invalid";
    pub const CODE_EXPIRED: &str = "COMMAND-Code-Expired";
    pub const PASSWORD_POLICY: &str = "COMMAND-Policy-Password";
    pub const USER_EXISTS: &str = "COMMAND-User-Exists";
    pub const PHONE_INVALID: &str = "PHONE-so0wa";
    pub const NO_SMS_PROVIDER: &str = "SMS-NoProvider";
    pub const EMAIL_SAME: &str = "EMAIL-Same";
    pub const EMAIL_INVALID: &str = "EMAIL-599BI";
}

/// The message for an error of a second-factor step: the factor's own errors, else [`error_message`].
pub fn second_factor_error(error: &ApiError) -> Msg {
    match error.id.as_str() {
        "GATEHOUSE-TOTP-Invalid" => Msg::TotpInvalid,
        "GATEHOUSE-TOTP-Reused" => Msg::TotpReused,
        "GATEHOUSE-Recovery-Invalid" => Msg::RecoveryInvalid,
        "GATEHOUSE-Recovery-Used" => Msg::RecoveryUsed,
        "GATEHOUSE-MFA-LastFactor" => Msg::LastFactorRefused,
        "GATEHOUSE-MFA-Forced" => Msg::MfaForced,
        "COMMAND-8isk2" | "COMMAND-Otp-NotReady" => Msg::OtpNotSetUp,
        "COMMAND-Sg1hz" => Msg::OtpNeedsVerifiedEmail,
        "COMMAND-Sg1hy" => Msg::OtpNeedsVerifiedPhone,
        "COMMAND-Otp-NoChallenge" => Msg::OtpNoChallenge,
        error_ids::USER_LOCKED => Msg::SecondFactorLocked,
        _ => error_message(error),
    }
}

/// The friendly message for an API error: by its stable id first, then by its status code.
pub fn error_message(error: &ApiError) -> Msg {
    use error_ids::*;
    match error.id.as_str() {
        WRONG_PASSWORD => return Msg::WrongPassword,
        USER_LOCKED => return Msg::UserLocked,
        USER_NOT_FOUND => return Msg::UserNotFound,
        LOGIN_NAME_AMBIGUOUS => return Msg::LoginNameAmbiguous,
        EMAIL_UNVERIFIED => return Msg::EmailUnverified,
        PASSWORD_CHANGE_REQUIRED => return Msg::PasswordChangeRequired,
        CODE_INVALID => return Msg::CodeInvalid,
        CODE_EXPIRED => return Msg::CodeExpired,
        PASSWORD_POLICY => return Msg::PasswordPolicyNotMet,
        USER_EXISTS => return Msg::EmailTaken,
        "GATEHOUSE-WebAuthn-Unknown" => return Msg::WebAuthnUnknownCredential,
        "GATEHOUSE-WebAuthn-Expired" => return Msg::WebAuthnExpired,
        "GATEHOUSE-Passkeys-NotAllowed" => return Msg::PasskeysNotAllowed,
        "GATEHOUSE-WebAuthn-LastFactor" => return Msg::WebAuthnLastFactor,
        "GATEHOUSE-WebAuthn-Registered" => return Msg::WebAuthnAlreadyRegistered,
        "COMMAND-5ckh8" => return Msg::TotpAlreadySetUp,
        "GATEHOUSE-WebAuthn-Name" => return Msg::NameRequired,
        "GATEHOUSE-Passkey-SignupGrant" => return Msg::PasskeySignupGrant,
        "GATEHOUSE-SecondFactor-FirstFactorMissing" => return Msg::SecondFactorBeforeFirst,
        "GATEHOUSE-WebAuthn-Domain" => return Msg::PasskeysUnavailableHere,
        "GATEHOUSE-WebAuthn-OtherHost" => return Msg::PasskeyOtherHost,
        crate::reauth::REAUTH_REQUIRED => return Msg::ReauthRequired,
        // The resend throttle (server/src/user/codes.rs): minutes, not the credential checks' minute.
        "GATEHOUSE-Code-Sends" => return Msg::TooManyCodes,
        gatehouse_api::account::DELETE_REFUSAL_ORG_POLICY => return Msg::DeleteForbiddenPolicy,
        gatehouse_api::account::DELETE_REFUSAL_ADMIN_ROLE => return Msg::DeleteForbidden,
        _ => {}
    }
    match error.code {
        Code::Unavailable | Code::DeadlineExceeded | Code::Canceled => Msg::NetworkError,
        Code::ResourceExhausted => Msg::TooManyAttempts,
        Code::PermissionDenied => Msg::NotAllowed,
        Code::Unauthenticated => Msg::SessionExpired,
        Code::InvalidArgument | Code::OutOfRange => Msg::InvalidInput,
        Code::Internal | Code::DataLoss | Code::Unknown | Code::Unimplemented => Msg::ServerError,
        _ => Msg::Unexpected,
    }
}

/// A timestamp as the reader expects it: the active language's format, their time zone (the browser's `Intl`).
pub fn format_timestamp(timestamp: &Timestamp) -> String {
    locale::format_date(timestamp.timestamp_millis() as f64)
}

/// How long ago (or until) a timestamp, in words of the active language: "3 minutes ago", "yesterday".
pub fn format_ago(timestamp: &Timestamp) -> String {
    locale::format_relative(timestamp.timestamp_millis() as f64)
}

/// A date given as text (RFC 3339 or RFC 5322, as in mail headers), formatted as [`format_timestamp`] does;
/// `None` if the browser cannot read it.
pub fn format_date_text(text: &str) -> Option<String> {
    let millis = js_sys::Date::new(&text.into()).get_time();
    (!millis.is_nan()).then(|| locale::format_date(millis))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;
    use strum::IntoEnumIterator;

    thread_local! {
        /// Ids the functions with parameters asked for (see `fmt`).
        pub static ASKED: RefCell<BTreeSet<String>> = const { RefCell::new(BTreeSet::new()) };
    }

    /// (id, has variables) of every message in en.ftl.
    fn english() -> Vec<(String, bool)> {
        let source = include_str!("../public/locales/en.ftl");
        let mut messages = Vec::new();
        let mut current: Option<(String, bool)> = None;
        for line in source.lines() {
            let starts_message = line.chars().next().is_some_and(|c| c.is_ascii_lowercase()) && line.contains(" = ");
            if starts_message {
                messages.extend(current.take());
                let (id, value) = line.split_once(" = ").unwrap();
                current = Some((id.trim().to_owned(), value.contains('$')));
            } else if let Some((_, vars)) = current.as_mut() {
                *vars |= line.contains('$');
            }
        }
        messages.extend(current);
        messages
    }

    #[test]
    fn every_message_is_in_english_and_every_english_message_is_used() {
        let english = english();
        let ids: BTreeSet<&str> = english.iter().map(|(id, _)| id.as_str()).collect();
        let missing: Vec<String> = Msg::iter().map(msg_id).filter(|id| !ids.contains(id.as_str())).collect();
        assert!(missing.is_empty(), "Msg variants without a message in public/locales/en.ftl: {missing:?}");
        let variants: BTreeSet<String> = Msg::iter().map(msg_id).collect();
        let plain_unused: Vec<&str> =
            english.iter().filter(|(id, vars)| !vars && !variants.contains(id)).map(|(id, _)| id.as_str()).collect();
        assert!(plain_unused.is_empty(), "en.ftl messages without a Msg variant: {plain_unused:?}");
        for msg in Msg::iter() {
            assert_ne!(t(msg), msg_id(msg), "{msg:?} has no text");
        }
    }

    #[test]
    fn messages_with_variables_are_formatted_through_fluent() {
        page_title(Msg::AppName);
        rule_length(2);
        browser_on_os("x", "x");
        login_on_device("x", "x");
        verify_intro("x");
        resend_in(2);
        email_pending("x");
        sms_sent("x");
        idp_continue_with("x");
        idp_register_intro("x");
        idp_link_intro("x");
        idp_no_account("x");
        idp_linked("x");
        let asked = ASKED.with(|asked| asked.borrow().clone());
        let with_vars: BTreeSet<String> = english().into_iter().filter(|(_, vars)| *vars).map(|(id, _)| id).collect();
        assert_eq!(asked, with_vars, "every en.ftl message with variables needs its function here, and back");
        assert_eq!(rule_length(1), "At least 1 character");
        assert_eq!(rule_length(8), "At least 8 characters");
        assert_eq!(verify_intro("a@b.c"), "We sent a verification code to a@b.c. Enter it below.");
        assert_eq!(page_title(Msg::LoginNameTitle), "Sign in · Gatehouse");
    }

    #[test]
    fn ids_are_kebab_case_variant_names() {
        assert_eq!(msg_id(Msg::LoginNameTitle), "login-name-title");
        assert_eq!(msg_id(Msg::AppName), "app-name");
    }

    #[test]
    fn ids_win_over_codes() {
        let locked = ApiError::new(Code::FailedPrecondition, error_ids::USER_LOCKED, "locked");
        assert_eq!(error_message(&locked), Msg::UserLocked);
        assert!(t(Msg::UserLocked).contains("locked"));
        let unverified = ApiError::new(Code::FailedPrecondition, error_ids::EMAIL_UNVERIFIED, "x");
        assert!(t(error_message(&unverified)).contains("verify"));
    }

    #[test]
    fn codes_fall_back_to_generic_messages() {
        assert_eq!(error_message(&ApiError::new(Code::Unavailable, "", "down")), Msg::NetworkError);
        assert_eq!(error_message(&ApiError::new(Code::ResourceExhausted, "X", "slow")), Msg::TooManyAttempts);
        assert_eq!(error_message(&ApiError::new(Code::Aborted, "X", "?")), Msg::Unexpected);
    }
}
