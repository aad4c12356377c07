//! `orgkg analyze`: centrality, components, communities and explained paths on a projection of the store.

use super::Context;
use anyhow::{Result, bail};
use clap::Args;
use orgkg::graph::{KnowledgeGraph, Lang, Projection, Sampling, Score};
use orgkg::output::Table;
use orgkg::questions;
use orgkg::store::Access;
use oxigraph::model::NamedNode;
use serde_json::json;
use std::io::Write;

#[derive(Debug, Args)]
pub struct AnalyzeArgs {
    /// The network: full, person-org, person-person (shared meetings) or org-org (shared meetings or people).
    #[arg(long, default_value = "full")]
    pub projection: String,
    /// How many entities to list per measure.
    #[arg(long, default_value_t = 10)]
    pub top: usize,
    /// Estimate betweenness from this many sampled sources [default: exact up to 2,000 nodes, else 256].
    #[arg(long, value_name = "K")]
    pub sample: Option<usize>,
    /// Explain the shortest paths between two entities instead of the measures.
    #[arg(long, num_args = 2, value_names = ["FROM", "TO"])]
    pub path: Option<Vec<String>>,
    /// Store degree, betweenness and community as triples in the analytics graph.
    #[arg(long)]
    pub write: bool,
    /// Output: table or json.
    #[arg(long, default_value = "table")]
    pub format: String,
    /// Language of names: zh or en.
    #[arg(long, default_value = "zh")]
    pub lang: String,
}

fn scores(list: &[Score<'_>], top: usize, lang: Lang) -> Vec<serde_json::Value> {
    let row = |s: &Score<'_>| {
        json!({"iri": s.entity.iri.as_str(), "name": s.entity.label(lang), "kind": s.entity.kind.name(),
               "raw": s.raw, "normalized": s.normalized})
    };
    list.iter().take(top).map(row).collect()
}

pub fn run(ctx: &Context, args: &AnalyzeArgs, out: &mut dyn Write) -> Result<()> {
    let lang: Lang = args.lang.parse().map_err(anyhow::Error::msg)?;
    let projection: Projection = args.projection.parse().map_err(anyhow::Error::msg)?;
    let store = ctx.open(if args.write { Access::Write } else { Access::Read })?;
    let graph = KnowledgeGraph::load_with(store.store(), &ctx.lexicon)?.project(projection);
    if let Some(ends) = &args.path {
        let iri = |name: &str| -> Result<NamedNode> {
            Ok(NamedNode::new(questions::resolve(store.store(), name, &[])?.iri)?)
        };
        let (a, b) = (iri(&ends[0])?, iri(&ends[1])?);
        let paths = graph.shortest_paths(&a, &b, 5)?;
        if paths.is_empty() {
            bail!(
                "{} and {} are not connected in the {} projection",
                ends[0],
                ends[1],
                projection.name()
            );
        }
        for (i, p) in paths.iter().enumerate() {
            writeln!(out, "path {} ({} hops):", i + 1, p.len())?;
            for hop in &p.hops {
                writeln!(out, "  {}", hop.describe(lang))?;
            }
        }
        return Ok(());
    }
    let sampling = args
        .sample
        .map_or(Sampling::Auto, |k| Sampling::Pivots { k, seed: 0 });
    let analysis = graph.analyze(projection, sampling);
    if args.write {
        let n = analysis.write_to(store.store())?;
        eprintln!(
            "wrote {n} triples to {}",
            orgkg::graph::analytics_graph().as_str()
        );
    }
    let degree = scores(&analysis.degree, args.top, lang);
    let betweenness = scores(&analysis.betweenness, args.top, lang);
    let group = |members: &[&orgkg::graph::Entity]| -> Vec<String> {
        members.iter().map(|e| e.label(lang)).collect()
    };
    if args.format == "json" {
        let doc = json!({
            "projection": projection.name(), "nodes": graph.node_count(), "links": graph.link_count(),
            "degree": degree, "betweenness": betweenness,
            "components": analysis.components.iter().map(|c| group(c)).collect::<Vec<_>>(),
            "communities": analysis.communities.iter().map(|c| group(&c.members)).collect::<Vec<_>>(),
        });
        writeln!(out, "{}", serde_json::to_string_pretty(&doc)?)?;
        return Ok(());
    }
    writeln!(
        out,
        "{} projection: {} nodes, {} links\n",
        projection.name(),
        graph.node_count(),
        graph.link_count()
    )?;
    for (title, list) in [
        ("degree", &analysis.degree),
        ("betweenness", &analysis.betweenness),
    ] {
        let mut t = Table::new(["rank", "name", "kind", title, "normalized"]);
        for (i, s) in list.iter().take(args.top).enumerate() {
            t.push([
                (i + 1).to_string(),
                s.entity.label(lang),
                s.entity.kind.name().to_owned(),
                format!("{:.3}", s.raw),
                format!("{:.3}", s.normalized),
            ]);
        }
        t.write_aligned(out)?;
        writeln!(out)?;
    }
    for (title, groups) in [
        (
            "components",
            analysis.components.iter().map(|c| group(c)).collect::<Vec<_>>(),
        ),
        (
            "communities",
            analysis.communities.iter().map(|c| group(&c.members)).collect(),
        ),
    ] {
        writeln!(out, "{title}: {}", groups.len())?;
        for (i, g) in groups.iter().take(args.top).enumerate() {
            let shown: Vec<&str> = g.iter().take(8).map(String::as_str).collect();
            let more = if g.len() > 8 {
                format!(" … (+{})", g.len() - 8)
            } else {
                String::new()
            };
            writeln!(
                out,
                "  {} [{}] {}{more}",
                i + 1,
                g.len(),
                shown.join(if lang == Lang::Zh { "、" } else { ", " })
            )?;
        }
        writeln!(out)?;
    }
    Ok(())
}
