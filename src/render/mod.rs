//! Diagrams of the store, drawn by Graphviz.
//!
//! A [`View`] says what to draw: an organization's structure, a meeting, the neighbourhood of an entity, the
//! shortest connections between two entities, or any graph a CONSTRUCT query describes. [`diagram`] turns a
//! view into a [`Diagram`]: nodes styled by kind, edges labelled with role names and carrying their evidence
//! as tooltips, clusters for departments and for the organizations people came from, a legend, and a clear
//! note of what a node limit left out. [`Diagram::to_dot`] writes deterministic DOT (everything sorted), and
//! [`write_file`] renders it to SVG, PNG or PDF with Graphviz's `dot`, never leaving a partial file behind.

mod build;
mod dot;
mod output;

pub use dot::FAST_LAYOUT_ABOVE;
pub use output::{Format, render, write_bytes, write_file};

use crate::graph::{GraphError, Lang, NodeKind};
use crate::sparql::SparqlError;
use oxigraph::model::NamedNode;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// The font diagrams use unless told otherwise: it has the CJK glyphs Chinese labels need in PNG and PDF.
pub const DEFAULT_FONT: &str = "Noto Sans CJK SC";

/// The largest number of nodes a diagram shows unless told otherwise.
pub const DEFAULT_MAX_NODES: usize = 300;

/// Errors from drawing a diagram.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RenderError {
    /// Reading the graph failed, or an entity is unknown.
    #[error(transparent)]
    Graph(#[from] GraphError),
    /// The diagram's SPARQL query failed.
    #[error(transparent)]
    Sparql(#[from] SparqlError),
    /// The entity is of another kind than the diagram needs.
    #[error("{iri} is a {found}, but this diagram needs {expected}")]
    WrongKind {
        /// The entity.
        iri: String,
        /// What the diagram needs.
        expected: &'static str,
        /// What the entity is.
        found: NodeKind,
    },
    /// There is nothing to draw.
    #[error("nothing to draw: {0}")]
    Empty(String),
    /// The two entities are not connected.
    #[error("no path connects {0} and {1} in the store")]
    NoPath(String, String),
    /// Graphviz's `dot` program is not on PATH.
    #[error(
        "Graphviz's `dot` program was not found on PATH; install Graphviz (Debian: apt-get install graphviz)"
    )]
    GraphvizMissing,
    /// Graphviz ran but failed.
    #[error("Graphviz failed: {0}")]
    Graphviz(String),
    /// The output file could not be written.
    #[error("cannot write {}: {source}", path.display())]
    Output {
        /// The file.
        path: PathBuf,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// The output format is not one of dot, svg, png, pdf.
    #[error("unknown output format {0:?}; expected dot, svg, png or pdf")]
    UnknownFormat(String),
}

/// What to draw.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum View {
    /// An organization with its departments and branches as nested clusters, and the people holding posts.
    Organization(NamedNode),
    /// A meeting at the centre: organizers, participants with their roles and titles grouped by the
    /// organization they came for, and the reports given.
    Meeting(NamedNode),
    /// Everything within `depth` links of an entity.
    Ego {
        /// The entity at the centre.
        center: NamedNode,
        /// How many links out to go (1 or more).
        depth: usize,
    },
    /// The shortest connections between two entities, each hop labelled with what links them.
    Path {
        /// One end.
        from: NamedNode,
        /// The other end.
        to: NamedNode,
    },
    /// The graph a SPARQL CONSTRUCT query returns, styled like the other diagrams.
    Construct(String),
}

/// How to draw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderOptions {
    /// The label language.
    pub lang: Lang,
    /// The font family for every label.
    pub font: String,
    /// The most nodes to show; the rest are counted in a note.
    pub max_nodes: usize,
    /// For a path diagram: how many shortest paths to draw at most.
    pub max_paths: usize,
    /// Whether to draw a legend of node kinds.
    pub legend: bool,
}

impl Default for RenderOptions {
    fn default() -> Self {
        RenderOptions {
            lang: Lang::Zh,
            font: DEFAULT_FONT.to_owned(),
            max_nodes: DEFAULT_MAX_NODES,
            max_paths: 5,
            legend: true,
        }
    }
}

/// What a node limit left out of a diagram.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Omission {
    /// Nodes shown.
    pub shown: usize,
    /// Nodes the full diagram would have had.
    pub total: usize,
    /// Nodes left out, by kind.
    pub by_kind: Vec<(NodeKind, usize)>,
}

