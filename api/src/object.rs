//! Shared messages (`zitadel.object.v2`).

use serde::{Deserialize, Serialize};

use crate::json::{int64, is_default, Timestamp};

/// Returned by every mutation: which event (sequence) it wrote, when, and in which org or instance.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Details {
    #[serde(with = "int64", default, skip_serializing_if = "is_default")]
    pub sequence: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_date: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub resource_owner: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creation_date: Option<Timestamp>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListDetails {
    #[serde(with = "int64", default)]
    pub total_result: u64,
    #[serde(with = "int64", default, skip_serializing_if = "is_default")]
    pub processed_sequence: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Timestamp>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListQuery {
    #[serde(with = "int64", default, skip_serializing_if = "is_default")]
    pub offset: u64,
    #[serde(default, skip_serializing_if = "is_default")]
    pub limit: u32,
    #[serde(default, skip_serializing_if = "is_default")]
    pub asc: bool,
}

/// `Organization` oneof used in requests: `orgId` or `orgDomain`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Organization {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_domain: Option<String>,
}

/// `ctx` of the settings calls: an org or the instance (unset = instance).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RequestContext {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_id: Option<String>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub instance: bool,
}

crate::proto_enum! {
    pub enum TextQueryMethod {
        Equals = 0 => "TEXT_QUERY_METHOD_EQUALS",
        EqualsIgnoreCase = 1 => "TEXT_QUERY_METHOD_EQUALS_IGNORE_CASE",
        StartsWith = 2 => "TEXT_QUERY_METHOD_STARTS_WITH",
        StartsWithIgnoreCase = 3 => "TEXT_QUERY_METHOD_STARTS_WITH_IGNORE_CASE",
        Contains = 4 => "TEXT_QUERY_METHOD_CONTAINS",
        ContainsIgnoreCase = 5 => "TEXT_QUERY_METHOD_CONTAINS_IGNORE_CASE",
        EndsWith = 6 => "TEXT_QUERY_METHOD_ENDS_WITH",
        EndsWithIgnoreCase = 7 => "TEXT_QUERY_METHOD_ENDS_WITH_IGNORE_CASE",
    }
}

impl TextQueryMethod {
    /// Whether `value` matches `query` under this method.
    pub fn matches(self, value: &str, query: &str) -> bool {
        let fold = matches!(
            self,
            Self::EqualsIgnoreCase | Self::StartsWithIgnoreCase | Self::ContainsIgnoreCase | Self::EndsWithIgnoreCase
        );
        let (value, query) =
            if fold { (value.to_lowercase(), query.to_lowercase()) } else { (value.to_owned(), query.to_owned()) };
        match self {
            Self::Equals | Self::EqualsIgnoreCase => value == query,
            Self::StartsWith | Self::StartsWithIgnoreCase => value.starts_with(&query),
            Self::Contains | Self::ContainsIgnoreCase => value.contains(&query),
            Self::EndsWith | Self::EndsWithIgnoreCase => value.ends_with(&query),
        }
    }
}

crate::proto_enum! {
    pub enum TimestampQueryMethod {
        Equals = 0 => "TIMESTAMP_QUERY_METHOD_EQUALS",
        Greater = 1 => "TIMESTAMP_QUERY_METHOD_GREATER",
        GreaterOrEquals = 2 => "TIMESTAMP_QUERY_METHOD_GREATER_OR_EQUALS",
        Less = 3 => "TIMESTAMP_QUERY_METHOD_LESS",
        LessOrEquals = 4 => "TIMESTAMP_QUERY_METHOD_LESS_OR_EQUALS",
    }
}

/// An empty message (`{}`), e.g. `returnCode`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Empty {}
