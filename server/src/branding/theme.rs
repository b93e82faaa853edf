//! From a label policy to the stylesheet the login loads before first paint: the four brand colours per mode,
//! checked when saved (font on background must reach WCAG's 4.5:1), and every other colour the UI uses derived
//! here so that it stays legible whatever the brand (text 4.5:1, focus rings and field borders 3:1).

use gatehouse_api::branding::LabelPolicyUpdate;
use gatehouse_api::settings::ThemeMode;

use super::color::{contrast, legible, mix_until, text_on, Rgb, BLACK, TEXT_CONTRAST, UI_CONTRAST, WHITE};
use super::store::default_label;
use crate::error::{Error, Result};

/// The four base colours of one mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Colors {
    pub primary: Rgb,
    pub background: Rgb,
    pub warn: Rgb,
    pub font: Rgb,
}

/// The colours of the light (`dark == false`) or dark mode; unset or unparsable colours are ZITADEL's defaults.
pub fn colors(fields: &LabelPolicyUpdate, dark: bool) -> Colors {
    let defaults = default_label().fields;
    let pick = |set: &str, default: &str| Rgb::parse(set).or_else(|| Rgb::parse(default)).unwrap_or(BLACK);
    if dark {
        Colors {
            primary: pick(&fields.primary_color_dark, &defaults.primary_color_dark),
            background: pick(&fields.background_color_dark, &defaults.background_color_dark),
            warn: pick(&fields.warn_color_dark, &defaults.warn_color_dark),
            font: pick(&fields.font_color_dark, &defaults.font_color_dark),
        }
    } else {
        Colors {
            primary: pick(&fields.primary_color, &defaults.primary_color),
            background: pick(&fields.background_color, &defaults.background_color),
            warn: pick(&fields.warn_color, &defaults.warn_color),
            font: pick(&fields.font_color, &defaults.font_color),
        }
    }
}

/// Rejects what a manager saves when a colour is not `#rgb`/`#rrggbb` or when text would be hard to read: the font
/// colour on the background colour of either mode under 4.5:1 (unset colours count as the defaults). ZITADEL
/// itself stores such pairs; Gatehouse refuses them so that no brand makes its login illegible, and says which
/// pair failed and by how much.
pub fn validate(fields: &LabelPolicyUpdate) -> Result<()> {
    let named = [
        ("primaryColor", &fields.primary_color),
        ("backgroundColor", &fields.background_color),
        ("warnColor", &fields.warn_color),
        ("fontColor", &fields.font_color),
        ("primaryColorDark", &fields.primary_color_dark),
        ("backgroundColorDark", &fields.background_color_dark),
        ("warnColorDark", &fields.warn_color_dark),
        ("fontColorDark", &fields.font_color_dark),
    ];
    for (name, value) in named {
        if !value.is_empty() && Rgb::parse(value).is_none() {
            return Err(Error::invalid(
                "POLICY-Label-Color",
                format!("{name} must be a colour like #5469d4 or #fff, not {value:?}"),
            ));
        }
    }
    for (dark, font, background) in
        [(false, "fontColor", "backgroundColor"), (true, "fontColorDark", "backgroundColorDark")]
    {
        let c = colors(fields, dark);
        let ratio = contrast(c.font, c.background);
        if ratio < TEXT_CONTRAST {
            return Err(Error::invalid(
                "POLICY-Label-Contrast",
                format!(
                    "{font} {} on {background} {} has a contrast of {:.2}:1; text needs at least 4.5:1 (WCAG 2.2 AA)",
                    c.font.hex(),
                    c.background.hex(),
                    (ratio * 100.0).floor() / 100.0
                ),
            ));
        }
    }
    Ok(())
}

