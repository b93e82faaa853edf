//! UserService passkey and U2F methods (`zitadel.user.v2`), plus the Gatehouse extensions ZITADEL lacks: listing
//! security keys with their dates, and renaming a passkey or a security key.
//!
//! WebAuthn options and credentials travel as `google.protobuf.Struct`: plain JSON in the browser's encoding
//! (`{"publicKey": {...}}` with base64url binary fields).

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::json::{is_default, Timestamp};
use crate::object::Details;
use crate::user::DetailsResponse;

crate::rpc! {
    RegisterPasskey in USER_SERVICE: Post "/v2/users/{user_id}/passkeys", RegisterPasskeyRequest => RegisterPasskeyResponse;
    VerifyPasskeyRegistration in USER_SERVICE: Post "/v2/users/{user_id}/passkeys/{passkey_id}",
        VerifyPasskeyRegistrationRequest => DetailsResponse;
    CreatePasskeyRegistrationLink in USER_SERVICE: Post "/v2/users/{user_id}/passkeys/registration_link",
        CreatePasskeyRegistrationLinkRequest => CreatePasskeyRegistrationLinkResponse;
    ListPasskeys in USER_SERVICE: Post "/v2/users/{user_id}/passkeys/_search", ListPasskeysRequest => ListPasskeysResponse;
    RemovePasskey in USER_SERVICE: Delete "/v2/users/{user_id}/passkeys/{passkey_id}", RemovePasskeyRequest => DetailsResponse;
    RegisterU2F in USER_SERVICE: Post "/v2/users/{user_id}/u2f", RegisterU2FRequest => RegisterU2FResponse;
    VerifyU2FRegistration in USER_SERVICE: Post "/v2/users/{user_id}/u2f/{u2f_id}", VerifyU2FRegistrationRequest => DetailsResponse;
    RemoveU2F in USER_SERVICE: Delete "/v2/users/{user_id}/u2f/{u2f_id}", RemoveU2FRequest => DetailsResponse;
    /// Gatehouse extension: the user's security keys with name and dates (ZITADEL lists them, without dates,
    /// among ListAuthenticationFactors).
    ListU2F in ACCOUNT_SERVICE: Post "/gatehouse/v1/users/{user_id}/u2f/_search", ListPasskeysRequest => ListPasskeysResponse;
    /// Gatehouse extension: rename a passkey (ZITADEL names a passkey only when it is registered).
    RenamePasskey in ACCOUNT_SERVICE: Patch "/gatehouse/v1/users/{user_id}/passkeys/{passkey_id}",
        RenamePasskeyRequest => DetailsResponse;
    /// Gatehouse extension: rename a security key.
    RenameU2F in ACCOUNT_SERVICE: Patch "/gatehouse/v1/users/{user_id}/u2f/{u2f_id}", RenameU2FRequest => DetailsResponse;
}

crate::proto_enum! {
    pub enum PasskeyAuthenticator {
        Unspecified = 0 => "PASSKEY_AUTHENTICATOR_UNSPECIFIED",
        Platform = 1 => "PASSKEY_AUTHENTICATOR_PLATFORM",
        CrossPlatform = 2 => "PASSKEY_AUTHENTICATOR_CROSS_PLATFORM",
    }
}

crate::proto_enum! {
    pub enum AuthFactorState {
        Unspecified = 0 => "AUTH_FACTOR_STATE_UNSPECIFIED",
        NotReady = 1 => "AUTH_FACTOR_STATE_NOT_READY",
        Ready = 2 => "AUTH_FACTOR_STATE_READY",
        Removed = 3 => "AUTH_FACTOR_STATE_REMOVED",
    }
}

/// A passkey registration code (from CreatePasskeyRegistrationLink): lets someone without a session register.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PasskeyRegistrationCode {
    pub id: String,
    pub code: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RegisterPasskeyRequest {
    pub user_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<PasskeyRegistrationCode>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub authenticator: PasskeyAuthenticator,
    /// Relying party id; empty means the public host.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub domain: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RegisterPasskeyResponse {
    pub details: Details,
    pub passkey_id: String,
    /// `{"publicKey": {...}}` for `navigator.credentials.create`.
    pub public_key_credential_creation_options: Value,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VerifyPasskeyRegistrationRequest {
    pub user_id: String,
    pub passkey_id: String,
    /// The browser's `PublicKeyCredential` (attestation) JSON.
    #[serde(default)]
    pub public_key_credential: Value,
    #[serde(default)]
    pub passkey_name: String,
}

/// oneof `sendLink` | `returnCode`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreatePasskeyRegistrationLinkRequest {
    pub user_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub send_link: Option<SendPasskeyRegistrationLink>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub return_code: Option<ReturnPasskeyRegistrationCode>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SendPasskeyRegistrationLink {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url_template: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ReturnPasskeyRegistrationCode {}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CreatePasskeyRegistrationLinkResponse {
    pub details: Details,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<PasskeyRegistrationCode>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListPasskeysRequest {
    pub user_id: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ListPasskeysResponse {
    pub details: crate::object::ListDetails,
    #[serde(default)]
    pub result: Vec<Passkey>,
}

/// ZITADEL's `Passkey{id, state, name}`; `creationDate` and `lastUsedDate` are Gatehouse additions.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Passkey {
    pub id: String,
    #[serde(default, skip_serializing_if = "is_default")]
    pub state: AuthFactorState,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creation_date: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_used_date: Option<Timestamp>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RemovePasskeyRequest {
    pub user_id: String,
    pub passkey_id: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RegisterU2FRequest {
    pub user_id: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub domain: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RegisterU2FResponse {
    pub details: Details,
    pub u2f_id: String,
    pub public_key_credential_creation_options: Value,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VerifyU2FRegistrationRequest {
    pub user_id: String,
    pub u2f_id: String,
    #[serde(default)]
    pub public_key_credential: Value,
    #[serde(default)]
    pub token_name: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RemoveU2FRequest {
    pub user_id: String,
    pub u2f_id: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RenamePasskeyRequest {
    pub user_id: String,
    pub passkey_id: String,
    #[serde(default)]
    pub name: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RenameU2FRequest {
    pub user_id: String,
    pub u2f_id: String,
    #[serde(default)]
    pub name: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn verify_request_reads_snake_case_and_keeps_the_credential_as_is() {
        let mut body = json!({"user_id": "1", "passkey_id": "2", "passkey_name": "Laptop",
            "public_key_credential": {"id": "abc", "rawId": "abc", "type": "public-key",
                "response": {"attestationObject": "o", "clientDataJSON": "c"}}});
        crate::json::normalize(&mut body);
        let req: VerifyPasskeyRegistrationRequest = serde_json::from_value(body).unwrap();
        assert_eq!(req.passkey_name, "Laptop");
        assert_eq!(req.public_key_credential["response"]["clientDataJSON"], "c");
    }

    #[test]
    fn passkey_list_entries_use_enum_names() {
        let p = Passkey { id: "1".into(), state: AuthFactorState::Ready, name: "Phone".into(), ..Default::default() };
        assert_eq!(
            serde_json::to_value(p).unwrap(),
            json!({"id": "1", "state": "AUTH_FACTOR_STATE_READY", "name": "Phone"})
        );
    }
}
