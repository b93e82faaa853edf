//! Which providers a login offers: the login policy's list (v1 Admin/Management `policies/login/idps`), read back
//! by SettingsService GetActiveIdentityProviders, IdentityProviderService GetIDPByID, and domain discovery.
//!
//! An org with its own login policy has its own list; otherwise the instance's list applies (as every other
//! login policy setting does).

use axum::Router;
use gatehouse_api::idp::{
    self as api, admin, management, DiscoverLoginDomainResponse, GetActiveIdentityProvidersRequest,
    GetActiveIdentityProvidersResponse, IdpState, ListLoginPolicyIdpsResponse, UpdateProviderResponse,
};
use gatehouse_api::object::ListDetails;
use gatehouse_api::settings::ObjectDetails;
use serde_json::json;

use super::manage::Scope;
use super::store::{self, IdpRecord};
use crate::auth::Caller;
use crate::clock::to_db;
use crate::error::{Error, Result};
use crate::events::{append, Event};
use crate::rpc::rpc;
use crate::AppState;

/// The login policy owner that applies to `org`: the org when it has its own login policy, else the instance.
pub async fn policy_owner(state: &AppState, org: Option<&str>) -> Result<String> {
    if let Some(org) = org {
        let own: Option<i64> = sqlx::query_scalar("SELECT 1 FROM policies WHERE owner_id = $1 AND kind = 'login'")
            .bind(org)
            .fetch_optional(&state.db.read)
            .await?;
        if own.is_some() {
            return Ok(org.to_owned());
        }
    }
    Ok(state.instance.id.clone())
}

/// The active providers the login of `org` (None: the instance default) offers, in policy order.
pub async fn active_for(state: &AppState, org: Option<&str>) -> Result<Vec<IdpRecord>> {
    let owner = policy_owner(state, org).await?;
    let mut out = Vec::new();
    for id in store::login_policy_ids(state, &owner).await? {
        if let Some(idp) = store::find(state, &id).await?.filter(|i| i.state == IdpState::Active) {
            out.push(idp);
        }
    }
    Ok(out)
}

/// Keeps the providers whose options match every filter that is set.
pub fn filter(idps: Vec<IdpRecord>, req: &GetActiveIdentityProvidersRequest) -> Vec<IdpRecord> {
    idps.into_iter()
        .filter(|i| {
            let o = &i.options;
            let auto_linking = o.auto_linking != api::AutoLinkingOption::Unspecified;
            req.creation_allowed.is_none_or(|want| o.is_creation_allowed == want)
                && req.linking_allowed.is_none_or(|want| o.is_linking_allowed == want)
                && req.auto_creation.is_none_or(|want| o.is_auto_creation == want)
                && req.auto_linking.is_none_or(|want| auto_linking == want)
        })
        .collect()
}

/// The login policy a v1 call edits: the instance's (Admin), or the org's own (Management; the org must have one).
async fn target(state: &AppState, caller: &Caller, instance: bool) -> Result<(Scope, String)> {
    let scope = Scope::of(state, caller, instance).await?;
    if instance {
        let owner = scope.owner_id.clone();
        return Ok((scope, owner));
    }
    let owner = policy_owner(state, Some(&scope.owner_id)).await?;
    if owner != scope.owner_id {
        return Err(Error::not_found("Org-6Hdk2", "The organisation has no own policy"));
    }
    Ok((scope, owner))
}

