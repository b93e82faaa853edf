//! SettingsService (`zitadel.settings.v2`, read side) and the v1 policy methods ZITADEL's tools write settings with
//! (Admin API for the instance default, Management API for an org, org chosen by the `x-zitadel-orgid` header).

use serde::{Deserialize, Serialize};

use crate::json::{int64, is_default, Duration, Timestamp};
use crate::object::{Details, RequestContext};

crate::rpc! {
    GetGeneralSettings in SETTINGS_SERVICE: Get "/v2/settings", GetGeneralSettingsRequest => GetGeneralSettingsResponse;
    GetLoginSettings in SETTINGS_SERVICE: Get "/v2/settings/login", SettingsRequest => GetLoginSettingsResponse;
    GetPasswordComplexitySettings in SETTINGS_SERVICE: Get "/v2/settings/password/complexity", SettingsRequest => GetPasswordComplexitySettingsResponse;
    GetLockoutSettings in SETTINGS_SERVICE: Get "/v2/settings/lockout", SettingsRequest => GetLockoutSettingsResponse;
    GetBrandingSettings in SETTINGS_SERVICE: Get "/v2/settings/branding", SettingsRequest => GetBrandingSettingsResponse;
    GetLegalAndSupportSettings in SETTINGS_SERVICE: Get "/v2/settings/legal_support", SettingsRequest => GetLegalAndSupportSettingsResponse;
}

pub mod admin {
    //! `zitadel.admin.v1.AdminService`: the instance defaults.
    use super::*;
    crate::rpc! {
        GetLoginPolicy in ADMIN_SERVICE: Get "/admin/v1/policies/login", Empty => GetPolicyResponse<LoginPolicy>;
        UpdateLoginPolicy in ADMIN_SERVICE: Put "/admin/v1/policies/login", LoginPolicyUpdate => PolicyDetailsResponse;
        GetPasswordComplexityPolicy in ADMIN_SERVICE: Get "/admin/v1/policies/password/complexity", Empty => GetPolicyResponse<PasswordComplexityPolicy>;
        UpdatePasswordComplexityPolicy in ADMIN_SERVICE: Put "/admin/v1/policies/password/complexity", PasswordComplexityPolicyUpdate => PolicyDetailsResponse;
        GetLockoutPolicy in ADMIN_SERVICE: Get "/admin/v1/policies/lockout", Empty => GetPolicyResponse<LockoutPolicy>;
        UpdateLockoutPolicy in ADMIN_SERVICE: Put "/admin/v1/policies/lockout", LockoutPolicyUpdate => PolicyDetailsResponse;
    }
}

pub mod management {
    //! `zitadel.management.v1.ManagementService`: an org's own policies (custom) over the instance default.
    use super::*;
    crate::rpc! {
        GetLoginPolicy in MANAGEMENT_SERVICE: Get "/management/v1/policies/login", Empty => GetPolicyResponse<LoginPolicy>;
        AddCustomLoginPolicy in MANAGEMENT_SERVICE: Post "/management/v1/policies/login", LoginPolicyUpdate => PolicyDetailsResponse;
        UpdateCustomLoginPolicy in MANAGEMENT_SERVICE: Put "/management/v1/policies/login", LoginPolicyUpdate => PolicyDetailsResponse;
        ResetLoginPolicyToDefault in MANAGEMENT_SERVICE: Delete "/management/v1/policies/login", Empty => PolicyDetailsResponse;
        GetPasswordComplexityPolicy in MANAGEMENT_SERVICE: Get "/management/v1/policies/password/complexity", Empty => GetPolicyResponse<PasswordComplexityPolicy>;
        AddCustomPasswordComplexityPolicy in MANAGEMENT_SERVICE: Post "/management/v1/policies/password/complexity", PasswordComplexityPolicyUpdate => PolicyDetailsResponse;
        UpdateCustomPasswordComplexityPolicy in MANAGEMENT_SERVICE: Put "/management/v1/policies/password/complexity", PasswordComplexityPolicyUpdate => PolicyDetailsResponse;
        ResetPasswordComplexityPolicyToDefault in MANAGEMENT_SERVICE: Delete "/management/v1/policies/password/complexity", Empty => PolicyDetailsResponse;
        GetLockoutPolicy in MANAGEMENT_SERVICE: Get "/management/v1/policies/lockout", Empty => GetPolicyResponse<LockoutPolicy>;
        AddCustomLockoutPolicy in MANAGEMENT_SERVICE: Post "/management/v1/policies/lockout", LockoutPolicyUpdate => PolicyDetailsResponse;
        UpdateCustomLockoutPolicy in MANAGEMENT_SERVICE: Put "/management/v1/policies/lockout", LockoutPolicyUpdate => PolicyDetailsResponse;
        ResetLockoutPolicyToDefault in MANAGEMENT_SERVICE: Delete "/management/v1/policies/lockout", Empty => PolicyDetailsResponse;
    }
}

