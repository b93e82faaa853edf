//! `cargo xtask bench`: builds the release server and SPA, starts the server on a fresh database, seeds users,
//! drives it with `wrk` on loopback and prints one markdown table of targets against measurements.
//!
//! Not part of `cargo xtask test`: the numbers depend on the machine and on whatever else runs on it, so the
//! table also reports the load average around the measurement.

mod http;
mod server;
mod wrk;

use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Context, Result};
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};

use crate::{cmd, spa, tools};
use http::{json_string_field, Conn};
use server::Server;
use wrk::{LoginNames, Phase, WrkResult};

/// The password every seeded user has (stored as one argon2id hash computed once, passed as `hashedPassword`).
const USER_PASSWORD: &str = "Bench-user-pw-1!";
const USER_PREFIX: &str = "bench-user-";
/// Connections used to seed users: enough to keep the server's single writer busy.
const SEED_CONNECTIONS: usize = 16;
/// The throughput targets; the p99 targets are measured with requests offered at these rates.
const CREATE_TARGET: f64 = 5_000.0;
const GET_TARGET: f64 = 20_000.0;
/// A paced phase counts as having held its target rate when it served at least this share of it.
const PACED_RATE_SHARE: f64 = 0.97;
/// Runs of the argon2 crate's own `verify_password`, timed for reference after the password phase.
const CRATE_VERIFY_ROUNDS: u32 = 5;

#[derive(clap::Args)]
pub struct Options {
    /// Users to seed before the load phases.
    #[arg(long, default_value_t = 10_000)]
    users: usize,
    /// Seconds each load phase is measured, after its warm-up.
    #[arg(long, default_value_t = 10)]
    duration: u64,
    /// Seconds of unmeasured load before each phase.
    #[arg(long, default_value_t = 2)]
    warmup: u64,
    /// Concurrent connections of the CreateSession and GetSession phases.
    #[arg(long, default_value_t = 256)]
    connections: usize,
    /// wrk threads. wrk shares the machine's cores with the server it measures.
    #[arg(long, default_value_t = 2)]
    threads: usize,
    /// Keep the temporary data directory (database, server log, wrk scripts) instead of deleting it.
    #[arg(long)]
    keep: bool,
}

pub fn bench(root: &Path, options: &Options) -> Result<()> {
    wrk::ensure_installed()?;
    let toolchain = tools::ensure(root, false)?;
    let dist = spa::build(root, &toolchain)?;
    cmd::step("building the server (cargo build --release -p gatehouse-server)");
    cmd::run(Command::new("cargo").args(["build", "--release", "-p", "gatehouse-server"]))?;
    let binary = spa::target_dir(root).join("release").join("gatehouse");

    let load_before = load_average();
    cmd::step("hashing the seeded users' password (argon2id, the server's parameters)");
    let phc = hash_password(USER_PASSWORD)?;

    let data_dir = std::env::temp_dir().join(format!("gatehouse-bench-{}", std::process::id()));
    cmd::step(&format!("starting the release server on a fresh database in {}", data_dir.display()));
    let server = Server::start(&binary, &dist, &data_dir)?;
    let result = measure(&server, options, &phc);
    drop(server);
    if options.keep {
        eprintln!("kept {}", data_dir.display());
    } else {
        let _ = std::fs::remove_dir_all(&data_dir);
    }
    let mut report = result?;
    report.load_before = load_before;
    report.load_after = load_average();
    report.print(options);
    Ok(())
}

#[derive(Default)]
struct Report {
    seeded: usize,
    seed_time: Duration,
    idle_rss: u64,
    /// (anonymous, file-backed) parts of the idle RSS.
    idle_rss_parts: (u64, u64),
    loaded_rss: u64,
    /// Sizes of the database file and its write-ahead log after the load phases.
    database_bytes: (u64, u64),
    page_files: Vec<(String, String, usize)>,
    password: PasswordResult,
    create: WrkResult,
    get: WrkResult,
    create_paced: WrkResult,
    get_paced: WrkResult,
    load_before: String,
    load_after: String,
}

