//! Prints a [`Diagram`] as DOT with graphviz-rust's structures and printer: styles per node kind and relation,
//! clusters, the omission note and the legend.

use super::{Cluster, Diagram, DiagramEdge, DiagramNode, Direction, RenderOptions};
use crate::graph::{Lang, NodeKind};
use crate::vocab;
use graphviz_rust::dot_structures::{
    Attribute, Edge, EdgeTy, Graph, GraphAttributes, Id, Node, NodeId, Stmt, Subgraph, Vertex,
};
use graphviz_rust::printer::{DotPrinter, PrinterContext};
use std::collections::BTreeSet;

/// Above this many nodes, the DOT asks Graphviz for a faster, rougher layout and places edge labels after it.
pub const FAST_LAYOUT_ABOVE: usize = 300;

/// A DOT string literal: quoted, with quotes and backslashes escaped and line breaks as `\n`.
fn quoted(s: &str) -> Id {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out.push('"');
    Id::Escaped(out)
}

fn attr(name: &str, value: &str) -> Attribute {
    Attribute(Id::Plain(name.to_owned()), quoted(value))
}

fn node_id(key: &str) -> NodeId {
    NodeId(quoted(key), None)
}

/// Shape, style, fill and line colour of a node kind.
fn kind_style(kind: NodeKind) -> [(&'static str, &'static str); 4] {
    match kind {
        NodeKind::Association => [
            ("shape", "box"),
            ("style", "rounded,filled"),
            ("fillcolor", "#dbeafe"),
            ("color", "#1d4ed8"),
        ],
        NodeKind::Company => [
            ("shape", "box"),
            ("style", "filled"),
            ("fillcolor", "#ffedd5"),
            ("color", "#c2410c"),
        ],
        NodeKind::GovernmentBody => [
            ("shape", "house"),
            ("style", "filled"),
            ("fillcolor", "#fee2e2"),
            ("color", "#b91c1c"),
        ],
        NodeKind::Institution => [
            ("shape", "hexagon"),
            ("style", "filled"),
            ("fillcolor", "#ede9fe"),
            ("color", "#6d28d9"),
        ],
        NodeKind::Department => [
            ("shape", "tab"),
            ("style", "filled"),
            ("fillcolor", "#e0f2fe"),
            ("color", "#0369a1"),
        ],
        NodeKind::Organization => [
            ("shape", "box"),
            ("style", "rounded,filled,dashed"),
            ("fillcolor", "#f3f4f6"),
            ("color", "#4b5563"),
        ],
        NodeKind::Person => [
            ("shape", "ellipse"),
            ("style", "filled"),
            ("fillcolor", "#dcfce7"),
            ("color", "#15803d"),
        ],
        NodeKind::Meeting => [
            ("shape", "doubleoctagon"),
            ("style", "filled"),
            ("fillcolor", "#fef9c3"),
            ("color", "#a16207"),
        ],
        NodeKind::Report => [
            ("shape", "note"),
            ("style", "filled"),
            ("fillcolor", "#fce7f3"),
            ("color", "#be185d"),
        ],
        _ => [
            ("shape", "ellipse"),
            ("style", "dashed"),
            ("fillcolor", "#ffffff"),
            ("color", "#6b7280"),
        ],
    }
}

/// Line style and colour of a relation.
fn relation_style(relation: &str) -> [(&'static str, &'static str); 2] {
    match relation {
        r if r == vocab::org::MEMBERSHIP.as_str() => [("style", "solid"), ("color", "#15803d")],
        r if r == vocab::orgkg::PARTICIPATION.as_str() => [("style", "solid"), ("color", "#a16207")],
        r if r == vocab::org::UNIT_OF.as_str() || r == vocab::org::SUB_ORGANIZATION_OF.as_str() => {
            [("style", "dashed"), ("color", "#0369a1")]
        }
        r if r == vocab::schema::AUTHOR.as_str() || r == vocab::orgkg::PRESENTED_AT.as_str() => {
            [("style", "dotted"), ("color", "#be185d")]
        }
        _ => [("style", "solid"), ("color", "#4b5563")],
    }
}

fn node_stmt(key: &str, n: &DiagramNode) -> Stmt {
    let label = match &n.subtitle {
        Some(s) => format!("{}\n{}", n.label, s),
        None => n.label.clone(),
    };
    let mut attributes = vec![attr("label", &label)];
    attributes.extend(kind_style(n.kind).iter().map(|(k, v)| attr(k, v)));
    attributes.push(attr("tooltip", &n.tooltip));
    if n.focus {
        attributes.push(attr("penwidth", "2.5"));
    }
    Stmt::Node(Node::new(node_id(key), attributes))
}

