//! Assertions: the `webAuthN` challenge a session requests and the `webAuthN` check that answers it.
//!
//! With a user on the session, a `USER_VERIFICATION_REQUIREMENT_REQUIRED` challenge lists the user's passkeys and
//! any other requirement lists their security keys (U2F, as ZITADEL's login asks for them). Without a user
//! (Gatehouse extension: ZITADEL requires the user check first) a REQUIRED challenge is discoverable, with an empty
//! `allowCredentials`: the browser offers whichever passkey it holds for this site, and the check binds the user
//! that passkey belongs to (found by credential id, confirmed by the user handle).

use chrono::Duration;
use gatehouse_api::session::{CheckWebAuthN, RequestWebAuthN, UserVerificationRequirement, WebAuthNChallenge};
use gatehouse_api::user::UserState;
use serde_json::Value;
use sqlx::Row;
use webauthn_rs::prelude::{
    AuthenticationResult, Credential, DiscoverableAuthentication, Passkey, PasskeyAuthentication, PublicKeyCredential,
    SecurityKey, SecurityKeyAuthentication,
};

use super::credentials::{self, Kind, Stored};
use super::{ceremony_failed, ensure_passkeys_allowed, rp, CEREMONY_TTL};
use crate::auth::Caller;
use crate::clock::{from_db, to_db, Timestamp};
use crate::db::Tx;
use crate::error::{Error, Result};
use crate::session::factors::{self, FactorKind};
use crate::user::{self, store, UserRecord};
use crate::AppState;

const PASSKEY: &str = "passkey";
const U2F: &str = "u2f";
const DISCOVERABLE: &str = "discoverable";

/// Issues the session's assertion challenge (replacing an unanswered one) and returns the browser's options.
pub async fn challenge(
    state: &AppState,
    session_id: &str,
    user: Option<&UserRecord>,
    req: &RequestWebAuthN,
) -> Result<WebAuthNChallenge> {
    let rp_id = rp::rp_id_for(state, &req.domain).await?;
    let rp = rp::party(state, &rp_id)?;
    let requirement = req.user_verification_requirement;
    if requirement == UserVerificationRequirement::Unspecified {
        return Err(Error::invalid(
            "SESSION-WebAuthN-UV",
            "webAuthN.userVerificationRequirement is required (REQUIRED for passkeys, DISCOURAGED for security keys)",
        ));
    }
    let (kind, rcr, ceremony) = match (user, requirement) {
        (Some(user), UserVerificationRequirement::Required) => {
            ensure_passkeys_allowed(state, &user.org_id).await?;
            let keys: Vec<Passkey> =
                stored_of(state, &user.id, Kind::Passkey, &rp_id).await?.into_iter().map(Passkey::from).collect();
            let (rcr, ast) = rp.start_passkey_authentication(&keys).map_err(ceremony_failed)?;
            (PASSKEY, rcr, serde_json::to_string(&ast)?)
        }
        (Some(user), _) => {
            let keys: Vec<SecurityKey> =
                stored_of(state, &user.id, Kind::U2f, &rp_id).await?.into_iter().map(SecurityKey::from).collect();
            let (rcr, ast) = rp.start_securitykey_authentication(&keys).map_err(ceremony_failed)?;
            (U2F, rcr, serde_json::to_string(&ast)?)
        }
        (None, UserVerificationRequirement::Required) => {
            ensure_passkeys_allowed(state, &state.instance.default_org_id).await?;
            let (rcr, ast) = rp.start_discoverable_authentication().map_err(ceremony_failed)?;
            (DISCOVERABLE, rcr, serde_json::to_string(&ast)?)
        }
        (None, _) => {
            return Err(Error::failed_precondition(
                "SESSION-WebAuthN-User",
                "Check the user before asking for a security key challenge",
            ))
        }
    };
    let expires = state.now() + Duration::from_std(CEREMONY_TTL).unwrap_or(Duration::minutes(5));
    sqlx::query(
        "INSERT INTO webauthn_challenges (session_id, kind, user_id, ceremony, expires_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (session_id) DO UPDATE SET kind = excluded.kind, user_id = excluded.user_id,
           ceremony = excluded.ceremony, expires_at = excluded.expires_at",
    )
    .bind(session_id)
    .bind(kind)
    .bind(user.map(|u| u.id.clone()))
    // The relying party travels with the ceremony: the answer is checked against the same host.
    .bind(format!("{rp_id}\n{ceremony}"))
    .bind(to_db(expires))
    .execute(&state.db.write)
    .await?;
    // ZITADEL's shape: `{"publicKey": {...}}`. Whether to show a dialog or wait for autofill is the page's choice.
    let mut options = serde_json::to_value(rcr)?;
    if let Some(o) = options.as_object_mut() {
        o.remove("mediation");
    }
    if kind == U2F {
        // A security key is the second factor after a password: no PIN prompt (the library says "preferred").
        if let Some(pk) = options.get_mut("publicKey").and_then(Value::as_object_mut) {
            pk.insert("userVerification".into(), Value::from("discouraged"));
        }
    }
    Ok(WebAuthNChallenge { public_key_credential_request_options: options })
}

