//! Application keys for `private_key_jwt` client authentication (RFC 7523): CreateApplicationKey & co. (v2) and
//! AddAppKey & co. (Management v1). A key pair is generated here, the private half answered once in ZITADEL's key
//! file (`keyDetails`) and forgotten: only the public key (SPKI DER) is stored, so the database cannot sign
//! assertions.

use axum::Router;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use chrono::TimeZone;
use gatehouse_api::app::keys::{self as api, management as v1};
use gatehouse_api::app::OidcAuthMethodType;
use gatehouse_api::json::{Bytes, Timestamp};
use gatehouse_api::object::{Details, ListDetails};
use rsa::pkcs1::{EncodeRsaPrivateKey, LineEnding};
use rsa::pkcs8::EncodePublicKey;
use serde::Serialize;
use serde_json::json;

use super::{get_managed, AppRecord};
use crate::auth::Caller;
use crate::clock::{from_db, to_db};
use crate::error::{Error, Result};
use crate::events::{append, Event};
use crate::project::{self, check_length};
use crate::rpc::rpc;
use crate::AppState;

pub fn routes(r: Router<AppState>) -> Router<AppState> {
    let r = rpc::<api::CreateApplicationKey, _, _>(r, create_application_key);
    let r = rpc::<api::GetApplicationKey, _, _>(r, get_application_key);
    let r = rpc::<api::ListApplicationKeys, _, _>(r, list_application_keys);
    let r = rpc::<api::DeleteApplicationKey, _, _>(r, delete_application_key);
    let r = rpc::<v1::AddAppKey, _, _>(r, add_app_key);
    let r = rpc::<v1::ListAppKeys, _, _>(r, list_app_keys);
    let r = rpc::<v1::GetAppKey, _, _>(r, get_app_key);
    rpc::<v1::RemoveAppKey, _, _>(r, remove_app_key)
}

pub fn key_not_found() -> Error {
    Error::not_found("GATEHOUSE-AppKey-NotFound", "Application key not found")
}

/// ZITADEL's expiration when none is given.
pub fn default_expiration() -> Timestamp {
    chrono::Utc.with_ymd_and_hms(9999, 12, 31, 23, 59, 59).single().unwrap_or(chrono::DateTime::<chrono::Utc>::MAX_UTC)
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct KeyRecord {
    pub id: String,
    pub app_id: String,
    pub project_id: String,
    pub org_id: String,
    pub public_spki: String,
    pub created_at: String,
    pub expires_at: String,
    pub sequence: i64,
}

const COLUMNS: &str = "id, app_id, project_id, org_id, public_spki, created_at, expires_at, sequence";

pub async fn find(state: &AppState, id: &str) -> Result<Option<KeyRecord>> {
    let sql = format!("SELECT {COLUMNS} FROM app_keys WHERE id = $1");
    Ok(sqlx::query_as::<_, KeyRecord>(&sql).bind(id).fetch_optional(&state.db.read).await?)
}

/// The key file ZITADEL answers, field for field and in its order.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct KeyFile<'a> {
    #[serde(rename = "type")]
    pub kind: &'a str,
    pub key_id: &'a str,
    pub key: &'a str,
    pub app_id: &'a str,
    pub client_id: &'a str,
}

struct Created {
    id: String,
    key_file: Vec<u8>,
    created: Timestamp,
    sequence: u64,
}

