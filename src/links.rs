//! Routes and the URLs between them. Flow state (login name, session id, user id) travels in the query string,
//! as in ZITADEL's login, so reloading, the back button and links from emails all work.

pub const LOGINNAME: &str = "/loginname";
pub const PASSWORD: &str = "/password";
pub const PASSWORD_CHANGE: &str = "/password/change";
pub const REGISTER: &str = "/register";
pub const VERIFY: &str = "/verify";
pub const SIGNEDIN: &str = "/signedin";
pub const PROFILE: &str = "/profile";
pub const ACCOUNTS: &str = "/accounts";
pub const DEVICE_CONSENT: &str = "/device/consent";
pub const LOGOUT_DONE: &str = "/logout/done";
pub const PASSWORD_SET: &str = "/password/set";
pub const PASSKEY_SET: &str = "/passkey/set";
/// Choose how to secure a new account: passkey, password (external IdPs to come).
pub const AUTHENTICATOR_SET: &str = "/authenticator/set";

/// Query parameter names, shared with ZITADEL's login and with the links the server mails.
pub mod param {
    pub const LOGIN_NAME: &str = "loginName";
    pub const SESSION_ID: &str = "sessionId";
    pub const USER_ID: &str = "userId";
    pub const CODE: &str = "code";
    pub const SEND: &str = "send";
    pub const LOGGED_OUT: &str = "loggedOut";
    pub const VERIFIED: &str = "verified";
    /// `/password/set`: a reset mail was just sent (the page says so).
    pub const SENT: &str = "sent";
    /// The app's OIDC auth request (`V2_<id>`), as in ZITADEL's login.
    pub const AUTH_REQUEST: &str = "authRequest";
    /// The organization whose branding and settings apply.
    pub const ORGANIZATION: &str = "organization";
    /// `/logout` was opened by an app's end_session request.
    pub const END_SESSION: &str = "endSession";
    /// `/passkey/set` and `/authenticator/set` for an account just created without a password.
    pub const SIGNUP: &str = "signup";
}

/// `path?k=v&...`, skipping empty values, with keys and values percent-encoded. The flow parameters of the current
/// page's URL ([`FLOW_PARAMS`]: the app's auth request, the branding organization) are carried along unless
/// `params` names them, so every page of a login started by an app leads back to that app.
pub fn with_query(path: &str, params: &[(&str, &str)]) -> String {
    with_query_carrying(path, params, &current_search())
}

/// Query parameters that belong to the whole flow rather than to one page.
pub const FLOW_PARAMS: [&str; 2] = [param::AUTH_REQUEST, param::ORGANIZATION];

/// [`with_query`] with the current page's query string (`?a=b&..`, or empty) given explicitly.
pub fn with_query_carrying(path: &str, params: &[(&str, &str)], current_search: &str) -> String {
    let carried: Vec<(&str, String)> = FLOW_PARAMS
        .iter()
        .filter(|name| !params.iter().any(|(key, _)| key == *name))
        .filter_map(|name| query_value(current_search, name).map(|value| (*name, value)))
        .collect();
    let query: Vec<String> = params
        .iter()
        .map(|(key, value)| (*key, *value))
        .chain(carried.iter().map(|(key, value)| (*key, value.as_str())))
        .filter(|(_, value)| !value.is_empty())
        .map(|(key, value)| format!("{}={}", encode(key), encode(value)))
        .collect();
    if query.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{}", query.join("&"))
    }
}

/// The current page's query string; empty outside a browser (unit tests).
fn current_search() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        String::new()
    }
}

/// The decoded value of `name` in a query string (`?a=b&..` or `a=b&..`); `None` when absent or empty.
pub fn query_value(search: &str, name: &str) -> Option<String> {
    search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| decode(key) == name)
        .map(|(_, value)| decode(value))
        .filter(|value| !value.is_empty())
}

