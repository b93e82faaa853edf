//! UserService (`zitadel.user.v2`).

use serde::{Deserialize, Serialize};

use crate::json::{is_default, Bytes, Timestamp};
use crate::object::{Details, Empty, ListDetails, ListQuery, Organization, TextQueryMethod};

crate::rpc! {
    AddHumanUser in USER_SERVICE: Post "/v2/users/human" => 201, AddHumanUserRequest => AddHumanUserResponse;
    GetUserByID in USER_SERVICE: Get "/v2/users/{user_id}", GetUserByIdRequest => GetUserByIdResponse;
    ListUsers in USER_SERVICE: Post "/v2/users", ListUsersRequest => ListUsersResponse;
    UpdateHumanUser in USER_SERVICE: Put "/v2/users/human/{user_id}", UpdateHumanUserRequest => UpdateHumanUserResponse;
    DeleteUser in USER_SERVICE: Delete "/v2/users/{user_id}", UserIdRequest => DetailsResponse;
    SetEmail in USER_SERVICE: Post "/v2/users/{user_id}/email", SetEmailRequest => CodeResponse;
    ResendEmailCode in USER_SERVICE: Post "/v2/users/{user_id}/email/resend", ResendEmailCodeRequest => CodeResponse;
    SendEmailCode in USER_SERVICE: Post "/v2/users/{user_id}/email/send", ResendEmailCodeRequest => CodeResponse;
    VerifyEmail in USER_SERVICE: Post "/v2/users/{user_id}/email/verify", VerifyEmailRequest => DetailsResponse;
    SetPassword in USER_SERVICE: Post "/v2/users/{user_id}/password", SetPasswordRequest => DetailsResponse;
    PasswordReset in USER_SERVICE: Post "/v2/users/{user_id}/password_reset", PasswordResetRequest => CodeResponse;
}

crate::proto_enum! {
    pub enum UserState {
        Unspecified = 0 => "USER_STATE_UNSPECIFIED",
        Active = 1 => "USER_STATE_ACTIVE",
        Inactive = 2 => "USER_STATE_INACTIVE",
        Deleted = 3 => "USER_STATE_DELETED",
        Locked = 4 => "USER_STATE_LOCKED",
        Initial = 5 => "USER_STATE_INITIAL",
    }
}

crate::proto_enum! {
    pub enum Gender {
        Unspecified = 0 => "GENDER_UNSPECIFIED",
        Female = 1 => "GENDER_FEMALE",
        Male = 2 => "GENDER_MALE",
        Diverse = 3 => "GENDER_DIVERSE",
    }
}

crate::proto_enum! {
    pub enum UserType {
        Unspecified = 0 => "TYPE_UNSPECIFIED",
        Human = 1 => "TYPE_HUMAN",
        Machine = 2 => "TYPE_MACHINE",
    }
}

crate::proto_enum! {
    pub enum UserFieldName {
        Unspecified = 0 => "USER_FIELD_NAME_UNSPECIFIED",
        UserName = 1 => "USER_FIELD_NAME_USER_NAME",
        FirstName = 2 => "USER_FIELD_NAME_FIRST_NAME",
        LastName = 3 => "USER_FIELD_NAME_LAST_NAME",
        NickName = 4 => "USER_FIELD_NAME_NICK_NAME",
        DisplayName = 5 => "USER_FIELD_NAME_DISPLAY_NAME",
        Email = 6 => "USER_FIELD_NAME_EMAIL",
        State = 7 => "USER_FIELD_NAME_STATE",
        Type = 8 => "USER_FIELD_NAME_TYPE",
        CreationDate = 9 => "USER_FIELD_NAME_CREATION_DATE",
    }
}

crate::proto_enum! {
    pub enum AccessTokenType {
        Bearer = 0 => "ACCESS_TOKEN_TYPE_BEARER",
        Jwt = 1 => "ACCESS_TOKEN_TYPE_JWT",
    }
}

crate::proto_enum! {
    pub enum NotificationType {
        Unspecified = 0 => "NOTIFICATION_TYPE_Unspecified",
        Email = 1 => "NOTIFICATION_TYPE_Email",
        Sms = 2 => "NOTIFICATION_TYPE_SMS",
    }
}

// ---- messages ----------------------------------------------------------------------------------------------------

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SetHumanProfile {
    #[serde(default)]
    pub given_name: String,
    #[serde(default)]
    pub family_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nick_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preferred_language: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<Gender>,
}

