//! ApplicationService (`zitadel.application.v2`): OIDC applications of a project. Connect-only in ZITADEL; the REST
//! paths follow its v2beta gateway (`/v2/applications`).

pub mod keys;

use serde::{Deserialize, Serialize};

use crate::json::{is_default, Duration, Timestamp};
use crate::project::{PaginationRequest, PaginationResponse, TextFilterMethod};

crate::rpc! {
    CreateApplication in APPLICATION_SERVICE: Post "/v2/applications" => 201, CreateApplicationRequest => CreateApplicationResponse;
    GetApplication in APPLICATION_SERVICE: Get "/v2/applications/{application_id}", GetApplicationRequest => GetApplicationResponse;
    ListApplications in APPLICATION_SERVICE: Post "/v2/applications/search", ListApplicationsRequest => ListApplicationsResponse;
    UpdateApplication in APPLICATION_SERVICE: Patch "/v2/applications/{application_id}", UpdateApplicationRequest => UpdateApplicationResponse;
    DeleteApplication in APPLICATION_SERVICE: Delete "/v2/applications/{application_id}", DeleteApplicationRequest => DeleteApplicationResponse;
    GenerateClientSecret in APPLICATION_SERVICE: Post "/v2/applications/{application_id}/generate_client_secret", GenerateClientSecretRequest => GenerateClientSecretResponse;
    DeactivateApplication in APPLICATION_SERVICE: Post "/v2/applications/{application_id}/deactivate", DeactivateApplicationRequest => DeactivateApplicationResponse;
    ReactivateApplication in APPLICATION_SERVICE: Post "/v2/applications/{application_id}/reactivate", DeactivateApplicationRequest => ReactivateApplicationResponse;
}

crate::proto_enum! {
    pub enum ApplicationState {
        Unspecified = 0 => "APPLICATION_STATE_UNSPECIFIED",
        Active = 1 => "APPLICATION_STATE_ACTIVE",
        Inactive = 2 => "APPLICATION_STATE_INACTIVE",
        Removed = 3 => "APPLICATION_STATE_REMOVED",
    }
}

crate::proto_enum! {
    pub enum OidcResponseType {
        Unspecified = 0 => "OIDC_RESPONSE_TYPE_UNSPECIFIED",
        Code = 1 => "OIDC_RESPONSE_TYPE_CODE",
        IdToken = 2 => "OIDC_RESPONSE_TYPE_ID_TOKEN",
        IdTokenToken = 3 => "OIDC_RESPONSE_TYPE_ID_TOKEN_TOKEN",
    }
}

crate::proto_enum! {
    pub enum OidcGrantType {
        AuthorizationCode = 0 => "OIDC_GRANT_TYPE_AUTHORIZATION_CODE",
        Implicit = 1 => "OIDC_GRANT_TYPE_IMPLICIT",
        RefreshToken = 2 => "OIDC_GRANT_TYPE_REFRESH_TOKEN",
        DeviceCode = 3 => "OIDC_GRANT_TYPE_DEVICE_CODE",
        TokenExchange = 4 => "OIDC_GRANT_TYPE_TOKEN_EXCHANGE",
    }
}

crate::proto_enum! {
    pub enum OidcAppType {
        Web = 0 => "OIDC_APP_TYPE_WEB",
        UserAgent = 1 => "OIDC_APP_TYPE_USER_AGENT",
        Native = 2 => "OIDC_APP_TYPE_NATIVE",
    }
}

crate::proto_enum! {
    pub enum OidcAuthMethodType {
        Basic = 0 => "OIDC_AUTH_METHOD_TYPE_BASIC",
        Post = 1 => "OIDC_AUTH_METHOD_TYPE_POST",
        None = 2 => "OIDC_AUTH_METHOD_TYPE_NONE",
        PrivateKeyJwt = 3 => "OIDC_AUTH_METHOD_TYPE_PRIVATE_KEY_JWT",
    }
}

crate::proto_enum! {
    pub enum OidcVersion {
        V1_0 = 0 => "OIDC_VERSION_1_0",
    }
}

crate::proto_enum! {
    pub enum OidcTokenType {
        Bearer = 0 => "OIDC_TOKEN_TYPE_BEARER",
        Jwt = 1 => "OIDC_TOKEN_TYPE_JWT",
    }
}

crate::proto_enum! {
    pub enum ApplicationType {
        Unspecified = 0 => "APPLICATION_TYPE_UNSPECIFIED",
        Oidc = 1 => "APPLICATION_TYPE_OIDC",
        Api = 2 => "APPLICATION_TYPE_API",
        Saml = 3 => "APPLICATION_TYPE_SAML",
    }
}

