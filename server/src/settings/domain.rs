//! The domain policy (ZITADEL's `userLoginMustBeDomain`, `validateOrgDomains`,
//! `smtpSenderAddressMatchesInstanceDomain`): instance default and per-org override, written through the Admin API
//! as ZITADEL's console and terraform provider do, read through GetDomainSettings and the Management API.
//!
//! `userLoginMustBeDomain` decides the username namespace, as ZITADEL's unique constraint does (the key is the
//! username alone, or username + org): on, a username need only be unique within its org and the full login name
//! is `username@<org primary domain>`; off, a username is unique across every org whose policy is off.

use std::collections::HashMap;

use axum::Router;
use gatehouse_api::domain_policy::{self as api, admin, management, DomainPolicyUpdate};
use gatehouse_api::settings::{GetPolicyResponse, ResourceOwnerType};
use sqlx::Row;

use super::policy::{self, Kind, WriteMode};
use super::{management_org, require_iam_owner, v1_details, v2_details, written_details};
use crate::error::{Error, Result};
use crate::rpc::rpc;
use crate::AppState;

/// ZITADEL's shipped default (`DomainPolicy` in its defaults.yaml): usernames unique per instance.
pub fn default_domain() -> DomainPolicyUpdate {
    DomainPolicyUpdate {
        user_login_must_be_domain: false,
        validate_org_domains: true,
        smtp_sender_address_matches_instance_domain: false,
    }
}

/// Whether `org`'s usernames are scoped to the org (its own policy, else the instance's).
pub async fn must_be_domain(state: &AppState, org: &str) -> Result<bool> {
    Ok(policy::effective(state, Kind::Domain, Some(org), default_domain).await?.policy.user_login_must_be_domain)
}

pub fn routes(r: Router<AppState>) -> Router<AppState> {
    let r = rpc::<api::GetDomainSettings, _, _>(r, |state, _caller, req| async move {
        let org = req.ctx.as_ref().filter(|c| !c.instance).and_then(|c| c.org_id.clone()).filter(|o| !o.is_empty());
        let found = policy::effective(&state, Kind::Domain, org.as_deref(), default_domain).await?;
        let p = &found.policy;
        let settings = api::DomainSettings {
            login_name_includes_domain: p.user_login_must_be_domain,
            require_org_domain_verification: p.validate_org_domains,
            smtp_sender_address_matches_instance_domain: p.smtp_sender_address_matches_instance_domain,
            resource_owner_type: found.owner_type,
        };
        Ok(api::GetDomainSettingsResponse { details: v2_details(&found), settings })
    });
    let r = rpc::<admin::GetDomainPolicy, _, _>(r, |state, caller, _req| async move {
        require_iam_owner(&caller)?;
        let found = policy::instance(&state, Kind::Domain, default_domain).await?;
        let details = v1_details(&found);
        Ok(GetPolicyResponse {
            policy: api::DomainPolicy { details, fields: found.policy, is_default: true },
            is_default: false,
        })
    });
    let r = rpc::<admin::UpdateDomainPolicy, _, _>(r, |state, caller, req| async move {
        require_iam_owner(&caller)?;
        let instance = state.instance.id.clone();
        refuse_conflicts(&state, &instance, Some(req.user_login_must_be_domain)).await?;
        let w = policy::write(&state, &instance, Kind::Domain, &req, WriteMode::Upsert, caller.user_id()).await?;
        Ok(written_details(w))
    });
    let r = rpc::<admin::GetCustomDomainPolicy, _, _>(r, |state, caller, req| async move {
        require_iam_owner(&caller)?;
        let org = existing_org(&state, &req.org_id).await?;
        get_for_org(&state, &org).await
    });
    let r = rpc::<admin::AddCustomDomainPolicy, _, _>(r, |state, caller, req| async move {
        require_iam_owner(&caller)?;
        let org = existing_org(&state, &req.org_id).await?;
        refuse_conflicts(&state, &org, Some(req.fields.user_login_must_be_domain)).await?;
        let w = policy::write(&state, &org, Kind::Domain, &req.fields, WriteMode::Create, caller.user_id()).await?;
        Ok(written_details(w))
    });
    let r = rpc::<admin::UpdateCustomDomainPolicy, _, _>(r, |state, caller, req| async move {
        require_iam_owner(&caller)?;
        let org = existing_org(&state, &req.org_id).await?;
        refuse_conflicts(&state, &org, Some(req.fields.user_login_must_be_domain)).await?;
        let w = policy::write(&state, &org, Kind::Domain, &req.fields, WriteMode::Update, caller.user_id()).await?;
        Ok(written_details(w))
    });
    let r = rpc::<admin::ResetCustomDomainPolicyToDefault, _, _>(r, |state, caller, req| async move {
        require_iam_owner(&caller)?;
        let org = existing_org(&state, &req.org_id).await?;
        refuse_conflicts(&state, &org, None).await?;
        Ok(written_details(policy::remove(&state, &org, Kind::Domain, caller.user_id()).await?))
    });
    rpc::<management::GetDomainPolicy, _, _>(r, |state, caller, _req| async move {
        let org = management_org(&state, &caller).await?;
        get_for_org(&state, &org).await
    })
}

