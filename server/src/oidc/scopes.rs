//! Scopes an app may ask for and the user claims they release.

use serde_json::{json, Map, Value};

use crate::user::UserRecord;

pub const STANDARD: [&str; 6] = ["openid", "profile", "email", "phone", "address", "offline_access"];
pub const ORG_ID_PREFIX: &str = "urn:zitadel:iam:org:id:";
pub const ORG_DOMAIN_PREFIX: &str = "urn:zitadel:iam:org:domain:primary:";
const ZITADEL_PREFIX: &str = "urn:zitadel:iam:";

/// The scopes we understand, deduplicated, in request order; others are ignored as OIDC Core §3.1.2.1 allows.
pub fn parse(raw: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for scope in raw.split(' ').filter(|s| !s.is_empty()) {
        let known = STANDARD.contains(&scope) || scope.starts_with(ZITADEL_PREFIX);
        if known && !out.iter().any(|s| s == scope) {
            out.push(scope.to_owned());
        }
    }
    out
}

/// The organization the app restricts the login to, by id or by primary domain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OrgScope {
    Id(String),
    Domain(String),
}

pub fn org_scope(scopes: &[String]) -> Option<OrgScope> {
    scopes.iter().find_map(|s| {
        if let Some(id) = s.strip_prefix(ORG_ID_PREFIX) {
            Some(OrgScope::Id(id.to_owned()))
        } else {
            s.strip_prefix(ORG_DOMAIN_PREFIX).map(|d| OrgScope::Domain(d.to_lowercase()))
        }
    })
}

pub fn has(scopes: &[String], scope: &str) -> bool {
    scopes.iter().any(|s| s == scope)
}

/// The claims about `user` that `scopes` release (always `sub`).
pub fn user_claims(user: &UserRecord, scopes: &[String]) -> Map<String, Value> {
    let mut claims = Map::new();
    claims.insert("sub".into(), json!(user.id));
    if has(scopes, "profile") {
        claims.insert("name".into(), json!(user.display_name()));
        // ZITADEL's preferred login name: `username@<org domain>` where usernames are org-scoped.
        claims.insert("preferred_username".into(), json!(user.preferred_login_name()));
        if user.is_human() {
            claims.insert("given_name".into(), json!(user.given_name));
            claims.insert("family_name".into(), json!(user.family_name));
            if let Some(nick) = user.nick_name.as_deref().filter(|n| !n.is_empty()) {
                claims.insert("nickname".into(), json!(nick));
            }
        }
        if let Some(locale) = user.preferred_language.as_deref().filter(|l| !l.is_empty()) {
            claims.insert("locale".into(), json!(locale));
        }
        if let Ok(changed) = crate::clock::from_db(&user.changed_at) {
            claims.insert("updated_at".into(), json!(changed.timestamp()));
        }
    }
    if has(scopes, "email") {
        if let Some(email) = user.email.as_deref().filter(|e| !e.is_empty()) {
            claims.insert("email".into(), json!(email));
            claims.insert("email_verified".into(), json!(user.email_verified));
        }
    }
    if has(scopes, "phone") {
        if let Some(phone) = user.phone.as_deref().filter(|p| !p.is_empty()) {
            claims.insert("phone_number".into(), json!(phone));
            claims.insert("phone_number_verified".into(), json!(user.phone_verified));
        }
    }
    if org_scope(scopes).is_some() {
        claims.insert("urn:zitadel:iam:user:resourceowner:id".into(), json!(user.org_id));
        claims.insert("urn:zitadel:iam:user:resourceowner:primary_domain".into(), json!(user.primary_domain));
    }
    claims
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_scopes_are_dropped_and_org_scopes_read() {
        let scopes = parse("openid  email bogus email urn:zitadel:iam:org:id:42");
        assert_eq!(scopes, vec!["openid", "email", "urn:zitadel:iam:org:id:42"]);
        assert_eq!(org_scope(&scopes), Some(OrgScope::Id("42".into())));
        let scopes = parse("openid urn:zitadel:iam:org:domain:primary:Acme.localhost");
        assert_eq!(org_scope(&scopes), Some(OrgScope::Domain("acme.localhost".into())));
    }

    #[test]
    fn claims_follow_scopes() {
        let user = crate::user::store::sample("alice", "alice@example.com");
        let only_openid = user_claims(&user, &parse("openid"));
        assert_eq!(only_openid.len(), 1);
        let all = user_claims(&user, &parse("openid profile email"));
        assert_eq!(all["email"], json!("alice@example.com"));
        assert_eq!(all["preferred_username"], json!("alice"));
        assert!(all.contains_key("name") && all.contains_key("email_verified"));
    }
}
