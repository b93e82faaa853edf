//! Notification mails about changes to an account's security ("your password was changed"), so that a change
//! the user did not make does not go unnoticed. Sent after the change committed; a failed mail is logged, never
//! turned into a failed change.

use super::store::UserRecord;
use crate::mail::Mail;
use crate::AppState;

/// What changed. Other modules (passkeys, TOTP, OTP) report their factors with `FactorAdded`/`FactorRemoved` and a
/// short human name of the factor, e.g. `FactorAdded("passkey \"Laptop\"".into())`.
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
    FactorAdded(String),
    FactorRemoved(String),
    AccountDeleted,
}

impl Change {
    fn subject(&self) -> &'static str {
        match self {
            Change::PasswordChanged => "Your password was changed",
            Change::EmailChanged { .. } => "Your email address was changed",
            Change::PhoneChanged { .. } | Change::PhoneRemoved => "Your phone number was changed",
            Change::UsernameChanged { .. } => "Your username was changed",
            Change::FactorAdded(_) => "A sign-in method was added to your account",
            Change::FactorRemoved(_) => "A sign-in method was removed from your account",
            Change::AccountDeleted => "Your account was deleted",
        }
    }

    fn sentence(&self) -> String {
        match self {
            Change::PasswordChanged => "the password of your account was changed.".into(),
            Change::EmailChanged { new } => format!("the email address of your account was changed to {new}."),
            Change::PhoneChanged { new } => format!("the phone number of your account was changed to {new}."),
            Change::PhoneRemoved => "the phone number was removed from your account.".into(),
            Change::UsernameChanged { new } => format!("your username was changed to {new}."),
            Change::FactorAdded(what) => format!("{what} was added to your account as a way to sign in."),
            Change::FactorRemoved(what) => format!("{what} was removed from your account."),
            Change::AccountDeleted => "your account and its data were deleted.".into(),
        }
    }
}

/// The mail for `change`, to the user's current email address (`None` without one).
pub fn security_mail(user: &UserRecord, change: &Change) -> Option<Mail> {
    let to = user.email.clone()?;
    let name = user.display_name();
    let text = format!(
        "Hello {name},\n\n{}\n\nIf this was you, there is nothing to do.\nIf it was not, reset your password \
         right away and review your account's sessions and sign-in methods.\n",
        capitalize(&change.sentence())
    );
    Some(Mail { to, subject: change.subject().into(), text })
}

/// Mails the user about a security-relevant change. Never fails: the change already happened.
pub async fn notify_security_change(state: &AppState, user: &UserRecord, change: Change) {
    let Some(mail) = security_mail(user, &change) else { return };
    if let Err(e) = state.mailer.send(mail).await {
        tracing::error!(user_id = %user.id, error = %e, ?change, "security notification mail failed");
    }
}

fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::user::store::sample;

    #[test]
    fn mails_say_what_changed_to_the_current_address() {
        let user = sample("ada", "ada@example.com");
        let mail = security_mail(&user, &Change::EmailChanged { new: "new@example.com".into() }).unwrap();
        assert_eq!(mail.to, "ada@example.com");
        assert_eq!(mail.subject, "Your email address was changed");
        assert!(mail
            .text
            .contains("Hello Ada Lovelace,\n\nThe email address of your account was changed to new@example.com."));
        let factor = security_mail(&user, &Change::FactorAdded("passkey \"Laptop\"".into())).unwrap();
        assert!(factor.text.contains("Passkey \"Laptop\" was added"), "{}", factor.text);
        let mut no_mail = user.clone();
        no_mail.email = None;
        assert!(security_mail(&no_mail, &Change::PasswordChanged).is_none());
    }
}
