//! The mails the server sends to a user, composed in the user's language with their organisation's branding:
//! [`send`] is what the features call; [`compose`] (pure) builds both parts for tests.

use super::locale::{self, Arg};
use super::render::{self, Action, Brand, Content};
use super::Mail;
use crate::branding::assets::{self, Slot};
use crate::branding::store::{self, Stage};
use crate::branding::theme;
use crate::error::Result;
use crate::user::store::UserRecord;
use crate::AppState;

/// What a mail is about; codes and links are the caller's, the texts come from `server/locales/<lang>.ftl`.
#[derive(Clone, Debug)]
pub enum Template {
    /// A code (and link) confirming `email`.
    VerifyEmail {
        email: String,
        code: String,
        link: String,
        hours: i64,
    },
    PasswordReset {
        code: String,
        link: String,
        hours: i64,
    },
    /// A one-time sign-in code (second factor by email).
    Otp {
        code: String,
        minutes: i64,
    },
    /// A link that lets the user register a passkey.
    PasskeyLink {
        link: String,
        hours: i64,
    },
    /// A change to the account's security (see `user::notify`): message ids and their arguments.
    Security {
        subject: &'static str,
        sentence: &'static str,
        args: Vec<(&'static str, Arg)>,
    },
}

/// Who receives the mail, as far as its texts and looks go.
#[derive(Clone, Debug)]
pub struct Recipient {
    pub lang: &'static str,
    pub name: String,
    pub brand: Brand,
}

/// Composes `template` for `user` and mails it to `to` (usually the user's address; a pending new address for an
/// email change).
pub async fn send(state: &AppState, user: &UserRecord, to: &str, template: Template) -> Result<()> {
    let recipient = recipient(state, user).await?;
    state.mailer.send(compose(&recipient, to, &template)).await
}

/// The user's language and their organisation's active branding.
pub async fn recipient(state: &AppState, user: &UserRecord) -> Result<Recipient> {
    // The instance default as set with Admin SetDefaultLanguage; `locale::choose` keeps only languages we have
    // mail texts for and falls back to English.
    let default = crate::i18n::store::default_language(state).await?;
    let lang = locale::choose(user.preferred_language.as_deref(), default.as_deref());
    Ok(Recipient { lang, name: user.display_name(), brand: brand(state, &user.org_id).await? })
}

/// The org's active label policy (else the instance's), light colours, logo as an absolute URL.
pub async fn brand(state: &AppState, org_id: &str) -> Result<Brand> {
    let found = store::effective(state, Some(org_id), Stage::Active).await?;
    let colors = theme::colors(&found.label.fields, false);
    let logo = assets::url(state, &found.label, Slot::Logo);
    let sender: Option<String> =
        sqlx::query_scalar("SELECT name FROM orgs WHERE id = $1").bind(org_id).fetch_optional(&state.db.read).await?;
    Ok(Brand {
        primary: colors.primary,
        background: colors.background,
        font: colors.font,
        logo_url: (!logo.is_empty()).then_some(logo),
        sender: sender.unwrap_or_else(|| "Gatehouse".into()),
    })
}

pub fn compose(r: &Recipient, to: &str, template: &Template) -> Mail {
    let content = content(r, template);
    Mail {
        to: to.to_owned(),
        subject: content.subject.clone(),
        text: render::text(&content),
        html: Some(render::html(&content, &r.brand)),
    }
}

fn content(r: &Recipient, template: &Template) -> Content {
    let lang = r.lang;
    let t = |id: &str| locale::text(lang, id, &[]);
    let count = |id: &str, name: &'static str, n: i64| locale::text(lang, id, &[(name, Arg::Count(n))]);
    let code_line = |code: &str| Some((t("mail-code-label"), code.to_owned()));
    let action = |lead: Option<&str>, button: &str, url: &str| {
        Some(Action { lead: lead.map(t), button: t(button), url: url.to_owned() })
    };
    let mut c = Content {
        lang,
        subject: String::new(),
        greeting: locale::text(lang, "mail-greeting", &[("name", Arg::Text(r.name.clone()))]),
        intro: String::new(),
        code: None,
        action: None,
        notes: Vec::new(),
        footer: locale::text(lang, "mail-footer", &[("sender", Arg::Text(r.brand.sender.clone()))]),
        button_fallback: t("mail-button-fallback"),
    };
    match template {
        Template::VerifyEmail { email, code, link, hours } => {
            c.subject = t("mail-verify-subject");
            c.intro = locale::text(lang, "mail-verify-intro", &[("email", Arg::Text(email.clone()))]);
            c.code = code_line(code);
            c.action = action(Some("mail-or-open-link"), "mail-verify-button", link);
            c.notes = vec![count("mail-verify-validity", "hours", *hours), t("mail-ignore")];
        }
        Template::PasswordReset { code, link, hours } => {
            c.subject = t("mail-reset-subject");
            c.intro = t("mail-reset-intro");
            c.code = code_line(code);
            c.action = action(Some("mail-or-open-link"), "mail-reset-button", link);
            c.notes = vec![count("mail-reset-validity", "hours", *hours), t("mail-ignore")];
        }
        Template::Otp { code, minutes } => {
            c.subject = t("mail-otp-subject");
            c.intro = t("mail-otp-intro");
            c.code = code_line(code);
            c.notes = vec![count("mail-otp-validity", "minutes", *minutes), t("mail-otp-ignore")];
        }
        Template::PasskeyLink { link, hours } => {
            c.subject = t("mail-passkey-link-subject");
            c.intro = t("mail-passkey-link-intro");
            c.action = action(None, "mail-passkey-link-button", link);
            c.notes = vec![count("mail-passkey-link-validity", "hours", *hours), t("mail-passkey-link-ignore")];
        }
        Template::Security { subject, sentence, args } => {
            c.subject = t(subject);
            c.intro = locale::text(lang, sentence, args);
            c.notes = vec![t("mail-security-if-you"), t("mail-security-if-not")];
        }
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::branding::color::Rgb;

    fn recipient(lang: &'static str) -> Recipient {
        Recipient {
            lang,
            name: "Ada <Lovelace>".into(),
            brand: Brand {
                primary: Rgb(0x12, 0x34, 0x56),
                background: Rgb(0xfa, 0xfa, 0xfa),
                font: Rgb(0, 0, 0),
                logo_url: None,
                sender: "Acme".into(),
            },
        }
    }

    #[test]
    fn verification_mail_has_both_parts_in_english() {
        let t = Template::VerifyEmail {
            email: "ada@example.com".into(),
            code: "ABC234".into(),
            link: "http://localhost/verify?code=ABC234".into(),
            hours: 1,
        };
        let mail = compose(&recipient("en"), "ada@example.com", &t);
        assert_eq!(mail.subject, "Verify your email");
        assert!(mail.text.starts_with("Hello Ada <Lovelace>,\n\nPlease confirm your email address ada@example.com"));
        assert!(mail.text.contains("\nCode: ABC234\n") && mail.text.contains("valid for one hour"), "{}", mail.text);
        assert!(mail.text.contains("\nhttp://localhost/verify?code=ABC234\n"), "{}", mail.text);
        let html = mail.html.unwrap();
        assert!(html.contains("Hello Ada &lt;Lovelace&gt;,") && html.contains("#123456"), "{html}");
        assert!(html.contains(">ABC234</span>") && html.contains("Verify email</a>"), "{html}");
    }

    #[test]
    fn security_mail_names_the_factor_in_the_recipients_language() {
        let t = Template::Security {
            subject: "mail-security-factor-added-subject",
            sentence: "mail-security-factor-added",
            args: vec![("factor", Arg::Message("mail-factor-passkey", vec![("name", Arg::Text("Laptop".into()))]))],
        };
        let mail = compose(&recipient("en"), "ada@example.com", &t);
        assert_eq!(mail.subject, "A sign-in method was added to your account");
        assert!(mail.text.contains("The passkey “Laptop” was added to your account"), "{}", mail.text);
        assert!(mail.text.contains("\n-- \nThis mail was sent by Acme"), "{}", mail.text);
    }

    #[test]
    fn otp_minutes_use_the_plural_form() {
        let mail = compose(&recipient("en"), "a@b.c", &Template::Otp { code: "123456".into(), minutes: 5 });
        assert!(mail.text.contains("It is valid for 5 minutes."), "{}", mail.text);
        assert!(mail.html.unwrap().contains(">123456</span>"));
    }

    #[test]
    fn german_when_bundled() {
        if locale::supported("de").is_none() {
            return; // the translations land separately; English is covered above
        }
        let t = Template::PasswordReset { code: "X".into(), link: "http://l/p".into(), hours: 1 };
        let mail = compose(&recipient("de"), "a@b.c", &t);
        assert_ne!(mail.subject, "Reset your password");
        assert!(mail.html.unwrap().contains("<html lang=\"de\""));
    }
}
