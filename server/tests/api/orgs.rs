use gatehouse_api::org::{AddOrganization, ListOrganizations};
use serde_json::json;

use crate::common::*;

#[tokio::test]
async fn add_and_list_organizations() {
    let s = start().await;
    for (i, form) in FORMS.into_iter().enumerate() {
        let name = format!("Acme {i}");
        let a = s
            .call::<AddOrganization>(
                form,
                &Auth::Pat,
                json!({"name": name, "admins": [{"human": {"profile": {"givenName": "Olga", "familyName": "Owner"},
                       "email": {"email": format!("olga{i}@acme.test"), "isVerified": true}, "password": {"password": PASSWORD}}}]}),
            )
            .await;
        assert_eq!(a.status.as_u16(), if form == Form::Rest { 201 } else { 200 });
        let org_id = a.ok()["organizationId"].as_str().unwrap().to_owned();
        assert_eq!(a.ok()["createdAdmins"].as_array().unwrap().len(), 1);

        let list = s
            .call::<ListOrganizations>(
                form,
                &Auth::Pat,
                json!({"queries": [{"domainQuery": {"domain": format!("acme-{i}.localhost")}}]}),
            )
            .await;
        assert_eq!(list.ok()["details"]["totalResult"], "1");
        assert_eq!(list.ok()["result"][0]["id"], org_id.as_str());
        assert_eq!(list.ok()["result"][0]["state"], "ORGANIZATION_STATE_ACTIVE");

        let default = s.call::<ListOrganizations>(form, &Auth::Pat, json!({"queries": [{"defaultQuery": {}}]})).await;
        assert_eq!(default.ok()["result"][0]["name"], "Gatehouse");

        // The new org owner sees their org only and may manage its users, not others'.
        let (_, token) = s.login(&format!("olga{i}@acme.test"), PASSWORD).await;
        let mine = s.call::<ListOrganizations>(form, &Auth::Bearer(token.clone()), json!({})).await;
        mine.assert_error(form, 403, "permission_denied", "AUTHZ-HKJD33");
        let dup = s.call::<AddOrganization>(form, &Auth::Pat, json!({"name": name})).await;
        dup.assert_error(form, 409, "already_exists", "ORG-lapo2m");
        let denied = s.call::<AddOrganization>(form, &Auth::Bearer(token), json!({"name": "Nope"})).await;
        denied.assert_error(form, 403, "permission_denied", "AUTHZ-HKJD33");
    }
}
