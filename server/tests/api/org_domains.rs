//! OrganizationService domain methods, the HTTP challenge in loopback test mode, and a verified domain branding the
//! login reached through it.

use gatehouse_api::org::AddOrganization;
use gatehouse_api::org_domain::{
    AddOrganizationDomain, DeleteOrganizationDomain, GenerateOrganizationDomainValidation, ListOrganizationDomains,
    VerifyOrganizationDomain,
};
use reqwest::Method;
use serde_json::json;

use crate::common::*;

async fn add_org(s: &TestServer, name: &str) -> String {
    let a = s.call::<AddOrganization>(Form::Connect, &Auth::Pat, json!({"name": name})).await;
    a.ok()["organizationId"].as_str().unwrap().to_owned()
}

/// Places the challenge file where this server serves it (its SPA directory), as one would on a web server.
fn serve_challenge(s: &TestServer, token: &str, content: &str) {
    let dir = s.data_dir.parent().unwrap().join("dist/.well-known/zitadel-challenge");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(token), content).unwrap();
}

#[tokio::test]
async fn add_list_verify_delete_domains() {
    let s = start().await;
    let org = add_org(&s, "Acme").await;
    for form in FORMS {
        let bad = s
            .call::<AddOrganizationDomain>(form, &Auth::Pat, json!({"organizationId": org, "domain": "not a domain"}))
            .await;
        bad.assert_error(form, 400, "invalid_argument", "ORG-Domain-Invalid");
        let taken = s
            .call::<AddOrganizationDomain>(form, &Auth::Pat, json!({"organizationId": org, "domain": "acme.localhost"}))
            .await;
        taken.assert_error(form, 409, "already_exists", "ORG-Domain-Exists");
        let missing = s
            .call::<AddOrganizationDomain>(form, &Auth::Pat, json!({"organizationId": "404", "domain": "x.example"}))
            .await;
        missing.assert_error(form, 404, "not_found", "ORG-ZMuMa");
    }
    let added = s
        .call::<AddOrganizationDomain>(
            Form::Rest,
            &Auth::Pat,
            json!({"organizationId": org, "domain": "Login.Acme.localhost"}),
        )
        .await;
    assert!(added.ok()["creationDate"].is_string());
    let again = s
        .call::<AddOrganizationDomain>(
            Form::Connect,
            &Auth::Pat,
            json!({"organizationId": org, "domain": "login.acme.localhost"}),
        )
        .await;
    again.assert_error(Form::Connect, 409, "already_exists", "ORG-Domain-Exists");
    s.call::<AddOrganizationDomain>(
        Form::Connect,
        &Auth::Pat,
        json!({"organizationId": org, "domain": "acme.example"}),
    )
    .await
    .ok();

    let list = s.call::<ListOrganizationDomains>(Form::Rest, &Auth::Pat, json!({"organizationId": org})).await;
    let body = list.ok();
    assert_eq!(body["pagination"]["totalResult"], "3");
    let domains = body["domains"].as_array().unwrap();
    assert_eq!(domains[0], json!({"organizationId": org, "domain": "acme.example"}));
    assert_eq!(
        domains[1],
        json!({"organizationId": org, "domain": "acme.localhost", "isVerified": true, "isPrimary": true})
    );
    assert_eq!(domains[2]["domain"], "login.acme.localhost");
    let filtered = s
        .call::<ListOrganizationDomains>(
            Form::Connect,
            &Auth::Pat,
            json!({"organizationId": org, "filters": [{"domainFilter": {"domain": "login", "method": "TEXT_QUERY_METHOD_STARTS_WITH"}}]}),
        )
        .await;
    assert_eq!(filtered.ok()["domains"].as_array().unwrap().len(), 1);

    // Verify before a challenge exists; then an HTTP challenge that is not served, then served.
    let early = s
        .call::<VerifyOrganizationDomain>(
            Form::Rest,
            &Auth::Pat,
            json!({"organizationId": org, "domain": "login.acme.localhost"}),
        )
        .await;
    early.assert_error(Form::Rest, 400, "failed_precondition", "ORG-Domain-NoChallenge");
    let no_type = s
        .call::<GenerateOrganizationDomainValidation>(
            Form::Rest,
            &Auth::Pat,
            json!({"organizationId": org, "domain": "login.acme.localhost"}),
        )
        .await;
    no_type.assert_error(Form::Rest, 400, "invalid_argument", "ORG-Domain-Type");
    let generated = s
        .call::<GenerateOrganizationDomainValidation>(
            Form::Connect,
            &Auth::Pat,
            json!({"organizationId": org, "domain": "login.acme.localhost", "type": "DOMAIN_VALIDATION_TYPE_HTTP"}),
        )
        .await;
    let token = generated.ok()["token"].as_str().unwrap().to_owned();
    assert_eq!(
        generated.ok()["url"],
        format!("https://login.acme.localhost/.well-known/zitadel-challenge/{token}").as_str()
    );
    let unserved = s
        .call::<VerifyOrganizationDomain>(
            Form::Rest,
            &Auth::Pat,
            json!({"organizationId": org, "domain": "login.acme.localhost"}),
        )
        .await;
    unserved.assert_error(Form::Rest, 400, "failed_precondition", "ORG-Domain-ChallengeFailed");
    serve_challenge(&s, &token, "someone else's token");
    let wrong = s
        .call::<VerifyOrganizationDomain>(
            Form::Rest,
            &Auth::Pat,
            json!({"organizationId": org, "domain": "login.acme.localhost"}),
        )
        .await;
    wrong.assert_error(Form::Rest, 400, "failed_precondition", "ORG-Domain-ChallengeFailed");
    serve_challenge(&s, &token, &format!("{token}\n"));
    let ok = s
        .call::<VerifyOrganizationDomain>(
            Form::Connect,
            &Auth::Pat,
            json!({"organizationId": org, "domain": "login.acme.localhost"}),
        )
        .await;
    assert!(ok.ok()["changeDate"].is_string());
    let list = s
        .call::<ListOrganizationDomains>(
            Form::Rest,
            &Auth::Pat,
            json!({"organizationId": org, "sortingColumn": "DOMAIN_FIELD_NAME_NAME"}),
        )
        .await;
    let verified = list.ok()["domains"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["domain"] == "login.acme.localhost")
        .unwrap()
        .clone();
    assert_eq!(verified["isVerified"], true);
    assert_eq!(verified["validationType"], "DOMAIN_VALIDATION_TYPE_HTTP");
    let twice = s
        .call::<VerifyOrganizationDomain>(
            Form::Rest,
            &Auth::Pat,
            json!({"organizationId": org, "domain": "login.acme.localhost"}),
        )
        .await;
    twice.assert_error(Form::Rest, 400, "failed_precondition", "ORG-Domain-Verified");

    // The verified domain now brands the login reached through it; another org cannot claim it.
    let page =
        s.client.get(format!("{}/loginname", s.base)).header("host", "login.acme.localhost").send().await.unwrap();
    assert!(page.text().await.unwrap().contains(&format!("<meta name=\"gatehouse-org\" content=\"{org}\">")));
    let other = add_org(&s, "Other").await;
    let claim = s
        .call::<AddOrganizationDomain>(
            Form::Rest,
            &Auth::Pat,
            json!({"organizationId": other, "domain": "login.acme.localhost"}),
        )
        .await;
    claim.assert_error(Form::Rest, 409, "already_exists", "ORG-Domain-Exists");

    // Public domains are checked over https; a name that cannot resolve (.invalid, RFC 6761) fails the check.
    let public = json!({"organizationId": org, "domain": "acme.invalid"});
    s.call::<AddOrganizationDomain>(Form::Rest, &Auth::Pat, public.clone()).await.ok();
    let mut with_type = public.clone();
    with_type["type"] = json!("DOMAIN_VALIDATION_TYPE_HTTP");
    s.call::<GenerateOrganizationDomainValidation>(Form::Rest, &Auth::Pat, with_type).await.ok();
    let unreachable = s.call::<VerifyOrganizationDomain>(Form::Rest, &Auth::Pat, public).await;
    unreachable.assert_error(Form::Rest, 400, "failed_precondition", "ORG-Domain-ChallengeFailed");
    assert!(unreachable.body["message"]
        .as_str()
        .unwrap()
        .contains("https://acme.invalid/.well-known/zitadel-challenge/"));

    // DNS: the TXT record of _zitadel-challenge.<domain>; in loopback mode asked from 127.0.0.1 over UDP on the
    // server's port number, where this test answers.
    let txt = json!({"organizationId": org, "domain": "txt.acme.localhost"});
    s.call::<AddOrganizationDomain>(Form::Rest, &Auth::Pat, txt.clone()).await.ok();
    let mut with_type = txt.clone();
    with_type["type"] = json!("DOMAIN_VALIDATION_TYPE_DNS");
    let generated = s.call::<GenerateOrganizationDomainValidation>(Form::Connect, &Auth::Pat, with_type).await;
    assert_eq!(generated.ok()["url"], "_zitadel-challenge.txt.acme.localhost");
    let token = generated.ok()["token"].as_str().unwrap().to_owned();
    let port: u16 = s.base.rsplit(':').next().unwrap().parse().unwrap();
    let dns = tokio::net::UdpSocket::bind(("127.0.0.1", port)).await.unwrap();
    let wrong = tokio::spawn(answer_txt(dns, vec!["v=spf1 -all".to_owned(), "not-it".to_owned()]));
    let failed = s.call::<VerifyOrganizationDomain>(Form::Rest, &Auth::Pat, txt.clone()).await;
    failed.assert_error(Form::Rest, 400, "failed_precondition", "ORG-Domain-ChallengeFailed");
    let dns = wrong.await.unwrap();
    let right = tokio::spawn(answer_txt(dns, vec!["v=spf1 -all".to_owned(), token]));
    s.call::<VerifyOrganizationDomain>(Form::Connect, &Auth::Pat, txt).await.ok();
    right.await.unwrap();

    // DNS challenges of public domains are generated with their record name.
    let dns = s
        .call::<GenerateOrganizationDomainValidation>(
            Form::Rest,
            &Auth::Pat,
            json!({"organizationId": org, "domain": "acme.example", "type": "DOMAIN_VALIDATION_TYPE_DNS"}),
        )
        .await;
    assert_eq!(dns.ok()["url"], "_zitadel-challenge.acme.example");

    // Delete: REST takes the domain from the query string.
    let primary = s
        .send(s.request(Method::DELETE, &format!("/v2/organizations/{org}/domains?domain=acme.localhost"), &Auth::Pat))
        .await;
    primary.assert_error(Form::Rest, 400, "failed_precondition", "ORG-Domain-Primary");
    let deleted = s
        .send(s.request(
            Method::DELETE,
            &format!("/v2/organizations/{org}/domains?domain=login.acme.localhost"),
            &Auth::Pat,
        ))
        .await;
    assert!(deleted.ok()["deletionDate"].is_string());
    let gone = s
        .call::<DeleteOrganizationDomain>(
            Form::Connect,
            &Auth::Pat,
            json!({"organizationId": org, "domain": "login.acme.localhost"}),
        )
        .await;
    gone.assert_error(Form::Connect, 404, "not_found", "ORG-Domain-NotFound");
    let page =
        s.client.get(format!("{}/loginname", s.base)).header("host", "login.acme.localhost").send().await.unwrap();
    assert!(!page.text().await.unwrap().contains("gatehouse-org"));
}

