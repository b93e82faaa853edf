//! Every user-facing text of the app, in one place, and the mapping from API errors to friendly messages.
//!
//! Components keep a [`Msg`] (not a string) in their signals and render it with [`t`], so a later switch to a
//! translation catalogue (leptos_i18n) only has to change this file. English only for now.

use gatehouse_api::{ApiError, Code};
use wasm_bindgen::JsValue;

use gatehouse_api::json::Timestamp;

/// The language of the texts below; also used to format dates.
pub const LOCALE: &str = "en";

/// A user-facing message without parameters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
    IdpNotLinkable,
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
}

/// The text of `msg`.
pub fn t(msg: Msg) -> &'static str {
    use Msg::*;
    match msg {
        AppName => "Gatehouse",
        SkipToContent => "Skip to main content",
        BrandLogoAlt => "Organisation logo",
        LegalNavLabel => "Legal and support",
        LegalTos => "Terms of service",
        LegalPrivacy => "Privacy policy",
        LegalHelp => "Help",
        LegalDocs => "Documentation",
        LegalSupport => "Contact support",
        PoweredBy => "Secured by Gatehouse",
        Loading => "Loading…",
        LoadFailed => "This page could not be loaded.",
        Retry => "Try again",
        NetworkError => "We can't reach the server. Check your connection and try again.",
        Unexpected => "Something went wrong. Please try again.",
        ServerError => "Something went wrong on our side. Please try again in a moment.",
        NotAllowed => "You are not allowed to do that.",
        SessionExpired => "Your sign-in has expired.",
        TooManyAttempts => "Too many attempts. Wait a minute and try again.",
        InvalidInput => "Some of the details are not valid. Check them and try again.",

        LoginNameTitle => "Sign in",
        LoginNameIntro => "Enter your username or email address to continue.",
        LoginNameLabel => "Username or email",
        LoginNameRequired => "Enter your username or email address.",
        UserNotFound => "We couldn't find an account with that username or email.",
        Continue => "Continue",
        Checking => "Checking…",
        NoAccountYet => "No account yet?",
        CreateAccountLink => "Create an account",
        SignedOut => "You have been signed out.",
        EmailVerifiedSignIn => "Your email address is verified. Sign in to continue.",
        IdpOr => "or",
        IdpRedirecting => "Redirecting…",
        IdpSigningIn => "Signing you in…",
        IdpLinkIncomplete => "This sign-in link is incomplete. Start again from the sign-in page.",
        IdpIntentInvalid => "This sign-in attempt has expired or was already used. Start again from the sign-in page.",
        IdpRegisterTitle => "Create your account",
        IdpLinkTitle => "Already have an account?",
        IdpLinkSubmit => "Sign in and link",
        IdpNoAccountTitle => "No account found",
        IdpLinkedTitle => "Account linked",
        IdpLinkedElsewhere => "This account at the provider is already linked to another user.",
        IdpNotLinkable => "This provider can't be linked to your account.",
        IdpFailureTitle => "Sign-in didn't work",
        IdpDenied => "The sign-in was cancelled or refused at the provider. Nothing was changed.",
        IdpFailed => "The provider could not sign you in. Try again, or sign in another way.",
        IdpLinkFailed => "The account could not be linked: the provider did not sign you in. Nothing was changed.",
        BackToSignIn => "Back to sign in",
        LinkedAccountsTitle => "Linked accounts",
        LinkedAccountsEmpty => "No accounts from other providers are linked yet.",
        LinkAnotherAccount => "Link another account",
        IdpLastLoginMethod => "This is your only way to sign in. Add a password or a passkey before you remove it.",
        UsernameInvalid => "Enter a username.",

        PasswordTitle => "Enter your password",
        NotYou => "Not you?",
        PasswordLabel => "Password",
        PasswordRequired => "Enter your password.",
        SignIn => "Sign in",
        SigningIn => "Signing in…",
        WrongPassword => "Wrong password. Try again.",
        UserLocked => "This account is locked after too many failed attempts. Contact your administrator.",
        EmailUnverified => "Please verify your email address before signing in.",
        VerifyEmailLink => "Verify your email address",
        PasswordChangeRequired => "You need to change your password before you continue.",

        PasswordChangeTitle => "Change your password",
        PasswordChangeIntro => "Your password has to be changed before you can continue.",
        CurrentPasswordLabel => "Current password",
        CurrentPasswordRequired => "Enter your current password.",
        NewPasswordLabel => "New password",
        NewPasswordConfirmLabel => "Confirm new password",
        ChangePassword => "Change password",
        Saving => "Saving…",
        PasswordPolicyNotMet => "This password does not meet the requirements below.",
        SamePassword => "Choose a password that is different from your current one.",

        RegisterTitle => "Create your account",
        RegisterIntro => "It only takes a minute.",
        GivenNameLabel => "First name",
        GivenNameRequired => "Enter your first name.",
        FamilyNameLabel => "Last name",
        FamilyNameRequired => "Enter your last name.",
        EmailLabel => "Email",
        EmailRequired => "Enter your email address.",
        EmailInvalid => "Enter a valid email address, like name@example.com.",
        EmailTaken => "An account with this email already exists.",
        PasswordConfirmLabel => "Confirm password",
        CreateAccount => "Create account",
        CreatingAccount => "Creating account…",
        HaveAccount => "Already have an account?",
        SignInLink => "Sign in",

        ChecklistTitle => "Your password needs",
        RuleUppercase => "An uppercase letter",
        RuleLowercase => "A lowercase letter",
        RuleNumber => "A number",
        RuleSymbol => "A symbol, like ! or #",
        RuleMatch => "Both passwords match",
        RuleMet => ", done",
        RuleNotMet => ", not yet",
        PolicyLoading => "Loading the password rules…",
        PolicyLoadFailed => "The password rules could not be loaded.",

        VerifyTitle => "Verify your email",
        VerifyIntroGeneric => "We sent a verification code to your email address. Enter it below.",
        CodeLabel => "Verification code",
        CodeRequired => "Enter the code from the email.",
        CodeInvalid => "That code is not correct.",
        CodeExpired => "That code has expired. We can send you a new one.",
        Verify => "Verify",
        Verifying => "Verifying…",
        Resend => "Send a new code",
        Sending => "Sending…",
        CodeSent => "New code sent. Check your inbox.",
        VerifyLinkIncomplete => "This verification link is incomplete. Sign in again to get a new code.",
        VerifyUserUnknown => "This verification link does not belong to an account. Sign in again to get a new code.",

        SignedInTitle => "You're signed in",
        SignedInAs => "Signed in as",
        ProfileLink => "Go to your profile",

        ProfileTitle => "Your profile",
        UsernameLabel => "Username",
        Verified => "Verified",
        NotVerified => "Not verified",
        SessionsTitle => "Active sessions",
        ThisBrowser => "This browser",
        UnknownDevice => "Unknown device",
        SessionCreated => "Signed in",
        SessionLastActive => "Last activity",
        NoSessions => "No active sessions.",
        LogOut => "Log out",
        LogOutEverywhere => "Log out everywhere",
        LoggingOut => "Logging out…",

        LogoutTitle => "Sign out",
        LogoutIntro => "These accounts are signed in on this browser.",
        EndSession => "Sign out",
        LogoutAll => "Sign out of all accounts",
        NoBrowserSessions => "No one is signed in on this browser.",

        OutboxTitle => "Dev outbox",
        OutboxIntro => "Mail the server has sent, newest first. Only available in development.",
        OutboxEmpty => "No mail yet.",
        OutboxDisabled => "The dev outbox is not enabled (mail goes out by SMTP).",
        Refresh => "Refresh",
        MailTo => "To",
        MailDate => "Date",

        TotpTitle => "Enter the code from your authenticator app",
        TotpIntro => "Open your authenticator app and enter the 6-digit code it shows for this account.",
        OtpSmsTitle => "Enter the code we texted you",
        OtpSmsIntro => "We sent a 6-digit code to your phone. It is valid for five minutes.",
        OtpEmailTitle => "Enter the code we emailed you",
        OtpEmailIntro => "We sent a 6-digit code to your email address. It is valid for five minutes.",
        OtherMethod => "Use another method",
        UseRecoveryCode => "Use a recovery code",
        TotpSetTitle => "Set up an authenticator app",
        TotpSetIntro => "Scan this QR code with your authenticator app, or type the key below into it. Then enter the 6-digit code the app shows.",
        TotpSecretLabel => "Key for manual entry",
        OtpSmsSetTitle => "Codes by SMS",
        OtpSmsSetIntro => "When you sign in, we will text a one-time code to your verified phone number.",
        OtpEmailSetTitle => "Codes by email",
        OtpEmailSetIntro => "When you sign in, we will email a one-time code to your verified address.",
        TurnOn => "Turn on",
        MfaTitle => "Confirm it is you",
        MfaIntro => "Choose how to confirm your sign-in.",
        MfaSetTitle => "Add a second factor",
        MfaSetIntro => "Protect your account with a second step at sign-in. Choose one to set up, or skip for now.",
        MfaSetForcedIntro => "Your organisation requires a second step at sign-in. Choose one to set up.",
        Skip => "Skip for now",
        AuthenticatorApp => "Authenticator app",
        SmsCodes => "Codes by SMS",
        EmailCodes => "Codes by email",
        SecurityKey => "Security key",
        RecoveryCodesName => "Recovery codes",
        RecoveryCodeTitle => "Sign in with a recovery code",
        RecoveryCodeIntro => "Enter one of the recovery codes you saved. Each code works only once.",
        RecoveryCodeLabel => "Recovery code",
        SecondFactorsTitle => "Second factors",
        FactorOn => "On",
        FactorOff => "Off",
        FactorRemove => "Remove",
        FactorRemoving => "Removing…",
        SetUp => "Set up",
        Generate => "Generate recovery codes",
        Regenerate => "Generate new codes",
        RecoveryNeedsFactor => "Set up a second factor first; recovery codes stand in for it when it is lost.",
        RecoveryCodesShownOnce => "Save these codes somewhere safe now: they are shown only once. Each works one time. Generating new codes makes these invalid.",
        Copy => "Copy",
        Copied => "Copied",
        Download => "Download (.txt)",
        TotpInvalid => "This code is wrong or has expired. Enter the code your app shows now.",
        TotpReused => "This code was already used. Wait for the next code in your app.",
        RecoveryInvalid => "This recovery code is not valid. Check it and try again.",
        RecoveryUsed => "This recovery code was already used. Use another one.",
        LastFactorRefused => "Your organisation requires a second factor. Set up another one before removing this one.",
        MfaForced => "Your organisation requires a second factor, so this step cannot be skipped.",
        OtpNotSetUp => "This sign-in method is not set up for your account. Choose another one.",
        OtpNeedsVerifiedEmail => "Verify your email address on your profile first.",
        OtpNeedsVerifiedPhone => "Add and verify a phone number on your profile first.",
        OtpNoChallenge => "No code was sent yet. Ask for a new code.",
        SecondFactorLocked => "Too many wrong codes: your account is locked. Contact your administrator.",
        NotFoundTitle => "Page not found",
        NotFoundBody => "There is nothing at this address. Check the link, or start over.",
        GoToSignIn => "Go to sign in",
        AppLoginTitle => "Sign in",
        AppLoginLoading => "Preparing the sign-in…",
        AuthRequestGone => "This sign-in request has expired or was already used. Go back to the application and start again.",
        AccountsTitle => "Choose an account",
        AccountsIntro => "Continue with an account signed in on this device:",
        UseAnotherAccount => "Use another account",
        ReturningToApp => "Returning to the application…",
        ReturnToApp => "Return to the application",
        CallbackFailedTitle => "Cannot continue to the application",
        CallbackReauthenticate => "The application asks you to sign in again.",
        CallbackSecondFactor => "Your organisation requires a second factor for this application.",
        CallbackWrongOrganization => "This application does not accept accounts of your organisation. Use another account.",
        CallbackAlreadyAnswered => "This sign-in request was already answered. Go back to the application and start again.",
        SignInAgain => "Sign in again",
        DeviceTitle => "Connect a device",
        DeviceIntro => "Enter the code shown on your device.",
        DeviceCodeLabel => "Code",
        DeviceCodeRequired => "Enter the code from your device.",
        DeviceCodeUnknown => "This code is not valid or has expired. Check the device for the current code.",
        DeviceConsentTitle => "Allow access?",
        DeviceConsentIntro => "wants to access your account",
        DeviceScopes => "It asks for",
        Allow => "Allow",
        Deny => "Deny",
        DeviceApproved => "Done. You can return to your device.",
        DeviceDenied => "Access denied. The device was not connected.",
        LogoutDoneTitle => "Signed out",
        LogoutDoneBody => "You have been signed out. You can close this window.",

        ForgotPassword => "Forgot password?",
        PasswordSetTitle => "Choose a new password",
        PasswordSetIntro => "Enter the code from the email and choose a new password.",
        PasswordResetSent => "We sent you an email with a link to reset your password. Open it, or enter its code below.",
        SetNewPassword => "Set new password",
        PasswordSetDone => "Your password has been changed. Sign in with your new password.",
        PasswordLinkIncomplete => "This link is incomplete. Start again from the sign-in page.",
        SectionProfile => "Profile",
        SectionEmail => "Email",
        SectionPhone => "Phone",
        SectionPassword => "Password",
        SectionSecurity => "Security",
        SectionDangerZone => "Danger zone",
        NickNameLabel => "Nickname",
        DisplayNameLabel => "Display name",
        LanguageLabel => "Preferred language",
        GenderLabel => "Gender",
        GenderUnspecified => "Not specified",
        GenderFemale => "Female",
        GenderMale => "Male",
        GenderDiverse => "Diverse",
        Save => "Save",
        Saved => "Your changes are saved.",
        Cancel => "Cancel",
        UsernameRequired => "Enter a username.",
        UsernameTaken => "This username or email is already taken.",
        ChangeEmail => "Change email",
        NewEmailLabel => "New email address",
        SendCode => "Send code",
        EmailSame => "This is already your email address.",
        PhoneLabel => "Phone number",
        PhoneNone => "No phone number yet.",
        AddPhone => "Add phone number",
        ChangePhone => "Change phone number",
        RemovePhone => "Remove phone number",
        PhoneInvalid => "Enter the number in international form, like +41 79 123 45 67.",
        PhoneCodeLabel => "Code from the SMS",
        NoSmsProvider => "Text messages cannot be sent at the moment. Try again later.",
        PasswordChanged => "Your password has been changed.",
        EndOtherSessions => "Sign out all other sessions",
        SessionIp => "IP address",
        SignInMethodsTitle => "Sign-in methods",
        SecurityLogTitle => "Recent security events",
        SecurityLogEmpty => "No security events yet.",
        EvSignedIn => "Signed in",
        EvPasswordFailed => "Failed sign-in: wrong password",
        EvPasswordChanged => "Password changed",
        EvEmailChanged => "Email address changed",
        EvEmailChangeRequested => "Email change requested",
        EvEmailVerified => "Email address verified",
        EvPhoneChanged => "Phone number set",
        EvPhoneVerified => "Phone number verified",
        EvPhoneRemoved => "Phone number removed",
        EvUserLocked => "Account locked after failed attempts",
        EvProfileChanged => "Profile changed",
        EvUsernameChanged => "Username changed",
        EvAccountCreated => "Account created",
        EvFactorAdded => "Sign-in method added",
        EvFactorRemoved => "Sign-in method removed",
        DownloadData => "Download my data",
        DownloadDataIntro => "A JSON file with your profile, sign-in methods, sessions and security events.",
        DeleteAccount => "Delete my account",
        DeleteAccountIntro => "This deletes your account and its data for good. Enter your password to confirm.",
        DeleteAccountConfirm => "Delete my account for good",
        Deleting => "Deleting…",
        DeleteForbidden => "Accounts with administrator roles cannot be deleted here.",
        OutboxSmsTitle => "Text messages",
        WebAuthnUnsupported => "This browser cannot use passkeys or security keys. Use a current browser, or sign in with your password.",
        WebAuthnCancelled => "The request was cancelled or timed out. Try again when you are ready.",
        WebAuthnAlreadyRegistered => "This device is already registered for your account.",
        WebAuthnFailed => "Your device could not complete the request. Try again.",
        WebAuthnUnknownCredential => "This passkey is not registered for this account. Choose another one, or sign in with your password.",
        WebAuthnExpired => "The request timed out. Try again.",
        PasskeysNotAllowed => "Passkeys are turned off for this organisation.",
        WebAuthnLastFactor => "You cannot remove your last way to sign in. Add another one first.",
        SignInWithPasskey => "Sign in with a passkey",
        PasskeyTitle => "Sign in with your passkey",
        PasskeyIntro => "Use the passkey on this device or on your phone: your fingerprint, face or screen lock confirms it is you.",
        PasskeyUse => "Use passkey",
        PasskeyWaiting => "Waiting for your passkey…",
        UsePasswordInstead => "Use your password instead",
        PasskeySetTitle => "Add a passkey",
        PasskeySetIntro => "Sign in with your fingerprint, face or screen lock instead of a password. The passkey stays on your device.",
        PasskeyNameLabel => "Name of this passkey",
        PasskeyCreate => "Create passkey",
        PasskeyCreating => "Waiting for your device…",
        PasskeyAdded => "Passkey added. You can sign in with it from now on.",
        NotNow => "Not now",
        BackToProfile => "Back to your profile",
        U2fTitle => "Confirm with your security key",
        U2fIntro => "Insert or touch the security key you registered for this account.",
        U2fUse => "Use security key",
        U2fWaiting => "Waiting for your security key…",
        U2fSetTitle => "Add a security key",
        U2fSetIntro => "A security key confirms it is you after your password, so a stolen password alone is not enough.",
        U2fNameLabel => "Name of this security key",
        U2fCreate => "Register security key",
        U2fAdded => "Security key added. You will be asked for it after your password.",
        Passkeys => "Passkeys",
        PasskeysEmpty => "No passkeys yet.",
        PasskeyAdd => "Add a passkey",
        SecurityKeys => "Security keys",
        SecurityKeysEmpty => "No security keys yet.",
        SecurityKeyAdd => "Add a security key",
        Rename => "Rename",
        Remove => "Remove",
        AddedOn => "Added",
        LastUsed => "Last used",
        NeverUsed => "Never used",
        NameRequired => "Enter a name.",
        ReauthTitle => "Confirm it's you",
        ReauthIntro => "This change needs a recent sign-in. Enter your password to continue.",
        ReauthIntroPasskey => "This change needs a recent sign-in. Use your passkey to continue.",
        ReauthConfirm => "Confirm",
        ReauthChecking => "Checking…",
        ReauthWithPasskey => "Use a passkey",
        ReauthRequired => "Confirm it's you to make this change.",
    }
}

