//! ZITADEL's hosted login texts (the login v2 locale files, `apps/login/locales/<lang>.json`, which
//! SetHostedLoginTranslation stores as a JSON tree: `{"loginname": {"title": "…"}}`) mapped onto the message ids
//! of this login, so texts written for ZITADEL carry over where a message means the same.
//!
//! Keys of ZITADEL's namespaces without a counterpart here (LDAP, invitations, "Sign in with Google", texts with
//! ICU variables such as `signedin.title`'s `{user}`) are accepted and left out, so a whole ZITADEL file can be
//! sent; a key outside those namespaces is still refused as unknown.

use serde_json::{Map, Value};

/// ZITADEL key (dotted path) → message id here.
const MAPPED: &[(&str, &str)] = &[
    ("accounts.title", "accounts-title"),
    ("accounts.description", "accounts-intro"),
    ("accounts.addAnother", "use-another-account"),
    ("logout.title", "logout-title"),
    ("logout.description", "logout-intro"),
    ("logout.clear", "end-session"),
    ("logout.success.title", "logout-done-title"),
    ("logout.success.description", "logout-done-body"),
    ("loginname.title", "login-name-title"),
    ("loginname.description", "login-name-intro"),
    ("loginname.register", "create-account-link"),
    ("loginname.submit", "continue"),
    ("loginname.required.loginName", "login-name-required"),
    ("password.verify.title", "password-title"),
    ("password.verify.resetPassword", "forgot-password"),
    ("password.verify.submit", "sign-in"),
    ("password.verify.required.password", "password-required"),
    ("password.set.title", "password-set-title"),
    ("password.set.description", "password-set-intro"),
    ("password.set.resend", "resend"),
    ("password.set.submit", "set-new-password"),
    ("password.change.title", "password-change-title"),
    ("password.change.description", "password-change-intro"),
    ("password.change.submit", "change-password"),
    ("idp.loginError.title", "idp-failure-title"),
    ("idp.loginError.description", "idp-failed"),
    ("idp.linkingSuccess.title", "idp-linked-title"),
    ("idp.linkingError.description", "idp-link-failed"),
    ("idp.completeRegister.title", "idp-register-title"),
    ("mfa.verify.title", "mfa-title"),
    ("mfa.verify.description", "mfa-intro"),
    ("mfa.set.title", "mfa-set-title"),
    ("mfa.set.description", "mfa-set-intro"),
    ("mfa.set.skip", "skip"),
    ("otp.verify.totpDescription", "totp-intro"),
    ("otp.verify.smsDescription", "otp-sms-intro"),
    ("otp.verify.emailDescription", "otp-email-intro"),
    ("otp.verify.resendCode", "resend"),
    ("otp.verify.required.code", "code-required"),
    ("otp.set.totpDescription", "totp-set-intro"),
    ("passkey.verify.title", "passkey-title"),
    ("passkey.verify.description", "passkey-intro"),
    ("passkey.verify.usePassword", "use-password-instead"),
    ("passkey.set.title", "passkey-set-title"),
    ("passkey.set.description", "passkey-set-intro"),
    ("passkey.set.skip", "not-now"),
    ("u2f.verify.title", "u2f-title"),
    ("u2f.verify.description", "u2f-intro"),
    ("u2f.set.title", "u2f-set-title"),
    ("u2f.set.description", "u2f-set-intro"),
    ("register.title", "register-title"),
    ("register.description", "register-intro"),
    ("register.submit", "create-account"),
    ("register.termsOfService", "legal-tos"),
    ("register.privacyPolicy", "legal-privacy"),
    ("register.methods.passkey", "authenticator-passkey"),
    ("register.methods.password", "authenticator-password"),
    ("register.required.firstname", "given-name-required"),
    ("register.required.lastname", "family-name-required"),
    ("register.required.email", "email-required"),
    ("verify.verify.title", "verify-title"),
    ("verify.verify.description", "verify-intro-generic"),
    ("verify.verify.resendCode", "resend"),
    ("verify.verify.codeSent", "code-sent"),
    ("verify.verify.submit", "verify"),
    ("verify.verify.required.code", "code-required"),
    ("authenticator.title", "authenticator-set-title"),
    ("authenticator.description", "authenticator-set-intro"),
    ("device.usercode.title", "device-title"),
    ("device.usercode.description", "device-intro"),
    ("device.usercode.required.code", "device-code-required"),
    ("device.request.submit", "allow"),
    ("device.request.deny", "deny"),
    ("error.sessionExpired", "session-expired"),
    ("error.failedLoading", "load-failed"),
    ("error.tryagain", "retry"),
];

