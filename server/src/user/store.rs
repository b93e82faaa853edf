//! Reading users: the row, its wire form, and login-name matching (resolution: `session::login_name`).

use std::sync::LazyLock;

use gatehouse_api::object::Details;
use gatehouse_api::user::{Gender, HumanEmail, HumanPhone, HumanProfile, HumanUser, MachineUser, User, UserState};
use sqlx::sqlite::SqliteRow;

use crate::clock::from_db;
use crate::db::Columns;
use crate::error::{Error, Result};
use crate::AppState;

pub const USER_COLUMNS: &str = "u.id, u.org_id, u.kind, u.username, u.state, u.given_name, u.family_name, u.nick_name,
    u.display_name, u.preferred_language, u.gender, u.email, u.email_verified, u.phone, u.password_hash,
    u.password_change_required, u.password_changed_at, u.failed_password_attempts, u.machine_description,
    u.created_at, u.changed_at, u.sequence, o.primary_domain, u.phone_verified, u.pending_email,
    (SELECT m.mfa_init_skipped_at FROM user_mfa_state m WHERE m.user_id = u.id) AS mfa_init_skipped_at,
    (SELECT a.hash FROM user_avatars a WHERE a.user_id = u.id) AS avatar_hash,
    COALESCE((SELECT p.body FROM policies p WHERE p.kind = 'domain' AND p.owner_id = u.org_id),
      (SELECT p.body FROM policies p WHERE p.kind = 'domain' AND p.owner_id = (SELECT i.id FROM instance i)))
      AS domain_policy";

#[derive(Clone, Debug)]
pub struct UserRecord {
    pub id: String,
    pub org_id: String,
    pub kind: String,
    pub username: String,
    pub state: i64,
    pub given_name: String,
    pub family_name: String,
    pub nick_name: Option<String>,
    pub display_name: Option<String>,
    pub preferred_language: Option<String>,
    pub gender: Option<i64>,
    pub email: Option<String>,
    pub email_verified: bool,
    pub phone: Option<String>,
    pub password_hash: Option<String>,
    pub password_change_required: bool,
    pub password_changed_at: Option<String>,
    pub failed_password_attempts: i64,
    pub machine_description: Option<String>,
    pub created_at: String,
    pub changed_at: String,
    pub sequence: i64,
    pub primary_domain: String,
    pub phone_verified: bool,
    /// A new address waiting for its verification code (self-service change); `email` stays the login email.
    pub pending_email: Option<String>,
    /// When the user last skipped the "set up a second factor" prompt (`user_mfa_state`).
    pub mfa_init_skipped_at: Option<String>,
    /// SHA-256 (hex) of the user's avatar PNG, if they have one (`user_avatars`).
    pub avatar_hash: Option<String>,
    /// The domain policy that applies to the user (the org's own, else the instance's; `None`: the built-in
    /// default), as stored: it decides the form of the login names.
    pub domain_policy: Option<String>,
}

impl<'r> sqlx::FromRow<'r, SqliteRow> for UserRecord {
    fn from_row(row: &'r SqliteRow) -> sqlx::Result<Self> {
        UserRecord::read(row).map_err(|e| match e {
            Error::Db(e) => e,
            other => sqlx::Error::Decode(Box::new(other)),
        })
    }
}

impl UserRecord {
    /// A row selected with [`USER_COLUMNS`].
    pub fn read(row: &impl Columns) -> Result<Self> {
        Ok(UserRecord {
            id: row.column("id")?,
            org_id: row.column("org_id")?,
            kind: row.column("kind")?,
            username: row.column("username")?,
            state: row.column("state")?,
            given_name: row.column("given_name")?,
            family_name: row.column("family_name")?,
            nick_name: row.column("nick_name")?,
            display_name: row.column("display_name")?,
            preferred_language: row.column("preferred_language")?,
            gender: row.column("gender")?,
            email: row.column("email")?,
            email_verified: row.column("email_verified")?,
            phone: row.column("phone")?,
            password_hash: row.column("password_hash")?,
            password_change_required: row.column("password_change_required")?,
            password_changed_at: row.column("password_changed_at")?,
            failed_password_attempts: row.column("failed_password_attempts")?,
            machine_description: row.column("machine_description")?,
            created_at: row.column("created_at")?,
            changed_at: row.column("changed_at")?,
            sequence: row.column("sequence")?,
            primary_domain: row.column("primary_domain")?,
            phone_verified: row.column("phone_verified")?,
            pending_email: row.column("pending_email")?,
            mfa_init_skipped_at: row.column("mfa_init_skipped_at")?,
            avatar_hash: row.column("avatar_hash")?,
            domain_policy: row.column("domain_policy")?,
        })
    }

