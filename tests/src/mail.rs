//! Reads the dev outbox: one RFC 5322 `.eml` file per mail.
//!
//! Handles what a mail library writes for a text mail: folded headers, RFC 2047 encoded subjects,
//! `7bit`/`8bit`/`quoted-printable`/`base64` bodies, and a `text/plain` part inside a multipart.

use std::fs;
use std::path::Path;

use anyhow::{Context, Result};
use base64::Engine;

#[derive(Debug, Clone)]
pub struct Mail {
    /// File name, `<unix-millis>-<id>.eml`.
    pub file: String,
    /// The bare address of the first recipient.
    pub to: String,
    pub subject: String,
    /// The decoded text body.
    pub body: String,
}

impl Mail {
    pub fn parse(file: &str, raw: &str) -> Result<Self> {
        let raw = raw.replace("\r\n", "\n");
        let (headers, body) = split_headers(&raw);
        let to = header(&headers, "to").context("mail has no To header")?;
        let subject = header(&headers, "subject").map(|s| decode_words(&s)).unwrap_or_default();
        Ok(Self { file: file.to_owned(), to: bare_address(&to), subject, body: text_body(&headers, body)? })
    }

    /// The value of the `Code: XXXXXX` line.
    pub fn code(&self) -> Option<String> {
        self.body.lines().find_map(|line| {
            let code = line.trim().strip_prefix("Code:")?.trim();
            (!code.is_empty()).then(|| code.to_owned())
        })
    }

    /// The first URL in the body that contains `needle` (for example `/verify?`).
    pub fn link_containing(&self, needle: &str) -> Option<String> {
        self.body
            .split(|c: char| c.is_whitespace() || c == '<' || c == '>' || c == '"')
            .find(|word| word.starts_with("http") && word.contains(needle))
            .map(str::to_owned)
    }
}

/// Parses every `.eml` in `dir`, oldest first (file names start with unix millis).
pub fn read_outbox(dir: &Path) -> Result<Vec<Mail>> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", dir.display())),
    };
    let mut files: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|ext| ext == "eml"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|path| {
            let raw = fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            Mail::parse(&name, &String::from_utf8_lossy(&raw)).with_context(|| format!("in {}", path.display()))
        })
        .collect()
}

type Headers = Vec<(String, String)>;

/// Splits at the first empty line and unfolds continuation lines.
fn split_headers(raw: &str) -> (Headers, &str) {
    let (head, body) = raw.split_once("\n\n").unwrap_or((raw, ""));
    let mut headers: Headers = Vec::new();
    for line in head.lines() {
        if line.starts_with([' ', '\t']) {
            if let Some((_, value)) = headers.last_mut() {
                value.push(' ');
                value.push_str(line.trim());
            }
        } else if let Some((name, value)) = line.split_once(':') {
            headers.push((name.trim().to_ascii_lowercase(), value.trim().to_owned()));
        }
    }
    (headers, body)
}

fn header(headers: &Headers, name: &str) -> Option<String> {
    headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone())
}

/// `"Ada" <ada@example.com>, ...` → `ada@example.com`.
fn bare_address(to: &str) -> String {
    let first = to.split(',').next().unwrap_or(to);
    match (first.find('<'), first.find('>')) {
        (Some(start), Some(end)) if start < end => first[start + 1..end].trim().to_owned(),
        _ => first.trim().to_owned(),
    }
}

/// Decodes the body according to its headers; for a multipart mail, the first text/plain part.
fn text_body(headers: &Headers, body: &str) -> Result<String> {
    let content_type = header(headers, "content-type").unwrap_or_default();
    if content_type.to_ascii_lowercase().starts_with("multipart/") {
        let boundary = param(&content_type, "boundary").context("multipart mail without boundary")?;
        let delimiter = format!("--{boundary}");
        for part in body.split(&delimiter).skip(1) {
            let part = part.strip_prefix('\n').unwrap_or(part);
            let (part_headers, part_body) = split_headers(part);
            let part_type = header(&part_headers, "content-type").unwrap_or_default().to_ascii_lowercase();
            if part_type.is_empty() || part_type.starts_with("text/plain") || part_type.starts_with("multipart/") {
                return text_body(&part_headers, part_body);
            }
        }
        anyhow::bail!("multipart mail without a text/plain part");
    }
    let encoding = header(headers, "content-transfer-encoding").unwrap_or_default().to_ascii_lowercase();
    let bytes = match encoding.as_str() {
        "quoted-printable" => quoted_printable(body, false),
        "base64" => {
            let compact: String = body.chars().filter(|c| !c.is_whitespace()).collect();
            base64::engine::general_purpose::STANDARD.decode(compact).context("bad base64 body")?
        }
        _ => body.as_bytes().to_vec(),
    };
    Ok(String::from_utf8_lossy(&bytes).trim_end().to_owned())
}

