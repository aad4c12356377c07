//! Network measures on a [`KnowledgeGraph`]: degree and betweenness centrality, connected components,
//! communities, and shortest paths whose every hop says what links the two ends and where that fact comes from.
//!
//! All measures treat the graph as undirected (a post links a person and an organization whichever way the RDF
//! points) and, except for communities, unweighted. Every result is deterministic: ties are broken by IRI order.
//! Betweenness is Brandes' algorithm, exact up to [`EXACT_BETWEENNESS_LIMIT`] nodes and estimated from
//! deterministic pivot samples above it. Communities come from the Louvain method (modularity, weighted), run in
//! node order so the same graph always gives the same communities.

use super::{Entity, GraphError, KnowledgeGraph, Lang, LinkRef, Projection};
use crate::vocab::{self, ns};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedNodeRef, Quad};
use std::collections::VecDeque;

/// Above this many nodes, [`Sampling::Auto`] estimates betweenness from [`AUTO_PIVOTS`] pivots.
pub const EXACT_BETWEENNESS_LIMIT: usize = 2_000;

/// How many pivots [`Sampling::Auto`] uses on a large graph.
pub const AUTO_PIVOTS: usize = 256;

/// How betweenness centrality is computed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Sampling {
    /// Exact up to [`EXACT_BETWEENNESS_LIMIT`] nodes, else [`AUTO_PIVOTS`] pivots with seed 0.
    #[default]
    Auto,
    /// Exact: a breadth-first search from every node.
    Exact,
    /// Estimated from `k` source nodes drawn with a fixed `seed`, scaled by n/k.
    Pivots {
        /// The number of pivots (at least 1; all nodes if k ≥ n).
        k: usize,
        /// The seed of the deterministic draw.
        seed: u64,
    },
}

/// One entity's score under a measure.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Score<'a> {
    /// The entity.
    pub entity: &'a Entity,
    /// The raw value: the number of neighbours for degree, the sum of pair dependencies for betweenness.
    pub raw: f64,
    /// The value normalized to 0..1: divided by n−1 for degree, by (n−1)(n−2)/2 for betweenness.
    pub normalized: f64,
}

/// A community: entities more tightly linked to each other than to the rest.
#[derive(Debug, Clone, PartialEq)]
pub struct Community<'a> {
    /// Its number: 0 for the largest, then by size and first member.
    pub id: usize,
    /// Its members, in IRI order.
    pub members: Vec<&'a Entity>,
}

/// One step of a path: two neighbouring entities and every fact that links them.
#[derive(Debug, Clone)]
pub struct Hop<'a> {
    /// Where the step starts.
    pub from: &'a Entity,
    /// Where it ends.
    pub to: &'a Entity,
    /// The facts linking the two, in either direction, with their sources.
    pub links: Vec<LinkRef<'a>>,
}

impl Hop<'_> {
    /// A one-line account of the hop: each fact with its direction, role, title and source.
    ///
    /// For example `王健 —副会长→ 中国有色金属工业协会 [source: …; “…”]`.
    pub fn describe(&self, lang: Lang) -> String {
        let facts: Vec<String> = self
            .links
            .iter()
            .map(|l| {
                let mut s = format!(
                    "{} —{}→ {}",
                    l.from.label(lang),
                    l.link.label(lang),
                    l.to.label(lang)
                );
                let mut notes = Vec::new();
                if let Some(src) = &l.link.source {
                    notes.push(format!(
                        "{}: {}",
                        if lang == Lang::Zh { "来源" } else { "source" },
                        src.as_str()
                    ));
                }
                if let Some(ev) = &l.link.evidence {
                    notes.push(format!("“{ev}”"));
                }
                if !l.link.via.is_empty() {
                    notes.push(format!(
                        "{}: {}",
                        if lang == Lang::Zh { "经由" } else { "via" },
                        l.link.via.len()
                    ));
                }
                if !notes.is_empty() {
                    s.push_str(&format!(" [{}]", notes.join("; ")));
                }
                s
            })
            .collect();
        facts.join(" | ")
    }
}

/// A path between two entities.
#[derive(Debug, Clone)]
pub struct Path<'a> {
    /// The steps, from the first entity to the second.
    pub hops: Vec<Hop<'a>>,
}

