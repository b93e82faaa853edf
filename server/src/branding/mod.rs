//! Branding: label policies (Admin/Management API, preview → `_activate` → active), their assets, the theme
//! stylesheet the login loads before first paint, and which org's branding a request gets.

pub mod assets;
pub mod color;
pub mod resolve;
pub mod store;
pub mod theme;

use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use gatehouse_api::branding::{admin, management, LabelPolicy, LabelPolicyUpdate};
use gatehouse_api::object::Details;
use gatehouse_api::settings::{self as settings_api, GetPolicyResponse, ObjectDetails, PolicyDetailsResponse};
use sha2::{Digest, Sha256};

use crate::auth::Caller;
use crate::error::Result;
use crate::rpc::rpc;
use crate::settings::{management_org, require_iam_owner};
use crate::AppState;
pub use resolve::{resolve_org, OrgHints};
use store::{Found, Mode, Stage, Written};

pub fn routes() -> Router<AppState> {
    let r = Router::new().route(THEME_PATH, get(theme_css));
    let r = assets::routes(r);
    let r = rpc::<admin::GetLabelPolicy, _, _>(r, |state, caller, _req| async move {
        require_iam_owner(&caller)?;
        Ok(policy_response(&state, store::instance(&state, Stage::Active).await?, true))
    });
    let r = rpc::<admin::GetPreviewLabelPolicy, _, _>(r, |state, caller, _req| async move {
        require_iam_owner(&caller)?;
        Ok(policy_response(&state, store::instance(&state, Stage::Preview).await?, true))
    });
    let r = rpc::<admin::UpdateLabelPolicy, _, _>(r, |state, caller, req| async move {
        require_iam_owner(&caller)?;
        let owner = state.instance.id.clone();
        write_fields(&state, &caller, &owner, Mode::Instance, req).await
    });
    let r = rpc::<admin::ActivateLabelPolicy, _, _>(r, |state, caller, _req| async move {
        require_iam_owner(&caller)?;
        Ok(details(store::activate(&state, &state.instance.id, caller.user_id()).await?))
    });
    let r = rpc::<management::GetLabelPolicy, _, _>(r, |state, caller, _req| async move {
        let org = management_org(&state, &caller).await?;
        Ok(org_policy_response(&state, store::effective(&state, Some(&org), Stage::Active).await?))
    });
    let r = rpc::<management::GetPreviewLabelPolicy, _, _>(r, |state, caller, _req| async move {
        let org = management_org(&state, &caller).await?;
        Ok(org_policy_response(&state, store::effective(&state, Some(&org), Stage::Preview).await?))
    });
    let r = rpc::<management::AddCustomLabelPolicy, _, _>(r, |state, caller, req| async move {
        let org = management_org(&state, &caller).await?;
        write_fields(&state, &caller, &org, Mode::AddCustom, req).await
    });
    let r = rpc::<management::UpdateCustomLabelPolicy, _, _>(r, |state, caller, req| async move {
        let org = management_org(&state, &caller).await?;
        write_fields(&state, &caller, &org, Mode::Custom, req).await
    });
    let r = rpc::<management::ActivateCustomLabelPolicy, _, _>(r, |state, caller, _req| async move {
        let org = management_org(&state, &caller).await?;
        Ok(details(store::activate(&state, &org, caller.user_id()).await?))
    });
    rpc::<management::ResetLabelPolicyToDefault, _, _>(r, |state, caller, _req| async move {
        let org = management_org(&state, &caller).await?;
        Ok(details(store::reset(&state, &org, caller.user_id()).await?))
    })
}

/// Update/Add replace the preview's fields and keep its assets.
async fn write_fields(
    state: &AppState,
    caller: &Caller,
    owner: &str,
    mode: Mode,
    fields: LabelPolicyUpdate,
) -> Result<PolicyDetailsResponse> {
    theme::validate(&fields)?;
    let event = if mode == Mode::AddCustom { "label_policy.added" } else { "label_policy.changed" };
    let written =
        store::change_preview(state, owner, mode, caller.user_id(), event, |label| label.fields = fields).await?;
    Ok(details(written))
}

