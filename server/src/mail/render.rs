//! From what a mail says ([`Content`], already in the recipient's language) and whose it is ([`Brand`]) to its
//! two parts: plain text, and HTML with inline styles only (mail clients drop `<style>` and external CSS).
//! Every piece of text goes through [`escape`] on its way into the HTML: names and addresses are user-controlled.

use crate::branding::color::{legible, text_on, Rgb, TEXT_CONTRAST};

/// The organisation's face in the mail (light colours; mail clients' dark modes are their own business).
#[derive(Clone, Debug, PartialEq)]
pub struct Brand {
    pub primary: Rgb,
    pub background: Rgb,
    pub font: Rgb,
    /// Absolute URL of the logo on the public host.
    pub logo_url: Option<String>,
    /// Who the mail is from, as the footer names it (the organisation's name).
    pub sender: String,
}

/// A button and its link; `lead` introduces the link in the plain-text part when a code precedes it.
#[derive(Clone, Debug, PartialEq)]
pub struct Action {
    pub lead: Option<String>,
    pub button: String,
    pub url: String,
}

/// The texts of one mail in one language.
#[derive(Clone, Debug, PartialEq)]
pub struct Content {
    pub lang: &'static str,
    pub subject: String,
    pub greeting: String,
    pub intro: String,
    /// A one-time code, shown as `<code label>: CODE` in the text part (the test harness reads that line).
    pub code: Option<(String, String)>,
    pub action: Option<Action>,
    /// Sentences after the code and link (validity, "ignore this if ...").
    pub notes: Vec<String>,
    pub footer: String,
    /// "If the button does not work, copy this link ..." (HTML only, under the button).
    pub button_fallback: String,
}

pub fn text(c: &Content) -> String {
    let mut out = format!("{}\n\n{}\n", c.greeting, c.intro);
    if let Some((label, code)) = &c.code {
        out.push_str(&format!("\n{label}: {code}\n"));
    }
    if let Some(action) = &c.action {
        out.push('\n');
        if let Some(lead) = &action.lead {
            out.push_str(lead);
            out.push('\n');
        }
        out.push_str(&action.url);
        out.push('\n');
    }
    if !c.notes.is_empty() {
        out.push('\n');
        for note in &c.notes {
            out.push_str(note);
            out.push('\n');
        }
    }
    out.push_str(&format!("\n-- \n{}\n", c.footer));
    out
}

pub fn html(c: &Content, brand: &Brand) -> String {
    let dir = if super::locale::is_rtl(c.lang) { "rtl" } else { "ltr" };
    let align = if dir == "rtl" { "right" } else { "left" };
    let (bg, font) = (brand.background.hex(), brand.font.hex());
    let primary = brand.primary.hex();
    let on_primary = text_on(brand.primary).hex();
    let link = legible(brand.primary, &[brand.background], TEXT_CONTRAST).hex();
    let p = format!("margin:0 0 16px 0;font-size:16px;line-height:1.5;color:{font};text-align:{align}");
    let mut body = String::new();
    let header = match &brand.logo_url {
        Some(url) => format!(
            "<img src=\"{}\" alt=\"{}\" height=\"40\" style=\"display:block;height:40px;width:auto;border:0\">",
            escape(url),
            escape(&brand.sender)
        ),
        None => format!("<div style=\"font-size:20px;font-weight:bold;color:{font}\">{}</div>", escape(&brand.sender)),
    };
    body.push_str(&format!("<tr><td style=\"padding:0 0 24px 0\">{header}</td></tr>\n"));
    body.push_str(&format!("<tr><td><p style=\"{p}\">{}</p>\n", escape(&c.greeting)));
    body.push_str(&format!("<p style=\"{p}\">{}</p>\n", escape(&c.intro)));
    if let Some((label, code)) = &c.code {
        body.push_str(&format!(
            "<p style=\"{p}\"><span style=\"font-size:14px\">{}:</span><br><span style=\"display:inline-block;\
             font-family:Menlo,Consolas,monospace;font-size:28px;font-weight:bold;letter-spacing:4px;\
             color:{font}\" dir=\"ltr\">{}</span></p>\n",
            escape(label),
            escape(code)
        ));
    }
    if let Some(action) = &c.action {
        let url = escape(&action.url);
        body.push_str(&format!(
            "<p style=\"margin:8px 0 24px 0;text-align:{align}\"><a href=\"{url}\" style=\"display:inline-block;\
             background-color:{primary};color:{on_primary};font-size:16px;font-weight:bold;text-decoration:none;\
             padding:12px 24px;border-radius:6px\">{}</a></p>\n",
            escape(&action.button)
        ));
        body.push_str(&format!(
            "<p style=\"{p};font-size:13px\">{}<br><a href=\"{url}\" style=\"color:{link};word-break:break-all\" \
             dir=\"ltr\">{url}</a></p>\n",
            escape(&c.button_fallback)
        ));
    }
    for note in &c.notes {
        body.push_str(&format!("<p style=\"{p}\">{}</p>\n", escape(note)));
    }
    body.push_str(&format!(
        "<p style=\"margin:24px 0 0 0;font-size:12px;line-height:1.5;color:{font};opacity:0.8;text-align:{align}\">\
         {}</p></td></tr>\n",
        escape(&c.footer)
    ));
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n</head>\n\
         <body style=\"margin:0;padding:0;background-color:{bg};color:{font};\
         font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif\">\n\
         <table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" \
         style=\"background-color:{bg}\"><tr><td align=\"center\" style=\"padding:32px 16px\">\n\
         <table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" \
         style=\"max-width:560px\" dir=\"{dir}\">\n{body}</table>\n</td></tr></table>\n</body>\n</html>\n",
        lang = escape(c.lang),
        title = escape(&c.subject),
    )
}