/// Answers one DNS query on `socket` with the given TXT records; gives the socket back.
async fn answer_txt(socket: tokio::net::UdpSocket, records: Vec<String>) -> tokio::net::UdpSocket {
    let mut buf = [0u8; 512];
    let (len, from) = socket.recv_from(&mut buf).await.unwrap();
    let mut answer = buf[..len].to_vec();
    answer[2] = 0x81; // response, recursion desired
    answer[3] = 0x80; // recursion available, no error
    answer[7] = records.len() as u8;
    for record in records {
        answer.extend_from_slice(&[0xc0, 12, 0, 16, 0, 1, 0, 0, 0, 60]); // name = the question's, TXT, IN, TTL
        answer.extend_from_slice(&((record.len() + 1) as u16).to_be_bytes());
        answer.push(record.len() as u8);
        answer.extend_from_slice(record.as_bytes());
    }
    socket.send_to(&answer, from).await.unwrap();
    socket
}

#[tokio::test]
async fn only_owners_manage_domains() {
    let s = start().await;
    let org = add_org(&s, "Guarded").await;
    s.add_user("someone@example.com", true).await;
    let (_, token) = s.login("someone@example.com", PASSWORD).await;
    for form in FORMS {
        for auth in [Auth::Browser(None), Auth::Bearer(token.clone())] {
            let a = s
                .call::<AddOrganizationDomain>(form, &auth, json!({"organizationId": org, "domain": "x.example"}))
                .await;
            a.assert_error(form, 403, "permission_denied", "AUTHZ-HKJD33");
            let l = s.call::<ListOrganizationDomains>(form, &auth, json!({"organizationId": org})).await;
            l.assert_error(form, 403, "permission_denied", "AUTHZ-HKJD33");
        }
    }
}
