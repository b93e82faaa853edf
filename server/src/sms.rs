//! Outgoing SMS: a provider trait and the dev outbox (`<data>/outbox/sms/<unix-millis>-<n>.txt`), mirroring
//! [`crate::mail`]. Without the dev outbox (a server that sends real mail) no SMS provider is configured yet, and
//! sending fails with a clear error instead of silently dropping codes.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use serde::Serialize;

use crate::error::{Error, Result};
use crate::mail::SendFuture;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Sms {
    /// E.164, `+41791234567`.
    pub to: String,
    pub text: String,
}

pub trait SmsSender: Send + Sync {
    fn send(&self, sms: Sms) -> SendFuture<'_>;
}

/// Writes each message as a small text file: `To: <number>`, a blank line, the text.
pub struct DevOutbox {
    dir: PathBuf,
    counter: AtomicU64,
}

impl SmsSender for DevOutbox {
    fn send(&self, sms: Sms) -> SendFuture<'_> {
        Box::pin(async move {
            tokio::fs::create_dir_all(&self.dir).await?;
            let millis = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_millis());
            let n = self.counter.fetch_add(1, Ordering::Relaxed);
            let path = self.dir.join(format!("{millis}-{n}.txt"));
            tokio::fs::write(&path, format!("To: {}\n\n{}\n", sms.to, sms.text)).await?;
            tracing::info!(to = %sms.to, file = %path.display(), "sms written to dev outbox");
            Ok(())
        })
    }
}

/// No provider: every send fails (the API answers failed_precondition, so callers know no code went out).
pub struct Unconfigured;

impl SmsSender for Unconfigured {
    fn send(&self, _sms: Sms) -> SendFuture<'_> {
        Box::pin(async { Err(no_provider()) })
    }
}

pub fn no_provider() -> Error {
    Error::failed_precondition("SMS-NoProvider", "No SMS provider is configured")
}

/// The dev outbox next to the mail outbox when that is in use; otherwise no provider.
pub fn from_mail_outbox(mail_outbox: Option<&Path>) -> Arc<dyn SmsSender> {
    match mail_outbox {
        Some(dir) => Arc::new(DevOutbox { dir: outbox_dir(dir), counter: AtomicU64::new(0) }),
        None => Arc::new(Unconfigured),
    }
}

pub fn outbox_dir(mail_outbox: &Path) -> PathBuf {
    mail_outbox.join("sms")
}

/// One message from the dev outbox, for `/gatehouse/v1/dev/outbox`.
#[derive(Debug, Serialize)]
pub struct OutboxSms {
    pub id: String,
    pub to: String,
    pub text: String,
}

/// The dev outbox's messages, newest first.
pub async fn read_outbox(mail_outbox: &Path) -> Result<Vec<OutboxSms>> {
    let dir = outbox_dir(mail_outbox);
    let mut entries = match tokio::fs::read_dir(&dir).await {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e.into()),
    };
    let mut ids = Vec::new();
    while let Some(entry) = entries.next_entry().await? {
        if let Some(id) = entry.file_name().to_string_lossy().strip_suffix(".txt") {
            ids.push(id.to_owned());
        }
    }
    ids.sort_by_key(|id| {
        let (ms, n) = id.split_once('-').unwrap_or((id, "0"));
        (std::cmp::Reverse(ms.parse::<u128>().unwrap_or(0)), std::cmp::Reverse(n.parse::<u64>().unwrap_or(0)))
    });
    let mut out = Vec::new();
    for id in ids {
        let raw = tokio::fs::read_to_string(dir.join(format!("{id}.txt"))).await?;
        let (head, text) = raw.split_once("\n\n").unwrap_or((&raw, ""));
        let to = head.strip_prefix("To: ").unwrap_or(head).trim().to_owned();
        out.push(OutboxSms { id, to, text: text.trim_end().to_owned() });
    }
    Ok(out)
}

/// Normalises a phone number to E.164: `+`, country code and number, 8 to 15 digits; spaces, dashes, dots and
/// parentheses are dropped, a leading `00` becomes `+`. Numbers without a country code are refused rather than
/// guessed.
pub fn normalize_phone(input: &str) -> Result<String> {
    let compact: String = input.chars().filter(|c| !matches!(c, ' ' | '-' | '.' | '(' | ')' | '\u{a0}')).collect();
    let digits = compact.strip_prefix('+').or_else(|| compact.strip_prefix("00"));
    match digits {
        Some(d) if (8..=15).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()) && !d.starts_with('0') => {
            Ok(format!("+{d}"))
        }
        _ => Err(Error::invalid(
            "PHONE-so0wa",
            "Phone number is invalid: use the international form, like +41 79 123 45 67",
        )),
    }
}

pub fn verification_sms(to: &str, code: &str) -> Sms {
    Sms { to: to.to_owned(), text: format!("Gatehouse verification code: {code} (valid for one hour)") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones_normalise_to_e164() {
        assert_eq!(normalize_phone("+41 79 123 45 67").unwrap(), "+41791234567");
        assert_eq!(normalize_phone("0041 (79) 123-45-67").unwrap(), "+41791234567");
        for bad in ["", "079 123 45 67", "+41 79 abc", "+0123456789", "+1234567", "+1234567890123456"] {
            assert!(normalize_phone(bad).is_err(), "{bad}");
        }
    }

    #[tokio::test]
    async fn dev_outbox_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let sender = from_mail_outbox(Some(dir.path()));
        sender.send(verification_sms("+41791234567", "ABC123")).await.unwrap();
        let read = read_outbox(dir.path()).await.unwrap();
        assert_eq!(read.len(), 1);
        assert_eq!(read[0].to, "+41791234567");
        assert!(read[0].text.contains("ABC123"));
        assert!(Unconfigured.send(verification_sms("+41791234567", "X")).await.is_err());
    }
}