impl<'a> Path<'a> {
    /// The entities along the path, both ends included.
    pub fn entities(&self) -> Vec<&'a Entity> {
        let mut out: Vec<&Entity> = self.hops.first().map(|h| h.from).into_iter().collect();
        out.extend(self.hops.iter().map(|h| h.to));
        out
    }

    /// The number of steps.
    pub fn len(&self) -> usize {
        self.hops.len()
    }

    /// True for the path from an entity to itself.
    pub fn is_empty(&self) -> bool {
        self.hops.is_empty()
    }
}

/// The results of the standard measures on one projection, ready to print or store.
#[derive(Debug, Clone)]
pub struct Analysis<'a> {
    /// The projection the measures ran on.
    pub projection: Projection,
    /// How betweenness was computed.
    pub sampling: Sampling,
    /// Degree centrality, highest first.
    pub degree: Vec<Score<'a>>,
    /// Betweenness centrality, highest first.
    pub betweenness: Vec<Score<'a>>,
    /// Connected components, largest first.
    pub components: Vec<Vec<&'a Entity>>,
    /// Communities, largest first.
    pub communities: Vec<Community<'a>>,
}

/// The named graph analytics results are written to.
pub fn analytics_graph() -> NamedNode {
    NamedNode::new_unchecked(format!("{}analytics", ns::GRAPH))
}

fn ranked(graph: &KnowledgeGraph, raw: Vec<f64>, norm: f64) -> Vec<Score<'_>> {
    let mut scores: Vec<Score<'_>> = raw
        .into_iter()
        .enumerate()
        .map(|(i, r)| Score {
            entity: graph.entity_at(i),
            raw: r,
            normalized: if norm > 0.0 { r / norm } else { 0.0 },
        })
        .collect();
    // Node order is IRI order, so a stable sort keeps IRI order among equal scores.
    scores.sort_by(|a, b| b.raw.total_cmp(&a.raw));
    scores
}

