//! Reading the dev outbox back for `/gatehouse/v1/dev/outbox`: the `.eml` files lettre wrote, decoded to the
//! subject, the plain-text part and the HTML part.

use std::path::Path;

use base64::Engine;
use serde::Serialize;

use crate::error::Result;

#[derive(Serialize)]
pub struct OutboxMail {
    pub id: String,
    pub to: String,
    pub subject: String,
    pub date: String,
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub html: Option<String>,
}

/// Every mail in `dir`, newest first.
pub async fn read(dir: &Path) -> Result<Vec<OutboxMail>> {
    let mut names = Vec::new();
    let mut entries = tokio::fs::read_dir(dir).await?;
    while let Some(entry) = entries.next_entry().await? {
        let name = entry.file_name().to_string_lossy().into_owned();
        if let Some(id) = name.strip_suffix(".eml") {
            names.push(id.to_owned());
        }
    }
    // `<millis>-<n>`: newest first by (millis, n).
    names.sort_by_key(|id| {
        let (ms, n) = id.split_once('-').unwrap_or((id, "0"));
        (std::cmp::Reverse(ms.parse::<u128>().unwrap_or(0)), std::cmp::Reverse(n.parse::<u64>().unwrap_or(0)))
    });
    let mut mails = Vec::new();
    for id in names {
        let raw = tokio::fs::read(dir.join(format!("{id}.eml"))).await?;
        mails.push(parse_eml(id, &String::from_utf8_lossy(&raw)));
    }
    Ok(mails)
}

type Headers = Vec<(String, String)>;

pub fn parse_eml(id: String, raw: &str) -> OutboxMail {
    let raw = raw.replace("\r\n", "\n");
    let (headers, body) = split_headers(&raw);
    let to = header(&headers, "to");
    let to = match (to.find('<'), to.rfind('>')) {
        (Some(a), Some(b)) if a < b => to[a + 1..b].to_owned(),
        _ => to,
    };
    let (mut text, mut html) = (None, None);
    collect_parts(&headers, body, &mut text, &mut html);
    OutboxMail {
        id,
        to,
        subject: decode_words(&header(&headers, "subject")),
        date: header(&headers, "date"),
        text: text.unwrap_or_default(),
        html,
    }
}

/// Walks (nested) multiparts and keeps the first text/plain and text/html parts.
fn collect_parts(headers: &Headers, body: &str, text: &mut Option<String>, html: &mut Option<String>) {
    let content_type = header(headers, "content-type").to_ascii_lowercase();
    if content_type.starts_with("multipart/") {
        let Some(boundary) = param(&header(headers, "content-type"), "boundary") else { return };
        let delimiter = format!("--{boundary}");
        for part in body.split(&delimiter).skip(1) {
            if part.starts_with("--") {
                break;
            }
            let part = part.strip_prefix('\n').unwrap_or(part);
            let (part_headers, part_body) = split_headers(part);
            collect_parts(&part_headers, part_body.strip_suffix('\n').unwrap_or(part_body), text, html);
        }
        return;
    }
    let decoded = decode_body(&header(headers, "content-transfer-encoding"), body);
    let slot = if content_type.starts_with("text/html") { html } else { text };
    if slot.is_none() {
        *slot = Some(decoded);
    }
}

fn split_headers(raw: &str) -> (Headers, &str) {
    let (head, body) = raw.split_once("\n\n").unwrap_or((raw, ""));
    let mut headers: Headers = Vec::new();
    for line in head.lines() {
        if line.starts_with([' ', '\t']) {
            if let Some(last) = headers.last_mut() {
                last.1.push(' ');
                last.1.push_str(line.trim());
            }
        } else if let Some((k, v)) = line.split_once(':') {
            headers.push((k.trim().to_ascii_lowercase(), v.trim().to_owned()));
        }
    }
    (headers, body)
}

fn header(headers: &Headers, name: &str) -> String {
    headers.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default()
}

fn param(value: &str, name: &str) -> Option<String> {
    value.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim().eq_ignore_ascii_case(name).then(|| v.trim().trim_matches('"').to_owned())
    })
}

fn decode_body(encoding: &str, body: &str) -> String {
    match encoding.to_ascii_lowercase().as_str() {
        "quoted-printable" => String::from_utf8_lossy(&quoted_printable(body, false)).into_owned(),
        "base64" => {
            let compact: String = body.split_whitespace().collect();
            base64::engine::general_purpose::STANDARD
                .decode(compact)
                .map(|b| String::from_utf8_lossy(&b).into_owned())
                .unwrap_or_else(|_| body.to_owned())
        }
        _ => body.to_owned(),
    }
}

/// RFC 2047 encoded words (`=?utf-8?b?...?=`, `=?utf-8?q?...?=`), as lettre writes non-ASCII subjects.
fn decode_words(value: &str) -> String {
    let mut out = String::new();
    let mut rest = value;
    let mut last_was_word = false;
    while let Some(start) = rest.find("=?") {
        let word = rest[start + 2..].splitn(3, '?').collect::<Vec<_>>();
        let decoded = match word.as_slice() {
            [_charset, enc, tail] => tail.find("?=").and_then(|end| {
                let data = &tail[..end];
                let bytes = match enc.to_ascii_lowercase().as_str() {
                    "b" => base64::engine::general_purpose::STANDARD.decode(data).ok()?,
                    "q" => quoted_printable(data, true),
                    _ => return None,
                };
                let consumed = start + 2 + word[0].len() + 1 + word[1].len() + 1 + end + 2;
                Some((String::from_utf8_lossy(&bytes).into_owned(), consumed))
            }),
            _ => None,
        };
        let Some((text, consumed)) = decoded else { break };
        let between = &rest[..start];
        // Whitespace between two encoded words is folding, not content.
        if !(last_was_word && between.trim().is_empty()) {
            out.push_str(between);
        }
        out.push_str(&text);
        rest = &rest[consumed..];
        last_was_word = true;
    }
    out.push_str(rest);
    out
}

/// Quoted-printable (RFC 2045); `underscore_is_space` for RFC 2047 `Q` words.
fn quoted_printable(body: &str, underscore_is_space: bool) -> Vec<u8> {
    let body = body.replace("=\n", "");
    let bytes = body.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'=' => match body.get(i + 1..i + 3).and_then(|h| u8::from_str_radix(h, 16).ok()) {
                Some(b) => {
                    out.push(b);
                    i += 3;
                }
                None => {
                    out.push(b'=');
                    i += 1;
                }
            },
            b'_' if underscore_is_space => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoded_words_decode() {
        assert_eq!(decode_words("=?utf-8?b?w6TDtsO8?= =?utf-8?q?_x=C3=A4?= end"), "äöü xä end");
        assert_eq!(decode_words("plain subject"), "plain subject");
    }
}
