//! Provider configuration through the v1 Admin API (providers of the instance) and Management API (providers of
//! one org; an org also sees and may use the instance's providers, but not change them).

use axum::Router;
use gatehouse_api::idp::{
    admin, management, AddProviderResponse, GetLegacyIdpResponse, GetProviderByIdResponse, IdpOwnerType,
    ListProvidersRequest, ListProvidersResponse, ProviderQuery, ProviderRequest, ProviderType, UpdateProviderResponse,
};
use gatehouse_api::object::ListDetails;
use gatehouse_api::settings::ObjectDetails;
use serde_json::json;

use super::config::{validate, Validated};
use super::store::{self, idp_not_found, IdpRecord};
use crate::auth::Caller;
use crate::clock::{to_db, Timestamp};
use crate::error::{Error, Result};
use crate::events::{append, Event};
use crate::rpc::rpc;
use crate::AppState;

/// Whose providers a call is about.
pub struct Scope {
    pub owner_id: String,
    pub owner_type: IdpOwnerType,
    /// The instance id: an org scope may read (and put in its login policy) the instance's providers.
    pub instance_id: String,
}

impl Scope {
    pub async fn of(state: &AppState, caller: &Caller, instance: bool) -> Result<Scope> {
        let instance_id = state.instance.id.clone();
        if instance {
            crate::settings::require_iam_owner(caller)?;
            return Ok(Scope { owner_id: instance_id.clone(), owner_type: IdpOwnerType::System, instance_id });
        }
        let org = crate::settings::management_org(state, caller).await?;
        Ok(Scope { owner_id: org, owner_type: IdpOwnerType::Org, instance_id })
    }

    /// May read / use `idp` (own or, for an org, the instance's).
    pub fn sees(&self, idp: &IdpRecord) -> bool {
        idp.owner_id == self.owner_id || idp.owner_id == self.instance_id
    }

    /// A provider this scope may read.
    pub async fn visible(&self, state: &AppState, id: &str) -> Result<IdpRecord> {
        store::find(state, id).await?.filter(|i| self.sees(i)).ok_or_else(idp_not_found)
    }

    /// A provider this scope owns (may change).
    async fn owned(&self, state: &AppState, id: &str) -> Result<IdpRecord> {
        store::find(state, id).await?.filter(|i| i.owner_id == self.owner_id).ok_or_else(idp_not_found)
    }
}

fn details(sequence: u64, at: Timestamp, owner: &str, created: bool) -> ObjectDetails {
    ObjectDetails {
        sequence,
        creation_date: created.then_some(at),
        change_date: Some(at),
        resource_owner: owner.to_owned(),
    }
}

async fn add(
    state: &AppState,
    caller: &Caller,
    instance: bool,
    kind: ProviderType,
    req: ProviderRequest,
) -> Result<AddProviderResponse> {
    let scope = Scope::of(state, caller, instance).await?;
    let Validated { name, config, secret } = validate(kind, &req, true, state.domain_test_mode)?;
    let options = req.provider_options.clone().unwrap_or_default();
    let id = state.new_id();
    let sealed = secret.map(|s| state.idp_key.seal(&id, &s)).transpose()?;
    let now = state.now();
    let mut tx = state.db.begin().await?;
    let sequence = append(
        &mut tx,
        Event {
            aggregate_type: "idp",
            aggregate_id: &id,
            event_type: "idp.added",
            resource_owner: &scope.owner_id,
            creator: caller.user_id(),
            payload: json!({ "name": name, "type": kind.as_str() }),
        },
        now,
    )
    .await?;
    sqlx::query(
        "INSERT INTO idps (id, owner_id, owner_type, provider_type, name, state, config, options, secret, created_at,
           changed_at, sequence) VALUES ($1, $2, $3, $4, $5, 1, $6, $7, $8, $9, $9, $10)",
    )
    .bind(&id)
    .bind(&scope.owner_id)
    .bind(i64::from(scope.owner_type.number()))
    .bind(i64::from(kind.number()))
    .bind(&name)
    .bind(serde_json::to_string(&config)?)
    .bind(serde_json::to_string(&options)?)
    .bind(sealed)
    .bind(to_db(now))
    .bind(sequence as i64)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(AddProviderResponse { details: details(sequence, now, &scope.owner_id, true), id })
}

