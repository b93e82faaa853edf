//! OrganizationService (`zitadel.org.v2`).

use serde::{Deserialize, Serialize};

use crate::json::is_default;
use crate::object::{Details, ListDetails, ListQuery, TextQueryMethod};
use crate::user::AddHumanUserRequest;

crate::rpc! {
    AddOrganization in ORG_SERVICE: Post "/v2/organizations" => 201, AddOrganizationRequest => AddOrganizationResponse;
    ListOrganizations in ORG_SERVICE: Post "/v2/organizations/_search", ListOrganizationsRequest => ListOrganizationsResponse;
}

crate::proto_enum! {
    pub enum OrganizationState {
        Unspecified = 0 => "ORGANIZATION_STATE_UNSPECIFIED",
        Active = 1 => "ORGANIZATION_STATE_ACTIVE",
        Inactive = 2 => "ORGANIZATION_STATE_INACTIVE",
        Removed = 3 => "ORGANIZATION_STATE_REMOVED",
    }
}

crate::proto_enum! {
    pub enum OrganizationFieldName {
        Unspecified = 0 => "ORGANIZATION_FIELD_NAME_UNSPECIFIED",
        Name = 1 => "ORGANIZATION_FIELD_NAME_NAME",
        CreationDate = 2 => "ORGANIZATION_FIELD_NAME_CREATION_DATE",
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AddOrganizationRequest {
    #[serde(default)]
    pub name: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub admins: Vec<Admin>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<String>,
}

/// oneof `userId` | `human`, with the roles to grant (default `ORG_OWNER`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Admin {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub human: Option<AddHumanUserRequest>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AddOrganizationResponse {
    pub details: Details,
    pub organization_id: String,
    #[serde(default)]
    pub created_admins: Vec<CreatedAdmin>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreatedAdmin {
    pub user_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_code: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListOrganizationsRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<ListQuery>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub sorting_column: OrganizationFieldName,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub queries: Vec<SearchQuery>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListOrganizationsResponse {
    pub details: ListDetails,
    #[serde(default)]
    pub sorting_column: OrganizationFieldName,
    #[serde(default)]
    pub result: Vec<Organization>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Organization {
    pub id: String,
    pub details: Details,
    pub state: OrganizationState,
    pub name: String,
    #[serde(default)]
    pub primary_domain: String,
}

/// ListOrganizations query (oneof).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SearchQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_query: Option<NameQuery>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain_query: Option<DomainQuery>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state_query: Option<StateQuery>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_query: Option<IdQuery>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_query: Option<crate::object::Empty>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct NameQuery {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub method: TextQueryMethod,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DomainQuery {
    #[serde(default)]
    pub domain: String,
    #[serde(default)]
    pub method: TextQueryMethod,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct StateQuery {
    pub state: OrganizationState,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct IdQuery {
    #[serde(default)]
    pub id: String,
}
