//! The graph in the formats analysts' tools read: GraphML (Gephi, yEd), GEXF (Gephi), Cytoscape.js JSON,
//! CSV node and edge lists, and Mermaid for Markdown.
//!
//! Every format carries the same facts: each node's IRI, kind and labels in Chinese and English (and, on
//! request, its degree, betweenness and community), and each link's relation, role, title, weight, source graph
//! and evidence. Output is deterministic: nodes in IRI order, links in the graph's order.

mod csv;
mod cytoscape;
mod gexf;
mod graphml;
mod mermaid;

use crate::graph::{Entity, KnowledgeGraph, Lang, LinkRef, Sampling};
use std::collections::HashMap;
use std::io::Write;

pub use self::csv::{write_csv, write_csv_edges, write_csv_nodes};
pub use cytoscape::write_cytoscape;
pub use gexf::write_gexf;
pub use graphml::write_graphml;
pub use mermaid::write_mermaid;

/// Errors from exporting.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ExportError {
    /// Writing the output failed.
    #[error("writing the export failed")]
    Io(#[from] std::io::Error),
    /// The format is not one of graphml, gexf, cytoscape, csv, mermaid.
    #[error("unknown export format {0:?}; expected graphml, gexf, cytoscape, csv or mermaid")]
    UnknownFormat(String),
    /// CSV writes two files (nodes and edges) and needs two outputs.
    #[error("CSV export writes a node list and an edge list: use write_csv with two outputs")]
    NeedsTwoOutputs,
}

/// An export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExportFormat {
    /// GraphML, with node and edge attributes declared as keys.
    GraphMl,
    /// GEXF 1.2, with attribute declarations.
    Gexf,
    /// Cytoscape.js elements JSON; departments are compound nodes inside their organization.
    Cytoscape,
    /// Two CSV files: nodes and edges.
    Csv,
    /// A Mermaid flowchart.
    Mermaid,
}

impl ExportFormat {
    /// Every format.
    pub const ALL: [ExportFormat; 5] = [
        ExportFormat::GraphMl,
        ExportFormat::Gexf,
        ExportFormat::Cytoscape,
        ExportFormat::Csv,
        ExportFormat::Mermaid,
    ];

    /// The usual file extension.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::GraphMl => "graphml",
            ExportFormat::Gexf => "gexf",
            ExportFormat::Cytoscape => "json",
            ExportFormat::Csv => "csv",
            ExportFormat::Mermaid => "mmd",
        }
    }

    /// The format a file name's extension stands for (`.cyjs` and `.json` are Cytoscape, `.md` is Mermaid).
    pub fn from_path(path: &std::path::Path) -> Option<ExportFormat> {
        path.extension()
            .and_then(|e| e.to_str())
            .and_then(|e| e.parse().ok())
    }
}

impl std::str::FromStr for ExportFormat {
    type Err = ExportError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(match s.to_ascii_lowercase().as_str() {
            "graphml" => ExportFormat::GraphMl,
            "gexf" => ExportFormat::Gexf,
            "cytoscape" | "cyjs" | "json" => ExportFormat::Cytoscape,
            "csv" => ExportFormat::Csv,
            "mermaid" | "mmd" | "md" => ExportFormat::Mermaid,
            _ => return Err(ExportError::UnknownFormat(s.to_owned())),
        })
    }
}

/// How to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ExportOptions {
    /// The language of the main `label` attribute (both languages are always exported too).
    pub lang: Lang,
    /// Whether to compute and add degree, betweenness and community to every node.
    pub metrics: bool,
}

/// Writes the graph in a single-stream format (every format but CSV).
pub fn export(
    graph: &KnowledgeGraph,
    format: ExportFormat,
    options: &ExportOptions,
    out: &mut dyn Write,
) -> Result<(), ExportError> {
    match format {
        ExportFormat::GraphMl => write_graphml(graph, options, out)?,
        ExportFormat::Gexf => write_gexf(graph, options, out)?,
        ExportFormat::Cytoscape => write_cytoscape(graph, options, out)?,
        ExportFormat::Mermaid => write_mermaid(graph, options, out)?,
        ExportFormat::Csv => return Err(ExportError::NeedsTwoOutputs),
    }
    Ok(())
}

