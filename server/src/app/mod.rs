//! ApplicationService: the OIDC clients of a project. Client secrets are generated here, answered once and stored
//! as their SHA-256.

pub mod keys;
pub mod redirect;

use axum::Router;
use gatehouse_api::app::{
    self as api, Application, ApplicationState, ApplicationType, OidcAppType, OidcAuthMethodType, OidcConfiguration,
    OidcGrantType, OidcResponseType, OidcSettings,
};
use serde_json::json;

use crate::auth::Caller;
use crate::clock::{from_db, to_db};
use crate::crypto::{random_token, token_hash};
use crate::db::Tx;
use crate::error::{Error, Result};
use crate::events::{append, Event};
use crate::project::{self, check_length};
use crate::rpc::rpc;
use crate::AppState;

pub fn routes() -> Router<AppState> {
    let r = Router::new();
    let r = rpc::<api::CreateApplication, _, _>(r, create_application);
    let r = rpc::<api::GetApplication, _, _>(r, get_application);
    let r = rpc::<api::ListApplications, _, _>(r, list_applications);
    let r = rpc::<api::UpdateApplication, _, _>(r, update_application);
    let r = rpc::<api::DeleteApplication, _, _>(r, delete_application);
    let r = rpc::<api::GenerateClientSecret, _, _>(r, generate_client_secret);
    let r = rpc::<api::DeactivateApplication, _, _>(r, |state, caller, req| async move {
        let at = set_state(&state, &caller, &req, ApplicationState::Inactive).await?;
        Ok(api::DeactivateApplicationResponse { deactivation_date: Some(at) })
    });
    let r = rpc::<api::ReactivateApplication, _, _>(r, |state, caller, req| async move {
        let at = set_state(&state, &caller, &req, ApplicationState::Active).await?;
        Ok(api::ReactivateApplicationResponse { reactivation_date: Some(at) })
    });
    keys::routes(r)
}

