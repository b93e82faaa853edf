//! Just enough DNS to read TXT records for domain challenges: one query over UDP to a resolver, the answer's TXT
//! strings. No caching, no TCP fallback (a truncated answer is an error), no recursion of our own.

use std::net::SocketAddr;
use std::time::Duration;

use tokio::net::UdpSocket;

const TXT: u16 = 16;

/// The first `nameserver` of /etc/resolv.conf, port 53.
pub fn system_resolver() -> Option<SocketAddr> {
    let conf = std::fs::read_to_string("/etc/resolv.conf").ok()?;
    conf.lines().find_map(|line| {
        let ip = line.trim().strip_prefix("nameserver")?.trim();
        ip.parse::<std::net::IpAddr>().ok().map(|ip| SocketAddr::new(ip, 53))
    })
}

/// The TXT records of `name` (each record's strings joined), asked from `resolver`.
pub async fn txt_records(resolver: SocketAddr, name: &str) -> Result<Vec<String>, String> {
    let id: u16 = rand::random();
    let query = encode_query(id, name)?;
    let bind: SocketAddr = if resolver.is_ipv4() { ([0, 0, 0, 0], 0).into() } else { ([0u16; 8], 0).into() };
    let socket = UdpSocket::bind(bind).await.map_err(|e| e.to_string())?;
    socket.connect(resolver).await.map_err(|e| e.to_string())?;
    socket.send(&query).await.map_err(|e| e.to_string())?;
    let mut buf = vec![0u8; 4096];
    let len = tokio::time::timeout(Duration::from_secs(5), socket.recv(&mut buf))
        .await
        .map_err(|_| format!("no answer from {resolver}"))?
        .map_err(|e| e.to_string())?;
    decode_txt(id, &buf[..len])
}

pub fn encode_query(id: u16, name: &str) -> Result<Vec<u8>, String> {
    let mut q = Vec::with_capacity(32 + name.len());
    q.extend_from_slice(&id.to_be_bytes());
    q.extend_from_slice(&[0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0]); // recursion desired, one question
    for label in name.trim_end_matches('.').split('.') {
        if label.is_empty() || label.len() > 63 {
            return Err(format!("{name:?} is not a DNS name"));
        }
        q.push(label.len() as u8);
        q.extend_from_slice(label.as_bytes());
    }
    q.push(0);
    q.extend_from_slice(&TXT.to_be_bytes());
    q.extend_from_slice(&1u16.to_be_bytes()); // class IN
    Ok(q)
}

fn u16_at(b: &[u8], at: usize) -> Result<u16, String> {
    b.get(at..at + 2).map(|s| u16::from_be_bytes([s[0], s[1]])).ok_or_else(|| "short DNS answer".to_owned())
}

/// Past a (possibly compressed) name starting at `at`.
fn skip_name(b: &[u8], mut at: usize) -> Result<usize, String> {
    loop {
        let len = *b.get(at).ok_or("short DNS answer")?;
        match len {
            0 => return Ok(at + 1),
            l if l & 0xc0 == 0xc0 => return Ok(at + 2),
            l => at += 1 + usize::from(l),
        }
    }
}

pub fn decode_txt(id: u16, b: &[u8]) -> Result<Vec<String>, String> {
    if u16_at(b, 0)? != id {
        return Err("DNS answer for another query".into());
    }
    let flags = u16_at(b, 2)?;
    if flags & 0x0200 != 0 {
        return Err("DNS answer truncated".into());
    }
    match flags & 0x000f {
        0 => {}
        3 => return Ok(Vec::new()), // NXDOMAIN: no such name, so no records
        rcode => return Err(format!("DNS error {rcode}")),
    }
    let (questions, answers) = (u16_at(b, 4)?, u16_at(b, 6)?);
    let mut at = 12;
    for _ in 0..questions {
        at = skip_name(b, at)? + 4;
    }
    let mut records = Vec::new();
    for _ in 0..answers {
        at = skip_name(b, at)?;
        let kind = u16_at(b, at)?;
        let len = usize::from(u16_at(b, at + 8)?);
        let data = b.get(at + 10..at + 10 + len).ok_or("short DNS answer")?;
        at += 10 + len;
        if kind != TXT {
            continue; // e.g. a CNAME on the way
        }
        let mut text = Vec::new();
        let mut i = 0;
        while i < data.len() {
            let n = usize::from(data[i]);
            text.extend_from_slice(data.get(i + 1..i + 1 + n).ok_or("short TXT record")?);
            i += 1 + n;
        }
        records.push(String::from_utf8_lossy(&text).into_owned());
    }
    Ok(records)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An answer to `query` with the given TXT strings (name compressed as a pointer to the question).
    fn answer(query: &[u8], txt: &[&str]) -> Vec<u8> {
        let mut a = query.to_vec();
        a[2] = 0x81;
        a[3] = 0x80;
        a[7] = 1;
        a.extend_from_slice(&[0xc0, 12, 0, 16, 0, 1, 0, 0, 0, 60]);
        let data: Vec<u8> = txt.iter().flat_map(|s| std::iter::once(s.len() as u8).chain(s.bytes())).collect();
        a.extend_from_slice(&(data.len() as u16).to_be_bytes());
        a.extend_from_slice(&data);
        a
    }

    #[test]
    fn query_and_answer_round_trip() {
        let q = encode_query(0xbeef, "_zitadel-challenge.acme.example").unwrap();
        assert_eq!(&q[..4], &[0xbe, 0xef, 1, 0]);
        assert_eq!(q[12], 18);
        assert_eq!(&q[13..31], b"_zitadel-challenge");
        assert_eq!(decode_txt(0xbeef, &answer(&q, &["tok", "en"])).unwrap(), vec!["token".to_owned()]);
        assert!(decode_txt(0xbeee, &answer(&q, &["x"])).is_err());
        let mut nx = q.clone();
        nx[3] = 0x83;
        assert!(decode_txt(0xbeef, &nx).unwrap().is_empty());
        assert!(decode_txt(0xbeef, &answer(&q, &["x"])[..40]).is_err());
        assert!(encode_query(1, "a..b").is_err());
    }
}
