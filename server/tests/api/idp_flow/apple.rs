//! Sign in with Apple start to finish against the mock Apple of the test crate (`tests/src/apple.rs`): the server
//! runs with `--apple-test-base-url` pointing at it. Driven as a browser would, redirects off: the intent, Apple's
//! page, its cross-site form POST to `/idps/callback`, the 303 to a GET that carries only the state, the cookie
//! check there, and the success URL.

#[path = "../../../../tests/src/apple.rs"]
mod mock;

use gatehouse_api::user::GetUserByID;
use mock::{Fault, MockApple, Person};

use super::*;

fn grace() -> Person {
    Person {
        sub: "001234.grace.0815".into(),
        email: "grace@privaterelay.appleid.com".into(),
        first_name: "Grace".into(),
        last_name: "Hopper".into(),
    }
}

struct Apple {
    down: TestServer,
    mock: MockApple,
    idp: String,
}

async fn apple(options: Value) -> Apple {
    let mock = MockApple::start(grace()).await;
    let base = url::Url::parse(&mock.base).unwrap();
    let down = start_with(|c| c.apple_test_base_url = Some(base)).await;
    let added =
        down.call::<admin::AddAppleProvider>(Form::Rest, &Auth::Pat, mock.provider_body("Apple", options)).await;
    let idp = added.ok()["id"].as_str().unwrap().to_owned();
    let got = down.call::<admin::GetProviderByID>(Form::Connect, &Auth::Pat, json!({"id": idp})).await;
    assert!(got.ok()["idp"]["config"]["apple"].get("privateKey").is_none(), "the key is never returned");
    down.call::<admin::AddIDPToLoginPolicy>(Form::Rest, &Auth::Pat, json!({"idpId": idp})).await.ok();
    Apple { down, mock, idp }
}

/// One login as far as Apple's page: (browser cookie, authUrl, the form action, the form's fields).
async fn to_apples_page(a: &Apple) -> (String, String, String, Vec<(String, String)>) {
    let urls = json!({"successUrl": format!("{}/idp/apple/success", a.down.origin),
                      "failureUrl": format!("{}/idp/apple/failure", a.down.origin)});
    let started = a
        .down
        .call::<api::StartIdentityProviderIntent>(
            Form::Connect,
            &Auth::Browser(None),
            json!({"idpId": a.idp, "urls": urls}),
        )
        .await;
    let auth_url = started.ok()["authUrl"].as_str().unwrap().to_owned();
    let cookie = started.cookie().expect("the browser gets its cookie at the start");
    let page = no_redirects().get(&auth_url).send().await.unwrap();
    assert_eq!(page.status(), StatusCode::OK, "{auth_url}");
    let (action, fields) = mock::form_of(&page.text().await.unwrap());
    (cookie, auth_url, action, fields)
}

/// The browser submitting Apple's form: a cross-site POST without our cookie (SameSite=Lax keeps it back).
async fn post_form(a: &Apple, action: &str, fields: &[(String, String)]) -> (StatusCode, Option<String>) {
    let url = action.replace(&a.down.origin, &a.down.base);
    let body: String = form_urlencoded::Serializer::new(String::new()).extend_pairs(fields).finish();
    let r = no_redirects()
        .post(url)
        .header("content-type", "application/x-www-form-urlencoded")
        .header("origin", &a.mock.base)
        .header("sec-fetch-site", "cross-site")
        .body(body)
        .send()
        .await
        .unwrap();
    (r.status(), r.headers().get("location").map(|v| v.to_str().unwrap().to_owned()))
}

/// The browser following a redirect to our callback, with its cookie (or none); status and Location.
async fn get_callback(a: &Apple, location: &str, cookie: Option<&str>) -> (StatusCode, Option<String>) {
    let mut rb = no_redirects().get(location.replace(&a.down.origin, &a.down.base));
    if let Some(c) = cookie {
        rb = rb.header("cookie", format!("gatehouse_browser={c}"));
    }
    let r = rb.send().await.unwrap();
    (r.status(), r.headers().get("location").map(|v| v.to_str().unwrap().to_owned()))
}

/// A whole login in one browser; where it ends (the success or failure URL).
async fn round_trip(a: &Apple) -> String {
    let (cookie, _, action, fields) = to_apples_page(a).await;
    let (status, location) = post_form(a, &action, &fields).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (status, location) = get_callback(a, &location.unwrap(), Some(&cookie)).await;
    assert_eq!(status, StatusCode::FOUND);
    location.unwrap()
}

fn field<'a>(fields: &'a [(String, String)], name: &str) -> Option<&'a str> {
    fields.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
}

