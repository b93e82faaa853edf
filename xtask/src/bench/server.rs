//! The release server under test: a fresh data directory, a free loopback port, rate limits off.

use std::fs::{self, File};
use std::net::{Ipv4Addr, SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

use super::http::Conn;
use crate::cmd;

pub const ADMIN_PASSWORD: &str = "Bench-admin-pw-1!";

pub struct Server {
    child: Child,
    pub addr: SocketAddr,
    pub data_dir: PathBuf,
    pub log: PathBuf,
}

impl Server {
    pub fn start(binary: &Path, spa_dir: &Path, data_dir: &Path) -> Result<Server> {
        if data_dir.exists() {
            fs::remove_dir_all(data_dir).with_context(|| format!("cannot clear {}", data_dir.display()))?;
        }
        fs::create_dir_all(data_dir).with_context(|| format!("cannot create {}", data_dir.display()))?;
        // Ask the kernel for a free port; the tiny window before the server binds it is acceptable here.
        let port = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))?.local_addr()?.port();
        let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
        let log = data_dir.join("server.log");
        let out = File::create(&log).with_context(|| format!("cannot create {}", log.display()))?;
        let child = Command::new(binary)
            .arg("--listen")
            .arg(addr.to_string())
            .arg("--data-dir")
            .arg(data_dir)
            .arg("--spa-dir")
            .arg(spa_dir)
            .args([
                "--initial-admin-password",
                ADMIN_PASSWORD,
                "--rate-limit-per-ip",
                "0",
                "--rate-limit-per-user",
                "0",
            ])
            .stdin(Stdio::null())
            .stdout(out.try_clone()?)
            .stderr(out)
            .spawn()
            .with_context(|| format!("cannot start {}", binary.display()))?;
        let mut server = Server { child, addr, data_dir: data_dir.to_owned(), log };
        server.wait_ready()?;
        Ok(server)
    }

    fn wait_ready(&mut self) -> Result<()> {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if let Some(status) = self.child.try_wait()? {
                bail!("the server exited during start-up ({status}); log: {}\n{}", self.log.display(), self.log_tail());
            }
            let healthy = Conn::connect(self.addr)
                .and_then(|mut c| c.request("GET", "/healthz", &[], b""))
                .is_ok_and(|r| r.status == 200);
            if healthy && self.data_dir.join("admin.pat").exists() {
                return Ok(());
            }
            if Instant::now() > deadline {
                bail!("the server did not become ready within 60 s; log: {}\n{}", self.log.display(), self.log_tail());
            }
            sleep(Duration::from_millis(100));
        }
    }

    pub fn admin_pat(&self) -> Result<String> {
        let path = self.data_dir.join("admin.pat");
        Ok(fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))?.trim().to_owned())
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Resident set size from `/proc/<pid>/status` (VmRSS), in bytes.
    pub fn rss_bytes(&self) -> Result<u64> {
        self.status_bytes("VmRSS")
    }

    /// The resident set split as the kernel counts it: (anonymous memory, mapped files such as the binary itself).
    pub fn rss_parts(&self) -> Result<(u64, u64)> {
        Ok((self.status_bytes("RssAnon")?, self.status_bytes("RssFile")?))
    }

    /// A `kB` field of `/proc/<pid>/status`, in bytes.
    fn status_bytes(&self, field: &str) -> Result<u64> {
        let path = format!("/proc/{}/status", self.pid());
        let status = fs::read_to_string(&path).with_context(|| format!("cannot read {path}"))?;
        status
            .lines()
            .find_map(|l| l.strip_prefix(field)?.strip_prefix(':'))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
            .map(|kib| kib * 1024)
            .with_context(|| format!("no {field} in {path}"))
    }

    /// CPU time (user + system) the server has used so far, from `/proc/<pid>/stat`.
    pub fn cpu_time(&self) -> Result<Duration> {
        let path = format!("/proc/{}/stat", self.pid());
        let stat = fs::read_to_string(&path).with_context(|| format!("cannot read {path}"))?;
        // Fields after the command name (which may contain spaces) start at field 3; utime and stime are 14 and 15.
        let after_comm = stat.rsplit_once(')').map(|(_, rest)| rest).unwrap_or("");
        let fields: Vec<&str> = after_comm.split_whitespace().collect();
        let ticks: u64 = fields
            .get(11..13)
            .with_context(|| format!("short {path}"))?
            .iter()
            .filter_map(|f| f.parse::<u64>().ok())
            .sum();
        let per_second = cmd::output("getconf", ["CLK_TCK"]).and_then(|t| t.parse::<u64>().ok()).unwrap_or(100);
        Ok(Duration::from_secs_f64(ticks as f64 / per_second as f64))
    }

    fn log_tail(&self) -> String {
        let text = fs::read_to_string(&self.log).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        lines[lines.len().saturating_sub(20)..].join("\n")
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