impl KnowledgeGraph {
    /// Degree centrality: each entity's number of distinct neighbours, highest first.
    pub fn degree_centrality(&self) -> Vec<Score<'_>> {
        let adj = self.adjacency();
        let raw = adj.iter().map(|l| l.len() as f64).collect();
        ranked(self, raw, self.node_count().saturating_sub(1) as f64)
    }

    /// Betweenness centrality (Brandes), highest first: how often an entity lies on the shortest paths
    /// between others. See [`Sampling`] for how large graphs are estimated.
    pub fn betweenness(&self, sampling: Sampling) -> Vec<Score<'_>> {
        let n = self.node_count();
        let adj: Vec<Vec<usize>> = self
            .adjacency()
            .into_iter()
            .map(|l| l.into_iter().map(|(j, _)| j).collect())
            .collect();
        let sources: Vec<usize> = match sampling {
            Sampling::Exact => (0..n).collect(),
            Sampling::Auto if n <= EXACT_BETWEENNESS_LIMIT => (0..n).collect(),
            Sampling::Auto => pivots(n, AUTO_PIVOTS, 0),
            Sampling::Pivots { k, seed } => pivots(n, k, seed),
        };
        let mut centrality = vec![0.0f64; n];
        let mut sigma = vec![0.0f64; n];
        let mut dist = vec![usize::MAX; n];
        let mut delta = vec![0.0f64; n];
        let mut preds: Vec<Vec<usize>> = vec![Vec::new(); n];
        let mut order: Vec<usize> = Vec::with_capacity(n);
        let mut queue = VecDeque::with_capacity(n);
        for &s in &sources {
            for &v in &order {
                sigma[v] = 0.0;
                dist[v] = usize::MAX;
                delta[v] = 0.0;
                preds[v].clear();
            }
            order.clear();
            sigma[s] = 1.0;
            dist[s] = 0;
            queue.push_back(s);
            while let Some(v) = queue.pop_front() {
                order.push(v);
                for &w in &adj[v] {
                    if dist[w] == usize::MAX {
                        dist[w] = dist[v] + 1;
                        queue.push_back(w);
                    }
                    if dist[w] == dist[v] + 1 {
                        sigma[w] += sigma[v];
                        preds[w].push(v);
                    }
                }
            }
            for &w in order.iter().rev() {
                for &v in &preds[w] {
                    delta[v] += sigma[v] / sigma[w] * (1.0 + delta[w]);
                }
                if w != s {
                    centrality[w] += delta[w];
                }
            }
        }
        // Each unordered pair was counted from both ends; a sample stands for n/k of the sources.
        let scale = if sources.is_empty() {
            0.0
        } else {
            n as f64 / sources.len() as f64 / 2.0
        };
        let raw = centrality.into_iter().map(|c| c * scale).collect();
        let pairs = if n > 2 {
            ((n - 1) * (n - 2)) as f64 / 2.0
        } else {
            0.0
        };
        ranked(self, raw, pairs)
    }

    /// Connected components, largest first (ties by first member's IRI), members in IRI order.
    pub fn components(&self) -> Vec<Vec<&Entity>> {
        let n = self.node_count();
        let mut uf = petgraph::unionfind::UnionFind::<usize>::new(n);
        for (i, list) in self.adjacency().iter().enumerate() {
            for &(j, _) in list {
                uf.union(i, j);
            }
        }
        group(self, &uf.into_labeling())
    }

    /// Communities by the Louvain method on link weights, largest first, each with its members in IRI order.
    pub fn communities(&self) -> Vec<Community<'_>> {
        let assignment = louvain(self.adjacency());
        group(self, &assignment)
            .into_iter()
            .enumerate()
            .map(|(id, members)| Community { id, members })
            .collect()
    }

    /// One shortest path from `a` to `b` (fewest hops; the first in IRI order among equals), or `None` when
    /// they are not connected.
    pub fn path(&self, a: &NamedNode, b: &NamedNode) -> Result<Option<Path<'_>>, GraphError> {
        Ok(self.shortest_paths(a, b, 1)?.into_iter().next())
    }

    /// Up to `limit` shortest paths from `a` to `b`, in IRI order of their entities; empty when they are not
    /// connected. Each hop lists every fact linking its two ends.
    pub fn shortest_paths(
        &self,
        a: &NamedNode,
        b: &NamedNode,
        limit: usize,
    ) -> Result<Vec<Path<'_>>, GraphError> {
        let start = self
            .position(a)
            .ok_or_else(|| GraphError::UnknownEntity(a.as_str().to_owned()))?;
        let end = self
            .position(b)
            .ok_or_else(|| GraphError::UnknownEntity(b.as_str().to_owned()))?;
        let adj = self.adjacency();
        let mut dist = vec![usize::MAX; adj.len()];
        let mut preds: Vec<Vec<usize>> = vec![Vec::new(); adj.len()];
        let mut queue = VecDeque::from([start]);
        dist[start] = 0;
        while let Some(v) = queue.pop_front() {
            if v == end {
                break;
            }
            for &(w, _) in &adj[v] {
                if dist[w] == usize::MAX {
                    dist[w] = dist[v] + 1;
                    queue.push_back(w);
                }
                if dist[w] == dist[v] + 1 {
                    preds[w].push(v);
                }
            }
        }
        if dist[end] == usize::MAX {
            return Ok(Vec::new());
        }
        // Walk the predecessor lists back from the end, depth first, smallest index first.
        let mut found: Vec<Vec<usize>> = Vec::new();
        let mut stack: Vec<(usize, Vec<usize>)> = vec![(end, vec![end])];
        while let Some((v, trail)) = stack.pop() {
            if found.len() >= limit {
                break;
            }
            if v == start {
                found.push(trail.into_iter().rev().collect());
                continue;
            }
            let mut ps = preds[v].clone();
            ps.sort_unstable();
            for &p in ps.iter().rev() {
                let mut t = trail.clone();
                t.push(p);
                stack.push((p, t));
            }
        }
        Ok(found
            .into_iter()
            .map(|nodes| Path {
                hops: nodes
                    .windows(2)
                    .map(|w| {
                        let (from, to) = (self.entity_at(w[0]), self.entity_at(w[1]));
                        Hop {
                            from,
                            to,
                            links: self.links_between(&from.iri, &to.iri),
                        }
                    })
                    .collect(),
            })
            .collect())
    }

    /// Runs the standard measures: degree, betweenness, components and communities.
    pub fn analyze(&self, projection: Projection, sampling: Sampling) -> Analysis<'_> {
        Analysis {
            projection,
            sampling,
            degree: self.degree_centrality(),
            betweenness: self.betweenness(sampling),
            components: self.components(),
            communities: self.communities(),
        }
    }
}

