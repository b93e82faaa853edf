//! OIDCService (`zitadel.oidc.v2`): what the login UI does with an app's authorization request.

use serde::{Deserialize, Serialize};

use crate::json::{Duration, Timestamp};
use crate::object::{Details, Empty};

crate::rpc! {
    GetAuthRequest in OIDC_SERVICE: Get "/v2/oidc/auth_requests/{auth_request_id}", GetAuthRequestRequest => GetAuthRequestResponse;
    CreateCallback in OIDC_SERVICE: Post "/v2/oidc/auth_requests/{auth_request_id}", CreateCallbackRequest => CreateCallbackResponse;
    GetDeviceAuthorizationRequest in OIDC_SERVICE: Get "/v2/oidc/device_authorization/{user_code}", GetDeviceAuthorizationRequestRequest => GetDeviceAuthorizationRequestResponse;
    /// ZITADEL's path is `/v2/oidc/device_authorization/{device_authorization_id}`; the router cannot hold two
    /// parameter names at one position, so the segment is declared as `{user_code}` and read as the id (alias).
    AuthorizeOrDenyDeviceAuthorization in OIDC_SERVICE: Post "/v2/oidc/device_authorization/{user_code}", AuthorizeOrDenyDeviceAuthorizationRequest => Empty;
}

crate::proto_enum! {
    pub enum Prompt {
        Unspecified = 0 => "PROMPT_UNSPECIFIED",
        None = 1 => "PROMPT_NONE",
        Login = 2 => "PROMPT_LOGIN",
        Consent = 3 => "PROMPT_CONSENT",
        SelectAccount = 4 => "PROMPT_SELECT_ACCOUNT",
        Create = 5 => "PROMPT_CREATE",
    }
}

crate::proto_enum! {
    pub enum ErrorReason {
        Unspecified = 0 => "ERROR_REASON_UNSPECIFIED",
        InvalidRequest = 1 => "ERROR_REASON_INVALID_REQUEST",
        UnauthorizedClient = 2 => "ERROR_REASON_UNAUTHORIZED_CLIENT",
        AccessDenied = 3 => "ERROR_REASON_ACCESS_DENIED",
        UnsupportedResponseType = 4 => "ERROR_REASON_UNSUPPORTED_RESPONSE_TYPE",
        InvalidScope = 5 => "ERROR_REASON_INVALID_SCOPE",
        ServerError = 6 => "ERROR_REASON_SERVER_ERROR",
        TemporaryUnavailable = 7 => "ERROR_REASON_TEMPORARY_UNAVAILABLE",
        InteractionRequired = 8 => "ERROR_REASON_INTERACTION_REQUIRED",
        LoginRequired = 9 => "ERROR_REASON_LOGIN_REQUIRED",
        AccountSelectionRequired = 10 => "ERROR_REASON_ACCOUNT_SELECTION_REQUIRED",
        ConsentRequired = 11 => "ERROR_REASON_CONSENT_REQUIRED",
        InvalidRequestUri = 12 => "ERROR_REASON_INVALID_REQUEST_URI",
        InvalidRequestObject = 13 => "ERROR_REASON_INVALID_REQUEST_OBJECT",
        RequestNotSupported = 14 => "ERROR_REASON_REQUEST_NOT_SUPPORTED",
        RequestUriNotSupported = 15 => "ERROR_REASON_REQUEST_URI_NOT_SUPPORTED",
        RegistrationNotSupported = 16 => "ERROR_REASON_REGISTRATION_NOT_SUPPORTED",
    }
}

impl ErrorReason {
    /// The OAuth `error` value sent to the app.
    pub fn oauth_code(self) -> &'static str {
        match self {
            Self::Unspecified | Self::ServerError => "server_error",
            Self::InvalidRequest => "invalid_request",
            Self::UnauthorizedClient => "unauthorized_client",
            Self::AccessDenied => "access_denied",
            Self::UnsupportedResponseType => "unsupported_response_type",
            Self::InvalidScope => "invalid_scope",
            Self::TemporaryUnavailable => "temporarily_unavailable",
            Self::InteractionRequired => "interaction_required",
            Self::LoginRequired => "login_required",
            Self::AccountSelectionRequired => "account_selection_required",
            Self::ConsentRequired => "consent_required",
            Self::InvalidRequestUri => "invalid_request_uri",
            Self::InvalidRequestObject => "invalid_request_object",
            Self::RequestNotSupported => "request_not_supported",
            Self::RequestUriNotSupported => "request_uri_not_supported",
            Self::RegistrationNotSupported => "registration_not_supported",
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetAuthRequestRequest {
    #[serde(default)]
    pub auth_request_id: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetAuthRequestResponse {
    pub auth_request: AuthRequest,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AuthRequest {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creation_date: Option<Timestamp>,
    pub client_id: String,
    #[serde(default)]
    pub scope: Vec<String>,
    pub redirect_uri: String,
    #[serde(default)]
    pub prompt: Vec<Prompt>,
    #[serde(default)]
    pub ui_locales: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub login_hint: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_age: Option<Duration>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint_user_id: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateCallbackRequest {
    #[serde(default)]
    pub auth_request_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<SessionRef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<AuthorizationError>,
}

/// A session proving the login: the login client sends its token; the SPA (browser) only the id of a session the
/// browser owns.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SessionRef {
    #[serde(default)]
    pub session_id: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub session_token: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AuthorizationError {
    #[serde(default)]
    pub error: ErrorReason,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_uri: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateCallbackResponse {
    pub details: Details,
    pub callback_url: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetDeviceAuthorizationRequestRequest {
    #[serde(default)]
    pub user_code: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetDeviceAuthorizationRequestResponse {
    pub device_authorization_request: DeviceAuthorizationRequest,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeviceAuthorizationRequest {
    pub id: String,
    pub client_id: String,
    #[serde(default)]
    pub scope: Vec<String>,
    #[serde(default)]
    pub app_name: String,
    #[serde(default)]
    pub project_name: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AuthorizeOrDenyDeviceAuthorizationRequest {
    #[serde(default, alias = "userCode")]
    pub device_authorization_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<SessionRef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deny: Option<Empty>,
}
