//! The browser's WebAuthn API (`navigator.credentials.create/get`) for options and credentials in their JSON form
//! (`{"publicKey": {...}}` with base64url binary fields, as the server sends and expects them).
//!
//! Done with `js_sys::Reflect` over the parsed JSON rather than web-sys's typed dictionaries or webauthn-rs-proto's
//! wasm bindings: only the handful of binary fields need converting, and this keeps the wasm small.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use js_sys::{Array, ArrayBuffer, Function, Object, Promise, Reflect, Uint8Array, JSON};
use serde_json::Value;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::i18n::Msg;

/// Why a ceremony did not produce a credential, in the terms a user can act on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Failure {
    /// This browser has no WebAuthn (or the page is not a secure context).
    Unsupported,
    /// The user closed the dialog, or it timed out (browsers report both as `NotAllowedError`).
    Cancelled,
    /// The authenticator already holds a credential for this account (`InvalidStateError` on create).
    AlreadyRegistered,
    /// A newer ceremony (or leaving the page) aborted this one.
    Aborted,
    Other(String),
}

impl Failure {
    pub fn message(&self) -> Msg {
        match self {
            Failure::Unsupported => Msg::WebAuthnUnsupported,
            Failure::Cancelled => Msg::WebAuthnCancelled,
            Failure::AlreadyRegistered => Msg::WebAuthnAlreadyRegistered,
            Failure::Aborted | Failure::Other(_) => Msg::WebAuthnFailed,
        }
    }
}

fn credentials() -> Result<JsValue, Failure> {
    let window = web_sys::window().ok_or(Failure::Unsupported)?;
    let has_api = Reflect::get(&window, &"PublicKeyCredential".into()).map(|v| !v.is_undefined()).unwrap_or(false);
    let container = Reflect::get(&window.navigator(), &"credentials".into()).map_err(|_| Failure::Unsupported)?;
    if !has_api || container.is_undefined() {
        return Err(Failure::Unsupported);
    }
    Ok(container)
}

/// Whether WebAuthn is there at all (to hide passkey buttons in browsers without it).
pub fn supported() -> bool {
    credentials().is_ok()
}

/// Whether the browser can offer passkeys in the username field's autofill (conditional mediation).
pub async fn conditional_mediation_available() -> bool {
    let Some(window) = web_sys::window() else { return false };
    let Ok(pkc) = Reflect::get(&window, &"PublicKeyCredential".into()) else { return false };
    let Ok(check) = Reflect::get(&pkc, &"isConditionalMediationAvailable".into()) else { return false };
    let Some(check) = check.dyn_ref::<Function>() else { return false };
    let Ok(promise) = check.call0(&pkc) else { return false };
    match JsFuture::from(Promise::from(promise)).await {
        Ok(v) => v.as_bool().unwrap_or(false),
        Err(_) => false,
    }
}

/// `navigator.credentials.create` with the server's `publicKeyCredentialCreationOptions`; the attestation JSON.
pub async fn create(options: &Value) -> Result<Value, Failure> {
    let container = credentials()?;
    let public_key = js_options(options)?;
    convert_path(&public_key, &["challenge"])?;
    convert_path(&public_key, &["user", "id"])?;
    convert_list(&public_key, "excludeCredentials")?;
    let request = Object::new();
    set(&request, "publicKey", &public_key)?;
    let credential = call(&container, "create", &request).await?;
    let response = get(&credential, "response")?;
    let mut json = credential_json(&credential)?;
    json["response"] = serde_json::json!({
        "attestationObject": b64(&get(&response, "attestationObject")?),
        "clientDataJSON": b64(&get(&response, "clientDataJSON")?),
    });
    Ok(json)
}

