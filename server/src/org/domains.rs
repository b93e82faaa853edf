//! An org's own domains (OrganizationService Add/List/Delete/GenerateValidation/VerifyOrganizationDomain). The
//! generated primary domain (`acme.localhost`) is listed as primary and verified and cannot be deleted. Other
//! domains are proven with an HTTP challenge: the token served at
//! `http(s)://<domain>/.well-known/zitadel-challenge/<token>`.
//!
//! Loopback test mode: a domain under `.localhost` (RFC 6761: always this machine) is checked by fetching the
//! challenge from this server's own public port over plain http, with the domain as `Host`. Gatehouse serves
//! files of its SPA directory, so the file is placed at `<spa dir>/.well-known/zitadel-challenge/<token>`, exactly
//! as one would on a real web server; a DNS challenge's TXT record is asked from 127.0.0.1 over UDP on this
//! server's port number. Public domains are fetched over https (no redirects) and looked up through the system's
//! resolver.

use std::time::Duration;

use axum::Router;
use gatehouse_api::org_domain::{self as api, DomainFieldName, DomainValidationType};
use serde_json::json;
use sqlx::Row;

use crate::auth::Caller;
use crate::clock::{from_db, to_db};
use crate::crypto::{constant_time_eq, random_token};
use crate::error::{Error, Result};
use crate::events::{append, Event};
use crate::rpc::rpc;
use crate::AppState;

/// How long a generated challenge can be verified (ZITADEL: one hour).
const CHALLENGE_LIFETIME: chrono::Duration = chrono::Duration::hours(1);
const CHALLENGE_PATH: &str = "/.well-known/zitadel-challenge/";

pub fn routes(r: Router<AppState>) -> Router<AppState> {
    let r = rpc::<api::AddOrganizationDomain, _, _>(r, add);
    let r = rpc::<api::ListOrganizationDomains, _, _>(r, list);
    let r = rpc::<api::DeleteOrganizationDomain, _, _>(r, delete);
    let r = rpc::<api::GenerateOrganizationDomainValidation, _, _>(r, generate);
    rpc::<api::VerifyOrganizationDomain, _, _>(r, verify)
}

/// IAM_OWNER or the org's owner, and the org exists.
async fn owned_org(state: &AppState, caller: &Caller, org: &str) -> Result<()> {
    if !caller.owns_org(org) {
        return Err(Error::denied());
    }
    if !super::exists(state, org).await? {
        return Err(super::org_not_found());
    }
    Ok(())
}

/// A lower-case host name: dot-separated labels of letters, digits and inner hyphens, at least two labels.
pub fn normalize_domain(domain: &str) -> Result<String> {
    let d = domain.trim().trim_end_matches('.').to_ascii_lowercase();
    let label_ok = |l: &str| {
        !l.is_empty()
            && l.len() <= 63
            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && !l.starts_with('-')
            && !l.ends_with('-')
    };
    // No top-level domain is numeric: this refuses IPv4 literals (`10.0.0.5`, `169.254.169.254`), which would
    // point the verification fetch at internal addresses.
    let numeric_tld = d.rsplit('.').next().is_some_and(|tld| tld.bytes().all(|b| b.is_ascii_digit()));
    if d.len() > 253 || d.split('.').count() < 2 || !d.split('.').all(label_ok) || numeric_tld {
        return Err(Error::invalid(
            "ORG-Domain-Invalid",
            format!("{domain:?} is not a domain name like login.example.com"),
        ));
    }
    Ok(d)
}

async fn primary_domain(state: &AppState, org: &str) -> Result<String> {
    Ok(sqlx::query_scalar("SELECT primary_domain FROM orgs WHERE id = $1").bind(org).fetch_one(&state.db.read).await?)
}

async fn event(state: &AppState, org: &str, kind: &str, caller: &Caller, domain: &str) -> Result<()> {
    let mut tx = state.db.begin().await?;
    let e = Event {
        aggregate_type: "org",
        aggregate_id: org,
        event_type: kind,
        resource_owner: org,
        creator: caller.user_id(),
        payload: json!({ "domain": domain }),
    };
    append(&mut tx, e, state.now()).await?;
    tx.commit().await?;
    Ok(())
}