fn measure(server: &Server, options: &Options, phc: &str) -> Result<Report> {
    let pat = server.admin_pat()?;
    let mut report = Report::default();
    let names = LoginNames { prefix: USER_PREFIX.to_owned(), count: options.users };
    let warmup = Duration::from_secs(options.warmup);
    let duration = Duration::from_secs(options.duration);
    let scripts = &server.data_dir;
    let cpu = || server.cpu_time();

    cmd::step(&format!("seeding {} users over {SEED_CONNECTIONS} connections (AddHumanUser)", options.users));
    let started = Instant::now();
    seed_users(server, &pat, phc, options.users)?;
    report.seeded = options.users;
    report.seed_time = started.elapsed();
    eprintln!("    {} users in {:.1} s", options.users, report.seed_time.as_secs_f64());

    thread::sleep(Duration::from_secs(3));
    report.idle_rss = server.rss_bytes()?;
    report.idle_rss_parts = server.rss_parts()?;

    cmd::step("login page weight (GET /loginname and its js/wasm/css, Accept-Encoding: br, gzip)");
    report.page_files = page_weight(server)?;

    // Password phase first, on a quiet server. Server requests and bare argon2 runs in this process alternate, so
    // both meet the same load from whatever else runs on the machine.
    cmd::step("CreateSession with user + password checks, 1 connection, alternating with argon2id in this process");
    report.password = password_phase(server, &pat, phc, options.users, warmup, duration)?;

    cmd::step(&format!("CreateSession with a user check, {} connections", options.connections));
    let user_body = r#"'{"checks":{"user":{"loginName":"' .. pick_user() .. '"}}}'"#.to_owned();
    let session_id =
        create_session(server, &pat, &format!(r#"{{"checks":{{"user":{{"loginName":"{USER_PREFIX}1"}}}}}}"#))?;
    let create = Phase {
        name: "create-session-user",
        method: "POST",
        path: "/v2/sessions".into(),
        bearer: pat.clone(),
        body_lua: Some(user_body),
        connections: options.connections,
        threads: options.threads,
        paced_rate: None,
    };
    report.create = wrk::run(scripts, server.addr, &create, &names, warmup, duration, &cpu)?;
    cmd::step(&format!(
        "CreateSession with a user check, {CREATE_TARGET} req/s offered over {} connections",
        options.connections
    ));
    let paced = Phase { name: "create-session-user-paced", paced_rate: Some(CREATE_TARGET), ..create };
    report.create_paced = wrk::run(scripts, server.addr, &paced, &names, warmup, duration, &cpu)?;

    cmd::step(&format!("GetSession, {} connections", options.connections));
    let path = format!("/v2/sessions/{session_id}");
    let answer =
        Conn::connect(server.addr)?.request("GET", &path, &[("Authorization", &format!("Bearer {pat}"))], b"")?;
    if answer.status != 200 {
        bail!("GetSession answered {}: {}", answer.status, answer.text());
    }
    let get = Phase {
        name: "get-session",
        method: "GET",
        path,
        bearer: pat.clone(),
        body_lua: None,
        connections: options.connections,
        threads: options.threads,
        paced_rate: None,
    };
    report.get = wrk::run(scripts, server.addr, &get, &names, warmup, duration, &cpu)?;
    cmd::step(&format!("GetSession, {GET_TARGET} req/s offered over {} connections", options.connections));
    let paced = Phase { name: "get-session-paced", paced_rate: Some(GET_TARGET), ..get };
    report.get_paced = wrk::run(scripts, server.addr, &paced, &names, warmup, duration, &cpu)?;
    report.loaded_rss = server.rss_bytes()?;
    let size = |name: &str| std::fs::metadata(server.data_dir.join(name)).map_or(0, |m| m.len());
    report.database_bytes = (size("gatehouse.db"), size("gatehouse.db-wal"));
    Ok(report)
}

/// argon2id with the crate defaults, exactly as `server/src/crypto.rs` hashes (19 MiB, 2 passes, 1 lane).
fn hash_password(password: &str) -> Result<String> {
    let salt = SaltString::encode_b64(b"gatehouse-bench-").map_err(|e| anyhow!("salt: {e}"))?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| anyhow!("argon2: {e}"))
}

/// One argon2id computation with the seeded hash's parameters, in a work area allocated once: the ratio's
/// baseline. Stricter than the crate's `verify_password`, which also allocates and zeroes its 19 MiB per call (about
/// 2 ms); the server reuses its work areas and does not pay that either.
struct Argon2Baseline {
    argon: Argon2<'static>,
    salt: Vec<u8>,
    expected: Vec<u8>,
    area: Vec<Block>,
}

impl Argon2Baseline {
    fn new(phc: &str) -> Result<Self> {
        let parsed = PasswordHash::new(phc).map_err(|e| anyhow!("PHC: {e}"))?;
        let params = Params::try_from(&parsed).map_err(|e| anyhow!("PHC parameters: {e}"))?;
        let (Some(salt), Some(expected)) = (parsed.salt, parsed.hash) else { bail!("PHC without salt or hash") };
        let mut salt_buf = [0u8; 64];
        let salt = salt.decode_b64(&mut salt_buf).map_err(|e| anyhow!("salt: {e}"))?.to_vec();
        let area = vec![Block::default(); params.block_count()];
        let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
        Ok(Argon2Baseline { argon, salt, expected: expected.as_bytes().to_vec(), area })
    }

    /// Times one computation and checks it reproduces the stored hash.
    fn run(&mut self, password: &str) -> Result<Duration> {
        let mut out = vec![0u8; self.expected.len()];
        let started = Instant::now();
        self.argon
            .hash_password_into_with_memory(password.as_bytes(), &self.salt, &mut out, &mut self.area)
            .map_err(|e| anyhow!("argon2: {e}"))?;
        let took = started.elapsed();
        if out != self.expected {
            bail!("the argon2 baseline computed a different hash than the seeded PHC string");
        }
        Ok(took)
    }
}

#[derive(Default)]
struct PasswordResult {
    requests: usize,
    server: Latencies,
    argon2: Latencies,
    /// The crate's `verify_password`, for reference.
    crate_verify: Duration,
    server_cpu: Duration,
}

#[derive(Default)]
struct Latencies {
    mean: Duration,
    p50: Duration,
    p99: Duration,
}

impl Latencies {
    fn of(mut samples: Vec<Duration>) -> Latencies {
        if samples.is_empty() {
            return Latencies::default();
        }
        samples.sort_unstable();
        let at = |q: f64| samples[((samples.len() - 1) as f64 * q).round() as usize];
        Latencies { mean: samples.iter().sum::<Duration>() / samples.len() as u32, p50: at(0.5), p99: at(0.99) }
    }
}

/// CreateSession with user + password checks over one keep-alive connection, each request next to one argon2
/// computation in this process (their order alternating), for `warmup` unmeasured and then `duration`.
fn password_phase(
    server: &Server,
    pat: &str,
    phc: &str,
    users: usize,
    warmup: Duration,
    duration: Duration,
) -> Result<PasswordResult> {
    let mut baseline = Argon2Baseline::new(phc)?;
    let auth = format!("Bearer {pat}");
    let headers = [("Authorization", auth.as_str()), ("Content-Type", "application/json")];
    let mut conn = Conn::connect(server.addr)?;
    let mut request = |i: usize| -> Result<Duration> {
        let body = format!(
            r#"{{"checks":{{"user":{{"loginName":"{USER_PREFIX}{}"}},"password":{{"password":"{USER_PASSWORD}"}}}}}}"#,
            i % users.max(1)
        );
        let started = Instant::now();
        let answer = conn.request("POST", "/v2/sessions", &headers, body.as_bytes())?;
        let took = started.elapsed();
        if answer.status != 201 {
            bail!("CreateSession with a password check answered {}: {}", answer.status, answer.text());
        }
        Ok(took)
    };
    let mut i = 0;
    let warm_until = Instant::now() + warmup;
    while Instant::now() < warm_until {
        request(i)?;
        baseline.run(USER_PASSWORD)?;
        i += 1;
    }
    let (mut server_times, mut argon2_times) = (Vec::new(), Vec::new());
    let cpu_before = server.cpu_time()?;
    let until = Instant::now() + duration;
    while Instant::now() < until {
        if i % 2 == 0 {
            server_times.push(request(i)?);
            argon2_times.push(baseline.run(USER_PASSWORD)?);
        } else {
            argon2_times.push(baseline.run(USER_PASSWORD)?);
            server_times.push(request(i)?);
        }
        i += 1;
    }
    let server_cpu = server.cpu_time()?.saturating_sub(cpu_before);
    let parsed = PasswordHash::new(phc).map_err(|e| anyhow!("PHC: {e}"))?;
    let started = Instant::now();
    for _ in 0..CRATE_VERIFY_ROUNDS {
        Argon2::default().verify_password(USER_PASSWORD.as_bytes(), &parsed).map_err(|e| anyhow!("verify: {e}"))?;
    }
    Ok(PasswordResult {
        requests: server_times.len(),
        server: Latencies::of(server_times),
        argon2: Latencies::of(argon2_times),
        crate_verify: started.elapsed() / CRATE_VERIFY_ROUNDS,
        server_cpu,
    })
}

fn seed_users(server: &Server, pat: &str, phc: &str, count: usize) -> Result<()> {
    let next = AtomicUsize::new(0);
    let failure: Mutex<Option<anyhow::Error>> = Mutex::new(None);
    let auth = format!("Bearer {pat}");
    thread::scope(|scope| {
        for _ in 0..SEED_CONNECTIONS.min(count.max(1)) {
            scope.spawn(|| {
                let result = (|| -> Result<()> {
                    let mut conn = Conn::connect(server.addr)?;
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        if i >= count || failure.lock().map(|f| f.is_some()).unwrap_or(true) {
                            return Ok(());
                        }
                        let body = format!(
                            r#"{{"username":"{USER_PREFIX}{i}","profile":{{"givenName":"Bench","familyName":"User {i}"}},"email":{{"email":"{USER_PREFIX}{i}@bench.localhost","isVerified":true}},"hashedPassword":{{"hash":"{phc}"}}}}"#
                        );
                        let headers = [("Authorization", auth.as_str()), ("Content-Type", "application/json")];
                        let answer = conn.request("POST", "/v2/users/human", &headers, body.as_bytes())?;
                        if answer.status != 201 {
                            bail!("AddHumanUser for user {i} answered {}: {}", answer.status, answer.text());
                        }
                    }
                })();
                if let Err(e) = result {
                    if let Ok(mut slot) = failure.lock() {
                        slot.get_or_insert(e);
                    }
                }
            });
        }
    });
    match failure.into_inner().map_err(|_| anyhow!("a seeding thread panicked"))? {
        Some(e) => Err(e.context("seeding users")),
        None => Ok(()),
    }
}

