//! Browser tests: the user stories, driven through headless chromium against the real
//! server. One binary, so `--test-threads` bounds how many chromiums run at once.

mod accessibility;
mod account;
mod avatar;
mod branding;
mod first_load;
mod i18n;
mod idp;
mod idp_apple;
mod keyboard;
mod lazy_pages;
mod login;
mod mfa;
mod navigation;
mod oidc;
mod oidc_accounts;
mod oidc_logout;
mod org_login;
mod otp;
mod passkey;
mod passkey_signup;
mod password_reset;
mod profile;
mod reauth;
mod register;
mod totp;
mod u2f;
