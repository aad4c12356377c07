//! The store seen as a network: entities as nodes, facts as links, and the analytics that run on them.
//!
//! RDF is the right shape for storing qualified facts (a membership with its role, date and evidence), but
//! network questions (who is central, how are A and B connected, which groups hang together) want a plain graph.
//! [`KnowledgeGraph`] reads the store through [`SparqlBackend`](crate::sparql::SparqlBackend) with canned
//! queries, turns every post and every meeting participation into one labelled link that remembers its named
//! graph and evidence sentence, and keeps petgraph behind its own API: callers speak in IRIs and entities, never
//! in node indices. [`Projection`]s derive the person–organization, person–person and organization–organization
//! views; [`analytics`] computes centrality, components, communities and explained paths, and can write the
//! results back into the store as triples.

pub mod analytics;
mod labels;
pub(crate) mod load;
mod project;

pub use analytics::{Analysis, Community, Hop, Path, Sampling, Score, analytics_graph};
pub use labels::{fallback_label, kind_label};
pub use project::{Projection, shared_meeting, shared_member};

use crate::sparql::SparqlError;
use oxigraph::model::NamedNode;
use petgraph::graph::{DiGraph, NodeIndex};
use std::collections::HashMap;
use std::fmt;

/// Errors from building or querying the graph.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum GraphError {
    /// A canned query failed on the backend.
    #[error("reading the graph from the store failed")]
    Sparql(#[from] SparqlError),
    /// The entity is not in the graph (not an organization, person, meeting or report the store knows).
    #[error("{0} is not an organization, person, meeting or report in the graph")]
    UnknownEntity(String),
    /// Writing analytics back into the store failed.
    #[error("writing analytics into the store failed: {0}")]
    Store(String),
}

/// A label language for output.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// Simplified Chinese, the canonical labels.
    #[default]
    Zh,
    /// English where known, else pinyin, else Chinese.
    En,
}

impl Lang {
    /// The BCP 47 tag: `zh` or `en`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }
}

impl std::str::FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "zh" | "zh-hans" | "cn" => Ok(Lang::Zh),
            "en" => Ok(Lang::En),
            other => Err(format!("unknown language {other:?}; expected zh or en")),
        }
    }
}

/// A label in Chinese and English, either possibly missing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Labels {
    /// Simplified Chinese.
    pub zh: Option<String>,
    /// English (or pinyin, for a person without an English name).
    pub en: Option<String>,
}

impl Labels {
    /// Labels from two optional strings.
    pub fn new(zh: Option<&str>, en: Option<&str>) -> Self {
        Labels {
            zh: zh.map(str::to_owned),
            en: en.map(str::to_owned),
        }
    }

    /// The label in `lang`, falling back to the other language.
    pub fn get(&self, lang: Lang) -> Option<&str> {
        let (first, second) = match lang {
            Lang::Zh => (&self.zh, &self.en),
            Lang::En => (&self.en, &self.zh),
        };
        first.as_deref().or(second.as_deref())
    }

    /// True when neither language has a label.
    pub fn is_empty(&self) -> bool {
        self.zh.is_none() && self.en.is_none()
    }
}

/// What kind of thing a node is, for styling, projections and legends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum NodeKind {
    /// An industry association or alliance.
    Association,
    /// A company or corporate group.
    Company,
    /// A government body.
    GovernmentBody,
    /// A public institution: promotion centre, research institute, university.
    Institution,
    /// A department, branch, committee or other unit of an organization.
    Department,
    /// An organization of no more specific kind.
    Organization,
    /// A person.
    Person,
    /// A meeting or other event.
    Meeting,
    /// A report, briefing or other work presented at a meeting.
    Report,
    /// Anything else (an IRI a CONSTRUCT query returned that the store does not type).
    Other,
}

impl NodeKind {
    /// Every kind, in legend order.
    pub const ALL: [NodeKind; 10] = [
        NodeKind::Association,
        NodeKind::Company,
        NodeKind::GovernmentBody,
        NodeKind::Institution,
        NodeKind::Department,
        NodeKind::Organization,
        NodeKind::Person,
        NodeKind::Meeting,
        NodeKind::Report,
        NodeKind::Other,
    ];

