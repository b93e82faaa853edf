//! The method table becomes the router: every RPC gets its Connect route (`POST /<service>/<method>`) and its REST
//! route (`<verb> <path>`), both calling the same handler.

use std::future::Future;

use axum::body::Bytes;
use axum::extract::rejection::RawPathParamsRejection;
use axum::extract::{RawPathParams, State};
use axum::http::{header, HeaderValue, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{on, post, MethodFilter};
use axum::{Json, Router};
use gatehouse_api::json::{normalize, snake_to_camel};
use gatehouse_api::{ApiError, Code, Rpc, Verb};
use serde_json::{Map, Value};

use crate::auth::Caller;
use crate::error::{Error, Result};
use crate::AppState;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    Rest,
    Connect,
}

/// Registers both routes of `R`. `handler` is the thin glue: authorise, call the domain, build the answer.
pub fn rpc<R, F, Fut>(router: Router<AppState>, handler: F) -> Router<AppState>
where
    R: Rpc + 'static,
    F: Fn(AppState, Caller, R::Request) -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = Result<R::Response>> + Send + 'static,
{
    let connect_handler = handler.clone();
    let connect = move |State(state): State<AppState>, caller: Result<Caller, Error>, body: Bytes| {
        let handler = connect_handler.clone();
        async move {
            let value = decode_body(&body);
            dispatch::<R, F, Fut>(Form::Connect, state, caller, value, handler).await
        }
    };
    let rest = move |State(state): State<AppState>,
                     caller: Result<Caller, Error>,
                     params: Result<RawPathParams, RawPathParamsRejection>,
                     method: Method,
                     uri: Uri,
                     body: Bytes| {
        let handler = handler.clone();
        async move {
            let value = decode_body(&body).map(|mut value| {
                if matches!(method, Method::GET | Method::DELETE | Method::HEAD) {
                    merge_query(&mut value, uri.query().unwrap_or(""));
                }
                if let (Ok(params), Value::Object(map)) = (params, &mut value) {
                    // Path parameters name the resource; they win over anything in the body.
                    for (key, v) in &params {
                        map.insert(snake_to_camel(key), Value::String(v.to_owned()));
                    }
                }
                value
            });
            dispatch::<R, F, Fut>(Form::Rest, state, caller, value, handler).await
        }
    };
    router.route(&R::connect_path(), post(connect)).route(R::PATH, on(method_filter(R::VERB), rest))
}

async fn dispatch<R, F, Fut>(
    form: Form,
    state: AppState,
    caller: Result<Caller, Error>,
    body: Result<Value>,
    handler: F,
) -> Response
where
    R: Rpc,
    F: Fn(AppState, Caller, R::Request) -> Fut,
    Fut: Future<Output = Result<R::Response>>,
{
    let browser = caller.as_ref().ok().and_then(|c| c.browser.clone());
    let result = async {
        let caller = caller?;
        let request: R::Request = decode_request(body?)?;
        handler(state.clone(), caller, request).await
    }
    .await;
    let mut response = match result {
        Ok(answer) => {
            let status = if form == Form::Rest && R::CREATED { StatusCode::CREATED } else { StatusCode::OK };
            (status, Json(answer)).into_response()
        }
        Err(e) => error_response(form, &e.to_api()),
    };
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    // The browser cookie is set even when the call failed: a password check that answers "email not verified"
    // still created a session the browser must own.
    if let Some(cookie) = browser.and_then(|b| b.set_cookie_header(&state)) {
        headers.append(header::SET_COOKIE, cookie);
    }
    response
}

pub fn error_response(form: Form, error: &ApiError) -> Response {
    let status = StatusCode::from_u16(error.code.http_status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let body = match form {
        Form::Rest => error.rest_body(),
        Form::Connect => error.connect_body(),
    };
    (status, Json(body)).into_response()
}

impl IntoResponse for Error {
    fn into_response(self) -> Response {
        error_response(Form::Rest, &self.to_api())
    }
}

fn decode_body(bytes: &[u8]) -> Result<Value> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Ok(Value::Object(Map::new()));
    }
    let mut value: Value = serde_json::from_slice(bytes)
        .map_err(|e| Error::invalid("GATEHOUSE-BadJSON", format!("request body is not valid JSON: {e}")))?;
    if !value.is_object() {
        return Err(Error::invalid("GATEHOUSE-BadJSON", "request body must be a JSON object"));
    }
    normalize(&mut value);
    Ok(value)
}

