//! ProjectService: projects group the applications (OIDC clients) of an organization.

use axum::Router;
use gatehouse_api::project::{self as api, PaginationResponse, PrivateLabelingSetting, Project, ProjectState};
use serde_json::json;
use sqlx::Row;

use crate::auth::Caller;
use crate::clock::{from_db, to_db};
use crate::error::{Error, Result};
use crate::events::{append, Event};
use crate::rpc::rpc;
use crate::AppState;

pub fn routes() -> Router<AppState> {
    let r = Router::new();
    let r = rpc::<api::CreateProject, _, _>(r, create_project);
    let r = rpc::<api::GetProject, _, _>(r, get_project);
    let r = rpc::<api::ListProjects, _, _>(r, list_projects);
    let r = rpc::<api::UpdateProject, _, _>(r, update_project);
    rpc::<api::DeleteProject, _, _>(r, delete_project)
}

pub fn project_not_found() -> Error {
    Error::not_found("PROJECT-3M9sd", "Project not found")
}

/// Names and ids: 1..=200 characters, as ZITADEL's validation rules say.
pub fn check_length(field: &str, value: &str) -> Result<()> {
    let len = value.trim().chars().count();
    if len == 0 || len > 200 {
        return Err(Error::invalid("GATEHOUSE-Length", format!("{field} must have 1 to 200 characters")));
    }
    Ok(())
}

/// ZITADEL's "authorization required" and "access required" limit logins to users holding a grant on the
/// project (or its org). Gatehouse has no user grants yet; accepting the flags would store a restriction that no
/// login honours, so they are refused until grants exist.
fn refuse_unenforced_checks(authorization_required: bool, access_required: bool) -> Result<()> {
    if authorization_required || access_required {
        return Err(Error::unimplemented(
            "GATEHOUSE-Project-Grants",
            "authorizationRequired and projectAccessRequired are not supported yet: Gatehouse has no user grants",
        ));
    }
    Ok(())
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ProjectRecord {
    pub id: String,
    pub org_id: String,
    pub name: String,
    pub state: i64,
    pub role_assertion: bool,
    pub authorization_required: bool,
    pub access_required: bool,
    pub private_labeling: i64,
    pub created_at: String,
    pub changed_at: String,
}

impl ProjectRecord {
    pub fn to_api(&self) -> Result<Project> {
        Ok(Project {
            project_id: self.id.clone(),
            organization_id: self.org_id.clone(),
            creation_date: Some(from_db(&self.created_at)?),
            change_date: Some(from_db(&self.changed_at)?),
            name: self.name.clone(),
            state: ProjectState::ALL.iter().copied().find(|s| i64::from(s.number()) == self.state).unwrap_or_default(),
            project_role_assertion: self.role_assertion,
            authorization_required: self.authorization_required,
            project_access_required: self.access_required,
            private_labeling_setting: PrivateLabelingSetting::ALL
                .iter()
                .copied()
                .find(|s| i64::from(s.number()) == self.private_labeling)
                .unwrap_or_default(),
        })
    }
}

const COLUMNS: &str =
    "id, org_id, name, state, role_assertion, authorization_required, access_required, private_labeling,
    created_at, changed_at";

pub async fn find(state: &AppState, id: &str) -> Result<Option<ProjectRecord>> {
    let sql = format!("SELECT {COLUMNS} FROM projects WHERE id = $1");
    Ok(sqlx::query_as::<_, ProjectRecord>(&sql).bind(id).fetch_optional(&state.db.read).await?)
}

/// The project, if the caller may manage it (IAM_OWNER or ORG_OWNER of its org). Others get "not found", so ids of
/// other orgs' projects are not confirmed.
pub async fn get_managed(state: &AppState, caller: &Caller, id: &str) -> Result<ProjectRecord> {
    match find(state, id).await? {
        Some(project) if caller.owns_org(&project.org_id) => Ok(project),
        Some(_) if caller.user_id().is_none() => Err(Error::denied()),
        _ => Err(project_not_found()),
    }
}

async fn create_project(
    state: AppState,
    caller: Caller,
    req: api::CreateProjectRequest,
) -> Result<api::CreateProjectResponse> {
    check_length("organizationId", &req.organization_id)?;
    check_length("name", &req.name)?;
    refuse_unenforced_checks(req.authorization_required, req.project_access_required)?;
    if !caller.owns_org(&req.organization_id) {
        return Err(Error::denied());
    }
    if !crate::org::exists(&state, &req.organization_id).await? {
        return Err(crate::org::org_not_found());
    }
    let id = match req.project_id.as_deref() {
        Some(id) => {
            check_length("projectId", id)?;
            id.to_owned()
        }
        None => state.new_id(),
    };
    let now = state.now();
    let mut tx = state.db.begin().await?;
    let sequence = append(
        &mut tx,
        Event {
            aggregate_type: "project",
            aggregate_id: &id,
            event_type: "project.added",
            resource_owner: &req.organization_id,
            creator: caller.user_id(),
            payload: json!({ "name": req.name.trim() }),
        },
        now,
    )
    .await?;
    let inserted = sqlx::query(
        "INSERT INTO projects (id, org_id, name, state, role_assertion, authorization_required, access_required,
         private_labeling, created_at, changed_at, sequence) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $10)",
    )
    .bind(&id)
    .bind(&req.organization_id)
    .bind(req.name.trim())
    .bind(i64::from(ProjectState::Active.number()))
    .bind(req.project_role_assertion)
    .bind(req.authorization_required)
    .bind(req.project_access_required)
    .bind(i64::from(req.private_labeling_setting.number()))
    .bind(to_db(now))
    .bind(sequence as i64)
    .execute(&mut *tx)
    .await;
    if let Err(sqlx::Error::Database(db)) = &inserted {
        if db.is_unique_violation() {
            return Err(Error::already_exists("PROJECT-Ew7sa", "A project with this id already exists"));
        }
    }
    inserted?;
    tx.commit().await?;
    Ok(api::CreateProjectResponse { project_id: id, creation_date: Some(now) })
}

