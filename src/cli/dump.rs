//! `orgkg dump`: the whole store (N-Quads, TriG) or one graph (any RDF format).

use super::Context;
use anyhow::{Result, anyhow, bail};
use clap::Args;
use orgkg::load::InputFormat;
use orgkg::output::serializer;
use orgkg::store::Access;
use oxigraph::model::{GraphNameRef, NamedNode};
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct DumpArgs {
    /// Dump only this named graph.
    #[arg(long, value_name = "IRI")]
    pub graph: Option<String>,
    /// Format: nquads or trig for the whole store; turtle, ntriples, rdfxml, jsonld (or the two above) for one graph.
    #[arg(long)]
    pub format: Option<String>,
    /// Write to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

pub fn run(ctx: &Context, args: &DumpArgs, out: &mut dyn Write) -> Result<()> {
    let default = if args.graph.is_some() { "turtle" } else { "nquads" };
    let name = args.format.as_deref().unwrap_or(default);
    let Some(InputFormat::Rdf(format)) = InputFormat::from_name(name) else {
        bail!("unknown RDF format '{name}'; expected nquads, trig, turtle, ntriples, rdfxml or jsonld");
    };
    let store = ctx.open(Access::Read)?;
    let mut file = None;
    let writer = super::output(args.output.as_deref(), out, &mut file)?;
    match &args.graph {
        Some(g) => {
            let graph =
                NamedNode::new(g.as_str()).map_err(|e| anyhow!("--graph '{g}' is not an IRI: {e}"))?;
            if !store.has_graph(&graph)? {
                bail!("there is no graph <{g}> in the store; `orgkg stats` lists the graphs");
            }
            let mut ser = serializer(format).for_writer(writer);
            for quad in store.store().quads_for_pattern(
                None,
                None,
                None,
                Some(GraphNameRef::NamedNode(graph.as_ref())),
            ) {
                ser.serialize_triple(quad?.as_ref())?;
            }
            ser.finish()?;
        }
        None => {
            if !format.supports_datasets() {
                bail!(
                    "a whole store has named graphs: use --format nquads or trig, or pick one graph with --graph"
                );
            }
            let mut ser = serializer(format).for_writer(writer);
            for quad in store.store().iter() {
                ser.serialize_quad(&quad?)?;
            }
            ser.finish()?.flush()?;
        }
    }
    Ok(())
}
