//! `cargo xtask <command>`: the project's two entry points, `run` and `test`, plus `bench`.
//!
//! Everything a fresh machine lacks (wasm target, trunk, wasm-bindgen, wasm-opt, chromium) is
//! installed on first use by [`tools`]; later runs only check versions and are fast.

mod bench;
mod cmd;
mod run;
mod spa;
mod test;
mod tools;
mod wasm;

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(about = "Gatehouse build and test tasks")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Install missing tools, build the SPA and the release server, and start it.
    ///
    /// Extra arguments go to `gatehouse` (see `gatehouse --help`); GATEHOUSE_* variables are
    /// honoured by the server itself.
    Run {
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        server_args: Vec<String>,
    },
    /// Install missing tools (including chromium), build everything and run all tests.
    ///
    /// Extra arguments go to the test harness: a name filter (`cargo xtask test lockout`) or
    /// libtest flags (`cargo xtask test -- --nocapture`).
    Test {
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        harness_args: Vec<String>,
    },
    /// Build release binaries, seed users, load the server with wrk on loopback and print a
    /// markdown table of performance targets against measurements (not part of `test`).
    Bench(bench::Options),
    /// Build the SPA into dist/ only (release, split), printing each file's brotli and gzip size.
    Spa,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            // `{:#}` prints the context chain on one line, without anyhow's backtrace.
            eprintln!("\nerror: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(command: Command) -> Result<()> {
    let root = workspace_root()?;
    std::env::set_current_dir(&root)
        .with_context(|| format!("cannot change to the workspace root {}", root.display()))?;
    match command {
        Command::Run { server_args } => run::run(&root, &server_args),
        Command::Test { harness_args } => test::test(&root, &harness_args),
        Command::Bench(options) => bench::bench(&root, &options),
        Command::Spa => tools::ensure(&root, false).and_then(|tools| spa::build(&root, &tools)).map(drop),
    }
}

/// The workspace root is the parent of this crate's directory (fixed at compile time).
fn workspace_root() -> Result<PathBuf> {
    let manifest_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest_dir.parent().map(PathBuf::from).context("xtask has no parent directory")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn harness_args(args: &[&str]) -> Vec<String> {
        let argv = ["xtask", "test"].iter().chain(args);
        match Cli::try_parse_from(argv).map(|cli| cli.command) {
            Ok(Command::Test { harness_args }) => harness_args,
            _ => panic!("`test {args:?}` did not parse"),
        }
    }

    #[test]
    fn test_takes_filters_and_harness_flags() {
        assert_eq!(harness_args(&["lockout"]), ["lockout"]);
        assert_eq!(harness_args(&["--", "--nocapture"]), ["--nocapture"]);
        assert_eq!(harness_args(&["lockout", "--nocapture"]), ["lockout", "--nocapture"]);
    }
}
