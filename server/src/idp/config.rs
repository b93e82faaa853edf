//! Provider configuration: which fields each type needs (checked here, once, for add and update) and how a type
//! talks to its provider at login ([`Flow`]). Pure functions; the handlers store what these return.

use gatehouse_api::idp::{AzureAdTenantType, ProviderRequest, ProviderType, TypeConfig};
use url::Url;

use crate::error::{Error, Result};

/// The provider types the Admin/Management API configures, with their REST path segment.
pub const TYPES: [(ProviderType, &str); 10] = [
    (ProviderType::Oidc, "generic_oidc"),
    (ProviderType::Oauth, "oauth"),
    (ProviderType::Jwt, "jwt"),
    (ProviderType::Google, "google"),
    (ProviderType::Github, "github"),
    (ProviderType::GithubEs, "github_es"),
    (ProviderType::Gitlab, "gitlab"),
    (ProviderType::GitlabSelfHosted, "gitlab_self_hosted"),
    (ProviderType::AzureAd, "azure"),
    (ProviderType::Apple, "apple"),
];

const MAX_SCOPES: usize = 20;

/// What to store for a provider: the public configuration and the secret to seal (`None` on update = keep).
#[derive(Debug, PartialEq)]
pub struct Validated {
    pub name: String,
    pub config: TypeConfig,
    pub secret: Option<Vec<u8>>,
}

fn invalid(id: &'static str, message: impl Into<String>) -> Error {
    Error::invalid(id, message)
}

fn required(value: &str, field: &str, max: usize) -> Result<String> {
    let v = value.trim();
    if v.is_empty() {
        return Err(invalid("IDP-Required", format!("{field} is required")));
    }
    if v.chars().count() > max {
        return Err(invalid("IDP-TooLong", format!("{field} must be at most {max} characters")));
    }
    Ok(v.to_owned())
}

/// A loopback host (`localhost`, `*.localhost`, 127.0.0.0/8, ::1): plain http there never leaves the machine.
pub fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => {
            let d = d.trim_end_matches('.').to_ascii_lowercase();
            d == "localhost" || d.ends_with(".localhost")
        }
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// An http(s) URL without fragment or credentials (an issuer also without a query). Plain http only for loopback
/// hosts or with `allow_http` (the test mode): codes, tokens and client secrets travel to these endpoints.
fn url_field(value: &str, field: &str, issuer: bool, allow_http: bool) -> Result<String> {
    let v = required(value, field, 500)?;
    let parsed = Url::parse(&v).map_err(|_| invalid("IDP-Url", format!("{field} must be an absolute URL")))?;
    let ok = matches!(parsed.scheme(), "https" | "http")
        && parsed.host_str().is_some()
        && parsed.fragment().is_none()
        && parsed.username().is_empty()
        && parsed.password().is_none()
        && !(issuer && parsed.query().is_some());
    if !ok {
        return Err(invalid("IDP-Url", format!("{field} must be an http(s) URL without fragment or credentials")));
    }
    if parsed.scheme() == "http" && !allow_http && !is_loopback(&parsed) {
        return Err(invalid("IDP-Https", format!("{field} must use https (plain http only for localhost)")));
    }
    Ok(v)
}

fn scopes(given: &[String]) -> Result<Vec<String>> {
    if given.len() > MAX_SCOPES {
        return Err(invalid("IDP-Scopes", format!("at most {MAX_SCOPES} scopes")));
    }
    let mut out: Vec<String> = Vec::new();
    for s in given {
        let s = s.trim();
        if s.is_empty() || s.len() > 100 || s.chars().any(|c| c.is_whitespace() || c.is_control() || c == '"') {
            return Err(invalid("IDP-Scopes", format!("invalid scope {s:?}")));
        }
        if !out.iter().any(|o| o == s) {
            out.push(s.to_owned());
        }
    }
    Ok(out)
}