/// Text for HTML element content and double-quoted attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(ch),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn content(lang: &'static str) -> Content {
        Content {
            lang,
            subject: "Verify your email".into(),
            greeting: "Hello <b>Ada</b> & \"Bob\",".into(),
            intro: "Please confirm ada@example.com:".into(),
            code: Some(("Code".into(), "ABC234".into())),
            action: Some(Action {
                lead: Some("Or open this link:".into()),
                button: "Verify email".into(),
                url: "https://login.example.com/verify?userId=1&code=ABC234".into(),
            }),
            notes: vec!["The code is valid for one hour.".into()],
            footer: "This mail was sent by Acme <script>.".into(),
            button_fallback: "If the button does not work, copy this link into your browser:".into(),
        }
    }

    fn brand() -> Brand {
        Brand {
            primary: Rgb(0xc0, 0x1f, 0x6b),
            background: Rgb(0xff, 0xff, 0xff),
            font: Rgb(0x22, 0x22, 0x22),
            logo_url: Some("https://login.example.com/assets/v1/blob/ab\"c".into()),
            sender: "Acme \"Corp\"".into(),
        }
    }

    #[test]
    fn text_part_has_code_line_link_and_notes() {
        let t = text(&content("en"));
        assert!(t.starts_with("Hello <b>Ada</b> & \"Bob\",\n\nPlease confirm"), "{t}");
        assert!(t.contains("\nCode: ABC234\n"), "{t}");
        assert!(t.contains("\nOr open this link:\nhttps://login.example.com/verify?userId=1&code=ABC234\n"), "{t}");
        assert!(t.contains("The code is valid for one hour.\n\n-- \nThis mail was sent by Acme <script>.\n"), "{t}");
    }

    #[test]
    fn html_part_escapes_user_text_and_carries_the_brand() {
        let h = html(&content("en"), &brand());
        assert!(h.contains("Hello &lt;b&gt;Ada&lt;/b&gt; &amp; &quot;Bob&quot;,"), "{h}");
        assert!(!h.contains("<b>Ada") && !h.contains("<script>"), "{h}");
        assert!(h.contains("alt=\"Acme &quot;Corp&quot;\""), "{h}");
        assert!(h.contains("src=\"https://login.example.com/assets/v1/blob/ab&quot;c\""), "{h}");
        assert!(h.contains("href=\"https://login.example.com/verify?userId=1&amp;code=ABC234\""), "{h}");
        assert!(h.contains("background-color:#c01f6b;color:#ffffff"), "button in the brand colour: {h}");
        assert!(h.contains(">ABC234</span>"), "{h}");
        assert!(h.contains("<html lang=\"en\" dir=\"ltr\">"), "{h}");
        assert!(!h.contains("<style") && !h.contains("<script"), "inline styles only");
    }

    #[test]
    fn html_is_right_to_left_for_arabic_and_hebrew() {
        for lang in ["ar", "he"] {
            let h = html(&content(lang), &brand());
            assert!(h.contains(&format!("<html lang=\"{lang}\" dir=\"rtl\">")), "{h}");
            assert!(h.contains("text-align:right"), "{h}");
        }
    }

    #[test]
    fn without_a_logo_the_sender_is_the_heading() {
        let mut b = brand();
        b.logo_url = None;
        let h = html(&content("en"), &b);
        assert!(h.contains(">Acme &quot;Corp&quot;</div>") && !h.contains("<img"), "{h}");
    }
}
