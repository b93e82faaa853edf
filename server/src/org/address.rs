//! Which addresses a domain challenge may be fetched from: only public ones. A verification request names a host
//! and this server connects to it, so without this check an org manager could make the server probe loopback,
//! the private network it runs in, or a cloud metadata endpoint (link-local 169.254.169.254).

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

use crate::error::{Error, Result};

/// The addresses of `host` (port `port`), all public; refused when any is not (a name with one private address
/// among public ones could still be steered there), unless `allow_private` (the domain verification test mode).
/// The inner error says why the name did not resolve (the caller puts it into its challenge message).
pub async fn resolve_public(
    host: &str,
    port: u16,
    allow_private: bool,
) -> Result<std::result::Result<Vec<SocketAddr>, String>> {
    let addrs: Vec<SocketAddr> = match tokio::net::lookup_host((host, port)).await {
        Ok(addrs) => addrs.collect(),
        Err(e) => return Ok(Err(format!("{host} does not resolve: {e}"))),
    };
    if addrs.is_empty() {
        return Ok(Err(format!("{host} has no address")));
    }
    if !allow_private {
        if let Some(bad) = addrs.iter().find(|a| !is_public(a.ip())) {
            return Err(not_public(host, bad.ip()));
        }
    }
    Ok(Ok(addrs))
}

fn not_public(host: &str, ip: IpAddr) -> Error {
    Error::failed_precondition(
        "ORG-Domain-NotPublic",
        format!("{host} resolves to {ip}, which is not a public address; the challenge is not fetched from there"),
    )
}

/// Globally routable unicast: not loopback, private (RFC 1918), shared (CGNAT), link-local, unique-local,
/// multicast, documentation, benchmarking, reserved or unspecified. IPv4 inside IPv6 (mapped, NAT64) is judged as
/// the IPv4 address it carries.
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_public_v4(v4),
        IpAddr::V6(v6) => is_public_v6(v6),
    }
}

fn is_public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, c, _] = ip.octets();
    !(ip.is_unspecified()
        || ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || ip.is_broadcast()
        || ip.is_documentation()
        || ip.is_multicast()
        || a == 0
        || (a == 100 && (64..128).contains(&b)) // shared address space (CGNAT)
        || (a == 192 && b == 0 && c == 0) // IETF protocol assignments
        || (a == 198 && (18..20).contains(&b)) // benchmarking
        || a >= 240) // reserved
}

fn is_public_v6(ip: Ipv6Addr) -> bool {
    if let Some(v4) = ip.to_ipv4_mapped() {
        return is_public_v4(v4);
    }
    let seg = ip.segments();
    if seg[0] == 0x64 && seg[1] == 0xff9b && seg[2..6] == [0, 0, 0, 0] {
        let [.., hi, lo] = seg;
        return is_public_v4(Ipv4Addr::from((u32::from(hi) << 16) | u32::from(lo)));
    }
    !(ip.is_unspecified()
        || ip.is_loopback()
        || ip.is_multicast()
        || (seg[0] & 0xfe00) == 0xfc00 // unique local fc00::/7
        || (seg[0] & 0xffc0) == 0xfe80 // link-local fe80::/10
        || (seg[0] & 0xffc0) == 0xfec0 // site-local (deprecated) fec0::/10
        || (seg[0] == 0x2001 && seg[1] == 0x0db8) // documentation
        || (seg[0] == 0x0100 && seg[1..4] == [0, 0, 0]) // discard-only 100::/64
        || seg[..6] == [0, 0, 0, 0, 0, 0]) // IPv4-compatible (deprecated) and other ::/96 forms
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_globally_routable_addresses_are_public() {
        for public in ["93.184.216.34", "1.1.1.1", "2606:4700:4700::1111", "::ffff:93.184.216.34", "64:ff9b::808:808"] {
            assert!(is_public(public.parse().unwrap()), "{public}");
        }
        for private in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "255.255.255.255",
            "224.0.0.1",
            "192.0.2.1",
            "198.18.0.1",
            "240.0.0.1",
            "::1",
            "::",
            "fd00::1",
            "fc12::1",
            "fe80::1",
            "fec0::1",
            "ff02::1",
            "2001:db8::1",
            "::ffff:127.0.0.1",
            "::ffff:10.0.0.1",
            "64:ff9b::a00:1",
            "::127.0.0.1",
        ] {
            assert!(!is_public(private.parse().unwrap()), "{private}");
        }
    }

    #[tokio::test]
    async fn names_resolving_to_loopback_are_refused_unless_allowed() {
        let refused = resolve_public("localhost", 443, false).await.unwrap_err();
        assert!(refused.has_id("ORG-Domain-NotPublic"), "{refused:?}");
        assert!(!resolve_public("localhost", 443, true).await.unwrap().unwrap().is_empty());
        assert!(resolve_public("acme.invalid", 443, false).await.unwrap().is_err());
    }
}
