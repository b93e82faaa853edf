//! Which redirect URIs an application may register, and whether a requested one matches. Matching is exact string
//! equality, with one exception from RFC 8252 §7.3: a native app's loopback redirect (`http://127.0.0.1`,
//! `http://[::1]`, `http://localhost`) matches on any port, because the app picks a free port at run time.

use gatehouse_api::app::OidcAppType;
use url::Url;

/// Why a registered URI is refused (the message names the URI).
pub fn check_registration(uri: &str, app_type: OidcAppType, development_mode: bool) -> Result<(), String> {
    let parsed = Url::parse(uri).map_err(|_| format!("{uri:?} is not an absolute URI"))?;
    if parsed.fragment().is_some() {
        return Err(format!("{uri:?} must not contain a fragment"));
    }
    if uri.contains('*') {
        return Err(format!("{uri:?}: wildcards are not allowed"));
    }
    match (parsed.scheme(), app_type) {
        ("https", _) => Ok(()),
        ("http", OidcAppType::Native) if is_loopback(&parsed) => Ok(()),
        ("http", _) if development_mode => Ok(()),
        ("http", _) => Err(format!("{uri:?}: http is only allowed in development mode or for a native app's loopback")),
        (_, OidcAppType::Native) => {
            // Private-use schemes should be reverse domain names (RFC 8252 §7.1), e.g. com.example.app:/callback.
            if parsed.scheme().contains('.') || development_mode {
                Ok(())
            } else {
                Err(format!("{uri:?}: a custom scheme must be a reverse domain name such as com.example.app"))
            }
        }
        _ => Err(format!("{uri:?}: custom schemes are only allowed for native apps")),
    }
}

fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// Whether `requested` is one of `registered`.
pub fn matches(requested: &str, registered: &[String], app_type: OidcAppType) -> bool {
    if registered.iter().any(|r| r == requested) {
        return true;
    }
    if app_type != OidcAppType::Native {
        return false;
    }
    let Ok(wanted) = Url::parse(requested) else { return false };
    if wanted.scheme() != "http" || !is_loopback(&wanted) {
        return false;
    }
    registered.iter().filter_map(|r| Url::parse(r).ok()).any(|mut r| {
        let mut wanted = wanted.clone();
        if r.scheme() != "http" || !is_loopback(&r) {
            return false;
        }
        // Compare everything but the port.
        let ports_cleared = r.set_port(None).is_ok() && wanted.set_port(None).is_ok();
        ports_cleared && r == wanted
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(uris: &[&str]) -> Vec<String> {
        uris.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn registration_rules_by_app_type() {
        use OidcAppType::*;
        assert!(check_registration("https://app.example.com/cb", Web, false).is_ok());
        assert!(check_registration("http://app.example.com/cb", Web, false).is_err());
        assert!(check_registration("http://localhost:3000/cb", Web, true).is_ok());
        assert!(check_registration("com.example.app:/callback", Native, false).is_ok());
        assert!(check_registration("myapp:/callback", Native, false).is_err());
        assert!(check_registration("com.example.app:/callback", Web, false).is_err());
        assert!(check_registration("http://127.0.0.1/callback", Native, false).is_ok());
        assert!(check_registration("https://app.example.com/cb#x", Web, false).is_err());
        assert!(check_registration("https://*.example.com/cb", Web, true).is_err());
        assert!(check_registration("/relative", Web, true).is_err());
    }

    #[test]
    fn matching_is_exact_except_native_loopback_ports() {
        let web = list(&["https://app.example.com/cb"]);
        assert!(matches("https://app.example.com/cb", &web, OidcAppType::Web));
        assert!(!matches("https://app.example.com/cb/", &web, OidcAppType::Web));
        assert!(!matches("https://app.example.com/cb?x=1", &web, OidcAppType::Web));
        assert!(!matches("https://APP.example.com/cb", &web, OidcAppType::Web));

        let native = list(&["http://127.0.0.1/callback", "com.example.app:/callback"]);
        assert!(matches("http://127.0.0.1:51234/callback", &native, OidcAppType::Native));
        assert!(!matches("http://127.0.0.1:51234/other", &native, OidcAppType::Native));
        assert!(!matches("http://127.0.0.1:51234/callback", &native, OidcAppType::Web));
        assert!(matches("com.example.app:/callback", &native, OidcAppType::Native));
        assert!(!matches("com.example.app:/callback2", &native, OidcAppType::Native));
        assert!(!matches("http://evil.example/callback", &native, OidcAppType::Native));
    }
}