/// Reads the canonical (normalized) JSON into the request type, naming the offending field on failure.
pub fn decode_request<T: serde::de::DeserializeOwned>(value: Value) -> Result<T> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        let message =
            if path == "." { format!("invalid request: {inner}") } else { format!("invalid {path}: {inner}") };
        Error::invalid("GATEHOUSE-BadRequest", message)
    })
}

/// Query parameters of GET/DELETE (`?ctx.orgId=1&ctx.instance=true`): dotted keys nest, snake_case keys are
/// camelized, `true`/`false` become booleans, repeated keys become arrays.
pub fn merge_query(value: &mut Value, query: &str) {
    let Value::Object(root) = value else { return };
    for (key, raw) in form_urlencoded::parse(query.as_bytes()) {
        let leaf = match raw.as_ref() {
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            _ => Value::String(raw.into_owned()),
        };
        let segments: Vec<String> = key.split('.').filter(|s| !s.is_empty()).map(snake_to_camel).collect();
        insert_path(root, &segments, leaf);
    }
}

fn insert_path(map: &mut Map<String, Value>, segments: &[String], leaf: Value) {
    let Some((first, rest)) = segments.split_first() else { return };
    if rest.is_empty() {
        match map.get_mut(first) {
            Some(Value::Array(items)) => items.push(leaf),
            Some(existing) => {
                let previous = existing.take();
                *existing = Value::Array(vec![previous, leaf]);
            }
            None => {
                map.insert(first.clone(), leaf);
            }
        }
        return;
    }
    if let Value::Object(inner) = map.entry(first.clone()).or_insert_with(|| Value::Object(Map::new())) {
        insert_path(inner, rest, leaf);
    }
}

fn method_filter(verb: Verb) -> MethodFilter {
    match verb {
        Verb::Get => MethodFilter::GET,
        Verb::Post => MethodFilter::POST,
        Verb::Put => MethodFilter::PUT,
        Verb::Patch => MethodFilter::PATCH,
        Verb::Delete => MethodFilter::DELETE,
    }
}

/// A known path with a verb it does not serve, as grpc-gateway answers it.
pub async fn method_not_allowed() -> Response {
    let mut response = (
        StatusCode::METHOD_NOT_ALLOWED,
        Json(serde_json::json!({"code": Code::Unimplemented.number(), "message": "Method Not Allowed"})),
    )
        .into_response();
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// Unknown path under an API prefix.
pub fn not_found() -> Response {
    let mut response =
        (StatusCode::NOT_FOUND, Json(serde_json::json!({"code": Code::NotFound.number(), "message": "Not Found"})))
            .into_response();
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

pub fn is_api_path(path: &str) -> bool {
    ["/v2/", "/admin/", "/management/", "/zitadel.", "/gatehouse/"].iter().any(|p| path.starts_with(p))
        || matches!(path, "/v2" | "/admin" | "/management" | "/gatehouse")
}

/// Adds the fallbacks and the security headers, and binds the state.
pub fn finish(api: Router<AppState>, state: AppState) -> Router {
    api.route("/healthz", axum::routing::get(|| async { "ok" }))
        .method_not_allowed_fallback(method_not_allowed)
        .fallback(crate::spa::fallback)
        .layer(tower_http::compression::CompressionLayer::new())
        .layer(axum::middleware::from_fn_with_state(state.clone(), crate::spa::security_headers))
        .with_state(state)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn query_params_nest_camelize_and_type_booleans() {
        let mut v = json!({});
        merge_query(&mut v, "ctx.org_id=1&ctx.instance=true&session_token=abc&ids=1&ids=2&x=false");
        assert_eq!(
            v,
            json!({"ctx": {"orgId": "1", "instance": true}, "sessionToken": "abc", "ids": ["1", "2"], "x": false})
        );
    }

    #[test]
    fn bodies_must_be_json_objects() {
        assert_eq!(decode_body(b"").unwrap(), json!({}));
        assert!(decode_body(b"[1]").unwrap_err().has_id("GATEHOUSE-BadJSON"));
        assert!(decode_body(b"{bad").unwrap_err().has_id("GATEHOUSE-BadJSON"));
        assert_eq!(decode_body(br#"{"session_id": "1", "x": null}"#).unwrap(), json!({"sessionId": "1"}));
    }

    #[test]
    fn decode_names_the_field() {
        let err = decode_request::<gatehouse_api::session::SetSessionRequest>(json!({"sessionId": 5})).unwrap_err();
        let api = err.to_api();
        assert_eq!(api.code, Code::InvalidArgument);
        assert!(api.message.contains("sessionId"), "{}", api.message);
        let err = decode_request::<gatehouse_api::session::SetSessionRequest>(json!({})).unwrap_err();
        assert!(err.to_api().message.contains("missing field `sessionId`"));
    }
}