/// Creates one session (a sanity check before the phase) and returns its id.
fn create_session(server: &Server, pat: &str, body: &str) -> Result<String> {
    let auth = format!("Bearer {pat}");
    let headers = [("Authorization", auth.as_str()), ("Content-Type", "application/json")];
    let answer = Conn::connect(server.addr)?.request("POST", "/v2/sessions", &headers, body.as_bytes())?;
    if answer.status != 201 {
        bail!("CreateSession answered {}: {}", answer.status, answer.text());
    }
    json_string_field(&answer.text(), "sessionId").context("CreateSession answer has no sessionId")
}

/// The login page as a first-time browser loads it: the HTML, then each js/wasm/css file it references, all
/// with `Accept-Encoding: br, gzip`. Returns (path, content-encoding, bytes on the wire) per file.
fn page_weight(server: &Server) -> Result<Vec<(String, String, usize)>> {
    let mut conn = Conn::connect(server.addr)?;
    let headers = [("Accept-Encoding", "br, gzip"), ("Accept", "*/*")];
    let mut files = Vec::new();
    let html = conn.request("GET", "/loginname", &headers, b"")?;
    if html.status != 200 {
        bail!("GET /loginname answered {}", html.status);
    }
    let encoding = |r: &http::Response| r.header("content-encoding").unwrap_or("identity").to_owned();
    files.push(("/loginname".to_owned(), encoding(&html), html.body.len()));
    // The HTML itself may be compressed; read the references from an uncompressed copy.
    let plain = conn.request("GET", "/loginname", &[], b"")?.text();
    let assets = referenced_assets(&plain);
    if !assets.iter().any(|a| a.ends_with(".wasm")) {
        bail!("/loginname references no .wasm file; is the SPA built? ({} bytes of HTML)", plain.len());
    }
    for asset in assets {
        let answer = conn.request("GET", &asset, &headers, b"")?;
        if answer.status != 200 {
            bail!("GET {asset} answered {}", answer.status);
        }
        files.push((asset, encoding(&answer), answer.body.len()));
    }
    Ok(files)
}

