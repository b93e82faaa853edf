//! `private_key_jwt`: application keys managed as ZITADEL's tools do (v2 ApplicationService and Management v1, both
//! wire forms), the key file they answer, and client assertions at the token, introspection and revocation
//! endpoints, with every way an assertion can be wrong.

use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;
use gatehouse_api::app::keys::{management as v1, *};
use gatehouse_server::clock::Clock;
use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::common::*;
use crate::oidc::{app_with, callback_code, start_login, Client, VERIFIER, WEB_CALLBACK};
use crate::projects::create_project;

/// What a key file holds that a client needs to sign.
pub struct KeyFile {
    pub key_id: String,
    pub pem: String,
}

pub async fn key_app(s: &TestServer) -> (Client, String, String) {
    let project = create_project(s, "Keys").await;
    let a = s
        .call::<gatehouse_api::app::CreateApplication>(
            Form::Connect,
            &Auth::Pat,
            json!({"projectId": project, "name": "Backend", "oidcConfiguration": {
                "redirectUris": [WEB_CALLBACK], "applicationType": "OIDC_APP_TYPE_WEB",
                "grantTypes": ["OIDC_GRANT_TYPE_AUTHORIZATION_CODE", "OIDC_GRANT_TYPE_REFRESH_TOKEN"],
                "authMethodType": "OIDC_AUTH_METHOD_TYPE_PRIVATE_KEY_JWT"}}),
        )
        .await;
    let body = a.ok();
    let client = Client { client_id: body["oidcConfiguration"]["clientId"].as_str().unwrap().into(), secret: None };
    (client, project, body["applicationId"].as_str().unwrap().to_owned())
}

/// CreateApplicationKey; the decoded key file.
pub async fn add_key(s: &TestServer, project: &str, app: &str, expiration: Option<&str>) -> KeyFile {
    let mut body = json!({"projectId": project, "applicationId": app});
    if let Some(e) = expiration {
        body["expirationDate"] = json!(e);
    }
    let a = s.call::<CreateApplicationKey>(Form::Connect, &Auth::Pat, body).await;
    let file: Value =
        serde_json::from_slice(&STANDARD.decode(a.ok()["keyDetails"].as_str().unwrap()).unwrap()).unwrap();
    KeyFile { key_id: file["keyId"].as_str().unwrap().into(), pem: file["key"].as_str().unwrap().into() }
}

/// RS256 over `claims` with the key file's PKCS#1 private key.
pub fn sign(key: &KeyFile, kid: &str, claims: &Value) -> String {
    let body: String = key.pem.lines().filter(|l| !l.starts_with("-----")).collect();
    let pair = ring::signature::RsaKeyPair::from_der(&STANDARD.decode(body).unwrap()).unwrap();
    let header =
        URL_SAFE_NO_PAD.encode(serde_json::to_vec(&json!({"alg": "RS256", "kid": kid, "typ": "JWT"})).unwrap());
    let input = format!("{header}.{}", URL_SAFE_NO_PAD.encode(serde_json::to_vec(claims).unwrap()));
    let mut signature = vec![0u8; pair.public().modulus_len()];
    pair.sign(&ring::signature::RSA_PKCS1_SHA256, &ring::rand::SystemRandom::new(), input.as_bytes(), &mut signature)
        .unwrap();
    format!("{input}.{}", URL_SAFE_NO_PAD.encode(signature))
}

fn claims(s: &TestServer, client_id: &str, jti: &str) -> Value {
    let now = s.clock.now().timestamp();
    json!({"iss": client_id, "sub": client_id, "aud": [s.origin.clone()], "iat": now, "exp": now + 60, "jti": jti})
}

/// POSTs `form` plus the client assertion to `path`.
async fn post(s: &TestServer, path: &str, assertion: &str, form: &[(&str, &str)]) -> (StatusCode, Value) {
    let mut fields = form.to_vec();
    fields.push(("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"));
    fields.push(("client_assertion", assertion));
    let r = s.client.post(format!("{}{path}", s.base)).form(&fields).send().await.unwrap();
    let status = r.status();
    (status, r.json().await.unwrap_or(Value::Null))
}

