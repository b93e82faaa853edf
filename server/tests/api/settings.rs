use gatehouse_api::settings::{
    admin, management, GetBrandingSettings, GetGeneralSettings, GetLegalAndSupportSettings, GetLockoutSettings,
    GetLoginSettings, GetPasswordComplexitySettings,
};
use reqwest::Method;
use serde_json::json;

use crate::common::*;

#[tokio::test]
async fn settings_defaults_in_both_forms() {
    let s = start().await;
    for form in FORMS {
        let login = s.call::<GetLoginSettings>(form, &Auth::Pat, json!({"ctx": {"instance": true}})).await;
        let st = &login.ok()["settings"];
        assert_eq!(st["allowRegister"], true);
        assert_eq!(st["passkeysType"], "PASSKEYS_TYPE_ALLOWED");
        assert_eq!(st["passwordCheckLifetime"], "864000s");
        assert_eq!(st["mfaInitSkipLifetime"], "0s", "the optional MFA set-up prompt is off by default");
        assert_eq!(
            st["secondFactors"],
            json!([
                "SECOND_FACTOR_TYPE_OTP",
                "SECOND_FACTOR_TYPE_U2F",
                "SECOND_FACTOR_TYPE_OTP_EMAIL",
                "SECOND_FACTOR_TYPE_OTP_SMS",
                "SECOND_FACTOR_TYPE_RECOVERY_CODES"
            ])
        );
        assert_eq!(st["resourceOwnerType"], "RESOURCE_OWNER_TYPE_INSTANCE");
        let pc = s.call::<GetPasswordComplexitySettings>(form, &Auth::Browser(None), json!({})).await;
        assert_eq!(pc.ok()["settings"]["minLength"], "8");
        assert_eq!(pc.ok()["settings"]["requiresSymbol"], true);
        let lo = s.call::<GetLockoutSettings>(form, &Auth::Pat, json!({})).await;
        assert_eq!(lo.ok()["settings"]["maxPasswordAttempts"], "5");
        let br = s.call::<GetBrandingSettings>(form, &Auth::Pat, json!({})).await;
        assert_eq!(br.ok()["settings"]["lightTheme"]["primaryColor"], "#5469d4");
        assert_eq!(br.ok()["settings"]["darkTheme"]["backgroundColor"], "#111827");
        let legal = s.call::<GetLegalAndSupportSettings>(form, &Auth::Pat, json!({})).await;
        assert_eq!(legal.ok()["settings"]["resourceOwnerType"], "RESOURCE_OWNER_TYPE_INSTANCE");
        let general = s.call::<GetGeneralSettings>(form, &Auth::Pat, json!({})).await;
        assert_eq!(general.ok()["defaultLanguage"], "en");
        // Every language the login ships (one messages file each), English among them.
        let languages = general.ok()["supportedLanguages"].as_array().unwrap().clone();
        assert!(languages.len() >= 23 && languages.contains(&json!("en")) && languages.contains(&json!("ar")));
        assert!(general.ok()["defaultOrgId"].as_str().unwrap().parse::<u64>().is_ok());
    }
}

#[tokio::test]
async fn admin_and_management_policies_write_what_settings_read() {
    let s = start().await;
    let org = s.call::<GetGeneralSettings>(Form::Rest, &Auth::Pat, json!({})).await.ok()["defaultOrgId"]
        .as_str()
        .unwrap()
        .to_owned();
    // Instance default via the Admin API.
    let put = s
        .send(
            s.request(Method::PUT, "/admin/v1/policies/lockout", &Auth::Pat).json(&json!({"maxPasswordAttempts": "3"})),
        )
        .await;
    assert!(put.ok()["details"]["sequence"].is_string());
    let got = s.send(s.request(Method::GET, "/admin/v1/policies/lockout", &Auth::Pat)).await;
    assert_eq!(got.ok()["policy"]["maxPasswordAttempts"], "3");
    let lo = s.call::<GetLockoutSettings>(Form::Rest, &Auth::Pat, json!({})).await;
    assert_eq!(lo.ok()["settings"]["maxPasswordAttempts"], "3");

    // Org override via the Management API (org from the header); GET, POST, PUT, DELETE share one path.
    let path = "/management/v1/policies/password/complexity";
    let hdr = |rb: reqwest::RequestBuilder| rb.header("x-zitadel-orgid", &org);
    let get = s.send(hdr(s.request(Method::GET, path, &Auth::Pat))).await;
    assert_eq!(get.ok()["isDefault"], true);
    let upd = s.send(hdr(s.request(Method::PUT, path, &Auth::Pat)).json(&json!({"minLength": 12}))).await;
    upd.assert_error(Form::Rest, 404, "not_found", "Org-6Hdk2");
    let add =
        s.send(hdr(s.request(Method::POST, path, &Auth::Pat)).json(&json!({"minLength": 12, "hasNumber": true}))).await;
    add.ok();
    let again = s.send(hdr(s.request(Method::POST, path, &Auth::Pat)).json(&json!({"minLength": 12}))).await;
    again.assert_error(Form::Rest, 409, "already_exists", "Org-7Hdkk");
    for form in FORMS {
        let pc = s.call::<GetPasswordComplexitySettings>(form, &Auth::Pat, json!({"ctx": {"orgId": org}})).await;
        assert_eq!(pc.ok()["settings"]["minLength"], "12");
        assert_eq!(pc.ok()["settings"]["resourceOwnerType"], "RESOURCE_OWNER_TYPE_ORG");
        assert!(pc.ok()["settings"].get("requiresSymbol").is_none());
    }
    // The override is enforced.
    let weak = s
        .call::<gatehouse_api::user::AddHumanUser>(
            Form::Connect,
            &Auth::Pat,
            json!({"profile": {"givenName": "A", "familyName": "B"}, "email": {"email": "x@example.com"}, "password": {"password": "Secr3t!pw"}}),
        )
        .await;
    weak.assert_error(Form::Connect, 400, "invalid_argument", "COMMAND-Policy-Password");
    let reset = s.send(hdr(s.request(Method::DELETE, path, &Auth::Pat))).await;
    reset.ok();
    let pc = s.call::<GetPasswordComplexitySettings>(Form::Rest, &Auth::Pat, json!({"ctx": {"orgId": org}})).await;
    assert_eq!(pc.ok()["settings"]["resourceOwnerType"], "RESOURCE_OWNER_TYPE_INSTANCE");

    // Connect form of the management API.
    let c = s
        .send(
            hdr(s.request(
                Method::POST,
                &format!("/{}/{}", gatehouse_api::rpc::MANAGEMENT_SERVICE, "GetLoginPolicy"),
                &Auth::Pat,
            ))
            .json(&json!({})),
        )
        .await;
    assert_eq!(c.ok()["policy"]["allowRegister"], true);
    let _ = (admin::GetLoginPolicy, management::GetLoginPolicy);
}

#[tokio::test]
async fn policy_writes_need_owners() {
    let s = start().await;
    s.add_user("ivy@example.com", true).await;
    let (_, token) = s.login("ivy@example.com", PASSWORD).await;
    let a = s
        .send(
            s.request(Method::PUT, "/admin/v1/policies/login", &Auth::Bearer(token.clone()))
                .json(&json!({"allowRegister": false})),
        )
        .await;
    a.assert_error(Form::Rest, 403, "permission_denied", "AUTHZ-HKJD33");
    let b = s.send(s.request(Method::GET, "/management/v1/policies/login", &Auth::Bearer(token))).await;
    b.assert_error(Form::Rest, 403, "permission_denied", "AUTHZ-HKJD33");
}
