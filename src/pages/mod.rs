//! One module per route, named after it.

pub mod accounts;
pub mod authenticator_set;
pub mod dev_outbox;
pub mod device;
pub mod device_consent;
pub mod idp;
pub mod idp_success;
pub mod login;
pub mod loginname;
pub mod logout;
pub mod logout_done;
pub mod mfa;
pub mod not_found;
pub mod otp;
pub mod otp_set;
pub mod passkey;
pub mod passkey_set;
pub mod password;
pub mod password_change;
pub mod password_set;
pub mod profile;
pub mod recovery_code;
pub mod register;
pub mod signedin;
pub mod u2f;
pub mod verify;

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// A query parameter of the current URL, reactive; empty values count as absent.
pub fn use_query_param(name: &'static str) -> Memo<Option<String>> {
    let query = use_query_map();
    Memo::new(move |_| query.with(|q| q.get(name)).filter(|value| !value.is_empty()))
}