fn db_bytes(s: &TestServer) -> Vec<u8> {
    let mut all = std::fs::read(s.data_dir.join("gatehouse.db")).unwrap();
    all.extend(std::fs::read(s.data_dir.join("gatehouse.db-wal")).unwrap_or_default());
    all
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[tokio::test]
async fn application_keys_in_both_wire_forms_and_the_key_file() {
    let s = start().await;
    let (client, project, app) = key_app(&s).await;
    for form in FORMS {
        // v2: the key file, exactly as ZITADEL writes it.
        let a = s
            .call::<CreateApplicationKey>(
                form,
                &Auth::Pat,
                json!({"projectId": project, "applicationId": app, "expirationDate": "2519-04-01T08:45:00Z"}),
            )
            .await;
        if form == Form::Rest {
            assert_eq!(a.status, StatusCode::CREATED);
        }
        let created = a.ok().clone();
        let key_id = created["keyId"].as_str().unwrap().to_owned();
        assert!(created["creationDate"].is_string());
        let raw = String::from_utf8(STANDARD.decode(created["keyDetails"].as_str().unwrap()).unwrap()).unwrap();
        let file: Value = serde_json::from_str(&raw).unwrap();
        let pem = file["key"].as_str().unwrap();
        assert!(
            pem.starts_with("-----BEGIN RSA PRIVATE KEY-----\n") && pem.ends_with("-----END RSA PRIVATE KEY-----\n")
        );
        let golden =
            json!({"type": "application", "keyId": key_id, "key": pem, "appId": app, "clientId": client.client_id});
        assert_eq!(file, golden);
        let order: Vec<usize> = ["\"type\"", "\"keyId\"", "\"key\"", "\"appId\"", "\"clientId\""]
            .iter()
            .map(|k| raw.find(k).unwrap())
            .collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]), "ZITADEL's field order: {raw}");
        assert_eq!(obj(&file).len(), 5);
        // Only the public key is stored. (The first PEM lines hold the modulus, which the public key shares, at the
        // same base64 alignment; lines 10 and 15 hold the private exponent and a prime.)
        for line in [10, 15] {
            let secret_line = pem.lines().nth(line).unwrap();
            assert!(!contains(&db_bytes(&s), secret_line.as_bytes()), "no private key in the database");
        }

        let got = s.call::<GetApplicationKey>(form, &Auth::Pat, json!({"keyId": key_id})).await;
        assert_eq!(got.ok()["keyId"], key_id.as_str());
        assert_eq!(got.ok()["expirationDate"], "2519-04-01T08:45:00Z");
        let listed = s
            .call::<ListApplicationKeys>(
                form,
                &Auth::Pat,
                json!({"filters": [{"applicationIdFilter": {"applicationId": app}}]}),
            )
            .await;
        let keys = listed.ok()["keys"].as_array().unwrap().clone();
        let mine = keys.iter().find(|k| k["keyId"] == key_id.as_str()).unwrap();
        assert_eq!(mine["applicationId"], app.as_str());
        assert_eq!(mine["projectId"], project.as_str());
        assert!(mine["organizationId"].is_string());
        let deleted = s
            .call::<DeleteApplicationKey>(
                form,
                &Auth::Pat,
                json!({"keyId": key_id, "applicationId": app, "projectId": project}),
            )
            .await;
        assert!(deleted.ok()["deletionDate"].is_string());
        s.call::<GetApplicationKey>(form, &Auth::Pat, json!({"keyId": key_id})).await.assert_error(
            form,
            404,
            "not_found",
            "GATEHOUSE-AppKey-NotFound",
        );

        // Management v1, the same keys.
        let a = s
            .call::<v1::AddAppKey>(
                form,
                &Auth::Pat,
                json!({"projectId": project, "appId": app, "type": "KEY_TYPE_JSON", "expirationDate": "2519-04-01T08:45:00Z"}),
            )
            .await;
        let added = a.ok().clone();
        let id = added["id"].as_str().unwrap().to_owned();
        assert!(added["details"]["sequence"].is_string() && added["details"]["resourceOwner"].is_string(), "{added}");
        let file: Value =
            serde_json::from_slice(&STANDARD.decode(added["keyDetails"].as_str().unwrap()).unwrap()).unwrap();
        assert_eq!((file["type"].as_str(), file["keyId"].as_str()), (Some("application"), Some(id.as_str())));
        let got =
            s.call::<v1::GetAppKey>(form, &Auth::Pat, json!({"projectId": project, "appId": app, "keyId": id})).await;
        assert_eq!(got.ok()["key"]["id"], id.as_str());
        assert_eq!(got.ok()["key"]["type"], "KEY_TYPE_JSON");
        assert_eq!(got.ok()["key"]["expirationDate"], "2519-04-01T08:45:00Z");
        let listed = s.call::<v1::ListAppKeys>(form, &Auth::Pat, json!({"projectId": project, "appId": app})).await;
        assert_eq!(listed.ok()["details"]["totalResult"], "1");
        assert_eq!(listed.ok()["result"][0]["id"], id.as_str());
        let removed = s
            .call::<v1::RemoveAppKey>(form, &Auth::Pat, json!({"projectId": project, "appId": app, "keyId": id}))
            .await;
        assert!(removed.ok()["details"]["changeDate"].is_string());
        s.call::<v1::GetAppKey>(form, &Auth::Pat, json!({"projectId": project, "appId": app, "keyId": id}))
            .await
            .assert_error(form, 404, "not_found", "GATEHOUSE-AppKey-NotFound");
    }
    // Without an expiration a key lasts until ZITADEL's default.
    let a = s
        .call::<CreateApplicationKey>(Form::Connect, &Auth::Pat, json!({"projectId": project, "applicationId": app}))
        .await;
    let key_id = a.ok()["keyId"].as_str().unwrap().to_owned();
    let got = s.call::<GetApplicationKey>(Form::Connect, &Auth::Pat, json!({"keyId": key_id})).await;
    assert_eq!(got.ok()["expirationDate"], "9999-12-31T23:59:59Z");

    let secret_app =
        app_with(&s, json!({"redirectUris": [WEB_CALLBACK], "authMethodType": "OIDC_AUTH_METHOD_TYPE_BASIC"})).await;
    let apps = s.call::<gatehouse_api::app::ListApplications>(Form::Connect, &Auth::Pat, json!({})).await.ok()
        ["applications"]
        .clone();
    let secret_app_id = apps
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["oidcConfiguration"]["clientId"] == secret_app.client_id.as_str())
        .unwrap()["applicationId"]
        .as_str()
        .unwrap()
        .to_owned();
    let secret_project =
        apps.as_array().unwrap().iter().find(|a| a["applicationId"] == secret_app_id.as_str()).unwrap()["projectId"]
            .as_str()
            .unwrap()
            .to_owned();
    for form in FORMS {
        s.call::<CreateApplicationKey>(
            form,
            &Auth::Pat,
            json!({"projectId": secret_project, "applicationId": secret_app_id}),
        )
        .await
        .assert_error(form, 400, "failed_precondition", "GATEHOUSE-AppKey-AuthMethod");
        s.call::<CreateApplicationKey>(
            form,
            &Auth::Pat,
            json!({"projectId": project, "applicationId": app, "expirationDate": "2001-01-01T00:00:00Z"}),
        )
        .await
        .assert_error(form, 400, "invalid_argument", "GATEHOUSE-AppKey-Expired");
        // A key app has no secret to generate.
        s.call::<gatehouse_api::app::GenerateClientSecret>(
            form,
            &Auth::Pat,
            json!({"projectId": project, "applicationId": app}),
        )
        .await
        .assert_error(form, 400, "failed_precondition", "APP-Ghrh3");
        // Keys are managed by who manages the project: without a token, nothing.
        let a = s.call::<GetApplicationKey>(form, &Auth::Anonymous, json!({"keyId": key_id})).await;
        assert_eq!(a.status.as_u16(), 401, "{}", a.body);
    }
}