async fn get_project(state: AppState, caller: Caller, req: api::GetProjectRequest) -> Result<api::GetProjectResponse> {
    check_length("projectId", &req.project_id)?;
    let project = get_managed(&state, &caller, &req.project_id).await?;
    Ok(api::GetProjectResponse { project: project.to_api()? })
}

async fn list_projects(
    state: AppState,
    caller: Caller,
    req: api::ListProjectsRequest,
) -> Result<api::ListProjectsResponse> {
    let scope = caller.listing_scope()?;
    for filter in &req.filters {
        let set = [
            filter.project_name_filter.is_some(),
            filter.in_project_ids_filter.is_some(),
            filter.project_organization_id_filter.is_some(),
        ];
        if set.iter().filter(|s| **s).count() != 1 {
            return Err(Error::invalid("GATEHOUSE-Filter", "each filter must set exactly one criterion"));
        }
    }
    let sql = format!("SELECT {COLUMNS} FROM projects ORDER BY created_at, id");
    let all = sqlx::query_as::<_, ProjectRecord>(&sql).fetch_all(&state.db.read).await?;
    let matching: Vec<ProjectRecord> = all
        .into_iter()
        .filter(|p| scope.as_ref().is_none_or(|orgs| orgs.contains(&p.org_id)))
        .filter(|p| {
            req.filters.iter().all(|f| {
                if let Some(name) = &f.project_name_filter {
                    name.method.matches(&p.name, &name.project_name)
                } else if let Some(ids) = &f.in_project_ids_filter {
                    ids.project_ids.contains(&p.id)
                } else if let Some(org) = &f.project_organization_id_filter {
                    org.organization_id == p.org_id
                } else {
                    true
                }
            })
        })
        .collect();
    let (page, pagination) = paginate(matching, req.pagination.as_ref());
    Ok(api::ListProjectsResponse {
        pagination,
        projects: page.iter().map(ProjectRecord::to_api).collect::<Result<_>>()?,
    })
}

