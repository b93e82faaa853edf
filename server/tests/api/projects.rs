use gatehouse_api::org::ListOrganizations;
use gatehouse_api::project::{CreateProject, DeleteProject, GetProject, ListProjects, UpdateProject};
use serde_json::{json, Value};

use crate::common::*;

pub async fn default_org(s: &TestServer) -> String {
    let a = s.call::<ListOrganizations>(Form::Connect, &Auth::Pat, json!({"queries": [{"defaultQuery": {}}]})).await;
    a.ok()["result"][0]["id"].as_str().unwrap().to_owned()
}

pub async fn create_project(s: &TestServer, name: &str) -> String {
    let org = default_org(s).await;
    let a = s.call::<CreateProject>(Form::Connect, &Auth::Pat, json!({"organizationId": org, "name": name})).await;
    a.ok()["projectId"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn projects_are_created_read_listed_updated_and_deleted() {
    let s = start().await;
    let org = default_org(&s).await;
    for form in FORMS {
        let name = format!("Shop {form:?}");
        let a = s
            .call::<CreateProject>(
                form,
                &Auth::Pat,
                json!({"organizationId": org, "name": name, "projectRoleAssertion": true}),
            )
            .await;
        assert_eq!(a.status.as_u16(), if form == Form::Rest { 201 } else { 200 });
        let id = a.ok()["projectId"].as_str().unwrap().to_owned();
        assert!(a.ok()["creationDate"].is_string());

        let got = s.call::<GetProject>(form, &Auth::Pat, json!({"projectId": id})).await;
        let project = &got.ok()["project"];
        assert_eq!(project["name"], name.as_str());
        assert_eq!(project["organizationId"], org.as_str());
        assert_eq!(project["state"], "PROJECT_STATE_ACTIVE");
        assert_eq!(project["projectRoleAssertion"], true);
        assert_eq!(project["privateLabelingSetting"], "PRIVATE_LABELING_SETTING_UNSPECIFIED");

        let updated =
            s.call::<UpdateProject>(form, &Auth::Pat, json!({"projectId": id, "name": format!("{name} 2")})).await;
        assert!(updated.ok()["changeDate"].is_string());
        let got = s.call::<GetProject>(form, &Auth::Pat, json!({"projectId": id})).await;
        assert_eq!(got.ok()["project"]["name"], format!("{name} 2"));
        assert_eq!(got.ok()["project"]["projectRoleAssertion"], true, "unset fields stay");

        let list = s
            .call::<ListProjects>(
                form,
                &Auth::Pat,
                json!({"filters": [{"projectNameFilter": {"projectName": "shop", "method": "TEXT_FILTER_METHOD_STARTS_WITH_IGNORE_CASE"}}]}),
            )
            .await;
        let names: Vec<&Value> = list.ok()["projects"].as_array().unwrap().iter().map(|p| &p["name"]).collect();
        assert!(names.contains(&&json!(format!("{name} 2"))), "{names:?}");
        assert_eq!(list.ok()["pagination"]["appliedLimit"], "100");

        let deleted = s.call::<DeleteProject>(form, &Auth::Pat, json!({"projectId": id})).await;
        assert!(deleted.ok()["deletionDate"].is_string());
        let gone = s.call::<GetProject>(form, &Auth::Pat, json!({"projectId": id})).await;
        gone.assert_error(form, 404, "not_found", "PROJECT-3M9sd");
    }
}

#[tokio::test]
async fn project_input_and_permissions_are_checked() {
    let s = start().await;
    let org = default_org(&s).await;
    for form in FORMS {
        let no_name = s.call::<CreateProject>(form, &Auth::Pat, json!({"organizationId": org, "name": " "})).await;
        no_name.assert_error(form, 400, "invalid_argument", "GATEHOUSE-Length");
        let long = "x".repeat(201);
        let too_long = s.call::<CreateProject>(form, &Auth::Pat, json!({"organizationId": org, "name": long})).await;
        too_long.assert_error(form, 400, "invalid_argument", "GATEHOUSE-Length");
        let no_org = s.call::<CreateProject>(form, &Auth::Pat, json!({"organizationId": "404", "name": "X"})).await;
        no_org.assert_error(form, 404, "not_found", "ORG-ZMuMa");
        // Restrictions no login would honour are refused, not stored.
        for flag in ["authorizationRequired", "projectAccessRequired"] {
            let body = json!({"organizationId": org, "name": "Locked", flag: true});
            let a = s.call::<CreateProject>(form, &Auth::Pat, body).await;
            a.assert_error(form, 501, "unimplemented", "GATEHOUSE-Project-Grants");
        }
        let unknown = s.call::<GetProject>(form, &Auth::Pat, json!({"projectId": "404"})).await;
        unknown.assert_error(form, 404, "not_found", "PROJECT-3M9sd");
        let bad_filter = s.call::<ListProjects>(form, &Auth::Pat, json!({"filters": [{}]})).await;
        bad_filter.assert_error(form, 400, "invalid_argument", "GATEHOUSE-Filter");
        let bad_enum = s
            .call::<CreateProject>(
                form,
                &Auth::Pat,
                json!({"organizationId": org, "name": "X", "privateLabelingSetting": "NOPE"}),
            )
            .await;
        assert_eq!(bad_enum.status.as_u16(), 400);
    }
    // A signed-in user (session token) and a browser may not manage projects.
    s.add_user("pat@example.com", true).await;
    let (_, token) = s.login("pat@example.com", PASSWORD).await;
    let id = create_project(&s, "Private").await;
    for form in FORMS {
        let denied = s
            .call::<CreateProject>(form, &Auth::Bearer(token.clone()), json!({"organizationId": org, "name": "Y"}))
            .await;
        denied.assert_error(form, 403, "permission_denied", "AUTHZ-HKJD33");
        let hidden = s.call::<GetProject>(form, &Auth::Browser(None), json!({"projectId": id})).await;
        hidden.assert_error(form, 403, "permission_denied", "AUTHZ-HKJD33");
        let listing = s.call::<ListProjects>(form, &Auth::Bearer(token.clone()), json!({})).await;
        listing.assert_error(form, 403, "permission_denied", "AUTHZ-HKJD33");
    }
}