fn details(w: Written) -> PolicyDetailsResponse {
    PolicyDetailsResponse {
        details: ObjectDetails {
            sequence: w.sequence,
            change_date: Some(w.at),
            resource_owner: w.owner_id,
            creation_date: None,
        },
    }
}

fn wire(state: &AppState, found: &Found, is_default: bool) -> LabelPolicy {
    let url = |slot: assets::Slot| assets::url(state, &found.label, slot);
    LabelPolicy {
        details: ObjectDetails {
            sequence: found.sequence,
            creation_date: Some(found.created_at),
            change_date: Some(found.changed_at),
            resource_owner: found.owner_id.clone(),
        },
        fields: found.label.fields.clone(),
        is_default,
        logo_url: url(assets::Slot::Logo),
        icon_url: url(assets::Slot::Icon),
        logo_url_dark: url(assets::Slot::LogoDark),
        icon_url_dark: url(assets::Slot::IconDark),
        font_url: url(assets::Slot::Font),
    }
}

fn policy_response(state: &AppState, found: Found, is_default: bool) -> GetPolicyResponse<LabelPolicy> {
    GetPolicyResponse { policy: wire(state, &found, is_default), is_default: false }
}

/// Management answers say whether the org inherits the instance's policy.
fn org_policy_response(state: &AppState, found: Found) -> GetPolicyResponse<LabelPolicy> {
    let is_default = found.owner_type != settings_api::ResourceOwnerType::Org;
    GetPolicyResponse { policy: wire(state, &found, is_default), is_default }
}

/// SettingsService GetBrandingSettings: the *active* policy for `org` (or the instance's).
pub async fn branding_settings(
    state: &AppState,
    org: Option<&str>,
) -> Result<settings_api::GetBrandingSettingsResponse> {
    let found = store::effective(state, org, Stage::Active).await?;
    let light = theme::colors(&found.label.fields, false);
    let dark = theme::colors(&found.label.fields, true);
    let url = |slot: assets::Slot| assets::url(state, &found.label, slot);
    let theme = |c: theme::Colors, logo: assets::Slot, icon: assets::Slot| settings_api::Theme {
        primary_color: c.primary.hex(),
        background_color: c.background.hex(),
        warn_color: c.warn.hex(),
        font_color: c.font.hex(),
        logo_url: url(logo),
        icon_url: url(icon),
    };
    let fields = &found.label.fields;
    Ok(settings_api::GetBrandingSettingsResponse {
        details: Details {
            sequence: found.sequence,
            change_date: Some(found.changed_at),
            resource_owner: found.owner_id.clone(),
            creation_date: Some(found.created_at),
        },
        settings: settings_api::BrandingSettings {
            light_theme: theme(light, assets::Slot::Logo, assets::Slot::Icon),
            dark_theme: theme(dark, assets::Slot::LogoDark, assets::Slot::IconDark),
            font_url: url(assets::Slot::Font),
            hide_login_name_suffix: fields.hide_login_name_suffix,
            disable_watermark: fields.disable_watermark,
            resource_owner_type: found.owner_type,
            theme_mode: if fields.theme_mode == settings_api::ThemeMode::Unspecified {
                settings_api::ThemeMode::Auto
            } else {
                fields.theme_mode
            },
        },
    })
}

// ---- the theme stylesheet ---------------------------------------------------------------------------------------

pub const THEME_PATH: &str = "/gatehouse/theme.css";

/// The active theme of an owner: its stylesheet and the stylesheet's content hash (16 hex digits).
async fn active_theme(state: &AppState, org: Option<&str>) -> Result<(String, String)> {
    let found = store::effective(state, org, Stage::Active).await?;
    let font = found.label.assets.get(assets::Slot::Font.key()).map(|a| assets::blob_path(&a.hash));
    let css = theme::stylesheet(&found.label.fields, font.as_deref());
    let hash = Sha256::digest(css.as_bytes()).iter().take(8).map(|b| format!("{b:02x}")).collect();
    Ok((css, hash))
}

#[derive(serde::Deserialize)]
struct ThemeQuery {
    #[serde(default)]
    org: Option<String>,
    #[serde(default)]
    v: Option<String>,
}