fn edge_stmt(from: &str, to: &str, relation: &str, e: &DiagramEdge, lang: Lang, large: bool) -> Stmt {
    let separator = match lang {
        Lang::Zh => "、",
        Lang::En => ", ",
    };
    let mut attributes = Vec::new();
    if e.labelled && !e.labels.is_empty() {
        // On a large diagram, labels placed after layout (xlabel) spare dot a virtual node per edge label.
        attributes.push(attr(
            if large { "xlabel" } else { "label" },
            &e.labels.join(separator),
        ));
    }
    attributes.extend(relation_style(relation).iter().map(|(k, v)| attr(k, v)));
    if !e.notes.is_empty() {
        attributes.push(attr("tooltip", &e.notes.join("\n")));
    }
    Stmt::Edge(Edge {
        ty: EdgeTy::Pair(Vertex::N(node_id(from)), Vertex::N(node_id(to))),
        attributes,
    })
}

fn cluster_stmt(d: &Diagram, c: &Cluster, path: &str, placed: &mut BTreeSet<String>) -> Stmt {
    let mut stmts = vec![Stmt::GAttribute(GraphAttributes::Graph(vec![
        attr("label", &c.label),
        attr("style", "rounded,filled"),
        attr("fillcolor", "#f8fafc"),
        attr("color", "#94a3b8"),
    ]))];
    for m in &c.members {
        if let Some(n) = d.nodes.get(m)
            && placed.insert(m.clone())
        {
            stmts.push(node_stmt(m, n));
        }
    }
    for (i, child) in c.children.iter().enumerate() {
        stmts.push(cluster_stmt(d, child, &format!("{path}_{i}"), placed));
    }
    Stmt::Subgraph(Subgraph {
        id: quoted(&format!("cluster_{path}")),
        stmts,
    })
}

fn legend(d: &Diagram, lang: Lang) -> Option<Stmt> {
    let kinds: BTreeSet<NodeKind> = d.nodes.values().map(|n| n.kind).collect();
    if kinds.is_empty() {
        return None;
    }
    let title = match lang {
        Lang::Zh => "图例",
        Lang::En => "Legend",
    };
    let mut stmts = vec![Stmt::GAttribute(GraphAttributes::Graph(vec![
        attr("label", title),
        attr("style", "rounded"),
        attr("color", "#cbd5e1"),
    ]))];
    for kind in kinds {
        let mut attributes = vec![attr("label", kind.label(lang))];
        attributes.extend(kind_style(kind).iter().map(|(k, v)| attr(k, v)));
        stmts.push(Stmt::Node(Node::new(
            node_id(&format!("legend:{}", kind.name())),
            attributes,
        )));
    }
    Some(Stmt::Subgraph(Subgraph {
        id: quoted("cluster_legend"),
        stmts,
    }))
}

pub(super) fn to_dot(d: &Diagram, options: &RenderOptions) -> String {
    let font = options.font.as_str();
    let rankdir = match d.direction {
        Direction::BottomUp => "BT",
        Direction::LeftRight => "LR",
    };
    let large = d.nodes.len() > FAST_LAYOUT_ABOVE;
    let mut graph_attributes = vec![
        attr("label", &d.title),
        attr("labelloc", "t"),
        attr("fontname", font),
        attr("fontsize", "16"),
        attr("rankdir", rankdir),
        attr("charset", "UTF-8"),
        attr("nodesep", "0.3"),
        attr("ranksep", "0.6"),
    ];
    if large {
        // Fewer network-simplex and crossing-minimization passes: a 2,000-node layout drops from about 15 s to
        // about 3 s, at some cost in crossings.
        graph_attributes.extend([
            attr("nslimit", "1"),
            attr("nslimit1", "1"),
            attr("mclimit", "0.2"),
            attr("forcelabels", "true"),
        ]);
    }
    let mut stmts = vec![
        Stmt::GAttribute(GraphAttributes::Graph(graph_attributes)),
        Stmt::GAttribute(GraphAttributes::Node(vec![
            attr("fontname", font),
            attr("fontsize", "11"),
        ])),
        Stmt::GAttribute(GraphAttributes::Edge(vec![
            attr("fontname", font),
            attr("fontsize", "9"),
        ])),
    ];
    let mut placed = BTreeSet::new();
    for (i, c) in d.clusters.iter().enumerate() {
        stmts.push(cluster_stmt(d, c, &i.to_string(), &mut placed));
    }
    for (key, n) in &d.nodes {
        if !placed.contains(key) {
            stmts.push(node_stmt(key, n));
        }
    }
    for ((from, to, relation), e) in &d.edges {
        stmts.push(edge_stmt(from, to, relation, e, d.lang, large));
    }
    if let Some(o) = &d.omission {
        stmts.push(Stmt::Node(Node::new(
            node_id("omitted"),
            vec![
                attr("label", &o.message(d.lang)),
                attr("shape", "note"),
                attr("color", "#b91c1c"),
            ],
        )));
    }
    if options.legend
        && let Some(l) = legend(d, d.lang)
    {
        stmts.push(l);
    }
    let graph = Graph::DiGraph {
        id: quoted("orgkg"),
        strict: false,
        stmts,
    };
    let mut ctx = PrinterContext::default();
    ctx.with_semi();
    let mut out = graph.print(&mut ctx);
    out.push('\n');
    out
}