async fn add(state: AppState, caller: Caller, req: api::DomainRequest) -> Result<api::AddOrganizationDomainResponse> {
    owned_org(&state, &caller, &req.organization_id).await?;
    let domain = normalize_domain(&req.domain)?;
    let taken: Option<i64> = sqlx::query_scalar(
        "SELECT 1 FROM orgs WHERE primary_domain = $1
         UNION ALL SELECT 1 FROM org_domains WHERE domain = $1 AND (org_id = $2 OR is_verified = 1) LIMIT 1",
    )
    .bind(&domain)
    .bind(&req.organization_id)
    .fetch_optional(&state.db.read)
    .await?;
    if taken.is_some() {
        return Err(Error::already_exists("ORG-Domain-Exists", format!("The domain {domain} is already taken")));
    }
    let now = state.now();
    sqlx::query("INSERT INTO org_domains (org_id, domain, created_at, changed_at) VALUES ($1, $2, $3, $3)")
        .bind(&req.organization_id)
        .bind(&domain)
        .bind(to_db(now))
        .execute(&state.db.write)
        .await?;
    event(&state, &req.organization_id, "org.domain.added", &caller, &domain).await?;
    Ok(api::AddOrganizationDomainResponse { creation_date: Some(now) })
}

async fn list(
    state: AppState,
    caller: Caller,
    req: api::ListOrganizationDomainsRequest,
) -> Result<api::ListOrganizationDomainsResponse> {
    owned_org(&state, &caller, &req.organization_id).await?;
    let org = &req.organization_id;
    let mut rows: Vec<(api::Domain, String)> = vec![(
        api::Domain {
            organization_id: org.clone(),
            domain: primary_domain(&state, org).await?,
            is_verified: true,
            is_primary: true,
            validation_type: DomainValidationType::Unspecified,
        },
        String::new(),
    )];
    let stored =
        sqlx::query("SELECT domain, is_verified, validation_type, created_at FROM org_domains WHERE org_id = $1")
            .bind(org)
            .fetch_all(&state.db.read)
            .await?;
    for row in stored {
        let domain = api::Domain {
            organization_id: org.clone(),
            domain: row.try_get("domain")?,
            is_verified: row.try_get::<i64, _>("is_verified")? == 1,
            is_primary: false,
            validation_type: DomainValidationType::from_number(row.try_get("validation_type")?).unwrap_or_default(),
        };
        rows.push((domain, row.try_get("created_at")?));
    }
    rows.retain(|(d, _)| {
        req.filters.iter().all(|f| f.domain_filter.as_ref().is_none_or(|q| q.method.matches(&d.domain, &q.domain)))
    });
    let page = req.pagination.clone().unwrap_or_default();
    match req.sorting_column {
        DomainFieldName::CreationDate => rows.sort_by(|a, b| a.1.cmp(&b.1)),
        _ => rows.sort_by(|a, b| a.0.domain.cmp(&b.0.domain)),
    }
    if !page.asc && req.sorting_column != DomainFieldName::Unspecified {
        rows.reverse();
    }
    let total = rows.len() as u64;
    let limit = if page.limit == 0 { 100 } else { u64::from(page.limit).min(1000) };
    let domains = rows.into_iter().map(|(d, _)| d).skip(page.offset as usize).take(limit as usize).collect();
    Ok(api::ListOrganizationDomainsResponse {
        pagination: api::PaginationResponse { total_result: total, applied_limit: limit },
        domains,
    })
}

async fn delete(
    state: AppState,
    caller: Caller,
    req: api::DomainRequest,
) -> Result<api::DeleteOrganizationDomainResponse> {
    owned_org(&state, &caller, &req.organization_id).await?;
    let domain = normalize_domain(&req.domain)?;
    if domain == primary_domain(&state, &req.organization_id).await? {
        return Err(Error::failed_precondition(
            "ORG-Domain-Primary",
            "The organisation's primary domain cannot be deleted",
        ));
    }
    let deleted = sqlx::query("DELETE FROM org_domains WHERE org_id = $1 AND domain = $2")
        .bind(&req.organization_id)
        .bind(&domain)
        .execute(&state.db.write)
        .await?
        .rows_affected();
    if deleted == 0 {
        return Err(domain_not_found());
    }
    event(&state, &req.organization_id, "org.domain.removed", &caller, &domain).await?;
    Ok(api::DeleteOrganizationDomainResponse { deletion_date: Some(state.now()) })
}

fn domain_not_found() -> Error {
    Error::not_found("ORG-Domain-NotFound", "The organisation has no such domain")
}

