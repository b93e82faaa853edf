//! Is this session a finished login? The one gate every path that hands a login to someone else goes through
//! (CreateCallback for OIDC apps, the browser's "signed in" state). The SPA is untrusted: whatever pages it showed,
//! the server decides here, from the stored checks and the user's org login policy.
//!
//! The rules, in the order a login meets them:
//! 1. the session names a user, who is active (not locked, not inactive);
//! 2. a first factor is fresh: a password check within `passwordCheckLifetime`, a user-verified WebAuthn check
//!    (passkey) within `multiFactorCheckLifetime`, or an external IdP intent within `externalLoginCheckLifetime`;
//! 3. a password login whose password must be changed is not finished;
//! 4. a human user's email is verified;
//! 5. MFA is required when the policy forces it (`forceMfa`, or `forceMfaLocalOnly` for logins that did not come from
//!    an IdP) and, as in ZITADEL, whenever the user has enrolled a second factor the policy allows. A passkey login is
//!    already multi-factor; otherwise a second factor of a type the policy's `secondFactors` allows must be fresh
//!    within `secondFactorCheckLifetime`. A user who must use MFA but has none enrolled is sent to set one up
//!    ([`Unmet::MfaSetupRequired`]): such a session may enrol factors (see [`acts_as_user`]) but is not a login.
//!
//! Each check counts on its own, for its own lifetime: re-checking the password (the "confirm it's you" dialog, a
//! new login on the same session) does not void a second factor the session passed earlier. What ties a second
//! factor to the login is that it was checked on this session, for its user, at or after the session first passed
//! a first factor (`first_factor_at`, which re-checks leave alone); a second factor from before that never counts.
//! Likewise a factor the user enrolled after that moment does not bind the session, for as long as a check made at
//! the enrolment would count (`secondFactorCheckLifetime`): adding a factor must not sign its user out.
//!
//! A lifetime of zero means the policy sets no limit for that check. Whether the optional "set up a second factor"
//! prompt is due (`mfaInitSkipLifetime`) is [`setup_prompt`].

use chrono::Duration;
use gatehouse_api::json;
use gatehouse_api::settings::{LoginPolicyUpdate, SecondFactorType};

use super::factors::{CheckedFactor, FactorKind};
use super::store::SessionRecord;
use crate::clock::{from_db, Timestamp};
use crate::error::{Error, Result};
use crate::user::{self, UserRecord};
use crate::AppState;

/// What a session still lacks; each maps to a specific error the login UI can act on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unmet {
    Expired,
    NoUser,
    UserNotActive,
    FirstFactor,
    PasswordChange,
    EmailUnverified,
    SecondFactor,
    MfaSetupRequired,
}

impl Unmet {
    pub fn into_error(self) -> Error {
        match self {
            Unmet::Expired => Error::failed_precondition("SESSION-Expired", "Session has expired"),
            Unmet::NoUser => Error::failed_precondition("GATEHOUSE-Login-NoUser", "The session has no checked user"),
            Unmet::UserNotActive => Error::failed_precondition("COMMAND-vgDIu", "User is not active"),
            Unmet::FirstFactor => Error::failed_precondition(
                "GATEHOUSE-Login-FirstFactor",
                "The session needs a fresh password, passkey or external login check",
            ),
            Unmet::PasswordChange => Error::failed_precondition("COMMAND-PwChange", "Password change required"),
            Unmet::EmailUnverified => super::email_unverified(),
            Unmet::SecondFactor => Error::failed_precondition(
                "GATEHOUSE-Login-MfaRequired",
                "The login policy requires a second factor for this session",
            ),
            Unmet::MfaSetupRequired => Error::failed_precondition(
                "GATEHOUSE-Login-MfaSetupRequired",
                "The login policy requires a second factor; the user has to set one up",
            ),
        }
    }
}

/// The facts about a session's user that the rules read.
#[derive(Clone, Debug)]
pub struct UserFacts {
    pub active: bool,
    pub human: bool,
    pub email_verified: bool,
    pub password_change_required: bool,
    /// The second factors the user has enrolled, by policy type.
    pub second_factors: Vec<SecondFactorType>,
    /// When each was enrolled, where known. A factor added after a session's first first factor does not bind that
    /// session while a check made at the enrolment would be fresh: adding a factor must not sign its user out.
    pub enrolled_at: Vec<(SecondFactorType, Timestamp)>,
    /// When the user last skipped the "set up a second factor" prompt.
    pub mfa_init_skipped_at: Option<Timestamp>,
}

