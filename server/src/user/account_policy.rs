//! An organisation's account policy (Gatehouse's AccountService, beyond ZITADEL): whether its users may delete
//! their own accounts. Read and written by the org's owners and the instance's; the account centre and
//! DeleteOwnAccount follow it.

use axum::Router;
use gatehouse_api::account::{self as api, AccountPolicy};
use serde_json::json;
use sqlx::Row;

use crate::auth::Caller;
use crate::clock::to_db;
use crate::error::{Error, Result};
use crate::events::{append, Event};
use crate::rpc::rpc;
use crate::AppState;

pub fn routes(r: Router<AppState>) -> Router<AppState> {
    let r = rpc::<api::GetAccountPolicy, _, _>(r, get_policy);
    rpc::<api::SetAccountPolicy, _, _>(r, set_policy)
}

/// The org's policy, or the default (everything allowed) when it has none of its own.
pub async fn of_org(state: &AppState, org_id: &str) -> Result<AccountPolicy> {
    let row = sqlx::query("SELECT allow_self_deletion FROM org_account_policies WHERE org_id = $1")
        .bind(org_id)
        .fetch_optional(&state.db.read)
        .await?;
    Ok(match row {
        Some(row) => AccountPolicy { allow_self_deletion: row.try_get("allow_self_deletion")?, is_default: false },
        None => AccountPolicy::default(),
    })
}

/// The org's owners (and IAM owners) only; an org that does not exist is not found for them, hidden from others.
async fn authorize(state: &AppState, caller: &Caller, org_id: &str) -> Result<()> {
    if org_id.is_empty() {
        return Err(Error::invalid("ORG-Policy-OrgId", "orgId is required"));
    }
    if !caller.owns_org(org_id) {
        return Err(Error::denied());
    }
    if !crate::org::exists(state, org_id).await? {
        return Err(crate::org::org_not_found());
    }
    Ok(())
}

async fn get_policy(state: AppState, caller: Caller, req: api::OrgIdRequest) -> Result<api::AccountPolicyResponse> {
    authorize(&state, &caller, &req.org_id).await?;
    Ok(api::AccountPolicyResponse { policy: of_org(&state, &req.org_id).await?, details: None })
}

async fn set_policy(
    state: AppState,
    caller: Caller,
    req: api::SetAccountPolicyRequest,
) -> Result<api::AccountPolicyResponse> {
    authorize(&state, &caller, &req.org_id).await?;
    let allow =
        req.allow_self_deletion.ok_or_else(|| Error::invalid("ORG-Policy-Empty", "allowSelfDeletion is required"))?;
    let now = state.now();
    let mut tx = state.db.begin().await?;
    let event = Event {
        aggregate_type: "org",
        aggregate_id: &req.org_id,
        event_type: "org.policy.account.changed",
        resource_owner: &req.org_id,
        creator: caller.user_id(),
        payload: json!({ "allowSelfDeletion": allow }),
    };
    let sequence = append(&mut tx, event, now).await?;
    sqlx::query(
        "INSERT INTO org_account_policies (org_id, allow_self_deletion, changed_at, sequence) VALUES ($1, $2, $3, $4)
         ON CONFLICT (org_id) DO UPDATE SET allow_self_deletion = excluded.allow_self_deletion,
           changed_at = excluded.changed_at, sequence = excluded.sequence",
    )
    .bind(&req.org_id)
    .bind(allow)
    .bind(to_db(now))
    .bind(sequence as i64)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(api::AccountPolicyResponse {
        policy: AccountPolicy { allow_self_deletion: allow, is_default: false },
        details: Some(super::details(sequence, now, &req.org_id)),
    })
}
