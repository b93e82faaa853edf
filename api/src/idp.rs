//! External identity providers: their configuration (v1 Admin API for the instance, Management API for an org,
//! as ZITADEL's console, SDKs and Terraform provider write them), the login policy's list of providers shown at
//! login, the v2 reads (IdentityProviderService GetIDPByID, SettingsService GetActiveIdentityProviders), the
//! UserService intents and links, and the session's `idpIntent` check.
//!
//! The browser flow, as in ZITADEL: `StartIdentityProviderIntent{idpId, urls}` answers `authUrl`; the browser goes
//! there, the provider sends it back to `/idps/callback`, and the server redirects it to
//! `successUrl?id=<idpIntentId>&token=<idpIntentToken>[&user=<userId if linked>]` or
//! `failureUrl?id=<idpIntentId>&error=<code>[&error_description=..]`. The page then calls
//! `RetrieveIdentityProviderIntent` and/or `CreateSession{checks: {user, idpIntent}}`.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::json::{is_default, Bytes};
use crate::object::{Details, ListDetails, ListQuery, RequestContext, TextQueryMethod};
use crate::settings::ObjectDetails;

// ---- the method table ----------------------------------------------------------------------------------------

pub mod admin {
    //! `zitadel.admin.v1.AdminService`: providers owned by the instance (available to every org).
    use super::*;
    crate::rpc! {
        AddGenericOIDCProvider in ADMIN_SERVICE: Post "/admin/v1/idps/generic_oidc", ProviderRequest => AddProviderResponse;
        UpdateGenericOIDCProvider in ADMIN_SERVICE: Put "/admin/v1/idps/generic_oidc/{id}", ProviderRequest => UpdateProviderResponse;
        AddGenericOAuthProvider in ADMIN_SERVICE: Post "/admin/v1/idps/oauth", ProviderRequest => AddProviderResponse;
        UpdateGenericOAuthProvider in ADMIN_SERVICE: Put "/admin/v1/idps/oauth/{id}", ProviderRequest => UpdateProviderResponse;
        AddJWTProvider in ADMIN_SERVICE: Post "/admin/v1/idps/jwt", ProviderRequest => AddProviderResponse;
        UpdateJWTProvider in ADMIN_SERVICE: Put "/admin/v1/idps/jwt/{id}", ProviderRequest => UpdateProviderResponse;
        AddGoogleProvider in ADMIN_SERVICE: Post "/admin/v1/idps/google", ProviderRequest => AddProviderResponse;
        UpdateGoogleProvider in ADMIN_SERVICE: Put "/admin/v1/idps/google/{id}", ProviderRequest => UpdateProviderResponse;
        AddGitHubProvider in ADMIN_SERVICE: Post "/admin/v1/idps/github", ProviderRequest => AddProviderResponse;
        UpdateGitHubProvider in ADMIN_SERVICE: Put "/admin/v1/idps/github/{id}", ProviderRequest => UpdateProviderResponse;
        AddGitHubEnterpriseServerProvider in ADMIN_SERVICE: Post "/admin/v1/idps/github_es", ProviderRequest => AddProviderResponse;
        UpdateGitHubEnterpriseServerProvider in ADMIN_SERVICE: Put "/admin/v1/idps/github_es/{id}", ProviderRequest => UpdateProviderResponse;
        AddGitLabProvider in ADMIN_SERVICE: Post "/admin/v1/idps/gitlab", ProviderRequest => AddProviderResponse;
        UpdateGitLabProvider in ADMIN_SERVICE: Put "/admin/v1/idps/gitlab/{id}", ProviderRequest => UpdateProviderResponse;
        AddGitLabSelfHostedProvider in ADMIN_SERVICE: Post "/admin/v1/idps/gitlab_self_hosted", ProviderRequest => AddProviderResponse;
        UpdateGitLabSelfHostedProvider in ADMIN_SERVICE: Put "/admin/v1/idps/gitlab_self_hosted/{id}", ProviderRequest => UpdateProviderResponse;
        AddAzureADProvider in ADMIN_SERVICE: Post "/admin/v1/idps/azure", ProviderRequest => AddProviderResponse;
        UpdateAzureADProvider in ADMIN_SERVICE: Put "/admin/v1/idps/azure/{id}", ProviderRequest => UpdateProviderResponse;
        AddAppleProvider in ADMIN_SERVICE: Post "/admin/v1/idps/apple", ProviderRequest => AddProviderResponse;
        UpdateAppleProvider in ADMIN_SERVICE: Put "/admin/v1/idps/apple/{id}", ProviderRequest => UpdateProviderResponse;
        GetProviderByID in ADMIN_SERVICE: Get "/admin/v1/idps/templates/{id}", IdRequest => GetProviderByIdResponse;
        ListProviders in ADMIN_SERVICE: Post "/admin/v1/idps/templates/_search", ListProvidersRequest => ListProvidersResponse;
        DeleteProvider in ADMIN_SERVICE: Delete "/admin/v1/idps/templates/{id}", IdRequest => DeleteProviderResponse;
        /// The v1 name of DeleteProvider, still used by older clients.
        RemoveIDP in ADMIN_SERVICE: Delete "/admin/v1/idps/{idp_id}", IdpIdRequest => DeleteProviderResponse;
        /// The v1 read of OIDC and JWT providers in the older `IDP` shape (ZITADEL's path is `/idps/{id}`; the
        /// path parameter is named as RemoveIDP's, which shares the path; the body may say `id` or `idpId`).
        GetIDPByID in ADMIN_SERVICE: Get "/admin/v1/idps/{idp_id}", LegacyIdpRequest => GetLegacyIdpResponse;
        AddIDPToLoginPolicy in ADMIN_SERVICE: Post "/admin/v1/policies/login/idps", IdpIdRequest => DeleteProviderResponse;
        RemoveIDPFromLoginPolicy in ADMIN_SERVICE: Delete "/admin/v1/policies/login/idps/{idp_id}", IdpIdRequest => DeleteProviderResponse;
        ListLoginPolicyIDPs in ADMIN_SERVICE: Post "/admin/v1/policies/login/idps/_search", ListLoginPolicyIdpsRequest => ListLoginPolicyIdpsResponse;
    }
}

