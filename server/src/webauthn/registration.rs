//! UserService passkey and U2F methods: registration ceremonies, list, rename, remove, registration links.

use axum::Router;
use gatehouse_api::object::ListDetails;
use gatehouse_api::user::DetailsResponse;
use gatehouse_api::webauthn::{self as api, AuthFactorState, PasskeyAuthenticator, PasskeyRegistrationCode};
use serde_json::{json, Value};
use webauthn_rs::prelude::{
    Credential, PasskeyRegistration, RegisterPublicKeyCredential, SecurityKeyRegistration, Uuid,
};

use super::credentials::{self, Kind, Pending};
use super::{ceremony_failed, ensure_passkeys_allowed, rp};
use crate::auth::{Caller, Principal};
use crate::error::{Error, Result};
use crate::rpc::rpc;
use crate::user::access::{require, require_no_pending_password_change, require_recent_auth, Access};
use crate::user::commands::touch;
use crate::user::notify::{notify_security_change, Change, Factor};
use crate::user::{self, codes, store, UserRecord};
use crate::{mail, AppState};

pub fn routes(r: Router<crate::AppState>) -> Router<AppState> {
    let r = rpc::<api::RegisterPasskey, _, _>(r, |state, caller, req| async move {
        let user = human(&state, &req.user_id).await?;
        ensure_passkeys_allowed(&state, &user.org_id).await?;
        match &req.code {
            Some(code) => redeem_link_code(&state, &caller, &user, code).await?,
            // The browser that just created this password-less account adds its first passkey (see signup).
            None if super::signup::allows(&state, &caller, &user).await? => {}
            None if user.password_hash.is_none()
                && crate::user::access::access(&state, &caller, &user).await? < Access::SelfService =>
            {
                return Err(super::signup::no_grant());
            }
            None => {
                self_or_admin(&state, &caller, &user).await?;
                require_recent_auth(&state, &caller, &user).await?;
            }
        }
        let rp_id = rp::rp_id_for(&state, &req.domain).await?;
        let (id, options) = start(&state, &user, Kind::Passkey, req.authenticator, &rp_id).await?;
        Ok(api::RegisterPasskeyResponse {
            details: user::details(user.sequence as u64, state.now(), &user.org_id),
            passkey_id: id,
            public_key_credential_creation_options: options,
        })
    });
    let r = rpc::<api::VerifyPasskeyRegistration, _, _>(r, |state, caller, req| async move {
        let user = human(&state, &req.user_id).await?;
        ensure_passkeys_allowed(&state, &user.org_id).await?;
        // The ceremony id is the capability here: it was handed only to whoever started the registration (possibly
        // with a registration link, without a session), and it answers once.
        let name = credentials::valid_name(&req.passkey_name, Kind::Passkey)?;
        let sequence =
            finish(&state, &caller, &user, Kind::Passkey, &req.passkey_id, &req.public_key_credential, &name).await?;
        Ok(DetailsResponse { details: user::details(sequence, state.now(), &user.org_id) })
    });
    let r = rpc::<api::RegisterU2F, _, _>(r, |state, caller, req| async move {
        let user = human(&state, &req.user_id).await?;
        self_or_admin(&state, &caller, &user).await?;
        require_recent_auth(&state, &caller, &user).await?;
        let rp_id = rp::rp_id_for(&state, &req.domain).await?;
        let (id, options) = start(&state, &user, Kind::U2f, PasskeyAuthenticator::Unspecified, &rp_id).await?;
        Ok(api::RegisterU2FResponse {
            details: user::details(user.sequence as u64, state.now(), &user.org_id),
            u2f_id: id,
            public_key_credential_creation_options: options,
        })
    });
    let r = rpc::<api::VerifyU2FRegistration, _, _>(r, |state, caller, req| async move {
        let user = human(&state, &req.user_id).await?;
        self_or_admin(&state, &caller, &user).await?;
        let name = credentials::valid_name(&req.token_name, Kind::U2f)?;
        let sequence =
            finish(&state, &caller, &user, Kind::U2f, &req.u2f_id, &req.public_key_credential, &name).await?;
        Ok(DetailsResponse { details: user::details(sequence, state.now(), &user.org_id) })
    });
    let r = rpc::<api::ListPasskeys, _, _>(r, |state, caller, req| list(state, caller, req.user_id, Kind::Passkey));
    let r = rpc::<api::ListU2F, _, _>(r, |state, caller, req| list(state, caller, req.user_id, Kind::U2f));
    let r = rpc::<api::RemovePasskey, _, _>(r, |state, caller, req| {
        remove(state, caller, req.user_id, req.passkey_id, Kind::Passkey)
    });
    let r =
        rpc::<api::RemoveU2F, _, _>(r, |state, caller, req| remove(state, caller, req.user_id, req.u2f_id, Kind::U2f));
    let r = rpc::<api::RenamePasskey, _, _>(r, |state, caller, req| {
        rename(state, caller, req.user_id, req.passkey_id, req.name, Kind::Passkey)
    });
    let r = rpc::<api::RenameU2F, _, _>(r, |state, caller, req| {
        rename(state, caller, req.user_id, req.u2f_id, req.name, Kind::U2f)
    });
    rpc::<api::CreatePasskeyRegistrationLink, _, _>(r, create_link)
}