impl UserFacts {
    pub fn of(
        u: &UserRecord,
        enrolled_at: Vec<(SecondFactorType, Timestamp)>,
        mfa_init_skipped_at: Option<Timestamp>,
    ) -> Self {
        UserFacts {
            active: u.state() == gatehouse_api::user::UserState::Active,
            human: u.is_human(),
            email_verified: u.email_verified,
            password_change_required: u.password_change_required,
            second_factors: enrolled_at.iter().map(|(t, _)| *t).collect(),
            enrolled_at,
            mfa_init_skipped_at,
        }
    }

    /// Reads the user's enrolled factors and skip mark.
    pub async fn load(state: &AppState, u: &UserRecord) -> Result<Self> {
        let enrolled = crate::mfa::enrolled::load(state, u).await?;
        let skipped: Option<String> =
            sqlx::query_scalar("SELECT mfa_init_skipped_at FROM user_mfa_state WHERE user_id = $1")
                .bind(&u.id)
                .fetch_optional(&state.db.read)
                .await?
                .flatten();
        Ok(Self::of(u, enrolled.since.clone(), skipped.as_deref().map(from_db).transpose()?))
    }

    /// Enrolled second factors the policy allows. Recovery codes stand in for one; on their own they demand nothing.
    fn allowed<'a>(&'a self, policy: &'a LoginPolicyUpdate) -> impl Iterator<Item = &'a SecondFactorType> + 'a {
        self.second_factors
            .iter()
            .filter(|t| **t != SecondFactorType::RecoveryCodes && policy.second_factors.contains(t))
    }

    fn allowed_second_factors(&self, policy: &LoginPolicyUpdate) -> bool {
        self.allowed(policy).next().is_some()
    }

    /// Does an allowed factor bind a session that first passed a first factor at `first`? Not one enrolled since
    /// then, while the enrolment is younger than `secondFactorCheckLifetime` (it stands for a check at that time).
    fn binding_second_factors(&self, policy: &LoginPolicyUpdate, first: Option<Timestamp>, now: Timestamp) -> bool {
        self.allowed(policy).any(|t| match (self.enrolled_at.iter().find(|(k, _)| k == t), first) {
            (Some((_, at)), Some(first)) => *at < first || !fresh(Some(*at), policy.second_factor_check_lifetime, now),
            _ => true,
        })
    }
}

/// The policy type of a second-factor check (`None` for checks that are not second factors).
pub fn second_factor_type(f: &CheckedFactor) -> Option<SecondFactorType> {
    match f.kind {
        FactorKind::Totp => Some(SecondFactorType::Otp),
        FactorKind::OtpSms => Some(SecondFactorType::OtpSms),
        FactorKind::OtpEmail => Some(SecondFactorType::OtpEmail),
        FactorKind::RecoveryCode => Some(SecondFactorType::RecoveryCodes),
        FactorKind::WebAuthn if !f.user_verified => Some(SecondFactorType::U2f),
        FactorKind::WebAuthn | FactorKind::Intent => None,
    }
}

/// The checks a session holds.
#[derive(Clone, Debug, Default)]
pub struct SessionChecks {
    pub user_id: Option<String>,
    pub user_checked: bool,
    pub password_checked_at: Option<Timestamp>,
    /// When the session first passed a first factor; later re-checks do not move it.
    pub first_factor_at: Option<Timestamp>,
    pub factors: Vec<CheckedFactor>,
    pub expires_at: Option<Timestamp>,
}

impl SessionChecks {
    pub fn of(session: &SessionRecord) -> Result<Self> {
        Ok(SessionChecks {
            user_id: session.user_id.clone(),
            user_checked: session.user_id.is_some() && session.user_checked_at.is_some(),
            password_checked_at: session.password_checked_at.as_deref().map(from_db).transpose()?,
            first_factor_at: session.first_factor_at.as_deref().map(from_db).transpose()?,
            factors: session.factors.clone(),
            expires_at: session.expires_at.as_deref().map(from_db).transpose()?,
        })
    }

    /// The checks made for the session's user. (The store drops others already; the gate does not rely on it.)
    pub fn own_factors(&self) -> impl Iterator<Item = &CheckedFactor> {
        self.factors.iter().filter(|f| self.user_id.is_some() && f.user_id == self.user_id)
    }

