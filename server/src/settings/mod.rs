//! SettingsService (read side) and the v1 Admin/Management policy methods that write settings.

pub mod domain;
mod factors;
mod policy;
mod privacy;

pub use policy::{
    check_complexity, default_lockout, default_login, default_password_complexity, lockout, login_policy,
    password_complexity, Kind,
};

use axum::Router;
use gatehouse_api::object::Details;
use gatehouse_api::settings::{self as api, admin, management, ObjectDetails, ResourceOwnerType};
use serde::{de::DeserializeOwned, Serialize};

use crate::auth::{Caller, Principal};
use crate::error::{Error, Result};
use crate::rpc::rpc;
use crate::AppState;
use policy::{Resolved, WriteMode, Written};

pub fn routes() -> Router<AppState> {
    let r = Router::new();
    let r = rpc::<api::GetGeneralSettings, _, _>(r, |state, caller, _req| async move {
        authorize_read(&caller)?;
        Ok(api::GetGeneralSettingsResponse {
            default_org_id: state.instance.default_org_id.clone(),
            default_language: crate::i18n::default_language(&state).await?,
            supported_languages: crate::i18n::supported_languages(),
        })
    });
    let r = rpc::<api::GetLoginSettings, _, _>(r, |state, caller, req| async move {
        authorize_read(&caller)?;
        let found = policy::effective(&state, Kind::Login, ctx_org(&req).as_deref(), default_login).await?;
        let p = &found.policy;
        let settings = api::LoginSettings {
            allow_username_password: p.allow_username_password,
            allow_register: p.allow_register,
            allow_external_idp: p.allow_external_idp,
            force_mfa: p.force_mfa,
            passkeys_type: api::PasskeysType::from_number(i64::from(p.passwordless_type.number())).unwrap_or_default(),
            hide_password_reset: p.hide_password_reset,
            ignore_unknown_usernames: p.ignore_unknown_usernames,
            default_redirect_uri: p.default_redirect_uri.clone(),
            password_check_lifetime: p.password_check_lifetime,
            external_login_check_lifetime: p.external_login_check_lifetime,
            mfa_init_skip_lifetime: p.mfa_init_skip_lifetime,
            second_factor_check_lifetime: p.second_factor_check_lifetime,
            multi_factor_check_lifetime: p.multi_factor_check_lifetime,
            second_factors: p.second_factors.clone(),
            multi_factors: p.multi_factors.clone(),
            allow_domain_discovery: p.allow_domain_discovery,
            disable_login_with_email: p.disable_login_with_email,
            disable_login_with_phone: p.disable_login_with_phone,
            force_mfa_local_only: p.force_mfa_local_only,
            resource_owner_type: found.owner_type,
        };
        Ok(api::GetLoginSettingsResponse { details: v2_details(&found), settings })
    });
    let r = rpc::<api::GetPasswordComplexitySettings, _, _>(r, |state, caller, req| async move {
        authorize_read(&caller)?;
        let found =
            policy::effective(&state, Kind::PasswordComplexity, ctx_org(&req).as_deref(), default_password_complexity)
                .await?;
        let p = &found.policy;
        let settings = api::PasswordComplexitySettings {
            min_length: p.min_length,
            requires_uppercase: p.has_uppercase,
            requires_lowercase: p.has_lowercase,
            requires_number: p.has_number,
            requires_symbol: p.has_symbol,
            resource_owner_type: found.owner_type,
        };
        Ok(api::GetPasswordComplexitySettingsResponse { details: v2_details(&found), settings })
    });
    let r = rpc::<api::GetLockoutSettings, _, _>(r, |state, caller, req| async move {
        authorize_read(&caller)?;
        let found = policy::effective(&state, Kind::Lockout, ctx_org(&req).as_deref(), default_lockout).await?;
        let settings = api::LockoutSettings {
            max_password_attempts: found.policy.max_password_attempts,
            max_otp_attempts: found.policy.max_otp_attempts,
            resource_owner_type: found.owner_type,
        };
        Ok(api::GetLockoutSettingsResponse { details: v2_details(&found), settings })
    });
    let r = rpc::<api::GetBrandingSettings, _, _>(r, |state, caller, req| async move {
        authorize_read(&caller)?;
        crate::branding::branding_settings(&state, ctx_org(&req).as_deref()).await
    });
    let r = rpc::<api::GetLegalAndSupportSettings, _, _>(r, |state, caller, req| async move {
        authorize_read(&caller)?;
        privacy::legal_and_support(&state, ctx_org(&req).as_deref()).await
    });
    let r = privacy::routes(r);
    let r = domain::routes(r);
    let r = admin_routes(r);
    let r = factors::routes(r);
    management_routes(r)
}

/// Settings are what the login UI shows, so every authenticated caller and the browser may read them.
fn authorize_read(_caller: &Caller) -> Result<()> {
    Ok(())
}

fn ctx_org(req: &api::SettingsRequest) -> Option<String> {
    req.ctx.as_ref().filter(|c| !c.instance).and_then(|c| c.org_id.clone()).filter(|o| !o.is_empty())
}

fn v2_details<T>(found: &Resolved<T>) -> Details {
    Details {
        sequence: found.sequence,
        change_date: found.changed_at,
        resource_owner: found.owner_id.clone(),
        creation_date: found.created_at,
    }
}

fn v1_details<T>(found: &Resolved<T>) -> ObjectDetails {
    ObjectDetails {
        sequence: found.sequence,
        creation_date: found.created_at,
        change_date: found.changed_at,
        resource_owner: found.owner_id.clone(),
    }
}

