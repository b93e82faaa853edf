//! API tests: the real server over REST and Connect, exact success and error shapes.

#[path = "../common/mod.rs"]
mod common;

mod account;
mod apps;
mod avatar;
mod branding;
mod browser;
mod errors;
mod i18n;
mod idp;
mod idp_flow;
mod login_policy;
mod mail;
mod mfa_bench;
mod mfa_otp;
mod mfa_totp;
mod oidc;
mod oidc_backchannel;
mod oidc_device;
mod oidc_keys_at_rest;
mod oidc_logout;
mod oidc_private_key_jwt;
mod oidc_throughput;
mod org_domains;
mod org_domains_safety;
mod orgs;
mod phone;
mod projects;
mod reauth;
mod security;
mod seed;
mod sessions;
mod settings;
mod users;
mod webauthn;
mod webauthn_signup;
mod webauthn_soft;
