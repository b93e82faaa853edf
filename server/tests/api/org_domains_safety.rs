//! Domain verification outside its test mode: loopback names are refused before any fetch or DNS query (the
//! resolution of public names to non-public addresses is unit-tested in `org::address`).

use gatehouse_api::org::AddOrganization;
use gatehouse_api::org_domain::{
    AddOrganizationDomain, GenerateOrganizationDomainValidation, VerifyOrganizationDomain,
};
use serde_json::json;

use crate::common::*;

#[tokio::test]
async fn loopback_domains_are_not_verified_without_the_test_mode() {
    let s = start_with(|config| config.domain_verification_test_mode = false).await;
    let org = s.call::<AddOrganization>(Form::Connect, &Auth::Pat, json!({"name": "Acme"})).await;
    let org = org.ok()["organizationId"].as_str().unwrap().to_owned();
    for (domain, kind) in
        [("login.acme.localhost", "DOMAIN_VALIDATION_TYPE_HTTP"), ("txt.acme.localhost", "DOMAIN_VALIDATION_TYPE_DNS")]
    {
        let body = json!({"organizationId": org, "domain": domain});
        s.call::<AddOrganizationDomain>(Form::Connect, &Auth::Pat, body.clone()).await.ok();
        let mut generate = body.clone();
        generate["type"] = json!(kind);
        let token = s.call::<GenerateOrganizationDomainValidation>(Form::Connect, &Auth::Pat, generate).await;
        let token = token.ok()["token"].as_str().unwrap().to_owned();
        // The file is there (as in the test mode's own test), yet the server does not go and look.
        let dir = s.data_dir.parent().unwrap().join("dist/.well-known/zitadel-challenge");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(&token), &token).unwrap();
        for form in FORMS {
            let refused = s.call::<VerifyOrganizationDomain>(form, &Auth::Pat, body.clone()).await;
            refused.assert_error(form, 400, "failed_precondition", "ORG-Domain-NotPublic");
        }
    }
}