    /// True for organizations of any kind, units included.
    pub fn is_organization(self) -> bool {
        matches!(
            self,
            NodeKind::Association
                | NodeKind::Company
                | NodeKind::GovernmentBody
                | NodeKind::Institution
                | NodeKind::Department
                | NodeKind::Organization
        )
    }

    /// A stable machine name (`association`, `person`, ...), used in exports.
    pub fn name(self) -> &'static str {
        match self {
            NodeKind::Association => "association",
            NodeKind::Company => "company",
            NodeKind::GovernmentBody => "government-body",
            NodeKind::Institution => "institution",
            NodeKind::Department => "department",
            NodeKind::Organization => "organization",
            NodeKind::Person => "person",
            NodeKind::Meeting => "meeting",
            NodeKind::Report => "report",
            NodeKind::Other => "other",
        }
    }

    /// The kind's display name in `lang` (`行业协会`, `Industry association`).
    pub fn label(self, lang: Lang) -> &'static str {
        kind_label(self, lang)
    }
}

impl fmt::Display for NodeKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A node: an organization, person, meeting or report.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    /// The entity's IRI.
    pub iri: NamedNode,
    /// Its kind.
    pub kind: NodeKind,
    /// Its preferred labels.
    pub labels: Labels,
    /// For a meeting: its start date (`YYYY-MM-DD`).
    pub date: Option<String>,
    /// For a meeting: the place's labels.
    pub place: Option<Labels>,
}

impl Entity {
    /// A new entity with labels only.
    pub fn new(iri: NamedNode, kind: NodeKind, labels: Labels) -> Self {
        Entity {
            iri,
            kind,
            labels,
            date: None,
            place: None,
        }
    }

    /// The label in `lang`, else the other language, else the IRI in compact form.
    pub fn label(&self, lang: Lang) -> String {
        self.labels
            .get(lang)
            .map_or_else(|| crate::vocab::compact(self.iri.as_str()), str::to_owned)
    }
}

/// An IRI with its labels: a relation, a role, a source.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Named {
    /// The IRI.
    pub iri: NamedNode,
    /// Its labels.
    pub labels: Labels,
}

impl Named {
    /// The label in `lang`, else the other language, else the IRI in compact form.
    pub fn label(&self, lang: Lang) -> String {
        self.labels
            .get(lang)
            .map_or_else(|| crate::vocab::compact(self.iri.as_str()), str::to_owned)
    }
}

/// A link between two entities: one fact, with what it is and where it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    /// What links them: a predicate (`org:unitOf`), a qualified class (`org:Membership`,
    /// `orgkg:Participation`), or a projection's derived relation.
    pub relation: Named,
    /// The role, for a post (`副会长`) or a meeting participation (`主持`).
    pub role: Option<Named>,
    /// The title as the source wrote it at the time.
    pub title: Option<String>,
    /// For a participation: the organization the agent came for.
    pub on_behalf_of: Option<NamedNode>,
    /// The sentence the fact was read from.
    pub evidence: Option<String>,
    /// The named graph the fact is in (one per source document).
    pub source: Option<NamedNode>,
    /// The weight: 1 for a fact, the number of shared meetings or people for a projection.
    pub weight: f64,
    /// For a projection: the meetings or organizations (or people) the two entities share.
    pub via: Vec<NamedNode>,
}

impl Link {
    /// A link of weight 1 with only a relation.
    pub fn new(relation: Named) -> Self {
        Link {
            relation,
            role: None,
            title: None,
            on_behalf_of: None,
            evidence: None,
            source: None,
            weight: 1.0,
            via: Vec::new(),
        }
    }

    /// The link's label in `lang`: the role where there is one, else the relation.
    pub fn label(&self, lang: Lang) -> String {
        self.role.as_ref().unwrap_or(&self.relation).label(lang)
    }

    fn sort_key(&self) -> (&str, &str, &str) {
        (
            self.relation.iri.as_str(),
            self.role.as_ref().map_or("", |r| r.iri.as_str()),
            self.source.as_ref().map_or("", |s| s.as_str()),
        )
    }
}

/// One link with its two ends, as the graph lists it.
#[derive(Debug, Clone, Copy)]
pub struct LinkRef<'a> {
    /// The source (the subject side of the fact: the person of a post, the unit of `unitOf`).
    pub from: &'a Entity,
    /// The target.
    pub to: &'a Entity,
    /// The fact.
    pub link: &'a Link,
}

