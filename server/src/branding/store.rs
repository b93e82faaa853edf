//! Label policies with ZITADEL's preview/active split. Writes (Update/Add, asset uploads) change an owner's
//! *preview*; `_activate` copies the preview over the *active* policy, which is what logins show. Reading falls
//! back org → instance → built-in default, separately for each state.

use std::collections::BTreeMap;

use gatehouse_api::branding::LabelPolicyUpdate;
use gatehouse_api::settings::{ResourceOwnerType, ThemeMode};
use serde::{Deserialize, Serialize};
use sqlx::Row;

use crate::clock::{from_db, to_db, Timestamp};
use crate::db::Tx;
use crate::error::{Error, Result};
use crate::events::{append, Event};
use crate::AppState;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    Preview,
    Active,
}

impl Stage {
    fn key(self) -> &'static str {
        match self {
            Stage::Preview => "preview",
            Stage::Active => "active",
        }
    }
}

/// A stored asset: the blob's hash and its content type.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AssetRef {
    pub hash: String,
    pub content_type: String,
}

/// What one label policy row holds.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Label {
    #[serde(flatten)]
    pub fields: LabelPolicyUpdate,
    /// Keyed by [`super::assets::Slot::key`].
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub assets: BTreeMap<String, AssetRef>,
}

/// ZITADEL's default label policy (colours from its `defaults.yaml`).
pub fn default_label() -> Label {
    Label {
        fields: LabelPolicyUpdate {
            primary_color: "#5469d4".into(),
            background_color: "#fafafa".into(),
            warn_color: "#cd3d56".into(),
            font_color: "#000000".into(),
            primary_color_dark: "#2073c4".into(),
            background_color_dark: "#111827".into(),
            warn_color_dark: "#ff3b5b".into(),
            font_color_dark: "#ffffff".into(),
            theme_mode: ThemeMode::Auto,
            ..Default::default()
        },
        assets: BTreeMap::new(),
    }
}

/// A label policy as read, with whose it is and its bookkeeping.
#[derive(Clone, Debug)]
pub struct Found {
    pub label: Label,
    pub owner_id: String,
    pub owner_type: ResourceOwnerType,
    pub sequence: u64,
    pub created_at: Timestamp,
    pub changed_at: Timestamp,
}

async fn row(state: &AppState, owner: &str, stage: Stage) -> Result<Option<Found>> {
    let row = sqlx::query(
        "SELECT body, created_at, changed_at, sequence FROM label_policies WHERE owner_id = $1 AND state = $2",
    )
    .bind(owner)
    .bind(stage.key())
    .fetch_optional(&state.db.read)
    .await?;
    let Some(row) = row else { return Ok(None) };
    let owner_type = if owner == state.instance.id { ResourceOwnerType::Instance } else { ResourceOwnerType::Org };
    Ok(Some(Found {
        label: serde_json::from_str(&row.try_get::<String, _>("body")?)?,
        owner_id: owner.to_owned(),
        owner_type,
        sequence: row.try_get::<i64, _>("sequence")? as u64,
        created_at: from_db(&row.try_get::<String, _>("created_at")?)?,
        changed_at: from_db(&row.try_get::<String, _>("changed_at")?)?,
    }))
}

/// The instance's policy in `stage`; the preview falls back to the active one, both to the built-in default.
pub async fn instance(state: &AppState, stage: Stage) -> Result<Found> {
    let id = &state.instance.id;
    if let Some(found) = row(state, id, stage).await? {
        return Ok(found);
    }
    if stage == Stage::Preview {
        if let Some(found) = row(state, id, Stage::Active).await? {
            return Ok(found);
        }
    }
    Ok(Found {
        label: default_label(),
        owner_id: id.clone(),
        owner_type: ResourceOwnerType::Instance,
        sequence: 0,
        created_at: state.instance.created_at,
        changed_at: state.instance.created_at,
    })
}

/// The policy an org's logins use in `stage`: its own if it has one, else the instance's.
pub async fn effective(state: &AppState, org: Option<&str>, stage: Stage) -> Result<Found> {
    if let Some(org) = org.filter(|o| *o != state.instance.id) {
        if let Some(found) = row(state, org, stage).await? {
            return Ok(found);
        }
    }
    instance(state, stage).await
}

/// What a write reports back (`details`).
pub struct Written {
    pub sequence: u64,
    pub at: Timestamp,
    pub owner_id: String,
}

async fn event(
    tx: &mut Tx,
    owner: &str,
    event_type: &str,
    creator: Option<&str>,
    payload: serde_json::Value,
    at: Timestamp,
) -> Result<u64> {
    let e = Event {
        aggregate_type: "label_policy",
        aggregate_id: owner,
        event_type,
        resource_owner: owner,
        creator,
        payload,
    };
    append(tx, e, at).await
}