pub use crate::object::Empty;

/// The login policy's second-factor and multi-factor lists (v1 Admin API for the instance, Management API for an
/// org's own policy), as ZITADEL's console and terraform provider write them.
pub mod factors {
    use super::*;

    pub mod admin {
        use super::*;
        crate::rpc! {
            ListLoginPolicySecondFactors in ADMIN_SERVICE: Post "/admin/v1/policies/login/second_factors/_search", Empty => ListFactorsResponse<SecondFactorType>;
            AddSecondFactorToLoginPolicy in ADMIN_SERVICE: Post "/admin/v1/policies/login/second_factors", FactorRequest<SecondFactorType> => PolicyDetailsResponse;
            RemoveSecondFactorFromLoginPolicy in ADMIN_SERVICE: Delete "/admin/v1/policies/login/second_factors/{type}", FactorRequest<SecondFactorType> => PolicyDetailsResponse;
            ListLoginPolicyMultiFactors in ADMIN_SERVICE: Post "/admin/v1/policies/login/multi_factors/_search", Empty => ListFactorsResponse<MultiFactorType>;
            AddMultiFactorToLoginPolicy in ADMIN_SERVICE: Post "/admin/v1/policies/login/multi_factors", FactorRequest<MultiFactorType> => PolicyDetailsResponse;
            RemoveMultiFactorFromLoginPolicy in ADMIN_SERVICE: Delete "/admin/v1/policies/login/multi_factors/{type}", FactorRequest<MultiFactorType> => PolicyDetailsResponse;
        }
    }

    pub mod management {
        use super::*;
        crate::rpc! {
            ListLoginPolicySecondFactors in MANAGEMENT_SERVICE: Post "/management/v1/policies/login/second_factors/_search", Empty => ListFactorsResponse<SecondFactorType>;
            AddSecondFactorToLoginPolicy in MANAGEMENT_SERVICE: Post "/management/v1/policies/login/second_factors", FactorRequest<SecondFactorType> => PolicyDetailsResponse;
            RemoveSecondFactorFromLoginPolicy in MANAGEMENT_SERVICE: Delete "/management/v1/policies/login/second_factors/{type}", FactorRequest<SecondFactorType> => PolicyDetailsResponse;
            ListLoginPolicyMultiFactors in MANAGEMENT_SERVICE: Post "/management/v1/policies/login/multi_factors/_search", Empty => ListFactorsResponse<MultiFactorType>;
            AddMultiFactorToLoginPolicy in MANAGEMENT_SERVICE: Post "/management/v1/policies/login/multi_factors", FactorRequest<MultiFactorType> => PolicyDetailsResponse;
            RemoveMultiFactorFromLoginPolicy in MANAGEMENT_SERVICE: Delete "/management/v1/policies/login/multi_factors/{type}", FactorRequest<MultiFactorType> => PolicyDetailsResponse;
        }
    }

