//! The profile's security keys (U2F, the second factor after the password); see [`super::passkey_list`].

use leptos::prelude::*;

use super::passkey_list::{CredentialKind, CredentialList};

#[component]
pub fn SecurityKeyList(user_id: String) -> impl IntoView {
    view! { <CredentialList kind=CredentialKind::SecurityKey user_id /> }
}