impl Omission {
    /// How many nodes were left out.
    pub fn left_out(&self) -> usize {
        self.total - self.shown
    }

    /// A sentence saying what was left out, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let kinds: Vec<String> = self
            .by_kind
            .iter()
            .map(|(k, n)| match lang {
                Lang::Zh => format!("{} {n}", k.label(lang)),
                Lang::En => format!("{n} × {}", k.label(lang)),
            })
            .collect();
        match lang {
            Lang::Zh => format!(
                "节点过多：显示 {} 个，共 {} 个；未显示 {} 个（{}），离中心较远者先略去",
                self.shown,
                self.total,
                self.left_out(),
                kinds.join("、")
            ),
            Lang::En => format!(
                "too many nodes: showing {} of {}; left out {} ({}), farthest from the centre first",
                self.shown,
                self.total,
                self.left_out(),
                kinds.join(", ")
            ),
        }
    }
}

/// How the diagram is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    BottomUp,
    LeftRight,
}

/// A node of a diagram.
#[derive(Debug, Clone, PartialEq)]
struct DiagramNode {
    kind: NodeKind,
    label: String,
    subtitle: Option<String>,
    tooltip: String,
    focus: bool,
    /// Lower is kept first when the node limit applies (distance from the focus).
    priority: usize,
}

/// An edge of a diagram: every fact of one relation between two nodes, merged.
#[derive(Debug, Clone, PartialEq, Default)]
struct DiagramEdge {
    labels: Vec<String>,
    notes: Vec<String>,
    labelled: bool,
}

/// A cluster: a box around nodes (an organization with its units, or the people who came for one).
#[derive(Debug, Clone, PartialEq, Default)]
struct Cluster {
    label: String,
    members: Vec<String>,
    children: Vec<Cluster>,
}

impl Cluster {
    fn retain(&mut self, keep: &dyn Fn(&str) -> bool) {
        self.members.retain(|m| keep(m));
        for c in &mut self.children {
            c.retain(keep);
        }
        self.children.retain(|c| !c.is_empty());
    }

    fn is_empty(&self) -> bool {
        self.members.is_empty() && self.children.is_empty()
    }
}

/// A diagram ready to print as DOT: nodes, edges and clusters, all in a fixed order.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagram {
    title: String,
    lang: Lang,
    direction: Direction,
    nodes: BTreeMap<String, DiagramNode>,
    /// Keyed by (from, to, relation IRI).
    edges: BTreeMap<(String, String, String), DiagramEdge>,
    clusters: Vec<Cluster>,
    omission: Option<Omission>,
}

impl Diagram {
    /// The diagram's title.
    pub fn title(&self) -> &str {
        &self.title
    }

    /// The number of nodes shown (legend and notes not counted).
    pub fn node_count(&self) -> usize {
        self.nodes.len()
    }

    /// The number of edges shown (parallel facts of one relation count once).
    pub fn edge_count(&self) -> usize {
        self.edges.len()
    }

    /// What the node limit left out, if anything.
    pub fn omission(&self) -> Option<&Omission> {
        self.omission.as_ref()
    }

    /// The labels of the nodes shown, in node order.
    pub fn node_labels(&self) -> Vec<&str> {
        self.nodes.values().map(|n| n.label.as_str()).collect()
    }

    /// The diagram in the DOT language, with the options' font and legend.
    pub fn to_dot(&self, options: &RenderOptions) -> String {
        dot::to_dot(self, options)
    }
}

/// Builds the diagram of a view from a SPARQL backend.
///
/// The organization, meeting, ego and path views read the graph once with
/// [`KnowledgeGraph::load`](crate::graph::KnowledgeGraph::load); the CONSTRUCT view runs the query and looks
/// up kinds and labels of the nodes it returns.
pub fn diagram(
    backend: &dyn crate::sparql::SparqlBackend,
    view: &View,
    options: &RenderOptions,
) -> Result<Diagram, RenderError> {
    match view {
        View::Construct(query) => build::construct(backend, query, options),
        _ => {
            let graph = crate::graph::KnowledgeGraph::load(backend)?;
            build::from_graph(&graph, view, options)
        }
    }
}

/// Builds the diagram of a view from a graph already loaded (any view but [`View::Construct`], which needs a
/// backend to run its query: for it this returns [`RenderError::Empty`]).
pub fn diagram_of(
    graph: &crate::graph::KnowledgeGraph,
    view: &View,
    options: &RenderOptions,
) -> Result<Diagram, RenderError> {
    build::from_graph(graph, view, options)
}