    /// `{"type": "SECOND_FACTOR_TYPE_OTP"}` (the REST path's `{type}` lands here too).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct FactorRequest<T> {
        #[serde(rename = "type", default)]
        pub factor_type: T,
    }

    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct ListFactorsResponse<T> {
        pub details: crate::object::ListDetails,
        #[serde(default)]
        pub result: Vec<T>,
    }
}

crate::proto_enum! {
    pub enum ResourceOwnerType {
        Unspecified = 0 => "RESOURCE_OWNER_TYPE_UNSPECIFIED",
        Instance = 1 => "RESOURCE_OWNER_TYPE_INSTANCE",
        Org = 2 => "RESOURCE_OWNER_TYPE_ORG",
    }
}

crate::proto_enum! {
    pub enum PasskeysType {
        NotAllowed = 0 => "PASSKEYS_TYPE_NOT_ALLOWED",
        Allowed = 1 => "PASSKEYS_TYPE_ALLOWED",
    }
}

crate::proto_enum! {
    /// v1 name of [`PasskeysType`].
    pub enum PasswordlessType {
        NotAllowed = 0 => "PASSWORDLESS_TYPE_NOT_ALLOWED",
        Allowed = 1 => "PASSWORDLESS_TYPE_ALLOWED",
    }
}

crate::proto_enum! {
    pub enum SecondFactorType {
        Unspecified = 0 => "SECOND_FACTOR_TYPE_UNSPECIFIED",
        Otp = 1 => "SECOND_FACTOR_TYPE_OTP",
        U2f = 2 => "SECOND_FACTOR_TYPE_U2F",
        OtpEmail = 3 => "SECOND_FACTOR_TYPE_OTP_EMAIL",
        OtpSms = 4 => "SECOND_FACTOR_TYPE_OTP_SMS",
        RecoveryCodes = 5 => "SECOND_FACTOR_TYPE_RECOVERY_CODES",
    }
}

crate::proto_enum! {
    pub enum MultiFactorType {
        Unspecified = 0 => "MULTI_FACTOR_TYPE_UNSPECIFIED",
        U2fWithVerification = 1 => "MULTI_FACTOR_TYPE_U2F_WITH_VERIFICATION",
    }
}

crate::proto_enum! {
    pub enum ThemeMode {
        Unspecified = 0 => "THEME_MODE_UNSPECIFIED",
        Auto = 1 => "THEME_MODE_AUTO",
        Light = 2 => "THEME_MODE_LIGHT",
        Dark = 3 => "THEME_MODE_DARK",
    }
}

