//! `orgkg explain`: where an entity's facts come from and why its mentions are one entity.

use super::Context;
use anyhow::Result;
use clap::Args;
use orgkg::output::Table;
use orgkg::questions;
use orgkg::store::Access;
use oxigraph::model::NamedNode;
use std::io::Write;

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The entity: any label, `id:…`, or an IRI.
    pub name: String,
    /// Output: table or json.
    #[arg(long, default_value = "table")]
    pub format: String,
}

pub fn run(ctx: &Context, args: &ExplainArgs, out: &mut dyn Write) -> Result<()> {
    let store = ctx.open(Access::Read)?;
    let found = questions::resolve(store.store(), &args.name, &[])?;
    let iri = NamedNode::new(found.iri.clone())?;
    let e = orgkg::report::explain(store.store(), &iri)?;
    if args.format == "json" {
        writeln!(out, "{}", serde_json::to_string_pretty(&e)?)?;
        return Ok(());
    }
    writeln!(
        out,
        "{} ({}) <{}>",
        e.entity.name.best(),
        e.entity.kind,
        e.entity.iri
    )?;
    writeln!(out, "mentioned in {} graph(s):", e.graphs.len())?;
    for g in &e.graphs {
        writeln!(out, "  {g}")?;
    }
    writeln!(out, "\nidentity keys:")?;
    for k in &e.keys {
        writeln!(out, "  {}  (from {})", k.key, k.graphs.join(", "))?;
    }
    writeln!(out, "\nwhy one entity:")?;
    if e.reasons.is_empty() {
        writeln!(out, "  only one source mentions it; nothing was merged")?;
    }
    for r in &e.reasons {
        writeln!(out, "  {r}")?;
    }
    writeln!(out)?;
    let mut table = Table::new(["graph", "dir", "property", "value"]);
    for s in &e.statements {
        let graph = s.graph.rsplit('/').next().unwrap_or(&s.graph).to_owned();
        table.push([graph, s.direction.clone(), s.property.clone(), s.value.clone()]);
    }
    table.write_aligned(out)?;
    Ok(())
}
