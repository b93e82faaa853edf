//! Stored providers and their wire forms (v1 `Provider`, v2 `IDP`, settings `IdentityProvider`).

use gatehouse_api::idp::{
    IdentityProvider, IdentityProviderType, Idp, IdpLoginPolicyLink, IdpOwnerType, IdpState, IdpType,
    LoginPolicyIdpType, Options, Provider, ProviderConfig, ProviderType, TypeConfig,
};
use gatehouse_api::object::Details;
use gatehouse_api::settings::ObjectDetails;
use sqlx::Row;

use crate::clock::{from_db, Timestamp};
use crate::error::{Error, Result};
use crate::AppState;

#[derive(Clone, Debug)]
pub struct IdpRecord {
    pub id: String,
    pub owner_id: String,
    pub owner_type: IdpOwnerType,
    pub kind: ProviderType,
    pub name: String,
    pub state: IdpState,
    pub config: TypeConfig,
    pub options: Options,
    /// Sealed client secret (see `secrets`); never leaves the server.
    pub secret: Option<String>,
    pub created_at: Timestamp,
    pub changed_at: Timestamp,
    pub sequence: u64,
}

pub fn idp_not_found() -> Error {
    Error::not_found("QUERY-SAFrt", "Identity provider not found")
}

const COLUMNS: &str =
    "id, owner_id, owner_type, provider_type, name, state, config, options, secret, created_at, changed_at, sequence";

fn parse(row: &sqlx::sqlite::SqliteRow) -> Result<IdpRecord> {
    let enum_of = |n: i64| -> i32 { i32::try_from(n).unwrap_or_default() };
    let kind_n: i64 = row.try_get("provider_type")?;
    let owner_n: i64 = row.try_get("owner_type")?;
    let state_n: i64 = row.try_get("state")?;
    Ok(IdpRecord {
        id: row.try_get("id")?,
        owner_id: row.try_get("owner_id")?,
        owner_type: IdpOwnerType::ALL.iter().copied().find(|t| t.number() == enum_of(owner_n)).unwrap_or_default(),
        kind: ProviderType::ALL.iter().copied().find(|t| t.number() == enum_of(kind_n)).unwrap_or_default(),
        name: row.try_get("name")?,
        state: IdpState::ALL.iter().copied().find(|t| t.number() == enum_of(state_n)).unwrap_or_default(),
        config: serde_json::from_str(row.try_get("config")?)?,
        options: serde_json::from_str(row.try_get("options")?)?,
        secret: row.try_get("secret")?,
        created_at: from_db(row.try_get("created_at")?)?,
        changed_at: from_db(row.try_get("changed_at")?)?,
        sequence: row.try_get::<i64, _>("sequence")? as u64,
    })
}

pub async fn find(state: &AppState, id: &str) -> Result<Option<IdpRecord>> {
    let row = sqlx::query(&format!("SELECT {COLUMNS} FROM idps WHERE id = $1"))
        .bind(id)
        .fetch_optional(&state.db.read)
        .await?;
    row.as_ref().map(parse).transpose()
}

pub async fn get(state: &AppState, id: &str) -> Result<IdpRecord> {
    find(state, id).await?.ok_or_else(idp_not_found)
}

/// Providers owned by any of `owners`, oldest first.
pub async fn owned_by(state: &AppState, owners: &[&str]) -> Result<Vec<IdpRecord>> {
    let mut out = Vec::new();
    for owner in owners {
        let rows = sqlx::query(&format!("SELECT {COLUMNS} FROM idps WHERE owner_id = $1 ORDER BY created_at, id"))
            .bind(owner)
            .fetch_all(&state.db.read)
            .await?;
        for row in &rows {
            out.push(parse(row)?);
        }
    }
    Ok(out)
}

/// The ids a login policy (`owner`: instance or org) lists, in the order they were added.
pub async fn login_policy_ids(state: &AppState, owner: &str) -> Result<Vec<String>> {
    Ok(sqlx::query_scalar("SELECT idp_id FROM login_policy_idps WHERE owner_id = $1 ORDER BY created_at, idp_id")
        .bind(owner)
        .fetch_all(&state.db.read)
        .await?)
}

impl IdpRecord {
    fn v1_details(&self) -> ObjectDetails {
        ObjectDetails {
            sequence: self.sequence,
            creation_date: Some(self.created_at),
            change_date: Some(self.changed_at),
            resource_owner: self.owner_id.clone(),
        }
    }

