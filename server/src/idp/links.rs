//! Links between users and their external identities: UserService AddIDPLink / ListIDPLinks / RemoveIDPLink,
//! links given at AddHumanUser, and what the callback does for a provider with auto-creation or auto-update.
//!
//! Who may link: admins (IAM_OWNER / login client / ORG_OWNER of the user's org) link what they are told, as in
//! ZITADEL. A user linking their own account must prove the external identity: a succeeded intent for exactly that
//! provider and external user id, started by the same browser (or, for token callers, by no browser), and the
//! provider must allow linking. Otherwise anyone could attach someone else's external id to their own account and
//! receive that person's next external login.

use axum::Router;
use gatehouse_api::idp::{self as api, IdpDetailsResponse, IdpLink, ListIdpLinksResponse};
use gatehouse_api::object::ListDetails;
use gatehouse_api::user::{AddHumanUserRequest, CodeDelivery, SetHumanEmail, SetHumanProfile};
use serde_json::json;
use sqlx::Row;

use super::intent::ExternalUser;
use super::store::{self, IdpRecord};
use crate::auth::Caller;
use crate::clock::to_db;
use crate::error::{Error, Result};
use crate::rpc::rpc;
use crate::user::access::{self, Access};
use crate::user::{commands, UserRecord};
use crate::AppState;

pub async fn linked_user(state: &AppState, idp_id: &str, external_user_id: &str) -> Result<Option<String>> {
    Ok(sqlx::query_scalar("SELECT user_id FROM idp_links WHERE idp_id = $1 AND external_user_id = $2")
        .bind(idp_id)
        .bind(external_user_id)
        .fetch_optional(&state.db.read)
        .await?)
}

pub async fn links_of(state: &AppState, user_id: &str) -> Result<Vec<IdpLink>> {
    let rows = sqlx::query(
        "SELECT idp_id, external_user_id, external_user_name FROM idp_links WHERE user_id = $1 ORDER BY created_at, idp_id",
    )
    .bind(user_id)
    .fetch_all(&state.db.read)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(IdpLink {
                idp_id: r.try_get("idp_id")?,
                user_id: r.try_get("external_user_id")?,
                user_name: r.try_get("external_user_name")?,
            })
        })
        .collect()
}

fn link_exists() -> Error {
    Error::already_exists("COMMAND-37bnd", "The external identity is already linked to a user")
}

/// Checks a link before it is written: the fields, the provider (usable by the user's org), no existing link.
async fn check_new(state: &AppState, org_id: &str, link: &IdpLink) -> Result<IdpRecord> {
    if link.idp_id.trim().is_empty() || link.user_id.trim().is_empty() {
        return Err(Error::invalid("IDP-Link-Required", "idpLink.idpId and idpLink.userId are required"));
    }
    if link.user_id.len() > 200 || link.user_name.len() > 200 {
        return Err(Error::invalid("IDP-TooLong", "idpLink.userId and userName must be at most 200 characters"));
    }
    let idp = store::get(state, &link.idp_id).await?;
    if idp.owner_id != state.instance.id && idp.owner_id != org_id {
        return Err(store::idp_not_found());
    }
    if linked_user(state, &link.idp_id, &link.user_id).await?.is_some() {
        return Err(link_exists());
    }
    Ok(idp)
}

