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

/// Usernames per organisation (the domain policy's userLoginMustBeDomain) and login names resolved in the login's
/// org first; a name that fits users of several orgs asks for the full login name.
mod usernames {
    use gatehouse_api::domain_policy::{admin, management, GetDomainSettings};
    use gatehouse_api::org::AddOrganization;
    use gatehouse_api::session::CreateSession;
    use gatehouse_api::user::AddHumanUser;
    use gatehouse_api::Rpc;
    use reqwest::Method;
    use serde_json::{json, Value};

    use crate::common::*;

    async fn org(s: &TestServer, name: &str) -> String {
        let a = s.call::<AddOrganization>(Form::Connect, &Auth::Pat, json!({"name": name})).await;
        a.ok()["organizationId"].as_str().unwrap().to_owned()
    }

    async fn add(s: &TestServer, org: &str, username: &str, email: &str) -> Answer {
        s.call::<AddHumanUser>(
            Form::Connect,
            &Auth::Pat,
            json!({"organization": {"orgId": org}, "username": username,
                   "profile": {"givenName": "Ada", "familyName": "Lovelace"},
                   "email": {"email": email, "isVerified": true}, "password": {"password": PASSWORD}}),
        )
        .await
    }

    /// CreateSession with a user check on `login_name`, in `org`'s context when given (as the SPA sends it).
    async fn check(s: &TestServer, form: Form, login_name: &str, org: Option<&str>) -> Answer {
        let body = json!({"checks": {"user": {"loginName": login_name}}});
        let rb = match form {
            Form::Connect => s.request(Method::POST, &CreateSession::connect_path(), &Auth::Pat),
            Form::Rest => s.request(Method::POST, CreateSession::PATH, &Auth::Pat),
        };
        let rb = match org {
            Some(org) => rb.header("x-zitadel-orgid", org),
            None => rb,
        };
        s.send(rb.json(&body)).await
    }

    async fn session_user(s: &TestServer, answer: &Answer) -> String {
        let id = answer.ok()["sessionId"].as_str().unwrap().to_owned();
        let got =
            s.call::<gatehouse_api::session::GetSession>(Form::Connect, &Auth::Pat, json!({"sessionId": id})).await;
        got.ok()["session"]["factors"]["user"]["id"].as_str().unwrap().to_owned()
    }

    fn user_id(a: &Answer) -> String {
        a.ok()["userId"].as_str().unwrap().to_owned()
    }