pub mod management {
    //! `zitadel.management.v1.ManagementService`: providers owned by one org (`x-zitadel-orgid`, else the caller's
    //! own org), and that org's login policy list (the org must have its own login policy, as in ZITADEL).
    use super::*;
    crate::rpc! {
        AddGenericOIDCProvider in MANAGEMENT_SERVICE: Post "/management/v1/idps/generic_oidc", ProviderRequest => AddProviderResponse;
        UpdateGenericOIDCProvider in MANAGEMENT_SERVICE: Put "/management/v1/idps/generic_oidc/{id}", ProviderRequest => UpdateProviderResponse;
        AddGenericOAuthProvider in MANAGEMENT_SERVICE: Post "/management/v1/idps/oauth", ProviderRequest => AddProviderResponse;
        UpdateGenericOAuthProvider in MANAGEMENT_SERVICE: Put "/management/v1/idps/oauth/{id}", ProviderRequest => UpdateProviderResponse;
        AddJWTProvider in MANAGEMENT_SERVICE: Post "/management/v1/idps/jwt", ProviderRequest => AddProviderResponse;
        UpdateJWTProvider in MANAGEMENT_SERVICE: Put "/management/v1/idps/jwt/{id}", ProviderRequest => UpdateProviderResponse;
        AddGoogleProvider in MANAGEMENT_SERVICE: Post "/management/v1/idps/google", ProviderRequest => AddProviderResponse;
        UpdateGoogleProvider in MANAGEMENT_SERVICE: Put "/management/v1/idps/google/{id}", ProviderRequest => UpdateProviderResponse;
        AddGitHubProvider in MANAGEMENT_SERVICE: Post "/management/v1/idps/github", ProviderRequest => AddProviderResponse;
        UpdateGitHubProvider in MANAGEMENT_SERVICE: Put "/management/v1/idps/github/{id}", ProviderRequest => UpdateProviderResponse;
        AddGitHubEnterpriseServerProvider in MANAGEMENT_SERVICE: Post "/management/v1/idps/github_es", ProviderRequest => AddProviderResponse;
        UpdateGitHubEnterpriseServerProvider in MANAGEMENT_SERVICE: Put "/management/v1/idps/github_es/{id}", ProviderRequest => UpdateProviderResponse;
        AddGitLabProvider in MANAGEMENT_SERVICE: Post "/management/v1/idps/gitlab", ProviderRequest => AddProviderResponse;
        UpdateGitLabProvider in MANAGEMENT_SERVICE: Put "/management/v1/idps/gitlab/{id}", ProviderRequest => UpdateProviderResponse;
        AddGitLabSelfHostedProvider in MANAGEMENT_SERVICE: Post "/management/v1/idps/gitlab_self_hosted", ProviderRequest => AddProviderResponse;
        UpdateGitLabSelfHostedProvider in MANAGEMENT_SERVICE: Put "/management/v1/idps/gitlab_self_hosted/{id}", ProviderRequest => UpdateProviderResponse;
        AddAzureADProvider in MANAGEMENT_SERVICE: Post "/management/v1/idps/azure", ProviderRequest => AddProviderResponse;
        UpdateAzureADProvider in MANAGEMENT_SERVICE: Put "/management/v1/idps/azure/{id}", ProviderRequest => UpdateProviderResponse;
        AddAppleProvider in MANAGEMENT_SERVICE: Post "/management/v1/idps/apple", ProviderRequest => AddProviderResponse;
        UpdateAppleProvider in MANAGEMENT_SERVICE: Put "/management/v1/idps/apple/{id}", ProviderRequest => UpdateProviderResponse;
        GetProviderByID in MANAGEMENT_SERVICE: Get "/management/v1/idps/templates/{id}", IdRequest => GetProviderByIdResponse;
        ListProviders in MANAGEMENT_SERVICE: Post "/management/v1/idps/templates/_search", ListProvidersRequest => ListProvidersResponse;
        DeleteProvider in MANAGEMENT_SERVICE: Delete "/management/v1/idps/templates/{id}", IdRequest => DeleteProviderResponse;
        RemoveOrgIDP in MANAGEMENT_SERVICE: Delete "/management/v1/idps/{idp_id}", IdpIdRequest => DeleteProviderResponse;
        GetOrgIDPByID in MANAGEMENT_SERVICE: Get "/management/v1/idps/{idp_id}", LegacyIdpRequest => GetLegacyIdpResponse;
        AddIDPToLoginPolicy in MANAGEMENT_SERVICE: Post "/management/v1/policies/login/idps", IdpIdRequest => DeleteProviderResponse;
        RemoveIDPFromLoginPolicy in MANAGEMENT_SERVICE: Delete "/management/v1/policies/login/idps/{idp_id}", IdpIdRequest => DeleteProviderResponse;
        ListLoginPolicyIDPs in MANAGEMENT_SERVICE: Post "/management/v1/policies/login/idps/_search", ListLoginPolicyIdpsRequest => ListLoginPolicyIdpsResponse;
    }
}