pub fn app_not_found() -> Error {
    Error::not_found("APP-ie7Hx", "Application not found")
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct AppRecord {
    pub id: String,
    pub project_id: String,
    pub org_id: String,
    pub name: String,
    pub state: i64,
    pub client_id: String,
    pub secret_hash: Option<String>,
    pub settings: String,
    pub created_at: String,
    pub changed_at: String,
}

impl AppRecord {
    pub fn settings(&self) -> Result<OidcSettings> {
        Ok(serde_json::from_str(&self.settings)?)
    }

    pub fn is_active(&self) -> bool {
        self.state == i64::from(ApplicationState::Active.number())
    }

    pub fn to_api(&self) -> Result<Application> {
        let settings = self.settings()?;
        let allowed_origins = allowed_origins(&settings);
        Ok(Application {
            application_id: self.id.clone(),
            creation_date: Some(from_db(&self.created_at)?),
            change_date: Some(from_db(&self.changed_at)?),
            state: ApplicationState::ALL
                .iter()
                .copied()
                .find(|s| i64::from(s.number()) == self.state)
                .unwrap_or_default(),
            name: self.name.clone(),
            project_id: self.project_id.clone(),
            oidc_configuration: Some(OidcConfiguration {
                settings,
                client_id: self.client_id.clone(),
                non_compliant: false,
                compliance_problems: Vec::new(),
                allowed_origins,
            }),
        })
    }
}

/// Origins of the http(s) redirect URIs plus the additional origins.
fn allowed_origins(settings: &OidcSettings) -> Vec<String> {
    let mut origins: Vec<String> = settings
        .redirect_uris
        .iter()
        .filter_map(|u| url::Url::parse(u).ok())
        .filter(|u| matches!(u.scheme(), "http" | "https"))
        .map(|u| u.origin().ascii_serialization())
        .chain(settings.additional_origins.iter().cloned())
        .collect();
    origins.sort();
    origins.dedup();
    origins
}

const COLUMNS: &str = "id, project_id, org_id, name, state, client_id, secret_hash, settings, created_at, changed_at";

pub async fn find(state: &AppState, id: &str) -> Result<Option<AppRecord>> {
    let sql = format!("SELECT {COLUMNS} FROM apps WHERE id = $1");
    Ok(sqlx::query_as::<_, AppRecord>(&sql).bind(id).fetch_optional(&state.db.read).await?)
}

pub async fn find_by_client_id(state: &AppState, client_id: &str) -> Result<Option<AppRecord>> {
    let sql = format!("SELECT {COLUMNS} FROM apps WHERE client_id = $1");
    Ok(sqlx::query_as::<_, AppRecord>(&sql).bind(client_id).fetch_optional(&state.db.read).await?)
}

/// The app, if the caller may manage its project; `project_id`, when given, must be the app's.
pub(crate) async fn get_managed(
    state: &AppState,
    caller: &Caller,
    id: &str,
    project_id: Option<&str>,
) -> Result<AppRecord> {
    check_length("applicationId", id)?;
    let app = find(state, id).await?.ok_or_else(app_not_found)?;
    if project_id.is_some_and(|p| p != app.project_id) {
        return Err(app_not_found());
    }
    project::get_managed(state, caller, &app.project_id).await.map_err(|e| match e.code() {
        gatehouse_api::Code::NotFound => app_not_found(),
        _ => e,
    })?;
    Ok(app)
}

/// Fills defaults and checks the combination; the error names what is wrong.
pub fn validate(settings: &mut OidcSettings) -> Result<()> {
    let invalid = |message: String| Error::invalid("GATEHOUSE-App-Invalid", message);
    if settings.response_types.is_empty() {
        settings.response_types = vec![OidcResponseType::Code];
    }
    if settings.grant_types.is_empty() {
        settings.grant_types = vec![OidcGrantType::AuthorizationCode];
    }
    if let Some(t) = settings.response_types.iter().find(|t| **t != OidcResponseType::Code) {
        return Err(invalid(format!("response type {} is not supported; use OIDC_RESPONSE_TYPE_CODE", t.as_str())));
    }
    if let Some(g) =
        settings.grant_types.iter().find(|g| matches!(g, OidcGrantType::Implicit | OidcGrantType::TokenExchange))
    {
        return Err(invalid(format!("grant type {} is not supported", g.as_str())));
    }
    let code = settings.grant_types.contains(&OidcGrantType::AuthorizationCode);
    let device = settings.grant_types.contains(&OidcGrantType::DeviceCode);
    if settings.grant_types.contains(&OidcGrantType::RefreshToken) && !code && !device {
        return Err(invalid("OIDC_GRANT_TYPE_REFRESH_TOKEN needs the authorization code or device code grant".into()));
    }
    if matches!(settings.application_type, OidcAppType::UserAgent | OidcAppType::Native)
        && settings.auth_method_type != OidcAuthMethodType::None
    {
        return Err(invalid(format!(
            "{} apps are public clients and must use OIDC_AUTH_METHOD_TYPE_NONE (with PKCE)",
            settings.application_type.as_str()
        )));
    }
    if code && settings.redirect_uris.is_empty() {
        return Err(invalid("the authorization code grant needs at least one redirect URI".into()));
    }
    for uri in &settings.redirect_uris {
        redirect::check_registration(uri, settings.application_type, settings.development_mode).map_err(invalid)?;
    }
    for uri in &settings.post_logout_redirect_uris {
        redirect::check_registration(uri, settings.application_type, settings.development_mode).map_err(invalid)?;
    }
    if !settings.back_channel_logout_uri.is_empty() {
        let uri = url::Url::parse(&settings.back_channel_logout_uri)
            .map_err(|_| invalid("backChannelLogoutUri is not an absolute URI".into()))?;
        if uri.scheme() != "https" && !(uri.scheme() == "http" && settings.development_mode) {
            return Err(invalid("backChannelLogoutUri must be https (http only in development mode)".into()));
        }
    }
    if settings.clock_skew.is_some_and(|s| s.0 > std::time::Duration::from_secs(5)) {
        return Err(invalid("clockSkew must be at most 5s".into()));
    }
    Ok(())
}

fn needs_secret(settings: &OidcSettings) -> bool {
    matches!(settings.auth_method_type, OidcAuthMethodType::Basic | OidcAuthMethodType::Post)
}

async fn create_application(
    state: AppState,
    caller: Caller,
    req: api::CreateApplicationRequest,
) -> Result<api::CreateApplicationResponse> {
    check_length("projectId", &req.project_id)?;
    check_length("name", &req.name)?;
    if req.saml_configuration.is_some() || req.api_configuration.is_some() {
        return Err(Error::unimplemented("GATEHOUSE-App-Type", "only OIDC applications are supported"));
    }
    let Some(mut settings) = req.oidc_configuration else {
        return Err(Error::invalid("GATEHOUSE-App-Config", "oidcConfiguration is required"));
    };
    let project = project::get_managed(&state, &caller, &req.project_id).await?;
    validate(&mut settings)?;
    let id = if req.application_id.is_empty() { state.new_id() } else { req.application_id.clone() };
    check_length("applicationId", &id)?;
    let client_id = state.new_id();
    let secret = needs_secret(&settings).then(random_token);
    let now = state.now();
    let mut tx = state.db.begin().await?;
    let sequence = append(
        &mut tx,
        Event {
            aggregate_type: "project",
            aggregate_id: &project.id,
            event_type: "project.application.added",
            resource_owner: &project.org_id,
            creator: caller.user_id(),
            payload: json!({ "appId": id, "name": req.name.trim(), "clientId": client_id }),
        },
        now,
    )
    .await?;
    let inserted = sqlx::query(
        "INSERT INTO apps (id, project_id, org_id, name, state, client_id, secret_hash, settings, created_at,
         changed_at, sequence) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $10)",
    )
    .bind(&id)
    .bind(&project.id)
    .bind(&project.org_id)
    .bind(req.name.trim())
    .bind(i64::from(ApplicationState::Active.number()))
    .bind(&client_id)
    .bind(secret.as_deref().map(token_hash))
    .bind(serde_json::to_string(&settings)?)
    .bind(to_db(now))
    .bind(sequence as i64)
    .execute(&mut *tx)
    .await;
    if let Err(sqlx::Error::Database(db)) = &inserted {
        if db.is_unique_violation() {
            return Err(Error::already_exists("APP-3jd8s", "An application with this id already exists"));
        }
    }
    inserted?;
    tx.commit().await?;
    Ok(api::CreateApplicationResponse {
        application_id: id,
        creation_date: Some(now),
        oidc_configuration: Some(api::CreatedOidc {
            client_id,
            client_secret: secret.unwrap_or_default(),
            ..Default::default()
        }),
    })
}