/// The store's entities and facts as a network, behind a domain API.
///
/// Nodes are kept in IRI order and links in (source, target, relation, role, source graph) order, so every
/// listing, export and diagram made from the same store is the same.
#[derive(Debug, Clone, Default)]
pub struct KnowledgeGraph {
    graph: DiGraph<Entity, Link>,
    index: HashMap<NamedNode, NodeIndex>,
}

impl KnowledgeGraph {
    /// Builds a graph from entities and links given as `(from IRI, to IRI, link)`.
    ///
    /// Links whose ends are not among the entities are dropped. Exact duplicates (same ends, relation, role
    /// and source) are kept once.
    pub fn from_parts(
        entities: impl IntoIterator<Item = Entity>,
        links: impl IntoIterator<Item = (NamedNode, NamedNode, Link)>,
    ) -> Self {
        let mut entities: Vec<Entity> = entities.into_iter().collect();
        entities.sort_unstable_by(|a, b| a.iri.as_str().cmp(b.iri.as_str()));
        entities.dedup_by(|a, b| a.iri == b.iri);
        let mut graph = DiGraph::with_capacity(entities.len(), 0);
        let mut index = HashMap::with_capacity(entities.len());
        for entity in entities {
            let iri = entity.iri.clone();
            index.insert(iri, graph.add_node(entity));
        }
        let mut links: Vec<(NodeIndex, NodeIndex, Link)> = links
            .into_iter()
            .filter_map(|(a, b, l)| Some((*index.get(&a)?, *index.get(&b)?, l)))
            .collect();
        links.sort_by(|(a1, b1, l1), (a2, b2, l2)| (a1, b1, l1.sort_key()).cmp(&(a2, b2, l2.sort_key())));
        links.dedup_by(|(a1, b1, l1), (a2, b2, l2)| a1 == a2 && b1 == b2 && l1.sort_key() == l2.sort_key());
        graph.reserve_edges(links.len());
        for (a, b, l) in links {
            graph.add_edge(a, b, l);
        }
        KnowledgeGraph { graph, index }
    }

    /// Reads the whole graph from a SPARQL backend (the embedded store or a remote endpoint).
    ///
    /// Organizations (with their units), people, meetings and reports become nodes; posts
    /// (`org:Membership`), participations (`orgkg:Participation`), `org:unitOf`, `org:subOrganizationOf`,
    /// `schema:author` and `orgkg:presentedAt` become links, each with the named graph it was read from.
    ///
    /// Role labels the store lacks are taken from the built-in lexicons; see [`KnowledgeGraph::load_with`].
    pub fn load(backend: &dyn crate::sparql::SparqlBackend) -> Result<Self, GraphError> {
        load::load(backend, &crate::lexicon::Lexicon::builtin())
    }

    /// Like [`KnowledgeGraph::load`], with role and kind labels the store lacks taken from `lexicon` (for
    /// lexicons extended with `--lexicon`).
    pub fn load_with(
        backend: &dyn crate::sparql::SparqlBackend,
        lexicon: &crate::lexicon::Lexicon,
    ) -> Result<Self, GraphError> {
        load::load(backend, lexicon)
    }

    /// The number of entities.
    pub fn node_count(&self) -> usize {
        self.graph.node_count()
    }

    /// The number of links.
    pub fn link_count(&self) -> usize {
        self.graph.edge_count()
    }

    /// True when the graph has no entities.
    pub fn is_empty(&self) -> bool {
        self.graph.node_count() == 0
    }

    /// The entity with this IRI, if the graph has it.
    pub fn entity(&self, iri: &NamedNode) -> Option<&Entity> {
        self.index.get(iri).map(|&i| &self.graph[i])
    }

    /// True when the graph has an entity with this IRI.
    pub fn contains(&self, iri: &NamedNode) -> bool {
        self.index.contains_key(iri)
    }

    /// All entities, in IRI order.
    pub fn entities(&self) -> impl Iterator<Item = &Entity> {
        self.graph.node_weights()
    }