/// The browser tab's title for a page.
pub fn page_title(page: Msg) -> String {
    format!("{} · {}", t(page), t(Msg::AppName))
}

/// Checklist rule: minimum length.
pub fn rule_length(min_length: u64) -> String {
    if min_length == 1 {
        "At least 1 character".to_owned()
    } else {
        format!("At least {min_length} characters")
    }
}

/// A session's device, e.g. "Firefox on Linux".
pub fn browser_on_os(browser: &str, os: &str) -> String {
    format!("{browser} on {os}")
}

/// The second line of a session on /logout: whose login, on which device.
pub fn login_on_device(login_name: &str, device: &str) -> String {
    format!("{login_name} · {device}")
}

/// /verify introduction when we know the address.
pub fn verify_intro(email: &str) -> String {
    format!("We sent a verification code to {email}. Enter it below.")
}

/// The resend button while it cools down.
pub fn resend_in(seconds: u32) -> String {
    format!("Send a new code ({seconds} s)")
}

/// The account centre's note about a pending email change.
pub fn email_pending(email: &str) -> String {
    format!("Waiting for verification: we sent a code to {email}. Your current address stays in use until then.")
}

/// The account centre's note after a code went out by SMS.
pub fn sms_sent(phone: &str) -> String {
    format!("We sent a code by SMS to {phone}.")
}