impl Analysis<'_> {
    /// The results as quads in [`analytics_graph`]: `orgkg:degree` (neighbour count, `xsd:integer`),
    /// `orgkg:betweenness` (normalized, `xsd:double`) and `orgkg:community` (community number, `xsd:integer`)
    /// for every entity, plus a `rdfs:comment` on the graph saying which projection and sampling made them.
    pub fn to_quads(&self) -> Vec<Quad> {
        let graph = GraphName::NamedNode(analytics_graph());
        let mut quads = Vec::with_capacity(self.degree.len() * 3 + 1);
        let quad =
            |s: &NamedNode, p: NamedNodeRef<'static>, o: Literal| Quad::new(s.clone(), p, o, graph.clone());
        for s in &self.degree {
            quads.push(quad(
                &s.entity.iri,
                vocab::orgkg::DEGREE,
                Literal::from(s.raw as i64),
            ));
        }
        for s in &self.betweenness {
            quads.push(quad(
                &s.entity.iri,
                vocab::orgkg::BETWEENNESS,
                Literal::from(s.normalized),
            ));
        }
        for c in &self.communities {
            for m in &c.members {
                quads.push(quad(&m.iri, vocab::orgkg::COMMUNITY, Literal::from(c.id as i64)));
            }
        }
        let note = format!(
            "orgkg analyze: projection {}, betweenness {:?}",
            self.projection.name(),
            self.sampling
        );
        quads.push(quad(
            &analytics_graph(),
            vocab::rdfs::COMMENT,
            Literal::new_simple_literal(note),
        ));
        quads
    }

    /// Replaces the contents of [`analytics_graph`] in the store with [`Analysis::to_quads`], in one transaction.
    /// Returns the number of quads written.
    pub fn write_to(&self, store: &oxigraph::store::Store) -> Result<usize, GraphError> {
        let quads = self.to_quads();
        let graph = analytics_graph();
        let mut tx = store
            .start_transaction()
            .map_err(|e| GraphError::Store(e.to_string()))?;
        tx.clear_graph(&graph)
            .map_err(|e| GraphError::Store(e.to_string()))?;
        for q in &quads {
            tx.insert(q);
        }
        tx.commit().map_err(|e| GraphError::Store(e.to_string()))?;
        Ok(quads.len())
    }
}

/// Groups node positions by an assignment, largest group first, ties by smallest member.
fn group<'a>(graph: &'a KnowledgeGraph, assignment: &[usize]) -> Vec<Vec<&'a Entity>> {
    let mut groups: std::collections::BTreeMap<usize, Vec<usize>> = std::collections::BTreeMap::new();
    for (i, &g) in assignment.iter().enumerate() {
        groups.entry(g).or_default().push(i);
    }
    let mut groups: Vec<Vec<usize>> = groups.into_values().collect();
    groups.sort_by(|a, b| b.len().cmp(&a.len()).then(a[0].cmp(&b[0])));
    groups
        .into_iter()
        .map(|g| g.into_iter().map(|i| graph.entity_at(i)).collect())
        .collect()
}

/// `k` distinct node positions drawn by a seeded xorshift generator (all of them when k ≥ n), sorted.
fn pivots(n: usize, k: usize, seed: u64) -> Vec<usize> {
    let k = k.max(1);
    if k >= n {
        return (0..n).collect();
    }
    let mut state = seed ^ 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut all: Vec<usize> = (0..n).collect();
    for i in 0..k {
        let j = i + (next() % (n - i) as u64) as usize;
        all.swap(i, j);
    }
    let mut chosen = all[..k].to_vec();
    chosen.sort_unstable();
    chosen
}

