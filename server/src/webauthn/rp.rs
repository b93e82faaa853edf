//! Relying parties per host. A passkey is bound to the host name the browser saw (its relying party id), so the
//! login reached through an org's own verified domain (e.g. `login.acme.com`, see `org::domains`) needs a relying
//! party of that name; the public host keeps its own. webauthn-rs holds one relying party per id and origin, so
//! they are built on first use and cached. Any other host is refused with `GATEHOUSE-WebAuthn-Domain`, which the
//! login page shows as "passkeys are not available on this address" instead of failing silently.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use webauthn_rs::prelude::{Url, Webauthn};

use crate::error::{Error, Result};
use crate::AppState;

fn cache() -> &'static Mutex<HashMap<String, Arc<Webauthn>>> {
    static CACHE: OnceLock<Mutex<HashMap<String, Arc<Webauthn>>>> = OnceLock::new();
    CACHE.get_or_init(|| Mutex::new(HashMap::new()))
}

pub fn domain_not_allowed(public: &str, domain: &str) -> Error {
    Error::invalid(
        "GATEHOUSE-WebAuthn-Domain",
        format!("Passkeys are not available on {domain:?}: use {public:?} or a verified domain of an organization"),
    )
}

/// The relying party id for the `domain` a request names (the page's host; empty means the public host): the
/// public host, an organization's generated domain (under the instance's control), or a domain an organization
/// verified.
pub async fn rp_id_for(state: &AppState, domain: &str) -> Result<String> {
    let public = super::rp_id(state)?.to_ascii_lowercase();
    let domain = domain.trim().trim_end_matches('.').to_ascii_lowercase();
    if domain.is_empty() || domain == public {
        return Ok(public);
    }
    let verified: Option<i64> = sqlx::query_scalar(
        "SELECT 1 FROM orgs WHERE primary_domain = $1
             UNION ALL SELECT 1 FROM org_domains WHERE domain = $1 AND is_verified = 1 LIMIT 1",
    )
    .bind(&domain)
    .fetch_optional(&state.db.read)
    .await?;
    match verified {
        Some(_) => Ok(domain),
        None => Err(domain_not_allowed(&public, &domain)),
    }
}

/// The origin browsers have on `rp_id`: the public URL's scheme and port with that host.
pub fn origin_for(public: &Url, rp_id: &str) -> Result<Url> {
    let mut origin = public.clone();
    origin.set_host(Some(rp_id)).map_err(|e| Error::internal(format!("origin for {rp_id:?}: {e}")))?;
    origin.set_path("");
    origin.set_query(None);
    origin.set_fragment(None);
    Ok(origin)
}

/// The relying party of `rp_id` (already allowed by [`rp_id_for`]).
pub fn party(state: &AppState, rp_id: &str) -> Result<Arc<Webauthn>> {
    let origin = origin_for(&state.public_url, rp_id)?;
    let key = format!("{rp_id} {origin}");
    let mut cached = cache().lock().unwrap_or_else(|p| p.into_inner());
    if let Some(rp) = cached.get(&key) {
        return Ok(rp.clone());
    }
    let rp = Arc::new(super::build(rp_id, &origin)?);
    cached.insert(key, rp.clone());
    Ok(rp)
}

/// A credential's relying party id; credentials stored before per-host relying parties belong to the public host.
pub fn of_credential<'a>(stored: &'a Option<String>, public: &'a str) -> &'a str {
    stored.as_deref().unwrap_or(public)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_keep_scheme_and_port_and_change_the_host() {
        let public = Url::parse("http://localhost:8080/").unwrap();
        assert_eq!(origin_for(&public, "acme.localhost").unwrap().as_str(), "http://acme.localhost:8080/");
        let public = Url::parse("https://id.example.com/login").unwrap();
        assert_eq!(origin_for(&public, "login.acme.com").unwrap().as_str(), "https://login.acme.com/");
    }

    #[test]
    fn the_relying_party_accepts_its_own_origin() {
        let origin = origin_for(&Url::parse("http://localhost:9/").unwrap(), "acme.localhost").unwrap();
        assert!(crate::webauthn::build("acme.localhost", &origin).is_ok());
    }
}
