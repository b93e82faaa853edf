//! Matching what a browser, an app or a user asks for (BCP 47 tags, `Accept-Language`) to a shipped language.

/// The shipped language for one tag: exact (case-insensitive), else its primary subtag (`de-CH` -> `de`,
/// `zh-Hans-CN` -> `zh`), with the legacy codes browsers still send (`iw` Hebrew, `in` Indonesian).
pub fn match_tag(tag: &str, supported: &dyn Fn(&str) -> bool) -> Option<String> {
    let tag = tag.trim().replace('_', "-").to_ascii_lowercase();
    if tag.is_empty() || tag.len() > 35 || !tag.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
        return None;
    }
    if supported(&tag) {
        return Some(tag);
    }
    let primary = tag.split('-').next().unwrap_or_default();
    let primary = match primary {
        "iw" => "he",
        "in" => "id",
        other => other,
    };
    supported(primary).then(|| primary.to_owned())
}

/// The first of a list of tags in preference order (`ui_locales`) that matches.
pub fn first_match<'a>(tags: impl IntoIterator<Item = &'a str>, supported: &dyn Fn(&str) -> bool) -> Option<String> {
    tags.into_iter().find_map(|t| match_tag(t, supported))
}

/// `Accept-Language` (RFC 9110 §12.5.4): tags by descending q-value (ties keep their order), `q=0` and `*` left
/// out, then the best that matches.
pub fn accept_language(header: &str, supported: &dyn Fn(&str) -> bool) -> Option<String> {
    let mut ranges: Vec<(u16, usize, &str)> = header
        .split(',')
        .enumerate()
        .filter_map(|(position, item)| {
            let mut parts = item.split(';');
            let tag = parts.next()?.trim();
            let mut q = 1000;
            for param in parts {
                let (key, value) = param.split_once('=')?;
                if key.trim().eq_ignore_ascii_case("q") {
                    q = parse_q(value.trim())?;
                }
            }
            (q > 0 && !tag.is_empty() && tag != "*").then_some((q, position, tag))
        })
        .collect();
    ranges.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    first_match(ranges.into_iter().map(|(_, _, tag)| tag), supported)
}

/// A q-value in thousandths: `0`, `0.5`, `1.000`; anything else is malformed and drops its range.
fn parse_q(value: &str) -> Option<u16> {
    let (int, frac) = value.split_once('.').unwrap_or((value, ""));
    if frac.len() > 3 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let thousandths = format!("{frac:0<3}").parse::<u16>().ok()?;
    match int {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped(lang: &str) -> bool {
        ["de", "en", "fr", "he", "id", "pt", "zh"].contains(&lang)
    }

    #[test]
    fn tags_match_exactly_or_by_primary_subtag() {
        assert_eq!(match_tag("de", &shipped).as_deref(), Some("de"));
        assert_eq!(match_tag("de-CH", &shipped).as_deref(), Some("de"));
        assert_eq!(match_tag("pt_BR", &shipped).as_deref(), Some("pt"));
        assert_eq!(match_tag("zh-Hans-CN", &shipped).as_deref(), Some("zh"));
        assert_eq!(match_tag("iw", &shipped).as_deref(), Some("he"));
        assert_eq!(match_tag("in-ID", &shipped).as_deref(), Some("id"));
        assert_eq!(match_tag("xx", &shipped), None);
        assert_eq!(match_tag("", &shipped), None);
        assert_eq!(match_tag("de/../en", &shipped), None);
    }

    #[test]
    fn accept_language_orders_by_q_value() {
        assert_eq!(accept_language("fr;q=0.5, de-CH, en;q=0.9", &shipped).as_deref(), Some("de"));
        assert_eq!(accept_language("xx, fr;q=0.2, en;q=0.1", &shipped).as_deref(), Some("fr"));
        assert_eq!(accept_language("de;q=0, en;q=0.1", &shipped).as_deref(), Some("en"));
        assert_eq!(accept_language("de;q=2, fr", &shipped).as_deref(), Some("fr"));
        assert_eq!(accept_language("en;q=0.8, fr;q=0.8", &shipped).as_deref(), Some("en"));
        assert_eq!(accept_language("*", &shipped), None);
        assert_eq!(accept_language("", &shipped), None);
        assert_eq!(parse_q("0.125"), Some(125));
        assert_eq!(parse_q("1.0"), Some(1000));
        assert_eq!(parse_q("1.5"), None);
        assert_eq!(parse_q("0.1234"), None);
    }
}
