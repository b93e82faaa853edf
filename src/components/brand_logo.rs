use gatehouse_api::settings::ThemeMode;
use leptos::either::EitherOf3;
use leptos::prelude::*;

use crate::branding::{same_origin, use_brand};
use crate::i18n::{t, Msg};

/// The org's logo at the top of the card: the dark-mode logo when the page is dark (by the theme mode, or by the
/// system setting in auto mode), else the light one; Gatehouse's mark and name when the org has no logo. Until
/// the branding is loaded the row keeps its height empty, so nothing jumps and the default never flashes.
#[component]
pub fn BrandLogo() -> impl IntoView {
    let brand = use_brand();
    move || {
        let Some(settings) = brand.and_then(|b| b.settings.get()) else {
            return EitherOf3::A(view! { <p class="brand brand-pending" aria-hidden="true"></p> });
        };
        let light = same_origin(&settings.light_theme.logo_url);
        let dark = same_origin(&settings.dark_theme.logo_url);
        let (light, dark) = match settings.theme_mode {
            ThemeMode::Light => (light.clone().or(dark), None),
            ThemeMode::Dark => (dark.or(light), None),
            _ => (light.clone().or(dark.clone()), dark.filter(|_| light.is_some())),
        };
        match light {
            Some(src) => EitherOf3::B(view! {
                <p class="brand brand-logo">
                    <picture>
                        {dark.map(|d| view! { <source media="(prefers-color-scheme: dark)" srcset=d /> })}
                        <img id="brand-logo" src=src alt=t(Msg::BrandLogoAlt) />
                    </picture>
                </p>
            }),
            None => EitherOf3::C(view! {
                <p class="brand" id="brand-default">
                    <span class="brand-mark" aria-hidden="true"></span>
                    {t(Msg::AppName)}
                </p>
            }),
        }
    }
}
