//! Outgoing mail: a transport trait with SMTP (lettre) and the dev outbox (`.eml` files in the data dir). What the
//! mails say, in which language and with whose branding: `compose` (texts in `locale`, parts built in `render`).

pub mod compose;
pub mod locale;
mod outbox;
pub mod render;

pub use compose::{send, Template};

use std::future::Future;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use lettre::message::header::{ContentTransferEncoding, ContentType};
use lettre::message::{Body, Mailbox, MultiPart, SinglePart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::auth::Caller;
use crate::config::Config;
use crate::error::{Error, Result};
use crate::AppState;

#[derive(Clone, Debug)]
pub struct Mail {
    pub to: String,
    pub subject: String,
    pub text: String,
    /// The same content as HTML; sent as `multipart/alternative` with the text first.
    pub html: Option<String>,
}

pub type SendFuture<'a> = Pin<Box<dyn Future<Output = Result<()>> + Send + 'a>>;

pub trait Mailer: Send + Sync {
    fn send(&self, mail: Mail) -> SendFuture<'_>;
}

fn build_message(from: &Mailbox, mail: &Mail, encoding: ContentTransferEncoding) -> Result<Message> {
    let to: Mailbox =
        mail.to.parse().map_err(|e| Error::invalid("MAIL-Address", format!("invalid recipient address: {e}")))?;
    let builder = Message::builder().from(from.clone()).to(to).subject(mail.subject.clone()).date_now();
    let text = part(ContentType::TEXT_PLAIN, &mail.text, encoding)?;
    Ok(match &mail.html {
        Some(html) => builder.multipart(MultiPart::alternative().singlepart(text).singlepart(part(
            ContentType::TEXT_HTML,
            html,
            encoding,
        )?))?,
        None => builder.singlepart(text)?,
    })
}

fn part(content_type: ContentType, content: &str, encoding: ContentTransferEncoding) -> Result<SinglePart> {
    // 8bit only fits when every line is short; long links fall back to quoted-printable.
    let body = Body::new_with_encoding(content.to_owned(), encoding)
        .or_else(|_| Body::new_with_encoding(content.to_owned(), ContentTransferEncoding::QuotedPrintable))
        .map_err(|_| Error::Mail("mail body cannot be encoded".into()))?;
    Ok(SinglePart::builder().header(content_type).body(body))
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

// ---- dev outbox listing --------------------------------------------------------------------------------------

pub fn routes() -> Router<AppState> {
    Router::new().route("/gatehouse/v1/dev/outbox", get(list_outbox))
}

async fn list_outbox(State(state): State<AppState>, caller: Result<Caller>) -> Response {
    let Some(dir) = state.outbox_dir.clone() else { return crate::rpc::not_found() };
    if let Err(e) = caller {
        return e.into_response();
    }
    let both = async { Ok::<_, Error>((outbox::read(&dir).await?, crate::sms::read_outbox(&dir).await?)) };
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
        let mail = Mail {
            to: "ada@example.com".into(),
            subject: "Bestätige deine E-Mail".into(),
            text: format!("Hallo Ada Lövelace,\n\nCode: ABC234\n\n{long_link}\n"),
            html: Some(format!("<p>Hallo Ada Lövelace</p>\n<a href=\"{long_link}\">x</a>")),
        };
        for enc in [ContentTransferEncoding::EightBit, ContentTransferEncoding::QuotedPrintable] {
            let msg = String::from_utf8(build_message(&from, &mail, enc).unwrap().formatted()).unwrap();
            assert!(msg.contains("multipart/alternative"), "{msg}");
            let parsed = outbox::parse_eml("1-0".into(), &msg);
            assert_eq!(parsed.to, "ada@example.com");
            assert_eq!(parsed.subject, "Bestätige deine E-Mail");
            assert!(parsed.text.contains("\nCode: ABC234\n"), "{}", parsed.text);
            assert!(parsed.text.contains("Ada Lövelace") && !parsed.text.contains("<p>"), "{}", parsed.text);
            assert!(parsed.text.contains(&long_link), "{}", parsed.text);
            let html = parsed.html.unwrap();
            assert!(html.contains("<p>Hallo Ada Lövelace</p>") && html.contains(&long_link), "{html}");
        }
        let plain = Mail { html: None, ..mail };
        let msg =
            String::from_utf8(build_message(&from, &plain, ContentTransferEncoding::EightBit).unwrap().formatted());
        let parsed = outbox::parse_eml("1-0".into(), &msg.unwrap());
        assert!(parsed.text.contains("Code: ABC234") && parsed.html.is_none());
    }
}
