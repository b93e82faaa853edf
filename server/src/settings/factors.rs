//! The login policy's `secondFactors` and `multiFactors` lists, written one entry at a time (ZITADEL's v1
//! Add/Remove…FactorToLoginPolicy and List…Factors): the instance default through the Admin API, an org's own
//! policy through the Management API (the org must have its own policy, as in ZITADEL).

use axum::Router;
use gatehouse_api::object::ListDetails;
use gatehouse_api::settings::factors::{admin, management, FactorRequest, ListFactorsResponse};
use gatehouse_api::settings::{
    LoginPolicyUpdate, MultiFactorType, PolicyDetailsResponse, ResourceOwnerType, SecondFactorType,
};

use super::policy::{self, Kind, WriteMode};
use super::{default_login, management_org, require_iam_owner, written_details};
use crate::auth::Caller;
use crate::error::{Error, Result};
use crate::rpc::rpc;
use crate::AppState;

/// Which list of the policy an operation is about.
#[derive(Clone, Copy)]
enum List {
    Second,
    Multi,
}

/// Adds or removes `number` (an enum value) in the list; errors name ZITADEL's failure (already there / not there).
fn change(policy: &mut LoginPolicyUpdate, list: List, number: i32, add: bool) -> Result<()> {
    if number == 0 {
        return Err(Error::invalid("IAM-5m9fs", "The factor type must be set"));
    }
    let present = match list {
        List::Second => policy.second_factors.iter().any(|t| t.number() == number),
        List::Multi => policy.multi_factors.iter().any(|t| t.number() == number),
    };
    match (add, present) {
        (true, true) => {
            return Err(Error::already_exists("Instance-3M0fs", "The factor is already in the login policy"))
        }
        (false, false) => return Err(Error::not_found("Instance-3M9od", "The factor is not in the login policy")),
        _ => {}
    }
    match list {
        List::Second => {
            if add {
                policy.second_factors.extend(SecondFactorType::ALL.iter().copied().filter(|t| t.number() == number));
            } else {
                policy.second_factors.retain(|t| t.number() != number);
            }
        }
        List::Multi => {
            if add {
                policy.multi_factors.extend(MultiFactorType::ALL.iter().copied().filter(|t| t.number() == number));
            } else {
                policy.multi_factors.retain(|t| t.number() != number);
            }
        }
    }
    Ok(())
}

/// The login policy an operation changes: the instance's (Admin) or the org's own (Management).
async fn target(state: &AppState, caller: &Caller, instance: bool) -> Result<(String, LoginPolicyUpdate, WriteMode)> {
    if instance {
        require_iam_owner(caller)?;
        let found = policy::instance(state, Kind::Login, default_login).await?;
        return Ok((state.instance.id.clone(), found.policy, WriteMode::Upsert));
    }
    let org = management_org(state, caller).await?;
    let found = policy::effective(state, Kind::Login, Some(&org), default_login).await?;
    if found.owner_type != ResourceOwnerType::Org {
        return Err(Error::not_found("Org-6Hdk2", "The organisation has no own policy"));
    }
    Ok((org, found.policy, WriteMode::Update))
}

async fn edit(
    state: &AppState,
    caller: &Caller,
    instance: bool,
    list: List,
    number: i32,
    add: bool,
) -> Result<PolicyDetailsResponse> {
    let (owner, mut login, mode) = target(state, caller, instance).await?;
    change(&mut login, list, number, add)?;
    Ok(written_details(policy::write(state, &owner, Kind::Login, &login, mode, caller.user_id()).await?))
}

async fn read(state: &AppState, caller: &Caller, instance: bool) -> Result<LoginPolicyUpdate> {
    if instance {
        require_iam_owner(caller)?;
        return Ok(policy::instance(state, Kind::Login, default_login).await?.policy);
    }
    let org = management_org(state, caller).await?;
    Ok(policy::effective(state, Kind::Login, Some(&org), default_login).await?.policy)
}

fn listed<T>(result: Vec<T>) -> ListFactorsResponse<T> {
    ListFactorsResponse { details: ListDetails { total_result: result.len() as u64, ..Default::default() }, result }
}

macro_rules! factor_routes {
    ($r:ident, $module:ident, $instance:expr) => {{
        let $r = rpc::<$module::ListLoginPolicySecondFactors, _, _>($r, |state, caller, _req| async move {
            Ok(listed(read(&state, &caller, $instance).await?.second_factors))
        });
        let $r = rpc::<$module::AddSecondFactorToLoginPolicy, _, _>(
            $r,
            |state, caller, req: FactorRequest<SecondFactorType>| async move {
                edit(&state, &caller, $instance, List::Second, req.factor_type.number(), true).await
            },
        );
        let $r = rpc::<$module::RemoveSecondFactorFromLoginPolicy, _, _>(
            $r,
            |state, caller, req: FactorRequest<SecondFactorType>| async move {
                edit(&state, &caller, $instance, List::Second, req.factor_type.number(), false).await
            },
        );
        let $r = rpc::<$module::ListLoginPolicyMultiFactors, _, _>($r, |state, caller, _req| async move {
            Ok(listed(read(&state, &caller, $instance).await?.multi_factors))
        });
        let $r = rpc::<$module::AddMultiFactorToLoginPolicy, _, _>(
            $r,
            |state, caller, req: FactorRequest<MultiFactorType>| async move {
                edit(&state, &caller, $instance, List::Multi, req.factor_type.number(), true).await
            },
        );
        rpc::<$module::RemoveMultiFactorFromLoginPolicy, _, _>(
            $r,
            |state, caller, req: FactorRequest<MultiFactorType>| async move {
                edit(&state, &caller, $instance, List::Multi, req.factor_type.number(), false).await
            },
        )
    }};
}

pub fn routes(r: Router<AppState>) -> Router<AppState> {
    let r = factor_routes!(r, admin, true);
    factor_routes!(r, management, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn factors_are_added_once_and_removed_once() {
        let mut p = LoginPolicyUpdate::default();
        change(&mut p, List::Second, SecondFactorType::Otp.number(), true).unwrap();
        assert_eq!(p.second_factors, vec![SecondFactorType::Otp]);
        let again = change(&mut p, List::Second, SecondFactorType::Otp.number(), true).unwrap_err().to_api();
        assert_eq!(again.id, "Instance-3M0fs");
        change(&mut p, List::Multi, MultiFactorType::U2fWithVerification.number(), true).unwrap();
        change(&mut p, List::Second, SecondFactorType::Otp.number(), false).unwrap();
        assert!(p.second_factors.is_empty());
        let missing = change(&mut p, List::Second, SecondFactorType::U2f.number(), false).unwrap_err().to_api();
        assert_eq!(missing.id, "Instance-3M9od");
        assert_eq!(change(&mut p, List::Second, 0, true).unwrap_err().to_api().id, "IAM-5m9fs");
    }
}