#[tokio::test]
async fn private_key_jwt_at_the_token_introspection_and_revocation_endpoints() {
    let s = start().await;
    let d = s.discovery().await;
    for field in ["token_endpoint", "introspection_endpoint", "revocation_endpoint"] {
        let methods = d[format!("{field}_auth_methods_supported")].as_array().unwrap();
        assert!(methods.contains(&json!("private_key_jwt")), "{field}: {methods:?}");
        assert_eq!(d[format!("{field}_auth_signing_alg_values_supported")], json!(["RS256"]));
    }
    let (client, project, app) = key_app(&s).await;
    let key = add_key(&s, &project, &app, None).await;
    s.add_user("kim@example.com", true).await;
    let session = s.login("kim@example.com", PASSWORD).await;
    let code = callback_code(&s, &start_login(&s, &client, &[]).await, &session).await;
    let exchange = [
        ("grant_type", "authorization_code"),
        ("code", code.as_str()),
        ("redirect_uri", WEB_CALLBACK),
        ("code_verifier", VERIFIER),
    ];

    // Happy path at all three endpoints; aud may be the issuer or the endpoint's URL.
    let (status, tokens) =
        post(&s, "/oauth/v2/token", &sign(&key, &key.key_id, &claims(&s, &client.client_id, "t1")), &exchange).await;
    assert_eq!(status, StatusCode::OK, "{tokens}");
    let access = tokens["access_token"].as_str().unwrap();
    let refresh = tokens["refresh_token"].as_str().unwrap();
    let mut c = claims(&s, &client.client_id, "i1");
    c["aud"] = json!(format!("{}/oauth/v2/introspect", s.origin));
    let (status, answer) = post(&s, "/oauth/v2/introspect", &sign(&key, &key.key_id, &c), &[("token", access)]).await;
    assert_eq!((status, &answer["active"]), (StatusCode::OK, &json!(true)), "{answer}");
    assert_eq!(answer["client_id"], client.client_id.as_str());
    let (status, _) = post(
        &s,
        "/oauth/v2/revoke",
        &sign(&key, &key.key_id, &claims(&s, &client.client_id, "r1")),
        &[("token", access)],
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let (_, answer) = post(
        &s,
        "/oauth/v2/introspect",
        &sign(&key, &key.key_id, &claims(&s, &client.client_id, "i2")),
        &[("token", access)],
    )
    .await;
    assert_eq!(answer["active"], false, "revoked");

    let refresh_form = [("grant_type", "refresh_token"), ("refresh_token", refresh)];
    let refused = |(status, body): (StatusCode, Value), why: &str| {
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{why}: {body}");
        assert_eq!(body["error"], "invalid_client", "{why}");
        let description = body["error_description"].as_str().unwrap_or_default().to_owned();
        assert!(description.contains(why), "{why}: {description}");
    };
    // Replay: the same assertion twice.
    let once = sign(&key, &key.key_id, &claims(&s, &client.client_id, "t1"));
    refused(post(&s, "/oauth/v2/token", &once, &refresh_form).await, "replayed");
    // Wrong key: signed by a key that is not the registered one, under its kid.
    let stranger = {
        let private = rsa::RsaPrivateKey::new(&mut rand::rngs::OsRng, 2048).unwrap();
        let pem = rsa::pkcs1::EncodeRsaPrivateKey::to_pkcs1_pem(&private, rsa::pkcs1::LineEnding::LF).unwrap();
        KeyFile { key_id: key.key_id.clone(), pem: pem.to_string() }
    };
    refused(
        post(&s, "/oauth/v2/token", &sign(&stranger, &key.key_id, &claims(&s, &client.client_id, "w1")), &refresh_form)
            .await,
        "signature",
    );
    // Another app's key, correctly signed by that app's key.
    let (_, other_project, other_app) = key_app(&s).await;
    let other_key = add_key(&s, &other_project, &other_app, None).await;
    refused(
        post(
            &s,
            "/oauth/v2/token",
            &sign(&other_key, &other_key.key_id, &claims(&s, &client.client_id, "o1")),
            &refresh_form,
        )
        .await,
        "not a key of this client",
    );
    // Expired assertion, too long a lifetime, wrong audience, iss ≠ sub.
    let mut c = claims(&s, &client.client_id, "e1");
    c["exp"] = json!(s.clock.now().timestamp() - 60);
    refused(post(&s, "/oauth/v2/token", &sign(&key, &key.key_id, &c), &refresh_form).await, "expired");
    let mut c = claims(&s, &client.client_id, "l1");
    c["exp"] = json!(s.clock.now().timestamp() + 7200);
    refused(post(&s, "/oauth/v2/token", &sign(&key, &key.key_id, &c), &refresh_form).await, "at most 60 minutes");
    let mut c = claims(&s, &client.client_id, "a1");
    c["aud"] = json!("https://someone-else.example.com");
    refused(post(&s, "/oauth/v2/token", &sign(&key, &key.key_id, &c), &refresh_form).await, "aud");
    let mut c = claims(&s, &client.client_id, "s1");
    c["sub"] = json!("someone");
    refused(post(&s, "/oauth/v2/token", &sign(&key, &key.key_id, &c), &refresh_form).await, "iss and sub");

    // The refresh token still works with a good assertion (none of the refusals touched it).
    let (status, body) =
        post(&s, "/oauth/v2/token", &sign(&key, &key.key_id, &claims(&s, &client.client_id, "g1")), &refresh_form)
            .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let refresh = body["refresh_token"].as_str().unwrap().to_owned();
    let refresh_form = [("grant_type", "refresh_token"), ("refresh_token", refresh.as_str())];

    // A secret is no way in for a key client, nor an assertion for a secret client, nor both at once.
    let r = s
        .client
        .post(format!("{}/oauth/v2/token", s.base))
        .basic_auth(&client.client_id, Some("guess"))
        .form(&refresh_form)
        .send()
        .await
        .unwrap();
    refused((r.status(), r.json().await.unwrap()), "private_key_jwt");
    let r = s
        .client
        .post(format!("{}/oauth/v2/token", s.base))
        .form(&[refresh_form[0], refresh_form[1], ("client_id", &client.client_id)])
        .send()
        .await
        .unwrap();
    refused((r.status(), r.json().await.unwrap()), "private_key_jwt");
    let secret_app =
        app_with(&s, json!({"redirectUris": [WEB_CALLBACK], "authMethodType": "OIDC_AUTH_METHOD_TYPE_POST"})).await;
    refused(
        post(&s, "/oauth/v2/token", &sign(&key, &key.key_id, &claims(&s, &secret_app.client_id, "x1")), &refresh_form)
            .await,
        "does not authenticate with private_key_jwt",
    );
    let both = sign(&key, &key.key_id, &claims(&s, &client.client_id, "b1"));
    let (status, body) =
        post(&s, "/oauth/v2/token", &both, &[refresh_form[0], refresh_form[1], ("client_secret", "x")]).await;
    assert_eq!((status, body["error"].as_str()), (StatusCode::BAD_REQUEST, Some("invalid_request")));

    // A deleted key signs nothing any more.
    let deleted = add_key(&s, &project, &app, None).await;
    let good = sign(&deleted, &deleted.key_id, &claims(&s, &client.client_id, "d1"));
    s.call::<DeleteApplicationKey>(Form::Connect, &Auth::Pat, json!({"keyId": deleted.key_id})).await.ok();
    refused(post(&s, "/oauth/v2/token", &good, &refresh_form).await, "not a key of this client");
    // An expired key neither.
    let expiry = (s.clock.now() + chrono::Duration::hours(1)).to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let short = add_key(&s, &project, &app, Some(&expiry)).await;
    s.clock.advance(chrono::Duration::hours(2));
    refused(
        post(&s, "/oauth/v2/token", &sign(&short, &short.key_id, &claims(&s, &client.client_id, "k1")), &refresh_form)
            .await,
        "has expired",
    );
    let (status, body) =
        post(&s, "/oauth/v2/token", &sign(&key, &key.key_id, &claims(&s, &client.client_id, "k2")), &refresh_form)
            .await;
    assert_eq!(status, StatusCode::OK, "the unexpired key still works: {body}");
}
