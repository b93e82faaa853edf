//! UserService.

pub mod access;
mod account;
pub mod account_policy;
pub mod avatar;
pub mod codes;
pub mod commands;
pub mod export;
mod list;
pub mod notify;
pub mod phone;
pub mod profile;
pub mod remove;
pub mod security_log;
pub mod store;

use axum::Router;
use gatehouse_api::object::Details;
use gatehouse_api::user::{self as api, CodeDelivery};

use crate::auth::{Caller, Principal};
use crate::clock::Timestamp;
use crate::error::{Error, Result};
use crate::mail;
use crate::rpc::rpc;
use crate::AppState;
use access::{require, require_no_pending_password_change, Access};
pub use store::UserRecord;

pub fn routes() -> Router<AppState> {
    let r = Router::new();
    let r = rpc::<api::AddHumanUser, _, _>(r, add_human_user);
    let r = rpc::<api::GetUserByID, _, _>(r, |state, caller, req| async move {
        let user = store::get(&state, &req.user_id).await?;
        require(&state, &caller, &user, Access::SelfService).await?;
        Ok(api::GetUserByIdResponse { details: user.details()?, user: user.to_wire(&state)? })
    });
    let r = rpc::<api::ListUsers, _, _>(r, list::list_users);
    let r = rpc::<api::UpdateHumanUser, _, _>(r, update_human_user);
    let r = rpc::<api::DeleteUser, _, _>(r, |state, caller, req| async move {
        let user = store::get(&state, &req.user_id).await?;
        if !caller.owns_org(&user.org_id) {
            return Err(Error::denied());
        }
        let sequence = remove::remove(&state, &user, caller.user_id()).await?;
        Ok(api::DetailsResponse { details: details(sequence, state.now(), &user.org_id) })
    });
    let r = rpc::<api::SetEmail, _, _>(r, |state, caller, req| async move {
        let user = human(&state, &req.user_id).await?;
        let level = require(&state, &caller, &user, Access::SelfService).await?;
        require_no_pending_password_change(level, &user)?;
        access::require_recent_auth(&state, &caller, &user).await?;
        let delivery = Delivery::choose(&req.delivery, level)?;
        if profile::keeps_old_address(level == Access::Admin, &user) {
            codes::throttle_send(&state, &user.id, codes::EMAIL).await?;
            let (sequence, code) = profile::request_email_change(&state, &user, &req.email, caller.user_id()).await?;
            let user = store::get(&state, &user.id).await?;
            send_pending_verification(&state, &user, &code).await?;
            return Ok(api::CodeResponse {
                details: details(sequence, state.now(), &user.org_id),
                verification_code: None,
            });
        }
        let (sequence, code) =
            commands::set_email(&state, &user, &req.email, delivery == Delivery::AlreadyVerified, caller.user_id())
                .await?;
        let user = store::get(&state, &user.id).await?;
        let verification_code = deliver_email_code(&state, &caller, &user, code, &req.delivery, delivery).await?;
        Ok(api::CodeResponse { details: details(sequence, state.now(), &user.org_id), verification_code })
    });
    let r = rpc::<api::ResendEmailCode, _, _>(r, resend_email_code);
    let r = rpc::<api::SendEmailCode, _, _>(r, resend_email_code);
    let r = rpc::<api::VerifyEmail, _, _>(r, |state, caller, req| async move {
        let user = human(&state, &req.user_id).await?;
        // The code itself authorises; throttle guessing like a password check.
        if !state.limiter.allow(caller.ip, &user.id) {
            return Err(too_many_attempts());
        }
        let sequence = match user.pending_email.clone() {
            Some(pending) => {
                let code = req.verification_code.trim();
                let sequence = profile::confirm_email_change(&state, &user, &pending, code, caller.user_id()).await?;
                // To the old address: the one an attacker who changed it cannot read.
                notify::notify_security_change(&state, &user, notify::Change::EmailChanged { new: pending }).await;
                sequence
            }
            None => commands::verify_email(&state, &user, &req.verification_code, caller.user_id()).await?,
        };
        Ok(api::DetailsResponse { details: details(sequence, state.now(), &user.org_id) })
    });
    let r = rpc::<api::SetPassword, _, _>(r, set_password);
    let r = phone::routes(r);
    let r = account::routes(r);
    let r = avatar::routes(r);
    rpc::<api::PasswordReset, _, _>(r, password_reset)
}