/// Per-node network measures added to exports.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct NodeMetrics {
    degree: usize,
    betweenness: f64,
    community: usize,
}

/// Computes the measures when asked for.
pub(crate) fn metrics(graph: &KnowledgeGraph, options: &ExportOptions) -> HashMap<String, NodeMetrics> {
    if !options.metrics {
        return HashMap::new();
    }
    let mut out: HashMap<String, NodeMetrics> = HashMap::new();
    for s in graph.degree_centrality() {
        out.insert(
            s.entity.iri.as_str().to_owned(),
            NodeMetrics {
                degree: s.raw as usize,
                betweenness: 0.0,
                community: 0,
            },
        );
    }
    for s in graph.betweenness(Sampling::Auto) {
        if let Some(m) = out.get_mut(s.entity.iri.as_str()) {
            m.betweenness = s.normalized;
        }
    }
    for c in graph.communities() {
        for e in c.members {
            if let Some(m) = out.get_mut(e.iri.as_str()) {
                m.community = c.id;
            }
        }
    }
    out
}

/// The organization a unit belongs to, when both are in the graph (for compound nodes and the `parent` column).
pub(crate) fn parents(graph: &KnowledgeGraph) -> HashMap<String, String> {
    let mut out = HashMap::new();
    for l in graph.links() {
        if l.link.relation.iri == crate::vocab::org::UNIT_OF {
            out.entry(l.from.iri.as_str().to_owned())
                .or_insert_with(|| l.to.iri.as_str().to_owned());
        }
    }
    out
}

/// The text attributes of a node, in a fixed order: name and value.
pub(crate) fn node_fields(e: &Entity, lang: Lang, parent: Option<&String>) -> [(&'static str, String); 7] {
    [
        ("label", e.label(lang)),
        ("kind", e.kind.name().to_owned()),
        ("kind_label", e.kind.label(lang).to_owned()),
        ("label_zh", e.labels.zh.clone().unwrap_or_default()),
        ("label_en", e.labels.en.clone().unwrap_or_default()),
        ("date", e.date.clone().unwrap_or_default()),
        ("parent", parent.cloned().unwrap_or_default()),
    ]
}

/// The text attributes of a link, in a fixed order: name and value.
pub(crate) fn link_fields(l: &LinkRef<'_>, lang: Lang) -> [(&'static str, String); 8] {
    let link = l.link;
    [
        ("label", link.label(lang)),
        ("relation", link.relation.iri.as_str().to_owned()),
        ("relation_label", link.relation.label(lang)),
        (
            "role",
            link.role
                .as_ref()
                .map(|r| r.iri.as_str().to_owned())
                .unwrap_or_default(),
        ),
        ("title", link.title.clone().unwrap_or_default()),
        (
            "graph",
            link.source
                .as_ref()
                .map(|s| s.as_str().to_owned())
                .unwrap_or_default(),
        ),
        ("evidence", link.evidence.clone().unwrap_or_default()),
        (
            "via",
            link.via.iter().map(|v| v.as_str()).collect::<Vec<_>>().join(" "),
        ),
    ]
}

/// XML text with the five special characters escaped and characters XML 1.0 forbids dropped.
pub(crate) fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_escape_handles_markup_and_control_characters() {
        assert_eq!(xml_escape("a<b>&\"c'\u{1}d"), "a&lt;b&gt;&amp;&quot;c&apos;d");
        assert_eq!(xml_escape("会员部（贸易物流部）"), "会员部（贸易物流部）");
    }

    #[test]
    fn formats_parse_from_names_and_extensions() {
        assert_eq!("GraphML".parse::<ExportFormat>().unwrap(), ExportFormat::GraphMl);
        assert_eq!(
            ExportFormat::from_path("x/y.cyjs".as_ref()),
            Some(ExportFormat::Cytoscape)
        );
        assert_eq!(
            ExportFormat::from_path("y.md".as_ref()),
            Some(ExportFormat::Mermaid)
        );
        assert!(
            "xls"
                .parse::<ExportFormat>()
                .unwrap_err()
                .to_string()
                .contains("xls")
        );
    }
}
