use gatehouse_api::app::{
    CreateApplication, DeleteApplication, GenerateClientSecret, GetApplication, ListApplications, UpdateApplication,
};
use serde_json::json;

use crate::common::*;
use crate::projects::create_project;

#[tokio::test]
async fn oidc_applications_are_created_read_listed_updated_and_deleted() {
    let s = start().await;
    let project = create_project(&s, "Shop").await;
    for form in FORMS {
        let a = s
            .call::<CreateApplication>(
                form,
                &Auth::Pat,
                json!({"projectId": project, "name": "Web shop", "oidcConfiguration": {
                    "redirectUris": ["https://shop.example.com/callback"],
                    "postLogoutRedirectUris": ["https://shop.example.com/"],
                    "responseTypes": ["OIDC_RESPONSE_TYPE_CODE"],
                    "grantTypes": ["OIDC_GRANT_TYPE_AUTHORIZATION_CODE", "OIDC_GRANT_TYPE_REFRESH_TOKEN"],
                    "applicationType": "OIDC_APP_TYPE_WEB",
                    "authMethodType": "OIDC_AUTH_METHOD_TYPE_BASIC",
                    "backChannelLogoutUri": "https://shop.example.com/backchannel"
                }}),
            )
            .await;
        assert_eq!(a.status.as_u16(), if form == Form::Rest { 201 } else { 200 });
        let app_id = a.ok()["applicationId"].as_str().unwrap().to_owned();
        let client_id = a.ok()["oidcConfiguration"]["clientId"].as_str().unwrap().to_owned();
        let secret = a.ok()["oidcConfiguration"]["clientSecret"].as_str().unwrap().to_owned();
        assert!(secret.len() >= 40, "a 256-bit secret: {secret}");

        let got = s.call::<GetApplication>(form, &Auth::Pat, json!({"applicationId": app_id})).await;
        let app = &got.ok()["application"];
        assert_eq!(app["name"], "Web shop");
        assert_eq!(app["state"], "APPLICATION_STATE_ACTIVE");
        let oidc = &app["oidcConfiguration"];
        assert_eq!(oidc["clientId"], client_id.as_str());
        assert!(oidc.get("clientSecret").is_none(), "the secret is shown once only: {oidc}");
        assert!(!got.body.to_string().contains(&secret));
        assert_eq!(oidc["applicationType"], "OIDC_APP_TYPE_WEB");
        assert_eq!(oidc["grantTypes"], json!(["OIDC_GRANT_TYPE_AUTHORIZATION_CODE", "OIDC_GRANT_TYPE_REFRESH_TOKEN"]));
        assert_eq!(oidc["allowedOrigins"], json!(["https://shop.example.com"]));
        assert_eq!(oidc["backChannelLogoutUri"], "https://shop.example.com/backchannel");

        let list = s
            .call::<ListApplications>(
                form,
                &Auth::Pat,
                json!({"filters": [{"projectIdFilter": {"projectId": project}}]}),
            )
            .await;
        assert!(list.ok()["applications"].as_array().unwrap().iter().any(|a| a["applicationId"] == app_id.as_str()));
        let by_client = s
            .call::<ListApplications>(
                form,
                &Auth::Pat,
                json!({"filters": [{"clientIdFilter": {"clientId": client_id}}]}),
            )
            .await;
        let found = by_client.ok()["applications"].as_array().unwrap().clone();
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0]["applicationId"], app_id.as_str());

        let updated = s
            .call::<UpdateApplication>(
                form,
                &Auth::Pat,
                json!({"applicationId": app_id, "projectId": project, "name": "Shop",
                       "oidcConfiguration": {"redirectUris": ["https://shop.example.com/cb2"]}}),
            )
            .await;
        assert!(updated.ok()["changeDate"].is_string());
        let got = s.call::<GetApplication>(form, &Auth::Pat, json!({"applicationId": app_id})).await;
        assert_eq!(got.ok()["application"]["name"], "Shop");
        assert_eq!(
            got.ok()["application"]["oidcConfiguration"]["redirectUris"],
            json!(["https://shop.example.com/cb2"])
        );
        assert_eq!(got.ok()["application"]["oidcConfiguration"]["authMethodType"], "OIDC_AUTH_METHOD_TYPE_BASIC");

        let fresh = s
            .call::<GenerateClientSecret>(form, &Auth::Pat, json!({"applicationId": app_id, "projectId": project}))
            .await;
        let new_secret = fresh.ok()["clientSecret"].as_str().unwrap();
        assert_ne!(new_secret, secret);

        let deleted =
            s.call::<DeleteApplication>(form, &Auth::Pat, json!({"applicationId": app_id, "projectId": project})).await;
        assert!(deleted.ok()["deletionDate"].is_string());
        let gone = s.call::<GetApplication>(form, &Auth::Pat, json!({"applicationId": app_id})).await;
        gone.assert_error(form, 404, "not_found", "APP-ie7Hx");
    }
}