    #[tokio::test]
    async fn usernames_are_unique_per_org_when_the_domain_policy_says_so() {
        let s = start().await;
        let acme = org(&s, "Acme").await;
        let globex = org(&s, "Globex").await;
        let acme_ada = user_id(&add(&s, &acme, "ada", "ada@mail.example").await);

        // ZITADEL's default: one namespace for the instance.
        for form in FORMS {
            let p = s.call::<admin::GetDomainPolicy>(form, &Auth::Pat, json!({})).await;
            assert_eq!(p.ok()["policy"].get("userLoginMustBeDomain"), None, "{:?}", p.body);
            let d = s.call::<GetDomainSettings>(form, &Auth::Pat, json!({})).await;
            assert_eq!(d.ok()["settings"]["resourceOwnerType"], "RESOURCE_OWNER_TYPE_INSTANCE");
        }
        add(&s, &globex, "ADA", "other@mail.example").await.assert_error(
            Form::Connect,
            409,
            "already_exists",
            "COMMAND-User-Exists",
        );

        // userLoginMustBeDomain: names are unique within an org only.
        let set =
            s.call::<admin::UpdateDomainPolicy>(Form::Rest, &Auth::Pat, json!({"userLoginMustBeDomain": true})).await;
        assert!(set.ok()["details"]["sequence"].as_str().is_some(), "{:?}", set.body);
        let globex_ada = user_id(&add(&s, &globex, "ada", "ada@mail.example").await);
        add(&s, &acme, "Ada", "third@mail.example").await.assert_error(
            Form::Connect,
            409,
            "already_exists",
            "COMMAND-User-Exists",
        );
        for form in FORMS {
            let d = s.call::<GetDomainSettings>(form, &Auth::Pat, json!({"ctx": {"orgId": globex}})).await;
            assert_eq!(d.ok()["settings"]["loginNameIncludesDomain"], true);
            // As in ZITADEL the login names carry the org's domain, and so does the preferred one.
            let u = s.call::<gatehouse_api::user::GetUserByID>(form, &Auth::Pat, json!({"userId": globex_ada})).await;
            assert_eq!(u.ok()["user"]["preferredLoginName"], "ada@globex.localhost");
            assert_eq!(u.ok()["user"]["loginNames"], json!(["ada@globex.localhost"]));
        }

        for form in FORMS {
            // Without an org in context the bare name and the shared address fit two users: ask for the full name.
            for ambiguous in ["ada", "ADA@mail.example"] {
                let a = check(&s, form, ambiguous, None).await;
                a.assert_error(form, 400, "invalid_argument", "GATEHOUSE-LoginNameAmbiguous");
                let message = a.body["message"].as_str().unwrap();
                assert!(message.contains("full login name"), "{message}");
            }
            // The full login name is unique.
            let a = check(&s, form, "ada@acme.localhost", None).await;
            assert_eq!(session_user(&s, &a).await, acme_ada);
            let a = check(&s, form, "ada@globex.localhost", None).await;
            assert_eq!(session_user(&s, &a).await, globex_ada);
            // In an org's context its own user is meant, by name or by address.
            let a = check(&s, form, "ada", Some(&globex)).await;
            assert_eq!(session_user(&s, &a).await, globex_ada);
            let a = check(&s, form, "ada@mail.example", Some(&acme)).await;
            assert_eq!(session_user(&s, &a).await, acme_ada);
            // Another org's full login name still works in a context (the org is looked at first, not only).
            let a = check(&s, form, "ada@acme.localhost", Some(&globex)).await;
            assert_eq!(session_user(&s, &a).await, acme_ada);
            // An unknown name is still "not found", never ambiguous.
            check(&s, form, "grace", Some(&acme)).await.assert_error(form, 404, "not_found", "QUERY-Dfbg2");
        }

        // Going back to one namespace while two orgs share a name is refused, for the instance and for an org.
        for form in FORMS {
            let off =
                s.call::<admin::UpdateDomainPolicy>(form, &Auth::Pat, json!({"userLoginMustBeDomain": false})).await;
            off.assert_error(form, 400, "failed_precondition", "GATEHOUSE-DomainPolicy-Usernames");
        }
        let custom = |form, body: Value| s.call::<admin::AddCustomDomainPolicy>(form, &Auth::Pat, body);
        custom(Form::Rest, json!({"orgId": acme, "userLoginMustBeDomain": false})).await.ok();
        // Acme alone off: its "ada" no longer shares a namespace with Globex's, which stays org-scoped.
        let p = s.call::<admin::GetCustomDomainPolicy>(Form::Connect, &Auth::Pat, json!({"orgId": acme})).await;
        assert_eq!(p.ok()["isDefault"], Value::Null, "{:?}", p.body);
        let m = s
            .send(
                s.request(Method::GET, "/management/v1/policies/domain", &Auth::Pat).header("x-zitadel-orgid", &globex),
            )
            .await;
        assert_eq!(m.ok()["policy"]["userLoginMustBeDomain"], true);
        assert_eq!(m.ok()["isDefault"], true);
        let m2 = s.call::<management::GetDomainPolicy>(Form::Connect, &Auth::Pat, json!({})).await;
        assert_eq!(m2.ok()["policy"]["userLoginMustBeDomain"], true);
        custom(Form::Connect, json!({"orgId": acme})).await.assert_error(
            Form::Connect,
            409,
            "already_exists",
            "Org-7Hdkk",
        );
        let missing = s.call::<admin::GetCustomDomainPolicy>(Form::Rest, &Auth::Pat, json!({"orgId": "404"})).await;
        missing.assert_error(Form::Rest, 404, "not_found", "ORG-ZMuMa");
        let reset =
            s.call::<admin::ResetCustomDomainPolicyToDefault>(Form::Rest, &Auth::Pat, json!({"orgId": acme})).await;
        reset.ok();

        // Only IAM owners write the policy.
        let (_, token) = s.login("ada@acme.localhost", PASSWORD).await;
        for form in FORMS {
            let denied = s.call::<admin::UpdateDomainPolicy>(form, &Auth::Bearer(token.clone()), json!({})).await;
            denied.assert_error(form, 403, "permission_denied", "AUTHZ-HKJD33");
        }
    }
}