/// The user's credentials of `kind` made for the relying party `rp_id` (others cannot answer here).
async fn stored_of(state: &AppState, user_id: &str, kind: Kind, rp_id: &str) -> Result<Vec<Credential>> {
    let public = super::rp_id(state)?;
    let stored: Vec<Stored> = credentials::list(state, user_id, Some(kind))
        .await?
        .into_iter()
        .filter(|s| rp::of_credential(&s.rp_id, public).eq_ignore_ascii_case(rp_id))
        .collect();
    if stored.is_empty() {
        return Err(match kind {
            Kind::Passkey => Error::failed_precondition("GATEHOUSE-WebAuthn-NoPasskey", "This account has no passkey"),
            Kind::U2f => Error::failed_precondition("GATEHOUSE-WebAuthn-NoKey", "This account has no security key"),
        });
    }
    Ok(stored.into_iter().map(|s| s.credential).collect())
}

/// A passed `webAuthN` check, to be recorded with [`record`] in the transaction that updates the session.
pub struct Verified {
    pub user: UserRecord,
    pub stored: Stored,
    pub credential: Credential,
    pub user_verified: bool,
}

pub fn made_for_another_host() -> Error {
    Error::invalid(
        "GATEHOUSE-WebAuthn-OtherHost",
        "This passkey was made for another address of this service; use it there, or add one here",
    )
}

pub fn unknown_credential() -> Error {
    Error::invalid("GATEHOUSE-WebAuthn-Unknown", "This passkey or security key is not registered for this account")
}