/// Checks `req` for `kind`. `adding`: secrets are required (on update an empty one keeps the stored secret).
/// `allow_http`: plain http endpoints on any host (`--domain-verification-test-mode`), not only on loopback.
pub fn validate(kind: ProviderType, req: &ProviderRequest, adding: bool, allow_http: bool) -> Result<Validated> {
    let name = required(&req.name, "name", 200)?;
    let mut config = TypeConfig { scopes: scopes(&req.scopes)?, ..Default::default() };
    let mut secret = (!req.client_secret.is_empty()).then(|| req.client_secret.as_bytes().to_vec());
    let needs_client = !matches!(kind, ProviderType::Jwt);
    if needs_client {
        config.client_id = required(&req.client_id, "clientId", 200)?;
    }
    match kind {
        ProviderType::Oidc => {
            config.issuer = url_field(&req.issuer, "issuer", true, allow_http)?;
            config.is_id_token_mapping = req.is_id_token_mapping;
            config.use_pkce = req.use_pkce;
        }
        ProviderType::GitlabSelfHosted => config.issuer = url_field(&req.issuer, "issuer", true, allow_http)?,
        ProviderType::Oauth | ProviderType::GithubEs => {
            config.authorization_endpoint =
                url_field(&req.authorization_endpoint, "authorizationEndpoint", false, allow_http)?;
            config.token_endpoint = url_field(&req.token_endpoint, "tokenEndpoint", false, allow_http)?;
            config.user_endpoint = url_field(&req.user_endpoint, "userEndpoint", false, allow_http)?;
            if kind == ProviderType::Oauth {
                config.id_attribute = required(&req.id_attribute, "idAttribute", 200)?;
                config.use_pkce = req.use_pkce;
            }
        }
        ProviderType::Jwt => {
            config.issuer = url_field(&req.issuer, "issuer", true, allow_http)?;
            config.jwt_endpoint = url_field(&req.jwt_endpoint, "jwtEndpoint", false, allow_http)?;
            config.keys_endpoint = url_field(&req.keys_endpoint, "keysEndpoint", false, allow_http)?;
            config.header_name = required(&req.header_name, "headerName", 200)?;
            secret = None;
        }
        ProviderType::AzureAd => {
            if let Some(id) = req.tenant.as_ref().and_then(|t| t.tenant_id.as_deref()) {
                let id = id.trim();
                if id.is_empty()
                    || id.len() > 100
                    || !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
                {
                    return Err(invalid("IDP-Tenant", "tenant.tenantId must be a tenant id or domain"));
                }
            }
            // Any tenant's admin can put any address on a user of a multi-tenant login ("nOAuth"): trusting
            // those addresses as verified would let them claim a victim's account by email.
            let single_tenant = req.tenant.as_ref().is_some_and(|t| t.tenant_id.is_some());
            if req.email_verified && !single_tenant {
                return Err(invalid(
                    "IDP-AzureEmail",
                    "emailVerified needs a single tenant (tenant.tenantId): with a multi-tenant login any tenant can \
                     set any email address",
                ));
            }
            config.tenant = req.tenant.clone();
            config.email_verified = req.email_verified;
        }
        ProviderType::Apple => {
            config.team_id = required(&req.team_id, "teamId", 10)?;
            config.key_id = required(&req.key_id, "keyId", 10)?;
            secret = req.private_key.as_ref().filter(|k| !k.0.is_empty()).map(|k| k.0.clone());
            // Checked now, not at the first login: the key must sign the client secret (ES256, P-256).
            let usable = |k: &[u8]| std::str::from_utf8(k).is_ok_and(|pem| super::apple::signing_key(pem).is_ok());
            if secret.as_deref().is_some_and(|k| !usable(k)) {
                return Err(invalid("IDP-AppleKey", "privateKey must be the PKCS#8 PEM key Apple issued (.p8)"));
            }
            if adding && secret.is_none() {
                return Err(invalid("IDP-Required", "privateKey is required"));
            }
        }
        ProviderType::Google | ProviderType::Github | ProviderType::Gitlab => {}
        other => return Err(Error::unimplemented("IDP-Type", format!("{} is not supported", other.as_str()))),
    }
    if needs_client && kind != ProviderType::Apple {
        if adding && secret.is_none() {
            return Err(invalid("IDP-Required", "clientSecret is required"));
        }
        if secret.as_ref().is_some_and(|s| s.len() > 2000) {
            return Err(invalid("IDP-TooLong", "clientSecret must be at most 2000 characters"));
        }
    }
    Ok(Validated { name, config, secret })
}