/// Where the token is expected, by challenge type.
pub fn challenge_url(domain: &str, kind: DomainValidationType, token: &str) -> String {
    match kind {
        DomainValidationType::Dns => format!("_zitadel-challenge.{domain}"),
        _ => format!("https://{domain}{CHALLENGE_PATH}{token}"),
    }
}

async fn generate(
    state: AppState,
    caller: Caller,
    req: api::GenerateOrganizationDomainValidationRequest,
) -> Result<api::GenerateOrganizationDomainValidationResponse> {
    owned_org(&state, &caller, &req.organization_id).await?;
    let domain = normalize_domain(&req.domain)?;
    if req.validation_type == DomainValidationType::Unspecified {
        return Err(Error::invalid(
            "ORG-Domain-Type",
            "type must be DOMAIN_VALIDATION_TYPE_HTTP or DOMAIN_VALIDATION_TYPE_DNS",
        ));
    }
    let token = random_token();
    let updated = sqlx::query(
        "UPDATE org_domains SET validation_type = $1, validation_token = $2, changed_at = $3
         WHERE org_id = $4 AND domain = $5 AND is_verified = 0",
    )
    .bind(i64::from(req.validation_type.number()))
    .bind(&token)
    .bind(to_db(state.now()))
    .bind(&req.organization_id)
    .bind(&domain)
    .execute(&state.db.write)
    .await?
    .rows_affected();
    if updated == 0 {
        return Err(domain_not_found());
    }
    let url = challenge_url(&domain, req.validation_type, &token);
    Ok(api::GenerateOrganizationDomainValidationResponse { token, url })
}

async fn verify(
    state: AppState,
    caller: Caller,
    req: api::DomainRequest,
) -> Result<api::VerifyOrganizationDomainResponse> {
    owned_org(&state, &caller, &req.organization_id).await?;
    let domain = normalize_domain(&req.domain)?;
    let row = sqlx::query(
        "SELECT is_verified, validation_type, validation_token, changed_at FROM org_domains
         WHERE org_id = $1 AND domain = $2",
    )
    .bind(&req.organization_id)
    .bind(&domain)
    .fetch_optional(&state.db.read)
    .await?
    .ok_or_else(domain_not_found)?;
    if row.try_get::<i64, _>("is_verified")? == 1 {
        return Err(Error::failed_precondition("ORG-Domain-Verified", "The domain is already verified"));
    }
    let token: Option<String> = row.try_get("validation_token")?;
    let generated_at = from_db(&row.try_get::<String, _>("changed_at")?)?;
    let Some(token) = token.filter(|_| state.now() - generated_at <= CHALLENGE_LIFETIME) else {
        return Err(Error::failed_precondition(
            "ORG-Domain-NoChallenge",
            "Generate a validation (GenerateOrganizationDomainValidation) first; challenges expire after one hour",
        ));
    };
    // Checks count like password checks: each one makes this server fetch a URL.
    if !state.limiter.allow(caller.ip, &format!("domain:{}", req.organization_id)) {
        return Err(Error::resource_exhausted("ORG-Domain-TooMany", "Too many domain checks; wait a minute"));
    }
    let kind = DomainValidationType::from_number(row.try_get("validation_type")?).unwrap_or_default();
    match kind {
        DomainValidationType::Http => check_http(&state, &domain, &token).await?,
        DomainValidationType::Dns => check_dns(&state, &domain, &token).await?,
        DomainValidationType::Unspecified => return Err(domain_not_found()),
    }
    let now = state.now();
    let updated = sqlx::query(
        "UPDATE org_domains SET is_verified = 1, validation_token = NULL, changed_at = $1 WHERE org_id = $2 AND domain = $3",
    )
    .bind(to_db(now))
    .bind(&req.organization_id)
    .bind(&domain)
    .execute(&state.db.write)
    .await;
    if let Err(sqlx::Error::Database(db)) = &updated {
        if db.is_unique_violation() {
            return Err(Error::already_exists("ORG-Domain-Exists", format!("Another organisation verified {domain}")));
        }
    }
    updated?;
    event(&state, &req.organization_id, "org.domain.verified", &caller, &domain).await?;
    Ok(api::VerifyOrganizationDomainResponse { change_date: Some(now) })
}

fn challenge_failed(why: impl std::fmt::Display) -> Error {
    Error::failed_precondition("ORG-Domain-ChallengeFailed", format!("The domain challenge was not found: {why}"))
}