/// Undoes [`encode`] (and `+` for a space, as forms send it); malformed escapes are kept as they are.
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let hex = |b: u8| char::from(b).to_digit(16);
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = match (bytes[i], bytes.get(i + 1).copied().and_then(hex), bytes.get(i + 2).copied().and_then(hex))
        {
            (b'%', Some(high), Some(low)) => Some((high * 16 + low) as u8),
            _ => None,
        };
        match (escaped, bytes[i]) {
            (Some(byte), _) => {
                out.push(byte);
                i += 3;
            }
            (None, b'+') => {
                out.push(b' ');
                i += 1;
            }
            (None, byte) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Percent-encodes everything but RFC 3986's unreserved characters (as `encodeURIComponent`, minus `!'()*`).
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(byte as char);
        } else {
            const HEX: &[u8; 16] = b"0123456789ABCDEF";
            out.push('%');
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 0x0f)]));
        }
    }
    out
}

/// Rewrites the address of the current history entry without navigating. Used before leaving a form so that
/// "back" returns to it with what was typed (e.g. the login name).
pub fn remember_current_url(url: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        // Failing only costs a prefilled field after "back".
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url));
    }
}

pub fn loginname(login_name: &str) -> String {
    with_query(LOGINNAME, &[(param::LOGIN_NAME, login_name)])
}

pub fn password(login_name: &str, session_id: &str) -> String {
    with_query(PASSWORD, &[(param::LOGIN_NAME, login_name), (param::SESSION_ID, session_id)])
}

pub fn password_change(login_name: &str, session_id: &str) -> String {
    with_query(PASSWORD_CHANGE, &[(param::LOGIN_NAME, login_name), (param::SESSION_ID, session_id)])
}

pub fn signedin(session_id: &str) -> String {
    with_query(SIGNEDIN, &[(param::SESSION_ID, session_id)])
}

pub fn profile(session_id: &str) -> String {
    with_query(PROFILE, &[(param::SESSION_ID, session_id)])
}

/// `/verify`; `send` asks the page to mail a fresh code once when it opens.
pub fn verify(user_id: &str, login_name: &str, send: bool) -> String {
    let send = if send { "true" } else { "" };
    with_query(VERIFY, &[(param::USER_ID, user_id), (param::LOGIN_NAME, login_name), (param::SEND, send)])
}

/// `/password/set` after asking for a reset mail (`sent`), or from the mailed link (with `code`).
pub fn password_set(user_id: &str, login_name: &str, sent: bool) -> String {
    let sent = if sent { "1" } else { "" };
    with_query(PASSWORD_SET, &[(param::USER_ID, user_id), (param::LOGIN_NAME, login_name), (param::SENT, sent)])
}

/// `/passkey/set` for the first passkey of an account this browser just created without a password.
pub fn passkey_signup(user_id: &str, login_name: &str, session_id: &str) -> String {
    let params = [(param::USER_ID, user_id), (param::LOGIN_NAME, login_name), (param::SESSION_ID, session_id)];
    with_query(PASSKEY_SET, &[params.as_slice(), &[(param::SIGNUP, "1")]].concat())
}

/// `/authenticator/set` for an account just created without a password.
pub fn authenticator_set(user_id: &str, login_name: &str, session_id: &str) -> String {
    let params = [(param::USER_ID, user_id), (param::LOGIN_NAME, login_name), (param::SESSION_ID, session_id)];
    with_query(AUTHENTICATOR_SET, &[params.as_slice(), &[(param::SIGNUP, "1")]].concat())
}

pub fn signed_out() -> String {
    with_query(LOGINNAME, &[(param::LOGGED_OUT, "1")])
}

pub fn email_verified(login_name: &str) -> String {
    with_query(LOGINNAME, &[(param::LOGIN_NAME, login_name), (param::VERIFIED, "1")])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_values_are_encoded_and_empty_ones_skipped() {
        assert_eq!(password("Bob+1@Example.com", ""), "/password?loginName=Bob%2B1%40Example.com");
        assert_eq!(verify("42", "a b&c", true), "/verify?userId=42&loginName=a%20b%26c&send=true");
        assert_eq!(with_query("/x", &[]), "/x");
        assert_eq!(loginname("ü"), "/loginname?loginName=%C3%BC");
    }

    #[test]
    fn flow_params_of_the_current_url_are_carried_unless_given() {
        let current = "?loginName=old&authRequest=V2_123&organization=9%2B1";
        assert_eq!(
            with_query_carrying(PASSWORD, &[(param::LOGIN_NAME, "bob")], current),
            "/password?loginName=bob&authRequest=V2_123&organization=9%2B1"
        );
        // Given explicitly wins (an empty value drops it).
        assert_eq!(
            with_query_carrying(SIGNEDIN, &[(param::AUTH_REQUEST, "V2_9"), (param::ORGANIZATION, "")], current),
            "/signedin?authRequest=V2_9"
        );
        assert_eq!(with_query_carrying(PROFILE, &[], ""), "/profile");
        assert_eq!(with_query_carrying(PROFILE, &[], "?other=1&authRequest="), "/profile");
    }

    #[test]
    fn query_values_are_decoded() {
        assert_eq!(query_value("?a=x%20y+z&b=%C3%BC", "a").as_deref(), Some("x y z"));
        assert_eq!(query_value("a=1&b=%C3%BC", "b").as_deref(), Some("ü"));
        assert_eq!(query_value("?a=%zz%4", "a").as_deref(), Some("%zz%4"));
        assert_eq!(query_value("?a=1", "b"), None);
    }
}
