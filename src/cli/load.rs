//! `orgkg load`: files, directories or standard input into the store, all or nothing.

use super::{Context, expand_paths, stderr_is_terminal};
use anyhow::{Result, bail};
use clap::Args;
use orgkg::load::{InputFormat, LoadStatus};
use orgkg::store::Access;
use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

#[derive(Debug, Args)]
pub struct LoadArgs {
    /// Files or directories to load; `-` reads standard input (needs --format).
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// The format, when the file name does not tell: yaml, json, report (a news report as text or a saved web
    /// page; `.txt` and `.html` files are reports), turtle, trig,
    /// ntriples, nquads, rdfxml, jsonld.
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,
    /// Load into this named graph instead of one named after the file (one source only).
    #[arg(long, value_name = "IRI")]
    pub graph: Option<String>,
    /// The source's URL, recorded as provenance.
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    /// Do not compact the store after a large load (one of 100,000 quads or more is compacted).
    #[arg(long)]
    pub no_optimize: bool,
    /// The source's publication date (YYYY-MM-DD), recorded and used for dates that omit the year.
    #[arg(long, value_name = "DATE")]
    pub published: Option<String>,
}

pub fn run(ctx: &Context, args: &LoadArgs, out: &mut dyn Write) -> Result<()> {
    let format = match &args.format {
        Some(f) => Some(InputFormat::from_name(f).ok_or_else(|| anyhow::anyhow!("unknown format '{f}'; expected yaml, json, report, turtle, trig, ntriples, nquads, rdfxml or jsonld"))?),
        None => None,
    };
    let mut requests = expand_paths(&args.files, format)?;
    if requests.is_empty() {
        bail!(
            "nothing to load: no file with a known extension in {}",
            args.files
                .iter()
                .map(|f| f.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    if let Some(g) = &args.graph {
        if requests.len() != 1 {
            bail!(
                "--graph names one graph, but {} sources were given",
                requests.len()
            );
        }
        requests[0].graph = Some(
            oxigraph::model::NamedNode::new(g.as_str())
                .map_err(|e| anyhow::anyhow!("--graph '{g}' is not an IRI: {e}"))?,
        );
    }
    for r in &mut requests {
        r.url.clone_from(&args.url);
        r.published.clone_from(&args.published);
    }
    let store = ctx.open(Access::Write)?;
    let started = Instant::now();
    let mut loader = ctx.loader(&store)?;
    let bar = stderr_is_terminal().then(|| {
        let bar = indicatif::ProgressBar::new_spinner();
        bar.set_style(
            indicatif::ProgressStyle::with_template("{spinner} {human_pos} quads  {msg}  {elapsed}")
                .expect("valid template"),
        );
        bar
    });
    if let Some(bar) = &bar {
        let b = bar.clone();
        bar.enable_steady_tick(std::time::Duration::from_millis(120));
        loader = loader.on_progress(move |n| {
            let seconds = started.elapsed().as_secs_f64().max(0.001);
            b.set_message(format!("{:.0} quads/s", n as f64 / seconds));
            b.set_position(n);
        });
    }
    let result = loader.load(&requests);
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    let outcomes = result?;
    let seconds = started.elapsed().as_secs_f64();
    let mut total = 0;
    for o in &outcomes {
        let status = match o.status {
            LoadStatus::Loaded => "loaded",
            LoadStatus::Replaced => "replaced",
            LoadStatus::Unchanged => "unchanged",
        };
        total += o.quads;
        writeln!(
            out,
            "{status:<9}  {}  →  <{}>  ({} quads)",
            o.name,
            o.graph.as_str(),
            o.quads
        )?;
        for notice in &o.notices {
            writeln!(out, "           note: {notice}")?;
        }
    }
    let rate = if seconds > 0.0 {
        total as f64 / seconds
    } else {
        0.0
    };
    writeln!(
        out,
        "{} source(s), {total} quads in {seconds:.2} s ({rate:.0} quads/s) into {}",
        outcomes.len(),
        store.describe()
    )?;
    // A large bulk load leaves many sorted files behind; compacting them makes every later query faster.
    if total >= COMPACT_AFTER && !args.no_optimize {
        let started = Instant::now();
        store.optimize()?;
        writeln!(
            out,
            "compacted the store in {:.2} s (--no-optimize skips this)",
            started.elapsed().as_secs_f64()
        )?;
    }
    Ok(())
}

/// Loads of at least this many quads are followed by a compaction.
const COMPACT_AFTER: u64 = 100_000;
