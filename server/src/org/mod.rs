//! OrganizationService and org lookups.

pub mod address;
pub mod dns;
pub mod domains;

use axum::Router;
use gatehouse_api::object::{Details, ListDetails};
use gatehouse_api::org::{self as api, OrganizationState};
use serde_json::json;
use sqlx::Row;

use crate::auth::{Caller, ORG_OWNER};
use crate::clock::{from_db, to_db};
use crate::db::Tx;
use crate::error::{Error, Result};
use crate::events::{append, Event};
use crate::rpc::rpc;
use crate::user::commands;
use crate::AppState;

pub fn routes() -> Router<AppState> {
    let r = Router::new();
    let r = rpc::<api::AddOrganization, _, _>(r, add_organization);
    let r = rpc::<api::ListOrganizations, _, _>(r, list_organizations);
    domains::routes(r)
}

pub fn org_not_found() -> Error {
    Error::not_found("ORG-ZMuMa", "Organisation not found")
}

pub async fn exists(state: &AppState, org_id: &str) -> Result<bool> {
    Ok(sqlx::query("SELECT 1 FROM orgs WHERE id = $1").bind(org_id).fetch_optional(&state.db.read).await?.is_some())
}

/// The org a request names (`orgId` or `orgDomain`), defaulting to the instance's default org.
pub async fn resolve(state: &AppState, org: Option<&gatehouse_api::object::Organization>) -> Result<String> {
    match org {
        Some(o) if o.org_id.as_deref().is_some_and(|s| !s.is_empty()) => {
            let id = o.org_id.clone().unwrap_or_default();
            if exists(state, &id).await? {
                Ok(id)
            } else {
                Err(org_not_found())
            }
        }
        Some(o) if o.org_domain.as_deref().is_some_and(|s| !s.is_empty()) => {
            let domain = o.org_domain.clone().unwrap_or_default().to_lowercase();
            sqlx::query_scalar("SELECT id FROM orgs WHERE primary_domain = $1")
                .bind(domain)
                .fetch_optional(&state.db.read)
                .await?
                .ok_or_else(org_not_found)
        }
        _ => Ok(state.instance.default_org_id.clone()),
    }
}

/// `Acme Corp` → `acme-corp.localhost`, like ZITADEL's generated primary domains.
pub fn domain_for(name: &str) -> String {
    let slug: String = name
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    format!("{}.localhost", if slug.is_empty() { "org" } else { &slug })
}

pub async fn insert(
    state: &AppState,
    tx: &mut Tx,
    id: &str,
    name: &str,
    domain: &str,
    creator: Option<&str>,
) -> Result<u64> {
    let now = state.now();
    let sequence = append(
        tx,
        Event {
            aggregate_type: "org",
            aggregate_id: id,
            event_type: "org.added",
            resource_owner: id,
            creator,
            payload: json!({ "name": name, "domain": domain }),
        },
        now,
    )
    .await?;
    let inserted = sqlx::query(
        "INSERT INTO orgs (id, name, name_lower, primary_domain, state, created_at, changed_at, sequence)
         VALUES ($1, $2, $3, $4, $5, $6, $6, $7)",
    )
    .bind(id)
    .bind(name)
    .bind(name.to_lowercase())
    .bind(domain)
    .bind(i64::from(OrganizationState::Active.number()))
    .bind(to_db(now))
    .bind(sequence as i64)
    .execute(&mut **tx)
    .await;
    if let Err(sqlx::Error::Database(db)) = &inserted {
        if db.is_unique_violation() {
            return Err(Error::already_exists("ORG-lapo2m", "An organisation with this name or domain already exists"));
        }
    }
    inserted?;
    Ok(sequence)
}

