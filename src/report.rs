//! Reports about the store itself: `stats` (what is in it) and `explain` (where an entity's facts come from
//! and why its mentions are one entity).

use crate::questions::{QuestionError, Summary, summary};
use crate::sparql::{SparqlBackend, SparqlError, term_text};
use crate::vocab::{self, orgkg, owl};
use oxigraph::model::{NamedNode, Term};
use serde::Serialize;
use std::collections::BTreeMap;

const CLASSES: &str = include_str!("queries/stats-classes.rq");
const GRAPHS: &str = include_str!("queries/stats-graphs.rq");
const SOURCES: &str = include_str!("queries/stats-sources.rq");
const EXPLAIN: &str = include_str!("queries/explain.rq");

/// The canned queries of this module, by file name.
pub const QUERIES: &[(&str, &str)] = &[
    ("stats-classes.rq", CLASSES),
    ("stats-graphs.rq", GRAPHS),
    ("stats-sources.rq", SOURCES),
    ("explain.rq", EXPLAIN),
];

/// One named graph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GraphInfo {
    /// The graph's IRI.
    pub graph: String,
    /// Its number of triples.
    pub triples: u64,
    /// The file it was loaded from.
    pub loaded_from: Option<String>,
    /// `curated`, `extracted`, `rdf` or `built-in`.
    pub method: Option<String>,
    /// When it was loaded.
    pub loaded_at: Option<String>,
}

/// One source document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SourceInfo {
    /// Its IRI.
    pub source: String,
    /// Its title.
    pub title: Option<String>,
    /// Its URL.
    pub url: Option<String>,
    /// Its publication date.
    pub published: Option<String>,
}

/// What the store holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Stats {
    /// Entities per class (prefixed class name, count).
    pub classes: Vec<(String, u64)>,
    /// The named graphs.
    pub graphs: Vec<GraphInfo>,
    /// The source documents.
    pub sources: Vec<SourceInfo>,
}

fn number(term: Option<&Term>) -> u64 {
    term.map(term_text).and_then(|t| t.parse().ok()).unwrap_or(0)
}

fn text(term: Option<&Term>) -> Option<String> {
    term.map(|t| term_text(t).to_owned())
}

/// Counts by class, the graphs and the sources.
pub fn stats(backend: &dyn SparqlBackend) -> Result<Stats, SparqlError> {
    let classes = backend
        .select(CLASSES, &[])?
        .iter()
        .map(|r| {
            (
                vocab::compact(r.text("class").unwrap_or_default()),
                number(r.get("n")),
            )
        })
        .collect();
    let graphs = backend
        .select(GRAPHS, &[])?
        .iter()
        .map(|r| GraphInfo {
            graph: r.text("g").unwrap_or_default().to_owned(),
            triples: number(r.get("n")),
            loaded_from: text(r.get("loadedFrom")),
            method: text(r.get("loadMethod")),
            loaded_at: text(r.get("loadedAt")),
        })
        .collect();
    let sources = backend
        .select(SOURCES, &[])?
        .iter()
        .map(|r| SourceInfo {
            source: r.text("source").unwrap_or_default().to_owned(),
            title: text(r.get("title")),
            url: text(r.get("url")),
            published: text(r.get("published")),
        })
        .collect();
    Ok(Stats {
        classes,
        graphs,
        sources,
    })
}

/// One statement about an entity, and the graph that makes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Statement {
    /// The graph.
    pub graph: String,
    /// `out` (entity → value) or `in` (value → entity).
    pub direction: String,
    /// The property, prefixed.
    pub property: String,
    /// The value: a prefixed IRI or a literal with its language.
    pub value: String,
}

/// Why the mentions of an entity are one entity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Merge {
    /// The identity key the graphs share (or the curated link).
    pub key: String,
    /// The graphs that gave it.
    pub graphs: Vec<String>,
}

/// Everything about one entity, by source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Explanation {
    /// What the entity is.
    pub entity: Summary,
    /// The graphs (sources) that mention it.
    pub graphs: Vec<String>,
    /// Every statement, by graph.
    pub statements: Vec<Statement>,
    /// The identity keys and which graphs gave each.
    pub keys: Vec<Merge>,
    /// Human-readable reasons the mentions were merged (empty when one source alone mentions it).
    pub reasons: Vec<String>,
}

/// Explains an entity: its statements by source and why mentions of it were merged.
pub fn explain(backend: &dyn SparqlBackend, entity: &NamedNode) -> Result<Explanation, QuestionError> {
    let s = summary(backend, entity)?;
    let rows = backend.select(EXPLAIN, &[("entity", entity.clone().into())])?;
    let mut statements = Vec::new();
    let mut keys: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut graphs: Vec<String> = Vec::new();
    let mut curated_links = Vec::new();
    for r in rows.iter() {
        let (Some(g), Some(p), Some(o)) = (r.text("g"), r.text("p"), r.get("o")) else {
            continue;
        };
        if !graphs.iter().any(|x| x == g) {
            graphs.push(g.to_owned());
        }
        let direction = r.text("direction").unwrap_or("out").to_owned();
        if direction == "out" && p == orgkg::IDENTITY_KEY.as_str() {
            let list = keys.entry(term_text(o).to_owned()).or_default();
            if !list.iter().any(|x| x == g) {
                list.push(g.to_owned());
            }
        }
        if p == orgkg::SAME_AS.as_str() || p == owl::SAME_AS.as_str() {
            curated_links.push(format!("{} declares it the same as {}", g, term_text(o)));
        }
        if p == orgkg::MERGED_FROM.as_str() && direction == "out" {
            curated_links.push(format!(
                "loading {g} merged {} into it (the two carried the same identity key, or a curator declared them the same)",
                term_text(o)
            ));
        }
        if p == orgkg::SEARCH_KEY.as_str() {
            continue;
        }
        let value = match o {
            Term::NamedNode(n) => vocab::compact(n.as_str()),
            Term::Literal(l) => match l.language() {
                Some(lang) => format!("\"{}\"@{lang}", l.value()),
                None => format!("\"{}\"", l.value()),
            },
            other => other.to_string(),
        };
        statements.push(Statement {
            graph: g.to_owned(),
            direction,
            property: vocab::compact(p),
            value,
        });
    }
    let mut reasons = Vec::new();
    for (k, gs) in keys.iter().filter(|(_, gs)| gs.len() > 1) {
        // Say it in words where the key names a person by name and organization.
        let said = match k.strip_prefix("person:").and_then(|rest| rest.split_once('@')) {
            Some((name, anchor)) => match NamedNode::new(anchor).ok().map(|a| summary(backend, &a)) {
                Some(Ok(org)) => format!(
                    "the same name {name} in the same organization {}",
                    org.name.best()
                ),
                _ => format!("the identity key {k}"),
            },
            None => format!("the identity key {k}"),
        };
        reasons.push(format!("{} sources give {said}: {}", gs.len(), gs.join(", ")));
    }
    reasons.extend(curated_links);
    graphs.sort();
    let keys = keys
        .into_iter()
        .map(|(key, graphs)| Merge { key, graphs })
        .collect();
    Ok(Explanation {
        entity: s,
        graphs,
        statements,
        keys,
        reasons,
    })
}