/// The button of an identity provider on the login page.
pub fn idp_continue_with(provider: &str) -> String {
    format!("Continue with {provider}")
}

/// /idp/…/success: the registration form's introduction.
pub fn idp_register_intro(provider: &str) -> String {
    format!("Check the details from your {provider} account, then create your account.")
}

/// /idp/…/success: linking to an existing account.
pub fn idp_link_intro(provider: &str) -> String {
    format!("Sign in with your password to link your {provider} account to it.")
}

/// /idp/…/success: neither linked nor allowed to create or link.
pub fn idp_no_account(provider: &str) -> String {
    format!("No account here is linked to your {provider} account, and one can't be created or linked here. Sign in another way.")
}

/// /idp/…/success after linking from the account centre.
pub fn idp_linked(provider: &str) -> String {
    format!("Your {provider} account is now linked. You can sign in with it from now on.")
}

/// Stable error ids (ZITADEL's, plus Gatehouse's own) that get a message of their own.
pub mod error_ids {
    pub const WRONG_PASSWORD: &str = "COMMAND-3M0fs";
    pub const USER_LOCKED: &str = "COMMAND-SFA3t";
    pub const USER_NOT_FOUND: &str = "QUERY-Dfbg2";
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
        "GATEHOUSE-WebAuthn-Name" => return Msg::NameRequired,
        crate::reauth::REAUTH_REQUIRED => return Msg::ReauthRequired,
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

/// A timestamp as the reader expects it, in their time zone (the browser's `Intl` knows it).
pub fn format_timestamp(timestamp: &Timestamp) -> String {
    format_js_date(&js_sys::Date::new(&JsValue::from_f64(timestamp.timestamp_millis() as f64)))
}

/// A date given as text (RFC 3339 or RFC 5322, as in mail headers), formatted as [`format_timestamp`] does;
/// `None` if the browser cannot read it.
pub fn format_date_text(text: &str) -> Option<String> {
    let date = js_sys::Date::new(&JsValue::from_str(text));
    (!date.get_time().is_nan()).then(|| format_js_date(&date))
}

fn format_js_date(date: &js_sys::Date) -> String {
    let options = js_sys::Object::new();
    // Reflect::set only fails on frozen objects; a fresh one is not.
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
    date.to_locale_string(LOCALE, &options).into()
}

#[cfg(test)]
mod tests {
    use super::*;

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