#[tokio::test]
async fn apples_form_post_is_parked_and_the_login_prefills_registration_from_the_user_field() {
    let a = apple(json!({"isLinkingAllowed": true, "isCreationAllowed": true})).await;
    let (cookie, auth_url, action, fields) = to_apples_page(&a).await;
    assert!(auth_url.starts_with(&format!("{}/auth/authorize?", a.mock.base)), "{auth_url}");
    let q = query_of(&auth_url);
    assert_eq!(q["response_mode"], "form_post");
    assert_eq!(q["response_type"], "code");
    assert_eq!(q["scope"], "name email");
    assert_eq!(q["client_id"], mock::CLIENT_ID);
    assert_eq!(q["redirect_uri"], format!("{}/idps/callback", a.down.origin));
    assert!(q.contains_key("nonce") && !q.contains_key("code_challenge"), "{auth_url}");
    assert_eq!(action, format!("{}/idps/callback", a.down.origin));
    let state = field(&fields, "state").unwrap().to_owned();
    assert!(field(&fields, "user").is_some(), "first authorization: Apple sends the name");

    // An unknown state is refused, and so is a form without one; nothing is parked.
    let forged = vec![("state".to_owned(), "not-a-state".to_owned()), ("code".to_owned(), "c.x".to_owned())];
    assert_eq!(post_form(&a, &action, &forged).await.0, StatusCode::BAD_REQUEST);
    assert_eq!(post_form(&a, &action, &forged[1..]).await.0, StatusCode::BAD_REQUEST);

    // Apple's POST: parked, and a 303 to a GET carrying only the state.
    let (status, location) = post_form(&a, &action, &fields).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let location = location.unwrap();
    assert_eq!(location, format!("{}/idps/callback?state={}", a.down.origin, urlencode(&state)));
    assert!(!location.contains("code"), "the code stays on the server: {location}");
    // The state is good for one POST.
    assert_eq!(post_form(&a, &action, &fields).await.0, StatusCode::BAD_REQUEST, "replayed POST");
    assert_eq!(a.mock.tokens_issued(), 0, "nothing is redeemed before the browser's GET");

    let (status, done) = get_callback(&a, &location, Some(&cookie)).await;
    assert_eq!(status, StatusCode::FOUND);
    let done = done.unwrap();
    assert!(done.starts_with(&format!("{}/idp/apple/success?", a.down.origin)), "{done}");
    assert_eq!(a.mock.tokens_issued(), 1, "refusals: {:?}", a.mock.refusals());
    assert!(a.mock.refusals().is_empty(), "the client secret JWT and code passed Apple's checks");
    // ... and for one GET.
    assert_eq!(get_callback(&a, &location, Some(&cookie)).await.0, StatusCode::BAD_REQUEST);

    let q = query_of(&done);
    assert!(!q.contains_key("user"), "no auto-creation: nobody yet");
    for form in FORMS {
        let r = a
            .down
            .call::<api::RetrieveIdentityProviderIntent>(
                form,
                &Auth::Pat,
                json!({"idpIntentId": q["id"], "idpIntentToken": q["token"]}),
            )
            .await;
        let body = r.ok();
        let info = &body["idpInformation"];
        assert_eq!(info["userId"], "001234.grace.0815");
        assert_eq!(info["userName"], "grace@privaterelay.appleid.com", "Apple has no username: the address");
        assert_eq!(info["rawInformation"]["is_private_email"], "false");
        assert!(info["oauth"]["idToken"].as_str().is_some());
        let add = &body["addHumanUser"];
        assert_eq!(add["profile"]["givenName"], "Grace", "from the user field");
        assert_eq!(add["profile"]["familyName"], "Hopper");
        assert_eq!(add["profile"]["displayName"], "Grace Hopper");
        assert_eq!(add["email"], json!({"email": "grace@privaterelay.appleid.com", "isVerified": true}));
        assert_eq!(add["idpLinks"][0]["userId"], "001234.grace.0815");
    }
}

