//! `cargo xtask run`: build everything in release mode and start the server.

use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result};

use crate::{cmd, spa, tools};

const DEFAULT_LISTEN: &str = "127.0.0.1:8080";
const DEFAULT_DATA_DIR: &str = "./data";

pub fn run(root: &Path, server_args: &[String]) -> Result<()> {
    let toolchain = tools::ensure(root, false)?;
    let dist = spa::build(root, &toolchain)?;
    cmd::step("building the server (cargo build --release -p gatehouse-server)");
    cmd::run(Command::new("cargo").args(["build", "--release", "-p", "gatehouse-server"]))?;

    let binary = spa::target_dir(root).join("release").join("gatehouse");
    let mut server = Command::new(&binary);
    // An explicit --spa-dir or GATEHOUSE_SPA_DIR wins over the freshly built dist/.
    if setting(server_args, "--spa-dir", "GATEHOUSE_SPA_DIR").is_none() {
        server.arg("--spa-dir").arg(&dist);
    }
    server.args(server_args);
    print_banner(server_args);
    // exec: the server becomes this process, so Ctrl-C and exit codes reach it directly.
    let error = server.exec();
    Err(error).with_context(|| format!("cannot start {}", binary.display()))
}

fn print_banner(args: &[String]) {
    let listen = setting(args, "--listen", "GATEHOUSE_LISTEN").unwrap_or_else(|| DEFAULT_LISTEN.to_owned());
    let data_dir = setting(args, "--data-dir", "GATEHOUSE_DATA_DIR").unwrap_or_else(|| DEFAULT_DATA_DIR.to_owned());
    let port = listen.rsplit_once(':').map_or("8080", |(_, port)| port);
    let password_file = Path::new(&data_dir).join("admin-initial-password");

    eprintln!("\n==> starting Gatehouse on http://{listen}");
    eprintln!("    open http://localhost:{port}");
    if let Some(public_url) = setting(args, "--public-url", "GATEHOUSE_PUBLIC_URL") {
        eprintln!("    public URL: {public_url}");
    }
    eprintln!("    first administrator: username `admin`");
    if setting(args, "--initial-admin-password", "GATEHOUSE_INITIAL_ADMIN_PASSWORD").is_some() {
        eprintln!("    initial password: the value of GATEHOUSE_INITIAL_ADMIN_PASSWORD / --initial-admin-password");
    } else {
        eprintln!(
            "    initial password: on the first start with an empty database the server generates one, \
             logs it once and writes it to {}",
            password_file.display()
        );
        if password_file.exists() {
            eprintln!("      (it exists: `cat {}`)", password_file.display());
        }
    }
    eprintln!("    the initial password must be changed at the first login");
    eprintln!("    stop with Ctrl-C\n");
}

/// A server setting from `--flag value` / `--flag=value` in `args`, else from the environment.
fn setting(args: &[String], flag: &str, env: &str) -> Option<String> {
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        if arg == flag {
            return iter.next().cloned();
        }
        if let Some(value) = arg.strip_prefix(flag).and_then(|rest| rest.strip_prefix('=')) {
            return Some(value.to_owned());
        }
    }
    std::env::var(env).ok().filter(|v| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::setting;

    #[test]
    fn reads_flags_in_both_forms() {
        let args = ["--listen".to_owned(), "0.0.0.0:9000".to_owned()];
        assert_eq!(setting(&args, "--listen", "XTASK_TEST_UNSET").as_deref(), Some("0.0.0.0:9000"));
        let args = ["--data-dir=/tmp/x".to_owned()];
        assert_eq!(setting(&args, "--data-dir", "XTASK_TEST_UNSET").as_deref(), Some("/tmp/x"));
        assert_eq!(setting(&args, "--listen", "XTASK_TEST_UNSET"), None);
    }
}
