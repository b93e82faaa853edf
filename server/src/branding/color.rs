//! Colour arithmetic for brand themes: parsing `#rgb` / `#rrggbb`, WCAG 2.x relative luminance and contrast ratio,
//! and the nudges that keep a derived colour legible on the backgrounds it is drawn on.

/// An sRGB colour, 8 bits per channel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

pub const BLACK: Rgb = Rgb(0, 0, 0);
pub const WHITE: Rgb = Rgb(255, 255, 255);

/// WCAG 2.x minimum for normal text (1.4.3) and for UI components and focus indicators (1.4.11).
pub const TEXT_CONTRAST: f64 = 4.5;
pub const UI_CONTRAST: f64 = 3.0;

impl Rgb {
    /// `#rgb` or `#rrggbb` (either case), as ZITADEL's console writes them.
    pub fn parse(text: &str) -> Option<Rgb> {
        let hex = text.strip_prefix('#')?;
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let channel = |s: &str| u8::from_str_radix(s, 16).ok();
        match hex.len() {
            3 => {
                let digit = |i: usize| channel(&hex[i..=i]).map(|v| v * 17);
                Some(Rgb(digit(0)?, digit(1)?, digit(2)?))
            }
            6 => Some(Rgb(channel(&hex[0..2])?, channel(&hex[2..4])?, channel(&hex[4..6])?)),
            _ => None,
        }
    }

    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG relative luminance (0 = black, 1 = white).
    pub fn luminance(self) -> f64 {
        let linear = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * linear(self.0) + 0.7152 * linear(self.1) + 0.0722 * linear(self.2)
    }

    /// `self` moved `amount` (0..=1) of the way towards `other`, per sRGB channel (as CSS `color-mix(in srgb)`).
    pub fn mix(self, other: Rgb, amount: f64) -> Rgb {
        let amount = amount.clamp(0.0, 1.0);
        let ch = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * amount).round() as u8;
        Rgb(ch(self.0, other.0), ch(self.1, other.1), ch(self.2, other.2))
    }

    pub fn is_dark(self) -> bool {
        // Dark when white text on it contrasts more than black text does.
        contrast(self, WHITE) > contrast(self, BLACK)
    }
}

/// WCAG contrast ratio, 1..=21, symmetric.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// Black or white, whichever reads better on `background`. One of the two always reaches 4.5:1 (the worst case,
/// a background of luminance ~0.18, still gives about 4.58:1).
pub fn text_on(background: Rgb) -> Rgb {
    if contrast(background, WHITE) >= contrast(background, BLACK) {
        WHITE
    } else {
        BLACK
    }
}

/// The colour closest to `wanted` (moving it towards black or white in 2% steps) whose contrast against every one
/// of `backgrounds` reaches `min`. Keeps the brand's hue where it can; falls back to the better of black and white.
pub fn legible(wanted: Rgb, backgrounds: &[Rgb], min: f64) -> Rgb {
    let worst = |c: Rgb| backgrounds.iter().map(|b| contrast(c, *b)).fold(f64::INFINITY, f64::min);
    if worst(wanted) >= min {
        return wanted;
    }
    // Move away from the backgrounds' lightness: towards white on dark backgrounds, black on light ones.
    let darkest = backgrounds.iter().map(|b| b.luminance()).fold(f64::INFINITY, f64::min);
    let target = if darkest < 0.18 { WHITE } else { BLACK };
    for step in 1..=50 {
        let candidate = wanted.mix(target, f64::from(step) / 50.0);
        if worst(candidate) >= min {
            return candidate;
        }
    }
    // Backgrounds on both sides of the middle: pick whichever extreme does best.
    if worst(WHITE) >= worst(BLACK) {
        WHITE
    } else {
        BLACK
    }
}

/// The share of `fg` to mix into `bg` (starting at `from`) so that the mix reaches `min` contrast on `bg`.
pub fn mix_until(fg: Rgb, bg: Rgb, from: f64, min: f64) -> Rgb {
    let mut share = from;
    loop {
        let candidate = bg.mix(fg, share);
        if contrast(candidate, bg) >= min || share >= 1.0 {
            return candidate;
        }
        share = (share + 0.02).min(1.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_short_and_long_forms_only() {
        assert_eq!(Rgb::parse("#5469d4"), Some(Rgb(0x54, 0x69, 0xd4)));
        assert_eq!(Rgb::parse("#FFF"), Some(WHITE));
        assert_eq!(Rgb::parse("#0a0"), Some(Rgb(0, 0xaa, 0)));
        for bad in ["", "#", "5469d4", "#12345", "#1234567", "#ggg", "red", "#12 456", "#+1234a"] {
            assert_eq!(Rgb::parse(bad), None, "{bad}");
        }
        assert_eq!(Rgb(0x54, 0x69, 0xd4).hex(), "#5469d4");
    }

    #[test]
    fn contrast_matches_wcag_reference_values() {
        assert!((contrast(BLACK, WHITE) - 21.0).abs() < 1e-9);
        assert!((contrast(WHITE, WHITE) - 1.0).abs() < 1e-9);
        // #777777 on white is the classic 4.48:1 near-miss.
        let grey = Rgb::parse("#777777").unwrap();
        assert!((contrast(grey, WHITE) - 4.48).abs() < 0.01, "{}", contrast(grey, WHITE));
        assert!((contrast(Rgb::parse("#767676").unwrap(), WHITE) - 4.54).abs() < 0.01);
        assert_eq!(contrast(grey, BLACK), contrast(BLACK, grey));
    }

    #[test]
    fn text_on_primary_is_the_readable_extreme() {
        assert_eq!(text_on(Rgb::parse("#5469d4").unwrap()), WHITE);
        assert_eq!(text_on(Rgb::parse("#ffd500").unwrap()), BLACK);
        // Every mid grey still reaches 4.5:1 with one of the two.
        for v in 0..=255u8 {
            let bg = Rgb(v, v, v);
            assert!(contrast(bg, text_on(bg)) >= TEXT_CONTRAST, "{v}");
        }
    }

    #[test]
    fn legible_keeps_good_colours_and_fixes_bad_ones() {
        let white_bg = [WHITE];
        let blue = Rgb::parse("#1a56db").unwrap();
        assert_eq!(legible(blue, &white_bg, TEXT_CONTRAST), blue);
        let yellow = Rgb::parse("#ffd500").unwrap();
        let fixed = legible(yellow, &white_bg, TEXT_CONTRAST);
        assert!(contrast(fixed, WHITE) >= TEXT_CONTRAST);
        assert_ne!(fixed, BLACK, "keeps some of the hue");
        let dark = Rgb::parse("#111827").unwrap();
        let navy = Rgb::parse("#1e3a8a").unwrap();
        let lifted = legible(navy, &[dark], TEXT_CONTRAST);
        assert!(contrast(lifted, dark) >= TEXT_CONTRAST);
        assert!(lifted.luminance() > navy.luminance(), "lightened on a dark background");
    }

    #[test]
    fn mix_until_reaches_the_target() {
        let muted = mix_until(BLACK, WHITE, 0.3, TEXT_CONTRAST);
        assert!(contrast(muted, WHITE) >= TEXT_CONTRAST);
        assert!(contrast(muted, WHITE) < 5.5, "not darker than needed");
        assert_eq!(BLACK.mix(WHITE, 0.5), Rgb(128, 128, 128));
        assert!(Rgb::parse("#111827").unwrap().is_dark());
        assert!(!Rgb::parse("#fafafa").unwrap().is_dark());
    }
}
