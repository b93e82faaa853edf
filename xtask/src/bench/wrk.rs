//! Drives the server with Debian's `wrk` (installed with apt-get when missing). Each phase is a Lua script:
//! method, path and headers fixed in the script, optional per-request bodies, and a `done` hook that prints one
//! machine-readable result line.

use std::fs;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use anyhow::{bail, Context, Result};

use crate::cmd;

const RESULT_MARK: &str = "WRK_RESULT";

/// Request bodies formatted per wrk thread before the run; cycled through during it.
const PREBUILT_REQUESTS: usize = 4096;

/// Warm-up runs of a paced phase: each measures the mean answer time, which the next run's waits leave room for.
const PACING_CALIBRATIONS: usize = 2;

/// Prints the summary in a form [`WrkResult::parse`] reads. Latencies are in microseconds.
const DONE_HOOK: &str = r#"
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "WRK_RESULT requests=%d duration_us=%d mean_us=%.1f p50_us=%d p99_us=%d max_us=%d " ..
    "connect=%d read=%d write=%d status=%d timeout=%d\n",
    summary.requests, summary.duration, latency.mean, latency:percentile(50), latency:percentile(99),
    latency.max, e.connect, e.read, e.write, e.status, e.timeout))
end
"#;

/// One load phase: what to send, and how hard.
pub struct Phase {
    pub name: &'static str,
    pub method: &'static str,
    pub path: String,
    pub bearer: String,
    /// A Lua expression evaluated per request for the body (it may use `pick_user()`); `None` sends no body and
    /// lets wrk reuse one pre-built request (its fastest mode).
    pub body_lua: Option<String>,
    pub connections: usize,
    pub threads: usize,
    /// Total request rate to offer instead of a closed loop: each connection waits a random (exponential) time
    /// after every answer, so requests arrive roughly as a Poisson stream at this rate. `None`: as fast as answered.
    pub paced_rate: Option<f64>,
}

#[derive(Clone, Copy, Debug, Default)]
pub struct WrkResult {
    pub requests: u64,
    pub duration: Duration,
    pub mean_us: f64,
    pub p50_us: u64,
    pub p99_us: u64,
    pub max_us: u64,
    /// Socket errors and timeouts plus answers with status >= 400.
    pub errors: u64,
    /// CPU time the server used during the measured run.
    pub server_cpu: Duration,
}

impl WrkResult {
    pub fn rate(&self) -> f64 {
        self.requests as f64 / self.duration.as_secs_f64().max(1e-9)
    }

    /// Cores the server kept busy on average.
    pub fn server_cores(&self) -> f64 {
        self.server_cpu.as_secs_f64() / self.duration.as_secs_f64().max(1e-9)
    }

    /// Server CPU time per request, in microseconds.
    pub fn cpu_us_per_request(&self) -> f64 {
        self.server_cpu.as_secs_f64() * 1e6 / self.requests.max(1) as f64
    }

    fn parse(stdout: &str) -> Option<WrkResult> {
        let line = stdout.lines().find(|l| l.starts_with(RESULT_MARK))?;
        let field = |name: &str| -> Option<f64> {
            line.split_whitespace().find_map(|kv| kv.strip_prefix(name)?.strip_prefix('=')?.parse().ok())
        };
        let errors =
            ["connect", "read", "write", "status", "timeout"].iter().map(|k| field(k).unwrap_or(0.0) as u64).sum();
        Some(WrkResult {
            requests: field("requests")? as u64,
            duration: Duration::from_micros(field("duration_us")? as u64),
            mean_us: field("mean_us")?,
            p50_us: field("p50_us")? as u64,
            p99_us: field("p99_us")? as u64,
            max_us: field("max_us")? as u64,
            errors,
            server_cpu: Duration::ZERO,
        })
    }
}

/// Installs wrk with apt-get unless it is on PATH.
pub fn ensure_installed() -> Result<()> {
    if on_path("wrk") {
        return Ok(());
    }
    cmd::step("installing wrk (apt-get install wrk)");
    let root = cmd::output("id", ["-u"]).as_deref() == Some("0");
    for args in [&["update"][..], &["install", "-y", "wrk"][..]] {
        let mut command = if root { Command::new("apt-get") } else { Command::new("sudo") };
        if !root {
            command.arg("apt-get");
        }
        command.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        cmd::run(&mut command).context("wrk is needed for `cargo xtask bench` (Debian/Ubuntu: apt-get install wrk)")?;
    }
    if !on_path("wrk") {
        bail!("apt-get finished but wrk is still not on PATH");
    }
    Ok(())
}

fn on_path(binary: &str) -> bool {
    std::env::var_os("PATH")
        .map(|paths| std::env::split_paths(&paths).any(|dir| dir.join(binary).is_file()))
        .unwrap_or(false)
}