async fn create(s: &TestServer, project: &str, form: Form, oidc: serde_json::Value) -> Answer {
    s.call::<CreateApplication>(
        form,
        &Auth::Pat,
        json!({"projectId": project, "name": "App", "oidcConfiguration": oidc}),
    )
    .await
}

#[tokio::test]
async fn public_clients_have_no_secret_and_native_apps_may_use_custom_schemes_and_loopback() {
    let s = start().await;
    let project = create_project(&s, "Mobile").await;
    for form in FORMS {
        let native = create(
            &s,
            &project,
            form,
            json!({
            "redirectUris": ["com.example.app:/callback", "http://127.0.0.1/callback"],
            "applicationType": "OIDC_APP_TYPE_NATIVE", "authMethodType": "OIDC_AUTH_METHOD_TYPE_NONE",
            "grantTypes": ["OIDC_GRANT_TYPE_AUTHORIZATION_CODE", "OIDC_GRANT_TYPE_REFRESH_TOKEN"]}),
        )
        .await;
        assert!(native.ok()["oidcConfiguration"].get("clientSecret").is_none(), "{}", native.body);
        let app_id = native.ok()["applicationId"].as_str().unwrap();
        let no_secret = s
            .call::<GenerateClientSecret>(form, &Auth::Pat, json!({"applicationId": app_id, "projectId": project}))
            .await;
        no_secret.assert_error(form, 400, "failed_precondition", "APP-Ghrh3");

        let spa = create(
            &s,
            &project,
            form,
            json!({"redirectUris": ["https://spa.example.com/"],
            "applicationType": "OIDC_APP_TYPE_USER_AGENT", "authMethodType": "OIDC_AUTH_METHOD_TYPE_NONE"}),
        )
        .await;
        assert!(spa.status.is_success(), "{}", spa.body);
        let device = create(
            &s,
            &project,
            form,
            json!({"applicationType": "OIDC_APP_TYPE_NATIVE",
            "authMethodType": "OIDC_AUTH_METHOD_TYPE_NONE", "grantTypes": ["OIDC_GRANT_TYPE_DEVICE_CODE"]}),
        )
        .await;
        assert!(device.status.is_success(), "a device app needs no redirect URI: {}", device.body);
    }
}

#[tokio::test]
async fn application_configurations_are_validated() {
    let s = start().await;
    let project = create_project(&s, "Checks").await;
    let web = |uris: serde_json::Value| json!({"redirectUris": uris, "applicationType": "OIDC_APP_TYPE_WEB"});
    let cases = [
        (web(json!(["http://shop.example.com/cb"])), "http is only allowed"),
        (web(json!(["com.example.app:/cb"])), "custom schemes are only allowed for native apps"),
        (web(json!(["https://shop.example.com/cb#frag"])), "fragment"),
        (web(json!(["https://*.example.com/cb"])), "wildcards"),
        (web(json!(["not a uri"])), "not an absolute URI"),
        (web(json!([])), "at least one redirect URI"),
        (
            json!({"redirectUris": ["myapp:/cb"], "applicationType": "OIDC_APP_TYPE_NATIVE", "authMethodType": "OIDC_AUTH_METHOD_TYPE_NONE"}),
            "reverse domain",
        ),
        (
            json!({"redirectUris": ["https://spa.example.com/"], "applicationType": "OIDC_APP_TYPE_USER_AGENT", "authMethodType": "OIDC_AUTH_METHOD_TYPE_BASIC"}),
            "public clients",
        ),
        (
            json!({"redirectUris": ["https://a.example.com/"], "responseTypes": ["OIDC_RESPONSE_TYPE_ID_TOKEN"]}),
            "not supported",
        ),
        (
            json!({"redirectUris": ["https://a.example.com/"], "grantTypes": ["OIDC_GRANT_TYPE_IMPLICIT"]}),
            "not supported",
        ),
        (json!({"grantTypes": ["OIDC_GRANT_TYPE_REFRESH_TOKEN"]}), "needs the authorization code or device code"),
        (
            json!({"redirectUris": ["https://a.example.com/"], "backChannelLogoutUri": "http://a.example.com/bc"}),
            "backChannelLogoutUri",
        ),
        (json!({"redirectUris": ["https://a.example.com/"], "clockSkew": "6s"}), "clockSkew"),
    ];
    for form in FORMS {
        for (config, expected) in &cases {
            let a = create(&s, &project, form, config.clone()).await;
            a.assert_error(form, 400, "invalid_argument", "GATEHOUSE-App-Invalid");
            let message = a.body["message"].as_str().unwrap();
            assert!(message.contains(expected), "{config}: {message}");
        }
        let dev =
            create(&s, &project, form, json!({"redirectUris": ["http://localhost:3000/cb"], "developmentMode": true}))
                .await;
        assert!(dev.status.is_success(), "development mode allows http: {}", dev.body);
        let pkjwt = create(&s, &project, form, json!({"redirectUris": ["https://a.example.com/"], "authMethodType": "OIDC_AUTH_METHOD_TYPE_PRIVATE_KEY_JWT"})).await;
        let created = pkjwt.ok();
        assert!(created["oidcConfiguration"]["clientId"].is_string());
        assert!(created["oidcConfiguration"].get("clientSecret").is_none(), "a key app gets no secret: {created}");
        let no_config = s.call::<CreateApplication>(form, &Auth::Pat, json!({"projectId": project, "name": "X"})).await;
        no_config.assert_error(form, 400, "invalid_argument", "GATEHOUSE-App-Config");
        let saml = s
            .call::<CreateApplication>(
                form,
                &Auth::Pat,
                json!({"projectId": project, "name": "X", "samlConfiguration": {"metadataUrl": "https://x"}}),
            )
            .await;
        saml.assert_error(form, 501, "unimplemented", "GATEHOUSE-App-Type");
        let no_project = s
            .call::<CreateApplication>(
                form,
                &Auth::Pat,
                json!({"projectId": "404", "name": "X", "oidcConfiguration": {}}),
            )
            .await;
        no_project.assert_error(form, 404, "not_found", "PROJECT-3M9sd");
        let unknown = s.call::<GetApplication>(form, &Auth::Pat, json!({"applicationId": "404"})).await;
        unknown.assert_error(form, 404, "not_found", "APP-ie7Hx");
        let wrong_project =
            s.call::<DeleteApplication>(form, &Auth::Pat, json!({"applicationId": "404", "projectId": project})).await;
        wrong_project.assert_error(form, 404, "not_found", "APP-ie7Hx");
    }
}