/// The Louvain method: returns a community number per node.
fn louvain(adj: Vec<Vec<(usize, f64)>>) -> Vec<usize> {
    let n = adj.len();
    let mut membership: Vec<usize> = (0..n).collect();
    let mut adj = adj;
    let mut self_loops = vec![0.0; n];
    loop {
        let (assignment, moved) = louvain_level(&adj, &self_loops);
        if !moved {
            break;
        }
        // Renumber communities in order of first appearance, so numbering does not depend on node labels.
        let mut renumber = vec![usize::MAX; assignment.len()];
        let mut count = 0;
        for &c in &assignment {
            if renumber[c] == usize::MAX {
                renumber[c] = count;
                count += 1;
            }
        }
        let assignment: Vec<usize> = assignment.iter().map(|&c| renumber[c]).collect();
        for m in &mut membership {
            *m = assignment[*m];
        }
        let mut next: Vec<std::collections::BTreeMap<usize, f64>> = vec![Default::default(); count];
        let mut next_loops = vec![0.0; count];
        for (i, list) in adj.iter().enumerate() {
            let ci = assignment[i];
            next_loops[ci] += self_loops[i];
            for &(j, w) in list {
                let cj = assignment[j];
                if ci == cj {
                    next_loops[ci] += w / 2.0;
                } else {
                    *next[ci].entry(cj).or_default() += w;
                }
            }
        }
        adj = next.into_iter().map(|m| m.into_iter().collect()).collect();
        self_loops = next_loops;
    }
    membership
}

/// One level of Louvain: local moves until none improves modularity. Returns the assignment and whether any
/// node moved.
fn louvain_level(adj: &[Vec<(usize, f64)>], self_loops: &[f64]) -> (Vec<usize>, bool) {
    let n = adj.len();
    let degree: Vec<f64> = (0..n)
        .map(|i| adj[i].iter().map(|(_, w)| w).sum::<f64>() + 2.0 * self_loops[i])
        .collect();
    let two_m: f64 = degree.iter().sum();
    let mut community: Vec<usize> = (0..n).collect();
    if two_m <= 0.0 {
        return (community, false);
    }
    let mut total = degree.clone();
    let mut weight_to = vec![0.0f64; n];
    let mut touched: Vec<usize> = Vec::new();
    let mut any_move = false;
    for _round in 0..100 {
        let mut moved = false;
        for i in 0..n {
            let ci = community[i];
            touched.clear();
            for &(j, w) in &adj[i] {
                let cj = community[j];
                if weight_to[cj] == 0.0 {
                    touched.push(cj);
                }
                weight_to[cj] += w;
            }
            total[ci] -= degree[i];
            let gain = |c: usize, w: f64| w - total[c] * degree[i] / two_m;
            let mut best = ci;
            let mut best_gain = gain(ci, weight_to[ci]);
            touched.sort_unstable();
            for &c in &touched {
                let g = gain(c, weight_to[c]);
                if g > best_gain + 1e-12 {
                    best = c;
                    best_gain = g;
                }
            }
            total[best] += degree[i];
            for &c in &touched {
                weight_to[c] = 0.0;
            }
            if best != ci {
                community[i] = best;
                moved = true;
                any_move = true;
            }
        }
        if !moved {
            break;
        }
    }
    (community, any_move)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pivots_are_distinct_sorted_and_repeatable() {
        let p = pivots(100, 10, 7);
        assert_eq!(p.len(), 10);
        assert!(p.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(p, pivots(100, 10, 7));
        assert_ne!(p, pivots(100, 10, 8));
        assert_eq!(pivots(5, 10, 0), vec![0, 1, 2, 3, 4]);
    }

    #[test]
    fn louvain_splits_two_triangles_joined_by_one_edge() {
        let edges = [(0, 1), (0, 2), (1, 2), (3, 4), (3, 5), (4, 5), (2, 3)];
        let mut adj = vec![Vec::new(); 6];
        for (a, b) in edges {
            adj[a].push((b, 1.0));
            adj[b].push((a, 1.0));
        }
        let c = louvain(adj);
        assert_eq!(c[0], c[1]);
        assert_eq!(c[1], c[2]);
        assert_eq!(c[3], c[4]);
        assert_eq!(c[4], c[5]);
        assert_ne!(c[0], c[3]);
    }
}