async fn get_application(
    state: AppState,
    caller: Caller,
    req: api::GetApplicationRequest,
) -> Result<api::GetApplicationResponse> {
    let app = get_managed(&state, &caller, &req.application_id, None).await?;
    Ok(api::GetApplicationResponse { application: app.to_api()? })
}

async fn list_applications(
    state: AppState,
    caller: Caller,
    req: api::ListApplicationsRequest,
) -> Result<api::ListApplicationsResponse> {
    let scope = caller.listing_scope()?;
    for filter in &req.filters {
        let set = [
            filter.project_id_filter.is_some(),
            filter.name_filter.is_some(),
            filter.state_filter.is_some(),
            filter.type_filter.is_some(),
            filter.client_id_filter.is_some(),
        ];
        if set.iter().filter(|s| **s).count() != 1 {
            return Err(Error::invalid("GATEHOUSE-Filter", "each filter must set exactly one criterion"));
        }
    }
    let sql = format!("SELECT {COLUMNS} FROM apps ORDER BY created_at, id");
    let all = sqlx::query_as::<_, AppRecord>(&sql).fetch_all(&state.db.read).await?;
    let matching: Vec<AppRecord> = all
        .into_iter()
        .filter(|a| scope.as_ref().is_none_or(|orgs| orgs.contains(&a.org_id)))
        .filter(|a| {
            req.filters.iter().all(|f| {
                if let Some(p) = &f.project_id_filter {
                    p.project_id == a.project_id
                } else if let Some(n) = &f.name_filter {
                    n.method.matches(&a.name, &n.name)
                } else if let Some(s) = f.state_filter {
                    i64::from(s.number()) == a.state
                } else if let Some(c) = &f.client_id_filter {
                    c.client_id == a.client_id
                } else {
                    f.type_filter == Some(ApplicationType::Oidc)
                }
            })
        })
        .collect();
    let (page, pagination) = project::paginate(matching, req.pagination.as_ref());
    Ok(api::ListApplicationsResponse {
        applications: page.iter().map(AppRecord::to_api).collect::<Result<_>>()?,
        pagination,
    })
}