/// The OIDC settings as stored and as CreateApplication takes them (`CreateOIDCApplicationRequest`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OidcSettings {
    #[serde(default)]
    pub redirect_uris: Vec<String>,
    #[serde(default)]
    pub response_types: Vec<OidcResponseType>,
    #[serde(default)]
    pub grant_types: Vec<OidcGrantType>,
    #[serde(default)]
    pub application_type: OidcAppType,
    #[serde(default)]
    pub auth_method_type: OidcAuthMethodType,
    #[serde(default)]
    pub post_logout_redirect_uris: Vec<String>,
    #[serde(default)]
    pub version: OidcVersion,
    #[serde(default)]
    pub development_mode: bool,
    #[serde(default)]
    pub access_token_type: OidcTokenType,
    #[serde(default)]
    pub access_token_role_assertion: bool,
    #[serde(default)]
    pub id_token_role_assertion: bool,
    #[serde(default)]
    pub id_token_userinfo_assertion: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clock_skew: Option<Duration>,
    #[serde(default)]
    pub additional_origins: Vec<String>,
    #[serde(default)]
    pub skip_native_app_success_page: bool,
    #[serde(default)]
    pub back_channel_logout_uri: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateApplicationRequest {
    #[serde(default)]
    pub project_id: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub application_id: String,
    #[serde(default)]
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_configuration: Option<OidcSettings>,
    /// SAML and API applications are not supported; present only to answer them with a clear error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_configuration: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_configuration: Option<serde_json::Value>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateApplicationResponse {
    pub application_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creation_date: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_configuration: Option<CreatedOidc>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreatedOidc {
    pub client_id: String,
    /// Only for apps that authenticate with a secret; shown once, stored hashed.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub client_secret: String,
    #[serde(default, skip_serializing_if = "is_default")]
    pub non_compliant: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub compliance_problems: Vec<LocalizedMessage>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LocalizedMessage {
    pub key: String,
    pub localized_message: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetApplicationRequest {
    #[serde(default)]
    pub application_id: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetApplicationResponse {
    pub application: Application,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Application {
    pub application_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creation_date: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_date: Option<Timestamp>,
    #[serde(default)]
    pub state: ApplicationState,
    pub name: String,
    /// Not in ZITADEL's message, which answers it through the project; kept for listing by project.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub project_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_configuration: Option<OidcConfiguration>,
}

/// `OIDCConfiguration` as read back: the settings plus the client id (never the secret).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OidcConfiguration {
    #[serde(flatten)]
    pub settings: OidcSettings,
    pub client_id: String,
    #[serde(default)]
    pub non_compliant: bool,
    #[serde(default)]
    pub compliance_problems: Vec<LocalizedMessage>,
    #[serde(default)]
    pub allowed_origins: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListApplicationsRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pagination: Option<PaginationRequest>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub filters: Vec<ApplicationSearchFilter>,
}

/// oneof: exactly one field set.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ApplicationSearchFilter {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_id_filter: Option<ProjectIdFilter>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_filter: Option<ApplicationNameFilter>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state_filter: Option<ApplicationState>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_filter: Option<ApplicationType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id_filter: Option<ClientIdFilter>,
}

/// Exact match on the OAuth client id.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ClientIdFilter {
    #[serde(default)]
    pub client_id: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProjectIdFilter {
    #[serde(default)]
    pub project_id: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ApplicationNameFilter {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub method: TextFilterMethod,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListApplicationsResponse {
    #[serde(default)]
    pub applications: Vec<Application>,
    pub pagination: PaginationResponse,
}

/// Unset fields stay as they are; a list that is present replaces the stored one.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OidcSettingsUpdate {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect_uris: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_types: Option<Vec<OidcResponseType>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grant_types: Option<Vec<OidcGrantType>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application_type: Option<OidcAppType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_method_type: Option<OidcAuthMethodType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post_logout_redirect_uris: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<OidcVersion>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub development_mode: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_token_type: Option<OidcTokenType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_token_role_assertion: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_token_role_assertion: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_token_userinfo_assertion: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clock_skew: Option<Duration>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub additional_origins: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skip_native_app_success_page: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub back_channel_logout_uri: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpdateApplicationRequest {
    #[serde(default)]
    pub application_id: String,
    #[serde(default)]
    pub project_id: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_configuration: Option<OidcSettingsUpdate>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpdateApplicationResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_date: Option<Timestamp>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeleteApplicationRequest {
    #[serde(default)]
    pub application_id: String,
    #[serde(default)]
    pub project_id: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeleteApplicationResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deletion_date: Option<Timestamp>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GenerateClientSecretRequest {
    #[serde(default)]
    pub application_id: String,
    #[serde(default)]
    pub project_id: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GenerateClientSecretResponse {
    pub client_secret: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creation_date: Option<Timestamp>,
}

/// Also ReactivateApplication's request (the same two fields).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeactivateApplicationRequest {
    #[serde(default)]
    pub application_id: String,
    #[serde(default)]
    pub project_id: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeactivateApplicationResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deactivation_date: Option<Timestamp>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReactivateApplicationResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reactivation_date: Option<Timestamp>,
}
