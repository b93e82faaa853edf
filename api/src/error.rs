//! The wire error: one type for both forms ZITADEL answers with.
//!
//! REST (grpc-gateway): `{"code": 5, "message": "User could not be found (QUERY-Dfbg2)", "details": [{"@type":
//! "type.googleapis.com/zitadel.v1.ErrorDetail", "id": "QUERY-Dfbg2", "message": "User could not be found"}]}`.
//! Connect: `{"code": "not_found", "message": "...", "details": [{"type": "zitadel.v1.ErrorDetail", "value":
//! "<base64 proto>", "debug": {"id": ..., "message": ...}}]}`.

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

/// gRPC status codes, with their Connect names and HTTP statuses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Code {
    Canceled,
    Unknown,
    InvalidArgument,
    DeadlineExceeded,
    NotFound,
    AlreadyExists,
    PermissionDenied,
    ResourceExhausted,
    FailedPrecondition,
    Aborted,
    OutOfRange,
    Unimplemented,
    Internal,
    Unavailable,
    DataLoss,
    Unauthenticated,
}

impl Code {
    const ALL: [Code; 16] = [
        Code::Canceled,
        Code::Unknown,
        Code::InvalidArgument,
        Code::DeadlineExceeded,
        Code::NotFound,
        Code::AlreadyExists,
        Code::PermissionDenied,
        Code::ResourceExhausted,
        Code::FailedPrecondition,
        Code::Aborted,
        Code::OutOfRange,
        Code::Unimplemented,
        Code::Internal,
        Code::Unavailable,
        Code::DataLoss,
        Code::Unauthenticated,
    ];

    /// The numeric gRPC code (REST `code`).
    pub fn number(self) -> u16 {
        Self::ALL.iter().position(|c| *c == self).map_or(2, |i| i as u16 + 1)
    }

    /// The Connect `code` string.
    pub fn connect_name(self) -> &'static str {
        match self {
            Code::Canceled => "canceled",
            Code::Unknown => "unknown",
            Code::InvalidArgument => "invalid_argument",
            Code::DeadlineExceeded => "deadline_exceeded",
            Code::NotFound => "not_found",
            Code::AlreadyExists => "already_exists",
            Code::PermissionDenied => "permission_denied",
            Code::ResourceExhausted => "resource_exhausted",
            Code::FailedPrecondition => "failed_precondition",
            Code::Aborted => "aborted",
            Code::OutOfRange => "out_of_range",
            Code::Unimplemented => "unimplemented",
            Code::Internal => "internal",
            Code::Unavailable => "unavailable",
            Code::DataLoss => "data_loss",
            Code::Unauthenticated => "unauthenticated",
        }
    }

    pub fn from_number(n: u64) -> Option<Code> {
        Self::ALL.iter().copied().find(|c| u64::from(c.number()) == n)
    }

    pub fn from_connect_name(s: &str) -> Option<Code> {
        Self::ALL.iter().copied().find(|c| c.connect_name() == s)
    }

    /// HTTP status for both forms (they agree for every code).
    pub fn http_status(self) -> u16 {
        match self {
            Code::Canceled => 499,
            Code::Unknown | Code::Internal | Code::DataLoss => 500,
            Code::InvalidArgument | Code::FailedPrecondition | Code::OutOfRange => 400,
            Code::DeadlineExceeded => 504,
            Code::NotFound => 404,
            Code::AlreadyExists | Code::Aborted => 409,
            Code::PermissionDenied => 403,
            Code::ResourceExhausted => 429,
            Code::Unimplemented => 501,
            Code::Unavailable => 503,
            Code::Unauthenticated => 401,
        }
    }
}

/// An error as the API reports it: a status code, ZITADEL's stable error id (e.g. `COMMAND-3M0fs`) and a message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiError {
    pub code: Code,
    pub id: String,
    pub message: String,
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.message, self.id)
    }
}

impl std::error::Error for ApiError {}

impl ApiError {
    pub fn new(code: Code, id: impl Into<String>, message: impl Into<String>) -> Self {
        Self { code, id: id.into(), message: message.into() }
    }

    /// The REST (grpc-gateway) body.
    pub fn rest_body(&self) -> Value {
        json!({
            "code": self.code.number(),
            "message": self.to_string(),
            "details": [{"@type": "type.googleapis.com/zitadel.v1.ErrorDetail", "id": self.id, "message": self.message}],
        })
    }

    /// The Connect body; `value` is the binary `zitadel.v1.ErrorDetail` protobuf, base64-encoded.
    pub fn connect_body(&self) -> Value {
        use base64::Engine;
        let value = base64::engine::general_purpose::STANDARD.encode(error_detail_proto(&self.id, &self.message));
        json!({
            "code": self.code.connect_name(),
            "message": self.to_string(),
            "details": [{"type": "zitadel.v1.ErrorDetail", "value": value, "debug": {"id": self.id, "message": self.message}}],
        })
    }