// ---- v2 read side ------------------------------------------------------------------------------------------------

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SettingsRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ctx: Option<RequestContext>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GetGeneralSettingsRequest {}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetGeneralSettingsResponse {
    pub default_org_id: String,
    pub default_language: String,
    #[serde(default)]
    pub supported_languages: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LoginSettings {
    #[serde(default, skip_serializing_if = "is_default")]
    pub allow_username_password: bool,
    #[serde(default, skip_serializing_if = "is_default")]
    pub allow_register: bool,
    #[serde(default, skip_serializing_if = "is_default")]
    pub allow_external_idp: bool,
    #[serde(default, skip_serializing_if = "is_default")]
    pub force_mfa: bool,
    #[serde(default, skip_serializing_if = "is_default")]
    pub passkeys_type: PasskeysType,
    #[serde(default, skip_serializing_if = "is_default")]
    pub hide_password_reset: bool,
    #[serde(default, skip_serializing_if = "is_default")]
    pub ignore_unknown_usernames: bool,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub default_redirect_uri: String,
    #[serde(default)]
    pub password_check_lifetime: Duration,
    #[serde(default)]
    pub external_login_check_lifetime: Duration,
    #[serde(default)]
    pub mfa_init_skip_lifetime: Duration,
    #[serde(default)]
    pub second_factor_check_lifetime: Duration,
    #[serde(default)]
    pub multi_factor_check_lifetime: Duration,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub second_factors: Vec<SecondFactorType>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub multi_factors: Vec<MultiFactorType>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub allow_domain_discovery: bool,
    #[serde(default, skip_serializing_if = "is_default")]
    pub disable_login_with_email: bool,
    #[serde(default, skip_serializing_if = "is_default")]
    pub disable_login_with_phone: bool,
    #[serde(default, skip_serializing_if = "is_default")]
    pub force_mfa_local_only: bool,
    #[serde(default)]
    pub resource_owner_type: ResourceOwnerType,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GetLoginSettingsResponse {
    pub details: Details,
    pub settings: LoginSettings,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PasswordComplexitySettings {
    #[serde(with = "int64", default)]
    pub min_length: u64,
    #[serde(default, skip_serializing_if = "is_default")]
    pub requires_uppercase: bool,
    #[serde(default, skip_serializing_if = "is_default")]
    pub requires_lowercase: bool,
    #[serde(default, skip_serializing_if = "is_default")]
    pub requires_number: bool,
    #[serde(default, skip_serializing_if = "is_default")]
    pub requires_symbol: bool,
    #[serde(default)]
    pub resource_owner_type: ResourceOwnerType,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GetPasswordComplexitySettingsResponse {
    pub details: Details,
    pub settings: PasswordComplexitySettings,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LockoutSettings {
    #[serde(with = "int64", default, skip_serializing_if = "is_default")]
    pub max_password_attempts: u64,
    #[serde(with = "int64", default, skip_serializing_if = "is_default")]
    pub max_otp_attempts: u64,
    #[serde(default)]
    pub resource_owner_type: ResourceOwnerType,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GetLockoutSettingsResponse {
    pub details: Details,
    pub settings: LockoutSettings,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Theme {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub primary_color: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub background_color: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub warn_color: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub font_color: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub logo_url: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub icon_url: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BrandingSettings {
    pub light_theme: Theme,
    pub dark_theme: Theme,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub font_url: String,
    #[serde(default, skip_serializing_if = "is_default")]
    pub hide_login_name_suffix: bool,
    #[serde(default, skip_serializing_if = "is_default")]
    pub disable_watermark: bool,
    #[serde(default)]
    pub resource_owner_type: ResourceOwnerType,
    #[serde(default, skip_serializing_if = "is_default")]
    pub theme_mode: ThemeMode,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GetBrandingSettingsResponse {
    pub details: Details,
    pub settings: BrandingSettings,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LegalAndSupportSettings {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub tos_link: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub privacy_policy_link: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub help_link: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub support_email: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub docs_link: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub custom_link: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub custom_link_text: String,
    #[serde(default)]
    pub resource_owner_type: ResourceOwnerType,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GetLegalAndSupportSettingsResponse {
    pub details: Details,
    pub settings: LegalAndSupportSettings,
}

// ---- v1 write side -----------------------------------------------------------------------------------------------

/// `zitadel.v1.ObjectDetails`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ObjectDetails {
    #[serde(with = "int64", default, skip_serializing_if = "is_default")]
    pub sequence: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creation_date: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_date: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub resource_owner: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PolicyDetailsResponse {
    pub details: ObjectDetails,
}

/// `{"policy": {...}, "isDefault": bool}` (the Admin API omits `isDefault` at the top level).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetPolicyResponse<P> {
    pub policy: P,
    #[serde(default, skip_serializing_if = "is_default")]
    pub is_default: bool,
}

/// `zitadel.policy.v1.LoginPolicy`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LoginPolicy {
    #[serde(default)]
    pub details: ObjectDetails,
    #[serde(flatten)]
    pub fields: LoginPolicyUpdate,
    #[serde(default, skip_serializing_if = "is_default")]
    pub is_default: bool,
}

/// The writable fields of a login policy (Update/AddCustomLoginPolicy request body).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LoginPolicyUpdate {
    #[serde(default, skip_serializing_if = "is_default")]
    pub allow_username_password: bool,
    #[serde(default, skip_serializing_if = "is_default")]
    pub allow_register: bool,
    #[serde(default, skip_serializing_if = "is_default")]
    pub allow_external_idp: bool,
    #[serde(default, skip_serializing_if = "is_default")]
    pub force_mfa: bool,
    #[serde(default, skip_serializing_if = "is_default")]
    pub passwordless_type: PasswordlessType,
    #[serde(default, skip_serializing_if = "is_default")]
    pub hide_password_reset: bool,
    #[serde(default, skip_serializing_if = "is_default")]
    pub ignore_unknown_usernames: bool,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub default_redirect_uri: String,
    #[serde(default)]
    pub password_check_lifetime: Duration,
    #[serde(default)]
    pub external_login_check_lifetime: Duration,
    #[serde(default)]
    pub mfa_init_skip_lifetime: Duration,
    #[serde(default)]
    pub second_factor_check_lifetime: Duration,
    #[serde(default)]
    pub multi_factor_check_lifetime: Duration,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub second_factors: Vec<SecondFactorType>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub multi_factors: Vec<MultiFactorType>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub allow_domain_discovery: bool,
    #[serde(default, skip_serializing_if = "is_default")]
    pub disable_login_with_email: bool,
    #[serde(default, skip_serializing_if = "is_default")]
    pub disable_login_with_phone: bool,
    #[serde(default, skip_serializing_if = "is_default")]
    pub force_mfa_local_only: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PasswordComplexityPolicy {
    #[serde(default)]
    pub details: ObjectDetails,
    #[serde(flatten)]
    pub fields: PasswordComplexityPolicyUpdate,
    #[serde(default, skip_serializing_if = "is_default")]
    pub is_default: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PasswordComplexityPolicyUpdate {
    #[serde(with = "int64", default)]
    pub min_length: u64,
    #[serde(default, skip_serializing_if = "is_default")]
    pub has_uppercase: bool,
    #[serde(default, skip_serializing_if = "is_default")]
    pub has_lowercase: bool,
    #[serde(default, skip_serializing_if = "is_default")]
    pub has_number: bool,
    #[serde(default, skip_serializing_if = "is_default")]
    pub has_symbol: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LockoutPolicy {
    #[serde(default)]
    pub details: ObjectDetails,
    #[serde(flatten)]
    pub fields: LockoutPolicyUpdate,
    #[serde(default, skip_serializing_if = "is_default")]
    pub is_default: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LockoutPolicyUpdate {
    #[serde(with = "int64", default, skip_serializing_if = "is_default")]
    pub max_password_attempts: u64,
    #[serde(with = "int64", default, skip_serializing_if = "is_default")]
    pub max_otp_attempts: u64,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn login_settings_use_wire_names() {
        let s = LoginSettings {
            allow_register: true,
            passkeys_type: PasskeysType::Allowed,
            password_check_lifetime: Duration::from_secs(864000),
            second_factors: vec![SecondFactorType::Otp],
            resource_owner_type: ResourceOwnerType::Instance,
            ..Default::default()
        };
        let v = serde_json::to_value(s).unwrap();
        assert_eq!(v["allowRegister"], json!(true));
        assert_eq!(v["passkeysType"], json!("PASSKEYS_TYPE_ALLOWED"));
        assert_eq!(v["passwordCheckLifetime"], json!("864000s"));
        assert_eq!(v["secondFactors"], json!(["SECOND_FACTOR_TYPE_OTP"]));
        assert_eq!(v["resourceOwnerType"], json!("RESOURCE_OWNER_TYPE_INSTANCE"));
        assert!(v.get("forceMfa").is_none(), "defaults are omitted");
    }

    #[test]
    fn policy_update_reads_strings_and_numbers() {
        let u: LockoutPolicyUpdate = serde_json::from_value(json!({"maxPasswordAttempts": "3"})).unwrap();
        assert_eq!(u.max_password_attempts, 3);
        let u: LockoutPolicyUpdate = serde_json::from_value(json!({"maxPasswordAttempts": 4})).unwrap();
        assert_eq!(u.max_password_attempts, 4);
    }
}