    /// All links, in order.
    pub fn links(&self) -> impl Iterator<Item = LinkRef<'_>> {
        self.graph.edge_indices().map(|e| self.link_ref(e))
    }

    /// The links touching an entity, in either direction, in order.
    pub fn links_of(&self, iri: &NamedNode) -> Vec<LinkRef<'_>> {
        let Some(&n) = self.index.get(iri) else {
            return Vec::new();
        };
        let mut edges: Vec<_> = self
            .graph
            .edges_directed(n, petgraph::Direction::Outgoing)
            .chain(self.graph.edges_directed(n, petgraph::Direction::Incoming))
            .map(|e| petgraph::visit::EdgeRef::id(&e))
            .collect();
        edges.sort();
        edges.dedup();
        edges.into_iter().map(|e| self.link_ref(e)).collect()
    }

    /// The links between two entities, in either direction, in order.
    pub fn links_between(&self, a: &NamedNode, b: &NamedNode) -> Vec<LinkRef<'_>> {
        let (Some(&x), Some(&y)) = (self.index.get(a), self.index.get(b)) else {
            return Vec::new();
        };
        let mut edges: Vec<_> = self
            .graph
            .edges_connecting(x, y)
            .chain(self.graph.edges_connecting(y, x))
            .collect();
        edges.sort_by_key(petgraph::visit::EdgeRef::id);
        edges.dedup_by_key(|e| petgraph::visit::EdgeRef::id(e));
        edges
            .into_iter()
            .map(|e| self.link_ref(petgraph::visit::EdgeRef::id(&e)))
            .collect()
    }

    /// The entities linked to this one in either direction, in IRI order, each once.
    pub fn neighbours(&self, iri: &NamedNode) -> Vec<&Entity> {
        let Some(&n) = self.index.get(iri) else {
            return Vec::new();
        };
        let mut ns: Vec<NodeIndex> = self.graph.neighbors_undirected(n).filter(|&m| m != n).collect();
        ns.sort();
        ns.dedup();
        ns.into_iter().map(|m| &self.graph[m]).collect()
    }

    /// The subgraph of the given entities and every link among them.
    pub fn subgraph<'a>(&self, iris: impl IntoIterator<Item = &'a NamedNode>) -> KnowledgeGraph {
        let keep: std::collections::HashSet<NodeIndex> = iris
            .into_iter()
            .filter_map(|i| self.index.get(i).copied())
            .collect();
        let entities = keep.iter().map(|&n| self.graph[n].clone()).collect::<Vec<_>>();
        let links = self
            .graph
            .edge_indices()
            .filter_map(|e| {
                let (a, b) = self.graph.edge_endpoints(e)?;
                (keep.contains(&a) && keep.contains(&b)).then(|| {
                    (
                        self.graph[a].iri.clone(),
                        self.graph[b].iri.clone(),
                        self.graph[e].clone(),
                    )
                })
            })
            .collect::<Vec<_>>();
        KnowledgeGraph::from_parts(entities, links)
    }

    fn link_ref(&self, e: petgraph::graph::EdgeIndex) -> LinkRef<'_> {
        let (a, b) = self
            .graph
            .edge_endpoints(e)
            .expect("edge indices come from this graph");
        LinkRef {
            from: &self.graph[a],
            to: &self.graph[b],
            link: &self.graph[e],
        }
    }

    /// Undirected adjacency in node order: for each node, its distinct neighbours (no self loops) with the
    /// summed weight of the links between them.
    pub(crate) fn adjacency(&self) -> Vec<Vec<(usize, f64)>> {
        let mut adj: Vec<Vec<(usize, f64)>> = vec![Vec::new(); self.graph.node_count()];
        for e in self.graph.edge_indices() {
            let (a, b) = self.graph.edge_endpoints(e).expect("edge of this graph");
            if a == b {
                continue;
            }
            let w = self.graph[e].weight;
            adj[a.index()].push((b.index(), w));
            adj[b.index()].push((a.index(), w));
        }
        for list in &mut adj {
            list.sort_by_key(|(n, _)| *n);
            list.dedup_by(|(n2, w2), (n1, w1)| {
                if n1 == n2 {
                    *w1 += *w2;
                    true
                } else {
                    false
                }
            });
        }
        adj
    }

    /// The entity at a position in node order.
    pub(crate) fn entity_at(&self, i: usize) -> &Entity {
        &self.graph[NodeIndex::new(i)]
    }

    /// The position in node order of an entity.
    pub(crate) fn position(&self, iri: &NamedNode) -> Option<usize> {
        self.index.get(iri).map(|n| n.index())
    }
}
