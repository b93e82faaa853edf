//! Gatehouse's AccountService: what the account centre needs beyond ZITADEL's UserService. Every method acts on the
//! caller's own account (or, for admins, on a user of an org they manage), checked on the server.

use axum::Router;
use gatehouse_api::account as api;
use gatehouse_api::user::UserIdRequest;

use super::access::{require, require_recent_auth, Access};
use super::notify::{notify_security_change, Change};
use super::security_log::{security_events, DEFAULT_LIMIT};
use super::{details, export, human, remove, store, UserRecord};
use crate::auth::Caller;
use crate::error::{Error, Result};
use crate::rpc::rpc;
use crate::AppState;

pub fn routes(r: Router<AppState>) -> Router<AppState> {
    let r = rpc::<api::GetAccount, _, _>(r, get_account);
    let r = rpc::<api::ListSecurityEvents, _, _>(r, list_security_events);
    let r = rpc::<api::ExportUserData, _, _>(r, export_user_data);
    let r = rpc::<api::DeleteOwnAccount, _, _>(r, delete_own_account);
    super::account_policy::routes(r)
}

async fn get_account(state: AppState, caller: Caller, req: UserIdRequest) -> Result<api::GetAccountResponse> {
    let user = human(&state, &req.user_id).await?;
    require(&state, &caller, &user, Access::SelfService).await?;
    let refusal = delete_refusal(&state, &user).await?;
    Ok(api::GetAccountResponse {
        pending_email: user.pending_email.clone(),
        can_delete: refusal.is_none(),
        delete_refusal: refusal.map(str::to_owned),
    })
}

async fn list_security_events(
    state: AppState,
    caller: Caller,
    req: api::ListSecurityEventsRequest,
) -> Result<api::ListSecurityEventsResponse> {
    let limit = req.limit.unwrap_or(DEFAULT_LIMIT);
    let Some(user) = store::find(&state, &req.user_id).await? else {
        // A removed user's history stays readable for the admins of their org: the events outlive the account.
        return match remove::removed_from(&state, &req.user_id).await? {
            Some(org) if caller.owns_org(&org) || caller.is_instance_login_admin() => {
                Ok(api::ListSecurityEventsResponse { events: security_events(&state, &req.user_id, limit).await? })
            }
            _ => Err(store::user_not_found()),
        };
    };
    require(&state, &caller, &user, Access::SelfService).await?;
    let events = security_events(&state, &user.id, limit).await?;
    Ok(api::ListSecurityEventsResponse { events })
}

async fn export_user_data(state: AppState, caller: Caller, req: UserIdRequest) -> Result<serde_json::Value> {
    let user = human(&state, &req.user_id).await?;
    require(&state, &caller, &user, Access::SelfService).await?;
    export::export(&state, &user).await
}

/// Deleting oneself needs a fresh proof, not just a signed-in browser: the current password, or (for users without
/// one) a password or passkey check of the session within the re-authentication window. It is refused to holders of
/// admin roles: an org or instance must not lose its owner by a click.
async fn delete_own_account(
    state: AppState,
    caller: Caller,
    req: api::DeleteOwnAccountRequest,
) -> Result<api::DeleteOwnAccountResponse> {
    let user = human(&state, &req.user_id).await?;
    let level = require(&state, &caller, &user, Access::SelfService).await?;
    // This method is the user's own; admins delete users with DeleteUser.
    if level == Access::Admin && caller.user_id() != Some(user.id.as_str()) {
        return Err(Error::denied());
    }
    if req.current_password.is_empty() && user.password_hash.is_some() {
        return Err(Error::invalid("USER-Delete-Password", "currentPassword is required"));
    }
    if let Some(refused) = delete_refusal(&state, &user).await? {
        return Err(delete_refused(refused));
    }
    if req.current_password.is_empty() {
        require_recent_auth(&state, &caller, &user).await?;
    } else {
        crate::session::check_password(&state, caller.ip, &user, &req.current_password).await?;
    }
    let sequence = remove::remove(&state, &user, Some(&user.id)).await?;
    notify_security_change(&state, &user, Change::AccountDeleted).await;
    Ok(api::DeleteOwnAccountResponse { details: details(sequence, state.now(), &user.org_id) })
}

/// Why the user may not delete their own account, if they may not (the error id): the org's account policy forbids
/// it, or they hold an administrator role.
async fn delete_refusal(state: &AppState, user: &UserRecord) -> Result<Option<&'static str>> {
    if !super::account_policy::of_org(state, &user.org_id).await?.allow_self_deletion {
        return Ok(Some(api::DELETE_REFUSAL_ORG_POLICY));
    }
    let roles: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM user_roles WHERE user_id = $1")
        .bind(&user.id)
        .fetch_one(&state.db.read)
        .await?;
    Ok((roles > 0).then_some(api::DELETE_REFUSAL_ADMIN_ROLE))
}

fn delete_refused(id: &'static str) -> Error {
    let message = if id == api::DELETE_REFUSAL_ORG_POLICY {
        "The organisation's policy does not allow deleting your own account"
    } else {
        "Accounts with administrator roles cannot delete themselves"
    };
    Error::failed_precondition(id, message)
}