pub fn too_many_attempts() -> Error {
    Error::resource_exhausted("GATEHOUSE-RateLimit", "Too many attempts, try again in a minute")
}

pub fn details(sequence: u64, at: Timestamp, owner: &str) -> Details {
    Details { sequence, change_date: Some(at), resource_owner: owner.to_owned(), creation_date: None }
}

async fn human(state: &AppState, user_id: &str) -> Result<UserRecord> {
    let user = store::get(state, user_id).await?;
    if !user.is_human() {
        return Err(Error::failed_precondition("USER-Human", "User is not a human user"));
    }
    Ok(user)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Delivery {
    Send,
    Return,
    AlreadyVerified,
}

impl Delivery {
    /// The oneof `sendCode` | `returnCode` | `isVerified`; only admins may take the code or skip verification.
    fn choose(d: &CodeDelivery, level: Access) -> Result<Delivery> {
        let chosen = [d.send_code.is_some(), d.return_code.is_some(), d.is_verified == Some(true)];
        if chosen.iter().filter(|c| **c).count() > 1 {
            return Err(Error::invalid("USER-oneof", "Set only one of sendCode, returnCode, isVerified"));
        }
        let delivery = if d.return_code.is_some() {
            Delivery::Return
        } else if d.is_verified == Some(true) {
            Delivery::AlreadyVerified
        } else {
            Delivery::Send
        };
        if delivery != Delivery::Send && level != Access::Admin {
            return Err(Error::denied());
        }
        Ok(delivery)
    }
}

/// Mails the code or hands it back. A browser caller's `urlTemplate` is ignored: otherwise any page could make us
/// mail a code link pointing to its own site.
async fn deliver_email_code(
    state: &AppState,
    caller: &Caller,
    user: &UserRecord,
    code: Option<String>,
    requested: &CodeDelivery,
    delivery: Delivery,
) -> Result<Option<String>> {
    let Some(code) = code else { return Ok(None) };
    if delivery == Delivery::Return {
        return Ok(Some(code));
    }
    // Only API clients with a PAT choose where mailed links point: a browser or a session token could otherwise
    // have us mail a genuine code to the user inside a link to the caller's own site.
    let template = match caller.principal {
        Principal::Member(_) => requested.send_code.as_ref().and_then(|s| s.url_template.clone()),
        _ => None,
    };
    send_verification(state, user, &code, template.as_deref()).await?;
    Ok(None)
}

pub async fn send_verification(state: &AppState, user: &UserRecord, code: &str, template: Option<&str>) -> Result<()> {
    let Some(email) = user.email.as_deref() else { return Ok(()) };
    let link = match template {
        Some(t) => mail::fill_template(
            t,
            &[("Code", code), ("UserID", &user.id), ("LoginName", &user.username), ("OrgID", &user.org_id)],
        ),
        None => mail::link(
            &state.public_url,
            "/verify",
            &[("userId", user.id.as_str()), ("code", code), ("loginName", user.username.as_str())],
        ),
    };
    let hours = codes::VALIDITY.num_hours();
    let template = mail::Template::VerifyEmail { email: email.to_owned(), code: code.to_owned(), link, hours };
    mail::send(state, user, email, template).await
}

/// Mails the code for a pending email change to the new address.
async fn send_pending_verification(state: &AppState, user: &UserRecord, code: &str) -> Result<()> {
    let Some(pending) = user.pending_email.as_deref() else { return Ok(()) };
    let link = mail::link(
        &state.public_url,
        "/verify",
        &[("userId", user.id.as_str()), ("code", code), ("loginName", user.username.as_str())],
    );
    let hours = codes::VALIDITY.num_hours();
    let template = mail::Template::VerifyEmail { email: pending.to_owned(), code: code.to_owned(), link, hours };
    mail::send(state, user, pending, template).await
}

async fn add_human_user(
    state: AppState,
    caller: Caller,
    req: api::AddHumanUserRequest,
) -> Result<api::AddHumanUserResponse> {
    let org_id = crate::org::resolve(&state, req.organization.as_ref()).await?;
    let is_admin = caller.is_instance_login_admin() || caller.owns_org(&org_id);
    let req = crate::idp::links::vouched_registration(&state, &caller, is_admin, req).await?;
    if !is_admin {
        match caller.principal {
            Principal::Browser => {
                // Self-registration: only what a person may set about themselves.
                if !crate::settings::login_policy(&state, &org_id).await?.allow_register {
                    return Err(Error::permission_denied("USER-Register", "Registration is not allowed"));
                }
                let email = req.email.as_ref().map(|e| &e.delivery);
                let phone = req.phone.as_ref().map(|p| &p.delivery);
                if email.is_some_and(|d| d.is_verified.is_some() || d.return_code.is_some())
                    || phone.is_some_and(|d| d.is_verified.is_some() || d.return_code.is_some())
                    || req.hashed_password.is_some()
                    || req.user_id.is_some()
                    || !req.metadata.is_empty()
                    || req.password.as_ref().is_some_and(|p| p.change_required)
                {
                    return Err(Error::permission_denied(
                        "USER-Register-Fields",
                        "Self-registration may not set isVerified, returnCode, hashedPassword, userId, metadata or changeRequired",
                    ));
                }
                if req.password.is_none() && req.idp_links.is_empty() {
                    // Without a password or a linked identity, the account's only way in is a passkey.
                    crate::webauthn::ensure_passkeys_allowed(&state, &org_id).await?;
                }
            }
            _ => return Err(Error::denied()),
        }
    }
    let delivery = req.email.as_ref().map(|e| e.delivery.clone()).unwrap_or_default();
    let level = if is_admin { Access::Admin } else { Access::SelfService };
    let chosen = Delivery::choose(&delivery, level)?;
    crate::idp::links::check_for_new_user(&state, &caller, is_admin, &org_id, &req.idp_links).await?;
    let added = commands::add_human(&state, &org_id, &req, caller.user_id()).await?;
    if !is_admin {
        // Self-registration without a password: this browser may add the account's first passkey.
        crate::webauthn::signup::grant(&state, &caller, &added.user).await?;
    }
    crate::idp::links::add_for_new_user(&state, &caller, is_admin, &added.user, &req.idp_links).await?;
    // The user exists now; a mail failure must not turn into "already exists" on retry. They can ask for a new code.
    let email_code = match deliver_email_code(&state, &caller, &added.user, added.email_code, &delivery, chosen).await {
        Ok(code) => code,
        Err(e) => {
            tracing::error!(user_id = %added.user.id, error = %e, "verification mail for a new user failed");
            None
        }
    };
    Ok(api::AddHumanUserResponse {
        user_id: added.user.id.clone(),
        details: added.user.details()?,
        email_code,
        phone_code: None,
    })
}

async fn update_human_user(
    state: AppState,
    caller: Caller,
    req: api::UpdateHumanUserRequest,
) -> Result<api::UpdateHumanUserResponse> {
    let user = human(&state, &req.user_id).await?;
    let level = require(&state, &caller, &user, Access::SelfService).await?;
    require_no_pending_password_change(level, &user)?;
    let admin = level == Access::Admin;
    if !admin && (req.email.is_some() || req.phone.is_some() || req.password.is_some()) {
        return Err(Error::permission_denied(
            "USER-Update-Fields",
            "Only the profile and username can be changed here",
        ));
    }
    let creator = caller.user_id();
    if let Some(username) = req.username.as_deref().filter(|u| u.trim() != user.username) {
        // The login name is how the account is found: a stale session must not rename it.
        access::require_recent_auth(&state, &caller, &user).await?;
        commands::change_username(&state, &user, username, creator).await?;
        if !admin {
            let new = username.trim().to_owned();
            notify::notify_security_change(&state, &user, notify::Change::UsernameChanged { new }).await;
        }
    }
    if let Some(profile) = &req.profile {
        commands::update_profile(&state, &user, profile, creator).await?;
    }
    let mut email_code = None;
    if let Some(email) = &req.email {
        let delivery = Delivery::choose(&email.delivery, level)?;
        let (_, code) =
            commands::set_email(&state, &user, &email.email, delivery == Delivery::AlreadyVerified, creator).await?;
        let fresh = store::get(&state, &user.id).await?;
        email_code = deliver_email_code(&state, &caller, &fresh, code, &email.delivery, delivery).await?;
    }
    if let Some(password) = &req.password {
        if let Some(new) = &password.new_password {
            commands::set_password(&state, &user, &new.password, new.change_required, creator).await?;
        }
    }
    let user = store::get(&state, &user.id).await?;
    Ok(api::UpdateHumanUserResponse { details: user.details()?, email_code, phone_code: None })
}

async fn resend_email_code(
    state: AppState,
    caller: Caller,
    req: api::ResendEmailCodeRequest,
) -> Result<api::CodeResponse> {
    let user = human(&state, &req.user_id).await?;
    let level = require(&state, &caller, &user, Access::SelfService).await?;
    let delivery = Delivery::choose(&req.delivery, level)?;
    if delivery == Delivery::AlreadyVerified {
        return Err(Error::invalid("USER-oneof", "isVerified is not allowed here"));
    }
    if level != Access::Admin {
        codes::throttle_send(&state, &user.id, codes::EMAIL).await?;
    }
    if user.pending_email.is_some() && delivery == Delivery::Send {
        let (sequence, code) = profile::new_pending_code(&state, &user, caller.user_id()).await?;
        send_pending_verification(&state, &user, &code).await?;
        return Ok(api::CodeResponse {
            details: details(sequence, state.now(), &user.org_id),
            verification_code: None,
        });
    }
    let (sequence, code) = commands::new_email_code(&state, &user, caller.user_id()).await?;
    let verification_code = deliver_email_code(&state, &caller, &user, Some(code), &req.delivery, delivery).await?;
    Ok(api::CodeResponse { details: details(sequence, state.now(), &user.org_id), verification_code })
}

async fn set_password(state: AppState, caller: Caller, req: api::SetPasswordRequest) -> Result<api::DetailsResponse> {
    let user = human(&state, &req.user_id).await?;
    let new = req.new_password.as_ref().ok_or_else(|| Error::invalid("USER-NewPw", "newPassword is required"))?;
    let by_user = match (&req.current_password, &req.verification_code) {
        (Some(_), Some(_)) => {
            return Err(Error::invalid("USER-oneof", "Set either currentPassword or verificationCode"))
        }
        (None, Some(code)) => {
            // The reset code authorises whoever presents it.
            if !state.limiter.allow(caller.ip, &user.id) {
                return Err(too_many_attempts());
            }
            crate::settings::check_complexity(
                &crate::settings::password_complexity(&state, &user.org_id).await?,
                &new.password,
            )?;
            codes::consume(&state, &user.id, codes::PASSWORD, code).await?;
            true
        }
        (Some(current), None) => {
            let level = require(&state, &caller, &user, Access::SelfService).await?;
            // The same check as a login: rate limited, counted towards the lockout, refused while locked.
            crate::session::check_password(&state, caller.ip, &user, current).await?;
            level != Access::Admin || caller.user_id() == Some(user.id.as_str())
        }
        (None, None) => {
            require(&state, &caller, &user, Access::Admin).await?;
            false
        }
    };
    // The user choosing their own password settles any required change; an admin may demand another one.
    let change_required = !by_user && new.change_required;
    let sequence = commands::set_password(&state, &user, &new.password, change_required, caller.user_id()).await?;
    notify::notify_security_change(&state, &user, notify::Change::PasswordChanged).await;
    Ok(api::DetailsResponse { details: details(sequence, state.now(), &user.org_id) })
}

async fn password_reset(state: AppState, caller: Caller, req: api::PasswordResetRequest) -> Result<api::CodeResponse> {
    let user = human(&state, &req.user_id).await?;
    let level = require(&state, &caller, &user, Access::BrowserSession).await?;
    if req.send_link.is_some() && req.return_code.is_some() {
        return Err(Error::invalid("USER-oneof", "Set either sendLink or returnCode"));
    }
    if req.return_code.is_some() && level != Access::Admin {
        return Err(Error::denied());
    }
    let (sequence, code) = commands::new_password_code(&state, &user, caller.user_id()).await?;
    if req.return_code.is_some() {
        return Ok(api::CodeResponse {
            details: details(sequence, state.now(), &user.org_id),
            verification_code: Some(code),
        });
    }
    let template = match caller.principal {
        Principal::Member(_) => req.send_link.as_ref().and_then(|s| s.url_template.clone()),
        _ => None,
    };
    let link = match template {
        Some(t) => mail::fill_template(
            &t,
            &[("Code", &code), ("UserID", &user.id), ("LoginName", &user.username), ("OrgID", &user.org_id)],
        ),
        None => {
            mail::link(&state.public_url, "/password/set", &[("userId", user.id.as_str()), ("code", code.as_str())])
        }
    };
    if let Some(email) = user.email.as_deref() {
        let template = mail::Template::PasswordReset { code: code.clone(), link, hours: codes::VALIDITY.num_hours() };
        mail::send(&state, &user, email, template).await?;
    }
    Ok(api::CodeResponse { details: details(sequence, state.now(), &user.org_id), verification_code: None })
}
