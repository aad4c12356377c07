//! A Mermaid flowchart for Markdown (GitHub, GitLab and most wikis draw it). Node shapes and colours follow the
//! node kind as in the Graphviz diagrams; parallel links between two nodes are merged into one labelled arrow.

use super::ExportOptions;
use crate::graph::{KnowledgeGraph, Lang, NodeKind};
use std::collections::BTreeMap;
use std::io::{self, Write};

/// Mermaid text: quotes and markup characters as entity codes.
fn text(s: &str) -> String {
    s.replace('"', "#quot;")
        .replace('<', "#lt;")
        .replace('>', "#gt;")
        .replace('\n', " ")
}

fn shape(kind: NodeKind, label: &str) -> String {
    let l = text(label);
    match kind {
        NodeKind::Person => format!("([\"{l}\"])"),
        NodeKind::Meeting => format!("{{{{\"{l}\"}}}}"),
        NodeKind::Report => format!("[/\"{l}\"/]"),
        NodeKind::Department => format!("[[\"{l}\"]]"),
        NodeKind::GovernmentBody => format!("[(\"{l}\")]"),
        _ => format!("[\"{l}\"]"),
    }
}

fn fill(kind: NodeKind) -> &'static str {
    match kind {
        NodeKind::Association => "fill:#dbeafe,stroke:#1d4ed8",
        NodeKind::Company => "fill:#ffedd5,stroke:#c2410c",
        NodeKind::GovernmentBody => "fill:#fee2e2,stroke:#b91c1c",
        NodeKind::Institution => "fill:#ede9fe,stroke:#6d28d9",
        NodeKind::Department => "fill:#e0f2fe,stroke:#0369a1",
        NodeKind::Person => "fill:#dcfce7,stroke:#15803d",
        NodeKind::Meeting => "fill:#fef9c3,stroke:#a16207",
        NodeKind::Report => "fill:#fce7f3,stroke:#be185d",
        _ => "fill:#f3f4f6,stroke:#4b5563",
    }
}

/// Writes the graph as a `flowchart LR`, nodes numbered `n0…` in IRI order.
pub fn write_mermaid(graph: &KnowledgeGraph, options: &ExportOptions, out: &mut dyn Write) -> io::Result<()> {
    let lang = options.lang;
    writeln!(out, "flowchart LR")?;
    let mut ids = BTreeMap::new();
    let mut kinds = BTreeMap::new();
    for (i, e) in graph.entities().enumerate() {
        ids.insert(e.iri.as_str(), i);
        writeln!(out, "  n{i}{}", shape(e.kind, &e.label(lang)))?;
        kinds.entry(e.kind).or_insert_with(Vec::new).push(i);
    }
    let mut arrows: BTreeMap<(usize, usize), Vec<String>> = BTreeMap::new();
    for l in graph.links() {
        let key = (ids[l.from.iri.as_str()], ids[l.to.iri.as_str()]);
        let labels = arrows.entry(key).or_default();
        let label = l.link.label(lang);
        if !labels.contains(&label) {
            labels.push(label);
        }
    }
    let separator = if lang == Lang::Zh { "、" } else { ", " };
    for ((a, b), labels) in arrows {
        writeln!(out, "  n{a} -->|\"{}\"| n{b}", text(&labels.join(separator)))?;
    }
    for (kind, members) in kinds {
        writeln!(out, "  classDef {} {}", kind.name().replace('-', "_"), fill(kind))?;
        let list: Vec<String> = members.iter().map(|i| format!("n{i}")).collect();
        writeln!(
            out,
            "  class {} {}",
            list.join(","),
            kind.name().replace('-', "_")
        )?;
    }
    Ok(())
}
