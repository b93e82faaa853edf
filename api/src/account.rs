//! Gatehouse's own account-centre methods (`gatehouse.account.v1.AccountService`): what ZITADEL's UserService has
//! no method for. Same conventions as the ZITADEL services (camelCase JSON, int64 as strings, error shape).

use serde::{Deserialize, Serialize};

use crate::json::{int64, Timestamp};
use crate::object::Details;
use crate::user::UserIdRequest;

/// The error id of a sensitive change refused because the session's last password or passkey check is too old: the
/// client re-checks the session (SessionService SetSession) and retries.
pub const REAUTH_REQUIRED: &str = "GATEHOUSE-ReauthRequired";

crate::rpc! {
    GetAccount in ACCOUNT_SERVICE: Get "/gatehouse/v1/users/{user_id}/account", UserIdRequest => GetAccountResponse;
    ListSecurityEvents in ACCOUNT_SERVICE: Post "/gatehouse/v1/users/{user_id}/security_events/_search",
        ListSecurityEventsRequest => ListSecurityEventsResponse;
    ExportUserData in ACCOUNT_SERVICE: Get "/gatehouse/v1/users/{user_id}/export", UserIdRequest => serde_json::Value;
    DeleteOwnAccount in ACCOUNT_SERVICE: Post "/gatehouse/v1/users/{user_id}/delete", DeleteOwnAccountRequest => DeleteOwnAccountResponse;
    GetAccountPolicy in ACCOUNT_SERVICE: Get "/gatehouse/v1/orgs/{org_id}/account_policy", OrgIdRequest => AccountPolicyResponse;
    SetAccountPolicy in ACCOUNT_SERVICE: Put "/gatehouse/v1/orgs/{org_id}/account_policy", SetAccountPolicyRequest => AccountPolicyResponse;
}

/// Why an account may not delete itself (`GetAccountResponse.deleteRefusal`, and the error ids DeleteOwnAccount
/// answers with).
pub const DELETE_REFUSAL_ADMIN_ROLE: &str = "USER-Delete-Admin";
pub const DELETE_REFUSAL_ORG_POLICY: &str = "USER-Delete-Policy";

/// What the account centre shows beyond ZITADEL's `User`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetAccountResponse {
    /// A new email address waiting for its code; the user's `email` stays the login address until then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending_email: Option<String>,
    /// Whether the user may delete their own account (the org's policy may forbid it).
    #[serde(default)]
    pub can_delete: bool,
    /// When `canDelete` is false, why: [`DELETE_REFUSAL_ORG_POLICY`] or [`DELETE_REFUSAL_ADMIN_ROLE`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delete_refusal: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrgIdRequest {
    #[serde(default)]
    pub org_id: String,
}

/// An organisation's rules for what its users do to their own accounts. Orgs without one of their own allow
/// everything (`isDefault`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AccountPolicy {
    /// Users may delete their own account in the account centre (DeleteOwnAccount). Admins still remove users.
    #[serde(default = "yes")]
    pub allow_self_deletion: bool,
    #[serde(default)]
    pub is_default: bool,
}

fn yes() -> bool {
    true
}

impl Default for AccountPolicy {
    fn default() -> Self {
        AccountPolicy { allow_self_deletion: true, is_default: true }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SetAccountPolicyRequest {
    #[serde(default)]
    pub org_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_self_deletion: Option<bool>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AccountPolicyResponse {
    pub policy: AccountPolicy,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<Details>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListSecurityEventsRequest {
    #[serde(default)]
    pub user_id: String,
    /// At most this many, newest first (default 50, at most 200).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ListSecurityEventsResponse {
    #[serde(default)]
    pub events: Vec<SecurityEvent>,
}

/// One entry of the security log: the event type as stored (`password.changed`, `session.password.failed`, ...),
/// so a client can localise it, plus where it came from when known.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SecurityEvent {
    #[serde(with = "int64")]
    pub sequence: u64,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creation_date: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_agent: Option<String>,
    /// A short detail, e.g. the new email address or a factor's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeleteOwnAccountRequest {
    #[serde(default)]
    pub user_id: String,
    /// Re-authentication: the current password. Empty: the session's own recent password or passkey check counts
    /// instead (for users without a password), else `GATEHOUSE-ReauthRequired`.
    #[serde(default)]
    pub current_password: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteOwnAccountResponse {
    pub details: Details,
}