    pub fn is_human(&self) -> bool {
        self.kind == "human"
    }

    pub fn state(&self) -> UserState {
        UserState::from_number(self.state).unwrap_or_default()
    }

    pub fn is_locked(&self) -> bool {
        self.state() == UserState::Locked
    }

    /// Whether the org's usernames are org-scoped (`userLoginMustBeDomain`), so that only `username@<domain>`
    /// names the user across the instance.
    pub fn login_must_be_domain(&self) -> bool {
        self.domain_policy
            .as_deref()
            .and_then(|body| serde_json::from_str::<gatehouse_api::domain_policy::DomainPolicyUpdate>(body).ok())
            .is_some_and(|p| p.user_login_must_be_domain)
    }

    pub fn login_names(&self) -> Vec<String> {
        let full = format!("{}@{}", self.username, self.primary_domain);
        if self.login_must_be_domain() {
            vec![full]
        } else {
            vec![self.username.clone(), full]
        }
    }

    /// As ZITADEL: `username@<org primary domain>` where usernames are org-scoped, else the username.
    pub fn preferred_login_name(&self) -> String {
        if self.login_must_be_domain() {
            format!("{}@{}", self.username, self.primary_domain)
        } else {
            self.username.clone()
        }
    }

    pub fn display_name(&self) -> String {
        if let Some(d) = self.display_name.as_deref().filter(|d| !d.is_empty()) {
            return d.to_owned();
        }
        let full = format!("{} {}", self.given_name, self.family_name).trim().to_owned();
        if full.is_empty() {
            self.username.clone()
        } else {
            full
        }
    }

    pub fn details(&self) -> Result<Details> {
        Ok(Details {
            sequence: self.sequence as u64,
            change_date: Some(from_db(&self.changed_at)?),
            resource_owner: self.org_id.clone(),
            creation_date: Some(from_db(&self.created_at)?),
        })
    }

    /// The wire form with `profile.avatarUrl`, which needs the public URL.
    pub fn to_wire(&self, state: &crate::AppState) -> Result<User> {
        let mut user = self.to_api()?;
        if let Some(human) = user.human.as_mut() {
            human.profile.avatar_url = super::avatar::url(state, self);
        }
        Ok(user)
    }

    pub fn to_api(&self) -> Result<User> {
        let details = self.details()?;
        let (human, machine) = if self.is_human() {
            let human = HumanUser {
                profile: HumanProfile {
                    given_name: self.given_name.clone(),
                    family_name: self.family_name.clone(),
                    nick_name: self.nick_name.clone(),
                    display_name: Some(self.display_name()),
                    preferred_language: self.preferred_language.clone(),
                    gender: self.gender.and_then(Gender::from_number),
                    avatar_url: None,
                },
                email: HumanEmail { email: self.email.clone().unwrap_or_default(), is_verified: self.email_verified },
                phone: HumanPhone { phone: self.phone.clone().unwrap_or_default(), is_verified: self.phone_verified },
                password_change_required: self.password_change_required,
                password_changed: self.password_changed_at.as_deref().map(from_db).transpose()?,
                mfa_init_skipped: self.mfa_init_skipped_at.as_deref().map(from_db).transpose()?,
            };
            (Some(human), None)
        } else {
            let machine = MachineUser {
                name: self.given_name.clone(),
                description: self.machine_description.clone().unwrap_or_default(),
                ..Default::default()
            };
            (None, Some(machine))
        };
        Ok(User {
            user_id: self.id.clone(),
            details,
            state: self.state(),
            username: self.username.clone(),
            login_names: self.login_names(),
            preferred_login_name: self.preferred_login_name(),
            human,
            machine,
        })
    }
}

