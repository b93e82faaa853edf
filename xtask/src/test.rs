//! `cargo xtask test`: build the SPA and server, then run every test suite.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use anyhow::{bail, Result};

use crate::{cmd, spa, tools};

/// Each browser test starts its own chromium; more than two at a time overloads 2 cores.
const BROWSER_TEST_THREADS: &str = "2";

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

pub fn test(root: &Path, extra: &[String]) -> Result<()> {
    let started = Instant::now();
    let mut phases = Phases::default();
    let toolchain = phases.run("tools", || tools::ensure(root, true))?;
    let dist = phases.run("build SPA", || spa::build(root, &toolchain))?;
    phases.run("build server", || {
        cmd::step("building the server (cargo build -p gatehouse-server)");
        cmd::run(Command::new("cargo").args(["build", "-p", "gatehouse-server"]))
    })?;

    let env = TestEnv {
        binary: spa::target_dir(root).join("debug").join("gatehouse"),
        dist,
        extra,
    };
    let suites = [
        Suite {
            name: "unit + API tests",
            packages: &["--workspace", "--exclude", "gatehouse-app", "--exclude", "gatehouse-e2e"],
            harness: &[],
        },
        Suite {
            name: "browser tests",
            packages: &["--package", "gatehouse-e2e"],
            harness: &["--test-threads", BROWSER_TEST_THREADS],
        },
    ];
    // Run every suite even when one fails, so a CI log shows all failures at once.
    let mut failed = Vec::new();
    for suite in &suites {
        let result = phases.run(suite.name, || {
            cmd::step(&format!("running {}", suite.name));
            cmd::run(&mut env.cargo_test(suite))
        });
        if result.is_err() {
            failed.push(suite.name);
        }
    }

    phases.print(started.elapsed());
    if !failed.is_empty() {
        bail!("failed: {}", failed.join(", "));
    }
    Ok(())
}

struct Suite {
    name: &'static str,
    packages: &'static [&'static str],
    harness: &'static [&'static str],
}

struct TestEnv<'a> {
    binary: PathBuf,
    dist: PathBuf,
    /// `cargo test` arguments from the command line; those after `--` go to the test harness.
    extra: &'a [String],
}

impl TestEnv<'_> {
    fn cargo_test(&self, suite: &Suite) -> Command {
        let (cargo_args, harness_args) = match self.extra.iter().position(|a| a == "--") {
            Some(i) => (&self.extra[..i], &self.extra[i + 1..]),
            None => (self.extra, &[][..]),
        };
        let mut command = Command::new("cargo");
        command
            .arg("test")
            .args(suite.packages)
            .args(cargo_args)
            .arg("--")
            .args(suite.harness)
            .args(harness_args)
            .env("GATEHOUSE_BIN", &self.binary)
            .env("GATEHOUSE_SPA_DIR", &self.dist);
        command
    }
}