async fn existing_org(state: &AppState, org: &str) -> Result<String> {
    let org = org.trim();
    if org.is_empty() {
        return Err(Error::invalid("ORG-orgId", "orgId is required"));
    }
    if !crate::org::exists(state, org).await? {
        return Err(Error::not_found("ORG-ZMuMa", "Organisation not found"));
    }
    Ok(org.to_owned())
}

async fn get_for_org(state: &AppState, org: &str) -> Result<GetPolicyResponse<api::DomainPolicy>> {
    let found = policy::effective(state, Kind::Domain, Some(org), default_domain).await?;
    let is_default = found.owner_type != ResourceOwnerType::Org;
    let details = v1_details(&found);
    Ok(GetPolicyResponse { policy: api::DomainPolicy { details, fields: found.policy, is_default }, is_default })
}

/// Turning `userLoginMustBeDomain` off (or resetting an org to an instance default that has it off) puts the orgs'
/// usernames back into one namespace; refused while two of those orgs have a user with the same name, which would
/// make the bare name ambiguous for good. `change` is the owner's new value, `None` for removing its row.
async fn refuse_conflicts(state: &AppState, owner: &str, change: Option<bool>) -> Result<()> {
    let rows = sqlx::query(
        "SELECT username_lower, org_id FROM users WHERE username_lower IN
           (SELECT username_lower FROM users GROUP BY username_lower HAVING COUNT(DISTINCT org_id) > 1)",
    )
    .fetch_all(&state.db.read)
    .await?;
    if rows.is_empty() {
        return Ok(());
    }
    let mut own: HashMap<String, bool> = HashMap::new();
    for row in sqlx::query("SELECT owner_id, body FROM policies WHERE kind = $1")
        .bind("domain")
        .fetch_all(&state.db.read)
        .await?
    {
        let body: DomainPolicyUpdate = serde_json::from_str(&row.try_get::<String, _>("body")?)?;
        own.insert(row.try_get("owner_id")?, body.user_login_must_be_domain);
    }
    let instance = state.instance.id.as_str();
    match change {
        Some(value) => own.insert(owner.to_owned(), value),
        None => own.remove(owner),
    };
    let instance_value = own.get(instance).copied().unwrap_or(default_domain().user_login_must_be_domain);
    let mut shared: HashMap<String, Vec<String>> = HashMap::new();
    for row in rows {
        let (name, org): (String, String) = (row.try_get("username_lower")?, row.try_get("org_id")?);
        if !own.get(&org).copied().unwrap_or(instance_value) {
            shared.entry(name).or_default().push(org);
        }
    }
    if let Some((name, _)) = shared.into_iter().find(|(_, orgs)| orgs.len() > 1) {
        return Err(Error::failed_precondition(
            "GATEHOUSE-DomainPolicy-Usernames",
            format!("Usernames would no longer be unique: {name:?} exists in more than one organisation"),
        ));
    }
    Ok(())
}