pub async fn grant(tx: &mut Tx, user_id: &str, org_id: &str, role: &str) -> Result<()> {
    sqlx::query("INSERT INTO user_roles (user_id, org_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
        .bind(user_id)
        .bind(org_id)
        .bind(role)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

async fn add_organization(
    state: AppState,
    caller: Caller,
    req: api::AddOrganizationRequest,
) -> Result<api::AddOrganizationResponse> {
    if !caller.is_iam_owner() {
        return Err(Error::denied());
    }
    let name = req.name.trim();
    if name.is_empty() || name.len() > 200 {
        return Err(Error::invalid("ORG-mruNY", "Organisation name must be 1 to 200 characters"));
    }
    let id = req
        .organization_id
        .clone()
        .or_else(|| req.org_id.clone())
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| state.new_id());
    if exists(&state, &id).await? {
        return Err(Error::already_exists("ORG-lapo2m", "An organisation with this id already exists"));
    }
    for admin in &req.admins {
        if admin.user_id.is_some() == admin.human.is_some() {
            return Err(Error::invalid("ORG-Admin", "Each admin needs exactly one of userId or human"));
        }
        if let Some(uid) = &admin.user_id {
            crate::user::store::get(&state, uid).await?;
        }
    }
    let domain = domain_for(name);
    let mut tx = state.db.begin().await?;
    let sequence = insert(&state, &mut tx, &id, name, &domain, caller.user_id()).await?;
    tx.commit().await?;
    let mut created_admins = Vec::new();
    for admin in &req.admins {
        let roles = if admin.roles.is_empty() { vec![ORG_OWNER.to_owned()] } else { admin.roles.clone() };
        let (user_id, email_code) = match (&admin.user_id, &admin.human) {
            (Some(uid), _) => (uid.clone(), None),
            (None, Some(human)) => {
                let added = commands::add_human(&state, &id, human, caller.user_id()).await?;
                let return_code = human.email.as_ref().is_some_and(|e| e.delivery.return_code.is_some());
                let code = match added.email_code {
                    Some(code) if return_code => Some(code),
                    Some(code) => {
                        crate::user::send_verification(&state, &added.user, &code, None).await?;
                        None
                    }
                    None => None,
                };
                (added.user.id.clone(), code)
            }
            (None, None) => continue,
        };
        let mut tx = state.db.begin().await?;
        for role in &roles {
            grant(&mut tx, &user_id, &id, role).await?;
        }
        tx.commit().await?;
        state.pat_cache.invalidate();
        created_admins.push(api::CreatedAdmin { user_id, email_code, phone_code: None });
    }
    Ok(api::AddOrganizationResponse {
        details: Details {
            sequence,
            change_date: Some(state.now()),
            resource_owner: id.clone(),
            creation_date: Some(state.now()),
        },
        organization_id: id,
        created_admins,
    })
}

async fn list_organizations(
    state: AppState,
    caller: Caller,
    req: api::ListOrganizationsRequest,
) -> Result<api::ListOrganizationsResponse> {
    let scope = caller.listing_scope()?;
    let rows =
        sqlx::query("SELECT id, name, primary_domain, state, created_at, changed_at, sequence FROM orgs ORDER BY id")
            .fetch_all(&state.db.read)
            .await?;
    let mut orgs = Vec::new();
    for row in rows {
        let id: String = row.try_get("id")?;
        if scope.as_ref().is_some_and(|s| !s.contains(&id)) {
            continue;
        }
        orgs.push(api::Organization {
            details: Details {
                sequence: row.try_get::<i64, _>("sequence")? as u64,
                change_date: Some(from_db(&row.try_get::<String, _>("changed_at")?)?),
                resource_owner: id.clone(),
                creation_date: Some(from_db(&row.try_get::<String, _>("created_at")?)?),
            },
            state: OrganizationState::from_number(row.try_get("state")?).unwrap_or_default(),
            name: row.try_get("name")?,
            primary_domain: row.try_get("primary_domain")?,
            id,
        });
    }
    let default_org = state.instance.default_org_id.clone();
    let mut matching: Vec<api::Organization> =
        orgs.into_iter().filter(|o| req.queries.iter().all(|q| org_matches(o, q, &default_org))).collect();
    if req.sorting_column == api::OrganizationFieldName::Name {
        matching.sort_by_key(|o| o.name.to_lowercase());
    }
    if req.query.as_ref().is_some_and(|q| !q.asc) && req.sorting_column != api::OrganizationFieldName::Unspecified {
        matching.reverse();
    }
    let total = matching.len() as u64;
    let offset = req.query.as_ref().map_or(0, |q| q.offset as usize);
    let limit = req.query.as_ref().map_or(0, |q| q.limit as usize);
    let limit = if limit == 0 { 1000 } else { limit.min(1000) };
    Ok(api::ListOrganizationsResponse {
        details: ListDetails { total_result: total, processed_sequence: 0, timestamp: Some(state.now()) },
        sorting_column: req.sorting_column,
        result: matching.into_iter().skip(offset).take(limit).collect(),
    })
}

fn org_matches(o: &api::Organization, q: &api::SearchQuery, default_org: &str) -> bool {
    if let Some(x) = &q.name_query {
        return x.method.matches(&o.name, &x.name);
    }
    if let Some(x) = &q.domain_query {
        return x.method.matches(&o.primary_domain, &x.domain);
    }
    if let Some(x) = &q.state_query {
        return o.state == x.state;
    }
    if let Some(x) = &q.id_query {
        return o.id == x.id;
    }
    if q.default_query.is_some() {
        return o.id == default_org;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domains_are_slugs() {
        assert_eq!(domain_for("Gatehouse"), "gatehouse.localhost");
        assert_eq!(domain_for("  Acme Corp! "), "acme-corp.localhost");
        assert_eq!(domain_for("???"), "org.localhost");
    }
}