/// The custom properties of one mode, in the names style/main.css uses.
pub fn palette(c: &Colors, dark: bool) -> Vec<(&'static str, String)> {
    // Cards sit on the page background: white in light mode, a shade lighter than the background in dark mode.
    let surface = if dark { c.background.mix(WHITE, 0.06) } else { WHITE };
    let grounds = [c.background, surface];
    let font = legible(c.font, &grounds, TEXT_CONTRAST);
    let on_primary = text_on(c.primary);
    // Hover moves away from the button's text colour, so its label only gets more legible.
    let hover = c.primary.mix(if on_primary == WHITE { BLACK } else { WHITE }, 0.15);
    let disabled = c.primary.mix(surface, 0.5);
    let link = legible(c.primary, &grounds, TEXT_CONTRAST);
    let hex = |rgb: Rgb| rgb.hex();
    vec![
        ("color-scheme", (if dark { "dark" } else { "light" }).to_owned()),
        ("--gh-primary", hex(c.primary)),
        ("--gh-background", hex(c.background)),
        ("--gh-warn", hex(c.warn)),
        ("--gh-font", hex(font)),
        ("--gh-surface", hex(surface)),
        ("--gh-on-primary", hex(on_primary)),
        ("--gh-primary-hover", hex(hover)),
        ("--gh-primary-disabled", hex(disabled)),
        ("--gh-on-primary-disabled", hex(text_on(disabled))),
        ("--gh-link", hex(link)),
        ("--gh-focus-ring", hex(legible(c.primary, &grounds, UI_CONTRAST))),
        ("--gh-warn-text", hex(legible(c.warn, &grounds, TEXT_CONTRAST))),
        ("--gh-muted", hex(legible(mix_until(font, surface, 0.62, TEXT_CONTRAST), &grounds, TEXT_CONTRAST))),
        ("--gh-border", hex(surface.mix(font, 0.14))),
        ("--gh-input-border", hex(mix_until(font, surface, 0.45, UI_CONTRAST))),
        ("--gh-tint", hex(surface.mix(c.primary, 0.09))),
        ("--gh-warn-tint", hex(surface.mix(c.warn, 0.09))),
        ("--gh-subtle", hex(surface.mix(font, 0.05))),
        ("--gh-shadow", (if dark { "rgb(0 0 0 / 40%)" } else { "rgb(0 0 0 / 10%)" }).to_owned()),
    ]
}