crate::rpc! {
    /// `zitadel.idp.v2.IdentityProviderService`: one provider by id (the login reads its options after an intent).
    GetIDPByID in IDP_SERVICE: Get "/v2/idps/{id}", IdRequest => GetIdpByIdResponse;
    /// The providers the login offers for an org (`ctx`), optionally filtered by their options.
    GetActiveIdentityProviders in SETTINGS_SERVICE: Get "/v2/settings/login/idps", GetActiveIdentityProvidersRequest => GetActiveIdentityProvidersResponse;
    StartIdentityProviderIntent in USER_SERVICE: Post "/v2/idp_intents", StartIdentityProviderIntentRequest => StartIdentityProviderIntentResponse;
    RetrieveIdentityProviderIntent in USER_SERVICE: Post "/v2/idp_intents/{idp_intent_id}", RetrieveIdentityProviderIntentRequest => RetrieveIdentityProviderIntentResponse;
    AddIDPLink in USER_SERVICE: Post "/v2/users/{user_id}/links", AddIdpLinkRequest => IdpDetailsResponse;
    ListIDPLinks in USER_SERVICE: Post "/v2/users/{user_id}/links/_search", ListIdpLinksRequest => ListIdpLinksResponse;
    RemoveIDPLink in USER_SERVICE: Delete "/v2/users/{user_id}/links/{idp_id}/{linked_user_id}", RemoveIdpLinkRequest => IdpDetailsResponse;
    /// Gatehouse extension (no ZITADEL equivalent; ZITADEL's login does this in its server code with
    /// ListOrganizations by domain + GetActiveIdentityProviders): which provider a login name's email domain leads
    /// to. Answers `idp` only when the domain (the part after the last `@`) is a verified domain of an org whose
    /// login policy has `allowDomainDiscovery` and exactly one provider; then the login page starts an intent
    /// for it instead of asking for a password. `organizationId` is set whenever the domain belongs to an org
    /// (also without a provider), so the page can continue in that org's context. Callable by the browser (the
    /// login UI) and by login clients; it reveals nothing a login name step would not.
    DiscoverLoginDomain in ACCOUNT_SERVICE: Post "/gatehouse/v1/login/discover", DiscoverLoginDomainRequest => DiscoverLoginDomainResponse;
}

