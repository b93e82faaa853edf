//! Finding this browser's signed-in session. The server answers `ListSessions` without queries with exactly the
//! sessions this browser owns (its cookie maps to them), so that list is our account chooser.

use gatehouse_api::session::{ListSessions, ListSessionsRequest, Session};
use gatehouse_api::ApiError;

use crate::client;

/// This browser's own sessions.
pub async fn browser_sessions() -> Result<Vec<Session>, ApiError> {
    Ok(client::call::<ListSessions>(&ListSessionsRequest::default()).await?.sessions)
}

/// The id of the user a session belongs to.
pub fn user_id(session: &Session) -> Option<&str> {
    session.factors.as_ref()?.user.as_ref().map(|user| user.id.as_str()).filter(|id| !id.is_empty())
}

/// A session counts as signed in once its user proved a first factor; a session with only the user check is a
/// login that was started and abandoned. (The server's login policy has the last word on every request.)
pub fn is_signed_in(session: &Session) -> bool {
    // A passkey (a user-verified WebAuthn check) or an external identity provider signs in without a password.
    user_id(session).is_some()
        && session.factors.as_ref().is_some_and(|factors| {
            factors.password.is_some()
                || factors.web_auth_n.as_ref().is_some_and(|w| w.user_verified)
                || factors.intent.is_some()
        })
}

/// The signed-in session to show: `preferred` if it is one, else the one used most recently.
pub fn pick_signed_in(sessions: Vec<Session>, preferred: Option<&str>) -> Option<Session> {
    let mut signed_in: Vec<Session> = sessions.into_iter().filter(is_signed_in).collect();
    if let Some(position) = preferred.and_then(|id| signed_in.iter().position(|s| s.id == id)) {
        return Some(signed_in.swap_remove(position));
    }
    signed_in.into_iter().max_by_key(|s| s.change_date.or(s.creation_date))
}

/// This browser's signed-in session for `user_id`, if any (after verifying an email: go straight in).
pub fn signed_in_for_user(sessions: Vec<Session>, user: &str) -> Option<Session> {
    let of_user: Vec<Session> = sessions.into_iter().filter(|s| user_id(s) == Some(user)).collect();
    pick_signed_in(of_user, None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use gatehouse_api::session::{Factors, UserFactor, VerifiedFactor};

    fn session(id: &str, user: &str, password: bool, changed_secs: i64) -> Session {
        Session {
            id: id.into(),
            change_date: chrono::DateTime::from_timestamp(changed_secs, 0),
            factors: Some(Factors {
                user: Some(UserFactor { id: user.into(), ..Default::default() }),
                password: password.then(VerifiedFactor::default),
                ..Default::default()
            }),
            ..Default::default()
        }
    }

    #[test]
    fn an_external_identity_provider_login_signs_in() {
        let mut external = session("s", "u", false, 1);
        assert!(!is_signed_in(&external), "the user check alone is not a login");
        external.factors.as_mut().unwrap().intent = Some(VerifiedFactor::default());
        assert!(is_signed_in(&external));
    }

    #[test]
    fn prefers_the_named_session_then_the_newest_signed_in_one() {
        let all = || vec![session("a", "u1", true, 10), session("b", "u2", true, 30), session("c", "u1", false, 50)];
        assert_eq!(pick_signed_in(all(), Some("a")).map(|s| s.id), Some("a".into()));
        assert_eq!(pick_signed_in(all(), Some("c")).map(|s| s.id), Some("b".into()));
        assert_eq!(pick_signed_in(all(), None).map(|s| s.id), Some("b".into()));
        assert_eq!(signed_in_for_user(all(), "u1").map(|s| s.id), Some("a".into()));
        assert!(signed_in_for_user(all(), "u3").is_none());
    }
}
