//! The user journeys tests compose: register, verify, log in.

use anyhow::{Context, Result};

use crate::{Browser, TestServer, PASSWORD};

/// A human user for a test; fields follow ZITADEL's AddHumanUser.
#[derive(Debug, Clone)]
pub struct TestUser {
    pub given_name: String,
    pub family_name: String,
    pub email: String,
    pub username: String,
    pub password: String,
}

impl TestUser {
    /// `TestUser::new("ada")`: Ada Tester, ada@example.com, username `ada`, [`PASSWORD`].
    pub fn new(name: &str) -> Self {
        let mut given_name = name.to_owned();
        if let Some(first) = given_name.get_mut(0..1) {
            first.make_ascii_uppercase();
        }
        Self {
            given_name,
            family_name: "Tester".to_owned(),
            email: format!("{name}@example.com"),
            username: name.to_owned(),
            password: PASSWORD.to_owned(),
        }
    }

    pub fn display_name(&self) -> String {
        format!("{} {}", self.given_name, self.family_name)
    }
}

impl Browser {
    /// Fills and submits /register; returns the new user's id from the /verify URL.
    pub async fn register(&self, user: &TestUser) -> Result<String> {
        self.goto("/register").await?;
        self.fill("#givenName", &user.given_name).await?;
        self.fill("#familyName", &user.family_name).await?;
        self.fill("#email", &user.email).await?;
        self.fill("#password", &user.password).await?;
        self.fill("#passwordConfirm", &user.password).await?;
        self.submit().await?;
        self.wait_for_url("/verify?").await?;
        self.query_param("userId").await?.context("/verify URL without userId")
    }

    /// On /verify: enters the newest code mailed to `email` and expects /signedin.
    pub async fn verify_email(&self, server: &TestServer, email: &str) -> Result<()> {
        let code = server.verification_code_for(email).await?;
        self.fill("#code", &code).await?;
        self.submit().await?;
        self.wait_for_url("/signedin").await?;
        Ok(())
    }

    /// Login name step, then password step; stops on /password after submitting.
    pub async fn submit_login(&self, login_name: &str, password: &str) -> Result<()> {
        self.goto("/loginname").await?;
        self.fill("#loginName", login_name).await?;
        self.submit().await?;
        self.wait_for_url("/password?").await?;
        self.fill("#password", password).await?;
        self.submit().await
    }

    /// Logs in through the SPA and expects to land on /signedin.
    pub async fn login_as(&self, login_name: &str, password: &str) -> Result<()> {
        self.submit_login(login_name, password).await?;
        self.wait_for_url("/signedin").await?;
        Ok(())
    }
}
