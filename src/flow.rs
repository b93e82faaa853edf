//! Where a login goes after its first factor (password, or a passkey) and after a second factor: the second-factor
//! page, the chooser, setting one up, a pending password change, or signed in. The decisions are pure functions
//! (unit-tested below); the server enforces the same rules, this only picks the page.

use gatehouse_api::mfa::{
    AuthenticationMethodType, ListAuthenticationMethodTypes, ListAuthenticationMethodTypesRequest,
};
use gatehouse_api::object::RequestContext;
use gatehouse_api::session::{GetSession, GetSessionRequest, Session};
use gatehouse_api::settings::{GetLoginSettings, LoginSettings, SecondFactorType, SettingsRequest};
use gatehouse_api::user::{GetUserByID, GetUserByIdRequest, User};
use gatehouse_api::{ApiError, Code};

use crate::client;
use crate::links::{self, param, with_query};

pub const MFA: &str = "/mfa";
pub const MFA_SET: &str = "/mfa/set";
pub const OTP_TOTP: &str = "/otp/time-based";
pub const OTP_SMS: &str = "/otp/sms";
pub const OTP_EMAIL: &str = "/otp/email";
pub const OTP_TOTP_SET: &str = "/otp/time-based/set";
pub const OTP_SMS_SET: &str = "/otp/sms/set";
pub const OTP_EMAIL_SET: &str = "/otp/email/set";
pub const U2F: &str = "/u2f";
pub const U2F_SET: &str = "/u2f/set";
pub const RECOVERY_CODE: &str = "/recovery-code";
/// `/mfa/set?force=true`: MFA is required, no "skip".
pub const FORCE: &str = "force";

/// A second factor a user can check at login.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Factor {
    Totp,
    OtpSms,
    OtpEmail,
    U2f,
    RecoveryCode,
}

impl Factor {
    pub fn of(method: AuthenticationMethodType) -> Option<Factor> {
        match method {
            AuthenticationMethodType::Totp => Some(Factor::Totp),
            AuthenticationMethodType::OtpSms => Some(Factor::OtpSms),
            AuthenticationMethodType::OtpEmail => Some(Factor::OtpEmail),
            AuthenticationMethodType::U2f => Some(Factor::U2f),
            AuthenticationMethodType::RecoveryCode => Some(Factor::RecoveryCode),
            _ => None,
        }
    }

    pub fn policy_type(self) -> SecondFactorType {
        match self {
            Factor::Totp => SecondFactorType::Otp,
            Factor::OtpSms => SecondFactorType::OtpSms,
            Factor::OtpEmail => SecondFactorType::OtpEmail,
            Factor::U2f => SecondFactorType::U2f,
            Factor::RecoveryCode => SecondFactorType::RecoveryCodes,
        }
    }

    /// The page that checks this factor.
    pub fn check_path(self) -> &'static str {
        match self {
            Factor::Totp => OTP_TOTP,
            Factor::OtpSms => OTP_SMS,
            Factor::OtpEmail => OTP_EMAIL,
            Factor::U2f => U2F,
            Factor::RecoveryCode => RECOVERY_CODE,
        }
    }

    /// The page that sets this factor up (recovery codes are generated on the profile).
    pub fn set_path(self) -> &'static str {
        match self {
            Factor::Totp => OTP_TOTP_SET,
            Factor::OtpSms => OTP_SMS_SET,
            Factor::OtpEmail => OTP_EMAIL_SET,
            Factor::U2f => U2F_SET,
            Factor::RecoveryCode => links::PROFILE,
        }
    }
}

/// The second factors a user has that the login policy allows.
pub fn usable_factors(settings: &LoginSettings, methods: &[AuthenticationMethodType]) -> Vec<Factor> {
    methods
        .iter()
        .filter_map(|m| Factor::of(*m))
        .filter(|f| settings.second_factors.contains(&f.policy_type()))
        .collect()
}

/// The second-factor step right after a first factor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MfaStep {
    /// Check this one factor.
    Check(Factor),
    /// Several factors: let the user choose (`/mfa`).
    Choose,
    /// MFA is forced and the user has none: set one up, no skipping.
    SetUpForced,
    /// No second factor needed now.
    None,
}

