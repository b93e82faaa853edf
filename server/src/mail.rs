//! Outgoing mail: a transport trait with SMTP (lettre) and the dev outbox (`.eml` files in the data dir), plus the
//! texts of the mails we send.

use std::future::Future;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use lettre::message::header::{ContentTransferEncoding, ContentType};
use lettre::message::{Body, Mailbox};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use serde::Serialize;

use crate::auth::Caller;
use crate::config::Config;
use crate::error::{Error, Result};
use crate::AppState;

#[derive(Clone, Debug)]
pub struct Mail {
    pub to: String,
    pub subject: String,
    pub text: String,
}

pub type SendFuture<'a> = Pin<Box<dyn Future<Output = Result<()>> + Send + 'a>>;

pub trait Mailer: Send + Sync {
    fn send(&self, mail: Mail) -> SendFuture<'_>;
}

fn build_message(from: &Mailbox, mail: &Mail, encoding: ContentTransferEncoding) -> Result<Message> {
    let to: Mailbox =
        mail.to.parse().map_err(|e| Error::invalid("MAIL-Address", format!("invalid recipient address: {e}")))?;
    // 8bit only fits when every line is short; long links fall back to quoted-printable.
    let body = Body::new_with_encoding(mail.text.clone(), encoding)
        .or_else(|_| Body::new_with_encoding(mail.text.clone(), ContentTransferEncoding::QuotedPrintable))
        .map_err(|_| Error::Mail("mail body cannot be encoded".into()))?;
    Ok(Message::builder()
        .from(from.clone())
        .to(to)
        .subject(mail.subject.clone())
        .date_now()
        .header(ContentType::TEXT_PLAIN)
        .body(body)?)
}

/// Writes every mail as `<data>/outbox/<unix-millis>-<n>.eml`, for development and tests.
pub struct DevOutbox {
    dir: PathBuf,
    from: Mailbox,
    counter: AtomicU64,
}

impl Mailer for DevOutbox {
    fn send(&self, mail: Mail) -> SendFuture<'_> {
        Box::pin(async move {
            // 8bit keeps the UTF-8 text readable as-is in the file where the lines allow it.
            let message = build_message(&self.from, &mail, ContentTransferEncoding::EightBit)?;
            let millis = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_millis());
            let n = self.counter.fetch_add(1, Ordering::Relaxed);
            let path = self.dir.join(format!("{millis}-{n}.eml"));
            tokio::fs::write(&path, message.formatted()).await?;
            tracing::info!(to = %mail.to, subject = %mail.subject, file = %path.display(), "mail written to dev outbox");
            Ok(())
        })
    }
}

pub struct Smtp {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl Mailer for Smtp {
    fn send(&self, mail: Mail) -> SendFuture<'_> {
        Box::pin(async move {
            let message = build_message(&self.from, &mail, ContentTransferEncoding::QuotedPrintable)?;
            self.transport.send(message).await?;
            tracing::info!(to = %mail.to, subject = %mail.subject, "mail sent");
            Ok(())
        })
    }
}

/// SMTP when configured; otherwise the dev outbox, which is refused unless we listen on loopback only (mail to a
/// folder on a public server would silently lose every code).
pub fn from_config(config: &Config, bound: SocketAddr) -> Result<(Arc<dyn Mailer>, Option<PathBuf>)> {
    let from: Mailbox = config
        .mail_from
        .parse()
        .map_err(|e| Error::internal(format!("--mail-from {:?} is not an address: {e}", config.mail_from)))?;
    if let Some(url) = &config.smtp_url {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)?.build();
        return Ok((Arc::new(Smtp { transport, from }), None));
    }
    if !bound.ip().is_loopback() {
        return Err(Error::internal(format!(
            "listening on {bound} (not loopback) without --smtp-url: set --smtp-url, the dev outbox is for local use only"
        )));
    }
    let dir = config.data_dir.join("outbox");
    std::fs::create_dir_all(&dir)?;
    Ok((Arc::new(DevOutbox { dir: dir.clone(), from, counter: AtomicU64::new(0) }), Some(dir)))
}

// ---- texts ---------------------------------------------------------------------------------------------------

/// Fills ZITADEL-style `urlTemplate` placeholders.
pub fn fill_template(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_owned();
    for (key, value) in values {
        out = out.replace(&format!("{{{{.{key}}}}}"), value);
    }
    out
}

pub fn link(public_url: &url::Url, path: &str, params: &[(&str, &str)]) -> String {
    let mut url = public_url.clone();
    url.set_path(path);
    url.query_pairs_mut().clear().extend_pairs(params);
    url.to_string()
}