/// Writes the phase's script into `dir` and returns its path.
/// `answer_ms`: the mean answer time a paced phase's waits leave room for.
fn write_script(dir: &Path, phase: &Phase, login_names: &LoginNames, answer_ms: f64) -> Result<PathBuf> {
    let mut lua = String::new();
    lua.push_str(&format!("wrk.method = {}\n", lua_string(phase.method)));
    lua.push_str(&format!("wrk.path = {}\n", lua_string(&phase.path)));
    lua.push_str(&format!("wrk.headers[\"Authorization\"] = {}\n", lua_string(&format!("Bearer {}", phase.bearer))));
    // Each wrk thread has its own Lua state; `setup` numbers them so their random sequences differ.
    lua.push_str(
        r#"
local next_id = 0
setup = function(thread)
  thread:set("thread_id", next_id)
  next_id = next_id + 1
end
init = function(args)
  math.randomseed(os.time() * 1000 + (thread_id or 0) * 7919)
  if build_requests then build_requests() end
end
"#,
    );
    if let Some(body) = &phase.body_lua {
        lua.push_str("wrk.headers[\"Content-Type\"] = \"application/json\"\n");
        // The requests are formatted once, up front: formatting each one as it goes out cost wrk, which shares the
        // cores with the server, about a fifth of its CPU.
        lua.push_str(&format!(
            r#"
local function pick_user()
  return {prefix} .. math.random(0, {count} - 1)
end
local requests, next_request = {{}}, 0
build_requests = function()
  for i = 1, {PREBUILT_REQUESTS} do
    requests[i] = wrk.format(nil, nil, nil, {body})
  end
end
request = function()
  next_request = next_request % #requests + 1
  return requests[next_request]
end
"#,
            prefix = lua_string(&login_names.prefix),
            count = login_names.count,
        ));
    }
    if let Some(rate) = phase.paced_rate {
        // wrk's `delay` hook: milliseconds between an answer and the connection's next request. A connection's
        // cycle is that wait plus the answer's own time, allowed for here; the bench reports the rate it reached.
        let mean_ms = (phase.connections as f64 / rate * 1000.0 - answer_ms).max(0.0);
        lua.push_str(&format!("delay = function()\n  return -math.log(1 - math.random()) * {mean_ms:.3}\nend\n"));
    }
    lua.push_str(DONE_HOOK);
    let path = dir.join(format!("{}.lua", phase.name));
    fs::write(&path, lua).with_context(|| format!("cannot write {}", path.display()))?;
    Ok(path)
}

/// The seeded users' login names: `<prefix><n>` for n in 0..count.
pub struct LoginNames {
    pub prefix: String,
    pub count: usize,
}

/// Runs `phase` for `warmup` (result discarded), then for `duration`, and returns the measured result.
/// `server_cpu` reads the server's CPU time so far; it is read around the measured run.
pub fn run(
    dir: &Path,
    addr: SocketAddr,
    phase: &Phase,
    login_names: &LoginNames,
    warmup: Duration,
    duration: Duration,
    server_cpu: &dyn Fn() -> Result<Duration>,
) -> Result<WrkResult> {
    let mut script = write_script(dir, phase, login_names, 0.0)?;
    let warmups = if phase.paced_rate.is_some() { PACING_CALIBRATIONS } else { 1 };
    for _ in 0..warmups {
        if warmup.is_zero() {
            break;
        }
        let warm = run_once(addr, phase, &script, warmup)?;
        if phase.paced_rate.is_some() {
            script = write_script(dir, phase, login_names, warm.mean_us / 1000.0)?;
        }
    }
    let cpu_before = server_cpu()?;
    let mut result = run_once(addr, phase, &script, duration)?;
    result.server_cpu = server_cpu()?.saturating_sub(cpu_before);
    if result.requests == 0 {
        bail!("wrk completed no request in the {} phase", phase.name);
    }
    Ok(result)
}

fn run_once(addr: SocketAddr, phase: &Phase, script: &Path, duration: Duration) -> Result<WrkResult> {
    let output = Command::new("wrk")
        .arg(format!("--threads={}", phase.threads.min(phase.connections)))
        .arg(format!("--connections={}", phase.connections))
        .arg(format!("--duration={}s", duration.as_secs().max(1)))
        .arg("--timeout=10s")
        .arg(format!("--script={}", script.display()))
        .arg(format!("http://{addr}"))
        .stdin(Stdio::null())
        .output()
        .context("cannot start wrk")?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    if !output.status.success() {
        bail!(
            "wrk failed in the {} phase ({}): {stdout}{}",
            phase.name,
            output.status,
            String::from_utf8_lossy(&output.stderr)
        );
    }
    WrkResult::parse(&stdout).with_context(|| format!("no result line in wrk's output: {stdout}"))
}

/// A Lua string literal (long-bracket form would also do, but escaping keeps it on one line).
fn lua_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_result_line() {
        let out = "Running 10s test\nWRK_RESULT requests=5000 duration_us=10000000 mean_us=512.5 p50_us=400 \
                   p99_us=9000 max_us=20000 connect=0 read=1 write=0 status=2 timeout=0\n";
        let r = WrkResult::parse(out).unwrap();
        assert_eq!(r.requests, 5000);
        assert_eq!(r.p99_us, 9000);
        assert_eq!(r.errors, 3);
        assert!((r.rate() - 500.0).abs() < 1e-6);
        assert!(WrkResult::parse("nothing").is_none());
    }

    #[test]
    fn lua_strings_are_escaped() {
        assert_eq!(lua_string(r#"{"a":"b\c"}"#), r#""{\"a\":\"b\\c\"}""#);
    }
}
