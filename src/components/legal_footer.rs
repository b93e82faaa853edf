use leptos::prelude::*;

use crate::branding::use_brand;
use crate::i18n::{t, Msg};

/// Terms, privacy, help, docs, a custom link and the support address the org set (SettingsService
/// GetLegalAndSupportSettings), and the watermark unless the org's branding turns it off.
#[component]
pub fn LegalFooter() -> impl IntoView {
    let brand = use_brand();
    move || {
        let brand = brand?;
        let legal = brand.legal.get()?;
        let watermark = brand.settings.get().is_some_and(|s| !s.disable_watermark);
        let link = |id: &'static str, href: String, text: String| {
            (!href.is_empty()).then(|| {
                view! {
                    <li>
                        <a id=id href=href target="_blank" rel="noopener noreferrer">
                            {text}
                        </a>
                    </li>
                }
            })
        };
        let support = (!legal.support_email.is_empty()).then(|| format!("mailto:{}", legal.support_email));
        let links = vec![
            link("legal-tos", legal.tos_link.clone(), t(Msg::LegalTos).to_owned()),
            link("legal-privacy", legal.privacy_policy_link.clone(), t(Msg::LegalPrivacy).to_owned()),
            link("legal-help", legal.help_link.clone(), t(Msg::LegalHelp).to_owned()),
            link("legal-docs", legal.docs_link.clone(), t(Msg::LegalDocs).to_owned()),
            link("legal-custom", legal.custom_link.clone(), legal.custom_link_text.clone()),
            link("legal-support", support.unwrap_or_default(), t(Msg::LegalSupport).to_owned()),
        ];
        let any_link = links.iter().any(Option::is_some);
        if !any_link && !watermark {
            return None;
        }
        Some(view! {
            <footer class="legal-footer" id="legal-footer">
                {any_link.then(|| view! {
                    <nav aria-label=t(Msg::LegalNavLabel)>
                        <ul class="legal-links">{links}</ul>
                    </nav>
                })}
                {watermark.then(|| view! { <p class="watermark" id="watermark">{t(Msg::PoweredBy)}</p> })}
            </footer>
        })
    }
}
