//! Legal and support links: written through ZITADEL's privacy policy methods (Admin API for the instance default,
//! Management API for an org), read through SettingsService GetLegalAndSupportSettings. The login renders these
//! as links, so they must be plain http(s) URLs and a plain email address.

use axum::Router;
use gatehouse_api::branding::{admin, management, PrivacyPolicy, PrivacyPolicyUpdate};
use gatehouse_api::settings::{self as api, ResourceOwnerType};

use super::policy::{self, Kind, WriteMode};
use super::{
    management_get, management_reset, management_write, require_iam_owner, v1_details, v2_details, written_details,
};
use crate::error::{Error, Result};
use crate::rpc::rpc;
use crate::AppState;

/// No links until an operator sets them (ZITADEL's defaults point at ZITADEL's own legal pages).
pub fn default_privacy() -> PrivacyPolicyUpdate {
    PrivacyPolicyUpdate::default()
}

pub fn routes(r: Router<AppState>) -> Router<AppState> {
    let r = rpc::<admin::GetPrivacyPolicy, _, _>(r, |state, caller, _req| async move {
        require_iam_owner(&caller)?;
        let found = policy::instance(&state, Kind::Privacy, default_privacy).await?;
        let details = v1_details(&found);
        Ok(api::GetPolicyResponse {
            policy: PrivacyPolicy { details, fields: found.policy, is_default: true },
            is_default: false,
        })
    });
    let r = rpc::<admin::UpdatePrivacyPolicy, _, _>(r, |state, caller, req| async move {
        require_iam_owner(&caller)?;
        validate(&req)?;
        let owner = state.instance.id.clone();
        Ok(written_details(
            policy::write(&state, &owner, Kind::Privacy, &req, WriteMode::Upsert, caller.user_id()).await?,
        ))
    });
    let r = rpc::<management::GetPrivacyPolicy, _, _>(r, |state, caller, _req| async move {
        let (found, is_default) = management_get(&state, &caller, Kind::Privacy, default_privacy).await?;
        let details = v1_details(&found);
        Ok(api::GetPolicyResponse { policy: PrivacyPolicy { details, fields: found.policy, is_default }, is_default })
    });
    let r = rpc::<management::AddCustomPrivacyPolicy, _, _>(r, |state, caller, req| async move {
        validate(&req)?;
        management_write(&state, &caller, Kind::Privacy, &req, WriteMode::Create).await
    });
    let r = rpc::<management::UpdateCustomPrivacyPolicy, _, _>(r, |state, caller, req| async move {
        validate(&req)?;
        management_write(&state, &caller, Kind::Privacy, &req, WriteMode::Update).await
    });
    rpc::<management::ResetPrivacyPolicyToDefault, _, _>(r, |state, caller, _req| async move {
        management_reset(&state, &caller, Kind::Privacy).await
    })
}

pub async fn legal_and_support(state: &AppState, org: Option<&str>) -> Result<api::GetLegalAndSupportSettingsResponse> {
    let found = policy::effective(state, Kind::Privacy, org, default_privacy).await?;
    let p = &found.policy;
    Ok(api::GetLegalAndSupportSettingsResponse {
        details: v2_details(&found),
        settings: api::LegalAndSupportSettings {
            tos_link: p.tos_link.clone(),
            privacy_policy_link: p.privacy_link.clone(),
            help_link: p.help_link.clone(),
            support_email: p.support_email.clone(),
            docs_link: p.docs_link.clone(),
            custom_link: p.custom_link.clone(),
            custom_link_text: p.custom_link_text.clone(),
            resource_owner_type: if found.owner_type == ResourceOwnerType::Unspecified {
                ResourceOwnerType::Instance
            } else {
                found.owner_type
            },
        },
    })
}

pub fn validate(p: &PrivacyPolicyUpdate) -> Result<()> {
    for (name, link) in [
        ("tosLink", &p.tos_link),
        ("privacyLink", &p.privacy_link),
        ("helpLink", &p.help_link),
        ("docsLink", &p.docs_link),
        ("customLink", &p.custom_link),
    ] {
        if link.is_empty() {
            continue;
        }
        let ok = link.len() <= 500
            && url::Url::parse(link).is_ok_and(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some());
        if !ok {
            return Err(Error::invalid("POLICY-Privacy-Link", format!("{name} must be an http(s) URL, not {link:?}")));
        }
    }
    let email = &p.support_email;
    if !email.is_empty() {
        let valid = email.len() <= 200
            && !email.chars().any(|c| c.is_whitespace() || c == '<' || c == '>' || c == '"')
            && email.split_once('@').is_some_and(|(local, domain)| !local.is_empty() && domain.contains('.'));
        if !valid {
            return Err(Error::invalid(
                "POLICY-Privacy-Email",
                format!("supportEmail is not an email address: {email:?}"),
            ));
        }
    }
    if p.custom_link_text.chars().count() > 200 {
        return Err(Error::invalid("POLICY-Privacy-Text", "customLinkText must be at most 200 characters"));
    }
    if p.custom_link_text.is_empty() != p.custom_link.is_empty() {
        return Err(Error::invalid("POLICY-Privacy-Text", "customLink and customLinkText go together"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_must_be_http_and_email_plain() {
        let ok = PrivacyPolicyUpdate {
            tos_link: "https://acme.example/tos".into(),
            support_email: "help@acme.example".into(),
            custom_link: "http://acme.example/x".into(),
            custom_link_text: "Status".into(),
            ..Default::default()
        };
        assert!(validate(&ok).is_ok());
        for bad in ["javascript:alert(1)", "/relative", "ftp://x.example/", "https://"] {
            let p = PrivacyPolicyUpdate { help_link: bad.into(), ..Default::default() };
            assert!(validate(&p).unwrap_err().has_id("POLICY-Privacy-Link"), "{bad}");
        }
        for bad in ["nope", "a@b", "a b@c.d", "<x@y.z>"] {
            let p = PrivacyPolicyUpdate { support_email: bad.into(), ..Default::default() };
            assert!(validate(&p).unwrap_err().has_id("POLICY-Privacy-Email"), "{bad}");
        }
        let half = PrivacyPolicyUpdate { custom_link: "https://a.example".into(), ..Default::default() };
        assert!(validate(&half).unwrap_err().has_id("POLICY-Privacy-Text"));
    }
}