// ---- enums -------------------------------------------------------------------------------------------------------

crate::proto_enum! {
    /// `zitadel.idp.v1.ProviderType` (v1 Provider.type).
    pub enum ProviderType {
        Unspecified = 0 => "PROVIDER_TYPE_UNSPECIFIED",
        Oidc = 1 => "PROVIDER_TYPE_OIDC",
        Jwt = 2 => "PROVIDER_TYPE_JWT",
        Ldap = 3 => "PROVIDER_TYPE_LDAP",
        Oauth = 4 => "PROVIDER_TYPE_OAUTH",
        AzureAd = 5 => "PROVIDER_TYPE_AZURE_AD",
        Github = 6 => "PROVIDER_TYPE_GITHUB",
        GithubEs = 7 => "PROVIDER_TYPE_GITHUB_ES",
        Gitlab = 8 => "PROVIDER_TYPE_GITLAB",
        GitlabSelfHosted = 9 => "PROVIDER_TYPE_GITLAB_SELF_HOSTED",
        Google = 10 => "PROVIDER_TYPE_GOOGLE",
        Apple = 11 => "PROVIDER_TYPE_APPLE",
        Saml = 12 => "PROVIDER_TYPE_SAML",
    }
}

crate::proto_enum! {
    /// `zitadel.idp.v2.IDPType` (GetIDPByID).
    pub enum IdpType {
        Unspecified = 0 => "IDP_TYPE_UNSPECIFIED",
        Oidc = 1 => "IDP_TYPE_OIDC",
        Jwt = 2 => "IDP_TYPE_JWT",
        Ldap = 3 => "IDP_TYPE_LDAP",
        Oauth = 4 => "IDP_TYPE_OAUTH",
        AzureAd = 5 => "IDP_TYPE_AZURE_AD",
        Github = 6 => "IDP_TYPE_GITHUB",
        GithubEs = 7 => "IDP_TYPE_GITHUB_ES",
        Gitlab = 8 => "IDP_TYPE_GITLAB",
        GitlabSelfHosted = 9 => "IDP_TYPE_GITLAB_SELF_HOSTED",
        Google = 10 => "IDP_TYPE_GOOGLE",
        Apple = 11 => "IDP_TYPE_APPLE",
        Saml = 12 => "IDP_TYPE_SAML",
    }
}

crate::proto_enum! {
    /// `zitadel.settings.v2.IdentityProviderType` (GetActiveIdentityProviders).
    pub enum IdentityProviderType {
        Unspecified = 0 => "IDENTITY_PROVIDER_TYPE_UNSPECIFIED",
        Oidc = 1 => "IDENTITY_PROVIDER_TYPE_OIDC",
        Jwt = 2 => "IDENTITY_PROVIDER_TYPE_JWT",
        Ldap = 3 => "IDENTITY_PROVIDER_TYPE_LDAP",
        Oauth = 4 => "IDENTITY_PROVIDER_TYPE_OAUTH",
        AzureAd = 5 => "IDENTITY_PROVIDER_TYPE_AZURE_AD",
        Github = 6 => "IDENTITY_PROVIDER_TYPE_GITHUB",
        GithubEs = 7 => "IDENTITY_PROVIDER_TYPE_GITHUB_ES",
        Gitlab = 8 => "IDENTITY_PROVIDER_TYPE_GITLAB",
        GitlabSelfHosted = 9 => "IDENTITY_PROVIDER_TYPE_GITLAB_SELF_HOSTED",
        Google = 10 => "IDENTITY_PROVIDER_TYPE_GOOGLE",
        Saml = 11 => "IDENTITY_PROVIDER_TYPE_SAML",
        Apple = 12 => "IDENTITY_PROVIDER_TYPE_APPLE",
    }
}