/// `GET /gatehouse/theme.css?org=<id>&v=<hash>`. With the current hash in `v` (the link the server put into the
/// page) the answer is immutable; any other request is revalidated through its ETag.
async fn theme_css(State(state): State<AppState>, Query(q): Query<ThemeQuery>, headers: HeaderMap) -> Response {
    let org = q.org.filter(|o| !o.is_empty());
    let (css, hash) = match active_theme(&state, org.as_deref()).await {
        Ok(found) => found,
        Err(e) => return e.into_response(),
    };
    let etag = format!("\"{hash}\"");
    let cache = if q.v.as_deref() == Some(hash.as_str()) { "public, max-age=31536000, immutable" } else { "no-cache" };
    let mut response = if headers.get(header::IF_NONE_MATCH).and_then(|v| v.to_str().ok()) == Some(etag.as_str()) {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        css.into_response()
    };
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/css; charset=utf-8"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    if let Ok(v) = HeaderValue::from_str(&etag) {
        h.insert(header::ETAG, v);
    }
    response
}

/// The `<link>` to the resolved org's theme and a `<meta name="gatehouse-org">` naming the org for the SPA, both
/// put into `index.html` before `</head>`: the browser applies the brand before first paint, and nothing inline
/// runs (the CSP stays as strict as before).
pub async fn head_tags(state: &AppState, headers: &HeaderMap, query: Option<&str>) -> Result<String> {
    let param = |name: &str| {
        query.and_then(|q| form_urlencoded::parse(q.as_bytes()).find(|(k, _)| k == name).map(|(_, v)| v.into_owned()))
    };
    let organization = param("organization");
    // The app's auth request (`authRequest=V2_<id>`) may ask for an org by scope.
    let scopes = match param("authRequest") {
        Some(id) if id.len() <= 200 => resolve::auth_request_scopes(state, &id).await,
        _ => Vec::new(),
    };
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
    let hints = OrgHints { scopes: &scopes, organization: organization.as_deref(), host };
    let org = resolve_org(state, &hints).await?;
    let (_, hash) = active_theme(state, org.as_deref()).await?;
    let org_param: String = form_urlencoded::byte_serialize(org.as_deref().unwrap_or("").as_bytes()).collect();
    let mut tags = format!("<link rel=\"stylesheet\" href=\"{THEME_PATH}?org={org_param}&amp;v={hash}\">");
    if let Some(org) = &org {
        tags.push_str(&format!("<meta name=\"gatehouse-org\" content=\"{}\">", html_escape(org)));
        // The suffix of the org's login names (`user@<primary domain>`), which the login hides when the label
        // policy says hideLoginNameSuffix.
        let domain: Option<String> = sqlx::query_scalar("SELECT primary_domain FROM orgs WHERE id = $1")
            .bind(org)
            .fetch_optional(&state.db.read)
            .await?;
        if let Some(domain) = domain {
            tags.push_str(&format!("<meta name=\"gatehouse-org-domain\" content=\"{}\">", html_escape(&domain)));
        }
    }
    Ok(tags)
}

/// Puts `tags` just before `</head>` (after Trunk's stylesheet, so the theme's variables win).
pub fn inject(html: &str, tags: &str) -> String {
    match html.find("</head>") {
        Some(at) => format!("{}{tags}{}", &html[..at], &html[at..]),
        None => format!("{tags}{html}"),
    }
}

fn html_escape(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '&' => "&amp;".to_owned(),
            '<' => "&lt;".to_owned(),
            '>' => "&gt;".to_owned(),
            '"' => "&quot;".to_owned(),
            '\'' => "&#39;".to_owned(),
            c => c.to_string(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_go_before_the_end_of_head() {
        assert_eq!(inject("<html><head><x></head><body></body>", "<l>"), "<html><head><x><l></head><body></body>");
        assert_eq!(inject("<p>", "<l>"), "<l><p>");
        assert_eq!(html_escape("a\"<b>&'"), "a&quot;&lt;b&gt;&amp;&#39;");
    }
}