/// One page in creation order. Default and maximum page size as in ZITADEL's list APIs (100 / 1000).
pub fn paginate<T>(mut items: Vec<T>, request: Option<&api::PaginationRequest>) -> (Vec<T>, PaginationResponse) {
    let total = items.len() as u64;
    let request = request.cloned().unwrap_or_default();
    let limit = match request.limit {
        0 => 100,
        n => n.min(1000),
    } as usize;
    let offset = (request.offset as usize).min(items.len());
    let page: Vec<T> = items.drain(offset..).take(limit).collect();
    (page, PaginationResponse { total_result: total, applied_limit: limit as u64 })
}

async fn update_project(
    state: AppState,
    caller: Caller,
    req: api::UpdateProjectRequest,
) -> Result<api::UpdateProjectResponse> {
    check_length("projectId", &req.project_id)?;
    if let Some(name) = &req.name {
        check_length("name", name)?;
    }
    refuse_unenforced_checks(
        req.authorization_required.unwrap_or_default(),
        req.project_access_required.unwrap_or_default(),
    )?;
    let project = get_managed(&state, &caller, &req.project_id).await?;
    let now = state.now();
    let mut tx = state.db.begin().await?;
    let sequence = append(
        &mut tx,
        Event {
            aggregate_type: "project",
            aggregate_id: &project.id,
            event_type: "project.changed",
            resource_owner: &project.org_id,
            creator: caller.user_id(),
            payload: serde_json::to_value(&req)?,
        },
        now,
    )
    .await?;
    sqlx::query(
        "UPDATE projects SET name = $2, role_assertion = $3, authorization_required = $4, access_required = $5,
         private_labeling = $6, changed_at = $7, sequence = $8 WHERE id = $1",
    )
    .bind(&project.id)
    .bind(req.name.as_deref().map(str::trim).unwrap_or(&project.name))
    .bind(req.project_role_assertion.unwrap_or(project.role_assertion))
    .bind(req.authorization_required.unwrap_or(project.authorization_required))
    .bind(req.project_access_required.unwrap_or(project.access_required))
    .bind(req.private_labeling_setting.map_or(project.private_labeling, |s| i64::from(s.number())))
    .bind(to_db(now))
    .bind(sequence as i64)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(api::UpdateProjectResponse { change_date: Some(now) })
}

/// Deleting a project deletes its applications, their pending requests and every token issued to them.
async fn delete_project(
    state: AppState,
    caller: Caller,
    req: api::DeleteProjectRequest,
) -> Result<api::DeleteProjectResponse> {
    check_length("projectId", &req.project_id)?;
    let project = get_managed(&state, &caller, &req.project_id).await?;
    let now = state.now();
    let mut tx = state.db.begin().await?;
    append(
        &mut tx,
        Event {
            aggregate_type: "project",
            aggregate_id: &project.id,
            event_type: "project.removed",
            resource_owner: &project.org_id,
            creator: caller.user_id(),
            payload: json!({}),
        },
        now,
    )
    .await?;
    let app_ids: Vec<String> = sqlx::query("SELECT id FROM apps WHERE project_id = $1")
        .bind(&project.id)
        .fetch_all(&mut *tx)
        .await?
        .iter()
        .map(|r| r.try_get("id"))
        .collect::<Result<_, _>>()?;
    for app_id in &app_ids {
        crate::app::delete_in(&mut tx, app_id).await?;
    }
    sqlx::query("DELETE FROM projects WHERE id = $1").bind(&project.id).execute(&mut *tx).await?;
    tx.commit().await?;
    Ok(api::DeleteProjectResponse { deletion_date: Some(now) })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_default_to_100_and_cap_at_1000() {
        let items: Vec<u32> = (0..1500).collect();
        let (page, info) = paginate(items.clone(), None);
        assert_eq!((page.len(), info.total_result, info.applied_limit), (100, 1500, 100));
        let request = api::PaginationRequest { offset: 1400, limit: 5000, asc: true };
        let (page, info) = paginate(items, Some(&request));
        assert_eq!((page.first().copied(), page.len(), info.applied_limit), (Some(1400), 100, 1000));
    }
}
