//! The one typed API client. Every call is a same-origin `fetch`: the browser adds `Sec-Fetch-Site` and the
//! HttpOnly session cookie, which is all the server needs to know which sessions belong to this browser.

use std::future::Future;
use std::pin::Pin;

use gatehouse_api::{ApiError, Code, Rpc};
use gloo_net::http::{Request, Response};
use serde::de::DeserializeOwned;

use crate::i18n::{t, Msg};

/// Calls `R` over Connect JSON: `POST /<service>/<method>` with the request as JSON.
///
/// Only the (de)serialisation is generic; the fetch itself is shared by all calls, which keeps the wasm small.
pub async fn call<R: Rpc>(request: &R::Request) -> Result<R::Response, ApiError> {
    let body = serde_json::to_string(request)
        .map_err(|e| ApiError::new(Code::Internal, "", format!("cannot encode the request: {e}")))?;
    decode(&fetch(R::connect_path(), Some(body)).await?)
}

/// `GET path` for the few endpoints that are not RPCs (the dev outbox).
pub async fn get_json<T: DeserializeOwned>(path: &str) -> Result<T, ApiError> {
    decode(&fetch(path.to_owned(), None).await?)
}

/// `POST` (with a JSON body) or `GET` (without); the answer's body. Boxed as `dyn Future` so that this code
/// exists once instead of being inlined into every caller.
///
/// A change the server refuses until the user confirms it is them (`GATEHOUSE-ReauthRequired`) waits for the
/// "confirm it's you" dialog ([`crate::reauth`]) and is sent once more after it.
fn fetch(path: String, json_body: Option<String>) -> Pin<Box<dyn Future<Output = Result<String, ApiError>>>> {
    Box::pin(async move {
        match send(path.clone(), json_body.clone()).await {
            Err(error) if json_body.is_some() && crate::reauth::is_required(&error) => {
                if crate::reauth::confirm().await {
                    send(path, json_body).await
                } else {
                    Err(error)
                }
            }
            answer => answer,
        }
    })
}

fn send(path: String, json_body: Option<String>) -> Pin<Box<dyn Future<Output = Result<String, ApiError>>>> {
    Box::pin(async move {
        let builder = match json_body {
            Some(_) => Request::post(&path)
                .header("Content-Type", "application/json")
                // Connect clients announce the protocol version; servers may insist on it.
                .header("Connect-Protocol-Version", "1"),
            None => Request::get(&path),
        };
        // The org this login runs for (app scope, `organization` parameter or host name, resolved by the server
        // into the page): login names are looked up in it first, as ZITADEL's login does with its org context.
        let builder = match crate::branding::org() {
            Some(org) => builder.header("x-zitadel-orgid", &org),
            None => builder,
        };
        let request = match json_body {
            Some(body) => builder.body(body),
            None => builder.build(),
        }
        .map_err(|e| ApiError::new(Code::Internal, "", format!("cannot build the request: {e}")))?;
        let response = request.send().await.map_err(|_| network_error())?;
        read_answer(response).await
    })
}

/// The body of a successful answer, or the API error the server (or a proxy in front of it) answered with.
async fn read_answer(response: Response) -> Result<String, ApiError> {
    let status = response.status();
    let body = response.text().await.map_err(|_| network_error())?;
    if (200..300).contains(&status) {
        return Ok(body);
    }
    let mut error = ApiError::from_body(status, &body);
    // A proxy in front of a server that is down answers 502/504 with an HTML page; that is "unreachable" to a user.
    if error.code == Code::Unknown && matches!(status, 502 | 504) {
        error.code = Code::Unavailable;
    }
    Err(error)
}

fn decode<T: DeserializeOwned>(body: &str) -> Result<T, ApiError> {
    serde_json::from_str(body)
        .map_err(|e| ApiError::new(Code::Internal, "", format!("unexpected answer from the server: {e}")))
}

/// Runs a task in the background. One monomorphic entry point (a boxed future) instead of one copy of the
/// executor glue per async block.
pub fn spawn(task: impl Future<Output = ()> + 'static) {
    let task: Pin<Box<dyn Future<Output = ()>>> = Box::pin(task);
    leptos::task::spawn_local(task);
}

/// What a failed `fetch` (offline, DNS, connection refused) becomes.
fn network_error() -> ApiError {
    ApiError::new(Code::Unavailable, "", t(Msg::NetworkError))
}

/// Sends a non-JSON write (an avatar upload as multipart, or a `DELETE`) to one of the Assets API's paths. The
/// custom header stands in for the JSON content type as the server's CSRF check; errors come back in Connect form.
pub async fn send_asset(method: &str, path: &str, body: Option<web_sys::FormData>) -> Result<(), ApiError> {
    let builder = match method {
        "DELETE" => Request::delete(path),
        _ => Request::post(path),
    }
    .header("Connect-Protocol-Version", "1")
    .header("X-Gatehouse-CSRF", "1");
    let request = match body {
        Some(form) => builder.body(form),
        None => builder.build(),
    }
    .map_err(|e| ApiError::new(Code::Internal, "", format!("cannot build the request: {e}")))?;
    let response = request.send().await.map_err(|_| network_error())?;
    read_answer(response).await.map(|_| ())
}
