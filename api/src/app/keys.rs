//! Application keys: the RSA key pairs an app signs its client assertions with (`private_key_jwt`, RFC 7523).
//! ZITADEL's tools manage them through the v2 ApplicationService (Connect-only in ZITADEL; REST paths follow its
//! v2beta gateway, `/v2/application_keys`) and the Management v1 API (`…/apps/{appId}/keys`). Both answer the key
//! file once, as `keyDetails`: base64 of `{"type":"application","keyId","key"(PKCS#1 PEM),"appId","clientId"}`.

use serde::{Deserialize, Serialize};

use crate::json::{is_default, Bytes, Timestamp};
use crate::object::{Details, ListDetails, ListQuery};
use crate::project::{PaginationRequest, PaginationResponse};

crate::rpc! {
    CreateApplicationKey in APPLICATION_SERVICE: Post "/v2/application_keys" => 201, CreateApplicationKeyRequest => CreateApplicationKeyResponse;
    GetApplicationKey in APPLICATION_SERVICE: Get "/v2/application_keys/{key_id}", GetApplicationKeyRequest => GetApplicationKeyResponse;
    ListApplicationKeys in APPLICATION_SERVICE: Post "/v2/application_keys/search", ListApplicationKeysRequest => ListApplicationKeysResponse;
    DeleteApplicationKey in APPLICATION_SERVICE: Delete "/v2/application_keys/{key_id}", DeleteApplicationKeyRequest => DeleteApplicationKeyResponse;
}

crate::proto_enum! {
    pub enum ApplicationKeysSorting {
        Id = 0 => "APPLICATION_KEYS_SORT_BY_ID",
        ProjectId = 1 => "APPLICATION_KEYS_SORT_BY_PROJECT_ID",
        ApplicationId = 2 => "APPLICATION_KEYS_SORT_BY_APPLICATION_ID",
        CreationDate = 3 => "APPLICATION_KEYS_SORT_BY_CREATION_DATE",
        OrganizationId = 4 => "APPLICATION_KEYS_SORT_BY_ORGANIZATION_ID",
        Expiration = 5 => "APPLICATION_KEYS_SORT_BY_EXPIRATION",
        Type = 6 => "APPLICATION_KEYS_SORT_BY_TYPE",
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateApplicationKeyRequest {
    #[serde(default)]
    pub application_id: String,
    #[serde(default)]
    pub project_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiration_date: Option<Timestamp>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateApplicationKeyResponse {
    pub key_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creation_date: Option<Timestamp>,
    /// The key file (JSON), shown once: the private key is not stored.
    pub key_details: Bytes,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetApplicationKeyRequest {
    #[serde(default)]
    pub key_id: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetApplicationKeyResponse {
    pub key_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creation_date: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiration_date: Option<Timestamp>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListApplicationKeysRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pagination: Option<PaginationRequest>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub sorting_column: ApplicationKeysSorting,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub filters: Vec<ApplicationKeySearchFilter>,
}

/// oneof: exactly one field set.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ApplicationKeySearchFilter {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application_id_filter: Option<ApplicationIdFilter>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_id_filter: Option<crate::app::ProjectIdFilter>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id_filter: Option<OrganizationIdFilter>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ApplicationIdFilter {
    #[serde(default)]
    pub application_id: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrganizationIdFilter {
    #[serde(default)]
    pub organization_id: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ApplicationKey {
    pub key_id: String,
    pub application_id: String,
    pub project_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creation_date: Option<Timestamp>,
    pub organization_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiration_date: Option<Timestamp>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListApplicationKeysResponse {
    #[serde(default)]
    pub keys: Vec<ApplicationKey>,
    pub pagination: PaginationResponse,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeleteApplicationKeyRequest {
    #[serde(default)]
    pub key_id: String,
    #[serde(default)]
    pub application_id: String,
    #[serde(default)]
    pub project_id: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeleteApplicationKeyResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deletion_date: Option<Timestamp>,
}

pub mod management {
    //! `zitadel.management.v1.ManagementService`: AddAppKey, ListAppKeys, GetAppKey, RemoveAppKey.
    use super::*;

    crate::rpc! {
        AddAppKey in MANAGEMENT_SERVICE: Post "/management/v1/projects/{project_id}/apps/{app_id}/keys", AddAppKeyRequest => AddAppKeyResponse;
        ListAppKeys in MANAGEMENT_SERVICE: Post "/management/v1/projects/{project_id}/apps/{app_id}/keys/_search", ListAppKeysRequest => ListAppKeysResponse;
        GetAppKey in MANAGEMENT_SERVICE: Get "/management/v1/projects/{project_id}/apps/{app_id}/keys/{key_id}", AppKeyRequest => GetAppKeyResponse;
        RemoveAppKey in MANAGEMENT_SERVICE: Delete "/management/v1/projects/{project_id}/apps/{app_id}/keys/{key_id}", AppKeyRequest => RemoveAppKeyResponse;
    }

    crate::proto_enum! {
        pub enum KeyType {
            Unspecified = 0 => "KEY_TYPE_UNSPECIFIED",
            Json = 1 => "KEY_TYPE_JSON",
        }
    }

    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub struct AddAppKeyRequest {
        #[serde(default)]
        pub project_id: String,
        #[serde(default)]
        pub app_id: String,
        #[serde(default, rename = "type")]
        pub key_type: KeyType,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub expiration_date: Option<Timestamp>,
    }

    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub struct AddAppKeyResponse {
        pub id: String,
        pub details: Details,
        pub key_details: Bytes,
    }

    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub struct ListAppKeysRequest {
        #[serde(default)]
        pub project_id: String,
        #[serde(default)]
        pub app_id: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub query: Option<ListQuery>,
    }

    /// `zitadel.authn.v1.Key`.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub struct Key {
        pub id: String,
        pub details: Details,
        #[serde(rename = "type")]
        pub key_type: KeyType,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub expiration_date: Option<Timestamp>,
    }

    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub struct ListAppKeysResponse {
        pub details: ListDetails,
        #[serde(default)]
        pub result: Vec<Key>,
    }

    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub struct AppKeyRequest {
        #[serde(default)]
        pub project_id: String,
        #[serde(default)]
        pub app_id: String,
        #[serde(default)]
        pub key_id: String,
    }

    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub struct GetAppKeyResponse {
        pub key: Key,
    }

    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub struct RemoveAppKeyResponse {
        pub details: Details,
    }
}