/// The top-level sections of ZITADEL's login locale files.
const NAMESPACES: &[&str] = &[
    "common",
    "accounts",
    "logout",
    "loginname",
    "password",
    "idp",
    "ldap",
    "mfa",
    "otp",
    "passkey",
    "u2f",
    "register",
    "invite",
    "signedin",
    "verify",
    "authenticator",
    "device",
    "error",
];

/// The message id a ZITADEL key stands for.
pub fn message_id(key: &str) -> Option<&'static str> {
    MAPPED.iter().find(|(k, _)| *k == key).map(|(_, id)| *id)
}

fn is_zitadel_key(key: &str) -> bool {
    key.split_once('.').is_some_and(|(section, _)| NAMESPACES.contains(&section))
}

/// A Set request's translations with ZITADEL's keys (nested objects or dotted paths) replaced by the message ids
/// they map to; our own ids pass through and win over a mapped ZITADEL key for the same message. Everything else
/// (unknown keys, non-text values) is left for [`super::translations::validate`] to refuse.
pub fn to_message_ids(translations: &Map<String, Value>) -> Map<String, Value> {
    let mut ours = Map::new();
    let mut mapped = Map::new();
    for (key, value) in translations {
        let zitadel = match value {
            Value::Object(_) => NAMESPACES.contains(&key.as_str()),
            _ => is_zitadel_key(key),
        };
        if zitadel {
            flatten(key, value, &mut mapped);
        } else {
            ours.insert(key.clone(), value.clone());
        }
    }
    for (id, value) in mapped {
        ours.entry(id).or_insert(value);
    }
    ours
}

fn flatten(path: &str, value: &Value, out: &mut Map<String, Value>) {
    if let Value::Object(children) = value {
        for (key, child) in children {
            flatten(&format!("{path}.{key}"), child, out);
        }
    } else if let Some(id) = message_id(path) {
        out.insert(id.to_owned(), value.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn map(v: Value) -> Map<String, Value> {
        v.as_object().cloned().unwrap_or_default()
    }

    #[test]
    fn zitadel_trees_and_dotted_keys_become_message_ids() {
        let got = to_message_ids(&map(json!({
            "loginname": {"title": "Welcome back!", "required": {"loginName": "Required"}},
            "ldap": {"title": "LDAP Login"},
            "signedin": {"title": "Welcome {user}!"},
            "password.verify.title": "Your password",
            "verify-title": "Ours wins",
            "verify": {"verify": {"title": "Verify user"}},
        })));
        assert_eq!(
            got,
            map(json!({"login-name-title": "Welcome back!", "login-name-required": "Required",
                       "password-title": "Your password", "verify-title": "Ours wins"}))
        );
        // Outside ZITADEL's sections a key is left as it is, for the validation to refuse.
        let other = map(json!({"shop": {"title": "x"}, "shop.title": "y"}));
        assert_eq!(to_message_ids(&other), other);
        let e = super::super::translations::validate(&to_message_ids(&other)).unwrap_err().to_api();
        assert_eq!(e.id, "GATEHOUSE-I18n-UnknownId");
    }

    #[test]
    fn every_mapped_id_is_a_message_of_the_login() {
        let ids = super::super::catalogue::reference_ids();
        for (key, id) in MAPPED {
            assert!(ids.contains_key(*id), "{key} maps to {id}, which en.ftl lacks");
            assert!(is_zitadel_key(key), "{key}");
            // The mapped messages take no variables, so ZITADEL's texts for them need none either.
            assert!(ids[*id].is_empty(), "{id} has variables");
        }
    }
}
