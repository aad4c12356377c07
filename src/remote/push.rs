//! Uploads the store, or one graph of it, to a SPARQL server, in batches, with progress.
//!
//! Two ways in, because servers differ in what they open to clients:
//! - the Graph Store Protocol: the first batch of a graph is a `PUT ?graph=…` (replacing what was there), the
//!   rest are `POST`s adding to it;
//! - SPARQL Update, where that is all a server offers: `DROP SILENT GRAPH`, then `INSERT DATA` batches.
//!
//! Either way pushing the same store twice leaves the server with the same graphs. Blank nodes are replaced by
//! IRIs under `https://w3id.org/orgkg/.well-known/genid/` first (skolemized): Virtuoso rejects blank nodes in
//! `INSERT DATA`, and a blank node split over two batches would otherwise become two different nodes.

use super::RemoteEndpoint;
use crate::sparql::SparqlError;
use oxigraph::model::{BlankNode, GraphName, GraphNameRef, NamedNode, NamedOrBlankNode, Quad, Term, Triple};
use oxigraph::store::Store;
use std::fmt::Write as _;

/// Where skolemized blank nodes live.
pub const GENID: &str = "https://w3id.org/orgkg/.well-known/genid/";

/// How triples reach the server.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum PushMethod {
    /// The Graph Store Protocol at this URL (Virtuoso: `…/sparql-graph-crud`; orgkg: `…/store`).
    GraphStore {
        /// The Graph Store endpoint.
        url: String,
    },
    /// SPARQL Update `INSERT DATA` at the SPARQL endpoint.
    Update,
}

/// What to push and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PushOptions {
    /// How triples reach the server.
    pub method: PushMethod,
    /// Only this graph; all named graphs (and the default graph when not empty) if `None`.
    pub graph: Option<NamedNode>,
    /// Triples per request.
    pub batch_size: usize,
}

impl PushOptions {
    /// Pushes every graph with the given method, 5,000 triples a request.
    pub fn new(method: PushMethod) -> Self {
        Self {
            method,
            graph: None,
            batch_size: 5_000,
        }
    }
}

/// Progress of a push, reported after each batch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PushProgress {
    /// The graph being sent (`None` for the default graph).
    pub graph: Option<NamedNode>,
    /// Triples of this graph sent so far.
    pub sent: usize,
    /// Triples in this graph.
    pub total: usize,
}

/// What a push did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PushSummary {
    /// Graphs sent.
    pub graphs: usize,
    /// Triples sent.
    pub triples: usize,
    /// Requests made.
    pub requests: usize,
}

/// Errors pushing.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PushError {
    /// The graph asked for is not in the store.
    #[error("there is no graph <{0}> in the store")]
    NoSuchGraph(String),
    /// Reading the store failed.
    #[error("cannot read the store: {0}")]
    Store(String),
    /// The server refused or failed a request.
    #[error(transparent)]
    Remote(#[from] SparqlError),
}

