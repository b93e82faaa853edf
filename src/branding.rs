//! The org's branding as the SPA needs it beyond colours (which the server's theme stylesheet already applied
//! before first paint): logos for light and dark mode, whether to show the watermark, and the legal and support
//! links. Loaded once per page load for the org the server resolved (`<meta name="gatehouse-org">`).

use gatehouse_api::object::RequestContext;
use gatehouse_api::settings::{
    BrandingSettings, GetBrandingSettings, GetLegalAndSupportSettings, LegalAndSupportSettings, SettingsRequest,
};
use leptos::prelude::*;

use crate::client;

/// `None` until loaded. A failed load leaves the defaults: branding decorates, it never blocks signing in.
#[derive(Clone, Copy)]
pub struct Brand {
    pub settings: RwSignal<Option<BrandingSettings>>,
    pub legal: RwSignal<Option<LegalAndSupportSettings>>,
}

/// Starts loading the branding and makes it available to [`use_brand`]. The loading itself comes in a chunk
/// ([`crate::lazy::load_brand`]): the first paint needs neither logo nor links, only the colours that are already
/// applied.
pub fn provide_brand() {
    let brand = Brand { settings: RwSignal::new(None), legal: RwSignal::new(None) };
    provide_context(brand);
    client::spawn(crate::lazy::load_brand(brand));
}

/// Loads the branding and legal settings into `brand`, both at once.
pub fn load(brand: Brand) {
    let request = SettingsRequest { ctx: org().map(|org_id| RequestContext { org_id: Some(org_id), instance: false }) };
    let again = request.clone();
    client::spawn(async move {
        let settings = client::call::<GetBrandingSettings>(&request).await.map(|r| r.settings).unwrap_or_default();
        brand.settings.set(Some(settings));
    });
    client::spawn(async move {
        let legal = client::call::<GetLegalAndSupportSettings>(&again).await.map(|r| r.settings).unwrap_or_default();
        brand.legal.set(Some(legal));
    });
}

/// The defaults, as when the settings cannot be loaded.
pub fn load_failed(brand: Brand) {
    brand.settings.set(Some(BrandingSettings::default()));
    brand.legal.set(Some(LegalAndSupportSettings::default()));
}

pub fn use_brand() -> Option<Brand> {
    use_context::<Brand>()
}

/// The org the server resolved for this page (auth request, `organization` parameter or host name).
pub fn org() -> Option<String> {
    let document = web_sys::window()?.document()?;
    let meta = document.query_selector("meta[name=\"gatehouse-org\"]").ok()??;
    meta.get_attribute("content").filter(|c| !c.is_empty())
}

/// The domain of the resolved org's login names (`user@<domain>`, `<meta name="gatehouse-org-domain">`).
pub fn org_domain() -> Option<String> {
    let document = web_sys::window()?.document()?;
    let meta = document.query_selector("meta[name=\"gatehouse-org-domain\"]").ok()??;
    meta.get_attribute("content").filter(|c| !c.is_empty())
}

/// A login name as the login pages show it: without the org's `@domain` when its branding says
/// hideLoginNameSuffix (as ZITADEL's login shows the username then). Reactive: call it inside a view closure.
pub fn shown_login_name(login_name: &str) -> String {
    let hide = use_brand().and_then(|b| b.settings.get()).is_some_and(|s| s.hide_login_name_suffix);
    without_suffix(login_name, hide, org_domain().as_deref())
}

/// `ada@acme.example` → `ada` when `hide` and the suffix is exactly `@<domain>` (case-insensitive); anything else
/// (an email address as username, another org's domain) is shown as typed.
fn without_suffix(login_name: &str, hide: bool, domain: Option<&str>) -> String {
    match (hide, domain, login_name.rsplit_once('@')) {
        (true, Some(domain), Some((name, at))) if !name.is_empty() && at.eq_ignore_ascii_case(domain) => {
            name.to_owned()
        }
        _ => login_name.to_owned(),
    }
}

/// Asset URLs are absolute (as ZITADEL answers them) but always this server's; the path keeps them same-origin
/// when the page was reached through an org's own host name.
pub fn same_origin(url: &str) -> Option<String> {
    if url.is_empty() {
        return None;
    }
    match url.find("/assets/") {
        Some(at) => Some(url[at..].to_owned()),
        None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_org_suffix_is_hidden_only_when_asked_and_only_the_orgs_own() {
        let acme = Some("acme.example");
        assert_eq!(without_suffix("ada@ACME.example", true, acme), "ada");
        assert_eq!(without_suffix("ada@acme.example", false, acme), "ada@acme.example");
        assert_eq!(without_suffix("ada@gmail.com", true, acme), "ada@gmail.com");
        assert_eq!(without_suffix("ada@gmail.com@acme.example", true, acme), "ada@gmail.com");
        assert_eq!(without_suffix("ada@acme.example", true, None), "ada@acme.example");
        assert_eq!(without_suffix("@acme.example", true, acme), "@acme.example");
    }

    #[test]
    fn asset_urls_become_paths() {
        assert_eq!(same_origin("http://localhost:8080/assets/v1/blob/ab").as_deref(), Some("/assets/v1/blob/ab"));
        assert_eq!(same_origin(""), None);
        assert_eq!(same_origin("https://elsewhere.example/logo.png"), None);
    }
}
