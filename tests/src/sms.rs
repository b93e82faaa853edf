//! The dev SMS outbox (`<data>/outbox/sms/<unix-millis>-<n>.txt`: `To: <number>`, a blank line, the text), read
//! like the mail outbox.

use std::time::{Duration, Instant};

use anyhow::{bail, Result};

use crate::TestServer;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sms {
    pub to: String,
    pub text: String,
}

impl Sms {
    fn parse(raw: &str) -> Option<Sms> {
        let (head, text) = raw.split_once("\n\n")?;
        let to = head.strip_prefix("To: ")?.trim().to_owned();
        Some(Sms { to, text: text.trim().to_owned() })
    }

    /// The first run of 6 to 8 digits in the text (the code of "Your sign-in code: 123456. ...").
    pub fn code(&self) -> Option<String> {
        self.text.split(|c: char| !c.is_ascii_digit()).find(|run| (6..=8).contains(&run.len())).map(str::to_owned)
    }
}

impl TestServer {
    /// Every SMS in the dev outbox to `to` (E.164), oldest first.
    pub fn sms_to(&self, to: &str) -> Result<Vec<Sms>> {
        let dir = self.data_dir().join("outbox").join("sms");
        let mut files: Vec<(u128, u64, String)> = match std::fs::read_dir(&dir) {
            Ok(entries) => entries
                .filter_map(|e| e.ok())
                .filter_map(|e| {
                    let name = e.file_name().to_string_lossy().into_owned();
                    let (millis, n) = name.strip_suffix(".txt")?.split_once('-')?;
                    Some((millis.parse().ok()?, n.parse().ok()?, std::fs::read_to_string(e.path()).ok()?))
                })
                .collect(),
            Err(_) => Vec::new(),
        };
        files.sort();
        Ok(files.iter().filter_map(|(_, _, raw)| Sms::parse(raw)).filter(|s| s.to == to).collect())
    }

    /// Waits until at least `count` SMS to `to` exist and returns the newest.
    pub async fn wait_for_sms(&self, to: &str, count: usize) -> Result<Sms> {
        let started = Instant::now();
        loop {
            let mut all = self.sms_to(to)?;
            if all.len() >= count {
                if let Some(newest) = all.pop() {
                    return Ok(newest);
                }
            }
            if started.elapsed() > Duration::from_secs(10) {
                bail!("expected {count} SMS to {to}, found {}", all.len());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_outbox_file_and_finds_the_code() {
        let sms = Sms::parse("To: +41795551234\n\nYour sign-in code: 482913. Valid 5 minutes.\n").unwrap();
        assert_eq!(sms.to, "+41795551234");
        assert_eq!(sms.code().as_deref(), Some("482913"));
        assert!(Sms::parse("garbage").is_none());
    }
}