async fn human(state: &AppState, user_id: &str) -> Result<UserRecord> {
    let user = store::get(state, user_id).await?;
    if !user.is_human() {
        return Err(Error::failed_precondition("USER-Human", "User is not a human user"));
    }
    Ok(user)
}

async fn self_or_admin(state: &AppState, caller: &Caller, user: &UserRecord) -> Result<Access> {
    let level = require(state, caller, user, Access::SelfService).await?;
    require_no_pending_password_change(level, user)?;
    Ok(level)
}

/// Starts a registration: stores the ceremony in a pending row and returns its id and the browser's options.
async fn start(
    state: &AppState,
    user: &UserRecord,
    kind: Kind,
    authenticator: PasskeyAuthenticator,
    rp_id: &str,
) -> Result<(String, Value)> {
    let rp = rp::party(state, rp_id)?;
    let handle: Uuid = credentials::user_handle(state, &user.id).await?;
    // Every credential of the user is excluded, so one authenticator is not registered twice.
    let exclude = credentials::list(state, &user.id, None).await?.into_iter().map(|c| c.credential.cred_id).collect();
    let login_name = user.username.clone();
    let display = user.display_name();
    let (mut options, ceremony) = match kind {
        Kind::Passkey => {
            let (ccr, reg) =
                rp.start_passkey_registration(handle, &login_name, &display, Some(exclude)).map_err(ceremony_failed)?;
            (serde_json::to_value(ccr)?, serde_json::to_string(&reg)?)
        }
        Kind::U2f => {
            let (ccr, reg) = rp
                .start_securitykey_registration(handle, &login_name, &display, Some(exclude), None, None)
                .map_err(ceremony_failed)?;
            (serde_json::to_value(ccr)?, serde_json::to_string(&reg)?)
        }
    };
    shape_options(&mut options, kind, authenticator);
    let id = state.new_id();
    let mut tx = state.db.begin().await?;
    let pending = Pending { id: &id, user_id: &user.id, kind, user_handle: handle, ceremony, now: state.now() };
    credentials::insert_pending(&mut tx, pending).await?;
    // The host the ceremony runs on: the credential will only be good there.
    sqlx::query("UPDATE webauthn_credentials SET rp_id = $1 WHERE id = $2")
        .bind(rp_id)
        .bind(&id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok((id, options))
}

/// A passkey must be discoverable (it is found without a username, by autofill or the passkey button), so the
/// options ask for a resident key; the library leaves that to the authenticator. A security key is the opposite: a
/// second factor for a known user, kept off the authenticator's limited resident storage.
pub fn shape_options(options: &mut Value, kind: Kind, authenticator: PasskeyAuthenticator) {
    let Some(selection) = options.pointer_mut("/publicKey/authenticatorSelection").and_then(Value::as_object_mut)
    else {
        return;
    };
    match kind {
        Kind::Passkey => {
            selection.insert("residentKey".into(), json!("required"));
            selection.insert("requireResidentKey".into(), json!(true));
            match authenticator {
                PasskeyAuthenticator::Platform => selection.insert("authenticatorAttachment".into(), json!("platform")),
                PasskeyAuthenticator::CrossPlatform => {
                    selection.insert("authenticatorAttachment".into(), json!("cross-platform"))
                }
                PasskeyAuthenticator::Unspecified => selection.remove("authenticatorAttachment"),
            };
        }
        Kind::U2f => {
            selection.insert("residentKey".into(), json!("discouraged"));
            selection.insert("requireResidentKey".into(), json!(false));
            selection.insert("userVerification".into(), json!("discouraged"));
        }
    }
}

async fn finish(
    state: &AppState,
    caller: &Caller,
    user: &UserRecord,
    kind: Kind,
    id: &str,
    credential: &Value,
    name: &str,
) -> Result<u64> {
    let response: RegisterPublicKeyCredential = serde_json::from_value(credential.clone()).map_err(|e| {
        Error::invalid(
            "GATEHOUSE-WebAuthn-Credential",
            format!("publicKeyCredential is not a WebAuthn attestation: {e}"),
        )
    })?;
    let ceremony = credentials::take_ceremony(state, &user.id, id, kind).await?;
    let rp_id: Option<String> = sqlx::query_scalar("SELECT rp_id FROM webauthn_credentials WHERE id = $1")
        .bind(id)
        .fetch_optional(&state.db.read)
        .await?
        .flatten();
    let rp = rp::party(state, rp::of_credential(&rp_id, super::rp_id(state)?))?;
    let credential: Credential = match kind {
        Kind::Passkey => {
            let reg: PasskeyRegistration = serde_json::from_str(&ceremony)?;
            rp.finish_passkey_registration(&response, &reg).map_err(ceremony_failed)?.into()
        }
        Kind::U2f => {
            let reg: SecurityKeyRegistration = serde_json::from_str(&ceremony)?;
            rp.finish_securitykey_registration(&response, &reg).map_err(ceremony_failed)?.into()
        }
    };
    let mut tx = state.db.begin().await?;
    credentials::make_ready(&mut tx, id, name, &credential).await?;
    if kind == Kind::Passkey {
        super::signup::spend(&mut tx, &user.id).await?;
    }
    let event = format!("user.{}.added", kind.as_str());
    let sequence = touch(state, &mut tx, user, &event, caller.user_id(), json!({ "id": id, "name": name })).await?;
    tx.commit().await?;
    notify_security_change(state, user, Change::MethodAdded(factor(kind, name))).await;
    Ok(sequence)
}

/// How the notification mail names the credential (in the recipient's language).
fn factor(kind: Kind, name: &str) -> Factor {
    match kind {
        Kind::Passkey => Factor::Passkey(name.to_owned()),
        Kind::U2f => Factor::SecurityKey(name.to_owned()),
    }
}

async fn list(state: AppState, caller: Caller, user_id: String, kind: Kind) -> Result<api::ListPasskeysResponse> {
    let user = human(&state, &user_id).await?;
    require(&state, &caller, &user, Access::SelfService).await?;
    let result: Vec<api::Passkey> = credentials::list(&state, &user.id, Some(kind))
        .await?
        .into_iter()
        .map(|c| api::Passkey {
            id: c.id,
            state: AuthFactorState::Ready,
            name: c.name,
            creation_date: Some(c.created_at),
            last_used_date: c.last_used_at,
        })
        .collect();
    Ok(api::ListPasskeysResponse {
        details: ListDetails { total_result: result.len() as u64, processed_sequence: 0, timestamp: Some(state.now()) },
        result,
    })
}

async fn rename(
    state: AppState,
    caller: Caller,
    user_id: String,
    id: String,
    name: String,
    kind: Kind,
) -> Result<DetailsResponse> {
    let user = human(&state, &user_id).await?;
    self_or_admin(&state, &caller, &user).await?;
    let name = credentials::valid_name(&name, kind)?;
    let stored = credentials::get_ready(&state, &user.id, &id, kind).await?;
    let mut tx = state.db.begin().await?;
    credentials::rename(&mut tx, &stored.id, &name).await?;
    let event = format!("user.{}.renamed", kind.as_str());
    let payload = json!({ "id": stored.id, "name": name, "previousName": stored.name });
    let sequence = touch(&state, &mut tx, &user, &event, caller.user_id(), payload).await?;
    tx.commit().await?;
    Ok(DetailsResponse { details: user::details(sequence, state.now(), &user.org_id) })
}

async fn remove(state: AppState, caller: Caller, user_id: String, id: String, kind: Kind) -> Result<DetailsResponse> {
    let user = human(&state, &user_id).await?;
    self_or_admin(&state, &caller, &user).await?;
    let stored = credentials::get_ready(&state, &user.id, &id, kind).await?;
    ensure_not_last(&state, &user, &stored).await?;
    // After the refusals: no re-authentication only to be refused.
    require_recent_auth(&state, &caller, &user).await?;
    let mut tx = state.db.begin().await?;
    credentials::delete(&mut tx, &stored.id).await?;
    let event = format!("user.{}.removed", kind.as_str());
    let sequence =
        touch(&state, &mut tx, &user, &event, caller.user_id(), json!({ "id": stored.id, "name": stored.name }))
            .await?;
    tx.commit().await?;
    notify_security_change(&state, &user, Change::MethodRemoved(factor(kind, &stored.name))).await;
    Ok(DetailsResponse { details: user::details(sequence, state.now(), &user.org_id) })
}

/// Refuses to remove a credential the user cannot do without: their last passkey when they have no password (no
/// way to sign in would be left), or their last second factor while the login settings require one.
async fn ensure_not_last(state: &AppState, user: &UserRecord, removing: &credentials::Stored) -> Result<()> {
    let all = credentials::list(state, &user.id, None).await?;
    let others = |kind: Kind| all.iter().filter(|c| c.kind == kind && c.id != removing.id).count();
    match removing.kind {
        Kind::Passkey => {
            if user.password_hash.is_none() && others(Kind::Passkey) == 0 {
                return Err(Error::failed_precondition(
                    "GATEHOUSE-WebAuthn-LastFactor",
                    "This passkey is your only way to sign in. Set a password or add another passkey first.",
                ));
            }
        }
        Kind::U2f => {
            let policy = crate::settings::login_policy(state, &user.org_id).await?;
            if policy.force_mfa || policy.force_mfa_local_only {
                let enrolled = crate::mfa::enrolled::load(state, user).await?;
                let second = [enrolled.totp, enrolled.otp_email, enrolled.otp_sms].iter().filter(|e| **e).count()
                    + others(Kind::U2f)
                    + others(Kind::Passkey);
                if second == 0 {
                    return Err(Error::failed_precondition(
                        "GATEHOUSE-WebAuthn-LastFactor",
                        "The login settings require a second factor and this security key is your only one. \
                         Add another (an authenticator app, another key or a passkey) first.",
                    ));
                }
            }
        }
    }
    Ok(())
}

fn link_purpose(code_id: &str) -> String {
    format!("passkey_link:{code_id}")
}

/// A registration link's code lets someone without a session register a passkey for the user (a new device, or an
/// account created by an administrator). Guessing is rate limited and each code is good for one start.
async fn redeem_link_code(
    state: &AppState,
    caller: &Caller,
    user: &UserRecord,
    code: &PasskeyRegistrationCode,
) -> Result<()> {
    if !state.limiter.allow(caller.ip, &user.id) {
        return Err(user::too_many_attempts());
    }
    if code.id.is_empty() || code.id.len() > 64 {
        return Err(codes::invalid_code());
    }
    codes::consume(state, &user.id, &link_purpose(&code.id), &code.code).await
}

async fn create_link(
    state: AppState,
    caller: Caller,
    req: api::CreatePasskeyRegistrationLinkRequest,
) -> Result<api::CreatePasskeyRegistrationLinkResponse> {
    let user = human(&state, &req.user_id).await?;
    let level = self_or_admin(&state, &caller, &user).await?;
    ensure_passkeys_allowed(&state, &user.org_id).await?;
    if req.send_link.is_some() && req.return_code.is_some() {
        return Err(Error::invalid("USER-oneof", "Set only one of sendLink, returnCode"));
    }
    if req.return_code.is_some() && level != Access::Admin {
        return Err(Error::denied());
    }
    let code_id = state.new_id();
    let mut tx = state.db.begin().await?;
    let code = codes::issue(&state, &mut tx, &user.id, &link_purpose(&code_id)).await?;
    let sequence =
        touch(&state, &mut tx, &user, "user.passkey.link.created", caller.user_id(), json!({ "codeId": code_id }))
            .await?;
    tx.commit().await?;
    let details = user::details(sequence, state.now(), &user.org_id);
    if req.return_code.is_some() {
        return Ok(api::CreatePasskeyRegistrationLinkResponse {
            details,
            code: Some(PasskeyRegistrationCode { id: code_id, code }),
        });
    }
    // Only API clients with a PAT choose where the mailed link points (see user::deliver_email_code).
    let template = match caller.principal {
        Principal::Member(_) => req.send_link.as_ref().and_then(|s| s.url_template.clone()),
        _ => None,
    };
    let Some(email) = user.email.clone() else {
        return Err(Error::failed_precondition(
            "GATEHOUSE-Passkey-NoEmail",
            "The user has no email address to send to",
        ));
    };
    let link = match template {
        Some(t) => mail::fill_template(
            &t,
            &[
                ("UserID", &user.id),
                ("CodeID", &code_id),
                ("Code", &code),
                ("LoginName", &user.username),
                ("OrgID", &user.org_id),
            ],
        ),
        None => mail::link(
            &state.public_url,
            "/passkey/set",
            &[("userId", user.id.as_str()), ("codeId", code_id.as_str()), ("code", code.as_str())],
        ),
    };
    mail::send(&state, &user, &email, mail::Template::PasskeyLink { link, hours: codes::VALIDITY.num_hours() }).await?;
    Ok(api::CreatePasskeyRegistrationLinkResponse { details, code: None })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options() -> Value {
        json!({"publicKey": {"authenticatorSelection": {"residentKey": "discouraged", "requireResidentKey": false,
            "userVerification": "required"}}})
    }

    #[test]
    fn passkeys_ask_for_a_discoverable_credential_and_keys_do_not() {
        let mut o = options();
        shape_options(&mut o, Kind::Passkey, PasskeyAuthenticator::Platform);
        let s = &o["publicKey"]["authenticatorSelection"];
        assert_eq!((s["residentKey"].as_str(), s["requireResidentKey"].as_bool()), (Some("required"), Some(true)));
        assert_eq!(s["authenticatorAttachment"], "platform");
        assert_eq!(s["userVerification"], "required");
        let mut o = options();
        shape_options(&mut o, Kind::U2f, PasskeyAuthenticator::Unspecified);
        let s = &o["publicKey"]["authenticatorSelection"];
        assert_eq!(
            (s["residentKey"].as_str(), s["userVerification"].as_str()),
            (Some("discouraged"), Some("discouraged"))
        );
    }
}
