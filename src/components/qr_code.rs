//! A QR code drawn as inline SVG in the page, so the secret it carries never goes to an image service.

use leptos::prelude::*;
use qrcode::{Color, QrCode};

/// SVG markup of `text` as a QR code (one path, 4-module quiet zone); `None` if the text does not fit a QR code.
pub fn qr_svg(text: &str) -> Option<String> {
    let code = QrCode::new(text.as_bytes()).ok()?;
    let width = code.width();
    let colors = code.to_colors();
    let size = width + 8;
    let mut path = String::with_capacity(colors.len() * 8);
    for (i, color) in colors.iter().enumerate() {
        if *color == Color::Dark {
            let (x, y) = (i % width + 4, i / width + 4);
            path.push_str(&format!("M{x} {y}h1v1h-1z"));
        }
    }
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" shape-rendering=\"crispEdges\" \
         role=\"img\" aria-label=\"QR code\"><rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/>\
         <path fill=\"#000\" d=\"{path}\"/></svg>"
    ))
}

#[component]
pub fn QrCodeImage(#[prop(into)] text: String) -> impl IntoView {
    let svg = qr_svg(&text).unwrap_or_default();
    view! { <div id="qr-code" class="qr-code" inner_html=svg></div> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_an_svg_with_a_quiet_zone() {
        let svg = qr_svg("otpauth://totp/localhost:a?secret=GEZDGNBV").unwrap();
        assert!(svg.starts_with("<svg"));
        // Version 3 (29 modules) plus 8 of quiet zone.
        assert!(svg.contains("viewBox=\"0 0 37 37\""), "{svg}");
        assert!(svg.contains("M4 4h1v1h-1z"), "the top-left finder pattern starts at the quiet zone's edge");
    }
}
