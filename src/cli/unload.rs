//! `orgkg unload`: remove loaded sources from the store.

use super::Context;
use anyhow::{Result, anyhow};
use clap::Args;
use orgkg::identity::graph_iri;
use orgkg::store::Access;
use oxigraph::model::NamedNode;
use std::io::Write;
use std::path::Path;

#[derive(Debug, Args)]
pub struct UnloadArgs {
    /// The sources to remove: a graph IRI, or the file a source was loaded from (its graph is named after the
    /// file name, as `orgkg load` and `orgkg stats` show).
    #[arg(required = true, value_name = "SOURCE")]
    pub sources: Vec<String>,
}

pub fn run(ctx: &Context, args: &UnloadArgs, out: &mut dyn Write) -> Result<()> {
    let graphs = args
        .sources
        .iter()
        .map(|s| graph_of(s))
        .collect::<Result<Vec<_>>>()?;
    let store = ctx.open(Access::Write)?;
    let removed = orgkg::load::unload(&store, &graphs)?;
    for (graph, n) in &removed {
        writeln!(out, "unloaded   {graph}  ({n} quads)")?;
    }
    Ok(())
}

fn graph_of(source: &str) -> Result<NamedNode> {
    let iri = source
        .strip_prefix('<')
        .and_then(|s| s.strip_suffix('>'))
        .unwrap_or(source);
    if iri.contains("://") {
        return NamedNode::new(iri).map_err(|e| anyhow!("'{source}' is not a valid IRI: {e}"));
    }
    let name = Path::new(source)
        .file_name()
        .map_or_else(|| source.to_owned(), |n| n.to_string_lossy().into_owned());
    Ok(graph_iri(&name))
}