/// `passkey`: the first factor was a user-verified passkey, which is multi-factor on its own.
pub fn mfa_step(settings: &LoginSettings, methods: &[AuthenticationMethodType], passkey: bool) -> MfaStep {
    if passkey {
        return MfaStep::None;
    }
    // Recovery codes stand in for a lost factor: reachable from the factor's page, never the first choice.
    let factors: Vec<Factor> =
        usable_factors(settings, methods).into_iter().filter(|f| *f != Factor::RecoveryCode).collect();
    match factors.as_slice() {
        [one] => MfaStep::Check(*one),
        [] if usable_factors(settings, methods).contains(&Factor::RecoveryCode) => MfaStep::Check(Factor::RecoveryCode),
        [] if settings.force_mfa || settings.force_mfa_local_only => MfaStep::SetUpForced,
        [] => MfaStep::None,
        _ => MfaStep::Choose,
    }
}

/// Is the optional "set up a second factor" prompt due (`mfaInitSkipLifetime`)? Not when the user has a factor, the
/// lifetime is 0 (prompt off), or they skipped it within the lifetime.
pub fn setup_prompt_due(
    settings: &LoginSettings,
    methods: &[AuthenticationMethodType],
    user: &User,
    now_ms: f64,
) -> bool {
    if !usable_factors(settings, methods).is_empty() || settings.mfa_init_skip_lifetime.is_zero() {
        return false;
    }
    let skipped = user.human.as_ref().and_then(|h| h.mfa_init_skipped);
    match skipped {
        Some(at) => now_ms - at.timestamp_millis() as f64 >= settings.mfa_init_skip_lifetime.0.as_millis() as f64,
        None => true,
    }
}

/// What the flow needs to know about a session.
#[derive(Clone)]
pub struct Login {
    pub session_id: String,
    pub login_name: String,
    pub user_id: String,
    pub settings: LoginSettings,
    pub methods: Vec<AuthenticationMethodType>,
    /// The session passed a user-verified WebAuthn check (a passkey).
    pub passkey: bool,
}

pub fn session_user(session: &Session) -> Option<(String, String, String)> {
    let user = session.factors.as_ref()?.user.as_ref()?;
    Some((user.id.clone(), user.login_name.clone(), user.organization_id.clone()))
}

pub async fn load(session_id: &str) -> Result<Login, ApiError> {
    let session =
        client::call::<GetSession>(&GetSessionRequest { session_id: session_id.to_owned(), session_token: None })
            .await?
            .session;
    let (user_id, login_name, org_id) =
        session_user(&session).ok_or_else(|| ApiError::new(Code::NotFound, "", "session without a user"))?;
    let passkey = session.factors.as_ref().and_then(|f| f.web_auth_n.as_ref()).is_some_and(|w| w.user_verified);
    let ctx = Some(RequestContext { org_id: Some(org_id).filter(|o| !o.is_empty()), instance: false });
    let settings = client::call::<GetLoginSettings>(&SettingsRequest { ctx }).await?.settings;
    let request = ListAuthenticationMethodTypesRequest { user_id: user_id.clone(), domain_query: None };
    let methods = client::call::<ListAuthenticationMethodTypes>(&request).await?.auth_method_types;
    Ok(Login { session_id: session_id.to_owned(), login_name, user_id, settings, methods, passkey })
}

/// [`load`] for `session_id`, or for this browser's signed-in session when the URL names none (the profile).
pub async fn load_current(session_id: Option<String>) -> Result<Login, ApiError> {
    match session_id {
        Some(id) => load(&id).await,
        None => load(&crate::pages::signedin::load_signed_in_user(None).await?.session_id).await,
    }
}

/// `path?loginName=..&sessionId=..` (plus the flow parameters of the current URL).
pub fn page(path: &str, login: &Login) -> String {
    with_query(path, &[(param::LOGIN_NAME, &login.login_name), (param::SESSION_ID, &login.session_id)])
}

/// The page after a first factor (password or passkey) on `session_id`.
pub async fn after_first_factor(session_id: &str) -> Result<String, ApiError> {
    next_after_first_factor(&load(session_id).await?).await
}

