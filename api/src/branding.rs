//! The v1 methods ZITADEL's tools write branding and legal links with: label policy (colours, flags, theme mode;
//! changes land in a *preview* and go live on `_activate`) and privacy policy (terms, privacy, help, support
//! links). Instance defaults through the Admin API, an org's own through the Management API (`x-zitadel-orgid`).
//! Read back through SettingsService GetBrandingSettings / GetLegalAndSupportSettings.

use serde::{Deserialize, Serialize};

use crate::json::is_default;
use crate::object::Empty;
use crate::settings::{GetPolicyResponse, ObjectDetails, PolicyDetailsResponse, ThemeMode};

pub mod admin {
    //! `zitadel.admin.v1.AdminService`: the instance default.
    use super::*;
    crate::rpc! {
        GetLabelPolicy in ADMIN_SERVICE: Get "/admin/v1/policies/label", Empty => GetPolicyResponse<LabelPolicy>;
        GetPreviewLabelPolicy in ADMIN_SERVICE: Get "/admin/v1/policies/label/_preview", Empty => GetPolicyResponse<LabelPolicy>;
        UpdateLabelPolicy in ADMIN_SERVICE: Put "/admin/v1/policies/label", LabelPolicyUpdate => PolicyDetailsResponse;
        ActivateLabelPolicy in ADMIN_SERVICE: Post "/admin/v1/policies/label/_activate", Empty => PolicyDetailsResponse;
        GetPrivacyPolicy in ADMIN_SERVICE: Get "/admin/v1/policies/privacy", Empty => GetPolicyResponse<PrivacyPolicy>;
        UpdatePrivacyPolicy in ADMIN_SERVICE: Put "/admin/v1/policies/privacy", PrivacyPolicyUpdate => PolicyDetailsResponse;
    }
}

pub mod management {
    //! `zitadel.management.v1.ManagementService`: an org's own policy over the instance default.
    use super::*;
    crate::rpc! {
        GetLabelPolicy in MANAGEMENT_SERVICE: Get "/management/v1/policies/label", Empty => GetPolicyResponse<LabelPolicy>;
        GetPreviewLabelPolicy in MANAGEMENT_SERVICE: Get "/management/v1/policies/label/_preview", Empty => GetPolicyResponse<LabelPolicy>;
        AddCustomLabelPolicy in MANAGEMENT_SERVICE: Post "/management/v1/policies/label", LabelPolicyUpdate => PolicyDetailsResponse;
        UpdateCustomLabelPolicy in MANAGEMENT_SERVICE: Put "/management/v1/policies/label", LabelPolicyUpdate => PolicyDetailsResponse;
        ActivateCustomLabelPolicy in MANAGEMENT_SERVICE: Post "/management/v1/policies/label/_activate", Empty => PolicyDetailsResponse;
        ResetLabelPolicyToDefault in MANAGEMENT_SERVICE: Delete "/management/v1/policies/label", Empty => PolicyDetailsResponse;
        GetPrivacyPolicy in MANAGEMENT_SERVICE: Get "/management/v1/policies/privacy", Empty => GetPolicyResponse<PrivacyPolicy>;
        AddCustomPrivacyPolicy in MANAGEMENT_SERVICE: Post "/management/v1/policies/privacy", PrivacyPolicyUpdate => PolicyDetailsResponse;
        UpdateCustomPrivacyPolicy in MANAGEMENT_SERVICE: Put "/management/v1/policies/privacy", PrivacyPolicyUpdate => PolicyDetailsResponse;
        ResetPrivacyPolicyToDefault in MANAGEMENT_SERVICE: Delete "/management/v1/policies/privacy", Empty => PolicyDetailsResponse;
    }
}

/// The writable fields of a label policy (Update/AddCustomLabelPolicy body). Colours are `#rgb` or `#rrggbb`;
/// empty means "the default colour".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LabelPolicyUpdate {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub primary_color: String,
    #[serde(default, skip_serializing_if = "is_default")]
    pub hide_login_name_suffix: bool,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub warn_color: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub background_color: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub font_color: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub primary_color_dark: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub background_color_dark: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub warn_color_dark: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub font_color_dark: String,
    #[serde(default, skip_serializing_if = "is_default")]
    pub disable_watermark: bool,
    #[serde(default, skip_serializing_if = "is_default")]
    pub theme_mode: ThemeMode,
}

/// `zitadel.policy.v1.LabelPolicy`: the fields plus the asset URLs (absolute, content-addressed).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LabelPolicy {
    #[serde(default)]
    pub details: ObjectDetails,
    #[serde(flatten)]
    pub fields: LabelPolicyUpdate,
    #[serde(default, skip_serializing_if = "is_default")]
    pub is_default: bool,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub logo_url: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub icon_url: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub logo_url_dark: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub icon_url_dark: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub font_url: String,
}

/// The writable fields of a privacy policy (ZITADEL's name for the legal and support links).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PrivacyPolicyUpdate {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub tos_link: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub privacy_link: String,
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
}

/// `zitadel.policy.v1.PrivacyPolicy`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PrivacyPolicy {
    #[serde(default)]
    pub details: ObjectDetails,
    #[serde(flatten)]
    pub fields: PrivacyPolicyUpdate,
    #[serde(default, skip_serializing_if = "is_default")]
    pub is_default: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn label_policy_uses_wire_names() {
        let p = LabelPolicy {
            fields: LabelPolicyUpdate {
                primary_color: "#123456".into(),
                font_color_dark: "#fff".into(),
                theme_mode: ThemeMode::Dark,
                ..Default::default()
            },
            logo_url_dark: "http://x/a".into(),
            ..Default::default()
        };
        let v = serde_json::to_value(&p).unwrap();
        assert_eq!(v["primaryColor"], "#123456");
        assert_eq!(v["fontColorDark"], "#fff");
        assert_eq!(v["themeMode"], "THEME_MODE_DARK");
        assert_eq!(v["logoUrlDark"], "http://x/a");
        assert!(v.get("hideLoginNameSuffix").is_none());
        let back: LabelPolicyUpdate =
            serde_json::from_value(json!({"warnColor": "#f00", "disableWatermark": true})).unwrap();
        assert_eq!(back.warn_color, "#f00");
        assert!(back.disable_watermark);
    }
}