crate::proto_enum! {
    /// `zitadel.idp.v1.IDPType` as the login policy list shows it (only OIDC and JWT have names there).
    pub enum LoginPolicyIdpType {
        Unspecified = 0 => "IDP_TYPE_UNSPECIFIED",
        Oidc = 1 => "IDP_TYPE_OIDC",
        Jwt = 3 => "IDP_TYPE_JWT",
    }
}

crate::proto_enum! {
    pub enum IdpState {
        Unspecified = 0 => "IDP_STATE_UNSPECIFIED",
        Active = 1 => "IDP_STATE_ACTIVE",
        Inactive = 2 => "IDP_STATE_INACTIVE",
        Removed = 3 => "IDP_STATE_REMOVED",
        Migrated = 4 => "IDP_STATE_MIGRATED",
    }
}

crate::proto_enum! {
    pub enum IdpOwnerType {
        Unspecified = 0 => "IDP_OWNER_TYPE_UNSPECIFIED",
        System = 1 => "IDP_OWNER_TYPE_SYSTEM",
        Org = 2 => "IDP_OWNER_TYPE_ORG",
    }
}

crate::proto_enum! {
    /// Link an external identity to an existing user with the same username or email (after the user proves
    /// they own it: the login asks them to sign in first).
    pub enum AutoLinkingOption {
        Unspecified = 0 => "AUTO_LINKING_OPTION_UNSPECIFIED",
        Username = 1 => "AUTO_LINKING_OPTION_USERNAME",
        Email = 2 => "AUTO_LINKING_OPTION_EMAIL",
    }
}

crate::proto_enum! {
    pub enum AzureAdTenantType {
        Common = 0 => "AZURE_AD_TENANT_TYPE_COMMON",
        Organisations = 1 => "AZURE_AD_TENANT_TYPE_ORGANISATIONS",
        Consumers = 2 => "AZURE_AD_TENANT_TYPE_CONSUMERS",
    }
}

crate::proto_enum! {
    pub enum ProviderFieldName {
        Unspecified = 0 => "IDP_FIELD_NAME_UNSPECIFIED",
        Name = 1 => "IDP_FIELD_NAME_NAME",
    }
}

// ---- configuration -------------------------------------------------------------------------------------------

/// `providerOptions` (v1) / `options` (v2): what the login may do with an external identity.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Options {
    #[serde(default, skip_serializing_if = "is_default")]
    pub is_linking_allowed: bool,
    #[serde(default, skip_serializing_if = "is_default")]
    pub is_creation_allowed: bool,
    #[serde(default, skip_serializing_if = "is_default")]
    pub is_auto_creation: bool,
    #[serde(default, skip_serializing_if = "is_default")]
    pub is_auto_update: bool,
    #[serde(default, skip_serializing_if = "is_default")]
    pub auto_linking: AutoLinkingOption,
}

/// `zitadel.idp.v1.AzureADTenant`: oneof `tenantType` | `tenantId`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AzureAdTenant {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tenant_type: Option<AzureAdTenantType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tenant_id: Option<String>,
}

