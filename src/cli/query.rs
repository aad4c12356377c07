//! `orgkg query` and `orgkg update`: SPARQL 1.1 over the store.

use super::Context;
use anyhow::{Context as _, Result, anyhow, bail};
use clap::Args;
use orgkg::output::{ResultFormat, write_results};
use orgkg::sparql::{DefaultGraph, evaluator, run_on_store};
use orgkg::store::Access;
use oxigraph::model::NamedNode;
use std::io::{Read, Write};
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct QueryArgs {
    /// The query; read from --file or standard input when absent.
    pub query: Option<String>,
    /// Read the query from this file.
    #[arg(short, long, value_name = "FILE", conflicts_with = "query")]
    pub file: Option<PathBuf>,
    /// Query only this named graph as the default graph (instead of the union of all graphs).
    #[arg(long, value_name = "IRI")]
    pub graph: Option<String>,
    /// Output: table, csv, tsv, json, xml (solutions); turtle, ntriples, jsonld, rdfxml (graphs).
    #[arg(long, default_value = "table")]
    pub format: String,
    /// Send the query to this SPARQL 1.1 endpoint instead of the local store.
    #[arg(long, value_name = "URL", conflicts_with = "graph")]
    pub endpoint: Option<String>,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The update; read from --file or standard input when absent.
    pub update: Option<String>,
    /// Read the update from this file.
    #[arg(short, long, value_name = "FILE", conflicts_with = "update")]
    pub file: Option<PathBuf>,
}

fn text(inline: &Option<String>, file: &Option<PathBuf>) -> Result<String> {
    match (inline, file) {
        (Some(q), _) => Ok(q.clone()),
        (None, Some(f)) => std::fs::read_to_string(f).with_context(|| format!("reading {}", f.display())),
        (None, None) => {
            let mut q = String::new();
            std::io::stdin()
                .read_to_string(&mut q)
                .context("reading the query from standard input")?;
            if q.trim().is_empty() {
                bail!("no query given: pass it as an argument, with --file, or on standard input");
            }
            Ok(q)
        }
    }
}

/// Adds a caret under the position a syntax error names (`error at 3:14: ...`).
pub fn point_at(query: &str, message: &str) -> String {
    let position = message.split("at ").nth(1).and_then(|rest| {
        let (line, rest) = rest.split_once(':')?;
        let column: String = rest.chars().take_while(char::is_ascii_digit).collect();
        Some((line.trim().parse::<usize>().ok()?, column.parse::<usize>().ok()?))
    });
    match position.and_then(|(l, c)| query.lines().nth(l.saturating_sub(1)).map(|line| (line, c))) {
        Some((line, column)) => format!(
            "{message}\n  | {line}\n  | {}^",
            " ".repeat(column.saturating_sub(1))
        ),
        None => message.to_owned(),
    }
}

pub fn run(ctx: &Context, args: &QueryArgs, out: &mut dyn Write) -> Result<()> {
    let query = text(&args.query, &args.file)?;
    let format = ResultFormat::from_name(&args.format).ok_or_else(|| {
        anyhow!(
            "unknown format '{}'; expected table, csv, tsv, json, xml, turtle, ntriples or jsonld",
            args.format
        )
    })?;
    let default_graph = match &args.graph {
        Some(g) => DefaultGraph::Named(
            NamedNode::new(g.as_str()).map_err(|e| anyhow!("--graph '{g}' is not an IRI: {e}"))?,
        ),
        None => DefaultGraph::Union,
    };
    if let Some(url) = &args.endpoint {
        let endpoint =
            orgkg::remote::RemoteEndpoint::new(url).with_context(|| format!("--endpoint {url}"))?;
        let results = endpoint
            .query(&query)
            .map_err(|e| anyhow!(point_at(&query, &e.to_string())))?;
        write_results(results, format, out)?;
        return Ok(());
    }
    let store = ctx.open(Access::Read)?;
    let results = run_on_store(store.store(), evaluator(), &query, &[], &default_graph)
        .map_err(|e| anyhow!(point_at(&query, &e.to_string())))?;
    write_results(results, format, out)?;
    Ok(())
}

pub fn run_update(ctx: &Context, args: &UpdateArgs, out: &mut dyn Write) -> Result<()> {
    let update = text(&args.update, &args.file)?;
    let store = ctx.open(Access::Write)?;
    let before = store.store().len()?;
    let prepared = evaluator()
        .parse_update(&update)
        .map_err(|e| anyhow!(point_at(&update, &format!("SPARQL syntax error: {e}"))))?;
    prepared
        .on_store(store.store())
        .execute()
        .map_err(|e| anyhow!("SPARQL update failed: {e}"))?;
    let after = store.store().len()?;
    writeln!(out, "update done: {before} → {after} quads")?;
    Ok(())
}