    fn factor(&self, kind: FactorKind) -> Option<&CheckedFactor> {
        self.own_factors().find(|f| f.kind == kind)
    }

    /// Was `f` checked once the session had passed a first factor?
    fn after_first_factor(&self, f: &CheckedFactor) -> bool {
        self.first_factor_at.is_some_and(|first| f.checked_at >= first)
    }
}

fn fresh(at: Option<Timestamp>, lifetime: json::Duration, now: Timestamp) -> bool {
    let Some(at) = at else { return false };
    if lifetime.is_zero() {
        return true;
    }
    let lifetime = Duration::from_std(lifetime.0).unwrap_or(Duration::MAX);
    at <= now && now.signed_duration_since(at) < lifetime
}

/// The rules above as a pure function: `Ok` when the session is a finished login under `policy` at `now`.
pub fn evaluate(
    policy: &LoginPolicyUpdate,
    user: Option<&UserFacts>,
    session: &SessionChecks,
    now: Timestamp,
) -> std::result::Result<(), Unmet> {
    if session.expires_at.is_some_and(|e| e <= now) {
        return Err(Unmet::Expired);
    }
    let Some(user) = user.filter(|_| session.user_checked) else { return Err(Unmet::NoUser) };
    if !user.active {
        return Err(Unmet::UserNotActive);
    }
    let password = fresh(session.password_checked_at, policy.password_check_lifetime, now);
    let passkey = session
        .factor(FactorKind::WebAuthn)
        .is_some_and(|f| f.user_verified && fresh(Some(f.checked_at), policy.multi_factor_check_lifetime, now));
    let external = session
        .factor(FactorKind::Intent)
        .is_some_and(|f| fresh(Some(f.checked_at), policy.external_login_check_lifetime, now));
    if !(password || passkey || external) {
        return Err(Unmet::FirstFactor);
    }
    // Each second factor by its own check time, not the latest first factor's: a password re-check keeps it.
    let second = passkey
        || session.own_factors().any(|f| {
            second_factor_type(f).is_some_and(|t| policy.second_factors.contains(&t))
                && session.after_first_factor(f)
                && fresh(Some(f.checked_at), policy.second_factor_check_lifetime, now)
        });
    // An enrolled second factor comes before everything the user does as themselves: until it is passed, the
    // session is not the user (it could otherwise change the password or remove the factor).
    if user.binding_second_factors(policy, session.first_factor_at, now) && !second {
        return Err(Unmet::SecondFactor);
    }
    if password && !passkey && !external && user.password_change_required {
        return Err(Unmet::PasswordChange);
    }
    if user.human && !user.email_verified {
        return Err(Unmet::EmailUnverified);
    }
    if mfa_forced(policy, external) && !second {
        return Err(if user.allowed_second_factors(policy) { Unmet::SecondFactor } else { Unmet::MfaSetupRequired });
    }
    Ok(())
}

fn mfa_forced(policy: &LoginPolicyUpdate, external: bool) -> bool {
    policy.force_mfa || (policy.force_mfa_local_only && !external)
}

/// May a session that fails the gate with `unmet` still act as its user on themselves (change the password, read
/// the profile)? Only when the first factor is fresh, any enrolled second factor passed, and what is missing is
/// something the user does as themselves: change the password or verify the email.
pub fn acts_as_user(outcome: std::result::Result<(), Unmet>) -> bool {
    matches!(outcome, Ok(()) | Err(Unmet::PasswordChange | Unmet::EmailUnverified))
}

/// May the session set up second factors for its user? As [`acts_as_user`], and also while a forced MFA waits for
/// the user's first second factor (that is how they get one).
pub fn may_enrol(outcome: std::result::Result<(), Unmet>) -> bool {
    acts_as_user(outcome) || outcome == Err(Unmet::MfaSetupRequired)
}

/// The "set up a second factor" page after a first factor (`/mfa/set`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetupPrompt {
    /// Not shown: the user has an allowed second factor, the prompt is disabled (`mfaInitSkipLifetime` 0), or they
    /// skipped it within the lifetime.
    None,
    /// Shown with "skip".
    Optional,
    /// MFA is forced and the user has nothing to use: shown without "skip".
    Forced,
}