/// The body of every Add…Provider / Update…Provider request (ZITADEL has one message per type; their JSON fields
/// are subsets of this one). Which fields a type requires is checked by the server, per type:
/// - `generic_oidc`: name, issuer, clientId, clientSecret (add), scopes, isIdTokenMapping, usePkce
/// - `oauth`: name, clientId, clientSecret (add), authorizationEndpoint, tokenEndpoint, userEndpoint, idAttribute,
///   scopes, usePkce
/// - `jwt`: name, issuer, jwtEndpoint, keysEndpoint, headerName
/// - `google`, `github`, `gitlab`: name, clientId, clientSecret (add), scopes
/// - `github_es`: as `oauth` without idAttribute; `gitlab_self_hosted`: name, issuer, clientId, clientSecret, scopes
/// - `azure`: name, clientId, clientSecret (add), tenant, emailVerified, scopes
/// - `apple`: name, clientId, teamId, keyId, privateKey (add), scopes
///
/// `providerOptions` applies to all. On update an empty `clientSecret` / `privateKey` keeps the stored one.
/// `id` comes from the REST path on update.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProviderRequest {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub issuer: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub client_id: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub client_secret: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub authorization_endpoint: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub token_endpoint: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub user_endpoint: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id_attribute: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub jwt_endpoint: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub keys_endpoint: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub header_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tenant: Option<AzureAdTenant>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub email_verified: bool,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub team_id: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub key_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_key: Option<Bytes>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scopes: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_options: Option<Options>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub is_id_token_mapping: bool,
    #[serde(default, skip_serializing_if = "is_default")]
    pub use_pkce: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AddProviderResponse {
    pub details: ObjectDetails,
    pub id: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateProviderResponse {
    pub details: ObjectDetails,
}

pub type DeleteProviderResponse = UpdateProviderResponse;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct IdRequest {
    #[serde(default)]
    pub id: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct IdpIdRequest {
    #[serde(default)]
    pub idp_id: String,
}

/// One provider type's configuration as read back (never with a secret). Each of ZITADEL's config messages
/// (`GenericOIDCConfig`, `OAuthConfig`, `GoogleConfig`, ...) is a subset of these fields; unset ones are omitted,
/// as protojson omits defaults, so the JSON is the same.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TypeConfig {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub issuer: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub client_id: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub authorization_endpoint: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub token_endpoint: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub user_endpoint: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id_attribute: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub jwt_endpoint: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub keys_endpoint: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub header_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tenant: Option<AzureAdTenant>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub email_verified: bool,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub team_id: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub key_id: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scopes: Vec<String>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub is_id_token_mapping: bool,
    #[serde(default, skip_serializing_if = "is_default")]
    pub use_pkce: bool,
}

/// `ProviderConfig` (v1) / `IDPConfig` (v2): the options and exactly one of the type configurations.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProviderConfig {
    #[serde(default)]
    pub options: Options,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub google: Option<TypeConfig>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth: Option<TypeConfig>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc: Option<TypeConfig>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwt: Option<TypeConfig>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub github: Option<TypeConfig>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub github_es: Option<TypeConfig>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gitlab: Option<TypeConfig>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gitlab_self_hosted: Option<TypeConfig>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub azure_ad: Option<TypeConfig>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub apple: Option<TypeConfig>,
}

/// `zitadel.idp.v1.Provider`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Provider {
    pub id: String,
    pub details: ObjectDetails,
    pub state: IdpState,
    pub name: String,
    pub owner: IdpOwnerType,
    #[serde(rename = "type")]
    pub provider_type: ProviderType,
    pub config: ProviderConfig,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GetProviderByIdResponse {
    pub idp: Provider,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct IdpIdQuery {
    #[serde(default)]
    pub id: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct IdpNameQuery {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub method: TextQueryMethod,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct IdpOwnerTypeQuery {
    #[serde(default)]
    pub owner_type: IdpOwnerType,
}

/// oneof `idpIdQuery` | `idpNameQuery` | `ownerTypeQuery`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProviderQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idp_id_query: Option<IdpIdQuery>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idp_name_query: Option<IdpNameQuery>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_type_query: Option<IdpOwnerTypeQuery>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ListProvidersRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<ListQuery>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub queries: Vec<ProviderQuery>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ListProvidersResponse {
    pub details: ListDetails,
    #[serde(default)]
    pub result: Vec<Provider>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ListLoginPolicyIdpsRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<ListQuery>,
}

/// `zitadel.idp.v1.IDPLoginPolicyLink`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct IdpLoginPolicyLink {
    pub idp_id: String,
    pub idp_name: String,
    #[serde(default)]
    pub idp_type: LoginPolicyIdpType,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ListLoginPolicyIdpsResponse {
    pub details: ListDetails,
    #[serde(default)]
    pub result: Vec<IdpLoginPolicyLink>,
}

/// `{"id": ..}` (or `idpId`, the REST path's name).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LegacyIdpRequest {
    #[serde(default, alias = "idpId")]
    pub id: String,
}

crate::proto_enum! {
    pub enum IdpStylingType {
        Unspecified = 0 => "STYLING_TYPE_UNSPECIFIED",
        Google = 1 => "STYLING_TYPE_GOOGLE",
    }
}

crate::proto_enum! {
    pub enum OidcMappingField {
        Unspecified = 0 => "OIDC_MAPPING_FIELD_UNSPECIFIED",
        PreferredUsername = 1 => "OIDC_MAPPING_FIELD_PREFERRED_USERNAME",
        Email = 2 => "OIDC_MAPPING_FIELD_EMAIL",
    }
}

/// `zitadel.idp.v1.OIDCConfig` (older IDP shape).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LegacyOidcConfig {
    pub client_id: String,
    pub issuer: String,
    #[serde(default)]
    pub scopes: Vec<String>,
    #[serde(default)]
    pub display_name_mapping: OidcMappingField,
    #[serde(default)]
    pub username_mapping: OidcMappingField,
}