/// Verifies the assertion against the session's challenge, which is consumed whatever the outcome.
pub async fn verify(
    state: &AppState,
    caller: &Caller,
    session_id: &str,
    session_user: Option<&UserRecord>,
    check: &CheckWebAuthN,
) -> Result<Verified> {
    let response: PublicKeyCredential = parse(&check.credential_assertion_data)?;
    let row = sqlx::query(
        "DELETE FROM webauthn_challenges WHERE session_id = $1 RETURNING kind, user_id, ceremony, expires_at",
    )
    .bind(session_id)
    .fetch_optional(&state.db.write)
    .await?;
    let Some(row) = row else {
        return Err(Error::failed_precondition(
            "COMMAND-O8jjk",
            "No WebAuthn challenge is waiting for this session; request the webAuthN challenge first",
        ));
    };
    if state.now() >= from_db(&row.try_get::<String, _>("expires_at")?)? {
        return Err(Error::failed_precondition(
            "GATEHOUSE-WebAuthn-Expired",
            "The passkey prompt timed out; try again",
        ));
    }
    let kind: String = row.try_get("kind")?;
    let stored_ceremony: String = row.try_get("ceremony")?;
    let public = super::rp_id(state)?;
    let (rp_id, ceremony) = stored_ceremony.split_once('\n').unwrap_or((public, stored_ceremony.as_str()));
    let rp = rp::party(state, rp_id)?;
    let stored = credentials::find_by_credential_id(state, response.get_credential_id())
        .await?
        .ok_or_else(unknown_credential)?;
    let user = match (kind.as_str(), session_user) {
        (DISCOVERABLE, Some(u)) if u.id != stored.user_id => return Err(unknown_credential()),
        (DISCOVERABLE, _) => store::get(state, &stored.user_id).await?,
        (_, Some(u)) if u.id == stored.user_id => u.clone(),
        _ => return Err(unknown_credential()),
    };
    if !state.limiter.allow(caller.ip, &user.id) {
        return Err(user::too_many_attempts());
    }
    match user.state() {
        UserState::Locked => return Err(Error::failed_precondition("COMMAND-SFA3t", "User is locked")),
        UserState::Active => {}
        _ => return Err(Error::failed_precondition("COMMAND-vgDIu", "User is inactive")),
    }
    if !rp::of_credential(&stored.rp_id, public).eq_ignore_ascii_case(rp_id) {
        return Err(made_for_another_host());
    }
    let expected = if kind == U2F { Kind::U2f } else { Kind::Passkey };
    if stored.kind != expected {
        return Err(unknown_credential());
    }
    if expected == Kind::Passkey {
        ensure_passkeys_allowed(state, &user.org_id).await?;
    }
    let result = finish(&rp, &kind, ceremony, &response, &stored)?;
    let mut credential = stored.credential.clone();
    apply(&mut credential, &result);
    // Only a passkey's user verification makes the check a first (multi-)factor: a security key registered as a
    // second factor stays one even when it happens to verify its user (a PIN), or it would replace the password
    // and slip past passkeysType NOT_ALLOWED.
    let user_verified = expected == Kind::Passkey && result.user_verified();
    Ok(Verified { user, stored, credential, user_verified })
}

/// The cryptographic part, without I/O (benchmarked on its own).
pub fn finish(
    rp: &webauthn_rs::Webauthn,
    kind: &str,
    ceremony: &str,
    response: &PublicKeyCredential,
    stored: &Stored,
) -> Result<AuthenticationResult> {
    match kind {
        PASSKEY => {
            let ast: PasskeyAuthentication = serde_json::from_str(ceremony)?;
            rp.finish_passkey_authentication(response, &ast).map_err(ceremony_failed)
        }
        U2F => {
            let ast: SecurityKeyAuthentication = serde_json::from_str(ceremony)?;
            rp.finish_securitykey_authentication(response, &ast).map_err(ceremony_failed)
        }
        DISCOVERABLE => {
            let (handle, _) = rp.identify_discoverable_authentication(response).map_err(ceremony_failed)?;
            if handle.to_string() != stored.user_handle {
                return Err(unknown_credential());
            }
            let ast: DiscoverableAuthentication = serde_json::from_str(ceremony)?;
            rp.finish_discoverable_authentication_v2(response, ast, &stored.credential).map_err(ceremony_failed)
        }
        other => Err(Error::internal(format!("unknown WebAuthn challenge kind {other:?}"))),
    }
}

fn parse(value: &Value) -> Result<PublicKeyCredential> {
    serde_json::from_value(value.clone()).map_err(|e| {
        Error::invalid(
            "GATEHOUSE-WebAuthn-Credential",
            format!("credentialAssertionData is not a WebAuthn assertion: {e}"),
        )
    })
}

/// The counter and backup state the authenticator just reported (the library already refused a counter that did
/// not move forward).
fn apply(credential: &mut Credential, result: &AuthenticationResult) {
    if result.counter() > credential.counter {
        credential.counter = result.counter();
    }
    credential.backup_state = result.backup_state();
    credential.backup_eligible = result.backup_eligible();
}

/// Records the passed check on the session and the use on the credential.
pub async fn record(tx: &mut Tx, session_id: &str, verified: &Verified, now: Timestamp) -> Result<()> {
    factors::record(tx, session_id, &verified.user.id, FactorKind::WebAuthn, verified.user_verified, now).await?;
    super::userless::restore(tx, session_id).await?;
    credentials::record_use(tx, &verified.stored, &verified.credential, now).await
}
