//! CSV node and edge lists (RFC 4180, UTF-8, header row), the lowest common denominator: spreadsheets, pandas,
//! Gephi's import wizard. Nodes are keyed by IRI (`id`); edges refer to them by `source` and `target`.

use super::{ExportOptions, link_fields, metrics, node_fields, parents};
use crate::graph::KnowledgeGraph;
use std::io::{self, Write};

fn cell(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

fn row(out: &mut dyn Write, cells: &[String]) -> io::Result<()> {
    let line: Vec<String> = cells.iter().map(|c| cell(c)).collect();
    write!(out, "{}\r\n", line.join(","))
}

/// Writes the node list: `id`, the node fields, and the measures when asked for.
pub fn write_csv_nodes(
    graph: &KnowledgeGraph,
    options: &ExportOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    let metrics = metrics(graph, options);
    let parents = parents(graph);
    let mut header = vec!["id".to_owned()];
    if let Some(e) = graph.entities().next() {
        header.extend(
            node_fields(e, options.lang, None)
                .iter()
                .map(|(n, _)| (*n).to_owned()),
        );
    }
    if options.metrics {
        header.extend(["degree", "betweenness", "community"].map(str::to_owned));
    }
    row(out, &header)?;
    for e in graph.entities() {
        let id = e.iri.as_str();
        let mut cells = vec![id.to_owned()];
        cells.extend(
            node_fields(e, options.lang, parents.get(id))
                .into_iter()
                .map(|(_, v)| v),
        );
        if let Some(m) = metrics.get(id) {
            cells.extend([
                m.degree.to_string(),
                m.betweenness.to_string(),
                m.community.to_string(),
            ]);
        }
        row(out, &cells)?;
    }
    Ok(())
}

/// Writes the edge list: `source`, `target`, the link fields and `weight`.
pub fn write_csv_edges(
    graph: &KnowledgeGraph,
    options: &ExportOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut header = vec!["source".to_owned(), "target".to_owned()];
    if let Some(l) = graph.links().next() {
        header.extend(link_fields(&l, options.lang).iter().map(|(n, _)| (*n).to_owned()));
    }
    header.push("weight".to_owned());
    row(out, &header)?;
    for l in graph.links() {
        let mut cells = vec![l.from.iri.as_str().to_owned(), l.to.iri.as_str().to_owned()];
        cells.extend(link_fields(&l, options.lang).into_iter().map(|(_, v)| v));
        cells.push(l.link.weight.to_string());
        row(out, &cells)?;
    }
    Ok(())
}

/// Writes both lists.
pub fn write_csv(
    graph: &KnowledgeGraph,
    options: &ExportOptions,
    nodes: &mut dyn Write,
    edges: &mut dyn Write,
) -> io::Result<()> {
    write_csv_nodes(graph, options, nodes)?;
    write_csv_edges(graph, options, edges)
}