/// `zitadel.idp.v1.JWTConfig`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LegacyJwtConfig {
    pub jwt_endpoint: String,
    pub issuer: String,
    pub keys_endpoint: String,
    pub header_name: String,
}

/// `zitadel.idp.v1.IDP`, the older shape (OIDC and JWT providers only).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LegacyIdp {
    pub id: String,
    pub details: ObjectDetails,
    pub state: IdpState,
    pub name: String,
    pub styling_type: IdpStylingType,
    pub owner: IdpOwnerType,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_config: Option<LegacyOidcConfig>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwt_config: Option<LegacyJwtConfig>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub auto_register: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GetLegacyIdpResponse {
    pub idp: LegacyIdp,
}

// ---- v2 reads ----------------------------------------------------------------------------------------------------

/// `zitadel.idp.v2.IDP`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Idp {
    pub id: String,
    pub details: Details,
    pub state: IdpState,
    pub name: String,
    #[serde(rename = "type")]
    pub idp_type: IdpType,
    pub config: ProviderConfig,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GetIdpByIdResponse {
    pub idp: Idp,
}

/// `ctx` picks the org (unset: the instance / default org); each filter, when set, keeps only providers whose
/// option has that value.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetActiveIdentityProvidersRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ctx: Option<RequestContext>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creation_allowed: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub linking_allowed: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_creation: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_linking: Option<bool>,
}

/// `zitadel.settings.v2.IdentityProvider`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct IdentityProvider {
    pub id: String,
    pub name: String,
    #[serde(rename = "type", default)]
    pub idp_type: IdentityProviderType,
    #[serde(default)]
    pub options: Options,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetActiveIdentityProvidersResponse {
    pub details: ListDetails,
    #[serde(default)]
    pub identity_providers: Vec<IdentityProvider>,
}

// ---- intents -----------------------------------------------------------------------------------------------------

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RedirectUrls {
    #[serde(default)]
    pub success_url: String,
    #[serde(default)]
    pub failure_url: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LdapCredentials {
    #[serde(default)]
    pub username: String,
    #[serde(default)]
    pub password: String,
}

/// oneof `urls` (redirect flow) | `ldap` (not supported by this server: refused).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StartIdentityProviderIntentRequest {
    #[serde(default)]
    pub idp_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub urls: Option<RedirectUrls>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ldap: Option<LdapCredentials>,
}

/// `zitadel.user.v2.IDPIntent`: the result of an intent that finished without a browser redirect.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct IdpIntent {
    pub idp_intent_id: String,
    pub idp_intent_token: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub user_id: String,
}

/// oneof `authUrl` (send the browser there) | `idpIntent` | `postForm`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StartIdentityProviderIntentResponse {
    pub details: Details,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idp_intent: Option<IdpIntent>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post_form: Option<Bytes>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RetrieveIdentityProviderIntentRequest {
    #[serde(default)]
    pub idp_intent_id: String,
    #[serde(default)]
    pub idp_intent_token: String,
}

/// `IDPOAuthAccessInformation`: the provider's tokens (the access token lets the caller read more from it).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct IdpOAuthAccessInformation {
    #[serde(default)]
    pub access_token: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_token: Option<String>,
}