/// `navigator.credentials.get` with the server's `publicKeyCredentialRequestOptions`; the assertion JSON. With
/// `conditional`, the browser waits for the user to pick a passkey in the autofill of a `webauthn` field; `signal`
/// aborts the wait.
pub async fn get_assertion(
    options: &Value,
    conditional: bool,
    signal: Option<&web_sys::AbortSignal>,
) -> Result<Value, Failure> {
    let container = credentials()?;
    let public_key = js_options(options)?;
    convert_path(&public_key, &["challenge"])?;
    convert_list(&public_key, "allowCredentials")?;
    let request = Object::new();
    set(&request, "publicKey", &public_key)?;
    if conditional {
        set(&request, "mediation", &"conditional".into())?;
    }
    if let Some(signal) = signal {
        set(&request, "signal", signal)?;
    }
    let credential = call(&container, "get", &request).await?;
    let response = get(&credential, "response")?;
    let user_handle = get(&response, "userHandle")?;
    let mut json = credential_json(&credential)?;
    json["response"] = serde_json::json!({
        "authenticatorData": b64(&get(&response, "authenticatorData")?),
        "clientDataJSON": b64(&get(&response, "clientDataJSON")?),
        "signature": b64(&get(&response, "signature")?),
        "userHandle": if user_handle.is_null() || user_handle.is_undefined() { Value::Null } else { b64(&user_handle).into() },
    });
    Ok(json)
}

fn other(e: impl std::fmt::Debug) -> Failure {
    Failure::Other(format!("{e:?}"))
}

/// The `publicKey` member of the server's options, as a JS object.
fn js_options(options: &Value) -> Result<JsValue, Failure> {
    let public_key = options.get("publicKey").ok_or_else(|| Failure::Other("options without publicKey".into()))?;
    JSON::parse(&public_key.to_string()).map_err(other)
}

fn get(target: &JsValue, key: &str) -> Result<JsValue, Failure> {
    Reflect::get(target, &key.into()).map_err(other)
}

fn set(target: &JsValue, key: &str, value: &JsValue) -> Result<(), Failure> {
    Reflect::set(target, &key.into(), value).map(|_| ()).map_err(other)
}

/// Replaces the base64url string at `path` by its bytes.
fn convert_path(root: &JsValue, path: &[&str]) -> Result<(), Failure> {
    let (last, parents) = path.split_last().ok_or_else(|| other("empty path"))?;
    let mut target = root.clone();
    for key in parents {
        target = get(&target, key)?;
    }
    let value = get(&target, last)?;
    if let Some(s) = value.as_string() {
        let bytes = URL_SAFE_NO_PAD.decode(s.trim_end_matches('=')).map_err(other)?;
        set(&target, last, &Uint8Array::from(bytes.as_slice()))?;
    }
    Ok(())
}

fn convert_list(root: &JsValue, key: &str) -> Result<(), Failure> {
    let list = get(root, key)?;
    if let Some(list) = list.dyn_ref::<Array>() {
        for item in list.iter() {
            convert_path(&item, &["id"])?;
        }
    }
    Ok(())
}

async fn call(container: &JsValue, method: &str, request: &Object) -> Result<JsValue, Failure> {
    let function: Function = get(container, method)?.dyn_into().map_err(|_| Failure::Unsupported)?;
    let promise: Promise = function.call1(container, request).map_err(dom_failure)?.dyn_into().map_err(other)?;
    let credential = JsFuture::from(promise).await.map_err(dom_failure)?;
    if credential.is_null() || credential.is_undefined() {
        return Err(Failure::Cancelled);
    }
    Ok(credential)
}

fn dom_failure(error: JsValue) -> Failure {
    let name = Reflect::get(&error, &"name".into()).ok().and_then(|n| n.as_string()).unwrap_or_default();
    match name.as_str() {
        "NotAllowedError" => Failure::Cancelled,
        "InvalidStateError" => Failure::AlreadyRegistered,
        "AbortError" => Failure::Aborted,
        _ => Failure::Other(format!("{name}: {:?}", Reflect::get(&error, &"message".into()).ok())),
    }
}

fn credential_json(credential: &JsValue) -> Result<Value, Failure> {
    let id = get(credential, "id")?.as_string().unwrap_or_default();
    Ok(serde_json::json!({
        "id": id,
        "rawId": b64(&get(credential, "rawId")?),
        "type": "public-key",
        "extensions": {},
    }))
}

/// base64url of an `ArrayBuffer` (or a view of one).
fn b64(buffer: &JsValue) -> String {
    let bytes = if let Some(buffer) = buffer.dyn_ref::<ArrayBuffer>() {
        Uint8Array::new(buffer).to_vec()
    } else {
        Uint8Array::new(buffer).to_vec()
    };
    URL_SAFE_NO_PAD.encode(bytes)
}