    fn provider_config(&self) -> ProviderConfig {
        let mut c = ProviderConfig { options: self.options.clone(), ..Default::default() };
        let cfg = Some(self.config.clone());
        match self.kind {
            ProviderType::Oidc => c.oidc = cfg,
            ProviderType::Oauth => c.oauth = cfg,
            ProviderType::Jwt => c.jwt = cfg,
            ProviderType::Google => c.google = cfg,
            ProviderType::Github => c.github = cfg,
            ProviderType::GithubEs => c.github_es = cfg,
            ProviderType::Gitlab => c.gitlab = cfg,
            ProviderType::GitlabSelfHosted => c.gitlab_self_hosted = cfg,
            ProviderType::AzureAd => c.azure_ad = cfg,
            ProviderType::Apple => c.apple = cfg,
            _ => {}
        }
        c
    }

    pub fn to_provider(&self) -> Provider {
        Provider {
            id: self.id.clone(),
            details: self.v1_details(),
            state: self.state,
            name: self.name.clone(),
            owner: self.owner_type,
            provider_type: self.kind,
            config: self.provider_config(),
        }
    }

    pub fn to_idp(&self) -> Idp {
        Idp {
            id: self.id.clone(),
            details: Details {
                sequence: self.sequence,
                change_date: Some(self.changed_at),
                resource_owner: self.owner_id.clone(),
                creation_date: Some(self.created_at),
            },
            state: self.state,
            name: self.name.clone(),
            // The two enums list the same types under the same numbers.
            idp_type: IdpType::ALL.iter().copied().find(|t| t.number() == self.kind.number()).unwrap_or_default(),
            config: self.provider_config(),
        }
    }

    /// The older v1 `IDP` shape: only OIDC and JWT providers have one.
    pub fn to_legacy(&self) -> Option<gatehouse_api::idp::LegacyIdp> {
        use gatehouse_api::idp::{LegacyIdp, LegacyJwtConfig, LegacyOidcConfig, OidcMappingField};
        let c = &self.config;
        let (oidc_config, jwt_config) = match self.kind {
            ProviderType::Oidc => (
                Some(LegacyOidcConfig {
                    client_id: c.client_id.clone(),
                    issuer: c.issuer.clone(),
                    scopes: c.scopes.clone(),
                    display_name_mapping: OidcMappingField::Unspecified,
                    username_mapping: OidcMappingField::Unspecified,
                }),
                None,
            ),
            ProviderType::Jwt => (
                None,
                Some(LegacyJwtConfig {
                    jwt_endpoint: c.jwt_endpoint.clone(),
                    issuer: c.issuer.clone(),
                    keys_endpoint: c.keys_endpoint.clone(),
                    header_name: c.header_name.clone(),
                }),
            ),
            _ => return None,
        };
        Some(LegacyIdp {
            id: self.id.clone(),
            details: self.v1_details(),
            state: self.state,
            name: self.name.clone(),
            styling_type: Default::default(),
            owner: self.owner_type,
            oidc_config,
            jwt_config,
            auto_register: self.options.is_auto_creation,
        })
    }

    pub fn identity_provider_type(&self) -> IdentityProviderType {
        match self.kind {
            ProviderType::Oidc => IdentityProviderType::Oidc,
            ProviderType::Jwt => IdentityProviderType::Jwt,
            ProviderType::Ldap => IdentityProviderType::Ldap,
            ProviderType::Oauth => IdentityProviderType::Oauth,
            ProviderType::AzureAd => IdentityProviderType::AzureAd,
            ProviderType::Github => IdentityProviderType::Github,
            ProviderType::GithubEs => IdentityProviderType::GithubEs,
            ProviderType::Gitlab => IdentityProviderType::Gitlab,
            ProviderType::GitlabSelfHosted => IdentityProviderType::GitlabSelfHosted,
            ProviderType::Google => IdentityProviderType::Google,
            ProviderType::Apple => IdentityProviderType::Apple,
            ProviderType::Saml => IdentityProviderType::Saml,
            ProviderType::Unspecified => IdentityProviderType::Unspecified,
        }
    }

    pub fn to_identity_provider(&self) -> IdentityProvider {
        IdentityProvider {
            id: self.id.clone(),
            name: self.name.clone(),
            idp_type: self.identity_provider_type(),
            options: self.options.clone(),
        }
    }

    pub fn to_login_policy_link(&self) -> IdpLoginPolicyLink {
        IdpLoginPolicyLink {
            idp_id: self.id.clone(),
            idp_name: self.name.clone(),
            idp_type: match self.kind {
                ProviderType::Oidc => LoginPolicyIdpType::Oidc,
                ProviderType::Jwt => LoginPolicyIdpType::Jwt,
                _ => LoginPolicyIdpType::Unspecified,
            },
        }
    }

    /// The client secret in clear, for the token request.
    pub fn client_secret(&self, state: &AppState) -> Result<Option<String>> {
        self.secret
            .as_deref()
            .map(|sealed| {
                let bytes = state.idp_key.open(&self.id, sealed)?;
                String::from_utf8(bytes).map_err(|_| Error::internal("stored client secret is not UTF-8"))
            })
            .transpose()
    }
}