#[tokio::test]
async fn a_deactivated_app_signs_nobody_in_until_reactivated() {
    use gatehouse_api::app::{DeactivateApplication, ReactivateApplication};

    let s = start().await;
    let project = create_project(&s, "Pause").await;
    let a = s
        .call::<CreateApplication>(
            Form::Connect,
            &Auth::Pat,
            json!({"projectId": project, "name": "Paused", "oidcConfiguration": {
                "redirectUris": [crate::oidc::WEB_CALLBACK], "authMethodType": "OIDC_AUTH_METHOD_TYPE_BASIC"}}),
        )
        .await;
    let app_id = a.ok()["applicationId"].as_str().unwrap().to_owned();
    let client = crate::oidc::Client {
        client_id: a.ok()["oidcConfiguration"]["clientId"].as_str().unwrap().to_owned(),
        secret: a.ok()["oidcConfiguration"]["clientSecret"].as_str().map(str::to_owned),
    };
    let ids = json!({"applicationId": app_id, "projectId": project});
    for form in FORMS {
        let off = s.call::<DeactivateApplication>(form, &Auth::Pat, ids.clone()).await;
        assert!(off.ok()["deactivationDate"].is_string());
        let got = s.call::<GetApplication>(form, &Auth::Pat, json!({"applicationId": app_id})).await;
        assert_eq!(got.ok()["application"]["state"], "APPLICATION_STATE_INACTIVE");
        s.call::<DeactivateApplication>(form, &Auth::Pat, ids.clone()).await.assert_error(
            form,
            400,
            "failed_precondition",
            "GATEHOUSE-App-NotActive",
        );
        // Nobody signs in to it, and it cannot authenticate as a client.
        let (status, location, _) = crate::oidc::authorize(
            &s,
            &[
                ("client_id", &client.client_id),
                ("redirect_uri", crate::oidc::WEB_CALLBACK),
                ("response_type", "code"),
                ("scope", "openid"),
            ],
            None,
        )
        .await;
        assert!(location.is_none_or(|l| !l.starts_with("/login")), "no login for an inactive app ({status})");
        let (status, body) =
            crate::oidc::post_form(&s, "/oauth/v2/introspect", &client, &[("token", "anything")]).await;
        assert_eq!((status.as_u16(), body["error"].as_str()), (401, Some("invalid_client")));

        let on = s.call::<ReactivateApplication>(form, &Auth::Pat, ids.clone()).await;
        assert!(on.ok()["reactivationDate"].is_string());
        s.call::<ReactivateApplication>(form, &Auth::Pat, ids.clone()).await.assert_error(
            form,
            400,
            "failed_precondition",
            "GATEHOUSE-App-NotInactive",
        );
        let (status, body) =
            crate::oidc::post_form(&s, "/oauth/v2/introspect", &client, &[("token", "anything")]).await;
        assert_eq!((status.as_u16(), &body["active"]), (200, &json!(false)), "{body}");
    }
}
