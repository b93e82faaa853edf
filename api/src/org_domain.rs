//! OrganizationService (`zitadel.org.v2`) domain methods: an org's own domains, proven by an HTTP file or a DNS
//! TXT record. A verified domain brands logins reached through that host name.

use serde::{Deserialize, Serialize};

use crate::json::{int64, is_default, Timestamp};
use crate::org::DomainQuery;

crate::rpc! {
    AddOrganizationDomain in ORG_SERVICE: Post "/v2/organizations/{organization_id}/domains", AddOrganizationDomainRequest => AddOrganizationDomainResponse;
    ListOrganizationDomains in ORG_SERVICE: Post "/v2/organizations/{organization_id}/domains/search", ListOrganizationDomainsRequest => ListOrganizationDomainsResponse;
    DeleteOrganizationDomain in ORG_SERVICE: Delete "/v2/organizations/{organization_id}/domains", DomainRequest => DeleteOrganizationDomainResponse;
    GenerateOrganizationDomainValidation in ORG_SERVICE: Post "/v2/organizations/{organization_id}/domains/validation/generate", GenerateOrganizationDomainValidationRequest => GenerateOrganizationDomainValidationResponse;
    VerifyOrganizationDomain in ORG_SERVICE: Post "/v2/organizations/{organization_id}/domains/validation/verify", DomainRequest => VerifyOrganizationDomainResponse;
}

crate::proto_enum! {
    pub enum DomainValidationType {
        Unspecified = 0 => "DOMAIN_VALIDATION_TYPE_UNSPECIFIED",
        Http = 1 => "DOMAIN_VALIDATION_TYPE_HTTP",
        Dns = 2 => "DOMAIN_VALIDATION_TYPE_DNS",
    }
}

crate::proto_enum! {
    pub enum DomainFieldName {
        Unspecified = 0 => "DOMAIN_FIELD_NAME_UNSPECIFIED",
        Name = 1 => "DOMAIN_FIELD_NAME_NAME",
        CreationDate = 2 => "DOMAIN_FIELD_NAME_CREATION_DATE",
    }
}

/// Add, delete and verify: the org and the domain.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DomainRequest {
    #[serde(default)]
    pub organization_id: String,
    #[serde(default)]
    pub domain: String,
}

pub type AddOrganizationDomainRequest = DomainRequest;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AddOrganizationDomainResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creation_date: Option<Timestamp>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeleteOrganizationDomainResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deletion_date: Option<Timestamp>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VerifyOrganizationDomainResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_date: Option<Timestamp>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GenerateOrganizationDomainValidationRequest {
    #[serde(default)]
    pub organization_id: String,
    #[serde(default)]
    pub domain: String,
    #[serde(default, rename = "type")]
    pub validation_type: DomainValidationType,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GenerateOrganizationDomainValidationResponse {
    pub token: String,
    pub url: String,
}

/// `zitadel.filter.v2.PaginationRequest`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Pagination {
    #[serde(with = "int64", default, skip_serializing_if = "is_default")]
    pub offset: u64,
    #[serde(default, skip_serializing_if = "is_default")]
    pub limit: u32,
    #[serde(default, skip_serializing_if = "is_default")]
    pub asc: bool,
}

/// `zitadel.filter.v2.PaginationResponse`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PaginationResponse {
    #[serde(with = "int64", default)]
    pub total_result: u64,
    #[serde(with = "int64", default)]
    pub applied_limit: u64,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DomainSearchFilter {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain_filter: Option<DomainQuery>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListOrganizationDomainsRequest {
    #[serde(default)]
    pub organization_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pagination: Option<Pagination>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub filters: Vec<DomainSearchFilter>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub sorting_column: DomainFieldName,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListOrganizationDomainsResponse {
    pub pagination: PaginationResponse,
    #[serde(default)]
    pub domains: Vec<Domain>,
}

/// `zitadel.org.v2.Domain`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Domain {
    pub organization_id: String,
    pub domain: String,
    #[serde(default, skip_serializing_if = "is_default")]
    pub is_verified: bool,
    #[serde(default, skip_serializing_if = "is_default")]
    pub is_primary: bool,
    #[serde(default, skip_serializing_if = "is_default")]
    pub validation_type: DomainValidationType,
}
