//! `orgkg push`: upload the store, or one graph, to a SPARQL server in batches, with progress.

use super::{Context, stderr_is_terminal};
use anyhow::{Context as _, Result, anyhow};
use clap::Args;
use orgkg::remote::{PushMethod, PushOptions, RemoteEndpoint, push};
use orgkg::store::Access;
use oxigraph::model::NamedNode;
use std::io::Write;
use std::time::Instant;

#[derive(Debug, Args)]
pub struct PushArgs {
    /// The server's SPARQL endpoint.
    #[arg(long, value_name = "URL")]
    pub endpoint: String,
    /// Upload through this Graph Store Protocol endpoint (Virtuoso: …/sparql-graph-crud; orgkg: …/store);
    /// without it, triples go in as SPARQL Update INSERT DATA to the endpoint.
    #[arg(long, value_name = "URL")]
    pub graph_store: Option<String>,
    /// Push only this named graph.
    #[arg(long, value_name = "IRI")]
    pub graph: Option<String>,
    /// Triples per request.
    #[arg(long, default_value_t = 5_000, value_name = "N")]
    pub batch: usize,
}

pub fn run(ctx: &Context, args: &PushArgs, out: &mut dyn Write) -> Result<()> {
    let store = ctx.open(Access::Read)?;
    let endpoint =
        RemoteEndpoint::new(&args.endpoint).with_context(|| format!("--endpoint {}", args.endpoint))?;
    let method = match &args.graph_store {
        Some(url) => PushMethod::GraphStore { url: url.clone() },
        None => PushMethod::Update,
    };
    let graph = args
        .graph
        .as_deref()
        .map(|g| NamedNode::new(g).map_err(|e| anyhow!("--graph '{g}' is not an IRI: {e}")))
        .transpose()?;
    let options = PushOptions {
        method,
        graph,
        batch_size: args.batch.max(1),
    };
    let started = Instant::now();
    let terminal = stderr_is_terminal();
    let mut stderr = std::io::stderr();
    let mut report = |p: &orgkg::remote::PushProgress| {
        let name = p.graph.as_ref().map_or("default graph", NamedNode::as_str);
        // A line per batch on a terminal (overwritten), a line per finished graph otherwise.
        if terminal {
            let _ = write!(stderr, "\r{name}: {}/{} triples   ", p.sent, p.total);
            if p.sent >= p.total {
                let _ = writeln!(stderr);
            }
        } else if p.sent >= p.total {
            let _ = writeln!(stderr, "{name}: {} triples", p.sent);
        }
    };
    let summary = push(store.store(), &endpoint, &options, &mut report)
        .with_context(|| format!("pushing to {}", args.endpoint))?;
    writeln!(
        out,
        "pushed {} triples in {} graphs to {} ({} requests, {:.1} s)",
        summary.triples,
        summary.graphs,
        args.endpoint,
        summary.requests,
        started.elapsed().as_secs_f64()
    )?;
    Ok(())
}
