//! `orgkg stats`: what the store holds.

use super::Context;
use anyhow::Result;
use clap::Args;
use orgkg::output::Table;
use orgkg::store::Access;
use std::io::Write;

#[derive(Debug, Args)]
pub struct StatsArgs {
    /// Output: table or json.
    #[arg(long, default_value = "table")]
    pub format: String,
}

pub fn run(ctx: &Context, args: &StatsArgs, out: &mut dyn Write) -> Result<()> {
    let store = ctx.open(Access::Read)?;
    let stats = orgkg::report::stats(store.store())?;
    if args.format == "json" {
        writeln!(out, "{}", serde_json::to_string_pretty(&stats)?)?;
        return Ok(());
    }
    writeln!(
        out,
        "store: {} ({} quads)\n",
        store.describe(),
        store.store().len()?
    )?;
    let mut classes = Table::new(["class", "entities"]);
    for (class, n) in &stats.classes {
        classes.push([class.clone(), n.to_string()]);
    }
    classes.write_aligned(out)?;
    writeln!(out)?;
    let mut graphs = Table::new(["graph", "triples", "method", "loaded from", "loaded at"]);
    for g in &stats.graphs {
        graphs.push([
            g.graph.clone(),
            g.triples.to_string(),
            g.method.clone().unwrap_or_default(),
            g.loaded_from.clone().unwrap_or_default(),
            g.loaded_at.clone().unwrap_or_default(),
        ]);
    }
    graphs.write_aligned(out)?;
    writeln!(out)?;
    let mut sources = Table::new(["source", "title", "published", "url"]);
    for s in &stats.sources {
        sources.push([
            orgkg::vocab::compact(&s.source),
            s.title.clone().unwrap_or_default(),
            s.published.clone().unwrap_or_default(),
            s.url.clone().unwrap_or_default(),
        ]);
    }
    sources.write_aligned(out)?;
    Ok(())
}