async fn update_application(
    state: AppState,
    caller: Caller,
    req: api::UpdateApplicationRequest,
) -> Result<api::UpdateApplicationResponse> {
    check_length("projectId", &req.project_id)?;
    if !req.name.is_empty() {
        check_length("name", &req.name)?;
    }
    let app = get_managed(&state, &caller, &req.application_id, Some(&req.project_id)).await?;
    let mut settings = app.settings()?;
    let had_secret = needs_secret(&settings);
    if let Some(u) = &req.oidc_configuration {
        let s = &mut settings;
        macro_rules! set {
            ($($field:ident),+) => { $( if let Some(v) = u.$field.clone() { s.$field = v; } )+ };
        }
        set!(
            redirect_uris,
            response_types,
            grant_types,
            application_type,
            auth_method_type,
            post_logout_redirect_uris,
            version,
            development_mode,
            access_token_type,
            access_token_role_assertion,
            id_token_role_assertion,
            id_token_userinfo_assertion,
            additional_origins,
            skip_native_app_success_page,
            back_channel_logout_uri
        );
        if u.clock_skew.is_some() {
            s.clock_skew = u.clock_skew;
        }
    }
    validate(&mut settings)?;
    // A public client keeps no secret; a client that becomes confidential gets one through GenerateClientSecret.
    let secret_hash = if needs_secret(&settings) && had_secret { app.secret_hash.clone() } else { None };
    let now = state.now();
    let mut tx = state.db.begin().await?;
    let sequence = append(
        &mut tx,
        Event {
            aggregate_type: "project",
            aggregate_id: &app.project_id,
            event_type: "project.application.changed",
            resource_owner: &app.org_id,
            creator: caller.user_id(),
            payload: json!({ "appId": app.id, "request": req }),
        },
        now,
    )
    .await?;
    sqlx::query(
        "UPDATE apps SET name = $2, settings = $3, secret_hash = $4, changed_at = $5, sequence = $6 WHERE id = $1",
    )
    .bind(&app.id)
    .bind(if req.name.is_empty() { app.name.as_str() } else { req.name.trim() })
    .bind(serde_json::to_string(&settings)?)
    .bind(secret_hash)
    .bind(to_db(now))
    .bind(sequence as i64)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(api::UpdateApplicationResponse { change_date: Some(now) })
}

/// Removes an app with everything issued to it.
pub async fn delete_in(tx: &mut Tx, app_id: &str) -> Result<()> {
    let tables =
        ["oidc_tokens", "oidc_auth_requests", "oidc_device_authorizations", "oidc_backchannel_outbox", "app_keys"];
    for table in tables {
        sqlx::query(&format!("DELETE FROM {table} WHERE app_id = $1")).bind(app_id).execute(&mut **tx).await?;
    }
    sqlx::query("DELETE FROM apps WHERE id = $1").bind(app_id).execute(&mut **tx).await?;
    Ok(())
}

