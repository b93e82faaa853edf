//! The domain policy: whether usernames are unique per organisation and login names carry the org's domain
//! (`userLoginMustBeDomain`), written through ZITADEL's Admin API (instance default, and an org's own policy, which
//! ZITADEL keeps in the Admin API too) and read through SettingsService GetDomainSettings and the Management API.

use serde::{Deserialize, Serialize};

use crate::json::is_default;
use crate::object::{Details, RequestContext};
use crate::settings::{GetPolicyResponse, ObjectDetails, PolicyDetailsResponse, ResourceOwnerType};

crate::rpc! {
    GetDomainSettings in SETTINGS_SERVICE: Get "/v2/settings/domain", DomainSettingsRequest => GetDomainSettingsResponse;
}

pub mod admin {
    use super::*;
    pub use crate::object::Empty;
    crate::rpc! {
        GetDomainPolicy in ADMIN_SERVICE: Get "/admin/v1/policies/domain", Empty => GetPolicyResponse<DomainPolicy>;
        UpdateDomainPolicy in ADMIN_SERVICE: Put "/admin/v1/policies/domain", DomainPolicyUpdate => PolicyDetailsResponse;
        GetCustomDomainPolicy in ADMIN_SERVICE: Get "/admin/v1/orgs/{org_id}/policies/domain", OrgDomainPolicyRequest => GetPolicyResponse<DomainPolicy>;
        AddCustomDomainPolicy in ADMIN_SERVICE: Post "/admin/v1/orgs/{org_id}/policies/domain", OrgDomainPolicyRequest => PolicyDetailsResponse;
        UpdateCustomDomainPolicy in ADMIN_SERVICE: Put "/admin/v1/orgs/{org_id}/policies/domain", OrgDomainPolicyRequest => PolicyDetailsResponse;
        ResetCustomDomainPolicyToDefault in ADMIN_SERVICE: Delete "/admin/v1/orgs/{org_id}/policies/domain", OrgDomainPolicyRequest => PolicyDetailsResponse;
    }
}

pub mod management {
    use super::*;
    pub use crate::object::Empty;
    crate::rpc! {
        GetDomainPolicy in MANAGEMENT_SERVICE: Get "/management/v1/policies/domain", Empty => GetPolicyResponse<DomainPolicy>;
    }
}

/// The writable fields (also the stored document).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DomainPolicyUpdate {
    /// Usernames are unique within their org only, and the login name is `username@<org domain>`.
    #[serde(default, skip_serializing_if = "is_default")]
    pub user_login_must_be_domain: bool,
    #[serde(default, skip_serializing_if = "is_default")]
    pub validate_org_domains: bool,
    #[serde(default, skip_serializing_if = "is_default")]
    pub smtp_sender_address_matches_instance_domain: bool,
}

/// An org's own policy: the org from the path, the fields from the body (empty for Get and Reset).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrgDomainPolicyRequest {
    #[serde(default)]
    pub org_id: String,
    #[serde(flatten)]
    pub fields: DomainPolicyUpdate,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DomainPolicy {
    #[serde(default)]
    pub details: ObjectDetails,
    #[serde(flatten)]
    pub fields: DomainPolicyUpdate,
    #[serde(default, skip_serializing_if = "is_default")]
    pub is_default: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DomainSettingsRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ctx: Option<RequestContext>,
}

/// v2 names of the same fields.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DomainSettings {
    #[serde(default, skip_serializing_if = "is_default")]
    pub login_name_includes_domain: bool,
    #[serde(default, skip_serializing_if = "is_default")]
    pub require_org_domain_verification: bool,
    #[serde(default, skip_serializing_if = "is_default")]
    pub smtp_sender_address_matches_instance_domain: bool,
    #[serde(default)]
    pub resource_owner_type: ResourceOwnerType,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GetDomainSettingsResponse {
    pub details: Details,
    pub settings: DomainSettings,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn wire_names() {
        let req: OrgDomainPolicyRequest =
            serde_json::from_value(json!({"orgId": "7", "userLoginMustBeDomain": true})).unwrap();
        assert_eq!(req.org_id, "7");
        assert!(req.fields.user_login_must_be_domain);
        let s = DomainSettings { login_name_includes_domain: true, ..Default::default() };
        assert_eq!(serde_json::to_value(s).unwrap()["loginNameIncludesDomain"], json!(true));
    }
}