/// Quoted same-origin paths ending in .js, .wasm or .css, in order of appearance, without duplicates.
fn referenced_assets(html: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    for quote in ['"', '\''] {
        for (i, candidate) in html.split(quote).enumerate() {
            let path = candidate.split(['?', '#']).next().unwrap_or("");
            let wanted = i % 2 == 1
                && !path.contains([' ', '<', '>', '\n'])
                && !path.contains("://")
                && [".js", ".wasm", ".css"].iter().any(|ext| path.ends_with(ext));
            if wanted {
                let path = if path.starts_with('/') { path.to_owned() } else { format!("/{path}") };
                if !found.contains(&path) {
                    found.push(path);
                }
            }
        }
    }
    found
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "unknown".to_owned())
}

fn cores() -> usize {
    thread::available_parallelism().map(|n| n.get()).unwrap_or(1)
}

impl Report {
    fn print(&self, options: &Options) {
        let ms = |us: f64| us / 1000.0;
        let mb = |bytes: u64| bytes as f64 / 1e6;
        let page: usize = self.page_files.iter().map(|(_, _, n)| n).sum();
        let pw = &self.password;
        let ratio = pw.server.mean.as_secs_f64() / pw.argon2.mean.as_secs_f64().max(1e-9);
        let dms = |d: Duration| d.as_secs_f64() * 1e3;
        let c = options.connections;
        let rows: Vec<(String, &str, String, bool)> = vec![
            (
                format!("CreateSession, user check, {c} connections: throughput"),
                "≥ 5,000 req/s",
                format!("{} req/s", thousands(self.create.rate())),
                self.create.rate() >= 5000.0 && self.create.errors == 0,
            ),
            paced_row(
                &format!("CreateSession, user check: p99 at 5,000 req/s offered over {c} connections"),
                "≤ 20 ms",
                20_000,
                CREATE_TARGET,
                &self.create_paced,
            ),
            (
                format!("GetSession, {c} connections: throughput"),
                "≥ 20,000 req/s",
                format!("{} req/s", thousands(self.get.rate())),
                self.get.rate() >= 20_000.0 && self.get.errors == 0,
            ),
            paced_row(
                &format!("GetSession: p99 at 20,000 req/s offered over {c} connections"),
                "≤ 10 ms",
                10_000,
                GET_TARGET,
                &self.get_paced,
            ),
            (
                "CreateSession, user + password check, 1 connection: mean time ÷ one argon2id computation".into(),
                "≤ 1.10×",
                format!("{ratio:.2}× ({:.1} ms vs {:.1} ms)", dms(pw.server.mean), dms(pw.argon2.mean)),
                ratio <= 1.10,
            ),
            (
                format!("Idle RSS (after start and seeding {} users)", thousands(self.seeded as f64)),
                "≤ 30 MB",
                format!("{:.1} MB", mb(self.idle_rss)),
                self.idle_rss <= 30_000_000,
            ),
            (
                "RSS after the load phases".into(),
                "≤ 100 MB",
                format!("{:.1} MB", mb(self.loaded_rss)),
                self.loaded_rss <= 100_000_000,
            ),
            (
                "Login page first load on the wire (HTML + js + wasm + css, compressed as served)".into(),
                "≤ 200 kB",
                format!("{:.1} kB", page as f64 / 1e3),
                page <= 200_000,
            ),
        ];
        println!();
        println!("| Measure | Target | Measured | |");
        println!("|---|---|---|---|");
        for (measure, target, measured, ok) in &rows {
            println!("| {measure} | {target} | {measured} | {} |", if *ok { "✅" } else { "❌" });
        }
        println!();
        println!(
            "{} cores, load average {} before / {} after; wrk {} threads on the same machine; {} s per phase after {} s warm-up; \
             MB and kB are 10^6 and 10^3 bytes.",
            cores(),
            self.load_before,
            self.load_after,
            options.threads,
            options.duration,
            options.warmup
        );
        println!();
        println!("Details:");
        println!(
            "- seeding: {} users in {:.1} s ({} users/s, AddHumanUser with hashedPassword over {SEED_CONNECTIONS} connections)",
            thousands(self.seeded as f64),
            self.seed_time.as_secs_f64(),
            thousands(self.seeded as f64 / self.seed_time.as_secs_f64().max(1e-9))
        );
        let phases = [
            ("CreateSession user check, closed loop", &self.create),
            ("CreateSession user check, paced", &self.create_paced),
            ("GetSession, closed loop", &self.get),
            ("GetSession, paced", &self.get_paced),
        ];
        for (name, r) in phases {
            println!(
                "- {name}: {} requests ({} req/s), mean {:.2} ms, p50 {:.2} ms, p99 {:.2} ms, max {:.1} ms, errors {}; \
                 the server kept {:.2} cores busy, {:.0} µs CPU per request",
                r.requests,
                thousands(r.rate()),
                ms(r.mean_us),
                ms(r.p50_us as f64),
                ms(r.p99_us as f64),
                ms(r.max_us as f64),
                r.errors,
                r.server_cores(),
                r.cpu_us_per_request()
            );
        }
        println!(
            "- closed loop: each connection sends its next request when the answer arrives, so mean latency = \
             connections / throughput (a p99 of 20 ms at {c} connections would need at least {} req/s, 10 ms at least \
             {} req/s); the p99 targets are therefore measured paced: each connection waits an exponentially \
             distributed time after every answer, so the {c} connections together offer the target rate",
            thousands(c as f64 / 0.020),
            thousands(c as f64 / 0.010)
        );
        println!(
            "- CreateSession user + password, 1 connection: {} requests, mean {:.1} ms, p50 {:.1} ms, p99 {:.1} ms, \
             {:.1} ms server CPU per request; each next to one argon2id run in the bench process (m=19456 KiB, t=2, \
             p=1, work area reused): mean {:.1} ms, p50 {:.1} ms, p99 {:.1} ms; the argon2 crate's verify_password \
             (allocates and zeroes its 19 MiB per call): {:.1} ms",
            pw.requests,
            dms(pw.server.mean),
            dms(pw.server.p50),
            dms(pw.server.p99),
            dms(pw.server_cpu) / pw.requests.max(1) as f64,
            dms(pw.argon2.mean),
            dms(pw.argon2.p50),
            dms(pw.argon2.p99),
            dms(pw.crate_verify)
        );
        println!(
            "- idle RSS: {:.1} MB anonymous (heap, stacks, SQLite page caches), {:.1} MB mapped files (the binary's pages in use)",
            mb(self.idle_rss_parts.0),
            mb(self.idle_rss_parts.1)
        );
        println!(
            "- after the load phases: database {:.1} MB, write-ahead log {:.1} MB (SQLite checkpoints it back and \
             reuses it; a log that keeps growing means checkpoints never catch up)",
            mb(self.database_bytes.0),
            mb(self.database_bytes.1)
        );
        let files: Vec<String> =
            self.page_files.iter().map(|(path, enc, n)| format!("{path} {:.1} kB {enc}", *n as f64 / 1e3)).collect();
        println!("- login page: {}", files.join(", "));
    }
}