/// [`after_first_factor`] for a loaded session (an external IdP's sign-in adjusts the settings first).
pub async fn next_after_first_factor(login: &Login) -> Result<String, ApiError> {
    Ok(match mfa_step(&login.settings, &login.methods, login.passkey) {
        MfaStep::Check(factor) => page(factor.check_path(), login),
        MfaStep::Choose => page(MFA, login),
        MfaStep::SetUpForced => with_query(
            MFA_SET,
            &[(param::LOGIN_NAME, &login.login_name), (param::SESSION_ID, &login.session_id), (FORCE, "true")],
        ),
        MfaStep::None => finish(login).await?,
    })
}

/// The page after every factor is done: a pending password change, the optional setup prompt, or signed in.
pub async fn finish(login: &Login) -> Result<String, ApiError> {
    let user = client::call::<GetUserByID>(&GetUserByIdRequest { user_id: login.user_id.clone() }).await?.user;
    if user.human.as_ref().is_some_and(|h| h.password_change_required) {
        return Ok(links::password_change(&login.login_name, &login.session_id));
    }
    if !login.passkey && setup_prompt_due(&login.settings, &login.methods, &user, js_sys::Date::now()) {
        return Ok(page(MFA_SET, login));
    }
    Ok(links::signedin(&login.session_id))
}

/// [`finish`] for a session after its second factor passed.
pub async fn after_second_factor(session_id: &str) -> Result<String, ApiError> {
    let login = load(session_id).await?;
    finish(&login).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use gatehouse_api::json::Duration;
    use AuthenticationMethodType as M;

    fn settings() -> LoginSettings {
        LoginSettings {
            second_factors: vec![
                SecondFactorType::Otp,
                SecondFactorType::U2f,
                SecondFactorType::OtpEmail,
                SecondFactorType::RecoveryCodes,
            ],
            mfa_init_skip_lifetime: Duration::from_secs(3600),
            ..Default::default()
        }
    }

    #[test]
    fn one_factor_goes_straight_to_it_several_to_the_chooser() {
        let s = settings();
        assert_eq!(mfa_step(&s, &[M::Password], false), MfaStep::None);
        assert_eq!(mfa_step(&s, &[M::Password, M::Totp], false), MfaStep::Check(Factor::Totp));
        assert_eq!(mfa_step(&s, &[M::Password, M::Totp, M::RecoveryCode], false), MfaStep::Check(Factor::Totp));
        assert_eq!(mfa_step(&s, &[M::Password, M::Totp, M::OtpEmail], false), MfaStep::Choose);
        assert_eq!(mfa_step(&s, &[M::Password, M::Totp, M::OtpEmail], true), MfaStep::None, "passkey is MFA");
        // SMS is not allowed by these settings: it does not count.
        assert_eq!(mfa_step(&s, &[M::Password, M::OtpSms], false), MfaStep::None);
        assert_eq!(mfa_step(&s, &[M::Password, M::RecoveryCode], false), MfaStep::Check(Factor::RecoveryCode));
    }

    #[test]
    fn forced_mfa_without_a_factor_sets_one_up() {
        let mut s = settings();
        s.force_mfa = true;
        assert_eq!(mfa_step(&s, &[M::Password], false), MfaStep::SetUpForced);
        assert_eq!(mfa_step(&s, &[M::Password, M::OtpEmail], false), MfaStep::Check(Factor::OtpEmail));
    }

    #[test]
    fn the_optional_prompt_returns_after_the_skip_lifetime() {
        let s = settings();
        let mut user = User { human: Some(Default::default()), ..Default::default() };
        assert!(setup_prompt_due(&s, &[M::Password], &user, 0.0));
        assert!(!setup_prompt_due(&s, &[M::Password, M::Totp], &user, 0.0));
        let skipped = chrono::DateTime::from_timestamp(1_000, 0).unwrap();
        user.human.as_mut().unwrap().mfa_init_skipped = Some(skipped);
        assert!(!setup_prompt_due(&s, &[M::Password], &user, 1_000_000.0 + 3_599_000.0));
        assert!(setup_prompt_due(&s, &[M::Password], &user, 1_000_000.0 + 3_600_000.0));
        let off = LoginSettings { mfa_init_skip_lifetime: Duration::from_secs(0), ..settings() };
        assert!(!setup_prompt_due(&off, &[M::Password], &User::default(), 0.0));
    }
}