async fn insert(
    state: &AppState,
    user: &UserRecord,
    link: &IdpLink,
    idp: &IdpRecord,
    creator: Option<&str>,
) -> Result<u64> {
    let now = state.now();
    let mut tx = state.db.begin().await?;
    let inserted = sqlx::query(
        "INSERT INTO idp_links (idp_id, external_user_id, user_id, external_user_name, created_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(&link.idp_id)
    .bind(&link.user_id)
    .bind(&user.id)
    .bind(if link.user_name.is_empty() { &link.user_id } else { &link.user_name })
    .bind(to_db(now))
    .execute(&mut *tx)
    .await;
    if let Err(sqlx::Error::Database(db)) = &inserted {
        if db.is_unique_violation() {
            return Err(link_exists());
        }
    }
    inserted?;
    let sequence = commands::touch(
        state,
        &mut tx,
        user,
        "user.idp.link.added",
        creator,
        json!({ "name": idp.name, "idpId": idp.id, "externalUserId": link.user_id }),
    )
    .await?;
    tx.commit().await?;
    Ok(sequence)
}

/// AddHumanUser's `idpLinks`: checked before the user is created (so a bad link creates nobody)... A caller who is
/// not an admin (self-registration in the browser) must prove each identity with an intent of theirs, and the
/// provider must allow creating users.
pub async fn check_for_new_user(
    state: &AppState,
    caller: &Caller,
    is_admin: bool,
    org_id: &str,
    links: &[IdpLink],
) -> Result<()> {
    for (i, link) in links.iter().enumerate() {
        let idp = check_new(state, org_id, link).await?;
        if links[..i].iter().any(|l| l.idp_id == link.idp_id && l.user_id == link.user_id) {
            return Err(link_exists());
        }
        if !is_admin {
            if !idp.options.is_creation_allowed {
                return Err(Error::failed_precondition(
                    "IDP-Create-NotAllowed",
                    "The identity provider does not allow creating users",
                ));
            }
            if !proven_by_intent(state, caller, link).await? {
                return Err(Error::permission_denied(
                    "IDP-Link-Unproven",
                    "Sign in with the identity provider first: linking needs a finished intent for this external identity",
                ));
            }
        }
    }
    Ok(())
}

/// ...and written after. For self-registration, the email counts as verified when the provider verified it.
pub async fn add_for_new_user(
    state: &AppState,
    caller: &Caller,
    is_admin: bool,
    user: &UserRecord,
    links: &[IdpLink],
) -> Result<()> {
    for link in links {
        let idp = check_new(state, &user.org_id, link).await?;
        insert(state, user, link, &idp, caller.user_id()).await?;
        if !is_admin {
            verify_email_from_intent(state, caller, user, link).await?;
        }
    }
    Ok(())
}

/// Self-registration from an external identity (AddHumanUser with `idpLinks`, from the browser): the prefilled
/// request carries `email.isVerified` when the provider verified the address, which a browser may not set. When a
/// proven intent of this caller vouches for exactly that address, the flag is taken off here and the server
/// verifies the address itself once the user exists ([`add_for_new_user`]); otherwise the request is left as it
/// is (and refused as any self-registration claiming a verified email).
pub async fn vouched_registration(
    state: &AppState,
    caller: &Caller,
    is_admin: bool,
    mut req: AddHumanUserRequest,
) -> Result<AddHumanUserRequest> {
    let Some(email) = req.email.as_mut().filter(|e| e.delivery.is_verified == Some(true)) else { return Ok(req) };
    if is_admin || req.idp_links.is_empty() {
        return Ok(req);
    }
    for link in &req.idp_links {
        let Some(intent_id) = proving_intent(state, caller, link).await? else { continue };
        if let Some(external) = intent_user(state, &intent_id).await? {
            if external.email_verified
                && external.email.as_deref().is_some_and(|e| e.eq_ignore_ascii_case(&email.email))
            {
                email.delivery.is_verified = None;
                break;
            }
        }
    }
    Ok(req)
}

async fn intent_user(state: &AppState, intent_id: &str) -> Result<Option<ExternalUser>> {
    let sealed: Option<String> = sqlx::query_scalar("SELECT info FROM idp_intents WHERE id = $1")
        .bind(intent_id)
        .fetch_optional(&state.db.read)
        .await?
        .flatten();
    let Some(sealed) = sealed else { return Ok(None) };
    Ok(Some(serde_json::from_slice(&state.idp_key.open(intent_id, &sealed)?)?))
}

/// A self-service link's proof: a succeeded intent of this caller for exactly this external identity (its id).
async fn proving_intent(state: &AppState, caller: &Caller, link: &IdpLink) -> Result<Option<String>> {
    let rows = sqlx::query(
        "SELECT id, starter FROM idp_intents WHERE idp_id = $1 AND external_user_id = $2 AND status = 'succeeded'
           AND consumed_at IS NULL AND expires_at > $3",
    )
    .bind(&link.idp_id)
    .bind(&link.user_id)
    .bind(to_db(state.now()))
    .fetch_all(&state.db.read)
    .await?;
    for row in rows {
        let starter: Option<String> = row.try_get("starter")?;
        if super::intent::started_by(starter.as_deref(), caller) {
            return Ok(Some(row.try_get("id")?));
        }
    }
    Ok(None)
}

async fn proven_by_intent(state: &AppState, caller: &Caller, link: &IdpLink) -> Result<bool> {
    Ok(proving_intent(state, caller, link).await?.is_some())
}

/// Self-registration with a proven link: the provider's word that it verified this very address counts as the
/// verification (a browser may not send `isVerified` itself).
async fn verify_email_from_intent(state: &AppState, caller: &Caller, user: &UserRecord, link: &IdpLink) -> Result<()> {
    let Some(intent_id) = proving_intent(state, caller, link).await? else { return Ok(()) };
    let Some(external) = intent_user(state, &intent_id).await? else { return Ok(()) };
    let same = external.email.as_deref().zip(user.email.as_deref()).is_some_and(|(a, b)| a.eq_ignore_ascii_case(b));
    if !(external.email_verified && same && !user.email_verified) {
        return Ok(());
    }
    let mut tx = state.db.begin().await?;
    sqlx::query("UPDATE users SET email_verified = 1 WHERE id = $1").bind(&user.id).execute(&mut *tx).await?;
    commands::touch(state, &mut tx, user, "user.email.verified", None, json!({ "email": user.email, "by": "idp" }))
        .await?;
    tx.commit().await?;
    Ok(())
}

async fn add_link(state: AppState, caller: Caller, req: api::AddIdpLinkRequest) -> Result<IdpDetailsResponse> {
    let user = crate::user::store::get(&state, &req.user_id).await?;
    let level = access::require(&state, &caller, &user, Access::SelfService).await?;
    let link = req.idp_link.ok_or_else(|| Error::invalid("IDP-Link-Required", "idpLink is required"))?;
    let idp = check_new(&state, &user.org_id, &link).await?;
    if level != Access::Admin {
        access::require_no_pending_password_change(level, &user)?;
        access::require_recent_auth(&state, &caller, &user).await?;
        if !idp.options.is_linking_allowed {
            return Err(Error::failed_precondition(
                "IDP-Link-NotAllowed",
                "The identity provider does not allow linking",
            ));
        }
        if !proven_by_intent(&state, &caller, &link).await? {
            return Err(Error::permission_denied(
                "IDP-Link-Unproven",
                "Sign in with the identity provider first: linking needs a finished intent for this external identity",
            ));
        }
    }
    let sequence = insert(&state, &user, &link, &idp, caller.user_id()).await?;
    Ok(IdpDetailsResponse { details: crate::user::details(sequence, state.now(), &user.org_id) })
}

/// Whether the user keeps some way to log in without the link `(idp_id, external)`.
async fn other_login_left(state: &AppState, user: &UserRecord, idp_id: &str, external: &str) -> Result<bool> {
    if user.password_hash.is_some() {
        return Ok(true);
    }
    let passkeys: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM webauthn_credentials WHERE user_id = $1 AND kind = 'passkey' AND credential IS NOT NULL",
    )
    .bind(&user.id)
    .fetch_one(&state.db.read)
    .await?;
    let other_links: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM idp_links WHERE user_id = $1 AND NOT (idp_id = $2 AND external_user_id = $3)",
    )
    .bind(&user.id)
    .bind(idp_id)
    .bind(external)
    .fetch_one(&state.db.read)
    .await?;
    Ok(passkeys > 0 || other_links > 0)
}

