//! ProjectService (`zitadel.project.v2`) and the pagination messages of `zitadel.filter.v2` it shares with the
//! ApplicationService. ZITADEL serves these v2 services over Connect only; the REST paths follow its v2beta
//! gateway (`/v2/projects`, `/v2/projects/search`).

use serde::{Deserialize, Serialize};

use crate::json::{int64, is_default, Timestamp};

crate::rpc! {
    CreateProject in PROJECT_SERVICE: Post "/v2/projects" => 201, CreateProjectRequest => CreateProjectResponse;
    GetProject in PROJECT_SERVICE: Get "/v2/projects/{project_id}", GetProjectRequest => GetProjectResponse;
    ListProjects in PROJECT_SERVICE: Post "/v2/projects/search", ListProjectsRequest => ListProjectsResponse;
    UpdateProject in PROJECT_SERVICE: Patch "/v2/projects/{project_id}", UpdateProjectRequest => UpdateProjectResponse;
    DeleteProject in PROJECT_SERVICE: Delete "/v2/projects/{project_id}", DeleteProjectRequest => DeleteProjectResponse;
}

crate::proto_enum! {
    pub enum ProjectState {
        Unspecified = 0 => "PROJECT_STATE_UNSPECIFIED",
        Active = 1 => "PROJECT_STATE_ACTIVE",
        Inactive = 2 => "PROJECT_STATE_INACTIVE",
    }
}

crate::proto_enum! {
    pub enum PrivateLabelingSetting {
        Unspecified = 0 => "PRIVATE_LABELING_SETTING_UNSPECIFIED",
        EnforceProjectResourceOwnerPolicy = 1 => "PRIVATE_LABELING_SETTING_ENFORCE_PROJECT_RESOURCE_OWNER_POLICY",
        AllowLoginUserResourceOwnerPolicy = 2 => "PRIVATE_LABELING_SETTING_ALLOW_LOGIN_USER_RESOURCE_OWNER_POLICY",
    }
}

crate::proto_enum! {
    /// `zitadel.filter.v2.TextFilterMethod`.
    pub enum TextFilterMethod {
        Equals = 0 => "TEXT_FILTER_METHOD_EQUALS",
        EqualsIgnoreCase = 1 => "TEXT_FILTER_METHOD_EQUALS_IGNORE_CASE",
        StartsWith = 2 => "TEXT_FILTER_METHOD_STARTS_WITH",
        StartsWithIgnoreCase = 3 => "TEXT_FILTER_METHOD_STARTS_WITH_IGNORE_CASE",
        Contains = 4 => "TEXT_FILTER_METHOD_CONTAINS",
        ContainsIgnoreCase = 5 => "TEXT_FILTER_METHOD_CONTAINS_IGNORE_CASE",
        EndsWith = 6 => "TEXT_FILTER_METHOD_ENDS_WITH",
        EndsWithIgnoreCase = 7 => "TEXT_FILTER_METHOD_ENDS_WITH_IGNORE_CASE",
    }
}

impl TextFilterMethod {
    pub fn matches(self, value: &str, query: &str) -> bool {
        use crate::object::TextQueryMethod as Q;
        let same = match self {
            Self::Equals => Q::Equals,
            Self::EqualsIgnoreCase => Q::EqualsIgnoreCase,
            Self::StartsWith => Q::StartsWith,
            Self::StartsWithIgnoreCase => Q::StartsWithIgnoreCase,
            Self::Contains => Q::Contains,
            Self::ContainsIgnoreCase => Q::ContainsIgnoreCase,
            Self::EndsWith => Q::EndsWith,
            Self::EndsWithIgnoreCase => Q::EndsWithIgnoreCase,
        };
        same.matches(value, query)
    }
}

/// `zitadel.filter.v2.PaginationRequest`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PaginationRequest {
    #[serde(with = "int64", default, skip_serializing_if = "is_default")]
    pub offset: u64,
    #[serde(default, skip_serializing_if = "is_default")]
    pub limit: u32,
    #[serde(default, skip_serializing_if = "is_default")]
    pub asc: bool,
}

/// `zitadel.filter.v2.PaginationResponse`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PaginationResponse {
    #[serde(with = "int64", default)]
    pub total_result: u64,
    #[serde(with = "int64", default)]
    pub applied_limit: u64,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateProjectRequest {
    #[serde(default)]
    pub organization_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,
    #[serde(default)]
    pub name: String,
    #[serde(default, skip_serializing_if = "is_default")]
    pub project_role_assertion: bool,
    #[serde(default, skip_serializing_if = "is_default")]
    pub authorization_required: bool,
    #[serde(default, skip_serializing_if = "is_default")]
    pub project_access_required: bool,
    #[serde(default, skip_serializing_if = "is_default")]
    pub private_labeling_setting: PrivateLabelingSetting,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateProjectResponse {
    pub project_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creation_date: Option<Timestamp>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetProjectRequest {
    #[serde(default)]
    pub project_id: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetProjectResponse {
    pub project: Project,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Project {
    pub project_id: String,
    pub organization_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creation_date: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_date: Option<Timestamp>,
    pub name: String,
    #[serde(default)]
    pub state: ProjectState,
    #[serde(default)]
    pub project_role_assertion: bool,
    #[serde(default)]
    pub authorization_required: bool,
    #[serde(default)]
    pub project_access_required: bool,
    #[serde(default)]
    pub private_labeling_setting: PrivateLabelingSetting,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListProjectsRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pagination: Option<PaginationRequest>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub filters: Vec<ProjectSearchFilter>,
}

/// oneof: exactly one field set.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProjectSearchFilter {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_name_filter: Option<ProjectNameFilter>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_project_ids_filter: Option<InProjectIdsFilter>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_organization_id_filter: Option<OrganizationIdFilter>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProjectNameFilter {
    #[serde(default)]
    pub project_name: String,
    #[serde(default)]
    pub method: TextFilterMethod,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InProjectIdsFilter {
    #[serde(default)]
    pub project_ids: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrganizationIdFilter {
    #[serde(default)]
    pub organization_id: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListProjectsResponse {
    pub pagination: PaginationResponse,
    #[serde(default)]
    pub projects: Vec<Project>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpdateProjectRequest {
    #[serde(default)]
    pub project_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_role_assertion: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization_required: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_access_required: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_labeling_setting: Option<PrivateLabelingSetting>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpdateProjectResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_date: Option<Timestamp>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeleteProjectRequest {
    #[serde(default)]
    pub project_id: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeleteProjectResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deletion_date: Option<Timestamp>,
}