/// `zitadel.user.v2.IDPInformation`. `userId` is the user's id at the provider (`sub`), `rawInformation` the
/// provider's claims (ID token claims, or the userinfo / user endpoint answer).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct IdpInformation {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth: Option<IdpOAuthAccessInformation>,
    pub idp_id: String,
    pub user_id: String,
    #[serde(default)]
    pub user_name: String,
    #[serde(default)]
    pub raw_information: Value,
}

/// `userId` is set when a Gatehouse user is linked to this external identity; otherwise `addHumanUser` is the
/// AddHumanUser request the provider's claims fill in (with the link in `idpLinks`), for auto-creation or a
/// "complete your registration" form.
///
/// The browser may send that request itself (self-registration, `allowRegister`, the provider's
/// `isCreationAllowed`): its `idpLinks` are accepted only with a succeeded intent for that identity started in the
/// same browser, and `email.isVerified` only for the address the provider verified (any other address: refused,
/// `USER-Register-Fields`). Self-service AddIDPLink needs the same proof and the provider's `isLinkingAllowed`
/// (plus a recent first factor). Neither consumes the intent: the `idpIntent` session check does.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RetrieveIdentityProviderIntentResponse {
    pub details: Details,
    pub idp_information: IdpInformation,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub user_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub add_human_user: Option<crate::user::AddHumanUserRequest>,
}

/// The session check `checks.idpIntent` (the session API keeps it as raw JSON; the server reads it as this).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CheckIdpIntent {
    #[serde(default)]
    pub idp_intent_id: String,
    #[serde(default)]
    pub idp_intent_token: String,
}

// ---- links -------------------------------------------------------------------------------------------------------

/// `zitadel.user.v2.IDPLink`: `userId` and `userName` are the identity at the provider.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct IdpLink {
    #[serde(default)]
    pub idp_id: String,
    #[serde(default)]
    pub user_id: String,
    #[serde(default)]
    pub user_name: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AddIdpLinkRequest {
    #[serde(default)]
    pub user_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idp_link: Option<IdpLink>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListIdpLinksRequest {
    #[serde(default)]
    pub user_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<ListQuery>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ListIdpLinksResponse {
    pub details: ListDetails,
    #[serde(default)]
    pub result: Vec<IdpLink>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RemoveIdpLinkRequest {
    #[serde(default)]
    pub user_id: String,
    #[serde(default)]
    pub idp_id: String,
    #[serde(default)]
    pub linked_user_id: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct IdpDetailsResponse {
    pub details: Details,
}

// ---- domain discovery (Gatehouse) --------------------------------------------------------------------------------

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DiscoverLoginDomainRequest {
    #[serde(default)]
    pub login_name: String,
}

/// See [`DiscoverLoginDomain`]. Both empty: no org claims the domain; continue with the normal login.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DiscoverLoginDomainResponse {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub organization_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idp: Option<IdentityProvider>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn provider_json_matches_zitadel() {
        let p = Provider {
            id: "1".into(),
            state: IdpState::Active,
            name: "Upstream".into(),
            owner: IdpOwnerType::System,
            provider_type: ProviderType::Oidc,
            config: ProviderConfig {
                options: Options {
                    is_linking_allowed: true,
                    auto_linking: AutoLinkingOption::Email,
                    ..Default::default()
                },
                oidc: Some(TypeConfig {
                    issuer: "https://idp.example".into(),
                    client_id: "c".into(),
                    scopes: vec!["openid".into()],
                    use_pkce: true,
                    ..Default::default()
                }),
                ..Default::default()
            },
            ..Default::default()
        };
        assert_eq!(
            serde_json::to_value(&p).unwrap(),
            json!({"id": "1", "details": {}, "state": "IDP_STATE_ACTIVE", "name": "Upstream",
                   "owner": "IDP_OWNER_TYPE_SYSTEM", "type": "PROVIDER_TYPE_OIDC",
                   "config": {"options": {"isLinkingAllowed": true, "autoLinking": "AUTO_LINKING_OPTION_EMAIL"},
                              "oidc": {"issuer": "https://idp.example", "clientId": "c", "scopes": ["openid"], "usePkce": true}}})
        );
    }
}