async fn remove_link(state: AppState, caller: Caller, req: api::RemoveIdpLinkRequest) -> Result<IdpDetailsResponse> {
    let user = crate::user::store::get(&state, &req.user_id).await?;
    let level = access::require(&state, &caller, &user, Access::SelfService).await?;
    if level != Access::Admin {
        access::require_no_pending_password_change(level, &user)?;
        access::require_recent_auth(&state, &caller, &user).await?;
    }
    let exists = linked_user(&state, &req.idp_id, &req.linked_user_id).await?.is_some_and(|u| u == user.id);
    if !exists {
        return Err(Error::not_found("COMMAND-1M9xR", "The link does not exist"));
    }
    if level != Access::Admin && !other_login_left(&state, &user, &req.idp_id, &req.linked_user_id).await? {
        return Err(Error::failed_precondition(
            "IDP-Link-Last",
            "This is the account's last way to sign in: add a password or passkey before removing it",
        ));
    }
    let name = store::find(&state, &req.idp_id).await?.map(|i| i.name).unwrap_or_default();
    let mut tx = state.db.begin().await?;
    sqlx::query("DELETE FROM idp_links WHERE idp_id = $1 AND external_user_id = $2 AND user_id = $3")
        .bind(&req.idp_id)
        .bind(&req.linked_user_id)
        .bind(&user.id)
        .execute(&mut *tx)
        .await?;
    let sequence = commands::touch(
        &state,
        &mut tx,
        &user,
        "user.idp.link.removed",
        caller.user_id(),
        json!({ "name": name, "idpId": req.idp_id, "externalUserId": req.linked_user_id }),
    )
    .await?;
    tx.commit().await?;
    Ok(IdpDetailsResponse { details: crate::user::details(sequence, state.now(), &user.org_id) })
}