pub fn setup_prompt(policy: &LoginPolicyUpdate, user: &UserFacts, external: bool, now: Timestamp) -> SetupPrompt {
    if user.allowed_second_factors(policy) {
        return SetupPrompt::None;
    }
    if mfa_forced(policy, external) {
        return SetupPrompt::Forced;
    }
    if policy.mfa_init_skip_lifetime.is_zero() {
        return SetupPrompt::None;
    }
    let skipped_recently = user.mfa_init_skipped_at.is_some_and(|at| {
        let lifetime = Duration::from_std(policy.mfa_init_skip_lifetime.0).unwrap_or(Duration::MAX);
        at <= now && now.signed_duration_since(at) < lifetime
    });
    if skipped_recently {
        SetupPrompt::None
    } else {
        SetupPrompt::Optional
    }
}

/// Loads the session's user and their org's login policy, then applies [`evaluate`].
pub async fn ensure_login_complete(state: &AppState, session: &SessionRecord) -> Result<()> {
    outcome(state, session).await?.map_err(Unmet::into_error)
}

/// [`evaluate`] for a stored session, with its user's facts and org policy loaded.
pub async fn outcome(state: &AppState, session: &SessionRecord) -> Result<std::result::Result<(), Unmet>> {
    let user = match &session.user_id {
        Some(id) => Some(user::store::get(state, id).await?),
        None => None,
    };
    let org = user.as_ref().map_or(state.instance.default_org_id.as_str(), |u| u.org_id.as_str());
    let policy = crate::settings::login_policy(state, org).await?;
    let facts = match &user {
        Some(u) => Some(UserFacts::load(state, u).await?),
        None => None,
    };
    Ok(evaluate(&policy, facts.as_ref(), &SessionChecks::of(session)?, state.now()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::default_login;

    fn at(secs: i64) -> Timestamp {
        chrono::DateTime::from_timestamp(1_700_000_000 + secs, 0).unwrap()
    }

    fn user() -> UserFacts {
        UserFacts {
            active: true,
            human: true,
            email_verified: true,
            password_change_required: false,
            second_factors: Vec::new(),
            enrolled_at: Vec::new(),
            mfa_init_skipped_at: None,
        }
    }

    const USER: &str = "u1";

    fn password_session(checked: i64) -> SessionChecks {
        SessionChecks {
            user_id: Some(USER.into()),
            user_checked: true,
            password_checked_at: Some(at(checked)),
            first_factor_at: Some(at(checked)),
            ..Default::default()
        }
    }

    /// A session whose first factor is `first` (a passkey or an external login), checked when it was.
    fn factor_session(first: CheckedFactor) -> SessionChecks {
        SessionChecks {
            user_id: Some(USER.into()),
            user_checked: true,
            first_factor_at: first.is_first_factor().then_some(first.checked_at),
            factors: vec![first],
            ..Default::default()
        }
    }

    fn factor(kind: FactorKind, checked: i64, user_verified: bool) -> CheckedFactor {
        CheckedFactor { kind, checked_at: at(checked), user_verified, user_id: Some(USER.into()) }
    }

    #[test]
    fn a_fresh_password_check_of_a_verified_user_is_a_login() {
        assert_eq!(evaluate(&default_login(), Some(&user()), &password_session(0), at(60)), Ok(()));
    }

    #[test]
    fn a_user_check_alone_is_not() {
        let session = SessionChecks { user_id: Some(USER.into()), user_checked: true, ..Default::default() };
        assert_eq!(evaluate(&default_login(), Some(&user()), &session, at(60)), Err(Unmet::FirstFactor));
        assert_eq!(evaluate(&default_login(), None, &session, at(60)), Err(Unmet::NoUser));
    }

    #[test]
    fn checks_expire_with_their_lifetime() {
        let mut policy = default_login();
        policy.password_check_lifetime = json::Duration::from_secs(100);
        assert_eq!(evaluate(&policy, Some(&user()), &password_session(0), at(99)), Ok(()));
        assert_eq!(evaluate(&policy, Some(&user()), &password_session(0), at(100)), Err(Unmet::FirstFactor));
    }

    #[test]
    fn expired_sessions_locked_users_and_unverified_emails_are_refused() {
        let mut session = password_session(0);
        session.expires_at = Some(at(30));
        assert_eq!(evaluate(&default_login(), Some(&user()), &session, at(60)), Err(Unmet::Expired));
        let locked = UserFacts { active: false, ..user() };
        assert_eq!(evaluate(&default_login(), Some(&locked), &password_session(0), at(1)), Err(Unmet::UserNotActive));
        let unverified = UserFacts { email_verified: false, ..user() };
        assert_eq!(
            evaluate(&default_login(), Some(&unverified), &password_session(0), at(1)),
            Err(Unmet::EmailUnverified)
        );
        let must_change = UserFacts { password_change_required: true, ..user() };
        assert_eq!(
            evaluate(&default_login(), Some(&must_change), &password_session(0), at(1)),
            Err(Unmet::PasswordChange)
        );
    }

    #[test]
    fn forced_mfa_needs_a_fresh_second_factor_or_a_passkey() {
        let mut policy = default_login();
        policy.force_mfa = true;
        policy.second_factor_check_lifetime = json::Duration::from_secs(100);
        let mut session = password_session(0);
        let with_totp = UserFacts { second_factors: vec![SecondFactorType::Otp], ..user() };
        assert_eq!(evaluate(&policy, Some(&with_totp), &session, at(1)), Err(Unmet::SecondFactor));
        session.factors.push(factor(FactorKind::Totp, 0, false));
        assert_eq!(evaluate(&policy, Some(&with_totp), &session, at(1)), Ok(()));
        assert_eq!(evaluate(&policy, Some(&with_totp), &session, at(100)), Err(Unmet::SecondFactor));

        let passkey = factor_session(factor(FactorKind::WebAuthn, 0, true));
        assert_eq!(evaluate(&policy, Some(&user()), &passkey, at(1)), Ok(()));
        // A security key without user verification is a second factor, not a first one.
        let u2f_only = factor_session(factor(FactorKind::WebAuthn, 0, false));
        assert_eq!(evaluate(&policy, Some(&user()), &u2f_only, at(1)), Err(Unmet::FirstFactor));
    }

    #[test]
    fn force_mfa_local_only_spares_external_logins() {
        let mut policy = default_login();
        policy.force_mfa_local_only = true;
        let external = factor_session(factor(FactorKind::Intent, 0, false));
        assert_eq!(evaluate(&policy, Some(&user()), &external, at(1)), Ok(()));
        assert_eq!(evaluate(&policy, Some(&user()), &password_session(0), at(1)), Err(Unmet::MfaSetupRequired));
    }

    #[test]
    fn an_owed_second_factor_comes_before_password_change_and_email() {
        let with_totp = UserFacts {
            second_factors: vec![SecondFactorType::Otp],
            password_change_required: true,
            email_verified: false,
            ..user()
        };
        let session = password_session(0);
        assert_eq!(evaluate(&default_login(), Some(&with_totp), &session, at(1)), Err(Unmet::SecondFactor));
        let passed = SessionChecks { factors: vec![factor(FactorKind::Totp, 0, false)], ..password_session(0) };
        assert_eq!(evaluate(&default_login(), Some(&with_totp), &passed, at(1)), Err(Unmet::PasswordChange));
    }

    #[test]
    fn forced_mfa_without_an_enrolled_factor_means_setting_one_up() {
        let mut policy = default_login();
        policy.force_mfa = true;
        assert_eq!(evaluate(&policy, Some(&user()), &password_session(0), at(1)), Err(Unmet::MfaSetupRequired));
        policy.force_mfa = false;
        assert_eq!(evaluate(&policy, Some(&user()), &password_session(0), at(1)), Ok(()));
    }

    #[test]
    fn an_enrolled_second_factor_is_required_even_when_mfa_is_not_forced() {
        let policy = default_login();
        assert!(!policy.force_mfa);
        let with_totp = UserFacts { second_factors: vec![SecondFactorType::Otp], ..user() };
        let mut session = password_session(0);
        assert_eq!(evaluate(&policy, Some(&with_totp), &session, at(1)), Err(Unmet::SecondFactor));
        session.factors.push(factor(FactorKind::Totp, 0, false));
        assert_eq!(evaluate(&policy, Some(&with_totp), &session, at(1)), Ok(()));
        // A passkey login is multi-factor on its own.
        let passkey = factor_session(factor(FactorKind::WebAuthn, 0, true));
        assert_eq!(evaluate(&policy, Some(&with_totp), &passkey, at(1)), Ok(()));
    }

    #[test]
    fn a_factor_added_after_the_sessions_first_factor_does_not_sign_it_out() {
        let added_later = UserFacts {
            second_factors: vec![SecondFactorType::Otp],
            enrolled_at: vec![(SecondFactorType::Otp, at(10))],
            ..user()
        };
        assert_eq!(evaluate(&default_login(), Some(&added_later), &password_session(5), at(20)), Ok(()));
        assert_eq!(
            evaluate(&default_login(), Some(&added_later), &password_session(11), at(20)),
            Err(Unmet::SecondFactor),
            "a login after the enrolment owes it"
        );
        // Recovery codes alone demand nothing.
        let codes_only = UserFacts { second_factors: vec![SecondFactorType::RecoveryCodes], ..user() };
        assert_eq!(evaluate(&default_login(), Some(&codes_only), &password_session(0), at(1)), Ok(()));
    }

    fn with_totp() -> UserFacts {
        UserFacts {
            second_factors: vec![SecondFactorType::Otp],
            enrolled_at: vec![(SecondFactorType::Otp, at(-100))],
            ..user()
        }
    }

    #[test]
    fn a_password_recheck_keeps_a_second_factor_within_its_own_lifetime() {
        let mut policy = default_login();
        policy.second_factor_check_lifetime = json::Duration::from_secs(1000);
        // Password at 0, TOTP at 10, the password again at 500 ("confirm it's you").
        let mut session = password_session(0);
        session.factors.push(factor(FactorKind::Totp, 10, false));
        session.password_checked_at = Some(at(500));
        assert_eq!(evaluate(&policy, Some(&with_totp()), &session, at(600)), Ok(()), "no second TOTP owed");
        assert_eq!(evaluate(&policy, Some(&with_totp()), &session, at(1009)), Ok(()));
        assert_eq!(
            evaluate(&policy, Some(&with_totp()), &session, at(1010)),
            Err(Unmet::SecondFactor),
            "the TOTP check is older than its lifetime, however fresh the password"
        );
        // A passkey login (multi-factor) re-checked with a password keeps counting for multiFactorCheckLifetime.
        policy.multi_factor_check_lifetime = json::Duration::from_secs(2000);
        let mut passkey = factor_session(factor(FactorKind::WebAuthn, 0, true));
        passkey.password_checked_at = Some(at(1500));
        assert_eq!(evaluate(&policy, Some(&with_totp()), &passkey, at(1999)), Ok(()));
        assert_eq!(evaluate(&policy, Some(&with_totp()), &passkey, at(2000)), Err(Unmet::SecondFactor));
    }

    #[test]
    fn a_second_factor_checked_before_any_first_factor_never_counts() {
        let mut session = password_session(20);
        session.factors.push(factor(FactorKind::Totp, 10, false));
        assert_eq!(evaluate(&default_login(), Some(&with_totp()), &session, at(30)), Err(Unmet::SecondFactor));
        // Checked in the same request as the password (CreateSession with both checks) it does.
        session.factors = vec![factor(FactorKind::Totp, 20, false)];
        assert_eq!(evaluate(&default_login(), Some(&with_totp()), &session, at(30)), Ok(()));
        // A session that never passed a first factor has no second factor to count.
        session.first_factor_at = None;
        assert_eq!(evaluate(&default_login(), Some(&with_totp()), &session, at(30)), Err(Unmet::SecondFactor));
    }

    #[test]
    fn a_factor_checked_for_another_user_does_not_carry_over() {
        let mut session = password_session(0);
        session.factors.push(CheckedFactor { user_id: Some("u2".into()), ..factor(FactorKind::Totp, 10, false) });
        assert_eq!(evaluate(&default_login(), Some(&with_totp()), &session, at(20)), Err(Unmet::SecondFactor));
        // Nor a first factor: another user's passkey is no login of this one.
        let foreign = CheckedFactor { user_id: Some("u2".into()), ..factor(FactorKind::WebAuthn, 0, true) };
        let passkey = SessionChecks { first_factor_at: Some(at(0)), ..factor_session(foreign) };
        assert_eq!(evaluate(&default_login(), Some(&user()), &passkey, at(1)), Err(Unmet::FirstFactor));
        let unowned = CheckedFactor { user_id: None, ..factor(FactorKind::Totp, 10, false) };
        assert!(SessionChecks { factors: vec![unowned], ..password_session(0) }.own_factors().next().is_none());
    }

    #[test]
    fn a_factor_enrolled_during_the_session_survives_a_password_recheck_for_its_lifetime() {
        let mut policy = default_login();
        policy.second_factor_check_lifetime = json::Duration::from_secs(1000);
        // Signed in with the password at 0, enrolled at 10 (not checked on the session), confirmed again at 500.
        let enrolled = UserFacts { enrolled_at: vec![(SecondFactorType::Otp, at(10))], ..with_totp() };
        let mut session = password_session(0);
        session.password_checked_at = Some(at(500));
        assert_eq!(evaluate(&policy, Some(&enrolled), &session, at(600)), Ok(()));
        assert_eq!(evaluate(&policy, Some(&enrolled), &session, at(1010)), Err(Unmet::SecondFactor), "then owed");
    }

    #[test]
    fn factor_types_the_policy_does_not_allow_do_not_count() {
        let mut policy = default_login();
        policy.second_factors = vec![SecondFactorType::U2f];
        // An enrolled but disallowed factor does not demand a check...
        let with_email_otp = UserFacts { second_factors: vec![SecondFactorType::OtpEmail], ..user() };
        assert_eq!(evaluate(&policy, Some(&with_email_otp), &password_session(0), at(1)), Ok(()));
        // ...nor satisfies a forced MFA.
        policy.force_mfa = true;
        let mut session = password_session(0);
        session.factors.push(factor(FactorKind::OtpEmail, 0, false));
        assert_eq!(evaluate(&policy, Some(&with_email_otp), &session, at(1)), Err(Unmet::MfaSetupRequired));
        session.factors.push(factor(FactorKind::WebAuthn, 0, false));
        assert_eq!(evaluate(&policy, Some(&with_email_otp), &session, at(1)), Ok(()), "a security key (U2F) does");
        policy.second_factors = vec![SecondFactorType::Otp, SecondFactorType::RecoveryCodes];
        let with_totp = UserFacts { second_factors: vec![SecondFactorType::Otp], ..user() };
        let recovered =
            SessionChecks { factors: vec![factor(FactorKind::RecoveryCode, 0, false)], ..password_session(0) };
        assert_eq!(evaluate(&policy, Some(&with_totp), &recovered, at(1)), Ok(()), "a recovery code stands in");
    }

    #[test]
    fn sessions_missing_only_what_the_user_does_themselves_act_as_the_user() {
        assert!(acts_as_user(Ok(())));
        assert!(acts_as_user(Err(Unmet::PasswordChange)));
        assert!(!acts_as_user(Err(Unmet::MfaSetupRequired)), "it may only enrol");
        assert!(may_enrol(Err(Unmet::MfaSetupRequired)));
        assert!(!acts_as_user(Err(Unmet::SecondFactor)));
        assert!(!may_enrol(Err(Unmet::SecondFactor)));
        assert!(!acts_as_user(Err(Unmet::FirstFactor)));
        assert!(!acts_as_user(Err(Unmet::Expired)));
    }

    #[test]
    fn the_setup_prompt_follows_force_skip_and_its_lifetime() {
        let mut policy = default_login();
        policy.mfa_init_skip_lifetime = json::Duration::from_secs(1000);
        assert_eq!(setup_prompt(&policy, &user(), false, at(0)), SetupPrompt::Optional);
        let skipped = UserFacts { mfa_init_skipped_at: Some(at(0)), ..user() };
        assert_eq!(setup_prompt(&policy, &skipped, false, at(999)), SetupPrompt::None);
        assert_eq!(setup_prompt(&policy, &skipped, false, at(1000)), SetupPrompt::Optional, "back after the lifetime");
        let enrolled = UserFacts { second_factors: vec![SecondFactorType::Otp], ..user() };
        assert_eq!(setup_prompt(&policy, &enrolled, false, at(0)), SetupPrompt::None);
        policy.mfa_init_skip_lifetime = json::Duration::from_secs(0);
        assert_eq!(setup_prompt(&policy, &user(), false, at(0)), SetupPrompt::None, "0s disables the prompt");
        policy.force_mfa = true;
        assert_eq!(setup_prompt(&policy, &skipped, false, at(1)), SetupPrompt::Forced, "no skipping when forced");
        policy.force_mfa = false;
        policy.force_mfa_local_only = true;
        assert_eq!(setup_prompt(&policy, &user(), false, at(1)), SetupPrompt::Forced);
        assert_eq!(setup_prompt(&policy, &user(), true, at(1)), SetupPrompt::None, "external logins are spared");
    }
}
