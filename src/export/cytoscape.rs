//! Cytoscape.js elements JSON. A department or branch whose organization is in the graph names it as its
//! `parent`, which Cytoscape draws as a compound node: the organization as a box around its units.

use super::{ExportOptions, link_fields, metrics, node_fields, parents};
use crate::graph::KnowledgeGraph;
use serde_json::{Map, Value, json};
use std::io::{self, Write};

/// Writes the graph as `{"elements": {"nodes": [...], "edges": [...]}}`, pretty-printed.
pub fn write_cytoscape(
    graph: &KnowledgeGraph,
    options: &ExportOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    let lang = options.lang;
    let metrics = metrics(graph, options);
    let parents = parents(graph);
    let nodes: Vec<Value> = graph
        .entities()
        .map(|e| {
            let id = e.iri.as_str();
            let mut data = Map::new();
            data.insert("id".into(), json!(id));
            for (name, value) in node_fields(e, lang, parents.get(id)) {
                if !value.is_empty() {
                    data.insert(name.into(), json!(value));
                }
            }
            if let Some(m) = metrics.get(id) {
                data.insert("degree".into(), json!(m.degree));
                data.insert("betweenness".into(), json!(m.betweenness));
                data.insert("community".into(), json!(m.community));
            }
            json!({ "data": data, "classes": e.kind.name() })
        })
        .collect();
    let edges: Vec<Value> = graph
        .links()
        .enumerate()
        .map(|(i, l)| {
            let mut data = Map::new();
            data.insert("id".into(), json!(format!("e{i}")));
            data.insert("source".into(), json!(l.from.iri.as_str()));
            data.insert("target".into(), json!(l.to.iri.as_str()));
            for (name, value) in link_fields(&l, lang) {
                if !value.is_empty() {
                    data.insert(name.into(), json!(value));
                }
            }
            data.insert("weight".into(), json!(l.link.weight));
            json!({ "data": data })
        })
        .collect();
    let doc = json!({ "elements": { "nodes": nodes, "edges": edges } });
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)
}
