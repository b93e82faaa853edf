//! Shared test harness: the real server on 127.0.0.1:0 with a temp data dir and a test clock, and a client that
//! speaks both wire forms.
#![allow(dead_code)]

use std::path::PathBuf;
use std::sync::Arc;

use gatehouse_api::{Rpc, Verb};
use gatehouse_server::clock::TestClock;
use gatehouse_server::config::Config;
use gatehouse_server::{serve, App};
use reqwest::header::HeaderMap;
use reqwest::{Method, StatusCode};
use serde_json::{json, Map, Value};

pub const ADMIN_PASSWORD: &str = "Init1al!Admin";
pub const PASSWORD: &str = "Secr3t!pw";
pub const INDEX_HTML: &str =
    "<!doctype html><html><head><script type=\"module\">import init from '/app-0123456789abcdef.js'; init();</script></head><body></body></html>";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    Rest,
    Connect,
}

pub const FORMS: [Form; 2] = [Form::Rest, Form::Connect];

/// How a request authenticates.
#[derive(Clone, Debug)]
pub enum Auth {
    /// The seeded login client's PAT (IAM_OWNER + IAM_LOGIN_CLIENT).
    Pat,
    Bearer(String),
    /// The SPA: same-origin headers, optional cookie.
    Browser(Option<String>),
    /// Nothing at all (a cross-site or tokenless client).
    Anonymous,
}

pub struct TestServer {
    pub base: String,
    pub origin: String,
    pub pat: String,
    pub clock: Arc<TestClock>,
    pub data_dir: PathBuf,
    pub client: reqwest::Client,
    config: Config,
    /// Ends the server (graceful shutdown); see [`TestServer::restart`].
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    serving: Option<tokio::task::JoinHandle<gatehouse_server::error::Result<()>>>,
    _dir: tempfile::TempDir,
}

pub struct Answer {
    pub status: StatusCode,
    pub body: Value,
    pub headers: HeaderMap,
}

impl Answer {
    /// Asserts the exact error shape of the form and returns (code name, id).
    pub fn assert_error(&self, form: Form, status: u16, connect_code: &str, id: &str) {
        assert_eq!(self.status.as_u16(), status, "status of {}", self.body);
        let message = self.body["message"].as_str().unwrap_or_default();
        assert!(message.ends_with(&format!(" ({id})")), "message {message:?} should end with ({id})");
        match form {
            Form::Rest => {
                let code = gatehouse_api::Code::from_connect_name(connect_code).unwrap().number();
                assert_eq!(self.body["code"], json!(code), "{}", self.body);
                assert_eq!(self.body["details"][0]["@type"], "type.googleapis.com/zitadel.v1.ErrorDetail");
                assert_eq!(self.body["details"][0]["id"], id);
            }
            Form::Connect => {
                assert_eq!(self.body["code"], connect_code, "{}", self.body);
                assert_eq!(self.body["details"][0]["type"], "zitadel.v1.ErrorDetail");
                assert_eq!(self.body["details"][0]["debug"]["id"], id);
                assert!(self.body["details"][0]["value"].is_string());
            }
        }
    }

    pub fn ok(&self) -> &Value {
        assert!(self.status.is_success(), "expected success, got {} {}", self.status, self.body);
        &self.body
    }

    pub fn cookie(&self) -> Option<String> {
        self.headers
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find_map(|c| c.split(';').next().and_then(|kv| kv.strip_prefix("gatehouse_browser=")).map(str::to_owned))
    }
}

pub async fn start() -> TestServer {
    start_with(|_| {}).await
}

/// [`start`] with `configure` applied to the configuration last.
pub async fn start_with(configure: impl FnOnce(&mut Config)) -> TestServer {
    let dir = tempfile::tempdir().unwrap();
    let data_dir = dir.path().join("data");
    let spa_dir = dir.path().join("dist");
    std::fs::create_dir_all(&spa_dir).unwrap();
    std::fs::write(spa_dir.join("index.html"), INDEX_HTML).unwrap();
    std::fs::write(spa_dir.join("app-0123456789abcdef.js"), "export default function init() {}\n".repeat(20)).unwrap();
    let mut config = Config::for_data_dir(&data_dir);
    config.spa_dir = spa_dir;
    config.initial_admin_password = Some(ADMIN_PASSWORD.into());
    // The domain tests verify `.localhost` domains against this server itself.
    config.domain_verification_test_mode = true;
    configure(&mut config);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    launch(config, listener, dir).await
}

async fn launch(config: Config, listener: tokio::net::TcpListener, dir: tempfile::TempDir) -> TestServer {
    let bound = listener.local_addr().unwrap();
    let data_dir = config.data_dir.clone();
    let clock = Arc::new(TestClock::new(chrono::Utc::now()));
    let app = App::build_with_clock(&config, bound, clock.clone()).await.unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let serving = tokio::spawn(serve(app, listener, async move {
        let _ = stopped.await;
    }));
    let pat = std::fs::read_to_string(data_dir.join("admin.pat")).unwrap().trim().to_owned();
    TestServer {
        base: format!("http://127.0.0.1:{}", bound.port()),
        origin: format!("http://localhost:{}", bound.port()),
        pat,
        clock,
        data_dir,
        client: reqwest::Client::new(),
        config,
        stop: Some(stop),
        serving: Some(serving),
        _dir: dir,
    }
}

