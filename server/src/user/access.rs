//! Who may do what to a user.

use super::store::UserRecord;
use crate::auth::{Caller, Principal};
use crate::clock::Timestamp;
use crate::error::{Error, Result};
use crate::session::login_policy::SessionChecks;
use crate::AppState;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Access {
    None,
    /// The browser has some session of this user (enough to ask for a password reset mail).
    BrowserSession,
    /// A browser session of this user that passed its first factor while a forced MFA waits for the user's first
    /// second factor: it may set one up (and nothing else).
    Enrol,
    /// The user themselves: a session token of theirs, their own PAT, or a browser session that may act as them
    /// (`login_policy::acts_as_user`: first factor and any enrolled second factor passed).
    SelfService,
    /// IAM_OWNER / IAM_LOGIN_CLIENT, or ORG_OWNER of the user's org.
    Admin,
}

pub async fn access(state: &AppState, caller: &Caller, user: &UserRecord) -> Result<Access> {
    if caller.is_instance_login_admin() || caller.owns_org(&user.org_id) {
        return Ok(Access::Admin);
    }
    Ok(match &caller.principal {
        Principal::Member(m) if m.user_id == user.id => Access::SelfService,
        Principal::SessionUser { user_id, password_checked: true, .. } if *user_id == user.id => Access::SelfService,
        Principal::Browser => match caller.browser() {
            Some(browser) => match browser.user(state, &user.id).await? {
                Some(u) if u.password_checked => Access::SelfService,
                Some(u) if u.may_enrol => Access::Enrol,
                Some(_) => Access::BrowserSession,
                None => Access::None,
            },
            None => Access::None,
        },
        _ => Access::None,
    })
}

pub async fn require(state: &AppState, caller: &Caller, user: &UserRecord, at_least: Access) -> Result<Access> {
    let level = access(state, caller, user).await?;
    if level >= at_least {
        Ok(level)
    } else {
        Err(Error::denied())
    }
}

/// Self-service changes wait until a required password change is done.
pub fn require_no_pending_password_change(level: Access, user: &UserRecord) -> Result<()> {
    if level == Access::SelfService && user.password_change_required {
        return Err(Error::failed_precondition("COMMAND-PwChange", "Password change required"));
    }
    Ok(())
}

/// The error id the SPA answers with its "confirm it's you" dialog.
pub const REAUTH_REQUIRED: &str = gatehouse_api::account::REAUTH_REQUIRED;

pub fn reauth_required() -> Error {
    Error::failed_precondition(
        REAUTH_REQUIRED,
        "Confirm it is you: check your password or passkey again to make this change",
    )
}

/// The gate for sensitive self-service changes (security review M5).
///
/// **Every sensitive self-service action must call this** after its access check: changing the email or phone,
/// adding or removing a sign-in method (passkey, security key, authenticator app, codes by SMS or email, recovery
/// codes), removing a linked identity provider, ending the user's sessions on other devices, deleting the account.
/// A session (a browser's, or a bearer session token) acting as the user passes only while its last first-factor
/// check (password, passkey, or an external IdP login) is younger than `--reauth-window`; otherwise the caller gets
/// [`REAUTH_REQUIRED`], re-checks the session with SetSession and retries. A stolen but older session (a browser
/// left signed in) therefore cannot take the account over. Admins and personal access tokens are their own
/// credentials and pass. Methods that carry the current password themselves (SetPassword, DeleteOwnAccount with
/// `currentPassword`) check that instead.
pub async fn require_recent_auth(state: &AppState, caller: &Caller, user: &UserRecord) -> Result<()> {
    if caller.is_instance_login_admin() || caller.owns_org(&user.org_id) {
        return Ok(());
    }
    let session_ids = match &caller.principal {
        Principal::Member(_) => return Ok(()),
        Principal::SessionUser { user_id, session_id, .. } if *user_id == user.id => vec![session_id.clone()],
        Principal::Browser => match caller.browser() {
            Some(browser) => browser
                .users(state)
                .await?
                .into_iter()
                .filter(|u| u.user_id == user.id && (u.password_checked || u.may_enrol))
                .map(|u| u.session_id)
                .collect(),
            None => Vec::new(),
        },
        _ => Vec::new(),
    };
    let mut last = None;
    for id in session_ids {
        if let Some(session) = crate::session::store::find(state, &id).await? {
            last = last.max(last_first_factor(&SessionChecks::of(&session)?));
        }
    }
    if is_recent(last, state.now(), state.reauth_window) {
        Ok(())
    } else {
        Err(reauth_required())
    }
}

/// When the session last proved who its user is: a password, a user-verified WebAuthn assertion (passkey), or an
/// external IdP login. Second factors and the user check alone do not count.
pub fn last_first_factor(checks: &SessionChecks) -> Option<Timestamp> {
    let factors = checks.own_factors().filter(|f| f.is_first_factor());
    factors.map(|f| f.checked_at).chain(checks.password_checked_at).max()
}

/// `at` lies within `window` before `now` (a check from the future, clock skew in the database, does not count).
pub fn is_recent(at: Option<Timestamp>, now: Timestamp, window: std::time::Duration) -> bool {
    let Some(at) = at else { return false };
    let window = chrono::Duration::from_std(window).unwrap_or(chrono::Duration::MAX);
    at <= now && now.signed_duration_since(at) < window
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::factors::{CheckedFactor, FactorKind};

    fn at(secs: i64) -> Timestamp {
        chrono::DateTime::from_timestamp(1_700_000_000 + secs, 0).unwrap()
    }

    fn factor(kind: FactorKind, secs: i64, user_verified: bool) -> CheckedFactor {
        CheckedFactor { kind, checked_at: at(secs), user_verified, user_id: Some("u1".into()) }
    }

    #[test]
    fn the_last_first_factor_is_the_newest_password_passkey_or_idp_check() {
        let mut checks = SessionChecks {
            user_id: Some("u1".into()),
            user_checked: true,
            password_checked_at: Some(at(10)),
            ..Default::default()
        };
        assert_eq!(last_first_factor(&checks), Some(at(10)));
        checks.factors.push(factor(FactorKind::Totp, 50, false));
        checks.factors.push(factor(FactorKind::WebAuthn, 40, false));
        assert_eq!(last_first_factor(&checks), Some(at(10)), "second factors and security keys do not count");
        checks.factors.push(factor(FactorKind::Intent, 20, false));
        assert_eq!(last_first_factor(&checks), Some(at(20)));
        checks.factors.retain(|f| f.kind != FactorKind::WebAuthn);
        checks.factors.push(factor(FactorKind::WebAuthn, 30, true));
        assert_eq!(last_first_factor(&checks), Some(at(30)), "a passkey does");
        assert_eq!(last_first_factor(&SessionChecks::default()), None);
    }

    #[test]
    fn recent_means_within_the_window_and_not_in_the_future() {
        let window = std::time::Duration::from_secs(300);
        assert!(is_recent(Some(at(0)), at(299), window));
        assert!(!is_recent(Some(at(0)), at(300), window));
        assert!(!is_recent(Some(at(10)), at(0), window));
        assert!(!is_recent(None, at(0), window));
    }
}