/// How a provider type logs a user in.
#[derive(Clone, Debug, PartialEq)]
pub enum Flow {
    /// OpenID Connect: discovery at `issuer`, code flow, ID token verified against the provider's keys.
    /// `issuer_prefix`: multi-tenant providers (Azure AD `common`) put the tenant in `iss`.
    Oidc { issuer: String, issuer_prefix: Option<(String, String)>, scopes: Vec<String> },
    /// OAuth 2.0: code flow, then the user endpoint; `id_attribute` names the user's id in its answer.
    OAuth { authorization: String, token: String, user: String, id_attribute: String, scopes: Vec<String> },
    /// ZITADEL's JWT IdP: the browser goes to `endpoint` (behind a proxy that knows the user), which comes back to
    /// `/idps/jwt` with a JWT from `issuer` in the `header` header, verified with the keys at `keys`.
    Jwt { endpoint: String, issuer: String, keys: String, header: String },
    /// Sign in with Apple (see `idp::apple`): code flow answered by form POST, a signed JWT as client secret, the
    /// ID token checked against Apple's keys. Its endpoints come from the server's Apple base URL.
    Apple { scopes: Vec<String> },
    /// Configured but not usable for login by this server (stated in the error).
    Unsupported(&'static str),
}

fn or_default(scopes: &[String], default: &[&str]) -> Vec<String> {
    if scopes.is_empty() {
        default.iter().map(|s| (*s).to_owned()).collect()
    } else {
        scopes.to_vec()
    }
}

fn with_openid(mut scopes: Vec<String>) -> Vec<String> {
    if !scopes.iter().any(|s| s == "openid") {
        scopes.insert(0, "openid".into());
    }
    scopes
}

const OIDC_DEFAULT: [&str; 3] = ["openid", "profile", "email"];

pub fn flow(kind: ProviderType, c: &TypeConfig) -> Flow {
    let oidc = |issuer: &str| Flow::Oidc {
        issuer: issuer.trim_end_matches('/').to_owned(),
        issuer_prefix: None,
        scopes: with_openid(or_default(&c.scopes, &OIDC_DEFAULT)),
    };
    match kind {
        ProviderType::Oidc | ProviderType::GitlabSelfHosted => oidc(&c.issuer),
        ProviderType::Google => oidc("https://accounts.google.com"),
        ProviderType::Gitlab => oidc("https://gitlab.com"),
        ProviderType::AzureAd => {
            let tenant = match &c.tenant {
                Some(t) if t.tenant_id.is_some() => t.tenant_id.clone().unwrap_or_default(),
                Some(t) => match t.tenant_type.unwrap_or_default() {
                    AzureAdTenantType::Common => "common".into(),
                    AzureAdTenantType::Organisations => "organizations".into(),
                    AzureAdTenantType::Consumers => "consumers".into(),
                },
                None => "common".into(),
            };
            let base = "https://login.microsoftonline.com/";
            let mut f = oidc(&format!("{base}{tenant}/v2.0"));
            if matches!(tenant.as_str(), "common" | "organizations" | "consumers") {
                if let Flow::Oidc { issuer_prefix, .. } = &mut f {
                    *issuer_prefix = Some((base.into(), "/v2.0".into()));
                }
            }
            f
        }
        ProviderType::Oauth => Flow::OAuth {
            authorization: c.authorization_endpoint.clone(),
            token: c.token_endpoint.clone(),
            user: c.user_endpoint.clone(),
            id_attribute: c.id_attribute.clone(),
            scopes: c.scopes.clone(),
        },
        ProviderType::Github => Flow::OAuth {
            authorization: "https://github.com/login/oauth/authorize".into(),
            token: "https://github.com/login/oauth/access_token".into(),
            user: "https://api.github.com/user".into(),
            id_attribute: "id".into(),
            scopes: or_default(&c.scopes, &["read:user", "user:email"]),
        },
        ProviderType::GithubEs => Flow::OAuth {
            authorization: c.authorization_endpoint.clone(),
            token: c.token_endpoint.clone(),
            user: c.user_endpoint.clone(),
            id_attribute: "id".into(),
            scopes: or_default(&c.scopes, &["read:user", "user:email"]),
        },
        ProviderType::Jwt => Flow::Jwt {
            endpoint: c.jwt_endpoint.clone(),
            issuer: c.issuer.trim_end_matches('/').to_owned(),
            keys: c.keys_endpoint.clone(),
            header: c.header_name.clone(),
        },
        // Apple's scopes are `name` and `email`; it sends an ID token without asking for `openid`.
        ProviderType::Apple => Flow::Apple { scopes: or_default(&c.scopes, &["name", "email"]) },
        _ => Flow::Unsupported("this provider type is not supported for login"),
    }
}

/// The client authenticates with a secret at the token endpoint (JWT and Apple do not use one here).
pub fn uses_pkce(kind: ProviderType, c: &TypeConfig) -> bool {
    match kind {
        ProviderType::Oidc | ProviderType::Oauth => c.use_pkce,
        // Providers known to support S256 get it always: it costs nothing and protects the code.
        ProviderType::Google | ProviderType::Gitlab | ProviderType::GitlabSelfHosted | ProviderType::AzureAd => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use gatehouse_api::idp::AzureAdTenant;

    fn oidc_req() -> ProviderRequest {
        ProviderRequest {
            name: " Upstream ".into(),
            issuer: "https://idp.example.com".into(),
            client_id: "client".into(),
            client_secret: "s3cret".into(),
            scopes: vec!["openid".into(), "email".into(), "email".into()],
            use_pkce: true,
            ..Default::default()
        }
    }

    fn err_id(r: Result<Validated>) -> String {
        r.unwrap_err().to_api().id
    }

    #[test]
    fn generic_oidc_needs_issuer_client_and_secret_on_add() {
        let v = validate(ProviderType::Oidc, &oidc_req(), true, false).unwrap();
        assert_eq!(v.name, "Upstream");
        assert_eq!(v.config.scopes, vec!["openid", "email"]);
        assert!(v.config.use_pkce);
        assert_eq!(v.secret.as_deref(), Some(&b"s3cret"[..]));
        let no_secret = ProviderRequest { client_secret: String::new(), ..oidc_req() };
        assert_eq!(err_id(validate(ProviderType::Oidc, &no_secret, true, false)), "IDP-Required");
        assert_eq!(
            validate(ProviderType::Oidc, &no_secret, false, false).unwrap().secret,
            None,
            "update keeps the secret"
        );
        for issuer in ["", "not a url", "ftp://x", "https://x/#f", "https://u:p@x", "https://x/?q=1"] {
            let r = ProviderRequest { issuer: issuer.into(), ..oidc_req() };
            assert!(validate(ProviderType::Oidc, &r, true, false).is_err(), "{issuer}");
        }
        let r = ProviderRequest { scopes: vec!["open id".into()], ..oidc_req() };
        assert_eq!(err_id(validate(ProviderType::Oidc, &r, true, false)), "IDP-Scopes");
        let r = ProviderRequest { name: "  ".into(), ..oidc_req() };
        assert_eq!(err_id(validate(ProviderType::Oidc, &r, true, false)), "IDP-Required");
    }

    #[test]
    fn oauth_needs_its_endpoints_and_id_attribute() {
        let mut r = ProviderRequest {
            name: "OAuth".into(),
            client_id: "c".into(),
            client_secret: "s".into(),
            authorization_endpoint: "https://o.example/authorize".into(),
            token_endpoint: "https://o.example/token".into(),
            user_endpoint: "https://o.example/user".into(),
            ..Default::default()
        };
        assert_eq!(err_id(validate(ProviderType::Oauth, &r, true, false)), "IDP-Required");
        r.id_attribute = "sub".into();
        assert!(validate(ProviderType::Oauth, &r, true, false).is_ok());
        assert!(validate(ProviderType::GithubEs, &ProviderRequest { id_attribute: String::new(), ..r }, true, false)
            .is_ok());
    }

    #[test]
    fn fixed_providers_have_fixed_endpoints() {
        let c = TypeConfig::default();
        assert!(
            matches!(flow(ProviderType::Google, &c), Flow::Oidc { issuer, .. } if issuer == "https://accounts.google.com")
        );
        assert!(
            matches!(flow(ProviderType::Github, &c), Flow::OAuth { user, .. } if user == "https://api.github.com/user")
        );
        let azure = TypeConfig {
            tenant: Some(AzureAdTenant { tenant_id: Some("contoso.onmicrosoft.com".into()), tenant_type: None }),
            ..Default::default()
        };
        assert!(matches!(flow(ProviderType::AzureAd, &azure),
            Flow::Oidc { issuer, issuer_prefix: None, .. } if issuer == "https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0"));
        assert!(matches!(flow(ProviderType::AzureAd, &c), Flow::Oidc { issuer_prefix: Some(_), .. }));
        assert!(matches!(flow(ProviderType::Apple, &c), Flow::Apple { scopes } if scopes == ["name", "email"]));
        match flow(ProviderType::Oidc, &TypeConfig { scopes: vec!["email".into()], ..Default::default() }) {
            Flow::Oidc { scopes, .. } => assert_eq!(scopes, vec!["openid", "email"], "openid is always asked for"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn plain_http_only_for_loopback_or_in_test_mode() {
        for local in ["http://localhost:8080", "http://127.0.0.1:9000/x", "http://[::1]:1", "http://idp.localhost"] {
            let r = ProviderRequest { issuer: local.into(), ..oidc_req() };
            assert!(validate(ProviderType::Oidc, &r, true, false).is_ok(), "{local}");
        }
        let r = ProviderRequest { issuer: "http://idp.example.com".into(), ..oidc_req() };
        assert_eq!(err_id(validate(ProviderType::Oidc, &r, true, false)), "IDP-Https");
        assert!(validate(ProviderType::Oidc, &r, true, true).is_ok(), "test mode");
        let oauth = ProviderRequest {
            name: "OAuth".into(),
            client_id: "c".into(),
            client_secret: "s".into(),
            authorization_endpoint: "https://o.example/authorize".into(),
            token_endpoint: "http://o.example/token".into(),
            user_endpoint: "https://o.example/user".into(),
            id_attribute: "sub".into(),
            ..Default::default()
        };
        assert_eq!(err_id(validate(ProviderType::Oauth, &oauth, true, false)), "IDP-Https");
    }

    #[test]
    fn azure_trusts_emails_only_of_a_single_tenant() {
        let multi = ProviderRequest {
            name: "Azure".into(),
            client_id: "c".into(),
            client_secret: "s".into(),
            email_verified: true,
            tenant: Some(AzureAdTenant { tenant_id: None, tenant_type: Some(AzureAdTenantType::Organisations) }),
            ..Default::default()
        };
        assert_eq!(err_id(validate(ProviderType::AzureAd, &multi, true, false)), "IDP-AzureEmail");
        assert_eq!(
            err_id(validate(ProviderType::AzureAd, &ProviderRequest { tenant: None, ..multi.clone() }, true, false)),
            "IDP-AzureEmail",
            "no tenant is common"
        );
        assert!(validate(
            ProviderType::AzureAd,
            &ProviderRequest { email_verified: false, ..multi.clone() },
            true,
            false
        )
        .is_ok());
        let single = AzureAdTenant { tenant_id: Some("contoso.onmicrosoft.com".into()), tenant_type: None };
        assert!(
            validate(ProviderType::AzureAd, &ProviderRequest { tenant: Some(single), ..multi }, true, false).is_ok()
        );
    }

    #[test]
    fn apple_needs_team_key_and_a_pem_key() {
        let r = ProviderRequest {
            name: "Apple".into(),
            client_id: "com.example.web".into(),
            team_id: "ABCDE12345".into(),
            key_id: "KEY1234567".into(),
            private_key: Some(gatehouse_api::json::Bytes(super::super::apple::tests::p8().into_bytes())),
            ..Default::default()
        };
        assert!(validate(ProviderType::Apple, &r, true, false).is_ok());
        let bad = ProviderRequest { private_key: Some(gatehouse_api::json::Bytes(b"junk".to_vec())), ..r.clone() };
        assert_eq!(err_id(validate(ProviderType::Apple, &bad, true, false)), "IDP-AppleKey");
        let not_a_key = b"-----BEGIN PRIVATE KEY-----\nMIG...\n-----END PRIVATE KEY-----\n".to_vec();
        let bad = ProviderRequest { private_key: Some(gatehouse_api::json::Bytes(not_a_key)), ..r.clone() };
        assert_eq!(err_id(validate(ProviderType::Apple, &bad, true, false)), "IDP-AppleKey", "a PEM, but no key");
        assert_eq!(
            err_id(validate(ProviderType::Apple, &ProviderRequest { private_key: None, ..r }, true, false)),
            "IDP-Required"
        );
    }
}