/// A p99 target measured at a paced rate: met when the phase held the rate (errors none) and its p99 is in bounds.
fn paced_row(
    measure: &str,
    target: &'static str,
    p99_limit_us: u64,
    rate: f64,
    r: &WrkResult,
) -> (String, &'static str, String, bool) {
    let held = r.rate() >= rate * PACED_RATE_SHARE && r.errors == 0;
    (
        measure.to_owned(),
        target,
        format!("{:.1} ms (served {} req/s)", r.p99_us as f64 / 1000.0, thousands(r.rate())),
        held && r.p99_us <= p99_limit_us,
    )
}

/// 12345.6 → "12,346".
fn thousands(value: f64) -> String {
    let digits = format!("{:.0}", value.max(0.0));
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_trunk_assets() {
        let html = r#"<link rel="modulepreload" href="/app-1a2b.js" crossorigin="anonymous">
            <link rel="preload" href="/app-1a2b_bg.wasm" as="fetch" type="application/wasm">
            <link rel="stylesheet" href="/main-99.css?v=1"><link rel="icon" href="/favicon.svg">
            <script type="module">import init from '/app-1a2b.js'; init({ module_or_path: '/app-1a2b_bg.wasm' });</script>"#;
        assert_eq!(referenced_assets(html), vec!["/app-1a2b.js", "/app-1a2b_bg.wasm", "/main-99.css"]);
    }

    #[test]
    fn latency_summary() {
        let ms = Duration::from_millis;
        let l = Latencies::of((1..=100).rev().map(ms).collect());
        assert_eq!((l.p50, l.p99), (ms(51), ms(99)));
        assert_eq!(l.mean, Duration::from_micros(50_500));
        assert_eq!(Latencies::of(Vec::new()).mean, Duration::ZERO);
    }

    #[test]
    fn formats_thousands() {
        assert_eq!(thousands(5.0), "5");
        assert_eq!(thousands(1234.4), "1,234");
        assert_eq!(thousands(20000.0), "20,000");
        assert_eq!(thousands(1234567.0), "1,234,567");
    }
}
