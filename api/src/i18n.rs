//! Languages: the instance's supported and default languages (Admin API v1, as ZITADEL's console sets them) and the
//! hosted login's custom texts (SettingsService v2 Get/SetHostedLoginTranslation). In Gatehouse the translation
//! keys are the login's message ids (`login-name-title`, see public/locales/en.ftl) and the values Fluent patterns.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::json::is_default;
use crate::object::Empty;
use crate::settings::ObjectDetails;

pub mod admin {
    //! `zitadel.admin.v1.AdminService`.
    use super::*;
    crate::rpc! {
        GetSupportedLanguages in ADMIN_SERVICE: Get "/admin/v1/languages", Empty => GetSupportedLanguagesResponse;
        SetDefaultLanguage in ADMIN_SERVICE: Put "/admin/v1/languages/default/{language}", SetDefaultLanguageRequest => SetDefaultLanguageResponse;
        GetDefaultLanguage in ADMIN_SERVICE: Get "/admin/v1/languages/default", Empty => GetDefaultLanguageResponse;
    }
}

crate::rpc! {
    GetHostedLoginTranslation in SETTINGS_SERVICE: Get "/v2/settings/hosted_login_translation", GetHostedLoginTranslationRequest => GetHostedLoginTranslationResponse;
    SetHostedLoginTranslation in SETTINGS_SERVICE: Put "/v2/settings/hosted_login_translation", SetHostedLoginTranslationRequest => SetHostedLoginTranslationResponse;
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetSupportedLanguagesResponse {
    #[serde(default)]
    pub languages: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SetDefaultLanguageRequest {
    #[serde(default)]
    pub language: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SetDefaultLanguageResponse {
    #[serde(default)]
    pub details: ObjectDetails,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetDefaultLanguageResponse {
    #[serde(default)]
    pub language: String,
}

/// The level a translation belongs to: oneof `system`, `instance`, `organizationId`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TranslationLevel {
    #[serde(default, skip_serializing_if = "is_default")]
    pub system: bool,
    #[serde(default, skip_serializing_if = "is_default")]
    pub instance: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetHostedLoginTranslationRequest {
    #[serde(flatten)]
    pub level: TranslationLevel,
    #[serde(default)]
    pub locale: String,
    /// Only the level's own texts, without the shipped messages and the instance's texts beneath an org's.
    #[serde(default, skip_serializing_if = "is_default")]
    pub ignore_inheritance: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetHostedLoginTranslationResponse {
    #[serde(default)]
    pub etag: String,
    /// Message id -> text.
    #[serde(default)]
    pub translations: Map<String, Value>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SetHostedLoginTranslationRequest {
    #[serde(flatten)]
    pub level: TranslationLevel,
    #[serde(default)]
    pub locale: String,
    /// Message id -> text (a Fluent pattern using at most the message's own `{ $variables }`). Replaces the
    /// level's texts for the locale; `{}` removes them.
    #[serde(default)]
    pub translations: Map<String, Value>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SetHostedLoginTranslationResponse {
    #[serde(default)]
    pub etag: String,
}
