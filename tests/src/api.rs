//! Direct REST calls as the admin service user (Bearer PAT), to arrange state and to check what
//! the server stored.

use anyhow::{bail, ensure, Context, Result};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::TestUser;

pub struct Api {
    http: reqwest::Client,
    base_url: String,
    token: String,
}

impl Api {
    pub fn new(base_url: &str, token: &str) -> Self {
        Self { http: reqwest::Client::new(), base_url: base_url.to_owned(), token: token.to_owned() }
    }

    /// Sends `body` as JSON; returns the status and the JSON answer (`null` when empty), whatever
    /// the status.
    pub async fn send(&self, method: Method, path: &str, body: Option<Value>) -> Result<(StatusCode, Value)> {
        let url = format!("{}{path}", self.base_url);
        let mut request = self.http.request(method.clone(), &url).bearer_auth(&self.token);
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.with_context(|| format!("{method} {path}"))?;
        let status = response.status();
        let text = response.text().await.unwrap_or_default();
        if text.trim().is_empty() {
            return Ok((status, Value::Null));
        }
        let json = serde_json::from_str(&text)
            .with_context(|| format!("{method} {path} answered {status}, not JSON: {text}"))?;
        Ok((status, json))
    }

    /// Like [`Api::send`], but a non-2xx status is an error that shows the answer.
    pub async fn call(&self, method: Method, path: &str, body: Option<Value>) -> Result<Value> {
        let (status, answer) = self.send(method.clone(), path, body).await?;
        if !status.is_success() {
            bail!("{method} {path} answered {status}: {answer}");
        }
        Ok(answer)
    }

    pub async fn get(&self, path: &str) -> Result<Value> {
        self.call(Method::GET, path, None).await
    }

    pub async fn post(&self, path: &str, body: Value) -> Result<Value> {
        self.call(Method::POST, path, Some(body)).await
    }

    pub async fn put(&self, path: &str, body: Value) -> Result<Value> {
        self.call(Method::PUT, path, Some(body)).await
    }

    /// UserService.GetUserByID → the `user` object.
    pub async fn user(&self, user_id: &str) -> Result<Value> {
        let answer = self.get(&format!("/v2/users/{user_id}")).await?;
        answer.get("user").cloned().with_context(|| format!("no `user` in {answer}"))
    }

    /// `user.human.email.isVerified` (protojson omits `false`).
    pub async fn email_verified(&self, user_id: &str) -> Result<bool> {
        let user = self.user(user_id).await?;
        Ok(user["human"]["email"]["isVerified"].as_bool().unwrap_or(false))
    }

    /// UserService.ListUsers with an email query; exactly one user must match.
    pub async fn user_by_email(&self, email: &str) -> Result<Value> {
        let answer = self.post("/v2/users", json!({"queries": [{"emailQuery": {"emailAddress": email}}]})).await?;
        let result = answer["result"].as_array().cloned().unwrap_or_default();
        ensure!(result.len() == 1, "ListUsers for {email}: expected 1 user, got {answer}");
        Ok(result[0].clone())
    }

    /// UserService.AddHumanUser with a password that need not be changed; returns the user id.
    pub async fn add_human_user(&self, user: &TestUser, email_verified: bool) -> Result<String> {
        let mut email = json!({"email": user.email});
        if email_verified {
            email["isVerified"] = json!(true);
        }
        let answer = self
            .post(
                "/v2/users/human",
                json!({
                    "username": user.username,
                    "profile": {"givenName": user.given_name, "familyName": user.family_name},
                    "email": email,
                    "password": {"password": user.password, "changeRequired": false},
                }),
            )
            .await?;
        answer["userId"].as_str().map(str::to_owned).with_context(|| format!("no userId in {answer}"))
    }

    /// Admin API: the instance lockout policy's maximum failed password attempts.
    pub async fn set_max_password_attempts(&self, attempts: u32) -> Result<()> {
        self.put("/admin/v1/policies/lockout", json!({"maxPasswordAttempts": attempts.to_string()})).await?;
        let settings = self.get("/v2/settings/lockout").await?;
        let stored = &settings["settings"]["maxPasswordAttempts"];
        ensure!(
            stored == &json!(attempts.to_string()),
            "lockout policy not applied: GetLockoutSettings answered {settings}"
        );
        Ok(())
    }

    /// SessionService.ListSessions for one user.
    pub async fn sessions_of(&self, user_id: &str) -> Result<Vec<Value>> {
        let answer = self.post("/v2/sessions/search", json!({"queries": [{"userIdQuery": {"id": user_id}}]})).await?;
        Ok(answer["sessions"].as_array().cloned().unwrap_or_default())
    }
}