pub fn user_not_found() -> Error {
    Error::not_found("QUERY-Dfbg2", "User could not be found")
}

pub async fn find(state: &AppState, user_id: &str) -> Result<Option<UserRecord>> {
    // A primary-key lookup, so it runs inline (`db::InlineReads`).
    static SQL: LazyLock<String> =
        LazyLock::new(|| format!("SELECT {USER_COLUMNS} FROM users u JOIN orgs o ON o.id = u.org_id WHERE u.id = $1"));
    state.db.inline.read(|connection| {
        let mut statement = connection.prepare_cached(&SQL)?;
        let mut rows = statement.query([user_id])?;
        rows.next()?.map(UserRecord::read).transpose()
    })
}

pub async fn get(state: &AppState, user_id: &str) -> Result<UserRecord> {
    find(state, user_id).await?.ok_or_else(user_not_found)
}

/// A login name is the username, the email address, or `username@<org primary domain>`, case-insensitively.
pub fn login_name_matches(user: &UserRecord, input: &str) -> bool {
    let input = input.trim().to_lowercase();
    if input.is_empty() {
        return false;
    }
    if user.username.to_lowercase() == input {
        return true;
    }
    if user.email.as_deref().is_some_and(|e| e.to_lowercase() == input) {
        return true;
    }
    match input.rsplit_once('@') {
        Some((name, domain)) => name == user.username.to_lowercase() && domain == user.primary_domain.to_lowercase(),
        None => false,
    }
}

pub async fn all_in(state: &AppState, orgs: Option<&[String]>) -> Result<Vec<UserRecord>> {
    let sql = format!("SELECT {USER_COLUMNS} FROM users u JOIN orgs o ON o.id = u.org_id ORDER BY u.id");
    let users = sqlx::query_as::<_, UserRecord>(&sql).fetch_all(&state.db.read).await?;
    Ok(match orgs {
        Some(orgs) => users.into_iter().filter(|u| orgs.contains(&u.org_id)).collect(),
        None => users,
    })
}

#[cfg(test)]
pub(crate) fn sample(username: &str, email: &str) -> UserRecord {
    UserRecord {
        id: "1".into(),
        org_id: "2".into(),
        kind: "human".into(),
        username: username.into(),
        state: 1,
        given_name: "Ada".into(),
        family_name: "Lovelace".into(),
        nick_name: None,
        display_name: None,
        preferred_language: None,
        gender: None,
        email: Some(email.into()),
        email_verified: false,
        phone: None,
        password_hash: None,
        password_change_required: false,
        password_changed_at: None,
        failed_password_attempts: 0,
        machine_description: None,
        created_at: "2024-01-01T00:00:00.000000Z".into(),
        changed_at: "2024-01-01T00:00:00.000000Z".into(),
        sequence: 1,
        primary_domain: "acme.localhost".into(),
        phone_verified: false,
        pending_email: None,
        mfa_init_skipped_at: None,
        avatar_hash: None,
        domain_policy: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn login_names_match_username_email_and_domain_form() {
        let u = sample("Ada", "ada@example.com");
        for yes in ["ada", "ADA", " Ada ", "ada@example.com", "ADA@Example.COM", "ada@acme.localhost"] {
            assert!(login_name_matches(&u, yes), "{yes}");
        }
        for no in ["", "ad", "ada@other.localhost", "bob@example.com", "example.com"] {
            assert!(!login_name_matches(&u, no), "{no}");
        }
    }

    #[test]
    fn wire_user_has_login_names_and_display_name() {
        let u = sample("ada", "ada@example.com").to_api().unwrap();
        assert_eq!(u.login_names, vec!["ada", "ada@acme.localhost"]);
        assert_eq!(u.human.unwrap().profile.display_name.as_deref(), Some("Ada Lovelace"));
        assert_eq!(u.details.sequence, 1);
        assert_eq!(u.preferred_login_name, "ada");
        let mut scoped = sample("ada", "ada@example.com");
        scoped.domain_policy = Some(r#"{"userLoginMustBeDomain":true}"#.into());
        let u = scoped.to_api().unwrap();
        assert_eq!(
            (u.login_names, u.preferred_login_name),
            (vec!["ada@acme.localhost".into()], "ada@acme.localhost".into())
        );
    }
}
