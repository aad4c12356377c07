//! `orgkg render`: diagrams of an organization, a meeting, an entity's neighbourhood, a path, or a CONSTRUCT query.

use super::Context;
use super::endpoint::Backend;
use anyhow::{Context as _, Result, bail};
use clap::{Args, Subcommand};
use orgkg::graph::{KnowledgeGraph, Lang};
use orgkg::questions::{self, Kind};
use orgkg::render::{self, DEFAULT_FONT, DEFAULT_MAX_NODES, Format, RenderOptions, View};
use orgkg::sparql::SparqlBackend;
use oxigraph::model::NamedNode;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct RenderArgs {
    #[command(subcommand)]
    pub kind: Option<RenderKind>,
    /// Draw the graph this SPARQL CONSTRUCT query returns (instead of a diagram kind).
    #[arg(long, value_name = "QUERY")]
    pub sparql: Option<String>,
    /// Write to this file; the format follows its extension (.dot, .svg, .png, .pdf).
    #[arg(short, long, value_name = "FILE", global = true)]
    pub output: Option<PathBuf>,
    /// The format: dot, svg, png or pdf [default: from --output's extension, else dot].
    #[arg(long, global = true)]
    pub format: Option<String>,
    /// Label language: zh or en.
    #[arg(long, default_value = "zh", global = true)]
    pub lang: String,
    /// The font family for all labels (needs CJK glyphs for Chinese in PNG and PDF).
    #[arg(long, default_value = DEFAULT_FONT, global = true)]
    pub font: String,
    /// Show at most this many nodes; the rest are counted in a note.
    #[arg(long, default_value_t = DEFAULT_MAX_NODES, global = true)]
    pub max_nodes: usize,
    /// Leave out the legend.
    #[arg(long, global = true)]
    pub no_legend: bool,
    /// Draw from this SPARQL 1.1 endpoint instead of the local store (same queries, same diagram).
    #[arg(long, value_name = "URL", global = true)]
    pub endpoint: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum RenderKind {
    /// An organization with its departments and branches, and the people holding posts.
    Org { name: String },
    /// A meeting: organizers, participants with roles and titles, grouped by whom they came for, reports.
    Meeting { name: String },
    /// Everything within --depth links of a person or organization.
    Ego {
        name: String,
        #[arg(long, default_value_t = 1)]
        depth: usize,
    },
    /// The shortest connections between two entities.
    Path {
        from: String,
        to: String,
        /// Draw at most this many shortest paths.
        #[arg(long, default_value_t = 5)]
        max_paths: usize,
    },
    /// The graph a SPARQL CONSTRUCT query returns.
    Sparql { query: String },
}

fn resolve(backend: &dyn SparqlBackend, name: &str, kinds: &[Kind]) -> Result<NamedNode> {
    Ok(NamedNode::new(questions::resolve(backend, name, kinds)?.iri)?)
}

pub fn run(ctx: &Context, args: &RenderArgs, out: &mut dyn Write) -> Result<()> {
    let lang: Lang = args.lang.parse().map_err(anyhow::Error::msg)?;
    let format = match (&args.format, &args.output) {
        (Some(f), _) => f.parse::<Format>()?,
        (None, Some(path)) => Format::from_path(path)?,
        (None, None) => Format::Dot,
    };
    let mut options = RenderOptions {
        lang,
        font: args.font.clone(),
        max_nodes: args.max_nodes,
        legend: !args.no_legend,
        ..RenderOptions::default()
    };
    let backend = Backend::open(ctx, args.endpoint.as_deref())?;
    let store = backend.sparql();
    let view = match (&args.kind, &args.sparql) {
        (Some(RenderKind::Sparql { query }), None) | (None, Some(query)) => View::Construct(query.clone()),
        (Some(_), Some(_)) => bail!("give either a diagram kind or --sparql, not both"),
        (None, None) => bail!("say what to draw: org, meeting, ego, path, sparql (or --sparql QUERY)"),
        (Some(RenderKind::Org { name }), None) => {
            View::Organization(resolve(store, name, &[Kind::Organization, Kind::Unit])?)
        }
        (Some(RenderKind::Meeting { name }), None) => View::Meeting(resolve(store, name, &[Kind::Meeting])?),
        (Some(RenderKind::Ego { name, depth }), None) => {
            if *depth == 0 {
                bail!("--depth must be at least 1");
            }
            View::Ego {
                center: resolve(store, name, &[])?,
                depth: *depth,
            }
        }
        (Some(RenderKind::Path { from, to, max_paths }), None) => {
            options.max_paths = *max_paths;
            View::Path {
                from: resolve(store, from, &[])?,
                to: resolve(store, to, &[])?,
            }
        }
    };
    let diagram = match &view {
        View::Construct(_) => render::diagram(store, &view, &options)?,
        _ => render::diagram_of(&KnowledgeGraph::load_with(store, &ctx.lexicon)?, &view, &options)?,
    };
    if let Some(o) = diagram.omission() {
        eprintln!("note: {} (raise it with --max-nodes)", o.message(lang));
    }
    let dot = diagram.to_dot(&options);
    match &args.output {
        Some(path) => {
            render::write_file(&dot, path, format)
                .with_context(|| format!("rendering {}", path.display()))?;
            eprintln!(
                "wrote {} ({} nodes, {} edges)",
                path.display(),
                diagram.node_count(),
                diagram.edge_count()
            );
        }
        None => out.write_all(&render::render(&dot, format)?)?,
    }
    Ok(())
}