impl TestServer {
    /// Stops this server (as a process exit would: requests drain, its background tasks end with it) and starts a
    /// new one on the same data directory and port, with a fresh clock at the real time.
    pub async fn restart(mut self) -> TestServer {
        let port: u16 = self.base.rsplit(':').next().unwrap().parse().unwrap();
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(serving) = self.serving.take() {
            serving.await.unwrap().unwrap();
        }
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await.unwrap();
        let TestServer { config, _dir, .. } = self;
        launch(config, listener, _dir).await
    }

    pub fn request(&self, method: Method, path: &str, auth: &Auth) -> reqwest::RequestBuilder {
        let mut rb = self.client.request(method, format!("{}{path}", self.base));
        match auth {
            Auth::Pat => rb = rb.bearer_auth(&self.pat),
            Auth::Bearer(t) => rb = rb.bearer_auth(t),
            Auth::Browser(cookie) => {
                rb = rb.header("sec-fetch-site", "same-origin").header("origin", &self.origin);
                if let Some(c) = cookie {
                    rb = rb.header("cookie", format!("gatehouse_browser={c}"));
                }
            }
            Auth::Anonymous => {}
        }
        rb
    }

    pub async fn send(&self, rb: reqwest::RequestBuilder) -> Answer {
        let response = rb.send().await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let text = response.text().await.unwrap();
        let body =
            if text.is_empty() { Value::Null } else { serde_json::from_str(&text).unwrap_or(Value::String(text)) };
        Answer { status, body, headers }
    }

    /// Calls RPC `R` in the given form. For REST, `{param}`s are taken out of `body` into the path and, for GET,
    /// the rest goes into the query string (dotted keys for nested objects).
    pub async fn call<R: Rpc>(&self, form: Form, auth: &Auth, body: Value) -> Answer {
        match form {
            Form::Connect => {
                let rb = self.request(Method::POST, &R::connect_path(), auth).json(&body);
                self.send(rb).await
            }
            Form::Rest => {
                let mut body = body;
                let mut path = R::PATH.to_owned();
                while let Some(start) = path.find('{') {
                    let end = path[start..].find('}').unwrap() + start;
                    let snake = &path[start + 1..end];
                    let camel = gatehouse_api::json::snake_to_camel(snake);
                    let value =
                        body.as_object_mut().and_then(|m| m.remove(&camel)).unwrap_or(Value::String(String::new()));
                    let value = value.as_str().map(str::to_owned).unwrap_or_else(|| value.to_string());
                    path.replace_range(start..=end, &value);
                }
                let method = match R::VERB {
                    Verb::Get => Method::GET,
                    Verb::Post => Method::POST,
                    Verb::Put => Method::PUT,
                    Verb::Patch => Method::PATCH,
                    Verb::Delete => Method::DELETE,
                };
                let rb = if R::VERB == Verb::Get {
                    let mut pairs = Vec::new();
                    flatten("", &body, &mut pairs);
                    self.request(method, &path, auth).query(&pairs)
                } else {
                    self.request(method, &path, auth).json(&body)
                };
                self.send(rb).await
            }
        }
    }

    /// Creates a human via the PAT and returns their id; email verified unless `verified` is false.
    pub async fn add_user(&self, email: &str, verified: bool) -> String {
        let mut email_obj = json!({"email": email});
        if verified {
            email_obj["isVerified"] = json!(true);
        } else {
            email_obj["returnCode"] = json!({});
        }
        let a = self
            .call::<gatehouse_api::user::AddHumanUser>(
                Form::Connect,
                &Auth::Pat,
                json!({"profile": {"givenName": "Test", "familyName": "User"}, "email": email_obj, "password": {"password": PASSWORD}}),
            )
            .await;
        a.ok()["userId"].as_str().unwrap().to_owned()
    }

    /// The OpenID Connect discovery document (`/.well-known/openid-configuration`).
    pub async fn discovery(&self) -> Value {
        let url = format!("{}/.well-known/openid-configuration", self.base);
        self.client.get(url).send().await.unwrap().json().await.unwrap()
    }

    /// A session with user + password checks via the PAT; returns (id, token).
    pub async fn login(&self, login_name: &str, password: &str) -> (String, String) {
        let a = self
            .call::<gatehouse_api::session::CreateSession>(
                Form::Connect,
                &Auth::Pat,
                json!({"checks": {"user": {"loginName": login_name}, "password": {"password": password}}}),
            )
            .await;
        let b = a.ok();
        (b["sessionId"].as_str().unwrap().to_owned(), b["sessionToken"].as_str().unwrap().to_owned())
    }

    pub async fn outbox(&self) -> Vec<Value> {
        let a = self.send(self.request(Method::GET, "/gatehouse/v1/dev/outbox", &Auth::Pat)).await;
        a.ok()["mails"].as_array().cloned().unwrap_or_default()
    }

    /// The `Code: XXXXXX` of the newest mail to `to`.
    pub async fn latest_code(&self, to: &str) -> String {
        let mails = self.outbox().await;
        let mail = mails.iter().find(|m| m["to"] == to).expect("a mail to the address");
        let text = mail["text"].as_str().unwrap();
        text.lines().find_map(|l| l.strip_prefix("Code: ")).unwrap().trim().to_owned()
    }
}

fn flatten(prefix: &str, value: &Value, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let key = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
                flatten(&key, v, out);
            }
        }
        Value::String(s) => out.push((prefix.to_owned(), s.clone())),
        Value::Null => {}
        other => out.push((prefix.to_owned(), other.to_string())),
    }
}

pub fn obj(value: &Value) -> &Map<String, Value> {
    value.as_object().unwrap()
}
