//! SessionService (`zitadel.session.v2`).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::json::{int64, is_default, Bytes, Duration, Timestamp};
use crate::object::{Details, ListDetails, ListQuery, TimestampQueryMethod};

crate::rpc! {
    CreateSession in SESSION_SERVICE: Post "/v2/sessions" => 201, CreateSessionRequest => CreateSessionResponse;
    SetSession in SESSION_SERVICE: Patch "/v2/sessions/{session_id}", SetSessionRequest => SetSessionResponse;
    GetSession in SESSION_SERVICE: Get "/v2/sessions/{session_id}", GetSessionRequest => GetSessionResponse;
    ListSessions in SESSION_SERVICE: Post "/v2/sessions/search", ListSessionsRequest => ListSessionsResponse;
    DeleteSession in SESSION_SERVICE: Delete "/v2/sessions/{session_id}", DeleteSessionRequest => DeleteSessionResponse;
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateSessionRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checks: Option<Checks>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub metadata: BTreeMap<String, Bytes>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub challenges: Option<RequestChallenges>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_agent: Option<UserAgent>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lifetime: Option<Duration>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateSessionResponse {
    pub details: Details,
    pub session_id: String,
    /// Absent in answers to the browser: the server keeps browser sessions' tokens to itself.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub session_token: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub challenges: Option<Challenges>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SetSessionRequest {
    pub session_id: String,
    /// Deprecated and ignored, as in ZITADEL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checks: Option<Checks>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub metadata: BTreeMap<String, Bytes>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub challenges: Option<RequestChallenges>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lifetime: Option<Duration>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SetSessionResponse {
    pub details: Details,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub session_token: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub challenges: Option<Challenges>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetSessionRequest {
    pub session_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_token: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GetSessionResponse {
    pub session: Session,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListSessionsRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<ListQuery>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub queries: Vec<SearchQuery>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub sorting_column: SessionFieldName,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ListSessionsResponse {
    pub details: ListDetails,
    #[serde(default)]
    pub sessions: Vec<Session>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeleteSessionRequest {
    pub session_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_token: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteSessionResponse {
    pub details: Details,
}

/// Checks to run in one request. Those not yet implemented by this server are kept as raw JSON so the server can
/// refuse them explicitly instead of silently ignoring them.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Checks {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<CheckUser>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<CheckPassword>,
    #[serde(rename = "webAuthN", default, skip_serializing_if = "Option::is_none")]
    pub web_auth_n: Option<CheckWebAuthN>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idp_intent: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub totp: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub otp_sms: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub otp_email: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recovery_code: Option<Value>,
}

/// oneof `userId` | `loginName`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CheckUser {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub login_name: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CheckPassword {
    pub password: String,
}

/// The `webAuthN` check: the browser's `PublicKeyCredential` (assertion) as JSON, base64url fields.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CheckWebAuthN {
    #[serde(default)]
    pub credential_assertion_data: Value,
}

/// Challenges a session asks for in Create/SetSession (`RequestChallenges`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RequestChallenges {
    #[serde(rename = "webAuthN", default, skip_serializing_if = "Option::is_none")]
    pub web_auth_n: Option<RequestWebAuthN>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub otp_sms: Option<RequestOtpSms>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub otp_email: Option<RequestOtpEmail>,
}

impl RequestChallenges {
    pub fn is_empty(&self) -> bool {
        self.web_auth_n.is_none() && self.otp_sms.is_none() && self.otp_email.is_none()
    }
}

/// `domain` is the relying party id (the public host); `userVerificationRequirement` REQUIRED for passkeys,
/// DISCOURAGED for U2F security keys.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RequestWebAuthN {
    #[serde(default)]
    pub domain: String,
    #[serde(default, skip_serializing_if = "is_default")]
    pub user_verification_requirement: UserVerificationRequirement,
}

crate::proto_enum! {
    pub enum UserVerificationRequirement {
        Unspecified = 0 => "USER_VERIFICATION_REQUIREMENT_UNSPECIFIED",
        Required = 1 => "USER_VERIFICATION_REQUIREMENT_REQUIRED",
        Preferred = 2 => "USER_VERIFICATION_REQUIREMENT_PREFERRED",
        Discouraged = 3 => "USER_VERIFICATION_REQUIREMENT_DISCOURAGED",
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RequestOtpSms {
    #[serde(default, skip_serializing_if = "is_default")]
    pub return_code: bool,
}

/// oneof `sendCode` | `returnCode`; neither means "send with the default URL".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RequestOtpEmail {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub send_code: Option<OtpEmailSendCode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub return_code: Option<OtpEmailReturnCode>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OtpEmailSendCode {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url_template: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct OtpEmailReturnCode {}

/// The answered challenges (`Challenges`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Challenges {
    #[serde(rename = "webAuthN", default, skip_serializing_if = "Option::is_none")]
    pub web_auth_n: Option<WebAuthNChallenge>,
    /// The code, only when `returnCode` was asked for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub otp_sms: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub otp_email: Option<String>,
}

impl Challenges {
    pub fn is_empty(&self) -> bool {
        self.web_auth_n.is_none() && self.otp_sms.is_none() && self.otp_email.is_none()
    }
}

/// `publicKeyCredentialRequestOptions` is a Struct `{"publicKey": {challenge, rpId, timeout, userVerification,
/// allowCredentials}}`; its `publicKey` goes to `navigator.credentials.get`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WebAuthNChallenge {
    #[serde(default)]
    pub public_key_credential_request_options: Value,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UserAgent {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fingerprint_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub header: BTreeMap<String, HeaderValues>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HeaderValues {
    #[serde(default)]
    pub values: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Session {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creation_date: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_date: Option<Timestamp>,
    #[serde(with = "int64", default, skip_serializing_if = "is_default")]
    pub sequence: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub factors: Option<Factors>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub metadata: BTreeMap<String, Bytes>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_agent: Option<UserAgent>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiration_date: Option<Timestamp>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Factors {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<UserFactor>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<VerifiedFactor>,
    #[serde(rename = "webAuthN", default, skip_serializing_if = "Option::is_none")]
    pub web_auth_n: Option<WebAuthNFactor>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intent: Option<VerifiedFactor>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub totp: Option<VerifiedFactor>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub otp_sms: Option<VerifiedFactor>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub otp_email: Option<VerifiedFactor>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UserFactor {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified_at: Option<Timestamp>,
    pub id: String,
    #[serde(default)]
    pub login_name: String,
    #[serde(default)]
    pub display_name: String,
    #[serde(default)]
    pub organization_id: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VerifiedFactor {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified_at: Option<Timestamp>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WebAuthNFactor {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified_at: Option<Timestamp>,
    #[serde(default)]
    pub user_verified: bool,
}

/// ListSessions query (oneof).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SearchQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ids_query: Option<IdsQuery>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id_query: Option<UserIdQuery>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creation_date_query: Option<CreationDateQuery>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creator_query: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_agent_query: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiration_date_query: Option<Value>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct IdsQuery {
    #[serde(default)]
    pub ids: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct UserIdQuery {
    #[serde(default)]
    pub id: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreationDateQuery {
    pub creation_date: Timestamp,
    #[serde(default)]
    pub method: TimestampQueryMethod,
}

crate::proto_enum! {
    pub enum SessionFieldName {
        Unspecified = 0 => "SESSION_FIELD_NAME_UNSPECIFIED",
        CreationDate = 1 => "SESSION_FIELD_NAME_CREATION_DATE",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn create_session_request_reads_sdk_json() {
        let mut body = json!({"checks": {"user": {"login_name": "alice"}, "password": {"password": "pw"}},
                              "lifetime": "3600s", "user_agent": null});
        crate::json::normalize(&mut body);
        let req: CreateSessionRequest = serde_json::from_value(body).unwrap();
        let checks = req.checks.unwrap();
        assert_eq!(checks.user.unwrap().login_name.as_deref(), Some("alice"));
        assert_eq!(checks.password.unwrap().password, "pw");
        assert_eq!(req.lifetime, Some(Duration::from_secs(3600)));
    }

    #[test]
    fn session_omits_unset_factors_and_stringifies_sequence() {
        let s = Session { id: "1".into(), sequence: 42, ..Default::default() };
        assert_eq!(serde_json::to_value(s).unwrap(), json!({"id": "1", "sequence": "42"}));
        let f = Factors { web_auth_n: Some(WebAuthNFactor::default()), ..Default::default() };
        assert_eq!(serde_json::to_value(f).unwrap(), json!({"webAuthN": {"userVerified": false}}));
    }

    #[test]
    fn challenges_read_sdk_json() {
        let mut body = json!({"session_id": "1", "challenges": {
            "web_auth_n": {"domain": "localhost", "user_verification_requirement": "USER_VERIFICATION_REQUIREMENT_REQUIRED"},
            "otp_sms": {"return_code": true}, "otp_email": {"return_code": {}}}});
        crate::json::normalize(&mut body);
        let req: SetSessionRequest = serde_json::from_value(body).unwrap();
        let c = req.challenges.unwrap();
        let w = c.web_auth_n.unwrap();
        assert_eq!(
            (w.domain.as_str(), w.user_verification_requirement),
            ("localhost", UserVerificationRequirement::Required)
        );
        assert!(c.otp_sms.unwrap().return_code);
        assert!(c.otp_email.unwrap().return_code.is_some());
        let out = Challenges { otp_sms: Some("123456".into()), ..Default::default() };
        assert_eq!(serde_json::to_value(out).unwrap(), json!({"otpSms": "123456"}));
    }
}