fn block(selector: &str, vars: &[(&'static str, String)], extra: &str) -> String {
    let body: String = vars.iter().map(|(k, v)| format!("{k}:{v};")).collect();
    format!("{selector}{{{body}{extra}}}")
}

/// The whole stylesheet. `font_url` is the brand font's (same-origin, content-addressed) URL.
pub fn stylesheet(fields: &LabelPolicyUpdate, font_url: Option<&str>) -> String {
    let light = palette(&colors(fields, false), false);
    let dark = palette(&colors(fields, true), true);
    let mut css = String::from("/* Gatehouse brand theme, generated from the active label policy. */\n");
    let mut family = String::new();
    if let Some(url) = font_url {
        css.push_str(&format!("@font-face{{font-family:\"GatehouseBrand\";src:url(\"{url}\");font-display:swap}}\n"));
        family = "--gh-font-family:\"GatehouseBrand\",system-ui,sans-serif;".to_owned();
    }
    // The theme loads after main.css, so a plain `:root` here overrides main.css's dark-mode block too: a fixed
    // mode needs no media query.
    match fields.theme_mode {
        ThemeMode::Light => css.push_str(&block(":root", &light, &family)),
        ThemeMode::Dark => css.push_str(&block(":root", &dark, &family)),
        ThemeMode::Auto | ThemeMode::Unspecified => {
            css.push_str(&block(":root", &light, &family));
            css.push_str("\n@media (prefers-color-scheme: dark){");
            css.push_str(&block(":root", &dark, ""));
            css.push('}');
        }
    }
    css.push('\n');
    css
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value<'a>(vars: &'a [(&'static str, String)], name: &str) -> &'a str {
        &vars.iter().find(|(k, _)| *k == name).unwrap().1
    }

    fn rgb(vars: &[(&'static str, String)], name: &str) -> Rgb {
        Rgb::parse(value(vars, name)).unwrap()
    }

    #[test]
    fn rejects_bad_colours_and_low_contrast_naming_the_field() {
        assert!(validate(&LabelPolicyUpdate::default()).is_ok());
        let bad = LabelPolicyUpdate { warn_color_dark: "red".into(), ..Default::default() };
        let e = validate(&bad).unwrap_err().to_api();
        assert_eq!(e.id, "POLICY-Label-Color");
        assert!(e.message.contains("warnColorDark"), "{}", e.message);
        // #777 on the default #fafafa background: 4.2:1.
        let grey = LabelPolicyUpdate { font_color: "#777".into(), ..Default::default() };
        let e = validate(&grey).unwrap_err().to_api();
        assert_eq!(e.id, "POLICY-Label-Contrast");
        assert!(e.message.contains("fontColor #777777 on backgroundColor #fafafa"), "{}", e.message);
        let dark = LabelPolicyUpdate { background_color_dark: "#777777".into(), ..Default::default() };
        assert!(validate(&dark).unwrap_err().to_api().message.contains("fontColorDark #ffffff"));
        let ok =
            LabelPolicyUpdate { font_color: "#767676".into(), background_color: "#fff".into(), ..Default::default() };
        assert!(validate(&ok).is_ok());
    }

    #[test]
    fn every_derived_text_colour_is_legible_for_awkward_brands() {
        let brands = [
            ("#ffd500", "#ffffff", "#ffcc00", "#000000", false),
            ("#5469d4", "#fafafa", "#cd3d56", "#000000", false),
            ("#1e3a8a", "#111827", "#7f1d1d", "#ffffff", true),
            ("#9ca3af", "#f3f4f6", "#fca5a5", "#111111", false),
        ];
        for (primary, background, warn, font, dark) in brands {
            let c = Colors {
                primary: Rgb::parse(primary).unwrap(),
                background: Rgb::parse(background).unwrap(),
                warn: Rgb::parse(warn).unwrap(),
                font: Rgb::parse(font).unwrap(),
            };
            let p = palette(&c, dark);
            let surface = rgb(&p, "--gh-surface");
            for ground in [c.background, surface] {
                for text in ["--gh-font", "--gh-link", "--gh-warn-text", "--gh-muted"] {
                    let ratio = contrast(rgb(&p, text), ground);
                    assert!(ratio >= TEXT_CONTRAST, "{text} on {} for {primary}: {ratio:.2}", ground.hex());
                }
                assert!(contrast(rgb(&p, "--gh-focus-ring"), ground) >= UI_CONTRAST, "{primary}");
            }
            assert!(contrast(rgb(&p, "--gh-input-border"), surface) >= UI_CONTRAST);
            for (bg, fg) in [("--gh-primary", "--gh-on-primary"), ("--gh-primary-hover", "--gh-on-primary")] {
                assert!(contrast(rgb(&p, bg), rgb(&p, fg)) >= TEXT_CONTRAST, "{bg} for {primary}");
            }
            assert_eq!(value(&p, "color-scheme"), if dark { "dark" } else { "light" });
        }
    }

    #[test]
    fn theme_mode_decides_the_media_query() {
        let auto = stylesheet(&LabelPolicyUpdate::default(), None);
        assert!(auto.contains("@media (prefers-color-scheme: dark){:root{color-scheme:dark;--gh-primary:#2073c4;"));
        assert!(auto.contains(":root{color-scheme:light;--gh-primary:#5469d4;"));
        let light = stylesheet(&LabelPolicyUpdate { theme_mode: ThemeMode::Light, ..Default::default() }, None);
        assert!(!light.contains("@media") && !light.contains("color-scheme:dark"));
        let dark = stylesheet(&LabelPolicyUpdate { theme_mode: ThemeMode::Dark, ..Default::default() }, None);
        assert!(!dark.contains("@media") && dark.contains("color-scheme:dark;--gh-primary:#2073c4"));
        let font = stylesheet(&LabelPolicyUpdate::default(), Some("/assets/v1/blob/ab"));
        assert!(font.starts_with("/*") && font.contains("src:url(\"/assets/v1/blob/ab\")"));
        assert!(font.contains("--gh-font-family:\"GatehouseBrand\""));
    }
}