async fn update(
    state: &AppState,
    caller: &Caller,
    instance: bool,
    kind: ProviderType,
    req: ProviderRequest,
) -> Result<UpdateProviderResponse> {
    let scope = Scope::of(state, caller, instance).await?;
    let existing = scope.owned(state, &req.id).await?;
    if existing.kind != kind {
        return Err(Error::invalid("IDP-WrongType", format!("The provider is of type {}", existing.kind.as_str())));
    }
    let Validated { name, config, secret } = validate(kind, &req, false, state.domain_test_mode)?;
    let sealed = match secret {
        Some(s) => Some(state.idp_key.seal(&existing.id, &s)?),
        None => existing.secret.clone(),
    };
    let options = req.provider_options.clone().unwrap_or_default();
    let now = state.now();
    let mut tx = state.db.begin().await?;
    let sequence = append(
        &mut tx,
        Event {
            aggregate_type: "idp",
            aggregate_id: &existing.id,
            event_type: "idp.changed",
            resource_owner: &existing.owner_id,
            creator: caller.user_id(),
            payload: json!({ "name": name, "secretChanged": !req.client_secret.is_empty() || req.private_key.is_some() }),
        },
        now,
    )
    .await?;
    sqlx::query("UPDATE idps SET name = $1, config = $2, options = $3, secret = $4, changed_at = $5, sequence = $6 WHERE id = $7")
        .bind(&name)
        .bind(serde_json::to_string(&config)?)
        .bind(serde_json::to_string(&options)?)
        .bind(sealed)
        .bind(to_db(now))
        .bind(sequence as i64)
        .bind(&existing.id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(UpdateProviderResponse { details: details(sequence, now, &existing.owner_id, false) })
}

/// Removes the provider with its users' links, login policy entries and open intents (ZITADEL: "will remove all
/// linked providers of this configuration on the users").
async fn delete(state: &AppState, caller: &Caller, instance: bool, id: &str) -> Result<UpdateProviderResponse> {
    let scope = Scope::of(state, caller, instance).await?;
    let existing = scope.owned(state, id).await?;
    let now = state.now();
    let mut tx = state.db.begin().await?;
    let sequence = append(
        &mut tx,
        Event {
            aggregate_type: "idp",
            aggregate_id: &existing.id,
            event_type: "idp.removed",
            resource_owner: &existing.owner_id,
            creator: caller.user_id(),
            payload: json!({ "name": existing.name }),
        },
        now,
    )
    .await?;
    sqlx::query("DELETE FROM idps WHERE id = $1").bind(&existing.id).execute(&mut *tx).await?;
    tx.commit().await?;
    Ok(UpdateProviderResponse { details: details(sequence, now, &existing.owner_id, false) })
}

fn matches(idp: &IdpRecord, q: &ProviderQuery) -> Result<bool> {
    let set = [q.idp_id_query.is_some(), q.idp_name_query.is_some(), q.owner_type_query.is_some()];
    if set.iter().filter(|s| **s).count() != 1 {
        return Err(Error::invalid(
            "IDP-Query",
            "each query sets exactly one of idpIdQuery, idpNameQuery, ownerTypeQuery",
        ));
    }
    Ok(match (&q.idp_id_query, &q.idp_name_query, &q.owner_type_query) {
        (Some(i), _, _) => idp.id == i.id,
        (_, Some(n), _) => n.method.matches(&idp.name, &n.name),
        (_, _, Some(o)) => idp.owner_type == o.owner_type,
        _ => false,
    })
}

async fn list(
    state: &AppState,
    caller: &Caller,
    instance: bool,
    req: ListProvidersRequest,
) -> Result<ListProvidersResponse> {
    let scope = Scope::of(state, caller, instance).await?;
    let owners: Vec<&str> = if instance {
        vec![scope.owner_id.as_str()]
    } else {
        vec![scope.owner_id.as_str(), scope.instance_id.as_str()]
    };
    let mut found = Vec::new();
    for idp in store::owned_by(state, &owners).await? {
        let mut keep = true;
        for q in &req.queries {
            keep &= matches(&idp, q)?;
        }
        if keep {
            found.push(idp);
        }
    }
    let query = req.query.unwrap_or_default();
    if query.asc {
        found.sort_by(|a, b| a.name.cmp(&b.name));
    }
    let total = found.len() as u64;
    let limit = if query.limit == 0 { usize::MAX } else { query.limit as usize };
    let result = found.iter().skip(query.offset as usize).take(limit).map(IdpRecord::to_provider).collect();
    Ok(ListProvidersResponse {
        details: ListDetails { total_result: total, timestamp: Some(state.now()), ..Default::default() },
        result,
    })
}

macro_rules! provider_routes {
    ($r:ident, $m:ident, $instance:expr) => {{
        macro_rules! add_update {
            ($rr:ident, $add:ident, $update:ident, $kind:expr) => {{
                let $rr = rpc::<$m::$add, _, _>($rr, |state, caller, req| async move {
                    add(&state, &caller, $instance, $kind, req).await
                });
                rpc::<$m::$update, _, _>($rr, |state, caller, req| async move {
                    update(&state, &caller, $instance, $kind, req).await
                })
            }};
        }
        let $r = add_update!($r, AddGenericOIDCProvider, UpdateGenericOIDCProvider, ProviderType::Oidc);
        let $r = add_update!($r, AddGenericOAuthProvider, UpdateGenericOAuthProvider, ProviderType::Oauth);
        let $r = add_update!($r, AddJWTProvider, UpdateJWTProvider, ProviderType::Jwt);
        let $r = add_update!($r, AddGoogleProvider, UpdateGoogleProvider, ProviderType::Google);
        let $r = add_update!($r, AddGitHubProvider, UpdateGitHubProvider, ProviderType::Github);
        let $r = add_update!(
            $r,
            AddGitHubEnterpriseServerProvider,
            UpdateGitHubEnterpriseServerProvider,
            ProviderType::GithubEs
        );
        let $r = add_update!($r, AddGitLabProvider, UpdateGitLabProvider, ProviderType::Gitlab);
        let $r = add_update!(
            $r,
            AddGitLabSelfHostedProvider,
            UpdateGitLabSelfHostedProvider,
            ProviderType::GitlabSelfHosted
        );
        let $r = add_update!($r, AddAzureADProvider, UpdateAzureADProvider, ProviderType::AzureAd);
        let $r = add_update!($r, AddAppleProvider, UpdateAppleProvider, ProviderType::Apple);
        let $r = rpc::<$m::GetProviderByID, _, _>($r, |state, caller, req| async move {
            let scope = Scope::of(&state, &caller, $instance).await?;
            let idp = scope.visible(&state, &req.id).await?;
            // The Admin API reads only the instance's own providers.
            if $instance && idp.owner_id != scope.owner_id {
                return Err(idp_not_found());
            }
            Ok(GetProviderByIdResponse { idp: idp.to_provider() })
        });
        let $r = rpc::<$m::ListProviders, _, _>($r, |state, caller, req| async move {
            list(&state, &caller, $instance, req).await
        });
        rpc::<$m::DeleteProvider, _, _>($r, |state, caller, req| async move {
            delete(&state, &caller, $instance, &req.id).await
        })
    }};
}

/// The older v1 read (GetIDPByID / GetOrgIDPByID): OIDC and JWT providers in the `IDP` shape.
async fn legacy(state: &AppState, caller: &Caller, instance: bool, id: &str) -> Result<GetLegacyIdpResponse> {
    let scope = Scope::of(state, caller, instance).await?;
    let idp = scope.visible(state, id).await?;
    if instance && idp.owner_id != scope.owner_id {
        return Err(idp_not_found());
    }
    Ok(GetLegacyIdpResponse { idp: idp.to_legacy().ok_or_else(idp_not_found)? })
}

pub fn routes(r: Router<AppState>) -> Router<AppState> {
    let r = provider_routes!(r, admin, true);
    let r = rpc::<admin::RemoveIDP, _, _>(r, |state, caller, req| async move {
        delete(&state, &caller, true, &req.idp_id).await
    });
    let r =
        rpc::<admin::GetIDPByID, _, _>(
            r,
            |state, caller, req| async move { legacy(&state, &caller, true, &req.id).await },
        );
    let r = provider_routes!(r, management, false);
    let r = rpc::<management::GetOrgIDPByID, _, _>(r, |state, caller, req| async move {
        legacy(&state, &caller, false, &req.id).await
    });
    rpc::<management::RemoveOrgIDP, _, _>(r, |state, caller, req| async move {
        delete(&state, &caller, false, &req.idp_id).await
    })
}
