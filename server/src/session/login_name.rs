//! Which user a typed login name means, and which names are free: usernames are unique per org where the domain
//! policy says `userLoginMustBeDomain` (`settings::domain`), so a bare name or an email address may belong to users
//! of several orgs.
//!
//! Like ZITADEL's login, the name is looked up in the org the login runs for first (the app's org scope, the
//! `organization` parameter or the host name, which the SPA passes as `x-zitadel-orgid`), then across the instance.
//! A name that still fits more than one user is refused with [`ambiguous`], which the login shows as "enter your
//! full login name" rather than ZITADEL's "Multiple users found".

use std::sync::LazyLock;

use crate::error::{Error, Result};
use crate::user::store::{login_name_matches, USER_COLUMNS};
use crate::user::UserRecord;
use crate::AppState;

/// The SPA shows this id as a request for the full login name (`username@<org domain>`).
pub const AMBIGUOUS: &str = "GATEHOUSE-LoginNameAmbiguous";

pub fn ambiguous() -> Error {
    Error::invalid(AMBIGUOUS, "More than one user has this login name; enter the full login name (username@domain)")
}

#[derive(Debug)]
pub enum Pick {
    One(Box<UserRecord>),
    Nobody,
    Ambiguous,
}

/// Among users whose login names fit `input` (lower-cased): a username match (bare or `name@<org domain>`) wins
/// over an email match, since an address can be someone else's username; two matches of the same kind are
/// ambiguous.
pub fn pick(matching: Vec<UserRecord>, input: &str) -> Pick {
    let by_name = |u: &UserRecord| {
        let name = u.username.to_lowercase();
        name == input || input.rsplit_once('@').is_some_and(|(n, d)| n == name && d == u.primary_domain.to_lowercase())
    };
    let (names, emails): (Vec<_>, Vec<_>) = matching.into_iter().partition(by_name);
    let chosen = if names.is_empty() { emails } else { names };
    let mut chosen = chosen.into_iter();
    match (chosen.next(), chosen.next()) {
        (None, _) => Pick::Nobody,
        (Some(one), None) => Pick::One(Box::new(one)),
        (Some(_), Some(_)) => Pick::Ambiguous,
    }
}

/// Resolves a login name, in `context_org` first. `Err(ambiguous())` when it fits several users and the org
/// context does not decide.
pub async fn find(state: &AppState, input: &str, context_org: Option<&str>) -> Result<Option<UserRecord>> {
    let lower = input.trim().to_lowercase();
    if lower.is_empty() {
        return Ok(None);
    }
    let name_part = lower.rsplit_once('@').map(|(n, _)| n.to_owned()).unwrap_or_else(|| lower.clone());
    // Lookups in the username and email indexes, a few rows at most: bounded, so it may run inline.
    static SQL: LazyLock<String> = LazyLock::new(|| {
        format!(
            "SELECT {USER_COLUMNS} FROM users u JOIN orgs o ON o.id = u.org_id
             WHERE u.username_lower = $1 OR u.email_lower = $1 OR u.username_lower = $2"
        )
    });
    let candidates = state.db.inline.read(|connection| {
        let mut statement = connection.prepare_cached(&SQL)?;
        let mut rows = statement.query([&lower, &name_part])?;
        let mut candidates = Vec::new();
        while let Some(row) = rows.next()? {
            candidates.push(UserRecord::read(row)?);
        }
        Ok(candidates)
    })?;
    let matching: Vec<UserRecord> = candidates.into_iter().filter(|u| login_name_matches(u, &lower)).collect();
    if let Some(org) = context_org.filter(|o| !o.is_empty()) {
        let in_org = matching.iter().filter(|u| u.org_id == org).cloned().collect();
        match pick(in_org, &lower) {
            Pick::One(user) => return Ok(Some(*user)),
            Pick::Ambiguous => return Err(ambiguous()),
            Pick::Nobody => {}
        }
    }
    match pick(matching, &lower) {
        Pick::One(user) => Ok(Some(*user)),
        Pick::Nobody => Ok(None),
        Pick::Ambiguous => Err(ambiguous()),
    }
}

/// Whether `value` (a username or email address) is taken for a user of `org`, other than `except`: by anyone in
/// the same org, and, unless `org`'s usernames are org-scoped, by anyone in another org whose usernames are not
/// org-scoped either (ZITADEL's unique constraint: the name alone, or the name plus the org).
pub async fn taken(state: &AppState, value: &str, except: Option<&str>, org: &str) -> Result<bool> {
    let lower = value.trim().to_lowercase();
    let holders: Vec<String> =
        sqlx::query_scalar("SELECT org_id FROM users WHERE (username_lower = $1 OR email_lower = $1) AND id <> $2")
            .bind(&lower)
            .bind(except.unwrap_or(""))
            .fetch_all(&state.db.read)
            .await?;
    if holders.is_empty() {
        return Ok(false);
    }
    if holders.iter().any(|o| o == org) {
        return Ok(true);
    }
    if crate::settings::domain::must_be_domain(state, org).await? {
        return Ok(false);
    }
    for other in &holders {
        if !crate::settings::domain::must_be_domain(state, other).await? {
            return Ok(true);
        }
    }
    Ok(false)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::user::store::sample;

    fn user(id: &str, org: &str, username: &str, email: &str, domain: &str) -> UserRecord {
        let mut u = sample(username, email);
        u.id = id.into();
        u.org_id = org.into();
        u.primary_domain = domain.into();
        u
    }

    fn picked(p: Pick) -> Option<String> {
        match p {
            Pick::One(u) => Some(u.id),
            Pick::Nobody => None,
            Pick::Ambiguous => Some("ambiguous".into()),
        }
    }

    #[test]
    fn a_username_wins_over_an_email_and_two_of_a_kind_are_ambiguous() {
        let acme = user("1", "a", "ada", "ada@mail.example", "acme.localhost");
        let globex = user("2", "g", "ada", "ada@mail.example", "globex.localhost");
        let mailer = user("3", "g", "ada@mail.example", "other@mail.example", "globex.localhost");
        assert_eq!(picked(pick(vec![acme.clone(), globex.clone()], "ada")).as_deref(), Some("ambiguous"));
        assert_eq!(picked(pick(vec![acme.clone(), globex.clone()], "ada@mail.example")).as_deref(), Some("ambiguous"));
        // The full login name names one org's user.
        assert_eq!(picked(pick(vec![acme.clone()], "ada@acme.localhost")).as_deref(), Some("1"));
        // Someone's username beats other users' email address.
        assert_eq!(picked(pick(vec![acme, globex, mailer], "ada@mail.example")).as_deref(), Some("3"));
        assert_eq!(picked(pick(vec![], "ada")), None);
    }

    #[test]
    fn the_message_asks_for_the_full_login_name() {
        let e = ambiguous().to_api();
        assert_eq!(e.id, AMBIGUOUS);
        assert!(e.message.contains("full login name"));
        assert!(!e.message.to_lowercase().contains("multiple users found"));
    }
}
