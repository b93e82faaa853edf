//! `cargo xtask test`: build the SPA and server, then run every test suite.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use anyhow::{bail, Result};

use crate::{cmd, spa, tools};

/// Each browser test starts its own chromium; more than two at a time overloads 2 cores.
const BROWSER_TEST_THREADS: &str = "2";

pub fn test(root: &Path, extra: &[String]) -> Result<()> {
    let started = Instant::now();
    let mut phases: Vec<(&str, Duration, bool)> = Vec::new();
    let mut timed = |name, f: &mut dyn FnMut() -> Result<()>| {
        let start = Instant::now();
        let result = f();
        phases.push((name, start.elapsed(), result.is_ok()));
        result
    };

    let toolchain = tools::ensure(root, true)?;
    let mut dist = root.join("dist");
    timed("build SPA", &mut || spa::build(root, &toolchain).map(|d| dist = d))?;
    timed("build server", &mut || {
        cmd::step("building the server (cargo build -p gatehouse-server)");
        cmd::run(Command::new("cargo").args(["build", "-p", "gatehouse-server"]))
    })?;

    let binary = spa::target_dir(root).join("debug").join("gatehouse");
    let (cargo_args, harness_args) = split_at_double_dash(extra);
    let cargo_test = |packages: &[&str], harness: &[&str]| {
        let mut command = Command::new("cargo");
        command
            .arg("test")
            .args(packages)
            .args(cargo_args)
            .arg("--")
            .args(harness)
            .args(harness_args)
            .env("GATEHOUSE_BIN", &binary)
            .env("GATEHOUSE_SPA_DIR", &dist);
        command
    };

    let mut failed = Vec::new();
    let suites: [(&str, Vec<&str>, Vec<&str>); 2] = [
        (
            "unit + API tests",
            vec!["--workspace", "--exclude", "gatehouse-app", "--exclude", "gatehouse-e2e"],
            vec![],
        ),
        (
            "browser tests",
            vec!["--package", "gatehouse-e2e"],
            vec!["--test-threads", BROWSER_TEST_THREADS],
        ),
    ];
    // Run every suite even when one fails, so a CI log shows all failures at once.
    for (name, packages, harness) in &suites {
        let result = timed(name, &mut || {
            cmd::step(&format!("running {name}"));
            cmd::run(&mut cargo_test(packages, harness))
        });
        if result.is_err() {
            failed.push(*name);
        }
    }

    eprintln!("\n==> summary");
    for (name, took, ok) in &phases {
        let status = if *ok { "ok" } else { "FAILED" };
        eprintln!("    {name:<18} {status:<7} {:>7.1} s", took.as_secs_f64());
    }
    eprintln!("    total wall time {:>17.1} s", started.elapsed().as_secs_f64());
    if !failed.is_empty() {
        bail!("failed: {}", failed.join(", "));
    }
    Ok(())
}

fn split_at_double_dash(args: &[String]) -> (&[String], &[String]) {
    match args.iter().position(|a| a == "--") {
        Some(i) => (&args[..i], &args[i + 1..]),
        None => (args, &[]),
    }
}