/// Auto-creation at the callback: a new user from the provider's claims, in the provider's org (the default org
/// for instance providers), when the claims are enough (email, given and family name) and nobody has that email
/// or username. The email is verified only if the provider says so. `None`: not created (the login continues with
/// the prefilled registration or linking).
pub async fn auto_create(state: &AppState, idp: &IdpRecord, u: &ExternalUser) -> Result<Option<String>> {
    let org =
        if idp.owner_id == state.instance.id { state.instance.default_org_id.clone() } else { idp.owner_id.clone() };
    if !crate::settings::login_policy(state, &org).await?.allow_external_idp {
        return Ok(None);
    }
    let (Some(email), Some(given), Some(family)) = (&u.email, &u.given_name, &u.family_name) else { return Ok(None) };
    let taken = |value| crate::session::login_name::taken(state, value, None, &org);
    let username = if taken(&u.user_name).await? { email.clone() } else { u.user_name.clone() };
    if taken(email).await? || taken(&username).await? {
        return Ok(None);
    }
    let req = AddHumanUserRequest {
        username: Some(username),
        profile: Some(SetHumanProfile {
            given_name: given.clone(),
            family_name: family.clone(),
            display_name: u.display_name.clone(),
            preferred_language: u.preferred_language.clone(),
            ..Default::default()
        }),
        email: Some(SetHumanEmail {
            email: email.clone(),
            delivery: CodeDelivery { is_verified: u.email_verified.then_some(true), ..Default::default() },
        }),
        ..Default::default()
    };
    let added = match commands::add_human(state, &org, &req, None).await {
        Ok(added) => added,
        // Claims a user could not register with (an invalid email, names too long) mean: no auto-creation.
        Err(e @ Error::Api { .. }) => {
            tracing::info!(error = %e, idp = %idp.id, "auto-creation from IdP claims refused");
            return Ok(None);
        }
        Err(e) => return Err(e),
    };
    let link = IdpLink { idp_id: idp.id.clone(), user_id: u.id.clone(), user_name: u.user_name.clone() };
    insert(state, &added.user, &link, idp, None).await?;
    if let Some(code) = added.email_code {
        if let Err(e) = crate::user::send_verification(state, &added.user, &code, None).await {
            tracing::error!(user_id = %added.user.id, error = %e, "verification mail for an IdP-created user failed");
        }
    }
    Ok(Some(added.user.id))
}

pub fn routes(r: Router<AppState>) -> Router<AppState> {
    let r = rpc::<api::AddIDPLink, _, _>(r, add_link);
    let r = rpc::<api::ListIDPLinks, _, _>(r, |state, caller, req| async move {
        let user = crate::user::store::get(&state, &req.user_id).await?;
        access::require(&state, &caller, &user, Access::SelfService).await?;
        let all = links_of(&state, &user.id).await?;
        let query = req.query.unwrap_or_default();
        let limit = if query.limit == 0 { usize::MAX } else { query.limit as usize };
        Ok(ListIdpLinksResponse {
            details: ListDetails { total_result: all.len() as u64, timestamp: Some(state.now()), ..Default::default() },
            result: all.into_iter().skip(query.offset as usize).take(limit).collect(),
        })
    });
    rpc::<api::RemoveIDPLink, _, _>(r, remove_link)
}
