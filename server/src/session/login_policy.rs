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
//! 5. when MFA is required (`forceMfa`, or `forceMfaLocalOnly` for logins that did not come from an IdP), a passkey
//!    login is already multi-factor; otherwise a second factor must be fresh within `secondFactorCheckLifetime`.
//!
//! A lifetime of zero means the policy sets no limit for that check.

use chrono::Duration;
use gatehouse_api::json;
use gatehouse_api::settings::LoginPolicyUpdate;

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
}

impl From<&UserRecord> for UserFacts {
    fn from(u: &UserRecord) -> Self {
        UserFacts {
            active: u.state() == gatehouse_api::user::UserState::Active,
            human: u.is_human(),
            email_verified: u.email_verified,
            password_change_required: u.password_change_required,
        }
    }
}

/// The checks a session holds.
#[derive(Clone, Debug, Default)]
pub struct SessionChecks {
    pub user_checked: bool,
    pub password_checked_at: Option<Timestamp>,
    pub factors: Vec<CheckedFactor>,
    pub expires_at: Option<Timestamp>,
}

impl SessionChecks {
    pub fn of(session: &SessionRecord) -> Result<Self> {
        Ok(SessionChecks {
            user_checked: session.user_id.is_some() && session.user_checked_at.is_some(),
            password_checked_at: session.password_checked_at.as_deref().map(from_db).transpose()?,
            factors: session.factors.clone(),
            expires_at: session.expires_at.as_deref().map(from_db).transpose()?,
        })
    }

    fn factor(&self, kind: FactorKind) -> Option<&CheckedFactor> {
        self.factors.iter().find(|f| f.kind == kind)
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
    if password && !passkey && !external && user.password_change_required {
        return Err(Unmet::PasswordChange);
    }
    if user.human && !user.email_verified {
        return Err(Unmet::EmailUnverified);
    }
    let mfa_required = policy.force_mfa || (policy.force_mfa_local_only && !external);
    if mfa_required && !passkey {
        let second = session
            .factors
            .iter()
            .any(|f| f.kind.is_second_factor() && fresh(Some(f.checked_at), policy.second_factor_check_lifetime, now));
        if !second {
            return Err(Unmet::SecondFactor);
        }
    }
    Ok(())
}

/// Loads the session's user and their org's login policy, then applies [`evaluate`].
pub async fn ensure_login_complete(state: &AppState, session: &SessionRecord) -> Result<()> {
    let user = match &session.user_id {
        Some(id) => Some(user::store::get(state, id).await?),
        None => None,
    };
    let org = user.as_ref().map_or(state.instance.default_org_id.as_str(), |u| u.org_id.as_str());
    let policy = crate::settings::login_policy(state, org).await?;
    let facts = user.as_ref().map(UserFacts::from);
    evaluate(&policy, facts.as_ref(), &SessionChecks::of(session)?, state.now()).map_err(Unmet::into_error)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::default_login;

    fn at(secs: i64) -> Timestamp {
        chrono::DateTime::from_timestamp(1_700_000_000 + secs, 0).unwrap()
    }

    fn user() -> UserFacts {
        UserFacts { active: true, human: true, email_verified: true, password_change_required: false }
    }

    fn password_session(checked: i64) -> SessionChecks {
        SessionChecks { user_checked: true, password_checked_at: Some(at(checked)), ..Default::default() }
    }

    fn factor(kind: FactorKind, checked: i64, user_verified: bool) -> CheckedFactor {
        CheckedFactor { kind, checked_at: at(checked), user_verified }
    }

    #[test]
    fn a_fresh_password_check_of_a_verified_user_is_a_login() {
        assert_eq!(evaluate(&default_login(), Some(&user()), &password_session(0), at(60)), Ok(()));
    }

    #[test]
    fn a_user_check_alone_is_not() {
        let session = SessionChecks { user_checked: true, ..Default::default() };
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
        assert_eq!(evaluate(&policy, Some(&user()), &session, at(1)), Err(Unmet::SecondFactor));
        session.factors.push(factor(FactorKind::Totp, 0, false));
        assert_eq!(evaluate(&policy, Some(&user()), &session, at(1)), Ok(()));
        assert_eq!(evaluate(&policy, Some(&user()), &session, at(100)), Err(Unmet::SecondFactor));

        let passkey = SessionChecks {
            user_checked: true,
            factors: vec![factor(FactorKind::WebAuthn, 0, true)],
            ..Default::default()
        };
        assert_eq!(evaluate(&policy, Some(&user()), &passkey, at(1)), Ok(()));
        // A security key without user verification is a second factor, not a first one.
        let u2f_only = SessionChecks {
            user_checked: true,
            factors: vec![factor(FactorKind::WebAuthn, 0, false)],
            ..Default::default()
        };
        assert_eq!(evaluate(&policy, Some(&user()), &u2f_only, at(1)), Err(Unmet::FirstFactor));
    }

    #[test]
    fn force_mfa_local_only_spares_external_logins() {
        let mut policy = default_login();
        policy.force_mfa_local_only = true;
        let external = SessionChecks {
            user_checked: true,
            factors: vec![factor(FactorKind::Intent, 0, false)],
            ..Default::default()
        };
        assert_eq!(evaluate(&policy, Some(&user()), &external, at(1)), Ok(()));
        assert_eq!(evaluate(&policy, Some(&user()), &password_session(0), at(1)), Err(Unmet::SecondFactor));
    }
}