/// Generates and stores a key for `app` (which must authenticate with private_key_jwt).
async fn create(state: &AppState, caller: &Caller, app: &AppRecord, expiration: Option<Timestamp>) -> Result<Created> {
    if app.settings()?.auth_method_type != OidcAuthMethodType::PrivateKeyJwt {
        return Err(Error::failed_precondition(
            "GATEHOUSE-AppKey-AuthMethod",
            "Only applications with OIDC_AUTH_METHOD_TYPE_PRIVATE_KEY_JWT have keys",
        ));
    }
    let now = state.now();
    let expires = expiration.unwrap_or_else(default_expiration);
    if expires <= now {
        return Err(Error::invalid("GATEHOUSE-AppKey-Expired", "expirationDate must be in the future"));
    }
    let private = tokio::task::spawn_blocking(|| rsa::RsaPrivateKey::new(&mut rand::rngs::OsRng, 2048))
        .await?
        .map_err(|e| Error::internal(format!("RSA key generation: {e}")))?;
    let pem = private.to_pkcs1_pem(LineEnding::LF).map_err(|e| Error::internal(format!("PEM encoding: {e}")))?;
    let spki = private
        .to_public_key()
        .to_public_key_der()
        .map_err(|e| Error::internal(format!("public key encoding: {e}")))?;
    let id = state.new_id();
    let key_file = serde_json::to_vec(&KeyFile {
        kind: "application",
        key_id: &id,
        key: pem.as_str(),
        app_id: &app.id,
        client_id: &app.client_id,
    })?;
    let mut tx = state.db.begin().await?;
    let sequence = append(
        &mut tx,
        Event {
            aggregate_type: "project",
            aggregate_id: &app.project_id,
            event_type: "project.application.key.added",
            resource_owner: &app.org_id,
            creator: caller.user_id(),
            payload: json!({ "appId": app.id, "keyId": id, "expiration": to_db(expires) }),
        },
        now,
    )
    .await?;
    sqlx::query(
        "INSERT INTO app_keys (id, app_id, project_id, org_id, public_spki, created_at, expires_at, sequence)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(&id)
    .bind(&app.id)
    .bind(&app.project_id)
    .bind(&app.org_id)
    .bind(STANDARD.encode(spki.as_bytes()))
    .bind(to_db(now))
    .bind(to_db(expires))
    .bind(sequence as i64)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(Created { id, key_file, created: now, sequence })
}

/// The key, if the caller may manage its app; `app_id` / `project_id`, when given, must be its own.
async fn get_key(state: &AppState, caller: &Caller, id: &str, app_id: &str, project_id: &str) -> Result<KeyRecord> {
    check_length("keyId", id)?;
    let key = find(state, id).await?.ok_or_else(key_not_found)?;
    if (!app_id.is_empty() && app_id != key.app_id) || (!project_id.is_empty() && project_id != key.project_id) {
        return Err(key_not_found());
    }
    get_managed(state, caller, &key.app_id, None).await.map_err(|e| match e.code() {
        gatehouse_api::Code::NotFound => key_not_found(),
        _ => e,
    })?;
    Ok(key)
}

async fn remove(state: &AppState, caller: &Caller, key: &KeyRecord) -> Result<(Timestamp, u64)> {
    let now = state.now();
    let mut tx = state.db.begin().await?;
    let sequence = append(
        &mut tx,
        Event {
            aggregate_type: "project",
            aggregate_id: &key.project_id,
            event_type: "project.application.key.removed",
            resource_owner: &key.org_id,
            creator: caller.user_id(),
            payload: json!({ "appId": key.app_id, "keyId": key.id }),
        },
        now,
    )
    .await?;
    sqlx::query("DELETE FROM app_keys WHERE id = $1").bind(&key.id).execute(&mut *tx).await?;
    tx.commit().await?;
    Ok((now, sequence))
}

/// The keys of the apps the caller manages, oldest first.
async fn list(state: &AppState, caller: &Caller, keep: impl Fn(&KeyRecord) -> bool) -> Result<Vec<KeyRecord>> {
    let scope = caller.listing_scope()?;
    let sql = format!("SELECT {COLUMNS} FROM app_keys ORDER BY created_at, id");
    let all = sqlx::query_as::<_, KeyRecord>(&sql).fetch_all(&state.db.read).await?;
    Ok(all.into_iter().filter(|k| scope.as_ref().is_none_or(|orgs| orgs.contains(&k.org_id))).filter(keep).collect())
}

impl KeyRecord {
    fn to_v2(&self) -> Result<api::ApplicationKey> {
        Ok(api::ApplicationKey {
            key_id: self.id.clone(),
            application_id: self.app_id.clone(),
            project_id: self.project_id.clone(),
            creation_date: Some(from_db(&self.created_at)?),
            organization_id: self.org_id.clone(),
            expiration_date: Some(from_db(&self.expires_at)?),
        })
    }

    fn to_v1(&self) -> Result<v1::Key> {
        let created = from_db(&self.created_at)?;
        Ok(v1::Key {
            id: self.id.clone(),
            details: Details {
                sequence: self.sequence as u64,
                creation_date: Some(created),
                change_date: Some(created),
                resource_owner: self.org_id.clone(),
            },
            key_type: v1::KeyType::Json,
            expiration_date: Some(from_db(&self.expires_at)?),
        })
    }
}

async fn create_application_key(
    state: AppState,
    caller: Caller,
    req: api::CreateApplicationKeyRequest,
) -> Result<api::CreateApplicationKeyResponse> {
    check_length("projectId", &req.project_id)?;
    let app = get_managed(&state, &caller, &req.application_id, Some(&req.project_id)).await?;
    let created = create(&state, &caller, &app, req.expiration_date).await?;
    Ok(api::CreateApplicationKeyResponse {
        key_id: created.id,
        creation_date: Some(created.created),
        key_details: Bytes(created.key_file),
    })
}

async fn get_application_key(
    state: AppState,
    caller: Caller,
    req: api::GetApplicationKeyRequest,
) -> Result<api::GetApplicationKeyResponse> {
    let key = get_key(&state, &caller, &req.key_id, "", "").await?;
    Ok(api::GetApplicationKeyResponse {
        key_id: key.id,
        creation_date: Some(from_db(&key.created_at)?),
        expiration_date: Some(from_db(&key.expires_at)?),
    })
}

async fn list_application_keys(
    state: AppState,
    caller: Caller,
    req: api::ListApplicationKeysRequest,
) -> Result<api::ListApplicationKeysResponse> {
    for filter in &req.filters {
        let set = [
            filter.application_id_filter.is_some(),
            filter.project_id_filter.is_some(),
            filter.organization_id_filter.is_some(),
        ];
        if set.iter().filter(|s| **s).count() != 1 {
            return Err(Error::invalid("GATEHOUSE-Filter", "each filter must set exactly one criterion"));
        }
    }
    let mut keys = list(&state, &caller, |k| {
        req.filters.iter().all(|f| {
            if let Some(a) = &f.application_id_filter {
                a.application_id == k.app_id
            } else if let Some(p) = &f.project_id_filter {
                p.project_id == k.project_id
            } else {
                f.organization_id_filter.as_ref().is_some_and(|o| o.organization_id == k.org_id)
            }
        })
    })
    .await?;
    use api::ApplicationKeysSorting as By;
    match req.sorting_column {
        By::Id => keys.sort_by(|a, b| a.id.cmp(&b.id)),
        By::ProjectId => keys.sort_by(|a, b| a.project_id.cmp(&b.project_id)),
        By::ApplicationId => keys.sort_by(|a, b| a.app_id.cmp(&b.app_id)),
        By::CreationDate | By::Type => {}
        By::OrganizationId => keys.sort_by(|a, b| a.org_id.cmp(&b.org_id)),
        By::Expiration => keys.sort_by(|a, b| a.expires_at.cmp(&b.expires_at)),
    }
    let (page, pagination) = project::paginate(keys, req.pagination.as_ref());
    Ok(api::ListApplicationKeysResponse { keys: page.iter().map(KeyRecord::to_v2).collect::<Result<_>>()?, pagination })
}

async fn delete_application_key(
    state: AppState,
    caller: Caller,
    req: api::DeleteApplicationKeyRequest,
) -> Result<api::DeleteApplicationKeyResponse> {
    let key = get_key(&state, &caller, &req.key_id, &req.application_id, &req.project_id).await?;
    let (deleted, _) = remove(&state, &caller, &key).await?;
    Ok(api::DeleteApplicationKeyResponse { deletion_date: Some(deleted) })
}

async fn add_app_key(state: AppState, caller: Caller, req: v1::AddAppKeyRequest) -> Result<v1::AddAppKeyResponse> {
    check_length("projectId", &req.project_id)?;
    let app = get_managed(&state, &caller, &req.app_id, Some(&req.project_id)).await?;
    let created = create(&state, &caller, &app, req.expiration_date).await?;
    Ok(v1::AddAppKeyResponse {
        id: created.id,
        details: Details {
            sequence: created.sequence,
            creation_date: Some(created.created),
            change_date: Some(created.created),
            resource_owner: app.org_id,
        },
        key_details: Bytes(created.key_file),
    })
}

async fn list_app_keys(
    state: AppState,
    caller: Caller,
    req: v1::ListAppKeysRequest,
) -> Result<v1::ListAppKeysResponse> {
    check_length("projectId", &req.project_id)?;
    let app = get_managed(&state, &caller, &req.app_id, Some(&req.project_id)).await?;
    // Oldest first, as the other v1 lists here (`asc` is not read).
    let keys = list(&state, &caller, |k| k.app_id == app.id).await?;
    let query = req.query.unwrap_or_default();
    let total = keys.len() as u64;
    let limit = if query.limit == 0 { 100 } else { query.limit.min(1000) } as usize;
    let page: Vec<KeyRecord> = keys.into_iter().skip(query.offset as usize).take(limit).collect();
    Ok(v1::ListAppKeysResponse {
        details: ListDetails { total_result: total, processed_sequence: 0, timestamp: Some(state.now()) },
        result: page.iter().map(KeyRecord::to_v1).collect::<Result<_>>()?,
    })
}

async fn get_app_key(state: AppState, caller: Caller, req: v1::AppKeyRequest) -> Result<v1::GetAppKeyResponse> {
    check_length("projectId", &req.project_id)?;
    check_length("appId", &req.app_id)?;
    let key = get_key(&state, &caller, &req.key_id, &req.app_id, &req.project_id).await?;
    Ok(v1::GetAppKeyResponse { key: key.to_v1()? })
}

async fn remove_app_key(state: AppState, caller: Caller, req: v1::AppKeyRequest) -> Result<v1::RemoveAppKeyResponse> {
    check_length("projectId", &req.project_id)?;
    check_length("appId", &req.app_id)?;
    let key = get_key(&state, &caller, &req.key_id, &req.app_id, &req.project_id).await?;
    let (removed, sequence) = remove(&state, &caller, &key).await?;
    Ok(v1::RemoveAppKeyResponse {
        details: Details { sequence, creation_date: None, change_date: Some(removed), resource_owner: key.org_id },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_file_has_zitadels_fields_in_its_order() {
        let file = KeyFile { kind: "application", key_id: "k1", key: "PEM", app_id: "a1", client_id: "c1" };
        assert_eq!(
            serde_json::to_string(&file).unwrap(),
            r#"{"type":"application","keyId":"k1","key":"PEM","appId":"a1","clientId":"c1"}"#
        );
    }

    #[test]
    fn keys_without_an_expiration_last_until_zitadels_default() {
        assert_eq!(to_db(default_expiration()), "9999-12-31T23:59:59.000000Z");
    }
}