async fn delete_application(
    state: AppState,
    caller: Caller,
    req: api::DeleteApplicationRequest,
) -> Result<api::DeleteApplicationResponse> {
    check_length("projectId", &req.project_id)?;
    let app = get_managed(&state, &caller, &req.application_id, Some(&req.project_id)).await?;
    let now = state.now();
    let mut tx = state.db.begin().await?;
    append(
        &mut tx,
        Event {
            aggregate_type: "project",
            aggregate_id: &app.project_id,
            event_type: "project.application.removed",
            resource_owner: &app.org_id,
            creator: caller.user_id(),
            payload: json!({ "appId": app.id }),
        },
        now,
    )
    .await?;
    delete_in(&mut tx, &app.id).await?;
    tx.commit().await?;
    Ok(api::DeleteApplicationResponse { deletion_date: Some(now) })
}

async fn generate_client_secret(
    state: AppState,
    caller: Caller,
    req: api::GenerateClientSecretRequest,
) -> Result<api::GenerateClientSecretResponse> {
    check_length("projectId", &req.project_id)?;
    let app = get_managed(&state, &caller, &req.application_id, Some(&req.project_id)).await?;
    if !needs_secret(&app.settings()?) {
        return Err(Error::failed_precondition(
            "APP-Ghrh3",
            "The application does not authenticate with a client secret (auth method NONE or PRIVATE_KEY_JWT)",
        ));
    }
    let secret = random_token();
    let event = "project.application.oidc.secret.changed";
    let now = change_column(&state, &caller, &app, event, AppColumn::SecretHash, token_hash(&secret)).await?;
    Ok(api::GenerateClientSecretResponse { client_secret: secret, creation_date: Some(now) })
}

/// Deactivates or reactivates an app. An inactive app is refused at authorize and at every client authentication,
/// so its tokens can no longer be refreshed, introspected or revoked by it; its settings and keys stay.
async fn set_state(
    state: &AppState,
    caller: &Caller,
    req: &api::DeactivateApplicationRequest,
    to: ApplicationState,
) -> Result<crate::clock::Timestamp> {
    check_length("projectId", &req.project_id)?;
    let app = get_managed(state, caller, &req.application_id, Some(&req.project_id)).await?;
    let (event_type, wrong) = match to {
        ApplicationState::Inactive => ("project.application.deactivated", !app.is_active()),
        _ => ("project.application.reactivated", app.is_active()),
    };
    if wrong {
        return Err(match to {
            ApplicationState::Inactive => {
                Error::failed_precondition("GATEHOUSE-App-NotActive", "Application is not active")
            }
            _ => Error::failed_precondition("GATEHOUSE-App-NotInactive", "Application is not inactive"),
        });
    }
    change_column(state, caller, &app, event_type, AppColumn::State, i64::from(to.number())).await
}

/// The one column of `apps` a [`change_column`] sets.
#[derive(Clone, Copy)]
enum AppColumn {
    SecretHash,
    State,
}

/// Appends `event_type` on the app's project (payload: the app id) and, in the same transaction, sets `column` to
/// `value` with the app's `changed_at` and `sequence`; returns when. One place for the event-then-row write of the
/// single-column changes (a new client secret, deactivate/reactivate).
async fn change_column<V>(
    state: &AppState,
    caller: &Caller,
    app: &AppRecord,
    event_type: &str,
    column: AppColumn,
    value: V,
) -> Result<crate::clock::Timestamp>
where
    V: for<'q> sqlx::Encode<'q, sqlx::Sqlite> + sqlx::Type<sqlx::Sqlite> + Send + 'static,
{
    let now = state.now();
    let mut tx = state.db.begin().await?;
    let event = Event {
        aggregate_type: "project",
        aggregate_id: &app.project_id,
        event_type,
        resource_owner: &app.org_id,
        creator: caller.user_id(),
        payload: json!({ "appId": app.id }),
    };
    let sequence = append(&mut tx, event, now).await?;
    let sql = match column {
        AppColumn::SecretHash => "UPDATE apps SET secret_hash = $2, changed_at = $3, sequence = $4 WHERE id = $1",
        AppColumn::State => "UPDATE apps SET state = $2, changed_at = $3, sequence = $4 WHERE id = $1",
    };
    sqlx::query(sql).bind(&app.id).bind(value).bind(to_db(now)).bind(sequence as i64).execute(&mut *tx).await?;
    tx.commit().await?;
    Ok(now)
}
