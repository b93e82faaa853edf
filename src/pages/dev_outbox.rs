//! `/dev/outbox`: the mail (and text messages) the server "sent" while the dev outbox is its transport
//! (development only).

use gatehouse_api::{ApiError, Code};
use leptos::either::Either;
use leptos::prelude::*;
use serde::Deserialize;

use crate::client;
use crate::components::Card;
use crate::i18n::{format_date_text, t, Msg};
use crate::load::Load;

const OUTBOX_PATH: &str = "/gatehouse/v1/dev/outbox";

#[derive(Deserialize)]
struct Outbox {
    #[serde(default)]
    mails: Vec<Mail>,
    #[serde(default)]
    sms: Vec<Sms>,
}

#[derive(Clone, Debug, Deserialize)]
struct Sms {
    #[serde(default)]
    to: String,
    #[serde(default)]
    text: String,
}

#[derive(Clone, Debug, Deserialize)]
struct Mail {
    #[serde(default)]
    to: String,
    #[serde(default)]
    subject: String,
    /// As in the mail header (RFC 5322) or RFC 3339; shown as it came if the browser cannot read it.
    #[serde(default)]
    date: String,
    #[serde(default)]
    text: String,
}

#[component]
pub fn DevOutbox() -> impl IntoView {
    // A 404 means the server sends real mail (SMTP): there is no outbox, which is an answer, not a failure.
    let outbox = Load::new(|| async {
        match client::get_json::<Outbox>(OUTBOX_PATH).await {
            Ok(outbox) => Ok(Some((outbox.mails, outbox.sms))),
            Err(ApiError { code: Code::NotFound, .. }) => Ok(None),
            Err(error) => Err(error),
        }
    });

    view! {
        <Card title=Msg::OutboxTitle wide=true>
            <div class="toolbar">
                <p class="intro">{t(Msg::OutboxIntro)}</p>
                <button type="button" class="button secondary small" on:click=move |_| outbox.reload()>
                    {t(Msg::Refresh)}
                </button>
            </div>
            {outbox
                .view(|outbox| match outbox {
                    Some((mails, sms)) if !mails.is_empty() || !sms.is_empty() => {
                        Either::Left(
                            view! {
                                <ul class="mail-list">
                                    {mails.into_iter().map(|mail| view! { <MailItem mail /> }).collect_view()}
                                </ul>
                                {(!sms.is_empty())
                                    .then(|| {
                                        view! {
                                            <h2 id="sms-title">{t(Msg::OutboxSmsTitle)}</h2>
                                            <ul class="mail-list sms-list">
                                                {sms.into_iter().map(|sms| view! { <SmsItem sms /> }).collect_view()}
                                            </ul>
                                        }
                                    })}
                            },
                        )
                    }
                    Some(_) => Either::Right(view! { <p class="banner banner-info">{t(Msg::OutboxEmpty)}</p> }),
                    None => Either::Right(view! { <p class="banner banner-info">{t(Msg::OutboxDisabled)}</p> }),
                })}
        </Card>
    }
}

#[component]
fn MailItem(mail: Mail) -> impl IntoView {
    view! {
        <li class="mail">
            <p class="mail-subject">{mail.subject}</p>
            <dl class="mail-meta">
                <div>
                    <dt>{t(Msg::MailTo)}</dt>
                    <dd class="mail-to">{mail.to}</dd>
                </div>
                {(!mail.date.is_empty())
                    .then(|| {
                        view! {
                            <div>
                                <dt>{t(Msg::MailDate)}</dt>
                                <dd class="mail-date">{readable_date(&mail.date)}</dd>
                            </div>
                        }
                    })}
            </dl>
            <pre class="mail-body" tabindex="0">{mail.text}</pre>
        </li>
    }
}

#[component]
fn SmsItem(sms: Sms) -> impl IntoView {
    view! {
        <li class="mail sms">
            <dl class="mail-meta">
                <div>
                    <dt>{t(Msg::MailTo)}</dt>
                    <dd class="mail-to">{sms.to}</dd>
                </div>
            </dl>
            <pre class="mail-body" tabindex="0">{sms.text}</pre>
        </li>
    }
}

fn readable_date(date: &str) -> String {
    format_date_text(date).unwrap_or_else(|| date.to_owned())
}