pub fn verification_mail(to: &str, display_name: &str, code: &str, link: &str) -> Mail {
    Mail {
        to: to.to_owned(),
        subject: "Verify your email".into(),
        text: format!(
            "Hello {display_name},\n\nplease confirm your email address\n{to}\nby entering this code:\n\n\
             Code: {code}\n\nor by opening this link:\n{link}\n\nThe code is valid for one hour.\n\
             If you did not ask for this, ignore this mail.\n"
        ),
    }
}

pub fn password_reset_mail(to: &str, display_name: &str, code: &str, link: &str) -> Mail {
    Mail {
        to: to.to_owned(),
        subject: "Reset your password".into(),
        text: format!(
            "Hello {display_name},\n\nsomeone asked to reset your password.\nTo choose a new one, open this link:\n\
             {link}\n\nCode: {code}\n\nThe code is valid for one hour.\nIf you did not ask for this, ignore this mail.\n"
        ),
    }
}

// ---- dev outbox listing --------------------------------------------------------------------------------------

#[derive(Serialize)]
struct OutboxMail {
    id: String,
    to: String,
    subject: String,
    date: String,
    text: String,
}

pub fn routes() -> Router<AppState> {
    Router::new().route("/gatehouse/v1/dev/outbox", get(list_outbox))
}

async fn list_outbox(State(state): State<AppState>, caller: Result<Caller>) -> Response {
    let Some(dir) = state.outbox_dir.clone() else { return crate::rpc::not_found() };
    if let Err(e) = caller {
        return e.into_response();
    }
    let both = async { Ok::<_, Error>((read_outbox(&dir).await?, crate::sms::read_outbox(&dir).await?)) };
    match both.await {
        Ok((mails, sms)) => {
            let mut response = Json(serde_json::json!({ "mails": mails, "sms": sms })).into_response();
            response
                .headers_mut()
                .insert(axum::http::header::CACHE_CONTROL, axum::http::HeaderValue::from_static("no-store"));
            response
        }
        Err(e) => e.into_response(),
    }
}

async fn read_outbox(dir: &Path) -> Result<Vec<OutboxMail>> {
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

fn parse_eml(id: String, raw: &str) -> OutboxMail {
    let raw = raw.replace("\r\n", "\n");
    let (head, body) = raw.split_once("\n\n").unwrap_or((&raw, ""));
    let mut headers: Vec<(String, String)> = Vec::new();
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
    let header = |name: &str| headers.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default();
    let to = header("to");
    let to = match (to.find('<'), to.rfind('>')) {
        (Some(a), Some(b)) if a < b => to[a + 1..b].to_owned(),
        _ => to,
    };
    let text = match header("content-transfer-encoding").to_ascii_lowercase().as_str() {
        "quoted-printable" => decode_quoted_printable(body),
        "base64" => {
            use base64::Engine;
            let compact: String = body.split_whitespace().collect();
            base64::engine::general_purpose::STANDARD
                .decode(compact)
                .map(|b| String::from_utf8_lossy(&b).into_owned())
                .unwrap_or_else(|_| body.to_owned())
        }
        _ => body.to_owned(),
    };
    OutboxMail { id, to, subject: header("subject"), date: header("date"), text }
}

fn decode_quoted_printable(body: &str) -> String {
    let mut out = Vec::new();
    let bytes = body.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'=' if bytes.get(i + 1) == Some(&b'\n') => i += 2,
            b'=' if i + 2 < bytes.len() => match u8::from_str_radix(&body[i + 1..i + 3], 16) {
                Ok(b) => {
                    out.push(b);
                    i += 3;
                }
                Err(_) => {
                    out.push(b'=');
                    i += 1;
                }
            },
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_fill_placeholders() {
        let t = "https://x/verify?u={{.UserID}}&c={{.Code}}";
        assert_eq!(fill_template(t, &[("UserID", "1"), ("Code", "ABC")]), "https://x/verify?u=1&c=ABC");
    }

    #[test]
    fn eml_round_trip_through_lettre() {
        let from: Mailbox = "Gatehouse <no-reply@gatehouse.localhost>".parse().unwrap();
        let long_link =
            format!("http://localhost:8080/verify?userId={}&code=ABC234&loginName=ada%40example.com", "9".repeat(18));
        let mail = verification_mail("ada@example.com", "Ada Lövelace", "ABC234", &long_link);
        for enc in [ContentTransferEncoding::EightBit, ContentTransferEncoding::QuotedPrintable] {
            let msg = build_message(&from, &mail, enc).unwrap();
            let parsed = parse_eml("1-0".into(), &String::from_utf8(msg.formatted()).unwrap());
            assert_eq!(parsed.to, "ada@example.com");
            assert_eq!(parsed.subject, "Verify your email");
            assert!(parsed.text.contains("\nCode: ABC234\n"), "{}", parsed.text);
            assert!(parsed.text.contains("Ada Lövelace"));
            assert!(parsed.text.contains(&long_link), "{}", parsed.text);
        }
    }
}
