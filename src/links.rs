//! Routes and the URLs between them. Flow state (login name, session id, user id) travels in the query string,
//! as in ZITADEL's login, so reloading, the back button and links from emails all work.

pub const LOGINNAME: &str = "/loginname";
pub const PASSWORD: &str = "/password";
pub const PASSWORD_CHANGE: &str = "/password/change";
pub const REGISTER: &str = "/register";
pub const VERIFY: &str = "/verify";
pub const SIGNEDIN: &str = "/signedin";
pub const PROFILE: &str = "/profile";

/// Query parameter names, shared with ZITADEL's login and with the links the server mails.
pub mod param {
    pub const LOGIN_NAME: &str = "loginName";
    pub const SESSION_ID: &str = "sessionId";
    pub const USER_ID: &str = "userId";
    pub const CODE: &str = "code";
    pub const SEND: &str = "send";
    pub const LOGGED_OUT: &str = "loggedOut";
    pub const VERIFIED: &str = "verified";
}

/// `path?k=v&...`, skipping empty values, with keys and values percent-encoded.
pub fn with_query(path: &str, params: &[(&str, &str)]) -> String {
    let query: Vec<String> = params
        .iter()
        .filter(|(_, value)| !value.is_empty())
        .map(|(key, value)| format!("{}={}", encode(key), encode(value)))
        .collect();
    if query.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{}", query.join("&"))
    }
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
}
