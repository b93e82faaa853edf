//! IdP configuration over the Admin and Management APIs, the login policy's IdP list, the v2 reads, and every
//! error path of intents, links and the session's idpIntent check that needs no upstream provider
//! (`idp_flow.rs` drives a real one).

use gatehouse_api::idp::{self as api, admin, management};
use gatehouse_api::session::CreateSession;
use gatehouse_api::settings::management::AddCustomLoginPolicy;
use serde_json::{json, Value};

use crate::common::*;

pub fn oidc_body(name: &str, issuer: &str) -> Value {
    json!({"name": name, "issuer": issuer, "clientId": "client-1", "clientSecret": "very-secret-value",
           "scopes": ["openid", "profile", "email"], "isIdTokenMapping": true, "usePkce": true,
           "providerOptions": {"isLinkingAllowed": true, "isCreationAllowed": true, "autoLinking": "AUTO_LINKING_OPTION_EMAIL"}})
}

pub async fn add_instance_oidc(s: &TestServer, name: &str, issuer: &str) -> String {
    let a = s.call::<admin::AddGenericOIDCProvider>(Form::Connect, &Auth::Pat, oidc_body(name, issuer)).await;
    a.ok()["id"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn generic_oidc_is_added_read_updated_listed_and_deleted_with_the_secret_sealed() {
    let s = start().await;
    for form in FORMS {
        let a = s
            .call::<admin::AddGenericOIDCProvider>(form, &Auth::Pat, oidc_body("Upstream", "https://idp.example.com"))
            .await;
        let body = a.ok();
        let id = body["id"].as_str().unwrap().to_owned();
        assert!(body["details"]["sequence"].as_str().is_some(), "{body}");
        assert!(body["details"]["resourceOwner"].as_str().is_some());

        let got = s.call::<admin::GetProviderByID>(form, &Auth::Pat, json!({"id": id})).await;
        let idp = &got.ok()["idp"];
        assert_eq!(idp["name"], "Upstream");
        assert_eq!(idp["type"], "PROVIDER_TYPE_OIDC");
        assert_eq!(idp["state"], "IDP_STATE_ACTIVE");
        assert_eq!(idp["owner"], "IDP_OWNER_TYPE_SYSTEM");
        assert_eq!(
            idp["config"],
            json!({"options": {"isLinkingAllowed": true, "isCreationAllowed": true, "autoLinking": "AUTO_LINKING_OPTION_EMAIL"},
                   "oidc": {"issuer": "https://idp.example.com", "clientId": "client-1", "scopes": ["openid", "profile", "email"],
                            "isIdTokenMapping": true, "usePkce": true}})
        );
        assert!(!got.body.to_string().contains("very-secret-value"), "the secret never leaves the server");

        // An update without clientSecret keeps the stored one.
        let mut update = oidc_body("Renamed", "https://idp2.example.com");
        update["id"] = json!(id);
        update.as_object_mut().unwrap().remove("clientSecret");
        s.call::<admin::UpdateGenericOIDCProvider>(form, &Auth::Pat, update).await.ok();
        let got = s.call::<api::GetIDPByID>(form, &Auth::Pat, json!({"id": id})).await;
        let v2 = &got.ok()["idp"];
        assert_eq!((v2["name"].as_str(), v2["type"].as_str()), (Some("Renamed"), Some("IDP_TYPE_OIDC")));
        assert_eq!(v2["config"]["oidc"]["issuer"], "https://idp2.example.com");
        assert!(v2["details"]["changeDate"].is_string());

        let list = s
            .call::<admin::ListProviders>(form, &Auth::Pat, json!({"queries": [{"idpNameQuery": {"name": "renamed", "method": "TEXT_QUERY_METHOD_EQUALS_IGNORE_CASE"}}]}))
            .await;
        let result = list.ok()["result"].as_array().unwrap().clone();
        assert_eq!(result.len(), 1);
        assert_eq!(result[0]["id"], id.as_str());

        let db = std::fs::read(s.data_dir.join("gatehouse.db")).unwrap();
        assert!(!db.windows(b"very-secret-value".len()).any(|w| w == b"very-secret-value"), "sealed at rest");

        s.call::<admin::DeleteProvider>(form, &Auth::Pat, json!({"id": id})).await.ok();
        s.call::<admin::GetProviderByID>(form, &Auth::Pat, json!({"id": id})).await.assert_error(
            form,
            404,
            "not_found",
            "QUERY-SAFrt",
        );
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(s.data_dir.join("idp.key")).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

#[tokio::test]
async fn every_provider_type_is_configured_and_validated() {
    let s = start().await;
    let opts = json!({"isAutoCreation": true});
    let cases: Vec<(Value, &str, &str)> = vec![
        (
            json!({"name": "OAuth", "clientId": "c", "clientSecret": "s", "authorizationEndpoint": "https://o.example/a",
                "tokenEndpoint": "https://o.example/t", "userEndpoint": "https://o.example/u", "idAttribute": "id"}),
            "oauth",
            "PROVIDER_TYPE_OAUTH",
        ),
        (
            json!({"name": "JWT", "issuer": "https://j.example", "jwtEndpoint": "https://j.example/jwt",
                "keysEndpoint": "https://j.example/keys", "headerName": "x-auth"}),
            "jwt",
            "PROVIDER_TYPE_JWT",
        ),
        (json!({"name": "Google", "clientId": "g", "clientSecret": "s"}), "google", "PROVIDER_TYPE_GOOGLE"),
        (json!({"name": "GitHub", "clientId": "g", "clientSecret": "s"}), "github", "PROVIDER_TYPE_GITHUB"),
        (json!({"name": "GitLab", "clientId": "g", "clientSecret": "s"}), "gitlab", "PROVIDER_TYPE_GITLAB"),
        (
            json!({"name": "Azure", "clientId": "a", "clientSecret": "s", "tenant": {"tenantId": "contoso.onmicrosoft.com"},
                "emailVerified": true}),
            "azureAd",
            "PROVIDER_TYPE_AZURE_AD",
        ),
        (
            json!({"name": "Apple", "clientId": "com.example", "teamId": "ABCDE12345", "keyId": "KEY1234567",
                "privateKey": apple_p8_b64()}),
            "apple",
            "PROVIDER_TYPE_APPLE",
        ),
    ];
    for (i, (mut body, key, kind)) in cases.into_iter().enumerate() {
        body["providerOptions"] = opts.clone();
        let form = FORMS[i % 2];
        let a = match kind {
            "PROVIDER_TYPE_OAUTH" => s.call::<admin::AddGenericOAuthProvider>(form, &Auth::Pat, body).await,
            "PROVIDER_TYPE_JWT" => s.call::<admin::AddJWTProvider>(form, &Auth::Pat, body).await,
            "PROVIDER_TYPE_GOOGLE" => s.call::<admin::AddGoogleProvider>(form, &Auth::Pat, body).await,
            "PROVIDER_TYPE_GITHUB" => s.call::<admin::AddGitHubProvider>(form, &Auth::Pat, body).await,
            "PROVIDER_TYPE_GITLAB" => s.call::<admin::AddGitLabProvider>(form, &Auth::Pat, body).await,
            "PROVIDER_TYPE_AZURE_AD" => s.call::<admin::AddAzureADProvider>(form, &Auth::Pat, body).await,
            _ => s.call::<admin::AddAppleProvider>(form, &Auth::Pat, body).await,
        };
        let id = a.ok()["id"].as_str().unwrap().to_owned();
        let got = s.call::<admin::GetProviderByID>(form, &Auth::Pat, json!({"id": id})).await;
        let idp = &got.ok()["idp"];
        assert_eq!(idp["type"], kind);
        assert!(idp["config"][key].is_object(), "{key}: {idp}");
        assert_eq!(idp["config"]["options"]["isAutoCreation"], true);
        assert!(idp["config"][key].get("clientSecret").is_none() && idp["config"][key].get("privateKey").is_none());
    }
    // Validation, with ZITADEL's error shape in both forms.
    for form in FORMS {
        let mut no_name = oidc_body("", "https://idp.example.com");
        no_name["name"] = json!("  ");
        s.call::<admin::AddGenericOIDCProvider>(form, &Auth::Pat, no_name).await.assert_error(
            form,
            400,
            "invalid_argument",
            "IDP-Required",
        );
        s.call::<admin::AddGenericOIDCProvider>(form, &Auth::Pat, oidc_body("x", "javascript:alert(1)"))
            .await
            .assert_error(form, 400, "invalid_argument", "IDP-Url");
        let mut no_secret = oidc_body("x", "https://idp.example.com");
        no_secret.as_object_mut().unwrap().remove("clientSecret");
        s.call::<admin::AddGenericOIDCProvider>(form, &Auth::Pat, no_secret).await.assert_error(
            form,
            400,
            "invalid_argument",
            "IDP-Required",
        );
        let mut bad_scope = oidc_body("x", "https://idp.example.com");
        bad_scope["scopes"] = json!(["open id"]);
        s.call::<admin::AddGenericOIDCProvider>(form, &Auth::Pat, bad_scope).await.assert_error(
            form,
            400,
            "invalid_argument",
            "IDP-Scopes",
        );
        s.call::<admin::AddGenericOAuthProvider>(
            form,
            &Auth::Pat,
            json!({"name": "o", "clientId": "c", "clientSecret": "s"}),
        )
        .await
        .assert_error(form, 400, "invalid_argument", "IDP-Required");
        s.call::<admin::AddAppleProvider>(
            form,
            &Auth::Pat,
            json!({"name": "a", "clientId": "c", "teamId": "T", "keyId": "K", "privateKey": "anVuaw=="}),
        )
        .await
        .assert_error(form, 400, "invalid_argument", "IDP-AppleKey");
        let google = s
            .call::<admin::AddGoogleProvider>(
                form,
                &Auth::Pat,
                json!({"name": "G", "clientId": "g", "clientSecret": "s"}),
            )
            .await;
        let google_id = google.ok()["id"].as_str().unwrap().to_owned();
        let mut wrong = oidc_body("x", "https://idp.example.com");
        wrong["id"] = json!(google_id);
        s.call::<admin::UpdateGenericOIDCProvider>(form, &Auth::Pat, wrong).await.assert_error(
            form,
            400,
            "invalid_argument",
            "IDP-WrongType",
        );
        let mut unknown = oidc_body("x", "https://idp.example.com");
        unknown["id"] = json!("404");
        s.call::<admin::UpdateGenericOIDCProvider>(form, &Auth::Pat, unknown).await.assert_error(
            form,
            404,
            "not_found",
            "QUERY-SAFrt",
        );
        s.call::<admin::DeleteProvider>(form, &Auth::Pat, json!({"id": "404"})).await.assert_error(
            form,
            404,
            "not_found",
            "QUERY-SAFrt",
        );
        s.call::<api::GetIDPByID>(form, &Auth::Pat, json!({"id": "404"})).await.assert_error(
            form,
            404,
            "not_found",
            "QUERY-SAFrt",
        );
    }
}

#[tokio::test]
async fn only_owners_configure_and_orgs_see_their_own_and_the_instances_providers() {
    let s = start().await;
    let instance_idp = add_instance_oidc(&s, "Instance IdP", "https://i.example.com").await;
    let user = s.add_user("ada@example.com", true).await;
    let (_, token) = s.login("ada@example.com", PASSWORD).await;
    for form in FORMS {
        for auth in [Auth::Browser(None), Auth::Bearer(token.clone())] {
            s.call::<admin::AddGenericOIDCProvider>(form, &auth, oidc_body("x", "https://x.example"))
                .await
                .assert_error(form, 403, "permission_denied", "AUTHZ-HKJD33");
            s.call::<management::ListProviders>(form, &auth, json!({})).await.assert_error(
                form,
                403,
                "permission_denied",
                "AUTHZ-HKJD33",
            );
        }
    }
    let _ = user;
    // Management: the caller's org (the PAT user's home org).
    let org_idp = s
        .call::<management::AddGenericOIDCProvider>(
            Form::Rest,
            &Auth::Pat,
            oidc_body("Org IdP", "https://o.example.com"),
        )
        .await;
    let org_idp = org_idp.ok()["id"].as_str().unwrap().to_owned();
    let list = s.call::<management::ListProviders>(Form::Rest, &Auth::Pat, json!({})).await;
    let owners: Vec<(String, String)> = list.ok()["result"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["name"].as_str().unwrap().to_owned(), p["owner"].as_str().unwrap().to_owned()))
        .collect();
    assert_eq!(
        owners,
        vec![("Org IdP".into(), "IDP_OWNER_TYPE_ORG".into()), ("Instance IdP".into(), "IDP_OWNER_TYPE_SYSTEM".into())]
    );
    let only_org = s
        .call::<management::ListProviders>(
            Form::Connect,
            &Auth::Pat,
            json!({"queries": [{"ownerTypeQuery": {"ownerType": "IDP_OWNER_TYPE_ORG"}}]}),
        )
        .await;
    assert_eq!(only_org.ok()["result"].as_array().unwrap().len(), 1);
    // The Admin API does not read org providers; the Management API cannot change instance ones.
    s.call::<admin::GetProviderByID>(Form::Rest, &Auth::Pat, json!({"id": org_idp})).await.assert_error(
        Form::Rest,
        404,
        "not_found",
        "QUERY-SAFrt",
    );
    s.call::<management::DeleteProvider>(Form::Rest, &Auth::Pat, json!({"id": instance_idp})).await.assert_error(
        Form::Rest,
        404,
        "not_found",
        "QUERY-SAFrt",
    );
    s.call::<management::GetProviderByID>(Form::Rest, &Auth::Pat, json!({"id": instance_idp})).await.ok();
    s.call::<management::ListProviders>(Form::Rest, &Auth::Pat, json!({"queries": [{}]})).await.assert_error(
        Form::Rest,
        400,
        "invalid_argument",
        "IDP-Query",
    );
    // The old v1 path removes an org provider too.
    s.call::<management::RemoveOrgIDP>(Form::Rest, &Auth::Pat, json!({"idpId": org_idp})).await.ok();
    s.call::<management::GetProviderByID>(Form::Rest, &Auth::Pat, json!({"id": org_idp})).await.assert_error(
        Form::Rest,
        404,
        "not_found",
        "QUERY-SAFrt",
    );
}

#[tokio::test]
async fn login_policy_lists_the_providers_the_login_shows() {
    let s = start().await;
    let a = add_instance_oidc(&s, "A", "https://a.example.com").await;
    let b = add_instance_oidc(&s, "B", "https://b.example.com").await;
    for form in FORMS {
        let empty = s.call::<api::GetActiveIdentityProviders>(form, &Auth::Browser(None), json!({})).await;
        assert_eq!(empty.ok()["identityProviders"], json!([]));
    }
    s.call::<admin::AddIDPToLoginPolicy>(Form::Rest, &Auth::Pat, json!({"idpId": a})).await.ok();
    s.call::<admin::AddIDPToLoginPolicy>(Form::Connect, &Auth::Pat, json!({"idpId": b})).await.ok();
    for form in FORMS {
        s.call::<admin::AddIDPToLoginPolicy>(form, &Auth::Pat, json!({"idpId": a})).await.assert_error(
            form,
            409,
            "already_exists",
            "Org-2B0ps",
        );
        s.call::<admin::AddIDPToLoginPolicy>(form, &Auth::Pat, json!({"idpId": "404"})).await.assert_error(
            form,
            404,
            "not_found",
            "QUERY-SAFrt",
        );
        s.call::<admin::AddIDPToLoginPolicy>(form, &Auth::Pat, json!({})).await.assert_error(
            form,
            400,
            "invalid_argument",
            "IDP-Required",
        );
        s.call::<admin::RemoveIDPFromLoginPolicy>(form, &Auth::Pat, json!({"idpId": "404"})).await.assert_error(
            form,
            404,
            "not_found",
            "Org-Xm8fd",
        );
    }
    let list = s.call::<admin::ListLoginPolicyIDPs>(Form::Rest, &Auth::Pat, json!({})).await;
    assert_eq!(
        list.ok()["result"],
        json!([{"idpId": a, "idpName": "A", "idpType": "IDP_TYPE_OIDC"}, {"idpId": b, "idpName": "B", "idpType": "IDP_TYPE_OIDC"}])
    );
    // The default org has no own policy: it shows the instance's list, filters apply.
    let org = crate::projects::default_org(&s).await;
    let active = s
        .call::<api::GetActiveIdentityProviders>(Form::Rest, &Auth::Browser(None), json!({"ctx": {"orgId": org}}))
        .await;
    let found = &active.ok()["identityProviders"];
    assert_eq!(
        found[0],
        json!({"id": a, "name": "A", "type": "IDENTITY_PROVIDER_TYPE_OIDC",
        "options": {"isLinkingAllowed": true, "isCreationAllowed": true, "autoLinking": "AUTO_LINKING_OPTION_EMAIL"}})
    );
    let none = s
        .call::<api::GetActiveIdentityProviders>(Form::Rest, &Auth::Browser(None), json!({"autoCreation": true}))
        .await;
    assert_eq!(none.ok()["identityProviders"], json!([]));
    let some = s
        .call::<api::GetActiveIdentityProviders>(
            Form::Connect,
            &Auth::Pat,
            json!({"linkingAllowed": true, "autoLinking": true}),
        )
        .await;
    assert_eq!(some.ok()["identityProviders"].as_array().unwrap().len(), 2);
    s.call::<api::GetActiveIdentityProviders>(Form::Rest, &Auth::Pat, json!({"ctx": {"orgId": "404"}}))
        .await
        .assert_error(Form::Rest, 404, "not_found", "ORG-ZMuMa");
    // An org must have its own policy before it lists its own providers.
    s.call::<management::AddIDPToLoginPolicy>(Form::Rest, &Auth::Pat, json!({"idpId": a})).await.assert_error(
        Form::Rest,
        404,
        "not_found",
        "Org-6Hdk2",
    );
    s.call::<AddCustomLoginPolicy>(
        Form::Rest,
        &Auth::Pat,
        json!({"allowExternalIdp": true, "allowUsernamePassword": true}),
    )
    .await
    .ok();
    s.call::<management::AddIDPToLoginPolicy>(Form::Rest, &Auth::Pat, json!({"idpId": b})).await.ok();
    let own = s.call::<management::ListLoginPolicyIDPs>(Form::Connect, &Auth::Pat, json!({})).await;
    assert_eq!(own.ok()["result"].as_array().unwrap().len(), 1);
    let active = s
        .call::<api::GetActiveIdentityProviders>(Form::Rest, &Auth::Browser(None), json!({"ctx": {"orgId": org}}))
        .await;
    assert_eq!(
        active.ok()["identityProviders"].as_array().unwrap().iter().map(|p| p["name"].clone()).collect::<Vec<_>>(),
        vec![json!("B")]
    );
    s.call::<management::RemoveIDPFromLoginPolicy>(Form::Rest, &Auth::Pat, json!({"idpId": b})).await.ok();
    // Deleting a provider takes it off every list.
    s.call::<admin::DeleteProvider>(Form::Rest, &Auth::Pat, json!({"id": a})).await.ok();
    let list = s.call::<admin::ListLoginPolicyIDPs>(Form::Rest, &Auth::Pat, json!({})).await;
    assert_eq!(list.ok()["result"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn intents_links_and_the_session_check_refuse_what_is_not_proven() {
    let s = start().await;
    let idp = add_instance_oidc(&s, "Unreachable", "http://127.0.0.1:9").await;
    let apple = s
        .call::<admin::AddAppleProvider>(
            Form::Rest,
            &Auth::Pat,
            json!({"name": "Apple", "clientId": "c", "teamId": "T", "keyId": "K", "privateKey": apple_p8_b64()}),
        )
        .await;
    let apple = apple.ok()["id"].as_str().unwrap().to_owned();
    let urls = json!({"successUrl": "https://app.example/ok", "failureUrl": "https://app.example/fail"});
    let user = s.add_user("ada@example.com", true).await;
    for form in FORMS {
        let start = |body: Value| s.call::<api::StartIdentityProviderIntent>(form, &Auth::Pat, body);
        start(json!({"idpId": idp})).await.assert_error(form, 400, "invalid_argument", "IDP-Intent-Url");
        start(json!({"idpId": idp, "urls": {"successUrl": "/relative", "failureUrl": "https://a/"}}))
            .await
            .assert_error(form, 400, "invalid_argument", "IDP-Intent-Url");
        start(json!({"idpId": "404", "urls": urls})).await.assert_error(form, 404, "not_found", "QUERY-SAFrt");
        start(json!({"idpId": idp, "ldap": {"username": "u", "password": "p"}})).await.assert_error(
            form,
            501,
            "unimplemented",
            "IDP-LDAP",
        );
        // Apple needs no discovery: the intent goes straight to its authorization endpoint, answered by form POST.
        let apple_url = start(json!({"idpId": apple, "urls": urls})).await.ok()["authUrl"].as_str().unwrap().to_owned();
        assert!(apple_url.starts_with("https://appleid.apple.com/auth/authorize?"), "{apple_url}");
        assert!(apple_url.contains("response_mode=form_post"), "{apple_url}");
        // The provider's discovery cannot be fetched: said so, without internals.
        start(json!({"idpId": idp, "urls": urls})).await.assert_error(form, 400, "failed_precondition", "IDP-Upstream");
        // A browser may only send the intent token to this server's own pages.
        s.call::<api::StartIdentityProviderIntent>(form, &Auth::Browser(None), json!({"idpId": idp, "urls": urls}))
            .await
            .assert_error(form, 400, "invalid_argument", "IDP-Intent-Url");

        let retrieve = |body: Value| s.call::<api::RetrieveIdentityProviderIntent>(form, &Auth::Pat, body);
        retrieve(json!({"idpIntentId": "404", "idpIntentToken": "x"})).await.assert_error(
            form,
            404,
            "not_found",
            "IDP-Intent-NotFound",
        );
        retrieve(json!({"idpIntentId": "404"})).await.assert_error(
            form,
            400,
            "invalid_argument",
            "IDP-Intent-Required",
        );

        let session = |checks: Value| s.call::<CreateSession>(form, &Auth::Pat, json!({"checks": checks}));
        session(json!({"idpIntent": {"idpIntentId": "1", "idpIntentToken": "t"}})).await.assert_error(
            form,
            400,
            "failed_precondition",
            "COMMAND-x0i0q",
        );
        session(json!({"user": {"userId": user}, "idpIntent": {"idpIntentId": "1", "idpIntentToken": "t"}}))
            .await
            .assert_error(form, 404, "not_found", "IDP-Intent-NotFound");

        // Links: an admin links what it is told; nobody links twice; bad input is refused.
        let add = |body: Value| s.call::<api::AddIDPLink>(form, &Auth::Pat, body);
        add(json!({"userId": user})).await.assert_error(form, 400, "invalid_argument", "IDP-Link-Required");
        add(json!({"userId": user, "idpLink": {"idpId": "404", "userId": "ext"}})).await.assert_error(
            form,
            404,
            "not_found",
            "QUERY-SAFrt",
        );
        let ext = format!("ext-{form:?}");
        add(json!({"userId": user, "idpLink": {"idpId": idp, "userId": ext, "userName": "ada@upstream"}})).await.ok();
        add(json!({"userId": user, "idpLink": {"idpId": idp, "userId": ext}})).await.assert_error(
            form,
            409,
            "already_exists",
            "COMMAND-37bnd",
        );
        s.call::<api::RemoveIDPLink>(form, &Auth::Pat, json!({"userId": user, "idpId": idp, "linkedUserId": "nope"}))
            .await
            .assert_error(form, 404, "not_found", "COMMAND-1M9xR");
    }
    let links = s.call::<api::ListIDPLinks>(Form::Rest, &Auth::Pat, json!({"userId": user})).await;
    assert_eq!(
        links.ok()["result"],
        json!([{"idpId": idp, "userId": "ext-Rest", "userName": "ada@upstream"}, {"idpId": idp, "userId": "ext-Connect", "userName": "ada@upstream"}])
    );
    // The user themselves may list; linking themselves needs proof of the external identity.
    let (_, token) = s.login("ada@example.com", PASSWORD).await;
    let me = Auth::Bearer(token);
    assert_eq!(
        s.call::<api::ListIDPLinks>(Form::Connect, &me, json!({"userId": user})).await.ok()["details"]["totalResult"],
        "2"
    );
    s.call::<api::AddIDPLink>(
        Form::Connect,
        &me,
        json!({"userId": user, "idpLink": {"idpId": idp, "userId": "someone-else"}}),
    )
    .await
    .assert_error(Form::Connect, 403, "permission_denied", "IDP-Link-Unproven");
    s.call::<api::RemoveIDPLink>(Form::Rest, &me, json!({"userId": user, "idpId": idp, "linkedUserId": "ext-Rest"}))
        .await
        .ok();
    // Another user may not read them.
    s.add_user("bob@example.com", true).await;
    let (_, bob) = s.login("bob@example.com", PASSWORD).await;
    s.call::<api::ListIDPLinks>(Form::Rest, &Auth::Bearer(bob), json!({"userId": user})).await.assert_error(
        Form::Rest,
        403,
        "permission_denied",
        "AUTHZ-HKJD33",
    );
    // Self-registration may not bring links it cannot prove.
    s.call::<gatehouse_api::user::AddHumanUser>(
        Form::Connect,
        &Auth::Browser(None),
        json!({
        "profile": {"givenName": "Eve", "familyName": "E"}, "email": {"email": "eve@example.com"},
        "password": {"password": PASSWORD}, "idpLinks": [{"idpId": idp, "userId": "victim"}]}),
    )
    .await
    .assert_error(Form::Connect, 403, "permission_denied", "IDP-Link-Unproven");
    // An admin may create users with links.
    let created = s
        .call::<gatehouse_api::user::AddHumanUser>(
            Form::Rest,
            &Auth::Pat,
            json!({
        "profile": {"givenName": "Cy", "familyName": "C"}, "email": {"email": "cy@example.com", "isVerified": true},
        "idpLinks": [{"idpId": idp, "userId": "cy-ext", "userName": "cy"}]}),
        )
        .await;
    let cy = created.ok()["userId"].as_str().unwrap().to_owned();
    let links = s.call::<api::ListIDPLinks>(Form::Rest, &Auth::Pat, json!({"userId": cy})).await;
    assert_eq!(links.ok()["result"], json!([{"idpId": idp, "userId": "cy-ext", "userName": "cy"}]));
}

#[tokio::test]
async fn domain_discovery_names_the_single_provider_of_the_domains_org() {
    let s = start().await;
    for form in FORMS {
        let none = s
            .call::<api::DiscoverLoginDomain>(form, &Auth::Browser(None), json!({"loginName": "ada@nowhere.example"}))
            .await;
        assert_eq!(none.ok(), &json!({}));
    }
    let org = crate::projects::default_org(&s).await;
    let domain: String = {
        let a = s
            .call::<gatehouse_api::org::ListOrganizations>(
                Form::Connect,
                &Auth::Pat,
                json!({"queries": [{"defaultQuery": {}}]}),
            )
            .await;
        a.ok()["result"][0]["primaryDomain"].as_str().unwrap().to_owned()
    };
    let login = format!("ada@{domain}");
    let idp = add_instance_oidc(&s, "Corp", "https://corp.example.com").await;
    s.call::<AddCustomLoginPolicy>(
        Form::Rest,
        &Auth::Pat,
        json!({"allowExternalIdp": true, "allowUsernamePassword": true}),
    )
    .await
    .ok();
    s.call::<management::AddIDPToLoginPolicy>(Form::Rest, &Auth::Pat, json!({"idpId": idp})).await.ok();
    // Known org, discovery off: only the org.
    let found = s.call::<api::DiscoverLoginDomain>(Form::Rest, &Auth::Browser(None), json!({"loginName": login})).await;
    assert_eq!(found.ok(), &json!({"organizationId": org}));
    s.call::<gatehouse_api::settings::management::UpdateCustomLoginPolicy>(
        Form::Rest,
        &Auth::Pat,
        json!({"allowExternalIdp": true, "allowUsernamePassword": true, "allowDomainDiscovery": true}),
    )
    .await
    .ok();
    let found = s
        .call::<api::DiscoverLoginDomain>(
            Form::Connect,
            &Auth::Browser(None),
            json!({"loginName": login.to_uppercase()}),
        )
        .await;
    assert_eq!(found.ok()["idp"]["id"], idp.as_str());
    assert_eq!(found.ok()["organizationId"], org.as_str());
    // Two providers: no single choice.
    let other = add_instance_oidc(&s, "Other", "https://other.example.com").await;
    s.call::<management::AddIDPToLoginPolicy>(Form::Rest, &Auth::Pat, json!({"idpId": other})).await.ok();
    let found = s.call::<api::DiscoverLoginDomain>(Form::Rest, &Auth::Browser(None), json!({"loginName": login})).await;
    assert!(found.ok().get("idp").is_none());
}

#[tokio::test]
async fn the_older_v1_read_shows_oidc_and_jwt_providers() {
    let s = start().await;
    let id = add_instance_oidc(&s, "Old style", "https://old.example.com").await;
    for form in FORMS {
        let got = s.call::<admin::GetIDPByID>(form, &Auth::Pat, json!({"idpId": id})).await;
        let idp = &got.ok()["idp"];
        assert_eq!(
            idp["oidcConfig"],
            json!({"clientId": "client-1", "issuer": "https://old.example.com",
            "scopes": ["openid", "profile", "email"], "displayNameMapping": "OIDC_MAPPING_FIELD_UNSPECIFIED",
            "usernameMapping": "OIDC_MAPPING_FIELD_UNSPECIFIED"})
        );
        assert_eq!(
            (idp["owner"].as_str(), idp["stylingType"].as_str()),
            (Some("IDP_OWNER_TYPE_SYSTEM"), Some("STYLING_TYPE_UNSPECIFIED"))
        );
        let org_view = s.call::<management::GetOrgIDPByID>(form, &Auth::Pat, json!({"idpId": id})).await;
        assert_eq!(org_view.ok()["idp"]["id"], id.as_str());
    }
    let google = s
        .call::<admin::AddGoogleProvider>(
            Form::Rest,
            &Auth::Pat,
            json!({"name": "G", "clientId": "g", "clientSecret": "s"}),
        )
        .await;
    let google = google.ok()["id"].as_str().unwrap().to_owned();
    s.call::<admin::GetIDPByID>(Form::Rest, &Auth::Pat, json!({"idpId": google})).await.assert_error(
        Form::Rest,
        404,
        "not_found",
        "QUERY-SAFrt",
    );
    // The Connect form names it `id`.
    let got = s.call::<admin::GetIDPByID>(Form::Connect, &Auth::Pat, json!({"id": id})).await;
    assert_eq!(got.ok()["idp"]["name"], "Old style");
}

/// A P-256 key as Apple issues them (a PKCS#8 PEM `.p8` file), base64 as `privateKey` bytes travel in JSON.
fn apple_p8_b64() -> String {
    use base64::engine::general_purpose::STANDARD;
    use base64::Engine;
    use ring::signature::{EcdsaKeyPair, ECDSA_P256_SHA256_FIXED_SIGNING};
    let der = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &ring::rand::SystemRandom::new()).unwrap();
    let pem = format!("-----BEGIN PRIVATE KEY-----\n{}\n-----END PRIVATE KEY-----\n", STANDARD.encode(der.as_ref()));
    STANDARD.encode(pem)
}
