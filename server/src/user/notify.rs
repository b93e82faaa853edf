//! Notification mails about changes to an account's security ("your password was changed"), so that a change
//! the user did not make does not go unnoticed. Sent after the change committed; a failed mail is logged, never
//! turned into a failed change.

use super::store::UserRecord;
use crate::mail::compose::{compose, recipient, Recipient};
use crate::mail::locale::Arg;
use crate::mail::{Mail, Template};
use crate::AppState;

/// What changed. Other modules (passkeys, TOTP, OTP) report their factors with `MethodAdded`/`MethodRemoved`, which
/// the mail names in the recipient's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    PasswordChanged,
    /// Sent to the old address: the login email is now `new`.
    EmailChanged {
        new: String,
    },
    PhoneChanged {
        new: String,
    },
    PhoneRemoved,
    UsernameChanged {
        new: String,
    },
    MethodAdded(Factor),
    MethodRemoved(Factor),
    /// A factor named in English by the caller (kept for callers not yet on `MethodAdded`; the sentence around the
    /// name is still translated).
    FactorAdded(String),
    FactorRemoved(String),
    AccountDeleted,
}

/// A sign-in method, named in the recipient's language (`mail-factor-*`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Factor {
    Passkey(String),
    SecurityKey(String),
    Totp,
    OtpEmail,
    OtpSms,
    RecoveryCodes,
    /// A linked identity provider, by its name.
    Idp(String),
}

impl Factor {
    fn arg(&self) -> Arg {
        let named = |id: &'static str, name: &str| Arg::Message(id, vec![("name", Arg::Text(name.to_owned()))]);
        match self {
            Factor::Passkey(name) => named("mail-factor-passkey", name),
            Factor::SecurityKey(name) => named("mail-factor-security-key", name),
            Factor::Totp => Arg::Message("mail-factor-totp", vec![]),
            Factor::OtpEmail => Arg::Message("mail-factor-otp-email", vec![]),
            Factor::OtpSms => Arg::Message("mail-factor-otp-sms", vec![]),
            Factor::RecoveryCodes => Arg::Message("mail-factor-recovery-codes", vec![]),
            Factor::Idp(provider) => Arg::Message("mail-factor-idp", vec![("provider", Arg::Text(provider.clone()))]),
        }
    }
}

impl Change {
    /// The mail's subject and sentence (message ids in server/locales) with their arguments.
    fn template(&self) -> Template {
        let text = |s: &str| Arg::Text(s.to_owned());
        let (subject, sentence, args) = match self {
            Change::PasswordChanged => {
                ("mail-security-password-changed-subject", "mail-security-password-changed", vec![])
            }
            Change::EmailChanged { new } => {
                ("mail-security-email-changed-subject", "mail-security-email-changed", vec![("email", text(new))])
            }
            Change::PhoneChanged { new } => {
                ("mail-security-phone-changed-subject", "mail-security-phone-changed", vec![("phone", text(new))])
            }
            Change::PhoneRemoved => ("mail-security-phone-changed-subject", "mail-security-phone-removed", vec![]),
            Change::UsernameChanged { new } => (
                "mail-security-username-changed-subject",
                "mail-security-username-changed",
                vec![("username", text(new))],
            ),
            Change::FactorAdded(what) => {
                ("mail-security-factor-added-subject", "mail-security-factor-added", vec![("factor", text(what))])
            }
            Change::FactorRemoved(what) => {
                ("mail-security-factor-removed-subject", "mail-security-factor-removed", vec![("factor", text(what))])
            }
            Change::MethodAdded(factor) => {
                ("mail-security-factor-added-subject", "mail-security-factor-added", vec![("factor", factor.arg())])
            }
            Change::MethodRemoved(factor) => {
                ("mail-security-factor-removed-subject", "mail-security-factor-removed", vec![("factor", factor.arg())])
            }
            Change::AccountDeleted => {
                ("mail-security-account-deleted-subject", "mail-security-account-deleted", vec![])
            }
        };
        Template::Security { subject, sentence, args }
    }
}

/// The mail for `change`, to the user's current email address (`None` without one).
pub fn security_mail(recipient: &Recipient, user: &UserRecord, change: &Change) -> Option<Mail> {
    let to = user.email.as_deref()?;
    Some(compose(recipient, to, &change.template()))
}

/// Mails the user about a security-relevant change. Never fails: the change already happened.
pub async fn notify_security_change(state: &AppState, user: &UserRecord, change: Change) {
    if user.email.is_none() {
        return;
    }
    let sent = async {
        let recipient = recipient(state, user).await?;
        let Some(mail) = security_mail(&recipient, user, &change) else { return Ok(()) };
        state.mailer.send(mail).await
    };
    if let Err(e) = sent.await {
        tracing::error!(user_id = %user.id, error = %e, ?change, "security notification mail failed");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::branding::color::Rgb;
    use crate::mail::render::Brand;
    use crate::user::store::sample;

    fn en() -> Recipient {
        let brand = Brand {
            primary: Rgb(1, 2, 3),
            background: Rgb(255, 255, 255),
            font: Rgb(0, 0, 0),
            logo_url: None,
            sender: "Acme".into(),
        };
        Recipient { lang: "en", name: "Ada Lovelace".into(), brand }
    }

    #[test]
    fn mails_say_what_changed_to_the_current_address() {
        let user = sample("ada", "ada@example.com");
        let mail = security_mail(&en(), &user, &Change::EmailChanged { new: "new@example.com".into() }).unwrap();
        assert_eq!(mail.to, "ada@example.com");
        assert_eq!(mail.subject, "Your email address was changed");
        assert!(mail
            .text
            .contains("Hello Ada Lovelace,\n\nThe email address of your account was changed to new@example.com."));
        assert!(mail.html.as_deref().unwrap().contains("changed to new@example.com."));
        let factor = security_mail(&en(), &user, &Change::MethodAdded(Factor::Passkey("Laptop".into()))).unwrap();
        assert!(factor.text.contains("The passkey “Laptop” was added"), "{}", factor.text);
        let removed = security_mail(&en(), &user, &Change::MethodRemoved(Factor::Totp)).unwrap();
        assert!(removed.text.contains("An authenticator app was removed from your account."), "{}", removed.text);
        let mut no_mail = user.clone();
        no_mail.email = None;
        assert!(security_mail(&en(), &no_mail, &Change::PasswordChanged).is_none());
    }
}
