//! The one error type of the server. Every failure becomes a [`gatehouse_api::ApiError`] exactly once, in
//! [`Error::to_api`]; internal failures are logged there and answered with a generic message, never echoed.

use std::borrow::Cow;

use gatehouse_api::{ApiError, Code};

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// An error the caller should see: gRPC code, ZITADEL-style stable id, human message.
    #[error("{message} ({id})")]
    Api { code: Code, id: Cow<'static, str>, message: String },
    #[error("database: {0}")]
    Db(#[from] sqlx::Error),
    #[error("migration: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("io: {0}")]
    Io(#[from] std::io::Error),
    #[error("json: {0}")]
    Json(#[from] serde_json::Error),
    #[error("mail: {0}")]
    Mail(String),
    #[error("internal: {0}")]
    Internal(String),
}

macro_rules! constructors {
    ($($fn_name:ident => $code:ident),+ $(,)?) => {
        impl Error {
            $(
                pub fn $fn_name(id: impl Into<Cow<'static, str>>, message: impl Into<String>) -> Self {
                    Error::Api { code: Code::$code, id: id.into(), message: message.into() }
                }
            )+
        }
    };
}

constructors! {
    invalid => InvalidArgument,
    not_found => NotFound,
    already_exists => AlreadyExists,
    permission_denied => PermissionDenied,
    failed_precondition => FailedPrecondition,
    unauthenticated => Unauthenticated,
    resource_exhausted => ResourceExhausted,
    unimplemented => Unimplemented,
}

impl Error {
    pub fn internal(message: impl Into<String>) -> Self {
        Error::Internal(message.into())
    }

    /// The usual answer when a caller's role does not allow an operation.
    pub fn denied() -> Self {
        Error::permission_denied("AUTHZ-HKJD33", "No matching permissions found")
    }

    pub fn code(&self) -> Code {
        match self {
            Error::Api { code, .. } => *code,
            _ => Code::Internal,
        }
    }

    /// Whether this is an API error with the given id.
    pub fn has_id(&self, wanted: &str) -> bool {
        matches!(self, Error::Api { id, .. } if id == wanted)
    }

    pub fn to_api(&self) -> ApiError {
        match self {
            Error::Api { code, id, message } => ApiError::new(*code, id.as_ref(), message.clone()),
            other => {
                // Internal details (SQL, paths, SMTP replies) stay in the log.
                tracing::error!(error = %other, "internal error");
                ApiError::new(Code::Internal, "GATEHOUSE-Internal", "Internal error")
            }
        }
    }
}

impl From<lettre::error::Error> for Error {
    fn from(e: lettre::error::Error) -> Self {
        Error::Mail(e.to_string())
    }
}

impl From<lettre::transport::smtp::Error> for Error {
    fn from(e: lettre::transport::smtp::Error) -> Self {
        Error::Mail(e.to_string())
    }
}

impl From<tokio::task::JoinError> for Error {
    fn from(e: tokio::task::JoinError) -> Self {
        Error::Internal(format!("background task failed: {e}"))
    }
}
