use gatehouse_api::session::{CreateSession, SetSession};
use gatehouse_api::user::{DeleteUser, GetUserByID, ListUsers};
use reqwest::Method;
use serde_json::json;

use crate::common::*;

#[tokio::test]
async fn malformed_requests_are_invalid_argument() {
    let s = start().await;
    for (form, path, method) in [
        (Form::Rest, "/v2/sessions".to_owned(), Method::POST),
        (Form::Connect, "/zitadel.session.v2.SessionService/CreateSession".to_owned(), Method::POST),
    ] {
        let bad = s.send(s.request(method.clone(), &path, &Auth::Pat).body("{not json")).await;
        bad.assert_error(form, 400, "invalid_argument", "GATEHOUSE-BadJSON");
        let wrong_type = s
            .send(s.request(method.clone(), &path, &Auth::Pat).json(&json!({"checks": {"user": {"loginName": 5}}})))
            .await;
        wrong_type.assert_error(form, 400, "invalid_argument", "GATEHOUSE-BadRequest");
        assert!(wrong_type.body["message"].as_str().unwrap().contains("checks.user.loginName"), "{}", wrong_type.body);
        let bad_duration = s.send(s.request(method, &path, &Auth::Pat).json(&json!({"lifetime": "soon"}))).await;
        bad_duration.assert_error(form, 400, "invalid_argument", "GATEHOUSE-BadRequest");
    }
    let missing = s.call::<SetSession>(Form::Connect, &Auth::Pat, json!({})).await;
    missing.assert_error(Form::Connect, 400, "invalid_argument", "GATEHOUSE-BadRequest");
    assert!(missing.body["message"].as_str().unwrap().contains("missing field `sessionId`"));
}

#[tokio::test]
async fn tokens_are_checked() {
    let s = start().await;
    for form in FORMS {
        let none = s.call::<GetUserByID>(form, &Auth::Anonymous, json!({"userId": "1"})).await;
        none.assert_error(form, 401, "unauthenticated", "AUTH-Browser-Origin");
        let wrong = s.call::<GetUserByID>(form, &Auth::Bearer("nope".into()), json!({"userId": "1"})).await;
        wrong.assert_error(form, 401, "unauthenticated", "AUTH-Ax9Dk");
        let basic = s
            .send(
                s.request(Method::POST, "/zitadel.user.v2.UserService/GetUserByID", &Auth::Anonymous)
                    .header("authorization", "Basic eDp5")
                    .json(&json!({})),
            )
            .await;
        basic.assert_error(Form::Connect, 401, "unauthenticated", "AUTH-7fs1e");
    }
}

#[tokio::test]
async fn a_deleted_users_pat_stops_working_at_once() {
    // Resolved PATs are cached; deleting the user must drop the cached answer, not let it live out its TTL.
    let s = start().await;
    let list = s
        .call::<ListUsers>(
            Form::Rest,
            &Auth::Pat,
            json!({"queries": [{"userNameQuery": {"userName": "login-client"}}]}),
        )
        .await;
    let client_id = list.ok()["result"][0]["userId"].as_str().unwrap().to_owned();
    for _ in 0..2 {
        s.call::<GetUserByID>(Form::Rest, &Auth::Pat, json!({"userId": client_id})).await.ok();
    }
    s.call::<DeleteUser>(Form::Rest, &Auth::Pat, json!({"userId": client_id})).await.ok();
    let after = s.call::<GetUserByID>(Form::Rest, &Auth::Pat, json!({"userId": "1"})).await;
    after.assert_error(Form::Rest, 401, "unauthenticated", "AUTH-Ax9Dk");
}

#[tokio::test]
async fn unknown_paths_and_verbs() {
    let s = start().await;
    for path in ["/v2/nothing", "/admin/v1/x", "/management/v1/x", "/zitadel.session.v2.SessionService/Nope"] {
        let a = s.send(s.request(Method::POST, path, &Auth::Pat).json(&json!({}))).await;
        assert_eq!(a.status, 404, "{path}");
        assert_eq!(a.body, json!({"code": 5, "message": "Not Found"}));
    }
    let a = s.send(s.request(Method::PUT, "/v2/sessions", &Auth::Pat).json(&json!({}))).await;
    assert_eq!(a.status, 405);
    assert_eq!(a.body["code"], 12);
    let a = s.send(s.request(Method::GET, &CreateSession::connect_path_string(), &Auth::Pat)).await;
    assert_eq!(a.status, 405);
    let ok = s.send(s.request(Method::GET, "/healthz", &Auth::Anonymous)).await;
    assert_eq!(ok.status, 200);
    assert_eq!(ok.body, json!("ok"));
}

trait ConnectPath {
    fn connect_path_string() -> String;
}

impl<R: gatehouse_api::Rpc> ConnectPath for R {
    fn connect_path_string() -> String {
        R::connect_path()
    }
}