/// Whether `domain` is checked in test mode: `.localhost` names, only with `--domain-verification-test-mode`.
fn test_mode_domain(state: &AppState, domain: &str) -> Result<bool> {
    let local = domain == "localhost" || domain.ends_with(".localhost");
    if local && !state.domain_test_mode {
        return Err(Error::failed_precondition(
            "ORG-Domain-NotPublic",
            format!(
                "{domain} is a loopback name; it can only be verified in the server's domain verification test mode"
            ),
        ));
    }
    Ok(local)
}

/// Fetches the HTTP challenge: `https://<domain>/...` for public domains, from the addresses the name resolved to
/// once here (all of them public, so the check cannot be aimed at this server's own network; pinned, so a second
/// lookup cannot point elsewhere); in test mode `.localhost` domains over plain http from this server's own port.
/// No redirects are followed and at most 4 KiB are read: the check must not become a way to make this server crawl.
async fn check_http(state: &AppState, domain: &str, token: &str) -> Result<()> {
    let path = format!("{CHALLENGE_PATH}{token}");
    let mut client =
        reqwest::Client::builder().timeout(Duration::from_secs(5)).redirect(reqwest::redirect::Policy::none());
    let url = if test_mode_domain(state, domain)? {
        let port = state.public_url.port_or_known_default().unwrap_or(80);
        client = client.resolve(domain, std::net::SocketAddr::from(([127, 0, 0, 1], port)));
        format!("http://{domain}:{port}{path}")
    } else {
        let url = format!("https://{domain}{path}");
        let addrs = super::address::resolve_public(domain, 443, state.domain_test_mode)
            .await?
            .map_err(|e| challenge_failed(format!("{url}: {e}")))?;
        client = client.resolve_to_addrs(domain, &addrs);
        url
    };
    let client = client.build().map_err(|e| Error::internal(format!("http client: {e}")))?;
    let mut response = client.get(&url).send().await.map_err(|e| challenge_failed(format!("{url}: {e}")))?;
    if !response.status().is_success() {
        return Err(challenge_failed(format!("{url} answered {}", response.status())));
    }
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(|e| challenge_failed(format!("{url}: {e}")))? {
        body.extend_from_slice(&chunk);
        if body.len() > 4096 {
            return Err(challenge_failed(format!("{url} answered more than a token")));
        }
    }
    if !constant_time_eq(String::from_utf8_lossy(&body).trim(), token) {
        return Err(challenge_failed(format!("{url} does not contain the token")));
    }
    Ok(())
}

/// Reads the TXT records of `_zitadel-challenge.<domain>` from the system resolver; in test mode (`.localhost`
/// domains) from 127.0.0.1 on this server's port number over UDP, where a test can answer.
async fn check_dns(state: &AppState, domain: &str, token: &str) -> Result<()> {
    let name = challenge_url(domain, DomainValidationType::Dns, token);
    let resolver = if test_mode_domain(state, domain)? {
        let port = state.public_url.port_or_known_default().unwrap_or(53);
        std::net::SocketAddr::from(([127, 0, 0, 1], port))
    } else {
        super::dns::system_resolver().ok_or_else(|| challenge_failed("no nameserver in /etc/resolv.conf"))?
    };
    let records =
        super::dns::txt_records(resolver, &name).await.map_err(|e| challenge_failed(format!("{name}: {e}")))?;
    if !records.iter().any(|r| constant_time_eq(r.trim(), token)) {
        return Err(challenge_failed(format!("no TXT record of {name} holds the token")));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domains_are_host_names() {
        assert_eq!(normalize_domain(" Login.Acme.Example. ").unwrap(), "login.acme.example");
        for bad in ["", "acme", "acme..example", "-acme.example", "acme.example/x", "a b.example", "acme.example:80"]
            .into_iter()
            .chain(["10.0.0.5", "169.254.169.254", "127.0.0.1"])
        {
            assert!(normalize_domain(bad).unwrap_err().has_id("ORG-Domain-Invalid"), "{bad}");
        }
    }

    #[test]
    fn challenge_urls() {
        assert_eq!(
            challenge_url("acme.example", DomainValidationType::Http, "t0k"),
            "https://acme.example/.well-known/zitadel-challenge/t0k"
        );
        assert_eq!(challenge_url("acme.example", DomainValidationType::Dns, "t0k"), "_zitadel-challenge.acme.example");
    }
}
