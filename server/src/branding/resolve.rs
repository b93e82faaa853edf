//! Which org's branding a login shows, in ZITADEL's order: the auth request's org scopes, the `organization` query
//! parameter, the host name the browser came to (an org's verified or generated primary domain), else the instance
//! default. Unknown orgs and domains are skipped rather than refused: a stale link still shows a login.

use crate::error::Result;
use crate::AppState;

pub const SCOPE_ORG_ID: &str = "urn:zitadel:iam:org:id:";
pub const SCOPE_ORG_PRIMARY_DOMAIN: &str = "urn:zitadel:iam:org:domain:primary:";

/// What a request tells about its org. `scopes` are the auth request's (the OIDC flow feeds them in).
#[derive(Clone, Debug, Default)]
pub struct OrgHints<'a> {
    pub scopes: &'a [String],
    pub organization: Option<&'a str>,
    pub host: Option<&'a str>,
}

/// The org id from `urn:zitadel:iam:org:id:{id}` and the domain from `urn:zitadel:iam:org:domain:primary:{domain}`.
pub fn scope_hints(scopes: &[String]) -> (Option<&str>, Option<&str>) {
    let find =
        |prefix: &str| scopes.iter().find_map(|s| s.strip_prefix(prefix)).map(str::trim).filter(|v| !v.is_empty());
    (find(SCOPE_ORG_ID), find(SCOPE_ORG_PRIMARY_DOMAIN))
}

/// `Host` without its port, lower-cased; `None` for IP literals, which no org can own.
pub fn host_name(host: &str) -> Option<String> {
    let host = host.trim().to_ascii_lowercase();
    let name = match host.strip_prefix('[') {
        Some(_) => return None,
        None => host.rsplit_once(':').map_or(host.as_str(), |(name, port)| {
            if port.bytes().all(|b| b.is_ascii_digit()) {
                name
            } else {
                host.as_str()
            }
        }),
    };
    let name = name.trim_end_matches('.');
    if name.is_empty() || name.parse::<std::net::IpAddr>().is_ok() {
        return None;
    }
    Some(name.to_owned())
}

/// The branding org, or `None` for the instance default.
pub async fn resolve_org(state: &AppState, hints: &OrgHints<'_>) -> Result<Option<String>> {
    let (scope_id, scope_domain) = scope_hints(hints.scopes);
    if let Some(id) = scope_id {
        if crate::org::exists(state, id).await? {
            return Ok(Some(id.to_owned()));
        }
    }
    if let Some(domain) = scope_domain {
        if let Some(id) = org_by_domain(state, &domain.to_ascii_lowercase()).await? {
            return Ok(Some(id));
        }
    }
    if let Some(id) = hints.organization.map(str::trim).filter(|s| !s.is_empty()) {
        if crate::org::exists(state, id).await? {
            return Ok(Some(id.to_owned()));
        }
    }
    if let Some(name) = hints.host.and_then(host_name) {
        if let Some(id) = org_by_domain(state, &name).await? {
            return Ok(Some(id));
        }
    }
    Ok(None)
}

/// The scopes of the app's auth request (`V2_<id>` or the bare id); none when the request is unknown. A failed
/// read only costs the branding, so it is logged, not raised.
pub async fn auth_request_scopes(state: &AppState, id: &str) -> Vec<String> {
    match crate::oidc::store::find(state, id).await {
        Ok(request) => request.map(|r| r.scopes()).unwrap_or_default(),
        Err(e) => {
            tracing::warn!(error = %e, "cannot read the auth request's scopes for branding");
            Vec::new()
        }
    }
}

/// The org whose generated primary domain or verified domain `domain` is.
pub async fn org_by_domain(state: &AppState, domain: &str) -> Result<Option<String>> {
    Ok(sqlx::query_scalar(
        "SELECT id FROM orgs WHERE primary_domain = $1
         UNION ALL SELECT org_id FROM org_domains WHERE domain = $1 AND is_verified = 1 LIMIT 1",
    )
    .bind(domain)
    .fetch_optional(&state.db.read)
    .await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scopes_name_an_org() {
        let scopes: Vec<String> =
            ["openid", "urn:zitadel:iam:org:id:42", "urn:zitadel:iam:org:domain:primary:acme.com"]
                .iter()
                .map(|s| s.to_string())
                .collect();
        assert_eq!(scope_hints(&scopes), (Some("42"), Some("acme.com")));
        assert_eq!(scope_hints(&["urn:zitadel:iam:org:id:".to_owned()]), (None, None));
        assert_eq!(scope_hints(&[]), (None, None));
    }

    #[test]
    fn host_names_drop_port_and_case() {
        assert_eq!(host_name("Acme.Localhost:8080").as_deref(), Some("acme.localhost"));
        assert_eq!(host_name("login.acme.example.").as_deref(), Some("login.acme.example"));
        assert_eq!(host_name("127.0.0.1:8080"), None);
        assert_eq!(host_name("[::1]:8080"), None);
        assert_eq!(host_name(""), None);
    }
}