/// How a verification code is delivered: sent by mail (optionally with a link template), returned to the caller,
/// or skipped because the address is already verified. At most one may be set; none means "send".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CodeDelivery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub send_code: Option<SendCode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub return_code: Option<Empty>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_verified: Option<bool>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SendCode {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url_template: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SetHumanEmail {
    #[serde(default)]
    pub email: String,
    #[serde(flatten)]
    pub delivery: CodeDelivery,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SetHumanPhone {
    #[serde(default)]
    pub phone: String,
    #[serde(flatten)]
    pub delivery: CodeDelivery,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Password {
    #[serde(default)]
    pub password: String,
    #[serde(default, skip_serializing_if = "is_default")]
    pub change_required: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HashedPassword {
    #[serde(default)]
    pub hash: String,
    #[serde(default, skip_serializing_if = "is_default")]
    pub change_required: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MetadataEntry {
    pub key: String,
    pub value: Bytes,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AddHumanUserRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<Organization>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<SetHumanProfile>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<SetHumanEmail>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<SetHumanPhone>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub metadata: Vec<MetadataEntry>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<Password>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hashed_password: Option<HashedPassword>,
    /// External identities linked at creation (see `crate::idp`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub idp_links: Vec<crate::idp::IdpLink>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AddHumanUserResponse {
    pub user_id: String,
    pub details: Details,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_code: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UserIdRequest {
    #[serde(default)]
    pub user_id: String,
}

pub type GetUserByIdRequest = UserIdRequest;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GetUserByIdResponse {
    pub details: Details,
    pub user: User,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct User {
    pub user_id: String,
    pub details: Details,
    pub state: UserState,
    pub username: String,
    #[serde(default)]
    pub login_names: Vec<String>,
    #[serde(default)]
    pub preferred_login_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub human: Option<HumanUser>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub machine: Option<MachineUser>,
}

impl User {
    /// What a person should be called on screen.
    pub fn display_name(&self) -> String {
        match (&self.human, &self.machine) {
            (Some(h), _) => h
                .profile
                .display_name
                .clone()
                .filter(|d| !d.is_empty())
                .unwrap_or_else(|| format!("{} {}", h.profile.given_name, h.profile.family_name).trim().to_owned()),
            (None, Some(m)) => m.name.clone(),
            (None, None) => self.username.clone(),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HumanUser {
    pub profile: HumanProfile,
    pub email: HumanEmail,
    #[serde(default)]
    pub phone: HumanPhone,
    #[serde(default, skip_serializing_if = "is_default")]
    pub password_change_required: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_changed: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mfa_init_skipped: Option<Timestamp>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HumanProfile {
    #[serde(default)]
    pub given_name: String,
    #[serde(default)]
    pub family_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nick_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preferred_language: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<Gender>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar_url: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HumanEmail {
    #[serde(default)]
    pub email: String,
    #[serde(default, skip_serializing_if = "is_default")]
    pub is_verified: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HumanPhone {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub phone: String,
    #[serde(default, skip_serializing_if = "is_default")]
    pub is_verified: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MachineUser {
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default, skip_serializing_if = "is_default")]
    pub has_secret: bool,
    #[serde(default)]
    pub access_token_type: AccessTokenType,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListUsersRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<ListQuery>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub sorting_column: UserFieldName,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub queries: Vec<SearchQuery>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListUsersResponse {
    pub details: ListDetails,
    #[serde(default)]
    pub sorting_column: UserFieldName,
    #[serde(default)]
    pub result: Vec<User>,
}

/// ListUsers query (a oneof: exactly one member set).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SearchQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name_query: Option<UserNameQuery>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name_query: Option<FirstNameQuery>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name_query: Option<LastNameQuery>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name_query: Option<DisplayNameQuery>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_query: Option<EmailQuery>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub login_name_query: Option<LoginNameQuery>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state_query: Option<StateQuery>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_query: Option<TypeQuery>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_user_ids_query: Option<InUserIdsQuery>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id_query: Option<OrganizationIdQuery>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub or_query: Option<QueryList>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub and_query: Option<QueryList>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_query: Option<Box<NotQuery>>,
}

macro_rules! text_query {
    ($name:ident, $field:ident) => {
        #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
        #[serde(rename_all = "camelCase")]
        pub struct $name {
            #[serde(default)]
            pub $field: String,
            #[serde(default, skip_serializing_if = "is_default")]
            pub method: TextQueryMethod,
        }
    };
}

text_query!(UserNameQuery, user_name);
text_query!(FirstNameQuery, first_name);
text_query!(LastNameQuery, last_name);
text_query!(DisplayNameQuery, display_name);
text_query!(EmailQuery, email_address);
text_query!(LoginNameQuery, login_name);

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct StateQuery {
    pub state: UserState,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TypeQuery {
    #[serde(rename = "type")]
    pub kind: UserType,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InUserIdsQuery {
    #[serde(default)]
    pub user_ids: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrganizationIdQuery {
    #[serde(default)]
    pub organization_id: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct QueryList {
    #[serde(default)]
    pub queries: Vec<SearchQuery>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct NotQuery {
    pub query: SearchQuery,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpdateHumanUserRequest {
    #[serde(default)]
    pub user_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<SetHumanProfile>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<SetHumanEmail>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<SetHumanPhone>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<SetPasswordRequest>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpdateHumanUserResponse {
    pub details: Details,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_code: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DetailsResponse {
    pub details: Details,
}

/// Answer of the methods that may return a verification code (only with `returnCode`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CodeResponse {
    pub details: Details,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification_code: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SetEmailRequest {
    #[serde(default)]
    pub user_id: String,
    #[serde(default)]
    pub email: String,
    #[serde(flatten)]
    pub delivery: CodeDelivery,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ResendEmailCodeRequest {
    #[serde(default)]
    pub user_id: String,
    #[serde(flatten)]
    pub delivery: CodeDelivery,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VerifyEmailRequest {
    #[serde(default)]
    pub user_id: String,
    #[serde(default)]
    pub verification_code: String,
}

/// SetPassword: the new password, authorised by the current password, a verification code, or (neither) the
/// caller's `user.write` permission.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SetPasswordRequest {
    #[serde(default)]
    pub user_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_password: Option<Password>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_password: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification_code: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PasswordResetRequest {
    #[serde(default)]
    pub user_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub send_link: Option<SendPasswordResetLink>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub return_code: Option<Empty>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SendPasswordResetLink {
    #[serde(default)]
    pub notification_type: NotificationType,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url_template: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn add_human_user_reads_oneof_delivery() {
        let req: AddHumanUserRequest = serde_json::from_value(json!({
            "profile": {"givenName": "Ada", "familyName": "Lovelace"},
            "email": {"email": "ada@example.com", "returnCode": {}},
            "password": {"password": "Secr3t!pw", "changeRequired": false}
        }))
        .unwrap();
        let email = req.email.unwrap();
        assert_eq!(email.email, "ada@example.com");
        assert_eq!(email.delivery.return_code, Some(Empty {}));
        assert!(email.delivery.send_code.is_none());
    }

    #[test]
    fn display_name_falls_back_to_given_and_family() {
        let user = User {
            human: Some(HumanUser {
                profile: HumanProfile {
                    given_name: "Ada".into(),
                    family_name: "Lovelace".into(),
                    ..Default::default()
                },
                ..Default::default()
            }),
            ..Default::default()
        };
        assert_eq!(user.display_name(), "Ada Lovelace");
    }
}

// ---- phone (account centre) ----------------------------------------------------------------------------------------

crate::rpc! {
    SetPhone in USER_SERVICE: Post "/v2/users/{user_id}/phone", SetPhoneRequest => CodeResponse;
    RemovePhone in USER_SERVICE: Delete "/v2/users/{user_id}/phone", UserIdRequest => DetailsResponse;
    ResendPhoneCode in USER_SERVICE: Post "/v2/users/{user_id}/phone/resend", ResendPhoneCodeRequest => CodeResponse;
    VerifyPhone in USER_SERVICE: Post "/v2/users/{user_id}/phone/verify", VerifyPhoneRequest => DetailsResponse;
}

/// SetPhone: the number and a oneof `sendCode{}` | `returnCode{}` | `isVerified: true` (none = send).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SetPhoneRequest {
    #[serde(default)]
    pub user_id: String,
    #[serde(default)]
    pub phone: String,
    #[serde(flatten)]
    pub delivery: CodeDelivery,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ResendPhoneCodeRequest {
    #[serde(default)]
    pub user_id: String,
    #[serde(flatten)]
    pub delivery: CodeDelivery,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VerifyPhoneRequest {
    #[serde(default)]
    pub user_id: String,
    #[serde(default)]
    pub verification_code: String,
}
