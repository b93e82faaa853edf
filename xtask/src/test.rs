//! `cargo xtask test`: build the SPA, the server and every test suite, then run them all.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};

use crate::{cmd, spa, tools};

/// Each browser test starts its own server and chromium: more than two at a time overload the
/// 2-core CI machine (where 2 is also libtest's default for the other suites).
const TEST_THREADS: &str = "2";

/// Wall time per phase, printed at the end.
#[derive(Default)]
struct Phases(Vec<(String, Duration, bool)>);

impl Phases {
    fn run<T>(&mut self, name: &str, f: impl FnOnce() -> Result<T>) -> Result<T> {
        let start = Instant::now();
        let result = f();
        self.0.push((name.to_owned(), start.elapsed(), result.is_ok()));
        result
    }

    fn print(&self, total: Duration) {
        eprintln!("\n==> summary");
        for (name, took, ok) in &self.0 {
            let status = if *ok { "ok" } else { "FAILED" };
            eprintln!("    {name:<18} {status:<7} {:>7.1} s", took.as_secs_f64());
        }
        eprintln!("    {:<26} {:>7.1} s", "total wall time", total.as_secs_f64());
    }
}

/// `harness_args` go to every test binary (a name filter, `--nocapture`, ...).
pub fn test(root: &Path, harness_args: &[String]) -> Result<()> {
    let started = Instant::now();
    let mut phases = Phases::default();
    let toolchain = phases.run("tools", || tools::ensure(root, true))?;
    let dist = phases.run("build SPA", || spa::build(root, &toolchain))?;

    // A stray `--` (clap keeps any after the first) would reach libtest as a filter.
    let harness_args: Vec<&String> = harness_args.iter().filter(|a| *a != "--").collect();
    // One cargo invocation for every suite: the workspace's features are unified once, so the
    // server and the shared dependencies compile once (separate `-p` runs rebuild them).
    let cargo_test = |more: &[&str]| {
        let mut command = Command::new("cargo");
        command.args(["test", "--workspace"]).args(more);
        command
    };
    let binary = spa::target_dir(root).join("debug").join("gatehouse");
    phases.run("build server+tests", || {
        cmd::step("building the server and all tests (debug)");
        cmd::run(&mut cargo_test(&["--no-run"]))?;
        // The server's integration tests make cargo build the binary; build it if they did not.
        if !binary.exists() {
            cmd::run(Command::new("cargo").args(["build", "-p", "gatehouse-server"]))?;
        }
        Ok(())
    })?;

    let result = phases.run("run tests", || {
        cmd::step("running unit, API and browser tests");
        cmd::run(
            cargo_test(&["--no-fail-fast"])
                .arg("--")
                .args(["--test-threads", TEST_THREADS])
                .args(harness_args)
                .env("GATEHOUSE_BIN", &binary)
                .env("GATEHOUSE_SPA_DIR", &dist)
                .envs(toolchain.axe.as_ref().map(|axe| ("GATEHOUSE_AXE_JS", axe))),
        )
    });
    phases.print(started.elapsed());
    result.context("some tests failed (see above)")
}
