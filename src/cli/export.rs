//! `orgkg export`: the graph (or a projection) as GraphML, GEXF, Cytoscape.js JSON, CSV or Mermaid.

use super::Context;
use anyhow::{Result, bail};
use clap::Args;
use orgkg::export::{ExportFormat, ExportOptions, export, write_csv_edges, write_csv_nodes};
use orgkg::graph::{KnowledgeGraph, Lang, Projection};
use orgkg::store::Access;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// graphml, gexf, cytoscape, csv or mermaid [default: from --output's extension].
    #[arg(long)]
    pub format: Option<String>,
    /// Write here (CSV writes FILE's stem plus .nodes.csv and .edges.csv); standard output when absent.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// The network: full, person-org, person-person or org-org.
    #[arg(long, default_value = "full")]
    pub projection: String,
    /// Add degree, betweenness and community to every node.
    #[arg(long)]
    pub metrics: bool,
    /// Language of the main label: zh or en (both are always exported).
    #[arg(long, default_value = "zh")]
    pub lang: String,
}

/// Fills a buffer, then writes it through a temporary file renamed into place, so failures leave nothing.
fn write_atomically(path: &Path, fill: impl FnOnce(&mut dyn Write) -> Result<()>) -> Result<()> {
    let mut bytes = Vec::new();
    fill(&mut bytes)?;
    orgkg::render::write_bytes(path, &bytes)?;
    Ok(())
}

pub fn run(ctx: &Context, args: &ExportArgs, out: &mut dyn Write) -> Result<()> {
    let format = match (&args.format, &args.output) {
        (Some(f), _) => f.parse::<ExportFormat>()?,
        (None, Some(p)) => match ExportFormat::from_path(p) {
            Some(f) => f,
            None => bail!("cannot tell the format from {}; use --format", p.display()),
        },
        (None, None) => bail!("say which format with --format (graphml, gexf, cytoscape, csv, mermaid)"),
    };
    let lang: Lang = args.lang.parse().map_err(anyhow::Error::msg)?;
    let projection: Projection = args.projection.parse().map_err(anyhow::Error::msg)?;
    let options = ExportOptions {
        lang,
        metrics: args.metrics,
    };
    let store = ctx.open(Access::Read)?;
    let graph = KnowledgeGraph::load_with(store.store(), &ctx.lexicon)?.project(projection);
    if graph.is_empty() {
        bail!(
            "nothing to export: the {} projection of the store is empty",
            projection.name()
        );
    }
    match (format, &args.output) {
        (ExportFormat::Csv, None) => bail!("CSV export writes two files: give --output FILE.csv"),
        (ExportFormat::Csv, Some(path)) => {
            let stem = path.with_extension("");
            let nodes = PathBuf::from(format!("{}.nodes.csv", stem.display()));
            let edges = PathBuf::from(format!("{}.edges.csv", stem.display()));
            write_atomically(&nodes, |w| Ok(write_csv_nodes(&graph, &options, w)?))?;
            write_atomically(&edges, |w| Ok(write_csv_edges(&graph, &options, w)?))?;
            eprintln!("wrote {} and {}", nodes.display(), edges.display());
        }
        (_, Some(path)) => {
            write_atomically(path, |w| Ok(export(&graph, format, &options, w)?))?;
            eprintln!(
                "wrote {} ({} nodes, {} links)",
                path.display(),
                graph.node_count(),
                graph.link_count()
            );
        }
        (_, None) => export(&graph, format, &options, out)?,
    }
    Ok(())
}
