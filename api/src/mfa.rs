//! UserService second-factor methods (`zitadel.user.v2`): the authenticator app (TOTP), one-time codes by SMS and
//! email, recovery codes, the list of a user's authentication methods and the "skip MFA setup" mark.

use serde::{Deserialize, Serialize};

use crate::object::{Details, ListDetails};
use crate::user::{DetailsResponse, UserIdRequest};

crate::rpc! {
    RegisterTOTP in USER_SERVICE: Post "/v2/users/{user_id}/totp", UserIdRequest => RegisterTotpResponse;
    VerifyTOTPRegistration in USER_SERVICE: Post "/v2/users/{user_id}/totp/verify", VerifyTotpRegistrationRequest => DetailsResponse;
    RemoveTOTP in USER_SERVICE: Delete "/v2/users/{user_id}/totp", UserIdRequest => DetailsResponse;
    AddOTPSMS in USER_SERVICE: Post "/v2/users/{user_id}/otp_sms", UserIdRequest => DetailsResponse;
    RemoveOTPSMS in USER_SERVICE: Delete "/v2/users/{user_id}/otp_sms", UserIdRequest => DetailsResponse;
    AddOTPEmail in USER_SERVICE: Post "/v2/users/{user_id}/otp_email", UserIdRequest => DetailsResponse;
    RemoveOTPEmail in USER_SERVICE: Delete "/v2/users/{user_id}/otp_email", UserIdRequest => DetailsResponse;
    ListAuthenticationMethodTypes in USER_SERVICE: Get "/v2/users/{user_id}/authentication_methods", ListAuthenticationMethodTypesRequest => ListAuthenticationMethodTypesResponse;
    GenerateRecoveryCodes in USER_SERVICE: Post "/v2/users/{user_id}/recovery_codes", GenerateRecoveryCodesRequest => GenerateRecoveryCodesResponse;
    RemoveRecoveryCodes in USER_SERVICE: Delete "/v2/users/{user_id}/recovery_codes", UserIdRequest => DetailsResponse;
    HumanMFAInitSkipped in USER_SERVICE: Post "/v2/users/{user_id}/mfa_init_skipped", UserIdRequest => DetailsResponse;
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RegisterTotpResponse {
    pub details: Details,
    /// `otpauth://totp/<issuer>:<login>?algorithm=SHA1&digits=6&issuer=..&period=30&secret=..`
    pub uri: String,
    /// The secret in base32, for typing into an app by hand.
    pub secret: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VerifyTotpRegistrationRequest {
    #[serde(default)]
    pub user_id: String,
    #[serde(default)]
    pub code: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListAuthenticationMethodTypesRequest {
    #[serde(default)]
    pub user_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain_query: Option<DomainQuery>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DomainQuery {
    #[serde(default)]
    pub include_without_domain: bool,
    #[serde(default)]
    pub domain: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListAuthenticationMethodTypesResponse {
    pub details: ListDetails,
    #[serde(default)]
    pub auth_method_types: Vec<AuthenticationMethodType>,
}

crate::proto_enum! {
    pub enum AuthenticationMethodType {
        Unspecified = 0 => "AUTHENTICATION_METHOD_TYPE_UNSPECIFIED",
        Password = 1 => "AUTHENTICATION_METHOD_TYPE_PASSWORD",
        Passkey = 2 => "AUTHENTICATION_METHOD_TYPE_PASSKEY",
        Idp = 3 => "AUTHENTICATION_METHOD_TYPE_IDP",
        Totp = 4 => "AUTHENTICATION_METHOD_TYPE_TOTP",
        U2f = 5 => "AUTHENTICATION_METHOD_TYPE_U2F",
        OtpSms = 6 => "AUTHENTICATION_METHOD_TYPE_OTP_SMS",
        OtpEmail = 7 => "AUTHENTICATION_METHOD_TYPE_OTP_EMAIL",
        RecoveryCode = 8 => "AUTHENTICATION_METHOD_TYPE_RECOVERY_CODE",
    }
}

impl AuthenticationMethodType {
    /// A second factor (checked after a first one), as opposed to password, passkey and external login.
    pub fn is_second_factor(self) -> bool {
        matches!(self, Self::Totp | Self::U2f | Self::OtpSms | Self::OtpEmail | Self::RecoveryCode)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GenerateRecoveryCodesRequest {
    #[serde(default)]
    pub user_id: String,
    /// How many codes (1..=50); ZITADEL's login asks for 10.
    #[serde(default)]
    pub count: i32,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GenerateRecoveryCodesResponse {
    pub details: Details,
    #[serde(default)]
    pub recovery_codes: Vec<String>,
}

/// The `{code}` of the session checks `totp`, `otpSms`, `otpEmail` and `recoveryCode`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CheckCode {
    #[serde(default)]
    pub code: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Rpc;
    use serde_json::json;

    #[test]
    fn method_names_and_wire_forms_match_zitadel() {
        assert_eq!(RegisterTOTP::connect_path(), "/zitadel.user.v2.UserService/RegisterTOTP");
        assert_eq!(AddOTPSMS::connect_path(), "/zitadel.user.v2.UserService/AddOTPSMS");
        let r = ListAuthenticationMethodTypesResponse {
            details: ListDetails { total_result: 2, ..Default::default() },
            auth_method_types: vec![AuthenticationMethodType::Password, AuthenticationMethodType::Totp],
        };
        assert_eq!(
            serde_json::to_value(r).unwrap(),
            json!({"details": {"totalResult": "2"},
                   "authMethodTypes": ["AUTHENTICATION_METHOD_TYPE_PASSWORD", "AUTHENTICATION_METHOD_TYPE_TOTP"]})
        );
    }
}