#[tokio::test]
async fn apple_auto_creates_the_user_with_its_name_and_later_signs_in_through_the_link() {
    let a = apple(json!({"isLinkingAllowed": true, "isCreationAllowed": true, "isAutoCreation": true})).await;
    let done = round_trip(&a).await;
    let q = query_of(&done);
    let user_id = q.get("user").expect("auto-created").clone();
    let user = a.down.call::<GetUserByID>(Form::Rest, &Auth::Pat, json!({"userId": user_id})).await;
    let human = &user.ok()["user"]["human"];
    assert_eq!(human["profile"]["givenName"], "Grace");
    assert_eq!(human["profile"]["familyName"], "Hopper");
    assert_eq!(human["email"]["email"], "grace@privaterelay.appleid.com");
    assert_eq!(human["email"]["isVerified"], true, "Apple's email_verified \"true\"");

    // The next authorization has no user field: the same user, through the link; the name is kept.
    let (cookie, _, action, fields) = to_apples_page(&a).await;
    assert!(field(&fields, "user").is_none());
    let (_, location) = post_form(&a, &action, &fields).await;
    let (_, done) = get_callback(&a, &location.unwrap(), Some(&cookie)).await;
    assert_eq!(query_of(&done.unwrap())["user"], user_id);
    let user = a.down.call::<GetUserByID>(Form::Connect, &Auth::Pat, json!({"userId": user_id})).await;
    assert_eq!(user.ok()["user"]["human"]["profile"]["givenName"], "Grace");
}

#[tokio::test]
async fn apples_answer_is_refused_unless_its_id_token_is_apples_for_this_login_in_this_browser() {
    let a = apple(json!({"isCreationAllowed": true, "isAutoCreation": true})).await;
    let failure = format!("{}/idp/apple/failure?", a.down.origin);
    for fault in [Fault::BadSignature, Fault::WrongAudience, Fault::WrongIssuer, Fault::WrongNonce] {
        a.mock.set_fault(fault);
        let done = round_trip(&a).await;
        assert!(done.starts_with(&failure), "{fault:?}: {done}");
        assert_eq!(query_of(&done)["error"], "invalid_token", "{fault:?}");
    }
    a.mock.set_fault(Fault::None);

    // Finished in another browser (no cookie, or someone else's): refused, the code never redeemed.
    let issued = a.mock.tokens_issued();
    let (_, _, action, fields) = to_apples_page(&a).await;
    let (_, location) = post_form(&a, &action, &fields).await;
    let (other, ..) = to_apples_page(&a).await;
    let (_, done) = get_callback(&a, &location.unwrap(), Some(&other)).await;
    let done = done.unwrap();
    assert!(done.starts_with(&failure) && query_of(&done)["error"] == "access_denied", "{done}");
    assert_eq!(a.mock.tokens_issued(), issued);

    // A GET with a code in its query, without Apple's POST, is not Apple's answer.
    let (cookie, _, _, fields) = to_apples_page(&a).await;
    let forged = format!(
        "{}/idps/callback?state={}&code={}",
        a.down.origin,
        urlencode(field(&fields, "state").unwrap()),
        urlencode(field(&fields, "code").unwrap())
    );
    let (_, done) = get_callback(&a, &forged, Some(&cookie)).await;
    assert_eq!(query_of(&done.unwrap())["error"], "invalid_request");
    assert_eq!(a.mock.tokens_issued(), issued);

    // The user cancels at Apple.
    let (cookie, _, _, fields) = to_apples_page(&a).await;
    let cancel = vec![
        ("state".to_owned(), field(&fields, "state").unwrap().to_owned()),
        ("error".to_owned(), "user_cancelled_authorize".to_owned()),
    ];
    let (_, location) = post_form(&a, &format!("{}/idps/callback", a.down.origin), &cancel).await;
    let (_, done) = get_callback(&a, &location.unwrap(), Some(&cookie)).await;
    assert_eq!(query_of(&done.unwrap())["error"], "access_denied");

    // The exemption is this callback only: a cross-site form POST anywhere else is still refused.
    let r = no_redirects()
        .post(format!("{}/zitadel.session.v2.SessionService/CreateSession", a.down.base))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("origin", &a.mock.base)
        .header("sec-fetch-site", "cross-site")
        .body("checks=1")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    // Nobody was created by any of it.
    let users = a
        .down
        .call::<gatehouse_api::user::ListUsers>(
            Form::Rest,
            &Auth::Pat,
            json!({"queries": [{"emailQuery": {"emailAddress": "grace@privaterelay.appleid.com"}}]}),
        )
        .await;
    assert!(users.ok()["result"].as_array().is_none_or(Vec::is_empty), "{}", users.body);
}

#[tokio::test]
async fn the_apple_test_base_url_must_be_loopback() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = gatehouse_server::config::Config::for_data_dir(dir.path());
    config.apple_test_base_url = Some(url::Url::parse("https://appleid.example.com").unwrap());
    let bound = std::net::SocketAddr::from(([127, 0, 0, 1], 1));
    assert!(gatehouse_server::App::build(&config, bound).await.is_err());
}

fn urlencode(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}
