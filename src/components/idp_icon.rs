//! A small generic icon per kind of identity provider, drawn inline (no external images, no brand marks): a key
//! for OpenID Connect / OAuth / JWT, an office building for enterprise directories (Azure AD, SAML, LDAP), a
//! branch for code forges (GitHub, GitLab), and a letter for the consumer accounts (Google, Apple).

use gatehouse_api::idp::IdentityProviderType as T;
use leptos::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Glyph {
    Key,
    Building,
    Branch,
    Letter(&'static str),
}

fn glyph(kind: T) -> Glyph {
    match kind {
        T::Oidc | T::Oauth | T::Jwt | T::Unspecified => Glyph::Key,
        T::AzureAd | T::Saml | T::Ldap => Glyph::Building,
        T::Github | T::GithubEs | T::Gitlab | T::GitlabSelfHosted => Glyph::Branch,
        T::Google => Glyph::Letter("G"),
        T::Apple => Glyph::Letter("A"),
    }
}

/// Decorative (`aria-hidden`): the button next to it names the provider.
#[component]
pub fn IdpIcon(kind: T) -> impl IntoView {
    let shape = match glyph(kind) {
        Glyph::Key => view! {
            <circle cx="7.5" cy="15.5" r="4.5"></circle>
            <path d="M10.7 12.3 20 3m-4 4 3 3m-6-1 2 2"></path>
        }
        .into_any(),
        Glyph::Building => view! {
            <path d="M4 21V4l8-2v19m0-13 8 3v10M2 21h20M7.5 7.5h1m-1 4h1m-1 4h1m7-1h1m-1 3h1"></path>
        }
        .into_any(),
        Glyph::Branch => view! {
            <circle cx="6" cy="5" r="2"></circle>
            <circle cx="6" cy="19" r="2"></circle>
            <circle cx="18" cy="7" r="2"></circle>
            <path d="M6 7v10m12-8c0 4-4 5-7 6-2.5.8-4 1.5-4.6 2.3"></path>
        }
        .into_any(),
        Glyph::Letter(letter) => view! {
            <circle cx="12" cy="12" r="10"></circle>
            <text x="12" y="16.2" text-anchor="middle" font-size="12" font-weight="700" fill="currentColor" stroke="none">
                {letter}
            </text>
        }
        .into_any(),
    };
    view! {
        <svg
            class="idp-icon"
            viewBox="0 0 24 24"
            width="20"
            height="20"
            fill="none"
            stroke="currentColor"
            stroke-width="2"
            stroke-linecap="round"
            stroke-linejoin="round"
            aria-hidden="true"
            focusable="false"
        >
            {shape}
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_a_glyph_and_brands_are_not_drawn() {
        assert_eq!(glyph(T::Oidc), Glyph::Key);
        assert_eq!(glyph(T::Saml), Glyph::Building);
        assert_eq!(glyph(T::GitlabSelfHosted), Glyph::Branch);
        assert_eq!(glyph(T::Google), Glyph::Letter("G"));
    }
}
