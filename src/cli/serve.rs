//! `orgkg serve`: the store over HTTP (SPARQL endpoint, Graph Store, web page) until interrupted.

use super::Context;
use anyhow::{Context as _, Result};
use clap::Args;
use orgkg::serve::{DEFAULT_BIND, ServeConfig, is_loopback, serve};
use orgkg::store::Access;
use std::io::Write;
use std::net::SocketAddr;
use std::time::Duration;

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The address to listen on; anything but loopback makes the server reachable from other machines.
    #[arg(long, default_value_t = DEFAULT_BIND, value_name = "ADDR:PORT")]
    pub bind: SocketAddr,
    /// Stop each query after this many seconds.
    #[arg(long, default_value_t = 30, value_name = "SECONDS")]
    pub timeout: u64,
    /// The most rows or triples one answer may carry.
    #[arg(long, default_value_t = 100_000, value_name = "N")]
    pub max_results: usize,
    /// The largest request body accepted, in bytes.
    #[arg(long, default_value_t = 16 << 20, value_name = "BYTES")]
    pub max_body: usize,
    /// Allow SPARQL Update and Graph Store writes (off: the server is read-only).
    #[arg(long)]
    pub writable: bool,
    /// Allow federated SERVICE calls (and LOAD) to other servers.
    #[arg(long)]
    pub allow_service: bool,
    /// Answer cross-origin requests from any web page.
    #[arg(long)]
    pub cors: bool,
}

pub fn run(ctx: &Context, args: &ServeArgs, err: &mut dyn Write) -> Result<()> {
    let access = if args.writable {
        Access::Write
    } else {
        Access::Read
    };
    let store = ctx.open(access)?;
    let config = ServeConfig {
        bind: args.bind,
        timeout: Duration::from_secs(args.timeout.max(1)),
        max_results: args.max_results,
        max_body_bytes: args.max_body,
        writable: args.writable,
        allow_service: args.allow_service,
        cors: args.cors,
        ..ServeConfig::default()
    };
    let server = serve(store.store().clone(), config, Box::new(std::io::stderr()))
        .with_context(|| format!("starting the server on {}", args.bind))?;
    let reach = if is_loopback(&server.address()) {
        "loopback only: reachable from this machine alone"
    } else {
        "NOT loopback: reachable from other machines"
    };
    let mode = if args.writable { "writable" } else { "read-only" };
    writeln!(err, "orgkg serve: {} ({})", store.describe(), mode)?;
    writeln!(
        err,
        "orgkg serve: listening on http://{} ({reach})",
        server.address()
    )?;
    writeln!(
        err,
        "orgkg serve: web page at /, SPARQL at /sparql, Graph Store at /store; Ctrl-C stops"
    )?;
    err.flush()?;
    server.join().context("the server stopped")?;
    Ok(())
}
