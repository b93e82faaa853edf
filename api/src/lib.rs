//! Wire types of the ZITADEL v2 API (and the v1 policy methods ZITADEL's tools use to write settings), shared by the
//! Gatehouse SPA and server so the two cannot drift apart.
//!
//! Every RPC is declared once with [`rpc!`]: its service, name, REST verb, REST path and request/response types. The
//! server builds both wire forms (REST and Connect) from that declaration and the SPA's client calls it by type.
//!
//! JSON follows protojson: lowerCamelCase names (see [`json::normalize`] for accepting snake_case and `null`),
//! 64-bit integers as strings ([`json::int64`]), durations as `"3600s"` ([`json::Duration`]), enum value names
//! ([`proto_enum!`]) and unset fields omitted.

pub mod account;
pub mod app;
pub mod branding;
pub mod domain_policy;
pub mod error;
pub mod i18n;
pub mod idp;
pub mod json;
pub mod mfa;
pub mod object;
pub mod oidc;
pub mod org;
pub mod org_domain;
pub mod project;
pub mod rpc;
pub mod session;
pub mod settings;
pub mod user;
pub mod webauthn;

pub use error::{ApiError, Code};
pub use rpc::{Rpc, Verb};