async fn change(
    state: &AppState,
    caller: &Caller,
    instance: bool,
    idp_id: &str,
    add: bool,
) -> Result<UpdateProviderResponse> {
    if idp_id.trim().is_empty() {
        return Err(Error::invalid("IDP-Required", "idpId is required"));
    }
    let (scope, owner) = target(state, caller, instance).await?;
    let listed = store::login_policy_ids(state, &owner).await?.iter().any(|i| i == idp_id);
    if add {
        // Instance policies may list only instance providers; an org's, its own and the instance's.
        let idp = scope.visible(state, idp_id).await?;
        if instance && idp.owner_id != scope.owner_id {
            return Err(store::idp_not_found());
        }
        if listed {
            return Err(Error::already_exists("Org-2B0ps", "The identity provider is already in the login policy"));
        }
    } else if !listed {
        return Err(Error::not_found("Org-Xm8fd", "The identity provider is not in the login policy"));
    }
    let now = state.now();
    let mut tx = state.db.begin().await?;
    let sequence = append(
        &mut tx,
        Event {
            aggregate_type: "policy",
            aggregate_id: &owner,
            event_type: if add { "policy.login.idp.added" } else { "policy.login.idp.removed" },
            resource_owner: &owner,
            creator: caller.user_id(),
            payload: json!({ "idpId": idp_id }),
        },
        now,
    )
    .await?;
    if add {
        sqlx::query("INSERT INTO login_policy_idps (owner_id, idp_id, created_at) VALUES ($1, $2, $3)")
            .bind(&owner)
            .bind(idp_id)
            .bind(to_db(now))
            .execute(&mut *tx)
            .await?;
    } else {
        sqlx::query("DELETE FROM login_policy_idps WHERE owner_id = $1 AND idp_id = $2")
            .bind(&owner)
            .bind(idp_id)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(UpdateProviderResponse {
        details: ObjectDetails { sequence, change_date: Some(now), resource_owner: owner, creation_date: None },
    })
}

async fn list(state: &AppState, caller: &Caller, instance: bool) -> Result<ListLoginPolicyIdpsResponse> {
    let scope = Scope::of(state, caller, instance).await?;
    let owner = if instance { scope.owner_id.clone() } else { policy_owner(state, Some(&scope.owner_id)).await? };
    let mut result = Vec::new();
    for id in store::login_policy_ids(state, &owner).await? {
        if let Some(idp) = store::find(state, &id).await? {
            result.push(idp.to_login_policy_link());
        }
    }
    Ok(ListLoginPolicyIdpsResponse {
        details: ListDetails { total_result: result.len() as u64, ..Default::default() },
        result,
    })
}

/// The org whose verified (or generated primary) domain is the login name's email domain.
async fn org_for_domain(state: &AppState, login_name: &str) -> Result<Option<String>> {
    let Some((_, domain)) = login_name.trim().rsplit_once('@') else { return Ok(None) };
    let domain = domain.trim_end_matches('.').to_ascii_lowercase();
    if domain.is_empty() {
        return Ok(None);
    }
    let verified: Option<String> =
        sqlx::query_scalar("SELECT org_id FROM org_domains WHERE domain = $1 AND is_verified = 1")
            .bind(&domain)
            .fetch_optional(&state.db.read)
            .await?;
    if verified.is_some() {
        return Ok(verified);
    }
    Ok(sqlx::query_scalar("SELECT id FROM orgs WHERE primary_domain = $1")
        .bind(&domain)
        .fetch_optional(&state.db.read)
        .await?)
}

/// `context_org`: the org the login runs for (`x-zitadel-orgid`), where a login name is looked up first.
pub async fn discover(
    state: &AppState,
    login_name: &str,
    context_org: Option<&str>,
) -> Result<DiscoverLoginDomainResponse> {
    if login_name.len() > 320 {
        return Err(Error::invalid("IDP-LoginName", "loginName is too long"));
    }
    let by_domain = match org_for_domain(state, login_name).await? {
        Some(org) => {
            let policy = crate::settings::login_policy(state, &org).await?;
            let mut idp = None;
            if policy.allow_domain_discovery && policy.allow_external_idp {
                let active = active_for(state, Some(&org)).await?;
                if let [only] = active.as_slice() {
                    idp = Some(only.to_identity_provider());
                }
            }
            DiscoverLoginDomainResponse { organization_id: org, idp }
        }
        None => DiscoverLoginDomainResponse::default(),
    };
    if by_domain.idp.is_some() {
        return Ok(by_domain);
    }
    Ok(users_own_provider(state, login_name, context_org).await?.unwrap_or(by_domain))
}

/// A user whose only way in is a linked external identity goes to that provider (as ZITADEL's login does) instead
/// of a password page they cannot use: the first of their links whose provider their org's login shows. Not where
/// the org's policy hides which login names exist (the answer would tell).
/// The name is resolved as the user check resolves it (org first; a name several users share names nobody here).
async fn users_own_provider(
    state: &AppState,
    login_name: &str,
    context_org: Option<&str>,
) -> Result<Option<DiscoverLoginDomainResponse>> {
    let Some(user) = crate::session::login_name::find(state, login_name, context_org).await.ok().flatten() else {
        return Ok(None);
    };
    if user.state() != gatehouse_api::user::UserState::Active {
        return Ok(None);
    }
    let policy = crate::settings::login_policy(state, &user.org_id).await?;
    if policy.ignore_unknown_usernames || !policy.allow_external_idp {
        return Ok(None);
    }
    let enrolled = crate::mfa::enrolled::load(state, &user).await?;
    if !enrolled.idp || enrolled.password || enrolled.passkey {
        return Ok(None);
    }
    let shown = active_for(state, Some(&user.org_id)).await?;
    let links = super::links::links_of(state, &user.id).await?;
    let idp = links.iter().find_map(|l| shown.iter().find(|p| p.id == l.idp_id)).map(IdpRecord::to_identity_provider);
    Ok(idp.map(|idp| DiscoverLoginDomainResponse { organization_id: user.org_id.clone(), idp: Some(idp) }))
}

macro_rules! policy_routes {
    ($r:ident, $m:ident, $instance:expr) => {{
        let $r = rpc::<$m::AddIDPToLoginPolicy, _, _>($r, |state, caller, req| async move {
            change(&state, &caller, $instance, &req.idp_id, true).await
        });
        let $r = rpc::<$m::RemoveIDPFromLoginPolicy, _, _>($r, |state, caller, req| async move {
            change(&state, &caller, $instance, &req.idp_id, false).await
        });
        rpc::<$m::ListLoginPolicyIDPs, _, _>(
            $r,
            |state, caller, _req| async move { list(&state, &caller, $instance).await },
        )
    }};
}

/// What the login shows is public to the login: every caller (the browser too) may read these.
pub fn routes(r: Router<AppState>) -> Router<AppState> {
    let r = policy_routes!(r, admin, true);
    let r = policy_routes!(r, management, false);
    let r = rpc::<api::GetActiveIdentityProviders, _, _>(r, |state, _caller: Caller, req| async move {
        let org = req.ctx.as_ref().filter(|c| !c.instance).and_then(|c| c.org_id.clone()).filter(|o| !o.is_empty());
        if let Some(org) = &org {
            if !crate::org::exists(&state, org).await? {
                return Err(crate::org::org_not_found());
            }
        }
        let idps = filter(active_for(&state, org.as_deref()).await?, &req);
        Ok(GetActiveIdentityProvidersResponse {
            details: ListDetails {
                total_result: idps.len() as u64,
                timestamp: Some(state.now()),
                ..Default::default()
            },
            identity_providers: idps.iter().map(IdpRecord::to_identity_provider).collect(),
        })
    });
    let r = rpc::<api::GetIDPByID, _, _>(r, |state, _caller: Caller, req| async move {
        Ok(api::GetIdpByIdResponse { idp: store::get(&state, &req.id).await?.to_idp() })
    });
    rpc::<api::DiscoverLoginDomain, _, _>(r, |state, caller: Caller, req| async move {
        discover(&state, &req.login_name, caller.org_header.as_deref()).await
    })
}