/// Uploads graphs of `store` to `endpoint` as `options` say, calling `progress` after every batch.
pub fn push(
    store: &Store,
    endpoint: &RemoteEndpoint,
    options: &PushOptions,
    progress: &mut dyn FnMut(&PushProgress),
) -> Result<PushSummary, PushError> {
    let store_error = |e: oxigraph::store::StorageError| PushError::Store(e.to_string());
    let graphs: Vec<GraphName> = match &options.graph {
        Some(g) => {
            if !store.contains_named_graph(g).map_err(store_error)? {
                return Err(PushError::NoSuchGraph(g.as_str().to_owned()));
            }
            vec![GraphName::NamedNode(g.clone())]
        }
        None => {
            let mut graphs = Vec::new();
            if store
                .quads_for_pattern(None, None, None, Some(GraphNameRef::DefaultGraph))
                .next()
                .is_some()
            {
                graphs.push(GraphName::DefaultGraph);
            }
            for g in store.named_graphs() {
                match g.map_err(store_error)? {
                    NamedOrBlankNode::NamedNode(n) => graphs.push(GraphName::NamedNode(n)),
                    NamedOrBlankNode::BlankNode(b) => graphs.push(GraphName::NamedNode(skolem(&b))),
                }
            }
            graphs
        }
    };
    let batch_size = options.batch_size.max(1);
    let mut summary = PushSummary::default();
    for graph in graphs {
        let total = store
            .quads_for_pattern(None, None, None, Some(graph.as_ref()))
            .count();
        let name = match &graph {
            GraphName::NamedNode(n) => Some(n.clone()),
            _ => None,
        };
        if options.method == PushMethod::Update {
            let target = name
                .as_ref()
                .map_or_else(|| "DEFAULT".to_owned(), |n| format!("GRAPH {n}"));
            endpoint.update(&format!("DROP SILENT {target}"))?;
            summary.requests += 1;
        }
        let mut batch: Vec<Triple> = Vec::with_capacity(batch_size);
        let mut sent = 0;
        let mut first = true;
        let mut quads = store.quads_for_pattern(None, None, None, Some(graph.as_ref()));
        loop {
            let next = quads.next().transpose().map_err(store_error)?;
            if let Some(quad) = &next {
                batch.push(skolemize(quad));
            }
            let flush = batch.len() >= batch_size || (next.is_none() && (!batch.is_empty() || first));
            if flush {
                send_batch(endpoint, &options.method, name.as_ref(), &batch, first)?;
                summary.requests += 1;
                sent += batch.len();
                first = false;
                batch.clear();
                progress(&PushProgress {
                    graph: name.clone(),
                    sent,
                    total,
                });
            }
            if next.is_none() {
                break;
            }
        }
        summary.graphs += 1;
        summary.triples += sent;
    }
    Ok(summary)
}

fn skolem(node: &BlankNode) -> NamedNode {
    NamedNode::new_unchecked(format!("{GENID}{}", node.as_str()))
}

fn skolemize(quad: &Quad) -> Triple {
    let subject = match &quad.subject {
        NamedOrBlankNode::BlankNode(b) => NamedOrBlankNode::NamedNode(skolem(b)),
        other => other.clone(),
    };
    let object = match &quad.object {
        Term::BlankNode(b) => Term::NamedNode(skolem(b)),
        other => other.clone(),
    };
    Triple::new(subject, quad.predicate.clone(), object)
}

fn send_batch(
    endpoint: &RemoteEndpoint,
    method: &PushMethod,
    graph: Option<&NamedNode>,
    batch: &[Triple],
    first: bool,
) -> Result<(), SparqlError> {
    let mut text = String::with_capacity(batch.len() * 160);
    for triple in batch {
        // N-Triples lines; also valid Turtle and valid SPARQL triples.
        let _ = writeln!(text, "{triple} .");
    }
    match method {
        PushMethod::Update => {
            if batch.is_empty() {
                return Ok(());
            }
            let update = match graph {
                Some(g) => format!("INSERT DATA {{ GRAPH {g} {{\n{text}}} }}"),
                None => format!("INSERT DATA {{\n{text}}}"),
            };
            endpoint.update(&update)
        }
        PushMethod::GraphStore { url } => {
            let agent = endpoint.agent();
            let request = if first { agent.put(url) } else { agent.post(url) };
            let request = match graph {
                Some(g) => request.query("graph", g.as_str()),
                None => request.query("default", ""),
            };
            let remote_error = |message: String| SparqlError::Remote {
                endpoint: url.clone(),
                message,
            };
            let mut response = request
                .header("Content-Type", "text/turtle; charset=utf-8")
                .send(text.as_bytes())
                .map_err(|e| remote_error(e.to_string()))?;
            if response.status().is_success() {
                return Ok(());
            }
            let body = response.body_mut().read_to_string().unwrap_or_default();
            let body: String = body.trim().chars().take(2000).collect();
            Err(remote_error(format!(
                "graph store refused the batch with HTTP {}: {body}",
                response.status().as_u16()
            )))
        }
    }
}