async fn put(tx: &mut Tx, owner: &str, stage: Stage, label: &Label, at: Timestamp, sequence: u64) -> Result<()> {
    sqlx::query(
        "INSERT INTO label_policies (owner_id, state, body, created_at, changed_at, sequence)
         VALUES ($1, $2, $3, $4, $4, $5)
         ON CONFLICT (owner_id, state) DO UPDATE SET body = excluded.body, changed_at = excluded.changed_at,
         sequence = excluded.sequence",
    )
    .bind(owner)
    .bind(stage.key())
    .bind(serde_json::to_string(label)?)
    .bind(to_db(at))
    .bind(sequence as i64)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

pub fn no_custom_policy() -> Error {
    Error::not_found("Org-0K9dq", "The organisation has no own label policy")
}

/// How a write treats an org's missing or existing own policy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Instance (Admin API): always has a policy; the first write starts from the built-in default.
    Instance,
    /// Management "add custom": the org must not have one yet; starts empty (no assets).
    AddCustom,
    /// Management "update custom" and org asset changes: the org must have one.
    Custom,
}

/// Changes `owner`'s preview with `change` and returns the details of the write.
pub async fn change_preview(
    state: &AppState,
    owner: &str,
    mode: Mode,
    creator: Option<&str>,
    event_type: &str,
    change: impl FnOnce(&mut Label),
) -> Result<Written> {
    // Read and write in one transaction on the single writer connection, so concurrent changes (two uploads at
    // once) cannot overwrite each other.
    let mut tx = state.db.begin().await?;
    let own: Vec<(String, String)> = sqlx::query_as("SELECT state, body FROM label_policies WHERE owner_id = $1")
        .bind(owner)
        .fetch_all(&mut *tx)
        .await?;
    let own_preview = own.iter().find(|(stage, _)| stage == Stage::Preview.key()).map(|(_, body)| body);
    let mut label = match (mode, own_preview) {
        (Mode::AddCustom, _) if !own.is_empty() => {
            return Err(Error::already_exists("Org-1W0d3", "The organisation already has its own label policy"));
        }
        (Mode::AddCustom, _) => Label::default(),
        (_, Some(body)) => serde_json::from_str(body)?,
        (Mode::Instance, None) => instance(state, Stage::Preview).await?.label,
        (Mode::Custom, None) => return Err(no_custom_policy()),
    };
    change(&mut label);
    let now = state.now();
    let sequence = event(&mut tx, owner, event_type, creator, serde_json::to_value(&label)?, now).await?;
    put(&mut tx, owner, Stage::Preview, &label, now, sequence).await?;
    tx.commit().await?;
    Ok(Written { sequence, at: now, owner_id: owner.to_owned() })
}

/// Makes the preview the active policy. An org without its own policy cannot activate one.
pub async fn activate(state: &AppState, owner: &str, creator: Option<&str>) -> Result<Written> {
    let preview = if owner == state.instance.id {
        instance(state, Stage::Preview).await?.label
    } else {
        row(state, owner, Stage::Preview).await?.ok_or_else(no_custom_policy)?.label
    };
    let now = state.now();
    let mut tx = state.db.begin().await?;
    let sequence =
        event(&mut tx, owner, "label_policy.activated", creator, serde_json::to_value(&preview)?, now).await?;
    put(&mut tx, owner, Stage::Active, &preview, now, sequence).await?;
    tx.commit().await?;
    Ok(Written { sequence, at: now, owner_id: owner.to_owned() })
}

/// Management "reset to default": drops the org's preview and active policy; its logins show the instance's.
pub async fn reset(state: &AppState, org: &str, creator: Option<&str>) -> Result<Written> {
    let now = state.now();
    let mut tx = state.db.begin().await?;
    let deleted = sqlx::query("DELETE FROM label_policies WHERE owner_id = $1")
        .bind(org)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    if deleted == 0 {
        return Err(no_custom_policy());
    }
    let sequence = event(&mut tx, org, "label_policy.removed", creator, serde_json::json!({}), now).await?;
    tx.commit().await?;
    Ok(Written { sequence, at: now, owner_id: org.to_owned() })
}

/// Stores a blob under its hash (idempotent).
pub async fn put_blob(state: &AppState, hash: &str, content_type: &str, data: &[u8]) -> Result<()> {
    sqlx::query(
        "INSERT INTO asset_blobs (hash, content_type, data, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (hash) DO NOTHING",
    )
    .bind(hash)
    .bind(content_type)
    .bind(data)
    .bind(to_db(state.now()))
    .execute(&state.db.write)
    .await?;
    Ok(())
}

pub async fn blob(state: &AppState, hash: &str) -> Result<Option<(String, Vec<u8>)>> {
    let row = sqlx::query("SELECT content_type, data FROM asset_blobs WHERE hash = $1")
        .bind(hash)
        .fetch_optional(&state.db.read)
        .await?;
    row.map(|r| Ok((r.try_get("content_type")?, r.try_get("data")?))).transpose()
}