fn written_details(w: Written) -> api::PolicyDetailsResponse {
    api::PolicyDetailsResponse {
        details: ObjectDetails {
            sequence: w.sequence,
            change_date: Some(w.at),
            resource_owner: w.owner_id,
            creation_date: None,
        },
    }
}

// ---- Admin API: the instance default -------------------------------------------------------------------------

pub(crate) fn require_iam_owner(caller: &Caller) -> Result<()> {
    if caller.is_iam_owner() {
        Ok(())
    } else {
        Err(Error::denied())
    }
}

macro_rules! admin_policy {
    ($r:ident, $get:ident, $update:ident, $kind:expr, $default:path, $policy:ident) => {{
        let $r = rpc::<admin::$get, _, _>($r, |state, caller, _req| async move {
            require_iam_owner(&caller)?;
            let found = policy::instance(&state, $kind, $default).await?;
            let details = v1_details(&found);
            Ok(api::GetPolicyResponse {
                policy: api::$policy { details, fields: found.policy, is_default: true },
                is_default: false,
            })
        });
        rpc::<admin::$update, _, _>($r, |state, caller, req| async move {
            require_iam_owner(&caller)?;
            let owner = state.instance.id.clone();
            let w = policy::write(&state, &owner, $kind, &req, WriteMode::Upsert, caller.user_id()).await?;
            Ok(written_details(w))
        })
    }};
}

fn admin_routes(r: Router<AppState>) -> Router<AppState> {
    let r = admin_policy!(r, GetLoginPolicy, UpdateLoginPolicy, Kind::Login, default_login, LoginPolicy);
    let r = admin_policy!(
        r,
        GetPasswordComplexityPolicy,
        UpdatePasswordComplexityPolicy,
        Kind::PasswordComplexity,
        default_password_complexity,
        PasswordComplexityPolicy
    );
    admin_policy!(r, GetLockoutPolicy, UpdateLockoutPolicy, Kind::Lockout, default_lockout, LockoutPolicy)
}

// ---- Management API: an org's own policy -------------------------------------------------------------------

/// The org a Management call is about (`x-zitadel-orgid`, else the caller's own) and the caller must own it.
pub(crate) async fn management_org(state: &AppState, caller: &Caller) -> Result<String> {
    if matches!(caller.principal, Principal::Browser | Principal::SessionUser { .. }) {
        return Err(Error::denied());
    }
    let org = caller.org_header.clone().or_else(|| caller.home_org().map(str::to_owned)).ok_or_else(Error::denied)?;
    if !caller.owns_org(&org) {
        return Err(Error::denied());
    }
    if !crate::org::exists(state, &org).await? {
        return Err(Error::not_found("ORG-ZMuMa", "Organisation not found"));
    }
    Ok(org)
}

async fn management_get<T: DeserializeOwned>(
    state: &AppState,
    caller: &Caller,
    kind: Kind,
    default: fn() -> T,
) -> Result<(Resolved<T>, bool)> {
    let org = management_org(state, caller).await?;
    let found = policy::effective(state, kind, Some(&org), default).await?;
    let is_default = found.owner_type != ResourceOwnerType::Org;
    Ok((found, is_default))
}

async fn management_write<T: Serialize>(
    state: &AppState,
    caller: &Caller,
    kind: Kind,
    body: &T,
    mode: WriteMode,
) -> Result<api::PolicyDetailsResponse> {
    let org = management_org(state, caller).await?;
    Ok(written_details(policy::write(state, &org, kind, body, mode, caller.user_id()).await?))
}

async fn management_reset(state: &AppState, caller: &Caller, kind: Kind) -> Result<api::PolicyDetailsResponse> {
    let org = management_org(state, caller).await?;
    Ok(written_details(policy::remove(state, &org, kind, caller.user_id()).await?))
}

macro_rules! management_policy {
    ($r:ident, $get:ident, $add:ident, $update:ident, $reset:ident, $kind:expr, $default:path, $policy:ident) => {{
        let $r = rpc::<management::$get, _, _>($r, |state, caller, _req| async move {
            let (found, is_default) = management_get(&state, &caller, $kind, $default).await?;
            let details = v1_details(&found);
            Ok(api::GetPolicyResponse {
                policy: api::$policy { details, fields: found.policy, is_default },
                is_default,
            })
        });
        let $r = rpc::<management::$add, _, _>($r, |state, caller, req| async move {
            management_write(&state, &caller, $kind, &req, WriteMode::Create).await
        });
        let $r = rpc::<management::$update, _, _>($r, |state, caller, req| async move {
            management_write(&state, &caller, $kind, &req, WriteMode::Update).await
        });
        rpc::<management::$reset, _, _>($r, |state, caller, _req| async move {
            management_reset(&state, &caller, $kind).await
        })
    }};
}

fn management_routes(r: Router<AppState>) -> Router<AppState> {
    let r = management_policy!(
        r,
        GetLoginPolicy,
        AddCustomLoginPolicy,
        UpdateCustomLoginPolicy,
        ResetLoginPolicyToDefault,
        Kind::Login,
        default_login,
        LoginPolicy
    );
    let r = management_policy!(
        r,
        GetPasswordComplexityPolicy,
        AddCustomPasswordComplexityPolicy,
        UpdateCustomPasswordComplexityPolicy,
        ResetPasswordComplexityPolicyToDefault,
        Kind::PasswordComplexity,
        default_password_complexity,
        PasswordComplexityPolicy
    );
    management_policy!(
        r,
        GetLockoutPolicy,
        AddCustomLockoutPolicy,
        UpdateCustomLockoutPolicy,
        ResetLockoutPolicyToDefault,
        Kind::Lockout,
        default_lockout,
        LockoutPolicy
    )
}