    /// Reads either wire form back (the SPA and the tests use this). Falls back to the HTTP status when the body
    /// is not an error document, as Connect clients do.
    pub fn from_body(http_status: u16, body: &str) -> ApiError {
        let parsed: Option<WireError> = serde_json::from_str(body).ok();
        let Some(wire) = parsed else {
            return ApiError::new(Code::from_http_status(http_status), "", body.trim());
        };
        let code = match &wire.code {
            Value::String(s) => Code::from_connect_name(s),
            Value::Number(n) => n.as_u64().and_then(Code::from_number),
            _ => None,
        }
        .unwrap_or_else(|| Code::from_http_status(http_status));
        let detail = wire.details.first();
        let id = detail
            .and_then(|d| d.id.clone().or_else(|| d.debug.as_ref().and_then(|x| x.id.clone())))
            .unwrap_or_default();
        let message = detail
            .and_then(|d| d.message.clone().or_else(|| d.debug.as_ref().and_then(|x| x.message.clone())))
            .unwrap_or_else(|| wire.message.clone());
        ApiError { code, id, message }
    }
}

impl Code {
    fn from_http_status(status: u16) -> Code {
        match status {
            400 => Code::InvalidArgument,
            401 => Code::Unauthenticated,
            403 => Code::PermissionDenied,
            404 => Code::NotFound,
            409 => Code::Aborted,
            429 => Code::ResourceExhausted,
            501 => Code::Unimplemented,
            503 => Code::Unavailable,
            504 => Code::DeadlineExceeded,
            _ => Code::Unknown,
        }
    }
}

#[derive(Deserialize, Serialize)]
struct WireError {
    code: Value,
    #[serde(default)]
    message: String,
    #[serde(default)]
    details: Vec<WireDetail>,
}

#[derive(Deserialize, Serialize)]
struct WireDetail {
    id: Option<String>,
    message: Option<String>,
    debug: Option<DebugDetail>,
}

#[derive(Deserialize, Serialize)]
struct DebugDetail {
    id: Option<String>,
    message: Option<String>,
}

/// Encodes `zitadel.v1.ErrorDetail { string id = 1; string message = 2; }` as protobuf bytes.
fn error_detail_proto(id: &str, message: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(id.len() + message.len() + 8);
    for (tag, field) in [(0x0a, id), (0x12, message)] {
        if field.is_empty() {
            continue;
        }
        out.push(tag);
        let mut len = field.len();
        while len >= 0x80 {
            out.push((len as u8) | 0x80);
            len >>= 7;
        }
        out.push(len as u8);
        out.extend_from_slice(field.as_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> ApiError {
        ApiError::new(Code::NotFound, "QUERY-Dfbg2", "User could not be found")
    }

    #[test]
    fn rest_shape_matches_grpc_gateway() {
        assert_eq!(
            sample().rest_body(),
            json!({"code": 5, "message": "User could not be found (QUERY-Dfbg2)", "details": [
                {"@type": "type.googleapis.com/zitadel.v1.ErrorDetail", "id": "QUERY-Dfbg2", "message": "User could not be found"}]})
        );
    }

    #[test]
    fn connect_shape_carries_proto_detail() {
        let body = sample().connect_body();
        assert_eq!(body["code"], "not_found");
        assert_eq!(body["message"], "User could not be found (QUERY-Dfbg2)");
        assert_eq!(body["details"][0]["type"], "zitadel.v1.ErrorDetail");
        assert_eq!(body["details"][0]["debug"]["id"], "QUERY-Dfbg2");
        // 0x0a len "QUERY-Dfbg2" 0x12 len "User could not be found"
        assert_eq!(body["details"][0]["value"], "CgtRVUVSWS1EZmJnMhIXVXNlciBjb3VsZCBub3QgYmUgZm91bmQ=");
    }

    #[test]
    fn both_forms_parse_back() {
        for body in [sample().rest_body(), sample().connect_body()] {
            assert_eq!(ApiError::from_body(404, &body.to_string()), sample());
        }
        let garbage = ApiError::from_body(503, "<html>");
        assert_eq!(garbage.code, Code::Unavailable);
    }

    #[test]
    fn codes_number_and_status() {
        assert_eq!(Code::Canceled.number(), 1);
        assert_eq!(Code::Unauthenticated.number(), 16);
        assert_eq!(Code::FailedPrecondition.http_status(), 400);
        assert_eq!(Code::from_connect_name("permission_denied"), Some(Code::PermissionDenied));
    }
}
