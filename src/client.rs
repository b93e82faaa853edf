//! The one typed API client. Every call is a same-origin `fetch`: the browser adds `Sec-Fetch-Site` and the
//! HttpOnly session cookie, which is all the server needs to know which sessions belong to this browser.

use gatehouse_api::{ApiError, Code, Rpc};
use gloo_net::http::{Request, Response};
use serde::de::DeserializeOwned;

use crate::i18n::{t, Msg};

/// Calls `R` over Connect JSON: `POST /<service>/<method>` with the request as JSON.
pub async fn call<R: Rpc>(request: &R::Request) -> Result<R::Response, ApiError> {
    let request = Request::post(&R::connect_path())
        // Connect clients announce the protocol version; servers may insist on it.
        .header("Connect-Protocol-Version", "1")
        .json(request)
        .map_err(|e| ApiError::new(Code::Internal, "", format!("cannot encode the request: {e}")))?;
    let response = request.send().await.map_err(|_| network_error())?;
    read_answer(response).await
}

/// `GET path` for the few endpoints that are not RPCs (the dev outbox).
pub async fn get_json<T: DeserializeOwned>(path: &str) -> Result<T, ApiError> {
    let response = Request::get(path).send().await.map_err(|_| network_error())?;
    read_answer(response).await
}

async fn read_answer<T: DeserializeOwned>(response: Response) -> Result<T, ApiError> {
    let status = response.status();
    if response.ok() {
        return response
            .json::<T>()
            .await
            .map_err(|e| ApiError::new(Code::Internal, "", format!("unexpected answer from the server: {e}")));
    }
    let body = response.text().await.unwrap_or_default();
    let mut error = ApiError::from_body(status, &body);
    // A proxy in front of a server that is down answers 502/504 with an HTML page; that is "unreachable" to a user.
    if error.code == Code::Unknown && matches!(status, 502 | 504) {
        error.code = Code::Unavailable;
    }
    Err(error)
}

/// What a failed `fetch` (offline, DNS, connection refused) becomes.
fn network_error() -> ApiError {
    ApiError::new(Code::Unavailable, "", t(Msg::NetworkError))
}
