//! Who may do what to a user.

use super::store::UserRecord;
use crate::auth::{Caller, Principal};
use crate::error::{Error, Result};
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