/// `text/plain; charset="utf-8"; boundary=abc` → value of `name`.
fn param(value: &str, name: &str) -> Option<String> {
    value.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim().eq_ignore_ascii_case(name).then(|| v.trim().trim_matches('"').to_owned())
    })
}

/// Quoted-printable (RFC 2045); `underscore_is_space` for RFC 2047 `Q` words.
fn quoted_printable(text: &str, underscore_is_space: bool) -> Vec<u8> {
    let text = text.replace("=\n", ""); // soft line breaks
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'=' => match bytes.get(i + 1..i + 3).and_then(hex_byte) {
                Some(byte) => {
                    out.push(byte);
                    i += 3;
                    continue;
                }
                None => out.push(b'='),
            },
            b'_' if underscore_is_space => out.push(b' '),
            byte => out.push(byte),
        }
        i += 1;
    }
    out
}

fn hex_byte(hex: &[u8]) -> Option<u8> {
    u8::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()
}

/// Decodes RFC 2047 encoded words (`=?utf-8?Q?...?=`, `=?utf-8?B?...?=`) in a header value.
fn decode_words(value: &str) -> String {
    let mut out = String::new();
    let mut rest = value;
    let mut after_word = false;
    while let Some(start) = rest.find("=?") {
        let Some((len, text)) = encoded_word(&rest[start..]) else {
            break;
        };
        let gap = &rest[..start];
        // Whitespace between two encoded words is not part of the text.
        if !(after_word && gap.trim().is_empty()) {
            out.push_str(gap);
        }
        out.push_str(&text);
        rest = &rest[start + len..];
        after_word = true;
    }
    out.push_str(rest);
    out
}

/// Parses the `=?charset?encoding?payload?=` at the start of `s`: its length and decoded text.
fn encoded_word(s: &str) -> Option<(usize, String)> {
    let inner = s.strip_prefix("=?")?;
    let (_charset, inner) = inner.split_once('?')?;
    let (encoding, inner) = inner.split_once('?')?;
    let end = inner.find("?=")?;
    let payload = &inner[..end];
    let bytes = match encoding {
        "B" | "b" => base64::engine::general_purpose::STANDARD.decode(payload).ok()?,
        "Q" | "q" => quoted_printable(payload, true),
        _ => return None,
    };
    let len = s.len() - inner.len() + end + 2;
    Some((len, String::from_utf8_lossy(&bytes).into_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_plain_mail() {
        let raw = "From: Gatehouse <noreply@gatehouse.localhost>\r\nTo: \"Ada Tester\" <ada@example.com>\r\n\
                   Subject: Verify your email\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\
                   Hello Ada,\r\nCode: AB12CD\r\nhttp://localhost:1/verify?userId=1&code=AB12CD&loginName=ada\r\n";
        let mail = Mail::parse("1-a.eml", raw).unwrap();
        assert_eq!(mail.to, "ada@example.com");
        assert_eq!(mail.subject, "Verify your email");
        assert_eq!(mail.code().as_deref(), Some("AB12CD"));
        assert_eq!(
            mail.link_containing("/verify?").as_deref(),
            Some("http://localhost:1/verify?userId=1&code=AB12CD&loginName=ada")
        );
    }

    #[test]
    fn decodes_quoted_printable_and_encoded_subject() {
        let raw = "To: ada@example.com\nSubject: =?utf-8?Q?Verify_your_e-mail_=E2=9C=93?=\n\
                   Content-Transfer-Encoding: quoted-printable\n\n\
                   Code: XY=3D12\nhttp://localhost:1/verify?userId=3D1&co=\nde=3DXY\n";
        let mail = Mail::parse("1-b.eml", raw).unwrap();
        assert_eq!(mail.subject, "Verify your e-mail ✓");
        assert_eq!(mail.code().as_deref(), Some("XY=12"));
        assert_eq!(mail.link_containing("verify").as_deref(), Some("http://localhost:1/verify?userId=1&code=XY"));
    }

    #[test]
    fn decodes_base64_part_of_multipart() {
        let body = base64::engine::general_purpose::STANDARD.encode("Code: Q1W2E3\n");
        let raw = format!(
            "To: bob@example.com\nSubject: =?utf-8?B?SGVsbG8=?= =?utf-8?B?IHdvcmxk?=\n\
             Content-Type: multipart/alternative; boundary=\"XX\"\n\n--XX\n\
             Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n{body}\n--XX--\n"
        );
        let mail = Mail::parse("1-c.eml", &raw).unwrap();
        assert_eq!(mail.subject, "Hello world");
        assert_eq!(mail.code().as_deref(), Some("Q1W2E3"));
    }
}
